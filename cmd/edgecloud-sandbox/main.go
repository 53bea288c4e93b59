// Command edgecloud-sandbox runs the local cloud API emulator that the
// edgecloud Terraform provider's demo and acceptance tests talk to.
//
//	edgecloud-sandbox [-listen 127.0.0.1:8787] [-secret-id ID] [-secret-key KEY]
//	                  [-task-duration 2s] [-state-file FILE] [-rate-limit 20] [-quiet]
//
// The Tencent Cloud API 3.0 is served at "/", the test-control surface at
// "/_sandbox/" (reset, faults, ratelimit, calls, health).
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
	"syscall"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
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
	quiet := fs.Bool("quiet", false, "do not log one line per API call")
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
	var logger *log.Logger
	if !*quiet {
		logger = log.New(stderr, "edgecloud-sandbox ", log.LstdFlags|log.Lmicroseconds)
	}
	sb, err := sandbox.New(sandbox.Options{
		Credentials:  map[string]string{*secretID: *secretKey},
		TaskDuration: *taskDuration,
		StateFile:    *stateFile,
		RateLimit:    *rateLimit,
		Logger:       logger,
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
	srv := &http.Server{Handler: sb, ReadHeaderTimeout: 10 * time.Second}
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

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
