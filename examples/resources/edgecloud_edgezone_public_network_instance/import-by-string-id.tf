# Adopt an existing instance (for example the zone's one that a create refused to duplicate):
# "<region>/<id>", or "<id>" in the provider's region.
import {
  to = edgecloud_edgezone_public_network_instance.example
  id = "ap-guangzhou/epn-dfghjkl"
}
