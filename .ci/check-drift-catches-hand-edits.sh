#!/usr/bin/env bash
# The drift check must fail on a hand-edited generated file: edit one in a copy of packages/
# and expect .ci/check-drift.sh to reject the copy (and accept the untouched copy).
set -euo pipefail
cd "$(dirname "$0")/.."
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
tar -C packages --exclude=node_modules --exclude=dist --exclude=.turbo -cf - . | tar -C "$copy" -xf -
bash .ci/check-drift.sh "$copy" >/dev/null 2>&1 || { echo "the untouched copy of packages/ already differs from model/"; exit 1; }
file=$(find "$copy" -path '*/src/*' -name '*.ts' | sort | head -n 1)
printf '\n// hand edit\n' >> "$file"
if bash .ci/check-drift.sh "$copy" >/dev/null 2>&1; then
  echo "the drift check accepted a hand-edited ${file#"$copy"/}"
  exit 1
fi
echo "the drift check rejects a hand edit of ${file#"$copy"/}"
