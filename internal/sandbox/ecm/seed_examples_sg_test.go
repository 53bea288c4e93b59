package ecm_test

// Security group and key pair Input/Output examples copied from seed 003, as
// in seed_examples_test.go. The common parameter Version=2019-07-19 that
// ModifySecurityGroupAttribute's and DeleteSecurityGroup's examples write
// among the others (catalog §5.7 item 55) is a common parameter: dropped.

// CreateSecurityGroup, Example1: input L26740-L26752, output L26754-L26775 (no RequestId).
const (
	seedCreateSecurityGroupIn  = `GroupName=TestGroup&GroupDescription=test-group-desc&Tags.0.Key=city&Tags.0.Value=shanghai`
	seedCreateSecurityGroupOut = `{"Response":{"SecurityGroup":{"SecurityGroupId":"esg-3g7ftkp3","SecurityGroupName":"TestGroup","SecurityGroupDesc":"test-group-desc","TagSet":[{"Key":"city","Value":"shanghai"}]}}}`
)

// DescribeSecurityGroups, Example1: input L27365-L27379, output L27381-L27410.
// IsDefault is the string "true" although SecurityGroup types it Boolean
// (catalog §5 item 21): the sandbox answers a boolean, so the replay compares
// with the example's IsDefault as a boolean (seedDescribeSecurityGroupsOutAsTyped).
const (
	seedDescribeSecurityGroupsIn  = `Limit=1&Filters.0.Name=security-group-id&Filters.0.Values.0=esg-05bb4upy&Filters.1.Name=security-group-name&Filters.1.Values.0=TestGroup`
	seedDescribeSecurityGroupsOut = `{"Response":{"SecurityGroupSet":[{"SecurityGroupId":"esg-05bb4upy","SecurityGroupName":"TestGroup","SecurityGroupDesc":"test-group-desc","IsDefault":"true","TagSet":[]}],"TotalCount":1,"RequestId":"74883e1b-5901-46de-ae1e-d6e2cf591c5b"}}`
)

// ModifySecurityGroupAttribute, Example1: input L27202-L27214, output L27216-L27220.
const (
	seedModifySecurityGroupAttributeIn  = `SecurityGroupId=esg-33ocnj9n&GroupName=TestGroupNewName&GroupDescription=test-group-desc`
	seedModifySecurityGroupAttributeOut = `{"Response":{}}`
)

// DeleteSecurityGroup, Example1: input L28281-L28289, output L28291-L28295.
const (
	seedDeleteSecurityGroupIn  = `SecurityGroupId=esg-kxxx1gb1`
	seedDeleteSecurityGroupOut = `{"Response":{}}`
)

// DescribeSecurityGroupPolicies, Example1: input L27523-L27529, output L27531-L27590.
const (
	seedDescribeSecurityGroupPoliciesIn  = `SecurityGroupId=esg-ohuuioma`
	seedDescribeSecurityGroupPoliciesOut = `{"Response":{"RequestId":"74883e1b-5901-46de-ae1e-d6e2cf591c5b","SecurityGroupPolicySet":{"Version":"1","Egress":[{"PolicyIndex":1,"Protocol":"tcp","Port":"80","ServiceTemplate":{"ServiceId":"","ServiceGroupId":""},"SecurityGroupId":"","CidrBlock":"20.0.0.0/16","Action":"ACCEPT","PolicyDescription":"test1","AddressTemplate":{"AddressId":"","AddressGroupId":""}}],"Ingress":[{"PolicyIndex":2,"Protocol":"tcp","Port":"8080","CidrBlock":"10.0.0.0/16","ServiceTemplate":{"ServiceId":"","ServiceGroupId":""},"SecurityGroupId":"","Action":"ACCEPT","PolicyDescription":"test-2","AddressTemplate":{"AddressId":"","AddressGroupId":""}}]}}}`
)

// CreateSecurityGroupPolicies, Example1: input L28435-L28460, output L28462-L28468.
const (
	seedCreateSecurityGroupPoliciesIn  = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Version=1&SecurityGroupPolicySet.Egress.0.PolicyIndex=1&SecurityGroupPolicySet.Egress.0.Protocol=TCP&SecurityGroupPolicySet.Egress.0.Port=80&SecurityGroupPolicySet.Egress.0.Action=accept&SecurityGroupPolicySet.Egress.0.CidrBlock=10.0.0.0/16&SecurityGroupPolicySet.Egress.0.PolicyDescription=TestPolicy`
	seedCreateSecurityGroupPoliciesOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// ModifySecurityGroupPolicies, Example1: input L27059-L27085, output L27087-L27091.
const (
	seedModifySecurityGroupPoliciesIn  = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Egress.0.Protocol=TCP&SecurityGroupPolicySet.Egress.0.Port=80&SecurityGroupPolicySet.Egress.0.Action=accept&SecurityGroupPolicySet.Egress.0.CidrBlock=10.0.0.0/16&SecurityGroupPolicySet.Egress.0.PolicyDescription=TestPolicy&SecurityGroupPolicySet.Ingress.0.Protocol=TCP&SecurityGroupPolicySet.Ingress.0.Port=8080&SecurityGroupPolicySet.Ingress.0.Action=accept&SecurityGroupPolicySet.Ingress.0.CidrBlock=10.0.0.0/16&SecurityGroupPolicySet.Ingress.0.PolicyDescription=Test`
	seedModifySecurityGroupPoliciesOut = `{"Response":{}}`
)

// ReplaceSecurityGroupPolicy, Example1: input L26902-L26922, output L26924-L26928.
const (
	seedReplaceSecurityGroupPolicyIn  = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Version=20&SecurityGroupPolicySet.Egress.0.PolicyIndex=1&SecurityGroupPolicySet.Egress.0.Protocol=tcp&SecurityGroupPolicySet.Egress.0.Port=8080&SecurityGroupPolicySet.Egress.0.Action=accept&SecurityGroupPolicySet.Egress.0.CidrBlock=10.0.0.0/24&SecurityGroupPolicySet.Egress.0.PolicyDescription=TestPolicy`
	seedReplaceSecurityGroupPolicyOut = `{"Response":{}}`
)

// DeleteSecurityGroupPolicies, Examples 1-4: inputs L28055, L28087, L28118,
// L28146; outputs (all the same) L28073-L28079.
const (
	seedDeleteSecurityGroupPolicies1In = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Version=37&SecurityGroupPolicySet.Ingress.0.Port=80&SecurityGroupPolicySet.Ingress.0.Protocol=tcp&SecurityGroupPolicySet.Ingress.0.CidrBlock=10.0.0.0/16&SecurityGroupPolicySet.Ingress.0.Action=accept`
	seedDeleteSecurityGroupPolicies2In = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Version=38&SecurityGroupPolicySet.Egress.0.Protocol=tcp&SecurityGroupPolicySet.Egress.0.Port=80&SecurityGroupPolicySet.Egress.0.CidrBlock=10.9.89.9/25&SecurityGroupPolicySet.Egress.0.Action=accept`
	seedDeleteSecurityGroupPolicies3In = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Version=39&SecurityGroupPolicySet.Ingress.0.PolicyIndex=0&SecurityGroupPolicySet.Ingress.1.PolicyIndex=1`
	seedDeleteSecurityGroupPolicies4In = `SecurityGroupId=esg-ohuuioma&SecurityGroupPolicySet.Version=40&SecurityGroupPolicySet.Egress.0.PolicyIndex=0&SecurityGroupPolicySet.Egress.1.PolicyIndex=1`
	seedDeleteSecurityGroupPoliciesOut = `{"Response":{"RequestId":"354f4ac3-8546-4516-8c8a-69e3ab73aa8a"}}`
)

// DescribeSecurityGroupLimits, Example1: input L27725-L27729, output L27731-L27749.
const (
	seedDescribeSecurityGroupLimitsIn  = ``
	seedDescribeSecurityGroupLimitsOut = `{"Response":{"SecurityGroupLimitSet":{"SecurityGroupLimit":50,"SecurityGroupPolicyLimit":100,"SecurityGroupInstanceLimit":2000,"InstanceSecurityGroupLimit":2000,"ReferedSecurityGroupLimit":10,"SecurityGroupModuleLimit":10,"ModuleSecurityGroupLimit":10},"RequestId":"6aa316a4-07d2-4355-b87d-40b7f22972b0"}}`
)

// DescribeSecurityGroupAssociationStatistics, Example1: input L27870-L27880
// (a stray "s " before the first parameter, catalog §5.7 item 55, dropped),
// output L27882-L27910 (no RequestId).
const (
	seedDescribeSecurityGroupAssociationStatisticsIn  = `SecurityGroupIds.0=esg-ohuuioma&SecurityGroupIds.1=esg-2quou3gv`
	seedDescribeSecurityGroupAssociationStatisticsOut = `{"Response":{"SecurityGroupAssociationStatisticsSet":[{"SecurityGroupId":"esg-ohuuioma","ECM":0,"Module":1,"ENI":0,"SG":1,"CLB":0,"TotalCount":1},{"SecurityGroupId":"esg-2quou3gv","ECM":1,"Module":1,"ENI":0,"SG":1,"CLB":0,"TotalCount":2}]}}`
)

// CreateKeyPair, Example1 (JSON): input L28767-L28783, output L28785-L28812
// (the private key, a 1024-bit one, shortened here; its shape is what counts).
const (
	seedCreateKeyPairIn  = `KeyName=tencent`
	seedCreateKeyPairOut = `{"Response":{"KeyPair":{"KeyId":"skey-mv9yzyjj","Description":"","CreatedTime":"2020-09-22T00:00:00+00:00","KeyName":"Tencent","AssociatedInstanceIds":[],"PrivateKey":"-----BEGIN RSA PRIVATE KEY-----\nMIICXgIBAAKBgQDP0Yw2T4itUKOJQIK69…\n-----END RSA PRIVATE KEY-----\n","ProjectId":0,"PublicKey":"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDP0Yw2T4itUKOJQIK69… skey_112168"},"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}`
)
