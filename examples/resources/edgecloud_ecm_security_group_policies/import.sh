# The rule set of a security group, by the group's ID.
terraform import edgecloud_ecm_security_group_policies.web esg-3g7ftkp3
