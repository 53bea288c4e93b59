package eipassociation_test

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
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	taurusdbeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/taurusdb/eipassociation"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const address = "edgecloud_taurusdb_eip_association.test"

func config(instanceID string, eip acctest.TaurusDBEIP, extra string) string {
	return fmt.Sprintf(`
resource "edgecloud_taurusdb_eip_association" "test" {
  instance_id  = %q
  public_ip    = %q
  public_ip_id = %q
  %s
}
`, instanceID, eip.PublicIPAddress, eip.ID, extra)
}

var checkDestroy = acctest.CheckDestroy(taurusdbeipassociation.ResourceType, taurusdbeipassociation.FindByState)

// eipOf reads the EIP the instance shows, directly.
func eipOf(t *testing.T, instanceID string) *taurusdb.InstanceEip {
	t.Helper()
	e, err := acctest.Conn().TaurusDB.FindInstanceEip(context.Background(), taurusdb.Scope{}, instanceID)
	if err != nil {
		t.Fatalf("reading the EIP of %s: %v", instanceID, err)
	}
	return e
}

func TestAccTaurusDBEIPAssociation_basic(t *testing.T) {
	ins, eips := acctest.TaurusDBFixture(t, 1)
	eip := eips[0]
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy: resource.ComposeTestCheckFunc(checkDestroy, func(*terraform.State) error {
			// Destroy unbound the EIP: the instance shows none.
			if e := eipOf(t, ins.ID); e.Bound() {
				return fmt.Errorf("after destroy the instance still shows EIP %s (%s)", e.ID, e.Status)
			}
			return nil
		}),
		Steps: []resource.TestStep{
			{
				Config: config(ins.ID, eip, ""),
				Check: resource.ComposeTestCheckFunc(acctest.CheckExists(address, taurusdbeipassociation.FindByState), func(*terraform.State) error {
					if e := eipOf(t, ins.ID); e.ID != eip.ID || e.Status != taurusdb.EipStatusActive {
						return fmt.Errorf("the instance shows EIP %q in status %s, want %s ACTIVE", e.ID, e.Status, eip.ID)
					}
					return nil
				}),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringExact(ins.ID)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("public_ip"), knownvalue.StringExact(eip.PublicIPAddress)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("public_ip_id"), knownvalue.StringExact(eip.ID)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("region"), knownvalue.StringExact(acctest.HuaweiRegion())),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("project_id"), knownvalue.StringExact(acctest.HuaweiProjectID())),
				},
			},
			{
				// Import by instance ID: the EIP is read back from ShowInstanceEip.
				ResourceName:            address,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts"},
			},
			{
				// ... and by "<region>/<instance_id>".
				ResourceName:            address,
				ImportState:             true,
				ImportStateId:           acctest.HuaweiRegion() + "/" + ins.ID,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"timeouts"},
			},
			{
				// Unchanged configuration: nothing to do (region and project planned from the provider).
				Config: config(ins.ID, eip, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
		},
	})
}

// A binding undone outside Terraform is dropped at refresh and bound again by the next apply.
func TestAccTaurusDBEIPAssociation_disappears(t *testing.T) {
	ins, eips := acctest.TaurusDBFixture(t, 1)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy,
		Steps: []resource.TestStep{
			{
				Config:             config(ins.ID, eips[0], ""),
				Check:              acctest.DeleteOutside(address, taurusdbeipassociation.DeleteByState),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(ins.ID, eips[0], ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, taurusdbeipassociation.FindByState),
			},
		},
	})
}

// The instance deleted outside Terraform: refresh drops the binding, and binding again reports the
// API's "instance does not exist"; destroy has nothing to do.
func TestAccTaurusDBEIPAssociation_instanceDeleted(t *testing.T) {
	ins, eips := acctest.TaurusDBFixture(t, 1)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy,
		Steps: []resource.TestStep{
			{
				Config: config(ins.ID, eips[0], ""),
				Check: func(*terraform.State) error {
					acctest.TaurusDBDeleteInstance(t, ins.ID)
					return nil
				},
				ExpectNonEmptyPlan: true,
			},
			{
				Config: config(ins.ID, eips[0], ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				ExpectError: regexp.MustCompile(`(?s)Binding EIP \S+ to TaurusDB instance ` + ins.ID + `.*Code: DBS\.280238.*X-Request-Id: \S+`),
			},
		},
	})
}

// Another EIP bound outside Terraform: refresh drops this binding, binding again is refused by the
// API, and destroy never unbinds the other EIP.
func TestAccTaurusDBEIPAssociation_anotherEIPBoundOutside(t *testing.T) {
	ins, eips := acctest.TaurusDBFixture(t, 2)
	ctx := context.Background()
	c := acctest.Conn().TaurusDB
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy: func(*terraform.State) error {
			if e := eipOf(t, ins.ID); e.ID != eips[1].ID {
				return fmt.Errorf("destroy touched the other EIP: the instance shows %q, want %s still bound", e.ID, eips[1].ID)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: config(ins.ID, eips[0], ""),
				Check: resource.ComposeTestCheckFunc(
					acctest.DeleteOutside(address, taurusdbeipassociation.DeleteByState),
					func(*terraform.State) error {
						job, err := c.BindEip(ctx, taurusdb.Scope{}, ins.ID, taurusdb.BindEipRequest{PublicIP: eips[1].PublicIPAddress, PublicIPID: eips[1].ID})
						if err != nil {
							return err
						}
						return c.WaitJob(ctx, wait.Options{}, taurusdb.Scope{}, job, taurusdb.OpBindEip)
					}),
				ExpectNonEmptyPlan: true,
			},
			{
				Config:      config(ins.ID, eips[0], ""),
				ExpectError: regexp.MustCompile(`(?s)Binding EIP .*DBS\.200004`),
			},
		},
	})
}

func TestAccTaurusDBEIPAssociation_planTimeValidation(t *testing.T) {
	good := acctest.TaurusDBEIP{PublicIPAddress: "10.83.35.151", ID: "45a0ed37-cfa7-4403-8aeb-d720b4e831cf"}
	const instance = "12a49c2dc32648df8dd25e2976f70180in07"
	step := func(instanceID string, eip acctest.TaurusDBEIP, extra, want string) resource.TestStep {
		return resource.TestStep{Config: config(instanceID, eip, extra), PlanOnly: true, ExpectError: regexp.MustCompile(want)}
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			step("12A49C2DC32648DF8DD25E2976F70180in07", good, "", `(?s)instance_id.*must\s+be\s+a\s+TaurusDB\s+instance\s+ID`),
			step("12a49c2dc32648df8dd25e2976f70180", good, "", `(?s)instance_id.*must\s+be\s+a\s+TaurusDB\s+instance\s+ID`),
			step("12a49c2dc32648df8dd25e2976f70180in08", good, "", `(?s)instance_id.*must\s+be\s+a\s+TaurusDB\s+instance\s+ID`),
			step("12a49c2dc32648df8dd25e2976f701in07", good, "", `(?s)instance_id.*must\s+be\s+a\s+TaurusDB\s+instance\s+ID`),
			step(instance, acctest.TaurusDBEIP{PublicIPAddress: "10.83.35", ID: good.ID}, "", `(?s)public_ip.*not\s+an\s+IP\s+address`),
			step(instance, acctest.TaurusDBEIP{PublicIPAddress: good.PublicIPAddress, ID: "eip-11112222"}, "", `(?s)public_ip_id.*must\s+be\s+an\s+EIP\s+ID`),
			step(instance, good, `project_id = "0483b6b1-6e95"`, `(?s)project_id.*32\s+letters\s+and\s+digits`),
			step(instance, good, `region = "cn_north_4"`, `(?s)region.*must\s+be\s+a\s+region`),
		},
	})
}
