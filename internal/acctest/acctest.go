// Package acctest runs acceptance tests against the in-process sandbox by default, or against the
// real clouds when EDGECLOUD_ACC_REAL=1 and real credentials are set. Tests use the same provider
// and the same configurations in both modes; only fault injection is sandbox-only.
package acctest

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent/ecm"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/conn"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/provider"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// ProtoV6ProviderFactories serves the provider in-process to terraform-plugin-testing.
var ProtoV6ProviderFactories = map[string]func() (tfprotov6.ProviderServer, error){
	"edgecloud": providerserver.NewProtocol6WithError(provider.New("acctest")()),
}

// Sandbox settings. The task duration is short but not zero, so every wait sees RUNNING at least once.
const (
	sandboxSecretID     = "AKIDacctestSANDBOX"
	sandboxSecretKey    = "acctest-sandbox-secret-key"
	sandboxTaskDuration = 300 * time.Millisecond
	defaultECMRegion    = "ap-hangzhou-ecm"
	// defaultRegion is the Tencent Cloud region of the VPC and EdgeZone tests.
	defaultRegion = "ap-guangzhou"
	// defaultHuaweiRegion and defaultHuaweiProject are the Huawei Cloud region and project of the
	// TaurusDB tests (the project is seed 004's example's).
	defaultHuaweiRegion  = "cn-north-4"
	defaultHuaweiProject = "0483b6b16e954cb88930a360d2c4e663"
)

var (
	sb       *sandbox.Sandbox
	startErr error
)

// IsReal reports whether the tests talk to the real cloud.
func IsReal() bool { return os.Getenv("EDGECLOUD_ACC_REAL") == "1" }

// PreCheck prepares the environment the provider reads: the sandbox endpoint and credentials, or,
// in real mode, checks that credentials are there. It also pins the terraform binary so that
// terraform-plugin-testing never tries to download one.
func PreCheck(t *testing.T) {
	t.Helper()
	if os.Getenv("TF_ACC_TERRAFORM_PATH") == "" {
		tf, err := exec.LookPath("terraform")
		if err != nil {
			t.Fatal("no terraform CLI: install Terraform 1.x on the PATH or set TF_ACC_TERRAFORM_PATH (tests never download it)")
		}
		os.Setenv("TF_ACC_TERRAFORM_PATH", tf)
	}
	if IsReal() {
		for _, v := range []string{"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "EDGECLOUD_ECM_REGION"} {
			if os.Getenv(v) == "" {
				t.Fatalf("EDGECLOUD_ACC_REAL=1 needs %s", v)
			}
		}
		return
	}
	startSandbox()
	if startErr != nil {
		t.Fatalf("starting the sandbox: %v", startErr)
	}
}

var startSandboxOnce sync.Once

func startSandbox() {
	startSandboxOnce.Do(func() {
		var logger *log.Logger
		if os.Getenv("EDGECLOUD_SANDBOX_LOG") != "" {
			logger = log.New(os.Stderr, "sandbox: ", log.Lmicroseconds)
		}
		sb, startErr = sandbox.New(sandbox.Options{
			Credentials:  map[string]string{sandboxSecretID: sandboxSecretKey},
			TaskDuration: sandboxTaskDuration,
			Logger:       logger,
			// One test binary runs many tests against one account at once, for the whole day:
			// the documented EIP quotas (20 held, 40 allocated a day) would be the tests'
			// sum, not any one test's. Tests of the quotas themselves lower them (SetLimit).
			Limits: map[string]int{"ecm.eips_per_region": 500, "ecm.eip_daily_allocations": 100_000},
		})
		if startErr != nil {
			return
		}
		srv := httptest.NewServer(sb) // loopback only
		for k, v := range map[string]string{
			"TENCENTCLOUD_SECRET_ID":      sandboxSecretID,
			"TENCENTCLOUD_SECRET_KEY":     sandboxSecretKey,
			"EDGECLOUD_ENDPOINT_ECM":      srv.URL,
			"EDGECLOUD_ENDPOINT_VPC":      srv.URL,
			"EDGECLOUD_ENDPOINT_EDGEZONE": srv.URL,
			"EDGECLOUD_ECM_REGION":        defaultECMRegion,
			"TENCENTCLOUD_REGION":         defaultRegion,
			// Huawei Cloud (TaurusDB): the sandbox checks its signatures with the same key pairs.
			"HW_ACCESS_KEY":               sandboxSecretID,
			"HW_SECRET_KEY":               sandboxSecretKey,
			"HW_REGION_NAME":              defaultHuaweiRegion,
			"HW_PROJECT_ID":               defaultHuaweiProject,
			"EDGECLOUD_ENDPOINT_TAURUSDB": srv.URL,
		} {
			os.Setenv(k, v)
		}
	})
}

// Sandbox returns the in-process sandbox, skipping the test in real mode: use it only for steps that
// inject faults or read call counts.
func Sandbox(t *testing.T) *sandbox.Sandbox {
	t.Helper()
	if IsReal() {
		t.Skip("fault injection needs the sandbox; skipped against the real cloud")
	}
	PreCheck(t)
	return sb
}

// ECMRegion is the region tests create objects in.
func ECMRegion() string {
	if r := os.Getenv("EDGECLOUD_ECM_REGION"); r != "" {
		return r
	}
	return defaultECMRegion
}

// Region is the Tencent Cloud region the VPC and EdgeZone tests use.
func Region() string {
	if r := os.Getenv("TENCENTCLOUD_REGION"); r != "" {
		return r
	}
	return defaultRegion
}

// HuaweiRegion is the Huawei Cloud region the TaurusDB tests use.
func HuaweiRegion() string {
	if r := os.Getenv("HW_REGION_NAME"); r != "" {
		return r
	}
	return defaultHuaweiRegion
}

// HuaweiProjectID is the Huawei Cloud project the TaurusDB tests use.
func HuaweiProjectID() string {
	if p := os.Getenv("HW_PROJECT_ID"); p != "" {
		return p
	}
	return defaultHuaweiProject
}

// Fixtures creates objects that no documented action creates (host.Fixtures: the VPC service's
// ENIs, EdgeZone's servers, TaurusDB's instances and EIPs) in the sandbox's product, from doc (a
// value marshalled to the product's fixture document), and decodes what was created into out
// (may be nil). Against the real cloud such objects must already exist: the test fails, naming
// the environment variable that should carry them (realHint).
func Fixtures(t *testing.T, product string, doc, out any, realHint string) {
	t.Helper()
	if IsReal() {
		t.Fatalf("this test needs pre-existing %s objects against the real cloud: %s", product, realHint)
	}
	PreCheck(t)
	body, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	created, err := sb.AddFixtures(product, body)
	if err != nil {
		t.Fatalf("creating %s fixtures: %v", product, err)
	}
	if out != nil {
		if err := json.Unmarshal(created, out); err != nil {
			t.Fatalf("decoding the %s fixtures created: %v (%s)", product, err, created)
		}
	}
}

// Zone is the availability zone tests create subnets in: EDGECLOUD_ACC_ZONE, or the region's
// first zone ("<region>-1", the naming the API document's examples use).
func Zone() string {
	if z := os.Getenv("EDGECLOUD_ACC_ZONE"); z != "" {
		return z
	}
	return ECMRegion() + "-1"
}

// Conn is the provider's clients built from the same environment the provider reads, for checks,
// sweepers and deleting objects behind Terraform's back.
func Conn() *conn.Conn {
	connOnce.Do(func() {
		cfg := envConfig()
		// Checks must see what exists now, whatever another process just did: no batched reads
		// and no listing snapshots.
		testConn = conn.NewWithOptions(cfg, ECMRegion(), ecm.Options{DirectReads: true}).WithHuawei(huaweiEnvConfig())
	})
	return testConn
}

var (
	connOnce sync.Once
	testConn *conn.Conn
)

// NamePrefix starts the name of every object the acceptance tests create; sweepers delete what
// carries it.
const NamePrefix = "tf-acc-"

// Name returns a unique, recognisable name for test objects (tf-acc-<label>-<n>).
func Name(label string) string {
	return fmt.Sprintf("%s%s-%d", NamePrefix, label, time.Now().UnixNano()%1_000_000)
}

// FreshConn is a new set of clients, as one Terraform command's provider instance has: its own
// memo and counters (plan-time checks), its own batched readers.
func FreshConn() *conn.Conn { return conn.New(envConfig(), ECMRegion()).WithHuawei(huaweiEnvConfig()) }

// envConfig is the request-path configuration from the environment the provider reads.
func envConfig() tencent.Config {
	return tencent.Config{
		SecretID:      os.Getenv("TENCENTCLOUD_SECRET_ID"),
		SecretKey:     os.Getenv("TENCENTCLOUD_SECRET_KEY"),
		SecurityToken: os.Getenv("TENCENTCLOUD_SECURITY_TOKEN"),
		Region:        os.Getenv("TENCENTCLOUD_REGION"),
		Endpoints: map[string]string{"ecm": os.Getenv("EDGECLOUD_ENDPOINT_ECM"), "vpc": os.Getenv("EDGECLOUD_ENDPOINT_VPC"),
			"edgezone": os.Getenv("EDGECLOUD_ENDPOINT_EDGEZONE")},
		MaxRetries: 10,
	}
}

// huaweiEnvConfig is the Huawei request-path configuration from the environment the provider reads.
func huaweiEnvConfig() huawei.Config {
	return huawei.Config{
		AccessKey:     os.Getenv("HW_ACCESS_KEY"),
		SecretKey:     os.Getenv("HW_SECRET_KEY"),
		SecurityToken: os.Getenv("HW_SECURITY_TOKEN"),
		Region:        os.Getenv("HW_REGION_NAME"),
		ProjectID:     os.Getenv("HW_PROJECT_ID"),
		Endpoints:     map[string]string{huawei.ServiceTaurusDB: os.Getenv("EDGECLOUD_ENDPOINT_TAURUSDB")},
		MaxRetries:    10,
	}
}
