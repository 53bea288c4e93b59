package sandbox_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox"
)

// fixtureSection is a product whose objects only fixtures create.
type fixtureSection struct {
	names []string
}

func (f *fixtureSection) Settle(time.Time) bool  { return false }
func (f *fixtureSection) Reset()                 { f.names = nil }
func (f *fixtureSection) Save() ([]byte, error)  { return json.Marshal(f.names) }
func (f *fixtureSection) Load(data []byte) error { return json.Unmarshal(data, &f.names) }
func (f *fixtureSection) AddFixtures(_ time.Time, body []byte) (any, error) {
	var doc struct {
		Names []string `json:"names"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, err
	}
	if len(doc.Names) == 0 {
		return nil, errors.New("names is empty")
	}
	f.names = append(f.names, doc.Names...)
	return map[string]int{"total": len(f.names)}, nil
}

func TestFixtures_ControlSurfaceCreatesObjectsOfTheProduct(t *testing.T) {
	sec := &fixtureSection{}
	rest := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "rest "+r.URL.Path) })
	sb, err := sandbox.NewWithREST(Options{Credentials: map[string]string{testSecretID: testSecretKey}}, "/v3/", rest, "fake", sec)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(sb)
	defer srv.Close()

	post := func(path, body string) (int, string) {
		resp, err := http.Post(srv.URL+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := post("/_sandbox/fixtures/fake", `{"names":["a","b"]}`); code != 200 || !strings.Contains(body, `"total":2`) {
		t.Fatalf("fixtures: %d %s", code, body)
	}
	if code, body := post("/_sandbox/fixtures/fake", `{"names":[]}`); code != 400 || !strings.Contains(body, "names is empty") {
		t.Fatalf("a rejected fixture must be a 400 with the product's reason: %d %s", code, body)
	}
	if code, body := post("/_sandbox/fixtures/ecm", `{}`); code != 400 || !strings.Contains(body, "fake") {
		t.Fatalf("a product without fixtures must be refused, naming those that take them: %d %s", code, body)
	}
	if out, err := sb.AddFixtures("fake", []byte(`{"names":["c"]}`)); err != nil || string(out) != `{"total":3}` {
		t.Fatalf("AddFixtures: %s %v", out, err)
	}
	resp, err := http.Get(srv.URL + "/v3/p/instances")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "rest /v3/p/instances" {
		t.Fatalf("the REST mount did not serve its prefix: %q", b)
	}
	sb.Reset()
	if len(sec.names) != 0 {
		t.Fatal("Reset must forget fixtures")
	}
}
