#!/usr/bin/env bash
# Builds the reader for release (trunk, wasm-release profile, wasm-opt -Oz) and
# prints what a reader downloads: raw and gzip -9 bytes of the wasm, the JS
# glue and the CSS, and their total. Fails when the gzip total reaches the
# budget (200 KB). SKIP_BUILD=1 measures the dist/ already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
BUDGET=$((200 * 1024))

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./scripts/setup.sh >/dev/null
  cargo fetch --locked
  trunk build --release --offline >/dev/null
fi

shopt -s nullglob
files=(dist/*.wasm dist/*.js dist/*.css)
if ((${#files[@]} == 0)); then
  echo "size-report: dist/ has no wasm, js or css: build first" >&2
  exit 1
fi
raw_total=0
gz_total=0
printf '%-40s %10s %10s\n' "file" "raw" "gzip -9"
for f in "${files[@]}"; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  raw_total=$((raw_total + raw))
  gz_total=$((gz_total + gz))
  printf '%-40s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' "total over the wire" "$raw_total" "$gz_total"
awk -v r="$raw_total" -v g="$gz_total" -v b=$((BUDGET / 1024)) \
  'BEGIN { printf "= %.1f KB raw, %.1f KB gzip -9 (budget %d KB)\n", r / 1024, g / 1024, b }'
if ((gz_total >= BUDGET)); then
  echo "size-report: over the budget" >&2
  exit 1
fi
