package taurusdb_test

import (
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/taurusdb"
)

// Every code the front door answers on its own is a row of the table, with the same status.
func TestCodes_TableHasTheGatewayCodes(t *testing.T) {
	rows := map[taurusdb.Code]bool{}
	for _, c := range taurusdb.Codes() {
		if rows[c] {
			t.Errorf("row %v twice", c)
		}
		rows[c] = true
	}
	for _, g := range huaweiapi.GatewayCodes() {
		if !rows[taurusdb.Code{Code: g.Code, Status: g.Status}] {
			t.Errorf("the gateway answers %d %s, which codes.go's table lacks", g.Status, g.Code)
		}
	}
}
