resource "edgecloud_ecm_vpc" "web" {
  vpc_name   = "web"
  cidr_block = "10.20.0.0/16"
}

resource "edgecloud_ecm_security_group" "lb" {
  security_group_name = "web-lb"
  description         = "Web load balancer"
}

resource "edgecloud_ecm_clb" "example" {
  load_balancer_name           = "web-ingress"
  vip_isp                      = "CTCC"
  vpc_id                       = edgecloud_ecm_vpc.web.id
  internet_max_bandwidth_out   = 100
  load_balancer_pass_to_target = true
  security_group_ids           = [edgecloud_ecm_security_group.lb.id]

  tags = {
    team = "web"
  }

  timeouts = {
    create = "15m"
  }
}
