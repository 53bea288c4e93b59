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

resource "edgecloud_ecm_route_table" "app" {
  vpc_id           = edgecloud_ecm_vpc.edge.id
  route_table_name = "app-routes"
}

# Destroying the association puts the subnet back on the VPC's main route table:
# the API has no "disassociate" action.
resource "edgecloud_ecm_route_table_association" "app" {
  subnet_id      = edgecloud_ecm_subnet.app.id
  route_table_id = edgecloud_ecm_route_table.app.id
}
