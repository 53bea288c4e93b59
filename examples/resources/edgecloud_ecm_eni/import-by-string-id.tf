# Adopt an existing object: "<ecm_region>/<id>", or "<id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_eni.example
  id = "ap-hangzhou-ecm/eni-12121212"
}
