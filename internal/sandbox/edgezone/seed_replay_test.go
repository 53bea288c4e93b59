package edgezone_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/edgezone"
)

// Seed replay: seed 002's two ReleasePublicIp examples, sent as documented (the request bodies
// below are the seed's, verbatim), against the state each needs: a STATIC instance with the
// example's ID holding the example's addresses. The instance IDs come from
// edgezone.NextInstanceIDs (the examples' IDs are not of the generated shape); the addresses from
// pools replaced, through the fixture control surface, by exactly those addresses. The answer must
// be the documented output: a RequestId and nothing else; and the addresses must be gone.

const (
	seedReleaseIPv4In = `{
"NetworkInstanceId": "epn-dfghjkl",
"Type": "ipv4",
"IpList": [
"226.10.12.3",
"226.10.12.4"
]
}`
	seedReleaseIPv6In = `{
"NetworkInstanceId": "epn-xxxxxxxx",
"Type": "ipv6",
"IpList": [
"2001:db8::1a2b",
"2001:db8::3c4d"
]
}`
	// other-apis.md §4a: ApplyPublicIps' example (docs 1230/79091), a companion of the seed.
	seedApplyIn  = `{"NetworkInstanceId":"epn-dfghjkl","Type":"ipv4","Count":1}`
	seedApplyOut = `{"RequestId":"test-req-021","IpList":["224.12.10.25"]}`
)

// prepareSeedInstance creates a STATIC instance named id in zone holding exactly addrs of typ,
// each from a one-address pool.
func prepareSeedInstance(t *testing.T, e *env, id, zone, typ string, addrs ...string) {
	t.Helper()
	edgezone.NextInstanceIDs(t, id)
	if got := e.create(zone, "static"); got != id {
		t.Fatalf("instance ID %s, want %s", got, id)
	}
	bits := "/32"
	if typ == "ipv6" {
		bits = "/128"
	}
	for _, a := range addrs {
		e.pool(zone, typ, a+bits)
		if got := e.apply(id, typ, 1); !slices.Equal(got, []string{a}) {
			t.Fatalf("applied %v, want %s", got, a)
		}
	}
}

func TestSeedReleasePublicIpExamples(t *testing.T) {
	for _, c := range []struct {
		name, in, id, zone, typ string
		addrs                   []string
	}{
		{"ipv4", seedReleaseIPv4In, "epn-dfghjkl", zone1, "ipv4", []string{"226.10.12.3", "226.10.12.4"}},
		{"ipv6", seedReleaseIPv6In, "epn-xxxxxxxx", zone2, "ipv6", []string{"2001:db8::1a2b", "2001:db8::3c4d"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			prepareSeedInstance(t, e, c.id, c.zone, c.typ, c.addrs...)
			if n := e.instance(c.id)["Ipv"+c.typ[3:]+"Count"].(float64); n != 2 {
				t.Fatalf("before: %v addresses", n)
			}
			resp := e.ez.Ok("ReleasePublicIp", c.in)
			if len(resp) != 1 || resp["RequestId"] == nil {
				t.Fatalf("the documented output is a RequestId only: %v", resp)
			}
			if set, n := e.ips(map[string]any{"NetworkInstanceId": []string{c.id}}); n != 0 {
				t.Fatalf("released addresses still listed: %v", set)
			}
			if n := e.instance(c.id)["Ipv"+c.typ[3:]+"Count"].(float64); n != 0 {
				t.Fatalf("after: %v addresses", n)
			}
			// Replayed again, the addresses are no longer the instance's.
			want := "InvalidParameterValue.PublicIpNotAvailable"
			if c.typ == "ipv6" {
				want = "InvalidParameterValue.PublicIpv6NotAvailable"
			}
			e.ez.Fails("ReleasePublicIp", c.in, want)
		})
	}
}

func TestSeedApplyPublicIpsExample(t *testing.T) {
	e := newEnv(t)
	edgezone.NextInstanceIDs(t, "epn-dfghjkl")
	e.create(zone1, "static")
	e.pool(zone1, "ipv4", "224.12.10.25/32")
	resp := e.ez.Ok("ApplyPublicIps", seedApplyIn)
	var want map[string]any
	if err := json.Unmarshal([]byte(seedApplyOut), &want); err != nil {
		t.Fatal(err)
	}
	if len(resp) != len(want) || !slices.Equal(strs(resp["IpList"]), strs(want["IpList"])) {
		t.Fatalf("got %v, want the shape of %v", resp, want)
	}
	ip := e.ipOf("epn-dfghjkl", "224.12.10.25")
	if ip["State"] != "Unbound" || ip["Type"] != "Ipv4" || ip["InstanceId"] != "" {
		t.Fatalf("the applied address: %v", ip)
	}
}
