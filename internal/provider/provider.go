// Package provider is the edgecloud provider: its configuration, and the lists of resources and data
// sources it serves.
package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	ecmclb "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clb"
	ecmclblistener "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clblistener"
	ecmclbtargets "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/clbtargets"
	ecmconfig "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/config"
	ecmdefaultsubnet "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/defaultsubnet"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
	ecmeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eipassociation"
	ecmeni "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eni"
	ecmeniattachment "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniattachment"
	ecmeniipv6addresses "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniipv6addresses"
	ecmeniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eniprivateip"
	ecmhavip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/havip"
	ecmimage "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/image"
	ecminstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/instance"
	ecminstancetype "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/instancetype"
	ecmkeypair "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/keypair"
	ecmmodule "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/module"
	ecmnode "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/node"
	ecmquote "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/quote"
	ecmroute "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/route"
	ecmroutetable "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/routetable"
	ecmroutetableassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/routetableassociation"
	ecmsecuritygroup "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygroup"
	ecmsecuritygroupattachment "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygroupattachment"
	ecmsecuritygrouppolicies "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/securitygrouppolicies"
	ecmsubnet "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/subnet"
	ecmvpc "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecmbase"
	edgezonepublicip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicip"
	edgezonepublicnetworkinstance "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/edgezone/publicnetworkinstance"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/resources/regionbase"
	taurusdbeipassociation "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/taurusdb/eipassociation"
	taurusdbinstanceeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/taurusdb/instanceeip"
	vpceniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/vpc/eniprivateip"
	vpcusedip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/vpc/usedip"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/validate"
)

// New returns a constructor for the provider at the given version (set by the release build).
func New(version string) func() provider.Provider {
	return func() provider.Provider { return &edgecloudProvider{version: version} }
}

type edgecloudProvider struct {
	version string
}

var (
	_ provider.Provider                       = (*edgecloudProvider)(nil)
	_ provider.ProviderWithEphemeralResources = (*edgecloudProvider)(nil)
)

func (p *edgecloudProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "edgecloud"
	resp.Version = p.version
}

func (p *edgecloudProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Manages Tencent Cloud ECM (edge computing machines and their networks), " +
			"Tencent VPC IP usage, Tencent EdgeZone public IPs and Huawei TaurusDB EIPs.",
		Attributes: map[string]schema.Attribute{
			"secret_id": schema.StringAttribute{
				MarkdownDescription: "Tencent Cloud SecretId. Falls back to `TENCENTCLOUD_SECRET_ID`, then to the `profile`.",
				Optional:            true,
			},
			"secret_key": schema.StringAttribute{
				MarkdownDescription: "Tencent Cloud SecretKey. Falls back to `TENCENTCLOUD_SECRET_KEY`, then to the `profile`.",
				Optional:            true,
				Sensitive:           true,
			},
			"security_token": schema.StringAttribute{
				MarkdownDescription: "Token of temporary (STS) credentials. Falls back to `TENCENTCLOUD_SECURITY_TOKEN`.",
				Optional:            true,
				Sensitive:           true,
			},
			"region": schema.StringAttribute{
				MarkdownDescription: "Tencent Cloud region sent as `X-TC-Region`, e.g. `ap-guangzhou`. ECM actions do not need it. Falls back to `TENCENTCLOUD_REGION`.",
				Optional:            true,
			},
			"profile": schema.StringAttribute{
				MarkdownDescription: "Name of a tccli profile whose credential file (`~/.tccli/<profile>.credential`) supplies the keys when they are not set otherwise. Falls back to `TENCENTCLOUD_PROFILE`.",
				Optional:            true,
			},
			"ecm_region": schema.StringAttribute{
				MarkdownDescription: "Default ECM region (the `EcmRegion` API parameter) for every ECM resource and data source, e.g. `ap-hangzhou-ecm`. Falls back to `EDGECLOUD_ECM_REGION`.",
				Optional:            true,
				Validators:          []validator.String{ecmbase.RegionValidator()},
			},
			"endpoints": schema.SingleNestedAttribute{
				MarkdownDescription: "Override API endpoints, e.g. to use the edgecloud sandbox. Each is a URL with a scheme, such as `http://127.0.0.1:8787`. Fall back to `EDGECLOUD_ENDPOINT_ECM`, `EDGECLOUD_ENDPOINT_VPC`, `EDGECLOUD_ENDPOINT_EDGEZONE`, `EDGECLOUD_ENDPOINT_TAURUSDB`.",
				Optional:            true,
				Attributes: map[string]schema.Attribute{
					"ecm":      endpointAttribute("ECM"),
					"vpc":      endpointAttribute("VPC"),
					"edgezone": endpointAttribute("EdgeZone"),
					"taurusdb": schema.StringAttribute{
						MarkdownDescription: "Endpoint URL of the Huawei Cloud TaurusDB API, for every region. Without it the region's endpoint is used " +
							"(`https://gaussdb.<region>.myhuaweicloud.com`, or `gaussdbformysql.`/`gaussdb-mysql.` where Huawei documents those).",
						Optional:   true,
						Validators: []validator.String{validate.HTTPURL()},
					},
				},
			},
			"huawei_access_key": schema.StringAttribute{
				MarkdownDescription: "Huawei Cloud access key (AK) for the TaurusDB resources. Falls back to `HW_ACCESS_KEY`. Only needed when a Huawei Cloud resource or data source is used.",
				Optional:            true,
				Sensitive:           true,
			},
			"huawei_secret_key": schema.StringAttribute{
				MarkdownDescription: "Huawei Cloud secret key (SK). Falls back to `HW_SECRET_KEY`.",
				Optional:            true,
				Sensitive:           true,
			},
			"huawei_security_token": schema.StringAttribute{
				MarkdownDescription: "Security token of temporary Huawei Cloud credentials, sent as `X-Security-Token`. Falls back to `HW_SECURITY_TOKEN`.",
				Optional:            true,
				Sensitive:           true,
			},
			"huawei_region": schema.StringAttribute{
				MarkdownDescription: "Default Huawei Cloud region of the TaurusDB resources, e.g. `cn-north-4`; it picks the endpoint. Falls back to `HW_REGION_NAME`.",
				Optional:            true,
				Validators:          []validator.String{regionbase.Validator()},
			},
			"huawei_project_id": schema.StringAttribute{
				MarkdownDescription: "Default Huawei Cloud project ID (32 letters and digits) of the TaurusDB resources: the project of the region, as every TaurusDB path names it. Falls back to `HW_PROJECT_ID`.",
				Optional:            true,
				Validators:          []validator.String{validate.HuaweiProjectID()},
			},
			"rate_limit": schema.Float64Attribute{
				MarkdownDescription: "Requests per second the provider sends per API action, shared by all resources (and, with `shared_rate_limit`, by the other processes on this machine). The provider slows down on its own when the API answers `RequestLimitExceeded` (Tencent Cloud) or HTTP 429 (Huawei Cloud) and climbs back to this rate as calls succeed. Defaults to 20, the limit the Tencent APIs document; it applies to the Huawei Cloud operations too.",
				Optional:            true,
				Validators:          []validator.Float64{float64validator.Between(0.1, 1000)},
			},
			"max_retries": schema.Int64Attribute{
				MarkdownDescription: "How many times one API call is retried after an answer that invites a retry: throttling " +
					"(`RequestLimitExceeded*`, HTTP 429; any call), an expired signature (once), `InternalError` or `ServiceUnavailable` or a Huawei 5xx (reads only). " +
					"A TaurusDB instance that is being operated (HTTP 409 `DBS.200019` and its kin) is waited out for up to 10 minutes without counting. " +
					"Failures that get no answer are not counted: a refused connection or a resolver failure (the request never left; any call; a host name that does not exist fails at once) " +
					"and, for reads only, a reset, a timeout or a non-API answer are retried for up to 2 minutes from the first of them, " +
					"within the operation's timeouts. `0` turns every retry off. Defaults to 10.",
				Optional:   true,
				Validators: []validator.Int64{int64validator.Between(0, 100)},
			},
			"shared_rate_limit": schema.BoolAttribute{
				MarkdownDescription: "Share `rate_limit` with the other Terraform processes on this machine (Terragrunt `run-all`, parallel CI jobs) " +
					"that use the same credentials and endpoint, so that together they stay under it; they coordinate through small " +
					"locked files in the user cache directory (`terraform-provider-edgecloud/ratelimit`, or `EDGECLOUD_RATE_LIMIT_DIR`). " +
					"Defaults to `true` for the real endpoints and `false` for a service whose endpoint is overridden (the sandbox). " +
					"Falls back to `EDGECLOUD_SHARED_RATE_LIMIT`.",
				Optional: true,
			},
		},
	}
}

func endpointAttribute(name string) schema.StringAttribute {
	return schema.StringAttribute{
		MarkdownDescription: "Endpoint URL of the " + name + " API.",
		Optional:            true,
		Validators:          []validator.String{validate.HTTPURL()},
	}
}

func (p *edgecloudProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var cfg providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}
	c, diags := cfg.conn(ctx, p.version)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.ResourceData = c
	resp.DataSourceData = c
	resp.EphemeralResourceData = c
}

func (p *edgecloudProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{
		ecmvpc.NewResource,
		ecmsubnet.NewResource,
		ecmclb.NewResource,
		ecmeip.NewResource,
		ecmeni.NewResource,
		ecmeipassociation.NewResource,
		ecmeniattachment.NewResource,
		ecmeniprivateip.NewResource,
		ecmeniipv6addresses.NewResource,
		ecmsecuritygroupattachment.NewResource,
		ecmsecuritygroup.NewResource,
		ecmsecuritygrouppolicies.NewResource,
		ecmkeypair.NewResource,
		ecmmodule.NewResource,
		ecminstance.NewResource,
		ecmimage.NewResource,
		ecmroutetable.NewResource,
		ecmroutetableassociation.NewResource,
		ecmroute.NewResource,
		ecmhavip.NewResource,
		ecmclblistener.NewResource,
		ecmclbtargets.NewResource,
		ecmdefaultsubnet.NewResource,
		edgezonepublicnetworkinstance.NewResource,
		edgezonepublicip.NewResource,
		taurusdbeipassociation.NewResource,
		vpceniprivateip.NewResource,
	}
}

func (p *edgecloudProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{
		ecmvpc.NewDataSource,
		ecmsubnet.NewDataSource,
		ecmclb.NewDataSource,
		ecmeip.NewDataSource,
		ecmeip.NewQuotaDataSource,
		ecmeni.NewDataSource,
		ecmsecuritygroupattachment.NewStatisticsDataSource,
		ecmsecuritygroup.NewDataSource,
		ecmsecuritygroup.NewLimitsDataSource,
		ecmnode.NewDataSource,
		ecminstancetype.NewDataSource,
		ecmconfig.NewDataSource,
		ecmimage.NewDataSource,
		ecmmodule.NewDataSource,
		ecminstance.NewDataSource,
		ecmquote.NewPriceDataSource,
		ecmquote.NewPackingQuotaDataSource,
		ecmquote.NewSnapshotsDataSource,
		ecmroutetable.NewDataSource,
		ecmroute.NewConflictsDataSource,
		ecmhavip.NewDataSource,
		ecmclblistener.NewDataSource,
		ecmclbtargets.NewDataSource,
		ecmclbtargets.NewHealthDataSource,
		ecmdefaultsubnet.NewDataSource,
		edgezonepublicnetworkinstance.NewDataSource,
		edgezonepublicip.NewDataSource,
		taurusdbinstanceeip.NewDataSource,
		vpcusedip.NewDataSource,
	}
}

func (p *edgecloudProvider) EphemeralResources(context.Context) []func() ephemeral.EphemeralResource {
	return []func() ephemeral.EphemeralResource{
		ecminstance.NewVNCURL,
	}
}
