# Adopt the rules of an existing security group (by the group's ID).
import {
  to = edgecloud_ecm_security_group_policies.web
  id = "esg-3g7ftkp3"
}
