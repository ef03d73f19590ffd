#!/usr/bin/env bash
# Fuzzes the engine (issue 5): the `analyze` target of fuzz/ for a fixed
# number of executions, its corpus seeded from the project's fixtures
# (tests/fixtures/*.txt) and fuzz/seeds/, with fuzz/analyze.dict.
#
#   scripts/fuzz.sh                 # 200,000 executions
#   RUNS=2000000 scripts/fuzz.sh    # longer
#
# A crash (a panic, or an analysis failing tests/invariants) stops the run,
# saves the input under fuzz/artifacts/analyze/ and exits non-zero: turn it
# into a regression test in tests/hostile.rs. The corpus grows in
# fuzz/corpus/analyze (ignored by git) and is reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

CARGO_FUZZ_VERSION=0.13.2
RUNS="${RUNS:-200000}"
SANITIZER="${SANITIZER:-none}"
say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

if ! cargo fuzz --version 2>/dev/null | grep -q " $CARGO_FUZZ_VERSION\$"; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (compiles for a few minutes)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

# With a sanitizer, cargo-fuzz passes a nightly-only flag (-Zsanitizer); the
# stable toolchain (1.95 here) accepts it when told it is bootstrapping itself.
# Without one, stable builds the target as it is.
export RUSTC_BOOTSTRAP=1

corpus=fuzz/corpus/analyze
mkdir -p "$corpus"
for seed in tests/fixtures/*.txt fuzz/seeds/*; do
  [ -f "$seed" ] && cp "$seed" "$corpus/"
done
say "corpus: $(find "$corpus" -type f | wc -l) files; running $RUNS executions"

# No sanitizer by default: the engine is safe Rust, so what we look for are
# panics and invalid output, and uninstrumented memory makes each run several
# times faster (SANITIZER=address to check anyway). Debug assertions (overflow
# checks) stay on, as cargo-fuzz sets them. Inputs up to 64 KiB: whole articles.
cargo fuzz run --sanitizer "$SANITIZER" analyze "$corpus" -- \
  -runs="$RUNS" -dict=fuzz/analyze.dict -max_len=65536 -print_final_stats=1
