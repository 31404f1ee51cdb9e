#!/usr/bin/env bash
# Publishability of the generated packages: publint and @arethetypeswrong/cli on each, then
# `changeset version` + `pnpm pack`, and the tarballs installed and used outside the workspace.
set -euo pipefail
cd "$(dirname "$0")/../.."
pnpm -s turbo run build --filter './packages/*' --output-logs=errors-only
pnpm --filter @smithy-gen/release-tests run test:release
