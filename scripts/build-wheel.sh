#!/usr/bin/env bash
# Builds the Python wheel of whosaid (python/, issue 10) into target/wheels/:
# one abi3 wheel for every CPython from 3.9 on, for this machine's platform,
# with the engine optimised as the CLI is (profile release). Needs maturin:
# scripts/setup-python.sh puts it in .venv. Prints the wheel's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
VENV=${WHOSAID_VENV:-.venv}
OUT=target/wheels

rm -f "$OUT"/whosaid-*.whl
"$VENV/bin/maturin" build --release --locked \
  --manifest-path python/Cargo.toml \
  --interpreter "$VENV/bin/python" \
  --out "$OUT" >&2
ls "$OUT"/whosaid-*.whl
