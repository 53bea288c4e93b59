# The `make demo` stack: a VPC, a subnet and an EIP, applied against the local sandbox.
# The provider is configured through the environment the demo script sets
# (EDGECLOUD_ENDPOINT_ECM, TENCENTCLOUD_SECRET_ID/KEY, EDGECLOUD_ECM_REGION).

terraform {
  required_providers {
    edgecloud = {
      source = "edgecloud/edgecloud"
    }
  }
}

provider "edgecloud" {}

resource "edgecloud_ecm_vpc" "demo" {
  vpc_name    = "demo-vpc"
  cidr_block  = "10.100.0.0/16"
  description = "Created by make demo"
  tags = {
    owner = "demo"
  }
}

resource "edgecloud_ecm_subnet" "demo" {
  vpc_id      = edgecloud_ecm_vpc.demo.id
  subnet_name = "demo-subnet"
  cidr_block  = "10.100.1.0/24"
  zone        = "${edgecloud_ecm_vpc.demo.ecm_region}-1"
}

resource "edgecloud_ecm_eip" "demo" {
  address_name               = "demo-eip"
  internet_service_provider  = "CTCC"
  internet_max_bandwidth_out = 10
}

data "edgecloud_ecm_subnets" "demo" {
  vpc_id = edgecloud_ecm_subnet.demo.vpc_id
}

output "vpc_id" {
  value = edgecloud_ecm_vpc.demo.id
}

output "subnet_id" {
  value = edgecloud_ecm_subnet.demo.id
}

output "eip_address" {
  value = edgecloud_ecm_eip.demo.address_ip
}

output "subnet_free_ips" {
  value = data.edgecloud_ecm_subnets.demo.subnets[0].available_ip_address_count
}
