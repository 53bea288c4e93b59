package validate

import (
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/cloud/huawei/taurusdb"
)

// HuaweiProjectID checks a Huawei Cloud project ID: 32 letters and digits (seed 004).
func HuaweiProjectID() validator.String {
	return stringvalidator.RegexMatches(huawei.ProjectIDPattern, "must be a Huawei Cloud project ID: 32 letters and digits")
}

// TaurusDBInstanceID checks a TaurusDB instance ID: 32 lower-case letters or digits followed by
// in07, 36 characters in all (seed 004), e.g. 12a49c2dc32648df8dd25e2976f70180in07.
func TaurusDBInstanceID() validator.String {
	return stringvalidator.RegexMatches(taurusdb.InstanceIDPattern,
		"must be a TaurusDB instance ID: 32 lower-case letters or digits followed by in07, e.g. 12a49c2dc32648df8dd25e2976f70180in07")
}
