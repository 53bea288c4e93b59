package tencent

import (
	"strings"
	"testing"
)

// The vectors come from the ECM API document (seed 003, catalog §1.5). The published keys contain
// literal asterisks, and the published signatures were computed with them.
func TestSign_DocumentVectors(t *testing.T) {
	tests := []struct {
		name                   string
		in                     signInput
		wantHashedCanonicalReq string
		wantSignature          string
		wantAuthorization      string
	}{
		{
			name: "TV-1 POST JSON (L1480-L1764)",
			in: signInput{
				Method: "POST", Host: "cvm.tencentcloudapi.com", ContentType: "application/json; charset=utf-8",
				Payload: []byte(`{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}`),
				Service: "cvm", Timestamp: 1551113065,
				SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3*******",
			},
			wantHashedCanonicalReq: "2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a",
			wantSignature:          "c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff",
			wantAuthorization: "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, " +
				"SignedHeaders=content-type;host, Signature=c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff",
		},
		{
			name: "TV-2 GET (L1256-L1274)",
			in: signInput{
				Method: "GET", Host: "cvm.tencentcloudapi.com", Query: "Limit=10&Offset=0",
				ContentType: "application/x-www-form-urlencoded", Service: "cvm", Timestamp: 1539084154,
				SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
			},
			wantHashedCanonicalReq: "91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7",
			wantSignature:          "5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sign(tt.in)
			if h := sha256Hex([]byte(got.CanonicalRequest)); h != tt.wantHashedCanonicalReq {
				t.Errorf("hashed canonical request = %s, want %s\ncanonical request:\n%s", h, tt.wantHashedCanonicalReq, got.CanonicalRequest)
			}
			if got.Signature != tt.wantSignature {
				t.Errorf("signature = %s, want %s", got.Signature, tt.wantSignature)
			}
			if tt.wantAuthorization != "" && got.Authorization != tt.wantAuthorization {
				t.Errorf("authorization = %s, want %s", got.Authorization, tt.wantAuthorization)
			}
		})
	}
}

// The date in the credential scope is the UTC date of the timestamp, never the local one (L1658-L1664).
func TestSign_ScopeDateIsUTC(t *testing.T) {
	got := sign(signInput{Method: "POST", Host: "h", ContentType: "application/json", Service: "ecm", Timestamp: 1551113065})
	if !strings.Contains(got.StringToSign, "\n2019-02-25/ecm/tc3_request\n") {
		t.Fatalf("string to sign does not carry the UTC date: %q", got.StringToSign)
	}
}
