package tencent

import "github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/redact"

// secretFields are request fields whose values must never be logged or echoed in an error.
var secretFields = map[string]bool{"Password": true, "SecretKey": true, "Token": true, "PrivateKey": true, "UserData": true}

// inspectBody returns the request body with secret field values replaced by *** (for the TRACE
// log), and those values (to mask wherever else they might show up).
func inspectBody(body []byte) (redacted string, secrets []string) {
	return redact.JSON(body, func(k string) bool { return secretFields[k] })
}
