#!/usr/bin/env bash
# Fails when a generated package directory differs from what `smithy-gen generate` writes for the
# services of smithy-gen.config.json (every one it lists): a hand edit, a stale file, or output
# that is not deterministic.
# Usage: .ci/check-drift.sh [packages-dir]   (default: packages, the configuration's output)
set -euo pipefail
cd "$(dirname "$0")/.."
committed=${1:-$(node -p 'require("node:path").relative(".", require("node:path").resolve(require("./smithy-gen.config.json").output)) || "."')}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Start from a copy of the committed tree so that versions (owned by changesets) and files the
# generator never owns (CHANGELOG.md, the hand-written runtime/) are kept; generate every
# configured service over it (`--out` in place of the configuration's output); compare.
tar -C "$committed" --exclude=node_modules --exclude=dist --exclude=.turbo -cf - . | tar -C "$work" -xf -
pnpm -s exec smithy-gen generate --quiet --out "$work" >/dev/null
if ! diff -r -q --exclude node_modules --exclude dist --exclude .turbo "$committed" "$work"; then
  echo "packages/ differs from what smithy-gen.config.json generates (above); run \`pnpm generate\` and commit, never edit generated files" >&2
  # Into a file first: `diff | head` under pipefail ends in SIGPIPE when the diff is long.
  diff -r -u --exclude node_modules --exclude dist --exclude .turbo "$committed" "$work" >"$work.diff" || true
  head -n 40 "$work.diff" >&2
  rm -f "$work.diff"
  exit 1
fi
