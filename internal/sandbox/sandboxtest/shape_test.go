package sandboxtest

import "testing"

func TestSameShapeRejects(t *testing.T) {
	doc := map[string]any{"A": "s", "B": []any{map[string]any{"C": 1.0}}, "N": nil, "M": "m"}
	nullable := func(field string) bool { return field == "M" }
	bad := []map[string]any{
		{"B": []any{map[string]any{"C": 1.0}}, "M": "m"},                   // missing A
		{"A": 1.0, "B": []any{map[string]any{"C": 1.0}}, "M": "m"},         // wrong kind
		{"A": "s", "B": []any{}, "M": "m"},                                 // empty where the example has elements
		{"A": "s", "B": []any{map[string]any{"C": "1"}}, "M": "m"},         // nested kind
		{"A": "s", "B": []any{map[string]any{"D": 1.0}}, "M": "m"},         // nested missing
		{"A": nil, "B": []any{map[string]any{"C": 1.0}}, "N": 1, "M": "m"}, // null where not nullable
	}
	for i, got := range bad {
		if err := SameShape("Response", doc, got, nullable); err == nil {
			t.Errorf("case %d accepted", i)
		}
	}
	// A documented null accepts anything; a nullable field may be answered null.
	if err := SameShape("Response", doc, map[string]any{"A": "x", "B": []any{map[string]any{"C": 2.0}}, "N": "anything", "M": nil}, nullable); err != nil {
		t.Error(err)
	}
	if err := SameShape("Response", doc, map[string]any{"A": "x", "B": []any{map[string]any{"C": 2.0}}, "N": 1.0, "M": nil}, nil); err == nil {
		t.Error("without nullable fields a null answer was accepted")
	}
}
