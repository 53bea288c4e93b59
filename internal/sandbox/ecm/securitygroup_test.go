package ecm

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
	"math/big"
	"reflect"
	"strings"
	"testing"
)

// Security groups and key pairs, called directly (limits, lag, persistence).

func (d *direct) sg(name string) string {
	d.t.Helper()
	return d.ok("CreateSecurityGroup", map[string]any{"GroupName": name, "GroupDescription": "d"})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
}

func (d *direct) policies(id string) map[string]any {
	d.t.Helper()
	return d.ok("DescribeSecurityGroupPolicies", map[string]any{"SecurityGroupId": id})["SecurityGroupPolicySet"].(map[string]any)
}

func (d *direct) groupIDs(params map[string]any) []string {
	d.t.Helper()
	var out []string
	for _, g := range d.ok("DescribeSecurityGroups", params)["SecurityGroupSet"].([]any) {
		out = append(out, g.(map[string]any)["SecurityGroupId"].(string))
	}
	return out
}

func pol(proto, port, cidr string) map[string]any {
	return map[string]any{"Protocol": proto, "Port": port, "CidrBlock": cidr, "Action": "accept"}
}

func set(dir string, ps ...map[string]any) map[string]any { return map[string]any{dir: ps} }

func TestSecurityGroupLifecycle(t *testing.T) {
	d := newDirect(t)
	// The default group appears on first use, first in the list, and stays.
	if ids := d.groupIDs(map[string]any{}); !reflect.DeepEqual(ids, []string{defaultSGID}) {
		t.Fatalf("fresh account: %v", ids)
	}
	d.fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": defaultSGID}, "UnsupportedOperation")

	a, b := d.sg("web"), d.sg("db")
	if ids := d.groupIDs(map[string]any{}); !reflect.DeepEqual(ids, []string{defaultSGID, a, b}) {
		t.Fatalf("list %v", ids)
	}
	if ids := d.groupIDs(map[string]any{"Filters": []map[string]any{{"Name": "security-group-name", "Values": []string{"we"}}}}); !reflect.DeepEqual(ids, []string{a}) {
		t.Fatalf("name filter %v", ids)
	}
	tagged := d.ok("CreateSecurityGroup", map[string]any{"GroupName": "tagged", "GroupDescription": "d",
		"Tags": []map[string]any{{"Key": "city", "Value": "shanghai"}}})["SecurityGroup"].(map[string]any)["SecurityGroupId"].(string)
	for _, f := range []map[string]any{{"Name": "tag-key", "Values": []string{"city"}}, {"Name": "tag:city", "Values": []string{"shanghai"}}} {
		if ids := d.groupIDs(map[string]any{"Filters": []map[string]any{f}}); !reflect.DeepEqual(ids, []string{tagged}) {
			t.Fatalf("filter %v: %v", f, ids)
		}
	}
	if got := d.ok("DescribeSecurityGroups", map[string]any{"Offset": 1, "Limit": 1}); got["TotalCount"].(float64) != 4 || len(got["SecurityGroupSet"].([]any)) != 1 {
		t.Fatalf("paging %v", got)
	}
	d.ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": tagged})
	d.ok("ModifySecurityGroupAttribute", map[string]any{"SecurityGroupId": a, "GroupDescription": "front"})
	g := d.ok("DescribeSecurityGroups", map[string]any{"SecurityGroupIds": []string{a}})["SecurityGroupSet"].([]any)[0].(map[string]any)
	if g["SecurityGroupName"] != "web" || g["SecurityGroupDesc"] != "front" || g["IsDefault"] != false {
		t.Fatalf("modified %v", g)
	}

	// b references a: a cannot be deleted until the reference is gone.
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": b, "SecurityGroupPolicySet": set("Ingress",
		map[string]any{"Protocol": "tcp", "Port": "3306", "SecurityGroupId": a, "Action": "ACCEPT"})})
	st := d.ok("DescribeSecurityGroupAssociationStatistics", map[string]any{"SecurityGroupIds": []string{a, b}})["SecurityGroupAssociationStatisticsSet"].([]any)
	if st[0].(map[string]any)["SG"].(float64) != 1 || st[1].(map[string]any)["SG"].(float64) != 0 {
		t.Fatalf("statistics %v", st)
	}
	d.fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": a}, "ResourceInUse")
	d.ok("DeleteSecurityGroupPolicies", map[string]any{"SecurityGroupId": b, "SecurityGroupPolicySet": map[string]any{"Ingress": []map[string]any{{"PolicyIndex": 0}}}})
	d.ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": a})
	d.fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": a}, "ResourceNotFound")
	d.fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": "sg-1dd51d"}, "InvalidParameterValue.Malformed")
	// A group may reference itself and still be deleted.
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": b, "SecurityGroupPolicySet": set("Ingress",
		map[string]any{"Protocol": "ALL", "SecurityGroupId": b, "Action": "drop"})})
	d.ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": b})
}

func TestSecurityGroupPolicies(t *testing.T) {
	d := newDirect(t)
	id := d.sg("g")
	if v := d.policies(id)["Version"]; v != "0" {
		t.Fatalf("new group's version %v", v)
	}
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("TCP", "80", "10.0.0.0/16"), pol("udp", "53", "10.0.0.1"))})
	// Insert at 0; the version moves on with every change.
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Version": "1",
		"Egress": []map[string]any{{"PolicyIndex": 0, "Protocol": "icmp", "CidrBlock": "0.0.0.0/0", "Action": "DROP"}}}})
	p := d.policies(id)
	eg := p["Egress"].([]any)
	first := eg[0].(map[string]any)
	if p["Version"] != "2" || len(eg) != 3 || first["Protocol"] != "icmp" || first["Port"] != "all" || first["Action"] != "DROP" ||
		eg[1].(map[string]any)["PolicyIndex"].(float64) != 1 || eg[1].(map[string]any)["Protocol"] != "tcp" {
		t.Fatalf("policies %v", p)
	}
	if tpl := first["ServiceTemplate"].(map[string]any); tpl["ServiceId"] != "" || tpl["ServiceGroupId"] != "" {
		t.Fatalf("template %v", tpl)
	}
	// A stale version, a duplicate, both directions, index and content together.
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Version": "1", "Egress": []any{pol("tcp", "81", "10.0.0.0/16")}}}, "UnsupportedOperation.VersionMismatch")
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("tcp", "80", "10.0.0.0/16"))}, "UnsupportedOperation.DuplicatePolicy")
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Egress": []any{pol("tcp", "1", "1.1.1.1")}, "Ingress": []any{pol("tcp", "1", "1.1.1.1")}}}, "InvalidParameter.Coexist")
	d.fails("DeleteSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", map[string]any{"PolicyIndex": 0, "Protocol": "tcp"})}, "InvalidParameter.Coexist")
	for _, bad := range []map[string]any{
		pol("sctp", "80", "10.0.0.0/16"), pol("icmp", "80", "10.0.0.0/16"), pol("tcp", "0", "10.0.0.0/16"),
		pol("tcp", "90-80", "10.0.0.0/16"), pol("tcp", "65536", "10.0.0.0/16"),
		{"Protocol": "tcp", "Port": "80", "CidrBlock": "10.0.0.0/16", "Action": "allow"},
	} {
		d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Ingress", bad)}, "InvalidParameterValue")
	}
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Ingress", pol("tcp", "80", "10.0.0.0/33"))}, "InvalidParameterValue.Malformed")
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Ingress",
		map[string]any{"Protocol": "tcp", "CidrBlock": "10.0.0.0/8", "SecurityGroupId": id, "Action": "accept"})}, "InvalidParameter.Coexist")
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Ingress",
		map[string]any{"Protocol": "tcp", "SecurityGroupId": "esg-00000000", "Action": "accept"})}, "ResourceNotFound")

	// Replace one rule; delete by content; Modify replaces both directions (absent = cleared).
	d.ok("ReplaceSecurityGroupPolicy", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Version": "2",
		"Egress": []map[string]any{{"PolicyIndex": 2, "Protocol": "udp", "Port": "5000-5010", "CidrBlock": "10.0.0.0/16", "Action": "accept"}}}})
	if got := d.policies(id)["Egress"].([]any)[2].(map[string]any); got["Port"] != "5000-5010" || got["Protocol"] != "udp" {
		t.Fatalf("replaced %v", got)
	}
	d.fails("ReplaceSecurityGroupPolicy", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{
		"Egress": []map[string]any{{"PolicyIndex": 9, "Protocol": "udp", "CidrBlock": "10.0.0.0/16", "Action": "accept"}}}}, "ResourceNotFound")
	d.ok("DeleteSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("TCP", "80", "10.0.0.0/16"))})
	d.fails("DeleteSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("TCP", "80", "10.0.0.0/16"))}, "ResourceNotFound")
	d.ok("ModifySecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Ingress", pol("tcp", "22", "10.0.0.0/8"))})
	p = d.policies(id)
	if len(p["Egress"].([]any)) != 0 || len(p["Ingress"].([]any)) != 1 || p["Version"] != "5" {
		t.Fatalf("after modify %v", p)
	}
	d.fails("ModifySecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Version": "1"}}, "UnsupportedOperation")
	d.fails("ModifySecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": map[string]any{"Egress": []map[string]any{{"PolicyIndex": 0, "Protocol": "tcp", "CidrBlock": "1.1.1.1", "Action": "accept"}}}}, "InvalidParameterValue")
}

func TestSecurityGroupLimits(t *testing.T) {
	d := newDirect(t)
	d.limits = map[string]int{LimitSecurityGroups: 3, LimitSecurityGroupPolicies: 2}
	l := d.ok("DescribeSecurityGroupLimits", map[string]any{})["SecurityGroupLimitSet"].(map[string]any)
	if l["SecurityGroupLimit"].(float64) != 3 || l["SecurityGroupPolicyLimit"].(float64) != 2 {
		t.Fatalf("limits %v", l)
	}
	id := d.sg("a")
	d.sg("b") // with the default group: 3
	d.fails("CreateSecurityGroup", map[string]any{"GroupName": "c", "GroupDescription": "d"}, "LimitExceeded")
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("tcp", "1", "1.1.1.1"), pol("tcp", "2", "1.1.1.1"))})
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Ingress", pol("tcp", "1", "1.1.1.1"))}) // per direction
	d.fails("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("tcp", "3", "1.1.1.1"))}, "LimitExceeded.SecurityGroupPolicySet")
	d.fails("ModifySecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("tcp", "1", "1.1.1.1"), pol("tcp", "2", "1.1.1.1"), pol("tcp", "3", "1.1.1.1"))}, "LimitExceeded")
}

func TestSecurityGroupReadLag(t *testing.T) {
	d := newDirect(t)
	d.groupIDs(map[string]any{}) // the default group
	d.lag = 1
	id := d.sg("late")
	if ids := d.groupIDs(map[string]any{}); len(ids) != 1 {
		t.Fatalf("lagged create seen at once: %v", ids)
	}
	if ids := d.groupIDs(map[string]any{}); len(ids) != 2 {
		t.Fatalf("create not seen after the lag: %v", ids)
	}
	d.lag = 2
	d.ok("CreateSecurityGroupPolicies", map[string]any{"SecurityGroupId": id, "SecurityGroupPolicySet": set("Egress", pol("tcp", "1", "1.1.1.1"))})
	for i, want := range []string{"0", "0", "1"} {
		if v := d.policies(id)["Version"]; v != want {
			t.Fatalf("describe %d after a lagged policy change: version %v, want %s", i, v, want)
		}
	}
	d.lag = 1
	d.ok("DeleteSecurityGroup", map[string]any{"SecurityGroupId": id})
	if ids := d.groupIDs(map[string]any{"SecurityGroupIds": []string{id}}); len(ids) != 1 {
		t.Fatalf("lagged delete not seen late: %v", ids)
	}
	if ids := d.groupIDs(map[string]any{"SecurityGroupIds": []string{id}}); len(ids) != 0 {
		t.Fatalf("deleted group still seen: %v", ids)
	}
}

func TestSecurityGroupsAndKeyPairsPersist(t *testing.T) {
	d := newDirect(t)
	a := d.sg("a")
	b := d.sg("b")
	d.ok("ModifySecurityGroupPolicies", map[string]any{"SecurityGroupId": b, "SecurityGroupPolicySet": map[string]any{
		"Egress":  []any{map[string]any{"Protocol": "tcp", "Port": "443", "SecurityGroupId": a, "Action": "accept", "PolicyDescription": "x"}},
		"Ingress": []any{map[string]any{"ServiceTemplate": map[string]any{"ServiceId": "eppm-f5n1f8da"}, "AddressTemplate": map[string]any{"AddressGroupId": "eipmg-2uw6ujo6"}, "Action": "drop"}},
	}})
	key := d.ok("CreateKeyPair", map[string]any{"KeyName": "k_1"})["KeyPair"].(map[string]any)
	data, err := d.p.state.Save()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "PRIVATE") {
		t.Fatal("the state keeps a private key")
	}
	d2 := newDirect(t)
	if err := d2.p.state.Load(data); err != nil {
		t.Fatal(err)
	}
	if got, want := d2.ok("DescribeSecurityGroups", map[string]any{}), d.ok("DescribeSecurityGroups", map[string]any{}); !reflect.DeepEqual(got["SecurityGroupSet"], want["SecurityGroupSet"]) {
		t.Fatalf("groups after load:\n%v\n%v", got, want)
	}
	if got, want := d2.policies(b), d.policies(b); !reflect.DeepEqual(got, want) {
		t.Fatalf("policies after load:\n%v\n%v", got, want)
	}
	d2.fails("DeleteSecurityGroup", map[string]any{"SecurityGroupId": a}, "ResourceInUse")
	d2.fails("CreateKeyPair", map[string]any{"KeyName": "K_1"}, "InvalidParameterValue")
	if k := d2.p.state.KeyPairs[key["KeyId"].(string)]; k == nil || k.PublicKey != key["PublicKey"] {
		t.Fatalf("key pair after load: %+v", k)
	}
	again, _ := d2.p.state.Save()
	if string(again) != string(data) {
		t.Fatalf("save/load/save differs:\n%s\n%s", data, again)
	}
}

func TestCreateKeyPair(t *testing.T) {
	d := newDirect(t)
	for _, bad := range []string{"has-dash", "with space", strings.Repeat("a", 26), "中文"} {
		d.fails("CreateKeyPair", map[string]any{"KeyName": bad}, "InvalidParameterValue.InvalidKeyPairName")
	}
	d.fails("CreateKeyPair", map[string]any{}, "MissingParameter")
	k := d.ok("CreateKeyPair", map[string]any{"KeyName": strings.Repeat("a", 25)})["KeyPair"].(map[string]any)
	d.fails("CreateKeyPair", map[string]any{"KeyName": strings.Repeat("A", 25)}, "InvalidParameterValue")
	block, _ := pem.Decode([]byte(k["PrivateKey"].(string)))
	priv, err := x509.ParsePKCS1PrivateKey(block.Bytes)
	if err != nil || priv.N.BitLen() != 2048 {
		t.Fatalf("private key: %v", err)
	}
	// The public key line decodes to the private key's public half.
	f := strings.Fields(k["PublicKey"].(string))
	if len(f) != 3 || f[0] != "ssh-rsa" || f[2] != strings.Replace(k["KeyId"].(string), "-", "_", 1) {
		t.Fatalf("public key %q", k["PublicKey"])
	}
	blob, _ := base64.StdEncoding.DecodeString(f[1])
	var parts [][]byte
	for len(blob) >= 4 {
		n := binary.BigEndian.Uint32(blob)
		parts, blob = append(parts, blob[4:4+n]), blob[4+n:]
	}
	pub := &rsa.PublicKey{E: int(new(big.Int).SetBytes(parts[1]).Int64()), N: new(big.Int).SetBytes(parts[2])}
	if len(parts) != 3 || string(parts[0]) != "ssh-rsa" || !pub.Equal(&priv.PublicKey) {
		t.Fatal("the public key is not the private key's")
	}
	if k["CreatedTime"] != "2024-05-17T10:30:00+00:00" || k["ProjectId"].(float64) != 0 || len(k["AssociatedInstanceIds"].([]any)) != 0 {
		t.Fatalf("%v", k)
	}
}
