data "edgecloud_ecm_snapshots" "ready" {
  snapshot_state = "NORMAL"
}

output "snapshot_ids" {
  value = data.edgecloud_ecm_snapshots.ready.snapshots[*].id
}
