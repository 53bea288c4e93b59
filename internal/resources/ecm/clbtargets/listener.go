package clbtargets

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// listener runs the backend calls of one listener, each waited on its CLB task.
type listener struct {
	conn           *conn.Conn
	loadBalancerID string
	listenerID     string
	timeout        time.Duration
}

var errStateNotSaved = errors.New("the resource could not be saved in state before waiting")

// bound returns the backends bound to the listener now (sorted), or a tencent.NotFoundError when
// the listener is gone. DescribeTargets shows an ENI-IP backend like an instance backend (the
// instance, and the address as its private IP), so a backend whose address and port are those of
// an ENI-IP backend in known (the state, the plan) is read as that ENI-IP backend.
func (l *listener) bound(ctx context.Context, known []target) ([]target, error) {
	lb, err := l.conn.ECM.FindListenerTargets(ctx, l.loadBalancerID, l.listenerID)
	if err != nil {
		return nil, err
	}
	eniIPs := map[targetKey]bool{}
	for _, t := range known {
		if t.EniIP != "" {
			eniIPs[t.key()] = true
		}
	}
	var out []target
	for _, b := range lb.Targets {
		if len(b.PrivateIpAddresses) > 0 && eniIPs[targetKey{owner{EniIP: b.PrivateIpAddresses[0]}, b.Port}] {
			out = append(out, target{EniIP: b.PrivateIpAddresses[0], Port: b.Port, Weight: b.Weight})
			continue
		}
		if b.InstanceId != "" {
			out = append(out, target{InstanceID: b.InstanceId, Port: b.Port, Weight: b.Weight})
		}
	}
	slices.SortFunc(out, byKey)
	return out, nil
}

func (l *listener) batch(ts []target, withWeight bool) ecm.BatchTargetsRequest {
	req := ecm.BatchTargetsRequest{LoadBalancerId: l.loadBalancerID}
	for _, t := range ts {
		bt := ecm.BatchTarget{ListenerId: l.listenerID, InstanceId: t.InstanceID, EniIp: t.EniIP, Port: &t.Port}
		if withWeight {
			bt.Weight = &t.Weight
		}
		req.Targets = append(req.Targets, bt)
	}
	return req
}

// apply makes the calls of c in order. saved runs once, after the first call has been accepted and
// before its wait (Create saves the resource ID there).
func (l *listener) apply(ctx context.Context, c changes, saved func() bool) error {
	api := l.conn.ECM
	first := true
	await := func(action, requestID string) error {
		if first {
			first = false
			if !saved() {
				return errStateNotSaved
			}
		}
		return api.WaitLoadBalanceTask(ctx, wait.Options{Timeout: l.timeout}, requestID, action)
	}
	if len(c.Deregister) > 0 {
		out, err := api.BatchDeregisterTargets(ctx, l.batch(c.Deregister, false))
		if err == nil {
			err = await("BatchDeregisterTargets", out.RequestId)
		}
		if err != nil {
			return err
		}
	}
	for _, group := range movesByNewPort(c.MovePorts) {
		req := ecm.ModifyTargetPortRequest{LoadBalancerId: l.loadBalancerID, ListenerId: l.listenerID, NewPort: group[0].To}
		for _, m := range group {
			req.Targets = append(req.Targets, ecm.Target{InstanceId: m.InstanceID, EniIp: m.EniIP, Port: &m.From})
		}
		out, err := api.ModifyTargetPort(ctx, req)
		if err == nil {
			err = await("ModifyTargetPort", out.RequestId)
		}
		if err != nil {
			return err
		}
	}
	if len(c.Register) > 0 {
		out, err := api.BatchRegisterTargets(ctx, l.batch(c.Register, true))
		if err == nil {
			err = await("BatchRegisterTargets", out.RequestId)
		}
		if err != nil {
			return err
		}
	}
	if len(c.Weights) > 0 {
		rule := ecm.TargetsWeightRule{ListenerId: l.listenerID}
		for _, t := range c.Weights {
			rule.Targets = append(rule.Targets, ecm.Target{InstanceId: t.InstanceID, EniIp: t.EniIP, Port: &t.Port, Weight: &t.Weight})
		}
		out, err := api.BatchModifyTargetWeight(ctx, ecm.BatchModifyTargetWeightRequest{LoadBalancerId: l.loadBalancerID, ModifyList: []ecm.TargetsWeightRule{rule}})
		if err == nil {
			err = await("BatchModifyTargetWeight", out.RequestId)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// movesByNewPort groups port moves by their new port (ModifyTargetPort takes one NewPort), in
// ascending order of it.
func movesByNewPort(moves []portMove) [][]portMove {
	by := map[int64][]portMove{}
	var ports []int64
	for _, m := range moves {
		if _, ok := by[m.To]; !ok {
			ports = append(ports, m.To)
		}
		by[m.To] = append(by[m.To], m)
	}
	slices.Sort(ports)
	out := make([][]portMove, len(ports))
	for i, p := range ports {
		out[i] = by[p]
	}
	return out
}

// deregisterAll unbinds every backend of the listener (known: the ENI-IP backends to recognize,
// see bound); a listener already gone (or without backends) is success.
func (l *listener) deregisterAll(ctx context.Context, known []target) error {
	ts, err := l.bound(ctx, known)
	if tencent.IsNotFound(err) || (err == nil && len(ts) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	return l.apply(ctx, changes{Deregister: ts}, func() bool { return true })
}
