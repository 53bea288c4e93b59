package ecm

import "context"

// KeyPair is an SSH key pair as CreateKeyPair returns it (catalog §2.13b). The document has no
// DescribeKeyPairs, DeleteKeyPair or ImportKeyPair: the private key is returned by this call only.
type KeyPair struct {
	KeyId                 string   `json:"KeyId"`
	KeyName               string   `json:"KeyName"`
	Description           string   `json:"Description"`
	CreatedTime           string   `json:"CreatedTime"`
	AssociatedInstanceIds []string `json:"AssociatedInstanceIds"`
	PrivateKey            string   `json:"PrivateKey"`
	PublicKey             string   `json:"PublicKey"`
	ProjectId             int64    `json:"ProjectId"`
}

type CreateKeyPairRequest struct {
	KeyName string `json:"KeyName"`
}

type CreateKeyPairResponse struct {
	KeyPair KeyPair `json:"KeyPair"`
}

func (c *Client) CreateKeyPair(ctx context.Context, req CreateKeyPairRequest) (*CreateKeyPairResponse, error) {
	return write[CreateKeyPairResponse](ctx, c, "CreateKeyPair", req)
}
