resource "edgecloud_ecm_eni" "example" {
  vpc_id    = "vpc-f3khnq0z"
  subnet_id = "subnet-0790w1hs"
  name      = "second interface"
}

# Changing instance_id moves the ENI to the other instance in place
# (MigrateNetworkInterface); the instance must be in the ENI's VPC and zone.
resource "edgecloud_ecm_eni_attachment" "example" {
  network_interface_id = edgecloud_ecm_eni.example.id
  instance_id          = "ein-2zvpghhc"
}
