data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_module" "golden" {
  module_name              = "golden"
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = "SN3ne.LARGE8"
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = 50
}

# A stopped instance prepared by hand, imaged for the fleet.
resource "edgecloud_ecm_instance" "golden" {
  module_id = edgecloud_ecm_module.golden.id
  zone      = "ap-hangzhou-ecm-1"
  isp       = "CTCC"
  running   = false
}

resource "edgecloud_ecm_image" "golden" {
  instance_id = edgecloud_ecm_instance.golden.id
  image_name  = "golden-2026-11"
  description = "CentOS 7 with the edge agent"
}
