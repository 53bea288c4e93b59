package edgezone

import "fmt"

// MalformedIDError is an ID that does not have the shape of the kind's IDs; it is reported before
// any call and is never a "not found".
type MalformedIDError struct {
	Kind, ID, Prefix string
}

func (e *MalformedIDError) Error() string {
	return fmt.Sprintf("%q is not a valid %s ID: expected %q followed by lowercase letters and digits", e.ID, e.Kind, e.Prefix)
}
