package huawei

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"
)

// Whatever a call logs, at any level, must not carry the secret key, the token, a password from the
// request body or the Authorization header, even when the server's error message quotes them back;
// and the error itself is masked too.
func TestDo_LogsAndErrorsNeverCarrySecrets(t *testing.T) {
	api := &fakeAPI{answers: []answer{{400, `{"error_code":"DBS.280001","error_msg":"bad key the-huawei-secret-key / tok-123 / Hunter2Pass"}`, "req-1", ""}}}
	c := newTestClient(t, api, func(cfg *Config) { cfg.SecurityToken = "tok-123" })
	var logs bytes.Buffer
	ctx := tflogtest.RootLogger(context.Background(), &logs)
	call := bindEip
	call.Operation = "ResetGaussMySqlPassword"
	call.Body = map[string]any{"password": "Hunter2Pass", "nested": []any{map[string]any{"user_password": "Hunter2Pass"}}}
	err := c.Do(ctx, call, nil)
	if err == nil || !strings.Contains(err.Error(), "bad key *** / *** / ***") {
		t.Fatalf("err = %v, want the echoed secrets masked", err)
	}
	out := logs.String()
	for _, want := range []string{"ResetGaussMySqlPassword", "req-1", `"@level":"debug"`, `"@level":"trace"`, `"status":400`} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %s:\n%s", want, out)
		}
	}
	r, _ := api.lastRequest()
	sig := r.Header.Get("Authorization")
	for _, secret := range []string{testSK, "tok-123", "Hunter2Pass", sig, "Signature="} {
		if strings.Contains(out, secret) {
			t.Errorf("log output contains %q:\n%s", secret, out)
		}
	}
}

func TestInspectBody_RedactsSecretsAtAnyDepth(t *testing.T) {
	got, secrets := inspectBody([]byte(`{"password":"p1","db":{"Admin_Password":"p2","name":"ok"},"list":[{"user_data":"c2VjcmV0"}],"public_ip":"1.2.3.4"}`))
	for _, s := range []string{"p1", "p2", "c2VjcmV0"} {
		if strings.Contains(got, s) {
			t.Errorf("redacted body %s carries %s", got, s)
		}
	}
	if !strings.Contains(got, `"public_ip":"1.2.3.4"`) || !strings.Contains(got, `"name":"ok"`) || len(secrets) != 3 {
		t.Fatalf("redacted = %s, secrets = %q", got, secrets)
	}
	if s, _ := inspectBody(nil); s != "" {
		t.Fatalf("no body: %q", s)
	}
}
