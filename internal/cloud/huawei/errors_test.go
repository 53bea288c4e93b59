package huawei

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestDo_APIErrorCarriesStatusCodeMessageRequestID(t *testing.T) {
	c := newTestClient(t, &fakeAPI{answers: []answer{badParamAnswer}})
	err := c.Do(context.Background(), showEip, nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %#v", err)
	}
	want := APIError{Status: 400, Code: "DBS.280001", Message: "Invalid parameter.", RequestID: "req-400", Service: "taurusdb",
		Operation: "ShowInstanceEip", Method: "GET", Path: "/v3/0483b6b16e954cb88930a360d2c4e663/instances/12a49c2dc32648df8dd25e2976f70180in07/eip"}
	if *apiErr != want {
		t.Fatalf("error %+v\nwant  %+v", *apiErr, want)
	}
	for _, s := range []string{"taurusdb:ShowInstanceEip", "GET /v3/", "HTTP 400", "[DBS.280001]", "Invalid parameter.", "X-Request-Id: req-400"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("Error() = %q lacks %q", err, s)
		}
	}
	for _, s := range []string{"Code: DBS.280001", "Message: Invalid parameter.", "X-Request-Id: req-400", "HTTP status: 400 Bad Request", "Operation: taurusdb:ShowInstanceEip (GET "} {
		if !strings.Contains(DiagnosticDetail(err), s) {
			t.Errorf("detail %q lacks %q", DiagnosticDetail(err), s)
		}
	}
}

func TestDecodeError_Shapes(t *testing.T) {
	long := strings.Repeat("x", 500)
	for _, tt := range []struct {
		name, header, body       string
		code, message, requestID string
	}{
		{"documented body", "h-1", `{"error_code":"DBS.280238","error_msg":"The instance does not exist."}`, "DBS.280238", "The instance does not exist.", "h-1"},
		{"gateway body with request_id", "", `{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301","request_id":"b-1"}`, "APIGW.0301", "Incorrect IAM authentication information", "b-1"},
		{"header wins over body", "h-2", `{"error_code":"X","error_msg":"m","request_id":"b-2"}`, "X", "m", "h-2"},
		{"nested error object", "", `{"error":{"code":"IAM.0001","message":"bad token"}}`, "IAM.0001", "bad token", ""},
		{"HTML", "", "<html>\n<body>502   Bad Gateway</body></html>", "", "answer is not a Huawei Cloud error body: <html> <body>502 Bad Gateway</body></html>", ""},
		{"empty", "", "", "", "answer is not a Huawei Cloud error body: ", ""},
		{"JSON without the fields", "", `{"message":"nope"}`, "", `answer is not a Huawei Cloud error body: {"message":"nope"}`, ""},
		{"long body is cut", "", long, "", "answer is not a Huawei Cloud error body: " + long[:200] + "...", ""},
	} {
		e := decodeError(showEip, "/p", 502, tt.header, []byte(tt.body))
		if e.Code != tt.code || e.Message != tt.message || e.RequestID != tt.requestID || e.Status != 502 {
			t.Errorf("%s: %+v", tt.name, *e)
		}
	}
	e := decodeError(showEip, "/p", 502, "", []byte("<html>bad gateway</html>"))
	if !strings.Contains(e.Error(), "HTTP 502 [no error code]") || !strings.Contains(e.Error(), "bad gateway") {
		t.Errorf("Error() = %q", e.Error())
	}
}

func TestErrorClasses(t *testing.T) {
	api := func(status int, code string) error { return &APIError{Status: status, Code: code} }
	if !IsThrottled(api(429, "")) || !IsThrottled(api(400, "APIGW.0308")) || !IsThrottled(api(429, "APIG.0308")) || IsThrottled(api(400, "DBS.1")) {
		t.Error("IsThrottled")
	}
	for _, code := range BusyCodes {
		if !IsBusy(api(409, code)) {
			t.Errorf("%s on 409 is busy", code)
		}
		if IsBusy(api(400, code)) {
			t.Errorf("%s on 400 is not the documented busy answer", code)
		}
	}
	if IsBusy(api(409, "DBS.280343")) || HasCode(errors.New("x"), "") || Status(errors.New("x")) != 0 {
		t.Error("classes of other errors")
	}
	if !IsNotFound(&NotFoundError{Kind: "TaurusDB instance", ID: "i"}) || IsNotFound(api(404, "")) {
		t.Error("IsNotFound is only the finder's verdict")
	}
}
