# A listener is imported by its load balancer and its own ID.
terraform import edgecloud_ecm_clb_listener.https lb-f9zyj3kb/lbl-knd4jr8m
