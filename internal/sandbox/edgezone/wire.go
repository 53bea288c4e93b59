package edgezone

// Request and response structures, named and typed as other-apis.md §4a and the SDK models
// (tencentcloud/edgezone/v20260401/models.go) give them. Optional parameters are pointers so that
// absent and zero differ.

type createPublicNetworkInstanceRequest struct {
	ZoneId              string  `json:"ZoneId"`
	NetworkInstanceName *string `json:"NetworkInstanceName"`
	Line                string  `json:"Line"`
	RouteMode           string  `json:"RouteMode"`
	Bandwidth           *int64  `json:"Bandwidth"`
	// The CN SDK's additions (other-apis.md §4a): accepted and checked; BgpPassword is never stored.
	BgpAsNumber  *int64  `json:"BgpAsNumber"`
	BgpPassword  *string `json:"BgpPassword"`
	InstanceType *string `json:"InstanceType"`
}

type createPublicNetworkInstanceResponse struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
}

type describePublicNetworkInstancesRequest struct {
	NetworkInstanceId   *string `json:"NetworkInstanceId"`
	NetworkInstanceName *string `json:"NetworkInstanceName"`
	ZoneId              *string `json:"ZoneId"`
	Offset              *int64  `json:"Offset"`
	Limit               *int64  `json:"Limit"`
}

type describePublicNetworkInstancesResponse struct {
	TotalCount               int                         `json:"TotalCount"`
	PublicNetworkInstanceSet []publicNetworkInstanceInfo `json:"PublicNetworkInstanceSet"`
}

// publicNetworkInstanceInfo is PublicNetworkInstanceInfo. NetworkInstanceName and Bandwidth "may
// return null": they are null when the instance was created without them.
type publicNetworkInstanceInfo struct {
	NetworkInstanceId   string                 `json:"NetworkInstanceId"`
	ZoneId              string                 `json:"ZoneId"`
	NetworkInstanceName *string                `json:"NetworkInstanceName"`
	Bandwidth           *int64                 `json:"Bandwidth"`
	Line                string                 `json:"Line"`
	RouteMode           string                 `json:"RouteMode"`
	ServerCount         int                    `json:"ServerCount"`
	Ipv4Count           int                    `json:"Ipv4Count"`
	Ipv6Count           int                    `json:"Ipv6Count"`
	Ipv4CidrSet         []publicNetworkSegment `json:"Ipv4CidrSet"`
	Ipv6CidrSet         []publicNetworkSegment `json:"Ipv6CidrSet"`
	CreatedAt           string                 `json:"CreatedAt"`
	UpdatedAt           string                 `json:"UpdatedAt"`
}

type publicNetworkSegment struct {
	Cidr    string `json:"Cidr"`
	Gateway string `json:"Gateway"`
}

// modifyPublicNetworkInstanceRequest: the SDK's ModifyPublicNetworkInstanceRequest has
// NetworkInstanceId and NetworkInstanceName only; Bandwidth is not modifiable (UnknownParameter).
type modifyPublicNetworkInstanceRequest struct {
	NetworkInstanceId   string  `json:"NetworkInstanceId"`
	NetworkInstanceName *string `json:"NetworkInstanceName"`
}

type deletePublicNetworkInstanceRequest struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
}

type applyPublicIpsRequest struct {
	NetworkInstanceId string `json:"NetworkInstanceId"`
	Count             *int64 `json:"Count"`
	Type              string `json:"Type"`
}

type applyPublicIpsResponse struct {
	IpList []string `json:"IpList"`
}

type describePublicIpsRequest struct {
	NetworkInstanceId []string `json:"NetworkInstanceId"`
	ZoneId            *string  `json:"ZoneId"`
	Ip                []string `json:"Ip"`
	State             []string `json:"State"`
	Type              []string `json:"Type"`
	OrderByCreateTime *string  `json:"OrderByCreateTime"`
	OrderByUpdateTime *string  `json:"OrderByUpdateTime"`
	Offset            *int64   `json:"Offset"`
	Limit             *int64   `json:"Limit"`
}

type describePublicIpsResponse struct {
	TotalCount int      `json:"TotalCount"`
	IpInfoSet  []ipInfo `json:"IpInfoSet"`
}

// ipInfo is IpInfo; InstanceId is "" when no server is bound.
type ipInfo struct {
	Ip                string `json:"Ip"`
	NetworkInstanceId string `json:"NetworkInstanceId"`
	InstanceId        string `json:"InstanceId"`
	State             string `json:"State"`
	Type              string `json:"Type"`
	CreatedAt         string `json:"CreatedAt"`
	UpdatedAt         string `json:"UpdatedAt"`
}

// releasePublicIpRequest is seed 002's input.
type releasePublicIpRequest struct {
	NetworkInstanceId string   `json:"NetworkInstanceId"`
	Type              string   `json:"Type"`
	IpList            []string `json:"IpList"`
}
