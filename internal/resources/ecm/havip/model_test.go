package havip

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// The seed's CreateHaVip output example (L26092), decoded by the client's own type.
const seedCreateHaVipOutput = `{"HaVip":{"AddressIp":"","CreatedTime":"2020-10-29 16:54:45","HaVipId":"havip-kekyk044","HaVipName":"irang_testHaVip","InstanceId":"","NetworkInterfaceId":"","State":"UNBIND","SubnetId":"subnet-rtmfkg4w","Vip":"172.16.0.17","VpcId":"vpc-m0c2kcun","Business":"xx"}}`

func TestFromAPI_SeedExample(t *testing.T) {
	var out ecm.CreateHaVipResponse
	if err := json.Unmarshal([]byte(seedCreateHaVipOutput), &out); err != nil {
		t.Fatal(err)
	}
	var m resourceModel
	m.fromAPI(&out.HaVip)
	want := resourceModel{
		ID: types.StringValue("havip-kekyk044"), VpcID: types.StringValue("vpc-m0c2kcun"), SubnetID: types.StringValue("subnet-rtmfkg4w"),
		HaVipName: types.StringValue("irang_testHaVip"), Vip: types.StringValue("172.16.0.17"), CreatedTime: types.StringValue("2020-10-29 16:54:45"),
	}
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("fromAPI = %+v\nwant      %+v", m, want)
	}
}
