package usedip

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
)

// Seed 000's output example (its Response object, verbatim): it asked for 10.0.0.1 and 10.0.0.2,
// both occupied.
const seedOutput = `{
        "IpAddressStates": [
            {
                "VpcId": "vpc-bx0vq623",
                "SubnetId": "subnet-dl3wd0vq",
                "IpAddress": "10.0.0.1",
                "ResourceType": "ENI",
                "ResourceId": "eni-bjekqff1"
            },
            {
                "VpcId": "vpc-bx0vq623",
                "SubnetId": "subnet-dl3wd0vq",
                "IpAddress": "10.0.0.2",
                "ResourceType": "ENI",
                "ResourceId": "eni-bjekqff2"
            }
        ],
        "TotalCount": 2,
        "RequestId": "2aaa54f5-2809-4b95-b3a5-13ce72d05759"
    }`

func TestFromAPI_SeedExampleAndFreeAddresses(t *testing.T) {
	var out vpc.DescribeUsedIpAddressResponse
	if err := json.Unmarshal([]byte(seedOutput), &out); err != nil {
		t.Fatal(err)
	}
	var m dataSourceModel
	var diags diag.Diagnostics
	// Asked: the seed's two plus two more, one repeated; the API listed only the occupied ones.
	m.fromAPI(out.IpAddressStates, []string{"10.0.0.3", "10.0.0.1", "10.0.0.2", "10.0.0.9", "10.0.0.3"}, &diags)
	if diags.HasError() {
		t.Fatal(diags)
	}
	if len(m.IPAddressStates) != 2 || m.IPAddressStates[1].ResourceID.ValueString() != "eni-bjekqff2" ||
		m.IPAddressStates[0].ResourceType.ValueString() != "ENI" || m.IPAddressStates[0].SubnetID.ValueString() != "subnet-dl3wd0vq" {
		t.Fatalf("states %+v", m.IPAddressStates)
	}
	var free []string
	m.FreeIPAddresses.ElementsAs(context.Background(), &free, false)
	if len(free) != 3 || free[0] != "10.0.0.3" || free[1] != "10.0.0.9" || free[2] != "10.0.0.3" {
		t.Fatalf("free %v; want the unoccupied asked addresses in the order given", free)
	}
}

func TestFromAPI_NothingAskedNothingFree(t *testing.T) {
	var m dataSourceModel
	var diags diag.Diagnostics
	m.fromAPI([]vpc.IpAddressStates{{IpAddress: "10.0.0.1"}}, nil, &diags)
	if m.FreeIPAddresses.IsNull() || len(m.FreeIPAddresses.Elements()) != 0 {
		t.Fatalf("free = %v; want an empty list when ip_addresses is not set", m.FreeIPAddresses)
	}
}
