package ecm

import (
	"encoding/base64"
	"fmt"
	"net/netip"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/host"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM instance actions (catalog §2.3): RunInstances (L8796), DescribeInstances
// (L10425), TerminateInstances (L7862); the others are in instance_ops.go.
// Instances are global to the account (these actions take no EcmRegion) but
// live in the region of their zone: the registry files them (kind "ein") and
// their primary ENIs (kind "eni") under that region.
//
// State machine: RunInstances PENDING → RUNNING (LAUNCH_FAILED when the call
// carried a fault with task_result FAILED); Stop RUNNING → STOPPING → STOPPED;
// Start STOPPED → STARTING → RUNNING; Reboot RUNNING → REBOOTING → RUNNING;
// Terminate → TERMINATING → gone. Each operation sets LatestOperation (the
// action) and LatestOperationState OPERATING, and completes lazily after the
// sandbox task duration (host.Schedule, like the EIP tasks) with SUCCESS or
// FAILED (a failed Stop/Start/Reboot/Terminate returns to the state before).
//
// Choices where the seed is silent:
//   - ModuleId absent: InstanceType is required
//     (InvalidModuleIDAndInstanceTypeID), and ImageId, DataDiskSize and
//     InternetMaxBandwidthOut too (InvalidModuleIDAndInstanceTypeConfigID: the
//     two codes share one description). Such an instance answers
//     SimpleModule null; the system disk defaults to DescribeConfig's
//     SuggestSystemDiskSize.
//   - VpcId and SubnetId go together (InvalidParameterValue); an unknown VPC
//     in the zone's region is ResourceNotFound; a subnet that is unknown, of
//     another VPC or of another zone is InvalidParameterValue.SubnetNotExist;
//     without them the zone's default subnet (none: SubnetNotExist).
//     PrivateIpAddresses must number InstanceCount, lie in the subnet's
//     usable range and be free (InvalidParameterValue); a full subnet is
//     ResourceInsufficient.PrivateIPQuotaNotEnough. Addresses are handed out
//     from the subnet's third address up (network, gateway and broadcast are
//     the 3 reserved).
//   - InstanceCount 1..100 per entry and 100 per region per call
//     (InvalidZoneInstanceCount). ISP must be one the zone offers
//     (InvalidISPInNode); combinations ("CMCC;CUCC") are refused the same way.
//   - Public IPs come from the EIP pool (ResourceInsufficient.IPQuotaNotEnough
//     when empty) unless the module disables WAN IPs; they are not EIPs
//     (DescribeAddresses does not list them) and are released with the
//     instance.
//   - InstanceName: empty is "Not named"; with n > 1 instances per
//     ZoneInstanceCountISP entry the names get 1..n or the {R:x} numbering.
//   - SecurityGroupIds: at most 5 (LimitExceeded.InstanceSecurityGroupLimitExceeded,
//     as ModifyInstancesAttribute's "max 5"), unknown or malformed →
//     InvalidParameterValue.InvalidSecurityGroupID; absent → the module's, or
//     esg-default0.
//   - KeyIds: unknown or malformed → InvalidParameterValue. Passwords are not
//     kept. UserData: not base64 → InvalidParameterValue, more than 16 KB
//     (decoded) → InvalidParameterValue.TooLong.
//   - An operation on an instance whose LatestOperationState is OPERATING is
//     OperationDenied.InstanceOperationInProgress where the table has it
//     (Start, Reboot), else FailedOperation.OperationNotAllow.
//   - DescribeInstances: filters as documented plus private-ip-address,
//     security-group-id and isp (= internet-service-provider); ip-address
//     matches the private or the public IP; tag-key and tag:<key>; at most 5
//     values each (InvalidFilter), instance-id values checked for shape
//     (InvalidInstanceID). An ID not found is not an error (empty set).
//     Order: creation (OrderByField timestamp), descending unless
//     OrderDirection 1. ExpireTime and IsolatedTime are the creation time,
//     as in the example; Image.SrcImage is the catalog image's; the system
//     disk's DiskId is "ldisk-" + the instance ID's suffix.
//   - TerminateInstances: TerminateDelay with a valid future TerminateTime
//     is FailedOperation.OperationNotAllow (scheduled termination is not
//     emulated); an instance in an operation other than its launch is
//     OperationNotAllow; a PENDING one can be terminated (a failed
//     termination leaves it LAUNCH_FAILED). AssociatedResourceDestroy is
//     accepted; no EIPs can be bound to instances yet, so nothing else is
//     released. Security groups bound to instances cannot be deleted
//     (ResourceInUse) and count them in
//     DescribeSecurityGroupAssociationStatistics (ECM, InstanceStatistics).

const (
	kindInstance = "ein"
	kindENI      = "eni"

	insPending      = "PENDING"
	insLaunchFailed = "LAUNCH_FAILED"
	insRunning      = "RUNNING"
	insStopped      = "STOPPED"
	insStarting     = "STARTING"
	insStopping     = "STOPPING"
	insRebooting    = "REBOOTING"
	insTerminating  = "TERMINATING"

	opOperating = "OPERATING"
	opSuccess   = "SUCCESS"
	opFailed    = "FAILED"

	maxInstanceNameChars = 60
	maxInstancesPerCall  = 100
	maxInstanceSGs       = 5
	maxUserDataBytes     = 16 * 1024
	notNamed             = "Not named"
)

type instanceRecord struct {
	ID             string           `json:"id"`
	Name           string           `json:"name"`
	Zone           string           `json:"zone"`
	Region         string           `json:"region"`
	ISP            string           `json:"isp"`
	ModuleID       string           `json:"module_id,omitempty"`
	ImageID        string           `json:"image_id"`
	InstanceType   string           `json:"instance_type"`
	SystemDisk     moduleDisk       `json:"system_disk"`
	DataDisks      []moduleDisk     `json:"data_disks,omitempty"`
	DataDiskSize   int              `json:"data_disk_size"`
	BandwidthOut   int              `json:"bandwidth_out"`
	BandwidthIn    int              `json:"bandwidth_in,omitempty"`
	VpcID          string           `json:"vpc_id"`
	SubnetID       string           `json:"subnet_id"`
	PrivateIP      string           `json:"private_ip"`
	PublicIP       string           `json:"public_ip,omitempty"`
	ENI            string           `json:"eni"`
	SecurityGroups []string         `json:"security_groups"`
	Tags           []tencentapi.Tag `json:"tags,omitempty"`
	HostName       string           `json:"host_name,omitempty"`
	KeyIDs         []string         `json:"key_ids,omitempty"`
	UUID           string           `json:"uuid"`
	Created        time.Time        `json:"created"`
	Seq            int64            `json:"seq"`

	State   string `json:"state"`
	LastOp  string `json:"last_op"`
	OpState string `json:"op_state"`
	// The running operation: due time, states on success and failure, outcome.
	Due     time.Time `json:"due,omitempty"`
	OnOK    string    `json:"on_ok,omitempty"` // "" with TERMINATING: removed
	OnFail  string    `json:"on_fail,omitempty"`
	Fails   bool      `json:"fails,omitempty"`
	ReadLag int       `json:"read_lag,omitempty"`
	Gen     int64     `json:"gen,omitempty"`
	// NewImage: the image a ResetInstances installs when it succeeds.
	NewImage string `json:"new_image,omitempty"`
}

func (i *instanceRecord) clone() *instanceRecord {
	c := *i
	c.SecurityGroups = append([]string(nil), i.SecurityGroups...)
	c.Tags = copyTags(i.Tags)
	c.DataDisks = append([]moduleDisk(nil), i.DataDisks...)
	c.KeyIDs = append([]string(nil), i.KeyIDs...)
	return &c
}

func (i *instanceRecord) operating() bool { return i.OpState == opOperating }

// instanceOp is a scheduled completion; Gen tells a stale one.
type instanceOp struct {
	ID  string
	Gen int64
	Due time.Time
}

func newInstanceSchedule() *host.Schedule[*instanceOp] {
	return host.NewSchedule(func(o *instanceOp) time.Time { return o.Due },
		func(a, b *instanceOp) bool { return a.ID < b.ID })
}

// startOp puts an instance into an operation that completes after the call's task duration.
func (e *state) startOp(c *tencentapi.Call, ins *instanceRecord, transient, onOK, onFail string) {
	ins.State, ins.LastOp, ins.OpState = transient, c.Action, opOperating
	ins.OnOK, ins.OnFail, ins.Fails, ins.ReadLag = onOK, onFail, c.TaskFails, c.ReadLag
	ins.Due = c.Now.Add(c.TaskDuration)
	ins.Gen++
	e.instOps.Push(&instanceOp{ID: ins.ID, Gen: ins.Gen, Due: ins.Due})
}

// settleInstances completes the due instance operations.
func (e *state) settleInstances(now time.Time) bool {
	changed := false
	for {
		op, ok := e.instOps.PopDue(now)
		if !ok {
			return changed
		}
		ins, ok := e.Instances[op.ID]
		if !ok || ins.Gen != op.Gen || !ins.operating() {
			continue
		}
		changed = true
		e.lagWrite(ins.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		if ins.Fails {
			ins.State, ins.OpState = ins.OnFail, opFailed
		} else {
			ins.State, ins.OpState = ins.OnOK, opSuccess
			if ins.NewImage != "" {
				ins.ImageID = ins.NewImage
			}
		}
		ins.Due, ins.OnOK, ins.OnFail, ins.Fails, ins.NewImage = time.Time{}, "", "", false, ""
		if ins.State == "" {
			e.removeInstance(ins)
		}
	}
}

// removeInstance forgets an instance and releases its addresses.
func (e *state) removeInstance(ins *instanceRecord) {
	if m := e.subnetIPs[ins.SubnetID]; m != nil {
		delete(m, ins.PrivateIP)
		if len(m) == 0 {
			delete(e.subnetIPs, ins.SubnetID)
		}
	}
	if ins.PublicIP != "" {
		delete(e.ips, ins.PublicIP)
	}
	if m, ok := e.Modules[ins.ModuleID]; ok && m.Instances > 0 {
		m.Instances--
	}
	delete(e.ids, ins.ENI)
	delete(e.ids, ins.ID)
	delete(e.Instances, ins.ID)
}

// indexInstance registers a loaded or new instance's derived entries.
func (e *state) indexInstance(ins *instanceRecord) {
	e.Instances[ins.ID] = ins
	e.ids[ins.ID] = idEntry{kindInstance, ins.Region}
	e.ids[ins.ENI] = idEntry{kindENI, ins.Region}
	if e.subnetIPs[ins.SubnetID] == nil {
		e.subnetIPs[ins.SubnetID] = map[string]string{}
	}
	e.subnetIPs[ins.SubnetID][ins.PrivateIP] = ins.ID
	if ins.PublicIP != "" {
		e.ips[ins.PublicIP] = true
	}
	if ins.operating() {
		e.instOps.Push(&instanceOp{ID: ins.ID, Gen: ins.Gen, Due: ins.Due})
	}
}

// subnetInUse is the number of private IPs instances hold in the subnet.
func (e *state) subnetInUse(id string) int { return len(e.subnetIPs[id]) }

// subnetHosts is the usable range of a subnet: its third address to the one before broadcast.
func subnetHosts(cidr string) (first, last uint32, ok bool) {
	p, aerr := parseCIDR(cidr)
	if aerr != nil || p.Bits() > 30 {
		return 0, 0, false
	}
	b := p.Masked().Addr().As4()
	base := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	size := uint32(1) << (32 - p.Bits())
	return base + 2, base + size - 2, true
}

func u32IP(v uint32) string {
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}).String()
}

func ipU32(s string) (uint32, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return 0, false
	}
	b := a.As4()
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]), true
}

// freePrivateIP returns the lowest free usable address of the subnet.
func (e *state) freePrivateIP(s *subnetRecord, taken map[string]bool) (string, bool) {
	first, last, ok := subnetHosts(s.CIDR)
	if !ok {
		return "", false
	}
	used := e.subnetIPs[s.ID]
	for v := first; v <= last; v++ {
		ip := u32IP(v)
		if _, u := used[ip]; !u && !taken[ip] {
			return ip, true
		}
	}
	return "", false
}

// Wire shapes: Instance (L31930) and its parts, as DescribeInstances' example.

type simpleModule struct {
	ModuleId   string `json:"ModuleId"`
	ModuleName string `json:"ModuleName"`
}

type position struct {
	ZoneInfo   nodeZoneInfo      `json:"ZoneInfo"`
	Country    map[string]string `json:"Country"`
	Area       map[string]string `json:"Area"`
	Province   map[string]string `json:"Province"`
	City       map[string]string `json:"City"`
	RegionInfo nodeRegionInfo    `json:"RegionInfo"`
}

type publicIPAddressInfo struct {
	ChargeMode      string  `json:"ChargeMode"`
	PublicIPAddress string  `json:"PublicIPAddress"`
	ISP             nodeISP `json:"ISP"`
	MaxBandwidthOut int     `json:"MaxBandwidthOut"`
	MaxBandwidthIn  int     `json:"MaxBandwidthIn"`
}

type privateIPAddressInfo struct {
	PrivateIPAddress string `json:"PrivateIPAddress"`
}

type addressInfoOut struct {
	PublicIPAddressInfo  *publicIPAddressInfo `json:"PublicIPAddressInfo"`
	PrivateIPAddressInfo privateIPAddressInfo `json:"PrivateIPAddressInfo"`
}

type instanceNetworkInfo struct {
	AddressInfoSet       []addressInfoOut `json:"AddressInfoSet"`
	NetworkInterfaceId   string           `json:"NetworkInterfaceId"`
	NetworkInterfaceName string           `json:"NetworkInterfaceName"`
	Primary              bool             `json:"Primary"`
}

type internetOut struct {
	PrivateIPAddressSet    []privateIPAddressInfo `json:"PrivateIPAddressSet"`
	PublicIPAddressSet     []publicIPAddressInfo  `json:"PublicIPAddressSet"`
	InstanceNetworkInfoSet []instanceNetworkInfo  `json:"InstanceNetworkInfoSet"`
}

type virtualPrivateCloud struct {
	VpcId              string   `json:"VpcId"`
	SubnetId           string   `json:"SubnetId"`
	AsVpcGateway       bool     `json:"AsVpcGateway"`
	PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	Ipv6AddressCount   int      `json:"Ipv6AddressCount"`
}

type instanceOut struct {
	InstanceId           string              `json:"InstanceId"`
	InstanceName         string              `json:"InstanceName"`
	InstanceState        string              `json:"InstanceState"`
	Image                *image              `json:"Image"`
	SimpleModule         *simpleModule       `json:"SimpleModule"`
	Position             *position           `json:"Position"`
	Internet             internetOut         `json:"Internet"`
	InstanceTypeConfig   instanceTypeConfig  `json:"InstanceTypeConfig"`
	CreateTime           string              `json:"CreateTime"`
	ExpireTime           string              `json:"ExpireTime"`
	IsolatedTime         string              `json:"IsolatedTime"`
	RestrictState        string              `json:"RestrictState"`
	ExpireState          string              `json:"ExpireState"`
	TagSet               []tencentapi.Tag    `json:"TagSet"`
	LatestOperation      string              `json:"LatestOperation"`
	LatestOperationState string              `json:"LatestOperationState"`
	RenewFlag            int                 `json:"RenewFlag"`
	NewFlag              int                 `json:"NewFlag"`
	PayMode              int                 `json:"PayMode"`
	SystemDisk           systemDiskOut       `json:"SystemDisk"`
	DataDisks            []dataDiskOut       `json:"DataDisks"`
	SystemDiskSize       int                 `json:"SystemDiskSize"`
	DataDiskSize         int                 `json:"DataDiskSize"`
	UUID                 string              `json:"UUID"`
	ISP                  string              `json:"ISP"`
	SecurityGroupIds     []string            `json:"SecurityGroupIds"`
	VirtualPrivateCloud  virtualPrivateCloud `json:"VirtualPrivateCloud"`
}

func (e *state) instanceInfo(i *instanceRecord) instanceOut {
	var img *image
	if im, ok := e.lookupImage(i.ImageID); ok {
		v := imageInfo(im)
		img = &v
	} else {
		img = &image{ImageId: i.ImageID}
	}
	var sm *simpleModule
	if i.ModuleID != "" {
		sm = &simpleModule{ModuleId: i.ModuleID}
		if m, ok := e.Modules[i.ModuleID]; ok {
			sm.ModuleName = m.Name
		}
	}
	var pos *position
	if r, ok := e.catalog.regions[i.Region]; ok {
		pos = &position{
			Country:    map[string]string{"CountryId": r.CountryID, "CountryName": r.CountryName},
			Area:       map[string]string{"AreaId": r.AreaID, "AreaName": r.AreaName},
			Province:   map[string]string{"ProvinceId": r.ProvinceID, "ProvinceName": r.ProvinceName},
			City:       map[string]string{"CityId": r.CityID, "CityName": r.CityName},
			RegionInfo: nodeRegionInfo{RegionId: r.RegionID, Region: r.Region, RegionName: r.RegionName},
		}
		if z, ok := e.catalog.zones[i.Zone]; ok {
			pos.ZoneInfo = nodeZoneInfo{ZoneId: z.ZoneID, ZoneName: z.ZoneName, Zone: z.Zone}
		}
	}
	var itc instanceTypeConfig
	if t, ok := e.compute.types[i.InstanceType]; ok {
		itc = instanceTypeInfo(t)
	} else {
		itc = instanceTypeConfig{InstanceType: i.InstanceType}
	}
	priv := privateIPAddressInfo{i.PrivateIP}
	addr := addressInfoOut{PrivateIPAddressInfo: priv}
	pubs := []publicIPAddressInfo{}
	if i.PublicIP != "" {
		p := publicIPAddressInfo{ChargeMode: "BANDWIDTH_PACKAGE", PublicIPAddress: i.PublicIP,
			ISP: nodeISP{i.ISP, ispNames[i.ISP]}, MaxBandwidthOut: i.BandwidthOut, MaxBandwidthIn: i.BandwidthIn}
		addr.PublicIPAddressInfo = &p
		pubs = append(pubs, p)
	}
	disks := []dataDiskOut{}
	for _, d := range i.DataDisks {
		disks = append(disks, dataDiskOut{DiskSize: d.DiskSize, DiskType: d.DiskType})
	}
	created := tcTime(i.Created)
	return instanceOut{
		InstanceId: i.ID, InstanceName: i.Name, InstanceState: i.State,
		Image: img, SimpleModule: sm, Position: pos,
		Internet: internetOut{
			PrivateIPAddressSet: []privateIPAddressInfo{priv},
			PublicIPAddressSet:  pubs,
			InstanceNetworkInfoSet: []instanceNetworkInfo{{AddressInfoSet: []addressInfoOut{addr},
				NetworkInterfaceId: i.ENI, NetworkInterfaceName: i.ID + " Primary ENI", Primary: true}},
		},
		InstanceTypeConfig: itc, CreateTime: created, ExpireTime: created, IsolatedTime: created,
		RestrictState: "NORMAL", ExpireState: "NORMAL", TagSet: tagSetJSON(i.Tags),
		LatestOperation: i.LastOp, LatestOperationState: i.OpState,
		SystemDisk:     systemDiskOut{DiskType: i.SystemDisk.DiskType, DiskId: "ldisk-" + strings.TrimPrefix(i.ID, "ein-"), DiskSize: i.SystemDisk.DiskSize},
		DataDisks:      disks,
		SystemDiskSize: i.SystemDisk.DiskSize, DataDiskSize: i.DataDiskSize,
		UUID: i.UUID, ISP: i.ISP, SecurityGroupIds: append([]string{}, i.SecurityGroups...),
		VirtualPrivateCloud: virtualPrivateCloud{VpcId: i.VpcID, SubnetId: i.SubnetID, PrivateIpAddresses: []string{i.PrivateIP}},
	}
}

// RunInstances.

type zoneInstanceCountISP struct {
	Zone               string   `json:"Zone"`
	InstanceCount      *int64   `json:"InstanceCount"`
	ISP                string   `json:"ISP"`
	VpcId              string   `json:"VpcId"`
	SubnetId           string   `json:"SubnetId"`
	PrivateIpAddresses []string `json:"PrivateIpAddresses"`
	Ipv6AddressCount   *int64   `json:"Ipv6AddressCount"`
}

type enabledFlag struct {
	Enabled *bool `json:"Enabled"`
}

type enhancedService struct {
	SecurityService  *enabledFlag `json:"SecurityService"`
	MonitorService   *enabledFlag `json:"MonitorService"`
	EIPDirectService *enabledFlag `json:"EIPDirectService"`
}

type runInstancesRequest struct {
	ZoneInstanceCountISPSet []zoneInstanceCountISP `json:"ZoneInstanceCountISPSet"`
	Password                *string                `json:"Password"`
	InternetMaxBandwidthOut *int64                 `json:"InternetMaxBandwidthOut"`
	ModuleId                string                 `json:"ModuleId"`
	ImageId                 string                 `json:"ImageId"`
	InstanceName            string                 `json:"InstanceName"`
	HostName                string                 `json:"HostName"`
	ClientToken             string                 `json:"ClientToken"`
	EnhancedService         *enhancedService       `json:"EnhancedService"`
	TagSpecification        []tagSpecification     `json:"TagSpecification"`
	UserData                string                 `json:"UserData"`
	InstanceType            string                 `json:"InstanceType"`
	DataDiskSize            *int64                 `json:"DataDiskSize"`
	SecurityGroupIds        []string               `json:"SecurityGroupIds"`
	SystemDiskSize          *int64                 `json:"SystemDiskSize"`
	InternetMaxBandwidthIn  *int64                 `json:"InternetMaxBandwidthIn"`
	InstanceChargeType      *int64                 `json:"InstanceChargeType"`
	KeyIds                  []string               `json:"KeyIds"`
	KeepImageLogin          string                 `json:"KeepImageLogin"`
	SystemDisk              *systemDiskIn          `json:"SystemDisk"`
	DataDisks               []dataDiskIn           `json:"DataDisks"`
}

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

type instancePlan struct {
	entry  zoneInstanceCountISP
	region string
	count  int
	vpc    string
	subnet *subnetRecord
}

func (e *state) runInstances(c *tencentapi.Call, req *runInstancesRequest) (any, *tencentapi.Error) {
	if len(req.ZoneInstanceCountISPSet) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter ZoneInstanceCountISPSet is required.")
	}
	// Module or explicit configuration.
	var m *moduleRecord
	if req.ModuleId != "" {
		if aerr := checkID("ModuleId", "em", req.ModuleId, "InvalidParameterValue.InvalidModuleID"); aerr != nil {
			return nil, aerr
		}
		var ok bool
		if m, ok = e.Modules[req.ModuleId]; !ok {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleID", "The module %s does not exist.", req.ModuleId)
		}
	} else {
		if req.InstanceType == "" {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleIDAndInstanceTypeID", "ModuleId and InstanceType cannot be both empty.")
		}
		if req.ImageId == "" || req.DataDiskSize == nil || req.InternetMaxBandwidthOut == nil {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID", "Without ModuleId, ImageId, InstanceType, DataDiskSize and InternetMaxBandwidthOut are required.")
		}
	}
	imageID, typeName := req.ImageId, req.InstanceType
	sr := e.storageRange()
	sysSize, dataSize, bwOut, bwIn := int64(sr.SuggestSystemDiskSize), int64(0), int64(0), int64(0)
	var sgs []string
	var tags []tencentapi.Tag
	sysDisk := moduleDisk{DiskType: diskLocalBasic}
	var dataDisks []moduleDisk
	disableWan := false
	if m != nil {
		if imageID == "" {
			imageID = m.ImageID
		}
		if typeName == "" {
			typeName = m.InstanceType
		}
		sysSize, dataSize, bwOut, bwIn = int64(m.SystemDisk.DiskSize), int64(m.DataDiskSize), int64(m.BandwidthOut), int64(m.BandwidthIn)
		if sysSize == 0 {
			sysSize = int64(m.SystemDiskSize)
		}
		sysDisk.DiskType = m.SystemDisk.DiskType
		dataDisks = append(dataDisks, m.DataDisks...)
		sgs = append(sgs, m.SecurityGroupIDs...)
		disableWan = m.DisableWanIp
	}
	t, ok := e.compute.types[typeName]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceTypeConfigID", "The instance type %q is not offered (DescribeInstanceTypeConfig).", typeName)
	}
	im, ok := e.usableImage(imageID)
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidImageID", "The image %q does not exist.", imageID)
	}
	if aerr := e.checkImageForType(im, t, "UnsupportedOperation.InstanceTypeNotSupportImage"); aerr != nil {
		return nil, aerr
	}
	windows := isWindows(im)
	if req.EnhancedService != nil && req.EnhancedService.EIPDirectService != nil && req.EnhancedService.EIPDirectService.Enabled != nil &&
		*req.EnhancedService.EIPDirectService.Enabled && windows {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidEIPDirectService", "IP direct access is not supported for the Windows image %s.", im.ImageID)
	}
	// Sizes and bandwidth: a given non-zero value replaces the default.
	if req.SystemDiskSize != nil && *req.SystemDiskSize != 0 {
		sysSize = *req.SystemDiskSize
	}
	if aerr := e.checkSystemDiskSize("SystemDiskSize", sysSize, "InvalidParameterValue.InvalidSystemDiskSize"); aerr != nil {
		return nil, aerr
	}
	if req.DataDiskSize != nil && *req.DataDiskSize != 0 {
		dataSize = *req.DataDiskSize
	}
	if dataSize != 0 {
		if aerr := e.checkDataDiskSize("DataDiskSize", dataSize); aerr != nil {
			return nil, aerr
		}
	}
	if req.SystemDisk != nil || len(req.DataDisks) > 0 {
		sd, dd, aerr := e.moduleDisks(req.SystemDisk, req.DataDisks, int(sysSize), "InvalidParameterValue.InvalidSystemDiskSize")
		if aerr != nil {
			return nil, remapCode(aerr, runInstancesCodes)
		}
		if req.SystemDisk != nil {
			sysDisk, sysSize = sd, int64(sd.DiskSize)
		}
		if len(req.DataDisks) > 0 {
			dataDisks = dd
		}
	}
	sysDisk.DiskSize = int(sysSize)
	if req.InternetMaxBandwidthOut != nil && *req.InternetMaxBandwidthOut != 0 {
		bwOut = *req.InternetMaxBandwidthOut
		if m == nil && (req.InternetMaxBandwidthIn == nil || *req.InternetMaxBandwidthIn == 0) {
			bwIn = bwOut
		}
	}
	if req.InternetMaxBandwidthIn != nil && *req.InternetMaxBandwidthIn != 0 {
		bwIn = *req.InternetMaxBandwidthIn
		if m == nil && bwOut == 0 {
			bwOut = bwIn
		}
	}
	if aerr := e.checkBandwidth("InternetMaxBandwidthOut", bwOut, "InvalidParameterValue.InvalidBandwidth"); aerr != nil {
		return nil, aerr
	}
	if bwIn != 0 {
		if aerr := e.checkBandwidth("InternetMaxBandwidthIn", bwIn, "InvalidParameterValue.InvalidBandwidthIn"); aerr != nil {
			return nil, aerr
		}
	}
	if req.InstanceChargeType != nil && *req.InstanceChargeType != 0 {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceChargeType", "InstanceChargeType=%d is for GNR instance types; the sandbox's types are charged 0 (daily peak).", *req.InstanceChargeType)
	}
	// Login.
	keep := false
	switch strings.ToUpper(req.KeepImageLogin) {
	case "", "FALSE":
	case "TRUE":
		keep = true
	default:
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter KeepImageLogin=%q must be TRUE or FALSE.", req.KeepImageLogin)
	}
	n := 0
	for _, b := range []bool{keep, req.Password != nil, len(req.KeyIds) > 0} {
		if b {
			n++
		}
	}
	if n > 1 {
		return nil, tencentapi.Errf("InvalidParameter.ParameterConflict", "Only one of KeepImageLogin, Password and KeyIds may be given.")
	}
	if keep && im.ImageType == PublicImage {
		return nil, tencentapi.Errf("InvalidParameterValue", "KeepImageLogin=TRUE is only for custom, shared or imported images; %s is public.", im.ImageID)
	}
	if req.Password != nil {
		if aerr := checkPassword(*req.Password, windows, 8, 12, 30); aerr != nil {
			return nil, aerr
		}
	}
	for k, id := range req.KeyIds {
		if checkID(fmt.Sprintf("KeyIds.%d", k), "skey", id, "InvalidParameterValue") != nil {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter KeyIds.%d=%q is not a key pair ID.", k, id)
		}
		if _, ok := e.KeyPairs[id]; !ok {
			return nil, tencentapi.Errf("InvalidParameterValue", "The key pair %s does not exist.", id)
		}
	}
	if n := utf8.RuneCountInString(req.InstanceName); n > maxInstanceNameChars {
		return nil, tencentapi.Errf("InvalidParameterValue.InstanceNameTooLong", "The parameter InstanceName is %d characters long; at most %d are allowed.", n, maxInstanceNameChars)
	}
	if req.HostName != "" {
		if aerr := checkHostName(req.HostName, windows); aerr != nil {
			return nil, aerr
		}
	}
	if req.UserData != "" {
		raw, err := base64.StdEncoding.DecodeString(req.UserData)
		if err != nil {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter UserData is not base64.")
		}
		if len(raw) > maxUserDataBytes {
			return nil, tencentapi.Errf("InvalidParameterValue.TooLong", "The parameter UserData is %d bytes decoded; at most %d are allowed.", len(raw), maxUserDataBytes)
		}
	}
	if len(req.SecurityGroupIds) > 0 {
		var aerr *tencentapi.Error
		if sgs, aerr = e.checkInstanceSGs("SecurityGroupIds", req.SecurityGroupIds, "LimitExceeded.InstanceSecurityGroupLimitExceeded", "InvalidParameterValue.InvalidSecurityGroupID"); aerr != nil {
			return nil, aerr
		}
	}
	if len(sgs) == 0 {
		e.ensureDefaultSG(c)
		sgs = []string{defaultSGID}
	}
	for k, s := range req.TagSpecification {
		if s.ResourceType != "instance" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter TagSpecification.%d.ResourceType=%q must be instance.", k, s.ResourceType)
		}
		tags = append(tags, s.Tags...)
	}
	if aerr := checkTags(tags, tagCodes{"InvalidParameterValue.ParameterValueTooLarge", "InvalidParameterValue.ParameterValueTooLarge"}); aerr != nil {
		return nil, aerr
	}
	// Zones, ISPs, networks.
	plans := make([]instancePlan, 0, len(req.ZoneInstanceCountISPSet))
	perRegion := map[string]int{}
	for k, z := range req.ZoneInstanceCountISPSet {
		p := fmt.Sprintf("ZoneInstanceCountISPSet.%d", k)
		if z.Zone == "" || z.InstanceCount == nil || z.ISP == "" {
			return nil, tencentapi.Errf("MissingParameter", "%s needs Zone, InstanceCount and ISP.", p)
		}
		region, ok := e.catalog.zoneOf[z.Zone]
		if !ok {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidZone", "The zone %q (%s.Zone) does not exist (DescribeNode lists the zones).", z.Zone, p)
		}
		if !tencentapi.AnyEqual(z.ISP, e.catalog.zones[z.Zone].ISPs) {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidISPInNode", "The zone %s does not offer the ISP %q (%s.ISP).", z.Zone, z.ISP, p)
		}
		cnt := *z.InstanceCount
		perRegion[region] += int(cnt)
		if cnt < 1 || cnt > maxInstancesPerCall || perRegion[region] > maxInstancesPerCall {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidZoneInstanceCount", "%s.InstanceCount=%d: 1 to %d instances per region per call.", p, cnt, maxInstancesPerCall)
		}
		if z.Ipv6AddressCount != nil && *z.Ipv6AddressCount != 0 {
			return nil, tencentapi.Errf("InvalidParameterValue.NodeNotSupportIPv6", "The zone %s does not support IPv6.", z.Zone)
		}
		if (z.VpcId == "") != (z.SubnetId == "") {
			return nil, tencentapi.Errf("InvalidParameterValue", "%s: VpcId and SubnetId go together.", p)
		}
		if len(z.PrivateIpAddresses) > 0 && z.SubnetId == "" {
			return nil, tencentapi.Errf("InvalidParameterValue", "%s.PrivateIpAddresses needs VpcId and SubnetId.", p)
		}
		r := e.touch(c, region)
		plan := instancePlan{entry: z, region: region, count: int(cnt)}
		if z.VpcId != "" {
			if checkID(p+".VpcId", "vpc", z.VpcId, "InvalidParameterValue") != nil {
				return nil, tencentapi.Errf("InvalidParameterValue", "The parameter %s.VpcId=%q is not a VPC ID.", p, z.VpcId)
			}
			if _, ok := r.VPCs[z.VpcId]; !ok {
				return nil, tencentapi.Errf("ResourceNotFound", "The VPC %s does not exist in the region %s of the zone %s.", z.VpcId, region, z.Zone)
			}
			s, ok := r.Subnets[z.SubnetId]
			if !ok || s.VpcID != z.VpcId || s.Zone != z.Zone {
				return nil, tencentapi.Errf("InvalidParameterValue.SubnetNotExist", "The subnet %q does not exist in the VPC %s and the zone %s.", z.SubnetId, z.VpcId, z.Zone)
			}
			plan.vpc, plan.subnet = z.VpcId, s
		} else {
			s, ok := r.Subnets[r.DefaultSubnets[z.Zone]]
			if !ok {
				return nil, tencentapi.Errf("InvalidParameterValue.SubnetNotExist", "The zone %s has no default subnet: give VpcId and SubnetId.", z.Zone)
			}
			plan.vpc, plan.subnet = s.VpcID, s
		}
		if len(z.PrivateIpAddresses) > 0 {
			if len(z.PrivateIpAddresses) != plan.count {
				return nil, tencentapi.Errf("InvalidParameterValue", "%s.PrivateIpAddresses has %d addresses for %d instances.", p, len(z.PrivateIpAddresses), plan.count)
			}
			first, last, _ := subnetHosts(plan.subnet.CIDR)
			for j, ip := range z.PrivateIpAddresses {
				v, ok := ipU32(ip)
				if !ok || v < first || v > last {
					return nil, tencentapi.Errf("InvalidParameterValue", "%s.PrivateIpAddresses.%d=%q is not a usable address of the subnet %s (%s).", p, j, ip, plan.subnet.ID, plan.subnet.CIDR)
				}
				if _, used := e.subnetIPs[plan.subnet.ID][ip]; used {
					return nil, tencentapi.Errf("InvalidParameterValue", "The private IP %s is in use in the subnet %s.", ip, plan.subnet.ID)
				}
			}
		}
		plans = append(plans, plan)
	}
	// Create, rolling back on an exhausted subnet or IP pool.
	var made []*instanceRecord
	rollback := func(aerr *tencentapi.Error) (any, *tencentapi.Error) {
		for _, ins := range made {
			e.removeInstance(ins)
		}
		return nil, aerr
	}
	for _, plan := range plans {
		names := instanceNames(req.InstanceName, plan.count)
		for k := 0; k < plan.count; k++ {
			var ip string
			if len(plan.entry.PrivateIpAddresses) > 0 {
				ip = plan.entry.PrivateIpAddresses[k]
				if _, used := e.subnetIPs[plan.subnet.ID][ip]; used {
					return rollback(tencentapi.Errf("InvalidParameterValue.Duplicate", "The private IP %s is given twice.", ip))
				}
			} else if ip, ok = e.freePrivateIP(plan.subnet, nil); !ok {
				return rollback(tencentapi.Errf("ResourceInsufficient.PrivateIPQuotaNotEnough", "The subnet %s has no free private IP.", plan.subnet.ID))
			}
			pub := ""
			if !disableWan {
				if pub, ok = e.allocateIP(); !ok {
					return rollback(tencentapi.Errf("ResourceInsufficient.IPQuotaNotEnough", "The public IP pool is exhausted."))
				}
			}
			id := e.newID("ein", kindInstance, plan.region)
			ins := &instanceRecord{
				ID: id, Name: names[k], Zone: plan.entry.Zone, Region: plan.region, ISP: plan.entry.ISP,
				ImageID: im.ImageID, InstanceType: t.InstanceType, SystemDisk: sysDisk,
				DataDisks: append([]moduleDisk(nil), dataDisks...), DataDiskSize: int(dataSize),
				BandwidthOut: int(bwOut), BandwidthIn: int(bwIn),
				VpcID: plan.vpc, SubnetID: plan.subnet.ID, PrivateIP: ip, PublicIP: pub,
				ENI: e.newID("eni", kindENI, plan.region), SecurityGroups: append([]string(nil), sgs...),
				Tags: copyTags(tags), HostName: req.HostName, KeyIDs: dedupeStrings(req.KeyIds), UUID: instanceUUID(id, c.Now),
				Created: c.Now, Seq: e.nextSeq(),
			}
			if m != nil {
				ins.ModuleID = m.ID
				m.Instances++
			}
			e.indexInstance(ins)
			e.startOp(c, ins, insPending, insRunning, insLaunchFailed)
			e.lagWrite(c.ReadLag, kindInstance, plan.region, id, nil)
			made = append(made, ins)
		}
	}
	ids := make([]string, 0, len(made))
	for _, ins := range made {
		ids = append(ids, ins.ID)
	}
	return struct {
		InstanceIdSet []string `json:"InstanceIdSet"`
	}{ids}, nil
}

// instanceUUID is a stable UUID-shaped string for the instance.
func instanceUUID(id string, now time.Time) string {
	h := uint64(14695981039346656037)
	for _, b := range []byte(id + now.String()) {
		h = (h ^ uint64(b)) * 1099511628211
	}
	s := fmt.Sprintf("%016x%016x", h, h*31+7)
	return s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32]
}

// DescribeInstances.

type describeInstancesRequest struct {
	Filters        []tencentapi.Filter `json:"Filters"`
	Offset         *int64              `json:"Offset"`
	Limit          *int64              `json:"Limit"`
	OrderByField   string              `json:"OrderByField"`
	OrderDirection *int64              `json:"OrderDirection"`
}

func (e *state) instanceFilters() tencentapi.FilterSet[*instanceRecord] {
	eq := func(get func(i *instanceRecord) string) tencentapi.FilterDef[*instanceRecord] {
		return tencentapi.FilterDef[*instanceRecord]{Match: func(i *instanceRecord, v []string) bool { return tencentapi.AnyEqual(get(i), v) }}
	}
	return tencentapi.FilterSet[*instanceRecord]{
		Defs: map[string]tencentapi.FilterDef[*instanceRecord]{
			"zone":      eq(func(i *instanceRecord) string { return i.Zone }),
			"zone-name": {Match: func(i *instanceRecord, v []string) bool { return tencentapi.AnyContains(e.catalog.zoneName(i.Zone), v) }},
			"module-id": eq(func(i *instanceRecord) string { return i.ModuleID }),
			"module-name": {Match: func(i *instanceRecord, v []string) bool {
				m, ok := e.Modules[i.ModuleID]
				return ok && tencentapi.AnyContains(m.Name, v)
			}},
			"instance-id":   eq(func(i *instanceRecord) string { return i.ID }),
			"instance-name": {Match: func(i *instanceRecord, v []string) bool { return tencentapi.AnyContains(i.Name, v) }},
			"ip-address": {Match: func(i *instanceRecord, v []string) bool {
				return tencentapi.AnyEqual(i.PrivateIP, v) || (i.PublicIP != "" && tencentapi.AnyEqual(i.PublicIP, v))
			}},
			"private-ip-address":        eq(func(i *instanceRecord) string { return i.PrivateIP }),
			"instance-uuid":             eq(func(i *instanceRecord) string { return i.UUID }),
			"instance-state":            eq(func(i *instanceRecord) string { return i.State }),
			"internet-service-provider": eq(func(i *instanceRecord) string { return i.ISP }),
			"isp":                       eq(func(i *instanceRecord) string { return i.ISP }),
			"image-id":                  eq(func(i *instanceRecord) string { return i.ImageID }),
			"vpc-id":                    eq(func(i *instanceRecord) string { return i.VpcID }),
			"subnet-id":                 eq(func(i *instanceRecord) string { return i.SubnetID }),
			"instance-family": {Match: func(i *instanceRecord, v []string) bool {
				family := strings.SplitN(i.InstanceType, ".", 2)[0]
				if t, ok := e.compute.types[i.InstanceType]; ok {
					family = t.InstanceFamily
				}
				return tencentapi.AnyEqual(family, v)
			}},
			"security-group-id": {Match: func(i *instanceRecord, v []string) bool {
				for _, id := range i.SecurityGroups {
					if tencentapi.AnyEqual(id, v) {
						return true
					}
				}
				return false
			}},
		},
		Tags:       func(i *instanceRecord) []tencentapi.Tag { return i.Tags },
		MaxFilters: 10,
		MaxValues:  5,
		LimitCode:  "InvalidParameterValue.InvalidFilter",
	}
}

var describeInstancesCodes = map[string]string{"InvalidParameterValue.FilterLimitExceeded": "InvalidParameterValue.InvalidFilter"}

// instanceViews: every instance as a lagged reader sees it.
func (e *state) instanceViews() []*instanceRecord {
	out := make([]*instanceRecord, 0, len(e.Instances))
	for _, i := range e.Instances {
		out = append(out, i)
	}
	return applyLag(e, kindInstance, "", nil, out, func(i *instanceRecord) string { return i.ID },
		func(_ string, before any) *instanceRecord { return before.(*instanceRecord) })
}

func (e *state) describeInstances(_ *tencentapi.Call, req *describeInstancesRequest) (any, *tencentapi.Error) {
	offset, lim, aerr := tencentapi.CheckPaging(tencentapi.Int64Or(req.Offset, 0), tencentapi.Int64Or(req.Limit, 0), "InvalidParameterValue.InvaildPageParam")
	if aerr != nil {
		return nil, aerr
	}
	switch req.OrderByField {
	case "", "timestamp":
	default:
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidOrderByField", "The parameter OrderByField=%q must be timestamp.", req.OrderByField)
	}
	asc := false
	switch tencentapi.Int64Or(req.OrderDirection, 0) {
	case 0:
	case 1:
		asc = true
	default:
		return nil, tencentapi.Errf("InvalidParameterValue.InvaildPageParam", "The parameter OrderDirection=%d must be 0 (descending) or 1 (ascending).", *req.OrderDirection)
	}
	for k, f := range req.Filters {
		if f.Name == "instance-id" {
			for j, v := range f.Values {
				if aerr := checkID(fmt.Sprintf("Filters.%d.Values.%d", k, j), "ein", v, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
					return nil, aerr
				}
			}
		}
	}
	match, aerr := e.instanceFilters().Compile(req.Filters)
	if aerr != nil {
		return nil, remapCode(aerr, describeInstancesCodes)
	}
	var found []*instanceRecord
	for _, i := range e.instanceViews() {
		if match(i) {
			found = append(found, i)
		}
	}
	sort.Slice(found, func(a, b int) bool {
		if asc {
			return found[a].Seq < found[b].Seq
		}
		return found[a].Seq > found[b].Seq
	})
	set := []instanceOut{}
	for _, i := range tencentapi.PageOf(found, offset, lim) {
		set = append(set, e.instanceInfo(i))
	}
	return struct {
		TotalCount  int           `json:"TotalCount"`
		InstanceSet []instanceOut `json:"InstanceSet"`
	}{len(found), set}, nil
}

// findInstances checks InstanceIdSet.N (1..100, shapes, existence) and
// returns the instances in order, without repeats.
func (e *state) findInstances(ids []string, notFound string) ([]*instanceRecord, *tencentapi.Error) {
	if len(ids) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter InstanceIdSet is required.")
	}
	if len(ids) > maxInstancesPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.ParameterValueTooLarge", "At most %d instances per call; got %d.", maxInstancesPerCall, len(ids))
	}
	ids = dedupeStrings(ids)
	out := make([]*instanceRecord, 0, len(ids))
	for k, id := range ids {
		if aerr := checkID(fmt.Sprintf("InstanceIdSet.%d", k), "ein", id, "InvalidParameterValue.InvalidInstanceID"); aerr != nil {
			return nil, aerr
		}
		ins, ok := e.Instances[id]
		if !ok {
			return nil, tencentapi.Errf(notFound, "The instance %s does not exist.", id)
		}
		out = append(out, ins)
	}
	return out, nil
}

// TerminateInstances.

type terminateInstancesRequest struct {
	InstanceIdSet             []string `json:"InstanceIdSet"`
	TerminateDelay            *bool    `json:"TerminateDelay"`
	TerminateTime             string   `json:"TerminateTime"`
	AssociatedResourceDestroy *bool    `json:"AssociatedResourceDestroy"`
}

func (e *state) terminateInstances(c *tencentapi.Call, req *terminateInstancesRequest) (any, *tencentapi.Error) {
	list, aerr := e.findInstances(req.InstanceIdSet, "ResourceNotFound.InstanceNotExist")
	if aerr != nil {
		return nil, aerr
	}
	if req.TerminateDelay != nil && *req.TerminateDelay {
		at, err := time.ParseInLocation(tcTimeLayout, req.TerminateTime, chinaStandard)
		if err != nil {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidTime", "The parameter TerminateTime=%q is not YYYY-MM-DD hh:mm:ss.", req.TerminateTime)
		}
		if !at.After(c.Now) {
			return nil, tencentapi.Errf("InvalidParameterValue.TerminateTimeSmaller", "TerminateTime %s is not in the future.", req.TerminateTime)
		}
		return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "Scheduled termination is not emulated by the sandbox.")
	}
	for _, ins := range list {
		if ins.operating() && ins.State != insPending {
			return nil, tencentapi.Errf("FailedOperation.OperationNotAllow", "The instance %s is %s (%s in progress).", ins.ID, ins.State, ins.LastOp)
		}
	}
	// AssociatedResourceDestroy (default true) would release the EIPs bound to
	// the instance; EIPs cannot be bound to instances yet, so there are none.
	for _, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		prev := ins.State
		if prev == insPending {
			prev = insLaunchFailed
		}
		e.startOp(c, ins, insTerminating, "", prev)
	}
	return nil, nil
}

// sgInstances are the instances bound to a security group, in creation order.
func (e *state) sgInstances(sg string) []*instanceRecord {
	var out []*instanceRecord
	for _, i := range e.Instances {
		if tencentapi.AnyEqual(sg, i.SecurityGroups) {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Seq < out[b].Seq })
	return out
}

// instanceStatistic is InstanceStatistic (L32203).
type instanceStatistic struct {
	InstanceType  string `json:"InstanceType"`
	InstanceCount int    `json:"InstanceCount"`
}

// instanceStatistics counts instances per type, types in name order.
func instanceStatistics(list []*instanceRecord) []instanceStatistic {
	n := map[string]int{}
	for _, i := range list {
		n[i.InstanceType]++
	}
	out := make([]instanceStatistic, 0, len(n))
	for t, c := range n {
		out = append(out, instanceStatistic{t, c})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].InstanceType < out[b].InstanceType })
	return out
}
