# Adopt an existing route: "<route_table_id>/<route_item_id>".
import {
  to = edgecloud_ecm_route.office
  id = "rtb-n0yejvje/rti-12345678"
}
