package acctest

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
)

// Finder looks up the object behind a state entry from its attributes ("id", "ecm_region", a load
// balancer ID...): nil when it exists, an error for which IsNotFound holds when it is gone. Every
// resource package exports one (FindByState in its testing.go), so the checks below work for any
// resource type of any service.
type Finder func(ctx context.Context, c *conn.Conn, attrs map[string]string) error

// Deleter deletes the object behind a state entry with the API (DeleteByState in testing.go).
type Deleter func(ctx context.Context, c *conn.Conn, attrs map[string]string) error

// IsNotFound reports a finder's "gone", whatever the service or cloud.
func IsNotFound(err error) bool { return tencent.IsNotFound(err) || huawei.IsNotFound(err) }

// CheckDestroy verifies that no object of resourceType in the state still exists.
func CheckDestroy(resourceType string, find Finder) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		for _, rs := range s.RootModule().Resources {
			if rs.Type != resourceType {
				continue
			}
			err := find(context.Background(), Conn(), rs.Primary.Attributes)
			if IsNotFound(err) {
				continue
			}
			if err != nil {
				return fmt.Errorf("checking %s %s is destroyed: %w", resourceType, rs.Primary.ID, err)
			}
			return fmt.Errorf("%s %s still exists after destroy", resourceType, rs.Primary.ID)
		}
		return nil
	}
}

// CheckExists verifies that the object behind a resource address exists in the cloud.
func CheckExists(address string, find Finder) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := attributes(s, address)
		if err != nil {
			return err
		}
		if err := find(context.Background(), Conn(), attrs); err != nil {
			return fmt.Errorf("%s: %w", address, err)
		}
		return nil
	}
}

// DeleteOutside deletes the object behind a resource address with the API, as someone using the
// console would, to prove that the provider notices and plans to recreate it.
func DeleteOutside(address string, del Deleter) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := attributes(s, address)
		if err != nil {
			return err
		}
		return del(context.Background(), Conn(), attrs)
	}
}

// CaptureID stores the resource's ID in *id, to compare across steps (update in place keeps it).
func CaptureID(address string, id *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := attributes(s, address)
		if err != nil {
			return err
		}
		*id = attrs["id"]
		return nil
	}
}

// CheckSameID fails if the resource's ID is not *id: the update replaced the object.
func CheckSameID(address string, id *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		attrs, err := attributes(s, address)
		if err != nil {
			return err
		}
		if attrs["id"] != *id {
			return fmt.Errorf("%s was replaced (%s -> %s); expected an in-place update", address, *id, attrs["id"])
		}
		return nil
	}
}

// ImportIDWithRegion is an ImportStateIdFunc for "<ecm_region>/<id>".
func ImportIDWithRegion(address string) resource.ImportStateIdFunc {
	return func(s *terraform.State) (string, error) {
		attrs, err := attributes(s, address)
		if err != nil {
			return "", err
		}
		return attrs["ecm_region"] + "/" + attrs["id"], nil
	}
}

func attributes(s *terraform.State, address string) (map[string]string, error) {
	rs, ok := s.RootModule().Resources[address]
	if !ok {
		return nil, fmt.Errorf("%s is not in the state", address)
	}
	attrs := make(map[string]string, len(rs.Primary.Attributes)+1)
	for k, v := range rs.Primary.Attributes {
		attrs[k] = v
	}
	attrs["id"] = rs.Primary.ID
	return attrs, nil
}
