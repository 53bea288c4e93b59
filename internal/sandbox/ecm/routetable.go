package ecm

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM route tables (catalog §2.7): CreateRouteTable (L16392),
// DescribeRouteTables (L16564), ReplaceRouteTableAssociation (L16772),
// ModifyRouteTableAttribute (L16910), DeleteRouteTable (L17182). The routes
// themselves are in routetable_routes.go.
//
// Choices where the document is silent:
//   - Every VPC has a main route table (Main true) from its creation, named
//     "default" (Tencent Cloud VPC's name for it), with no routes: the document
//     lists only USER, NETD and CCN route types and the sandbox has neither
//     network probes nor CCN. It goes with its VPC.
//   - A subnet is associated with its VPC's main table until
//     ReplaceRouteTableAssociation names another (the association is kept on
//     the subnet; it goes with the subnet). The main table's AssociationSet
//     lists those subnets.
//   - CreateRouteTable answers CreatedTime "0000-00-00 00:00:00", as its
//     example does; DescribeRouteTables answers the real time.
//   - Quotas: 10 route tables per VPC (the main table included) and 200
//     routes per table, Tencent Cloud VPC's usual figures (ecm.route_tables_per_vpc,
//     ecm.routes_per_table).
//   - A VPC with custom route tables cannot be deleted (ResourceInUse), as a
//     VPC with subnets cannot.
//   - Codes where a table lacks a fitting one: a too long RouteTableName is
//     InvalidParameterValue for ModifyRouteTableAttribute (no TooLong in its
//     table); an empty one is MissingParameter (common).

const (
	mainRouteTableName = "default"
	maxRouteTableName  = 60
	zeroTime           = "0000-00-00 00:00:00"
)

type routeTableRecord struct {
	ID      string         `json:"id"`
	VpcID   string         `json:"vpc_id"`
	Name    string         `json:"name"`
	Main    bool           `json:"main,omitempty"`
	Created time.Time      `json:"created"`
	Seq     int64          `json:"seq"`
	Routes  []*routeRecord `json:"routes,omitempty"`
}

// routeTableInfo is RouteTable (L33342).
type routeTableInfo struct {
	VpcId          string                `json:"VpcId"`
	RouteTableId   string                `json:"RouteTableId"`
	RouteTableName string                `json:"RouteTableName"`
	AssociationSet []routeTableAssocInfo `json:"AssociationSet"`
	RouteSet       []routeInfo           `json:"RouteSet"`
	Main           bool                  `json:"Main"`
	CreatedTime    string                `json:"CreatedTime"`
}

// routeTableAssocInfo is RouteTableAssociation (L33373).
type routeTableAssocInfo struct {
	SubnetId     string `json:"SubnetId"`
	RouteTableId string `json:"RouteTableId"`
}

// addMainRouteTable makes the VPC's main route table (v.RouteTableID, already registered).
func (e *state) addMainRouteTable(r *region, v *vpcRecord) {
	if _, ok := r.RouteTables[v.RouteTableID]; ok || v.RouteTableID == "" {
		return
	}
	r.RouteTables[v.RouteTableID] = &routeTableRecord{ID: v.RouteTableID, VpcID: v.ID, Name: mainRouteTableName, Main: true, Created: v.Created, Seq: v.Seq}
}

// subnetRouteTable is the ID of the table the subnet is associated with.
func subnetRouteTable(r *region, s *subnetRecord) string {
	if s.RouteTableID != "" {
		if _, ok := r.RouteTables[s.RouteTableID]; ok {
			return s.RouteTableID
		}
	}
	if v, ok := r.VPCs[s.VpcID]; ok {
		return v.RouteTableID
	}
	return ""
}

// associatedSubnets are the IDs of the subnets associated with the table, sorted.
func associatedSubnets(r *region, t *routeTableRecord) []string {
	var out []string
	for _, s := range r.Subnets {
		if s.VpcID == t.VpcID && subnetRouteTable(r, s) == t.ID {
			out = append(out, s.ID)
		}
	}
	sort.Strings(out)
	return out
}

func (e *state) routeTableInfo(r *region, t *routeTableRecord) routeTableInfo {
	info := routeTableInfo{
		VpcId: t.VpcID, RouteTableId: t.ID, RouteTableName: t.Name, Main: t.Main, CreatedTime: tcTime(t.Created),
		AssociationSet: []routeTableAssocInfo{}, RouteSet: []routeInfo{},
	}
	for _, id := range associatedSubnets(r, t) {
		info.AssociationSet = append(info.AssociationSet, routeTableAssocInfo{SubnetId: id, RouteTableId: t.ID})
	}
	for _, rt := range t.Routes {
		info.RouteSet = append(info.RouteSet, rt.info())
	}
	return info
}

// findRouteTable finds a route table by ID in any region (route actions take no EcmRegion).
func (e *state) findRouteTable(id string) (*region, *routeTableRecord, bool) {
	name, ok := e.lookup(id, kindRoute, "")
	if !ok {
		return nil, nil, false
	}
	r := e.Regions[name]
	if r == nil {
		return nil, nil, false
	}
	t, ok := r.RouteTables[id]
	return r, t, ok
}

// routeTableRequired checks a RouteTableId parameter and finds the table.
func (e *state) routeTableRequired(id, malformed string) (*region, *routeTableRecord, *tencentapi.Error) {
	if aerr := tencentapi.Require("RouteTableId", id); aerr != nil {
		return nil, nil, aerr
	}
	if aerr := checkID("RouteTableId", "rtb", id, malformed); aerr != nil {
		return nil, nil, aerr
	}
	r, t, ok := e.findRouteTable(id)
	if !ok {
		return nil, nil, tencentapi.Errf("ResourceNotFound", "The route table %s does not exist.", id)
	}
	return r, t, nil
}

type createRouteTableRequest struct {
	VpcId          string `json:"VpcId"`
	RouteTableName string `json:"RouteTableName"`
	EcmRegion      string `json:"EcmRegion"`
}

func (e *state) createRouteTable(c *tencentapi.Call, req *createRouteTableRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("VpcId", req.VpcId), tencentapi.Require("RouteTableName", req.RouteTableName), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("VpcId", "vpc", req.VpcId, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	if len(req.RouteTableName) > maxRouteTableName {
		return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter RouteTableName is %d bytes long; at most %d bytes are allowed.", len(req.RouteTableName), maxRouteTableName)
	}
	r := e.peekRegion(req.EcmRegion)
	v, ok := r.VPCs[req.VpcId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the ECM region %s.", req.VpcId, req.EcmRegion)
	}
	if quota, n := limit(c, LimitRouteTablesPerVPC), vpcRouteTableCount(r, v.ID); n >= quota {
		return nil, tencentapi.Errf("LimitExceeded", "The quota of %d route tables per VPC (the main table included) is used up in %s.", quota, v.ID)
	}
	t := &routeTableRecord{
		ID:      e.newID("rtb", kindRoute, req.EcmRegion),
		VpcID:   v.ID,
		Name:    req.RouteTableName,
		Created: c.Now,
		Seq:     e.nextSeq(),
	}
	r.RouteTables[t.ID] = t
	info := e.routeTableInfo(r, t)
	info.CreatedTime = zeroTime // as the example answers
	return struct {
		RouteTable routeTableInfo `json:"RouteTable"`
	}{info}, nil
}

func vpcRouteTableCount(r *region, vpcID string) int {
	n := 0
	for _, t := range r.RouteTables {
		if t.VpcID == vpcID {
			n++
		}
	}
	return n
}

type describeRouteTablesRequest struct {
	RouteTableIds []string            `json:"RouteTableIds"`
	Filters       []tencentapi.Filter `json:"Filters"`
	Offset        *int64              `json:"Offset"`
	Limit         *int64              `json:"Limit"`
	EcmRegion     string              `json:"EcmRegion"`
}

type routeTableView struct {
	r *region
	t *routeTableRecord
}

var routeTableFilters = tencentapi.FilterSet[routeTableView]{
	Defs: map[string]tencentapi.FilterDef[routeTableView]{
		"route-table-id":   {Match: func(x routeTableView, vals []string) bool { return tencentapi.AnyEqual(x.t.ID, vals) }},
		"route-table-name": {Match: func(x routeTableView, vals []string) bool { return tencentapi.AnyContains(x.t.Name, vals) }},
		"vpc-id":           {Match: func(x routeTableView, vals []string) bool { return tencentapi.AnyEqual(x.t.VpcID, vals) }},
		"association.main": {Match: func(x routeTableView, vals []string) bool {
			for _, v := range vals {
				if strings.EqualFold(v, "true") == x.t.Main {
					return true
				}
			}
			return false
		}},
	},
	MaxValues: 100,
	LimitCode: "InvalidParameterValue.LimitExceeded",
}

func (e *state) describeRouteTables(c *tencentapi.Call, req *describeRouteTablesRequest) (any, *tencentapi.Error) {
	page, total, aerr := tencentapi.Describe[routeTableView]{
		Scope: tencentapi.FirstErr(e.checkOptionalRegion(c, req.EcmRegion),
			checkIDs("RouteTableIds", "rtb", req.RouteTableIds, "InvalidParameterValue.Malformed"), checkMainFilter(req.Filters)),
		IDsParam: "RouteTableIds", IDs: req.RouteTableIds, TooManyIDs: "InvalidParameterValue.LimitExceeded",
		Filters: req.Filters, FilterSet: routeTableFilters,
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue.LimitExceeded",
		Seq:        func(x routeTableView) int64 { return x.t.Seq },
		Candidates: func(ids []string) []routeTableView { return e.routeTableViews(req.EcmRegion, ids) },
	}.Run()
	if aerr != nil {
		return nil, aerr
	}
	set := []routeTableInfo{}
	for _, x := range page {
		set = append(set, e.routeTableInfo(x.r, x.t))
	}
	return struct {
		TotalCount    int              `json:"TotalCount"`
		RouteTableSet []routeTableInfo `json:"RouteTableSet"`
	}{total, set}, nil
}

// checkMainFilter: association.main takes "true" or "false".
func checkMainFilter(filters []tencentapi.Filter) *tencentapi.Error {
	for i, f := range filters {
		if f.Name != "association.main" {
			continue
		}
		for _, v := range f.Values {
			if !strings.EqualFold(v, "true") && !strings.EqualFold(v, "false") {
				return tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The filter association.main (Filters.%d) takes true or false; got %q.", i, v)
			}
		}
	}
	return nil
}

func (e *state) routeTableViews(scope string, ids []string) []routeTableView {
	var out []routeTableView
	if ids != nil {
		for _, id := range ids {
			if name, ok := e.lookup(id, kindRoute, scope); ok {
				if r := e.Regions[name]; r != nil && r.RouteTables[id] != nil {
					out = append(out, routeTableView{r: r, t: r.RouteTables[id]})
				}
			}
		}
		return out
	}
	for _, name := range e.regionNames(scope) {
		r := e.peekRegion(name)
		for _, t := range r.RouteTables {
			out = append(out, routeTableView{r: r, t: t})
		}
	}
	return out
}

type modifyRouteTableAttributeRequest struct {
	RouteTableId   string `json:"RouteTableId"`
	RouteTableName string `json:"RouteTableName"`
}

func (e *state) modifyRouteTableAttribute(_ *tencentapi.Call, req *modifyRouteTableAttributeRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.Require("RouteTableName", req.RouteTableName); aerr != nil {
		return nil, aerr
	}
	_, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if n := utf8.RuneCountInString(req.RouteTableName); len(req.RouteTableName) > maxRouteTableName {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter RouteTableName is %d bytes (%d characters) long; at most %d bytes are allowed.", len(req.RouteTableName), n, maxRouteTableName)
	}
	t.Name = req.RouteTableName
	return nil, nil
}

type deleteRouteTableRequest struct {
	RouteTableId string `json:"RouteTableId"`
}

func (e *state) deleteRouteTable(_ *tencentapi.Call, req *deleteRouteTableRequest) (any, *tencentapi.Error) {
	r, t, aerr := e.routeTableRequired(req.RouteTableId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if t.Main {
		return nil, tencentapi.Errf("UnsupportedOperation.DelDefaultRoute", "The route table %s is the main route table of the VPC %s and cannot be deleted.", t.ID, t.VpcID)
	}
	if subnets := associatedSubnets(r, t); len(subnets) > 0 {
		return nil, tencentapi.Errf("UnsupportedOperation.DelRouteWithSubnet", "The route table %s is associated with the subnets %s; associate them with another table first.", t.ID, strings.Join(subnets, ", "))
	}
	for _, rt := range t.Routes {
		delete(e.ids, rt.ItemID)
	}
	delete(r.RouteTables, t.ID)
	delete(e.ids, t.ID)
	return nil, nil
}

type replaceRouteTableAssociationRequest struct {
	SubnetId     string `json:"SubnetId"`
	RouteTableId string `json:"RouteTableId"`
	EcmRegion    string `json:"EcmRegion"`
}

func (e *state) replaceRouteTableAssociation(c *tencentapi.Call, req *replaceRouteTableAssociationRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("SubnetId", req.SubnetId), tencentapi.Require("RouteTableId", req.RouteTableId), e.checkRegion(c, req.EcmRegion)); aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(checkID("SubnetId", "subnet", req.SubnetId, "InvalidParameterValue.Malformed"),
		checkID("RouteTableId", "rtb", req.RouteTableId, "InvalidParameterValue.Malformed")); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	s, ok := r.Subnets[req.SubnetId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The subnet %s does not exist in the ECM region %s.", req.SubnetId, req.EcmRegion)
	}
	t, ok := r.RouteTables[req.RouteTableId]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The route table %s does not exist in the ECM region %s.", req.RouteTableId, req.EcmRegion)
	}
	if t.VpcID != s.VpcID {
		return nil, tencentapi.Errf("UnsupportedOperation.VpcMismatch", "The subnet %s is in the VPC %s and the route table %s in the VPC %s: they must be in the same VPC.", s.ID, s.VpcID, t.ID, t.VpcID)
	}
	if t.Main {
		s.RouteTableID = ""
	} else {
		s.RouteTableID = t.ID
	}
	return nil, nil
}

// vpcRoutingInUse refuses deleting a VPC that still has custom route tables or HAVIPs.
func vpcRoutingInUse(r *region, vpcID string) *tencentapi.Error {
	var inUse []string
	for _, t := range r.RouteTables {
		if t.VpcID == vpcID && !t.Main {
			inUse = append(inUse, t.ID)
		}
	}
	for _, h := range r.HaVips {
		if h.VpcID == vpcID {
			inUse = append(inUse, h.ID)
		}
	}
	if len(inUse) == 0 {
		return nil
	}
	sort.Strings(inUse)
	return tencentapi.Errf("ResourceInUse", "The VPC %s still has route tables or HAVIPs (%s); delete them first.", vpcID, strings.Join(inUse, ", "))
}
