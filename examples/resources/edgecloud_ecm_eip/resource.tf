resource "edgecloud_ecm_eip" "example" {
  address_name               = "edge-prod-ingress"
  internet_service_provider  = "CTCC"
  internet_max_bandwidth_out = 100

  timeouts = {
    create = "15m"
  }
}
