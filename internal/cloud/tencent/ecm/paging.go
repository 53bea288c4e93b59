package ecm

import "context"

// pageSize is the documented maximum Limit of the paged Describe* actions.
const pageSize = 100

// listAll follows Offset/Limit pages until TotalCount items were seen (catalog §1.10) or a page
// comes back empty. fetch asks for one page.
func listAll[T any](ctx context.Context, fetch func(ctx context.Context, offset, limit int64) (items []T, total int64, err error)) ([]T, error) {
	var all []T
	for offset := int64(0); ; {
		items, total, err := fetch(ctx, offset, pageSize)
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
