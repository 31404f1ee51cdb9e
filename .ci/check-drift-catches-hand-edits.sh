#!/usr/bin/env bash
# The drift check must fail on a hand-edited generated file: edit one in a copy of packages/
# and expect .ci/check-drift.sh to reject the copy (and accept the untouched copy).
set -euo pipefail
cd "$(dirname "$0")/.."
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
tar -C packages --exclude=node_modules --exclude=dist --exclude=.turbo -cf - . | tar -C "$copy" -xf -
bash .ci/check-drift.sh "$copy" >/dev/null 2>&1 || { echo "the untouched copy of packages/ already differs from model/"; exit 1; }
# No `| head` here: under pipefail, head closing the pipe early can kill `sort` with SIGPIPE and
# fail the step at random. Read the whole sorted list, then take its first entry.
mapfile -t sources < <(find "$copy" -path '*/src/*' -name '*.ts' | sort)
[ "${#sources[@]}" -gt 0 ] || { echo "no generated source file to edit in the copy of packages/"; exit 1; }
file=${sources[0]}
printf '\n// hand edit\n' >> "$file"
if bash .ci/check-drift.sh "$copy" >/dev/null 2>&1; then
  echo "the drift check accepted a hand-edited ${file#"$copy"/}"
  exit 1
fi
echo "the drift check rejects a hand edit of ${file#"$copy"/}"
