package eniipv6addresses_test

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	ecmeniipv6addresses "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniipv6addresses"
)

const address = "edgecloud_ecm_eni_ipv6_addresses.test"

func config(name string, body string) string {
	return acctest.ConfigECMNetwork(name, 210) + fmt.Sprintf(`
data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_module" "test" {
  module_name              = %[1]q
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = "SN3ne.LARGE8"
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = 50
}

resource "edgecloud_ecm_instance" "test" {
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = %[1]q
  vpc_id        = edgecloud_ecm_vpc.test.id
  subnet_id     = edgecloud_ecm_subnet.test.id
}

resource "edgecloud_ecm_eni_ipv6_addresses" "test" {
  network_interface_id = edgecloud_ecm_instance.test.primary_network_interface_id
  %[3]s
}
`, name, acctest.Zone(), body)
}

func importID(s *terraform.State) (string, error) {
	r := s.RootModule().Resources[address]
	var ips []string
	for k, v := range r.Primary.Attributes {
		if strings.HasPrefix(k, "ipv6_addresses.") && k != "ipv6_addresses.#" {
			ips = append(ips, v)
		}
	}
	sort.Strings(ips)
	return r.Primary.Attributes["ecm_region"] + "/" + r.Primary.Attributes["network_interface_id"] + "/" + strings.Join(ips, ","), nil
}

// releaseOutside releases the resource's addresses with the API (the task is not waited for).
func releaseOutside(s *terraform.State) error {
	r := s.RootModule().Resources[address]
	var addrs []ecm.Ipv6Address
	for k, v := range r.Primary.Attributes {
		if strings.HasPrefix(k, "ipv6_addresses.") && k != "ipv6_addresses.#" {
			addrs = append(addrs, ecm.Ipv6Address{Address: v})
		}
	}
	_, err := acctest.Conn().ECM.ReleaseIpv6Addresses(context.Background(), ecm.Ipv6AddressesRequest{
		EcmRegion: r.Primary.Attributes["ecm_region"], NetworkInterfaceId: r.Primary.Attributes["network_interface_id"], Ipv6Addresses: addrs})
	return err
}

func TestAccECMENIIPv6Addresses_basic(t *testing.T) {
	name := acctest.Name("ipv6")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniipv6addresses.ResourceType, ecmeniipv6addresses.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, `ipv6_address_count = 2
  description = "web"`),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmeniipv6addresses.FindByState), acctest.CaptureID(address, &id)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ipv6_addresses"), knownvalue.SetSizeExact(2)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^eni-[a-z0-9]+/[0-9a-f:]+$`))),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}, ImportStateIdFunc: importID},
			{
				Config: config(name, `ipv6_address_count = 3
  description = "web2"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ipv6_addresses"), knownvalue.SetSizeExact(3)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("web2")),
				},
			},
			{Config: config(name, `ipv6_address_count = 3
  description = "web2"`), Check: releaseOutside, ExpectNonEmptyPlan: true},
			{
				Config: config(name, `ipv6_address_count = 3
  description = "web2"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
			},
			{
				Config: config(name, `ipv6_addresses = ["2001:db8:77::1", "2001:db8:77::2"]`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ipv6_address_count"), knownvalue.Int64Exact(2)),
				},
			},
		},
	})
}

func TestAccECMENIIPv6Addresses_validation(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{{Config: `resource "edgecloud_ecm_eni_ipv6_addresses" "test" {
  network_interface_id = "eni-12121212"
  ipv6_addresses       = ["2001:0db8:0000::7"]
}`, PlanOnly: true, ExpectError: regexp.MustCompile(`2001:db8::7`)}},
	})
}
