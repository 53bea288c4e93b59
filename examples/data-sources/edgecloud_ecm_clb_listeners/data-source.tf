# The TCP listeners of a load balancer.
data "edgecloud_ecm_clb_listeners" "tcp" {
  load_balancer_id = "lb-f9zyj3kb"
  protocol         = "TCP"
}

output "tcp_ports" {
  value = data.edgecloud_ecm_clb_listeners.tcp.listeners[*].port
}
