# Import by instance ID (uses the provider's huawei_region and huawei_project_id); the EIP bound to
# the instance is read back ...
terraform import edgecloud_taurusdb_eip_association.example 12a49c2dc32648df8dd25e2976f70180in07

# ... or with an explicit region.
terraform import edgecloud_taurusdb_eip_association.example cn-north-4/12a49c2dc32648df8dd25e2976f70180in07
