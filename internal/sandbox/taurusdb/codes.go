package taurusdb

// Every error the sandbox answers for TaurusDB, gateway and service, is in this one table; the
// conformance test (main_test.go) fails the test binary when any other code, or a code with
// another HTTP status, is answered. The seed documents no codes (its "Error Code" section points
// to a separate "Error Codes" page that is not in the seeds, so apidoc's taurusdb table is empty):
// every row is a sandbox choice, from Huawei's public material where it has one.
//
//	code        HTTP  answered when                                    why this code
//	APIGW.0101  404   no route for the method and path                 the signing guide's gateway table: "The API does not exist"
//	APIGW.0201  400   a body that could not be read in time, a query   the same table: "API request error"
//	                  string that is not properly percent-encoded
//	APIGW.0201  413   a body over huaweiapi.MaxBodyBytes               the same table: "Request entity too large"
//	APIGW.0301  401   any AK/SK failure: no or malformed Authorization, the same table: "Incorrect IAM authentication information",
//	                  unknown AK, X-Sdk-Date missing, unsigned or      with the gateway's own wording in the message ("verify aksk
//	                  out of the 15-minute window, a wrong signature   signature fail", "ak not exist", ...)
//	APIGW.0308  429   the (taurusdb, action) token bucket is empty     the same table: "The throttling threshold has been reached"
//	DBS.280001  400   a parameter error: project_id or instance_id of  "Parameter error.", the code of the 400 examples of Huawei's
//	                  the wrong shape, a body that is not the action's  database APIs (RDS, DDM); TaurusDB's services share the DBS
//	                  JSON, public_ip/public_ip_id missing, malformed,  prefix. A job that is not (yet) visible is a parameter error
//	                  unknown in the project or not matching; the job   too: the id names no job the project can query, which is what
//	                  id missing, malformed or not (yet) visible       "it takes several seconds to query the task ID" means
//	DBS.280238  400   the instance does not exist in the project       TF-huawei's eip_associate reads TaurusDB's 400 DBS.280238 as
//	                                                                   "instance gone" (ConvertExpected400ErrInto404Err)
//	DBS.200004  400   bind/unbind conflicting with the binding state:  the DBS family's "Operation is illegal" (DDS error table,
//	                  the instance already has an EIP, the EIP is      "Check whether the operation meets the API requirements")
//	                  bound (here or elsewhere), nothing to unbind
//	DBS.200011  403   bind/unbind on an instance whose status is not   the DBS family's "This instance status makes it not be
//	                  ACTIVE (a fixture's status)                      allowed to do this operation now" (DDS error table, 403)
//	DBS.200019  409   bind/unbind while the instance is being          TF-huawei retries TaurusDB's 409 DBS.200019 ("instance is
//	                  operated: a job of it runs, or a busy fixture    being operated"); the fixture contract names it
//	DBS.200412  500   the sandbox cannot encode its answer             "Server failure.", the code of the 500 examples of Huawei's
//	                                                                   database APIs
//
// Fault rules may inject any code; the answer's status is this table's (the first row of a code),
// else 400. Injected codes are the tests' own and are not judged by the conformance test.

import (
	"fmt"
	"net/http"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/sandbox/huaweiapi"
)

// The service's own codes (the gateway's are huaweiapi.Code*).
const (
	codeParameter     = "DBS.280001"
	codeNoInstance    = "DBS.280238"
	codeIllegal       = "DBS.200004"
	codeStatus        = "DBS.200011"
	codeBeingOperated = "DBS.200019"
	codeServerFailure = "DBS.200412"
)

// Code is one row of the table above.
type Code struct {
	Code   string
	Status int
}

// Codes is the table above: every (code, HTTP status) the sandbox answers for TaurusDB.
func Codes() []Code {
	return []Code{
		{huaweiapi.CodeNoSuchAPI, http.StatusNotFound},
		{huaweiapi.CodeBadRequest, http.StatusBadRequest},
		{huaweiapi.CodeBadRequest, http.StatusRequestEntityTooLarge},
		{huaweiapi.CodeAuth, http.StatusUnauthorized},
		{huaweiapi.CodeThrottled, http.StatusTooManyRequests},
		{codeParameter, http.StatusBadRequest},
		{codeNoInstance, http.StatusBadRequest},
		{codeIllegal, http.StatusBadRequest},
		{codeStatus, http.StatusForbidden},
		{codeBeingOperated, http.StatusConflict},
		{codeServerFailure, http.StatusInternalServerError},
	}
}

// statusOf is the HTTP status of a code: its first row in Codes.
func statusOf(code string) (int, bool) {
	for _, c := range Codes() {
		if c.Code == code {
			return c.Status, true
		}
	}
	return 0, false
}

// errf is an answer with a code of the table; its status comes from the table.
func errf(code, format string, args ...any) *huaweiapi.Error {
	status, ok := statusOf(code)
	if !ok {
		panic("taurusdb: error code " + code + " is not in the table of codes.go")
	}
	return &huaweiapi.Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}
