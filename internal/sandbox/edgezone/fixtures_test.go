package edgezone_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// The fixture contract of the common brief, through the control surface over HTTP.
func TestFixturesBindUnbindPools(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	ips := e.apply(id, "ipv4", 2)
	v6 := e.apply(id, "ipv6", 1)
	e.Clock.Advance(time.Minute)
	got := e.fixtures(`{
		"bind": [{"NetworkInstanceId": "` + id + `", "Ip": "` + ips[0] + `"},
		         {"NetworkInstanceId": "` + id + `", "Ip": "` + ips[1] + `", "InstanceId": "epm-given01"},
		         {"NetworkInstanceId": "` + id + `", "Ip": "` + strings.ToUpper(v6[0]) + `", "InstanceId": "epm-given01"}],
		"pools": [{"Region": "ap-guangzhou", "ZoneId": "` + zone2 + `", "Type": "IPv4", "Cidr": "203.0.113.0/28"}]}`)
	if len(got) != 3 || len(got["bind"]) != 3 || len(got["unbind"]) != 0 || len(got["pools"]) != 1 {
		t.Fatalf("answer: %v", got)
	}
	generated := got["bind"][0]["InstanceId"].(string)
	if !serverIDShape.MatchString(generated) || got["bind"][1]["InstanceId"] != "epm-given01" || got["bind"][2]["Ip"] != v6[0] {
		t.Fatalf("bind answer: %v", got["bind"])
	}
	if p := got["pools"][0]; p["Type"] != "ipv4" || p["Cidr"] != "203.0.113.0/28" || p["ZoneId"] != zone2 || p["Region"] != region {
		t.Fatalf("pools answer: %v", p)
	}
	// Two addresses on one server and one on another: ServerCount counts servers.
	if inst := e.instance(id); inst["ServerCount"].(float64) != 2 {
		t.Fatalf("ServerCount: %v", inst)
	}
	ip := e.ipOf(id, ips[0])
	if ip["State"] != "InUse" || ip["InstanceId"] != generated || ip["UpdatedAt"] != "2024-05-17T10:31:00" || ip["CreatedAt"] != "2024-05-17T10:30:00" {
		t.Fatalf("bound IpInfo: %v", ip)
	}
	// Binding again to the same server is a no-op; to another one, an error.
	e.fixtures(`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[1] + `","InstanceId":"epm-given01"}]}`)
	e.fixturesFail(`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[1] + `","InstanceId":"epm-other001"}]}`)

	// Unbind terminates the server: the address is Unbound, and releasable.
	got = e.fixtures(`{"unbind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[1] + `"}]}`)
	if u := got["unbind"]; len(u) != 1 || u[0]["InstanceId"] != "epm-given01" || u[0]["Ip"] != ips[1] {
		t.Fatalf("unbind answer: %v", got)
	}
	if ip := e.ipOf(id, ips[1]); ip["State"] != "Unbound" || ip["InstanceId"] != "" {
		t.Fatalf("unbound IpInfo: %v", ip)
	}
	e.ez.Ok("ReleasePublicIp", map[string]any{"NetworkInstanceId": id, "Type": "ipv4", "IpList": []string{ips[1]}})
	e.fixturesFail(`{"unbind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `"},{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `"}]}`)
	if ip := e.ipOf(id, ips[0]); ip["State"] != "InUse" {
		t.Fatalf("a refused document changed the state: %v", ip)
	}

	// The replaced pool serves the next applies.
	other := e.create(zone2, "static")
	for _, a := range e.apply(other, "ipv4", 14) {
		if !netip.MustParsePrefix("203.0.113.0/28").Contains(netip.MustParseAddr(a)) {
			t.Fatalf("%s is not from the replaced pool", a)
		}
	}
	e.ez.Fails("ApplyPublicIps", map[string]any{"NetworkInstanceId": other, "Type": "ipv4", "Count": 1}, "ResourceInsufficient.PublicIpInsufficient")
}

func TestFixturesBindDynamicInstance(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "ospf")
	seg := e.instance(id)["Ipv4CidrSet"].([]any)[0].(map[string]any)
	r := netip.MustParsePrefix(seg["Cidr"].(string))
	inside := r.Addr().Next().Next().Next().String()
	got := e.fixtures(`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + inside + `"}]}`)
	if !serverIDShape.MatchString(got["bind"][0]["InstanceId"].(string)) {
		t.Fatalf("bind answer: %v", got)
	}
	if inst := e.instance(id); inst["ServerCount"].(float64) != 1 {
		t.Fatalf("ServerCount: %v", inst)
	}
	e.fixturesFail(`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + seg["Gateway"].(string) + `"}]}`)
	e.fixturesFail(`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"203.0.113.1"}]}`)
	e.fixtures(`{"unbind":[{"NetworkInstanceId":"` + id + `","Ip":"` + inside + `"}]}`)
	if inst := e.instance(id); inst["ServerCount"].(float64) != 0 {
		t.Fatalf("ServerCount after unbind: %v", inst)
	}
}

func TestFixturesRefused(t *testing.T) {
	e := newEnv(t)
	id := e.create(zone1, "static")
	ips := e.apply(id, "ipv4", 1)
	for _, doc := range []string{
		`{"servers":[]}`, // unknown field
		`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `","Zone":"x"}]}`,
		`{"unbind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `","InstanceId":"epm-12345678"}]}`,
		`{"bind":[{"NetworkInstanceId":"epn-00000000","Ip":"` + ips[0] + `"}]}`,
		`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"198.18.1.300"}]}`,
		`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"203.0.113.7"}]}`, // not applied
		`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `","InstanceId":"ins-12345678"}]}`,
		`{"unbind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `"}]}`, // not bound
		`{"pools":[{"Region":"ap-beijing","ZoneId":"` + zone1 + `","Type":"ipv4","Cidr":"203.0.113.0/24"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + otherZone + `","Type":"ipv4","Cidr":"203.0.113.0/24"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv5","Cidr":"203.0.113.0/24"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv6","Cidr":"203.0.113.0/24"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv4","Cidr":"203.0.113.5/24"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv4","Cidr":"10.0.0.0/8"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv6","Cidr":"2001:db8::/64"}]}`,
		`{"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv4","Cidr":"x"}]}`,
		// All or nothing: the bind is undone when the pool after it is refused.
		`{"bind":[{"NetworkInstanceId":"` + id + `","Ip":"` + ips[0] + `"}],"pools":[{"Region":"ap-guangzhou","ZoneId":"` + zone1 + `","Type":"ipv4","Cidr":"x"}]}`,
	} {
		e.fixturesFail(doc)
	}
	if ip := e.ipOf(id, ips[0]); ip["State"] != "Unbound" {
		t.Fatalf("a refused document bound the address: %v", ip)
	}
	if code, body := e.Control(http.MethodGet, "/_sandbox/fixtures/edgezone", ""); code != http.StatusMethodNotAllowed {
		t.Fatalf("GET fixtures: %d %s", code, body)
	}
	// The empty document is valid and does nothing.
	var empty map[string][]any
	if err := json.Unmarshal([]byte(mustBody(e.Control(http.MethodPost, "/_sandbox/fixtures/edgezone", `{}`))), &empty); err != nil ||
		len(empty["bind"]) != 0 || empty["bind"] == nil || empty["unbind"] == nil || empty["pools"] == nil {
		t.Fatalf("empty document: %v %v", empty, err)
	}
}

// The control surface serves fixtures over a real HTTP connection too (as acceptance tests and
// make demo use it).
func TestFixturesOverHTTPServer(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.S)
	defer srv.Close()
	id := e.create(zone1, "static")
	ip := e.apply(id, "ipv4", 1)[0]
	resp, err := srv.Client().Post(srv.URL+"/_sandbox/fixtures/edgezone", "application/json",
		strings.NewReader(`{"bind":[{"NetworkInstanceId":"`+id+`","Ip":"`+ip+`","InstanceId":"epm-http0001"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string][]map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("HTTP %d: %v", resp.StatusCode, err)
	}
	if len(out["bind"]) != 1 || out["bind"][0]["InstanceId"] != "epm-http0001" {
		t.Fatalf("answer: %v", out)
	}
	if got := e.ipOf(id, ip)["InstanceId"]; got != "epm-http0001" {
		t.Fatalf("bound to %v", got)
	}
}

func mustBody(code int, body string) string {
	if code != http.StatusOK {
		return "HTTP error: " + body
	}
	return body
}
