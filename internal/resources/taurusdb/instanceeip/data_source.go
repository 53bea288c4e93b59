// Package instanceeip is the edgecloud_taurusdb_instance_eip data source: the EIP bound to a
// TaurusDB instance, read with ShowInstanceEip (seed 004).
package instanceeip

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/huaweibase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// DataSourceType is the Terraform type name of this package.
const DataSourceType = "edgecloud_taurusdb_instance_eip"

var _ datasource.DataSourceWithConfigure = (*instanceEipDataSource)(nil)

// NewDataSource is the edgecloud_taurusdb_instance_eip constructor.
func NewDataSource() datasource.DataSource {
	return &instanceEipDataSource{DataSource: regionbase.NewDataSource(DataSourceType, regionbase.Huawei)}
}

type instanceEipDataSource struct {
	regionbase.DataSource
}

func (d *instanceEipDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{MarkdownDescription: desc, Computed: true}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The EIP bound to a Huawei Cloud TaurusDB instance (ShowInstanceEip). An instance without an EIP is not an error: " +
			"`bound` is `false` and the EIP's attributes are null (the API documents no answer for that case; an answer without an EIP ID " +
			"and address is taken to mean none). An instance that does not exist is an error.",
		Attributes: map[string]schema.Attribute{
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "TaurusDB instance ID: 32 lower-case letters or digits followed by `in07`, e.g. `12a49c2dc32648df8dd25e2976f70180in07`.",
				Required:            true,
				Validators:          []validator.String{validate.TaurusDBInstanceID()},
			},
			"region":     regionbase.DataSourceAttribute(regionbase.Huawei),
			"project_id": huaweibase.DataSourceProjectAttribute(),
			"bound":      schema.BoolAttribute{MarkdownDescription: "Whether an EIP is bound to the instance. When `false`, the attributes below except `can_enable_public_access` are null.", Computed: true},
			"can_enable_public_access": schema.BoolAttribute{
				MarkdownDescription: "Whether public access can be enabled on the instance.", Computed: true,
			},
			"eip_id":             str("EIP ID (the API's `id`)."),
			"type":               str("Network type of the EIP: `5_bgp` (dynamic BGP), `5_sbgp` (static BGP) or `5_youxuanbgp` (premium BGP)."),
			"port_id":            str("Port ID."),
			"public_ip_address":  str("The EIP."),
			"private_ip_address": str("Private IP address bound to the EIP."),
			"status": str("EIP status: `ACTIVE` (bound), `BINDING`, `DOWN` (not bound), `BIND_ERROR`, `FREEZED`, `PENDING_CREATE`, `PENDING_DELETE`, " +
				"`PENDING_UPDATE`, `NOTIFYING`, `NOTIFY_DELETE`, `ELB`, `VPN` or `ERROR`."),
			"tenant_id":      str("Tenant ID."),
			"create_time":    str("When the EIP was assigned, as the API gives it (e.g. `2024-04-09 13:42:11`)."),
			"bandwidth_id":   str("Bandwidth ID."),
			"bandwidth_name": str("Bandwidth name."),
			"bandwidth_size": schema.Int64Attribute{
				MarkdownDescription: "Bandwidth in Mbit/s (documented as a string, answered as a number; both are read).", Computed: true,
			},
			"bandwidth_share_type": str("Bandwidth type: `PER` (dedicated) or `WHOLE` (shared)."),
			"profile": schema.MapAttribute{
				MarkdownDescription: "Additional parameters such as the order ID and product ID, as the API returns them (values that are not " +
					"strings as JSON text). Not empty means the EIP is billed yearly or monthly.",
				ElementType: types.StringType,
				Computed:    true,
			},
		},
	}
}

func (d *instanceEipDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data dataSourceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	scope := taurusdb.Scope{
		Region:    d.Region(data.Region, &resp.Diagnostics),
		ProjectID: huaweibase.ResolveProject(d.Conn(), data.ProjectID, &resp.Diagnostics),
	}
	if resp.Diagnostics.HasError() {
		return
	}
	id := data.InstanceID.ValueString()
	e, err := d.Conn().TaurusDB.FindInstanceEip(ctx, scope, id)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the EIP of "+taurusdb.KindInstance+" "+id, err)
		return
	}
	data.Region, data.ProjectID = types.StringValue(scope.Region), types.StringValue(scope.ProjectID)
	resp.Diagnostics.Append(data.fromAPI(ctx, e)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
