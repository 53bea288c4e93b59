package tencentapi

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// Strict request decoding. Parameter names are case-sensitive in the API (and
// encoding/json is not), so the raw JSON is first walked against the request
// type: every key must be a json tag of the type (else UnknownParameter) and
// every value must have the JSON type the parameter is documented with (else
// InvalidParameter.InvalidDataFormat). Only then is it unmarshalled.

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func decodeParams(action string, body []byte, dst any) *Error {
	data := bytes.TrimSpace(body)
	if len(data) == 0 {
		data = []byte("{}")
	}
	if !json.Valid(data) {
		return Errf("InvalidParameter.InvalidDataFormat", "The request body is not valid JSON.")
	}
	if jsonKind(data) != "object" {
		return Errf("InvalidParameter.InvalidDataFormat", "The request body must be a JSON object, got a JSON %s.", jsonKind(data))
	}
	if aerr := checkJSON(data, reflect.TypeOf(dst).Elem(), ""); aerr != nil {
		if aerr.Code == "UnknownParameter" {
			aerr.Message = strings.Replace(aerr.Message, "this action", action, 1)
		}
		return aerr
	}
	if err := json.Unmarshal(data, dst); err != nil {
		return Errf("InvalidParameter.InvalidDataFormat", "The request parameters could not be decoded: %v.", err)
	}
	return nil
}

// checkJSON verifies that raw fits t; path is the query-style parameter name
// ("Filters.0.Values.1") used in messages.
func checkJSON(raw []byte, t reflect.Type, path string) *Error {
	kind := jsonKind(raw)
	if kind == "null" {
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return nil // flexible types check themselves
	}
	want := ""
	switch t.Kind() {
	case reflect.String:
		want = "string"
	case reflect.Bool:
		want = "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if kind == "number" {
			if _, err := strconv.ParseInt(string(raw), 10, 64); err != nil {
				return Errf("InvalidParameter.InvalidDataFormat", "The parameter %s must be an Integer, got %s.", path, raw)
			}
			return nil
		}
		want = "number"
	case reflect.Float32, reflect.Float64:
		want = "number"
	case reflect.Slice:
		if kind != "array" {
			break
		}
		var items []json.RawMessage
		_ = json.Unmarshal(raw, &items)
		for i, it := range items {
			if aerr := checkJSON(it, t.Elem(), path+"."+strconv.Itoa(i)); aerr != nil {
				return aerr
			}
		}
		return nil
	case reflect.Struct:
		if kind != "object" {
			break
		}
		return checkObject(raw, t, path)
	default:
		return nil
	}
	if want != "" && kind == want {
		return nil
	}
	return Errf("InvalidParameter.InvalidDataFormat", "The parameter %s must be %s, got a JSON %s.", path, typeDescription(t), kind)
}

func checkObject(raw []byte, t reflect.Type, path string) *Error {
	var obj map[string]json.RawMessage
	_ = json.Unmarshal(raw, &obj)
	fields := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		fields[name] = f.Type
	}
	for key, val := range obj {
		full := key
		if path != "" {
			full = path + "." + key
		}
		ft, ok := fields[key]
		if !ok {
			return Errf("UnknownParameter", "The parameter %s is not recognized by this action.", full)
		}
		if aerr := checkJSON(val, ft, full); aerr != nil {
			return aerr
		}
	}
	return nil
}

func jsonKind(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	default:
		return "number"
	}
}

func typeDescription(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a String"
	case reflect.Bool:
		return "a Boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an Integer"
	case reflect.Float32, reflect.Float64:
		return "a Float"
	case reflect.Slice:
		return "an Array"
	default:
		return "an object (" + t.Name() + ")"
	}
}

// flexScalar records a JSON string or number as text, with the JSON kind received, so that the
// handler can answer the documented error for a wrong kind.
type flexScalar struct {
	set  bool
	text string
	kind string // JSON kind received
}

func (f *flexScalar) UnmarshalJSON(b []byte) error {
	f.kind = jsonKind(b)
	switch f.kind {
	case "null":
		return nil
	case "string":
		f.set = true
		return json.Unmarshal(b, &f.text)
	default:
		f.set = true
		f.text = string(bytes.TrimSpace(b))
		return nil
	}
}

// FlexString accepts a JSON string or a JSON number (TaskId is documented as
// String but shown as a number in some examples).
type FlexString struct{ flexScalar }

// Get returns the value; a JSON kind other than string/number is
// InvalidParameter.InvalidDataFormat.
func (f FlexString) Get(name string) (string, *Error) {
	if f.set && f.kind != "string" && f.kind != "number" {
		return "", Errf("InvalidParameter.InvalidDataFormat", "The parameter %s must be a String, got a JSON %s.", name, f.kind)
	}
	return f.text, nil
}

// FlexInt accepts a JSON number or a JSON string holding an integer
// (DescribeSubnets documents Offset/Limit as String).
type FlexInt struct{ flexScalar }

// Value returns the integer, def when absent. A non-numeric string is
// InvalidParameterValue.Malformed; another JSON kind is InvalidDataFormat.
func (f FlexInt) Value(name string, def int64) (int64, *Error) {
	if !f.set {
		return def, nil
	}
	if f.kind != "string" && f.kind != "number" {
		return 0, Errf("InvalidParameter.InvalidDataFormat", "The parameter %s must be a String holding an integer, got a JSON %s.", name, f.kind)
	}
	n, err := strconv.ParseInt(strings.TrimSpace(f.text), 10, 64)
	if err != nil {
		return 0, Errf("InvalidParameterValue.Malformed", "The parameter %s=%q is not an integer.", name, f.text)
	}
	return n, nil
}

// Require reports MissingParameter when a required string is absent or empty.
func Require(name, v string) *Error {
	if strings.TrimSpace(v) == "" {
		return Errf("MissingParameter", "The parameter %s is required.", name)
	}
	return nil
}

// FirstErr returns the first non-nil error.
func FirstErr(errs ...*Error) *Error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
