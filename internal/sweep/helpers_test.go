package sweep

import (
	"context"
	"strings"
	"time"

	"github.com/edgecloud/terraform-provider-edgecloud/internal/acctest"
	ecmeip "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/eip"
	ecmsubnet "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/subnet"
	ecmvpc "github.com/edgecloud/terraform-provider-edgecloud/internal/resources/ecm/vpc"
	"github.com/edgecloud/terraform-provider-edgecloud/internal/wait"
)

var waitOpts = wait.Options{Timeout: time.Minute}

// exists looks an object up with its own package's finder, chosen by the ID's prefix.
func exists(ctx context.Context, id string) error {
	attrs := map[string]string{"id": id, "ecm_region": acctest.ECMRegion()}
	switch {
	case strings.HasPrefix(id, "vpc-"):
		return ecmvpc.FindByState(ctx, acctest.Conn(), attrs)
	case strings.HasPrefix(id, "subnet-"):
		return ecmsubnet.FindByState(ctx, acctest.Conn(), attrs)
	default:
		return ecmeip.FindByState(ctx, acctest.Conn(), attrs)
	}
}
