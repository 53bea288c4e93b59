package ecm

import (
	"context"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Route tables and routes (catalog §2.7, §3.5). Only CreateRouteTable, DescribeRouteTables and
// ReplaceRouteTableAssociation take EcmRegion; the other route actions name the table alone.
//
// Route tables are read one Describe per lookup (no batch reader): a stack has few of them, and the
// writes that change them (routes) carry no region to invalidate a regional reader with.

// RouteTable is the route table as CreateRouteTable, CreateRoutes and DescribeRouteTables return it.
type RouteTable struct {
	VpcId          string                  `json:"VpcId"`
	RouteTableId   string                  `json:"RouteTableId"`
	RouteTableName string                  `json:"RouteTableName"`
	AssociationSet []RouteTableAssociation `json:"AssociationSet"`
	RouteSet       []Route                 `json:"RouteSet"`
	Main           bool                    `json:"Main"`
	CreatedTime    string                  `json:"CreatedTime"`
}

// RouteTableAssociation is a subnet associated with a route table.
type RouteTableAssociation struct {
	SubnetId     string `json:"SubnetId"`
	RouteTableId string `json:"RouteTableId"`
}

// Route is one routing policy. RouteItemId (rti-…) is its unique ID; the write actions take the
// Integer RouteId (catalog §5.5 item 40).
type Route struct {
	DestinationCidrBlock string `json:"DestinationCidrBlock,omitempty"`
	GatewayType          string `json:"GatewayType,omitempty"`
	GatewayId            string `json:"GatewayId,omitempty"`
	RouteItemId          string `json:"RouteItemId,omitempty"`
	RouteDescription     string `json:"RouteDescription,omitempty"`
	Enabled              *bool  `json:"Enabled,omitempty"`
	RouteType            string `json:"RouteType,omitempty"`
	RouteId              int64  `json:"RouteId,omitempty"`
}

// RouteByItemID returns the table's route with that RouteItemId, or nil.
func (t *RouteTable) RouteByItemID(id string) *Route {
	for i := range t.RouteSet {
		if t.RouteSet[i].RouteItemId == id {
			return &t.RouteSet[i]
		}
	}
	return nil
}

// RouteByDestination returns the table's route to that destination, or nil.
func (t *RouteTable) RouteByDestination(cidr string) *Route {
	for i := range t.RouteSet {
		if t.RouteSet[i].DestinationCidrBlock == cidr {
			return &t.RouteSet[i]
		}
	}
	return nil
}

type CreateRouteTableRequest struct {
	VpcId          string `json:"VpcId"`
	RouteTableName string `json:"RouteTableName"`
	EcmRegion      string `json:"EcmRegion"`
}

type CreateRouteTableResponse struct {
	RouteTable RouteTable `json:"RouteTable"`
}

func (c *Client) CreateRouteTable(ctx context.Context, req CreateRouteTableRequest) (*CreateRouteTableResponse, error) {
	return write[CreateRouteTableResponse](ctx, c, "CreateRouteTable", req)
}

type DescribeRouteTablesRequest struct {
	RouteTableIds []string         `json:"RouteTableIds,omitempty"`
	Filters       []tencent.Filter `json:"Filters,omitempty"`
	Offset        *int64           `json:"Offset,omitempty"`
	Limit         *int64           `json:"Limit,omitempty"`
	EcmRegion     string           `json:"EcmRegion,omitempty"` // empty: every region
}

type DescribeRouteTablesResponse struct {
	TotalCount    int64        `json:"TotalCount"`
	RouteTableSet []RouteTable `json:"RouteTableSet"`
}

func (c *Client) DescribeRouteTables(ctx context.Context, req DescribeRouteTablesRequest) (*DescribeRouteTablesResponse, error) {
	return read[DescribeRouteTablesResponse](ctx, c, "DescribeRouteTables", req)
}

// ListRouteTables returns every route table matching req, following Offset/Limit pages.
func (c *Client) ListRouteTables(ctx context.Context, req DescribeRouteTablesRequest) ([]RouteTable, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]RouteTable, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeRouteTables(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.RouteTableSet, resp.TotalCount, nil
	})
}

// FindRouteTableByID returns the route table or a tencent.NotFoundError. region "" looks in every
// region (the route actions carry none).
func (c *Client) FindRouteTableByID(ctx context.Context, region, id string) (*RouteTable, error) {
	if !ValidID("rtb-", id) {
		return nil, &tencent.NotFoundError{Kind: "ECM route table", ID: id}
	}
	resp, err := c.DescribeRouteTables(ctx, DescribeRouteTablesRequest{RouteTableIds: []string{id}, EcmRegion: region})
	if err != nil {
		return nil, err
	}
	for i := range resp.RouteTableSet {
		if resp.RouteTableSet[i].RouteTableId == id {
			return &resp.RouteTableSet[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: "ECM route table", ID: id}
}

// FindMainRouteTable returns the VPC's main route table or a tencent.NotFoundError.
func (c *Client) FindMainRouteTable(ctx context.Context, region, vpcID string) (*RouteTable, error) {
	tables, err := c.ListRouteTables(ctx, DescribeRouteTablesRequest{EcmRegion: region, Filters: []tencent.Filter{
		{Name: "vpc-id", Values: []string{vpcID}}, {Name: "association.main", Values: []string{"true"}},
	}})
	if err != nil {
		return nil, err
	}
	for i := range tables {
		if tables[i].Main && tables[i].VpcId == vpcID {
			return &tables[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: "main route table of ECM VPC", ID: vpcID}
}

// FindRouteByItemID returns the route (and its table) or a tencent.NotFoundError when the table or
// the route is gone.
func (c *Client) FindRouteByItemID(ctx context.Context, region, tableID, itemID string) (*RouteTable, *Route, error) {
	t, err := c.FindRouteTableByID(ctx, region, tableID)
	if err != nil {
		return nil, nil, err
	}
	r := t.RouteByItemID(itemID)
	if r == nil {
		return nil, nil, &tencent.NotFoundError{Kind: "ECM route", ID: tableID + "/" + itemID}
	}
	return t, r, nil
}

type ModifyRouteTableAttributeRequest struct {
	RouteTableId   string `json:"RouteTableId"`
	RouteTableName string `json:"RouteTableName"`
}

func (c *Client) ModifyRouteTableAttribute(ctx context.Context, req ModifyRouteTableAttributeRequest) error {
	return writeOnly(ctx, c, "ModifyRouteTableAttribute", req)
}

type DeleteRouteTableRequest struct {
	RouteTableId string `json:"RouteTableId"`
}

func (c *Client) DeleteRouteTable(ctx context.Context, req DeleteRouteTableRequest) error {
	return writeOnly(ctx, c, "DeleteRouteTable", req)
}

type ReplaceRouteTableAssociationRequest struct {
	SubnetId     string `json:"SubnetId"`
	RouteTableId string `json:"RouteTableId"`
	EcmRegion    string `json:"EcmRegion"`
}

func (c *Client) ReplaceRouteTableAssociation(ctx context.Context, req ReplaceRouteTableAssociationRequest) error {
	defer c.readers.subnets.Invalidate(req.EcmRegion, req.SubnetId) // the subnet's RouteTableId changes
	return writeOnly(ctx, c, "ReplaceRouteTableAssociation", req)
}

type CreateRoutesRequest struct {
	RouteTableId string  `json:"RouteTableId"`
	Routes       []Route `json:"Routes"`
}

type CreateRoutesResponse struct {
	TotalCount    int64        `json:"TotalCount"`
	RouteTableSet []RouteTable `json:"RouteTableSet"`
}

func (c *Client) CreateRoutes(ctx context.Context, req CreateRoutesRequest) (*CreateRoutesResponse, error) {
	return write[CreateRoutesResponse](ctx, c, "CreateRoutes", req)
}

type ReplaceRoutesRequest struct {
	RouteTableId string  `json:"RouteTableId"`
	Routes       []Route `json:"Routes"` // each with its RouteId
}

func (c *Client) ReplaceRoutes(ctx context.Context, req ReplaceRoutesRequest) error {
	return writeOnly(ctx, c, "ReplaceRoutes", req)
}

type RouteIDsRequest struct {
	RouteTableId string  `json:"RouteTableId"`
	RouteIds     []int64 `json:"RouteIds"`
}

func (c *Client) EnableRoutes(ctx context.Context, req RouteIDsRequest) error {
	return writeOnly(ctx, c, "EnableRoutes", req)
}

func (c *Client) DisableRoutes(ctx context.Context, req RouteIDsRequest) error {
	return writeOnly(ctx, c, "DisableRoutes", req)
}

type DeleteRoutesRequest struct {
	RouteTableId string  `json:"RouteTableId"`
	Routes       []Route `json:"Routes"` // each with its RouteId
}

func (c *Client) DeleteRoutes(ctx context.Context, req DeleteRoutesRequest) error {
	return writeOnly(ctx, c, "DeleteRoutes", req)
}

type DescribeRouteConflictsRequest struct {
	RouteTableId          string   `json:"RouteTableId"`
	DestinationCidrBlocks []string `json:"DestinationCidrBlocks"`
}

// RouteConflict is a destination and the routes that conflict with it.
type RouteConflict struct {
	RouteTableId         string  `json:"RouteTableId"`
	DestinationCidrBlock string  `json:"DestinationCidrBlock"`
	ConflictSet          []Route `json:"ConflictSet"`
}

type DescribeRouteConflictsResponse struct {
	RouteConflictSet []RouteConflict `json:"RouteConflictSet"`
}

func (c *Client) DescribeRouteConflicts(ctx context.Context, req DescribeRouteConflictsRequest) (*DescribeRouteConflictsResponse, error) {
	return read[DescribeRouteConflictsResponse](ctx, c, "DescribeRouteConflicts", req)
}

// RouteIDString is a RouteId as import IDs and messages show it.
func RouteIDString(id int64) string { return strconv.FormatInt(id, 10) }
