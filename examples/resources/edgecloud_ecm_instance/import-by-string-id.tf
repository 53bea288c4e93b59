# Adopt an existing instance. Its password cannot be read: set password_version only to reset it.
import {
  to = edgecloud_ecm_instance.web
  id = "ein-bb0ab3pc"
}
