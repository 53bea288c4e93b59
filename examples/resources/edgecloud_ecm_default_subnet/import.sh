# The ID is the zone (in the provider's ecm_region) ...
terraform import edgecloud_ecm_default_subnet.hangzhou_1 ap-hangzhou-ecm-1

# ... or "<ecm_region>/<zone>".
terraform import edgecloud_ecm_default_subnet.hangzhou_1 ap-hangzhou-ecm/ap-hangzhou-ecm-1
