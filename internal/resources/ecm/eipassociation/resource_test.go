package eipassociation_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eipassociation"
)

const address = "edgecloud_ecm_eip_association.test"

// instanceConfig is a network, a module and one instance in the network's subnet.
func instanceConfig(name string, octet int) string {
	return acctest.ConfigECMNetwork(name, octet) + fmt.Sprintf(`
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

resource "edgecloud_ecm_eip" "test" {
  address_name = %[1]q
}
`, name, acctest.Zone())
}

func configInstance(name string, octet int) string {
	return instanceConfig(name, octet) + `
resource "edgecloud_ecm_eip_association" "test" {
  address_id  = edgecloud_ecm_eip.test.id
  instance_id = edgecloud_ecm_instance.test.id
}
`
}

func configENI(name string, octet int) string {
	return instanceConfig(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_eni" "test" {
  vpc_id                     = edgecloud_ecm_vpc.test.id
  subnet_id                  = edgecloud_ecm_subnet.test.id
  name                       = %[1]q
  primary_private_ip_address = "10.%[2]d.1.30"
}

resource "edgecloud_ecm_eip_association" "test" {
  address_id           = edgecloud_ecm_eip.test.id
  network_interface_id = edgecloud_ecm_eni.test.id
  private_ip_address   = edgecloud_ecm_eni.test.primary_private_ip_address
}
`, name, octet)
}

// Bound to an instance, imported, unbound outside Terraform and bound again by the next apply;
// then moved to an ENI's address (a replacement); destroyed before the EIP and the ENI.
func TestAccECMEIPAssociation_basic(t *testing.T) {
	name := acctest.Name("eipa")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmeipassociation.ResourceType, ecmeipassociation.FindByState),
		Steps: []resource.TestStep{
			{
				Config: configInstance(name, 190),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmeipassociation.FindByState),
					resource.TestCheckResourceAttrPair(address, "id", "edgecloud_ecm_eip.test", "id"),
					checkAPIBinding("edgecloud_ecm_instance.test", "InstanceId")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("BIND")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("reallocate_normal_public_ip"), knownvalue.Bool(false)),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				// Unbound outside Terraform: the refresh drops the association, the plan binds again.
				Config:             configInstance(name, 190),
				Check:              acctest.DeleteOutside(address, ecmeipassociation.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: configInstance(name, 190),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmeipassociation.FindByState),
			},
			{
				// The reallocation flag acts on destroy: an in-place update that keeps everything known.
				Config: strings.Replace(configInstance(name, 190), "instance_id = edgecloud_ecm_instance.test.id", "instance_id = edgecloud_ecm_instance.test.id\n  reallocate_normal_public_ip = true", 1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("BIND"))},
				},
				Check: checkInstancePublicIP(true),
			},
			{
				// Replaced by a binding to the ENI: the instance binding goes first, and with the flag
				// the instance gets a general public IP back.
				Config: configENI(name, 190),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: resource.ComposeTestCheckFunc(checkAPIBinding("edgecloud_ecm_eni.test", "NetworkInterfaceId"), checkInstancePublicIP(false)),
				ConfigStateChecks: []statecheck.StateCheck{
					// The ENI is not attached: the EIP binds a dangling ENI.
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("BIND_ENI")),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"},
				ImportStateIdFunc: acctest.ImportIDWithRegion(address)},
		},
	})
}

// checkAPIBinding checks, with a direct DescribeAddresses, that the EIP is bound to the object at
// address (field InstanceId or NetworkInterfaceId).
func checkAPIBinding(target, field string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		assoc, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s not in state", address)
		}
		obj, ok := s.RootModule().Resources[target]
		if !ok {
			return fmt.Errorf("%s not in state", target)
		}
		a, err := acctest.Conn().ECM.FindAddressByID(context.Background(), assoc.Primary.Attributes["ecm_region"], assoc.Primary.ID)
		if err != nil {
			return err
		}
		got := a.InstanceId
		if field == "NetworkInterfaceId" {
			got = a.NetworkInterfaceId
		}
		if got != obj.Primary.ID {
			return fmt.Errorf("EIP %s: %s is %q, want %q (status %s)", a.AddressId, field, got, obj.Primary.ID, a.AddressStatus)
		}
		return nil
	}
}

func TestAccECMEIPAssociation_validation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ body, want string }{
		{`address_id = "eip-11112222"`, `(?s)instance_id.*network_interface_id|network_interface_id.*instance_id`},
		{`address_id = "eip-11112222"
  instance_id = "ein-11112222"
  network_interface_id = "eni-11112222"
  private_ip_address = "10.0.0.5"`, `(?i)only one|cannot be specified`},
		{`address_id = "eip-11112222"
  network_interface_id = "eni-11112222"`, `private_ip_address`},
		{`address_id = "eni-11112222"
  instance_id = "ein-11112222"`, `eip-`},
		{`address_id = "eip-11112222"
  network_interface_id = "eni-11112222"
  private_ip_address = "10.0.0.5"
  reallocate_normal_public_ip = true`, `reallocate_normal_public_ip|network_interface_id`},
	} {
		resource.UnitTest(t, resource.TestCase{
			PreCheck:                 func() { acctest.PreCheck(t) },
			ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
			Steps: []resource.TestStep{{Config: "resource \"edgecloud_ecm_eip_association\" \"test\" {\n  " + tc.body + "\n}\n",
				PlanOnly: true, ExpectError: regexp.MustCompile(tc.want)}},
		})
	}
}

// checkInstancePublicIP checks that the instance's public IP (DescribeInstances) is the EIP's
// (bound) or another one (after an unbinding with reallocate_normal_public_ip).
func checkInstancePublicIP(eip bool) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		ins := s.RootModule().Resources["edgecloud_ecm_instance.test"]
		e := s.RootModule().Resources["edgecloud_ecm_eip.test"]
		i, err := acctest.Conn().ECM.FindInstanceByID(context.Background(), ins.Primary.ID)
		if err != nil {
			return err
		}
		_, _, public, _ := i.Primary()
		switch {
		case eip && public != e.Primary.Attributes["address_ip"]:
			return fmt.Errorf("instance public IP %q, want the EIP's %q", public, e.Primary.Attributes["address_ip"])
		case !eip && (public == "" || public == e.Primary.Attributes["address_ip"]):
			return fmt.Errorf("instance public IP %q: want a general public IP, reallocated on unbinding", public)
		}
		return nil
	}
}
