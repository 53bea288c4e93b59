package eniprivateip_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

// Bad input is refused at plan time, pointing at the attribute, before any call.
func TestAccVPCENIPrivateIP_planTimeValidation(t *testing.T) {
	for name, tc := range map[string]struct{ config, want string }{
		"both": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id               = "eni-m6dyj72l"
  secondary_private_ip_address_count = 1
  private_ip_addresses               = ["10.0.1.5"]
}`, `(?s)Error: Invalid Attribute Combination.*secondary_private_ip_address_count`},
		"neither": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id = "eni-m6dyj72l"
}`, `(?s)Error: Missing Attribute Configuration.*(secondary_private_ip_address_count|private_ip_addresses)`},
		"address": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id = "eni-m6dyj72l"
  private_ip_addresses = ["10.0.1.5", "10.0.1.300"]
}`, `(?s)Error: Invalid IPv4 address.*private_ip_addresses.*"10\.0\.1\.300" is not an IPv4\s+address`},
		"qos": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id               = "eni-m6dyj72l"
  secondary_private_ip_address_count = 1
  qos_level                          = "GOLD"
}`, `(?s)Error: Invalid Attribute Value Match.*qos_level.*value must be one of`},
		"eni": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id               = "ENI-1"
  secondary_private_ip_address_count = 1
}`, `(?s)Error: Invalid ID.*network_interface_id.*"ENI-1" is not a valid ID`},
		"count": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id               = "eni-m6dyj72l"
  secondary_private_ip_address_count = 0
}`, `(?s)Error: Invalid Attribute Value.*secondary_private_ip_address_count.*at least 1`},
		"region": {`
resource "edgecloud_vpc_eni_private_ip" "test" {
  region                             = "eni-m6dyj72l"
  network_interface_id               = "eni-m6dyj72l"
  secondary_private_ip_address_count = 1
}`, `(?s)Error: Invalid Attribute Value Match.*region.*must be a region`},
	} {
		t.Run(name, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				PreCheck:                 func() { acctest.PreCheck(t) },
				ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
				Steps:                    []resource.TestStep{{Config: tc.config, PlanOnly: true, ExpectError: regexp.MustCompile(tc.want)}},
			})
		})
	}
}

// An import names only secondary IPs of the ENI; anything else is a clear error, not an adoption.
func TestAccVPCENIPrivateIP_importRefusesWhatIsNotOwnable(t *testing.T) {
	net := network(t, 75, 1)
	eni := net.NetworkInterfaces[0]
	free := ip(75, 200)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{Config: configList(eni.NetworkInterfaceId, ip(75, 10))},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: eni.NetworkInterfaceId + "/" + ip(75, 10) + "," + eni.PrivateIpAddress + "," + free,
				ExpectError: regexp.MustCompile(`(?s)Cannot import edgecloud_vpc_eni_private_ip.*` +
					regexp.QuoteMeta(eni.PrivateIpAddress) + ` is its primary IP.*` + regexp.QuoteMeta(free) + ` is not assigned to it`),
			},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: eni.NetworkInterfaceId,
				ExpectError:   regexp.MustCompile(`(?s)Invalid import ID.*<eni-id>/<ip>,<ip>`),
			},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: "eni-nothere0/" + ip(75, 10),
				ExpectError:   regexp.MustCompile(`(?s)VPC ENI eni-nothere0 does not exist in region ` + acctest.Region()),
			},
		},
	})
}
