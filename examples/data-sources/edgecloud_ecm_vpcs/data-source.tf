# VPCs whose name contains "edge" and that carry the tag team = edge.
data "edgecloud_ecm_vpcs" "edge" {
  vpc_name = "edge"
  tags = {
    team = "edge"
  }
}

output "edge_vpc_ids" {
  value = data.edgecloud_ecm_vpcs.edge.vpcs[*].id
}
