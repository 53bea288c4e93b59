data "edgecloud_ecm_security_group_association_statistics" "web" {
  security_group_ids = ["esg-ohuuioma"]
}

output "web_group_in_use" {
  value = data.edgecloud_ecm_security_group_association_statistics.web.statistics[0].total > 0
}
