resource "edgecloud_ecm_eip" "web" {
  address_name = "web"
}

# Bind to an instance (its primary ENI's primary address)...
resource "edgecloud_ecm_eip_association" "web" {
  address_id                  = edgecloud_ecm_eip.web.id
  instance_id                 = "ein-2zvpghhc"
  reallocate_normal_public_ip = true # give the instance a general public IP back on destroy
}

resource "edgecloud_ecm_eip" "service" {
  address_name = "service"
}

# ...or to one private address of an ENI. Terraform destroys the association
# before the EIP, the address and the ENI, since it refers to all three.
resource "edgecloud_ecm_eip_association" "service" {
  address_id           = edgecloud_ecm_eip.service.id
  network_interface_id = "eni-12121212"
  private_ip_address   = "10.0.1.21"
}
