package vpc

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// The VPC refusals that mean "try again later" are retried, with one ClientToken for every attempt of
// one assignment.
func TestAssign_RetriesRefusalsWithTheSameClientToken(t *testing.T) {
	for _, code := range retryableWriteCodes {
		t.Run(code, func(t *testing.T) {
			c, api := newTestClient(t, func(n int, _ request) string {
				if n < 2 {
					return apiError(code)
				}
				return seedAssignOutput
			})
			one := int64(1)
			if _, err := c.AssignPrivateIpAddresses(context.Background(), "r", AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", SecondaryPrivateIpAddressCount: &one}); err != nil {
				t.Fatal(err)
			}
			calls := api.called("AssignPrivateIpAddresses")
			if len(calls) != 3 {
				t.Fatalf("%d calls; want 2 refused and 1 accepted", len(calls))
			}
			token := calls[0].Body["ClientToken"]
			for i, c := range calls {
				if c.Body["ClientToken"] != token || token == "" {
					t.Errorf("attempt %d carried ClientToken %v; want %v on every attempt", i, c.Body["ClientToken"], token)
				}
			}
		})
	}
}

func TestAssign_TwoAssignmentsHaveTwoTokens(t *testing.T) {
	c, api := newTestClient(t, func(int, request) string { return seedAssignOutput })
	one := int64(1)
	for range 2 {
		if _, err := c.AssignPrivateIpAddresses(context.Background(), "r", AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", SecondaryPrivateIpAddressCount: &one}); err != nil {
			t.Fatal(err)
		}
	}
	calls := api.called("AssignPrivateIpAddresses")
	if calls[0].Body["ClientToken"] == calls[1].Body["ClientToken"] {
		t.Fatal("two logical assignments must not share a ClientToken")
	}
}

// A lost answer (the server hangs up after reading) is repeated for the assignment, which carries a
// ClientToken, and with the same token.
func TestAssign_LostAnswerIsRepeatedWithTheSameToken(t *testing.T) {
	var c *Client
	var api *fakeAPI
	c, api = newTestClient(t, func(n int, _ request) string {
		if n == 0 {
			return "not the API envelope"
		}
		return seedAssignOutput
	})
	one := int64(1)
	if _, err := c.AssignPrivateIpAddresses(context.Background(), "r", AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", SecondaryPrivateIpAddressCount: &one}); err != nil {
		t.Fatal(err)
	}
	calls := api.called("AssignPrivateIpAddresses")
	if len(calls) != 2 || calls[0].Body["ClientToken"] != calls[1].Body["ClientToken"] {
		t.Fatalf("calls %+v; want the same request repeated once", calls)
	}
	// The unassignment carries no token: a lost answer is not repeated.
	c, api = newTestClient(t, func(int, request) string { return "not the API envelope" })
	if _, err := c.UnassignPrivateIpAddresses(context.Background(), "r", UnassignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", PrivateIpAddresses: Addresses([]string{"10.0.0.5"}, "")}); err == nil {
		t.Fatal("want the transport error")
	}
	if n := len(api.called("UnassignPrivateIpAddresses")); n != 1 {
		t.Fatalf("%d unassign calls; a write without a ClientToken is not repeated after a lost answer", n)
	}
}

func TestUnassign_RetriesRefusals(t *testing.T) {
	c, api := newTestClient(t, func(n int, _ request) string {
		if n == 0 {
			return apiError("UnsupportedOperation.MutexOperationTaskRunning")
		}
		return `{"Response":{"RequestId":"req-unassign"}}`
	})
	resp, err := c.UnassignPrivateIpAddresses(context.Background(), "r", UnassignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", PrivateIpAddresses: Addresses([]string{"10.0.0.5"}, "")})
	if err != nil || resp.RequestId != "req-unassign" || len(api.called("UnassignPrivateIpAddresses")) != 2 {
		t.Fatalf("resp %+v, err %v, %d calls", resp, err, len(api.calls))
	}
}

// Final answers are not retried: the quota (plain LimitExceeded), a reused token with other
// parameters, the subnet out of addresses.
func TestAssign_FinalAnswersAreNotRetried(t *testing.T) {
	for _, code := range []string{"LimitExceeded", "UnsupportedOperation.IdempotentParameterMismatch", "ResourceInsufficient.Subnet", "InvalidParameterValue.Range"} {
		c, api := newTestClient(t, func(int, request) string { return apiError(code) })
		one := int64(1)
		_, err := c.AssignPrivateIpAddresses(context.Background(), "r", AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", SecondaryPrivateIpAddressCount: &one})
		if tencent.ErrorCode(err) != code {
			t.Errorf("%s: err = %v", code, err)
		}
		if n := len(api.called("AssignPrivateIpAddresses")); n != 1 {
			t.Errorf("%s: %d calls; want 1", code, n)
		}
	}
}

// Refusals are retried until the caller's deadline; then the last refusal, with its code and
// RequestId, is the error.
func TestAssign_RefusalsUntilTheDeadline(t *testing.T) {
	c, _ := newTestClient(t, func(int, request) string { return apiError("UnsupportedOperation.MutexOperationTaskRunning") })
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	one := int64(1)
	_, err := c.AssignPrivateIpAddresses(ctx, "r", AssignPrivateIpAddressesRequest{NetworkInterfaceId: "eni-1", SecondaryPrivateIpAddressCount: &one})
	if tencent.ErrorCode(err) != "UnsupportedOperation.MutexOperationTaskRunning" || !strings.Contains(err.Error(), "still refused after retrying") ||
		!strings.Contains(err.Error(), "req-UnsupportedOperation.MutexOperationTaskRunning") {
		t.Fatalf("err = %v", err)
	}
}
