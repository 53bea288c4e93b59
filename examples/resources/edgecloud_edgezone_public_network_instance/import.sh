# Import by ID (uses the provider's region) ...
terraform import edgecloud_edgezone_public_network_instance.example epn-dfghjkl

# ... or with an explicit region.
terraform import edgecloud_edgezone_public_network_instance.example ap-guangzhou/epn-dfghjkl
