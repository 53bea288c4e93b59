// Package tencentapi is the sandbox's front door for Tencent Cloud API 3.0,
// shared by every Tencent product it emulates (ECM now; VPC and EdgeZone
// later): the TC3-HMAC-SHA256 signature check, the response and error
// envelope with its RequestId, strict parameter decoding (unknown or
// mis-cased parameters, wrong JSON types, FlexString/FlexInt), the service
// table (name, version, actions), and the Describe* skeleton with its filter
// and paging helpers.
//
// It was written from the API document, not from the provider's client, and
// imports nothing but the standard library and the sandbox's host contract.
package tencentapi
