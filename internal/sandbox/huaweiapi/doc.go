// Package huaweiapi is the sandbox's Huawei Cloud REST front door: it verifies
// SDK-HMAC-SHA256 (AK/SK) signatures as Huawei's API Request Signing Guide
// describes them, routes "METHOD /v3/..." paths to a service's handlers,
// counts calls, rate-limits, applies fault rules, runs handlers under the
// sandbox's state lock (host.Core) and answers JSON, with Huawei's error body
// {"error_code": "...", "error_msg": "..."}, an HTTP status and an
// X-Request-Id header on every answer.
//
// It shares no code with the Tencent front door (tencentapi) nor with the
// provider's Huawei client: a bug in one cannot agree with a bug in another.
// The codes it answers itself (APIGW.*) are listed, with the product's own,
// in the one table at the top of internal/sandbox/taurusdb/codes.go.
package huaweiapi
