package taurusdb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// FlexInt decodes a JSON number or a string holding one: ShowInstanceEip's table types
// bandwidth_size as String while its example answers the number 1 (seed 004; other-apis.md §5
// "accept both"). null and "" decode as 0; a value with a fraction is an error (bandwidths are
// whole Mbit/s), so that nothing is silently rounded.
type FlexInt int64

func (f *FlexInt) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	text := string(b)
	switch {
	case text == "null":
		*f = 0
		return nil
	case strings.HasPrefix(text, `"`):
		if err := json.Unmarshal(b, &text); err != nil {
			return err
		}
		if text = strings.TrimSpace(text); text == "" {
			*f = 0
			return nil
		}
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		*f = FlexInt(n)
		return nil
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > 1<<53 {
		return fmt.Errorf("%s is not a whole number", b)
	}
	*f = FlexInt(v)
	return nil
}
