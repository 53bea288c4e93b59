package ecm_test

// Input/Output examples of DescribeInstanceVncUrl, DescribePriceRunInstance,
// DescribeSnapshots and DescribePackingQuotaGroup copied from seed 003, as in
// seed_examples_test.go (outputs compacted; the VNC URL's line breaks removed).

// DescribeInstanceVncUrl, Example1: input L9868-L9874, output L9876-L9890.
const (
	seedDescribeInstanceVncUrlIn  = `InstanceId=ein-r9hr2upy`
	seedDescribeInstanceVncUrlOut = `{"Response":{"InstanceVncUrl":"wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3DaHpjWnRVMFNhYmxKdDM5MjRHNlVTSVQwajNUSW0wb2tBbmFtREFCTmFrcy8vUUNPMG0wSHZNOUUxRm5PMmUzWmFDcWlOdDJIbUJxSTZDL0RXcHZxYnZZMmRkWWZWcEZia2lyb09XMzdKNmM9","RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}`
)

// DescribePriceRunInstance, Example1: input L10302-L10316, output L10318-L10371.
// The example writes InstanceType's value in double quotes and DiskType "234".
const (
	seedDescribePriceRunInstanceIn  = `InstanceType="SN3ne.LARGE8"&InstanceCount=2&SystemDisk.DiskType="234"&SystemDisk.DiskId="123"&SystemDisk.DiskSize=50`
	seedDescribePriceRunInstanceOut = `{"Response":{"RequestId":"testreq.1634816636","InstancePrice":{"InstancePricesPartDetail":{"DisksPrice":{"OriginalPrice":116,"DiscountPrice":75,"Discount":64},"MemPrice":{"OriginalPrice":8106,"DiscountPrice":5269,"Discount":65},"CpuPrice":{"OriginalPrice":12800,"DiscountPrice":8320,"Discount":65}},"OriginalPrice":21023,"DiscountPrice":13665,"Discount":65}}}`
)

// DescribeSnapshots, Example1: input L26361-L26373, output L26375-L26480.
const (
	seedDescribeSnapshotsIn  = `Filters.0.Name=snapshot-state&Filters.0.Values.0=NORMAL&Filters.1.Name=zone&Filters.1.Values.0=ap-guangzhou-2`
	seedDescribeSnapshotsOut = `{"Response":{"TotalCount":2,"RequestId":"4ab150b9-538d-48fb-8821-7fa185f1d07c","SnapshotSet":[{"Placement":{"ProjectId":0,"Zone":"ap-guangzhou-2"},"TimeStartShare":"2020-09-22","CopyFromRemote":false,"IsPermanent":false,"DiskUsage":"DATA_DISK","DeadlineTime":"2019-07-15 00:00:00","Percent":100,"SnapshotId":"snap-lfo7xxxx","ShareReference":0,"SnapshotType":"PRIVATE_SNAPSHOT","DiskSize":10,"DiskId":"disk-aq3k1jn0","SnapshotName":"auto_disk-aq3k1jn0_20190708_00","Images":[],"CopyingToRegions":[],"Encrypt":false,"CreateTime":"2019-07-08 00:03:13","ImageCount":0,"SnapshotState":"NORMAL"},{"Placement":{"ProjectId":0,"Zone":"ap-guangzhou-2"},"TimeStartShare":"2020-09-22","CopyFromRemote":false,"IsPermanent":false,"DiskUsage":"DATA_DISK","DeadlineTime":"2019-07-15 00:00:00","Percent":100,"SnapshotId":"snap-jt5nxxxx","ShareReference":0,"SnapshotType":"PRIVATE_SNAPSHOT","DiskSize":10,"DiskId":"disk-38hlz2p0","SnapshotName":"auto_disk-38hlz2p0_20190708_00","Images":[],"CopyingToRegions":[],"Encrypt":false,"CreateTime":"2019-07-08 00:03:10","ImageCount":0,"SnapshotState":"NORMAL"}]}}`
	// The account has no snapshots: the replay compares against the example
	// (seedDescribeSnapshotsOut, kept for reference) with an empty SnapshotSet
	// (an empty documented array matches any array).
	seedDescribeSnapshotsOutEmpty = `{"Response":{"TotalCount":0,"RequestId":"4ab150b9-538d-48fb-8821-7fa185f1d07c","SnapshotSet":[]}}`
)

// DescribePackingQuotaGroup, Example1: input L31206-L31220, output L31222-L31289.
const (
	seedDescribePackingQuotaGroupIn  = `Filters.0.Name=Zone&Filters.0.Values.0=ap-beijing-ecm-ct&Filters.1.Name=InstanceType&Filters.1.Values.0=SN3ne.2XLARGE16&Filters.2.Name=DataDiskSize&Filters.2.Values.0=100`
	seedDescribePackingQuotaGroupOut = `{"Response":{"PackingQuotaSet":[{"ZoneId":10580001,"Zone":"ap-beijing-ecm-cm3-1","ISPId":"CMCC","PackingQuotaInfos":[{"InstanceType":"S4.LARGE8","PackingQuota":49}]},{"ZoneId":10650001,"Zone":"ap-beijing-ecm-cu3-1","ISPId":"CUCC","PackingQuotaInfos":[{"InstanceType":"S4.LARGE8","PackingQuota":100},{"InstanceType":"SN3ne.LARGE8","PackingQuota":5}]}],"RequestId":"f32d1e05-a8cb-4848-a16c-2d6b4ce47420"}}`
)
