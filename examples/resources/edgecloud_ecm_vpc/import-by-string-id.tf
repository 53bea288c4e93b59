# Adopt an existing object: "<ecm_region>/<id>", or "<id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_vpc.example
  id = "ap-hangzhou-ecm/vpc-gynsaui3"
}
