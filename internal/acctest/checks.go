package acctest

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
)

// FindFunc looks an object up by region and ID, returning a tencent.NotFoundError when it is gone.
type FindFunc func(ctx context.Context, region, id string) error

// CheckDestroy verifies that no object of resourceType in the state still exists.
func CheckDestroy(resourceType string, find FindFunc) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		for _, rs := range s.RootModule().Resources {
			if rs.Type != resourceType {
				continue
			}
			err := find(context.Background(), rs.Primary.Attributes["ecm_region"], rs.Primary.ID)
			if tencent.IsNotFound(err) {
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
func CheckExists(address string, find FindFunc) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s is not in the state", address)
		}
		return find(context.Background(), rs.Primary.Attributes["ecm_region"], rs.Primary.ID)
	}
}

// DeleteOutside deletes the object behind a resource address with the API, as someone using the
// console would, to prove that the provider notices and plans to recreate it.
func DeleteOutside(address string, del func(ctx context.Context, region, id string) error) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s is not in the state", address)
		}
		return del(context.Background(), rs.Primary.Attributes["ecm_region"], rs.Primary.ID)
	}
}

// CaptureID stores the resource's ID in *id, to compare across steps (update in place keeps it).
func CaptureID(address string, id *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s is not in the state", address)
		}
		*id = rs.Primary.ID
		return nil
	}
}

// CheckSameID fails if the resource's ID is not *id: the update replaced the object.
func CheckSameID(address string, id *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s is not in the state", address)
		}
		if rs.Primary.ID != *id {
			return fmt.Errorf("%s was replaced (%s -> %s); expected an in-place update", address, *id, rs.Primary.ID)
		}
		return nil
	}
}
