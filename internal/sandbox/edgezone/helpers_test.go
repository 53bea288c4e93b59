package edgezone_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// The catalog the tests use (catalog.go) and a second account.
const (
	region      = "ap-guangzhou"
	zone1       = "ap-guangzhou-ez-1"
	zone2       = "ap-guangzhou-ez-2"
	zone3       = "ap-guangzhou-ez-3"
	otherRegion = "ap-shanghai"
	otherZone   = "ap-shanghai-ez-1"
	otherID     = "AKIDOTHERACCOUNT"
	otherKey    = "other-account-key"
)

var (
	instanceIDShape = regexp.MustCompile(`^epn-[a-z0-9]{8}$`)
	serverIDShape   = regexp.MustCompile(`^epm-[a-z0-9]{8}$`)
	timeShape       = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$`)
)

// env is a sandbox on a fake clock with an EdgeZone client in ap-guangzhou, and a second account.
type env struct {
	*sandboxtest.Harness
	ez sandboxtest.ServiceClient
}

func newEnv(t *testing.T) *env {
	return newEnvWith(t, sandbox.Options{})
}

func newEnvWith(t *testing.T, opts sandbox.Options) *env {
	t.Helper()
	opts.Credentials = map[string]string{sandboxtest.SecretID: sandboxtest.SecretKey, otherID: otherKey}
	h := sandboxtest.New(t, opts)
	return &env{Harness: h, ez: h.For(edgezone.ServiceName, edgezone.Version, region)}
}

// request builds a call signed by secretID in region.
func (e *env) request(secretID, secretKey, region, action string, params any) *http.Request {
	e.T.Helper()
	body, err := json.Marshal(params)
	if err != nil {
		e.T.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, "http://edgezone.tencentcloudapi.com/", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-TC-Action", action)
	r.Header.Set("X-TC-Version", edgezone.Version)
	r.Header.Set("X-TC-Region", region)
	sandboxtest.Sign(r, body, secretID, secretKey, edgezone.ServiceName, e.Clock.Now())
	return r
}

// as sends a call signed by the second account, in ap-guangzhou.
func (e *env) as(action string, params any) (map[string]any, string) {
	e.T.Helper()
	resp := e.Send(e.request(otherID, otherKey, region, action, params))
	return resp, sandboxtest.ErrCode(resp)
}

// create makes a public network instance and returns its ID.
func (e *env) create(zone, mode string) string {
	e.T.Helper()
	resp := e.ez.Ok("CreatePublicNetworkInstance", map[string]any{
		"ZoneId": zone, "NetworkInstanceName": "tf-" + mode, "Line": "BGP", "RouteMode": mode, "Bandwidth": 100,
	})
	return resp["NetworkInstanceId"].(string)
}

// apply applies n addresses of typ and returns them.
func (e *env) apply(id, typ string, n int) []string {
	e.T.Helper()
	resp := e.ez.Ok("ApplyPublicIps", map[string]any{"NetworkInstanceId": id, "Type": typ, "Count": n})
	return strs(resp["IpList"])
}

// instance is DescribePublicNetworkInstances' entry for id.
func (e *env) instance(id string) map[string]any {
	e.T.Helper()
	set := e.ez.Ok("DescribePublicNetworkInstances", map[string]any{"NetworkInstanceId": id})["PublicNetworkInstanceSet"].([]any)
	if len(set) != 1 {
		e.T.Fatalf("instance %s: %d entries", id, len(set))
	}
	return set[0].(map[string]any)
}

// ips is DescribePublicIps' IpInfoSet for params (and the TotalCount).
func (e *env) ips(params map[string]any) ([]map[string]any, int) {
	e.T.Helper()
	if params == nil {
		params = map[string]any{}
	}
	resp := e.ez.Ok("DescribePublicIps", params)
	var out []map[string]any
	for _, x := range resp["IpInfoSet"].([]any) {
		out = append(out, x.(map[string]any))
	}
	return out, int(resp["TotalCount"].(float64))
}

// ipOf is the IpInfo of one address (fails when it is not listed exactly once).
func (e *env) ipOf(id, ip string) map[string]any {
	e.T.Helper()
	set, _ := e.ips(map[string]any{"NetworkInstanceId": []string{id}, "Ip": []string{ip}, "Limit": 100})
	var found []map[string]any
	for _, x := range set {
		if x["Ip"] == ip {
			found = append(found, x)
		}
	}
	if len(found) != 1 {
		e.T.Fatalf("%s of %s listed %d times: %v", ip, id, len(found), set)
	}
	return found[0]
}

// fixtures posts a fixture document through the control surface and decodes the answer.
func (e *env) fixtures(doc string) map[string][]map[string]any {
	e.T.Helper()
	code, body := e.Control(http.MethodPost, "/_sandbox/fixtures/edgezone", doc)
	if code != http.StatusOK {
		e.T.Fatalf("fixtures %s: HTTP %d %s", doc, code, body)
	}
	var out map[string][]map[string]any
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		e.T.Fatalf("fixtures answer %s: %v", body, err)
	}
	return out
}

// fixturesFail posts a fixture document that must be refused (HTTP 400) and returns the error.
func (e *env) fixturesFail(doc string) string {
	e.T.Helper()
	code, body := e.Control(http.MethodPost, "/_sandbox/fixtures/edgezone", doc)
	if code != http.StatusBadRequest {
		e.T.Fatalf("fixtures %s: want HTTP 400, got %d %s", doc, code, body)
	}
	return body
}

// pool replaces a zone's pool.
func (e *env) pool(zone, typ, cidr string) {
	e.T.Helper()
	doc, _ := json.Marshal(map[string]any{"pools": []map[string]string{{"Region": region, "ZoneId": zone, "Type": typ, "Cidr": cidr}}})
	e.fixtures(string(doc))
}

// bind binds ip of id to a server and returns the server's ID.
func (e *env) bind(id, ip string) string {
	e.T.Helper()
	doc, _ := json.Marshal(map[string]any{"bind": []map[string]string{{"NetworkInstanceId": id, "Ip": ip}}})
	return e.fixtures(string(doc))["bind"][0]["InstanceId"].(string)
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}
