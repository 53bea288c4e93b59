# Two secondary IPs chosen by the cloud, at the Silver service level ...
resource "edgecloud_vpc_eni_private_ip" "pool" {
  network_interface_id               = "eni-m6dyj72l"
  secondary_private_ip_address_count = 2
  qos_level                          = "AU"
}

# ... and, on the same ENI, two named addresses. Each resource owns only the addresses it assigned:
# neither touches the other's, nor any address assigned to the ENI outside Terraform.
resource "edgecloud_vpc_eni_private_ip" "vip" {
  network_interface_id = "eni-m6dyj72l"
  private_ip_addresses = ["10.0.1.20", "10.0.1.21"]

  timeouts = {
    create = "15m"
  }
}

output "pool_addresses" {
  value = edgecloud_vpc_eni_private_ip.pool.assigned_private_ip_addresses
}
