// Command gen-apidoc-codes extracts, from the API documents ("seeds"), which error codes each
// action may answer with, so that the sandbox can be tested against them in CI, where the seeds
// are absent. Regenerate the committed data with:
//
//	go run ./scripts/gen-apidoc-codes -seeds /work/shared/seeds -out internal/apidoc/testdata
//
// For every Tencent Cloud seed (ECM, VPC, EdgeZone) it reads each action page's "6. Error Code"
// table, the common error-code lists (ECM has two different ones; both are kept, labelled, and
// "common" is their union) and, for ECM, the service error-code chapter at the end of the
// document. VPC and EdgeZone pages only link to the Tencent common error codes, so those files
// take their common codes from the ECM seed (recorded in "common_from"). For the Huawei TaurusDB
// seed it reads the status-code table and the page's "Error Code" section.
//
// It writes one JSON file per service (ecm, vpc, edgezone, taurusdb), with sorted keys and
// lists, so re-running it on the same seeds gives no diff. It fails if the ECM document does not
// yield exactly its 124 actions, each with one non-empty error-code table, and prints counts and
// the document's oddities (which also go into each file's "notes").
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	seeds := flag.String("seeds", "/work/shared/seeds", "directory holding the API documents (*.txt)")
	out := flag.String("out", "internal/apidoc/testdata", "directory to write the *_error_codes.json files to")
	flag.Parse()
	files, err := generate(*seeds, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen-apidoc-codes:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen-apidoc-codes:", err)
		os.Exit(1)
	}
	for _, name := range sortedKeys(files) {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen-apidoc-codes:", err)
			os.Exit(1)
		}
	}
}

// Output is the content of one <service>_error_codes.json file.
type Output struct {
	Service string `json:"service"`
	Version string `json:"version"`
	// Sources maps each seed file the actions come from to the hex SHA-256 of its content.
	Sources map[string]string `json:"sources"`
	// CommonFrom names the seed the common codes were taken from, when it is not a source.
	CommonFrom map[string]string `json:"common_from,omitempty"`
	// Common is the union of the common lists: codes every action may return.
	Common []string `json:"common"`
	// CommonLists holds each of the document's common lists, code -> description.
	CommonLists map[string]map[string]string `json:"common_lists,omitempty"`
	// Actions maps each action to the codes of its own error-code table.
	Actions            map[string][]string          `json:"actions"`
	ActionDescriptions map[string]map[string]string `json:"action_descriptions"`
	// OtherLists holds the other code tables of the document, e.g. the signature-failure codes
	// of the signature pages (informative: "common" covers them).
	OtherLists map[string]map[string]string `json:"other_lists,omitempty"`
	// ServiceCodes is the service-wide error-code list (the ECM "Service Error Codes" chapter).
	ServiceCodes        []string          `json:"service_codes"`
	ServiceDescriptions map[string]string `json:"service_descriptions,omitempty"`
	// StatusCodes is a Huawei page's HTTP status-code table.
	StatusCodes map[string]string `json:"status_codes,omitempty"`
	Notes       []string          `json:"notes,omitempty"`
}

type seed struct {
	name, sha string
	text      string
}

// The ECM document's 124 actions (catalog §2.0).
var ecmActions = strings.Fields(`
AllocateAddresses AssignIpv6Addresses AssignPrivateIpAddresses AssociateAddress AssociateSecurityGroups
AttachNetworkInterface BatchDeregisterTargets BatchModifyTargetWeight BatchRegisterTargets CreateHaVip
CreateImage CreateKeyPair CreateListener CreateLoadBalancer CreateModule CreateNetworkInterface
CreateRouteTable CreateRoutes CreateSecurityGroup CreateSecurityGroupPolicies CreateSubnet CreateVpc
DeleteHaVip DeleteImage DeleteListener DeleteLoadBalancer DeleteLoadBalancerListeners DeleteModule
DeleteNetworkInterface DeleteRouteTable DeleteRoutes DeleteSecurityGroup DeleteSecurityGroupPolicies
DeleteSnapshots DeleteSubnet DeleteVpc DescribeAddressQuota DescribeAddresses DescribeBaseOverview
DescribeConfig DescribeCustomImageTask DescribeDefaultSubnet DescribeHaVips DescribeImage
DescribeImportImageOs DescribeInstanceTypeConfig DescribeInstanceVncUrl DescribeInstances
DescribeInstancesDeniedActions DescribeListeners DescribeLoadBalanceTaskStatus DescribeLoadBalancers
DescribeModule DescribeModuleDetail DescribeMonthPeakNetwork DescribeNetworkInterfaces DescribeNode
DescribePackingQuotaGroup DescribePeakBaseOverview DescribePeakNetworkOverview DescribePriceRunInstance
DescribeRouteConflicts DescribeRouteTables DescribeSecurityGroupAssociationStatistics
DescribeSecurityGroupLimits DescribeSecurityGroupPolicies DescribeSecurityGroups DescribeSnapshots
DescribeSubnets DescribeTargetHealth DescribeTargets DescribeTaskResult DescribeTaskStatus DescribeVpcs
DetachNetworkInterface DisableRoutes DisassociateAddress DisassociateInstancesKeyPairs
DisassociateSecurityGroups EnableRoutes ImportImage MigrateNetworkInterface MigratePrivateIpAddress
ModifyAddressAttribute ModifyAddressesBandwidth ModifyDefaultSubnet ModifyHaVipAttribute ModifyImageAttribute
ModifyInstancesAttribute ModifyIpv6AddressesAttribute ModifyListener ModifyLoadBalancerAttributes
ModifyModuleConfig ModifyModuleDisableWanIp ModifyModuleImage ModifyModuleIpDirect ModifyModuleName
ModifyModuleNetwork ModifyModuleSecurityGroups ModifyPrivateIpAddressesAttribute ModifyRouteTableAttribute
ModifySecurityGroupAttribute ModifySecurityGroupPolicies ModifySubnetAttribute ModifyTargetPort
ModifyTargetWeight ModifyVpcAttribute RebootInstances ReleaseAddresses ReleaseIpv6Addresses
RemovePrivateIpAddresses ReplaceRouteTableAssociation ReplaceRoutes ReplaceSecurityGroupPolicy ResetInstances
ResetInstancesMaxBandwidth ResetInstancesPassword ResetRoutes RunInstances SetLoadBalancerSecurityGroups
SetSecurityGroupForLoadbalancers StartInstances StopInstances TerminateInstances`)

// A Huawei Cloud API page: no Tencent domain, an IAM token header and a versioned URI.
var huaweiPageRE = regexp.MustCompile(`(?m)^X-Auth-Token\s*$`)

// generate reads every *.txt seed in dir and returns the JSON files by name. It reports counts
// and oddities to w.
func generate(dir string, w io.Writer) (map[string][]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no *.txt seeds in %s", dir)
	}
	sort.Strings(paths)
	tencent := map[string][]*TencentDoc{} // service -> docs, in file-name order
	tencentSeeds := map[string][]seed{}
	outs := map[string]*Output{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(b)
		s := seed{name: filepath.Base(p), sha: hex.EncodeToString(sum[:]), text: string(b)}
		switch {
		case domainRE.MatchString(s.text):
			doc, err := parseTencent(s.text)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.name, err)
			}
			svc, _, _ := strings.Cut(doc.Domain, ".")
			tencent[svc] = append(tencent[svc], doc)
			tencentSeeds[svc] = append(tencentSeeds[svc], s)
		case huaweiPageRE.MatchString(s.text):
			// The seed does not name its service; its instance IDs "with a suffix of in07"
			// are TaurusDB's (see the reference notes on the other APIs).
			o, err := huaweiOutput(s)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.name, err)
			}
			outs[o.Service] = o
		default:
			fmt.Fprintf(w, "%s: neither a Tencent Cloud nor a Huawei Cloud API page, skipped\n", s.name)
		}
	}

	ecmDocs := tencent["ecm"]
	if len(ecmDocs) != 1 {
		return nil, fmt.Errorf("want exactly one ECM seed (the only one with the common error codes), found %d", len(ecmDocs))
	}
	ecmSeed := tencentSeeds["ecm"][0]
	ecm, err := tencentOutput("ecm", ecmDocs, tencentSeeds["ecm"], nil)
	if err != nil {
		return nil, err
	}
	if err := checkECM(ecm, ecmDocs[0]); err != nil {
		return nil, err
	}
	outs["ecm"] = ecm
	for svc, docs := range tencent {
		if svc == "ecm" {
			continue
		}
		o, err := tencentOutput(svc, docs, tencentSeeds[svc], ecm)
		if err != nil {
			return nil, err
		}
		o.CommonFrom = map[string]string{ecmSeed.name: ecmSeed.sha}
		outs[svc] = o
	}

	files := map[string][]byte{}
	for _, svc := range sortedKeys(outs) {
		o := outs[svc]
		report(w, o)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(o); err != nil {
			return nil, err
		}
		files[svc+"_error_codes.json"] = buf.Bytes()
	}
	return files, nil
}

// tencentOutput merges the docs of one Tencent service. common, when not nil, supplies the
// common codes (VPC and EdgeZone pages only link to them).
func tencentOutput(svc string, docs []*TencentDoc, seeds []seed, common *Output) (*Output, error) {
	o := &Output{
		Service:            svc,
		Sources:            map[string]string{},
		Actions:            map[string][]string{},
		ActionDescriptions: map[string]map[string]string{},
		ServiceCodes:       []string{},
		Notes:              []string{},
	}
	versions := map[string]bool{}
	commonSet := map[string]bool{}
	for n, doc := range docs {
		s := seeds[n]
		o.Sources[s.name] = s.sha
		for _, note := range doc.Notes {
			o.Notes = append(o.Notes, s.name+": "+note)
		}
		for _, sec := range doc.Sections {
			if sec.Action == "" {
				return nil, fmt.Errorf("%s: the action page at line %d names no action", s.name, sec.Start)
			}
			if sec.Tables != 1 {
				return nil, fmt.Errorf("%s: action %s (line %d) has %d error-code tables, want 1", s.name, sec.Action, sec.Start, sec.Tables)
			}
			if sec.Version == "" {
				return nil, fmt.Errorf("%s: action %s (line %d) states no API version", s.name, sec.Action, sec.Start)
			}
			versions[sec.Version] = true
		}
		for _, t := range doc.Tables {
			descs := map[string]string{}
			for _, e := range t.Entries {
				if d, dup := descs[e.Code]; dup {
					o.Notes = append(o.Notes, fmt.Sprintf("%s: line %d: %s lists %s twice", s.name, e.Line, t.name(), e.Code))
					if d != "" {
						continue
					}
				}
				descs[e.Code] = e.Desc
			}
			switch t.Kind {
			case kindAction:
				if _, dup := o.Actions[t.Action]; dup {
					return nil, fmt.Errorf("%s: action %s has two pages", s.name, t.Action)
				}
				if len(descs) == 0 {
					return nil, fmt.Errorf("%s: action %s: empty error-code table (line %d)", s.name, t.Action, t.Line)
				}
				o.Actions[t.Action] = sortedKeys(descs)
				o.ActionDescriptions[t.Action] = descs
			case kindCommon:
				if o.CommonLists == nil {
					o.CommonLists = map[string]map[string]string{}
				}
				if _, dup := o.CommonLists[t.Label]; dup {
					return nil, fmt.Errorf("%s: two common error-code lists labelled %s", s.name, t.Label)
				}
				o.CommonLists[t.Label] = descs
				for c := range descs {
					commonSet[c] = true
				}
			case kindOther:
				if o.OtherLists == nil {
					o.OtherLists = map[string]map[string]string{}
				}
				o.OtherLists[t.Label] = descs
			case kindService:
				if o.ServiceDescriptions != nil {
					return nil, fmt.Errorf("%s: two service error-code chapters", s.name)
				}
				o.ServiceDescriptions = descs
				o.ServiceCodes = sortedKeys(descs)
			}
		}
	}
	if len(versions) != 1 {
		return nil, fmt.Errorf("%s: want one API version across its actions, found %v", svc, sortedKeys(versions))
	}
	o.Version = sortedKeys(versions)[0]
	if common != nil {
		if len(commonSet) > 0 {
			return nil, fmt.Errorf("%s: has its own common error codes; merging them with ECM's is not implemented", svc)
		}
		o.CommonLists = map[string]map[string]string{}
		for label, l := range common.CommonLists {
			o.CommonLists[label] = l
		}
		o.Common = common.Common
	} else {
		o.Common = sortedKeys(commonSet)
	}
	if len(o.Common) == 0 {
		return nil, fmt.Errorf("%s: no common error codes found", svc)
	}
	if o.Notes = dedupe(o.Notes); len(o.Notes) == 0 {
		o.Notes = nil
	}
	return o, nil
}

// checkECM is the sanity check of the ECM document: its 124 actions, the two common lists and
// the service chapter. It adds cross-check notes: action codes that neither the service chapter
// nor the common lists know, and service codes that no action lists.
func checkECM(o *Output, doc *TencentDoc) error {
	want := map[string]bool{}
	for _, a := range ecmActions {
		want[a] = true
	}
	var missing, extra []string
	for _, a := range ecmActions {
		if _, ok := o.Actions[a]; !ok {
			missing = append(missing, a)
		}
	}
	for a := range o.Actions {
		if !want[a] {
			extra = append(extra, a)
		}
	}
	sort.Strings(extra)
	var errs []error
	if len(missing) > 0 || len(extra) > 0 || len(o.Actions) != len(ecmActions) {
		errs = append(errs, fmt.Errorf("ecm: found %d actions, want %d; missing %v; unexpected %v", len(o.Actions), len(ecmActions), missing, extra))
	}
	if len(doc.Sections) != len(ecmActions) {
		errs = append(errs, fmt.Errorf("ecm: %d \"1. API Description\" pages, want %d", len(doc.Sections), len(ecmActions)))
	}
	for _, label := range []string{"responses_page", "error_codes_chapter"} {
		if len(o.CommonLists[label]) == 0 {
			errs = append(errs, fmt.Errorf("ecm: common error-code list %s not found", label))
		}
	}
	if len(o.ServiceCodes) == 0 {
		errs = append(errs, errors.New("ecm: service error-code chapter not found"))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}

	known := map[string]bool{}
	for _, c := range o.ServiceCodes {
		known[c] = true
	}
	for _, c := range o.Common {
		known[c] = true
	}
	used := map[string]bool{}
	unknown := map[string][]string{}
	for _, a := range sortedKeys(o.Actions) {
		for _, c := range o.Actions[a] {
			used[c] = true
			if !known[c] {
				unknown[c] = append(unknown[c], a)
			}
		}
	}
	for _, c := range sortedKeys(unknown) {
		o.Notes = append(o.Notes, fmt.Sprintf("cross-check: %s is listed by %v but is in neither the service chapter nor the common lists", c, unknown[c]))
	}
	var unused []string
	for _, c := range o.ServiceCodes {
		if !used[c] {
			unused = append(unused, c)
		}
	}
	o.Notes = append(o.Notes, fmt.Sprintf("cross-check: %d service-chapter codes appear in no action's table %v; %d action codes are in neither the service chapter nor the common lists", len(unused), unused, len(unknown)))
	for _, label := range sortedKeys(o.OtherLists) {
		for _, c := range sortedKeys(o.OtherLists[label]) {
			if !known[c] {
				o.Notes = append(o.Notes, fmt.Sprintf("cross-check: %s of the %s table is not a common code", c, label))
			}
		}
	}
	r1, r2 := o.CommonLists["responses_page"], o.CommonLists["error_codes_chapter"]
	var only1, only2 []string
	for _, c := range sortedKeys(r1) {
		if _, ok := r2[c]; !ok {
			only1 = append(only1, c)
		}
	}
	for _, c := range sortedKeys(r2) {
		if _, ok := r1[c]; !ok {
			only2 = append(only2, c)
		}
	}
	o.Notes = append(o.Notes, fmt.Sprintf("cross-check: common lists: responses_page has %d codes, error_codes_chapter %d; only in responses_page: %v; only in error_codes_chapter: %v", len(r1), len(r2), only1, only2))
	return nil
}

// huaweiOutput builds the file of a Huawei Cloud page. The action is keyed by its method and
// URI, as the page names no action.
func huaweiOutput(s seed) (*Output, error) {
	doc, err := parseHuawei(s.text)
	if err != nil {
		return nil, err
	}
	key := doc.Method + " " + doc.URI
	ver, _, _ := strings.Cut(strings.TrimPrefix(doc.URI, "/"), "/")
	o := &Output{
		Service:            "taurusdb",
		Version:            ver,
		Sources:            map[string]string{s.name: s.sha},
		Common:             []string{},
		Actions:            map[string][]string{key: {}},
		ActionDescriptions: map[string]map[string]string{key: {}},
		ServiceCodes:       []string{},
		StatusCodes:        doc.StatusCodes,
		Notes:              []string{fmt.Sprintf("%s: the action is keyed by method and URI; the page title is %q", s.name, doc.Title)},
	}
	for _, e := range doc.ErrorCodes {
		o.Actions[key] = append(o.Actions[key], e.Code)
		o.ActionDescriptions[key][e.Code] = e.Desc
	}
	for _, n := range doc.Notes {
		o.Notes = append(o.Notes, s.name+": "+n)
	}
	return o, nil
}

func report(w io.Writer, o *Output) {
	codes := map[string]bool{}
	perAction := 0
	for _, cs := range o.Actions {
		perAction += len(cs)
		for _, c := range cs {
			codes[c] = true
		}
	}
	fmt.Fprintf(w, "%s %s: %d actions, %d action-table rows, %d distinct action codes, %d common codes",
		o.Service, o.Version, len(o.Actions), perAction, len(codes), len(o.Common))
	for _, l := range sortedKeys(o.CommonLists) {
		fmt.Fprintf(w, " (%s: %d)", l, len(o.CommonLists[l]))
	}
	fmt.Fprintf(w, ", %d service codes, %d status codes\n", len(o.ServiceCodes), len(o.StatusCodes))
	for _, n := range o.Notes {
		fmt.Fprintf(w, "  note: %s\n", n)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
