package tencentapi

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"
)

// headerToken carries a temporary credential's token (seed 003, common
// parameters: "X-TC-Token ... The token used for a temporary certificate. It
// must be used with a temporary key."). It may be signed like any header
// (SignedHeaders) but need not be.
const headerToken = "X-TC-Token"

// TemporaryCredentials is a SecretId/SecretKey/Token triple valid until
// ExpiresAt on the sandbox clock, like the ones CAM's GetFederationToken or
// STS AssumeRole hand out.
type TemporaryCredentials struct {
	SecretID  string    `json:"secret_id"`
	SecretKey string    `json:"secret_key"`
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

// keyring holds the long-term key pairs (fixed at construction) and the
// temporary credentials minted since (guarded by mu).
type keyring struct {
	long map[string]string // SecretId -> SecretKey

	mu   sync.Mutex
	temp map[string]TemporaryCredentials // SecretId -> credentials
}

// secretKey returns the SecretKey of a long-term or temporary SecretId.
func (k *keyring) secretKey(id string) (key string, temp *TemporaryCredentials, ok bool) {
	if key, ok := k.long[id]; ok {
		return key, nil, true
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if tc, ok := k.temp[id]; ok {
		return tc.SecretKey, &tc, true
	}
	return "", nil, false
}

// MintTemporaryCredentials creates a temporary SecretId/SecretKey/Token that
// expires ttl after now. The SecretId starts with "AKID" like a real one.
func (d *FrontDoor) MintTemporaryCredentials(now time.Time, ttl time.Duration) (TemporaryCredentials, error) {
	if ttl <= 0 {
		return TemporaryCredentials{}, errors.New("the ttl of temporary credentials must be positive")
	}
	tc := TemporaryCredentials{
		SecretID:  "AKIDTMP" + randomHex(12),
		SecretKey: randomHex(16),
		Token:     randomHex(32),
		ExpiresAt: now.Add(ttl).UTC(),
	}
	d.keys.mu.Lock()
	d.keys.temp[tc.SecretID] = tc
	d.keys.mu.Unlock()
	return tc, nil
}

// checkToken applies the document's rules for X-TC-Token after the signature
// was verified: a token belongs only with a temporary key, which needs its
// own token, valid until it expires. Every failure is
// AuthFailure.TokenFailure ("Temporary certificate token error"), the only
// code the document has for tokens; the message says which rule failed.
func checkToken(r *http.Request, temp *TemporaryCredentials, now time.Time) *Error {
	token := strings.TrimSpace(r.Header.Get(headerToken))
	switch {
	case temp == nil && token != "":
		return Errf("AuthFailure.TokenFailure", "The request carries a %s but its SecretId is a long-term key; a token must be used with a temporary key only.", headerToken)
	case temp == nil:
		return nil
	case token == "":
		return Errf("AuthFailure.TokenFailure", "The SecretId %q is a temporary key: the request must carry its token in %s.", temp.SecretID, headerToken)
	case token != temp.Token:
		return Errf("AuthFailure.TokenFailure", "The %s does not belong to the temporary key %q.", headerToken, temp.SecretID)
	case !now.Before(temp.ExpiresAt):
		return Errf("AuthFailure.TokenFailure", "The temporary credentials of %q expired at %s.", temp.SecretID, temp.ExpiresAt.Format(time.RFC3339))
	}
	return nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("sandbox: crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b)
}
