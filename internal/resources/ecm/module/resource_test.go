package module_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmmodule "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/module"
)

const address = "edgecloud_ecm_module.test"

// config is a module with the given name, instance type, bandwidth and security-group list.
func config(name, instanceType string, bandwidth int, groups string) string {
	return fmt.Sprintf(`
data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_security_group" "a" {
  security_group_name = "%[1]s-a"
  description         = "module tests"
}

resource "edgecloud_ecm_security_group" "b" {
  security_group_name = "%[1]s-b"
  description         = "module tests"
}

resource "edgecloud_ecm_module" "test" {
  module_name              = %[1]q
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = %[2]q
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = %[3]d
  security_group_ids       = %[4]s
}
`, name, instanceType, bandwidth, groups)
}

func TestAccECMModule_basic(t *testing.T) {
	name := acctest.Name("module")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmmodule.ResourceType, ecmmodule.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, "SN3ne.LARGE8", 50, `[edgecloud_ecm_security_group.a.id]`),
				Check:  acctest.CheckExists(address, ecmmodule.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^em-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("module_state"), knownvalue.StringExact("NORMAL")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("close_ip_direct"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_ids"), knownvalue.SetSizeExact(1)),
				},
			},
			{
				ResourceName: address, ImportState: true, ImportStateVerify: true,
			},
		},
	})
}

func TestAccECMModule_update(t *testing.T) {
	name := acctest.Name("module")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmmodule.ResourceType, ecmmodule.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, "SN3ne.LARGE8", 50, `[edgecloud_ecm_security_group.a.id]`), Check: acctest.CaptureID(address, &id)},
			{
				// Name, bandwidth, security groups and (no instances yet) the instance type, in place.
				Config: config(name+"-2", "SN3ne.LARGE16", 100, `[edgecloud_ecm_security_group.a.id, edgecloud_ecm_security_group.b.id]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("module_name"), knownvalue.StringExact(name+"-2")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_type"), knownvalue.StringExact("SN3ne.LARGE16")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("default_bandwidth"), knownvalue.Int64Exact(100)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("security_group_ids"), knownvalue.SetSizeExact(2)),
				},
			},
		},
	})
}

func TestAccECMModule_disappears(t *testing.T) {
	name := acctest.Name("module")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmmodule.ResourceType, ecmmodule.FindByState),
		Steps: []resource.TestStep{
			{
				Config:             config(name, "SN3ne.LARGE8", 50, `null`),
				Check:              acctest.DeleteOutside(address, ecmmodule.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, "SN3ne.LARGE8", 50, `null`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
			},
		},
	})
}

func TestAccECMModule_badInstanceTypeIsAClearError(t *testing.T) {
	name := acctest.Name("module")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      config(name, "XX9.NOPE", 50, `null`),
				ExpectError: regexp.MustCompile(`(?s)Creating ECM module.*Code: InvalidParameterValue\.InvalidInstanceTypeConfigID.*RequestId`),
			},
		},
	})
}

func TestAccECMModulesDataSource_basic(t *testing.T) {
	name := acctest.Name("modules")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(name, "SN3ne.LARGE8", 50, `null`) + `
data "edgecloud_ecm_modules" "by_id" {
  ids = [edgecloud_ecm_module.test.id]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_modules.by_id", "modules.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_modules.by_id", "modules.0.module_name", name),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_modules.by_id", "modules.0.instance_num", "0"),
				),
			},
		},
	})
}

// A module with instances: the plan refuses a change of instance type (the API would refuse it at
// apply time with ModuleNotAllowChange), and destroying it explains InstanceInModule. Sequential:
// it sets the sandbox's instance count for the module.
func TestAccECMModule_withInstances(t *testing.T) {
	sb := acctest.Sandbox(t)
	name := acctest.Name("module")
	var id string
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmmodule.ResourceType, ecmmodule.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, "SN3ne.LARGE8", 50, `null`),
				Check: resource.ComposeTestCheckFunc(acctest.CaptureID(address, &id), func(*terraform.State) error {
					return sb.SetModuleInstanceCount(id, 2)
				}),
			},
			{
				Config:      config(name, "SN3ne.LARGE16", 50, `null`),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)cannot change while it has instances.*has 2 instance`),
			},
			{
				Config:      config(name, "SN3ne.LARGE8", 50, `null`),
				Destroy:     true,
				ExpectError: regexp.MustCompile(`(?s)it still has instances.*FailedOperation\.InstanceInModule`),
			},
			{
				// Once its instances are gone, it is destroyed normally.
				PreConfig: func() {
					if err := sb.SetModuleInstanceCount(id, 0); err != nil {
						t.Fatal(err)
					}
				},
				Config: config(name, "SN3ne.LARGE8", 50, `null`),
			},
		},
	})
}
