// Command bench-scale measures the provider at scale against the sandbox and prints the figures
// (it asserts nothing): `make bench-scale`.
//
// It builds the provider (into a local filesystem mirror, as make demo does) and the sandbox,
// starts the sandbox on loopback with the documented 20 requests/s per action and a latency on
// every call, and for N EIPs (and N VPCs with a subnet each) at each -parallelism prints apply,
// refresh and destroy wall time, API calls per action, calls the sandbox refused, and throttling
// errors that reached Terraform. Then it runs several Terraform processes applying EIPs at once on
// one key, with the machine-local shared rate limiter on and then off. Finally the provider's
// start-up time until it answers the plugin handshake.
//
//	go run ./scripts/bench-scale -n 100,1000 -parallelism 10,50
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	version  = "0.0.1"
	secretID = "AKIDbenchSANDBOX"
	region   = "ap-hangzhou-ecm"
)

var (
	flagN        = flag.String("n", "100,1000", "comma-separated stack sizes")
	flagPar      = flag.String("parallelism", "10,50", "comma-separated terraform -parallelism values")
	flagLatency  = flag.Duration("latency", 50*time.Millisecond, "sandbox latency on every call")
	flagRate     = flag.Float64("rate", 20, "sandbox requests/second per action (the documented limit)")
	flagTask     = flag.Duration("task-duration", time.Second, "sandbox async task duration")
	flagProcs    = flag.Int("procs", 5, "terraform processes sharing one key in the multi-process run")
	flagProcEIPs = flag.Int("proc-eips", 100, "EIPs each of those processes applies")
	flagVPCs     = flag.Bool("vpcs", true, "also measure N VPCs with a subnet each")
	flagWork     = flag.String("work", ".bench", "work directory (recreated)")
)

func main() {
	flag.Parse()
	root, err := os.Getwd()
	check(err)
	b := &bench{root: root, work: filepath.Join(root, *flagWork), terraform: os.Getenv("TERRAFORM")}
	if b.terraform == "" {
		b.terraform, err = exec.LookPath("terraform")
		check(err)
	}
	check(os.RemoveAll(b.work))
	b.build()
	fmt.Printf("# bench-scale %s, %d cores, sandbox %.0f req/s per action, %s latency per call, %s tasks\n\n",
		time.Now().UTC().Format("2006-01-02 15:04"), runtime.NumCPU(), *flagRate, *flagLatency, *flagTask)

	fmt.Println("| stack | -parallelism | phase | wall | calls | Describe* of the type | refused | throttling errors in Terraform | top actions |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, n := range ints(*flagN) {
		for _, p := range ints(*flagPar) {
			b.stack(fmt.Sprintf("%d EIPs", n), eipStack(n), p, "DescribeAddresses")
			if *flagVPCs {
				b.stack(fmt.Sprintf("%d VPCs+subnets", n), vpcStack(n), p, "DescribeVpcs")
			}
		}
	}
	fmt.Println()
	fmt.Printf("## %d Terraform processes, one key, %d EIPs each\n\n", *flagProcs, *flagProcEIPs)
	fmt.Println("| shared limiter | wall | calls | refused | refused % | throttling errors in Terraform | AllocateAddresses rate (of the limit) |")
	fmt.Println("|---|---|---|---|---|---|---|")
	b.processes(true)
	b.processes(false)
	fmt.Println()
	b.startup()
}

type bench struct {
	root, work, terraform string
	sandboxBin            string
	rc                    string // TF_CLI_CONFIG_FILE
}

func (b *bench) build() {
	platform := runtime.GOOS + "_" + runtime.GOARCH
	mirror := filepath.Join(b.work, "mirror/registry.terraform.io/edgecloud/edgecloud", version, platform)
	check(os.MkdirAll(mirror, 0o755))
	run(b.root, nil, "go", "build", "-o", filepath.Join(mirror, "terraform-provider-edgecloud_v"+version), ".")
	b.sandboxBin = filepath.Join(b.work, "edgecloud-sandbox")
	run(b.root, nil, "go", "build", "-o", b.sandboxBin, "./cmd/edgecloud-sandbox")
	b.rc = filepath.Join(b.work, "terraformrc")
	check(os.WriteFile(b.rc, []byte(fmt.Sprintf(`provider_installation {
  filesystem_mirror {
    path    = %q
    include = ["registry.terraform.io/edgecloud/*"]
  }
  direct {
    exclude = ["registry.terraform.io/edgecloud/*"]
  }
}
`, filepath.Join(b.work, "mirror"))), 0o644))
}

// sandbox is one running sandbox process.
type sandbox struct {
	cmd *exec.Cmd
	url string
	key string
}

func (b *bench) startSandbox() *sandbox {
	key := fmt.Sprintf("bench-%d", time.Now().UnixNano())
	args := []string{"-listen", "127.0.0.1:0", "-secret-id", secretID, "-secret-key", key, "-quiet",
		"-rate-limit", fmt.Sprint(*flagRate), "-task-duration", flagTask.String(), "-latency", flagLatency.String()}
	for _, l := range []string{"ecm.vpcs_per_region=100000", "ecm.subnets_per_vpc=1000", "ecm.eips_per_region=100000", "ecm.eip_daily_allocations=1000000"} {
		args = append(args, "-limit", l)
	}
	cmd := exec.Command(b.sandboxBin, args...)
	out, err := cmd.StdoutPipe()
	check(err)
	cmd.Stderr = os.Stderr
	check(cmd.Start())
	sc := bufio.NewScanner(out)
	re := regexp.MustCompile(`listening on (http://\S+)`)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			go func() { _, _ = io.Copy(io.Discard, out) }()
			return &sandbox{cmd: cmd, url: m[1], key: key}
		}
	}
	check(fmt.Errorf("the sandbox did not print its address"))
	return nil
}

func (s *sandbox) stop() { _ = s.cmd.Process.Kill(); _ = s.cmd.Wait() }

func (s *sandbox) counts(path string) map[string]int {
	resp, err := http.Get(s.url + path)
	check(err)
	defer resp.Body.Close()
	m := map[string]int{}
	check(json.NewDecoder(resp.Body).Decode(&m))
	return m
}

func (b *bench) env(s *sandbox, extra ...string) []string {
	return append(append(os.Environ(),
		"TF_CLI_CONFIG_FILE="+b.rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		"TENCENTCLOUD_SECRET_ID="+secretID, "TENCENTCLOUD_SECRET_KEY="+s.key,
		"EDGECLOUD_ENDPOINT_ECM="+s.url, "EDGECLOUD_ECM_REGION="+region), extra...)
}

// stack applies, refreshes and destroys one configuration and prints a row per phase.
func (b *bench) stack(label, config string, parallelism int, describe string) {
	s := b.startSandbox()
	defer s.stop()
	dir := filepath.Join(b.work, "stack")
	check(os.RemoveAll(dir))
	check(os.MkdirAll(dir, 0o755))
	check(os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o644))
	env := b.env(s)
	b.tf(dir, env, "init", "-input=false")
	par := fmt.Sprintf("-parallelism=%d", parallelism)
	for _, phase := range []struct {
		name string
		args []string
	}{
		{"apply", []string{"apply", "-input=false", "-auto-approve", par}},
		{"refresh", []string{"plan", "-refresh-only", "-input=false", par}},
		{"destroy", []string{"destroy", "-input=false", "-auto-approve", par}},
	} {
		calls0, refused0 := s.counts("/_sandbox/calls"), s.counts("/_sandbox/refused")
		start := time.Now()
		out := b.tf(dir, env, phase.args...)
		wall := time.Since(start)
		calls, refused := diff(calls0, s.counts("/_sandbox/calls")), diff(refused0, s.counts("/_sandbox/refused"))
		fmt.Printf("| %s | %d | %s | %.1f s | %d | %d | %d | %d | %s |\n", label, parallelism, phase.name, wall.Seconds(),
			sum(calls), calls["ecm."+describe], sum(refused), strings.Count(out, "RequestLimitExceeded"), top(calls, 4))
	}
}

// processes runs *flagProcs Terraform processes at once on one key and one sandbox.
func (b *bench) processes(shared bool) {
	s := b.startSandbox()
	defer s.stop()
	limiterDir := filepath.Join(b.work, "limiter")
	check(os.RemoveAll(limiterDir))
	env := b.env(s, fmt.Sprintf("EDGECLOUD_SHARED_RATE_LIMIT=%t", shared), "EDGECLOUD_RATE_LIMIT_DIR="+limiterDir)
	dirs := make([]string, *flagProcs)
	for i := range dirs {
		dirs[i] = filepath.Join(b.work, fmt.Sprintf("proc-%d", i))
		check(os.RemoveAll(dirs[i]))
		check(os.MkdirAll(dirs[i], 0o755))
		check(os.WriteFile(filepath.Join(dirs[i], "main.tf"), []byte(eipStack(*flagProcEIPs)), 0o644))
		b.tf(dirs[i], env, "init", "-input=false")
	}
	calls0, refused0 := s.counts("/_sandbox/calls"), s.counts("/_sandbox/refused")
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	throttled := 0
	for _, d := range dirs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := b.tf(d, env, "apply", "-input=false", "-auto-approve", "-parallelism=10")
			mu.Lock()
			throttled += strings.Count(out, "RequestLimitExceeded")
			mu.Unlock()
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	calls, refused := diff(calls0, s.counts("/_sandbox/calls")), diff(refused0, s.counts("/_sandbox/refused"))
	allocs := float64(*flagProcs * *flagProcEIPs)
	// AllocateAddresses is the bottleneck action: its share of the limit is the useful throughput.
	rate := allocs / wall.Seconds()
	fmt.Printf("| %t | %.1f s | %d | %d | %.1f %% | %d | %.1f/s (%.0f %%) |\n", shared, wall.Seconds(), sum(calls), sum(refused),
		100*float64(sum(refused))/float64(max(1, sum(calls))), throttled, rate, 100*rate / *flagRate)
	for _, d := range dirs {
		b.tf(d, env, "destroy", "-input=false", "-auto-approve", "-parallelism=10")
	}
}

// startup measures how long the provider binary takes to answer the plugin handshake.
func (b *bench) startup() {
	bin := filepath.Join(b.work, "mirror/registry.terraform.io/edgecloud/edgecloud", version, runtime.GOOS+"_"+runtime.GOARCH, "terraform-provider-edgecloud_v"+version)
	var times []time.Duration
	for range 5 {
		cmd := exec.Command(bin)
		cmd.Env = append(os.Environ(), "TF_PLUGIN_MAGIC_COOKIE=d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
			"PLUGIN_PROTOCOL_VERSIONS=6", "PLUGIN_MIN_PORT=10000", "PLUGIN_MAX_PORT=25000")
		out, err := cmd.StdoutPipe()
		check(err)
		start := time.Now()
		check(cmd.Start())
		line, _ := bufio.NewReader(out).ReadString('\n')
		times = append(times, time.Since(start))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if !strings.HasPrefix(line, "1|6|") {
			fmt.Printf("provider handshake: unexpected %q\n", line)
			return
		}
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	fmt.Printf("## Provider start-up\n\nplugin handshake answered after %s (median of 5; min %s, max %s)\n",
		times[2].Round(time.Millisecond), times[0].Round(time.Millisecond), times[4].Round(time.Millisecond))
}

func (b *bench) tf(dir string, env []string, args ...string) string {
	cmd := exec.Command(b.terraform, append([]string{"-chdir=" + dir}, append(args, "-no-color")...)...)
	cmd.Env = env
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "terraform %s failed: %v\n%s\n", strings.Join(args, " "), err, tail(buf.String(), 40))
	}
	return buf.String()
}

func eipStack(n int) string {
	return fmt.Sprintf(`terraform {
  required_providers {
    edgecloud = { source = "edgecloud/edgecloud" }
  }
}

resource "edgecloud_ecm_eip" "e" {
  count                      = %d
  internet_max_bandwidth_out = 1
}
`, n)
}

func vpcStack(n int) string {
	return fmt.Sprintf(`terraform {
  required_providers {
    edgecloud = { source = "edgecloud/edgecloud" }
  }
}

resource "edgecloud_ecm_vpc" "v" {
  count      = %[1]d
  vpc_name   = "bench-${count.index}"
  cidr_block = "10.${floor(count.index / 256)}.${count.index %% 256}.0/24"
}

resource "edgecloud_ecm_subnet" "s" {
  count       = %[1]d
  vpc_id      = edgecloud_ecm_vpc.v[count.index].id
  subnet_name = "bench-${count.index}"
  cidr_block  = "10.${floor(count.index / 256)}.${count.index %% 256}.0/25"
  zone        = "%[2]s-1"
}
`, n, region)
}

func diff(before, after map[string]int) map[string]int {
	d := map[string]int{}
	for k, v := range after {
		if v-before[k] != 0 {
			d[k] = v - before[k]
		}
	}
	return d
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func top(m map[string]int, k int) string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || (m[keys[i]] == m[keys[j]] && keys[i] < keys[j]) })
	var parts []string
	for _, key := range keys[:min(k, len(keys))] {
		parts = append(parts, fmt.Sprintf("%s %d", strings.TrimPrefix(key, "ecm."), m[key]))
	}
	return strings.Join(parts, ", ")
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		check(err)
		out = append(out, n)
	}
	return out
}

func tail(s string, lines int) string {
	all := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(all[max(0, len(all)-lines):], "\n")
}

func run(dir string, env []string, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, os.Stderr, os.Stderr
	if env != nil {
		cmd.Env = env
	}
	check(cmd.Run())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-scale:", err)
		os.Exit(1)
	}
}
