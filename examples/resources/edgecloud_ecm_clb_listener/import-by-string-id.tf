# Adopt an existing listener: "<load-balancer-id>/<listener-id>".
import {
  to = edgecloud_ecm_clb_listener.https
  id = "lb-f9zyj3kb/lbl-knd4jr8m"
}
