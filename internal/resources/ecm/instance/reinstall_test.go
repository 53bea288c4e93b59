package instance_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecminstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/instance"
)

// keyConfig is an instance logging in with the given key pairs (of two created here) and image.
func keyConfig(name, keys string, image int, reinstall bool) string {
	return fmt.Sprintf(`
data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_key_pair" "a" { key_name = "%[1]s_a" }
resource "edgecloud_ecm_key_pair" "b" { key_name = "%[1]s_b" }

resource "edgecloud_ecm_instance" "test" {
  image_id                     = data.edgecloud_ecm_images.centos.images[%[3]d].id
  reinstall_on_image_change    = %[4]t
  instance_type                = "SN3ne.LARGE8"
  data_disk_size               = 100
  internet_max_bandwidth_out   = 50
  zone                         = %[5]q
  isp                          = "CTCC"
  instance_name                = %[1]q
  key_ids                      = %[2]s
  force_stop_on_password_reset = true
}
`, name, keys, image, reinstall, acctest.Zone())
}

// Removing a key pair is done in place; adding one replaces the instance (no API adds keys); with
// reinstall_on_image_change, a new image reinstalls it in place, and without it replaces it.
func TestAccECMInstance_keysAndReinstall(t *testing.T) {
	name := "tf_acc_" + acctest.Name("k")[len("tf-acc-k-"):]
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecminstance.ResourceType, ecminstance.FindByState),
		Steps: []resource.TestStep{
			{
				Config: keyConfig(name, `[edgecloud_ecm_key_pair.a.id, edgecloud_ecm_key_pair.b.id]`, 0, true),
				Check:  acctest.CaptureID(address, &id),
			},
			{
				Config: keyConfig(name, `[edgecloud_ecm_key_pair.a.id]`, 0, true),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
			},
			{
				Config: keyConfig(name, `[edgecloud_ecm_key_pair.a.id]`, 1, true),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeTestCheckFunc(acctest.CheckSameID(address, &id),
					resource.TestCheckResourceAttrPair(address, "image_id", "data.edgecloud_ecm_images.centos", "images.1.id")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_state"), knownvalue.StringExact("RUNNING")),
				},
			},
			{
				// Without the opt-in, a new image replaces the instance.
				Config: keyConfig(name, `[edgecloud_ecm_key_pair.a.id]`, 0, false),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
			{
				Config: keyConfig(name, `[edgecloud_ecm_key_pair.a.id, edgecloud_ecm_key_pair.b.id]`, 0, false),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
		},
	})
}
