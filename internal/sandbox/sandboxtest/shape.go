package sandboxtest

import (
	"fmt"
	"strings"
)

// SameShape checks that got (the sandbox's answer) has the shape of want (a documented example):
// every field of the example is there with the same JSON kind, arrays with elements in the
// example are not empty, and their first elements have the same shape. A field documented as null
// accepts anything; a field the sandbox answers null is accepted where nullable(field) says the
// document allows it (nil: nowhere). path names the position in errors ("Response").
func SameShape(path string, want, got any, nullable func(field string) bool) error {
	if want == nil {
		return nil
	}
	if got == nil && nullable != nil && nullable(path[strings.LastIndex(path, ".")+1:]) {
		return nil
	}
	if kindOf(want) != kindOf(got) {
		return fmt.Errorf("%s: documented as a JSON %s (%v), the sandbox answered a JSON %s (%v)", path, kindOf(want), want, kindOf(got), got)
	}
	switch w := want.(type) {
	case map[string]any:
		g := got.(map[string]any)
		for k, wv := range w {
			gv, ok := g[k]
			if !ok {
				return fmt.Errorf("%s: missing field %s", path, k)
			}
			if err := SameShape(path+"."+k, wv, gv, nullable); err != nil {
				return err
			}
		}
	case []any:
		g := got.([]any)
		if len(w) > 0 && len(g) == 0 {
			return fmt.Errorf("%s: the documented example has elements, the sandbox answered an empty array", path)
		}
		if len(w) > 0 {
			return SameShape(path+".0", w[0], g[0], nullable)
		}
	}
	return nil
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	}
	return fmt.Sprintf("%T", v)
}
