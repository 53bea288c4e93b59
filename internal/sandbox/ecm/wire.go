package ecm

import "github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"

// ECM output structures (seed 003 "Data Types"; catalog §3.5, §3.7). Field
// names and JSON types follow the documented structures exactly.

// vpcInfo is VpcInfo (L34037).
type vpcInfo struct {
	VpcName          string           `json:"VpcName"`
	VpcId            string           `json:"VpcId"`
	CidrBlock        string           `json:"CidrBlock"`
	IsDefault        bool             `json:"IsDefault"`
	EnableMulticast  bool             `json:"EnableMulticast"`
	CreatedTime      string           `json:"CreatedTime"`
	DnsServerSet     []string         `json:"DnsServerSet"`
	DomainName       string           `json:"DomainName"`
	DhcpOptionsId    string           `json:"DhcpOptionsId"`
	EnableDhcp       bool             `json:"EnableDhcp"`
	Ipv6CidrBlock    string           `json:"Ipv6CidrBlock"`
	TagSet           []tencentapi.Tag `json:"TagSet"`
	AssistantCidrSet []any            `json:"AssistantCidrSet"`
	Region           string           `json:"Region"`
	Description      string           `json:"Description"`
	RegionName       string           `json:"RegionName"`
	SubnetCount      int              `json:"SubnetCount"`
	InstanceCount    int              `json:"InstanceCount"`
}

// subnetInfo is Subnet (L33742).
type subnetInfo struct {
	VpcId                   string           `json:"VpcId"`
	SubnetId                string           `json:"SubnetId"`
	SubnetName              string           `json:"SubnetName"`
	CidrBlock               string           `json:"CidrBlock"`
	IsDefault               bool             `json:"IsDefault"`
	EnableBroadcast         bool             `json:"EnableBroadcast"`
	RouteTableId            string           `json:"RouteTableId"`
	CreatedTime             string           `json:"CreatedTime"`
	AvailableIpAddressCount int64            `json:"AvailableIpAddressCount"`
	Ipv6CidrBlock           string           `json:"Ipv6CidrBlock"`
	NetworkAclId            string           `json:"NetworkAclId"`
	IsRemoteVpcSnat         bool             `json:"IsRemoteVpcSnat"`
	TagSet                  []tencentapi.Tag `json:"TagSet"`
	Zone                    string           `json:"Zone"`
	ZoneName                string           `json:"ZoneName"`
	InstanceCount           int              `json:"InstanceCount"`
	VpcCidrBlock            string           `json:"VpcCidrBlock"`
	VpcIpv6CidrBlock        string           `json:"VpcIpv6CidrBlock"`
	Region                  string           `json:"Region"`
}

// addressInfo is Address (L31352). Nullable fields are pointers.
type addressInfo struct {
	AddressId               string  `json:"AddressId"`
	AddressName             string  `json:"AddressName"`
	AddressStatus           string  `json:"AddressStatus"`
	AddressIp               string  `json:"AddressIp"`
	InstanceId              *string `json:"InstanceId"`
	CreatedTime             string  `json:"CreatedTime"`
	NetworkInterfaceId      *string `json:"NetworkInterfaceId"`
	PrivateAddressIp        *string `json:"PrivateAddressIp"`
	IsArrears               bool    `json:"IsArrears"`
	IsBlocked               bool    `json:"IsBlocked"`
	IsEipDirectConnection   bool    `json:"IsEipDirectConnection"`
	AddressType             string  `json:"AddressType"`
	CascadeRelease          bool    `json:"CascadeRelease"`
	InternetServiceProvider *string `json:"InternetServiceProvider"`
	Bandwidth               *int64  `json:"Bandwidth"`
	PayMode                 *string `json:"PayMode"`
}

// eipQuota is EipQuota (L31642).
type eipQuota struct {
	QuotaId      string `json:"QuotaId"`
	QuotaCurrent int    `json:"QuotaCurrent"`
	QuotaLimit   int    `json:"QuotaLimit"`
}
