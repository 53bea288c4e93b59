// Package tfutil holds what every resource and data source shares, whatever its service: the
// embeddable bases (type name, provider clients), diagnostics, the import-ID grammar, tags and small
// value conversions. What belongs to one service lives beside its resources (internal/resources/ecmbase).
package tfutil

import (
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// ConnFrom type-asserts the provider data handed to a resource's or data source's Configure. It
// returns nil without error when the provider is not configured yet (validation, early plan).
func ConnFrom(providerData any, diags *diag.Diagnostics) *conn.Conn {
	if providerData == nil {
		return nil
	}
	c, ok := providerData.(*conn.Conn)
	if !ok {
		diags.AddError("Unexpected provider data", fmt.Sprintf("Expected *conn.Conn, got %T. This is a bug in the provider; please report it.", providerData))
		return nil
	}
	return c
}
