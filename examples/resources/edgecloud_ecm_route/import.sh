# Routes are imported by "<route_table_id>/<route_item_id>" (no region: the route actions take none).
terraform import edgecloud_ecm_route.office rtb-n0yejvje/rti-12345678
