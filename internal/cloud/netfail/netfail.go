// Package netfail classifies the failures of an HTTP call that got no answer, for the retry rules
// of both request paths: a request that provably never left may be sent again, whatever it does.
package netfail

import (
	"errors"
	"net"
)

// NotSent reports an HTTP client error that happened before the request was written: the connection
// could not be made (refused, unreachable, DNS failure, dial timeout). net/http returns those as a
// *net.OpError with Op "dial" (DNS errors included). Anything later (a reset, EOF, a timeout awaiting
// the answer) is not proof, since the server may have read and acted on the request.
func NotSent(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return op.Op == "dial"
	}
	return false
}

// HostUnknown reports a host name that does not exist (a mistyped endpoint): it will not appear, so
// retrying is pointless.
func HostUnknown(err error) bool {
	var dns *net.DNSError
	return errors.As(err, &dns) && dns.IsNotFound
}
