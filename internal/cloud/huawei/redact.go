package huawei

import (
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/redact"
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

// inspectBody returns a JSON request body with secret field values replaced by *** (for the TRACE
// log), and those values (to mask wherever else they might show up).
func inspectBody(body []byte) (redacted string, secrets []string) {
	return redact.JSON(body, secretField)
}
