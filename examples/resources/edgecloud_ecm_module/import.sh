# Modules are global: import by ID alone.
terraform import edgecloud_ecm_module.web em-r8nkc81r
