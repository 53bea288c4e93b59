# Adopt an address applied for outside Terraform: "[<region>/]<network_instance_id>/<ip>".
import {
  to = edgecloud_edgezone_public_ip.example
  id = "ap-guangzhou/epn-dfghjkl/203.0.113.7"
}
