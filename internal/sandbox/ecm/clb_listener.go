package ecm

import (
	"slices"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// Listeners: CreateListener, DescribeListeners, ModifyListener,
// DeleteListener, DeleteLoadBalancerListeners.
//
// Sandbox choices: values outside the documented ranges (ports 1..65535,
// SessionExpireTime 0 or 30..3600, the HealthCheck ranges, the enums) are
// InvalidParameterValue (a common code; the tables have no range code); a
// listener mutation on a load balancer still being created (Status 0) is
// FailedOperation (a common code); a port that overlaps a listener of the
// same protocol makes the CreateListener task fail (clb_task.go).

type healthCheckInput struct {
	HealthSwitch *int64  `json:"HealthSwitch"`
	TimeOut      *int64  `json:"TimeOut"`
	IntervalTime *int64  `json:"IntervalTime"`
	HealthNum    *int64  `json:"HealthNum"`
	UnHealthyNum *int64  `json:"UnHealthyNum"`
	CheckPort    *int64  `json:"CheckPort"`
	ContextType  *string `json:"ContextType"`
	SendContext  *string `json:"SendContext"`
	RecvContext  *string `json:"RecvContext"`
	CheckType    *string `json:"CheckType"`
}

var defaultHealthCheck = healthCheck{HealthSwitch: 1, TimeOut: 2, IntervalTime: 5, HealthNum: 3, UnHealthyNum: 3, CheckType: "TCP"}

func inRange(name string, v, lo, hi int64) *tencentapi.Error {
	if v < lo || v > hi {
		return tencentapi.Errf("InvalidParameterValue", "The parameter %s=%d must be between %d and %d.", name, v, lo, hi)
	}
	return nil
}

// merge applies the given fields of in to h and validates the result for protocol.
func (in *healthCheckInput) merge(h healthCheck, protocol string) (healthCheck, *tencentapi.Error) {
	if in == nil {
		return h, nil
	}
	set := func(dst *int64, src *int64) {
		if src != nil {
			*dst = *src
		}
	}
	set(&h.HealthSwitch, in.HealthSwitch)
	set(&h.TimeOut, in.TimeOut)
	set(&h.IntervalTime, in.IntervalTime)
	set(&h.HealthNum, in.HealthNum)
	set(&h.UnHealthyNum, in.UnHealthyNum)
	if in.CheckPort != nil {
		p := *in.CheckPort
		h.CheckPort = &p
	}
	for dst, src := range map[*string]*string{&h.ContextType: in.ContextType, &h.SendContext: in.SendContext, &h.RecvContext: in.RecvContext, &h.CheckType: in.CheckType} {
		if src != nil {
			*dst = *src
		}
	}
	if aerr := tencentapi.FirstErr(inRange("HealthCheck.HealthSwitch", h.HealthSwitch, 0, 1), inRange("HealthCheck.TimeOut", h.TimeOut, 2, 60),
		inRange("HealthCheck.IntervalTime", h.IntervalTime, 5, 300), inRange("HealthCheck.HealthNum", h.HealthNum, 2, 10),
		inRange("HealthCheck.UnHealthyNum", h.UnHealthyNum, 2, 10)); aerr != nil {
		return h, aerr
	}
	if h.CheckPort != nil {
		if aerr := inRange("HealthCheck.CheckPort", *h.CheckPort, 1, 65535); aerr != nil {
			return h, aerr
		}
	}
	if h.TimeOut >= h.IntervalTime {
		return h, tencentapi.Errf("InvalidParameterValue", "HealthCheck.TimeOut=%d must be less than HealthCheck.IntervalTime=%d.", h.TimeOut, h.IntervalTime)
	}
	switch {
	case h.CheckType != "TCP" && h.CheckType != "CUSTOM":
		return h, tencentapi.Errf("InvalidParameterValue", "HealthCheck.CheckType=%q must be TCP or CUSTOM.", h.CheckType)
	case h.CheckType == "CUSTOM" && protocol != "UDP":
		return h, tencentapi.Errf("InvalidParameterValue", "HealthCheck.CheckType CUSTOM is for UDP listeners only.")
	case h.CheckType == "CUSTOM" && h.ContextType != "HEX" && h.ContextType != "TEXT":
		return h, tencentapi.Errf("InvalidParameterValue", "HealthCheck.ContextType=%q must be HEX or TEXT for a CUSTOM check.", h.ContextType)
	case len(h.SendContext) > 500 || len(h.RecvContext) > 500:
		return h, tencentapi.Errf("InvalidParameterValue.Length", "HealthCheck.SendContext and RecvContext are at most 500 characters.")
	}
	return h, nil
}

func checkSessionExpire(v int64) *tencentapi.Error {
	if v != 0 && (v < 30 || v > 3600) {
		return tencentapi.Errf("InvalidParameterValue", "The parameter SessionExpireTime=%d must be 0 or between 30 and 3600.", v)
	}
	return nil
}

func checkScheduler(v string) *tencentapi.Error {
	if v != "WRR" && v != "LEAST_CONN" {
		return tencentapi.Errf("InvalidParameterValue", "The parameter Scheduler=%q must be WRR or LEAST_CONN.", v)
	}
	return nil
}

// findRunningLB finds a load balancer that accepts listener and target changes.
func (e *state) findRunningLB(id, notFound string) (*lbRecord, *tencentapi.Error) {
	b, aerr := e.findLB(id, notFound)
	if aerr != nil {
		return nil, aerr
	}
	if b.Status != lbRunning {
		return nil, tencentapi.Errf("FailedOperation", "The load balancer %s is still being created.", id)
	}
	return b, nil
}

type createListenerRequest struct {
	LoadBalancerId    string            `json:"LoadBalancerId"`
	Ports             []int64           `json:"Ports"`
	Protocol          string            `json:"Protocol"`
	ListenerNames     []string          `json:"ListenerNames"`
	HealthCheck       *healthCheckInput `json:"HealthCheck"`
	SessionExpireTime *int64            `json:"SessionExpireTime"`
	Scheduler         *string           `json:"Scheduler"`
	SessionType       *string           `json:"SessionType"`
	EndPorts          []int64           `json:"EndPorts"`
}

func (e *state) createListener(c *tencentapi.Call, req *createListenerRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(tencentapi.Require("LoadBalancerId", req.LoadBalancerId), tencentapi.Require("Protocol", req.Protocol)); aerr != nil {
		return nil, aerr
	}
	if len(req.Ports) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter Ports is required.")
	}
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	if req.Protocol != "TCP" && req.Protocol != "UDP" {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter Protocol=%q must be TCP or UDP.", req.Protocol)
	}
	if len(req.ListenerNames) > 0 && len(req.ListenerNames) != len(req.Ports) {
		return nil, tencentapi.Errf("InvalidParameterValue", "ListenerNames must have one name per port.")
	}
	if len(req.EndPorts) > 0 && len(req.EndPorts) != len(req.Ports) {
		return nil, tencentapi.Errf("InvalidParameterValue", "EndPorts must have one end port per port.")
	}
	expire := tencentapi.Int64Or(req.SessionExpireTime, 0)
	scheduler, sessionType := "WRR", "NORMAL"
	if req.Scheduler != nil {
		scheduler = *req.Scheduler
	}
	if req.SessionType != nil {
		sessionType = *req.SessionType
	}
	if aerr := tencentapi.FirstErr(checkSessionExpire(expire), checkScheduler(scheduler)); aerr != nil {
		return nil, aerr
	}
	if sessionType != "NORMAL" && (sessionType != "QUIC_CID" || req.Protocol != "UDP") {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter SessionType=%q must be NORMAL, or QUIC_CID for UDP.", sessionType)
	}
	health, aerr := req.HealthCheck.merge(defaultHealthCheck, req.Protocol)
	if aerr != nil {
		return nil, aerr
	}
	if quota := limit(c, LimitCLBListenersPerLB); len(b.Listeners)+len(req.Ports) > quota {
		return nil, tencentapi.Errf("LimitExceeded", "The load balancer %s has %d listeners; %d more exceed the quota of %d.", b.ID, len(b.Listeners), len(req.Ports), quota)
	}
	news := make([]*listenerRecord, len(req.Ports))
	for i, port := range req.Ports {
		l := &listenerRecord{LB: b.ID, Protocol: req.Protocol, Port: port, Scheduler: scheduler, SessionExpire: expire,
			SessionType: sessionType, Health: health, Created: c.Now}
		if len(req.ListenerNames) > 0 {
			l.Name = req.ListenerNames[i]
			if len(l.Name) > 255 {
				return nil, tencentapi.Errf("InvalidParameterValue.Length", "ListenerNames.%d is longer than 255 characters.", i)
			}
		}
		if aerr := inRange("Ports", port, 1, 65535); aerr != nil {
			return nil, aerr
		}
		if len(req.EndPorts) > 0 {
			l.EndPort = req.EndPorts[i]
			if aerr := inRange("EndPorts", l.EndPort, port+1, 65535); aerr != nil {
				return nil, aerr
			}
		}
		for _, o := range news[:i] {
			if o.conflicts(l) {
				return nil, tencentapi.Errf("InvalidParameterValue", "The ports of the request overlap (%d).", port)
			}
		}
		news[i] = l
	}
	conflict := false
	for _, l := range news {
		for _, o := range b.Listeners {
			conflict = conflict || o.conflicts(l)
		}
	}
	t := e.startCLBTask(c, conflict)
	ids := make([]string, len(news))
	for i, l := range news {
		l.ID = e.newID("lbl", kindListener, "")
		l.Seq = e.nextSeq()
		b.Listeners[l.ID] = l
		t.keepListener(b.ID, l.ID, nil)
		ids[i] = l.ID
	}
	return struct {
		ListenerIds []string `json:"ListenerIds"`
	}{ids}, nil
}

type describeListenersRequest struct {
	LoadBalancerId string   `json:"LoadBalancerId"`
	ListenerIds    []string `json:"ListenerIds"`
	Protocol       string   `json:"Protocol"`
	Port           *int64   `json:"Port"`
}

type listenerView struct {
	ListenerId        string      `json:"ListenerId"`
	Protocol          string      `json:"Protocol"`
	Port              int64       `json:"Port"`
	HealthCheck       healthCheck `json:"HealthCheck"`
	Scheduler         string      `json:"Scheduler"`
	SessionExpireTime int64       `json:"SessionExpireTime"`
	ListenerName      string      `json:"ListenerName"`
	CreateTime        string      `json:"CreateTime"`
	SessionType       string      `json:"SessionType"`
	EndPort           int64       `json:"EndPort"`
}

func (e *state) describeListeners(_ *tencentapi.Call, req *describeListenersRequest) (any, *tencentapi.Error) {
	b, aerr := e.findLB(req.LoadBalancerId, "InvalidParameter.LBIdNotFound")
	if aerr != nil {
		return nil, aerr
	}
	out := []listenerView{}
	for _, l := range sortedListeners(b) {
		if len(req.ListenerIds) > 0 && !slices.Contains(req.ListenerIds, l.ID) ||
			req.Protocol != "" && l.Protocol != req.Protocol || req.Port != nil && l.Port != *req.Port {
			continue
		}
		out = append(out, listenerView{ListenerId: l.ID, Protocol: l.Protocol, Port: l.Port, HealthCheck: l.Health,
			Scheduler: l.Scheduler, SessionExpireTime: l.SessionExpire, ListenerName: l.Name,
			CreateTime: l.Created.In(chinaStandard).Format(tcTimeLayout), SessionType: l.SessionType, EndPort: l.EndPort})
	}
	return struct {
		Listeners  []listenerView `json:"Listeners"`
		TotalCount int            `json:"TotalCount"`
	}{out, len(out)}, nil
}

type modifyListenerRequest struct {
	LoadBalancerId    string            `json:"LoadBalancerId"`
	ListenerId        string            `json:"ListenerId"`
	ListenerName      *string           `json:"ListenerName"`
	SessionExpireTime *int64            `json:"SessionExpireTime"`
	HealthCheck       *healthCheckInput `json:"HealthCheck"`
	Scheduler         *string           `json:"Scheduler"`
}

func (e *state) modifyListener(c *tencentapi.Call, req *modifyListenerRequest) (any, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	l, aerr := findListener(b, req.ListenerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	health, aerr := req.HealthCheck.merge(l.Health, l.Protocol)
	if aerr != nil {
		return nil, aerr
	}
	if req.SessionExpireTime != nil {
		if aerr := checkSessionExpire(*req.SessionExpireTime); aerr != nil {
			return nil, aerr
		}
	}
	if req.Scheduler != nil {
		if aerr := checkScheduler(*req.Scheduler); aerr != nil {
			return nil, aerr
		}
	}
	if req.ListenerName != nil && len(*req.ListenerName) > 255 {
		return nil, tencentapi.Errf("InvalidParameterValue.Length", "ListenerName is longer than 255 characters.")
	}
	t := e.startCLBTask(c, false)
	t.keepListener(b.ID, l.ID, l)
	l.Health = health
	if req.ListenerName != nil {
		l.Name = *req.ListenerName
	}
	if req.SessionExpireTime != nil {
		l.SessionExpire = *req.SessionExpireTime
	}
	if req.Scheduler != nil {
		l.Scheduler = *req.Scheduler
	}
	return nil, nil
}

type deleteListenerRequest struct {
	LoadBalancerId string `json:"LoadBalancerId"`
	ListenerId     string `json:"ListenerId"`
}

func (e *state) deleteListener(c *tencentapi.Call, req *deleteListenerRequest) (any, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	l, aerr := findListener(b, req.ListenerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	e.removeListeners(e.startCLBTask(c, false), b, []*listenerRecord{l})
	return nil, nil
}

func (e *state) removeListeners(t *clbTask, b *lbRecord, ls []*listenerRecord) {
	for _, l := range ls {
		t.keepListener(b.ID, l.ID, l)
		delete(b.Listeners, l.ID)
		delete(e.ids, l.ID)
	}
}

type deleteLoadBalancerListenersRequest struct {
	LoadBalancerId string   `json:"LoadBalancerId"`
	ListenerIds    []string `json:"ListenerIds"`
}

func (e *state) deleteLoadBalancerListeners(c *tencentapi.Call, req *deleteLoadBalancerListenersRequest) (any, *tencentapi.Error) {
	b, aerr := e.findRunningLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	ls := sortedListeners(b)
	if len(req.ListenerIds) > 0 {
		ls = ls[:0]
		for _, id := range req.ListenerIds {
			l, aerr := findListener(b, id, "ResourceNotFound")
			if aerr != nil {
				return nil, aerr
			}
			if !slices.Contains(ls, l) {
				ls = append(ls, l)
			}
		}
	}
	e.removeListeners(e.startCLBTask(c, false), b, ls)
	return nil, nil
}
