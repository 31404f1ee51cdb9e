#!/usr/bin/env bash
# Fails when a generated package directory differs from what `smithy-gen generate` writes from
# model/: a hand edit, a stale file, or output that is not deterministic.
# Usage: .ci/check-drift.sh [packages-dir]   (default: packages)
set -euo pipefail
cd "$(dirname "$0")/.."
committed=${1:-packages}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Start from a copy of the committed tree so that versions (owned by changesets) and files the
# generator never owns (CHANGELOG.md) are kept; generate over it; compare.
tar -C "$committed" --exclude=node_modules --exclude=dist --exclude=.turbo -cf - . | tar -C "$work" -xf -
pnpm -s exec smithy-gen generate --model model --out "$work" >/dev/null
if ! diff -r -q --exclude node_modules --exclude dist --exclude .turbo "$committed" "$work"; then
  echo "packages/ differs from what model/ generates (above); run \`pnpm generate\` and commit, never edit generated files" >&2
  # Into a file first: `diff | head` under pipefail ends in SIGPIPE when the diff is long.
  diff -r -u --exclude node_modules --exclude dist --exclude .turbo "$committed" "$work" >"$work.diff" || true
  head -n 40 "$work.diff" >&2
  rm -f "$work.diff"
  exit 1
fi
