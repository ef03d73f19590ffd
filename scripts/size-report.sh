#!/usr/bin/env bash
# Builds the reader for release (trunk, wasm-release profile, wasm-opt -Oz) and
# prints what a reader downloads: raw and gzip -9 bytes of the wasm, the JS
# glue and the CSS, and their total. Fails when the gzip total reaches the
# budget (200 KB). Then the same for the publisher embed (dist/embed/: the
# loader, the glue and the wasm, which holds its CSS), with its own budget
# (200 KB). SKIP_BUILD=1 measures the dist/ already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
# 200 KB read the strict way, as 200,000 bytes (not 200 KiB).
BUDGET=200000

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./scripts/setup.sh >/dev/null
  cargo fetch --locked
  ./scripts/wasm-release.sh trunk build --release --offline >/dev/null
  ./scripts/build-embed.sh >/dev/null
fi

shopt -s nullglob
# report <title> <files...>: prints each file and the total; sets gz_total.
report() {
  local title=$1
  shift
  local raw_total=0 f raw gz
  gz_total=0
  printf '\n%s\n%-40s %10s %10s\n' "$title" "file" "raw" "gzip -9"
  for f in "$@"; do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    raw_total=$((raw_total + raw))
    gz_total=$((gz_total + gz))
    printf '%-40s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
  done
  printf '%-40s %10d %10d\n' "total over the wire" "$raw_total" "$gz_total"
  awk -v r="$raw_total" -v g="$gz_total" -v b=$BUDGET \
    'BEGIN { printf "= %.1f KB raw, %.1f KB gzip -9 (budget %d KB: %d bytes under)\n", r / 1000, g / 1000, b / 1000, b - g }'
}

files=(dist/*.wasm dist/*.js dist/*.css)
if ((${#files[@]} == 0)); then
  echo "size-report: dist/ has no wasm, js or css: build first" >&2
  exit 1
fi
report "The reader (dist/)" "${files[@]}"
if ((gz_total >= BUDGET)); then
  echo "size-report: the reader is over the budget" >&2
  exit 1
fi

embed=(dist/embed/whosaid.js dist/embed/whosaid_embed.js dist/embed/whosaid_embed_bg.wasm)
for f in "${embed[@]}"; do
  if [[ ! -f $f ]]; then
    echo "size-report: $f is missing: run scripts/build-embed.sh" >&2
    exit 1
  fi
done
report "The publisher embed (dist/embed/)" "${embed[@]}"
if ((gz_total >= BUDGET)); then
  echo "size-report: the embed is over the budget" >&2
  exit 1
fi
