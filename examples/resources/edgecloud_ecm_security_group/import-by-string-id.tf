# Adopt an existing security group (global: the ID alone).
import {
  to = edgecloud_ecm_security_group.web
  id = "esg-3g7ftkp3"
}
