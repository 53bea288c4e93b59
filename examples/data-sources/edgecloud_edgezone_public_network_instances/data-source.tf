# The public network instance of one zone (a zone holds at most one).
data "edgecloud_edgezone_public_network_instances" "zone1" {
  zone_id = "ap-guangzhou-ez-1"
}

output "zone1_instance" {
  value = one(data.edgecloud_edgezone_public_network_instances.zone1.public_network_instances[*].id)
}
