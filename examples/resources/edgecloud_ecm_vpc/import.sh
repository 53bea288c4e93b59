# Import by ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_vpc.example vpc-gynsaui3

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_vpc.example ap-hangzhou-ecm/vpc-gynsaui3
