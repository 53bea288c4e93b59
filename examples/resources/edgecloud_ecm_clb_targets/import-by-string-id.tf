# Adopt the backends bound to an existing listener: "<load-balancer-id>/<listener-id>".
import {
  to = edgecloud_ecm_clb_targets.https
  id = "lb-f9zyj3kb/lbl-knd4jr8m"
}
