package sandbox

import (
	"strings"
	"unicode/utf8"
)

// ECM EIP actions, part 2: ModifyAddressAttribute (L24207),
// ModifyAddressesBandwidth (L24060), ReleaseAddresses (L23902).

const maxAddressNameChars = 20

// findAddresses resolves IDs (deduplicated, in order) in a region; an
// unknown ID is UnsupportedOperation.AddressIdNotFound.
func findAddresses(r *ecmRegion, region string, ids []string) ([]*addressRecord, *apiError) {
	seen := map[string]bool{}
	var out []*addressRecord
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		a, ok := r.Addresses[id]
		if !ok {
			return nil, errf("UnsupportedOperation.AddressIdNotFound", "The EIP %q was not found in the ECM region %s.", id, region)
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
func checkSettled(a *addressRecord) *apiError {
	if a.Status == addressCreating || a.Status == addressOfflining {
		return errf("UnsupportedOperation.StatusNotPermit", "The EIP %s is %s; this operation is not permitted in that status.", a.ID, a.Status)
	}
	return nil
}

type modifyAddressAttributeRequest struct {
	EcmRegion           string  `json:"EcmRegion"`
	AddressId           string  `json:"AddressId"`
	AddressName         *string `json:"AddressName"`
	EipDirectConnection *string `json:"EipDirectConnection"` // TRUE / FALSE
}

func modifyAddressAttribute(c *call, req *modifyAddressAttributeRequest) (any, *apiError) {
	if aerr := firstErr(checkRegion(req.EcmRegion), require("AddressId", req.AddressId)); aerr != nil {
		return nil, aerr
	}
	if req.AddressName != nil {
		if n := utf8.RuneCountInString(*req.AddressName); n > maxAddressNameChars {
			return nil, errf("InvalidParameterValue.TooLong", "The parameter AddressName is %d characters long; at most %d are allowed.", n, maxAddressNameChars)
		}
	}
	var direct bool
	if req.EipDirectConnection != nil {
		switch strings.ToUpper(*req.EipDirectConnection) {
		case "TRUE":
			direct = true
		case "FALSE":
		default:
			return nil, errf("InvalidParameterValue", "The parameter EipDirectConnection=%q must be TRUE or FALSE.", *req.EipDirectConnection)
		}
	}
	as, aerr := findAddresses(c.st.ECM.peekRegion(req.EcmRegion), req.EcmRegion, []string{req.AddressId})
	if aerr != nil {
		return nil, aerr
	}
	a := as[0]
	if aerr := checkSettled(a); aerr != nil {
		return nil, aerr
	}
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

func modifyAddressesBandwidth(c *call, req *modifyAddressesBandwidthRequest) (any, *apiError) {
	if aerr := checkRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	if len(req.AddressIds) == 0 {
		return nil, errf("MissingParameter", "The parameter AddressIds is required.")
	}
	if req.InternetMaxBandwidthOut == nil {
		return nil, errf("MissingParameter", "The parameter InternetMaxBandwidthOut is required.")
	}
	bw := *req.InternetMaxBandwidthOut
	if bw < minBandwidth || bw > maxBandwidth {
		return nil, errf("InvalidParameterValue.BandwidthOutOfRange", "The parameter InternetMaxBandwidthOut=%d must be between %d and %d Mbps.", bw, minBandwidth, maxBandwidth)
	}
	r := c.st.ECM.peekRegion(req.EcmRegion)
	as, aerr := findAddresses(r, req.EcmRegion, req.AddressIds)
	if aerr != nil {
		return nil, aerr
	}
	for _, a := range as {
		if aerr := checkSettled(a); aerr != nil {
			return nil, aerr
		}
		if r.runningTaskFor("ModifyAddressesBandwidth", a.ID) {
			return nil, errf("UnsupportedOperation.StatusNotPermit", "The EIP %s already has a bandwidth change in progress.", a.ID)
		}
	}
	t := c.startTask(r, addressIDs(as), bw)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}

type releaseAddressesRequest struct {
	EcmRegion  string   `json:"EcmRegion"`
	AddressIds []string `json:"AddressIds"`
}

func releaseAddresses(c *call, req *releaseAddressesRequest) (any, *apiError) {
	if aerr := checkRegion(req.EcmRegion); aerr != nil {
		return nil, aerr
	}
	if len(req.AddressIds) == 0 {
		return nil, errf("MissingParameter", "The parameter AddressIds is required.")
	}
	r := c.st.ECM.peekRegion(req.EcmRegion)
	as, aerr := findAddresses(r, req.EcmRegion, req.AddressIds)
	if aerr != nil {
		return nil, aerr
	}
	for _, a := range as {
		if a.Status != addressUnbind {
			return nil, errf("UnsupportedOperation.StatusNotPermit", "The EIP %s is %s; only UNBIND EIPs can be released.", a.ID, a.Status)
		}
	}
	for _, a := range as {
		a.Status = addressOfflining
	}
	t := c.startTask(r, addressIDs(as), 0)
	return struct {
		TaskId string `json:"TaskId"`
	}{t.ID}, nil
}
