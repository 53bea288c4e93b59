# The main route table of a VPC, with its routes and associated subnets.
data "edgecloud_ecm_route_tables" "main" {
  vpc_id = "vpc-loibq08z"
  main   = true
}

output "main_route_table_id" {
  value = data.edgecloud_ecm_route_tables.main.route_tables[0].id
}
