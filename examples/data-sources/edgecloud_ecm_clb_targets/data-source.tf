# The backends bound to one listener of a load balancer.
data "edgecloud_ecm_clb_targets" "https" {
  load_balancer_id = "lb-f9zyj3kb"
  listener_ids     = ["lbl-knd4jr8m"]
}

output "https_backends" {
  value = data.edgecloud_ecm_clb_targets.https.listeners[0].targets[*].private_ip_addresses
}
