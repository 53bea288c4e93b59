# Tencent VPC: which addresses of a subnet are free, and two sets of secondary IPs on one ENI, each
# owning only its own addresses. The VPC, the subnet and the ENI must already exist (no documented
# action of this API creates them): see README.md for running it against the sandbox.
terraform {
  required_providers {
    edgecloud = { source = "edgecloud/edgecloud" }
  }
}

variable "vpc_id" {
  type    = string
  default = "vpc-demo0001"
}

variable "subnet_id" {
  type    = string
  default = "subnet-demo0001"
}

variable "eni_id" {
  type    = string
  default = "eni-demo0001"
}

# Two addresses of the cloud's choice, Silver service level.
resource "edgecloud_vpc_eni_private_ip" "pool" {
  network_interface_id               = var.eni_id
  secondary_private_ip_address_count = 2
  qos_level                          = "AU"
}

# Two named addresses on the same ENI.
resource "edgecloud_vpc_eni_private_ip" "vip" {
  network_interface_id = var.eni_id
  private_ip_addresses = ["10.0.1.20", "10.0.1.21"]
}

# Which of a range of addresses are free once both are assigned, and what holds the others.
data "edgecloud_vpc_used_ip" "range" {
  vpc_id       = var.vpc_id
  subnet_id    = var.subnet_id
  ip_addresses = [for n in range(4, 24) : "10.0.1.${n}"]
  depends_on   = [edgecloud_vpc_eni_private_ip.pool, edgecloud_vpc_eni_private_ip.vip]
}

output "pool_addresses" {
  value = edgecloud_vpc_eni_private_ip.pool.assigned_private_ip_addresses
}

output "vip_addresses" {
  value = edgecloud_vpc_eni_private_ip.vip.assigned_private_ip_addresses
}

output "free_in_range" {
  value = data.edgecloud_vpc_used_ip.range.free_ip_addresses
}

output "occupied_by" {
  value = { for s in data.edgecloud_vpc_used_ip.range.ip_address_states : s.ip_address => "${s.resource_type} ${s.resource_id}" }
}
