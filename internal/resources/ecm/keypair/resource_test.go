package keypair_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

const address = "edgecloud_ecm_key_pair.test"

func config(name string) string {
	return fmt.Sprintf(`
resource "edgecloud_ecm_key_pair" "test" {
  key_name = %q
}
`, name)
}

// The key pair is created with its private key kept (sensitive); a rename creates a new one;
// import is refused with the reason; destroy forgets it (the API cannot delete it).
func TestAccECMKeyPair_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config("tf_acc_one"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(address, tfjsonpath.New("id"), knownvalue.StringRegexp(regexp.MustCompile(`^skey-[a-z0-9]+$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("key_name"), knownvalue.StringExact("tf_acc_one")),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("private_key"), knownvalue.StringRegexp(regexp.MustCompile(`(?s)^-----BEGIN .*PRIVATE KEY-----.*-----END .*PRIVATE KEY-----\s*$`))),
					statecheck.ExpectKnownValue(address, tfjsonpath.New("public_key"), knownvalue.StringRegexp(regexp.MustCompile(`^ssh-rsa AAAA[0-9A-Za-z+/=]+`))),
					statecheck.ExpectSensitiveValue(address, tfjsonpath.New("private_key")),
				},
			},
			{
				Config: config("tf_acc_two"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(address, plancheck.ResourceActionDestroyBeforeCreate)},
				},
			},
			{
				ResourceName:  address,
				ImportState:   true,
				ImportStateId: "skey-abc12345",
				ExpectError:   regexp.MustCompile(`(?s)cannot be imported.*no action that reads a key pair`),
			},
		},
	})
}

func TestAccECMKeyPair_invalidNameIsAPlanError(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{Config: config("has-dashes"), PlanOnly: true, ExpectError: regexp.MustCompile(`(?s)key_name.*letters,\s+digits\s+and\s+underscores`)},
		},
	})
}
