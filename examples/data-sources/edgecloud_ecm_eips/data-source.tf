# EIPs that are allocated but not bound to anything.
data "edgecloud_ecm_eips" "idle" {
  address_status = "UNBIND"
}

output "idle_addresses" {
  value = data.edgecloud_ecm_eips.idle.addresses[*].address_ip
}
