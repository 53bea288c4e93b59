resource "edgecloud_ecm_vpc" "example" {
  vpc_name    = "edge-prod"
  cidr_block  = "10.10.0.0/16"
  description = "Edge workloads in Hangzhou"

  tags = {
    team = "edge"
  }
}
