data "edgecloud_ecm_config" "this" {}

# Round a wanted bandwidth to what the account allows.
locals {
  wanted    = 30
  bandwidth = min(max(local.wanted, data.edgecloud_ecm_config.this.min_bandwidth), data.edgecloud_ecm_config.this.max_bandwidth)
}

output "bandwidth" {
  value = local.bandwidth
}
