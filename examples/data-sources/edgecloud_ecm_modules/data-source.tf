# Modules of the SN3ne family, with how many instances each runs.
data "edgecloud_ecm_modules" "sn3ne" {
  instance_family = "SN3ne"
}

output "instances_per_module" {
  value = { for m in data.edgecloud_ecm_modules.sn3ne.modules : m.module_name => m.instance_num }
}
