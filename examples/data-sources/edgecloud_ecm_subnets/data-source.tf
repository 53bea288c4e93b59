data "edgecloud_ecm_subnets" "zone1" {
  vpc_id = "vpc-gynsaui3"
  zone   = "ap-hangzhou-ecm-1"
}

output "free_ips" {
  value = { for s in data.edgecloud_ecm_subnets.zone1.subnets : s.id => s.available_ip_address_count }
}
