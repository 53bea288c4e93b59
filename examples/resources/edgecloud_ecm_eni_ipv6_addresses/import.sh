# Import the addresses the resource is to own: "<eni-id>/<address>,<address>" in the provider's ecm_region ...
terraform import edgecloud_ecm_eni_ipv6_addresses.web eni-n1s3wvux/2001:db8::7,2001:db8::8

# ... or with an explicit ECM region.
terraform import edgecloud_ecm_eni_ipv6_addresses.web ap-hangzhou-ecm/eni-n1s3wvux/2001:db8::7,2001:db8::8
