# Adopt an existing object: "<ecm_region>/<id>", or "<id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_clb.example
  id = "ap-hangzhou-ecm/lb-a8q643wj"
}
