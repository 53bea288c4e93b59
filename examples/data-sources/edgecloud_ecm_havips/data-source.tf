# The HAVIPs of a VPC, with their binding state.
data "edgecloud_ecm_havips" "vpc" {
  vpc_id = "vpc-m0c2kcun"
}

output "unbound_havips" {
  value = [for h in data.edgecloud_ecm_havips.vpc.havips : h.vip if h.state == "UNBIND"]
}
