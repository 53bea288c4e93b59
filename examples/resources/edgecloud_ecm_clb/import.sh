# Import by ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_clb.example lb-a8q643wj

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_clb.example ap-hangzhou-ecm/lb-a8q643wj
