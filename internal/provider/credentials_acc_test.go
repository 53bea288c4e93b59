package provider_test

import (
	"fmt"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmvpc "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/vpc"
)

// providerWith configures the provider with explicit credentials (the sandbox endpoint still
// comes from the environment), and one VPC to prove calls succeed.
func providerWith(secretID, secretKey, token string) string {
	return fmt.Sprintf(`
provider "edgecloud" {
  secret_id      = %q
  secret_key     = %q
  security_token = %q
}

resource "edgecloud_ecm_vpc" "test" {
  vpc_name   = %q
  cidr_block = "10.40.0.0/16"
}
`, secretID, secretKey, token, acctest.Name("token"))
}

// Temporary credentials (a SecretId/SecretKey minted with a token) work through security_token.
func TestAccProvider_temporaryCredentials(t *testing.T) {
	sb := acctest.Sandbox(t)
	tc, err := sb.MintTemporaryCredentials(time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		CheckDestroy:             acctest.CheckDestroy(ecmvpc.ResourceType, ecmvpc.FindByState),
		Steps: []resource.TestStep{
			{
				Config: providerWith(tc.SecretID, tc.SecretKey, tc.Token),
				Check:  acctest.CheckExists("edgecloud_ecm_vpc.test", ecmvpc.FindByState),
			},
		},
	})
}

// A bad token reaches the user as the documented code with its RequestId, never as a retry loop.
func TestAccProvider_badTokenIsAClearError(t *testing.T) {
	sb := acctest.Sandbox(t)
	tc, err := sb.MintTemporaryCredentials(time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	tokenFailure := regexp.MustCompile(`(?s)AuthFailure\.TokenFailure.*RequestId:\s+\S+`)
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			// A temporary key with another token.
			{Config: providerWith(tc.SecretID, tc.SecretKey, "not-"+tc.Token), ExpectError: tokenFailure},
			// A long-term key sent with a token.
			{Config: providerWith(os.Getenv("TENCENTCLOUD_SECRET_ID"), os.Getenv("TENCENTCLOUD_SECRET_KEY"), tc.Token), ExpectError: tokenFailure},
		},
	})
}
