package eniprivateip

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/tfutil"
)

func TestSortAddresses_NumericOrder(t *testing.T) {
	got := tfutil.SortAddresses([]string{"10.0.1.10", "10.0.1.9", "10.0.0.200", "9.255.255.255"})
	want := []string{"9.255.255.255", "10.0.0.200", "10.0.1.9", "10.0.1.10"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%v; want %v", got, want)
	}
}

// The ID's anchor is the lowest owned address, whatever order the API or the import named them in,
// so a resource created with a set and an import of that set agree.
func TestResourceID_AnchorIsTheLowestAddress(t *testing.T) {
	if id := resourceID("eni-m6dyj72l", []string{"172.16.32.237", "172.16.32.84"}); id != "eni-m6dyj72l/172.16.32.84" {
		t.Fatalf("id %s", id)
	}
	eni, addrs, err := parseImportID("eni-m6dyj72l/172.16.32.237,172.16.32.84")
	if err != nil || resourceID(eni, addrs) != "eni-m6dyj72l/172.16.32.84" {
		t.Fatalf("import: %s %v %v", eni, addrs, err)
	}
}

func TestParseImportID(t *testing.T) {
	for raw, wantErr := range map[string]string{
		"eni-m6dyj72l/10.0.1.5":               "",
		"eni-m6dyj72l/10.0.1.5,10.0.1.6":      "",
		"eni-m6dyj72l":                        "<eni-id>/<ip>,<ip>",
		"eni-m6dyj72l/":                       "no empty part",
		"vpc-m6dyj72l/10.0.1.5":               "not an ENI ID",
		"eni-M6DYJ72L/10.0.1.5":               "not an ENI ID",
		"eni-m6dyj72l/10.0.1.500":             "not an IPv4 address",
		"eni-m6dyj72l/10.0.1.5,,10.0.1.6":     "not an IPv4 address",
		"eni-m6dyj72l/10.0.1.5,10.0.1.5":      "twice",
		"eni-m6dyj72l/fd00::1":                "not an IPv4 address",
		"eni-m6dyj72l/10.0.1.5/extra":         "<eni-id>/<ip>,<ip>",
		"ap-guangzhou/eni-m6dyj72l/10.0.1.5,": "",
	} {
		_, _, err := parseImportID(raw)
		switch {
		case raw == "ap-guangzhou/eni-m6dyj72l/10.0.1.5,":
			// The region is taken off before parsing; with it, the ID has three parts.
			if err == nil {
				t.Errorf("%q: want an error (the region is not split here)", raw)
			}
		case wantErr == "" && err != nil:
			t.Errorf("%q: %v", raw, err)
		case wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)):
			t.Errorf("%q: err %v; want one saying %q", raw, err, wantErr)
		}
	}
}

// DescribeNetworkInterfaces' element as documented (other-apis.md §2b): a primary IP, two secondary
// ones with QoS levels.
const eniJSON = `{"NetworkInterfaceId":"eni-m6dyj72l","SubnetId":"subnet-dl3wd0vq","VpcId":"vpc-bx0vq623","Primary":false,"State":"AVAILABLE",
"PrivateIpAddressSet":[
 {"PrivateIpAddress":"10.0.1.4","Primary":true,"State":"AVAILABLE","QosLevel":"DEFAULT"},
 {"PrivateIpAddress":"10.0.1.10","Primary":false,"State":"AVAILABLE","QosLevel":"AU"},
 {"PrivateIpAddress":"10.0.1.11","Primary":false,"State":"PENDING","QosLevel":"AU"},
 {"PrivateIpAddress":"10.0.1.12","Primary":false,"State":"AVAILABLE","QosLevel":"PT"}]}`

func testENI(t *testing.T) *vpc.NetworkInterface {
	t.Helper()
	var eni vpc.NetworkInterface
	if err := json.Unmarshal([]byte(eniJSON), &eni); err != nil {
		t.Fatal(err)
	}
	return &eni
}

func TestPresentOnAndNotSecondary(t *testing.T) {
	eni := testENI(t)
	if got := presentOn(eni, []string{"10.0.1.4", "10.0.1.10", "10.0.1.99", "10.0.1.12"}); !reflect.DeepEqual(got, []string{"10.0.1.10", "10.0.1.12"}) {
		t.Errorf("present %v: the primary and absent addresses are not", got)
	}
	problems := notSecondary(eni, []string{"10.0.1.4", "10.0.1.10", "10.0.1.99"})
	if len(problems) != 2 || !strings.Contains(problems[0], "10.0.1.4 is its primary IP") || !strings.Contains(problems[1], "10.0.1.99 is not assigned") {
		t.Errorf("problems %v", problems)
	}
}

func TestReadQos(t *testing.T) {
	eni := testENI(t)
	var m resourceModel
	m.QosLevel = types.StringUnknown()
	m.readQos(eni, []string{"10.0.1.10", "10.0.1.11"})
	if m.QosLevel.ValueString() != "AU" {
		t.Errorf("same level on every owned address: %v", m.QosLevel)
	}
	m.readQos(eni, []string{"10.0.1.10", "10.0.1.12"})
	if m.QosLevel.ValueString() != "AU" {
		t.Errorf("mixed levels keep the known value: %v", m.QosLevel)
	}
	m.QosLevel = types.StringUnknown()
	m.readQos(eni, []string{"10.0.1.10", "10.0.1.12"})
	if !m.QosLevel.IsNull() {
		t.Errorf("mixed levels and nothing known: %v; want null", m.QosLevel)
	}
}

func TestSetOwned_DescribesTheOwnedAddressesBothWays(t *testing.T) {
	var m resourceModel
	var diags diag.Diagnostics
	m.setOwned(context.Background(), []string{"10.0.1.12", "10.0.1.10"}, &diags)
	if m.SecondaryPrivateIPAddressCount.ValueInt64() != 2 || !m.PrivateIPAddresses.Equal(m.AssignedPrivateIPAddresses) ||
		!reflect.DeepEqual(m.owned(context.Background(), &diags), []string{"10.0.1.10", "10.0.1.12"}) {
		t.Fatalf("model %+v", m)
	}
}

func TestOwnedFromState(t *testing.T) {
	got := OwnedFromState(map[string]string{
		"assigned_private_ip_addresses.#": "2", "assigned_private_ip_addresses.0": "10.0.1.10", "assigned_private_ip_addresses.1": "10.0.1.9",
		"private_ip_addresses.0": "10.0.1.77", "id": "eni-1/10.0.1.9",
	})
	if !reflect.DeepEqual(got, []string{"10.0.1.9", "10.0.1.10"}) {
		t.Fatalf("%v", got)
	}
}
