# Adopt an existing module (global: the ID alone).
import {
  to = edgecloud_ecm_module.web
  id = "em-r8nkc81r"
}
