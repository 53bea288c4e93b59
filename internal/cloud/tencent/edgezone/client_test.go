package edgezone

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const region = "ap-guangzhou"

var fastReconcile = wait.Options{Timeout: 300 * time.Millisecond, Backoff: wait.Backoff{Initial: 10 * time.Millisecond, Max: 20 * time.Millisecond, Multiplier: 2}}

func TestFindPublicNetworkInstanceByID_MatchesExactly(t *testing.T) {
	f, c := newFake(t)
	f.instances = []PublicNetworkInstanceInfo{
		{NetworkInstanceId: "epn-abc12345", ZoneId: "ap-guangzhou-ez-1", RouteMode: "STATIC"},
		{NetworkInstanceId: "epn-abc1234", ZoneId: "ap-guangzhou-ez-2", RouteMode: "BGP"},
	}
	got, err := c.FindPublicNetworkInstanceByID(context.Background(), region, "epn-abc1234")
	if err != nil || got.ZoneId != "ap-guangzhou-ez-2" {
		t.Fatalf("got %+v, %v; want the exact ID's instance, not the one containing it", got, err)
	}
	if _, err := c.FindPublicNetworkInstanceByID(context.Background(), region, "epn-abc"); !tencent.IsNotFound(err) {
		t.Fatalf("a prefix of two IDs: err = %v, want not found", err)
	}
	f.notFoundCode = true
	if _, err := c.FindPublicNetworkInstanceByID(context.Background(), region, "epn-zzz"); !tencent.IsNotFound(err) {
		t.Fatalf("ResourceNotFound.PublicInstanceNotFound: err = %v, want not found", err)
	}
	before := f.count("DescribePublicNetworkInstances")
	var malformed *MalformedIDError
	if _, err := c.FindPublicNetworkInstanceByID(context.Background(), region, "epn-ABC"); !errors.As(err, &malformed) || tencent.IsNotFound(err) {
		t.Fatalf("malformed ID: err = %v, want MalformedIDError (never not found)", err)
	}
	if f.count("DescribePublicNetworkInstances") != before {
		t.Error("a malformed ID reached the API")
	}
	for _, r := range f.regions {
		if r != region {
			t.Errorf("X-TC-Region = %q, want %q on every call", r, region)
		}
	}
}

func TestFindPublicIP_MatchesInstanceAndAddressExactly(t *testing.T) {
	f, c := newFake(t)
	f.ips = []IpInfo{
		{Ip: "203.0.113.10", NetworkInstanceId: "epn-a1", Type: "Ipv4", State: "Unbound"},
		{Ip: "203.0.113.1", NetworkInstanceId: "epn-a12", Type: "Ipv4", State: "Unbound"},
		{Ip: "2001:db8::1a2a", NetworkInstanceId: "epn-a1", Type: "Ipv6", State: "Unbound"},
		{Ip: "2001:db8::1a2b", NetworkInstanceId: "epn-a1", Type: "Ipv6", State: "InUse", InstanceId: "epm-s1"},
	}
	// "203.0.113.1" is a substring of "203.0.113.10", "epn-a1" of "epn-a12": the API returns both.
	if _, err := c.FindPublicIP(context.Background(), region, "epn-a1", "203.0.113.1"); !tencent.IsNotFound(err) {
		t.Fatalf("err = %v; want not found (only substring matches exist)", err)
	}
	got, err := c.FindPublicIP(context.Background(), region, "epn-a12", "203.0.113.1")
	if err != nil || got.NetworkInstanceId != "epn-a12" {
		t.Fatalf("got %+v, %v", got, err)
	}
	// Another spelling of the same IPv6 address is the same address.
	if got, err := c.FindPublicIP(context.Background(), region, "epn-a1", "2001:0db8:0:0::1a2b"); err != nil || got.InstanceId != "epm-s1" {
		t.Fatalf("IPv6 in another spelling: %+v, %v", got, err)
	}
}

func TestListPublicIps_FollowsPagesAndDropsDuplicates(t *testing.T) {
	f, c := newFake(t)
	f.apply("epn-a1", "ipv4", 230)
	got, err := c.ListInstancePublicIPs(context.Background(), region, "epn-a1", "IPv4")
	if err != nil || len(got) != 230 {
		t.Fatalf("got %d addresses, %v; want 230 over three pages", len(got), err)
	}
	if n := f.count("DescribePublicIps"); n != 3 {
		t.Errorf("%d DescribePublicIps calls, want 3 pages of 100", n)
	}
	body := f.bodies["DescribePublicIps"][0]
	if body["OrderByCreateTime"] != "asc" {
		t.Errorf("OrderByCreateTime = %v, want asc (stable pages while addresses are applied for)", body["OrderByCreateTime"])
	}
	if ty, _ := body["Type"].([]any); len(ty) != 1 || ty[0] != "ipv4" {
		t.Errorf("Type filter = %v, want [ipv4] (the document example's casing)", body["Type"])
	}
}

func TestApplyPublicIP_SendsDocumentedCasingOnce(t *testing.T) {
	f, c := newFake(t)
	got, err := c.ApplyPublicIP(context.Background(), region, "epn-a1", "IPv4", fastReconcile)
	if err != nil || got.Ip == "" || got.LostAnswer != nil {
		t.Fatalf("got %+v, %v", got, err)
	}
	b := f.bodies["ApplyPublicIps"][0]
	if b["Type"] != "ipv4" || b["Count"] != float64(1) || b["NetworkInstanceId"] != "epn-a1" {
		t.Errorf("ApplyPublicIps body = %v, want Type ipv4, Count 1", b)
	}
}

func TestApplyPublicIP_LostAnswerAdoptsTheOneNewAddress(t *testing.T) {
	f, c := newFake(t)
	f.apply("epn-a1", "ipv4", 2)  // addresses that were there before
	f.apply("epn-a12", "ipv4", 1) // another instance's, matched by the substring filter
	f.dropApply = 1
	f.hideFor = 2 // the new address shows only on the third listing: reconciliation polls
	got, err := c.ApplyPublicIP(context.Background(), region, "epn-a1", "ipv4", fastReconcile)
	if err != nil {
		t.Fatal(err)
	}
	if got.Ip != "203.0.113.4" || got.LostAnswer == nil {
		t.Fatalf("got %+v; want the address the lost call applied for, marked as reconciled", got)
	}
	if n := f.count("ApplyPublicIps"); n != 1 {
		t.Errorf("ApplyPublicIps sent %d times; a write without ClientToken must never be repeated", n)
	}
}

func TestApplyPublicIP_LostAnswerWithSeveralNewAddressesDoesNotGuess(t *testing.T) {
	f, c := newFake(t)
	f.dropApply, f.alsoApply = 1, 1
	_, err := c.ApplyPublicIP(context.Background(), region, "epn-a1", "ipv4", fastReconcile)
	var lost *LostApplyError
	if !errors.As(err, &lost) || len(lost.New) != 2 {
		t.Fatalf("err = %v; want a LostApplyError listing both new addresses", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "203.0.113.1") || !strings.Contains(msg, "203.0.113.2") || !strings.Contains(msg, "another writer") {
		t.Errorf("message does not list the addresses or say why: %s", msg)
	}
	if n := f.count("ApplyPublicIps"); n != 1 {
		t.Errorf("ApplyPublicIps sent %d times", n)
	}
}

func TestApplyPublicIP_LostAnswerWithNoNewAddressFailsWithoutRetrying(t *testing.T) {
	f, c := newFake(t)
	f.dropApply = 1
	f.hideFor = 1_000 // the call acted, but the listing never shows it within the window
	_, err := c.ApplyPublicIP(context.Background(), region, "epn-a1", "ipv4", fastReconcile)
	var lost *LostApplyError
	if !errors.As(err, &lost) || len(lost.New) != 0 || lost.ListErr != nil || !strings.Contains(err.Error(), "did not act") {
		t.Fatalf("err = %v; want a LostApplyError saying the call did not act", err)
	}
	if n := f.count("ApplyPublicIps"); n != 1 {
		t.Errorf("ApplyPublicIps sent %d times; it must not be retried", n)
	}
	if n := f.count("DescribePublicIps"); n < 3 {
		t.Errorf("%d listings; want the snapshot plus several polls within the window", n)
	}
}

func TestOutcomeUnknown(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&tencent.TransportError{Err: errors.New("EOF")}, true},
		{&tencent.TransportError{Err: errors.New("dial"), NotSent: true}, false},
		{&tencent.APIError{Code: "InternalError"}, true},
		{&tencent.APIError{Code: "LimitExceeded.QuotaExceeded"}, false},
		{&tencent.APIError{Code: CodeNotSupportedForDynamicInstance}, false},
	} {
		if got := OutcomeUnknown(tc.err); got != tc.want {
			t.Errorf("OutcomeUnknown(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

func TestCasing(t *testing.T) {
	if CanonicalRouteMode("static") != "STATIC" || routeModeRequest("STATIC") != "static" || !IsStatic("Static") || IsStatic("bgp") {
		t.Error("route mode casing")
	}
	if CanonicalIPType("Ipv6") != "ipv6" || CanonicalIPState("inuse") != "InUse" || CanonicalIPState("Odd") != "Odd" {
		t.Error("IP type/state casing")
	}
	if !SameIP("2001:db8::1", "2001:0db8:0000::0001") || SameIP("10.0.0.1", "10.0.0.10") || CanonicalIP("2001:0db8::01") != "2001:db8::1" {
		t.Error("address comparison")
	}
	if !ValidID(NetworkInstancePrefix, "epn-dfghjkl") || ValidID(NetworkInstancePrefix, "epn-") || ValidID(NetworkInstancePrefix, "epm-abc") {
		t.Error("ID shape")
	}
}

// Two resources of one provider instance applying on the same instance (count = 2): while the
// first reconciles a lost answer, the second waits for its turn, so its address is never taken
// for "another writer's" and both end with exactly their own address.
func TestApplyPublicIP_SiblingsTakeTurnsSoALostAnswerIsStillAdopted(t *testing.T) {
	f, c := newFake(t)
	f.dropApply = 1
	f.hideFor = 2 // the lost call's address shows late: reconciliation polls a while
	type result struct {
		got *AppliedIP
		err error
	}
	first, second := make(chan result, 1), make(chan result, 1)
	go func() {
		got, err := c.ApplyPublicIP(context.Background(), region, "epn-a1", "ipv4", fastReconcile)
		first <- result{got, err}
	}()
	for f.count("ApplyPublicIps") == 0 { // the first call has acted and lost its answer
		runtime.Gosched()
	}
	go func() {
		got, err := c.ApplyPublicIP(context.Background(), region, "epn-a1", "ipv4", fastReconcile)
		second <- result{got, err}
	}()
	a, b := <-first, <-second
	if a.err != nil || b.err != nil {
		t.Fatalf("first: %v; second: %v; want both to succeed", a.err, b.err)
	}
	if a.got.LostAnswer == nil || a.got.Ip == b.got.Ip {
		t.Fatalf("first %+v, second %+v; want the reconciled address and a different one", a.got, b.got)
	}
	if n := f.count("ApplyPublicIps"); n != 2 {
		t.Errorf("ApplyPublicIps sent %d times; want one per resource", n)
	}
}
