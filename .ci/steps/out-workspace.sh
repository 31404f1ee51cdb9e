#!/usr/bin/env bash
# A second service, generated as a self-contained workspace outside the monorepo: `smithy-gen
# generate --model <AWS Marketplace Entitlement Service> --out <tmp>`, then `pnpm install && pnpm
# build` there (npm registry only), then .ci/fixtures/out-workspace-smoke.mjs, copied into the
# workspace, calls the generated client against a local awsJson 1.1 server and checks the result,
# X-Amz-Target and the SigV4 signature. Ends with `out-workspace: N passed, N failed`, which
# .ci/run counts. About a minute and a half.
set -uo pipefail
cd "$(dirname "$0")/../.."
MODEL=../shared/models/aws/marketplace-entitlement-service-2017-01-11.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sdk="$work/sdk"
passed=0
failed=0
started=$(date +%s)

# Runs a command quietly; on failure shows the end of its output.
check() {
  local name=$1; shift
  if "$@" >"$work/log" 2>&1; then
    passed=$((passed + 1)); echo "ok: $name"
  else
    failed=$((failed + 1)); echo "FAILED: $name"; tail -n 40 "$work/log"
  fi
}

check "smithy-gen generate --model $MODEL --out <tmp>/sdk" pnpm -s exec smithy-gen generate --quiet --model "$MODEL" --out "$sdk"
# CI=1 makes pnpm expect a lockfile; a freshly generated workspace has none yet.
check "pnpm install in the generated workspace" bash -c 'cd "$1" && pnpm install --no-frozen-lockfile --reporter=append-only' _ "$sdk"
check "pnpm build in the generated workspace" bash -c 'cd "$1" && pnpm build' _ "$sdk"
check "regenerating into the workspace rewrites nothing" bash -c '
  out=$(pnpm -s exec smithy-gen generate --quiet --model "$1" --out "$2") || exit 1
  echo "$out"
  ! grep -v " 0 written, [0-9]* unchanged, 0 removed$" <<<"$out"' _ "$MODEL" "$sdk"

# The smoke script's own summary is folded into this step's, so that .ci/run counts each check once.
if [ -d "$sdk/marketplace-entitlement-service-client/dist" ]; then
  cp .ci/fixtures/out-workspace-smoke.mjs "$sdk/smoke.mjs"
  node "$sdk/smoke.mjs" >"$work/smoke.log" 2>&1
  grep -v "^out-workspace smoke: " "$work/smoke.log"
  if summary=$(grep -E "^out-workspace smoke: [0-9]+ passed, [0-9]+ failed$" "$work/smoke.log"); then
    read -r p f < <(sed -E 's/^.*: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/' <<<"$summary")
    passed=$((passed + p)); failed=$((failed + f))
  else
    failed=$((failed + 1)); echo "FAILED: the smoke script ended without its summary"
  fi
else
  failed=$((failed + 1)); echo "FAILED: smoke test not run (the workspace did not build)"
fi

echo "took $(($(date +%s) - started)) s"
echo "out-workspace: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
