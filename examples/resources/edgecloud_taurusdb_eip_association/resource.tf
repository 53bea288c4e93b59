# Bind an existing EIP to a TaurusDB instance (both created elsewhere, e.g. in the Huawei Cloud console).
resource "edgecloud_taurusdb_eip_association" "example" {
  instance_id  = "12a49c2dc32648df8dd25e2976f70180in07"
  public_ip    = "10.83.35.151"
  public_ip_id = "45a0ed37-cfa7-4403-8aeb-d720b4e831cf"

  # region and project_id default to the provider's huawei_region and huawei_project_id.

  timeouts = {
    create = "20m"
    delete = "20m"
  }
}
