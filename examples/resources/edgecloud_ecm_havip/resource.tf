resource "edgecloud_ecm_vpc" "edge" {
  vpc_name   = "edge-prod"
  cidr_block = "10.10.0.0/16"
}

resource "edgecloud_ecm_subnet" "app" {
  vpc_id      = edgecloud_ecm_vpc.edge.id
  subnet_name = "app"
  cidr_block  = "10.10.1.0/24"
  zone        = "ap-hangzhou-ecm-1"
}

# A virtual IP two instances of the subnet can take over from each other.
resource "edgecloud_ecm_havip" "db" {
  vpc_id     = edgecloud_ecm_vpc.edge.id
  subnet_id  = edgecloud_ecm_subnet.app.id
  havip_name = "db-vip"
  vip        = "10.10.1.100" # optional: a free address is assigned when unset
}
