# Import by ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_subnet.example subnet-heaa1hzo

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_subnet.example ap-hangzhou-ecm/subnet-heaa1hzo
