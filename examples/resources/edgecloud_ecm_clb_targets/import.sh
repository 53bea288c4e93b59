# The backends of a listener are imported by the load balancer and the listener.
terraform import edgecloud_ecm_clb_targets.https lb-f9zyj3kb/lbl-knd4jr8m
