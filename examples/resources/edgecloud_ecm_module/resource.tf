data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_security_group" "web" {
  security_group_name = "web"
  description         = "Web servers"
}

# The template the edge instances are launched from.
resource "edgecloud_ecm_module" "web" {
  module_name              = "web"
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = "SN3ne.LARGE8"
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = 50
  security_group_ids       = [edgecloud_ecm_security_group.web.id]

  tags = {
    service = "web"
  }
}
