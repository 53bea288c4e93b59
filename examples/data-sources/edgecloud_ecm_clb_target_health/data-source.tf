# Backends of a load balancer that fail their health check.
data "edgecloud_ecm_clb_target_health" "web" {
  load_balancer_ids = ["lb-f9zyj3kb"]
}

output "unhealthy" {
  value = [for t in data.edgecloud_ecm_clb_target_health.web.targets : "${t.ip}:${t.port}" if !t.healthy]
}
