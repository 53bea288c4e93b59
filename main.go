// Command terraform-provider-edgecloud serves the edgecloud Terraform provider over protocol 6.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/provider"
)

// version and commit are set by the release build (goreleaser ldflags).
var (
	version = "dev"
	commit  = "none"
)

//go:generate go -C tools tool tfplugindocs generate --provider-dir .. --provider-name edgecloud

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider with support for debuggers like delve")
	flag.Parse()
	log.SetPrefix("terraform-provider-edgecloud " + version + " (" + commit + "): ")

	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: "registry.terraform.io/edgecloud/edgecloud",
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err)
	}
}
