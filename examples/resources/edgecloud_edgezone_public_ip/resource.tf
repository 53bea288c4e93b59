resource "edgecloud_edgezone_public_network_instance" "example" {
  zone_id    = "ap-guangzhou-ez-1"
  name       = "edge-public"
  line       = "BGP"
  route_mode = "STATIC" # only STATIC instances hand out single addresses
  bandwidth  = 100
}

# One resource is one address: use count or for_each for more.
resource "edgecloud_edgezone_public_ip" "web" {
  count               = 2
  network_instance_id = edgecloud_edgezone_public_network_instance.example.id
  type                = "ipv4"
}

resource "edgecloud_edgezone_public_ip" "web_v6" {
  network_instance_id = edgecloud_edgezone_public_network_instance.example.id
  type                = "ipv6"
}

output "web_ips" {
  value = edgecloud_edgezone_public_ip.web[*].ip
}
