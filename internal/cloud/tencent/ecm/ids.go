package ecm

import (
	"regexp"
	"strings"
)

// ECM IDs are a documented prefix ("vpc-", "subnet-", "eip-", "eni-"...) followed by lowercase
// letters and digits; the document gives prefixes, not lengths.
var idBody = regexp.MustCompile(`^[a-z0-9]+$`)

// ValidID reports whether id is prefix followed by lowercase letters and digits. A malformed ID is
// never sent in a batch (it would fail the others) and never read as "not found".
func ValidID(prefix, id string) bool {
	body, ok := strings.CutPrefix(id, prefix)
	return ok && idBody.MatchString(body)
}
