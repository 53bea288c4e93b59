package ecm

import "context"

// InstanceStatistic is one instance type's count in SecurityGroupAssociationStatistics.
type InstanceStatistic struct {
	InstanceType  string `json:"InstanceType"`
	InstanceCount int64  `json:"InstanceCount"`
}

// SecurityGroupAssociationStatistics counts what a security group is bound to (catalog §2.13a).
type SecurityGroupAssociationStatistics struct {
	SecurityGroupId    string              `json:"SecurityGroupId"`
	ECM                int64               `json:"ECM"`
	Module             int64               `json:"Module"`
	ENI                int64               `json:"ENI"`
	SG                 int64               `json:"SG"`
	CLB                int64               `json:"CLB"`
	InstanceStatistics []InstanceStatistic `json:"InstanceStatistics"`
	TotalCount         int64               `json:"TotalCount"`
}

type DescribeSecurityGroupAssociationStatisticsRequest struct {
	SecurityGroupIds []string `json:"SecurityGroupIds"`
}

type DescribeSecurityGroupAssociationStatisticsResponse struct {
	SecurityGroupAssociationStatisticsSet []SecurityGroupAssociationStatistics `json:"SecurityGroupAssociationStatisticsSet"`
}

func (c *Client) DescribeSecurityGroupAssociationStatistics(ctx context.Context, req DescribeSecurityGroupAssociationStatisticsRequest) (*DescribeSecurityGroupAssociationStatisticsResponse, error) {
	return read[DescribeSecurityGroupAssociationStatisticsResponse](ctx, c, "DescribeSecurityGroupAssociationStatistics", req)
}
