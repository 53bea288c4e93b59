data "edgecloud_taurusdb_instance_eip" "db" {
  instance_id = "12a49c2dc32648df8dd25e2976f70180in07"
}

# bound is false, and the EIP's attributes null, when the instance has no EIP.
output "db_public_address" {
  value = data.edgecloud_taurusdb_instance_eip.db.bound ? data.edgecloud_taurusdb_instance_eip.db.public_ip_address : "no EIP"
}
