# Import by ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_eni.example eni-12121212

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_eni.example ap-hangzhou-ecm/eni-12121212
