# The running instances of a zone, with their addresses.
data "edgecloud_ecm_instances" "hangzhou" {
  zone           = "ap-hangzhou-ecm-1"
  instance_state = "RUNNING"
}

output "public_ips" {
  value = data.edgecloud_ecm_instances.hangzhou.instances[*].public_ip_address
}
