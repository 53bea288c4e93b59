resource "edgecloud_ecm_vpc" "example" {
  vpc_name   = "edge-prod"
  cidr_block = "10.10.0.0/16"
}

resource "edgecloud_ecm_subnet" "example" {
  vpc_id      = edgecloud_ecm_vpc.example.id
  subnet_name = "edge-prod-web"
  cidr_block  = "10.10.1.0/24"
  zone        = "ap-hangzhou-ecm-1"

  tags = {
    tier = "web"
  }
}
