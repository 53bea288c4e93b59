package redact

import (
	"strings"
	"testing"
)

func TestJSONRedactsAtAnyDepth(t *testing.T) {
	secret := func(k string) bool { return k == "Password" || k == "UserData" }
	got, secrets := JSON([]byte(`{"A":{"Password":"hunter2"},"L":[[{"UserData":"c2VjcmV0"}]],"Name":"ok"}`), secret)
	if strings.Contains(got, "hunter2") || strings.Contains(got, "c2VjcmV0") || !strings.Contains(got, `"Name":"ok"`) {
		t.Fatalf("redacted body: %s", got)
	}
	if len(secrets) != 2 {
		t.Fatalf("secrets %v, want both values", secrets)
	}
	if s, _ := JSON(nil, secret); s != "" {
		t.Fatalf("empty body: %q", s)
	}
	if s, _ := JSON([]byte("not json"), secret); s != "<unparsable body>" {
		t.Fatalf("unparsable body: %q", s)
	}
}

func TestMaskAndExcerpt(t *testing.T) {
	if got := Mask("key sk-1 rejected", []string{"", "sk-1"}); got != "key *** rejected" {
		t.Fatalf("Mask = %q", got)
	}
	if got := Excerpt([]byte("<p>\n  a\n</p>"), 100); got != "<p> a </p>" {
		t.Fatalf("Excerpt folds white space: %q", got)
	}
	if got := Excerpt([]byte("ééé"), 3); got != "é..." {
		t.Fatalf("Excerpt must cut on a rune boundary: %q", got)
	}
}
