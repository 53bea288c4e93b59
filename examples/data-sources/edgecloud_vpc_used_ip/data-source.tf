# Are these addresses free? A free address is simply absent from ip_address_states; the provider
# lists the free ones among those asked in free_ip_addresses.
data "edgecloud_vpc_used_ip" "candidates" {
  vpc_id       = "vpc-bx0vq623"
  subnet_id    = "subnet-dl3wd0vq"
  ip_addresses = [for n in range(10, 30) : "10.0.1.${n}"]
}

output "free" {
  value = data.edgecloud_vpc_used_ip.candidates.free_ip_addresses
}

# Everything occupied in the subnet, and by what (paged 100 at a time).
data "edgecloud_vpc_used_ip" "subnet" {
  vpc_id    = "vpc-bx0vq623"
  subnet_id = "subnet-dl3wd0vq"
}

output "occupied_by" {
  value = { for s in data.edgecloud_vpc_used_ip.subnet.ip_address_states : s.ip_address => "${s.resource_type} ${s.resource_id}" }
}
