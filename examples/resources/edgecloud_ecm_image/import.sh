# Images are global: import by ID alone.
terraform import edgecloud_ecm_image.golden img-060ov1xz
