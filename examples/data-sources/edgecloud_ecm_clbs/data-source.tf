data "edgecloud_ecm_clbs" "web" {
  ecm_region         = "ap-hangzhou-ecm"
  load_balancer_name = "web-ingress"
}

output "web_vips" {
  value = flatten(data.edgecloud_ecm_clbs.web.load_balancers[*].load_balancer_vips)
}
