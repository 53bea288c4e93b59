package instance_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/echoprovider"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecminstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/instance"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

const (
	address  = "edgecloud_ecm_instance.test"
	password = "Edge2026!secret"
)

// config is a module and one instance launched from it, with the given name, running flag,
// bandwidth and password version.
func config(name string, running bool, bandwidth, passwordVersion int) string {
	return fmt.Sprintf(`
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
  module_id                    = edgecloud_ecm_module.test.id
  zone                         = %[2]q
  isp                          = "CTCC"
  instance_name                = %[1]q
  running                      = %[3]t
  internet_max_bandwidth_out   = %[4]d
  password                     = %[5]q
  password_version             = %[6]d
  force_stop_on_password_reset = true
}
`, name, acctest.Zone(), running, bandwidth, password, passwordVersion)
}

func TestAccECMInstance_basic(t *testing.T) {
	name := acctest.Name("ein")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, true, 50, 1),
				Check:  resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecminstance.FindByState), passwordNowhereInState),
				// The write-only password is in neither the plan JSON nor the state JSON.
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{absentFromPlanJSON{password}}},
				ConfigStateChecks: []statecheck.StateCheck{
					absentFromStateJSON{password},
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^ein-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_state"), knownvalue.StringExact("RUNNING")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("primary_network_interface_id"), knownvalue.StringRegexp(regexp.MustCompile(`^eni-`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("private_ip_address"), knownvalue.NotNull()),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("password"), knownvalue.Null()),
				},
			},
			{
				ResourceName: address, ImportState: true, ImportStateVerify: true,
				// The password is write-only, and an import starts from the defaults of this provider's own
				// settings: the test sets force_stop_on_password_reset and password_version.
				ImportStateVerifyIgnore: []string{"password_version", "force_stop_on_password_reset", "timeouts", "password"},
			},
		},
	})
}

// passwordNowhereInState checks every attribute of every resource in the state: the write-only
// password is in none of them (the plan and state JSON carry no write-only values at all).
func passwordNowhereInState(s *terraform.State) error {
	for _, rs := range s.RootModule().Resources {
		for k, v := range rs.Primary.Attributes {
			if strings.Contains(v, password) {
				return fmt.Errorf("the password is in the state (%s.%s)", rs.Type, k)
			}
		}
	}
	return nil
}

func TestAccECMInstance_update(t *testing.T) {
	name := acctest.Name("ein")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, true, 50, 1), Check: acctest.CaptureID(address, &id)},
			{
				// Stop it, rename it, change its bandwidth and reset its password, in place.
				Config: config(name+"-2", false, 100, 2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_state"), knownvalue.StringExact("STOPPED")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_name"), knownvalue.StringExact(name+"-2")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(100)),
				},
			},
			{
				// A stopped instance started by running = true.
				Config: config(name+"-2", true, 100, 2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_state"), knownvalue.StringExact("RUNNING")),
				},
			},
		},
	})
}

func TestAccECMInstance_disappears(t *testing.T) {
	name := acctest.Name("ein")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, true, 50, 1), Check: acctest.DeleteOutside(address, ecminstance.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: config(name, true, 50, 1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
			},
		},
	})
}

func TestAccECMInstance_badPasswordIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      strings.Replace(config(acctest.Name("ein"), true, 50, 1), password, "short", 1),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Invalid instance password.*8\s+to\s+30\s+characters\s+at\s+creation`),
			},
		},
	})
}

// A launch that fails is an error naming the instance, which stays tainted; the next apply
// replaces it. Sequential: it injects a fault.
func TestAccECMInstance_launchFailedIsTaintedAndReplaced(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("ein")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{
				PreConfig:   func() { sb.AddFault(sandbox.Fault{Action: "RunInstances", TaskResult: "FAILED", Count: 1}) },
				Config:      config(name, true, 50, 1),
				ExpectError: regexp.MustCompile(`(?s)ein-[a-z0-9]+\s+failed\s+to\s+launch\s+\(LAUNCH_FAILED\)`),
			},
			{
				Config: config(name, true, 50, 1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_state"), knownvalue.StringExact("RUNNING")),
				},
			},
		},
	})
}

func TestAccECMInstancesDataSource_basic(t *testing.T) {
	name := acctest.Name("eins")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(name, true, 50, 1) + `
data "edgecloud_ecm_instances" "by_module" {
  module_id = edgecloud_ecm_instance.test.module_id
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_instances.by_module", "instances.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_instances.by_module", "instances.0.id", address, "id"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_instances.by_module", "instances.0.private_ip_address", address, "private_ip_address"),
				),
			},
		},
	})
}

// The VNC URL is an ephemeral resource: usable during the run (the test's echo provider receives
// it), never in the provider's own state.
func TestAccECMInstanceVNCURL_ephemeral(t *testing.T) {
	name := acctest.Name("vnc")
	factories := map[string]func() (tfprotov6.ProviderServer, error){"echo": echoprovider.NewProviderServer()}
	for k, v := range acctest.ProtoV6ProviderFactories {
		factories[k] = v
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: factories,
		Steps: []resource.TestStep{
			{
				Config: config(name, true, 50, 1) + `
ephemeral "edgecloud_ecm_instance_vnc_url" "test" {
  instance_id = edgecloud_ecm_instance.test.id
}

provider "echo" {
  data = ephemeral.edgecloud_ecm_instance_vnc_url.test.url
}

resource "echo" "vnc" {}
`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("echo.vnc", tfjsonpath.New("data"), knownvalue.StringRegexp(regexp.MustCompile(`^wss?://[^%]+$`))),
				},
				Check: func(s *terraform.State) error {
					for _, rs := range s.RootModule().Resources {
						if !strings.HasPrefix(rs.Type, "edgecloud_") {
							continue
						}
						for k, v := range rs.Primary.Attributes {
							if strings.Contains(v, "wss:") || strings.Contains(v, "wss%3A") {
								return fmt.Errorf("a VNC URL is in the state: %s.%s", rs.Type, k)
							}
						}
					}
					return nil
				},
			},
		},
	})
}
