package eniprivateip

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

type resourceModel struct {
	ID                             types.String   `tfsdk:"id"`
	Region                         types.String   `tfsdk:"region"`
	NetworkInterfaceID             types.String   `tfsdk:"network_interface_id"`
	SecondaryPrivateIPAddressCount types.Int64    `tfsdk:"secondary_private_ip_address_count"`
	PrivateIPAddresses             types.Set      `tfsdk:"private_ip_addresses"`
	QosLevel                       types.String   `tfsdk:"qos_level"`
	AssignedPrivateIPAddresses     types.Set      `tfsdk:"assigned_private_ip_addresses"`
	Timeouts                       timeouts.Value `tfsdk:"timeouts"`
}

// owned is the addresses this resource assigned and owns, in address order.
func (m *resourceModel) owned(ctx context.Context, diags *diag.Diagnostics) []string {
	return setStrings(ctx, m.AssignedPrivateIPAddresses, diags)
}

// setOwned records the owned addresses: assigned_private_ip_addresses, and the count and the
// address set, which always describe what is owned (whichever of the two the configuration uses).
func (m *resourceModel) setOwned(ctx context.Context, owned []string, diags *diag.Diagnostics) {
	owned = tfutil.SortAddresses(owned)
	set, d := types.SetValueFrom(ctx, types.StringType, owned)
	diags.Append(d...)
	m.AssignedPrivateIPAddresses = set
	m.PrivateIPAddresses = set
	m.SecondaryPrivateIPAddressCount = types.Int64Value(int64(len(owned)))
}

// qos is the QoS level to request ("" lets the API choose).
func (m *resourceModel) qos() string {
	if m.QosLevel.IsUnknown() {
		return ""
	}
	return m.QosLevel.ValueString()
}

// readQos takes the QoS level the API reports for the owned addresses when they all report the
// same one; otherwise (the API reports none, or they differ) the value stays as it was, and an
// unknown one becomes null.
func (m *resourceModel) readQos(eni *vpc.NetworkInterface, owned []string) {
	sec := eni.SecondaryAddresses()
	level := ""
	for i, a := range owned {
		q := sec[a].QosLevel
		if i == 0 {
			level = q
		} else if q != level {
			level = ""
			break
		}
	}
	switch {
	case level != "":
		m.QosLevel = types.StringValue(level)
	case m.QosLevel.IsUnknown():
		m.QosLevel = types.StringNull()
	}
}

// listMode reports whether the configuration names the addresses (private_ip_addresses) rather
// than a count.
func listMode(config *resourceModel) bool { return !config.PrivateIPAddresses.IsNull() }

// resourceID is "<eni-id>/<anchor>": the anchor is the lowest address (in address order) owned when
// the resource was created or imported. It never changes afterwards, even when an in-place update
// unassigns that address: see the schema's description of id.
func resourceID(eni string, owned []string) string {
	return tfutil.JoinImportID(eni, tfutil.SortAddresses(owned)[0])
}

// presentOn returns the addresses that are secondary IPs of eni, in the given order.
func presentOn(eni *vpc.NetworkInterface, addresses []string) []string {
	sec := eni.SecondaryAddresses()
	var out []string
	for _, a := range addresses {
		if _, ok := sec[a]; ok {
			out = append(out, a)
		}
	}
	return out
}

func setStrings(ctx context.Context, s types.Set, diags *diag.Diagnostics) []string {
	if s.IsNull() || s.IsUnknown() {
		return nil
	}
	var out []string
	diags.Append(s.ElementsAs(ctx, &out, false)...)
	return tfutil.SortAddresses(out)
}

// parseImportID splits "<eni-id>/<ip>,<ip>…" (the region, if any, already taken off).
func parseImportID(raw string) (eni string, addresses []string, err error) {
	const format = "<eni-id>/<ip>,<ip>…"
	parts, err := tfutil.SplitImportID(raw, 2, format)
	if err != nil {
		return "", nil, err
	}
	eni = parts[0]
	if !validate.ValidTencentID("eni-", eni) {
		return "", nil, fmt.Errorf("%q is not an ENI ID (\"eni-\" followed by lowercase letters and digits) in import ID %q of the form %q", eni, raw, format)
	}
	seen := map[string]bool{}
	for _, a := range tfutil.SplitImportIDList(parts[1]) {
		if problem := validate.IPv4AddressProblem(a); problem != "" {
			return "", nil, fmt.Errorf("import ID %q: %s", raw, problem)
		}
		if seen[a] {
			return "", nil, fmt.Errorf("import ID %q names %s twice", raw, a)
		}
		seen[a] = true
		addresses = append(addresses, a)
	}
	return eni, tfutil.SortAddresses(addresses), nil
}

// validImportID is the shape check of the region base's import: "<eni-id>/<ip>,<ip>…".
func validImportID(raw string) bool {
	_, _, err := parseImportID(raw)
	return err == nil
}
