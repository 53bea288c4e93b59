package ecm

import (
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM security group policies (catalog §2.13a): DescribeSecurityGroupPolicies
// (L27465), CreateSecurityGroupPolicies (L28348), ModifySecurityGroupPolicies
// (L26982), ReplaceSecurityGroupPolicy (L26840), DeleteSecurityGroupPolicies
// (L27982).
//
// Choices where the seed is silent or inconsistent:
//   - PolicyIndex is the policy's 0-based position in its direction's list
//     (the Delete examples use 0 and 1; the Describe example's 1 and 2 are
//     taken as illustrative).
//   - Version is a string; a new group's is "0" and every successful policy
//     change adds one (the Describe example's "1" is a group changed once).
//     A Version that is not the current one is
//     UnsupportedOperation.VersionMismatch where the table lists it;
//     ModifySecurityGroupPolicies' table does not, so it answers the common
//     UnsupportedOperation. An empty Version is not checked.
//   - Normalisation: Protocol is stored and answered lower-case ("tcp", as
//     the Describe example), Action upper-case ("ACCEPT"), Port "all" in
//     lower case; both are accepted in any case. An absent Port is "all".
//   - A policy must name its peer: one of CidrBlock, SecurityGroupId,
//     AddressTemplate (MissingParameter otherwise), and Protocol or a
//     ServiceTemplate; Action is required. Templates are not emulated: their
//     IDs are only checked for shape (eppm-/eppmg-, eipm-/eipmg-).
//   - ModifySecurityGroupPolicies replaces both directions; an absent
//     direction is an empty one (the document says both must be given; the
//     query form cannot write an empty list), so it clears that direction.
//     PolicyIndex may not be given (InvalidParameterValue, common).
//   - The policy limit (ecm.security_group_policies, 100) counts each
//     direction separately.
//   - Duplicates (same Protocol, Port, peer, templates and Action; the
//     description does not count) are UnsupportedOperation.DuplicatePolicy
//     for CreateSecurityGroupPolicies, InvalidParameterValue (common) for
//     Modify and Replace, whose tables lack it.
//   - A policy may reference its own group; only references from other
//     groups keep a group from being deleted.
//   - ModifyTime is Beijing time "YYYY-MM-DD hh:mm:ss" (L33525's example).
//   - CidrBlock is an IPv4 address or block, stored as its network
//     (10.9.89.9/25, DeleteSecurityGroupPolicies' Example2, is 10.9.89.0/25)
//     and matched so; Ipv6CidrBlock is refused (ECM groups are IPv4).
//   - DeleteSecurityGroupPolicies by content matches Protocol, Port, peer,
//     templates and Action (normalised); PolicyDescription only when given.
//   - CreateSecurityGroupPolicies' PolicyIndex must be the same in every
//     policy of the call (InvalidParameter otherwise) and at most the
//     direction's length (inserted there; the rest move down).
//   - ModifySecurityGroupPolicies' SortPolicys (Boolean, its semantics
//     unclear) is accepted and ignored.
//   - A malformed SecurityGroupId is InvalidParameterValue.Malformed, except
//     for DeleteSecurityGroupPolicies, whose table lacks it:
//     InvalidParameterValue. Order of checks: the group, the set, the
//     direction; then CreateSecurityGroupPolicies checks the Version before
//     the policies (so a stale Version is answered first), the others after
//     validating the policies and before looking them up (Replace's and
//     Delete's PolicyIndex, duplicates, limits).

type policyRecord struct {
	Protocol        string    `json:"protocol,omitempty"`
	Port            string    `json:"port,omitempty"`
	CidrBlock       string    `json:"cidr,omitempty"`
	SecurityGroupID string    `json:"sg,omitempty"`
	Action          string    `json:"action"`
	Description     string    `json:"description,omitempty"`
	ServiceID       string    `json:"service_id,omitempty"`
	ServiceGroupID  string    `json:"service_group_id,omitempty"`
	AddressID       string    `json:"address_id,omitempty"`
	AddressGroupID  string    `json:"address_group_id,omitempty"`
	Modified        time.Time `json:"modified"`
}

func clonePolicies(ps []*policyRecord) []*policyRecord {
	if ps == nil {
		return nil
	}
	out := make([]*policyRecord, len(ps))
	for i, p := range ps {
		c := *p
		out[i] = &c
	}
	return out
}

// sameRule: equal but for description and time.
func (p *policyRecord) sameRule(q *policyRecord) bool {
	a, b := *p, *q
	a.Description, b.Description, a.Modified, b.Modified = "", "", time.Time{}, time.Time{}
	return a == b
}

// Wire types.

type serviceTemplate struct {
	ServiceId      string `json:"ServiceId"`
	ServiceGroupId string `json:"ServiceGroupId"`
}

type addressTemplate struct {
	AddressId      string `json:"AddressId"`
	AddressGroupId string `json:"AddressGroupId"`
}

// policyIn is SecurityGroupPolicy as a request carries it.
type policyIn struct {
	PolicyIndex       *int64           `json:"PolicyIndex"`
	Protocol          string           `json:"Protocol"`
	Port              string           `json:"Port"`
	ServiceTemplate   *serviceTemplate `json:"ServiceTemplate"`
	CidrBlock         string           `json:"CidrBlock"`
	SecurityGroupId   string           `json:"SecurityGroupId"`
	AddressTemplate   *addressTemplate `json:"AddressTemplate"`
	Action            string           `json:"Action"`
	PolicyDescription string           `json:"PolicyDescription"`
	ModifyTime        string           `json:"ModifyTime"`
	Ipv6CidrBlock     string           `json:"Ipv6CidrBlock"`
}

// policySetIn is SecurityGroupPolicySet as a request carries it.
type policySetIn struct {
	Version string     `json:"Version"`
	Egress  []policyIn `json:"Egress"`
	Ingress []policyIn `json:"Ingress"`
}

// policyOut is SecurityGroupPolicy (L33525) as answered.
type policyOut struct {
	PolicyIndex       int             `json:"PolicyIndex"`
	Protocol          string          `json:"Protocol"`
	Port              string          `json:"Port"`
	ServiceTemplate   serviceTemplate `json:"ServiceTemplate"`
	CidrBlock         string          `json:"CidrBlock"`
	SecurityGroupId   string          `json:"SecurityGroupId"`
	AddressTemplate   addressTemplate `json:"AddressTemplate"`
	Action            string          `json:"Action"`
	PolicyDescription string          `json:"PolicyDescription"`
	ModifyTime        string          `json:"ModifyTime"`
	Ipv6CidrBlock     string          `json:"Ipv6CidrBlock"`
}

type policySetOut struct {
	Version string      `json:"Version"`
	Egress  []policyOut `json:"Egress"`
	Ingress []policyOut `json:"Ingress"`
}

func policiesOut(ps []*policyRecord) []policyOut {
	out := make([]policyOut, len(ps))
	for i, p := range ps {
		out[i] = policyOut{
			PolicyIndex: i, Protocol: p.Protocol, Port: p.Port,
			ServiceTemplate: serviceTemplate{p.ServiceID, p.ServiceGroupID},
			CidrBlock:       p.CidrBlock, SecurityGroupId: p.SecurityGroupID,
			AddressTemplate:   addressTemplate{p.AddressID, p.AddressGroupID},
			Action:            p.Action,
			PolicyDescription: p.Description,
			ModifyTime:        tcTime(p.Modified),
		}
	}
	return out
}

// policyCodes are an action's codes for the policy checks.
type policyCodes struct {
	malformed string // a malformed CIDR or ID
	coexist   string // exclusive fields given together
	duplicate string
	version   string // a stale Version
	limit     string // the per-direction policy limit
	tooLong   string // a PolicyDescription over 100 characters
}

var (
	createPolicyCodes  = policyCodes{"InvalidParameterValue.Malformed", "InvalidParameter.Coexist", "UnsupportedOperation.DuplicatePolicy", "UnsupportedOperation.VersionMismatch", "LimitExceeded.SecurityGroupPolicySet", "InvalidParameterValue.LimitExceeded"}
	modifyPolicyCodes  = policyCodes{"InvalidParameterValue.Malformed", "InvalidParameter", "InvalidParameterValue", "UnsupportedOperation", "LimitExceeded", "InvalidParameterValue.LimitExceeded"}
	replacePolicyCodes = policyCodes{"InvalidParameterValue.Malformed", "InvalidParameter", "InvalidParameterValue", "UnsupportedOperation.VersionMismatch", "LimitExceeded", "InvalidParameterValue"}
	deletePolicyCodes  = policyCodes{"InvalidParameterValue", "InvalidParameter.Coexist", "InvalidParameterValue", "UnsupportedOperation.VersionMismatch", "LimitExceeded", "InvalidParameterValue"}
)

// maxPolicyDescChars: the document does not bound PolicyDescription; the
// sandbox takes GroupDescription's 100 characters.
const maxPolicyDescChars = 100

var validProtocols = map[string]bool{"tcp": true, "udp": true, "icmp": true, "gre": true, "all": true}

// checkVersion compares a request's Version with the group's.
func checkVersion(g *sgRecord, v string, code string) *tencentapi.Error {
	if v == "" {
		return nil
	}
	if v != strconv.FormatInt(g.Version, 10) {
		return tencentapi.Errf(code, "SecurityGroupPolicySet.Version %q is not the current version %d of %s (someone changed its policies: describe them again).", v, g.Version, g.ID)
	}
	return nil
}

// checkPort validates and normalises a Port for a (lower-case) protocol.
func checkPort(param, port, proto string) (string, *tencentapi.Error) {
	if port == "" || strings.EqualFold(port, "all") {
		return "all", nil
	}
	if proto != "tcp" && proto != "udp" {
		return "", tencentapi.Errf("InvalidParameterValue", "The parameter %s=%q: a port or port range may be given only with TCP or UDP, not %s.", param, port, strings.ToUpper(proto))
	}
	lo, hi, isRange := strings.Cut(port, "-")
	a, err1 := strconv.Atoi(lo)
	b := a
	var err2 error
	if isRange {
		b, err2 = strconv.Atoi(hi)
	}
	if err1 != nil || err2 != nil || a < 1 || b > 65535 || a > b || strings.HasPrefix(lo, "+") || strings.HasPrefix(hi, "+") {
		return "", tencentapi.Errf("InvalidParameterValue", "The parameter %s=%q must be all, a port 1-65535 or a range such as 8000-8010.", param, port)
	}
	if isRange {
		return strconv.Itoa(a) + "-" + strconv.Itoa(b), nil
	}
	return strconv.Itoa(a), nil
}

// parsePolicy validates one policy of a request and returns its record.
func (e *state) parsePolicy(c *tencentapi.Call, param string, in policyIn, codes policyCodes) (*policyRecord, *tencentapi.Error) {
	p := &policyRecord{Description: in.PolicyDescription, Modified: c.Now}
	if in.ServiceTemplate != nil {
		p.ServiceID, p.ServiceGroupID = in.ServiceTemplate.ServiceId, in.ServiceTemplate.ServiceGroupId
	}
	if in.AddressTemplate != nil {
		p.AddressID, p.AddressGroupID = in.AddressTemplate.AddressId, in.AddressTemplate.AddressGroupId
	}
	hasService := p.ServiceID != "" || p.ServiceGroupID != ""
	hasAddress := p.AddressID != "" || p.AddressGroupID != ""
	if in.Ipv6CidrBlock != "" {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter %s.Ipv6CidrBlock is not supported by ECM security groups.", param)
	}
	// The service: Protocol (+Port) or a ServiceTemplate.
	switch {
	case hasService && (in.Protocol != "" || in.Port != ""):
		return nil, tencentapi.Errf(codes.coexist, "%s: Protocol/Port and ServiceTemplate cannot be specified at the same time.", param)
	case hasService:
		if p.ServiceID != "" && p.ServiceGroupID != "" {
			return nil, tencentapi.Errf(codes.coexist, "%s.ServiceTemplate: ServiceId and ServiceGroupId cannot be specified at the same time.", param)
		}
		if p.ServiceID != "" {
			if aerr := checkID(param+".ServiceTemplate.ServiceId", "eppm", p.ServiceID, codes.malformed); aerr != nil {
				return nil, aerr
			}
		} else if aerr := checkID(param+".ServiceTemplate.ServiceGroupId", "eppmg", p.ServiceGroupID, codes.malformed); aerr != nil {
			return nil, aerr
		}
	case in.Protocol == "":
		return nil, tencentapi.Errf("MissingParameter", "The parameter %s.Protocol (or a ServiceTemplate) is required.", param)
	default:
		proto := strings.ToLower(in.Protocol)
		if !validProtocols[proto] {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter %s.Protocol=%q must be TCP, UDP, ICMP, GRE or ALL.", param, in.Protocol)
		}
		port, aerr := checkPort(param+".Port", in.Port, proto)
		if aerr != nil {
			return nil, aerr
		}
		p.Protocol, p.Port = proto, port
	}
	// The peer: exactly one of CidrBlock, SecurityGroupId, AddressTemplate.
	n := 0
	for _, set := range []bool{in.CidrBlock != "", in.SecurityGroupId != "", hasAddress} {
		if set {
			n++
		}
	}
	if n > 1 {
		return nil, tencentapi.Errf(codes.coexist, "%s: CidrBlock, SecurityGroupId and AddressTemplate cannot be specified at the same time.", param)
	}
	switch {
	case n == 0:
		return nil, tencentapi.Errf("MissingParameter", "%s needs one of CidrBlock, SecurityGroupId or AddressTemplate.", param)
	case in.CidrBlock != "":
		cidr, aerr := policyCIDR(param+".CidrBlock", in.CidrBlock, codes.malformed)
		if aerr != nil {
			return nil, aerr
		}
		p.CidrBlock = cidr
	case in.SecurityGroupId != "":
		if aerr := checkID(param+".SecurityGroupId", "esg", in.SecurityGroupId, codes.malformed); aerr != nil {
			return nil, aerr
		}
		if _, ok := e.SecurityGroups[in.SecurityGroupId]; !ok {
			return nil, tencentapi.Errf("ResourceNotFound", "The security group %s named by %s.SecurityGroupId does not exist.", in.SecurityGroupId, param)
		}
		p.SecurityGroupID = in.SecurityGroupId
	default:
		if p.AddressID != "" && p.AddressGroupID != "" {
			return nil, tencentapi.Errf(codes.coexist, "%s.AddressTemplate: AddressId and AddressGroupId cannot be specified at the same time.", param)
		}
		if p.AddressID != "" {
			if aerr := checkID(param+".AddressTemplate.AddressId", "eipm", p.AddressID, codes.malformed); aerr != nil {
				return nil, aerr
			}
		} else if aerr := checkID(param+".AddressTemplate.AddressGroupId", "eipmg", p.AddressGroupID, codes.malformed); aerr != nil {
			return nil, aerr
		}
	}
	switch strings.ToUpper(in.Action) {
	case "":
		return nil, tencentapi.Errf("MissingParameter", "The parameter %s.Action is required.", param)
	case "ACCEPT", "DROP":
		p.Action = strings.ToUpper(in.Action)
	default:
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter %s.Action=%q must be ACCEPT or DROP.", param, in.Action)
	}
	if n := utf8.RuneCountInString(in.PolicyDescription); n > maxPolicyDescChars {
		return nil, tencentapi.Errf(codes.tooLong, "The parameter %s.PolicyDescription is %d characters long; at most %d are allowed.", param, n, maxPolicyDescChars)
	}
	return p, nil
}

// policyCIDR validates an IPv4 address or CIDR block and returns it canonical.
func policyCIDR(param, v, code string) (string, *tencentapi.Error) {
	if pfx, err := netip.ParsePrefix(v); err == nil && pfx.Addr().Is4() {
		return pfx.Masked().String(), nil
	}
	if a, err := netip.ParseAddr(v); err == nil && a.Is4() {
		return a.String(), nil
	}
	return "", tencentapi.Errf(code, "The parameter %s=%q is not an IPv4 address or CIDR block.", param, v)
}

// parsePolicies validates a direction's list.
func (e *state) parsePolicies(c *tencentapi.Call, param string, ins []policyIn, codes policyCodes) ([]*policyRecord, *tencentapi.Error) {
	out := make([]*policyRecord, 0, len(ins))
	for i, in := range ins {
		p, aerr := e.parsePolicy(c, param+"."+strconv.Itoa(i), in, codes)
		if aerr != nil {
			return nil, aerr
		}
		out = append(out, p)
	}
	return out, nil
}

// duplicateIn finds a rule of ps equal to one of news (or two equal in news).
func duplicateIn(ps, news []*policyRecord) (int, bool) {
	for i, n := range news {
		for _, p := range ps {
			if p.sameRule(n) {
				return i, true
			}
		}
		for _, m := range news[:i] {
			if m.sameRule(n) {
				return i, true
			}
		}
	}
	return 0, false
}

// direction returns the one direction a request names, with its param name.
func oneDirection(set *policySetIn, g *sgRecord, coexist string) (string, []policyIn, *[]*policyRecord, *tencentapi.Error) {
	switch {
	case len(set.Egress) > 0 && len(set.Ingress) > 0:
		return "", nil, nil, tencentapi.Errf(coexist, "Egress and Ingress cannot be specified in one request: give one direction.")
	case len(set.Egress) > 0:
		return "SecurityGroupPolicySet.Egress", set.Egress, &g.Egress, nil
	case len(set.Ingress) > 0:
		return "SecurityGroupPolicySet.Ingress", set.Ingress, &g.Ingress, nil
	}
	return "", nil, nil, tencentapi.Errf("MissingParameter", "SecurityGroupPolicySet needs Egress or Ingress policies.")
}

// changed records a policy change: the version moves on.
func (e *state) policiesChanged(c *tencentapi.Call, g *sgRecord, before *sgRecord) {
	e.lagWrite(c.ReadLag, kindSG, "", g.ID, before)
	g.Version++
}

type describeSecurityGroupPoliciesRequest struct {
	SecurityGroupId string `json:"SecurityGroupId"`
}

func (e *state) describeSecurityGroupPolicies(c *tencentapi.Call, req *describeSecurityGroupPoliciesRequest) (any, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	if aerr := tencentapi.Require("SecurityGroupId", req.SecurityGroupId); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("SecurityGroupId", "esg", req.SecurityGroupId, "InvalidParameterValue.Malformed"); aerr != nil {
		return nil, aerr
	}
	views := e.sgViews([]string{req.SecurityGroupId})
	if len(views) == 0 {
		return nil, tencentapi.Errf("ResourceNotFound", "The security group %s does not exist.", req.SecurityGroupId)
	}
	g := views[0]
	return struct {
		SecurityGroupPolicySet policySetOut `json:"SecurityGroupPolicySet"`
	}{policySetOut{Version: strconv.FormatInt(g.Version, 10), Egress: policiesOut(g.Egress), Ingress: policiesOut(g.Ingress)}}, nil
}

type policiesRequest struct {
	SecurityGroupId        string       `json:"SecurityGroupId"`
	SecurityGroupPolicySet *policySetIn `json:"SecurityGroupPolicySet"`
}

type modifySecurityGroupPoliciesRequest struct {
	SecurityGroupId        string       `json:"SecurityGroupId"`
	SecurityGroupPolicySet *policySetIn `json:"SecurityGroupPolicySet"`
	SortPolicys            *bool        `json:"SortPolicys"`
}

// policyTarget finds the group and the required policy set.
func (e *state) policyTarget(c *tencentapi.Call, id string, set *policySetIn, malformed string) (*sgRecord, *tencentapi.Error) {
	e.ensureDefaultSG(c)
	g, aerr := e.findSG(id, malformed)
	if aerr != nil {
		return nil, aerr
	}
	if set == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter SecurityGroupPolicySet is required.")
	}
	return g, nil
}

func (e *state) createSecurityGroupPolicies(c *tencentapi.Call, req *policiesRequest) (any, *tencentapi.Error) {
	g, aerr := e.policyTarget(c, req.SecurityGroupId, req.SecurityGroupPolicySet, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	set := req.SecurityGroupPolicySet
	param, ins, list, aerr := oneDirection(set, g, "InvalidParameter.Coexist")
	if aerr != nil {
		return nil, aerr
	}
	if aerr := checkVersion(g, set.Version, "UnsupportedOperation.VersionMismatch"); aerr != nil {
		return nil, aerr
	}
	// PolicyIndex: absent (append) or the same index in every policy (insert there).
	at := len(*list)
	for i, in := range ins {
		if (in.PolicyIndex == nil) != (ins[0].PolicyIndex == nil) || (in.PolicyIndex != nil && *in.PolicyIndex != *ins[0].PolicyIndex) {
			return nil, tencentapi.Errf("InvalidParameter", "%s.%d.PolicyIndex: give the same PolicyIndex in every policy, or none.", param, i)
		}
	}
	if x := ins[0].PolicyIndex; x != nil {
		if *x < 0 || *x > int64(len(*list)) {
			return nil, tencentapi.Errf("InvalidParameterValue", "%s.0.PolicyIndex=%d is out of range: the direction has %d policies.", param, *x, len(*list))
		}
		at = int(*x)
	}
	news, aerr := e.parsePolicies(c, param, ins, createPolicyCodes)
	if aerr != nil {
		return nil, aerr
	}
	if i, dup := duplicateIn(*list, news); dup {
		return nil, tencentapi.Errf("UnsupportedOperation.DuplicatePolicy", "%s.%d duplicates a policy of %s.", param, i, g.ID)
	}
	quota := limit(c, LimitSecurityGroupPolicies)
	if len(news) > quota {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "%s has %d policies; a direction may have at most %d.", param, len(news), quota)
	}
	if len(*list)+len(news) > quota {
		return nil, tencentapi.Errf("LimitExceeded.SecurityGroupPolicySet", "A security group may have at most %d policies per direction; %s has %d and %d were given.", quota, g.ID, len(*list), len(news))
	}
	before := g.clone()
	*list = slices.Insert(*list, at, news...)
	e.policiesChanged(c, g, before)
	return nil, nil
}

func (e *state) modifySecurityGroupPolicies(c *tencentapi.Call, req *modifySecurityGroupPoliciesRequest) (any, *tencentapi.Error) {
	g, aerr := e.policyTarget(c, req.SecurityGroupId, req.SecurityGroupPolicySet, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	set := req.SecurityGroupPolicySet
	var lists [2][]*policyRecord
	for d, dir := range []struct {
		param string
		ins   []policyIn
	}{{"SecurityGroupPolicySet.Egress", set.Egress}, {"SecurityGroupPolicySet.Ingress", set.Ingress}} {
		for i, in := range dir.ins {
			if in.PolicyIndex != nil {
				return nil, tencentapi.Errf("InvalidParameterValue", "%s.%d.PolicyIndex cannot be customized in ModifySecurityGroupPolicies.", dir.param, i)
			}
		}
		ps, aerr := e.parsePolicies(c, dir.param, dir.ins, modifyPolicyCodes)
		if aerr != nil {
			return nil, aerr
		}
		if i, dup := duplicateIn(nil, ps); dup {
			return nil, tencentapi.Errf("InvalidParameterValue", "%s.%d duplicates an earlier policy.", dir.param, i)
		}
		if quota := limit(c, LimitSecurityGroupPolicies); len(ps) > quota {
			return nil, tencentapi.Errf("LimitExceeded", "A security group may have at most %d policies per direction; %s has %d.", quota, dir.param, len(ps))
		}
		lists[d] = ps
	}
	if aerr := checkVersion(g, set.Version, "UnsupportedOperation"); aerr != nil {
		return nil, aerr
	}
	before := g.clone()
	g.Egress, g.Ingress = lists[0], lists[1]
	e.policiesChanged(c, g, before)
	return nil, nil
}

func (e *state) replaceSecurityGroupPolicy(c *tencentapi.Call, req *policiesRequest) (any, *tencentapi.Error) {
	g, aerr := e.policyTarget(c, req.SecurityGroupId, req.SecurityGroupPolicySet, "InvalidParameterValue.Malformed")
	if aerr != nil {
		return nil, aerr
	}
	set := req.SecurityGroupPolicySet
	param, ins, list, aerr := oneDirection(set, g, "InvalidParameter")
	if aerr != nil {
		return nil, aerr
	}
	if len(ins) != 1 {
		return nil, tencentapi.Errf("InvalidParameter", "ReplaceSecurityGroupPolicy replaces one policy; %s has %d.", param, len(ins))
	}
	if ins[0].PolicyIndex == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter %s.0.PolicyIndex is required.", param)
	}
	idx := *ins[0].PolicyIndex
	news, aerr := e.parsePolicies(c, param, ins, replacePolicyCodes)
	if aerr != nil {
		return nil, aerr
	}
	if aerr := checkVersion(g, set.Version, "UnsupportedOperation.VersionMismatch"); aerr != nil {
		return nil, aerr
	}
	if idx < 0 || idx >= int64(len(*list)) {
		return nil, tencentapi.Errf("ResourceNotFound", "%s.0.PolicyIndex=%d: %s has no such policy (%d in that direction).", param, idx, g.ID, len(*list))
	}
	others := slices.Delete(slices.Clone(*list), int(idx), int(idx)+1)
	if _, dup := duplicateIn(others, news); dup {
		return nil, tencentapi.Errf("InvalidParameterValue", "%s.0 duplicates another policy of %s.", param, g.ID)
	}
	before := g.clone()
	(*list)[idx] = news[0]
	e.policiesChanged(c, g, before)
	return nil, nil
}

func (e *state) deleteSecurityGroupPolicies(c *tencentapi.Call, req *policiesRequest) (any, *tencentapi.Error) {
	g, aerr := e.policyTarget(c, req.SecurityGroupId, req.SecurityGroupPolicySet, "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	set := req.SecurityGroupPolicySet
	param, ins, list, aerr := oneDirection(set, g, "InvalidParameter.Coexist")
	if aerr != nil {
		return nil, aerr
	}
	byIndex := ins[0].PolicyIndex != nil
	drop := map[int]bool{}
	for i, in := range ins {
		content := in.Protocol != "" || in.Port != "" || in.CidrBlock != "" || in.SecurityGroupId != "" || in.Action != "" ||
			in.ServiceTemplate != nil || in.AddressTemplate != nil
		if (in.PolicyIndex != nil) != byIndex || (in.PolicyIndex != nil && content) {
			return nil, tencentapi.Errf("InvalidParameter.Coexist", "%s.%d: policies are deleted by PolicyIndex or by content, not both.", param, i)
		}
		if byIndex {
			x := *in.PolicyIndex
			if x < 0 || x >= int64(len(*list)) {
				return nil, tencentapi.Errf("ResourceNotFound", "%s.%d.PolicyIndex=%d: %s has no such policy (%d in that direction).", param, i, x, g.ID, len(*list))
			}
			drop[int(x)] = true
			continue
		}
		p, aerr := e.parsePolicy(c, param+"."+strconv.Itoa(i), in, deletePolicyCodes)
		if aerr != nil {
			return nil, aerr
		}
		found := false
		for j, q := range *list {
			if q.sameRule(p) && (in.PolicyDescription == "" || q.Description == in.PolicyDescription) {
				drop[j], found = true, true
				break
			}
		}
		if !found {
			return nil, tencentapi.Errf("ResourceNotFound", "%s.%d matches no policy of %s.", param, i, g.ID)
		}
	}
	if aerr := checkVersion(g, set.Version, "UnsupportedOperation.VersionMismatch"); aerr != nil {
		return nil, aerr
	}
	before := g.clone()
	kept := make([]*policyRecord, 0, len(*list))
	for j, p := range *list {
		if !drop[j] {
			kept = append(kept, p)
		}
	}
	*list = kept
	e.policiesChanged(c, g, before)
	return nil, nil
}
