#!/usr/bin/env bash
# Times the release CLI over a few MB of articles against `wc -w` on the same
# files, with hyperfine, and prints both medians and their ratio.
# Issue 2's target: `whosaid parse --format jsonl` within 5x the time of `wc -w`.
#
#   scripts/bench-cli.sh            # 4 MB of articles
#   MB=10 RUNS=20 scripts/bench-cli.sh
#
# The articles come from benches/corpus (the project's fixtures and generated
# news-like text, deterministic), one file per article, in a temp dir removed
# at exit. Not a test: it asserts nothing and fails only if a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

MB="${MB:-4}"
RUNS="${RUNS:-10}"
say() { printf '\033[1mbench-cli:\033[0m %s\n' "$*"; }

if ! command -v hyperfine >/dev/null; then
  say "installing Debian's hyperfine"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq hyperfine >/dev/null
fi

say "building the release CLI"
cargo build --release --locked --bin whosaid
bin="$PWD/target/release/whosaid"

dir="$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench-cli.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/articles"
say "writing $MB MB of articles"
WHOSAID_CORPUS_DIR="$dir/articles" WHOSAID_CORPUS_MB="$MB" \
  cargo bench --locked --bench write_corpus --quiet

# Both commands see the same files through the same glob; hyperfine discards
# their output and subtracts the shell's start-up time.
cd "$dir/articles"
hyperfine --warmup 2 --runs "$RUNS" --export-json "$dir/times.json" \
  --command-name "whosaid parse --format jsonl" "'$bin' parse --format jsonl *.txt" \
  --command-name "whosaid parse --format jsonl --jobs 1" "'$bin' parse --format jsonl --jobs 1 *.txt" \
  --command-name "wc -w" "wc -w *.txt"

# hyperfine's JSON lists results in command order, each with one "median".
mapfile -t medians < <(grep -o '"median": *[0-9.eE+-]*' "$dir/times.json" | sed 's/.*: *//')
awk -v w="${medians[0]}" -v s="${medians[1]}" -v c="${medians[2]}" 'BEGIN {
  printf "\nmedian  whosaid parse --format jsonl:          %.4f s (one worker per core)\n", w
  printf "median  whosaid parse --format jsonl --jobs 1: %.4f s\n", s
  printf "median  wc -w:                                 %.4f s\n", c
  printf "ratio   whosaid / wc -w:                       %.2fx (target: within 5x); one worker: %.2fx\n", w / c, s / c
}'
