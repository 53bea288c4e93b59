variable "edge_ips" {
  description = "How many EIPs this stack holds."
  type        = number
  default     = 3
}

data "edgecloud_ecm_eip_quota" "this" {}

# The EIPs this stack already holds count as used: only the ones it adds need room. They all carry
# the same name, so one exact-name filter finds them.
data "edgecloud_ecm_eips" "mine" {
  address_name = "edge"
}

locals {
  adding = var.edge_ips - length(data.edgecloud_ecm_eips.mine.addresses)
}

resource "edgecloud_ecm_eip" "edge" {
  count = var.edge_ips

  address_name               = "edge"
  internet_max_bandwidth_out = 10

  lifecycle {
    # Stop the plan before any allocation is tried when the region cannot take the new EIPs.
    precondition {
      condition     = data.edgecloud_ecm_eip_quota.this.total_available >= local.adding && data.edgecloud_ecm_eip_quota.this.daily_allocate_available >= local.adding
      error_message = "Not enough EIP quota in ${data.edgecloud_ecm_eip_quota.this.ecm_region} for ${local.adding} more: ${data.edgecloud_ecm_eip_quota.this.total_available} left of ${data.edgecloud_ecm_eip_quota.this.total_limit}, ${data.edgecloud_ecm_eip_quota.this.daily_allocate_available} allocations left today."
    }
  }
}
