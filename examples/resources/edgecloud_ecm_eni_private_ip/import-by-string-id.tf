# Adopt existing addresses: "<ecm_region>/<eni-id>/<ip>,<ip>", or "<eni-id>/<ip>,<ip>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_eni_private_ip.vip
  id = "ap-hangzhou-ecm/eni-n1s3wvux/10.0.1.200,10.0.1.201"
}
