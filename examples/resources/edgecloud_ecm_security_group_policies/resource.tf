resource "edgecloud_ecm_security_group" "web" {
  security_group_name = "web"
  description         = "Web servers"
}

resource "edgecloud_ecm_security_group" "office" {
  security_group_name = "office"
  description         = "Office jump hosts"
}

# The whole rule set of the group, in order. Rules added outside Terraform are removed on apply.
resource "edgecloud_ecm_security_group_policies" "web" {
  security_group_id = edgecloud_ecm_security_group.web.id

  ingress = [
    { protocol = "TCP", port = "443", cidr_block = "0.0.0.0/0", action = "ACCEPT", description = "HTTPS" },
    { protocol = "TCP", port = "80", cidr_block = "0.0.0.0/0", action = "ACCEPT", description = "HTTP" },
    { protocol = "TCP", port = "22", security_group_id = edgecloud_ecm_security_group.office.id, action = "ACCEPT", description = "SSH from the office group" },
    { protocol = "ALL", cidr_block = "0.0.0.0/0", action = "DROP", description = "everything else" },
  ]

  egress = [
    { protocol = "ALL", cidr_block = "0.0.0.0/0", action = "ACCEPT" },
  ]
}
