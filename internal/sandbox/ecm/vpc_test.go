package ecm_test

import (
	"fmt"
	"strings"
	"testing"
)

func vpcParams(cidr string) map[string]any {
	return map[string]any{"VpcName": "v", "CidrBlock": cidr, "EcmRegion": testRegion}
}

func TestCreateVpcValidation(t *testing.T) {
	h := newHarness(t, Options{})
	for cidr, want := range map[string]string{
		"10.0.0.0/16":    "",
		"172.31.0.0/16":  "",
		"192.168.0.0/16": "",
		"10.10.0.0/28":   "",
		"10.0.0.0/15":    "InvalidParameterValue",
		"10.0.0.0/29":    "InvalidParameterValue",
		"8.8.0.0/16":     "InvalidParameterValue",
		"172.32.0.0/16":  "InvalidParameterValue",
		"10.0.0.1/16":    "InvalidParameterValue.Malformed",
		"not-a-cidr":     "InvalidParameterValue.Malformed",
		"fd00::/64":      "InvalidParameterValue.Malformed",
	} {
		if _, code := h.Call("CreateVpc", vpcParams(cidr)); code != want {
			t.Errorf("CidrBlock %s: got %q, want %q", cidr, code, want)
		}
	}
	h.Fails("CreateVpc", map[string]any{"VpcName": "v", "EcmRegion": testRegion}, "MissingParameter")
	h.Fails("CreateVpc", map[string]any{"CidrBlock": "10.0.0.0/16", "EcmRegion": testRegion}, "MissingParameter")
	h.Fails("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16"}, "MissingParameter")
	h.Fails("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": "ap-guangzhou"}, "InvalidParameterValue.InvalidRegion")
	h.Fails("CreateVpc", map[string]any{"VpcName": strings.Repeat("n", 61), "CidrBlock": "10.0.0.0/16", "EcmRegion": testRegion}, "InvalidParameterValue.TooLong")
	h.Fails("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": testRegion, "DnsServers": []string{"1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4", "1.1.1.5"}}, "InvalidParameterValue.LimitExceeded")
	h.Fails("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.0.0.0/16", "EcmRegion": testRegion, "Tags": []tag{{"", "x"}}}, "InvalidParameterValue")
}

func TestCreateVpcOutput(t *testing.T) {
	h := newHarness(t, Options{})
	p := vpcParams("10.1.0.0/16")
	p["Tags"] = []tag{{"env", "test"}}
	p["Description"] = "d"
	v := h.Ok("CreateVpc", p)["Vpc"].(map[string]any)
	if !strings.HasPrefix(v["VpcId"].(string), "vpc-") || len(v["VpcId"].(string)) != 12 {
		t.Errorf("VpcId %v", v["VpcId"])
	}
	if v["CreatedTime"] != "2024-05-17 18:30:00" || v["Region"] != testRegion || v["RegionName"] != "Hangzhou" || v["Description"] != "d" {
		t.Errorf("vpc %v", v)
	}
	if tags := v["TagSet"].([]any); len(tags) != 1 {
		t.Errorf("TagSet %v", v["TagSet"])
	}
}

func TestVpcQuota(t *testing.T) {
	h := newHarness(t, Options{})
	for i := 0; i < vpcQuotaPerRegion-1; i++ { // the default VPC counts
		h.CreateVpc(fmt.Sprintf("10.%d.0.0/16", i))
	}
	h.Fails("CreateVpc", vpcParams("10.99.0.0/16"), "LimitExceeded")
	// Quotas are per region.
	h.Ok("CreateVpc", map[string]any{"VpcName": "v", "CidrBlock": "10.99.0.0/16", "EcmRegion": "ap-shenzhen-ecm-ct2"})
}

func TestDescribeVpcsQueries(t *testing.T) {
	h := newHarness(t, Options{})
	var ids []string
	for i := 0; i < 5; i++ {
		p := map[string]any{"VpcName": fmt.Sprintf("web-%d", i), "CidrBlock": fmt.Sprintf("10.%d.0.0/16", i), "EcmRegion": testRegion,
			"Tags": []tag{{"tier", fmt.Sprintf("t%d", i%2)}}}
		ids = append(ids, h.Ok("CreateVpc", p)["Vpc"].(map[string]any)["VpcId"].(string))
	}
	h.Ok("CreateVpc", map[string]any{"VpcName": "other", "CidrBlock": "192.168.0.0/16", "EcmRegion": "ap-xian-ecm"})

	count := func(params map[string]any) (int, []string) {
		resp := h.Ok("DescribeVpcs", params)
		var got []string
		for _, v := range resp["VpcSet"].([]any) {
			got = append(got, v.(map[string]any)["VpcId"].(string))
		}
		return int(resp["TotalCount"].(float64)), got
	}
	// Each region touched has its default VPC, listed first.
	if n, _ := count(map[string]any{}); n != 8 {
		t.Errorf("all regions: %d", n)
	}
	if n, _ := count(map[string]any{"EcmRegion": testRegion}); n != 6 {
		t.Errorf("one region: %d", n)
	}
	if n, page := count(map[string]any{"EcmRegion": testRegion, "Offset": 3, "Limit": 2}); n != 6 || len(page) != 2 || page[0] != ids[2] || page[1] != ids[3] {
		t.Errorf("page: %d %v", n, page)
	}
	if n, page := count(map[string]any{"EcmRegion": testRegion, "Offset": 5, "Limit": 2}); n != 6 || len(page) != 1 {
		t.Errorf("last page: %d %v", n, page)
	}
	if _, page := count(map[string]any{"EcmRegion": testRegion, "Sort": "time", "Limit": 1}); page[0] != ids[4] {
		t.Errorf("Sort=time: %v", page)
	}
	if n, page := count(map[string]any{"VpcIds": []string{ids[1], "vpc-nothere"}}); n != 1 || page[0] != ids[1] {
		t.Errorf("by id: %d %v", n, page)
	}
	if n, _ := count(map[string]any{"VpcIds": []string{"vpc-nothere"}}); n != 0 {
		t.Errorf("missing id: %d", n)
	}
	filters := func(fs ...filter) map[string]any { return map[string]any{"Filters": fs} }
	for name, tc := range map[string]struct {
		params map[string]any
		want   int
	}{
		"vpc-name fuzzy":  {filters(filter{"vpc-name", []string{"web"}}), 5},
		"cidr-block":      {filters(filter{"cidr-block", []string{"10.3."}}), 1},
		"vpc-id":          {filters(filter{"vpc-id", []string{ids[0], ids[1]}}), 2},
		"region":          {filters(filter{"region", []string{"ap-xian-ecm"}}), 2},
		"tag-key":         {filters(filter{"tag-key", []string{"tier"}}), 5},
		"tag:tier":        {filters(filter{"tag:tier", []string{"t1"}}), 2},
		"filters are AND": {filters(filter{"tag:tier", []string{"t0"}}, filter{"vpc-name", []string{"web-4"}}), 1},
	} {
		if n, _ := count(tc.params); n != tc.want {
			t.Errorf("%s: %d, want %d", name, n, tc.want)
		}
	}
	h.Fails("DescribeVpcs", map[string]any{"VpcIds": ids[:1], "Filters": []filter{{"vpc-id", ids[:1]}}}, "InvalidParameter.Coexist")
	h.Fails("DescribeVpcs", filters(filter{"vpc-colour", []string{"x"}}), "InvalidParameterValue.InvalidFilter")
	h.Fails("DescribeVpcs", filters(filter{"vpc-name", []string{"a", "b"}}), "InvalidParameterValue.FilterLimitExceeded")
	h.Fails("DescribeVpcs", map[string]any{"Limit": 101}, "InvalidParameterValue")
	h.Fails("DescribeVpcs", map[string]any{"Offset": -1}, "InvalidParameterValue")
	h.Fails("DescribeVpcs", map[string]any{"EcmRegion": "nowhere"}, "InvalidParameterValue.InvalidRegion")
}

func TestModifyVpcAttribute(t *testing.T) {
	h := newHarness(t, Options{})
	p := vpcParams("10.0.0.0/16")
	p["Tags"] = []tag{{"a", "1"}, {"b", "2"}}
	id := h.Ok("CreateVpc", p)["Vpc"].(map[string]any)["VpcId"].(string)
	h.Ok("ModifyVpcAttribute", map[string]any{"VpcId": id, "EcmRegion": testRegion, "VpcName": "renamed", "Tags": []tag{{"c", "3"}}})
	v := h.Ok("DescribeVpcs", map[string]any{"VpcIds": []string{id}})["VpcSet"].([]any)[0].(map[string]any)
	if v["VpcName"] != "renamed" || len(v["TagSet"].([]any)) != 1 {
		t.Fatalf("after modify: %v", v)
	}
	h.Ok("ModifyVpcAttribute", map[string]any{"VpcId": id, "EcmRegion": testRegion, "Tags": []tag{}})
	v = h.Ok("DescribeVpcs", map[string]any{"VpcIds": []string{id}})["VpcSet"].([]any)[0].(map[string]any)
	if v["TagSet"] != nil || v["VpcName"] != "renamed" {
		t.Fatalf("after clearing tags: %v", v)
	}
	h.Fails("ModifyVpcAttribute", map[string]any{"VpcId": "vpc-nothere", "EcmRegion": testRegion, "VpcName": "x"}, "ResourceNotFound")
	h.Fails("ModifyVpcAttribute", map[string]any{"VpcId": id, "EcmRegion": "ap-xian-ecm", "VpcName": "x"}, "ResourceNotFound")
	h.Fails("ModifyVpcAttribute", map[string]any{"VpcId": id, "EcmRegion": testRegion, "VpcName": strings.Repeat("名", 61)}, "InvalidParameterValue.TooLong")
	h.Ok("ModifyVpcAttribute", map[string]any{"VpcId": id, "EcmRegion": testRegion, "VpcName": strings.Repeat("名", 60)})
}

func TestDeleteVpcWithSubnets(t *testing.T) {
	h := newHarness(t, Options{})
	id := h.CreateVpc("10.0.0.0/16")
	sub := h.CreateSubnet(id, "10.0.1.0/24")
	h.Fails("DeleteVpc", map[string]any{"VpcId": id, "EcmRegion": testRegion}, "ResourceInUse")
	h.Ok("DeleteSubnet", map[string]any{"SubnetId": sub, "EcmRegion": testRegion})
	h.Ok("DeleteVpc", map[string]any{"VpcId": id, "EcmRegion": testRegion})
	h.Fails("DeleteVpc", map[string]any{"VpcId": id, "EcmRegion": testRegion}, "ResourceNotFound")
}

func TestStrictParameters(t *testing.T) {
	h := newHarness(t, Options{})
	cases := map[string]struct{ body, want string }{
		"unknown parameter":        {`{"VpcName":"v","CidrBlock":"10.0.0.0/16","EcmRegion":"ap-hangzhou-ecm","Colour":"red"}`, "UnknownParameter"},
		"names are case-sensitive": {`{"vpcName":"v","CidrBlock":"10.0.0.0/16","EcmRegion":"ap-hangzhou-ecm"}`, "UnknownParameter"},
		"unknown nested parameter": {`{"VpcName":"v","CidrBlock":"10.0.0.0/16","EcmRegion":"ap-hangzhou-ecm","Tags":[{"Key":"a","Val":"b"}]}`, "UnknownParameter"},
		"number for a String":      {`{"VpcName":5,"CidrBlock":"10.0.0.0/16","EcmRegion":"ap-hangzhou-ecm"}`, "InvalidParameter.InvalidDataFormat"},
		"object for an Array":      {`{"VpcName":"v","CidrBlock":"10.0.0.0/16","EcmRegion":"ap-hangzhou-ecm","Tags":{"Key":"a"}}`, "InvalidParameter.InvalidDataFormat"},
		"not JSON":                 {`{"VpcName":`, "InvalidParameter.InvalidDataFormat"},
		"not an object":            {`["VpcName"]`, "InvalidParameter.InvalidDataFormat"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			resp := h.Fails("CreateVpc", tc.body, tc.want)
			t.Log(resp["Error"])
		})
	}
	if _, code := h.Call("DescribeVpcs", `{"Limit":"5"}`); code != "InvalidParameter.InvalidDataFormat" {
		t.Errorf("string Limit for DescribeVpcs: %q", code)
	}
	if _, code := h.Call("DescribeVpcs", `{"Limit":1.5}`); code != "InvalidParameter.InvalidDataFormat" {
		t.Errorf("fractional Limit: %q", code)
	}
	resp := h.Fails("DescribeVpcs", `{"Filters":[{"Name":"vpc-id","Values":["a",7]}]}`, "InvalidParameter.InvalidDataFormat")
	if msg := resp["Error"].(map[string]any)["Message"].(string); !strings.Contains(msg, "Filters.0.Values.1") {
		t.Errorf("message should name the parameter: %s", msg)
	}
}
