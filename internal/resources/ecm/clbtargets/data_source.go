package clbtargets

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

var _ datasource.DataSourceWithConfigure = (*targetsDataSource)(nil)

// NewDataSource is the edgecloud_ecm_clb_targets data source constructor.
func NewDataSource() datasource.DataSource {
	return &targetsDataSource{DataSource: ecmbase.NewDataSource(DataSourceType)}
}

type targetsDataSource struct {
	ecmbase.DataSource
}

type targetsDataModel struct {
	LoadBalancerID types.String        `tfsdk:"load_balancer_id"`
	ListenerIDs    types.List          `tfsdk:"listener_ids"`
	Listeners      []listenerDataModel `tfsdk:"listeners"`
}

type listenerDataModel struct {
	ListenerID types.String       `tfsdk:"listener_id"`
	Protocol   types.String       `tfsdk:"protocol"`
	Port       types.Int64        `tfsdk:"port"`
	Targets    []backendDataModel `tfsdk:"targets"`
}

type backendDataModel struct {
	InstanceID         types.String `tfsdk:"instance_id"`
	InstanceName       types.String `tfsdk:"instance_name"`
	Port               types.Int64  `tfsdk:"port"`
	Weight             types.Int64  `tfsdk:"weight"`
	EniID              types.String `tfsdk:"eni_id"`
	PrivateIPAddresses types.List   `tfsdk:"private_ip_addresses"`
	PublicIPAddresses  types.List   `tfsdk:"public_ip_addresses"`
	RegisteredTime     types.String `tfsdk:"registered_time"`
}

func (d *targetsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	num := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Computed: true, MarkdownDescription: desc}
	}
	list := func(desc string) schema.ListAttribute {
		return schema.ListAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: desc}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the backends bound to the listeners of one ECM load balancer (DescribeTargets), grouped by listener.",
		Attributes: map[string]schema.Attribute{
			"load_balancer_id": schema.StringAttribute{MarkdownDescription: "The load balancer (`lb-…`).", Required: true, Validators: []validator.String{ecmbase.IDValidator("lb-")}},
			"listener_ids": schema.ListAttribute{
				MarkdownDescription: "Only these listeners.", Optional: true, ElementType: types.StringType,
				Validators: []validator.List{listvalidator.ValueStringsAre(ecmbase.IDValidator("lbl-"))},
			},
			"listeners": schema.ListNestedAttribute{
				MarkdownDescription: "The listeners with their backends.",
				Computed:            true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"listener_id": str("Listener ID."),
					"protocol":    str("`TCP` or `UDP`."),
					"port":        num("Listener port."),
					"targets": schema.ListNestedAttribute{
						MarkdownDescription: "The bound backends.",
						Computed:            true,
						NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
							"instance_id":          str("Instance ID."),
							"instance_name":        str("Instance name."),
							"port":                 num("Backend port."),
							"weight":               num("Forwarding weight."),
							"eni_id":               str("ENI the backend address belongs to."),
							"private_ip_addresses": list("Private addresses of the backend."),
							"public_ip_addresses":  list("Public addresses of the backend."),
							"registered_time":      str("When the backend was bound."),
						}},
					},
				}},
			},
		},
	}
}

func stringList(ss []string) types.List {
	vals := make([]string, 0, len(ss))
	vals = append(vals, ss...)
	l, _ := types.ListValueFrom(context.Background(), types.StringType, vals)
	return l
}

func (d *targetsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var data targetsDataModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	request := ecm.DescribeTargetsRequest{LoadBalancerId: data.LoadBalancerID.ValueString()}
	resp.Diagnostics.Append(data.ListenerIDs.ElementsAs(ctx, &request.ListenerIds, false)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := d.Conn().ECM.DescribeTargets(ctx, request)
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "listing the backends of "+request.LoadBalancerId, err)
		return
	}
	data.Listeners = make([]listenerDataModel, len(out.Listeners))
	for i, l := range out.Listeners {
		m := listenerDataModel{ListenerID: types.StringValue(l.ListenerId), Protocol: types.StringValue(l.Protocol), Port: types.Int64Value(l.Port)}
		m.Targets = make([]backendDataModel, len(l.Targets))
		for j, b := range l.Targets {
			m.Targets[j] = backendDataModel{
				InstanceID: types.StringValue(b.InstanceId), InstanceName: types.StringValue(b.InstanceName), Port: types.Int64Value(b.Port),
				Weight: types.Int64Value(b.Weight), EniID: types.StringValue(b.EniId), PrivateIPAddresses: stringList(b.PrivateIpAddresses),
				PublicIPAddresses: stringList(b.PublicIpAddresses), RegisteredTime: types.StringValue(b.RegisteredTime),
			}
		}
		data.Listeners[i] = m
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &data)...)
}
