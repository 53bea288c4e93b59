package instance_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// absentFromStateJSON fails when secret appears anywhere in the state as `terraform show -json`
// prints it (every resource, every attribute, sensitive or not).
type absentFromStateJSON struct{ secret string }

func (c absentFromStateJSON) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	b, err := json.Marshal(req.State)
	if err != nil {
		resp.Error = err
		return
	}
	if strings.Contains(string(b), c.secret) {
		resp.Error = fmt.Errorf("the secret is in the state JSON")
	}
}

// absentFromPlanJSON fails when secret appears in the plan JSON's values: planned values, resource
// changes, prior state, variables and outputs. Its "configuration" part is left out: it echoes the
// literals of the configuration's source text, and this test writes the password as a literal (a
// real configuration passes it in an ephemeral variable, as the example does, which appears nowhere).
type absentFromPlanJSON struct{ secret string }

func (c absentFromPlanJSON) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	plan := *req.Plan
	plan.Config = nil
	b, err := json.Marshal(plan)
	if err != nil {
		resp.Error = err
		return
	}
	if strings.Contains(string(b), c.secret) {
		resp.Error = fmt.Errorf("the secret is in the plan JSON")
	}
}
