# The account's default security group (bound to instances created without one).
data "edgecloud_ecm_security_groups" "all" {}

output "default_security_group_id" {
  value = one([for g in data.edgecloud_ecm_security_groups.all.security_groups : g.id if g.is_default])
}
