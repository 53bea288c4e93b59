package ecm

import (
	"strings"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM EIP actions, part 2: ModifyAddressAttribute (L24207),
// ModifyAddressesBandwidth (L24060), ReleaseAddresses (L23902).

const maxAddressNameChars = 20

// findAddresses resolves IDs (deduplicated, in order) in a region; an
// unknown ID is UnsupportedOperation.AddressIdNotFound.
func findAddresses(r *region, region string, ids []string) ([]*addressRecord, *tencentapi.Error) {
	seen := map[string]bool{}
	var out []*addressRecord
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		a, ok := r.Addresses[id]
		if !ok {
			return nil, tencentapi.Errf("UnsupportedOperation.AddressIdNotFound", "The EIP %q was not found in the ECM region %s.", id, region)
		}
		out = append(out, a)
	}
	return out, nil
}

func addressIDs(as []*addressRecord) []string {
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return ids
}

// checkSettled rejects addresses that are still being created or released.
func checkSettled(a *addressRecord) *tencentapi.Error {
	if a.Status == addressCreating || a.Status == addressOfflining {
		return tencentapi.Errf("UnsupportedOperation.StatusNotPermit", "The EIP %s is %s; this operation is not permitted in that status.", a.ID, a.Status)
	}
	return nil
}

type modifyAddressAttributeRequest struct {
	EcmRegion           string  `json:"EcmRegion"`
	AddressId           string  `json:"AddressId"`
	AddressName         *string `json:"AddressName"`
	EipDirectConnection *string `json:"EipDirectConnection"` // TRUE / FALSE
}

func (e *state) modifyAddressAttribute(c *tencentapi.Call, req *modifyAddressAttributeRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.FirstErr(e.checkRegion(c, req.EcmRegion), tencentapi.Require("AddressId", req.AddressId)); aerr != nil {
		return nil, aerr
	}
	if aerr := checkID("AddressId", "eip", req.AddressId, "UnsupportedOperation.Malformed"); aerr != nil {
		return nil, aerr
	}
	if req.AddressName != nil {
		if n := utf8.RuneCountInString(*req.AddressName); n > maxAddressNameChars {
			return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter AddressName is %d characters long; at most %d are allowed.", n, maxAddressNameChars)
		}
	}
	var direct bool
	if req.EipDirectConnection != nil {
		switch strings.ToUpper(*req.EipDirectConnection) {
		case "TRUE":
			direct = true
		case "FALSE":
		default:
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter EipDirectConnection=%q must be TRUE or FALSE.", *req.EipDirectConnection)
		}
	}
	as, aerr := findAddresses(e.peekRegion(req.EcmRegion), req.EcmRegion, []string{req.AddressId})
	if aerr != nil {
		return nil, aerr
	}
	a := as[0]
	if aerr := checkSettled(a); aerr != nil {
		return nil, aerr
	}
	e.lagAddresses(c, req.EcmRegion, as)
	if req.AddressName != nil {
		a.Name = *req.AddressName
	}
	if req.EipDirectConnection != nil {
		a.DirectConnection = direct
	}
	return nil, nil
}

type modifyAddressesBandwidthRequest struct {
	EcmRegion               string   `json:"EcmRegion"`
	AddressIds              []string `json:"AddressIds"`
	InternetMaxBandwidthOut *int64   `json:"InternetMaxBandwidthOut"`
}

func (e *state) modifyAddressesBandwidth(c *tencentapi.Call, req *modifyAddressesBandwidthRequest) (any, *tencentapi.Error) {
	// The table lists neither InvalidRegion nor a Malformed code: an unknown
	// region and a malformed ID are InvalidParameterValue, the closest.
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	if len(req.AddressIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter AddressIds is required.")
	}
	if aerr := checkIDs("AddressIds", "eip", req.AddressIds, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	if req.InternetMaxBandwidthOut == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter InternetMaxBandwidthOut is required.")
	}
	bw := *req.InternetMaxBandwidthOut
	if bw < minBandwidth || bw > maxBandwidth {
		return nil, tencentapi.Errf("InvalidParameterValue.BandwidthOutOfRange", "The parameter InternetMaxBandwidthOut=%d must be between %d and %d Mbps.", bw, minBandwidth, maxBandwidth)
	}
	r := e.peekRegion(req.EcmRegion)
	as, aerr := findAddresses(r, req.EcmRegion, req.AddressIds)
	if aerr != nil {
		return nil, aerr
	}
	for _, a := range as {
		if aerr := checkSettled(a); aerr != nil {
			return nil, aerr
		}
		if e.runningTaskFor("ModifyAddressesBandwidth", a.ID) {
			return nil, tencentapi.Errf("UnsupportedOperation.StatusNotPermit", "The EIP %s already has a bandwidth change in progress.", a.ID)
		}
	}
	t := e.startTask(c, req.EcmRegion, addressIDs(as), bw)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}

type releaseAddressesRequest struct {
	EcmRegion  string   `json:"EcmRegion"`
	AddressIds []string `json:"AddressIds"`
}

func (e *state) releaseAddresses(c *tencentapi.Call, req *releaseAddressesRequest) (any, *tencentapi.Error) {
	// The table lists no InvalidRegion: an unknown region is InvalidParameterValue, the closest.
	if aerr := e.checkRegionCode(c, req.EcmRegion, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	if len(req.AddressIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter AddressIds is required.")
	}
	if aerr := checkIDs("AddressIds", "eip", req.AddressIds, "UnsupportedOperation.Malformed"); aerr != nil {
		return nil, aerr
	}
	r := e.peekRegion(req.EcmRegion)
	as, aerr := findAddresses(r, req.EcmRegion, req.AddressIds)
	if aerr != nil {
		return nil, aerr
	}
	for _, a := range as {
		if a.Status != addressUnbind {
			return nil, tencentapi.Errf("UnsupportedOperation.StatusNotPermit", "The EIP %s is %s; only UNBIND EIPs can be released.", a.ID, a.Status)
		}
	}
	e.lagAddresses(c, req.EcmRegion, as)
	for _, a := range as {
		a.Status = addressOfflining
	}
	t := e.startTask(c, req.EcmRegion, addressIDs(as), 0)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}
