# Public CentOS images.
data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS"
}

output "centos_image_ids" {
  value = data.edgecloud_ecm_images.centos.images[*].id
}
