package ecm

import (
	"fmt"
	"strings"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// DescribePriceRunInstance (seed 003, L10220-L10424). The document gives
// prices in cents (PriceDetail) and one example; the sandbox's choices:
//   - Fixed per-unit rates, in thousandths of a cent, chosen so that the
//     example (SN3ne.LARGE8: 4 vCPU, 8 GB; 2 instances; 50 GB system disk)
//     gives the example's parts exactly: CPU 1 600 000 per vCPU (12800),
//     memory 506 625 per GB (8106), LOCAL_BASIC disk 1 160 per GB (116);
//     CLOUD_PREMIUM disk costs twice LOCAL_BASIC. Each part is rounded to a
//     cent. OriginalPrice is the parts' sum (21022: the example's 21023 is
//     one cent off its own parts).
//   - One discount for every part: DiscountPrice = round(OriginalPrice × 65 %)
//     as in the example (12800 → 8320, 8106 → 5269, 116 → 75), and Discount =
//     ⌊100 × DiscountPrice / OriginalPrice⌋ (65, 65, 64 as in the example;
//     the PriceDetail text's "20 represents 80 % off" contradicts the
//     example, which is followed). The total's DiscountPrice is the parts'
//     sum and its Discount the rate itself (65), as in the example. The price does not depend on InstanceChargeType or a period: it
//     is the example's figure for the instances and disks asked.
//   - InstanceType: required (MissingParameter, common); outside the compute
//     catalog: InvalidParameterValue.InvalidInstanceTypeConfigID.
//   - SystemDisk: required (MissingParameter); DiskType LOCAL_BASIC (default)
//     or CLOUD_PREMIUM, else InvalidSystemDiskType (the example's "234" is
//     refused: see seedExpectedFailures); DiskSize absent takes
//     DescribeConfig's SuggestSystemDiskSize, outside
//     MinSystemDiskSize..MaxSystemDiskSize is InvalidSystemDiskSize. DiskId
//     is ignored ("temporarily unavailable").
//   - DataDisk.N (the document's name; modules say DataDisks.N): DiskSize
//     required and within DescribeConfig's data-disk range and step,
//     DiskType as above; both InvalidParameterValue (no data-disk code in
//     the table).
//   - InstanceCount: required, 1..100 (InvalidParameterValue; the sandbox's
//     bound, as RunInstances' per-call instance limit).
//   - InstanceChargeType: 0, 1 or 2; 1 and 2 apply only to GNR models, 0
//     only to non-GNR ones (the text): otherwise InvalidParameterValue. The
//     default is 0 for non-GNR models and 2 for GNR ones.

const (
	priceCPUPerVcpu     = 1600000 // thousandths of a cent per vCPU
	priceMemPerGB       = 506625  // thousandths of a cent per GB of memory
	priceDiskPerGBLocal = 1160    // thousandths of a cent per GB of LOCAL_BASIC disk
	priceDiscountPct    = 65      // DiscountPrice = OriginalPrice × 65 %
	maxPriceInstances   = 100
)

type describePriceRunInstanceRequest struct {
	InstanceType       string        `json:"InstanceType"`
	SystemDisk         *systemDiskIn `json:"SystemDisk"`
	InstanceCount      *int64        `json:"InstanceCount"`
	DataDisk           []dataDiskIn  `json:"DataDisk"`
	InstanceChargeType *int64        `json:"InstanceChargeType"`
}

type priceDetail struct {
	Discount      int64 `json:"Discount"`
	DiscountPrice int64 `json:"DiscountPrice"`
	OriginalPrice int64 `json:"OriginalPrice"`
}

type instancePricesPartDetail struct {
	CpuPrice   priceDetail `json:"CpuPrice"`
	MemPrice   priceDetail `json:"MemPrice"`
	DisksPrice priceDetail `json:"DisksPrice"`
}

type instancesPrice struct {
	InstancePricesPartDetail instancePricesPartDetail `json:"InstancePricesPartDetail"`
	Discount                 int64                    `json:"Discount"`
	DiscountPrice            int64                    `json:"DiscountPrice"`
	OriginalPrice            int64                    `json:"OriginalPrice"`
}

// isGNR reports whether an instance type is a GNR model (GPU, billed by the
// hour or month).
func isGNR(t *CatalogInstanceType) bool {
	return strings.HasPrefix(strings.ToUpper(t.InstanceFamily), "GNR")
}

func (e *state) describePriceRunInstance(_ *tencentapi.Call, req *describePriceRunInstanceRequest) (any, *tencentapi.Error) {
	if req.InstanceType == "" {
		return nil, tencentapi.Errf("MissingParameter", "The parameter InstanceType is required.")
	}
	it, ok := e.compute.types[req.InstanceType]
	if !ok {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidInstanceTypeConfigID", "The instance type %q is not offered.", req.InstanceType)
	}
	if req.SystemDisk == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter SystemDisk is required.")
	}
	if req.InstanceCount == nil {
		return nil, tencentapi.Errf("MissingParameter", "The parameter InstanceCount is required.")
	}
	count := *req.InstanceCount
	if count < 1 || count > maxPriceInstances {
		return nil, tencentapi.Errf("InvalidParameterValue", "The parameter InstanceCount=%d must be between 1 and %d.", count, maxPriceInstances)
	}
	if ct := req.InstanceChargeType; ct != nil {
		switch {
		case *ct < 0 || *ct > 2:
			return nil, tencentapi.Errf("InvalidParameterValue", "The parameter InstanceChargeType=%d must be 0, 1 or 2.", *ct)
		case *ct == 0 && isGNR(it):
			return nil, tencentapi.Errf("InvalidParameterValue", "InstanceChargeType 0 (daily peak) does not apply to the GNR model %s.", it.InstanceType)
		case *ct != 0 && !isGNR(it):
			return nil, tencentapi.Errf("InvalidParameterValue", "InstanceChargeType %d applies to GNR models only; %s is not one.", *ct, it.InstanceType)
		}
	}
	sysType, aerr := checkDiskType("SystemDisk.DiskType", req.SystemDisk.DiskType)
	if aerr != nil {
		return nil, remapCode(aerr, map[string]string{"InvalidParameterValue": "InvalidParameterValue.InvalidSystemDiskType"})
	}
	sysSize := int64(e.storageRange().SuggestSystemDiskSize)
	if req.SystemDisk.DiskSize != nil {
		sysSize = *req.SystemDisk.DiskSize
		if aerr := e.checkSystemDiskSize("SystemDisk.DiskSize", sysSize, "InvalidParameterValue.InvalidSystemDiskSize"); aerr != nil {
			return nil, aerr
		}
	}
	diskMilli := diskRate(sysType) * sysSize
	for i, d := range req.DataDisk {
		param := fmt.Sprintf("DataDisk.%d", i)
		if d.DiskSize == nil {
			return nil, tencentapi.Errf("MissingParameter", "The parameter %s.DiskSize is required.", param)
		}
		if aerr := e.dataDiskSizeValue(param+".DiskSize", *d.DiskSize); aerr != nil {
			return nil, aerr
		}
		typ, aerr := checkDiskType(param+".DiskType", d.DiskType)
		if aerr != nil {
			return nil, aerr
		}
		diskMilli += diskRate(typ) * *d.DiskSize
	}
	cpu := part(count * int64(it.Vcpu) * priceCPUPerVcpu)
	mem := part(count * int64(it.Memory) * priceMemPerGB)
	disks := part(count * diskMilli)
	orig := cpu.OriginalPrice + mem.OriginalPrice + disks.OriginalPrice
	disc := cpu.DiscountPrice + mem.DiscountPrice + disks.DiscountPrice
	return struct {
		InstancePrice instancesPrice `json:"InstancePrice"`
	}{instancesPrice{
		InstancePricesPartDetail: instancePricesPartDetail{CpuPrice: cpu, MemPrice: mem, DisksPrice: disks},
		OriginalPrice:            orig, DiscountPrice: disc, Discount: priceDiscountPct,
	}}, nil
}

func diskRate(diskType string) int64 {
	if diskType == diskCloudPremium {
		return 2 * priceDiskPerGBLocal
	}
	return priceDiskPerGBLocal
}

// part prices one part from its cost in thousandths of a cent.
func part(milli int64) priceDetail {
	orig := (milli + 500) / 1000
	disc := (orig*priceDiscountPct + 50) / 100
	return priceDetail{OriginalPrice: orig, DiscountPrice: disc, Discount: discountOf(orig, disc)}
}

func discountOf(orig, disc int64) int64 {
	if orig == 0 {
		return priceDiscountPct
	}
	return disc * 100 / orig
}

// dataDiskSizeValue is checkDataDiskSize's range and step answered as
// InvalidParameterValue, for the tables without a data-disk code.
func (e *state) dataDiskSizeValue(param string, v int64) *tencentapi.Error {
	if aerr := e.checkDataDiskSize(param, v); aerr != nil {
		return &tencentapi.Error{Code: "InvalidParameterValue", Message: aerr.Message}
	}
	return nil
}
