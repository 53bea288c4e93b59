package securitygrouppolicies

import (
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID              types.String `tfsdk:"id"`
	SecurityGroupID types.String `tfsdk:"security_group_id"`
	Ingress         []ruleModel  `tfsdk:"ingress"`
	Egress          []ruleModel  `tfsdk:"egress"`
	Version         types.String `tfsdk:"version"`
}

type ruleModel struct {
	Protocol        tfutil.CaseInsensitiveString `tfsdk:"protocol"`
	Port            tfutil.CaseInsensitiveString `tfsdk:"port"`
	CidrBlock       types.String                 `tfsdk:"cidr_block"`
	SecurityGroupID types.String                 `tfsdk:"security_group_id"`
	Action          tfutil.CaseInsensitiveString `tfsdk:"action"`
	Description     types.String                 `tfsdk:"description"`
}

// policySet is the request's rule set: both directions always (the API replaces both), protocol
// and action upper-case, port "all" lower-case, as the document writes them.
func (m *resourceModel) policySet() ecm.SecurityGroupPolicySet {
	return ecm.SecurityGroupPolicySet{Ingress: rulesToAPI(m.Ingress), Egress: rulesToAPI(m.Egress)}
}

func rulesToAPI(rules []ruleModel) []ecm.SecurityGroupPolicy {
	out := make([]ecm.SecurityGroupPolicy, 0, len(rules)) // never null: an empty direction is sent as []
	for _, r := range rules {
		p := ecm.SecurityGroupPolicy{
			Protocol:          strings.ToUpper(r.Protocol.ValueString()),
			CidrBlock:         r.CidrBlock.ValueString(),
			SecurityGroupId:   r.SecurityGroupID.ValueString(),
			Action:            strings.ToUpper(r.Action.ValueString()),
			PolicyDescription: r.Description.ValueString(),
		}
		if !r.Port.IsNull() {
			p.Port = strings.ToLower(r.Port.ValueString())
		}
		out = append(out, p)
	}
	return out
}

// fromAPI stores the API's rule set. A direction without rules stays as the configuration wrote
// it (unset or empty), so neither shows a difference.
func (m *resourceModel) fromAPI(set *ecm.SecurityGroupPolicySet) {
	m.Ingress = rulesFromAPI(set.Ingress, m.Ingress)
	m.Egress = rulesFromAPI(set.Egress, m.Egress)
	m.Version = types.StringValue(set.Version)
}

func rulesFromAPI(policies []ecm.SecurityGroupPolicy, prior []ruleModel) []ruleModel {
	if len(policies) == 0 {
		if prior != nil {
			return []ruleModel{}
		}
		return nil
	}
	out := make([]ruleModel, len(policies))
	for i, p := range policies {
		// Canonical spellings (what an import stores): protocol and action upper-case, as the
		// document and the examples write them, port lower-case ("all"). Against a prior value the
		// framework keeps the configured spelling when they differ only in case.
		out[i] = ruleModel{
			Protocol:        tfutil.NewCaseInsensitiveString(strings.ToUpper(p.Protocol)),
			Port:            optionalCI(strings.ToLower(p.Port)),
			CidrBlock:       tfutil.OptionalString(p.CidrBlock),
			SecurityGroupID: tfutil.OptionalString(p.SecurityGroupId),
			Action:          tfutil.NewCaseInsensitiveString(strings.ToUpper(p.Action)),
			Description:     tfutil.OptionalString(p.PolicyDescription),
		}
		// A port the configuration left unset reads back as the API's "all": keep it unset.
		if i < len(prior) && prior[i].Port.IsNull() && strings.EqualFold(p.Port, "all") {
			out[i].Port = tfutil.NullCaseInsensitiveString()
		}
	}
	return out
}

func optionalCI(s string) tfutil.CaseInsensitiveString {
	if s == "" {
		return tfutil.NullCaseInsensitiveString()
	}
	return tfutil.NewCaseInsensitiveString(s)
}
