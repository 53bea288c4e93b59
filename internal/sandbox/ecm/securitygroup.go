package ecm

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM security group actions (catalog §2.13a): CreateSecurityGroup (L26674),
// DescribeSecurityGroups (L27280), ModifySecurityGroupAttribute (L27142),
// DeleteSecurityGroup (L28220), DescribeSecurityGroupLimits (L27672),
// DescribeSecurityGroupAssociationStatistics (L27805). Security groups are
// global: no action takes EcmRegion, and the registry files them under region "".
//
// Choices where the seed is silent or inconsistent:
//   - IsDefault is answered as a JSON boolean, as the SecurityGroup structure
//     types it (L33447); DescribeSecurityGroups' example shows the string
//     "true" (catalog §5 item 21). The provider's client accepts both.
//   - Every account has one default group, "default" (description "System
//     created security group", IsDefault true), made the first time any
//     security group action runs. Its ID is fixed (esg-default0), so that a
//     group made by a read call (not persisted) is the same after a restart,
//     and it sorts first (creation order 0). It counts towards
//     ecm.security_groups and cannot be deleted: UnsupportedOperation (a
//     common code; DeleteSecurityGroup's table has none for it).
//   - CreatedTime is Beijing time "YYYY-MM-DD hh:mm:ss", as VPCs and subnets
//     (the examples omit it).
//   - Names are counted in characters; too long a GroupName (60) or
//     GroupDescription (100) is InvalidParameterValue.ParameterValueTooLarge,
//     the only length code of the tables. Both are required and non-blank on
//     create; ModifySecurityGroupAttribute changes only what it is given.
//   - The security-group-name filter matches substrings (the sandbox's rule
//     for name filters); security-group-id is exact.
//   - The quota (ecm.security_groups) is answered LimitExceeded (common):
//     CreateSecurityGroup's InvalidParameterValue.LimitExceeded is for Tags.

const (
	maxSGNameChars = 60
	maxSGDescChars = 100
	defaultSGID    = "esg-default0"
	defaultSGName  = "default"
	defaultSGDesc  = "System created security group"
)

type sgRecord struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Description string           `json:"description"`
	Tags        []tencentapi.Tag `json:"tags,omitempty"`
	Created     time.Time        `json:"created"`
	Seq         int64            `json:"seq"`
	IsDefault   bool             `json:"is_default,omitempty"`
	// Version of the policy set: "0" for a new group, +1 on every policy change.
	Version int64           `json:"version"`
	Egress  []*policyRecord `json:"egress,omitempty"`
	Ingress []*policyRecord `json:"ingress,omitempty"`
}

func (g *sgRecord) clone() *sgRecord {
	c := *g
	c.Tags = copyTags(g.Tags)
	c.Egress = clonePolicies(g.Egress)
	c.Ingress = clonePolicies(g.Ingress)
	return &c
}

// securityGroup is SecurityGroup (L33447).
type securityGroup struct {
	SecurityGroupId   string           `json:"SecurityGroupId"`
	SecurityGroupName string           `json:"SecurityGroupName"`
	SecurityGroupDesc string           `json:"SecurityGroupDesc"`
	IsDefault         bool             `json:"IsDefault"`
	CreatedTime       string           `json:"CreatedTime"`
	TagSet            []tencentapi.Tag `json:"TagSet"`
}

func sgInfo(g *sgRecord) securityGroup {
	tags := g.Tags
	if tags == nil {
		tags = []tencentapi.Tag{} // the examples show TagSet [] for a group without tags
	}
	return securityGroup{
		SecurityGroupId:   g.ID,
		SecurityGroupName: g.Name,
		SecurityGroupDesc: g.Description,
		IsDefault:         g.IsDefault,
		CreatedTime:       tcTime(g.Created),
		TagSet:            append([]tencentapi.Tag{}, tags...),
	}
}

// ensureDefaultSG makes the account's default security group on first use.
func (e *state) ensureDefaultSG(c *tencentapi.Call) {
	if _, ok := e.SecurityGroups[defaultSGID]; ok {
		return
	}
	for _, g := range e.SecurityGroups {
		if g.IsDefault {
			return // a state file with another default group
		}
	}
	e.SecurityGroups[defaultSGID] = &sgRecord{
		ID: defaultSGID, Name: defaultSGName, Description: defaultSGDesc,
		Created: c.Now, Seq: 0, IsDefault: true,
	}
	e.ids[defaultSGID] = idEntry{kindSG, ""}
}

// checkSGName validates a GroupName / GroupDescription.
func checkSGText(param, v string, maxChars int) *tencentapi.Error {
	if strings.TrimSpace(v) == "" {
		return tencentapi.Errf("InvalidParameterValue", "The parameter %s must not be empty.", param)
	}
	if n := utf8.RuneCountInString(v); n > maxChars {
		return tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "The parameter %s is %d characters long; at most %d are allowed.", param, n, maxChars)
	}
	return nil
}

type createSecurityGroupRequest struct {
	GroupName        string           `json:"GroupName"`
	GroupDescription string           `json:"GroupDescription"`
	Tags             []tencentapi.Tag `json:"Tags"`
}

func (e *state) createSecurityGroup(c *tencentapi.Call, req *createSecurityGroupRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("GroupName", req.GroupName), tencentapi.Require("GroupDescription", req.GroupDescription)); aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(checkSGText("GroupName", req.GroupName, maxSGNameChars), checkSGText("GroupDescription", req.GroupDescription, maxSGDescChars)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkTags(req.Tags, tagCodes{"InvalidParameterValue.LimitExceeded", "InvalidParameterValue.ParameterValueTooLarge"}); aerr != nil {
		return nil, aerr
	}
	e.ensureDefaultSG(c)
	if quota := limit(c, LimitSecurityGroups); len(e.SecurityGroups) >= quota {
		return nil, tencentapi.Errf("LimitExceeded", "The security group quota of %d (the default group included) is used up.", quota)
	}
	g := &sgRecord{
		ID:          e.newID("esg", kindSG, ""),
		Name:        req.GroupName,
		Description: req.GroupDescription,
		Tags:        copyTags(req.Tags),
		Created:     c.Now,
		Seq:         e.nextSeq(),
	}
	e.SecurityGroups[g.ID] = g
	e.lagWrite(c.ReadLag, kindSG, "", g.ID, nil)
	return struct {
		SecurityGroup securityGroup `json:"SecurityGroup"`
	}{sgInfo(g)}, nil
}

type describeSecurityGroupsRequest struct {
	SecurityGroupIds []string            `json:"SecurityGroupIds"`
	Filters          []tencentapi.Filter `json:"Filters"`
	Offset           *int64              `json:"Offset"`
	Limit            *int64              `json:"Limit"`
}

var sgFilters = tencentapi.FilterSet[*sgRecord]{
	Defs: map[string]tencentapi.FilterDef[*sgRecord]{
		"security-group-id":   {Match: func(g *sgRecord, vals []string) bool { return tencentapi.AnyEqual(g.ID, vals) }},
		"security-group-name": {Match: func(g *sgRecord, vals []string) bool { return tencentapi.AnyContains(g.Name, vals) }},
	},
	Tags:      func(g *sgRecord) []tencentapi.Tag { return g.Tags },
	MaxValues: 100,
	LimitCode: "InvalidParameterValue",
}

// describeSecurityGroupsCodes maps the Describe helper's codes that
// DescribeSecurityGroups' table lacks to the closest ones it has.
var describeSecurityGroupsCodes = map[string]string{
	"InvalidParameter.Coexist":                  "InvalidParameter",
	"InvalidParameterValue.InvalidFilter":       "InvalidParameterValue",
	"InvalidParameterValue.FilterLimitExceeded": "InvalidParameterValue",
}

func (e *state) describeSecurityGroups(c *tencentapi.Call, req *describeSecurityGroupsRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	page, total, aerr := tencentapi.Describe[*sgRecord]{
		Scope:    checkIDs("SecurityGroupIds", "esg", req.SecurityGroupIds, "InvalidParameterValue.Malformed"),
		IDsParam: "SecurityGroupIds", IDs: req.SecurityGroupIds, TooManyIDs: "InvalidParameterValue",
		Filters: req.Filters, FilterSet: sgFilters,
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue",
		Seq:        func(g *sgRecord) int64 { return g.Seq },
		Candidates: func(ids []string) []*sgRecord { return e.sgViews(ids) },
	}.Run()
	if aerr != nil {
		return nil, remapCode(aerr, describeSecurityGroupsCodes)
	}
	set := []securityGroup{}
	for _, g := range page {
		set = append(set, sgInfo(g))
	}
	return struct {
		TotalCount       int             `json:"TotalCount"`
		SecurityGroupSet []securityGroup `json:"SecurityGroupSet"`
	}{total, set}, nil
}

// sgViews returns the groups with the IDs (nil: all), as a lagged reader sees them.
func (e *state) sgViews(ids []string) []*sgRecord {
	var out []*sgRecord
	if ids != nil {
		for _, id := range ids {
			if g, ok := e.SecurityGroups[id]; ok {
				out = append(out, g)
			}
		}
	} else {
		for _, g := range e.SecurityGroups {
			out = append(out, g)
		}
	}
	return applyLag(e, kindSG, "", ids, out, func(g *sgRecord) string { return g.ID },
		func(_ string, before any) *sgRecord { return before.(*sgRecord) })
}

// findSG checks a SecurityGroupId parameter and finds the group.
func (e *state) findSG(id, malformed string) (*sgRecord, *tencentapi.Error) {
	if aerr := tencentapi.Require("SecurityGroupId", id); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("SecurityGroupId", "esg", id, malformed); aerr != nil {
		return nil, aerr
	}
	g, ok := e.SecurityGroups[id]
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The security group %s does not exist.", id)
	}
	return g, nil
}

type modifySecurityGroupAttributeRequest struct {
	SecurityGroupId  string  `json:"SecurityGroupId"`
	GroupName        *string `json:"GroupName"`
	GroupDescription *string `json:"GroupDescription"`
}

func (e *state) modifySecurityGroupAttribute(c *tencentapi.Call, req *modifySecurityGroupAttributeRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	g, aerr := e.findSG(req.SecurityGroupId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if req.GroupName != nil {
		if aerr := checkSGText("GroupName", *req.GroupName, maxSGNameChars); aerr != nil {
			return nil, aerr
		}
	}
	if req.GroupDescription != nil {
		if aerr := checkSGText("GroupDescription", *req.GroupDescription, maxSGDescChars); aerr != nil {
			return nil, aerr
		}
	}
	e.lagWrite(c.ReadLag, kindSG, "", g.ID, g.clone())
	if req.GroupName != nil {
		g.Name = *req.GroupName
	}
	if req.GroupDescription != nil {
		g.Description = *req.GroupDescription
	}
	return nil, nil
}

type deleteSecurityGroupRequest struct {
	SecurityGroupId string `json:"SecurityGroupId"`
}

func (e *state) deleteSecurityGroup(c *tencentapi.Call, req *deleteSecurityGroupRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	g, aerr := e.findSG(req.SecurityGroupId, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	if g.IsDefault {
		return nil, tencentapi.Errf("UnsupportedOperation", "The default security group %s cannot be deleted.", g.ID)
	}
	if refs := e.sgReferrers(g.ID); len(refs) > 0 {
		return nil, tencentapi.Errf("ResourceInUse", "The security group %s is referenced by the policies of %s; remove those policies first.", g.ID, strings.Join(refs, ", "))
	}
	if ins := e.sgInstances(g.ID); len(ins) > 0 {
		return nil, tencentapi.Errf("ResourceInUse", "The security group %s is bound to %d instances (%s first); change their groups first (ModifyInstancesAttribute).", g.ID, len(ins), ins[0].ID)
	}
	if enis := e.sgENIs(g.ID); len(enis) > 0 {
		return nil, tencentapi.Errf("ResourceInUse", "The security group %s is bound to %d ENIs (%s first); delete them first.", g.ID, len(enis), enis[0])
	}
	if lbs := e.sgLoadBalancers(g.ID); len(lbs) > 0 {
		return nil, tencentapi.Errf("ResourceInUse", "The security group %s is bound to %d load balancers (%s first); change their groups first (SetLoadBalancerSecurityGroups).", g.ID, len(lbs), lbs[0])
	}
	if ms := e.sgModules(g.ID, ""); len(ms) > 0 {
		return nil, tencentapi.Errf("ResourceInUse", "The security group %s is a default security group of the modules %s; change their groups first (ModifyModuleSecurityGroups).", g.ID, strings.Join(ms, ", "))
	}
	e.lagWrite(c.ReadLag, kindSG, "", g.ID, g.clone())
	delete(e.SecurityGroups, g.ID)
	delete(e.ids, g.ID)
	return nil, nil
}

// sgReferrers lists the other groups whose policies name id, by creation.
func (e *state) sgReferrers(id string) []string {
	var refs []*sgRecord
	for _, g := range e.SecurityGroups {
		if g.ID == id {
			continue
		}
		if referencesSG(g.Egress, id) || referencesSG(g.Ingress, id) {
			refs = append(refs, g)
		}
	}
	tencentapi.SortBySeq(refs, func(g *sgRecord) int64 { return g.Seq }, false)
	out := make([]string, len(refs))
	for i, g := range refs {
		out[i] = g.ID
	}
	return out
}

func referencesSG(ps []*policyRecord, id string) bool {
	for _, p := range ps {
		if p.SecurityGroupID == id {
			return true
		}
	}
	return false
}

type describeSecurityGroupLimitsRequest struct{}

// securityGroupLimitSet is SecurityGroupLimitSet (L33503). The two limits
// the sandbox enforces are the effective ecm.security_groups and
// ecm.security_group_policies; the others are the example's figures.
type securityGroupLimitSet struct {
	SecurityGroupLimit         int `json:"SecurityGroupLimit"`
	SecurityGroupPolicyLimit   int `json:"SecurityGroupPolicyLimit"`
	ReferedSecurityGroupLimit  int `json:"ReferedSecurityGroupLimit"`
	SecurityGroupInstanceLimit int `json:"SecurityGroupInstanceLimit"`
	InstanceSecurityGroupLimit int `json:"InstanceSecurityGroupLimit"`
	SecurityGroupModuleLimit   int `json:"SecurityGroupModuleLimit"`
	ModuleSecurityGroupLimit   int `json:"ModuleSecurityGroupLimit"`
}

func (e *state) describeSecurityGroupLimits(c *tencentapi.Call, _ *describeSecurityGroupLimitsRequest) (any, *tencentapi.Error) {
	return struct {
		SecurityGroupLimitSet securityGroupLimitSet `json:"SecurityGroupLimitSet"`
	}{securityGroupLimitSet{
		SecurityGroupLimit:         limit(c, LimitSecurityGroups),
		SecurityGroupPolicyLimit:   limit(c, LimitSecurityGroupPolicies),
		ReferedSecurityGroupLimit:  10,
		SecurityGroupInstanceLimit: 2000,
		InstanceSecurityGroupLimit: 2000,
		SecurityGroupModuleLimit:   limit(c, LimitSecurityGroupModules),
		ModuleSecurityGroupLimit:   limit(c, LimitModuleSecurityGroups),
	}}, nil
}

type describeSecurityGroupAssociationStatisticsRequest struct {
	SecurityGroupIds []string `json:"SecurityGroupIds"`
}

// sgAssociationStatistics is SecurityGroupAssociationStatistics (L33473).
// SG (references by other groups' policies), Module (modules bound to the
// group) and ECM (instances bound to it, with InstanceStatistics per
// instance type) and ENI (ENIs made by CreateNetworkInterface with the
// group; primary ENIs count as their instances) and CLB (load balancers
// bound to it, clb*.go) can be non-zero. TotalCount counts modules,
// instances, ENIs and load balancers (it excludes SG references).
type sgAssociationStatistics struct {
	SecurityGroupId    string              `json:"SecurityGroupId"`
	ECM                int                 `json:"ECM"`
	Module             int                 `json:"Module"`
	ENI                int                 `json:"ENI"`
	SG                 int                 `json:"SG"`
	CLB                int                 `json:"CLB"`
	InstanceStatistics []instanceStatistic `json:"InstanceStatistics"`
	TotalCount         int                 `json:"TotalCount"`
}

func (e *state) describeSecurityGroupAssociationStatistics(c *tencentapi.Call, req *describeSecurityGroupAssociationStatisticsRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	if len(req.SecurityGroupIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter SecurityGroupIds is required.")
	}
	if len(req.SecurityGroupIds) > 100 {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most 100 SecurityGroupIds may be given; got %d.", len(req.SecurityGroupIds))
	}
	if aerr := checkIDs("SecurityGroupIds", "esg", req.SecurityGroupIds, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	set := []sgAssociationStatistics{}
	for _, id := range req.SecurityGroupIds {
		if _, ok := e.SecurityGroups[id]; !ok {
			return nil, tencentapi.Errf("ResourceNotFound", "The security group %s does not exist.", id)
		}
		modules := len(e.sgModules(id, ""))
		ins := e.sgInstances(id)
		enis := len(e.sgENIs(id))
		lbs := len(e.sgLoadBalancers(id))
		set = append(set, sgAssociationStatistics{SecurityGroupId: id, SG: len(e.sgReferrers(id)), Module: modules, ECM: len(ins), ENI: enis, CLB: lbs,
			InstanceStatistics: instanceStatistics(ins), TotalCount: modules + len(ins) + enis + lbs})
	}
	return struct {
		SecurityGroupAssociationStatisticsSet []sgAssociationStatistics `json:"SecurityGroupAssociationStatisticsSet"`
	}{set}, nil
}
