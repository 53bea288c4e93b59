// Package redact is what both request paths (Tencent API 3.0, Huawei REST) do to keep secrets out of
// logs and diagnostics, and to show an answer that is not the API's: each path says which request
// fields are secret, this package does the rest.
package redact

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// JSON decodes a JSON request body once and returns it with the values of the fields isSecret names
// replaced by *** at any depth (for the TRACE log), and those values (to mask wherever else they
// might show up). An empty body is ""; one that is not JSON is not logged.
func JSON(body []byte, isSecret func(field string) bool) (redacted string, secrets []string) {
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
				if isSecret(k) {
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

// Mask blanks every secret in s: an API may echo a rejected value back in an error message, which
// becomes a diagnostic.
func Mask(s string, secrets []string) string {
	for _, secret := range secrets {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, "***")
		}
	}
	return s
}

// Excerpt is the start of an answer that is not the API's (a proxy's 502 page, say) on one line:
// white space folded, at most n bytes cut on a rune boundary, so that a diagnostic shows what
// answered, not a page of HTML.
func Excerpt(b []byte, n int) string {
	s := strings.Join(strings.Fields(string(b)), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
