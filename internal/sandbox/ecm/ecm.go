// Package ecm is the sandbox's emulation of Tencent Cloud ECM (Edge Computing
// Machine), API 3.0 version 2019-07-19 (seed 003): VPCs, subnets, EIPs and
// their async tasks, security groups, key pairs, the compute catalog and
// modules, load balancers (clb*.go), with the document's validation rules, quotas and dependency rules. It mirrors internal/cloud/tencent/ecm but shares no code
// with it.
//
// ECM is one package on purpose: its rules cross resources (a VPC with
// subnets cannot be deleted, a subnet's CIDR lies in its VPC's, EIP tasks
// change addresses). The sandbox core hosts it as a state section
// (host.Section) and a Tencent API service (tencentapi.Service).
package ecm

import (
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM's credential-scope service name and API version (catalog §1).
const (
	ServiceName = "ecm"
	Version     = "2019-07-19"
)

// Product is ECM as the sandbox core hosts it.
type Product struct {
	state   *state
	service *tencentapi.Service
}

// New returns an empty ECM.
func New() *Product {
	e := newState()
	return &Product{state: e, service: e.service()}
}

// Section is ECM's state: settled, reset and persisted by the core.
func (p *Product) Section() host.Section { return p.state }

// Service is ECM's Tencent API 3.0 service table.
func (p *Product) Service() *tencentapi.Service { return p.service }

// service builds the action table; handlers are methods of the state they act on.
func (e *state) service() *tencentapi.Service {
	return &tencentapi.Service{Name: ServiceName, Version: Version, Actions: map[string]tencentapi.Action{
		"CreateVpc":          {Run: tencentapi.Handle(e.createVpc), Mutating: true},
		"DescribeVpcs":       {Run: tencentapi.Handle(e.describeVpcs)},
		"ModifyVpcAttribute": {Run: tencentapi.Handle(e.modifyVpcAttribute), Mutating: true},
		"DeleteVpc":          {Run: tencentapi.Handle(e.deleteVpc), Mutating: true},

		"CreateSubnet":          {Run: tencentapi.Handle(e.createSubnet), Mutating: true},
		"DescribeSubnets":       {Run: tencentapi.Handle(e.describeSubnets)},
		"ModifySubnetAttribute": {Run: tencentapi.Handle(e.modifySubnetAttribute), Mutating: true},
		"DeleteSubnet":          {Run: tencentapi.Handle(e.deleteSubnet), Mutating: true},

		"AllocateAddresses":        {Run: tencentapi.Handle(e.allocateAddresses), Mutating: true},
		"DescribeAddresses":        {Run: tencentapi.Handle(e.describeAddresses)},
		"ModifyAddressAttribute":   {Run: tencentapi.Handle(e.modifyAddressAttribute), Mutating: true},
		"ModifyAddressesBandwidth": {Run: tencentapi.Handle(e.modifyAddressesBandwidth), Mutating: true},
		"ReleaseAddresses":         {Run: tencentapi.Handle(e.releaseAddresses), Mutating: true},
		"DescribeTaskResult":       {Run: tencentapi.Handle(e.describeTaskResult)},
		"DescribeAddressQuota":     {Run: tencentapi.Handle(e.describeAddressQuota)},

		"DescribeNode":          {Run: tencentapi.Handle(e.describeNode)},
		"DescribeDefaultSubnet": {Run: tencentapi.Handle(e.describeDefaultSubnet)},
		"ModifyDefaultSubnet":   {Run: tencentapi.Handle(e.modifyDefaultSubnet), Mutating: true},

		// Route tables and routes (routetable.go, routetable_routes.go) and HAVIPs (havip.go).
		"CreateRouteTable":             {Run: withCodes(tencentapi.Handle(e.createRouteTable), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DescribeRouteTables":          {Run: tencentapi.Handle(e.describeRouteTables)},
		"ModifyRouteTableAttribute":    {Run: withCodes(tencentapi.Handle(e.modifyRouteTableAttribute), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DeleteRouteTable":             {Run: withCodes(tencentapi.Handle(e.deleteRouteTable), invalidDataFormatAsInvalidParameter), Mutating: true},
		"ReplaceRouteTableAssociation": {Run: withCodes(tencentapi.Handle(e.replaceRouteTableAssociation), invalidDataFormatAsInvalidParameter), Mutating: true},
		"CreateRoutes":                 {Run: tencentapi.Handle(e.createRoutes), Mutating: true},
		"ReplaceRoutes":                {Run: withCodes(tencentapi.Handle(e.replaceRoutes), invalidDataFormatAsInvalidParameter), Mutating: true},
		"ResetRoutes":                  {Run: withCodes(tencentapi.Handle(e.resetRoutes), invalidDataFormatAsInvalidParameter), Mutating: true},
		"EnableRoutes":                 {Run: withCodes(tencentapi.Handle(e.enableRoutes), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DisableRoutes":                {Run: withCodes(tencentapi.Handle(e.disableRoutes), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DeleteRoutes":                 {Run: tencentapi.Handle(e.deleteRoutes), Mutating: true},
		"DescribeRouteConflicts":       {Run: withCodes(tencentapi.Handle(e.describeRouteConflicts), invalidDataFormatAsInvalidParameter)},
		"CreateHaVip":                  {Run: withCodes(tencentapi.Handle(e.createHaVip), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DescribeHaVips":               {Run: withCodes(tencentapi.Handle(e.describeHaVips), invalidDataFormatAsInvalidParameter)},
		"ModifyHaVipAttribute":         {Run: withCodes(tencentapi.Handle(e.modifyHaVipAttribute), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DeleteHaVip":                  {Run: withCodes(tencentapi.Handle(e.deleteHaVip), invalidDataFormatAsInvalidParameter), Mutating: true},

		// The compute catalog (computecatalog.go): read-only, global.
		"DescribeInstanceTypeConfig": {Run: tencentapi.Handle(e.describeInstanceTypeConfig)},
		"DescribeConfig":             {Run: tencentapi.Handle(e.describeConfig)},
		"DescribeImage":              {Run: tencentapi.Handle(e.describeImage)},

		// Security groups and key pairs: global, no EcmRegion.
		"CreateSecurityGroup":                        {Run: tencentapi.Handle(e.createSecurityGroup), Mutating: true},
		"DescribeSecurityGroups":                     {Run: withCodes(tencentapi.Handle(e.describeSecurityGroups), invalidDataFormatAsInvalidParameter)},
		"ModifySecurityGroupAttribute":               {Run: tencentapi.Handle(e.modifySecurityGroupAttribute), Mutating: true},
		"DeleteSecurityGroup":                        {Run: tencentapi.Handle(e.deleteSecurityGroup), Mutating: true},
		"DescribeSecurityGroupPolicies":              {Run: tencentapi.Handle(e.describeSecurityGroupPolicies)},
		"CreateSecurityGroupPolicies":                {Run: tencentapi.Handle(e.createSecurityGroupPolicies), Mutating: true},
		"ModifySecurityGroupPolicies":                {Run: tencentapi.Handle(e.modifySecurityGroupPolicies), Mutating: true},
		"ReplaceSecurityGroupPolicy":                 {Run: tencentapi.Handle(e.replaceSecurityGroupPolicy), Mutating: true},
		"DeleteSecurityGroupPolicies":                {Run: tencentapi.Handle(e.deleteSecurityGroupPolicies), Mutating: true},
		"DescribeSecurityGroupLimits":                {Run: tencentapi.Handle(e.describeSecurityGroupLimits)},
		"DescribeSecurityGroupAssociationStatistics": {Run: tencentapi.Handle(e.describeSecurityGroupAssociationStatistics)},
		// Modules (module.go, module_modify.go): global, no EcmRegion.
		"CreateModule":               {Run: tencentapi.Handle(e.createModule), Mutating: true},
		"DescribeModuleDetail":       {Run: tencentapi.Handle(e.describeModuleDetail)},
		"DescribeModule":             {Run: tencentapi.Handle(e.describeModule)},
		"DeleteModule":               {Run: tencentapi.Handle(e.deleteModule), Mutating: true},
		"ModifyModuleName":           {Run: tencentapi.Handle(e.modifyModuleName), Mutating: true},
		"ModifyModuleNetwork":        {Run: tencentapi.Handle(e.modifyModuleNetwork), Mutating: true},
		"ModifyModuleImage":          {Run: tencentapi.Handle(e.modifyModuleImage), Mutating: true},
		"ModifyModuleIpDirect":       {Run: tencentapi.Handle(e.modifyModuleIpDirect), Mutating: true},
		"ModifyModuleSecurityGroups": {Run: tencentapi.Handle(e.modifyModuleSecurityGroups), Mutating: true},
		"ModifyModuleDisableWanIp":   {Run: tencentapi.Handle(e.modifyModuleDisableWanIp), Mutating: true},
		"ModifyModuleConfig":         {Run: tencentapi.Handle(e.modifyModuleConfig), Mutating: true},

		// Instances (instance.go, instance_ops.go): no EcmRegion.
		"RunInstances":               {Run: withCodes(tencentapi.Handle(e.runInstances), runInstancesCodes), Mutating: true},
		"DescribeInstances":          {Run: tencentapi.Handle(e.describeInstances)},
		"TerminateInstances":         {Run: tencentapi.Handle(e.terminateInstances), Mutating: true},
		"StartInstances":             {Run: tencentapi.Handle(e.startInstances), Mutating: true},
		"StopInstances":              {Run: tencentapi.Handle(e.stopInstances), Mutating: true},
		"RebootInstances":            {Run: tencentapi.Handle(e.rebootInstances), Mutating: true},
		"ModifyInstancesAttribute":   {Run: tencentapi.Handle(e.modifyInstancesAttribute), Mutating: true},
		"ResetInstancesMaxBandwidth": {Run: tencentapi.Handle(e.resetInstancesMaxBandwidth), Mutating: true},
		"ResetInstancesPassword":     {Run: tencentapi.Handle(e.resetInstancesPassword), Mutating: true},
		"ResetInstances":             {Run: tencentapi.Handle(e.resetInstances), Mutating: true},

		// Read-only odds and ends (vnc.go, price.go, snapshots.go, packingquota.go).
		"DescribeInstanceVncUrl":    {Run: tencentapi.Handle(e.describeInstanceVncUrl)},
		"DescribePriceRunInstance":  {Run: tencentapi.Handle(e.describePriceRunInstance)},
		"DescribeSnapshots":         {Run: withCodes(tencentapi.Handle(e.describeSnapshots), describeSnapshotsCodes)},
		"DescribePackingQuotaGroup": {Run: tencentapi.Handle(e.describePackingQuotaGroup)},

		// Private images (image_ops.go) and their tasks (taskstatus.go): global.
		"CreateImage":          {Run: tencentapi.Handle(e.createImage), Mutating: true},
		"ModifyImageAttribute": {Run: withCodes(tencentapi.Handle(e.modifyImageAttribute), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DeleteImage":          {Run: tencentapi.Handle(e.deleteImage), Mutating: true},
		"DescribeTaskStatus":   {Run: withCodes(tencentapi.Handle(e.describeTaskStatus), invalidDataFormatAsInvalidParameter)},

		// ENIs and their addresses (eni*.go), EIP binding (eip_assoc.go),
		// instance security groups (sg_assoc.go).
		"CreateNetworkInterface":            {Run: withCodes(tencentapi.Handle(e.createNetworkInterface), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DescribeNetworkInterfaces":         {Run: withCodes(tencentapi.Handle(e.describeNetworkInterfaces), invalidDataFormatAsInvalidParameter)},
		"DeleteNetworkInterface":            {Run: tencentapi.Handle(e.deleteNetworkInterface), Mutating: true},
		"AttachNetworkInterface":            {Run: tencentapi.Handle(e.attachNetworkInterface), Mutating: true},
		"DetachNetworkInterface":            {Run: tencentapi.Handle(e.detachNetworkInterface), Mutating: true},
		"MigrateNetworkInterface":           {Run: tencentapi.Handle(e.migrateNetworkInterface), Mutating: true},
		"AssignPrivateIpAddresses":          {Run: tencentapi.Handle(e.assignPrivateIpAddresses), Mutating: true},
		"RemovePrivateIpAddresses":          {Run: tencentapi.Handle(e.removePrivateIpAddresses), Mutating: true},
		"ModifyPrivateIpAddressesAttribute": {Run: withCodes(tencentapi.Handle(e.modifyPrivateIpAddressesAttribute), invalidDataFormatAsMalformed), Mutating: true},
		"MigratePrivateIpAddress":           {Run: tencentapi.Handle(e.migratePrivateIpAddress), Mutating: true},
		"AssignIpv6Addresses":               {Run: tencentapi.Handle(e.assignIpv6Addresses), Mutating: true},
		"ModifyIpv6AddressesAttribute":      {Run: tencentapi.Handle(e.modifyIpv6AddressesAttribute), Mutating: true},
		"ReleaseIpv6Addresses":              {Run: tencentapi.Handle(e.releaseIpv6Addresses), Mutating: true},
		"AssociateAddress":                  {Run: tencentapi.Handle(e.associateAddress), Mutating: true},
		"DisassociateAddress":               {Run: tencentapi.Handle(e.disassociateAddress), Mutating: true},
		"AssociateSecurityGroups":           {Run: tencentapi.Handle(e.associateSecurityGroups), Mutating: true},
		"DisassociateSecurityGroups":        {Run: tencentapi.Handle(e.disassociateSecurityGroups), Mutating: true},

		// Load balancers, listeners, targets and their tasks (clb*.go): global objects.
		"CreateLoadBalancer":               {Run: clb(e.createLoadBalancer), Mutating: true},
		"DescribeLoadBalancers":            {Run: clb(e.describeLoadBalancers)},
		"ModifyLoadBalancerAttributes":     {Run: clb(e.modifyLoadBalancerAttributes), Mutating: true},
		"DeleteLoadBalancer":               {Run: clb(e.deleteLoadBalancer), Mutating: true},
		"SetLoadBalancerSecurityGroups":    {Run: clb(e.setLoadBalancerSecurityGroups), Mutating: true},
		"SetSecurityGroupForLoadbalancers": {Run: clb(e.setSecurityGroupForLoadbalancers), Mutating: true},
		"DescribeLoadBalanceTaskStatus":    {Run: clb(e.describeLoadBalanceTaskStatus)},
		"CreateListener":                   {Run: clb(e.createListener), Mutating: true},
		"DescribeListeners":                {Run: clb(e.describeListeners)},
		"ModifyListener":                   {Run: clb(e.modifyListener), Mutating: true},
		"DeleteListener":                   {Run: clb(e.deleteListener), Mutating: true},
		"DeleteLoadBalancerListeners":      {Run: clb(e.deleteLoadBalancerListeners), Mutating: true},
		"BatchRegisterTargets":             {Run: clb(e.batchRegisterTargets), Mutating: true},
		"BatchDeregisterTargets":           {Run: clb(e.batchDeregisterTargets), Mutating: true},
		"BatchModifyTargetWeight":          {Run: clb(e.batchModifyTargetWeight), Mutating: true},
		"ModifyTargetWeight":               {Run: clb(e.modifyTargetWeight), Mutating: true},
		"ModifyTargetPort":                 {Run: clb(e.modifyTargetPort), Mutating: true},
		"DescribeTargets":                  {Run: clb(e.describeTargets)},
		"DescribeTargetHealth":             {Run: clb(e.describeTargetHealth)},

		"CreateKeyPair":                 {Run: withCodes(tencentapi.Handle(e.createKeyPair), invalidDataFormatAsInvalidParameter), Mutating: true},
		"DisassociateInstancesKeyPairs": {Run: withCodes(tencentapi.Handle(e.disassociateInstancesKeyPairs), invalidDataFormatAsInvalidParameter), Mutating: true},
	}}
}

// invalidDataFormatAsInvalidParameter: for the actions whose tables lack
// InvalidParameter.InvalidDataFormat (DescribeSecurityGroups, CreateKeyPair),
// a mistyped parameter is InvalidParameter (DescribeSecurityGroups' table; a
// common code). The same holds for the route table and HAVIP actions whose
// tables lack it (all but DescribeRouteTables, CreateRoutes, DeleteRoutes).
var invalidDataFormatAsInvalidParameter = map[string]string{"InvalidParameter.InvalidDataFormat": "InvalidParameter"}

// invalidDataFormatAsMalformed: ModifyPrivateIpAddressesAttribute's table
// lacks InvalidParameter.InvalidDataFormat; its Malformed code is the closest.
var invalidDataFormatAsMalformed = map[string]string{"InvalidParameter.InvalidDataFormat": "InvalidParameterValue.Malformed"}

// withCodes answers an action's documented code for the front door's
// decoding codes that its table lacks.
func withCodes(run func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error), codes map[string]string) func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
	return func(c *tencentapi.Call, body []byte) (any, *tencentapi.Error) {
		out, aerr := run(c, body)
		return out, remapCode(aerr, codes)
	}
}
