package netfail

import (
	"errors"
	"net"
	"testing"
)

func TestClassification(t *testing.T) {
	dial := &net.OpError{Op: "dial", Err: errors.New("connection refused")}
	read := &net.OpError{Op: "read", Err: errors.New("connection reset by peer")}
	missing := &net.DNSError{Name: "ecm.example.invalid", IsNotFound: true}
	if !NotSent(dial) || NotSent(read) || !NotSent(missing) || NotSent(errors.New("EOF")) {
		t.Fatal("NotSent: only failures before the request was written count")
	}
	if !HostUnknown(missing) || HostUnknown(&net.DNSError{Name: "x", IsTimeout: true}) || HostUnknown(dial) {
		t.Fatal("HostUnknown: only a name that does not exist counts")
	}
}
