# Adopt an existing binding: "<region>/<instance_id>", or "<instance_id>" in the provider's huawei_region.
import {
  to = edgecloud_taurusdb_eip_association.example
  id = "cn-north-4/12a49c2dc32648df8dd25e2976f70180in07"
}
