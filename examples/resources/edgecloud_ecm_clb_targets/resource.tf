# Every backend of the HTTPS listener: two instances on port 8443, the second with more weight,
# and a secondary address of an ENI bound to the first instance.
resource "edgecloud_ecm_clb_targets" "https" {
  load_balancer_id = edgecloud_ecm_clb_listener.https.load_balancer_id
  listener_id      = edgecloud_ecm_clb_listener.https.listener_id

  targets = [
    { instance_id = edgecloud_ecm_instance.web[0].id, port = 8443, weight = 10 },
    { instance_id = edgecloud_ecm_instance.web[1].id, port = 8443, weight = 30 },
    { eni_ip = "10.10.1.50", port = 8443, weight = 10 },
  ]
}
