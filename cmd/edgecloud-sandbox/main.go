// Command edgecloud-sandbox runs the local cloud API emulator that the
// edgecloud Terraform provider's demo and acceptance tests talk to.
//
//	edgecloud-sandbox [-listen 127.0.0.1:8787] [-secret-id ID] [-secret-key KEY]
//	                  [-task-duration 2s] [-state-file FILE] [-rate-limit 20]
//	                  [-limit ecm.vpcs_per_region=10000 ...] [-latency 50ms]
//	                  [-body-timeout 10s] [-quiet]
//
// The Tencent Cloud API 3.0 is served at "/", Huawei Cloud TaurusDB's REST API
// (SDK-HMAC-SHA256 with the same key pairs as AK/SK) under "/v3/", the
// test-control surface at "/_sandbox/" (reset, faults, ratelimit, calls,
// refused, limits, credentials, fixtures, health).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/ecm"
)

const (
	defaultSecretID  = "AKIDSANDBOX"
	defaultSecretKey = "sandbox-secret"
	envSecretID      = "EDGECLOUD_SANDBOX_SECRET_ID"
	envSecretKey     = "EDGECLOUD_SANDBOX_SECRET_KEY"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("edgecloud-sandbox", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "127.0.0.1:8787", "address to listen on (loopback only unless -allow-non-loopback)")
	allowRemote := fs.Bool("allow-non-loopback", false, "allow listening on a non-loopback address")
	secretID := fs.String("secret-id", envOr(envSecretID, defaultSecretID), "SecretId accepted by the sandbox (env "+envSecretID+")")
	// The key's default is not shown in -help: it may come from the environment.
	secretKey := fs.String("secret-key", "", "SecretKey accepted by the sandbox (env "+envSecretKey+"; default "+defaultSecretKey+")")
	taskDuration := fs.Duration("task-duration", 2*time.Second, "how long async tasks stay RUNNING")
	stateFile := fs.String("state-file", "", "persist state to this JSON file (loaded at start)")
	rateLimit := fs.Float64("rate-limit", sandbox.DefaultRateLimit, "requests per second allowed per action (negative = unlimited)")
	limits := limitFlag{}
	fs.Var(limits, "limit", "override a named limit (quota), name=value, e.g. ecm.vpcs_per_region=10000; repeatable (GET /_sandbox/limits lists them)")
	latency := fs.Duration("latency", 0, "delay every API call by this much (like a latency fault on every action, but it survives reset)")
	bodyTimeout := fs.Duration("body-timeout", 0, "how long a call may take to send its request body (0 = 10s); slower bodies are answered InvalidRequest")
	catalogFile := fs.String("ecm-catalog", "", "JSON file of the ECM regions and zones to serve (default: those of the API document's examples)")
	computeFile := fs.String("ecm-compute-catalog", "", "JSON file of the ECM instance types, account limits and public images to serve (default: the API document's examples)")
	quiet := fs.Bool("quiet", false, "do not log one line per API call")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: edgecloud-sandbox [flags]\n\nServes the Tencent Cloud API 3.0 (ECM) at /, Huawei Cloud TaurusDB under /v3/ and a test-control surface at /_sandbox/:\n"+
			"health, reset, faults, ratelimit, calls, refused, limits, credentials (see internal/sandbox/control.go).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *secretKey == "" {
		*secretKey = envOr(envSecretKey, defaultSecretKey)
	}
	if err := checkListen(*listen, *allowRemote); err != nil {
		fmt.Fprintln(stderr, "edgecloud-sandbox:", err)
		return 2
	}
	var catalog *ecm.Catalog
	if *catalogFile != "" {
		data, err := os.ReadFile(*catalogFile)
		if err == nil {
			var c ecm.Catalog
			if c, err = ecm.ParseCatalog(data); err == nil {
				catalog = &c
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "edgecloud-sandbox: -ecm-catalog:", err)
			return 2
		}
	}
	var compute *ecm.ComputeCatalog
	if *computeFile != "" {
		data, err := os.ReadFile(*computeFile)
		if err == nil {
			var c ecm.ComputeCatalog
			if c, err = ecm.ParseComputeCatalog(data); err == nil {
				compute = &c
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "edgecloud-sandbox: -ecm-compute-catalog:", err)
			return 2
		}
	}
	var logger *log.Logger
	if !*quiet {
		logger = log.New(stderr, "edgecloud-sandbox ", log.LstdFlags|log.Lmicroseconds)
	}
	sb, err := sandbox.New(sandbox.Options{
		Credentials:       map[string]string{*secretID: *secretKey},
		TaskDuration:      *taskDuration,
		StateFile:         *stateFile,
		RateLimit:         *rateLimit,
		Limits:            limits,
		Latency:           *latency,
		BodyTimeout:       *bodyTimeout,
		ECMCatalog:        catalog,
		ECMComputeCatalog: compute,
		Logger:            logger,
	})
	if err != nil {
		fmt.Fprintln(stderr, "edgecloud-sandbox:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintln(stderr, "edgecloud-sandbox:", err)
		return 1
	}
	// Headers must arrive within ReadHeaderTimeout; the body within
	// -body-timeout (the sandbox sets the connection's read deadline per call,
	// and clears it so that latency faults may exceed it).
	srv := &http.Server{Handler: sb, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	fmt.Fprintf(stdout, "edgecloud-sandbox listening on http://%s (secret id %s)\n", ln.Addr(), *secretID)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintln(stderr, "edgecloud-sandbox:", err)
		return 1
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		_ = srv.Close()
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "edgecloud-sandbox:", err)
		return 1
	}
	fmt.Fprintln(stdout, "edgecloud-sandbox stopped")
	return 0
}

// checkListen refuses non-loopback addresses unless allowed: the sandbox
// accepts a well-known key pair and must not be reachable from elsewhere.
func checkListen(addr string, allowRemote bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("invalid -listen %q: %w", addr, err)
	}
	if allowRemote || host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("-listen %q is not a loopback address; pass -allow-non-loopback to listen there anyway", addr)
}

// limitFlag collects repeated -limit name=value flags.
type limitFlag map[string]int

func (l limitFlag) String() string {
	names := make([]string, 0, len(l))
	for n := range l {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := make([]string, 0, len(names))
	for _, n := range names {
		parts = append(parts, n+"="+strconv.Itoa(l[n]))
	}
	return strings.Join(parts, ",")
}

func (l limitFlag) Set(v string) error {
	name, value, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf("want name=value, e.g. ecm.vpcs_per_region=10000")
	}
	n, err := strconv.Atoi(strings.TrimSpace(value))
	if err != nil || n < 0 {
		return fmt.Errorf("the value of %s must be a non-negative integer", name)
	}
	l[strings.TrimSpace(name)] = n
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
