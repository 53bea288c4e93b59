# Security groups are global: import by ID alone.
terraform import edgecloud_ecm_security_group.web esg-3g7ftkp3
