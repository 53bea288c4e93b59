# Adopt a subnet's association: "<ecm_region>/<subnet-id>", or "<subnet-id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_route_table_association.app
  id = "ap-hangzhou-ecm/subnet-q2079ils"
}
