package ecm

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// RunInstances input checks (passwords, host names, name patterns, security
// groups), shared with ResetInstances and the other instance actions.

// runInstancesCodes: codes of shared helpers that RunInstances' table lacks.
var runInstancesCodes = map[string]string{"MissingParameter.MissingModuleParameter": "MissingParameter"}

const passwordSpecials = "()~!@#$%^&-+=|{}[]:;',.?/"

// checkPassword applies the password rule: Linux minLinux..max characters of
// ≥2 classes, Windows minWindows..max of ≥3 (letters, digits, specials;
// anything else is refused).
func checkPassword(pw string, windows bool, minLinux, minWindows, maxLen int) *tencentapi.Error {
	return checkPasswordWith(pw, windows, minLinux, minWindows, maxLen, passwordSpecials)
}

// checkPasswordWith is checkPassword with another set of special characters.
func checkPasswordWith(pw string, windows bool, minLinux, minWindows, maxLen int, specialSet string) *tencentapi.Error {
	lo, need := minLinux, 2
	if windows {
		lo, need = minWindows, 3
	}
	bad := func(why string) *tencentapi.Error {
		return tencentapi.Errf("InvalidParameterValue.InvaildPassword", "The password %s: %d to %d characters of at least %d classes among letters, digits and %s.", why, lo, maxLen, need, specialSet)
	}
	if n := len(pw); n < lo || n > maxLen {
		return bad(fmt.Sprintf("is %d characters long", n))
	}
	var letters, digits, specials bool
	for _, r := range pw {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters = true
		case r >= '0' && r <= '9':
			digits = true
		case strings.ContainsRune(specialSet, r):
			specials = true
		default:
			return bad(fmt.Sprintf("contains %q", r))
		}
	}
	n := 0
	for _, b := range []bool{letters, digits, specials} {
		if b {
			n++
		}
	}
	if n < need {
		return bad(fmt.Sprintf("has %d classes", n))
	}
	return nil
}

var hostSegment = regexp.MustCompile(`^[A-Za-z0-9-]+$`)

func checkHostName(h string, windows bool) *tencentapi.Error {
	bad := func() *tencentapi.Error {
		return tencentapi.Errf("InvalidParameterValue.InvaildHostName", "The HostName %q is invalid: letters, digits and hyphens (dots separating segments on Linux), not starting or ending with . or -, no consecutive dots or hyphens; 2-15 characters, not only digits, on Windows; 2-60 otherwise.", h)
	}
	if strings.HasPrefix(h, ".") || strings.HasPrefix(h, "-") || strings.HasSuffix(h, ".") || strings.HasSuffix(h, "-") ||
		strings.Contains(h, "..") || strings.Contains(h, "--") {
		return bad()
	}
	if windows {
		if len(h) < 2 || len(h) > 15 || strings.Contains(h, ".") || !hostSegment.MatchString(h) || regexp.MustCompile(`^[0-9]+$`).MatchString(h) {
			return bad()
		}
		return nil
	}
	if len(h) < 2 || len(h) > 60 {
		return bad()
	}
	for _, seg := range strings.Split(h, ".") {
		if !hostSegment.MatchString(seg) {
			return bad()
		}
	}
	return nil
}

var namePattern = regexp.MustCompile(`\{R:(\d+)\}`)

// instanceNames names n instances from the InstanceName parameter.
func instanceNames(name string, n int) []string {
	out := make([]string, n)
	for k := range out {
		switch {
		case name == "":
			out[k] = notNamed
		case namePattern.MatchString(name):
			x, _ := strconv.Atoi(namePattern.FindStringSubmatch(name)[1])
			out[k] = namePattern.ReplaceAllLiteralString(name, strconv.Itoa(x+k))
		case n > 1:
			out[k] = name + strconv.Itoa(k+1)
		default:
			out[k] = name
		}
	}
	return out
}

// checkInstanceSGs validates security group IDs for an instance.
func (e *state) checkInstanceSGs(param string, ids []string, code, badCode string) ([]string, *tencentapi.Error) {
	ids = dedupeStrings(ids)
	if len(ids) > maxInstanceSGs {
		return nil, tencentapi.Errf(code, "At most %d security groups may be bound to an instance; got %d.", maxInstanceSGs, len(ids))
	}
	for k, id := range ids {
		if checkID(param, "esg", id, badCode) != nil {
			return nil, tencentapi.Errf(badCode, "The parameter %s.%d=%q is not a security group ID.", param, k, id)
		}
		if _, ok := e.SecurityGroups[id]; !ok {
			return nil, tencentapi.Errf(badCode, "The security group %s does not exist.", id)
		}
	}
	return ids, nil
}
