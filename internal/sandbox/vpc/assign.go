package vpc

import (
	"encoding/json"
	"net/netip"
	"strconv"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// AssignPrivateIpAddresses (seed 001): secondary private IPs for an ENI, by address
// (PrivateIpAddresses, at most 10), by count (SecondaryPrivateIpAddressCount), or both. Async: the
// addresses appear at once, PENDING, and become AVAILABLE when the task (keyed by the call's
// RequestId, task.go) ends; a FAILED task releases them again.
//
// Codes, all from the seed's table: MissingParameter (no ENI, neither addresses nor a count, an
// address entry without PrivateIpAddress); InvalidParameterValue.Malformed (an ID, address or
// count that is not one, a ClientToken that is not printable ASCII, a parameter of the wrong JSON
// type); InvalidParameterValue.LimitExceeded (more than 10 addresses, a ClientToken longer than 64
// characters); InvalidParameterValue.Range (a negative count, a QosLevel other than PT, AU, AG,
// DEFAULT, an address outside the ENI's subnet); InvalidParameterValue.Reserved (the subnet's
// network, gateway or broadcast address); InvalidParameterValue.DuplicatePara (an address given
// twice); UnsupportedOperation (an entry with Primary true: "It cannot be a primary IP");
// ResourceNotFound (no such ENI in the region); ResourceInUse (an address some ENI holds, the
// ENI's own primary IP included); LimitExceeded (the ENI would hold more than
// vpc.private_ips_per_eni addresses, limits.go); ResourceInsufficient.Subnet (fewer free addresses
// in the subnet than the count asks); UnsupportedOperation.MutexOperationTaskRunning (a task is
// running on the ENI); UnsupportedOperation.IdempotentParameterMismatch (a ClientToken reused with
// other parameters).
//
// Sandbox choices where the seed is silent:
//   - SecondaryPrivateIpAddressCount is documented as Integer, but the seed's own example sends
//     "2": a JSON number and a string holding an integer are both accepted.
//   - QosLevel "is used together with SecondaryPrivateIpAddressCount": it applies to the addresses
//     allocated by count and to the given addresses that name no QosLevel of their own. Absent
//     everywhere, an address's QosLevel is DEFAULT. A given address's Description is kept; the
//     output-only fields of PrivateIpAddressSpecification (PublicIpAddress, AddressId, State, …)
//     are ignored on input.
//   - The answer's PrivateIpAddressSet lists the given addresses, then those allocated by count,
//     each with PrivateIpAddress (the example's only field), Primary, Description, State PENDING and
//     QosLevel.
//   - ClientToken (one namespace for the account, every region): the same token with the same
//     parameters (region, ENI, addresses, count, QosLevel) within 24 h of the first successful call
//     answers that call's PrivateIpAddressSet again and starts nothing; the replay's RequestId
//     becomes another name of the first call's task, so a client that lost the first answer polls
//     DescribeVpcTaskResult with the RequestId it got. A call that failed records no token.
//     IdempotentProcessing is never answered: calls are handled one at a time, so the first call
//     has always been answered.

const qosDefault = "DEFAULT"

var qosLevels = map[string]bool{"PT": true, "AU": true, "AG": true, qosDefault: true}

// Bounds of the seed: 10 addresses per call, 64 ASCII characters per ClientToken.
const (
	maxAddressesPerCall = 10
	maxClientTokenChars = 64
	tokenRetention      = 24 * time.Hour
)

type privateIPSpec struct {
	PrivateIpAddress string `json:"PrivateIpAddress"`
	Primary          *bool  `json:"Primary"`
	PublicIpAddress  string `json:"PublicIpAddress"`
	AddressId        string `json:"AddressId"`
	Description      string `json:"Description"`
	IsWanIpBlocked   *bool  `json:"IsWanIpBlocked"`
	State            string `json:"State"`
	QosLevel         string `json:"QosLevel"`
}

type assignRequest struct {
	NetworkInterfaceId             string             `json:"NetworkInterfaceId"`
	PrivateIpAddresses             []privateIPSpec    `json:"PrivateIpAddresses"`
	SecondaryPrivateIpAddressCount tencentapi.FlexInt `json:"SecondaryPrivateIpAddressCount"`
	QosLevel                       string             `json:"QosLevel"`
	ClientToken                    string             `json:"ClientToken"`
}

type assignedIP struct {
	PrivateIpAddress string `json:"PrivateIpAddress"`
	Primary          bool   `json:"Primary"`
	Description      string `json:"Description"`
	State            string `json:"State"`
	QosLevel         string `json:"QosLevel"`
}

type assignResponse struct {
	PrivateIpAddressSet []assignedIP `json:"PrivateIpAddressSet"`
}

// tokenRecord is a successful call's ClientToken: what it asked and answered, and its task.
type tokenRecord struct {
	Token       string       `json:"token"`
	Fingerprint string       `json:"fingerprint"`
	Task        string       `json:"task"`
	Answer      []assignedIP `json:"answer"`
	Expires     time.Time    `json:"expires"`
}

// wantedIP is a given address, validated.
type wantedIP struct {
	addr        netip.Addr
	qos         string
	description string
	param       string // PrivateIpAddresses.N.PrivateIpAddress, for messages
}

func (s *state) assignPrivateIpAddresses(c *tencentapi.Call, req *assignRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(s.checkRegion(c), tencentapi.Require("NetworkInterfaceId", req.NetworkInterfaceId)); aerr != nil {
		return nil, aerr
	}
	if aerr := tencentapi.FirstErr(checkID("NetworkInterfaceId", "eni", req.NetworkInterfaceId), checkClientToken(req.ClientToken)); aerr != nil {
		return nil, aerr
	}
	count, aerr := req.SecondaryPrivateIpAddressCount.Value("SecondaryPrivateIpAddressCount", 0)
	if aerr != nil {
		return nil, aerr
	}
	fingerprint := assignFingerprint(c.Region, req, count)
	if out, aerr, replayed := s.replayAssign(c, req.ClientToken, fingerprint); replayed {
		return out, aerr
	}
	wanted, aerr := checkAssignParams(req, count)
	if aerr != nil {
		return nil, aerr
	}
	e, ok := s.eniIn(c.Region, req.NetworkInterfaceId)
	if !ok {
		return nil, tencentapi.Errf("ResourceNotFound", "The ENI %s does not exist in the region %s.", req.NetworkInterfaceId, c.Region)
	}
	if aerr := s.checkMutex(e); aerr != nil {
		return nil, aerr
	}
	pool := s.pools[e.SubnetID]
	sn := s.Subnets[e.SubnetID]
	for _, w := range wanted {
		switch holder, held := pool.holder(w.addr); {
		case !pool.contains(w.addr):
			return nil, tencentapi.Errf("InvalidParameterValue.Range", "The parameter %s=%s is not in the ENI's subnet %s (%s).", w.param, w.addr, sn.ID, sn.CIDR)
		case pool.reserved(w.addr):
			return nil, tencentapi.Errf("InvalidParameterValue.Reserved", "The address %s is reserved in the subnet %s (%s): its network, gateway and broadcast addresses are.", w.addr, sn.ID, sn.CIDR)
		case held && holder == e.ID && e.primaryIP() == w.addr.String():
			return nil, tencentapi.Errf("ResourceInUse", "The address %s is the primary IP of the ENI %s: a primary IP cannot be assigned.", w.addr, e.ID)
		case held:
			return nil, tencentapi.Errf("ResourceInUse", "The address %s is in use by the ENI %s.", w.addr, holder)
		}
	}
	if quota, total := limit(c, LimitPrivateIPsPerENI), int64(len(e.IPs))+int64(len(wanted))+min(count, 1<<32); total > int64(quota) {
		return nil, tencentapi.Errf("LimitExceeded", "The ENI %s holds %d private IPs; %d more would exceed its quota of %d (primary included).", e.ID, len(e.IPs), total-int64(len(e.IPs)), quota)
	}
	if free := int64(pool.free() - len(wanted)); count > free {
		return nil, tencentapi.Errf("ResourceInsufficient.Subnet", "The subnet %s (%s) has %d free addresses; %d were asked for.", sn.ID, sn.CIDR, max(free, 0), count)
	}

	answer := make([]assignedIP, 0, len(wanted)+int(count))
	addresses := make([]string, 0, cap(answer))
	add := func(a netip.Addr, qos, descr string) {
		e.IPs = append(e.IPs, &ipRecord{Address: a.String(), State: ipPending, QosLevel: qos, Description: descr, Task: c.RequestID})
		answer = append(answer, assignedIP{PrivateIpAddress: a.String(), Description: descr, State: ipPending, QosLevel: qos})
		addresses = append(addresses, a.String())
	}
	for _, w := range wanted {
		pool.take(w.addr, e.ID)
		add(w.addr, w.qos, w.description)
	}
	qos := orDefault(req.QosLevel)
	for i := int64(0); i < count; i++ {
		a, _ := pool.next(e.ID) // enough are free: checked above
		add(a, qos, "")
	}
	t := s.startTask(c, e, addresses)
	if req.ClientToken != "" {
		tok := &tokenRecord{Token: req.ClientToken, Fingerprint: fingerprint, Task: t.ID, Answer: answer, Expires: c.Now.Add(tokenRetention)}
		s.Tokens[tok.Token] = tok
		s.tokens.Push(tok)
	}
	return assignResponse{PrivateIpAddressSet: answer}, nil
}

// checkClientToken: at most 64 printable ASCII characters.
func checkClientToken(tok string) *tencentapi.Error {
	if len(tok) > maxClientTokenChars {
		return tencentapi.Errf("InvalidParameterValue.LimitExceeded", "The parameter ClientToken is %d characters long; at most %d are allowed.", len(tok), maxClientTokenChars)
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < 0x21 || tok[i] > 0x7e {
			return tencentapi.Errf(codeMalformed, "The parameter ClientToken must be printable ASCII; byte %d is not.", i)
		}
	}
	return nil
}

// checkAssignParams validates the addresses, the count and the QoS levels.
func checkAssignParams(req *assignRequest, count int64) ([]wantedIP, *tencentapi.Error) {
	if len(req.PrivateIpAddresses) == 0 && count == 0 {
		return nil, tencentapi.Errf("MissingParameter", "Either PrivateIpAddresses or SecondaryPrivateIpAddressCount (or both) is required.")
	}
	if count < 0 {
		return nil, tencentapi.Errf("InvalidParameterValue.Range", "The parameter SecondaryPrivateIpAddressCount=%d must not be negative.", count)
	}
	if len(req.PrivateIpAddresses) > maxAddressesPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most %d PrivateIpAddresses may be given per call; got %d.", maxAddressesPerCall, len(req.PrivateIpAddresses))
	}
	if aerr := checkQos("QosLevel", req.QosLevel); aerr != nil {
		return nil, aerr
	}
	wanted := make([]wantedIP, 0, len(req.PrivateIpAddresses))
	seen := map[netip.Addr]bool{}
	for i, spec := range req.PrivateIpAddresses {
		param := "PrivateIpAddresses." + strconv.Itoa(i)
		if spec.Primary != nil && *spec.Primary {
			return nil, tencentapi.Errf("UnsupportedOperation", "The parameter %s.Primary is true: an ENI's primary IP exists already and cannot be assigned.", param)
		}
		if aerr := tencentapi.Require(param+".PrivateIpAddress", spec.PrivateIpAddress); aerr != nil {
			return nil, aerr
		}
		a, aerr := parseIPv4(param+".PrivateIpAddress", spec.PrivateIpAddress)
		if aerr != nil {
			return nil, aerr
		}
		if seen[a] {
			return nil, tencentapi.Errf("InvalidParameterValue.DuplicatePara", "The address %s is given more than once in PrivateIpAddresses.", a)
		}
		seen[a] = true
		if aerr := checkQos(param+".QosLevel", spec.QosLevel); aerr != nil {
			return nil, aerr
		}
		qos := spec.QosLevel
		if qos == "" {
			qos = orDefault(req.QosLevel)
		}
		wanted = append(wanted, wantedIP{addr: a, qos: qos, param: param + ".PrivateIpAddress", description: spec.Description})
	}
	return wanted, nil
}

func checkQos(param, v string) *tencentapi.Error {
	if v != "" && !qosLevels[v] {
		return tencentapi.Errf("InvalidParameterValue.Range", "The parameter %s=%q must be PT, AU, AG or DEFAULT.", param, v)
	}
	return nil
}

func orDefault(qos string) string {
	if qos == "" {
		return qosDefault
	}
	return qos
}

// assignFingerprint is what a ClientToken's replay must ask again.
func assignFingerprint(region string, req *assignRequest, count int64) string {
	b, _ := json.Marshal(struct {
		Region, ENI string
		Addresses   []privateIPSpec
		Count       int64
		QosLevel    string
	}{region, req.NetworkInterfaceId, req.PrivateIpAddresses, count, req.QosLevel})
	return string(b)
}

// replayAssign answers a ClientToken seen before: the first answer for the same parameters (the
// replay's RequestId then names the same task), IdempotentParameterMismatch for others.
func (s *state) replayAssign(c *tencentapi.Call, token, fingerprint string) (any, *tencentapi.Error, bool) {
	if token == "" {
		return nil, nil, false
	}
	tok, ok := s.Tokens[token]
	if !ok {
		return nil, nil, false
	}
	if tok.Fingerprint != fingerprint {
		return nil, tencentapi.Errf("UnsupportedOperation.IdempotentParameterMismatch", "The ClientToken %q was used within the last 24 hours with other parameters.", token), true
	}
	if t, ok := s.Tasks[tok.Task]; ok && c.RequestID != "" && c.RequestID != t.ID {
		t.Aliases = append(t.Aliases, c.RequestID)
		s.aliases[c.RequestID] = t.ID
	}
	return assignResponse{PrivateIpAddressSet: tok.Answer}, nil, true
}
