#!/usr/bin/env bash
# The sweep over all 153 official awsJson models (tests/conformance/README.md): generate, strict
# typecheck, and the generated tests of every 16th model and of the 9 whose clients also speak
# rpcv2Cbor (pnpm test already ran those of its fixed sample of five). Prints one line per failure and ends with
# `sweep: N passed, N failed, N skipped`, which .ci/run counts. Bounded to 28 minutes: models not
# started by then are reported as not run (skipped), never silently dropped.
set -uo pipefail
cd "$(dirname "$0")/../.."
SWEEP_BUDGET_MINUTES="${SWEEP_BUDGET_MINUTES:-28}" SWEEP_TESTS_EVERY="${SWEEP_TESTS_EVERY:-16}" pnpm --silent --filter @smithy-gen/conformance-tests run sweep
