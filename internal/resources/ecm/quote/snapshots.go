package quote

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// SnapshotsDataSourceType is the Terraform type name of the snapshots data source.
const SnapshotsDataSourceType = "edgecloud_ecm_snapshots"

var _ datasource.DataSourceWithConfigure = (*snapshotsDataSource)(nil)

// NewSnapshotsDataSource is the edgecloud_ecm_snapshots constructor.
func NewSnapshotsDataSource() datasource.DataSource {
	return &snapshotsDataSource{DataSource: ecmbase.NewDataSource(SnapshotsDataSourceType)}
}

type snapshotsDataSource struct {
	ecmbase.DataSource
}

type snapshotsModel struct {
	DiskID        types.String    `tfsdk:"disk_id"`
	SnapshotState types.String    `tfsdk:"snapshot_state"`
	Snapshots     []snapshotModel `tfsdk:"snapshots"`
}

type snapshotModel struct {
	ID            types.String `tfsdk:"id"`
	SnapshotName  types.String `tfsdk:"snapshot_name"`
	SnapshotState types.String `tfsdk:"snapshot_state"`
	DiskID        types.String `tfsdk:"disk_id"`
	DiskSize      types.Int64  `tfsdk:"disk_size"`
	DiskUsage     types.String `tfsdk:"disk_usage"`
	CreatedTime   types.String `tfsdk:"created_time"`
}

func (d *snapshotsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the account's ECM disk snapshots (DescribeSnapshots).",
		Attributes: map[string]schema.Attribute{
			"disk_id": schema.StringAttribute{MarkdownDescription: "Only snapshots of this disk.", Optional: true},
			"snapshot_state": schema.StringAttribute{
				MarkdownDescription: "Only snapshots in this state: `NORMAL`, `CREATING` or `ROLLBACKING`.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf("NORMAL", "CREATING", "ROLLBACKING")},
			},
			"snapshots": schema.ListNestedAttribute{
				MarkdownDescription: "The matching snapshots.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":             tfutil.ComputedString("Snapshot ID."),
					"snapshot_name":  tfutil.ComputedString("Name."),
					"snapshot_state": tfutil.ComputedString("State."),
					"disk_id":        tfutil.ComputedString("Disk it was taken of."),
					"disk_size":      tfutil.ComputedInt64("Disk size, GB."),
					"disk_usage":     tfutil.ComputedString("`SYSTEM_DISK` or `DATA_DISK`."),
					"created_time":   tfutil.ComputedString("Creation time."),
				}},
			},
		},
	}
}

func (d *snapshotsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data snapshotsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var filters []tencent.Filter
	filters = append(filters, ecmbase.StringFilters([]ecmbase.FilterArg{{Name: "disk-id", Value: data.DiskID}, {Name: "snapshot-state", Value: data.SnapshotState}})...)
	list, err := d.Conn().ECM.ListSnapshots(ctx, ecm.DescribeSnapshotsRequest{Filters: filters})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing ECM snapshots", err)
		return
	}
	data.Snapshots = make([]snapshotModel, len(list))
	for i, s := range list {
		data.Snapshots[i] = snapshotModel{
			ID: types.StringValue(s.SnapshotId), SnapshotName: types.StringValue(s.SnapshotName), SnapshotState: types.StringValue(s.SnapshotState),
			DiskID: types.StringValue(s.DiskId), DiskSize: types.Int64Value(s.DiskSize), DiskUsage: types.StringValue(s.DiskUsage), CreatedTime: types.StringValue(s.CreateTime),
		}
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
