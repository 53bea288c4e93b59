package vpc

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func usedAnswer(ips []string, total *int) string {
	var b strings.Builder
	b.WriteString(`{"Response":{"IpAddressStates":[`)
	for i, ip := range ips {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"VpcId":"vpc-1","SubnetId":"subnet-1","IpAddress":%q,"ResourceType":"ENI","ResourceId":"eni-1"}`, ip)
	}
	b.WriteString(`],"TotalCount":`)
	if total == nil {
		b.WriteString("null")
	} else {
		fmt.Fprint(&b, *total)
	}
	b.WriteString(`,"RequestId":"req"}}`)
	return b.String()
}

func addresses(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("10.0.%d.%d", i/250, i%250+1)
	}
	return out
}

// 250 addresses are asked for in chunks of 100, 100 and 50; every second one is occupied.
func TestListUsedIpAddresses_ChunksTheAddresses(t *testing.T) {
	c, api := newTestClient(t, func(_ int, r request) string {
		var occupied []string
		asked, _ := r.Body["IpAddresses"].([]any)
		for i, ip := range asked {
			if i%2 == 0 {
				occupied = append(occupied, ip.(string))
			}
		}
		n := len(occupied)
		return usedAnswer(occupied, &n)
	})
	ips := addresses(250)
	states, err := c.ListUsedIpAddresses(context.Background(), "r", DescribeUsedIpAddressRequest{VpcId: "vpc-1", IpAddresses: append(ips, ips[0])})
	if err != nil {
		t.Fatal(err)
	}
	calls := api.called("DescribeUsedIpAddress")
	if len(calls) != 3 {
		t.Fatalf("%d calls; want 3 (100 + 100 + 50 addresses; the duplicate asked once)", len(calls))
	}
	for i, want := range []int{100, 100, 50} {
		if got := len(calls[i].Body["IpAddresses"].([]any)); got != want {
			t.Errorf("call %d asked for %d addresses; want %d", i, got, want)
		}
		if calls[i].Body["Limit"] != float64(100) || calls[i].Body["Offset"] != float64(0) {
			t.Errorf("call %d paged with %v/%v; want Offset 0, Limit 100", i, calls[i].Body["Offset"], calls[i].Body["Limit"])
		}
	}
	if len(states) != 125 || states[0].IpAddress != ips[0] || states[124].IpAddress != ips[248] {
		t.Fatalf("%d states, in chunk order expected", len(states))
	}
}

// Without addresses the whole VPC is listed, a page of 100 at a time, until TotalCount.
func TestListUsedIpAddresses_PagesUntilTotalCount(t *testing.T) {
	all := addresses(150)
	total := len(all)
	c, api := newTestClient(t, func(_ int, r request) string {
		off := int(r.Body["Offset"].(float64))
		lim := int(r.Body["Limit"].(float64))
		return usedAnswer(all[off:min(off+lim, len(all))], &total)
	})
	states, err := c.ListUsedIpAddresses(context.Background(), "r", DescribeUsedIpAddressRequest{VpcId: "vpc-1", SubnetId: "subnet-1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(states) != 150 || len(api.called("DescribeUsedIpAddress")) != 2 {
		t.Fatalf("%d states in %d calls; want 150 in 2", len(states), len(api.calls))
	}
	if api.calls[0].Body["SubnetId"] != "subnet-1" || api.calls[1].Body["Offset"] != float64(100) {
		t.Errorf("calls %+v", api.calls)
	}
}

// A null TotalCount ("may return null"): a full page may have a successor, an empty page ends.
func TestListUsedIpAddresses_NullTotalCount(t *testing.T) {
	all := addresses(200)
	c, api := newTestClient(t, func(_ int, r request) string {
		off := int(r.Body["Offset"].(float64))
		return usedAnswer(all[min(off, len(all)):min(off+100, len(all))], nil)
	})
	states, err := c.ListUsedIpAddresses(context.Background(), "r", DescribeUsedIpAddressRequest{VpcId: "vpc-1"})
	if err != nil || len(states) != 200 || len(api.calls) != 3 {
		t.Fatalf("%d states in %d calls (%v); want 200 in 3 (the last page empty)", len(states), len(api.calls), err)
	}
	// An empty answer with a null count is simply nothing occupied.
	c, _ = newTestClient(t, func(int, request) string {
		return `{"Response":{"IpAddressStates":null,"TotalCount":null,"RequestId":"r"}}`
	})
	states, err = c.ListUsedIpAddresses(context.Background(), "r", DescribeUsedIpAddressRequest{VpcId: "vpc-1", IpAddresses: []string{"10.0.0.1"}})
	if err != nil || len(states) != 0 {
		t.Fatalf("%v, %v", states, err)
	}
}
