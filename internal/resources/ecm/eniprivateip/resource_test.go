package eniprivateip_test

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
	ecmeniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniprivateip"
)

const address = "edgecloud_ecm_eni_private_ip.test"

// network is a VPC, a subnet of the given mask and an ENI in it.
func network(name string, octet, mask int) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %[1]q
  cidr_block = "10.%[2]d.0.0/16"
}

resource "edgecloud_ecm_subnet" "test" {
  vpc_id      = edgecloud_ecm_vpc.test.id
  subnet_name = %[1]q
  cidr_block  = "10.%[2]d.1.0/%[3]d"
  zone        = %[4]q
}

resource "edgecloud_ecm_eni" "test" {
  vpc_id    = edgecloud_ecm_vpc.test.id
  subnet_id = edgecloud_ecm_subnet.test.id
  name      = %[1]q
}
`, name, octet, mask, acctest.Zone())
}

func byCount(n int, extra string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_eni_private_ip" "test" {
  network_interface_id               = edgecloud_ecm_eni.test.id
  secondary_private_ip_address_count = %d
  %s
}
`, n, extra)
}

// eniAddresses reads the ENI's addresses with a direct DescribeNetworkInterfaces.
func eniAddresses(s *terraform.State) (*ecm.NetworkInterface, error) {
	r, ok := s.RootModule().Resources["edgecloud_ecm_eni.test"]
	if !ok {
		return nil, fmt.Errorf("no ENI in state")
	}
	return acctest.Conn().ECM.FindNetworkInterfaceByID(context.Background(), r.Primary.Attributes["ecm_region"], r.Primary.ID)
}

func checkENIAddressCount(want int) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		n, err := eniAddresses(s)
		if err != nil {
			return err
		}
		if len(n.PrivateIpAddressSet) != want {
			return fmt.Errorf("ENI %s has %d addresses, want %d", n.NetworkInterfaceId, len(n.PrivateIpAddressSet), want)
		}
		return nil
	}
}

func importID(s *terraform.State) (string, error) {
	r := s.RootModule().Resources[address]
	var ips []string
	for k, v := range r.Primary.Attributes {
		if strings.HasPrefix(k, "private_ip_addresses.") && k != "private_ip_addresses.#" {
			ips = append(ips, v)
		}
	}
	sort.Strings(ips)
	return r.Primary.Attributes["ecm_region"] + "/" + r.Primary.Attributes["network_interface_id"] + "/" + strings.Join(ips, ","), nil
}

// By count: assigned, imported, grown past one call's 10 in place, shrunk, described; the ID stays.
func TestAccECMENIPrivateIP_basic(t *testing.T) {
	name := acctest.Name("eniip")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniprivateip.ResourceType, ecmeniprivateip.FindByState),
		Steps: []resource.TestStep{
			{
				Config: network(name, 200, 24) + byCount(2, `description = "pool"`),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmeniprivateip.FindByState),
					acctest.CaptureID(address, &id), checkENIAddressCount(3)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^eni-[a-z0-9]+/10\.200\.1\.\d+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("private_ip_addresses"), knownvalue.SetSizeExact(2)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("pool")),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}, ImportStateIdFunc: importID},
			{
				Config: network(name, 200, 24) + byCount(13, `description = "pool"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeTestCheckFunc(acctest.CheckSameID(address, &id), checkENIAddressCount(14)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("private_ip_addresses"), knownvalue.SetSizeExact(13)),
				},
			},
			{
				Config: network(name, 200, 24) + byCount(1, `description = "renamed"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeTestCheckFunc(acctest.CheckSameID(address, &id), checkENIAddressCount(2)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("renamed")),
				},
			},
		},
	})
}

// Two resources on one ENI and an address assigned outside Terraform never collide: each owns
// only what it assigned, the plan stays empty, and destroying one leaves the others.
func TestAccECMENIPrivateIP_ownership(t *testing.T) {
	name := acctest.Name("eniip")
	cfg := network(name, 201, 24) + byCount(2, "") + `
resource "edgecloud_ecm_eni_private_ip" "explicit" {
  network_interface_id = edgecloud_ecm_eni.test.id
  private_ip_addresses = ["10.201.1.100", "10.201.1.101"]
}
`
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniprivateip.ResourceType, ecmeniprivateip.FindByState),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeTestCheckFunc(checkENIAddressCount(5), func(s *terraform.State) error {
					// Someone assigns an address by hand.
					n, err := eniAddresses(s)
					if err != nil {
						return err
					}
					one := int64(1)
					_, err = acctest.Conn().ECM.AssignPrivateIpAddresses(context.Background(), ecm.AssignPrivateIpAddressesRequest{
						EcmRegion: n.EcmRegion, NetworkInterfaceId: n.NetworkInterfaceId, SecondaryPrivateIpAddressCount: &one})
					return err
				}),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("edgecloud_ecm_eni_private_ip.explicit", tfjsonpath.New("secondary_private_ip_address_count"), knownvalue.Int64Exact(2)),
				},
			},
			{Config: cfg, PlanOnly: true}, // the hand-made address belongs to nobody here
			{
				// Removing the explicit resource removes its two addresses only.
				Config: network(name, 201, 24) + byCount(2, ""),
				Check:  checkENIAddressCount(4),
			},
		},
	})
}

// More addresses than the subnet has: the API's error, and the ENI keeps only its primary
// address; then exactly as many as there are (two calls: 10 and 2).
func TestAccECMENIPrivateIP_subnetExhausted(t *testing.T) {
	name := acctest.Name("eniip")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniprivateip.ResourceType, ecmeniprivateip.FindByState),
		Steps: []resource.TestStep{
			{Config: network(name, 202, 28), Check: checkENIAddressCount(1)},
			{
				// A /28 has 13 usable addresses; the ENI holds one.
				Config: network(name, 202, 28) + `resource "edgecloud_ecm_eni_private_ip" "test" {
  network_interface_id = edgecloud_ecm_eni.test.id
  private_ip_addresses = ["10.202.1.3", "10.202.1.4", "10.202.1.99"]
}`,
				ExpectError: regexp.MustCompile(`InvalidParameterValue.Range`),
			},
			{Config: network(name, 202, 28), Check: checkENIAddressCount(1)},
			{
				Config: network(name, 202, 28) + byCount(10, "") + `resource "edgecloud_ecm_eni_private_ip" "more" {
  network_interface_id               = edgecloud_ecm_eni.test.id
  secondary_private_ip_address_count = 3
  depends_on                         = [edgecloud_ecm_eni_private_ip.test]
}`,
				ExpectError: regexp.MustCompile(`(?s)ResourceInsufficient.*RequestId`),
			},
			{
				// The failed call assigned nothing: the ENI has its primary and the first resource's ten.
				Config: network(name, 202, 28) + byCount(10, ""),
				Check:  checkENIAddressCount(11),
			},
			{Config: network(name, 202, 28) + byCount(12, ""), Check: checkENIAddressCount(13)},
		},
	})
}

func TestAccECMENIPrivateIP_disappears(t *testing.T) {
	name := acctest.Name("eniip")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeniprivateip.ResourceType, ecmeniprivateip.FindByState),
		Steps: []resource.TestStep{
			{Config: network(name, 203, 24) + byCount(2, ""), Check: acctest.DeleteOutside(address, ecmeniprivateip.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: network(name, 203, 24) + byCount(2, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: checkENIAddressCount(3),
			},
		},
	})
}

func TestAccECMENIPrivateIP_validation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ body, want string }{
		{`network_interface_id = "eni-12121212"`, `secondary_private_ip_address_count`},
		{`network_interface_id = "eni-12121212"
  secondary_private_ip_address_count = 1
  private_ip_addresses = ["10.0.0.5"]`, `(?i)only one|exactly one`},
		{`network_interface_id = "eni-12121212"
  private_ip_addresses = ["10.0.0"]`, `IPv4`},
		{`network_interface_id = "eni-12121212"
  secondary_private_ip_address_count = 0`, `between 1`},
	} {
		resource.UnitTest(t, resource.TestCase{
			PreCheck:                 func() { acctest.PreCheck(t) },
			ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
			Steps: []resource.TestStep{{Config: "resource \"edgecloud_ecm_eni_private_ip\" \"test\" {\n  " + tc.body + "\n}\n",
				PlanOnly: true, ExpectError: regexp.MustCompile(tc.want)}},
		})
	}
}
