package tencent

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// signAlgorithm is the only signature method the request path uses: API 3.0 requires it for JSON bodies.
const signAlgorithm = "TC3-HMAC-SHA256"

// signInput is everything TC3-HMAC-SHA256 covers. Keeping it a plain value makes the signer a pure
// function that the seed's published vectors can test byte for byte.
type signInput struct {
	Method      string // GET or POST
	Host        string
	Query       string // canonical query string; empty for POST
	ContentType string
	Payload     []byte
	Service     string // credential-scope service, e.g. "ecm"
	Timestamp   int64
	SecretID    string
	SecretKey   string
}

// signature holds the pieces of a TC3 signature; Authorization is the header value.
type signature struct {
	CanonicalRequest string
	StringToSign     string
	Signature        string
	Authorization    string
}

// sign computes the TC3-HMAC-SHA256 signature exactly as the API 3.0 documentation describes it
// (catalog §1.5): canonical request, string to sign, derived key, Authorization header.
func sign(in signInput) signature {
	const signedHeaders = "content-type;host"
	canonicalHeaders := "content-type:" + strings.ToLower(strings.TrimSpace(in.ContentType)) + "\n" +
		"host:" + strings.ToLower(strings.TrimSpace(in.Host)) + "\n"
	canonicalRequest := strings.Join([]string{
		in.Method,
		"/",
		in.Query,
		canonicalHeaders,
		signedHeaders,
		sha256Hex(in.Payload),
	}, "\n")

	date := time.Unix(in.Timestamp, 0).UTC().Format("2006-01-02")
	scope := date + "/" + in.Service + "/tc3_request"
	stringToSign := strings.Join([]string{
		signAlgorithm,
		fmt.Sprint(in.Timestamp),
		scope,
		sha256Hex([]byte(canonicalRequest)),
	}, "\n")

	secretDate := hmacSHA256([]byte("TC3"+in.SecretKey), date)
	secretService := hmacSHA256(secretDate, in.Service)
	secretSigning := hmacSHA256(secretService, "tc3_request")
	sig := hex.EncodeToString(hmacSHA256(secretSigning, stringToSign))

	return signature{
		CanonicalRequest: canonicalRequest,
		StringToSign:     stringToSign,
		Signature:        sig,
		Authorization: fmt.Sprintf("%s Credential=%s/%s, SignedHeaders=%s, Signature=%s",
			signAlgorithm, in.SecretID, scope, signedHeaders, sig),
	}
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hmacSHA256(key []byte, msg string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}
