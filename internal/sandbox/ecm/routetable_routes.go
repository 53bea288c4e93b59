package ecm

import (
	"net/netip"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM routes (catalog §2.7): CreateRoutes (L17302), ReplaceRoutes (L17508),
// ResetRoutes (L17031), EnableRoutes (L17800), DisableRoutes (L17947),
// DeleteRoutes (L18083), DescribeRouteConflicts (L17661). None takes
// EcmRegion: the table is found by its ID.
//
// Choices where the document is silent or inconsistent (catalog §5.5 item 40):
//   - A route carries both RouteItemId (String rti-…, as the examples show)
//     and RouteId (Integer, what Enable/Disable/Delete/Replace take); RouteIds
//     count up account-wide from 1. ReplaceRoutes and DeleteRoutes find a route
//     by RouteId, or by RouteItemId when RouteId is absent; ReplaceRoutes keeps
//     both IDs and the Enabled state. New routes are enabled and of RouteType USER.
//   - GatewayType is NORMAL_CVM (GatewayId an IPv4 address inside the VPC's
//     CIDR) or EIP (GatewayId "0", as the Route text says); anything else is
//     InvalidParameterValue.
//   - A destination inside the VPC's own CIDR is InvalidParameterValue.VpcCidrConflict;
//     a destination the table already routes (or that a request names twice) is
//     InvalidParameterValue.Duplicate (ResetRoutes: only within the request).
//   - CreateRoutes' TotalCount ("number of added instances") is the number of
//     routes added; its RouteTableSet is the one table, with all its routes.
//   - DescribeRouteConflicts: the sandbox has no CCN routes, so a conflict is
//     a route of the table with the same destination as one asked about (what
//     CreateRoutes would refuse); a destination without one is not listed.
//   - Malformed RouteTableIds: InvalidParameterValue.Malformed where the table
//     has it, else InvalidParameterValue (ResetRoutes, DeleteRoutes). Missing
//     Routes/RouteIds are MissingParameter; an unknown RouteId ResourceNotFound.
//     DisableRoutes ignores a repeated RouteId (no Duplicate code in its table).

const (
	gatewayNormalCVM = "NORMAL_CVM"
	gatewayEIP       = "EIP"
	routeTypeUser    = "USER"
)

type routeRecord struct {
	ItemID      string `json:"item_id"`
	RouteID     int64  `json:"route_id"`
	Destination string `json:"destination"`
	GatewayType string `json:"gateway_type"`
	GatewayID   string `json:"gateway_id"`
	Description string `json:"description,omitempty"`
	Disabled    bool   `json:"disabled,omitempty"`
	Type        string `json:"type"`
}

// routeInfo is Route (L33275), for input and output.
type routeInfo struct {
	DestinationCidrBlock string `json:"DestinationCidrBlock"`
	GatewayType          string `json:"GatewayType"`
	GatewayId            string `json:"GatewayId"`
	RouteItemId          string `json:"RouteItemId"`
	RouteDescription     string `json:"RouteDescription"`
	Enabled              bool   `json:"Enabled"`
	RouteType            string `json:"RouteType"`
	RouteId              int64  `json:"RouteId"`
}

func (rt *routeRecord) info() routeInfo {
	return routeInfo{
		DestinationCidrBlock: rt.Destination, GatewayType: rt.GatewayType, GatewayId: rt.GatewayID,
		RouteItemId: rt.ItemID, RouteDescription: rt.Description, Enabled: !rt.Disabled, RouteType: rt.Type, RouteId: rt.RouteID,
	}
}

// routeInput is a Route as a request carries it: every field optional.
type routeInput struct {
	DestinationCidrBlock *string `json:"DestinationCidrBlock"`
	GatewayType          *string `json:"GatewayType"`
	GatewayId            *string `json:"GatewayId"`
	RouteItemId          *string `json:"RouteItemId"`
	RouteDescription     *string `json:"RouteDescription"`
	Enabled              *bool   `json:"Enabled"`
	RouteType            *string `json:"RouteType"`
	RouteId              *int64  `json:"RouteId"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// checkRoute validates a route's destination, gateway and type against the
// table's VPC and returns the canonical destination.
func checkRoute(r *region, t *routeTableRecord, i int, in routeInput) (string, *tencentapi.Error) {
	param := "Routes." + strconv.Itoa(i)
	if aerr := tencentapi.FirstErr(tencentapi.Require(param+".DestinationCidrBlock", str(in.DestinationCidrBlock)),
		tencentapi.Require(param+".GatewayType", str(in.GatewayType)), tencentapi.Require(param+".GatewayId", str(in.GatewayId))); aerr != nil {
		return "", aerr
	}
	if in.RouteType != nil && *in.RouteType != routeTypeUser {
		return "", tencentapi.Errf("UnsupportedOperation.SystemRoute", "Only USER routes can be managed; %s.RouteType is %q.", param, *in.RouteType)
	}
	dest, err := netip.ParsePrefix(*in.DestinationCidrBlock)
	if err != nil || !dest.Addr().Is4() {
		return "", tencentapi.Errf("InvalidParameterValue", "The parameter %s.DestinationCidrBlock=%q is not an IPv4 CIDR block.", param, *in.DestinationCidrBlock)
	}
	dest = dest.Masked()
	var vpcCIDR netip.Prefix
	if v, ok := r.VPCs[t.VpcID]; ok {
		vpcCIDR, _ = netip.ParsePrefix(v.CIDR)
	}
	if vpcCIDR.IsValid() && dest.Bits() >= vpcCIDR.Bits() && vpcCIDR.Contains(dest.Addr()) {
		return "", tencentapi.Errf("InvalidParameterValue.VpcCidrConflict", "The destination %s of %s lies inside the CIDR %s of the VPC %s.", dest, param, vpcCIDR, t.VpcID)
	}
	switch *in.GatewayType {
	case gatewayNormalCVM:
		gw, err := netip.ParseAddr(*in.GatewayId)
		if err != nil || !gw.Is4() || (vpcCIDR.IsValid() && !vpcCIDR.Contains(gw)) {
			return "", tencentapi.Errf("InvalidParameterValue", "The next hop %s.GatewayId=%q of a NORMAL_CVM route must be an IPv4 address inside the VPC CIDR %s.", param, *in.GatewayId, vpcCIDR)
		}
	case gatewayEIP:
		if *in.GatewayId != "0" {
			return "", tencentapi.Errf("InvalidParameterValue", "When %s.GatewayType is EIP, GatewayId is fixed at 0; got %q.", param, *in.GatewayId)
		}
	default:
		return "", tencentapi.Errf("InvalidParameterValue", "The parameter %s.GatewayType=%q is not supported: NORMAL_CVM or EIP.", param, *in.GatewayType)
	}
	return dest.String(), nil
}

func (t *routeTableRecord) routeByDestination(dest string) *routeRecord {
	for _, rt := range t.Routes {
		if rt.Destination == dest {
			return rt
		}
	}
	return nil
}

func (t *routeTableRecord) routeByID(id int64) *routeRecord {
	for _, rt := range t.Routes {
		if rt.RouteID == id {
			return rt
		}
	}
	return nil
}

// routeOf finds the route a Route input names: by RouteId, else by RouteItemId.
func (t *routeTableRecord) routeOf(i int, in routeInput) (*routeRecord, *tencentapi.Error) {
	var rt *routeRecord
	switch {
	case in.RouteId != nil:
		rt = t.routeByID(*in.RouteId)
	case in.RouteItemId != nil && *in.RouteItemId != "":
		for _, x := range t.Routes {
			if x.ItemID == *in.RouteItemId {
				rt = x
			}
		}
	default:
		return nil, tencentapi.Errf("MissingParameter", "The parameter Routes.%d.RouteId is required.", i)
	}
	if rt == nil {
		return nil, tencentapi.Errf("ResourceNotFound", "The route Routes.%d (RouteId %d, RouteItemId %q) does not exist in the route table %s.", i, derefInt(in.RouteId), str(in.RouteItemId), t.ID)
	}
	if rt.Type != routeTypeUser {
		return nil, tencentapi.Errf("UnsupportedOperation.SystemRoute", "The route %s is a %s route and cannot be changed.", rt.ItemID, rt.Type)
	}
	return rt, nil
}

func derefInt(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// newRoutes validates routes for a table and builds their records (not yet
// stored); existing is the table's routes they must not duplicate.
func (e *state) newRoutes(c *tencentapi.Call, r *region, t *routeTableRecord, routes []routeInput, existing []*routeRecord) ([]*routeRecord, *tencentapi.Error) {
	if len(routes) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Routes is required.")
	}
	if quota := limit(c, LimitRoutesPerTable); len(existing)+len(routes) > quota {
		return nil, tencentapi.Errf("LimitExceeded", "A route table holds at most %d routes; %s would have %d.", quota, t.ID, len(existing)+len(routes))
	}
	seen := map[string]bool{}
	for _, rt := range existing {
		seen[rt.Destination] = true
	}
	out := make([]*routeRecord, 0, len(routes))
	for i, in := range routes {
		dest, aerr := checkRoute(r, t, i, in)
		if aerr != nil {
			return nil, aerr
		}
		if seen[dest] {
			return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "The route table %s already has a route to %s (Routes.%d).", t.ID, dest, i)
		}
		seen[dest] = true
		out = append(out, &routeRecord{Destination: dest, GatewayType: *in.GatewayType, GatewayID: *in.GatewayId, Description: str(in.RouteDescription),
			Disabled: in.Enabled != nil && !*in.Enabled, Type: routeTypeUser})
	}
	return out, nil
}

// store gives new routes their IDs and appends them to the table.
func (e *state) storeRoutes(t *routeTableRecord, routes []*routeRecord) {
	region := e.ids[t.ID].region
	for _, rt := range routes {
		rt.ItemID = e.newID("rti", kindRouteItem, region)
		e.NextRouteID++
		rt.RouteID = e.NextRouteID
		t.Routes = append(t.Routes, rt)
	}
}

type createRoutesRequest struct {
	RouteTableId string       `json:"RouteTableId"`
	Routes       []routeInput `json:"Routes"`
}

func (e *state) createRoutes(c *tencentapi.Call, req *createRoutesRequest) (any, *tencentapi.Error) {
	r, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	routes, aerr := e.newRoutes(c, r, t, req.Routes, t.Routes)
	if aerr != nil {
		return nil, aerr
	}
	e.storeRoutes(t, routes)
	return struct {
		TotalCount    int              `json:"TotalCount"`
		RouteTableSet []routeTableInfo `json:"RouteTableSet"`
	}{len(routes), []routeTableInfo{e.routeTableInfo(r, t)}}, nil
}

type replaceRoutesRequest struct {
	RouteTableId string       `json:"RouteTableId"`
	Routes       []routeInput `json:"Routes"`
}

func (e *state) replaceRoutes(_ *tencentapi.Call, req *replaceRoutesRequest) (any, *tencentapi.Error) {
	r, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.Routes) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Routes is required.")
	}
	type change struct {
		rt   *routeRecord
		dest string
		in   routeInput
	}
	changes := make([]change, 0, len(req.Routes))
	replaced := map[*routeRecord]bool{}
	for i, in := range req.Routes {
		rt, aerr := t.routeOf(i, in)
		if aerr != nil {
			return nil, aerr
		}
		dest, aerr := checkRoute(r, t, i, in)
		if aerr != nil {
			return nil, aerr
		}
		if replaced[rt] {
			return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "The route %d is named twice (Routes.%d).", rt.RouteID, i)
		}
		replaced[rt] = true
		changes = append(changes, change{rt, dest, in})
	}
	// The destinations after the change must still be unique in the table.
	dests := map[string]int64{}
	for _, x := range t.Routes {
		if !replaced[x] {
			dests[x.Destination] = x.RouteID
		}
	}
	for i, ch := range changes {
		if other, dup := dests[ch.dest]; dup {
			return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "The route table %s already has a route to %s (RouteId %d; Routes.%d).", t.ID, ch.dest, other, i)
		}
		dests[ch.dest] = ch.rt.RouteID
	}
	for _, ch := range changes {
		ch.rt.Destination, ch.rt.GatewayType, ch.rt.GatewayID, ch.rt.Description = ch.dest, *ch.in.GatewayType, *ch.in.GatewayId, str(ch.in.RouteDescription)
	}
	return nil, nil
}

type resetRoutesRequest struct {
	RouteTableId   string        `json:"RouteTableId"`
	RouteTableName string        `json:"RouteTableName"`
	Routes         *[]routeInput `json:"Routes"`
}

func (e *state) resetRoutes(c *tencentapi.Call, req *resetRoutesRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.Require("RouteTableName", req.RouteTableName); aerr != nil {
		return nil, aerr
	}
	r, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.RouteTableName) > maxRouteTableName {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter RouteTableName is %d bytes long; at most %d bytes are allowed.", len(req.RouteTableName), maxRouteTableName)
	}
	if req.Routes == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Routes is required.")
	}
	var routes []*routeRecord
	if len(*req.Routes) > 0 {
		if routes, aerr = e.newRoutes(c, r, t, *req.Routes, nil); aerr != nil {
			return nil, aerr
		}
	}
	for _, rt := range t.Routes {
		delete(e.ids, rt.ItemID)
	}
	t.Routes = nil
	t.Name = req.RouteTableName
	e.storeRoutes(t, routes)
	return nil, nil
}

type routeIDsRequest struct {
	RouteTableId string  `json:"RouteTableId"`
	RouteIds     []int64 `json:"RouteIds"`
}

func (e *state) enableRoutes(_ *tencentapi.Call, req *routeIDsRequest) (any, *tencentapi.Error) {
	return e.setRoutesEnabled(req, true)
}

func (e *state) disableRoutes(_ *tencentapi.Call, req *routeIDsRequest) (any, *tencentapi.Error) {
	return e.setRoutesEnabled(req, false)
}

func (e *state) setRoutesEnabled(req *routeIDsRequest, enabled bool) (any, *tencentapi.Error) {
	_, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.RouteIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter RouteIds is required.")
	}
	seen := map[int64]bool{}
	routes := make([]*routeRecord, 0, len(req.RouteIds))
	for i, id := range req.RouteIds {
		if seen[id] {
			if enabled {
				return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "The RouteId %d is named twice (RouteIds.%d).", id, i)
			}
			continue
		}
		seen[id] = true
		rt, aerr := t.routeOf(i, routeInput{RouteId: &id})
		if aerr != nil {
			return nil, tencentapi.Errf(aerr.Code, "RouteIds.%d: %s", i, aerr.Message)
		}
		routes = append(routes, rt)
	}
	for _, rt := range routes {
		rt.Disabled = !enabled
	}
	return nil, nil
}

type deleteRoutesRequest struct {
	RouteTableId string       `json:"RouteTableId"`
	Routes       []routeInput `json:"Routes"`
}

func (e *state) deleteRoutes(_ *tencentapi.Call, req *deleteRoutesRequest) (any, *tencentapi.Error) {
	_, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.Routes) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Routes is required.")
	}
	gone := map[*routeRecord]bool{}
	for i, in := range req.Routes {
		rt, aerr := t.routeOf(i, in)
		if aerr != nil {
			return nil, aerr
		}
		gone[rt] = true
	}
	kept := t.Routes[:0]
	for _, rt := range t.Routes {
		if gone[rt] {
			delete(e.ids, rt.ItemID)
		} else {
			kept = append(kept, rt)
		}
	}
	t.Routes = kept
	return nil, nil
}

type describeRouteConflictsRequest struct {
	RouteTableId          string   `json:"RouteTableId"`
	DestinationCidrBlocks []string `json:"DestinationCidrBlocks"`
}

// routeConflictInfo is RouteConflict (L33323).
type routeConflictInfo struct {
	RouteTableId         string      `json:"RouteTableId"`
	DestinationCidrBlock string      `json:"DestinationCidrBlock"`
	ConflictSet          []routeInfo `json:"ConflictSet"`
}

func (e *state) describeRouteConflicts(_ *tencentapi.Call, req *describeRouteConflictsRequest) (any, *tencentapi.Error) {
	_, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.DestinationCidrBlocks) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter DestinationCidrBlocks is required.")
	}
	set := []routeConflictInfo{}
	for i, d := range req.DestinationCidrBlocks {
		p, err := netip.ParsePrefix(d)
		if err != nil || !p.Addr().Is4() {
			return nil, tencentapi.Errf("InvalidParameterValue.Malformed", "The parameter DestinationCidrBlocks.%d=%q is not an IPv4 CIDR block.", i, d)
		}
		if rt := t.routeByDestination(p.Masked().String()); rt != nil {
			set = append(set, routeConflictInfo{RouteTableId: t.ID, DestinationCidrBlock: d, ConflictSet: []routeInfo{rt.info()}})
		}
	}
	return struct {
		RouteConflictSet []routeConflictInfo `json:"RouteConflictSet"`
	}{set}, nil
}
