# Instances are addressed by ID alone.
terraform import edgecloud_ecm_instance.web ein-bb0ab3pc
