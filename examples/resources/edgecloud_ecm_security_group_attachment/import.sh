# Import by "<instance-id>/<security-group-id>".
terraform import edgecloud_ecm_security_group_attachment.monitoring ein-2zvpghhc/esg-9id3l839
