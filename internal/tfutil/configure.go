// Package tfutil holds the small pieces every resource and data source shares: getting the
// configured clients, turning errors into diagnostics, the ecm_region and tags attributes, import IDs.
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
