package tfutil

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// CaseInsensitiveStringType is a string attribute type whose values compare without regard to
// case: an API that answers "TCP" to a configured "tcp" (or "ACCEPT" to "accept") leaves the plan
// empty, and the configured spelling stays in the state.
type CaseInsensitiveStringType struct {
	basetypes.StringType
}

var (
	_ basetypes.StringTypable                    = CaseInsensitiveStringType{}
	_ basetypes.StringValuableWithSemanticEquals = CaseInsensitiveString{}
)

func (t CaseInsensitiveStringType) Equal(o attr.Type) bool {
	_, ok := o.(CaseInsensitiveStringType)
	return ok
}

func (t CaseInsensitiveStringType) String() string { return "tfutil.CaseInsensitiveStringType" }

func (t CaseInsensitiveStringType) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return CaseInsensitiveString{StringValue: in}, nil
}

func (t CaseInsensitiveStringType) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return CaseInsensitiveString{StringValue: s}, nil
}

func (t CaseInsensitiveStringType) ValueType(context.Context) attr.Value {
	return CaseInsensitiveString{}
}

// CaseInsensitiveString is a value of CaseInsensitiveStringType.
type CaseInsensitiveString struct {
	basetypes.StringValue
}

// NewCaseInsensitiveString is a known value.
func NewCaseInsensitiveString(s string) CaseInsensitiveString {
	return CaseInsensitiveString{StringValue: basetypes.NewStringValue(s)}
}

// NullCaseInsensitiveString is a null value.
func NullCaseInsensitiveString() CaseInsensitiveString {
	return CaseInsensitiveString{StringValue: basetypes.NewStringNull()}
}

func (v CaseInsensitiveString) Equal(o attr.Value) bool {
	other, ok := o.(CaseInsensitiveString)
	return ok && v.StringValue.Equal(other.StringValue)
}

func (v CaseInsensitiveString) Type(context.Context) attr.Type { return CaseInsensitiveStringType{} }

// StringSemanticEquals reports the two values equal when they differ only in case.
func (v CaseInsensitiveString) StringSemanticEquals(_ context.Context, newValuable basetypes.StringValuable) (bool, diag.Diagnostics) {
	var diags diag.Diagnostics
	newValue, ok := newValuable.(CaseInsensitiveString)
	if !ok {
		diags.AddError("Semantic equality check error", fmt.Sprintf("expected CaseInsensitiveString, got %T", newValuable))
		return false, diags
	}
	return strings.EqualFold(v.ValueString(), newValue.ValueString()), diags
}
