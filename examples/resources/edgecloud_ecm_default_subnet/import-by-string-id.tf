# Adopt a zone's default subnet setting: "<ecm_region>/<zone>", or "<zone>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_default_subnet.hangzhou_1
  id = "ap-hangzhou-ecm/ap-hangzhou-ecm-1"
}
