# Adopt an existing binding: "<ecm_region>/<eip-id>", or "<eip-id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_eip_association.web
  id = "ap-hangzhou-ecm/eip-11112222"
}
