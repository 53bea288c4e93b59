# Adopt an existing route table: "<ecm_region>/<id>", or "<id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_route_table.app
  id = "ap-hangzhou-ecm/rtb-dqbbc9zc"
}
