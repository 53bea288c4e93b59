// Package taurusdb is the sandbox's emulation of Huawei Cloud TaurusDB
// (formerly GaussDB(for MySQL)), API v3: an instance's EIP (ShowInstanceEip,
// seed 004), binding and unbinding it (UpdateGaussMySqlInstanceEip,
// CancelGaussMySqlInstanceEip) and the jobs they start (ShowGaussMySqlJobInfo),
// from other-apis.md §5. Instances and EIPs are fixtures (fixtures.go): no
// emulated action creates them. It is served by the Huawei REST front door
// (huaweiapi) and hosted by the core as a state section.
//
// Every error code it answers is in the table of codes.go; the choices where
// the documents are silent are at the top of the file that implements them.
package taurusdb

import (
	"net/http"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
)

// ServiceName names TaurusDB in call counts, rate limits and fault rules
// ("service": "taurusdb"), and its section of the state file and its fixtures.
const ServiceName = "taurusdb"

// The actions, named as Huawei's API Explorer and SDKs name them.
const (
	ActionShowInstanceEip = "ShowInstanceEip"
	ActionBind            = "UpdateGaussMySqlInstanceEip"
	ActionUnbind          = "CancelGaussMySqlInstanceEip"
	ActionShowJob         = "ShowGaussMySqlJobInfo"
)

// Product is TaurusDB as the sandbox core hosts it.
type Product struct {
	state   *state
	service *huaweiapi.Service
}

// New returns an empty TaurusDB.
func New() *Product {
	s := newState()
	return &Product{state: s, service: s.service()}
}

// Section is TaurusDB's state (host.Section and host.Fixtures).
func (p *Product) Section() host.Section { return p.state }

// Service is TaurusDB's routes for the Huawei front door.
func (p *Product) Service() *huaweiapi.Service { return p.service }

func (s *state) service() *huaweiapi.Service {
	return &huaweiapi.Service{
		Name: ServiceName,
		Routes: []huaweiapi.Route{
			{Method: http.MethodGet, Path: "/v3/{project_id}/instances/{instance_id}/eip", Action: ActionShowInstanceEip, Run: s.showInstanceEip},
			{Method: http.MethodPut, Path: "/v3/{project_id}/instances/{instance_id}/public-ips/bind", Action: ActionBind, Mutating: true, Run: s.bind},
			{Method: http.MethodPut, Path: "/v3/{project_id}/instances/{instance_id}/public-ips/unbind", Action: ActionUnbind, Mutating: true, Run: s.unbind},
			{Method: http.MethodGet, Path: "/v3/{project_id}/jobs", Action: ActionShowJob, Run: s.showJob},
		},
		StatusOf:      statusOf,
		InternalError: codeServerFailure,
	}
}
