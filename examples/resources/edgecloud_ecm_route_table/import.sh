# Import by ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_route_table.app rtb-dqbbc9zc

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_route_table.app ap-hangzhou-ecm/rtb-dqbbc9zc
