data "edgecloud_ecm_route_conflicts" "office" {
  route_table_id          = "rtb-n0yejvje"
  destination_cidr_blocks = ["192.168.0.0/16", "172.20.0.0/16"]
}

output "conflicting_destinations" {
  value = data.edgecloud_ecm_route_conflicts.office.conflicts[*].destination_cidr_block
}
