# Every ENI attached to an instance, its primary ENI included.
data "edgecloud_ecm_enis" "web" {
  instance_id = "ein-2zvpghhc"
}

# Only the primary ENIs of a VPC.
data "edgecloud_ecm_enis" "primary" {
  vpc_id     = "vpc-f3khnq0z"
  is_primary = true
}

output "web_addresses" {
  value = flatten(data.edgecloud_ecm_enis.web.enis[*].private_ip_addresses)
}
