package ecm

import (
	"slices"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeTargets and DescribeTargetHealth (choices in clb_target.go).

type describeTargetsRequest struct {
	LoadBalancerId string                `json:"LoadBalancerId"`
	ListenerIds    []string              `json:"ListenerIds"`
	Protocol       tencentapi.FlexString `json:"Protocol"`
	Port           *int64                `json:"Port"`
}

type backendView struct {
	InstanceId         string   `json:"InstanceId"`
	Port               int64    `json:"Port"`
	Weight             int64    `json:"Weight"`
	PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	RegisteredTime     string   `json:"RegisteredTime"`
	EniId              string   `json:"EniId"`
	PublicIpAddresses  []string `json:"PublicIpAddresses"`
	InstanceName       string   `json:"InstanceName"`
}

type listenerBackendView struct {
	ListenerId string        `json:"ListenerId"`
	Protocol   string        `json:"Protocol"`
	Port       int64         `json:"Port"`
	Targets    []backendView `json:"Targets"`
}

func (e *state) describeTargets(_ *tencentapi.Call, req *describeTargetsRequest) (any, *tencentapi.Error) {
	b, aerr := e.findLB(req.LoadBalancerId, "ResourceNotFound")
	if aerr != nil {
		return nil, aerr
	}
	protocol := ""
	v, aerr := req.Protocol.Get("Protocol")
	if aerr != nil {
		return nil, aerr
	}
	if v != "" {
		protocol = strings.ToUpper(v)
		if protocol != "TCP" && protocol != "UDP" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter Protocol=%q must be TCP or UDP.", v)
		}
	}
	out := []listenerBackendView{}
	for _, l := range sortedListeners(b) {
		if len(req.ListenerIds) > 0 && !slices.Contains(req.ListenerIds, l.ID) ||
			protocol != "" && l.Protocol != protocol || req.Port != nil && l.Port != *req.Port {
			continue
		}
		v := listenerBackendView{ListenerId: l.ID, Protocol: l.Protocol, Port: l.Port, Targets: []backendView{}}
		for _, t := range e.liveTargets(l) {
			v.Targets = append(v.Targets, e.backendView(t))
		}
		out = append(out, v)
	}
	return struct {
		Listeners []listenerBackendView `json:"Listeners"`
	}{out}, nil
}

func (e *state) backendView(t *targetRecord) backendView {
	v := backendView{InstanceId: t.InstanceID, Port: t.Port, Weight: t.Weight, PrivateIpAddresses: []string{e.targetIP(t)},
		RegisteredTime: t.Registered.In(chinaStandard).Format(tcTimeLayout), PublicIpAddresses: []string{}}
	if ins, ok := e.Instances[t.InstanceID]; ok {
		v.InstanceName = ins.Name
		if ins.PublicIP != "" && t.EniIP == "" {
			v.PublicIpAddresses = []string{ins.PublicIP}
		}
	}
	if n := e.targetENI(t); n != nil {
		v.EniId = n.ID
	}
	return v
}

type describeTargetHealthRequest struct {
	LoadBalancerIds []string `json:"LoadBalancerIds"`
}

type targetHealthView struct {
	IP                 string `json:"IP"`
	Port               int64  `json:"Port"`
	HealthStatus       bool   `json:"HealthStatus"`
	TargetId           string `json:"TargetId"`
	HealthStatusDetail string `json:"HealthStatusDetail"`
}

type ruleHealthView struct {
	Targets []targetHealthView `json:"Targets"`
}

type listenerHealthView struct {
	ListenerId   string           `json:"ListenerId"`
	ListenerName string           `json:"ListenerName"`
	Protocol     string           `json:"Protocol"`
	Port         int64            `json:"Port"`
	Rules        []ruleHealthView `json:"Rules"`
}

type lbHealthView struct {
	LoadBalancerId   string               `json:"LoadBalancerId"`
	LoadBalancerName string               `json:"LoadBalancerName"`
	Listeners        []listenerHealthView `json:"Listeners"`
}

func (e *state) describeTargetHealth(_ *tencentapi.Call, req *describeTargetHealthRequest) (any, *tencentapi.Error) {
	if len(req.LoadBalancerIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter LoadBalancerIds is required.")
	}
	out := []lbHealthView{}
	for _, id := range req.LoadBalancerIds {
		b, aerr := e.findLB(id, "InvalidParameter.LBIdNotFound")
		if aerr != nil {
			return nil, aerr
		}
		v := lbHealthView{LoadBalancerId: b.ID, LoadBalancerName: b.Name, Listeners: []listenerHealthView{}}
		for _, l := range sortedListeners(b) {
			rule := ruleHealthView{Targets: []targetHealthView{}}
			for _, t := range e.liveTargets(l) {
				healthy, detail := e.targetHealth(l, t)
				rule.Targets = append(rule.Targets, targetHealthView{IP: e.targetIP(t), Port: t.Port, HealthStatus: healthy,
					TargetId: t.InstanceID, HealthStatusDetail: detail})
			}
			v.Listeners = append(v.Listeners, listenerHealthView{ListenerId: l.ID, ListenerName: l.Name, Protocol: l.Protocol,
				Port: l.Port, Rules: []ruleHealthView{rule}})
		}
		out = append(out, v)
	}
	return struct {
		LoadBalancers []lbHealthView `json:"LoadBalancers"`
	}{out}, nil
}

// targetHealth: Alive while the instance runs, Dead otherwise; Close when the check is off.
func (e *state) targetHealth(l *listenerRecord, t *targetRecord) (bool, string) {
	if l.Health.HealthSwitch == 0 {
		return true, "Close"
	}
	if ins, ok := e.Instances[t.InstanceID]; ok && ins.State == insRunning {
		return true, "Alive"
	}
	return false, "Dead"
}
