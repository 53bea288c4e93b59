# Adopt secondary IPs already on an ENI: "[<region>/]<eni-id>/<ip>,<ip>…". The addresses named become
# the ones this resource owns (its ID is then "eni-m6dyj72l/10.0.1.20", the lowest of them).
import {
  to = edgecloud_vpc_eni_private_ip.vip
  id = "ap-guangzhou/eni-m6dyj72l/10.0.1.20,10.0.1.21"
}
