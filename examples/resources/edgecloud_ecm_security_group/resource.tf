resource "edgecloud_ecm_security_group" "web" {
  security_group_name = "web"
  description         = "Web servers: HTTP(S) from anywhere, SSH from the office"

  tags = {
    team = "edge"
  }
}
