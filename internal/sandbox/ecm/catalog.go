package ecm

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// The catalog of ECM regions and zones (nodes). Regions and zones are looked
// up in it, not matched against a pattern: a typo region or a made-up zone is
// refused as the real API refuses it. DescribeNode answers from it.
//
// The default catalog holds every region and zone the document's examples use
// (seed 003; catalog §5.2 item 10). Where the document gives a node's details
// (DescribeNode example, L4443-L4604: ap-hangzhou-ecm-1 and
// ap-shenzhen-ecm-ct2) they are copied; the other IDs and names are the
// sandbox's own choice, in the same style.

// Catalog is the set of ECM regions and zones the sandbox serves.
type Catalog struct {
	Regions []CatalogRegion `json:"regions"`
}

// CatalogRegion is one ECM region (RegionInfo) with where it is (Country,
// Area, Province, City: IDs and readable names) and its zones.
type CatalogRegion struct {
	Region       string        `json:"region"`      // ap-hangzhou-ecm
	RegionName   string        `json:"region_name"` // Hangzhou
	RegionID     int           `json:"region_id"`   // 1011
	CountryID    string        `json:"country_id"`
	CountryName  string        `json:"country_name"`
	AreaID       string        `json:"area_id"`
	AreaName     string        `json:"area_name"`
	ProvinceID   string        `json:"province_id"`
	ProvinceName string        `json:"province_name"`
	CityID       string        `json:"city_id"`
	CityName     string        `json:"city_name"`
	Zones        []CatalogZone `json:"zones"`
}

// CatalogZone is one zone (ZoneInfo) and the ISPs it offers.
type CatalogZone struct {
	Zone     string   `json:"zone"`      // ap-hangzhou-ecm-1
	ZoneName string   `json:"zone_name"` // Hangzhou Zone 1
	ZoneID   int      `json:"zone_id"`   // 10110001
	ISPs     []string `json:"isps"`      // CMCC, CTCC, CUCC
}

var ispNames = map[string]string{"CMCC": "China Mobile", "CTCC": "China Telecom", "CUCC": "China Unicom"}

var allISPs = []string{"CMCC", "CUCC", "CTCC"}

// DefaultCatalog is the catalog the sandbox starts with.
func DefaultCatalog() Catalog {
	china := func(r CatalogRegion) CatalogRegion {
		r.CountryID, r.CountryName = "china", "China"
		return r
	}
	return Catalog{Regions: []CatalogRegion{
		// Copied from the DescribeNode example.
		china(CatalogRegion{Region: "ap-hangzhou-ecm", RegionName: "Hangzhou", RegionID: 1011,
			AreaID: "china-east", AreaName: "East China", ProvinceID: "china-east-zhejiang", ProvinceName: "Zhejiang",
			CityID: "china-east-zhejiang-hangzhou", CityName: "Hangzhou",
			Zones: []CatalogZone{{Zone: "ap-hangzhou-ecm-1", ZoneName: "Hangzhou Zone 1", ZoneID: 10110001, ISPs: allISPs}}}),
		// Copied from the DescribeNode example: the zone bears the region's name.
		china(CatalogRegion{Region: "ap-shenzhen-ecm-ct2", RegionName: "Shenzhen", RegionID: 1051,
			AreaID: "china-south", AreaName: "South China", ProvinceID: "china-south-guangdong", ProvinceName: "Guangdong",
			CityID: "china-south-guangdong-shenzhen", CityName: "Shenzhen",
			Zones: []CatalogZone{{Zone: "ap-shenzhen-ecm-ct2", ZoneName: "Shenzhen Zone 5 (China Telecom)", ZoneID: 10510001, ISPs: []string{"CTCC"}}}}),
		// The rest: regions and zones named in other examples; IDs and names chosen by the sandbox.
		china(CatalogRegion{Region: "ap-xian-ecm", RegionName: "Xi'an", RegionID: 1021,
			AreaID: "china-northwest", AreaName: "Northwest China", ProvinceID: "china-northwest-shaanxi", ProvinceName: "Shaanxi",
			CityID: "china-northwest-shaanxi-xian", CityName: "Xi'an",
			Zones: []CatalogZone{{Zone: "ap-xian-ecm-1", ZoneName: "Xi'an Zone 1", ZoneID: 10210001, ISPs: allISPs}}}),
		china(CatalogRegion{Region: "ap-beijing-ecm", RegionName: "Beijing", RegionID: 1031,
			AreaID: "china-north", AreaName: "North China", ProvinceID: "china-north-beijing", ProvinceName: "Beijing",
			CityID: "china-north-beijing-beijing", CityName: "Beijing",
			Zones: []CatalogZone{
				{Zone: "ap-beijing-ecm-ct", ZoneName: "Beijing Zone (China Telecom)", ZoneID: 10310001, ISPs: []string{"CTCC"}},
				{Zone: "ap-beijing-ecm-cm3-1", ZoneName: "Beijing Zone 3 (China Mobile)", ZoneID: 10310002, ISPs: []string{"CMCC"}},
				{Zone: "ap-beijing-ecm-cu3-1", ZoneName: "Beijing Zone 3 (China Unicom)", ZoneID: 10310003, ISPs: []string{"CUCC"}},
			}}),
		china(CatalogRegion{Region: "ap-bhmini-ecm", RegionName: "Bhmini", RegionID: 1041,
			AreaID: "china-south", AreaName: "South China", ProvinceID: "china-south-guangxi", ProvinceName: "Guangxi",
			CityID: "china-south-guangxi-bhmini", CityName: "Bhmini",
			Zones: []CatalogZone{{Zone: "ap-bhmini-ecm-1", ZoneName: "Bhmini Zone 1", ZoneID: 10410001, ISPs: allISPs}}}),
		china(CatalogRegion{Region: "ap-guangzhou-ecm", RegionName: "Guangzhou", RegionID: 1061,
			AreaID: "china-south", AreaName: "South China", ProvinceID: "china-south-guangdong", ProvinceName: "Guangdong",
			CityID: "china-south-guangdong-guangzhou", CityName: "Guangzhou",
			Zones: []CatalogZone{{Zone: "ap-guangzhou-ecm-1", ZoneName: "Guangzhou Zone 1", ZoneID: 10610001, ISPs: allISPs}}}),
		china(CatalogRegion{Region: "ap-guangzhou-ecm-cu2", RegionName: "Guangzhou", RegionID: 1062,
			AreaID: "china-south", AreaName: "South China", ProvinceID: "china-south-guangdong", ProvinceName: "Guangdong",
			CityID: "china-south-guangdong-guangzhou", CityName: "Guangzhou",
			Zones: []CatalogZone{{Zone: "ap-guangzhou-ecm-cu2", ZoneName: "Guangzhou Zone 2 (China Unicom)", ZoneID: 10620001, ISPs: []string{"CUCC"}}}}),
		china(CatalogRegion{Region: "ap-zhengzhou-ecm", RegionName: "Zhengzhou", RegionID: 1071,
			AreaID: "china-central", AreaName: "Central China", ProvinceID: "china-central-henan", ProvinceName: "Henan",
			CityID: "china-central-henan-zhengzhou", CityName: "Zhengzhou",
			Zones: []CatalogZone{{Zone: "ap-zhengzhou-ecm-1", ZoneName: "Zhengzhou Zone 1", ZoneID: 10710001, ISPs: allISPs}}}),
		china(CatalogRegion{Region: "ap-nanjing-ecm", RegionName: "Nanjing", RegionID: 1081,
			AreaID: "china-east", AreaName: "East China", ProvinceID: "china-east-jiangsu", ProvinceName: "Jiangsu",
			CityID: "china-east-jiangsu-nanjing", CityName: "Nanjing",
			Zones: []CatalogZone{{Zone: "ap-nanjing-ecm-1", ZoneName: "Nanjing Zone 1", ZoneID: 10810001, ISPs: allISPs}}}),
		china(CatalogRegion{Region: "ap-qingdao-ecm", RegionName: "Qingdao", RegionID: 1091,
			AreaID: "china-north", AreaName: "North China", ProvinceID: "china-north-shandong", ProvinceName: "Shandong",
			CityID: "china-north-shandong-qingdao", CityName: "Qingdao",
			Zones: []CatalogZone{{Zone: "ap-qingdao-ecm-1", ZoneName: "Qingdao Zone 1", ZoneID: 10910001, ISPs: allISPs}}}),
	}}
}

// ParseCatalog reads a catalog written as JSON (the shape of Catalog) and validates it.
func ParseCatalog(data []byte) (Catalog, error) {
	var c Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return Catalog{}, fmt.Errorf("ecm catalog: %w", err)
	}
	return c, c.Validate()
}

var catalogName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks that names are unique and well formed, that every region
// has a zone and that every zone offers a known ISP.
func (c Catalog) Validate() error {
	if len(c.Regions) == 0 {
		return fmt.Errorf("ecm catalog: no regions")
	}
	seen := map[string]bool{}
	for _, r := range c.Regions {
		if !catalogName.MatchString(r.Region) || seen["r:"+r.Region] {
			return fmt.Errorf("ecm catalog: region %q is malformed or repeated", r.Region)
		}
		seen["r:"+r.Region] = true
		if len(r.Zones) == 0 {
			return fmt.Errorf("ecm catalog: region %s has no zone", r.Region)
		}
		for _, z := range r.Zones {
			if !catalogName.MatchString(z.Zone) || seen["z:"+z.Zone] {
				return fmt.Errorf("ecm catalog: zone %q is malformed or repeated", z.Zone)
			}
			seen["z:"+z.Zone] = true
			if len(z.ISPs) == 0 {
				return fmt.Errorf("ecm catalog: zone %s offers no ISP", z.Zone)
			}
			for _, isp := range z.ISPs {
				if ispNames[isp] == "" {
					return fmt.Errorf("ecm catalog: zone %s: unknown ISP %q (CMCC, CTCC, CUCC)", z.Zone, isp)
				}
			}
		}
	}
	return nil
}

// catalogIndex finds regions and zones by name.
type catalogIndex struct {
	catalog Catalog
	regions map[string]*CatalogRegion
	zones   map[string]*CatalogZone
	zoneOf  map[string]string // zone -> region
}

func newCatalogIndex(c Catalog) *catalogIndex {
	x := &catalogIndex{catalog: c, regions: map[string]*CatalogRegion{}, zones: map[string]*CatalogZone{}, zoneOf: map[string]string{}}
	for i := range c.Regions {
		r := &c.Regions[i]
		x.regions[r.Region] = r
		for j := range r.Zones {
			x.zones[r.Zones[j].Zone] = &r.Zones[j]
			x.zoneOf[r.Zones[j].Zone] = r.Region
		}
	}
	return x
}

// regionName is the region's readable name ("" when not in the catalog).
func (x *catalogIndex) regionName(region string) string {
	if r, ok := x.regions[region]; ok {
		return r.RegionName
	}
	return region
}

// zoneName is the zone's readable name.
func (x *catalogIndex) zoneName(zone string) string {
	if z, ok := x.zones[zone]; ok {
		return z.ZoneName
	}
	return zone
}

// isps are the ISPs offered somewhere in the region, in a fixed order.
func (x *catalogIndex) isps(region string) []string {
	r, ok := x.regions[region]
	if !ok {
		return nil
	}
	set := map[string]bool{}
	for _, z := range r.Zones {
		for _, isp := range z.ISPs {
			set[isp] = true
		}
	}
	out := make([]string, 0, len(set))
	for isp := range set {
		out = append(out, isp)
	}
	sort.Strings(out)
	return out
}

// SetCatalog replaces the regions and zones the sandbox serves. Objects
// already kept in regions that the new catalog lacks stay readable by ID
// but no call can name their region any more.
func (p *Product) SetCatalog(c Catalog) error {
	if err := c.Validate(); err != nil {
		return err
	}
	p.state.catalog = newCatalogIndex(c)
	return nil
}

// Catalog returns the catalog in use.
func (p *Product) Catalog() Catalog { return p.state.catalog.catalog }

// DescribeNode (L4360-L4674), answered from the catalog: one Node per zone.

type describeNodeRequest struct {
	Filters []tencentapi.Filter `json:"Filters"`
}

type nodeZoneInfo struct {
	ZoneId   int    `json:"ZoneId"`
	ZoneName string `json:"ZoneName"`
	Zone     string `json:"Zone"`
}

type nodeRegionInfo struct {
	RegionId   int    `json:"RegionId"`
	Region     string `json:"Region"`
	RegionName string `json:"RegionName"`
}

type nodeISP struct {
	ISPId   string `json:"ISPId"`
	ISPName string `json:"ISPName"`
}

type nodeInfo struct {
	ZoneInfo   nodeZoneInfo      `json:"ZoneInfo"`
	Country    map[string]string `json:"Country"`
	Area       map[string]string `json:"Area"`
	Province   map[string]string `json:"Province"`
	City       map[string]string `json:"City"`
	RegionInfo nodeRegionInfo    `json:"RegionInfo"`
	ISPSet     []nodeISP         `json:"ISPSet"`
	ISPNum     int               `json:"ISPNum"`
}

func (e *state) describeNode(_ *tencentapi.Call, req *describeNodeRequest) (any, *tencentapi.Error) {
	// The only documented filter is InstanceFamily. The sandbox has no
	// instance families yet: every node offers every family, so the filter is
	// validated (a name and at least one value) and matches all nodes. The
	// document is silent on unknown filter names: InvalidParameterValue
	// (common), and on an empty filter: MissingParameter.MissingNodeParameter
	// (the action's own code for incomplete parameters).
	for i, f := range req.Filters {
		if f.Name != "InstanceFamily" {
			return nil, tencentapi.Errf("InvalidParameterValue", "The filter name %q (Filters.%d.Name) is not supported; DescribeNode filters by InstanceFamily.", f.Name, i)
		}
		if len(f.Values) == 0 {
			return nil, tencentapi.Errf("MissingParameter.MissingNodeParameter", "The filter InstanceFamily (Filters.%d) needs at least one value.", i)
		}
	}
	set := []nodeInfo{}
	for _, r := range e.catalog.catalog.Regions {
		for _, z := range r.Zones {
			n := nodeInfo{
				ZoneInfo:   nodeZoneInfo{ZoneId: z.ZoneID, ZoneName: z.ZoneName, Zone: z.Zone},
				Country:    map[string]string{"CountryId": r.CountryID, "CountryName": r.CountryName},
				Area:       map[string]string{"AreaId": r.AreaID, "AreaName": r.AreaName},
				Province:   map[string]string{"ProvinceId": r.ProvinceID, "ProvinceName": r.ProvinceName},
				City:       map[string]string{"CityId": r.CityID, "CityName": r.CityName},
				RegionInfo: nodeRegionInfo{RegionId: r.RegionID, Region: r.Region, RegionName: r.RegionName},
				ISPSet:     []nodeISP{},
				ISPNum:     len(z.ISPs),
			}
			for _, isp := range z.ISPs {
				n.ISPSet = append(n.ISPSet, nodeISP{isp, ispNames[isp]})
			}
			// As in the example: a zone with all three ISPs also lists the
			// non-BGP combination, which ISPNum does not count (catalog §5.5 item 39).
			if len(z.ISPs) == 3 {
				n.ISPSet = append(n.ISPSet, nodeISP{"CTCC;CUCC;CMCC", "Non-BGP"})
			}
			set = append(set, n)
		}
	}
	return struct {
		NodeSet    []nodeInfo `json:"NodeSet"`
		TotalCount int        `json:"TotalCount"`
	}{set, len(set)}, nil
}
