package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
)

// fixturesPrefix is where fixtures are created: POST /_sandbox/fixtures/<product>.
const fixturesPrefix = "fixtures/"

// AddFixtures creates objects that no documented action creates in product (host.Fixtures): body
// is the product's JSON fixture document, the answer the JSON of what was created. The state is
// persisted afterwards.
func (s *Sandbox) AddFixtures(product string, body []byte) (json.RawMessage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var fx host.Fixtures
	var names []string
	for _, p := range s.products {
		if f, ok := p.state.(host.Fixtures); ok {
			names = append(names, p.name)
			if p.name == product {
				fx = f
			}
		}
	}
	if fx == nil {
		return nil, fmt.Errorf("no product %q takes fixtures (those that do: %s)", product, strings.Join(names, ", "))
	}
	now := s.now()
	for _, p := range s.products {
		p.state.Settle(now)
	}
	created, err := fx.AddFixtures(now, body)
	if err != nil {
		return nil, fmt.Errorf("%s fixtures: %w", product, err)
	}
	s.persistLocked()
	out, err := json.Marshal(created)
	if err != nil {
		return nil, fmt.Errorf("%s fixtures: encoding the answer: %w", product, err)
	}
	return out, nil
}

func (s *Sandbox) serveFixtures(w http.ResponseWriter, r *http.Request, product string) {
	if !allowMethods(w, r, http.MethodPost) {
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		controlError(w, http.StatusBadRequest, err)
		return
	}
	out, err := s.AddFixtures(product, body)
	if err != nil {
		controlError(w, http.StatusBadRequest, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(append(out, '\n'))
}

// mountREST serves a REST front door (Huawei Cloud's) for the paths under prefix ("/v3/"); the
// Tencent API 3.0 keeps "/". Mounting a prefix again replaces its handler (a test's fake front
// door replaces the TaurusDB one).
func (s *Sandbox) mountREST(prefix string, h http.Handler) {
	for i := range s.rest {
		if s.rest[i].prefix == prefix {
			s.rest[i].handler = h
			return
		}
	}
	s.rest = append(s.rest, restMount{prefix: prefix, handler: h})
}

type restMount struct {
	prefix  string
	handler http.Handler
}
