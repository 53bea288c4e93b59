package vpc_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// One call with n finished tasks kept: Settle peeks at three heaps, so the cost must not grow
// with n (compare the sub-benchmarks).
func BenchmarkCallWithFinishedTasks(b *testing.B) {
	for _, n := range []int{0, 2000, 20000} {
		b.Run(fmt.Sprintf("tasks=%d", n), func(b *testing.B) {
			h := newHarness(b, sandbox.Options{TaskDuration: time.Second})
			_, _, eni := h.network()
			for i := 0; i < n/2; i++ {
				got, _ := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
				h.Clock.Advance(time.Second)
				h.unassign(eni, got...)
				h.Clock.Advance(time.Second)
			}
			_, task := h.assign(map[string]any{"NetworkInterfaceId": eni, "SecondaryPrivateIpAddressCount": 1})
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				h.api.Ok("DescribeVpcTaskResult", map[string]any{"TaskId": task})
			}
		})
	}
}
