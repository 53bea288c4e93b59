# The instance types with 4 vCPUs and 8 GB of memory.
data "edgecloud_ecm_instance_types" "small" {
  vcpu   = 4
  memory = 8
}

output "instance_type" {
  value = data.edgecloud_ecm_instance_types.small.instance_types[0].instance_type
}
