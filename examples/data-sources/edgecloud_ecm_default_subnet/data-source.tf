data "edgecloud_ecm_default_subnet" "hangzhou_1" {
  zone = "ap-hangzhou-ecm-1"
}

output "default_subnet" {
  value = data.edgecloud_ecm_default_subnet.hangzhou_1.subnet_id
}
