package tfutil

import (
	"fmt"
	"strings"
)

// The one import-ID grammar of the provider: the parts of a composite ID are joined by "/"
// ("<ecm_region>/<id>", "<lb-id>/<listener-id>"), the members of a list by ",". Never ":", which
// collides with IPv6 addresses.
const (
	ImportIDSeparator     = "/"
	ImportIDListSeparator = ","
)

// JoinImportID builds a composite import ID.
func JoinImportID(parts ...string) string { return strings.Join(parts, ImportIDSeparator) }

// SplitImportID splits a composite import ID into exactly n non-empty parts; format names them for
// the error ("<ecm_region>/<id>").
func SplitImportID(raw string, n int, format string) ([]string, error) {
	parts := strings.Split(raw, ImportIDSeparator)
	if len(parts) != n {
		return nil, fmt.Errorf("expected an import ID of the form %q, got %q", format, raw)
	}
	for _, p := range parts {
		if p == "" {
			return nil, fmt.Errorf("expected an import ID of the form %q with no empty part, got %q", format, raw)
		}
	}
	return parts, nil
}

// SplitImportIDList splits the list member of an import ID ("a,b,c").
func SplitImportIDList(raw string) []string {
	if raw == "" {
		return nil
	}
	return strings.Split(raw, ImportIDListSeparator)
}
