package subnet

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's CreateSubnet output example (L15328-L15555).
const seedCreateSubnetOutput = `{"Subnet":{"NetworkAclId":"","RouteTableId":"","VpcId":"vpc-ila64qtl","EnableBroadcast":false,"Zone":"ap-hangzhou-ecm-1","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","SubnetName":"subnet_test","AvailableIpAddressCount":253,"IsRemoteVpcSnat":false,"SubnetId":"subnet-heaa1hzo","InstanceCount":0,"VpcCidrBlock":"10.0.0.0/16","TagSet":[{"Value":"hangzhou","Key":"city"}],"CreatedTime":"2020-08-14 10:38:40","ZoneName":"Hangzhou Zone 1","CidrBlock":"10.0.1.0/24","IsDefault":false,"VpcIpv6CidrBlock":""}}`

func TestFromAPI_SeedExample(t *testing.T) {
	var out ecm.CreateSubnetResponse
	if err := json.Unmarshal([]byte(seedCreateSubnetOutput), &out); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&out.Subnet)
	tags, _ := types.MapValueFrom(context.Background(), types.StringType, map[string]string{"city": "hangzhou"})
	want := resourceModel{
		ID: types.StringValue("subnet-heaa1hzo"), EcmRegion: types.StringValue("ap-hangzhou-ecm"), VpcID: types.StringValue("vpc-ila64qtl"),
		SubnetName: types.StringValue("subnet_test"), CidrBlock: types.StringValue("10.0.1.0/24"), Zone: types.StringValue("ap-hangzhou-ecm-1"),
		EnableBroadcast: types.BoolValue(false), Tags: tags, RouteTableID: types.StringValue(""),
		VpcCidrBlock: types.StringValue("10.0.0.0/16"), CreatedTime: types.StringValue("2020-08-14 10:38:40"),
	}
	if !m.Tags.Equal(want.Tags) {
		t.Fatalf("tags = %v", m.Tags)
	}
	m.Tags, want.Tags = types.MapNull(types.StringType), types.MapNull(types.StringType)
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("fromAPI = %+v\nwant      %+v", m, want)
	}
}

// EnableBroadcast is a String input in the API although the output is a Boolean (catalog §5.4 #25).
func TestModifyRequest_BroadcastIsAString(t *testing.T) {
	m := resourceModel{ID: types.StringValue("subnet-1"), EcmRegion: types.StringValue("r"), SubnetName: types.StringValue("n"),
		EnableBroadcast: types.BoolValue(true), Tags: types.MapNull(types.StringType)}
	var diags diag.Diagnostics
	b, _ := json.Marshal(m.modifyRequest(context.Background(), &diags))
	if want := `{"SubnetId":"subnet-1","EcmRegion":"r","SubnetName":"n","EnableBroadcast":"true","Tags":[]}`; string(b) != want {
		t.Fatalf("request = %s\nwant      %s", b, want)
	}
	m.EnableBroadcast = types.BoolUnknown()
	b, _ = json.Marshal(m.modifyRequest(context.Background(), &diags))
	if want := `{"SubnetId":"subnet-1","EcmRegion":"r","SubnetName":"n","Tags":[]}`; string(b) != want {
		t.Fatalf("unknown broadcast must be omitted: %s", b)
	}
}
