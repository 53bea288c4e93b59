package publicnetworkinstance_test

// Zones of this package's tests (EdgeZone allows one public network instance per zone, and the
// parallel tests of one binary share one sandbox account):
//
//	ez-1 _basic                 ez-5 _bgpHasCidrs
//	ez-2 _update                ez-6 _deleteInUseIsExplained
//	ez-3 _disappears            ez-7 _routeModeCasing
//	ez-4 _oneInstancePerZone    ez-8 DataSource_basic
//
// The sequential _lostCreateAnswerIsAdopted uses ez-1 too: it ends (instance destroyed) before the
// parallel tests start.

import (
	"context"
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
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	edgezonepublicnetworkinstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicnetworkinstance"
)

const address = "edgecloud_edgezone_public_network_instance.test"

func config(name string, zone int, routeMode string, bandwidth int) string {
	return fmt.Sprintf(`
resource "edgecloud_edgezone_public_network_instance" "test" {
  zone_id    = %q
  name       = %q
  line       = "BGP"
  route_mode = %q
  bandwidth  = %d
}
`, acctest.EdgeZoneZone(zone), name, routeMode, bandwidth)
}

func checkDestroy() resource.TestCheckFunc {
	return acctest.CheckDestroy(edgezonepublicnetworkinstance.ResourceType, edgezonepublicnetworkinstance.FindByState)
}

func TestAccEdgeZonePublicNetworkInstance_basic(t *testing.T) {
	name := acctest.Name("epn")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 1, "STATIC", 100),
				Check:  acctest.CheckExists(address, edgezonepublicnetworkinstance.FindByState),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^epn-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("region"), knownvalue.StringExact(acctest.Region())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("zone_id"), knownvalue.StringExact(acctest.EdgeZoneZone(1))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("name"), knownvalue.StringExact(name)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("route_mode"), knownvalue.StringExact("STATIC")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("bandwidth"), knownvalue.Int64Exact(100)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ipv4_cidrs"), knownvalue.ListSizeExact(0)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ipv4_count"), knownvalue.Int64Exact(0)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("server_count"), knownvalue.Int64Exact(0)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("created_at"), knownvalue.NotNull()),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{
				ResourceName: address, ImportState: true, ImportStateVerify: true,
				ImportStateIdFunc: acctest.ImportIDWithTencentRegion(address),
			},
		},
	})
}

// Only the name changes in place (ModifyPublicNetworkInstance renames, nothing else); the bandwidth
// cannot change through the API, so changing it replaces the instance (destroy first: one per zone).
func TestAccEdgeZonePublicNetworkInstance_update(t *testing.T) {
	name := acctest.Name("epn")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{Config: config(name, 2, "STATIC", 100), Check: acctest.CaptureID(address, &id)},
			{
				Config: config(name+"-renamed", 2, "STATIC", 100),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
					// What does not change with a rename stays known in the plan.
					plancheck.ExpectKnownValue(address, tfjsonpath.New("created_at"), knownvalue.NotNull()),
					plancheck.ExpectKnownValue(address, tfjsonpath.New("ipv4_cidrs"), knownvalue.ListSizeExact(0)),
				}},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id),
					checkAPIName(address, name+"-renamed"),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("name"), knownvalue.StringExact(name+"-renamed")),
				},
			},
			{
				Config: config(name+"-renamed", 2, "STATIC", 200),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("bandwidth"), knownvalue.Int64Exact(200)),
				},
			},
		},
	})
}

// checkAPIName reads the instance with the API and compares its name.
func checkAPIName(address, want string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs := s.RootModule().Resources[address]
		i, err := acctest.Conn().EdgeZone.FindPublicNetworkInstanceByID(context.Background(), rs.Primary.Attributes["region"], rs.Primary.ID)
		if err != nil {
			return err
		}
		if i.NetworkInstanceName != want {
			return fmt.Errorf("the API has name %q, want %q", i.NetworkInstanceName, want)
		}
		return nil
	}
}

func TestAccEdgeZonePublicNetworkInstance_disappears(t *testing.T) {
	name := acctest.Name("epn")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config:             config(name, 3, "STATIC", 100),
				Check:              acctest.DeleteOutside(address, edgezonepublicnetworkinstance.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, 3, "STATIC", 100),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate),
				}},
				Check: acctest.CheckExists(address, edgezonepublicnetworkinstance.FindByState),
			},
		},
	})
}

// A second instance in a zone is refused with the documented rule and the existing instance's ID,
// before CreatePublicNetworkInstance is called.
func TestAccEdgeZonePublicNetworkInstance_oneInstancePerZone(t *testing.T) {
	name := acctest.Name("epn")
	first := acctest.ConfigEdgeZoneInstance("first", name, 4, "STATIC")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{Config: first},
			{
				Config: first + `
resource "edgecloud_edgezone_public_network_instance" "second" {
  zone_id    = edgecloud_edgezone_public_network_instance.first.zone_id
  name       = "tf-acc-second"
  line       = "CT"
  route_mode = "BGP"
  bandwidth  = 50
}
`,
				ExpectError: regexp.MustCompile(`(?s)` + acctest.Words("One public network instance per zone") + `.*` +
					acctest.Words("Zone "+acctest.EdgeZoneZone(4)+" already has a public network instance,") + `\s+epn-[a-z0-9]+.*` +
					acctest.Words("EdgeZone allows one public network instance per availability zone") + `.*` + acctest.Words("terraform import")),
			},
		},
	})
}

// A BGP instance gets its CIDR blocks at creation; the route mode is stored upper case.
func TestAccEdgeZonePublicNetworkInstance_bgpHasCidrs(t *testing.T) {
	name := acctest.Name("epn")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 5, "BGP", 100),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("route_mode"), knownvalue.StringExact("BGP")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("ipv4_cidrs"), knownvalue.ListPartial(map[int]knownvalue.Check{
						0: knownvalue.ObjectExact(map[string]knownvalue.Check{
							"cidr":    knownvalue.StringRegexp(regexp.MustCompile(`^\d+\.\d+\.\d+\.\d+/\d+$`)),
							"gateway": knownvalue.StringRegexp(regexp.MustCompile(`^\d+\.\d+\.\d+\.\d+$`)),
						}),
					})),
				},
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
		},
	})
}

// The API refuses to delete an instance that still holds addresses; the diagnostic says what holds
// it and what to do. Once the address is released, the destroy goes through.
func TestAccEdgeZonePublicNetworkInstance_deleteInUseIsExplained(t *testing.T) {
	name := acctest.Name("epn")
	var instanceID, ip string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 6, "STATIC", 100),
				Check: func(s *terraform.State) error {
					// An address applied for outside Terraform.
					instanceID = s.RootModule().Resources[address].Primary.ID
					out, err := acctest.Conn().EdgeZone.ApplyPublicIps(context.Background(), acctest.Region(),
						edgezone.ApplyPublicIpsRequest{NetworkInstanceId: instanceID, Count: 1, Type: "ipv4"})
					if err != nil {
						return err
					}
					ip = out.IpList[0]
					return nil
				},
			},
			{
				Config:  config(name, 6, "STATIC", 100),
				Destroy: true,
				ExpectError: regexp.MustCompile(`(?s)` + acctest.Words("Cannot delete EdgeZone public network instance") + `\s+epn-[a-z0-9]+:\s+` +
					acctest.Words("it is still in use") + `.*` + acctest.Words("still has 0 physical server(s), 1 IPv4 and 0 IPv6 address(es)") +
					`.*edgecloud_edgezone_public_ip.*` + acctest.Words("Code: ResourceInUse.PublicInstanceInUse")),
			},
			{
				PreConfig: func() {
					if err := acctest.Conn().EdgeZone.ReleasePublicIp(context.Background(), acctest.Region(),
						edgezone.ReleasePublicIpRequest{NetworkInstanceId: instanceID, Type: "ipv4", IpList: []string{ip}}); err != nil {
						t.Fatal(err)
					}
				},
				Config:  config(name, 6, "STATIC", 100),
				Destroy: true,
			},
		},
	})
}

// The API takes "static" and answers "STATIC": a configuration in either case plans empty, and the
// state keeps the upper-case spelling once refreshed.
func TestAccEdgeZonePublicNetworkInstance_routeModeCasing(t *testing.T) {
	name := acctest.Name("epn")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 7, "static", 100),
				Check:  acctest.CaptureID(address, &id),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				RefreshState: true,
				Check:        resource.TestCheckResourceAttr(address, "route_mode", "STATIC"),
			},
			{
				// Another spelling of the same mode is no change at all (not a replacement).
				Config: config(name, 7, "Static", 100),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: acctest.CheckSameID(address, &id),
			},
		},
	})
}

func TestAccEdgeZonePublicNetworkInstance_invalidArgumentsArePlanErrors(t *testing.T) {
	for name, tc := range map[string]struct{ routeMode, zone, bandwidth, want string }{
		"route mode": {"DYNAMIC", "ap-guangzhou-ez-1", "100", `(?s)route_mode.*value must be one of`},
		"zone":       {"STATIC", "guangzhou 1", "100", `(?s)zone_id.*must be an EdgeZone zone`},
		"bandwidth":  {"STATIC", "ap-guangzhou-ez-1", "0", `(?s)bandwidth.*at least 1`},
	} {
		t.Run(name, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				PreCheck:                 func() { acctest.PreCheck(t) },
				ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
				Steps: []resource.TestStep{{
					Config: fmt.Sprintf(`
resource "edgecloud_edgezone_public_network_instance" "test" {
  zone_id    = %q
  name       = "bad"
  line       = "BGP"
  route_mode = %q
  bandwidth  = %s
}
`, tc.zone, tc.routeMode, tc.bandwidth),
					PlanOnly:    true,
					ExpectError: regexp.MustCompile(tc.want),
				}},
			})
		})
	}
}

func TestAccEdgeZonePublicNetworkInstance_malformedImportIDIsAnError(t *testing.T) {
	name := acctest.Name("epn")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:        config(name, 1, "STATIC", 100),
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: "ap-guangzhou/vpc-abc12345",
				ExpectError:   regexp.MustCompile(`(?s)Invalid import ID.*"epn-"`),
			},
		},
	})
}
