# Adopt an existing attachment: "<ecm_region>/<eni-id>", or "<eni-id>" in the provider's ecm_region.
import {
  to = edgecloud_ecm_eni_attachment.example
  id = "ap-hangzhou-ecm/eni-12121212"
}
