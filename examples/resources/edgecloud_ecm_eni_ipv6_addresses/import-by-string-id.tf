# Adopt existing addresses: "<ecm_region>/<eni-id>/<address>,<address>", or without the region.
import {
  to = edgecloud_ecm_eni_ipv6_addresses.web
  id = "ap-hangzhou-ecm/eni-n1s3wvux/2001:db8::7,2001:db8::8"
}
