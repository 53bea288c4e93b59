package publicip_test

// Fault and call-count tests run sequentially (resource.Test, not ParallelTest): Go starts the
// parallel tests of a package only after its sequential ones, so neither an injected fault nor
// another test's calls can disturb them.

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

const applyCalls = "edgezone.ApplyPublicIps"

// A public IP on a BGP instance is refused by the provider with its own explanation, never by
// calling ApplyPublicIps: before the call when the instance is created in the same apply (its ID
// unknown at plan time), at plan time once its ID is known.
func TestAccEdgeZonePublicIP_bgpInstanceFailsEarly(t *testing.T) {
	sb := acctest.Sandbox(t)
	name := acctest.Name("eip")
	before := sb.CallCounts()[applyCalls]
	explained := `(?s)` + acctest.Words("Public IPs need a STATIC public network instance") + `.*` + acctest.Words("has route mode BGP") +
		`.*` + acctest.Words("Only STATIC instances hand out single public IPs")
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{
				// Instance and address in one apply: checked before the call.
				Config:      config(name, 4, "BGP", "ipv4"),
				ExpectError: regexp.MustCompile(explained),
			},
			{
				// The instance exists now: the plan itself refuses.
				Config:      config(name, 4, "BGP", "ipv4"),
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(explained),
			},
			{
				Config: acctest.ConfigEdgeZoneInstance("test", name, 4, "BGP"),
				Check: func(*terraform.State) error {
					if n := sb.CallCounts()[applyCalls] - before; n != 0 {
						return fmt.Errorf("ApplyPublicIps was called %d times; the provider must refuse before calling it", n)
					}
					return nil
				},
			},
		},
	})
}

// ApplyPublicIps has no ClientToken. The sandbox applies for the address and then drops the answer;
// the provider must not send the call again (it would apply for a second address nobody owns), but
// find the one new address by listing and adopt it: exactly one address, the state's, and nothing leaked.
func TestAccEdgeZonePublicIP_lostApplyAnswerLeaksNothing(t *testing.T) {
	sb := acctest.Sandbox(t)
	t.Cleanup(sb.ClearFaults)
	name := acctest.Name("eip")
	var before int
	resource.Test(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             checkDestroy(),
		Steps: []resource.TestStep{
			{Config: acctest.ConfigEdgeZoneInstance("test", name, 6, "STATIC")},
			{
				PreConfig: func() {
					before = sb.CallCounts()[applyCalls]
					sb.AddFault(sandbox.Fault{Service: "edgezone", Action: "ApplyPublicIps", DropResponse: true, Count: 1})
				},
				Config: config(name, 6, "STATIC", "ipv4"),
				Check: resource.ComposeAggregateTestCheckFunc(
					func(*terraform.State) error {
						if n := sb.CallCounts()[applyCalls] - before; n != 1 {
							return fmt.Errorf("ApplyPublicIps was called %d times; a call without ClientToken must be sent once", n)
						}
						if faults := sb.Faults(); len(faults) != 0 {
							return fmt.Errorf("the drop_response fault did not fire: %+v", faults)
						}
						return nil
					},
					checkIDIsInstanceSlashIP(address),
					exactlyOneAddress,
				),
			},
		},
	})
}
