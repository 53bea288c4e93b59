package tencentapi

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TV-1 (seed 003 L1480-L1764; catalog §1.5): the keys are printed with literal
// asterisks and the published signature was computed with them.
const (
	tv1SecretID  = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
	tv1SecretKey = "Gu5t9xGARNpq86cd98joQYCN3*******"
	tv1Payload   = `{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}`
	tv1Timestamp = 1551113065
	tv1Signature = "c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff"
	tv1CanonHash = "2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a"

	// TV-2 (GET, seed 003 L1256-L1274): the key is inferred (conventional example key).
	tv2SecretID  = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
	tv2SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
	tv2Timestamp = 1539084154
	tv2Signature = "5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474"
)

func tv1Request(auth string, ts string, body string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "https://cvm.tencentcloudapi.com/", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	r.Header.Set("X-TC-Action", "DescribeInstances")
	r.Header.Set("X-TC-Version", "2017-03-12")
	r.Header.Set("X-TC-Region", "ap-guangzhou")
	r.Header.Set("X-TC-Timestamp", ts)
	r.Header.Set("Authorization", auth)
	return r
}

func tv1Auth(secretID, date, sig string) string {
	return "TC3-HMAC-SHA256 Credential=" + secretID + "/" + date + "/cvm/tc3_request, SignedHeaders=content-type;host, Signature=" + sig
}

var tv1Keys = newKeyring(map[string]string{tv1SecretID: tv1SecretKey})

func TestTC3VectorTV1(t *testing.T) {
	r := tv1Request(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "1551113065", tv1Payload)
	canon := tc3CanonicalRequest(r, "content-type;host", []byte(tv1Payload))
	if got := sha256Hex([]byte(canon)); got != tv1CanonHash {
		t.Fatalf("canonical request hash = %s, want %s\n%s", got, tv1CanonHash, canon)
	}
	cred, aerr := verifyTC3(r, []byte(tv1Payload), tv1Keys, time.Unix(tv1Timestamp+90, 0))
	if aerr != nil {
		t.Fatalf("TV-1 rejected: %v", aerr)
	}
	if cred.Service != "cvm" || cred.SecretID != tv1SecretID || cred.Date != "2019-02-25" {
		t.Fatalf("parsed credential %+v", cred)
	}
}

func TestTC3VectorTV2GET(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "https://cvm.tencentcloudapi.com/?Limit=10&Offset=0", nil)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-TC-Timestamp", "1539084154")
	r.Header.Set("Authorization", "TC3-HMAC-SHA256 Credential="+tv2SecretID+"/2018-10-09/cvm/tc3_request, SignedHeaders=content-type;host, Signature="+tv2Signature)
	if _, aerr := verifyTC3(r, nil, newKeyring(map[string]string{tv2SecretID: tv2SecretKey}), time.Unix(tv2Timestamp, 0)); aerr != nil {
		t.Fatalf("TV-2 rejected: %v", aerr)
	}
}

func TestTC3Rejections(t *testing.T) {
	now := time.Unix(tv1Timestamp, 0)
	flipped := "d" + tv1Signature[1:]
	cases := []struct {
		name string
		req  *http.Request
		now  time.Time
		want string
	}{
		{"unknown secret id", tv1Request(tv1Auth("AKIDUNKNOWN", "2019-02-25", tv1Signature), "1551113065", tv1Payload), now, "AuthFailure.SecretIdNotFound"},
		{"wrong signature", tv1Request(tv1Auth(tv1SecretID, "2019-02-25", flipped), "1551113065", tv1Payload), now, "AuthFailure.SignatureFailure"},
		{"tampered body", tv1Request(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "1551113065", tv1Payload+" "), now, "AuthFailure.SignatureFailure"},
		{"stale timestamp", tv1Request(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "1551113065", tv1Payload), now.Add(5*time.Minute + time.Second), "AuthFailure.SignatureExpire"},
		{"future timestamp", tv1Request(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "1551113065", tv1Payload), now.Add(-6 * time.Minute), "AuthFailure.SignatureExpire"},
		{"scope date not the timestamp's UTC date", tv1Request(tv1Auth(tv1SecretID, "2019-02-26", tv1Signature), "1551113065", tv1Payload), now, "AuthFailure.SignatureFailure"},
		{"missing authorization", tv1Request("", "1551113065", tv1Payload), now, "AuthFailure.InvalidAuthorization"},
		{"other algorithm", tv1Request(strings.Replace(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "TC3-HMAC-SHA256", "HMAC-SHA1", 1), "1551113065", tv1Payload), now, "AuthFailure.InvalidAuthorization"},
		{"host not signed", tv1Request(strings.Replace(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "content-type;host", "content-type", 1), "1551113065", tv1Payload), now, "AuthFailure.InvalidAuthorization"},
		{"missing timestamp", tv1Request(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "", tv1Payload), now, "MissingParameter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := tv1Payload
			if tc.name == "tampered body" {
				body += " "
			}
			_, aerr := verifyTC3(tc.req, []byte(body), tv1Keys, tc.now)
			if aerr == nil || aerr.Code != tc.want {
				t.Fatalf("got %v, want %s", aerr, tc.want)
			}
		})
	}
}

// The boundary: exactly 5 minutes of skew is still accepted.
func TestTC3SkewBoundary(t *testing.T) {
	r := tv1Request(tv1Auth(tv1SecretID, "2019-02-25", tv1Signature), "1551113065", tv1Payload)
	if _, aerr := verifyTC3(r, []byte(tv1Payload), tv1Keys, time.Unix(tv1Timestamp, 0).Add(5*time.Minute)); aerr != nil {
		t.Fatalf("5 minutes of skew rejected: %v", aerr)
	}
}
