package tencent

import "context"

// Structures that every Tencent Cloud API 3.0 service shares (ECM, VPC, EdgeZone): tags, Describe*
// filters and Offset/Limit paging. They live next to the request path so that each service's typed
// client uses the same ones.

// Tag is the API 3.0 key/value tag.
type Tag struct {
	Key   string `json:"Key"`
	Value string `json:"Value"`
}

// Filter is one Describe* filter: the object matches when its Name field equals (or, for fuzzy
// filters, contains) one of Values.
type Filter struct {
	Name   string   `json:"Name"`
	Values []string `json:"Values"`
}

// PageSize is the documented maximum Limit of the paged Describe* actions.
const PageSize = 100

// ListAll follows Offset/Limit pages until TotalCount items were seen or a page comes back empty
// (a TotalCount that disagrees with the pages must not loop forever). fetch asks for one page.
func ListAll[T any](ctx context.Context, fetch func(ctx context.Context, offset, limit int64) (items []T, total int64, err error)) ([]T, error) {
	var all []T
	for offset := int64(0); ; {
		items, total, err := fetch(ctx, offset, PageSize)
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
		offset += int64(len(items))
		if len(items) == 0 || offset >= total {
			return all, nil
		}
	}
}
