package ratelimit

import (
	"context"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// BenchmarkSharedReserve is the machine-wide limiter's own cost per call: open, flock, read, write,
// unlock, close.
func BenchmarkSharedReserve(b *testing.B) {
	s := NewStore(b.TempDir())
	name := FileName("http://127.0.0.1:1/", "AKIDbench", "ecm", "DescribeVpcs")
	now := func() time.Time { return time.Unix(1_700_000_000, 0) }
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, err := s.Reserve(context.Background(), name, now, 0, 0, wait.Pause); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
