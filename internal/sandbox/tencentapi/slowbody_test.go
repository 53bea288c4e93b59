package tencentapi_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/sandboxtest"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// A client that sends its headers and then only part of the body is answered
// InvalidRequest once the body timeout passes, over a real loopback
// connection, and the handler is free again.
func TestSlowBodyTimesOut(t *testing.T) {
	h := sandboxtest.New(t, sandbox.Options{BodyTimeout: 200 * time.Millisecond})
	srv := httptest.NewServer(h.S)
	defer srv.Close()

	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: ecm.tencentcloudapi.com\r\nContent-Type: application/json\r\nX-TC-Action: DescribeVpcs\r\nX-TC-Version: 2019-07-19\r\nContent-Length: 100\r\n\r\n{\"Ecm")
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // a guard, far above the body timeout
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a trickled body: %v", err)
	}
	defer resp.Body.Close()
	var env struct {
		Response struct {
			Error struct{ Code, Message string }
		}
	}
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &env); err != nil || env.Response.Error.Code != "InvalidRequest" {
		t.Fatalf("answer %s (%v)", b, err)
	}
	// The sandbox still serves.
	r, _ := http.Get(srv.URL + "/_sandbox/health")
	if r == nil || r.StatusCode != 200 {
		t.Fatalf("health after a slow body: %v", r)
	}
	r.Body.Close()
}

// The recorder sees every answered (service, action, code), successes as "".
func TestRecorder(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	tencentapi.SetRecorder(func(a tencentapi.Answer) {
		mu.Lock()
		seen = append(seen, fmt.Sprintf("%s.%s:%s:%t", a.Service, a.Action, a.Code, a.Injected))
		mu.Unlock()
	})
	defer tencentapi.SetRecorder(nil)
	h := sandboxtest.New(t, sandbox.Options{})
	h.Ok("DescribeVpcs", nil)
	h.Fails("DescribeVpcs", map[string]any{"Nope": 1}, "UnknownParameter")
	h.Fails("DescribeUniverse", nil, "InvalidAction")
	h.S.AddFault(sandbox.Fault{Action: "DescribeVpcs", ErrorCode: "InternalError", Count: 1})
	h.Fails("DescribeVpcs", nil, "InternalError")
	mu.Lock()
	defer mu.Unlock()
	want := []string{"ecm.DescribeVpcs::false", "ecm.DescribeVpcs:UnknownParameter:false", "ecm.DescribeUniverse:InvalidAction:false", "ecm.DescribeVpcs:InternalError:true"}
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Fatalf("recorded %v, want %v", seen, want)
	}
}
