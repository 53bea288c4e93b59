# The fixtures of fixtures-taurusdb.json (scripts/demo.sh copies this file next to main.tf).
instance_id  = "12a49c2dc32648df8dd25e2976f70180in07"
public_ip    = "203.0.113.10"
public_ip_id = "5e0d9a1c-3b7f-4c2a-9d8e-1f2a3b4c5d6e"
