package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Entry is one row of an error-code table: a code and its (unwrapped) description.
type Entry struct {
	Code string
	Desc string
	Line int // 1-based line of the code in the seed
}

// Table kinds.
const (
	kindAction  = "action"
	kindCommon  = "common"
	kindService = "service"
	kindOther   = "other" // a table outside the action pages, e.g. the signature-failure codes
)

// Table is one error-code table found in a seed.
type Table struct {
	Kind    string // kindAction, kindCommon or kindService
	Action  string // for kindAction
	Label   string // for kindCommon: which of the document's common lists
	Line    int    // 1-based line of the table's header row
	Entries []Entry
}

// name describes the table in notes, e.g. "action RunInstances" or "common responses_page".
func (t *Table) name() string {
	return strings.TrimSpace(t.Kind + " " + t.Action + t.Label)
}

// Section is one action page ("1. API Description" up to the next one).
type Section struct {
	Start   int // 1-based line of "1. API Description" (1 for a seed that is one page without it)
	Action  string
	Version string
	Tables  int // how many "6. Error Code" tables were attributed to it
}

// TencentDoc is what parseTencent finds in one Tencent Cloud API seed.
type TencentDoc struct {
	Domain   string // e.g. "ecm.tencentcloudapi.com"
	Sections []Section
	Tables   []Table
	Notes    []string // parsing oddities, in document order
}

// The top-level Tencent Cloud error categories. A first token without a dot is taken as a code
// only if it is one of these (descriptions never start with them); a dotted token is a code
// whatever its category, and an unknown category is reported as a note.
var tencentCategories = map[string]bool{
	"ActionOffline": true, "AuthFailure": true, "DryRunOperation": true, "FailedOperation": true,
	"InternalError": true, "InvalidAction": true, "InvalidParameter": true, "InvalidParameterValue": true,
	"InvalidRequest": true, "IpInBlacklist": true, "IpNotInWhitelist": true, "LimitExceeded": true,
	"MissingParameter": true, "NoSuchProduct": true, "NoSuchVersion": true, "OperationDenied": true,
	"RequestLimitExceeded": true, "RequestSizeLimitExceeded": true, "ResourceInUse": true,
	"ResourceInsufficient": true, "ResourceNotFound": true, "ResourceUnavailable": true,
	"ResourcesSoldOut": true, "ResponseSizeLimitExceeded": true, "ServiceUnavailable": true,
	"UnauthorizedOperation": true, "UnknownParameter": true, "UnsupportedOperation": true,
	"UnsupportedProtocol": true, "UnsupportedRegion": true,
}

var (
	dottedCodeRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$`)
	footerRE     = regexp.MustCompile(`^©\d{4}-\d{4} Tencent Cloud\. All rights reserved\. Page \d+ of \d+$`)
	lastUpdRE    = regexp.MustCompile(`^(Last updated|Updated on)\s*[：:]?\s*\d{4}-\d{2}-\d{2}`)
	mdSepRE      = regexp.MustCompile(`^\|(\s*:?-+:?\s*\|)+$`)
	// "Action Yes String Common Params. The value used for this API: <Name>." with the cell
	// wrapped anywhere, and sometimes cut at the right edge of the PDF column ("The value" /
	// "API: AssignPrivateIpAddress").
	actionRE      = regexp.MustCompile(`Action\s+Yes\s+String\s+Common\s+Params\.\s+The\s+value(?:\s+used)?(?:\s+for)?(?:\s+this)?\s+API:`)
	versionRE     = regexp.MustCompile(`Version\s+Yes\s+String\s+Common\s+Params\.\s+The\s+value(?:\s+used)?(?:\s+for)?(?:\s+this)?\s+API:\s*(\d{4}\s*-\s*\d{2}\s*-\s*\d{2})`)
	nameRE        = regexp.MustCompile(`^[A-Za-z0-9]+\.?$`)
	domainRE      = regexp.MustCompile(`Domain name for API request:\s*([a-z0-9.\-]+\.tencentcloudapi\.com)`)
	wsRE          = regexp.MustCompile(`\s+`)
	loneWordRE    = regexp.MustCompile(`^[A-Za-z0-9]+$`)
	startsUpperRE = regexp.MustCompile(`^[A-Z][a-z]`)
	headerRE      = regexp.MustCompile(`^(?i)error code (error )?description$`)
	numPrefixRE   = regexp.MustCompile(`^\d+\.\s*`)
)

// joinWrapped appends a wrapped line to a description ("32-" + "bit" gives "32-bit").
func joinWrapped(desc, more string) string {
	if desc == "" {
		return more
	}
	if strings.HasSuffix(desc, "-") {
		return desc + more
	}
	return desc + " " + more
}

// Lines that end a table when met inside it (besides the next "1. API Description").
var tableTerminators = map[string]bool{
	"Help and Support":       true,
	"Was this page helpful?": true,
	"帮助和支持":                  true,
	"本页内容是否解决了您的问题?":         true,
	"Common Error Codes":     true,
	"Service Error Codes":    true,
	"Data Types":             true,
	"5. Developer Resources": true,
	"Error Code List":        true,
	"Feedback":               true,
	"Help us improve! Rate your documentation experience in 5 mins.": true,
}

// normalize trims a line (including non-breaking spaces) and turns a Markdown table row into
// space-separated cells, so that "| Code | Description |" reads like the PDF-extracted rows.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "|") && strings.HasSuffix(s, "|") && len(s) > 1 && !mdSepRE.MatchString(s) {
		cells := strings.Split(strings.Trim(s, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		s = strings.Join(cells, " ")
	}
	return wsRE.ReplaceAllString(s, " ")
}

// splitCode returns the code at the start of a table line, or "" if the line does not start
// with one. category reports the code's top-level category.
func splitCode(line string) (code, desc string) {
	first, rest, _ := strings.Cut(line, " ")
	if dottedCodeRE.MatchString(first) || tencentCategories[first] {
		return first, strings.TrimSpace(rest)
	}
	return "", ""
}

type lineKind int

const (
	lkText lineKind = iota
	lkBlank
	lkArtefact // URL, page footer, running header, page heading: skipped everywhere
	lkFooter   // the "© … Page N of M" footer: a page break
	lkMDSep    // Markdown table separator row
)

// classify marks every line. Page headings ("<Category> APIs" / "<Action>" / "Last updated：…")
// are the non-blank lines that run into a "Last updated" line; the PDF extraction drops them in
// the middle of whatever the page holds, so they are treated as artefacts.
func classify(lines []string) []lineKind {
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		switch {
		case l == "":
			kinds[i] = lkBlank
		case strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://"):
			kinds[i] = lkArtefact
		case l == "Edge Computing Machine":
			kinds[i] = lkArtefact
		case footerRE.MatchString(l):
			kinds[i] = lkFooter
		case mdSepRE.MatchString(l):
			kinds[i] = lkMDSep
		}
	}
	for i, l := range lines {
		if !lastUpdRE.MatchString(l) {
			continue
		}
		kinds[i] = lkArtefact
		for j := i - 1; j >= 0 && j >= i-3 && kinds[j] != lkBlank; j-- {
			kinds[j] = lkArtefact
		}
	}
	return kinds
}

// actionName reads the action name that follows "API:" in the text lines of a page: on the
// same line or the next, possibly wrapped over several lines, ended by a period. complete is
// false when no period ends it (the PDF cut the cell).
func actionName(rest string) (name string, complete bool) {
	ls := strings.Split(rest, "\n")
	first := strings.TrimSpace(ls[0])
	ls = ls[1:]
	if first == "" && len(ls) > 0 {
		first, ls = strings.TrimSpace(ls[0]), ls[1:]
	}
	name, _, _ = strings.Cut(first, " ")
	for !strings.HasSuffix(name, ".") && name == first && len(ls) > 0 && nameRE.MatchString(ls[0]) {
		name += ls[0]
		first = name
		ls = ls[1:]
	}
	if strings.HasSuffix(name, ".") {
		return strings.TrimSuffix(name, "."), true
	}
	return name, false
}

// headingFor finds, among the page headings of lines [start,end), a title that begins with the
// cut name prefix: each ECM page heading ends with the action's name.
func headingFor(lines []string, kinds []lineKind, start, end int, prefix string) string {
	if prefix == "" {
		return ""
	}
	for i := start + 1; i < end; i++ {
		if lastUpdRE.MatchString(lines[i]) && kinds[i-1] == lkArtefact {
			if t := lines[i-1]; strings.HasPrefix(t, prefix) && nameRE.MatchString(t) {
				return t
			}
		}
	}
	return ""
}

// parseTencent reads a Tencent Cloud API seed: its action pages, each page's "6. Error Code"
// table, and (in the ECM document) the common error-code lists and the service error-code
// chapter.
func parseTencent(text string) (*TencentDoc, error) {
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	lines := make([]string, len(raw))
	for i, l := range raw {
		lines[i] = normalize(l)
	}
	kinds := classify(lines)
	doc := &TencentDoc{}
	if m := domainRE.FindStringSubmatch(text); m != nil {
		doc.Domain = m[1]
	}

	// Sections: from each "1. API Description" to the next. A single-page seed without that
	// heading (the EdgeZone one) is one section.
	var starts []int
	for i, l := range lines {
		if l == "1. API Description" {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 {
		starts = []int{0}
	}
	sectionOf := make([]int, len(lines)) // -1 before the first section
	for i := range sectionOf {
		sectionOf[i] = -1
	}
	for s, start := range starts {
		end := len(lines)
		if s+1 < len(starts) {
			end = starts[s+1]
		}
		var b strings.Builder
		for i := start; i < end; i++ {
			sectionOf[i] = s
			if kinds[i] == lkText {
				b.WriteString(lines[i])
				b.WriteByte('\n')
			}
		}
		sec := Section{Start: start + 1}
		flat := b.String()
		if loc := actionRE.FindStringIndex(flat); loc != nil {
			name, complete := actionName(flat[loc[1]:])
			sec.Action = name
			if !complete {
				if full := headingFor(lines, kinds, start, end, name); full != "" {
					doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: the Action cell is cut (%q); the page heading gives %s", start+1, name, full))
					sec.Action = full
				} else {
					doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: the Action cell is cut (%q) and no page heading completes it", start+1, name))
				}
			}
		}
		if m := versionRE.FindStringSubmatch(flat); m != nil {
			sec.Version = wsRE.ReplaceAllString(m[1], "")
		}
		doc.Sections = append(doc.Sections, sec)
	}

	var (
		ctx       string // kind of the next table: set by the headings that precede a table
		prevText  string // the previous text line outside tables
		label     string // label of the next common list
		heading   string // the last short line that reads like a heading, outside tables
		labels    = map[string]int{}
		cur       *Table
		sawBlank  bool // a blank line since the last content line of the table
		sawArt    bool // a page-break artefact since the last content line of the table
		afterFoot bool // a page footer since the last content line of the table
		stray     string
	)
	endTable := func(i int, why string) {
		if cur == nil {
			return
		}
		if len(cur.Entries) == 0 {
			doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: empty %s table", cur.Line, cur.name()))
		}
		if why != "" {
			doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: %s table ends: %s", i+1, cur.name(), why))
		}
		doc.Tables = append(doc.Tables, *cur)
		stray = cur.name()
		cur = nil
	}

	for i, l := range lines {
		k := kinds[i]
		if cur != nil {
			switch {
			case k == lkBlank:
				sawBlank = true
				continue
			case k == lkArtefact:
				sawArt = true
				continue
			case k == lkFooter:
				sawArt, afterFoot = true, true
				continue
			case k == lkMDSep:
				continue
			case l == "1. API Description" || tableTerminators[l]:
				endTable(i, "")
			default:
				code, desc := splitCode(l)
				if code != "" {
					cur.Entries = append(cur.Entries, Entry{Code: code, Desc: desc, Line: i + 1})
					sawBlank, sawArt, afterFoot = false, false, false
					continue
				}
				last := len(cur.Entries) - 1
				switch {
				case last < 0:
					endTable(i, fmt.Sprintf("text before any code: %q", l))
				case afterFoot:
					// The table stopped at the page break; the next page holds something else
					// (the last ECM action is followed by the Data Types chapter).
					endTable(i, fmt.Sprintf("page break, then %q", l))
				case sawBlank && !sawArt && cur.Entries[last].Desc != "":
					endTable(i, "")
				case !sawBlank && strings.HasSuffix(cur.Entries[last].Desc, ".") && startsUpperRE.MatchString(l) && len(l) > 60:
					// A finished sentence followed, with no blank line, by a long new one: the
					// table ended and the extraction glued the next page's text to it.
					endTable(i, fmt.Sprintf("text glued to the last row: %q", l))
				default:
					e := &cur.Entries[last]
					if e.Desc == "" && loneWordRE.MatchString(l) {
						doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: %s followed by a lone word %q: a wrapped code?", i+1, e.Code, l))
					}
					e.Desc = joinWrapped(e.Desc, l)
					sawBlank, sawArt, afterFoot = false, false, false
					continue
				}
			}
		}

		// Outside a table.
		if k != lkText {
			continue
		}
		prev := prevText
		prevText = l
		if len(l) <= 40 && !strings.ContainsAny(l[len(l)-1:], ".;:,)") && !headerRE.MatchString(l) {
			heading = l
		}
		switch {
		case l == "1. API Description":
			ctx, stray = "", ""
			continue
		case l == "6. Error Code":
			ctx, stray = kindAction, ""
			continue
		case l == "Common Error Codes":
			// ECM has two: one on the "Responses" page of the introduction, one (longer) in
			// the final "Error Codes" chapter, under "Error Code List".
			ctx, stray, label = kindCommon, "", "responses_page"
			if prev == "Error Code List" {
				label = "error_codes_chapter"
			}
			continue
		case l == "Service Error Codes":
			ctx, stray = kindService, ""
			continue
		case headerRE.MatchString(l):
			t := &Table{Kind: ctx, Line: i + 1}
			s := sectionOf[i]
			if ctx == "" && s < 0 {
				ctx = kindOther
				t.Kind = kindOther
				t.Label = strings.Trim(strings.ToLower(wsRE.ReplaceAllString(numPrefixRE.ReplaceAllString(heading, ""), "_")), "_")
				if labels[t.Label]++; labels[t.Label] > 1 {
					t.Label = fmt.Sprintf("%s_%d", t.Label, labels[t.Label])
				}
			}
			switch ctx {
			case kindAction, "":
				if s < 0 || doc.Sections[s].Action == "" {
					return nil, fmt.Errorf("line %d: error-code table outside any action page", i+1)
				}
				if ctx == "" {
					doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: %s: error-code table without a \"6. Error Code\" heading", i+1, doc.Sections[s].Action))
				}
				t.Kind, t.Action = kindAction, doc.Sections[s].Action
				doc.Sections[s].Tables++
			case kindCommon:
				t.Label = label
			}
			cur, ctx, stray = t, "", ""
			sawBlank, sawArt, afterFoot = false, false, false
			continue
		}
		if stray != "" {
			if code, _ := splitCode(l); code != "" {
				doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: code-like line after the %s table: %q", i+1, stray, l))
			}
		}
	}
	endTable(len(lines), "")

	for _, t := range doc.Tables {
		for _, e := range t.Entries {
			cat, _, _ := strings.Cut(e.Code, ".")
			if !tencentCategories[cat] {
				doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: code %s has an unknown category %s", e.Line, e.Code, cat))
			}
			switch e.Desc {
			case "":
				doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: %s: %s has no description", e.Line, t.name(), e.Code))
			case e.Code:
				doc.Notes = append(doc.Notes, fmt.Sprintf("line %d: %s: %s's description repeats the code", e.Line, t.name(), e.Code))
			}
		}
	}
	return doc, nil
}

// HuaweiDoc is what parseHuawei finds in a Huawei Cloud API page.
type HuaweiDoc struct {
	Title       string            // e.g. "Querying an EIP"
	Method, URI string            // e.g. GET /v3/{project_id}/instances/{instance_id}/eip
	StatusCodes map[string]string // status code -> description
	ErrorCodes  []Entry           // the page's "Error Code" section (may be empty)
	Notes       []string
}

var (
	uriRE    = regexp.MustCompile(`^(GET|POST|PUT|PATCH|DELETE) (/v\d+(?:\.\d+)?/\S+)$`)
	statusRE = regexp.MustCompile(`^[1-5]\d\d$`)
	huaweiRE = regexp.MustCompile(`^([A-Z][A-Za-z0-9]*\.\d+)\s*(.*)$`) // e.g. DBS.200019
)

// parseHuawei reads a Huawei Cloud API page: its title, URI, the "Status Code" table and the
// "Error Code" section at the end of the page.
func parseHuawei(text string) (*HuaweiDoc, error) {
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if l = normalize(l); l != "" {
			lines = append(lines, l)
		}
	}
	doc := &HuaweiDoc{StatusCodes: map[string]string{}}
	for i, l := range lines {
		if lastUpdRE.MatchString(l) && i+1 < len(lines) && doc.Title == "" {
			doc.Title = lines[i+1]
		}
		if m := uriRE.FindStringSubmatch(l); m != nil && doc.URI == "" && i > 0 && lines[i-1] == "URI" {
			doc.Method, doc.URI = m[1], m[2]
		}
	}
	if doc.URI == "" {
		return nil, fmt.Errorf("no URI line (e.g. \"GET /v3/...\") found")
	}
	// The status-code table is the last "Status Code" heading followed by its header row
	// "Status Code" / "Description".
	st := -1
	for i := 0; i+2 < len(lines); i++ {
		if lines[i] == "Status Code" && lines[i+1] == "Status Code" && lines[i+2] == "Description" {
			st = i + 3
		}
	}
	if st < 0 {
		return nil, fmt.Errorf("no \"Status Code\" table found")
	}
	i := st
	for i < len(lines) && lines[i] != "Error Code" {
		status := lines[i]
		if !statusRE.MatchString(status) {
			return nil, fmt.Errorf("status-code table: unexpected line %q", status)
		}
		var desc []string
		for i++; i < len(lines) && !statusRE.MatchString(lines[i]) && lines[i] != "Error Code"; i++ {
			desc = append(desc, lines[i])
		}
		doc.StatusCodes[status] = strings.Join(desc, " ")
	}
	if i >= len(lines) {
		doc.Notes = append(doc.Notes, "no \"Error Code\" section after the status codes")
		return doc, nil
	}
	for i++; i < len(lines); i++ {
		m := huaweiRE.FindStringSubmatch(lines[i])
		switch {
		case m != nil:
			doc.ErrorCodes = append(doc.ErrorCodes, Entry{Code: m[1], Desc: m[2]})
		case strings.HasPrefix(lines[i], "For details, see"):
			doc.Notes = append(doc.Notes, fmt.Sprintf("the \"Error Code\" section only says %q", lines[i]))
		case len(doc.ErrorCodes) > 0:
			e := &doc.ErrorCodes[len(doc.ErrorCodes)-1]
			e.Desc = strings.TrimSpace(e.Desc + " " + lines[i])
		default:
			doc.Notes = append(doc.Notes, fmt.Sprintf("\"Error Code\" section: unexpected line %q", lines[i]))
		}
	}
	if len(doc.ErrorCodes) == 0 {
		doc.Notes = append(doc.Notes, "the page lists no error codes: its \"Error Code\" section points to the service's error-code page, which is not in the seed")
	}
	sort.Slice(doc.ErrorCodes, func(a, b int) bool { return doc.ErrorCodes[a].Code < doc.ErrorCodes[b].Code })
	return doc, nil
}
