package edgezone_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// Everything EdgeZone holds survives a restart from the state file: instances (with their owner),
// ranges, applied and bound addresses, replaced pools; Reset forgets it all and restores the
// default pools.
func TestPersistenceRoundTrip(t *testing.T) {
	stateFile := filepath.Join(t.TempDir(), "state.json")
	e := newEnvWith(t, sandbox.Options{StateFile: stateFile})
	static := e.create(zone1, "static")
	bgp := e.create(zone2, "bgp")
	e.pool(zone3, "ipv6", "2001:db8:77::/124")
	ips := e.apply(static, "ipv4", 3)
	e.apply(static, "ipv6", 1)
	server := e.bind(static, ips[1])
	e.ez.Ok("ModifyPublicNetworkInstance", map[string]any{"NetworkInstanceId": bgp, "NetworkInstanceName": "renamed"})
	if _, code := e.as("CreatePublicNetworkInstance", map[string]any{"ZoneId": zone1, "Line": "CT", "RouteMode": "static"}); code != "" {
		t.Fatal(code)
	}

	snapshot := func(e *env) []any {
		t.Helper()
		insts := e.ez.Ok("DescribePublicNetworkInstances", map[string]any{})
		ips, _ := e.ips(map[string]any{"Limit": 100})
		theirs, _ := e.as("DescribePublicNetworkInstances", map[string]any{})
		delete(insts, "RequestId")
		delete(theirs, "RequestId")
		return []any{insts, ips, theirs}
	}
	before := snapshot(e)

	again, err := sandbox.New(sandbox.Options{
		Credentials: map[string]string{sandboxtest.SecretID: sandboxtest.SecretKey, otherID: otherKey},
		StateFile:   stateFile, Now: e.Clock.Now, RateLimit: 1e6,
	})
	if err != nil {
		t.Fatal(err)
	}
	e2 := &env{Harness: &sandboxtest.Harness{T: t, S: again, Clock: e.Clock}}
	e2.ez = e2.For("edgezone", "2026-04-01", region)
	if after := snapshot(e2); !reflect.DeepEqual(before, after) {
		b, _ := json.Marshal(before)
		a, _ := json.Marshal(after)
		t.Fatalf("after a restart:\n%s\nbefore:\n%s", a, b)
	}
	// The rules still hold after the restart: the owner, the binding, the pool.
	if ip := e2.ipOf(static, ips[1]); ip["InstanceId"] != server {
		t.Fatalf("binding lost: %v", ip)
	}
	if _, code := e2.as("ReleasePublicIp", map[string]any{"NetworkInstanceId": static, "Type": "ipv4", "IpList": []string{ips[0]}}); code != "UnauthorizedOperation.PermissionDenied" {
		t.Fatalf("owner lost: %q", code)
	}
	e2.ez.Fails("ReleasePublicIp", map[string]any{"NetworkInstanceId": static, "Type": "ipv4", "IpList": []string{ips[1]}}, "FailedOperation.IpStillBoundToServer")
	z3 := e2.create(zone3, "static")
	if got := e2.apply(z3, "ipv6", 1); len(got) != 1 || got[0][:len("2001:db8:77::")] != "2001:db8:77::" {
		t.Fatalf("the replaced pool was not kept: %v", got)
	}
	e2.ez.Fails("CreatePublicNetworkInstance", map[string]any{"ZoneId": zone1, "Line": "BGP", "RouteMode": "static"}, "FailedOperation.PublicInstanceDuplicate")

	// Reset: nothing left, default pools back.
	again.Reset()
	if _, n := e2.ips(map[string]any{}); n != 0 {
		t.Fatal("Reset kept addresses")
	}
	z3 = e2.create(zone3, "static")
	if got := e2.apply(z3, "ipv6", 1); got[0][:len("2001:db8:1:3::")] != "2001:db8:1:3::" {
		t.Fatalf("Reset kept the replaced pool: %v", got)
	}
	data, err := os.ReadFile(stateFile)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Products map[string]json.RawMessage `json:"products"`
	}
	if err := json.Unmarshal(data, &file); err != nil || file.Products["edgezone"] == nil {
		t.Fatalf("the state file has no edgezone section: %v %s", err, data)
	}
}

// A state file whose EdgeZone section the handlers could not use is refused at start.
func TestPersistenceRefusesMalformedSection(t *testing.T) {
	write := func(section string) string {
		stateFile := filepath.Join(t.TempDir(), "state.json")
		if err := os.WriteFile(stateFile, []byte(`{"format":2,"products":{"edgezone":`+section+`}}`), 0o600); err != nil {
			t.Fatal(err)
		}
		return stateFile
	}
	valid := `{"instances":{"epn-1":{"id":"epn-1","region":"ap-guangzhou","zone":"ap-guangzhou-ez-1","ips":{"1.2.3.4":{"ip":"1.2.3.4","type":"ipv4"}}}}}`
	if _, err := sandbox.New(sandbox.Options{Credentials: map[string]string{"a": "b"}, StateFile: write(valid)}); err != nil {
		t.Fatalf("a valid section was refused: %v", err)
	}
	for _, section := range []string{
		`{"instances":{"epn-1":{"id":"epn-2","region":"ap-guangzhou","zone":"ap-guangzhou-ez-1"}}}`,
		`{"instances":{"epn-1":{"id":"epn-1","region":"ap-shanghai","zone":"ap-guangzhou-ez-1"}}}`,
		`{"instances":{"epn-1":{"id":"epn-1","region":"ap-guangzhou","zone":"ap-guangzhou-ez-1","cidrs":[{"cidr":"x"}]}}}`,
		`{"instances":{"epn-1":{"id":"epn-1","region":"ap-guangzhou","zone":"ap-guangzhou-ez-1","ips":{"1.2.3":{"ip":"1.2.3"}}}}}`,
		`{"pools":{"ap-guangzhou-ez-1/ipv4":{"Region":"ap-guangzhou","ZoneId":"ap-guangzhou-ez-1","Type":"ipv4","Cidr":"nope"}}}`,
		`{"pools":{"elsewhere/ipv4":{"Region":"ap-guangzhou","ZoneId":"elsewhere","Type":"ipv4","Cidr":"10.0.0.0/24"}}}`,
	} {
		if _, err := sandbox.New(sandbox.Options{Credentials: map[string]string{"a": "b"}, StateFile: write(section)}); err == nil {
			t.Errorf("loaded a malformed section: %s", section)
		}
	}
}
