package eniprivateip_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	vpceniprivateip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/vpc/eniprivateip"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

const address = "edgecloud_vpc_eni_private_ip.test"

func configCount(eni string, n int, extra string) string {
	return fmt.Sprintf(`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id               = %q
  secondary_private_ip_address_count = %d
  %s
}
`, eni, n, extra)
}

func configList(eni string, addresses ...string) string {
	return fmt.Sprintf(`
resource "edgecloud_vpc_eni_private_ip" "test" {
  network_interface_id = %q
  private_ip_addresses = [%s]
}
`, eni, quoted(addresses))
}

func quoted(addresses []string) string {
	q := make([]string, len(addresses))
	for i, a := range addresses {
		q[i] = fmt.Sprintf("%q", a)
	}
	return strings.Join(q, ", ")
}

// network is a fixture VPC 10.<octet>.0.0/16 with the subnet 10.<octet>.1.0/24 and enis ENIs.
func network(t *testing.T, octet, enis int) acctest.VPCFixtures {
	t.Helper()
	return acctest.VPCNetwork(t, octet, fmt.Sprintf("10.%d.1.0/24", octet), enis)
}

// ip is an address of a test's subnet (10.<octet>.1.<host>).
func ip(octet, host int) string { return fmt.Sprintf("10.%d.1.%d", octet, host) }

// secondaries reads the ENI's secondary IPs directly (not through the provider), sorted, and
// fails unless every one is AVAILABLE.
func secondaries(eni string) ([]string, error) {
	n, err := acctest.Conn().VPC.FindNetworkInterfaceByID(context.Background(), acctest.Region(), eni)
	if err != nil {
		return nil, err
	}
	var out []string
	for a, spec := range n.SecondaryAddresses() {
		if spec.State != vpc.PrivateIpStateAvailable {
			return nil, fmt.Errorf("%s on %s is %s", a, eni, spec.State)
		}
		out = append(out, a)
	}
	return tfutil.SortAddresses(out), nil
}

// checkENIHolds verifies that the ENI's secondary IPs are exactly the owned addresses of the given
// resources plus extra (addresses assigned outside Terraform).
func checkENIHolds(eni string, addresses []string, extra ...string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		want := slices.Clone(extra)
		for _, a := range addresses {
			attrs, err := stateAttrs(s, a)
			if err != nil {
				return err
			}
			want = append(want, vpceniprivateip.OwnedFromState(attrs)...)
		}
		got, err := secondaries(eni)
		if err != nil {
			return err
		}
		if !slices.Equal(got, tfutil.SortAddresses(want)) {
			return fmt.Errorf("ENI %s holds %v; want exactly %v", eni, got, tfutil.SortAddresses(want))
		}
		return nil
	}
}

// checkOwnedCount verifies the number of owned addresses of a resource.
func checkOwnedCount(addr string, n int) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := stateAttrs(s, addr)
		if err != nil {
			return err
		}
		if got := vpceniprivateip.OwnedFromState(attrs); len(got) != n {
			return fmt.Errorf("%s owns %v; want %d addresses", addr, got, n)
		}
		return nil
	}
}

func stateAttrs(s *terraform.State, addr string) (map[string]string, error) {
	rs, ok := s.RootModule().Resources[addr]
	if !ok {
		return nil, fmt.Errorf("%s is not in the state", addr)
	}
	return rs.Primary.Attributes, nil
}

// importID is the import ID naming the owned addresses: "[<region>/]<eni>/<ip>,<ip>…".
func importID(addr string, withRegion bool) resource.ImportStateIdFunc {
	return func(s *terraform.State) (string, error) {
		attrs, err := stateAttrs(s, addr)
		if err != nil {
			return "", err
		}
		id := attrs["network_interface_id"] + "/" + strings.Join(vpceniprivateip.OwnedFromState(attrs), ",")
		if withRegion {
			id = attrs["region"] + "/" + id
		}
		return id, nil
	}
}

// assignOutside assigns addresses to an ENI behind Terraform's back and waits for the task.
func assignOutside(t *testing.T, eni string, addresses ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := acctest.Conn().VPC
	resp, err := c.AssignPrivateIpAddresses(ctx, acctest.Region(), vpc.AssignPrivateIpAddressesRequest{NetworkInterfaceId: eni, PrivateIpAddresses: vpc.Addresses(addresses, "")})
	if err != nil {
		t.Fatalf("assigning %v outside Terraform: %v", addresses, err)
	}
	if err := c.WaitTask(ctx, wait.Options{}, acctest.Region(), resp.RequestId, "AssignPrivateIpAddresses", time.Now()); err != nil {
		t.Fatalf("assigning %v outside Terraform: %v", addresses, err)
	}
}

// unassignOutside unassigns addresses behind Terraform's back and waits until they are gone.
func unassignOutside(eni string, addresses ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := vpceniprivateip.UnassignOutside(ctx, acctest.Conn(), acctest.Region(), eni, addresses); err != nil {
			return err
		}
		return wait.Until(ctx, wait.Options{Description: "addresses gone"}, func(context.Context) (bool, string, error) {
			got, err := secondaries(eni)
			if err != nil {
				return false, "", nil //nolint:nilerr // DELETING while the task runs: poll again
			}
			for _, a := range addresses {
				if slices.Contains(got, a) {
					return false, "still there", nil
				}
			}
			return true, "gone", nil
		})
	}
}

func checkDestroy() resource.TestCheckFunc {
	return acctest.CheckDestroy(vpceniprivateip.ResourceType, vpceniprivateip.FindByState)
}

// compareEqual is a value comparer for statecheck.CompareValuePairs.
var compareEqual = compare.ValuesSame()

// checkAnchorOwned verifies that the address the ID names is still owned.
func checkAnchorOwned(addr string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := stateAttrs(s, addr)
		if err != nil {
			return err
		}
		anchor := attrs["id"][strings.Index(attrs["id"], "/")+1:]
		if !slices.Contains(vpceniprivateip.OwnedFromState(attrs), anchor) {
			return fmt.Errorf("%s: the anchor %s is no longer owned (%v)", addr, anchor, vpceniprivateip.OwnedFromState(attrs))
		}
		return nil
	}
}
