# Import by ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_eip.example eip-11112222

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_eip.example ap-hangzhou-ecm/eip-11112222
