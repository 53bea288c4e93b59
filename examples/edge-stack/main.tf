# A new user's edge stack: a web security group with its rules, a module, and one instance in each
# of two zones of a region (Beijing's China Telecom and China Unicom zones), each in its zone's
# default subnet. Try it against the sandbox: DEMO_STACK=examples/edge-stack make demo
terraform {
  required_providers {
    edgecloud = { source = "edgecloud/edgecloud" }
  }
}

variable "admin_password" {
  description = "Login password of the instances: write-only, never stored in the state."
  type        = string
  sensitive   = true
  ephemeral   = true
  default     = "Edge2026!demo"
}

locals {
  zones = {
    ct = { zone = "ap-beijing-ecm-ct", isp = "CTCC" }
    cu = { zone = "ap-beijing-ecm-cu3-1", isp = "CUCC" }
  }
}

data "edgecloud_ecm_images" "centos" {
  image_type = "PUBLIC_IMAGE"
  image_os   = "CentOS 7"
}

resource "edgecloud_ecm_security_group" "web" {
  security_group_name = "edge-web"
  description         = "Edge web servers"
}

resource "edgecloud_ecm_security_group_policies" "web" {
  security_group_id = edgecloud_ecm_security_group.web.id

  ingress = [
    { protocol = "TCP", port = "443", cidr_block = "0.0.0.0/0", action = "ACCEPT", description = "HTTPS" },
    { protocol = "TCP", port = "80", cidr_block = "0.0.0.0/0", action = "ACCEPT", description = "HTTP" },
    { protocol = "ALL", cidr_block = "0.0.0.0/0", action = "DROP", description = "everything else" },
  ]
  egress = [
    { protocol = "ALL", cidr_block = "0.0.0.0/0", action = "ACCEPT" },
  ]
}

resource "edgecloud_ecm_module" "web" {
  module_name              = "edge-web"
  default_image_id         = data.edgecloud_ecm_images.centos.images[0].id
  instance_type            = "SN3ne.LARGE8"
  default_system_disk_size = 50
  default_data_disk_size   = 100
  default_bandwidth        = 50
  security_group_ids       = [edgecloud_ecm_security_group.web.id]
}

resource "edgecloud_ecm_instance" "web" {
  for_each = local.zones

  module_id        = edgecloud_ecm_module.web.id
  zone             = each.value.zone
  isp              = each.value.isp
  instance_name    = "edge-web-${each.key}"
  password         = var.admin_password
  password_version = 1
}

output "public_ips" {
  value = { for k, i in edgecloud_ecm_instance.web : k => i.public_ip_address }
}
