# Adopt an existing object: "<ecm_region>/<id>", or "<id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_eip.example
  id = "ap-hangzhou-ecm/eip-11112222"
}
