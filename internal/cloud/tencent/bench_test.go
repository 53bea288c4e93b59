package tencent

import (
	"context"
	"testing"
)

// BenchmarkSign measures one TC3-HMAC-SHA256 signature over a typical request body.
func BenchmarkSign(b *testing.B) {
	in := signInput{
		Method: "POST", Host: "ecm.tencentcloudapi.com", ContentType: "application/json; charset=utf-8",
		Payload: []byte(`{"EcmRegion":"ap-hangzhou-ecm","VpcIds":["vpc-gynsaui3"],"Offset":0,"Limit":100}`),
		Service: "ecm", Timestamp: 1551113065, SecretID: "AKIDexample", SecretKey: "secret",
	}
	b.ReportAllocs()
	for b.Loop() {
		sign(in)
	}
}

// BenchmarkDo measures a whole call through the request path (encode, limiter, sign, HTTP over
// loopback, decode) against a canned answer.
func BenchmarkDo(b *testing.B) {
	api := &fakeAPI{answers: []string{`{"Response":{"TotalCount":1,"VpcSet":[{"VpcId":"vpc-1","VpcName":"n","CidrBlock":"10.0.0.0/16"}],"RequestId":"r"}}`}}
	c := newTestClient(b, api, func(cfg *Config) { cfg.RateLimit = 1e9 })
	var out struct {
		TotalCount int
		VpcSet     []struct{ VpcId, VpcName, CidrBlock string }
	}
	params := map[string]any{"EcmRegion": "ap-hangzhou-ecm", "VpcIds": []string{"vpc-1"}}
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs", Params: params, Idempotent: true}, &out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDo_SharedLimiter is BenchmarkDo with the machine-wide limiter on: each call also opens,
// locks, reads and writes its key's file.
func BenchmarkDo_SharedLimiter(b *testing.B) {
	api := &fakeAPI{answers: []string{`{"Response":{"TotalCount":0,"VpcSet":[],"RequestId":"r"}}`}}
	dir := b.TempDir()
	c := newTestClient(b, api, func(cfg *Config) {
		cfg.RateLimit, cfg.SharedRateLimit, cfg.RateLimitDir = 1e9, SharedRateLimitOn, dir
	})
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Do(context.Background(), Call{Service: testService, Action: "DescribeVpcs", Idempotent: true}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
