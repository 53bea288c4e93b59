package ecm

import (
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribeSnapshots (seed 003, L26216-L26530). The sandbox's account has no
// snapshots (no action creates them): every valid query answers TotalCount 0
// and an empty SnapshotSet. The request is still validated as documented:
//   - SnapshotIds.N and Filters.N exclude each other (InvalidParameterValue:
//     the table has no Coexist code); at most 100 IDs (InvalidParameterValue);
//     a malformed ID (snap- + lowercase letters and digits) is
//     InvalidParameterValue; a well-formed unknown ID just matches nothing
//     (the table has no not-found code).
//   - Filter names: snapshot-id, snapshot-name, snapshot-state, disk-usage,
//     project-id, disk-id, zone, encrypt, snapshot-type; another name is
//     InvalidParameterValue.InvalidFilter, as is a value outside a filter's
//     documented list (snapshot-state NORMAL/CREATING/ROLLBACKING, disk-usage
//     SYSTEM_DISK/DATA_DISK, encrypt TRUE/FALSE, snapshot-type
//     SHARED_SNAPSHOT/PRIVATE_SNAPSHOT) or a malformed snapshot-id/disk-id
//     (disk-id: disk- or ldisk-). Zones are not checked against the ECM
//     catalog: the example filters on ap-guangzhou-2, a CVM zone.
//   - Offset ≥ 0, Limit 0..100 (0: the default 20): InvalidParameterValue.
//   - OrderField CREATE_TIME, Order ASC or DESC: InvalidParameterValue.
//   - A mistyped parameter is InvalidParameter (common; the table lacks
//     InvalidParameter.InvalidDataFormat).

type describeSnapshotsRequest struct {
	SnapshotIds []string            `json:"SnapshotIds"`
	Filters     []tencentapi.Filter `json:"Filters"`
	Limit       *int64              `json:"Limit"`
	OrderField  string              `json:"OrderField"`
	Offset      *int64              `json:"Offset"`
	Order       string              `json:"Order"`
}

// snapshot is the Snapshot structure; the account never holds one.
type snapshot struct {
	SnapshotId string `json:"SnapshotId"`
}

var describeSnapshotsCodes = map[string]string{
	"InvalidParameter.Coexist":           "InvalidParameterValue",
	"InvalidParameter.InvalidDataFormat": "InvalidParameter",
}

var snapshotFilterValues = map[string][]string{
	"snapshot-id": nil, "snapshot-name": nil, "project-id": nil, "disk-id": nil, "zone": nil,
	"snapshot-state": {"NORMAL", "CREATING", "ROLLBACKING"},
	"disk-usage":     {"SYSTEM_DISK", "DATA_DISK"},
	"encrypt":        {"TRUE", "FALSE"},
	"snapshot-type":  {"SHARED_SNAPSHOT", "PRIVATE_SNAPSHOT"},
}

func snapshotFilters() tencentapi.FilterSet[*snapshot] {
	defs := map[string]tencentapi.FilterDef[*snapshot]{}
	for name := range snapshotFilterValues {
		defs[name] = tencentapi.FilterDef[*snapshot]{Match: func(*snapshot, []string) bool { return false }}
	}
	return tencentapi.FilterSet[*snapshot]{Defs: defs}
}

func checkSnapshotFilters(filters []tencentapi.Filter) *tencentapi.Error {
	for i, f := range filters {
		valid, known := snapshotFilterValues[f.Name]
		if !known {
			continue // Compile answers the unknown name
		}
		for j, v := range f.Values {
			param := fmt.Sprintf("Filters.%d.Values.%d", i, j)
			switch {
			case valid != nil && !tencentapi.AnyEqual(v, valid):
				return tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The filter %s (%s) is %q; valid values: %v.", f.Name, param, v, valid)
			case f.Name == "snapshot-id":
				if aerr := checkID(param, "snap", v, "InvalidParameterValue.InvalidFilter"); aerr != nil {
					return aerr
				}
			case f.Name == "disk-id":
				if checkID(param, "disk", v, "") != nil && checkID(param, "ldisk", v, "") != nil {
					return tencentapi.Errf("InvalidParameterValue.InvalidFilter", "The filter disk-id (%s) is %q: not a disk ID (disk- or ldisk-).", param, v)
				}
			}
		}
	}
	return nil
}

func (e *state) describeSnapshots(_ *tencentapi.Call, req *describeSnapshotsRequest) (any, *tencentapi.Error) {
	if aerr := checkIDs("SnapshotIds", "snap", req.SnapshotIds, "InvalidParameterValue"); aerr != nil {
		return nil, aerr
	}
	if req.OrderField != "" && req.OrderField != "CREATE_TIME" {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter OrderField=%q must be CREATE_TIME.", req.OrderField)
	}
	if req.Order != "" && req.Order != "ASC" && req.Order != "DESC" {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter Order=%q must be ASC or DESC.", req.Order)
	}
	if len(req.Filters) == 0 || len(req.SnapshotIds) == 0 {
		if aerr := checkSnapshotFilters(req.Filters); aerr != nil {
			return nil, aerr
		}
	}
	page, total, aerr := tencentapi.Describe[*snapshot]{
		IDsParam: "SnapshotIds", IDs: req.SnapshotIds, TooManyIDs: "InvalidParameterValue",
		Filters: req.Filters, FilterSet: snapshotFilters(),
		Offset: tencentapi.Int(req.Offset), Limit: tencentapi.Int(req.Limit), PagingCode: "InvalidParameterValue",
		Seq:        func(*snapshot) int64 { return 0 },
		Candidates: func([]string) []*snapshot { return nil },
	}.Run()
	if aerr != nil {
		return nil, remapCode(aerr, describeSnapshotsCodes)
	}
	set := make([]snapshot, 0, len(page))
	for _, s := range page {
		set = append(set, *s)
	}
	return struct {
		TotalCount  int        `json:"TotalCount"`
		SnapshotSet []snapshot `json:"SnapshotSet"`
	}{total, set}, nil
}
