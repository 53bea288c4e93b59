package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestCheckListen(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8787": true,
		"localhost:0":    true,
		"[::1]:8787":     true,
		":8787":          false,
		"0.0.0.0:8787":   false,
		"10.1.2.3:8787":  false,
		"nonsense":       false,
	} {
		if err := checkListen(addr, false); (err == nil) != ok {
			t.Errorf("%s: %v", addr, err)
		}
	}
	if err := checkListen("0.0.0.0:8787", true); err != nil {
		t.Errorf("allowed non-loopback refused: %v", err)
	}
}

// syncBuffer is a goroutine-safe writer whose first line can be awaited.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestRunServesAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"-listen", "127.0.0.1:0", "-secret-key", "very-secret", "-quiet",
			"-limit", "ecm.vpcs_per_region=10000", "-latency", "1ms", "-body-timeout", "5s"}, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no start line: %v (stderr %s)", err, stderr.String())
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if !strings.HasPrefix(line, "edgecloud-sandbox listening on http://127.0.0.1:") || !strings.Contains(line, "(secret id AKIDSANDBOX)") {
		t.Fatalf("start line %q", line)
	}
	if strings.Contains(line, "very-secret") {
		t.Fatal("start line reveals the secret key")
	}
	base := strings.Fields(line)[3]
	resp, err := http.Get(base + "/_sandbox/health")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("health: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/_sandbox/limits")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("limits: %v %v", resp, err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"ecm.vpcs_per_region": 10000`) {
		t.Fatalf("limits %s", b)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit code %d, stderr %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("did not shut down")
	}
}

func TestLimitFlag(t *testing.T) {
	l := limitFlag{}
	for _, v := range []string{"ecm.vpcs_per_region=10000", " ecm.eips = 3 "} {
		if err := l.Set(v); err != nil {
			t.Fatalf("%q: %v", v, err)
		}
	}
	if l.String() != "ecm.eips=3,ecm.vpcs_per_region=10000" {
		t.Fatalf("String %q", l.String())
	}
	for _, bad := range []string{"ecm.vpcs_per_region", "=3", "ecm.x=-1", "ecm.x=many"} {
		if err := l.Set(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestRunRefusesBadLimits(t *testing.T) {
	var stderr syncBuffer
	if code := run(t.Context(), []string{"-listen", "127.0.0.1:0", "-quiet", "-limit", "ecm.x"}, io.Discard, &stderr); code != 2 {
		t.Fatalf("malformed -limit: exit %d", code)
	}
	if code := run(t.Context(), []string{"-listen", "127.0.0.1:0", "-quiet", "-limit", "nosuchproduct.x=1"}, io.Discard, &stderr); code != 1 || !strings.Contains(stderr.String(), "nosuchproduct.x") {
		t.Fatalf("unknown limit: exit %d, stderr %s", code, stderr.String())
	}
	if code := run(t.Context(), []string{"-listen", "127.0.0.1:0", "-quiet", "-latency", "-1s"}, io.Discard, &stderr); code != 1 {
		t.Fatalf("negative latency: exit %d", code)
	}
}

func TestRunRefusesABadCatalog(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"missing.json": "",
		"broken.json":  "{",
		"nozone.json":  `{"Regions":[{"Region":"ap-test-ecm","RegionName":"Test"}]}`,
	} {
		path := dir + "/" + name
		if content != "" {
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		var stderr syncBuffer
		for _, flag := range []string{"-ecm-catalog", "-ecm-compute-catalog"} {
			if code := run(t.Context(), []string{"-listen", "127.0.0.1:0", "-quiet", flag, path}, io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), flag) {
				t.Errorf("%s %s: exit %d, stderr %q", flag, name, code, stderr.String())
			}
		}
	}
}
