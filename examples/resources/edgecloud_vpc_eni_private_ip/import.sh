# Adopt secondary IPs already on an ENI: "<eni-id>/<ip>,<ip>…" (in the provider's region). The
# addresses named become the ones this resource owns; each must be a secondary IP of that ENI.
terraform import edgecloud_vpc_eni_private_ip.vip eni-m6dyj72l/10.0.1.20,10.0.1.21

# ... or with an explicit region.
terraform import edgecloud_vpc_eni_private_ip.vip ap-guangzhou/eni-m6dyj72l/10.0.1.20,10.0.1.21
