package ecm

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// FlexString decodes a JSON string or number as a string. Task IDs are documented as String but some
// examples return numbers (catalog §5.4 item 23); decoding both means neither form breaks a wait.
type FlexString string

func (f *FlexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*f = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = FlexString(s)
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("task id %s is neither a string nor a number", b)
		}
		*f = FlexString(n.String())
	}
	return nil
}
