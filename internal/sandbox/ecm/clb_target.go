package ecm

import (
	"fmt"
	"slices"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Targets (real servers) of listeners: BatchRegisterTargets,
// BatchDeregisterTargets, BatchModifyTargetWeight, ModifyTargetWeight,
// ModifyTargetPort, DescribeTargets, DescribeTargetHealth.
//
// Sandbox choices:
//   - A target is an instance of the load balancer's VPC (InstanceId: its
//     primary private IP) or a private IP of an ENI of that VPC bound to an
//     instance (EniIp; the Target structure says the ENI must be bound
//     first). A target that names no such instance or address, is already
//     registered, or would exceed ecm.clb_targets_per_listener puts its
//     listener in FailListenerIdSet; the other listeners' targets register.
//   - A deregistration of a target that is not registered puts its listener
//     in FailListenerIdSet. Weight and port changes are all or nothing: an
//     unknown target is ResourceNotFound (a common code).
//   - Targets whose instance is terminated (or whose ENI address has left
//     the instance) drop out of the listener.
//   - Health: a target is healthy ("Alive") while its instance is RUNNING,
//     else unhealthy ("Dead"); with the listener's health check off it is
//     "Close" and counted healthy. StopInstances turns a target unhealthy.
//   - DescribeTargets' Protocol is typed Integer but every value the document
//     shows is a string: the sandbox takes "TCP" or "UDP" (string or not)
//     and answers anything else with InvalidParameterValue.
//   - Ports are 1..65535 and weights 0..100; other values are
//     InvalidParameterValue (BatchDeregisterTargets: InvalidParameterValue.Range).

const defaultWeight = 10

type batchTarget struct {
	ListenerId string `json:"ListenerId"`
	Port       *int64 `json:"Port"`
	InstanceId string `json:"InstanceId"`
	EniIp      string `json:"EniIp"`
	Weight     *int64 `json:"Weight"`
}

type targetInput struct {
	Port       *int64 `json:"Port"`
	InstanceId string `json:"InstanceId"`
	Weight     *int64 `json:"Weight"`
	EniIp      string `json:"EniIp"`
}

// targetIP is the private IP the target receives traffic on.
func (e *state) targetIP(t *targetRecord) string {
	if t.EniIP != "" {
		return t.EniIP
	}
	if ins, ok := e.Instances[t.InstanceID]; ok {
		return ins.PrivateIP
	}
	return ""
}

// targetENI is the ENI holding the target's address.
func (e *state) targetENI(t *targetRecord) *eniRecord {
	if t.EniIP == "" {
		if ins, ok := e.Instances[t.InstanceID]; ok {
			return e.ENIs[ins.ENI]
		}
		return nil
	}
	for _, n := range e.ENIs {
		if n.InstanceID == t.InstanceID && slices.ContainsFunc(n.IPs, func(ip eniIP) bool { return ip.IP == t.EniIP }) {
			return n
		}
	}
	return nil
}

// targetLive: the target's instance exists (and still holds its ENI address).
func (e *state) targetLive(t *targetRecord) bool {
	if _, ok := e.Instances[t.InstanceID]; !ok {
		return false
	}
	return t.EniIP == "" || e.targetENI(t) != nil
}

// pruneTargets drops the targets that are gone (before a change).
func (e *state) pruneTargets(l *listenerRecord) {
	l.Targets = slices.DeleteFunc(l.Targets, func(t *targetRecord) bool { return !e.targetLive(t) })
}

func (e *state) liveTargets(l *listenerRecord) []*targetRecord {
	var out []*targetRecord
	for _, t := range l.Targets {
		if e.targetLive(t) {
			out = append(out, t)
		}
	}
	return out
}

// resolveTarget finds the instance behind InstanceId or EniIp in the load
// balancer's VPC; ok is false when there is none.
func (e *state) resolveTarget(b *lbRecord, instanceID, address string) (string, bool) {
	if address != "" {
		for _, n := range e.ENIs {
			if n.VpcID == b.VpcID && n.InstanceID != "" && slices.ContainsFunc(n.IPs, func(ip eniIP) bool { return ip.IP == address }) {
				return n.InstanceID, instanceID == "" || instanceID == n.InstanceID
			}
		}
		return "", false
	}
	ins, ok := e.Instances[instanceID]
	return instanceID, ok && ins.VpcID == b.VpcID
}

// findTarget: the registered target named by InstanceId or EniIp and Port.
func findTarget(l *listenerRecord, instanceID, eniIP string, port int64) *targetRecord {
	for _, t := range l.Targets {
		if t.Port != port {
			continue
		}
		if eniIP != "" && t.EniIP == eniIP || eniIP == "" && t.EniIP == "" && t.InstanceID == instanceID {
			return t
		}
	}
	return nil
}

func targetName(instanceID, eniIP string, port int64) string {
	if eniIP != "" {
		return fmt.Sprintf("%s:%d", eniIP, port)
	}
	return fmt.Sprintf("%s:%d", instanceID, port)
}

// checkTarget validates a target's identity, port and weight.
func checkTarget(instanceID, eniIP string, port, weight *int64, rangeCode string) *tencentapi.Error {
	if instanceID == "" && eniIP == "" {
		return tencentapi.Errf("MissingParameter", "A target needs an InstanceId or an EniIp.")
	}
	if port == nil {
		return tencentapi.Errf("MissingParameter", "A target needs a Port.")
	}
	if *port < 1 || *port > 65535 {
		return tencentapi.Errf(rangeCode, "The target port %d must be between 1 and 65535.", *port)
	}
	if weight != nil && (*weight < 0 || *weight > 100) {
		return tencentapi.Errf(rangeCode, "The target weight %d must be between 0 and 100.", *weight)
	}
	return nil
}

type batchTargetsRequest struct {
	LoadBalancerId string        `json:"LoadBalancerId"`
	Targets        []batchTarget `json:"Targets"`
}

type failListenersResponse struct {
	FailListenerIdSet []string `json:"FailListenerIdSet"`
}

// batchListeners checks a batch's load balancer and listeners.
func (e *state) batchListeners(req *batchTargetsRequest, rangeCode string) (*lbRecord, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "InvalidParameter.LBIdNotFound")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.Targets) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Targets is required.")
	}
	for i, t := range req.Targets {
		if aerr := tencentapi.Require(fmt.Sprintf("Targets.%d.ListenerId", i), t.ListenerId); aerr != nil {
			return nil, aerr
		}
		if _, aerr := findListener(b, t.ListenerId, "InvalidParameter.ListenerIdNotFound"); aerr != nil {
			return nil, aerr
		}
		if aerr := checkTarget(t.InstanceId, t.EniIp, t.Port, t.Weight, rangeCode); aerr != nil {
			return nil, aerr
		}
	}
	return b, nil
}

func addFail(fails []string, id string) []string {
	if !slices.Contains(fails, id) {
		fails = append(fails, id)
	}
	return fails
}

func (e *state) batchRegisterTargets(c *tencentapi.Call, req *batchTargetsRequest) (any, *tencentapi.Error) {
	b, aerr := e.batchListeners(req, "InvalidParameterValue")
	if aerr != nil {
		return nil, aerr
	}
	fails := []string{}
	byListener := map[string][]*targetRecord{}
	for _, in := range req.Targets {
		l := b.Listeners[in.ListenerId]
		instanceID, ok := e.resolveTarget(b, in.InstanceId, in.EniIp)
		t := &targetRecord{InstanceID: instanceID, EniIP: in.EniIp, Port: *in.Port, Weight: tencentapi.Int64Or(in.Weight, defaultWeight), Registered: c.Now}
		pending := &listenerRecord{Targets: byListener[l.ID]}
		if !ok || findTarget(l, instanceID, in.EniIp, t.Port) != nil && e.targetLive(findTarget(l, instanceID, in.EniIp, t.Port)) ||
			findTarget(pending, instanceID, in.EniIp, t.Port) != nil {
			fails = addFail(fails, l.ID)
			continue
		}
		byListener[l.ID] = append(byListener[l.ID], t)
	}
	task := e.startCLBTask(c, false)
	for _, l := range sortedListeners(b) {
		add, ok := byListener[l.ID]
		if !ok || slices.Contains(fails, l.ID) {
			continue
		}
		e.pruneTargets(l)
		if len(l.Targets)+len(add) > limit(c, LimitCLBTargetsPerListener) {
			fails = addFail(fails, l.ID)
			continue
		}
		task.keepListener(b.ID, l.ID, l)
		l.Targets = append(l.Targets, add...)
	}
	return failListenersResponse{fails}, nil
}

func (e *state) batchDeregisterTargets(c *tencentapi.Call, req *batchTargetsRequest) (any, *tencentapi.Error) {
	b, aerr := e.batchListeners(req, "InvalidParameterValue.Range")
	if aerr != nil {
		return nil, aerr
	}
	seen := map[string]bool{}
	for _, in := range req.Targets {
		key := in.ListenerId + "/" + targetName(in.InstanceId, in.EniIp, *in.Port)
		if seen[key] {
			return nil, tencentapi.Errf("InvalidParameterValue.Duplicate", "The target %s appears twice.", key)
		}
		seen[key] = true
	}
	fails := []string{}
	for _, in := range req.Targets {
		l := b.Listeners[in.ListenerId]
		e.pruneTargets(l)
		if findTarget(l, in.InstanceId, in.EniIp, *in.Port) == nil {
			fails = addFail(fails, l.ID)
		}
	}
	task := e.startCLBTask(c, false)
	for _, in := range req.Targets {
		l := b.Listeners[in.ListenerId]
		if slices.Contains(fails, l.ID) {
			continue
		}
		task.keepListener(b.ID, l.ID, l)
		t := findTarget(l, in.InstanceId, in.EniIp, *in.Port)
		l.Targets = slices.DeleteFunc(l.Targets, func(x *targetRecord) bool { return x == t })
	}
	return failListenersResponse{fails}, nil
}

type targetsWeightRule struct {
	ListenerId string        `json:"ListenerId"`
	Targets    []targetInput `json:"Targets"`
	Weight     *int64        `json:"Weight"`
}

type batchModifyTargetWeightRequest struct {
	LoadBalancerId string              `json:"LoadBalancerId"`
	ModifyList     []targetsWeightRule `json:"ModifyList"`
}

// weightChange is one resolved weight change.
type weightChange struct {
	l      *listenerRecord
	t      *targetRecord
	weight int64
}

// resolveWeights finds the targets of one listener's weight rule.
func resolveWeights(b *lbRecord, listenerID string, targets []targetInput, weight *int64) ([]weightChange, *tencentapi.Error) {
	l, aerr := findListener(b, listenerID, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	if len(targets) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The listener %s's rule names no Targets.", listenerID)
	}
	var out []weightChange
	for _, in := range targets {
		w := in.Weight
		if w == nil {
			w = weight
		}
		if w == nil {
			return nil, tencentapi.Errf("MissingParameter", "The target %s has no Weight.", targetName(in.InstanceId, in.EniIp, tencentapi.Int64Or(in.Port, 0)))
		}
		if aerr := checkTarget(in.InstanceId, in.EniIp, in.Port, w, "InvalidParameterValue"); aerr != nil {
			return nil, aerr
		}
		t := findTarget(l, in.InstanceId, in.EniIp, *in.Port)
		if t == nil {
			return nil, tencentapi.Errf("ResourceNotFound", "The target %s is not registered with the listener %s.", targetName(in.InstanceId, in.EniIp, *in.Port), l.ID)
		}
		out = append(out, weightChange{l, t, *w})
	}
	return out, nil
}

func (e *state) applyWeights(c *tencentapi.Call, b *lbRecord, changes []weightChange) {
	task := e.startCLBTask(c, false)
	for _, ch := range changes {
		task.keepListener(b.ID, ch.l.ID, ch.l)
	}
	for _, ch := range changes {
		ch.t.Weight = ch.weight
	}
}

func (e *state) batchModifyTargetWeight(c *tencentapi.Call, req *batchModifyTargetWeightRequest) (any, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	if len(req.ModifyList) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter ModifyList is required.")
	}
	var changes []weightChange
	for _, rule := range req.ModifyList {
		if rule.Weight != nil && (*rule.Weight < 0 || *rule.Weight > 100) {
			return nil, tencentapi.Errf("InvalidParameterValue", "The weight %d must be between 0 and 100.", *rule.Weight)
		}
		ch, aerr := resolveWeights(b, rule.ListenerId, rule.Targets, rule.Weight)
		if aerr != nil {
			return nil, aerr
		}
		changes = append(changes, ch...)
	}
	e.applyWeights(c, b, changes)
	return nil, nil
}

type modifyTargetWeightRequest struct {
	LoadBalancerId string        `json:"LoadBalancerId"`
	ListenerId     string        `json:"ListenerId"`
	Targets        []targetInput `json:"Targets"`
	Weight         *int64        `json:"Weight"`
}

func (e *state) modifyTargetWeight(c *tencentapi.Call, req *modifyTargetWeightRequest) (any, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	weight := tencentapi.Int64Or(req.Weight, defaultWeight)
	if weight < 0 || weight > 100 {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter Weight=%d must be between 0 and 100.", weight)
	}
	if aerr := duplicateTargets(req.Targets); aerr != nil {
		return nil, aerr
	}
	changes, aerr := resolveWeights(b, req.ListenerId, req.Targets, &weight)
	if aerr != nil {
		return nil, aerr
	}
	e.applyWeights(c, b, changes)
	return nil, nil
}

func duplicateTargets(ts []targetInput) *tencentapi.Error {
	seen := map[string]bool{}
	for _, in := range ts {
		k := targetName(in.InstanceId, in.EniIp, tencentapi.Int64Or(in.Port, 0))
		if seen[k] {
			return tencentapi.Errf("InvalidParameterValue.Duplicate", "The target %s appears twice.", k)
		}
		seen[k] = true
	}
	return nil
}

type modifyTargetPortRequest struct {
	LoadBalancerId string        `json:"LoadBalancerId"`
	ListenerId     string        `json:"ListenerId"`
	Targets        []targetInput `json:"Targets"`
	NewPort        *int64        `json:"NewPort"`
}

func (e *state) modifyTargetPort(c *tencentapi.Call, req *modifyTargetPortRequest) (any, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	l, aerr := findListener(b, req.ListenerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	if req.NewPort == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter NewPort is required.")
	}
	if len(req.Targets) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Targets is required.")
	}
	e.pruneTargets(l)
	var moved []*targetRecord
	for _, in := range req.Targets {
		if aerr := checkTarget(in.InstanceId, in.EniIp, in.Port, in.Weight, "InvalidParameterValue"); aerr != nil {
			return nil, aerr
		}
		if aerr := checkTarget(in.InstanceId, in.EniIp, req.NewPort, nil, "InvalidParameterValue"); aerr != nil {
			return nil, aerr
		}
		t := findTarget(l, in.InstanceId, in.EniIp, *in.Port)
		if t == nil {
			return nil, tencentapi.Errf("ResourceNotFound", "The target %s is not registered with the listener %s.", targetName(in.InstanceId, in.EniIp, *in.Port), l.ID)
		}
		if o := findTarget(l, in.InstanceId, in.EniIp, *req.NewPort); o != nil && o != t {
			return nil, tencentapi.Errf("InvalidParameterValue", "The target %s is already registered.", targetName(in.InstanceId, in.EniIp, *req.NewPort))
		}
		moved = append(moved, t)
	}
	task := e.startCLBTask(c, false)
	task.keepListener(b.ID, l.ID, l)
	for _, t := range moved {
		t.Port = *req.NewPort
	}
	return nil, nil
}
