resource "edgecloud_ecm_security_group" "monitoring" {
  security_group_name = "monitoring"
  description         = "Scrapes from the monitoring hosts"
}

# Leave security_group_ids unset on the instance (or list this group there too):
# the instance's own list is authoritative and would remove this attachment.
resource "edgecloud_ecm_security_group_attachment" "monitoring" {
  instance_id       = "ein-2zvpghhc"
  security_group_id = edgecloud_ecm_security_group.monitoring.id
}
