package tencent

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"
)

// Whatever a call logs, at any level, must not carry the secret key, the token or a password from
// the request body, even when the server's error message quotes them back.
func TestDo_LogsNeverCarrySecrets(t *testing.T) {
	const secretKey = "the-secret-key"
	api := &fakeAPI{answers: []string{
		`{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad key the-secret-key / tok-123 / Hunter2Pass"},"RequestId":"req-1"}}`,
	}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.SecurityToken = "tok-123" })
	var logs bytes.Buffer
	ctx := tflogtest.RootLogger(context.Background(), &logs)
	err := c.Do(ctx, Call{Service: testService, Action: "ResetInstancesPassword", Params: map[string]any{"Password": "Hunter2Pass", "InstanceIdSet": []string{"ein-1"}}}, nil)
	if err == nil {
		t.Fatal("expected the API error")
	}
	out := logs.String()
	if !strings.Contains(out, "ResetInstancesPassword") || !strings.Contains(out, "req-1") {
		t.Fatalf("the call was not logged with its action and RequestId:\n%s", out)
	}
	for _, secret := range []string{secretKey, "tok-123", "Hunter2Pass"} {
		if strings.Contains(out, secret) {
			t.Errorf("log output contains %q:\n%s", secret, out)
		}
	}
}

func TestDo_APIErrorMessageNeverCarriesSecrets(t *testing.T) {
	api := &fakeAPI{answers: []string{`{"Response":{"Error":{"Code":"InvalidParameterValue.InvaildPassword","Message":"password Hunter2Pass is too weak"},"RequestId":"req-2"}}`}}
	c := newTestClient(t, api)
	err := c.Do(context.Background(), Call{Service: testService, Action: "ResetInstancesPassword", Params: map[string]any{"Password": "Hunter2Pass"}}, nil)
	if err == nil || strings.Contains(err.Error(), "Hunter2Pass") || !strings.Contains(err.Error(), "password *** is too weak") {
		t.Fatalf("err = %v", err)
	}
}
