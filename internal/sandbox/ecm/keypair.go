package ecm

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/tencentapi"
)

// ECM key pairs (catalog §2.13b): CreateKeyPair (L28709). The document has
// no DescribeKeyPairs, DeleteKeyPair or ImportKeyPair; the state keeps the
// key pairs (never the private key) for the instance actions to come.
//
// Choices where the seed is silent or inconsistent:
//   - KeyName is 1-25 letters, digits and underscores, kept as given (the
//     example answers "Tencent" for "tencent": taken as a typo), and unique
//     per account, compared case-insensitively; a duplicate is
//     InvalidParameterValue (the table has no duplicate code).
//   - The private key is a real 2048-bit RSA key, PEM "RSA PRIVATE KEY"
//     (PKCS #1) as in the example; the public key is its OpenSSH
//     authorized_keys line, "ssh-rsa <base64> skey_<id body>" (the example's
//     comment is skey_<digits>).
//   - CreatedTime is UTC with an explicit offset, "2020-09-22T00:00:00+00:00",
//     as the example writes it.

const (
	keyPairBits       = 2048
	keyCreatedLayout  = "2006-01-02T15:04:05+00:00"
	maxKeyNameChars   = 25
	keyPairProjectID  = 0
	keyPairIDPrefix   = "skey"
	keyPairCommentSep = "_"
	maxKeysPerCall    = 100
)

var keyNameShape = regexp.MustCompile(`^[A-Za-z0-9_]{1,25}$`)

type keyPairRecord struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	PublicKey string    `json:"public_key"`
	Created   time.Time `json:"created"`
	Seq       int64     `json:"seq"`
	// Instances the key is bound to (none until instances are emulated).
	Instances []string `json:"instances,omitempty"`
}

// keyPair is KeyPair (L32350).
type keyPair struct {
	KeyId                 string   `json:"KeyId"`
	KeyName               string   `json:"KeyName"`
	ProjectId             int      `json:"ProjectId"`
	Description           string   `json:"Description"`
	PublicKey             string   `json:"PublicKey"`
	PrivateKey            string   `json:"PrivateKey"`
	AssociatedInstanceIds []string `json:"AssociatedInstanceIds"`
	CreatedTime           string   `json:"CreatedTime"`
}

type createKeyPairRequest struct {
	KeyName string `json:"KeyName"`
}

func (e *state) createKeyPair(c *tencentapi.Call, req *createKeyPairRequest) (any, *tencentapi.Error) {
	if aerr := tencentapi.Require("KeyName", req.KeyName); aerr != nil {
		return nil, aerr
	}
	if !keyNameShape.MatchString(req.KeyName) {
		return nil, tencentapi.Errf("InvalidParameterValue.InvalidKeyPairName", "The parameter KeyName=%q must be 1 to %d letters, digits and underscores.", req.KeyName, maxKeyNameChars)
	}
	for _, k := range e.KeyPairs {
		if strings.EqualFold(k.Name, req.KeyName) {
			return nil, tencentapi.Errf("InvalidParameterValue", "A key pair named %q already exists (%s).", k.Name, k.ID)
		}
	}
	key, err := rsa.GenerateKey(rand.Reader, keyPairBits)
	if err != nil {
		return nil, tencentapi.Errf("InternalError", "generating the key pair: %v", err)
	}
	id := e.newID(keyPairIDPrefix, kindKeyPair, "")
	k := &keyPairRecord{
		ID:        id,
		Name:      req.KeyName,
		PublicKey: authorizedKey(&key.PublicKey, strings.Replace(id, "-", keyPairCommentSep, 1)),
		Created:   c.Now,
		Seq:       e.nextSeq(),
	}
	e.KeyPairs[id] = k
	private := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	return struct {
		KeyPair keyPair `json:"KeyPair"`
	}{keyPair{
		KeyId: k.ID, KeyName: k.Name, ProjectId: keyPairProjectID, PublicKey: k.PublicKey, PrivateKey: string(private),
		AssociatedInstanceIds: []string{}, CreatedTime: k.Created.UTC().Format(keyCreatedLayout),
	}}, nil
}

// authorizedKey renders an RSA public key as an OpenSSH authorized_keys line
// (RFC 4253 §6.6: string "ssh-rsa", mpint e, mpint n).
func authorizedKey(pub *rsa.PublicKey, comment string) string {
	var blob []byte
	putString := func(b []byte) {
		blob = binary.BigEndian.AppendUint32(blob, uint32(len(b)))
		blob = append(blob, b...)
	}
	mpint := func(n *big.Int) []byte {
		b := n.Bytes()
		if len(b) > 0 && b[0]&0x80 != 0 {
			b = append([]byte{0}, b...)
		}
		return b
	}
	putString([]byte("ssh-rsa"))
	putString(mpint(big.NewInt(int64(pub.E))))
	putString(mpint(pub.N))
	return "ssh-rsa " + base64.StdEncoding.EncodeToString(blob) + " " + comment
}

// DisassociateInstancesKeyPairs (L28540): removes keys from the instances'
// KeyIds (bound by RunInstances.KeyIds.N; DescribeInstances' Instance has no
// field for them, so they stay internal). Sync, all or nothing.
//
// Choices where the seed is silent (codes from the table):
//   - InstanceIds.N and KeyIds.N are required (MissingParameter), at most 100
//     each (InvalidParameterValue.LimitExceeded).
//   - A malformed or unknown key, or a key not bound to one of the
//     instances, is InvalidParameterValue.InvalidKeyPairId.
//   - A malformed or unknown instance is InvalidParameterValue (the table has
//     no instance-ID code).
//   - A RUNNING instance without ForceStop, and an instance in an operation,
//     launch-failed or terminating, is
//     InvalidParameterValue.InstanceIdNotSupported. With ForceStop the keys
//     are removed at once and the instance keeps its state (the sandbox does
//     not emulate the stop and start behind it).

type disassociateInstancesKeyPairsRequest struct {
	InstanceIds []string `json:"InstanceIds"`
	KeyIds      []string `json:"KeyIds"`
	ForceStop   *bool    `json:"ForceStop"`
}

func (e *state) disassociateInstancesKeyPairs(c *tencentapi.Call, req *disassociateInstancesKeyPairsRequest) (any, *tencentapi.Error) {
	if len(req.InstanceIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter InstanceIds is required.")
	}
	if len(req.KeyIds) == 0 {
		return nil, tencentapi.Errf("MissingParameter", "The parameter KeyIds is required.")
	}
	if len(req.InstanceIds) > maxInstancesPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most %d instances per call; got %d.", maxInstancesPerCall, len(req.InstanceIds))
	}
	if len(req.KeyIds) > maxKeysPerCall {
		return nil, tencentapi.Errf("InvalidParameterValue.LimitExceeded", "At most %d key pairs per call; got %d.", maxKeysPerCall, len(req.KeyIds))
	}
	keys := dedupeStrings(req.KeyIds)
	for k, id := range keys {
		if aerr := checkID(fmt.Sprintf("KeyIds.%d", k), keyPairIDPrefix, id, "InvalidParameterValue.InvalidKeyPairId"); aerr != nil {
			return nil, aerr
		}
		if _, ok := e.KeyPairs[id]; !ok {
			return nil, tencentapi.Errf("InvalidParameterValue.InvalidKeyPairId", "The key pair %s does not exist.", id)
		}
	}
	ids := dedupeStrings(req.InstanceIds)
	list := make([]*instanceRecord, 0, len(ids))
	for k, id := range ids {
		if aerr := checkID(fmt.Sprintf("InstanceIds.%d", k), "ein", id, "InvalidParameterValue"); aerr != nil {
			return nil, aerr
		}
		ins, ok := e.Instances[id]
		if !ok {
			return nil, tencentapi.Errf("InvalidParameterValue", "The instance %s does not exist.", id)
		}
		list = append(list, ins)
	}
	force := req.ForceStop != nil && *req.ForceStop
	for _, ins := range list {
		switch {
		case ins.operating():
			return nil, tencentapi.Errf("InvalidParameterValue.InstanceIdNotSupported", "The instance %s is %s: %s is in progress.", ins.ID, ins.State, ins.LastOp)
		case ins.State == insRunning && !force:
			return nil, tencentapi.Errf("InvalidParameterValue.InstanceIdNotSupported", "The instance %s is RUNNING: stop it or set ForceStop.", ins.ID)
		case ins.State != insRunning && ins.State != insStopped:
			return nil, tencentapi.Errf("InvalidParameterValue.InstanceIdNotSupported", "The instance %s is %s.", ins.ID, ins.State)
		}
		for _, key := range keys {
			if !containsString(ins.KeyIDs, key) {
				return nil, tencentapi.Errf("InvalidParameterValue.InvalidKeyPairId", "The key pair %s is not bound to the instance %s.", key, ins.ID)
			}
		}
	}
	for _, ins := range list {
		e.lagWrite(c.ReadLag, kindInstance, ins.Region, ins.ID, ins.clone())
		kept := ins.KeyIDs[:0:0]
		for _, key := range ins.KeyIDs {
			if !containsString(keys, key) {
				kept = append(kept, key)
			}
		}
		ins.KeyIDs = kept
	}
	return nil, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
