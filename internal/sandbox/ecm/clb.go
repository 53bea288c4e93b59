package ecm

import (
	"slices"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM's edge Cloud Load Balancer (catalog §2.8, §3.8): load balancers,
// their TCP/UDP listeners and the listeners' targets (real servers).
//
// Sandbox choices where the document is silent (ARCHITECTURE.md, "ECM load
// balancers (CLB)"):
//   - Every CLB mutation is a task keyed by its call's RequestId
//     (DescribeLoadBalanceTaskStatus, clb_task.go). The change is visible at
//     once; the task stays in progress (Status 2) for the sandbox's task
//     duration and then succeeds (0) or, under a task_result: FAILED fault,
//     fails (1) and undoes its change. A created load balancer is Status 0
//     (creating) until its task succeeds.
//   - Load balancers are global objects (DescribeLoadBalancers' EcmRegion is
//     optional), each in the region it was created in; their VIP comes from
//     the sandbox's public address pool.
//   - An unknown load balancer or listener is InvalidParameter.LBIdNotFound /
//     InvalidParameter.ListenerIdNotFound where the action's table lists them,
//     else ResourceNotFound (a common code).
//   - Quotas (limits.go): ecm.clbs_per_region, ecm.clb_listeners_per_lb,
//     ecm.clb_targets_per_listener.

// clb adapts a CLB handler: a non-numeric integer string (the front door's
// InvalidParameterValue.Malformed, in no CLB table) is InvalidParameterValue.
func clb[T any](fn func(c *tencentapi.Call, req *T) (any, *tencentapi.Error)) func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
	return withCodes(tencentapi.Handle(fn), map[string]string{"InvalidParameterValue.Malformed": "InvalidParameterValue"})
}

// Kinds of CLB IDs in the registry (global: region "").
const (
	kindLB       = "lb"
	kindListener = "lbl"
)

// Load balancer states (LoadBalancer.Status).
const (
	lbCreating = 0
	lbRunning  = 1
)

type lbTag struct {
	TagKey   string `json:"TagKey"`
	TagValue string `json:"TagValue"`
}

type lbRecord struct {
	ID           string                     `json:"id"`
	Name         string                     `json:"name"`
	Region       string                     `json:"region"`
	Type         string                     `json:"type"`
	ISP          string                     `json:"isp"`
	VpcID        string                     `json:"vpc_id"`
	SubnetID     string                     `json:"subnet_id,omitempty"`
	IPVersion    string                     `json:"ip_version"`
	VIP          string                     `json:"vip"`
	IPv6         string                     `json:"ipv6,omitempty"`
	Bandwidth    int64                      `json:"bandwidth"`
	Tags         []lbTag                    `json:"tags,omitempty"`
	Groups       []string                   `json:"groups,omitempty"`
	PassToTarget bool                       `json:"pass_to_target"`
	Status       int                        `json:"status"`
	Created      time.Time                  `json:"created"`
	StatusTime   time.Time                  `json:"status_time"`
	Seq          int64                      `json:"seq"`
	Listeners    map[string]*listenerRecord `json:"listeners"`
}

type healthCheck struct {
	HealthSwitch int64  `json:"HealthSwitch"`
	TimeOut      int64  `json:"TimeOut"`
	IntervalTime int64  `json:"IntervalTime"`
	HealthNum    int64  `json:"HealthNum"`
	UnHealthyNum int64  `json:"UnHealthyNum"`
	CheckPort    *int64 `json:"CheckPort,omitempty"`
	ContextType  string `json:"ContextType,omitempty"`
	SendContext  string `json:"SendContext,omitempty"`
	RecvContext  string `json:"RecvContext,omitempty"`
	CheckType    string `json:"CheckType"`
}

type listenerRecord struct {
	ID            string          `json:"id"`
	LB            string          `json:"lb"`
	Name          string          `json:"name"`
	Protocol      string          `json:"protocol"`
	Port          int64           `json:"port"`
	EndPort       int64           `json:"end_port,omitempty"`
	Scheduler     string          `json:"scheduler"`
	SessionExpire int64           `json:"session_expire"`
	SessionType   string          `json:"session_type"`
	Health        healthCheck     `json:"health"`
	Created       time.Time       `json:"created"`
	Seq           int64           `json:"seq"`
	Targets       []*targetRecord `json:"targets,omitempty"`
}

// targetRecord is a real server: an instance's primary address, or an ENI
// IP (EniIP set) of an ENI bound to an instance.
type targetRecord struct {
	InstanceID string    `json:"instance_id"`
	EniIP      string    `json:"eni_ip,omitempty"`
	Port       int64     `json:"port"`
	Weight     int64     `json:"weight"`
	Registered time.Time `json:"registered"`
}

func (l *listenerRecord) clone() *listenerRecord {
	c := *l
	c.Targets = make([]*targetRecord, len(l.Targets))
	for i, t := range l.Targets {
		tc := *t
		c.Targets[i] = &tc
	}
	return &c
}

// cloneAttrs copies a load balancer without its listeners.
func (b *lbRecord) cloneAttrs() *lbRecord {
	c := *b
	c.Tags = slices.Clone(b.Tags)
	c.Groups = slices.Clone(b.Groups)
	c.Listeners = nil
	return &c
}

// cloneAll copies a load balancer with its listeners.
func (b *lbRecord) cloneAll() *lbRecord {
	c := b.cloneAttrs()
	c.Listeners = make(map[string]*listenerRecord, len(b.Listeners))
	for id, l := range b.Listeners {
		c.Listeners[id] = l.clone()
	}
	return c
}

// ends is the listener's port range (a single port when EndPort is 0).
func (l *listenerRecord) ends() (int64, int64) {
	if l.EndPort > 0 {
		return l.Port, l.EndPort
	}
	return l.Port, l.Port
}

// conflicts: same protocol and overlapping port ranges.
func (l *listenerRecord) conflicts(o *listenerRecord) bool {
	if l.Protocol != o.Protocol {
		return false
	}
	a1, a2 := l.ends()
	b1, b2 := o.ends()
	return a1 <= b2 && b1 <= a2
}

// validCLBID: prefix, a hyphen, lowercase letters and digits. A malformed
// ID is InvalidParameter.FormatError (every CLB table lists it), never "not found".
func validCLBID(prefix, id string) bool {
	body, ok := strings.CutPrefix(id, prefix+"-")
	return ok && idBody.MatchString(body)
}

// findLB finds a load balancer; notFound is the action's code for an unknown one.
func (e *state) findLB(id, notFound string) (*lbRecord, *tencentapi.Error) {
	if aerr := tencentapi.Require("LoadBalancerId", id); aerr != nil {
		return nil, aerr
	}
	if !validCLBID("lb", id) {
		return nil, tencentapi.Errf("InvalidParameter.FormatError", "The load balancer ID %q is malformed (lb- and lowercase letters and digits).", id)
	}
	b, ok := e.LoadBalancers[id]
	if !ok {
		return nil, tencentapi.Errf(notFound, "The load balancer %s does not exist.", id)
	}
	return b, nil
}

// findListener finds a listener of b; notFound is the action's code for an unknown one.
func findListener(b *lbRecord, id, notFound string) (*listenerRecord, *tencentapi.Error) {
	if aerr := tencentapi.Require("ListenerId", id); aerr != nil {
		return nil, aerr
	}
	if !validCLBID("lbl", id) {
		return nil, tencentapi.Errf("InvalidParameter.FormatError", "The listener ID %q is malformed (lbl- and lowercase letters and digits).", id)
	}
	l, ok := b.Listeners[id]
	if !ok {
		return nil, tencentapi.Errf(notFound, "The listener %s does not exist in the load balancer %s.", id, b.ID)
	}
	return l, nil
}

func sortedListeners(b *lbRecord) []*listenerRecord {
	out := make([]*listenerRecord, 0, len(b.Listeners))
	for _, l := range b.Listeners {
		out = append(out, l)
	}
	tencentapi.SortBySeq(out, func(l *listenerRecord) int64 { return l.Seq }, false)
	return out
}

// resetCLB initialises the CLB part of the state (Reset).
func (e *state) resetCLB() {
	e.LoadBalancers = map[string]*lbRecord{}
	e.CLBTasks = map[string]*clbTask{}
	e.clbRunning = newCLBSchedule()
	e.clbFinished = newCLBSchedule()
}

// loadCLB takes the CLB part of a loaded state file (Load).
func (e *state) loadCLB(loaded *state) {
	for id, b := range loaded.LoadBalancers {
		if b == nil {
			continue
		}
		if b.Listeners == nil {
			b.Listeners = map[string]*listenerRecord{}
		}
		e.LoadBalancers[id] = b
		e.ids[id] = idEntry{kindLB, ""}
		for lid := range b.Listeners {
			e.ids[lid] = idEntry{kindListener, ""}
		}
		if b.VIP != "" {
			e.ips[b.VIP] = true
		}
	}
	for id, t := range loaded.CLBTasks {
		if t == nil {
			continue
		}
		e.CLBTasks[id] = t
		if t.Status == clbTaskRunning {
			e.clbRunning.Push(t)
		} else {
			e.clbFinished.Push(t)
		}
	}
}
