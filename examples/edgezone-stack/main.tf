# Tencent EdgeZone public addresses: a STATIC public network instance in one zone, two public IPv4
# addresses on it (one resource per address, count for more), and both data sources reading them
# back. Try it against the sandbox: DEMO_STACK=examples/edgezone-stack make demo
terraform {
  required_providers {
    edgecloud = { source = "edgecloud/edgecloud" }
  }
}

provider "edgecloud" {
  region = "ap-guangzhou" # EdgeZone actions are regional (X-TC-Region)
}

# One public network instance per zone (documented): pick a zone that has none yet.
resource "edgecloud_edgezone_public_network_instance" "edge" {
  zone_id    = "ap-guangzhou-ez-1"
  name       = "edge-public"
  line       = "BGP"
  route_mode = "STATIC" # only STATIC instances hand out single addresses
  bandwidth  = 100
}

resource "edgecloud_edgezone_public_ip" "web" {
  count               = 2
  network_instance_id = edgecloud_edgezone_public_network_instance.edge.id
  type                = "ipv4"
}

# Every address of the instance, matched exactly (the API's own filter matches substrings).
data "edgecloud_edgezone_public_ips" "edge" {
  network_instance_id = edgecloud_edgezone_public_network_instance.edge.id
  depends_on          = [edgecloud_edgezone_public_ip.web]
}

data "edgecloud_edgezone_public_network_instances" "zone" {
  zone_id    = edgecloud_edgezone_public_network_instance.edge.zone_id
  depends_on = [edgecloud_edgezone_public_ip.web]
}

output "web_ips" {
  value = edgecloud_edgezone_public_ip.web[*].ip
}

output "instance_addresses" {
  value = { for ip in data.edgecloud_edgezone_public_ips.edge.public_ips : ip.ip => ip.state }
}

output "instance_ipv4_count" {
  value = one(data.edgecloud_edgezone_public_network_instances.zone.public_network_instances[*].ipv4_count)
}
