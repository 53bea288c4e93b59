# The zones of a region and the carriers each offers, e.g. to spread subnets over every zone.
data "edgecloud_ecm_nodes" "hangzhou" {
  ecm_region = "ap-hangzhou-ecm"
}

output "hangzhou_zones" {
  value = { for n in data.edgecloud_ecm_nodes.hangzhou.nodes : n.zone => n.isps }
}
