terraform {
  required_providers {
    edgecloud = {
      source = "edgecloud/edgecloud"
    }
  }
}

# Credentials come from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (or a tccli profile);
# never write them into configuration.
provider "edgecloud" {
  ecm_region = "ap-hangzhou-ecm"
}

# Against the local sandbox (what `make demo` and the acceptance tests use):
# provider "edgecloud" {
#   ecm_region = "ap-hangzhou-ecm"
#   endpoints = {
#     ecm = "http://127.0.0.1:8787"
#   }
# }
