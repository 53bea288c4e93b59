// Package keypair is the edgecloud_ecm_key_pair resource.
//
// The ECM API can create a key pair (CreateKeyPair) but has no action to read, import or delete one
// (catalog §2.13b). The resource is honest about it: it creates the key pair and keeps what the
// creation returned (the private key, once, as a sensitive attribute); reading keeps the state as
// it is; destroying forgets the key pair with a warning that it still exists in ECM; importing is
// refused with the reason.
package keypair

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType = "edgecloud_ecm_key_pair"
	idPrefix     = "skey-"
	kind         = "ECM key pair"
)

var (
	_ resource.ResourceWithConfigure   = (*keyPairResource)(nil)
	_ resource.ResourceWithImportState = (*keyPairResource)(nil)
)

// NewResource is the edgecloud_ecm_key_pair constructor. Key pairs are global.
func NewResource() resource.Resource {
	return &keyPairResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

type keyPairResource struct {
	ecmbase.Resource
}

type resourceModel struct {
	ID          types.String `tfsdk:"id"`
	KeyName     types.String `tfsdk:"key_name"`
	PublicKey   types.String `tfsdk:"public_key"`
	PrivateKey  types.String `tfsdk:"private_key"`
	CreatedTime types.String `tfsdk:"created_time"`
}

var keyName = regexp.MustCompile(`^[A-Za-z0-9_]{1,25}$`)

func (r *keyPairResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	keep := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An ECM SSH key pair (CreateKeyPair), for logging in to Linux instances.\n\n" +
			"**The ECM API can create a key pair but cannot read, import or delete one.** So this resource creates the key pair and " +
			"keeps what the creation returned; it cannot notice a key pair deleted outside Terraform; `terraform destroy` only " +
			"forgets it (with a warning: delete it in the ECM console if it must go); and it cannot be imported. The private key " +
			"is returned once, at creation, and kept in the state as a sensitive attribute: protect the state accordingly.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{MarkdownDescription: "Key pair ID, e.g. `skey-mv9yzyjj`.", Computed: true, PlanModifiers: keep},
			"key_name": schema.StringAttribute{
				MarkdownDescription: "Name: up to 25 letters, digits and underscores. Changing it creates a new key pair (and forgets the old one).",
				Required:            true,
				Validators:          []validator.String{stringvalidator.RegexMatches(keyName, "must be 1 to 25 letters, digits and underscores")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"public_key":   schema.StringAttribute{MarkdownDescription: "The public key, in OpenSSH `authorized_keys` form.", Computed: true, PlanModifiers: keep},
			"private_key":  schema.StringAttribute{MarkdownDescription: "The private key (PEM), returned only at creation.", Computed: true, Sensitive: true, PlanModifiers: keep},
			"created_time": schema.StringAttribute{MarkdownDescription: "Creation time.", Computed: true, PlanModifiers: keep},
		},
	}
}

func (r *keyPairResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	out, err := r.Conn().ECM.CreateKeyPair(ctx, ecm.CreateKeyPairRequest{KeyName: plan.KeyName.ValueString()})
	if err != nil {
		tfutil.AddError(&resp.Diagnostics, "creating "+kind, err)
		return
	}
	k := out.KeyPair
	// The API may answer the name in another case ("tencent" -> "Tencent" in the document's
	// example): keep the configured spelling, so the plan stays empty.
	plan.ID = types.StringValue(k.KeyId)
	plan.PublicKey = types.StringValue(k.PublicKey)
	plan.PrivateKey = types.StringValue(k.PrivateKey)
	plan.CreatedTime = types.StringValue(k.CreatedTime)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// Read keeps the state: no API describes a key pair.
func (r *keyPairResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is never called: every attribute forces replacement or is computed.
func (r *keyPairResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan resourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// Delete forgets the key pair: no API deletes one.
func (r *keyPairResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state resourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.AddWarning(kind+" "+state.ID.ValueString()+" still exists in ECM",
		"The ECM API has no action that deletes a key pair, so it is only removed from the Terraform state. Delete it in the ECM console if it must go.")
}

// ImportState refuses: no API reads a key pair, so there is nothing to import it from.
func (r *keyPairResource) ImportState(_ context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resp.Diagnostics.AddError("ECM key pairs cannot be imported",
		"The ECM API has no action that reads a key pair (no DescribeKeyPairs), so "+req.ID+" cannot be imported: Terraform could "+
			"not learn its name or public key, and the private key is only ever returned at creation. Create a new key pair with this "+
			"resource instead.")
}

// NotImportable says why the resource has no import (read by the provider's docs checks).
func (r *keyPairResource) NotImportable() string {
	return "the ECM API has no action that reads a key pair"
}
