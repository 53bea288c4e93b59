package sandboxtest

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// The tests' own signer reproduces the signing guide's worked example (other-apis.md §5), so that
// it and the verifier under test are each pinned to the document, not to each other.
func TestSignHuawei_GuideExample(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", nil)
	r.Header.Set("Content-Type", "application/json")
	SignHuawei(r, nil, "QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", time.Date(2019, 11, 15, 3, 36, 55, 0, time.UTC))
	const want = "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
	if got := r.Header.Get("Authorization"); got != want {
		t.Fatalf("Authorization:\n%s\nwant:\n%s", got, want)
	}
	if got := r.Header.Get("X-Sdk-Date"); got != "20191115T033655Z" {
		t.Fatalf("X-Sdk-Date %s", got)
	}
}
