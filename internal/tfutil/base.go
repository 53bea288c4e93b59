package tfutil

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// ResourceBase is the plumbing every resource shares, whatever its service: its type name
// (Metadata) and the provider's clients (Configure). A service's own base embeds it and adds what is
// particular to that service (the ECM region, its import-ID grammar), so a resource embeds exactly
// one base and writes only its schema, CRUD and model.
type ResourceBase struct {
	typeName string
	conn     *conn.Conn
}

// NewResourceBase names the resource type, e.g. "edgecloud_ecm_vpc".
func NewResourceBase(typeName string) ResourceBase { return ResourceBase{typeName: typeName} }

// Metadata reports the resource type name.
func (b *ResourceBase) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = b.typeName
}

// Configure keeps the provider's clients. Before the provider is configured (validation, an early
// plan) there are none, and Conn returns nil.
func (b *ResourceBase) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if c := ConnFrom(req.ProviderData, &resp.Diagnostics); c != nil {
		b.conn = c
	}
}

// Conn is the provider's clients and defaults.
func (b *ResourceBase) Conn() *conn.Conn { return b.conn }

// TypeName is the resource type, e.g. "edgecloud_ecm_vpc".
func (b *ResourceBase) TypeName() string { return b.typeName }

// DataSourceBase is ResourceBase for data sources.
type DataSourceBase struct {
	typeName string
	conn     *conn.Conn
}

// NewDataSourceBase names the data source type, e.g. "edgecloud_ecm_vpcs".
func NewDataSourceBase(typeName string) DataSourceBase { return DataSourceBase{typeName: typeName} }

// Metadata reports the data source type name.
func (b *DataSourceBase) Metadata(_ context.Context, _ datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = b.typeName
}

// Configure keeps the provider's clients.
func (b *DataSourceBase) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if c := ConnFrom(req.ProviderData, &resp.Diagnostics); c != nil {
		b.conn = c
	}
}

// Conn is the provider's clients and defaults.
func (b *DataSourceBase) Conn() *conn.Conn { return b.conn }

// TypeName is the data source type.
func (b *DataSourceBase) TypeName() string { return b.typeName }
