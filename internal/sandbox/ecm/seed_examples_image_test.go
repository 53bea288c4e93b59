package ecm_test

// Image and task-status Input/Output examples copied from seed 003, as in
// seed_examples_test.go. Outputs are the examples' JSON, compacted.

// CreateImage, Example1: L14449-L14607.
const (
	seedCreateImageIn  = `InstanceId=ein-93sjjr8k&ImageName=test_name&ImageDescription=test_description&ForcePoweroff=TRUE`
	seedCreateImageOut = `{"Response":{"TaskId":"1528611","RequestId":"a3c3e99e-c4d7-11ea-ba2d-52540002f896"}}`
)

// ModifyImageAttribute, Example1: L14313-L14448.
const (
	seedModifyImageAttributeIn  = `ImageId=img-gvbnzy6f&ImageName=test_name&ImageDescription=test_description`
	seedModifyImageAttributeOut = `{"Response":{"RequestId":"71e69b56-32be-4412-ab45-49eded6a87be"}}`
)

// DeleteImage, Example1: L13459-L13589.
const (
	seedDeleteImageIn  = `ImageIDSet.0=img-pmqg1cw9`
	seedDeleteImageOut = `{"Response":{"RequestId":"9a4420e4-b5e3-4c28-9d47-65d20f7f072f"}}`
)

// DescribeTaskStatus, Example1: L30801-L30951.
const (
	seedDescribeTaskStatusIn  = `TaskSet.0.Operation=CreateImage&TaskSet.0.TaskId=1528600`
	seedDescribeTaskStatusOut = `{"Response":{"RequestId":"6660b3b4-c51f-11ea-a187-52540002f896","TaskSet":[{"TaskId":1528600,"Message":"Create image failed","Status":"FAILED","EndTime":"2020-07-13 00:37:51","AddTime":"2020-07-13 00:37:19","Operation":"CreateImage"}]}}`
)
