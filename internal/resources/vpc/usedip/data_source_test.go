package usedip_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

const data = "data.edgecloud_vpc_used_ip.test"

// Octets of the tests' fixture VPCs (10.<octet>.0.0/16): 80-89 here.

func ips(octet int, hosts ...int) []string {
	out := make([]string, len(hosts))
	for i, h := range hosts {
		out[i] = fmt.Sprintf("10.%d.1.%d", octet, h)
	}
	return out
}

func hcl(list []string) string {
	q := make([]string, len(list))
	for i, a := range list {
		q[i] = fmt.Sprintf("%q", a)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// Occupied addresses are listed with what holds them; the free ones among those asked are not,
// and free_ip_addresses names them in the order given.
func TestAccVPCUsedIPDataSource_occupiedAndFree(t *testing.T) {
	net := acctest.VPCNetwork(t, 80, "10.80.1.0/24", 2)
	vpcID, subnetID := net.VPCs[0].VpcId, net.Subnets[0].SubnetId
	eni1, eni2 := net.NetworkInterfaces[0], net.NetworkInterfaces[1]
	free := ips(80, 200, 150)
	asked := []string{free[0], eni2.PrivateIpAddress, free[1], eni1.PrivateIpAddress}
	state := func(ip, eni string) knownvalue.Check {
		return knownvalue.ObjectExact(map[string]knownvalue.Check{
			"vpc_id": knownvalue.StringExact(vpcID), "subnet_id": knownvalue.StringExact(subnetID), "ip_address": knownvalue.StringExact(ip),
			"resource_type": knownvalue.StringExact("ENI"), "resource_id": knownvalue.StringExact(eni),
		})
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: fmt.Sprintf(`
data "edgecloud_vpc_used_ip" "test" {
  vpc_id       = %q
  subnet_id    = %q
  ip_addresses = %s
}

data "edgecloud_vpc_used_ip" "whole_vpc" {
  vpc_id = %q
}
`, vpcID, subnetID, hcl(asked), vpcID),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(data, tfjsonpath.New("region"), knownvalue.StringExact(acctest.Region())),
					statecheck.ExpectKnownValue(data, tfjsonpath.New("ip_address_states"), knownvalue.SetExact([]knownvalue.Check{
						state(eni1.PrivateIpAddress, eni1.NetworkInterfaceId), state(eni2.PrivateIpAddress, eni2.NetworkInterfaceId),
					})),
					statecheck.ExpectKnownValue(data, tfjsonpath.New("free_ip_addresses"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.StringExact(free[0]), knownvalue.StringExact(free[1]),
					})),
					// Without ip_addresses: every occupied address, nothing called free.
					statecheck.ExpectKnownValue("data.edgecloud_vpc_used_ip.whole_vpc", tfjsonpath.New("ip_address_states"), knownvalue.ListSizeExact(2)),
					statecheck.ExpectKnownValue("data.edgecloud_vpc_used_ip.whole_vpc", tfjsonpath.New("free_ip_addresses"), knownvalue.ListSizeExact(0)),
				},
			},
		},
	})
}

// callsPerRead checks that every read of the data source since before cost a multiple of per
// DescribeUsedIpAddress calls (Terraform may read a data source more than once per step) and that
// it was read.
func callsPerRead(sb *sandbox.Sandbox, before *map[string]int, per int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		got := sb.CallCounts()["vpc.DescribeUsedIpAddress"] - (*before)["vpc.DescribeUsedIpAddress"]
		if got == 0 || got%per != 0 {
			return fmt.Errorf("DescribeUsedIpAddress was called %d times; want a multiple of %d per read", got, per)
		}
		return nil
	}
}

// 250 addresses are asked 100 at a time: three calls per read.
func TestAccVPCUsedIPDataSource_chunksOf100(t *testing.T) {
	sb := acctest.Sandbox(t)
	net := acctest.VPCNetwork(t, 81, "10.81.1.0/24", 3)
	var asked []string
	for h := 2; h < 252; h++ {
		asked = append(asked, ips(81, h)...)
	}
	var before map[string]int
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				PreConfig: func() { before = sb.CallCounts() },
				Config: fmt.Sprintf(`
data "edgecloud_vpc_used_ip" "test" {
  vpc_id       = %q
  ip_addresses = %s
}
`, net.VPCs[0].VpcId, hcl(asked)),
				Check: resource.ComposeAggregateTestCheckFunc(
					callsPerRead(sb, &before, 3),
					resource.TestCheckResourceAttr(data, "ip_address_states.#", "3"),
					resource.TestCheckResourceAttr(data, "free_ip_addresses.#", "247"),
				),
			},
		},
	})
}

// Without ip_addresses the subnet's 105 occupied addresses come a page of 100 at a time: two calls.
func TestAccVPCUsedIPDataSource_paging(t *testing.T) {
	sb := acctest.Sandbox(t)
	net := acctest.VPCNetwork(t, 82, "10.82.1.0/24", 105)
	var before map[string]int
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				PreConfig: func() { before = sb.CallCounts() },
				Config: fmt.Sprintf(`
data "edgecloud_vpc_used_ip" "test" {
  vpc_id    = %q
  subnet_id = %q
}
`, net.VPCs[0].VpcId, net.Subnets[0].SubnetId),
				Check: resource.ComposeAggregateTestCheckFunc(
					callsPerRead(sb, &before, 2),
					resource.TestCheckResourceAttr(data, "ip_address_states.#", "105"),
					resource.TestCheckResourceAttr(data, "ip_address_states.104.resource_id", net.NetworkInterfaces[104].NetworkInterfaceId),
				),
			},
		},
	})
}

// An address outside the VPC reaches the user as the API's error, with its code and RequestId.
func TestAccVPCUsedIPDataSource_addressOutsideTheVPC(t *testing.T) {
	net := acctest.VPCNetwork(t, 83, "10.83.1.0/24", 0)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: fmt.Sprintf(`
data "edgecloud_vpc_used_ip" "test" {
  vpc_id       = %q
  ip_addresses = ["192.168.0.10"]
}
`, net.VPCs[0].VpcId),
				ExpectError: regexp.MustCompile(`(?s)Reading the used addresses of VPC vpc-\w+.*Code: InvalidParameterValue\.ParameterMismatch.*RequestId: \S+`),
			},
		},
	})
}

func TestAccVPCUsedIPDataSource_planTimeValidation(t *testing.T) {
	for name, tc := range map[string]struct{ config, want string }{
		"vpc":     {`data "edgecloud_vpc_used_ip" "test" { vpc_id = "subnet-dl3wd0vq" }`, `(?s)Error: Invalid ID.*vpc_id.*"subnet-dl3wd0vq" is not a valid ID`},
		"subnet":  {"data \"edgecloud_vpc_used_ip\" \"test\" {\n vpc_id = \"vpc-bx0vq623\"\n subnet_id = \"vpc-bx0vq623\"\n}", `(?s)Error: Invalid ID.*subnet_id.*"vpc-bx0vq623" is not a valid ID`},
		"address": {"data \"edgecloud_vpc_used_ip\" \"test\" {\n vpc_id = \"vpc-bx0vq623\"\n ip_addresses = [\"10.0.0.1\", \"10.0.0.01\"]\n}", `(?s)Error: Invalid IPv4 address.*ip_addresses.*"10\.0\.0\.01" is not an IPv4\s+address`},
	} {
		t.Run(name, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				PreCheck:                 func() { acctest.PreCheck(t) },
				ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
				Steps:                    []resource.TestStep{{Config: tc.config, ExpectError: regexp.MustCompile(tc.want)}},
			})
		})
	}
}
