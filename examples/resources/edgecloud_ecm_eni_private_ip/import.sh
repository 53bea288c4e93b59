# Import the addresses the resource is to own: "<eni-id>/<ip>,<ip>" in the provider's ecm_region ...
terraform import edgecloud_ecm_eni_private_ip.vip eni-n1s3wvux/10.0.1.200,10.0.1.201

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_eni_private_ip.vip ap-hangzhou-ecm/eni-n1s3wvux/10.0.1.200,10.0.1.201
