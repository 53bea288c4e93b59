package ecm

import (
	"context"
	"strconv"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/batch"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// readers are the batch readers behind the finders: each declares how many IDs its Describe takes
// (catalog §2.5, §2.6, §2.10) and how to list the type. Every write method of the type calls
// Invalidate for the IDs it touched, after the call, whether it succeeded or not.
//
// A Describe by IDs pages too (ListX with the IDs): the actions answer Limit objects (default 20)
// whatever the number of IDs, and an object missing from a short page would read as deleted.
type readers struct {
	vpcs           *batch.Reader[VpcInfo]
	subnets        *batch.Reader[Subnet]
	addresses      *batch.Reader[Address]
	securityGroups *batch.Reader[SecurityGroup] // global: region ""
	modules        *batch.Reader[ModuleItem]    // global: region ""
	instances      *batch.Reader[Instance]      // no EcmRegion on instance actions: region ""
	enis           *batch.Reader[NetworkInterface]
}

func newReaders(c *Client, opts Options) readers {
	return readers{
		enis: newENIReader(c, opts),
		vpcs: batch.NewReader(batch.Spec[VpcInfo]{
			Kind: "ECM VPC", MaxIDs: 100, Direct: opts.DirectReads,
			Describe: func(ctx context.Context, region string, ids []string) ([]VpcInfo, error) {
				return c.ListVpcs(ctx, DescribeVpcsRequest{VpcIds: ids, EcmRegion: region})
			},
			List: func(ctx context.Context, region string, offset, limit int64) ([]VpcInfo, int64, error) {
				resp, err := c.DescribeVpcs(ctx, DescribeVpcsRequest{EcmRegion: region, Offset: &offset, Limit: &limit})
				if err != nil {
					return nil, 0, err
				}
				return resp.VpcSet, resp.TotalCount, nil
			},
			ID:        func(v *VpcInfo) string { return v.VpcId },
			Valid:     func(id string) bool { return ValidID("vpc-", id) },
			Retryable: tencent.IsThrottled,
			NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM VPC", ID: id} },
		}),
		subnets: batch.NewReader(batch.Spec[Subnet]{
			Kind: "ECM subnet", MaxIDs: 100, Direct: opts.DirectReads,
			Describe: func(ctx context.Context, region string, ids []string) ([]Subnet, error) {
				return c.ListSubnets(ctx, DescribeSubnetsRequest{SubnetIds: ids, EcmRegion: region})
			},
			List: func(ctx context.Context, region string, offset, limit int64) ([]Subnet, int64, error) {
				o, l := strconv.FormatInt(offset, 10), strconv.FormatInt(limit, 10)
				resp, err := c.DescribeSubnets(ctx, DescribeSubnetsRequest{EcmRegion: region, Offset: &o, Limit: &l})
				if err != nil {
					return nil, 0, err
				}
				return resp.SubnetSet, resp.TotalCount, nil
			},
			ID:        func(s *Subnet) string { return s.SubnetId },
			Valid:     func(id string) bool { return ValidID("subnet-", id) },
			Retryable: tencent.IsThrottled,
			NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM subnet", ID: id} },
		}),
		// AddressIds has no documented maximum; 100 keeps a call's body and answer modest.
		addresses: batch.NewReader(batch.Spec[Address]{
			Kind: "ECM EIP", MaxIDs: 100, Direct: opts.DirectReads,
			Describe: func(ctx context.Context, region string, ids []string) ([]Address, error) {
				return c.ListAddresses(ctx, DescribeAddressesRequest{AddressIds: ids, EcmRegion: region})
			},
			List: func(ctx context.Context, region string, offset, limit int64) ([]Address, int64, error) {
				resp, err := c.DescribeAddresses(ctx, DescribeAddressesRequest{EcmRegion: region, Offset: &offset, Limit: &limit})
				if err != nil {
					return nil, 0, err
				}
				return resp.AddressSet, resp.TotalCount, nil
			},
			ID:        func(a *Address) string { return a.AddressId },
			Valid:     func(id string) bool { return ValidID("eip-", id) },
			Retryable: tencent.IsThrottled,
			NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM EIP", ID: id} },
		}),
		securityGroups: batch.NewReader(batch.Spec[SecurityGroup]{
			Kind: "ECM security group", MaxIDs: 100, Direct: opts.DirectReads,
			Describe: func(ctx context.Context, _ string, ids []string) ([]SecurityGroup, error) {
				return c.ListSecurityGroups(ctx, DescribeSecurityGroupsRequest{SecurityGroupIds: ids})
			},
			List: func(ctx context.Context, _ string, offset, limit int64) ([]SecurityGroup, int64, error) {
				resp, err := c.DescribeSecurityGroups(ctx, DescribeSecurityGroupsRequest{Offset: &offset, Limit: &limit})
				if err != nil {
					return nil, 0, err
				}
				return resp.SecurityGroupSet, resp.TotalCount, nil
			},
			ID:        func(g *SecurityGroup) string { return g.SecurityGroupId },
			Valid:     func(id string) bool { return ValidID("esg-", id) },
			Retryable: tencent.IsThrottled,
			NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM security group", ID: id} },
		}),
		// DescribeModuleDetail takes one module; DescribeModule filters module-id with 5 values.
		modules: batch.NewReader(batch.Spec[ModuleItem]{
			Kind: "ECM module", MaxIDs: 5, Direct: opts.DirectReads,
			Describe: func(ctx context.Context, _ string, ids []string) ([]ModuleItem, error) {
				return c.ListModules(ctx, DescribeModuleRequest{Filters: []tencent.Filter{{Name: "module-id", Values: ids}}})
			},
			List: func(ctx context.Context, _ string, offset, limit int64) ([]ModuleItem, int64, error) {
				resp, err := c.DescribeModule(ctx, DescribeModuleRequest{Offset: &offset, Limit: &limit})
				if err != nil {
					return nil, 0, err
				}
				return resp.ModuleItemSet, resp.TotalCount, nil
			},
			ID:        func(m *ModuleItem) string { return m.Module.ModuleId },
			Valid:     func(id string) bool { return ValidID("em-", id) },
			Retryable: tencent.IsThrottled,
			NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM module", ID: id} },
		}),
		// DescribeInstances filters instance-id with at most 5 values (catalog §2.3).
		instances: batch.NewReader(batch.Spec[Instance]{
			Kind: "ECM instance", MaxIDs: 5, Direct: opts.DirectReads,
			Describe: func(ctx context.Context, _ string, ids []string) ([]Instance, error) {
				return c.ListInstances(ctx, DescribeInstancesRequest{Filters: []tencent.Filter{{Name: "instance-id", Values: ids}}})
			},
			List: func(ctx context.Context, _ string, offset, limit int64) ([]Instance, int64, error) {
				resp, err := c.DescribeInstances(ctx, DescribeInstancesRequest{Offset: &offset, Limit: &limit})
				if err != nil {
					return nil, 0, err
				}
				return resp.InstanceSet, resp.TotalCount, nil
			},
			ID:        func(i *Instance) string { return i.InstanceId },
			Valid:     func(id string) bool { return ValidID("ein-", id) },
			Retryable: tencent.IsThrottled,
			NotFound:  func(id string) error { return &tencent.NotFoundError{Kind: "ECM instance", ID: id} },
		}),
	}
}
