package ecm

import "context"

// EIP quota IDs (catalog §3.7 EipQuota). The document's enum says DAILY_PUBLIC_IP_ASSIGN, its
// example DAILY_EIP_ASSIGN (catalog §5.4 item 32): both are accepted.
const (
	QuotaTotalEIP            = "TOTAL_EIP_QUOTA"
	QuotaDailyEIPApply       = "DAILY_EIP_APPLY"
	QuotaDailyPublicIPAssign = "DAILY_PUBLIC_IP_ASSIGN"
	QuotaDailyEIPAssign      = "DAILY_EIP_ASSIGN"
)

// EipQuota is one EIP quota of a region.
type EipQuota struct {
	QuotaId      string `json:"QuotaId"`
	QuotaCurrent int64  `json:"QuotaCurrent"`
	QuotaLimit   int64  `json:"QuotaLimit"`
}

type DescribeAddressQuotaRequest struct {
	EcmRegion string `json:"EcmRegion"`
}

type DescribeAddressQuotaResponse struct {
	QuotaSet []EipQuota `json:"QuotaSet"`
}

func (c *Client) DescribeAddressQuota(ctx context.Context, req DescribeAddressQuotaRequest) (*DescribeAddressQuotaResponse, error) {
	return read[DescribeAddressQuotaResponse](ctx, c, "DescribeAddressQuota", req)
}

// Quota returns the quota with one of ids from the set, and whether it was there.
func (r *DescribeAddressQuotaResponse) Quota(ids ...string) (EipQuota, bool) {
	for _, q := range r.QuotaSet {
		for _, id := range ids {
			if q.QuotaId == id {
				return q, true
			}
		}
	}
	return EipQuota{}, false
}
