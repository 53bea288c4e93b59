package image_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
)

func TestAccECMImagesDataSource_basic(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		PreCheck:                 func() { acctest.PreCheck(t) },
		ProtoV6ProviderFactories: acctest.ProtoV6ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: `
data "edgecloud_ecm_images" "public" {
  image_type = "PUBLIC_IMAGE"
}

data "edgecloud_ecm_images" "by_id" {
  ids = [data.edgecloud_ecm_images.public.images[0].id]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.edgecloud_ecm_images.public", "images.0.image_type", "PUBLIC_IMAGE"),
					resource.TestCheckResourceAttr("data.edgecloud_ecm_images.by_id", "images.#", "1"),
					resource.TestCheckResourceAttrPair("data.edgecloud_ecm_images.by_id", "images.0.id", "data.edgecloud_ecm_images.public", "images.0.id"),
				),
			},
			{
				Config:      `data "edgecloud_ecm_images" "bad" { ids = ["image-1"] }`,
				ExpectError: regexp.MustCompile(`Invalid image ID`),
			},
		},
	})
}
