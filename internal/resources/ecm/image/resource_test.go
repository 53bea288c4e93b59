package image_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmimage "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/image"
)

const address = "edgecloud_ecm_image.test"

// config is a module, one instance (running or not) and an image of it.
func config(name string, running, force bool, imageName, description string) string {
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
  module_id     = edgecloud_ecm_module.test.id
  zone          = %[2]q
  isp           = "CTCC"
  instance_name = %[1]q
  running       = %[3]t
}

resource "edgecloud_ecm_image" "test" {
  instance_id    = edgecloud_ecm_instance.test.id
  image_name     = %[4]q
  description    = %[5]q
  force_poweroff = %[6]t
}
`, name, acctest.Zone(), running, imageName, description, force)
}

// imageName is a unique image name within the 20-character limit.
func imageName() string { return acctest.Name("im")[len("tf-acc-"):] }

func TestAccECMImage_basic(t *testing.T) {
	name, img := acctest.Name("img"), imageName()
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmimage.ResourceType, ecmimage.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, false, false, img, "first"),
				Check:  resource.ComposeTestCheckFunc(acctest.CheckExists(address, ecmimage.FindByState), acctest.CaptureID(address, &id)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^img-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("image_state"), knownvalue.StringExact("NORMAL")),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				Config: config(name, false, false, img+"x", "second"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("image_name"), knownvalue.StringExact(img+"x")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("description"), knownvalue.StringExact("second")),
				},
			},
		},
	})
}

func TestAccECMImage_disappears(t *testing.T) {
	name, img := acctest.Name("img"), imageName()
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmimage.ResourceType, ecmimage.FindByState),
		Steps: []resource.TestStep{
			{Config: config(name, false, false, img, "gone"), Check: acctest.DeleteOutside(address, ecmimage.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: config(name, false, false, img, "gone"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
			},
		},
	})
}

// Imaging a running instance needs force_poweroff: without it the error says what to do.
func TestAccECMImage_runningInstanceNeedsForcePoweroff(t *testing.T) {
	name, img := acctest.Name("img"), imageName()
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmimage.ResourceType, ecmimage.FindByState),
		Steps: []resource.TestStep{
			{
				Config:      config(name, true, false, img, "running"),
				ExpectError: regexp.MustCompile(`(?s)the instance is running.*force_poweroff`),
			},
			{
				Config: config(name, true, true, img, "running"),
				Check:  acctest.CheckExists(address, ecmimage.FindByState),
			},
		},
	})
}

// An image made from one instance launches a second one (without a module: image, type, disk and
// bandwidth given directly).
func TestAccECMImage_launchesASecondInstance(t *testing.T) {
	name, img := acctest.Name("img"), imageName()
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmimage.ResourceType, ecmimage.FindByState),
		Steps: []resource.TestStep{
			{
				Config: config(name, false, false, img, "golden") + fmt.Sprintf(`
resource "edgecloud_ecm_instance" "from_image" {
  image_id                   = edgecloud_ecm_image.test.id
  instance_type              = "SN3ne.LARGE8"
  data_disk_size             = 100
  internet_max_bandwidth_out = 50
  zone                       = %q
  isp                        = "CTCC"
  instance_name              = "%s-2"
}
`, acctest.Zone(), name),
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPair("edgecloud_ecm_instance.from_image", "image_id", address, "id"),
					resource.TestCheckResourceAttr("edgecloud_ecm_instance.from_image", "instance_state", "RUNNING"),
				),
			},
		},
	})
}
