variable "admin_password" {
  description = "Login password of the instances (never stored in the state)."
  type        = string
  sensitive   = true
  ephemeral   = true
}

data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_module" "web" {
  module_name              = "web"
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = "SN3ne.LARGE8"
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = 50
}

resource "edgecloud_ecm_instance" "web" {
  module_id     = edgecloud_ecm_module.web.id
  zone          = "ap-hangzhou-ecm-1"
  isp           = "CTCC"
  instance_name = "web-1"

  # Write-only: bump password_version to apply a new password to the running instance.
  password         = var.admin_password
  password_version = 1
}

output "web_public_ip" {
  value = edgecloud_ecm_instance.web.public_ip_address
}
