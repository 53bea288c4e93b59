package route

// Helpers behind the CRUD methods: create with its duplicate explanation, in-place updates,
// read-back, and the delete path that Delete shares with tests.

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// pathDestination is where a duplicate route is reported.
var pathDestination = path.Root("destination_cidr_block")

// codeDuplicate is CreateRoutes' answer for a destination the table already routes.
const codeDuplicate = "InvalidParameterValue.Duplicate"

func (r *routeResource) create(ctx context.Context, plan *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	c, table, dest := r.Conn(), plan.RouteTableID.ValueString(), plan.DestinationCidrBlock.ValueString()
	out, err := c.ECM.CreateRoutes(ctx, ecm.CreateRoutesRequest{RouteTableId: table, Routes: []ecm.Route{plan.apiRoute()}})
	if err != nil {
		if tencent.HasCode(err, codeDuplicate) {
			diags.AddAttributeError(pathDestination, "Route already exists", duplicateDetail(ctx, c, table, dest, err))
			return
		}
		tfutil.AddError(diags, "creating "+kind+" to "+dest+" in "+table, err)
		return
	}
	var created *ecm.Route
	for i := range out.RouteTableSet {
		if out.RouteTableSet[i].RouteTableId == table {
			created = out.RouteTableSet[i].RouteByDestination(dest)
		}
	}
	if created == nil || created.RouteItemId == "" {
		diags.AddError("Creating "+kind, fmt.Sprintf("CreateRoutes succeeded but its answer shows no route to %s in %s; the route may exist without being tracked: import it with %s.", dest, table, importFormat))
		return
	}
	// The ID first: an interrupted read-back or enable step leaves a tracked (tainted) route.
	enabled := plan.Enabled
	plan.fromAPI(table, created)
	plan.Enabled = enabled
	diags.Append(state.Set(ctx, plan)...)
	if diags.HasError() {
		return
	}
	if !enabled.ValueBool() {
		if err := c.ECM.DisableRoutes(ctx, ecm.RouteIDsRequest{RouteTableId: table, RouteIds: []int64{created.RouteId}}); err != nil {
			tfutil.AddError(diags, "disabling "+kind+" "+plan.ID.ValueString(), err)
			return
		}
	}
	r.refresh(ctx, plan, state, diags)
}

// duplicateDetail explains a duplicate route and names the existing one, so that it can be imported.
func duplicateDetail(ctx context.Context, c *conn.Conn, table, dest string, err error) string {
	detail := fmt.Sprintf("The route table %s already has a route to %s: a table holds one route per destination. ", table, dest)
	if t, ferr := c.ECM.FindRouteTableByID(ctx, "", table); ferr == nil {
		if existing := t.RouteByDestination(dest); existing != nil {
			detail += fmt.Sprintf("The existing route is %s (next hop %s %s). Manage it with one edgecloud_ecm_route resource: import it with "+
				"`terraform import <address> %s`, or delete it first. ", existing.RouteItemId, existing.GatewayType, existing.GatewayId,
				tfutil.JoinImportID(table, existing.RouteItemId))
		}
	}
	return detail + "\n\n" + tfutil.Detail(err)
}

func (r *routeResource) update(ctx context.Context, plan, prior *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	c, table := r.Conn(), plan.RouteTableID.ValueString()
	routeID := prior.RouteID.ValueInt64()
	if !plan.GatewayType.Equal(prior.GatewayType) || !plan.GatewayID.Equal(prior.GatewayID) || !plan.Description.Equal(prior.Description) {
		route := plan.apiRoute()
		route.RouteId, route.RouteItemId = routeID, prior.RouteItemID.ValueString()
		if err := c.ECM.ReplaceRoutes(ctx, ecm.ReplaceRoutesRequest{RouteTableId: table, Routes: []ecm.Route{route}}); err != nil {
			tfutil.AddError(diags, "updating "+kind+" "+plan.ID.ValueString(), err)
			return
		}
	}
	if !plan.Enabled.Equal(prior.Enabled) {
		if routeID == 0 {
			diags.AddError("Enabling or disabling "+kind+" "+plan.ID.ValueString(),
				"EnableRoutes and DisableRoutes take the route's Integer RouteId, and DescribeRouteTables reported none for this route (route_id is 0).")
			return
		}
		req := ecm.RouteIDsRequest{RouteTableId: table, RouteIds: []int64{routeID}}
		var err error
		if plan.Enabled.ValueBool() {
			err = c.ECM.EnableRoutes(ctx, req)
		} else {
			err = c.ECM.DisableRoutes(ctx, req)
		}
		if err != nil {
			tfutil.AddError(diags, "enabling or disabling "+kind+" "+plan.ID.ValueString(), err)
			return
		}
	}
	r.refresh(ctx, plan, state, diags)
}

// refresh reads the route back until it shows what was written, and stores it.
func (r *routeResource) refresh(ctx context.Context, m *resourceModel, state *tfsdk.State, diags *diag.Diagnostics) {
	table, item := m.RouteTableID.ValueString(), m.RouteItemID.ValueString()
	opts := wait.Options{Description: kind + " " + m.ID.ValueString() + " showing the change", Timeout: readBackTimeout}
	rt, err := tencent.ReadAfterWrite(ctx, opts, func(ctx context.Context) (*ecm.Route, error) {
		_, rt, err := r.Conn().ECM.FindRouteByItemID(ctx, "", table, item)
		return rt, err
	}, m.shows)
	if err != nil {
		tfutil.AddError(diags, "reading "+kind+" "+m.ID.ValueString()+" after a change", err)
		return
	}
	m.fromAPI(table, rt)
	diags.Append(state.Set(ctx, m)...)
}

// deleteRoute deletes the route by its RouteId and waits until its table no longer lists it. A
// route (or table) already gone is success.
func deleteRoute(ctx context.Context, c *conn.Conn, table, item string, routeID int64) error {
	opts := wait.Options{Description: kind + " " + tfutil.JoinImportID(table, item) + " deletion", Timeout: deleteTimeout}
	return tencent.DeleteAndWait(ctx, opts,
		func(ctx context.Context) error {
			// RouteId is what the document's example sends; RouteItemId identifies the route too, should
			// the API not have reported a RouteId (its examples never show one).
			return c.ECM.DeleteRoutes(ctx, ecm.DeleteRoutesRequest{RouteTableId: table, Routes: []ecm.Route{{RouteId: routeID, RouteItemId: item}}})
		},
		func(ctx context.Context) error {
			_, _, err := c.ECM.FindRouteByItemID(ctx, "", table, item)
			return err
		})
}

// FindByState looks up the route behind a state entry's attributes.
func FindByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, _, err := c.ECM.FindRouteByItemID(ctx, "", attrs["route_table_id"], attrs["route_item_id"])
	return err
}

// DeleteByState deletes the route behind a state entry, as someone using the console would.
func DeleteByState(ctx context.Context, c *conn.Conn, attrs map[string]string) error {
	_, rt, err := c.ECM.FindRouteByItemID(ctx, "", attrs["route_table_id"], attrs["route_item_id"])
	if err != nil {
		return err
	}
	return c.ECM.DeleteRoutes(ctx, ecm.DeleteRoutesRequest{RouteTableId: attrs["route_table_id"], Routes: []ecm.Route{{RouteId: rt.RouteId}}})
}
