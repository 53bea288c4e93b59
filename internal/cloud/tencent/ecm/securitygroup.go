package ecm

import (
	"context"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// Security groups are global: no action of theirs takes EcmRegion (catalog §2.13a). Their reader
// keys them under the region "".

// SecurityGroup is a security group as CreateSecurityGroup and DescribeSecurityGroups return it
// (catalog §3.9). Inputs say GroupName/GroupDescription, outputs SecurityGroupName/SecurityGroupDesc.
type SecurityGroup struct {
	SecurityGroupId   string        `json:"SecurityGroupId"`
	SecurityGroupName string        `json:"SecurityGroupName"`
	SecurityGroupDesc string        `json:"SecurityGroupDesc"`
	IsDefault         FlexBool      `json:"IsDefault"`
	CreatedTime       string        `json:"CreatedTime"`
	TagSet            []tencent.Tag `json:"TagSet"`
}

type CreateSecurityGroupRequest struct {
	GroupName        string        `json:"GroupName"`
	GroupDescription string        `json:"GroupDescription"`
	Tags             []tencent.Tag `json:"Tags,omitempty"`
}

type CreateSecurityGroupResponse struct {
	SecurityGroup SecurityGroup `json:"SecurityGroup"`
}

func (c *Client) CreateSecurityGroup(ctx context.Context, req CreateSecurityGroupRequest) (*CreateSecurityGroupResponse, error) {
	resp, err := write[CreateSecurityGroupResponse](ctx, c, "CreateSecurityGroup", req)
	if err == nil {
		c.readers.securityGroups.Invalidate("", resp.SecurityGroup.SecurityGroupId)
	}
	return resp, err
}

type DescribeSecurityGroupsRequest struct {
	SecurityGroupIds []string         `json:"SecurityGroupIds,omitempty"`
	Filters          []tencent.Filter `json:"Filters,omitempty"`
	Offset           *int64           `json:"Offset,omitempty"`
	Limit            *int64           `json:"Limit,omitempty"`
}

type DescribeSecurityGroupsResponse struct {
	TotalCount       int64           `json:"TotalCount"`
	SecurityGroupSet []SecurityGroup `json:"SecurityGroupSet"`
}

func (c *Client) DescribeSecurityGroups(ctx context.Context, req DescribeSecurityGroupsRequest) (*DescribeSecurityGroupsResponse, error) {
	return read[DescribeSecurityGroupsResponse](ctx, c, "DescribeSecurityGroups", req)
}

// ListSecurityGroups returns every security group matching req, following Offset/Limit pages.
func (c *Client) ListSecurityGroups(ctx context.Context, req DescribeSecurityGroupsRequest) ([]SecurityGroup, error) {
	return tencent.ListAll(ctx, func(ctx context.Context, offset, limit int64) ([]SecurityGroup, int64, error) {
		req.Offset, req.Limit = &offset, &limit
		resp, err := c.DescribeSecurityGroups(ctx, req)
		if err != nil {
			return nil, 0, err
		}
		return resp.SecurityGroupSet, resp.TotalCount, nil
	})
}

// FindSecurityGroupByID returns the security group or a tencent.NotFoundError, through its reader.
func (c *Client) FindSecurityGroupByID(ctx context.Context, id string) (*SecurityGroup, error) {
	return c.readers.securityGroups.Find(ctx, "", id)
}

type ModifySecurityGroupAttributeRequest struct {
	SecurityGroupId  string  `json:"SecurityGroupId"`
	GroupName        *string `json:"GroupName,omitempty"`
	GroupDescription *string `json:"GroupDescription,omitempty"`
}

func (c *Client) ModifySecurityGroupAttribute(ctx context.Context, req ModifySecurityGroupAttributeRequest) error {
	defer c.readers.securityGroups.Invalidate("", req.SecurityGroupId)
	return writeOnly(ctx, c, "ModifySecurityGroupAttribute", req)
}

type DeleteSecurityGroupRequest struct {
	SecurityGroupId string `json:"SecurityGroupId"`
}

func (c *Client) DeleteSecurityGroup(ctx context.Context, req DeleteSecurityGroupRequest) error {
	defer c.readers.securityGroups.Invalidate("", req.SecurityGroupId)
	return writeOnly(ctx, c, "DeleteSecurityGroup", req)
}

// SecurityGroupPolicySet is a group's whole rule set; Version grows by one on every change.
type SecurityGroupPolicySet struct {
	Version string                `json:"Version,omitempty"`
	Egress  []SecurityGroupPolicy `json:"Egress"`
	Ingress []SecurityGroupPolicy `json:"Ingress"`
}

// SecurityGroupPolicy is one rule (catalog §3.9). Unset templates come back as objects of empty
// strings; they are never sent.
type SecurityGroupPolicy struct {
	PolicyIndex       *int64                        `json:"PolicyIndex,omitempty"`
	Protocol          string                        `json:"Protocol,omitempty"`
	Port              string                        `json:"Port,omitempty"`
	ServiceTemplate   *ServiceTemplateSpecification `json:"ServiceTemplate,omitempty"`
	CidrBlock         string                        `json:"CidrBlock,omitempty"`
	SecurityGroupId   string                        `json:"SecurityGroupId,omitempty"`
	AddressTemplate   *AddressTemplateSpecification `json:"AddressTemplate,omitempty"`
	Action            string                        `json:"Action,omitempty"`
	PolicyDescription string                        `json:"PolicyDescription,omitempty"`
	ModifyTime        string                        `json:"ModifyTime,omitempty"`
}

type ServiceTemplateSpecification struct {
	ServiceId      string `json:"ServiceId"`
	ServiceGroupId string `json:"ServiceGroupId"`
}

type AddressTemplateSpecification struct {
	AddressId      string `json:"AddressId"`
	AddressGroupId string `json:"AddressGroupId"`
}

type DescribeSecurityGroupPoliciesRequest struct {
	SecurityGroupId string `json:"SecurityGroupId"`
}

type DescribeSecurityGroupPoliciesResponse struct {
	SecurityGroupPolicySet SecurityGroupPolicySet `json:"SecurityGroupPolicySet"`
}

func (c *Client) DescribeSecurityGroupPolicies(ctx context.Context, req DescribeSecurityGroupPoliciesRequest) (*DescribeSecurityGroupPoliciesResponse, error) {
	return read[DescribeSecurityGroupPoliciesResponse](ctx, c, "DescribeSecurityGroupPolicies", req)
}

// ModifySecurityGroupPoliciesRequest replaces both directions' rules at once.
type ModifySecurityGroupPoliciesRequest struct {
	SecurityGroupId        string                 `json:"SecurityGroupId"`
	SecurityGroupPolicySet SecurityGroupPolicySet `json:"SecurityGroupPolicySet"`
}

func (c *Client) ModifySecurityGroupPolicies(ctx context.Context, req ModifySecurityGroupPoliciesRequest) error {
	return writeOnly(ctx, c, "ModifySecurityGroupPolicies", req)
}

// SecurityGroupLimitSet is the account's security group quotas (DescribeSecurityGroupLimits).
type SecurityGroupLimitSet struct {
	SecurityGroupLimit         int64 `json:"SecurityGroupLimit"`
	SecurityGroupPolicyLimit   int64 `json:"SecurityGroupPolicyLimit"`
	ReferedSecurityGroupLimit  int64 `json:"ReferedSecurityGroupLimit"`
	SecurityGroupInstanceLimit int64 `json:"SecurityGroupInstanceLimit"`
	InstanceSecurityGroupLimit int64 `json:"InstanceSecurityGroupLimit"`
	SecurityGroupModuleLimit   int64 `json:"SecurityGroupModuleLimit"`
	ModuleSecurityGroupLimit   int64 `json:"ModuleSecurityGroupLimit"`
}

type DescribeSecurityGroupLimitsResponse struct {
	SecurityGroupLimitSet SecurityGroupLimitSet `json:"SecurityGroupLimitSet"`
}

func (c *Client) DescribeSecurityGroupLimits(ctx context.Context) (*DescribeSecurityGroupLimitsResponse, error) {
	return read[DescribeSecurityGroupLimitsResponse](ctx, c, "DescribeSecurityGroupLimits", struct{}{})
}
