package tencentapi

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
)

// Error is a Tencent Cloud API 3.0 error: it is answered inside the
// {"Response":{"Error":{...},"RequestId":...}} envelope with HTTP 200.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Errf builds an Error with a formatted human message.
func Errf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// newRequestID returns a random RFC 4122 version 4 UUID.
func newRequestID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("sandbox: crypto/rand failed: " + err.Error())
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// writeAPIResult writes a successful API answer. payload must marshal to a
// JSON object (or be nil); RequestId is appended to it.
func writeAPIResult(w http.ResponseWriter, requestID string, payload any) error {
	inner := []byte("{}")
	if payload != nil {
		b, err := json.Marshal(payload)
		if err != nil {
			return err
		}
		inner = b
	}
	inner = bytes.TrimSpace(inner)
	if len(inner) < 2 || inner[0] != '{' || inner[len(inner)-1] != '}' {
		return fmt.Errorf("sandbox: response payload %T is not a JSON object", payload)
	}
	id, _ := json.Marshal(requestID)
	var buf bytes.Buffer
	buf.WriteString(`{"Response":`)
	buf.Write(inner[:len(inner)-1])
	if len(bytes.TrimSpace(inner[1:len(inner)-1])) > 0 {
		buf.WriteByte(',')
	}
	buf.WriteString(`"RequestId":`)
	buf.Write(id)
	buf.WriteString("}}")
	writeRaw(w, http.StatusOK, buf.Bytes())
	return nil
}

// writeAPIError writes an error answer in the documented envelope.
func writeAPIError(w http.ResponseWriter, requestID string, e *Error) {
	body := map[string]any{
		"Response": map[string]any{
			"Error":     map[string]string{"Code": e.Code, "Message": e.Message},
			"RequestId": requestID,
		},
	}
	b, _ := json.Marshal(body)
	writeRaw(w, http.StatusOK, b)
}

func writeRaw(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
