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

resource "edgecloud_ecm_subnet" "batch" {
  vpc_id      = edgecloud_ecm_vpc.edge.id
  subnet_name = "batch"
  cidr_block  = "10.10.2.0/24"
  zone        = "ap-hangzhou-ecm-1"
}

# Every new subnet becomes its zone's default: depends_on makes the other subnets of the
# configuration come first, so that "app" stays the default.
resource "edgecloud_ecm_default_subnet" "hangzhou_1" {
  zone       = "ap-hangzhou-ecm-1"
  vpc_id     = edgecloud_ecm_vpc.edge.id
  subnet_id  = edgecloud_ecm_subnet.app.id
  depends_on = [edgecloud_ecm_subnet.batch]
}
