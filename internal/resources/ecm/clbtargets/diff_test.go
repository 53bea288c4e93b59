package clbtargets

import (
	"reflect"
	"testing"
)

func TestDiff(t *testing.T) {
	a80 := target{"ein-aaaaaaaa", 80, 10}
	b80 := target{"ein-bbbbbbbb", 80, 10}
	c80 := target{"ein-cccccccc", 80, 10}
	tests := []struct {
		name      string
		old, want []target
		expect    changes
	}{
		{"nothing", []target{a80, b80}, []target{b80, a80}, changes{}},
		{"one weight", []target{a80, b80}, []target{a80, {"ein-bbbbbbbb", 80, 50}},
			changes{Weights: []target{{"ein-bbbbbbbb", 80, 50}}}},
		{"add and remove", []target{a80, b80}, []target{a80, c80},
			changes{Deregister: []target{b80}, Register: []target{c80}}},
		{"port move keeps the backend", []target{a80, b80}, []target{a80, {"ein-bbbbbbbb", 8080, 10}},
			changes{MovePorts: []portMove{{"ein-bbbbbbbb", 80, 8080}}}},
		{"port move and weight", []target{a80}, []target{{"ein-aaaaaaaa", 81, 20}},
			changes{MovePorts: []portMove{{"ein-aaaaaaaa", 80, 81}}, Weights: []target{{"ein-aaaaaaaa", 81, 20}}}},
		{"two ports of one instance become one: not a move", []target{a80, {"ein-aaaaaaaa", 81, 10}}, []target{{"ein-aaaaaaaa", 82, 10}},
			changes{Deregister: []target{a80, {"ein-aaaaaaaa", 81, 10}}, Register: []target{{"ein-aaaaaaaa", 82, 10}}}},
		{"from nothing", nil, []target{b80, a80}, changes{Register: []target{a80, b80}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diff(tt.old, tt.want); !reflect.DeepEqual(got, tt.expect) {
				t.Fatalf("diff = %+v\nwant   %+v", got, tt.expect)
			}
		})
	}
}
