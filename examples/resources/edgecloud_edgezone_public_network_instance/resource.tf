# A STATIC public network instance: its addresses are applied for one by one with
# edgecloud_edgezone_public_ip. EdgeZone allows one public network instance per zone.
resource "edgecloud_edgezone_public_network_instance" "static" {
  zone_id    = "ap-guangzhou-ez-1"
  name       = "edge-public"
  line       = "BGP"
  route_mode = "STATIC" # any case: "static" is the same mode
  bandwidth  = 100      # Mbps; cannot change in place
}

# A BGP instance is given CIDR blocks when it is created.
resource "edgecloud_edgezone_public_network_instance" "bgp" {
  zone_id    = "ap-guangzhou-ez-2"
  name       = "edge-bgp"
  line       = "BGP"
  route_mode = "BGP"
  bandwidth  = 200
}

output "bgp_ipv4_cidrs" {
  value = edgecloud_edgezone_public_network_instance.bgp.ipv4_cidrs[*].cidr
}
