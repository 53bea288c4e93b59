package publicip_test

// Zones of this package's tests (EdgeZone allows one public network instance per zone, and the
// tests of one binary share one sandbox account):
//
//	ez-1 _basic                          ez-5 _boundToServerIsExplainedOnDestroy
//	ez-2 _routeModeAndTypeCasing         ez-6 _lostApplyAnswerLeaksNothing (sequential)
//	ez-3 _disappears                     ez-7 (unused)
//	ez-4 _bgpInstanceFailsEarly (seq.)   ez-8 DataSource_basic

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
	edgezonepublicip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicip"
)

const (
	address   = "edgecloud_edgezone_public_ip.test"
	address6  = "edgecloud_edgezone_public_ip.v6"
	instance  = "edgecloud_edgezone_public_network_instance.test"
	ipPattern = `^epn-[a-z0-9]+/`
)

// config is an instance in zone with one address of typ (as spelled) on it.
func config(name string, zone int, routeMode, typ string) string {
	return acctest.ConfigEdgeZoneInstance("test", name, zone, routeMode) + fmt.Sprintf(`
resource "edgecloud_edgezone_public_ip" "test" {
  network_instance_id = edgecloud_edgezone_public_network_instance.test.id
  type                = %q
}
`, typ)
}

func checkDestroy() resource.TestCheckFunc {
	return acctest.CheckDestroy(edgezonepublicip.ResourceType, edgezonepublicip.FindByState)
}

func TestAccEdgeZonePublicIP_basic(t *testing.T) {
	name := acctest.Name("eip")
	cfg := config(name, 1, "STATIC", "ipv4") + `
resource "edgecloud_edgezone_public_ip" "v6" {
  network_instance_id = edgecloud_edgezone_public_network_instance.test.id
  type                = "ipv6"
}
`
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, edgezonepublicip.FindByState),
					acctest.CheckExists(address6, edgezonepublicip.FindByState),
					resource.TestCheckResourceAttrPair(address, "network_instance_id", instance, "id"),
					checkIDIsInstanceSlashIP(address),
					checkIDIsInstanceSlashIP(address6),
					// The instance counts its addresses (read on the next refresh).
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(ipPattern+`\d+\.\d+\.\d+\.\d+$`))),
					statecheck.ExpectKnownValue(address6, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(ipPattern+`[0-9a-f:]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("type"), knownvalue.StringExact("ipv4")),
					statecheck.ExpectKnownValue(address6, tfjsonpath.New("type"), knownvalue.StringExact("ipv6")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("state"), knownvalue.StringExact("Unbound")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("instance_id"), knownvalue.Null()),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("region"), knownvalue.StringExact(acctest.Region())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("created_at"), knownvalue.NotNull()),
				},
			},
			{
				// The instance now reports one address of each type.
				RefreshState: true,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(instance, "ipv4_count", "1"),
					resource.TestCheckResourceAttr(instance, "ipv6_count", "1"),
				),
			},
			{ResourceName: address, ImportState: true, ImportStateVerify: true},
			{ResourceName: address6, ImportState: true, ImportStateVerify: true},
			{
				ResourceName: address6, ImportState: true, ImportStateVerify: true,
				ImportStateIdFunc: acctest.ImportIDWithTencentRegion(address6),
			},
		},
	})
}

// checkIDIsInstanceSlashIP checks that the ID is "<network_instance_id>/<ip>".
func checkIDIsInstanceSlashIP(address string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		a := s.RootModule().Resources[address].Primary.Attributes
		if want := a["network_instance_id"] + "/" + a["ip"]; a["id"] != want {
			return fmt.Errorf("%s: id %q, want %q", address, a["id"], want)
		}
		return nil
	}
}

// The document spells the route mode "static"/"STATIC" and the IP type "ipv4"/"Ipv4": a
// configuration in another case than the API's answers plans empty, and the state ends up with one
// canonical spelling of each.
func TestAccEdgeZonePublicIP_routeModeAndTypeCasing(t *testing.T) {
	name := acctest.Name("eip")
	var id string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 2, "static", "IPv4"),
				Check:  acctest.CaptureID(address, &id),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				RefreshState: true,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(address, "type", "ipv4"),
					resource.TestCheckResourceAttr(instance, "route_mode", "STATIC"),
				),
			},
			{
				Config: config(name, 2, "Static", "IPV4"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: acctest.CheckSameID(address, &id),
			},
		},
	})
}

func TestAccEdgeZonePublicIP_disappears(t *testing.T) {
	name := acctest.Name("eip")
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config:             config(name, 3, "STATIC", "ipv4"),
				Check:              acctest.DeleteOutside(address, edgezonepublicip.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(name, 3, "STATIC", "ipv4"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate),
				}},
				Check: acctest.CheckExists(address, edgezonepublicip.FindByState),
			},
		},
	})
}

// An address bound to a physical server cannot be released; the diagnostic names the server and
// says to terminate it. Once it is terminated (fixture unbind), the release goes through.
func TestAccEdgeZonePublicIP_boundToServerIsExplainedOnDestroy(t *testing.T) {
	name := acctest.Name("eip")
	const server = "epm-acctest5"
	var instanceID, ip string
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				Config: config(name, 5, "STATIC", "ipv4"),
				Check: func(s *terraform.State) error {
					a := s.RootModule().Resources[address].Primary.Attributes
					instanceID, ip = a["network_instance_id"], a["ip"]
					var out struct {
						Bind []struct{ InstanceId string } `json:"bind"`
					}
					acctest.Fixtures(t, "edgezone", map[string]any{"bind": []map[string]string{{"NetworkInstanceId": instanceID, "Ip": ip, "InstanceId": server}}},
						&out, "a physical server bound to the address")
					if len(out.Bind) != 1 || out.Bind[0].InstanceId != server {
						return fmt.Errorf("bind fixture answered %+v", out)
					}
					return nil
				},
			},
			{
				// Refresh shows the binding.
				RefreshState: true,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(address, "state", "InUse"),
					resource.TestCheckResourceAttr(address, "instance_id", server),
				),
			},
			{
				Config:  config(name, 5, "STATIC", "ipv4"),
				Destroy: true,
				ExpectError: regexp.MustCompile(`(?s)` + acctest.Words("Cannot release EdgeZone public IP") + `\s+\S+\s+` +
					acctest.Words("it is bound to a physical server") + `.*` + acctest.Words("still bound to physical server "+server) +
					`.*` + acctest.Words("terminate "+server) + `.*` + acctest.Words("Code: FailedOperation.IpStillBoundToServer")),
			},
			{
				PreConfig: func() {
					acctest.Fixtures(t, "edgezone", map[string]any{"unbind": []map[string]string{{"NetworkInstanceId": instanceID, "Ip": ip}}},
						nil, "terminating the server")
				},
				Config:  config(name, 5, "STATIC", "ipv4"),
				Destroy: true,
			},
		},
	})
}

func TestAccEdgeZonePublicIP_invalidArgumentsArePlanErrors(t *testing.T) {
	for name, tc := range map[string]struct{ instance, typ, want string }{
		"type":     {`"epn-abc12345"`, "ipv5", `(?s)type.*value must be one of`},
		"instance": {`"vpc-abc12345"`, "ipv4", `(?s)network_instance_id.*must be a public network instance ID`},
	} {
		t.Run(name, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				PreCheck:                 func() { acctest.PreCheck(t) },
				ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
				Steps: []resource.TestStep{{
					Config: fmt.Sprintf(`
resource "edgecloud_edgezone_public_ip" "test" {
  network_instance_id = %s
  type                = %q
}
`, tc.instance, tc.typ),
					PlanOnly:    true,
					ExpectError: regexp.MustCompile(tc.want),
				}},
			})
		})
	}
}

// A known but missing instance is a plan-time error too (no address can be applied for on it).
func TestAccEdgeZonePublicIP_missingInstanceIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
resource "edgecloud_edgezone_public_ip" "test" {
  network_instance_id = "epn-nothere0"
  type                = "ipv4"
}
`,
			PlanOnly: true,
			ExpectError: regexp.MustCompile(`(?s)` + acctest.Words("Public network instance not found") + `.*` +
				acctest.Words("epn-nothere0 does not exist in region "+acctest.Region())),
		}},
	})
}

func TestAccEdgeZonePublicIP_malformedImportIDIsAnError(t *testing.T) {
	for _, id := range []string{"epn-abc12345:203.0.113.7", "epn-abc12345/not-an-ip", "ap-guangzhou/epn-abc12345"} {
		t.Run(id, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				PreCheck:                 func() { acctest.PreCheck(t) },
				ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
				Steps: []resource.TestStep{{
					Config: `
resource "edgecloud_edgezone_public_ip" "test" {
  network_instance_id = "epn-abc12345"
  type                = "ipv4"
}
`,
					ResourceName:  address,
					ImportState:   true,
					ImportStateId: id,
					ExpectError:   regexp.MustCompile(`(?s)Invalid import ID.*` + acctest.Words(`"<network_instance_id>/<ip>"`)),
				}},
			})
		})
	}
}

// exactlyOneAddress checks, with the API, that the instance holds exactly the state's address.
func exactlyOneAddress(s *terraform.State) error {
	a := s.RootModule().Resources[address].Primary.Attributes
	ips, err := acctest.Conn().EdgeZone.ListInstancePublicIPs(context.Background(), a["region"], a["network_instance_id"], "")
	if err != nil {
		return err
	}
	if len(ips) != 1 || ips[0].Ip != a["ip"] {
		return fmt.Errorf("instance %s holds %d addresses (%+v); want exactly the state's %s", a["network_instance_id"], len(ips), ips, a["ip"])
	}
	return nil
}
