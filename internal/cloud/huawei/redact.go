package huawei

import (
	"encoding/json"
	"strings"
)

// secretField reports request fields whose values must never be logged or echoed in an error,
// whatever their case or spelling (password, admin_password, secret_key, security_token,
// private_key, user_data).
func secretField(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	for _, s := range []string{"password", "secret", "token", "privatekey", "userdata"} {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}

// inspectBody decodes a JSON request body once and returns it with secret field values replaced by
// *** (for the TRACE log), and those values (to mask wherever else they might show up).
func inspectBody(body []byte) (redacted string, secrets []string) {
	if len(body) == 0 {
		return "", nil
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return "<unparsable body>", nil
	}
	var walk func(v any)
	walk = func(v any) {
		switch vv := v.(type) {
		case map[string]any:
			for k, e := range vv {
				if secretField(k) {
					if s, ok := e.(string); ok && s != "" {
						secrets = append(secrets, s)
					}
					vv[k] = "***"
					continue
				}
				walk(e)
			}
		case []any:
			for _, e := range vv {
				walk(e)
			}
		}
	}
	walk(v)
	b, _ := json.Marshal(v)
	return string(b), secrets
}
