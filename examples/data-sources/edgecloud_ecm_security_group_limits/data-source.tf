data "edgecloud_ecm_security_group_limits" "this" {}

output "rules_per_group" {
  value = data.edgecloud_ecm_security_group_limits.this.policies_per_security_group
}
