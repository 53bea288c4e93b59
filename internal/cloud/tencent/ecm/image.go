package ecm

import (
	"context"
	"fmt"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/tencent"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

// Images the account makes from its instances (catalog §2.3): CreateImage starts a task polled with
// DescribeTaskStatus; the image is read back with DescribeImage.

type CreateImageRequest struct {
	ImageName        string `json:"ImageName"`
	InstanceId       string `json:"InstanceId"`
	ImageDescription string `json:"ImageDescription,omitempty"`
	ForcePoweroff    string `json:"ForcePoweroff,omitempty"` // "TRUE"/"FALSE"
}

type CreateImageResponse struct {
	TaskId FlexString `json:"TaskId"`
}

func (c *Client) CreateImage(ctx context.Context, req CreateImageRequest) (*CreateImageResponse, error) {
	return write[CreateImageResponse](ctx, c, "CreateImage", req)
}

type ModifyImageAttributeRequest struct {
	ImageId          string  `json:"ImageId"`
	ImageName        *string `json:"ImageName,omitempty"`
	ImageDescription *string `json:"ImageDescription,omitempty"`
}

func (c *Client) ModifyImageAttribute(ctx context.Context, req ModifyImageAttributeRequest) error {
	return writeOnly(ctx, c, "ModifyImageAttribute", req)
}

// DeleteImageRequest: the document spells ImageIDSet with a capital ID.
type DeleteImageRequest struct {
	ImageIDSet []string `json:"ImageIDSet"`
}

func (c *Client) DeleteImage(ctx context.Context, req DeleteImageRequest) error {
	return writeOnly(ctx, c, "DeleteImage", req)
}

// FindImageByID returns the image or a tencent.NotFoundError (DescribeImage filtered by image-id).
func (c *Client) FindImageByID(ctx context.Context, id string) (*Image, error) {
	images, err := c.ListImages(ctx, DescribeImageRequest{Filters: []tencent.Filter{{Name: "image-id", Values: []string{id}}}})
	if err != nil {
		return nil, err
	}
	for i := range images {
		if images[i].ImageId == id {
			return &images[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: "ECM image", ID: id}
}

// FindPrivateImageByName returns the account's image with exactly this name (the image-name filter
// is fuzzy), or a tencent.NotFoundError.
func (c *Client) FindPrivateImageByName(ctx context.Context, name string) (*Image, error) {
	images, err := c.ListImages(ctx, DescribeImageRequest{Filters: []tencent.Filter{
		{Name: "image-type", Values: []string{"PRIVATE_IMAGE"}}, {Name: "image-name", Values: []string{name}},
	}})
	if err != nil {
		return nil, err
	}
	for i := range images {
		if images[i].ImageName == name {
			return &images[i], nil
		}
	}
	return nil, &tencent.NotFoundError{Kind: "ECM image named", ID: name}
}

type TaskInput struct {
	Operation string `json:"Operation"`
	TaskId    string `json:"TaskId"`
}

type DescribeTaskStatusRequest struct {
	TaskSet []TaskInput `json:"TaskSet"`
}

// TaskOutput: TaskId is a number in the document's example although typed String.
type TaskOutput struct {
	TaskId    FlexString `json:"TaskId"`
	Message   string     `json:"Message"`
	Status    string     `json:"Status"` // SUCCESS, FAILED, OPERATING
	AddTime   string     `json:"AddTime"`
	EndTime   string     `json:"EndTime"`
	Operation string     `json:"Operation"`
}

type DescribeTaskStatusResponse struct {
	TaskSet []TaskOutput `json:"TaskSet"`
}

func (c *Client) DescribeTaskStatus(ctx context.Context, req DescribeTaskStatusRequest) (*DescribeTaskStatusResponse, error) {
	return read[DescribeTaskStatusResponse](ctx, c, "DescribeTaskStatus", req)
}

// TaskStatus adapts DescribeTaskStatus (the generic task API; CreateImage's) to the waiter.
type TaskStatus struct {
	Client    *Client
	Operation string
	TaskID    string
}

func (t TaskStatus) String() string { return fmt.Sprintf("ECM task %s (%s)", t.TaskID, t.Operation) }

func (t TaskStatus) Poll(ctx context.Context) (wait.TaskState, string, error) {
	resp, err := t.Client.DescribeTaskStatus(ctx, DescribeTaskStatusRequest{TaskSet: []TaskInput{{Operation: t.Operation, TaskId: t.TaskID}}})
	if err != nil {
		return wait.TaskRunning, "", err
	}
	for _, o := range resp.TaskSet {
		if string(o.TaskId) != t.TaskID {
			continue
		}
		switch o.Status {
		case "SUCCESS":
			return wait.TaskSucceeded, o.Status, nil
		case "FAILED":
			if o.Message != "" {
				return wait.TaskFailed, o.Status + ": " + o.Message, nil
			}
			return wait.TaskFailed, o.Status, nil
		default:
			return wait.TaskRunning, o.Status, nil
		}
	}
	return wait.TaskRunning, "not listed yet", nil
}

type DescribeInstanceVncUrlRequest struct {
	InstanceId string `json:"InstanceId"`
}

type DescribeInstanceVncUrlResponse struct {
	InstanceVncUrl string `json:"InstanceVncUrl"`
}

// DescribeInstanceVncUrl returns a short-lived VNC URL (a secret: never logged, never stored).
func (c *Client) DescribeInstanceVncUrl(ctx context.Context, req DescribeInstanceVncUrlRequest) (*DescribeInstanceVncUrlResponse, error) {
	return read[DescribeInstanceVncUrlResponse](ctx, c, "DescribeInstanceVncUrl", req)
}
