package clbtargets

import (
	"reflect"
	"testing"
)

func TestDiff(t *testing.T) {
	ins := func(id string, port, weight int64) target { return target{InstanceID: id, Port: port, Weight: weight} }
	ip := func(ip string, port, weight int64) target { return target{EniIP: ip, Port: port, Weight: weight} }
	move := func(id string, from, to int64) portMove {
		return portMove{owner: owner{InstanceID: id}, From: from, To: to}
	}
	a80, b80, c80 := ins("ein-aaaaaaaa", 80, 10), ins("ein-bbbbbbbb", 80, 10), ins("ein-cccccccc", 80, 10)
	tests := []struct {
		name      string
		old, want []target
		expect    changes
	}{
		{"nothing", []target{a80, b80}, []target{b80, a80}, changes{}},
		{"one weight", []target{a80, b80}, []target{a80, ins("ein-bbbbbbbb", 80, 50)},
			changes{Weights: []target{ins("ein-bbbbbbbb", 80, 50)}}},
		{"add and remove", []target{a80, b80}, []target{a80, c80},
			changes{Deregister: []target{b80}, Register: []target{c80}}},
		{"port move keeps the backend", []target{a80, b80}, []target{a80, ins("ein-bbbbbbbb", 8080, 10)},
			changes{MovePorts: []portMove{move("ein-bbbbbbbb", 80, 8080)}}},
		{"port move and weight", []target{a80}, []target{ins("ein-aaaaaaaa", 81, 20)},
			changes{MovePorts: []portMove{move("ein-aaaaaaaa", 80, 81)}, Weights: []target{ins("ein-aaaaaaaa", 81, 20)}}},
		{"two ports of one instance become one: not a move", []target{a80, ins("ein-aaaaaaaa", 81, 10)}, []target{ins("ein-aaaaaaaa", 82, 10)},
			changes{Deregister: []target{a80, ins("ein-aaaaaaaa", 81, 10)}, Register: []target{ins("ein-aaaaaaaa", 82, 10)}}},
		{"from nothing", nil, []target{b80, a80}, changes{Register: []target{a80, b80}}},
		{"an ENI IP on the instance's port is another backend", []target{a80}, []target{a80, ip("10.0.1.9", 80, 10)},
			changes{Register: []target{ip("10.0.1.9", 80, 10)}}},
		{"an ENI IP's port move", []target{a80, ip("10.0.1.9", 80, 10)}, []target{a80, ip("10.0.1.9", 81, 10)},
			changes{MovePorts: []portMove{{owner: owner{EniIP: "10.0.1.9"}, From: 80, To: 81}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diff(tt.old, tt.want); !reflect.DeepEqual(got, tt.expect) {
				t.Fatalf("diff = %+v\nwant   %+v", got, tt.expect)
			}
		})
	}
}
