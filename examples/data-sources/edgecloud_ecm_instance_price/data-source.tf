# What ten SN3ne.LARGE8 instances with a 100 GB data disk cost.
data "edgecloud_ecm_instance_price" "fleet" {
  instance_type    = "SN3ne.LARGE8"
  system_disk_size = 50
  data_disk_size   = 100
  instance_count   = 10
}

output "fleet_price_cents" {
  value = data.edgecloud_ecm_instance_price.fleet.discount_price
}
