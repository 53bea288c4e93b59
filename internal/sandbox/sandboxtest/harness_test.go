package sandboxtest

import (
	"encoding/json"
	"testing"
)

func TestQueryToJSON(t *testing.T) {
	got := QueryToJSON(t, "Filters.0.Name=subnet-id&Filters.0.Values.0=subnet-ae71tjp6&Filters.0.Values.1=x&Tags.0.Key=city&AddressCount=1&EcmRegion=ap-hangzhou-ecm", "AddressCount")
	b, _ := json.Marshal(got)
	want := `{"AddressCount":1,"EcmRegion":"ap-hangzhou-ecm","Filters":[{"Name":"subnet-id","Values":["subnet-ae71tjp6","x"]}],"Tags":[{"Key":"city"}]}`
	if string(b) != want {
		t.Fatalf("got %s\nwant %s", b, want)
	}
}
