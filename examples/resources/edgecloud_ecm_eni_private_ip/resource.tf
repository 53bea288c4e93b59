# Four addresses chosen by the subnet, on an instance's primary ENI.
resource "edgecloud_ecm_eni_private_ip" "pool" {
  network_interface_id               = "eni-n1s3wvux" # e.g. edgecloud_ecm_instance.web.primary_network_interface_id
  secondary_private_ip_address_count = 4
  description                        = "service pool"
}

# Two given addresses on the same ENI: each resource owns only what it assigned.
resource "edgecloud_ecm_eni_private_ip" "vip" {
  network_interface_id = "eni-n1s3wvux"
  private_ip_addresses = ["10.0.1.200", "10.0.1.201"]
}
