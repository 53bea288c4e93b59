# Import by the EIP's ID (uses the provider's ecm_region) ...
terraform import edgecloud_ecm_eip_association.web eip-11112222

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_eip_association.web ap-hangzhou-ecm/eip-11112222
