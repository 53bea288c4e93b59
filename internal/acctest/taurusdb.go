package acctest

import (
	"testing"
)

// TaurusDB fixtures (the common brief's "taurusdb" document): instances and EIPs exist in the
// sandbox only as fixtures, since no documented action creates them.

// TaurusDBInstance is an instance fixture as the sandbox answers it.
type TaurusDBInstance struct {
	ID        string `json:"id,omitempty"`
	ProjectID string `json:"project_id"`
	Region    string `json:"region"`
	Name      string `json:"name,omitempty"`
	Status    string `json:"status,omitempty"`
	PrivateIP string `json:"private_ip,omitempty"`
}

// TaurusDBEIP is an EIP fixture as the sandbox answers it.
type TaurusDBEIP struct {
	ID                 string `json:"id,omitempty"`
	ProjectID          string `json:"project_id"`
	Region             string `json:"region"`
	PublicIPAddress    string `json:"public_ip_address,omitempty"`
	Type               string `json:"type,omitempty"`
	BandwidthSize      int    `json:"bandwidth_size"`
	BandwidthShareType string `json:"bandwidth_share_type,omitempty"`
	BandwidthID        string `json:"bandwidth_id,omitempty"`
	BandwidthName      string `json:"bandwidth_name,omitempty"`
}

type taurusDBBusy struct {
	InstanceID string `json:"instance_id"`
	Calls      int    `json:"calls"`
}

type taurusDBDoc struct {
	Instances       []TaurusDBInstance `json:"instances,omitempty"`
	EIPs            []TaurusDBEIP      `json:"eips,omitempty"`
	Busy            []taurusDBBusy     `json:"busy,omitempty"`
	DeleteInstances []string           `json:"delete_instances,omitempty"`
}

const taurusDBRealHint = "create a TaurusDB instance and EIPs in HW_REGION_NAME/HW_PROJECT_ID; these tests cannot run against the real cloud as written"

// TaurusDBFixture creates one ACTIVE instance and eips unbound EIPs (5 Mbit/s, dedicated) in the
// tests' region and project.
func TaurusDBFixture(t *testing.T, eips int) (TaurusDBInstance, []TaurusDBEIP) {
	t.Helper()
	doc := taurusDBDoc{Instances: []TaurusDBInstance{{ProjectID: HuaweiProjectID(), Region: HuaweiRegion(), Name: "tf-acc-db"}}}
	for range eips {
		doc.EIPs = append(doc.EIPs, TaurusDBEIP{ProjectID: HuaweiProjectID(), Region: HuaweiRegion(), BandwidthSize: 5})
	}
	var out taurusDBDoc
	Fixtures(t, "taurusdb", doc, &out, taurusDBRealHint)
	if len(out.Instances) != 1 || len(out.EIPs) != eips || out.Instances[0].ID == "" {
		t.Fatalf("the sandbox answered the fixtures %+v", out)
	}
	return out.Instances[0], out.EIPs
}

// TaurusDBBusy makes the next calls bind/unbind calls on the instance answer 409 DBS.200019.
func TaurusDBBusy(t *testing.T, instanceID string, calls int) {
	t.Helper()
	Fixtures(t, "taurusdb", taurusDBDoc{Busy: []taurusDBBusy{{InstanceID: instanceID, Calls: calls}}}, nil, taurusDBRealHint)
}

// TaurusDBDeleteInstance deletes an instance behind Terraform's back (its EIP becomes unbound).
func TaurusDBDeleteInstance(t *testing.T, instanceID string) {
	t.Helper()
	Fixtures(t, "taurusdb", taurusDBDoc{DeleteInstances: []string{instanceID}}, nil, taurusDBRealHint)
}
