#!/usr/bin/env bash
# make demo: build the provider and the sandbox, start the sandbox on loopback, apply the demo stack
# in examples/demo, show its outputs, prove a second plan is empty, destroy, stop the sandbox.
# No cloud account and no registry: the provider is installed from a local filesystem mirror.
#
#   DEMO_KEEP=1 make demo    leave the stack applied and the sandbox running (prints how to stop it)
#   DEMO_STACK=examples/edge-stack make demo    apply another stack (a directory with a main.tf)
#   DEMO_STACK=examples/edgezone-stack make demo    the EdgeZone stack (public network instance and IPs)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.demo"
version="0.0.1"
terraform=${TERRAFORM:-$(command -v terraform || true)}
[ -n "$terraform" ] || { echo "demo: no terraform CLI on the PATH (set TERRAFORM=/path/to/terraform)" >&2; exit 1; }

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
now() { date +%s.%N; }
t0=$(now)

rm -rf "$work" && mkdir -p "$work/bin" "$work/stack"
platform="$(go env GOOS)_$(go env GOARCH)"
mirror="$work/mirror/registry.terraform.io/edgecloud/edgecloud/$version/$platform"
mkdir -p "$mirror"

step "Building the provider and the sandbox"
(cd "$root" && go build -o "$mirror/terraform-provider-edgecloud_v$version" -ldflags "-X main.version=$version" .)
(cd "$root" && go build -o "$work/bin/edgecloud-sandbox" ./cmd/edgecloud-sandbox)

cat > "$work/terraformrc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$work/mirror"
    include = ["registry.terraform.io/edgecloud/*"]
  }
  direct {
    exclude = ["registry.terraform.io/edgecloud/*"]
  }
}
RC

step "Starting the sandbox on loopback"
secret_id="AKIDdemoSANDBOX"
secret_key="demo-$RANDOM$RANDOM"
"$work/bin/edgecloud-sandbox" -listen 127.0.0.1:0 -secret-id "$secret_id" -secret-key "$secret_key" \
  -task-duration "${DEMO_TASK_DURATION:-1s}" -state-file "$work/sandbox-state.json" -quiet >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
stop_sandbox() { kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null || true; }
[ -n "${DEMO_KEEP:-}" ] || trap stop_sandbox EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^edgecloud-sandbox listening on \(http:[^ ]*\).*/\1/p' "$work/sandbox.out")
  [ -n "$url" ] && curl -fsS "$url/_sandbox/health" >/dev/null 2>&1 && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.out" >&2; exit 1; }
  url=""
  sleep 0.1
done
[ -n "$url" ] || { echo "demo: the sandbox did not come up" >&2; cat "$work/sandbox.out" >&2; exit 1; }
echo "sandbox at $url (pid $sandbox_pid)"

export TF_CLI_CONFIG_FILE="$work/terraformrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
export TENCENTCLOUD_SECRET_ID="$secret_id" TENCENTCLOUD_SECRET_KEY="$secret_key"
export EDGECLOUD_ENDPOINT_ECM="$url" EDGECLOUD_ECM_REGION="ap-hangzhou-ecm"
export EDGECLOUD_ENDPOINT_EDGEZONE="$url" EDGECLOUD_ENDPOINT_VPC="$url" TENCENTCLOUD_REGION="${TENCENTCLOUD_REGION:-ap-guangzhou}"
# Huawei TaurusDB: the sandbox's key pair serves both clouds.
export EDGECLOUD_ENDPOINT_TAURUSDB="$url" HW_ACCESS_KEY="$secret_id" HW_SECRET_KEY="$secret_key"
stack="$root/${DEMO_STACK:-examples/demo}"
cp "$stack/main.tf" "$work/stack/"
tf() { "$terraform" -chdir="$work/stack" "$@"; }

# What no documented action creates (a VPC-service ENI, a TaurusDB instance and EIP) a stack brings
# as sandbox fixtures: <stack>/sandbox/fixtures-<product>.json, and the variables naming them in
# <stack>/sandbox/*.auto.tfvars.
if [ -d "$stack/sandbox" ]; then
  step "Sandbox fixtures of $(basename "$stack")"
  for f in "$stack"/sandbox/fixtures-*.json; do
    [ -e "$f" ] || continue
    product=$(basename "$f" .json); product=${product#fixtures-}
    curl -fsS -X POST --data-binary "@$f" "$url/_sandbox/fixtures/$product" >/dev/null
    echo "  $product: $(basename "$f")"
  done
  cp "$stack"/sandbox/*.auto.tfvars "$work/stack/" 2>/dev/null || true
fi

calls() { curl -fsS "$url/_sandbox/calls"; }
show_calls() { # print the API calls made since the snapshot in $1
  python3 - "$1" "$(calls)" <<'PY' 2>/dev/null || echo "  (python3 not available to summarise call counts)"
import json, sys
before, after = json.loads(sys.argv[1] or "{}"), json.loads(sys.argv[2])
diff = {k: after[k] - before.get(k, 0) for k in sorted(after) if after[k] - before.get(k, 0)}
print("  API calls: %d  (%s)" % (sum(diff.values()), ", ".join("%s=%d" % (k.split(".", 1)[1], v) for k, v in diff.items())))
PY
}
timed() { local label=$1; shift; local s; s=$(now); local before; before=$(calls); "$@"; printf '  %s took %.1fs\n' "$label" "$(echo "$(now) - $s" | bc)"; show_calls "$before"; }

step "terraform init (from the local mirror, no registry)"
tf init -input=false -no-color | grep -E 'Installed|Terraform has been successfully initialized' || true

step "terraform apply"
timed apply tf apply -input=false -auto-approve -no-color

step "Outputs"
tf output -no-color

step "A second plan shows no changes"
set +e
tf plan -input=false -detailed-exitcode -no-color >"$work/plan.out"
code=$?
set -e
if [ "$code" -ne 0 ]; then cat "$work/plan.out"; echo "demo: expected an empty plan (exit 0), got $code" >&2; exit 1; fi
grep -E 'No changes' "$work/plan.out"

if [ -n "${DEMO_KEEP:-}" ]; then
  step "Left running (DEMO_KEEP=1)"
  echo "The stack is applied; state in $work/stack, sandbox state in $work/sandbox-state.json."
  (umask 077; printf 'export TF_CLI_CONFIG_FILE=%s EDGECLOUD_ENDPOINT_ECM=%s EDGECLOUD_ECM_REGION=%s TENCENTCLOUD_SECRET_ID=%s TENCENTCLOUD_SECRET_KEY=%s\n' \
    "$TF_CLI_CONFIG_FILE" "$url" "$EDGECLOUD_ECM_REGION" "$secret_id" "$secret_key" >"$work/sandbox.env")
  printf 'export EDGECLOUD_ENDPOINT_EDGEZONE=%s EDGECLOUD_ENDPOINT_VPC=%s EDGECLOUD_ENDPOINT_TAURUSDB=%s TENCENTCLOUD_REGION=%s HW_ACCESS_KEY=%s HW_SECRET_KEY=%s\n' \
    "$url" "$url" "$url" "$TENCENTCLOUD_REGION" "$secret_id" "$secret_key" >>"$work/sandbox.env"
  echo "To use it: source $work/sandbox.env && terraform -chdir=$work/stack plan"
  echo "Stop the sandbox with: kill $sandbox_pid"
  exit 0
fi

step "terraform destroy"
timed destroy tf destroy -input=false -auto-approve -no-color

printf '\n\033[1mDemo finished in %.1fs.\033[0m\n' "$(echo "$(now) - $t0" | bc)"
