package instanceeip_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const address = "data.edgecloud_taurusdb_instance_eip.test"

func config(instanceID, extra string) string {
	return fmt.Sprintf(`
data "edgecloud_taurusdb_instance_eip" "test" {
  instance_id = %q
  %s
}
`, instanceID, extra)
}

// bind binds eip to the instance with the client and waits for the job: the data source is tested
// independently of the association resource.
func bind(t *testing.T, instanceID string, eip acctest.TaurusDBEIP) {
	t.Helper()
	ctx, c := context.Background(), acctest.Conn().TaurusDB
	job, err := c.BindEip(ctx, taurusdb.Scope{}, instanceID, taurusdb.BindEipRequest{PublicIP: eip.PublicIPAddress, PublicIPID: eip.ID})
	if err == nil {
		err = c.WaitJob(ctx, wait.Options{}, taurusdb.Scope{}, job, taurusdb.OpBindEip)
	}
	if err != nil {
		t.Fatalf("binding %s to %s: %v", eip.ID, instanceID, err)
	}
}

func TestAccTaurusDBInstanceEIPDataSource_bound(t *testing.T) {
	ins, eips := acctest.TaurusDBFixture(t, 1)
	eip := eips[0]
	bind(t, ins.ID, eip)
	str := func(name, want string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue(address, tfjsonpath.New(name), knownvalue.StringExact(want))
	}
	notEmpty := func(name string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue(address, tfjsonpath.New(name), knownvalue.StringRegexp(regexp.MustCompile(`.`)))
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(ins.ID, ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("bound"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("can_enable_public_access"), knownvalue.Bool(true)),
					str("eip_id", eip.ID), str("public_ip_address", eip.PublicIPAddress), str("type", eip.Type),
					str("status", "ACTIVE"), str("bandwidth_id", eip.BandwidthID), str("bandwidth_name", eip.BandwidthName),
					str("bandwidth_share_type", eip.BandwidthShareType),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("bandwidth_size"), knownvalue.Int64Exact(int64(eip.BandwidthSize))),
					notEmpty("port_id"), notEmpty("private_ip_address"), notEmpty("tenant_id"),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("create_time"),
						knownvalue.StringRegexp(regexp.MustCompile(`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("profile"), knownvalue.MapExact(map[string]knownvalue.Check{})),
					str("region", acctest.HuaweiRegion()), str("project_id", acctest.HuaweiProjectID()),
				},
			},
			{
				// The region and project may be named; the answer is the same.
				Config:            config(ins.ID, fmt.Sprintf("region = %q\n  project_id = %q", acctest.HuaweiRegion(), acctest.HuaweiProjectID())),
				ConfigStateChecks: []statecheck.StateCheck{str("eip_id", eip.ID)},
			},
		},
	})
}

// No EIP bound: bound is false and every EIP attribute null.
func TestAccTaurusDBInstanceEIPDataSource_noEIP(t *testing.T) {
	ins, _ := acctest.TaurusDBFixture(t, 0)
	null := func(name string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue(address, tfjsonpath.New(name), knownvalue.Null())
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(ins.ID, ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("bound"), knownvalue.Bool(false)),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("can_enable_public_access"), knownvalue.Bool(true)),
					null("eip_id"), null("public_ip_address"), null("status"), null("type"), null("port_id"), null("private_ip_address"),
					null("tenant_id"), null("create_time"), null("bandwidth_id"), null("bandwidth_name"), null("bandwidth_size"),
					null("bandwidth_share_type"), null("profile"),
				},
			},
		},
	})
}

// An instance that does not exist is an error carrying the API's code and request ID.
func TestAccTaurusDBInstanceEIPDataSource_unknownInstance(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      config("00000000000000000000000000000000in07", ""),
				ExpectError: regexp.MustCompile(`(?s)Reading the EIP of TaurusDB instance 00000000000000000000000000000000in07.*Code: DBS\.280238.*X-Request-Id: \S+`),
			},
		},
	})
}

func TestAccTaurusDBInstanceEIPDataSource_planTimeValidation(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: config("12a49c2dc32648df8dd25e2976f70180", ""), PlanOnly: true, ExpectError: regexp.MustCompile(`(?s)instance_id.*must\s+be\s+a\s+TaurusDB\s+instance\s+ID`)},
			{Config: config("12a49c2dc32648df8dd25e2976f70180IN07", ""), PlanOnly: true, ExpectError: regexp.MustCompile(`(?s)instance_id.*must\s+be\s+a\s+TaurusDB\s+instance\s+ID`)},
			{Config: config("12a49c2dc32648df8dd25e2976f70180in07", `project_id = "short"`), PlanOnly: true, ExpectError: regexp.MustCompile(`(?s)project_id.*32\s+letters\s+and\s+digits`)},
		},
	})
}
