# A TaurusDB instance reachable from the internet: an existing EIP bound to an existing instance,
# and the binding read back through the data source. The instance and the EIP are made elsewhere
# (no API of this provider creates them); README.md shows how to run this against the sandbox.
terraform {
  required_providers {
    edgecloud = { source = "edgecloud/edgecloud" }
  }
}

variable "instance_id" {
  description = "TaurusDB instance ID (32 lower-case letters or digits, then in07)."
  type        = string
}

variable "public_ip" {
  description = "Address of the EIP to bind."
  type        = string
}

variable "public_ip_id" {
  description = "ID (UUID) of the EIP to bind."
  type        = string
}

variable "taurusdb_endpoint" {
  description = "TaurusDB endpoint override, e.g. the sandbox's URL; null uses the region's endpoint."
  type        = string
  default     = null
}

# The access key and secret key come from HW_ACCESS_KEY / HW_SECRET_KEY: never write them here.
provider "edgecloud" {
  huawei_region     = "cn-north-4"
  huawei_project_id = "0483b6b16e954cb88930a360d2c4e663"
  endpoints = {
    taurusdb = var.taurusdb_endpoint
  }
}

resource "edgecloud_taurusdb_eip_association" "db" {
  instance_id  = var.instance_id
  public_ip    = var.public_ip
  public_ip_id = var.public_ip_id
}

data "edgecloud_taurusdb_instance_eip" "db" {
  instance_id = edgecloud_taurusdb_eip_association.db.instance_id
}

output "db_public_address" {
  value = data.edgecloud_taurusdb_instance_eip.db.public_ip_address
}

output "db_eip_status" {
  value = data.edgecloud_taurusdb_instance_eip.db.status
}
