# The console URL of an instance, for this run only: never written to the plan or the state.
ephemeral "edgecloud_ecm_instance_vnc_url" "web" {
  instance_id = "ein-bb0ab3pc"
}
