# The unbound IPv4 addresses of one instance. Every filter matches exactly (the API's own
# instance and address filters match substrings; the provider filters again).
data "edgecloud_edgezone_public_ips" "free" {
  network_instance_id = "epn-dfghjkl"
  types               = ["ipv4"]
  states              = ["Unbound"]
}

output "free_ips" {
  value = data.edgecloud_edgezone_public_ips.free.public_ips[*].ip
}
