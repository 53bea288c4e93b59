resource "edgecloud_ecm_vpc" "example" {
  vpc_name   = "example"
  cidr_block = "10.0.0.0/16"
}

resource "edgecloud_ecm_subnet" "example" {
  vpc_id      = edgecloud_ecm_vpc.example.id
  subnet_name = "example"
  cidr_block  = "10.0.1.0/24"
  zone        = "ap-hangzhou-ecm-1"
}

# Name, description, security groups and tags cannot be changed by the API:
# changing any of them replaces the ENI.
resource "edgecloud_ecm_eni" "example" {
  vpc_id                     = edgecloud_ecm_vpc.example.id
  subnet_id                  = edgecloud_ecm_subnet.example.id
  name                       = "example"
  description                = "second interface"
  primary_private_ip_address = "10.0.1.20"
  security_group_ids         = ["esg-default0"]
  tags                       = { team = "edge" }
}
