# The association's ID is the subnet's (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_route_table_association.app subnet-q2079ils

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_route_table_association.app ap-hangzhou-ecm/subnet-q2079ils
