# ECM can create a key pair but not read or delete one: see the notes above.
resource "edgecloud_ecm_key_pair" "deploy" {
  key_name = "deploy_2026"
}

output "deploy_public_key" {
  value = edgecloud_ecm_key_pair.deploy.public_key
}
