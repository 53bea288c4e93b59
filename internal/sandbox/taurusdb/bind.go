package taurusdb

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
)

// Binding and unbinding an EIP (other-apis.md §5):
//
//	PUT /v3/{project_id}/instances/{instance_id}/public-ips/bind   (UpdateGaussMySqlInstanceEip)
//	    {"public_ip": "<address>", "public_ip_id": "<EIP UUID>"}, both required -> 200 {"job_id"}
//	PUT /v3/{project_id}/instances/{instance_id}/public-ips/unbind (CancelGaussMySqlInstanceEip)
//	    no body -> 200 {"job_id"}
//
// Checks, in order (each answers the code of codes.go named): path shapes
// (DBS.280001); the body: bind takes exactly a JSON object with the two
// strings, an IPv4 address and a UUID, unknown members refused, unbind an empty
// body or {} (DBS.280001); the instance exists in the project (DBS.280238);
// a busy fixture, then a job running on the instance (409 DBS.200019); the
// instance is ACTIVE (403 DBS.200011); for bind, the EIP exists in the project
// (a project is one region) and public_ip is its address (DBS.280001), the
// instance has no EIP and the EIP is not bound (DBS.200004: binding the same
// EIP again is refused too, it is not a no-op); for unbind, the instance has an
// EIP (DBS.200004). Then the job starts (jobs.go): the EIP is BINDING (bind)
// or PENDING_UPDATE (unbind) until it ends.

type bindRequest struct {
	PublicIP   *string
	PublicIPID *string
}

// decodeBind decodes bind's body: a JSON object whose members are exactly named
// (encoding/json alone would take "Public_IP" for "public_ip"), strings only.
func decodeBind(body []byte) (bindRequest, error) {
	var members map[string]json.RawMessage
	if err := decodeStrict(body, &members); err != nil {
		return bindRequest{}, err
	}
	if members == nil {
		return bindRequest{}, errors.New("the body is not a JSON object")
	}
	var req bindRequest
	for name, raw := range members {
		var v string
		if err := json.Unmarshal(raw, &v); err != nil {
			return bindRequest{}, fmt.Errorf("%s must be a string", name)
		}
		switch name {
		case "public_ip":
			req.PublicIP = &v
		case "public_ip_id":
			req.PublicIPID = &v
		default:
			return bindRequest{}, fmt.Errorf("unknown member %q", name)
		}
	}
	return req, nil
}

type jobIDResponse struct {
	JobID string `json:"job_id"`
}

// decodeStrict decodes one JSON value into v, refusing unknown members and trailing data.
func decodeStrict(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// operable applies the checks every bind and unbind shares once the instance is found.
func operable(ins *instanceRecord) *huaweiapi.Error {
	if ins.Busy > 0 {
		ins.Busy--
		return errf(codeBeingOperated, "The DB instance %s is being operated. Try again later.", ins.ID)
	}
	if ins.Job != "" {
		return errf(codeBeingOperated, "The DB instance %s is being operated (job %s). Try again later.", ins.ID, ins.Job)
	}
	if ins.Status != instanceActive {
		return errf(codeStatus, "The DB instance %s status %s does not allow this operation now.", ins.ID, ins.Status)
	}
	return nil
}

// bind is UpdateGaussMySqlInstanceEip.
func (s *state) bind(c *huaweiapi.Call) (any, *huaweiapi.Error) {
	if aerr := s.pathShapes(c); aerr != nil {
		return nil, aerr
	}
	req, err := decodeBind(c.Body)
	if err != nil {
		return nil, errf(codeParameter, "Parameter error: the body must be {\"public_ip\": \"...\", \"public_ip_id\": \"...\"}: %v.", err)
	}
	switch {
	case req.PublicIP == nil || *req.PublicIP == "":
		return nil, errf(codeParameter, "Parameter error: public_ip is required.")
	case req.PublicIPID == nil || *req.PublicIPID == "":
		return nil, errf(codeParameter, "Parameter error: public_ip_id is required.")
	case !isUUID(*req.PublicIPID):
		return nil, errf(codeParameter, "Parameter error: public_ip_id %q is not an EIP ID.", *req.PublicIPID)
	}
	address, err := parseIPv4(*req.PublicIP)
	if err != nil || address != *req.PublicIP {
		return nil, errf(codeParameter, "Parameter error: public_ip %q is not an IPv4 address.", *req.PublicIP)
	}
	p, ins, aerr := s.pathInstance(c)
	if aerr != nil {
		return nil, aerr
	}
	if aerr := operable(ins); aerr != nil {
		c.Changed = true // a busy count may have been taken
		return nil, aerr
	}
	e := p.EIPs[*req.PublicIPID]
	switch {
	case e == nil:
		return nil, errf(codeParameter, "Parameter error: the EIP %s does not exist in project %s.", *req.PublicIPID, p.ID)
	case e.Address != address:
		return nil, errf(codeParameter, "Parameter error: public_ip %s is not the address of the EIP %s (%s).", address, e.ID, e.Address)
	case ins.EIP != "":
		return nil, errf(codeIllegal, "Operation is illegal: the DB instance %s already has the EIP %s.", ins.ID, ins.EIP)
	case e.Instance != "":
		return nil, errf(codeIllegal, "Operation is illegal: the EIP %s is bound to %s.", e.ID, e.Instance)
	}
	ins.EIP, e.Instance, e.Status = e.ID, ins.ID, eipBinding
	j := s.startJob(c, p, ins, e, jobBind)
	return jobIDResponse{JobID: j.ID}, nil
}

// unbind is CancelGaussMySqlInstanceEip.
func (s *state) unbind(c *huaweiapi.Call) (any, *huaweiapi.Error) {
	if aerr := s.pathShapes(c); aerr != nil {
		return nil, aerr
	}
	if len(bytes.TrimSpace(c.Body)) > 0 {
		var empty struct{}
		if err := decodeStrict(c.Body, &empty); err != nil {
			return nil, errf(codeParameter, "Parameter error: unbind takes no body (or {}): %v.", err)
		}
	}
	p, ins, aerr := s.pathInstance(c)
	if aerr != nil {
		return nil, aerr
	}
	if aerr := operable(ins); aerr != nil {
		c.Changed = true
		return nil, aerr
	}
	e := p.EIPs[ins.EIP]
	if e == nil {
		return nil, errf(codeIllegal, "Operation is illegal: the DB instance %s has no EIP to unbind.", ins.ID)
	}
	e.Status = eipUnbinding
	j := s.startJob(c, p, ins, e, jobUnbind)
	return jobIDResponse{JobID: j.ID}, nil
}

// pathShapes checks project_id and instance_id before the body is read.
func (s *state) pathShapes(c *huaweiapi.Call) *huaweiapi.Error {
	if aerr := checkProjectID(c.Param("project_id")); aerr != nil {
		return aerr
	}
	return checkInstanceID(c.Param("instance_id"))
}
