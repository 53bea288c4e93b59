# A TCP listener on port 443 of a load balancer, with session persistence and a health check.
resource "edgecloud_ecm_clb_listener" "https" {
  load_balancer_id    = edgecloud_ecm_clb.web.id
  listener_name       = "https"
  protocol            = "TCP"
  port                = 443
  scheduler           = "LEAST_CONN"
  session_expire_time = 300

  health_check = {
    enabled       = true
    timeout       = 2
    interval_time = 5
    health_num    = 3
    unhealthy_num = 3
  }
}

# A UDP listener on a port range.
resource "edgecloud_ecm_clb_listener" "game" {
  load_balancer_id = edgecloud_ecm_clb.web.id
  protocol         = "UDP"
  port             = 20000
  end_port         = 20100
}
