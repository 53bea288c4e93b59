// Package instance is the edgecloud_ecm_instance resource: one ECM instance.
package instance

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
)

// ResourceType is the Terraform type name of this package.
const (
	ResourceType   = "edgecloud_ecm_instance"
	idPrefix       = "ein-"
	kind           = "ECM instance"
	defaultTimeout = 15 * time.Minute
)

var (
	_ resource.ResourceWithConfigure   = (*instanceResource)(nil)
	_ resource.ResourceWithImportState = (*instanceResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*instanceResource)(nil)
)

// NewResource is the edgecloud_ecm_instance constructor. Instance actions take no EcmRegion (an
// instance's place is its zone), so the resource has no ecm_region.
func NewResource() resource.Resource {
	return &instanceResource{Resource: ecmbase.NewResource(ResourceType, idPrefix)}
}

type instanceResource struct {
	ecmbase.Resource
}

func (r *instanceResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	keep := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	keepOrReplace := []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()}
	diskSize := func(what string) schema.Int64Attribute {
		return schema.Int64Attribute{
			MarkdownDescription: what + " in GB. Defaults to the module's. Changing it forces a new instance.",
			Optional:            true, Computed: true,
			Validators:    []validator.Int64{int64validator.AtLeast(1)},
			PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown(), int64planmodifier.RequiresReplace()},
		}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "One ECM instance (RunInstances with one instance, DescribeInstances, TerminateInstances), launched from a " +
			"module or from an image and instance type given here. Create waits until the instance is `RUNNING`; an instance whose " +
			"launch fails (`LAUNCH_FAILED`) is an error naming it, and stays in the state tainted so the next apply replaces it. " +
			"In place: the name and security groups, the bandwidth cap, the password (a new `password_version`), and whether it runs " +
			"(`running`). Destroying it leaves separately managed EIPs and ENIs alone unless `associated_resource_destroy` is set.",
		Attributes: map[string]schema.Attribute{
			"id":   schema.StringAttribute{MarkdownDescription: "Instance ID, e.g. `ein-bb0ab3pc`.", Computed: true, PlanModifiers: keep},
			"zone": schema.StringAttribute{MarkdownDescription: "Zone, e.g. `ap-hangzhou-ecm-1` (`edgecloud_ecm_nodes`). Changing it forces a new instance.", Required: true, PlanModifiers: replace},
			"isp": schema.StringAttribute{
				MarkdownDescription: "Carrier of the public IP: `CMCC`, `CUCC` or `CTCC`, one the zone offers. Changing it forces a new instance.",
				Required:            true, PlanModifiers: replace,
				Validators: []validator.String{stringvalidator.OneOf("CMCC", "CUCC", "CTCC")},
			},
			"module_id": schema.StringAttribute{
				MarkdownDescription: "Module to launch from; without one, `image_id`, `instance_type`, `data_disk_size` and `internet_max_bandwidth_out` are required. Changing it forces a new instance.",
				Optional:            true, PlanModifiers: replace, Validators: []validator.String{ecmbase.IDValidator("em-")},
			},
			"image_id": schema.StringAttribute{
				MarkdownDescription: "Image. Defaults to the module's. Changing it forces a new instance, unless `reinstall_on_image_change` is set.",
				Optional:            true, Computed: true, Validators: []validator.String{ecmbase.IDValidator("img-")},
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplaceIf(unlessReinstall,
					"Replaces the instance unless reinstall_on_image_change is set.", "Replaces the instance unless `reinstall_on_image_change` is set.")},
			},
			"reinstall_on_image_change": schema.BoolAttribute{
				MarkdownDescription: "Change `image_id` in place by reinstalling the instance (ResetInstances), which **erases its system disk**, instead of replacing it. Defaults to `false`.",
				Optional:            true, Computed: true, Default: booldefault.StaticBool(false),
			},
			"instance_type": schema.StringAttribute{
				MarkdownDescription: "Instance type. Defaults to the module's. Changing it forces a new instance.",
				Optional:            true, Computed: true, PlanModifiers: keepOrReplace,
			},
			"system_disk_size": diskSize("System disk size"),
			"data_disk_size":   diskSize("Data disk size"),
			"internet_max_bandwidth_out": schema.Int64Attribute{
				MarkdownDescription: "Outbound bandwidth cap of the public IP, Mbps. Defaults to the module's. Changed in place (ResetInstancesMaxBandwidth).",
				Optional:            true, Computed: true,
				Validators:    []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"vpc_id": schema.StringAttribute{
				MarkdownDescription: "VPC of the primary ENI. Defaults to the zone's default subnet's. Changing it forces a new instance.",
				Optional:            true, Computed: true, PlanModifiers: keepOrReplace, Validators: []validator.String{ecmbase.IDValidator("vpc-")},
			},
			"subnet_id": schema.StringAttribute{
				MarkdownDescription: "Subnet of the primary ENI, in `zone`. Changing it forces a new instance.",
				Optional:            true, Computed: true, PlanModifiers: keepOrReplace, Validators: []validator.String{ecmbase.IDValidator("subnet-")},
			},
			"instance_name": schema.StringAttribute{
				MarkdownDescription: "Name, up to 60 characters. Changed in place.",
				Optional:            true, Computed: true,
				Validators:    []validator.String{stringvalidator.LengthBetween(1, 60)},
				PlanModifiers: keep,
			},
			"security_group_ids": schema.SetAttribute{
				MarkdownDescription: "Security groups (up to 5). Unset: the account's default group. Changed in place.",
				ElementType:         types.StringType, Optional: true, Computed: true,
				Validators:    []validator.Set{setvalidator.SizeBetween(1, 5), setvalidator.ValueStringsAre(ecmbase.IDValidator("esg-"))},
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown()},
			},
			"key_ids": schema.SetAttribute{
				MarkdownDescription: "SSH key pairs (`edgecloud_ecm_key_pair`) to log in with. Not with `password`. Removing keys is done in place " +
					"(DisassociateInstancesKeyPairs, stopping the instance if `force_stop_on_password_reset` allows); adding one forces a new instance (no API adds keys).",
				ElementType: types.StringType, Optional: true,
				Validators:    []validator.Set{setvalidator.ValueStringsAre(ecmbase.IDValidator("skey-"))},
				PlanModifiers: []planmodifier.Set{setplanmodifier.RequiresReplaceIf(unlessOnlyRemoved, "Replaces the instance when a key is added.", "Replaces the instance when a key is added.")},
			},
			"password": schema.StringAttribute{
				MarkdownDescription: "Login password. **Write-only** (Terraform 1.11+): never stored in the plan or the state. At creation: 8–30 " +
					"characters with at least two of letters, digits and `( ) ~ ! @ # $ % ^ & - + = | { } [ ] : ; ' , . ? /` (Windows: 12–30, " +
					"three kinds); a reset allows 8–16 (Windows 12–16). Because Terraform cannot see a write-only value change, a new " +
					"password is applied when `password_version` changes.",
				Optional: true, Sensitive: true, WriteOnly: true,
			},
			"password_version": schema.Int64Attribute{
				MarkdownDescription: "Change it to reset the password to the current `password` (ResetInstancesPassword).",
				Optional:            true,
			},
			"force_stop_on_password_reset": schema.BoolAttribute{
				MarkdownDescription: "Let a password reset stop a running instance (the API's `ForceStop`); otherwise the reset of a running instance fails. Defaults to `false`.",
				Optional:            true, Computed: true, Default: booldefault.StaticBool(false),
			},
			"user_data": schema.StringAttribute{
				MarkdownDescription: "Base64 user data run at first boot (up to 16 KB). Sensitive. Changing it forces a new instance.",
				Optional:            true, Sensitive: true, PlanModifiers: replace,
			},
			"running": schema.BoolAttribute{
				MarkdownDescription: "Whether the instance runs: `false` stops it (StopInstances), `true` starts it (StartInstances), in place. Defaults to `true`.",
				Optional:            true, Computed: true, Default: booldefault.StaticBool(true),
			},
			"stop_type": schema.StringAttribute{
				MarkdownDescription: "How `running = false` stops it: `SOFT`, `HARD` or `SOFT_FIRST` (the default: soft, hard if that fails).",
				Optional:            true, Computed: true, Default: stringdefault.StaticString("SOFT_FIRST"),
				Validators: []validator.String{stringvalidator.OneOf("SOFT", "HARD", "SOFT_FIRST")},
			},
			"associated_resource_destroy": schema.BoolAttribute{
				MarkdownDescription: "On destroy, also release the EIPs and ENIs bound to the instance. Defaults to `false`, so a separately managed EIP or ENI is never destroyed behind Terraform's back.",
				Optional:            true, Computed: true, Default: booldefault.StaticBool(false),
			},
			"tags": schema.MapAttribute{
				MarkdownDescription: "Tags set at launch. Changing them forces a new instance.",
				ElementType:         types.StringType, Optional: true,
				PlanModifiers: []planmodifier.Map{mapplanmodifier.RequiresReplace()},
			},
			"instance_state":               schema.StringAttribute{MarkdownDescription: "State, e.g. `RUNNING` or `STOPPED`.", Computed: true},
			"primary_network_interface_id": schema.StringAttribute{MarkdownDescription: "ID of the primary ENI (for EIP association, secondary IPs).", Computed: true, PlanModifiers: keep},
			"private_ip_address":           schema.StringAttribute{MarkdownDescription: "Primary private IPv4 address.", Computed: true, PlanModifiers: keep},
			"public_ip_address":            schema.StringAttribute{MarkdownDescription: "Public IPv4 address (empty when the module disables WAN IPs).", Computed: true, PlanModifiers: keep},
			"created_time":                 schema.StringAttribute{MarkdownDescription: "Creation time.", Computed: true, PlanModifiers: keep},
			"timeouts":                     timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}
