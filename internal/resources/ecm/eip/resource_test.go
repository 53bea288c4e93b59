package eip_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const address = "edgecloud_ecm_eip.test"

func findEIP(ctx context.Context, region, id string) error {
	_, err := acctest.ECM().FindAddressByID(ctx, region, id)
	return err
}

// releaseEIP releases an EIP the way the console would and waits for the task.
func releaseEIP(ctx context.Context, region, id string) error {
	c := acctest.ECM()
	out, err := c.ReleaseAddresses(ctx, ecm.ReleaseAddressesRequest{EcmRegion: region, AddressIds: []string{id}})
	if err != nil {
		return err
	}
	return c.WaitTask(ctx, wait.Options{}, region, out.TaskId, "ReleaseAddresses")
}

func config(name string, bandwidth int, extra string) string {
	nameAttr := "null"
	if name != "" {
		nameAttr = fmt.Sprintf("%q", name)
	}
	return fmt.Sprintf(`
resource "edgecloud_ecm_eip" "test" {
  address_name               = %s
  internet_service_provider  = "CTCC"
  internet_max_bandwidth_out = %d
  %s
}
`, nameAttr, bandwidth, extra)
}

func TestAccEIP_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy("edgecloud_ecm_eip", findEIP),
		Steps: []resource.TestStep{
			{
				Config: config("tf-acc-eip", 10, `tags = { team = "edge" }`),
				Check:  acctest.CheckExists(address, findEIP),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^eip-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.StringExact("tf-acc-eip")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_ip"), knownvalue.StringRegexp(regexp.MustCompile(`^\d+\.\d+\.\d+\.\d+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_status"), knownvalue.StringExact("UNBIND")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_service_provider"), knownvalue.StringExact("CTCC")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(10)),
				},
			},
			{
				ResourceName:            address,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts", "tags"}, // DescribeAddresses does not return tags
			},
		},
	})
}

func TestAccEIP_update(t *testing.T) {
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy("edgecloud_ecm_eip", findEIP),
		Steps: []resource.TestStep{
			{Config: config("before", 5, ""), Check: acctest.CaptureID(address, &id)},
			{
				// Name (sync) and bandwidth (a task) change in place.
				Config: config("after", 50, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.StringExact("after")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("internet_max_bandwidth_out"), knownvalue.Int64Exact(50)),
				},
			},
			{
				// Removing the name clears it in place.
				Config: config("", 50, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: acctest.CheckSameID(address, &id),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("address_name"), knownvalue.Null()),
				},
			},
		},
	})
}

func TestAccEIP_disappears(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy("edgecloud_ecm_eip", findEIP),
		Steps: []resource.TestStep{
			{
				Config:             config("gone", 1, ""),
				Check:              acctest.DeleteOutside(address, releaseEIP),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config("gone", 1, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, findEIP),
			},
		},
	})
}

func TestAccEIPs_dataSource(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config("listed", 3, "") + `
data "edgecloud_ecm_eips" "by_id" {
  ids = [edgecloud_ecm_eip.test.id]
}
data "edgecloud_ecm_eips" "by_ip" {
  address_ip = edgecloud_ecm_eip.test.address_ip
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_eips.by_id", "addresses.#", "1"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_eips.by_id", "addresses.0.address_name", "listed"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_eips.by_id", "addresses.0.bandwidth", "3"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_eips.by_ip", "addresses.0.id", address, "id"),
				),
			},
		},
	})
}

func TestAccEIP_invalidInputIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
resource "edgecloud_ecm_eip" "test" {
  internet_service_provider  = "BGP"
  internet_max_bandwidth_out = 6000
  address_name               = "a-name-much-longer-than-twenty-characters"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)internet_service_provider.*value\s+must\s+be\s+one\s+of`),
			},
			{
				Config: `
resource "edgecloud_ecm_eip" "test" {
  internet_max_bandwidth_out = 6000
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)internet_max_bandwidth_out\s+value\s+must\s+be\s+between\s+1\s+and\s+5000,\s+got:\s+6000`),
			},
			{
				Config: `
resource "edgecloud_ecm_eip" "test" {
  ecm_region = "hangzhou"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)ecm_region.*must\s+be\s+an\s+ECM\s+region\s+such\s+as\s+ap-hangzhou-ecm`),
			},
		},
	})
}
