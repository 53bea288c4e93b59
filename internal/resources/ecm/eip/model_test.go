package eip

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's DescribeAddresses output example (L24699-L24912): nulls, ISO time, "BINDED".
const seedDescribeAddressesOutput = `{"TotalCount":1,"AddressSet":[{"AddressId":"eip-11221122","AddressName":"test","AddressIp":"123.121.34.33","AddressStatus":"BINDED","InstanceId":"ins-11221122","NetworkInterfaceId":null,"PrivateAddressIp":null,"IsArrears":false,"IsBlocked":false,"CreatedTime":"2020-01-12T07:52:00Z"}]}`

func TestFromAPI_SeedExample(t *testing.T) {
	var out ecm.DescribeAddressesResponse
	if err := json.Unmarshal([]byte(seedDescribeAddressesOutput), &out); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&out.AddressSet[0])
	if m.ID.ValueString() != "eip-11221122" || m.AddressName.ValueString() != "test" || m.AddressIP.ValueString() != "123.121.34.33" ||
		m.AddressStatus.ValueString() != "BINDED" || m.CreatedTime.ValueString() != "2020-01-12T07:52:00Z" {
		t.Fatalf("fromAPI = %+v", m)
	}
	var item addressItemModel
	item.fromAPI(&out.AddressSet[0])
	if item.NetworkInterfaceID.ValueString() != "" || item.InstanceID.ValueString() != "ins-11221122" {
		t.Fatalf("null strings must decode to empty: %+v", item)
	}
}

func TestAllocateRequest(t *testing.T) {
	m := resourceModel{EcmRegion: types.StringValue("ap-hangzhou-ecm"), InternetServiceProvider: types.StringUnknown(),
		InternetMaxBandwidthOut: types.Int64Value(10), Tags: types.MapNull(types.StringType)}
	var diags diag.Diagnostics
	b, _ := json.Marshal(m.allocateRequest(context.Background(), &diags))
	if want := `{"EcmRegion":"ap-hangzhou-ecm","AddressCount":1,"InternetMaxBandwidthOut":10}`; string(b) != want {
		t.Fatalf("request = %s\nwant      %s", b, want)
	}
}

func TestNullUnknowns_LeavesKnownValues(t *testing.T) {
	m := resourceModel{InternetServiceProvider: types.StringValue("CTCC"), AddressIP: types.StringUnknown(), AddressType: types.StringUnknown(),
		CreatedTime: types.StringUnknown(), AddressStatus: types.StringUnknown()}
	m.nullUnknowns()
	if m.InternetServiceProvider.ValueString() != "CTCC" || !m.AddressIP.IsNull() || !m.AddressStatus.IsNull() {
		t.Fatalf("nullUnknowns = %+v", m)
	}
}
