package routetable

import (
	"encoding/json"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's DescribeRouteTables output example (L16651), decoded by the client's own type.
const seedDescribeRouteTablesOutput = `{"RouteTableSet":[{"VpcId":"vpc-2at5y1pn","RouteTableId":"rtb-l2h8d7c2","RouteTableName":"TestRouteTable","AssociationSet":[],"RouteSet":[{"RouteItemId":"rti-12345678","DestinationCidrBlock":"169.254.64.0/23","GatewayType":"NORMAL_CVM","GatewayId":"172.16.0.25","RouteDescription":""}],"Main":false,"CreatedTime":"2020-11-30 19:52:03"}],"TotalCount":2}`

func TestFromAPI_SeedExample(t *testing.T) {
	var out ecm.DescribeRouteTablesResponse
	if err := json.Unmarshal([]byte(seedDescribeRouteTablesOutput), &out); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&out.RouteTableSet[0])
	if m.ID.ValueString() != "rtb-l2h8d7c2" || m.VpcID.ValueString() != "vpc-2at5y1pn" || m.RouteTableName.ValueString() != "TestRouteTable" ||
		m.Main.ValueBool() || m.CreatedTime.ValueString() != "2020-11-30 19:52:03" {
		t.Fatalf("fromAPI = %+v", m)
	}
	var item tableItemModel
	item.fromAPI(&out.RouteTableSet[0])
	if len(item.Routes) != 1 || item.Routes[0].RouteItemID.ValueString() != "rti-12345678" || !item.Routes[0].Enabled.ValueBool() ||
		item.Routes[0].DestinationCidrBlock.ValueString() != "169.254.64.0/23" || len(item.SubnetIDs) != 0 {
		t.Fatalf("data source item = %+v", item)
	}
}
