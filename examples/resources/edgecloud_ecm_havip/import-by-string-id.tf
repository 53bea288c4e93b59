# Adopt an existing HAVIP (the ID alone).
import {
  to = edgecloud_ecm_havip.db
  id = "havip-kekyk044"
}
