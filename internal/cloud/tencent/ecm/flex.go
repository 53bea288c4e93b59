package ecm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
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

// FlexBool decodes a JSON boolean, the strings "true"/"false" (any case), or the numbers 0/1: the
// document types SecurityGroup.IsDefault as Boolean while its example returns the string "true"
// (catalog §3.9), and Module.CloseIpDirect is an Integer in outputs (catalog §3.2).
type FlexBool bool

func (f *FlexBool) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*f = false
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		switch strings.ToLower(s) {
		case "true", "1":
			*f = true
		case "false", "0", "":
			*f = false
		default:
			return fmt.Errorf("%q is not a boolean", s)
		}
	case bytes.Equal(b, []byte("0")):
		*f = false
	case bytes.Equal(b, []byte("1")):
		*f = true // Module.CloseIpDirect is an Integer 0/1 in the output, a Boolean in the inputs
	default:
		var v bool
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("%s is not a boolean", b)
		}
		*f = FlexBool(v)
	}
	return nil
}
