package ecm

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
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
