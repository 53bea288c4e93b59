# HAVIPs are found in any region: import by ID alone.
terraform import edgecloud_ecm_havip.db havip-kekyk044
