# Import by "<network_instance_id>/<ip>" (uses the provider's region) ...
terraform import edgecloud_edgezone_public_ip.example epn-dfghjkl/203.0.113.7

# ... with an explicit region, or an IPv6 address (the separator is "/", never ":").
terraform import edgecloud_edgezone_public_ip.example ap-guangzhou/epn-dfghjkl/203.0.113.7
terraform import edgecloud_edgezone_public_ip.example_v6 epn-dfghjkl/2001:db8::1a2b
