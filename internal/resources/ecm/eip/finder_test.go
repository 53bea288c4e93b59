package eip_test

import (
	"context"
	"sync"
	"testing"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
)

// Batched lookups must find every object they ask for: DescribeAddresses answers 20 by default
// (Limit), so a merged lookup of 100 IDs that forgot to page would report 80 existing EIPs as gone,
// and a refresh would drop them from the state. 150 EIPs: page one of the listing holds 100, the
// other 50 are merged lookups.
func TestFindAddressByID_ConcurrentReadsFindEveryObject(t *testing.T) {
	acctest.Sandbox(t)
	ctx := context.Background()
	const region = "ap-nanjing-ecm" // no other test allocates here
	direct := acctest.Conn()
	count := int64(50)
	var ids []string
	for range 3 {
		out, err := direct.ECM.AllocateAddresses(ctx, ecm.AllocateAddressesRequest{EcmRegion: region, AddressCount: &count})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, out.AddressSet...)
	}
	t.Cleanup(func() {
		for i := 0; i < len(ids); i += 50 {
			_, _ = direct.ECM.ReleaseAddresses(ctx, ecm.ReleaseAddressesRequest{EcmRegion: region, AddressIds: ids[i:min(i+50, len(ids))]})
		}
	})
	c := acctest.FreshConn() // batched reads, as a provider instance does
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.ECM.FindAddressByID(ctx, region, id); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
