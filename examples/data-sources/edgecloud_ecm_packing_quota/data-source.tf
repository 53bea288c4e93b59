# How many more SN3ne.LARGE8 instances each carrier of a zone can take.
data "edgecloud_ecm_packing_quota" "hangzhou" {
  zone          = "ap-hangzhou-ecm-1"
  instance_type = "SN3ne.LARGE8"
}

output "room" {
  value = { for q in data.edgecloud_ecm_packing_quota.hangzhou.quotas : q.isp => q.quota }
}
