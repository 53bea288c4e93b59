package instance

import (
	"context"
	"net/url"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// VNCEphemeralType is the Terraform type name of the VNC URL ephemeral resource.
const VNCEphemeralType = "edgecloud_ecm_instance_vnc_url"

var _ ephemeral.EphemeralResourceWithConfigure = (*vncURL)(nil)

// NewVNCURL is the edgecloud_ecm_instance_vnc_url constructor: an ephemeral resource (Terraform
// 1.10+), because the URL is a short-lived secret that must never land in the state or the plan.
func NewVNCURL() ephemeral.EphemeralResource { return &vncURL{} }

type vncURL struct {
	conn *conn.Conn
}

type vncModel struct {
	InstanceID types.String `tfsdk:"instance_id"`
	URL        types.String `tfsdk:"url"`
}

func (e *vncURL) Metadata(_ context.Context, _ ephemeral.MetadataRequest, resp *ephemeral.MetadataResponse) {
	resp.TypeName = VNCEphemeralType
}

func (e *vncURL) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The VNC console URL of a running ECM instance (DescribeInstanceVncUrl). It is short-lived and grants console " +
			"access, so it is an ephemeral resource: available during the run (e.g. to a provisioner or another provider), never " +
			"stored in the plan or the state.",
		Attributes: map[string]schema.Attribute{
			"instance_id": schema.StringAttribute{
				MarkdownDescription: "The instance, e.g. `ein-bb0ab3pc`.",
				Required:            true,
				Validators:          []validator.String{ecmbase.IDValidator(idPrefix)},
			},
			"url": schema.StringAttribute{MarkdownDescription: "The VNC URL.", Computed: true, Sensitive: true},
		},
	}
}

func (e *vncURL) Configure(_ context.Context, req ephemeral.ConfigureRequest, resp *ephemeral.ConfigureResponse) {
	if c := tfutil.ConnFrom(req.ProviderData, &resp.Diagnostics); c != nil {
		e.conn = c
	}
}

func (e *vncURL) Open(ctx context.Context, req ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	var data vncModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &data)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := e.conn.ECM.DescribeInstanceVncUrl(ctx, ecm.DescribeInstanceVncUrlRequest{InstanceId: data.InstanceID.ValueString()})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "reading the VNC URL of "+kind+" "+data.InstanceID.ValueString(), err)
		return
	}
	// The document's example answers the URL percent-encoded as a whole (wss%3A%2F%2F...): hand out
	// a usable one.
	u := out.InstanceVncUrl
	if decoded, err := url.QueryUnescape(u); err == nil && strings.Contains(u, "%3A%2F%2F") {
		u = decoded
	}
	data.URL = types.StringValue(u)
	resp.Diagnostics.Append(resp.Result.Set(ctx, &data)...)
}
