# Adopt an existing binding: "<instance-id>/<security-group-id>".
import {
  to = edgecloud_ecm_security_group_attachment.monitoring
  id = "ein-2zvpghhc/esg-9id3l839"
}
