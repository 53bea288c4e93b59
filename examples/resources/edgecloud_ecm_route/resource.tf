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

# Traffic to the office network goes through an instance acting as a VPN gateway.
resource "edgecloud_ecm_route" "office" {
  route_table_id         = edgecloud_ecm_route_table.app.id
  destination_cidr_block = "192.168.0.0/16"
  gateway_type           = "NORMAL_CVM"
  gateway_id             = "10.10.1.10"
  description            = "office via vpn-gw"
}

# The rest goes to the public network; disabled for now.
resource "edgecloud_ecm_route" "default" {
  route_table_id         = edgecloud_ecm_route_table.app.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_type           = "EIP"
  gateway_id             = "0"
  enabled                = false
}
