package tencent

import "encoding/json"

// secretFields are request fields whose values must never be logged or echoed in an error.
var secretFields = map[string]bool{"Password": true, "SecretKey": true, "Token": true, "PrivateKey": true, "UserData": true}

// inspectBody decodes a request body once and returns it with secret field values replaced by ***
// (for the TRACE log), and those values (to mask wherever else they might show up).
func inspectBody(body []byte) (redacted string, secrets []string) {
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		return "<unparsable body>", nil
	}
	walkSecrets(m, func(m map[string]any, k string) {
		if s, ok := m[k].(string); ok && s != "" {
			secrets = append(secrets, s)
		}
		m[k] = "***"
	})
	b, _ := json.Marshal(m)
	return string(b), secrets
}

// walkSecrets calls fn for every secret field of a decoded JSON object, at any depth.
func walkSecrets(m map[string]any, fn func(m map[string]any, key string)) {
	for k, v := range m {
		if secretFields[k] {
			fn(m, k)
			continue
		}
		switch vv := v.(type) {
		case map[string]any:
			walkSecrets(vv, fn)
		case []any:
			for _, e := range vv {
				if em, ok := e.(map[string]any); ok {
					walkSecrets(em, fn)
				}
			}
		}
	}
}
