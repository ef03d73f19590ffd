#!/usr/bin/env bash
# Words per second of the Python binding (analyze_many, one core and every
# core) against the release CLI on the same articles, and of the Spark claims
# job per core in local[1] and local[2]. Issue 10's target: the binding within
# 1.5x the CLI's time per core. Not a test: it asserts nothing.
#
#   scripts/bench-python.sh                 # 4 MB of articles, 7 runs each
#   MB=10 RUNS=11 SPARK_CORES=1,2 scripts/bench-python.sh
#   SPARK_CORES= scripts/bench-python.sh   # without Spark
#
# The articles are the CLI benchmark's (benches/corpus: the fixtures and
# generated news-like text, deterministic), in a temp dir removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
MB="${MB:-4}"
RUNS="${RUNS:-7}"
SPARK_CORES="${SPARK_CORES-1,2}"
say() { printf '\033[1mbench-python:\033[0m %s\n' "$*"; }

./scripts/setup-python.sh
say "building the release CLI and the wheel"
cargo build --release --locked --bin whosaid
wheel=$(./scripts/build-wheel.sh)
.venv/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"

dir="$(mktemp -d "${TMPDIR:-/tmp}/py-bench.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/articles"
say "writing $MB MB of articles"
WHOSAID_CORPUS_DIR="$dir/articles" WHOSAID_CORPUS_MB="$MB" \
  cargo bench --locked --bench write_corpus --quiet
.venv/bin/python scripts/bench_python.py "$dir/articles" "$PWD/target/release/whosaid" \
  --runs "$RUNS" --spark-cores "$SPARK_CORES"
