package tfutil

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// AddError adds err as an error diagnostic with a specific summary ("creating ECM EIP"), and a detail
// that carries what a support ticket needs: the API's code, message and RequestId, the task that
// failed, or how long a wait lasted.
func AddError(diags *diag.Diagnostics, summary string, err error) {
	diags.AddError(capitalize(summary), Detail(err))
}

// Detail renders err for a diagnostic.
func Detail(err error) string {
	var (
		apiErr    *tencent.APIError
		hwErr     *huawei.APIError
		timeout   *wait.TimeoutError
		failed    *wait.TaskFailedError
		cfgErr    *tencent.ConfigError
		hwConfErr *huawei.ConfigError
	)
	switch {
	case errors.As(err, &apiErr):
		return apiErr.Detail()
	case errors.As(err, &hwErr):
		return hwErr.Detail()
	case errors.As(err, &hwConfErr):
		return "Provider configuration: " + hwConfErr.Error()
	case errors.As(err, &failed):
		return fmt.Sprintf("%s. The cloud reported the operation as failed; check the resource in the console and retry.", failed.Error())
	case errors.As(err, &timeout):
		return fmt.Sprintf("%s. The operation may still complete; raise the timeout in the resource's timeouts block if it is expected to be slow.", timeout.Error())
	case errors.As(err, &cfgErr):
		return "Provider configuration: " + cfgErr.Error()
	}
	return err.Error()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// AddRemovedWarning is the diagnostic for a resource that Read found gone.
func AddRemovedWarning(diags *diag.Diagnostics, kind, id string) {
	diags.AddWarning(fmt.Sprintf("%s %s no longer exists", kind, id),
		"It was deleted outside Terraform, so it is removed from the state; the next plan will create it again.")
}

// ReadFound is Read's answer to a finder: an object that is gone (not found,
// or in a state that means it is going) is removed from the state with a
// warning; any other error is reported as "reading <kind> <id>". It says
// whether Read should go on and save what the finder returned.
func ReadFound(ctx context.Context, resp *resource.ReadResponse, kind, id string, gone bool, err error) bool {
	if gone {
		AddRemovedWarning(&resp.Diagnostics, kind, id)
		resp.State.RemoveResource(ctx)
		return false
	}
	if err != nil {
		AddError(&resp.Diagnostics, "reading "+kind+" "+id, err)
		return false
	}
	return true
}
