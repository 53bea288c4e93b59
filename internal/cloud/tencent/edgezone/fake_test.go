package edgezone

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// fakeAPI is a small EdgeZone for the client's tests: instances and addresses, the documented
// substring matching of DescribePublicIps, paging, and hooks to lose an answer after acting.
type fakeAPI struct {
	t         testing.TB
	mu        sync.Mutex
	instances []PublicNetworkInstanceInfo
	ips       []IpInfo
	nextIP    int
	calls     map[string]int
	bodies    map[string][]map[string]any // request bodies per action
	regions   []string                    // X-TC-Region of every call
	// dropApply loses the answer of the next ApplyPublicIps calls after acting.
	dropApply int
	// alsoApply is how many extra addresses "another writer" applies for during a dropped call.
	alsoApply int
	// hideFor hides addresses applied by a dropped call from the next n DescribePublicIps calls.
	hideFor int
	hidden  []string
	// notFoundCode answers DescribePublicNetworkInstances for an unknown ID with the error instead of an empty set.
	notFoundCode bool
}

func newFake(t testing.TB) (*fakeAPI, *Client) {
	t.Helper()
	f := &fakeAPI{t: t, calls: map[string]int{}, bodies: map[string][]map[string]any{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	api := tencent.New(tencent.Config{SecretID: "AKIDfake", SecretKey: "fake", Endpoints: map[string]string{"edgezone": srv.URL},
		RateLimit: 1000, MaxRetries: 2, SharedRateLimit: tencent.SharedRateLimitOff})
	return f, New(api)
}

func (f *fakeAPI) count(action string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[action]
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	action := r.Header.Get("X-TC-Action")
	f.calls[action]++
	f.regions = append(f.regions, r.Header.Get("X-TC-Region"))
	raw, _ := io.ReadAll(r.Body)
	var body map[string]any
	if err := json.Unmarshal(raw, &body); err != nil {
		f.t.Errorf("%s: body %s: %v", action, raw, err)
	}
	f.bodies[action] = append(f.bodies[action], body)
	var req map[string]json.RawMessage
	_ = json.Unmarshal(raw, &req)
	str := func(k string) string {
		var s string
		_ = json.Unmarshal(req[k], &s)
		return s
	}
	list := func(k string) []string {
		var s []string
		_ = json.Unmarshal(req[k], &s)
		return s
	}
	page := func(n int) (int, int) {
		off, lim := 0, 20
		_ = json.Unmarshal(req["Offset"], &off)
		_ = json.Unmarshal(req["Limit"], &lim)
		return min(off, n), min(off+lim, n)
	}
	answer := func(v any) {
		b, _ := json.Marshal(map[string]any{"Response": v})
		_, _ = w.Write(b)
	}
	fail := func(code string) {
		answer(map[string]any{"Error": map[string]string{"Code": code, "Message": "fake"}, "RequestId": "req-fake"})
	}
	switch action {
	case "DescribePublicNetworkInstances":
		var out []PublicNetworkInstanceInfo
		for _, i := range f.instances {
			// Substring matching, to prove the client matches exactly.
			if strings.Contains(i.NetworkInstanceId, str("NetworkInstanceId")) && strings.Contains(i.ZoneId, str("ZoneId")) &&
				strings.Contains(i.NetworkInstanceName, str("NetworkInstanceName")) {
				out = append(out, i)
			}
		}
		if len(out) == 0 && f.notFoundCode && str("NetworkInstanceId") != "" {
			fail(CodePublicInstanceNotFound)
			return
		}
		lo, hi := page(len(out))
		answer(map[string]any{"TotalCount": len(out), "PublicNetworkInstanceSet": out[lo:hi], "RequestId": "req-dpni"})
	case "DescribePublicIps":
		var out []IpInfo
		for _, ip := range f.ips {
			if slices.Contains(f.hidden, ip.Ip) && f.hideFor > 0 {
				continue
			}
			if matchAny(list("NetworkInstanceId"), ip.NetworkInstanceId) && matchAny(list("Ip"), ip.Ip) && foldAny(list("Type"), ip.Type) {
				out = append(out, ip)
			}
		}
		if f.hideFor > 0 {
			f.hideFor--
		}
		lo, hi := page(len(out))
		answer(map[string]any{"TotalCount": len(out), "IpInfoSet": out[lo:hi], "RequestId": "req-dpi"})
	case "ApplyPublicIps":
		var n int
		_ = json.Unmarshal(req["Count"], &n)
		applied := f.apply(str("NetworkInstanceId"), str("Type"), n)
		if f.dropApply > 0 {
			f.dropApply--
			f.apply(str("NetworkInstanceId"), str("Type"), f.alsoApply)
			if f.hideFor > 0 {
				f.hidden = append(f.hidden, applied...)
			}
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			conn.Close()
			return
		}
		answer(map[string]any{"IpList": applied, "RequestId": "req-apply"})
	default:
		fail("InvalidAction")
	}
}

func (f *fakeAPI) apply(instance, typ string, n int) []string {
	var out []string
	for range n {
		f.nextIP++
		ip := fmt.Sprintf("203.0.113.%d", f.nextIP)
		f.ips = append(f.ips, IpInfo{Ip: ip, NetworkInstanceId: instance, State: IPStateUnbound, Type: "Ipv4", CreatedAt: "2026-04-07T00:00:00"})
		out = append(out, ip)
	}
	_ = typ
	return out
}

func matchAny(filter []string, v string) bool {
	return len(filter) == 0 || slices.ContainsFunc(filter, func(f string) bool { return strings.Contains(v, f) })
}

func foldAny(filter []string, v string) bool {
	return len(filter) == 0 || slices.ContainsFunc(filter, func(f string) bool { return strings.EqualFold(v, f) })
}
