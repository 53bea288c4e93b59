package securitygrouppolicies

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// ruleValidator checks what the document says about a rule's fields together (catalog §2.13a): a
// port only with TCP or UDP, and exactly one peer (cidr_block or security_group_id).
type ruleValidator struct{}

func (ruleValidator) Description(context.Context) string {
	return "each rule has exactly one of cidr_block and security_group_id, and a port only with TCP or UDP"
}

func (v ruleValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (ruleValidator) ValidateResource(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m resourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	for dir, rules := range map[string][]ruleModel{"ingress": m.Ingress, "egress": m.Egress} {
		for i, r := range rules {
			at := path.Root(dir).AtListIndex(i)
			if r.CidrBlock.IsUnknown() || r.SecurityGroupID.IsUnknown() || r.Protocol.IsUnknown() || r.Port.IsUnknown() {
				continue
			}
			if r.CidrBlock.IsNull() == r.SecurityGroupID.IsNull() {
				resp.Diagnostics.AddAttributeError(at, "Invalid security group rule",
					fmt.Sprintf("%s rule %d must set exactly one of cidr_block and security_group_id.", dir, i))
			}
			proto := strings.ToUpper(r.Protocol.ValueString())
			if !r.Port.IsNull() && !strings.EqualFold(r.Port.ValueString(), "all") && proto != "TCP" && proto != "UDP" {
				resp.Diagnostics.AddAttributeError(at.AtName("port"), "Invalid security group rule",
					fmt.Sprintf("%s rule %d: a port applies only to TCP or UDP, not %s; remove port or set it to \"all\".", dir, i, proto))
			}
		}
	}
}
