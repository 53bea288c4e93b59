package clblistener_test

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
	ecmclblistener "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clblistener"
)

const address = "edgecloud_ecm_clb_listener.test"

func configListener(name string, octet int, body string) string {
	return configLB(name, octet) + fmt.Sprintf(`
resource "edgecloud_ecm_clb_listener" "test" {
  load_balancer_id = edgecloud_ecm_clb.test.id
%s
}
`, body)
}

func TestAccECMCLBListener_basic(t *testing.T) {
	name := acctest.Name("lbl")
	cfg := configListener(name, 235, `
  listener_name = "web"
  protocol      = "TCP"
  port          = 80
`) + `
resource "edgecloud_ecm_clb_listener" "range" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  protocol         = "UDP"
  port             = 20000
  end_port         = 20100
  session_type     = "QUIC_CID"
}
`
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckExists(address, ecmclblistener.FindByState),
					acctest.CheckExists("edgecloud_ecm_clb_listener.range", ecmclblistener.FindByState),
					resource.TestCheckResourceAttrPair(address, "load_balancer_id", "edgecloud_ecm_clb.test", "id"),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^lb-[a-z0-9]+/lbl-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("listener_id"), knownvalue.StringRegexp(regexp.MustCompile(`^lbl-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("scheduler"), knownvalue.StringExact("WRR")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("session_expire_time"), knownvalue.Int64Exact(0)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("session_type"), knownvalue.StringExact("NORMAL")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("end_port"), knownvalue.Null()),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("create_time"), knownvalue.NotNull()),
					statecheck.ExpectKnownValue("edgecloud_ecm_clb_listener.range", tfjsonpath.New("end_port"), knownvalue.Int64Exact(20100)),
					statecheck.ExpectKnownValue("edgecloud_ecm_clb_listener.range", tfjsonpath.New("session_type"), knownvalue.StringExact("QUIC_CID")),
				},
			},
			{Config: cfg, PlanOnly: true},
			{ResourceName: address, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{ResourceName: "edgecloud_ecm_clb_listener.range", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				Config: cfg + `
data "edgecloud_ecm_clb_listeners" "all" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  depends_on       = [edgecloud_ecm_clb_listener.test, edgecloud_ecm_clb_listener.range]
}

data "edgecloud_ecm_clb_listeners" "udp" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  protocol         = "UDP"
  depends_on       = [edgecloud_ecm_clb_listener.test, edgecloud_ecm_clb_listener.range]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_clb_listeners.all", "listeners.#", "2"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_clb_listeners.udp", "listeners.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_clb_listeners.udp", "listeners.0.listener_id", "edgecloud_ecm_clb_listener.range", "listener_id"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_clb_listeners.udp", "listeners.0.end_port", "20100"),
				),
			},
		},
	})
}

func TestAccECMCLBListener_update(t *testing.T) {
	name := acctest.Name("lbl")
	var id string
	before := configListener(name, 236, `
  listener_name = "before"
  protocol      = "TCP"
  port          = 8080
`)
	after := configListener(name, 236, `
  listener_name       = "after"
  protocol            = "TCP"
  port                = 8080
  scheduler           = "LEAST_CONN"
  session_expire_time = 300
  health_check = {
    enabled       = true
    timeout       = 3
    interval_time = 10
    health_num    = 4
    unhealthy_num = 5
  }
`)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		Steps: []resource.TestStep{
			{Config: before, Check: acctest.CaptureID(address, &id)},
			{
				// Name, scheduler, session persistence and health check change in place (ModifyListener).
				Config: after,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id),
					resource.TestCheckResourceAttr(address, "listener_name", "after"),
					resource.TestCheckResourceAttr(address, "scheduler", "LEAST_CONN"),
					resource.TestCheckResourceAttr(address, "session_expire_time", "300"),
					resource.TestCheckResourceAttr(address, "health_check.timeout", "3"),
					resource.TestCheckResourceAttr(address, "health_check.interval_time", "10"),
					resource.TestCheckResourceAttr(address, "health_check.health_num", "4"),
					resource.TestCheckResourceAttr(address, "health_check.unhealthy_num", "5"),
				),
			},
			{Config: after, PlanOnly: true},
			{
				// Leaving the name out clears it; the other settings stay as the cloud has them.
				Config: configListener(name, 236, `
  protocol            = "TCP"
  port                = 8080
  scheduler           = "LEAST_CONN"
  session_expire_time = 300
`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(address, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(address, tfjsonpath.New("health_check").AtMapKey("interval_time"), knownvalue.Int64Exact(10)),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.CheckSameID(address, &id),
					resource.TestCheckNoResourceAttr(address, "listener_name"),
					resource.TestCheckResourceAttr(address, "health_check.interval_time", "10"),
				),
			},
			{
				// Another port is another listener.
				Config: configListener(name, 236, `
  listener_name = "after"
  protocol      = "TCP"
  port          = 8081
`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: resource.TestCheckResourceAttr(address, "port", "8081"),
			},
		},
	})
}

func TestAccECMCLBListener_disappears(t *testing.T) {
	name := acctest.Name("lbl")
	cfg := configListener(name, 237, `
  protocol = "UDP"
  port     = 53
`)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		Steps: []resource.TestStep{
			{Config: cfg, Check: acctest.DeleteOutside(address, ecmclblistener.DeleteByState), ExpectNonEmptyPlan: true},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionCreate)},
				},
				Check: acctest.CheckExists(address, ecmclblistener.FindByState),
			},
		},
	})
}

// A second listener on a port the first uses (same protocol) is refused before CreateListener,
// naming the listener that has it; the same port with the other protocol is fine.
func TestAccECMCLBListener_portConflict(t *testing.T) {
	name := acctest.Name("lbl")
	first := configListener(name, 238, `
  listener_name = "first"
  protocol      = "TCP"
  port          = 443
`)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmclblistener.ResourceType, ecmclblistener.FindByState),
		Steps: []resource.TestStep{
			{Config: first},
			{
				Config: first + `
resource "edgecloud_ecm_clb_listener" "udp" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  protocol         = "UDP"
  port             = 443
}
`,
				Check: acctest.CheckExists("edgecloud_ecm_clb_listener.udp", ecmclblistener.FindByState),
			},
			{
				Config: first + `
resource "edgecloud_ecm_clb_listener" "second" {
  load_balancer_id = edgecloud_ecm_clb.test.id
  protocol         = "TCP"
  port             = 440
  end_port         = 450
}
`,
				ExpectError: regexp.MustCompile(`(?s)Port already in use.*TCP\s+port\s+440-450\s+of\s+load\s+balancer\s+lb-[a-z0-9]+\s+is\s+already\s+used\s+by\s+listener\s+lbl-[a-z0-9]+\s+"first"\s+\(443\)`),
			},
		},
	})
}

func TestAccECMCLBListener_validation(t *testing.T) {
	base := `
resource "edgecloud_ecm_clb_listener" "test" {
  load_balancer_id = "lb-abc12345"
%s
}
`
	step := func(body, want string) resource.TestStep {
		return resource.TestStep{Config: fmt.Sprintf(base, body), PlanOnly: true, ExpectError: regexp.MustCompile(want)}
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			step("protocol = \"HTTP\"\nport = 80", `(?s)protocol.*value must be one of`),
			step("protocol = \"TCP\"\nport = 70000", `(?s)port.*between 1 and 65535`),
			step("protocol = \"TCP\"\nport = 80\nend_port = 80", `(?s)end_port.*must be greater than port`),
			step("protocol = \"TCP\"\nport = 80\nsession_type = \"QUIC_CID\"", `(?s)session_type.*only valid with protocol UDP`),
			step("protocol = \"TCP\"\nport = 80\nsession_expire_time = 10", `(?s)session_expire_time.*0 \(off\) or 30 to 3600`),
			step("protocol = \"TCP\"\nport = 80\nscheduler = \"RR\"", `(?s)scheduler.*value must be one of`),
			step("protocol = \"TCP\"\nport = 80\nhealth_check = { timeout = 10, interval_time = 5 }", `(?s)Invalid health check timeout.*timeout \(10\) must be less than interval_time \(5\)`),
			step("protocol = \"TCP\"\nport = 80\nhealth_check = { check_type = \"CUSTOM\" }", `(?s)CUSTOM checks need a UDP listener.*check_type CUSTOM is only valid with protocol UDP`),
			{
				// A load balancer that does not exist: the API's code and RequestId, from the port check.
				Config:      fmt.Sprintf(base, "protocol = \"TCP\"\nport = 80"),
				ExpectError: regexp.MustCompile(`(?s)Listing the listeners of lb-abc12345.*InvalidParameter\.LBIdNotFound.*RequestId`),
			},
			{
				Config: `
resource "edgecloud_ecm_clb_listener" "test" {
  load_balancer_id = "lbx-abc12345"
  protocol         = "TCP"
  port             = 80
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)load_balancer_id`),
			},
		},
	})
}
