# IPv6 goes on an instance's primary ENI (the API assigns IPv6 to primary ENIs only).
resource "edgecloud_ecm_eni_ipv6_addresses" "web" {
  network_interface_id = "eni-n1s3wvux" # e.g. edgecloud_ecm_instance.web.primary_network_interface_id
  ipv6_address_count   = 2
  isp                  = "CTCC"
  description          = "web"
}
