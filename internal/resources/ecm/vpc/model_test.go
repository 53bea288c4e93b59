package vpc

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's CreateVpc output example (L14976-L15040), decoded by the client's own type.
const seedCreateVpcOutput = `{"Vpc":{"EnableDhcp":true,"VpcId":"vpc-gynsaui3","Description":"VPC description","DomainName":"","Ipv6CidrBlock":"","Region":"ap-hangzhou-ecm","DhcpOptionsId":"","InstanceCount":0,"DnsServerSet":[],"EnableMulticast":false,"VpcName":"VPC name","AssistantCidrSet":null,"TagSet":null,"SubnetCount":0,"CreatedTime":"2020-08-14 10:58:26","CidrBlock":"10.10.0.0/28","IsDefault":false,"RegionName":"Hangzhou Zone 1"}}`

func TestFromAPI_SeedExample(t *testing.T) {
	var out ecm.CreateVpcResponse
	if err := json.Unmarshal([]byte(seedCreateVpcOutput), &out); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&out.Vpc)
	want := resourceModel{
		ID: types.StringValue("vpc-gynsaui3"), EcmRegion: types.StringValue("ap-hangzhou-ecm"),
		VpcName: types.StringValue("VPC name"), CidrBlock: types.StringValue("10.10.0.0/28"),
		Description: types.StringValue("VPC description"), Tags: types.MapNull(types.StringType),
		IsDefault: types.BoolValue(false), CreatedTime: types.StringValue("2020-08-14 10:58:26"),
	}
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("fromAPI = %+v\nwant      %+v", m, want)
	}
}

func TestFromAPI_EmptyDescriptionIsNull(t *testing.T) {
	var m resourceModel
	m.fromAPI(&ecm.VpcInfo{VpcId: "vpc-1"})
	if !m.Description.IsNull() || !m.Tags.IsNull() {
		t.Fatalf("unset optional attributes must read back as null: %+v", m)
	}
}

func TestModifyRequest_ClearsRemovedAttributes(t *testing.T) {
	m := resourceModel{
		ID: types.StringValue("vpc-1"), EcmRegion: types.StringValue("ap-hangzhou-ecm"), VpcName: types.StringValue("n"),
		Description: types.StringNull(), Tags: types.MapNull(types.StringType),
	}
	var diags diag.Diagnostics
	b, _ := json.Marshal(m.modifyRequest(context.Background(), &diags))
	if want := `{"VpcId":"vpc-1","EcmRegion":"ap-hangzhou-ecm","VpcName":"n","Tags":[],"Description":""}`; string(b) != want {
		t.Fatalf("request = %s\nwant      %s", b, want)
	}
}

func TestDataSourceFilters(t *testing.T) {
	tags, _ := types.MapValueFrom(context.Background(), types.StringType, map[string]string{"team": "edge"})
	m := dataSourceModel{VpcName: types.StringValue("web"), CidrBlock: types.StringNull(), Tags: tags}
	var diags diag.Diagnostics
	b, _ := json.Marshal(m.filters(context.Background(), &diags))
	if want := `[{"Name":"vpc-name","Values":["web"]},{"Name":"tag:team","Values":["edge"]}]`; string(b) != want {
		t.Fatalf("filters = %s", b)
	}
}
