package route

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's CreateRoutes output example (L17372), decoded by the client's own type. Its route has
// a RouteItemId but no RouteId, Enabled or RouteType (catalog §5.5 item 40).
const seedCreateRoutesOutput = `{"RouteTableSet":[{"VpcId":"vpc-k23blx7p","RouteTableId":"rtb-n0yejvje","RouteTableName":"TestRoutes","AssociationSet":[],"RouteSet":[{"RouteItemId":"rti-12345678","DestinationCidrBlock":"192.168.0.0/16","GatewayType":"NORMAL_CVM","GatewayId":"10.212.0.13","RouteDescription":"TEST-ROUTE"}],"Main":false,"CreatedTime":"2020-11-11 11:11:03"}],"TotalCount":1}`

func TestFromAPI_SeedExample(t *testing.T) {
	var out ecm.CreateRoutesResponse
	if err := json.Unmarshal([]byte(seedCreateRoutesOutput), &out); err != nil {
		t.Fatal(err)
	}
	table := out.RouteTableSet[0]
	r := table.RouteByDestination("192.168.0.0/16")
	if r == nil || table.RouteByItemID("rti-12345678") != r {
		t.Fatalf("route not found by destination and item ID: %+v", table)
	}
	var m resourceModel
	m.fromAPI(table.RouteTableId, r)
	want := resourceModel{
		ID: types.StringValue("rtb-n0yejvje/rti-12345678"), RouteTableID: types.StringValue("rtb-n0yejvje"),
		DestinationCidrBlock: types.StringValue("192.168.0.0/16"), GatewayType: types.StringValue("NORMAL_CVM"),
		GatewayID: types.StringValue("10.212.0.13"), Description: types.StringValue("TEST-ROUTE"),
		Enabled: types.BoolValue(true), RouteItemID: types.StringValue("rti-12345678"), RouteID: types.Int64Value(0),
		RouteType: types.StringValue(""),
	}
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("fromAPI = %+v\nwant      %+v", m, want)
	}
}

func TestFromAPI_DisabledAndNoDescription(t *testing.T) {
	off := false
	var m resourceModel
	m.fromAPI("rtb-1", &ecm.Route{RouteItemId: "rti-1", RouteId: 7, Enabled: &off})
	if m.Enabled.ValueBool() || !m.Description.IsNull() || m.RouteID.ValueInt64() != 7 {
		t.Fatalf("fromAPI = %+v", m)
	}
}

// The write actions must carry the Integer RouteId (ReplaceRoutes, DeleteRoutes) and nothing the
// create did not set.
func TestRouteRequestShapes(t *testing.T) {
	b, err := json.Marshal(ecm.DeleteRoutesRequest{RouteTableId: "rtb-1", Routes: []ecm.Route{{RouteId: 678, RouteItemId: "rti-1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != `{"RouteTableId":"rtb-1","Routes":[{"RouteItemId":"rti-1","RouteId":678}]}` {
		t.Fatalf("DeleteRoutes body %s", got)
	}
	m := resourceModel{DestinationCidrBlock: types.StringValue("0.0.0.0/0"), GatewayType: types.StringValue("EIP"), GatewayID: types.StringValue("0"), Description: types.StringNull()}
	b, _ = json.Marshal(m.apiRoute())
	if got := string(b); got != `{"DestinationCidrBlock":"0.0.0.0/0","GatewayType":"EIP","GatewayId":"0"}` {
		t.Fatalf("CreateRoutes route %s", got)
	}
}
