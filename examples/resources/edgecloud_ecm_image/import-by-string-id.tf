# Adopt an existing private image (global: the ID alone).
import {
  to = edgecloud_ecm_image.golden
  id = "img-060ov1xz"
}
