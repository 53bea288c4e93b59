package tencentapi_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
)

// End to end through ServeHTTP: the test signer and the verifier agree, and
// the front door rejects what it must.
func TestFrontDoor(t *testing.T) {
	h := sandboxtest.New(t, sandbox.Options{})
	h.Ok("DescribeVpcs", nil)

	r := h.Request("DescribeVpcs", nil)
	r.Header.Set("X-TC-Version", "2017-03-12")
	if code := sandboxtest.ErrCode(h.Send(r)); code != "NoSuchVersion" {
		t.Fatalf("wrong version: %s", code)
	}
	if _, code := h.Call("DescribeUniverse", nil); code != "InvalidAction" {
		t.Fatalf("unknown action: %s", code)
	}
	r = h.Request("DescribeVpcs", nil)
	sandboxtest.Sign(r, []byte("{}"), sandboxtest.SecretID, "wrong-key", "ecm", h.Clock.Now())
	if code := sandboxtest.ErrCode(h.Send(r)); code != "AuthFailure.SignatureFailure" {
		t.Fatalf("wrong key: %s", code)
	}
	r = h.Request("DescribeVpcs", nil)
	sandboxtest.Sign(r, []byte("{}"), "AKIDNOPE", sandboxtest.SecretKey, "ecm", h.Clock.Now())
	if code := sandboxtest.ErrCode(h.Send(r)); code != "AuthFailure.SecretIdNotFound" {
		t.Fatalf("unknown id: %s", code)
	}
	r = h.Request("DescribeVpcs", nil)
	sandboxtest.Sign(r, []byte("{}"), sandboxtest.SecretID, sandboxtest.SecretKey, "ecm", h.Clock.Now().Add(-10*time.Minute))
	if code := sandboxtest.ErrCode(h.Send(r)); code != "AuthFailure.SignatureExpire" {
		t.Fatalf("stale: %s", code)
	}
	r = h.Request("DescribeVpcs", nil)
	sandboxtest.Sign(r, []byte("{}"), sandboxtest.SecretID, sandboxtest.SecretKey, "cvm", h.Clock.Now())
	if code := sandboxtest.ErrCode(h.Send(r)); code != "NoSuchProduct" {
		t.Fatalf("unknown product: %s", code)
	}
	r = h.Request("DescribeVpcs", nil)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	sandboxtest.Sign(r, []byte("{}"), sandboxtest.SecretID, sandboxtest.SecretKey, "ecm", h.Clock.Now())
	if code := sandboxtest.ErrCode(h.Send(r)); code != "UnsupportedProtocol" {
		t.Fatalf("form content type: %s", code)
	}
	w := httptest.NewRecorder()
	h.S.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "http://ecm.tencentcloudapi.com/v2/", strings.NewReader("{}")))
	if w.Code != http.StatusNotFound {
		t.Fatalf("API outside /: HTTP %d", w.Code)
	}
	r = httptest.NewRequest(http.MethodGet, "http://ecm.tencentcloudapi.com/?Action=DescribeVpcs", nil)
	if code := sandboxtest.ErrCode(h.Send(r)); code != "UnsupportedProtocol" {
		t.Fatalf("GET: %s", code)
	}
}
