# Adopt an existing object: "<ecm_region>/<id>", or "<id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_subnet.example
  id = "ap-hangzhou-ecm/subnet-heaa1hzo"
}
