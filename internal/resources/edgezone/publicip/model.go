package publicip

import (
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/edgezone"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

type resourceModel struct {
	ID                types.String `tfsdk:"id"`
	Region            types.String `tfsdk:"region"`
	NetworkInstanceID types.String `tfsdk:"network_instance_id"`
	Type              types.String `tfsdk:"type"`
	IP                types.String `tfsdk:"ip"`
	State             types.String `tfsdk:"state"`
	InstanceID        types.String `tfsdk:"instance_id"`
	CreatedAt         types.String `tfsdk:"created_at"`
}

// fromAPI stores what DescribePublicIps reports. The type is stored lower case ("Ipv4" -> "ipv4"),
// except that a write keeps the planned spelling of the same type (afterWrite), as Terraform
// requires; the next refresh stores the canonical one.
func (m *resourceModel) fromAPI(ip *edgezone.IpInfo, afterWrite bool) {
	addr := edgezone.CanonicalIP(ip.Ip)
	m.ID = types.StringValue(tfutil.JoinImportID(ip.NetworkInstanceId, addr))
	m.NetworkInstanceID = types.StringValue(ip.NetworkInstanceId)
	m.IP = types.StringValue(addr)
	typ := edgezone.CanonicalIPType(ip.Type)
	if typ == "" {
		typ = typeOf(addr)
	}
	if afterWrite {
		m.Type = tfutil.SpellingOf(m.Type, typ)
	} else {
		m.Type = types.StringValue(typ)
	}
	m.State = types.StringValue(edgezone.CanonicalIPState(ip.State))
	m.InstanceID = tfutil.OptionalString(ip.InstanceId)
	m.CreatedAt = types.StringValue(ip.CreatedAt)
}

// nullUnknowns replaces what is still unknown once the address is known with nulls, so that the ID
// can be saved before the read-back.
func (m *resourceModel) nullUnknowns() {
	for _, v := range []*types.String{&m.State, &m.InstanceID, &m.CreatedAt} {
		if v.IsUnknown() {
			*v = types.StringNull()
		}
	}
}

// typeOf is the IP type of an address ("" when it is not one).
func typeOf(ip string) string {
	a, err := netip.ParseAddr(ip)
	switch {
	case err != nil:
		return ""
	case a.Is4() || a.Is4In6():
		return edgezone.IPTypeIPv4
	default:
		return edgezone.IPTypeIPv6
	}
}

type dataSourceModel struct {
	Region            types.String `tfsdk:"region"`
	NetworkInstanceID types.String `tfsdk:"network_instance_id"`
	ZoneID            types.String `tfsdk:"zone_id"`
	IPs               types.List   `tfsdk:"ips"`
	States            types.List   `tfsdk:"states"`
	Types             types.List   `tfsdk:"types"`
	PublicIPs         []ipModel    `tfsdk:"public_ips"`
}

type ipModel struct {
	IP                types.String `tfsdk:"ip"`
	NetworkInstanceID types.String `tfsdk:"network_instance_id"`
	InstanceID        types.String `tfsdk:"instance_id"`
	State             types.String `tfsdk:"state"`
	Type              types.String `tfsdk:"type"`
	CreatedAt         types.String `tfsdk:"created_at"`
	UpdatedAt         types.String `tfsdk:"updated_at"`
}

func (m *ipModel) fromAPI(ip *edgezone.IpInfo) {
	var r resourceModel
	r.fromAPI(ip, false)
	*m = ipModel{IP: r.IP, NetworkInstanceID: r.NetworkInstanceID, InstanceID: r.InstanceID, State: r.State, Type: r.Type,
		CreatedAt: r.CreatedAt, UpdatedAt: types.StringValue(ip.UpdatedAt)}
}
