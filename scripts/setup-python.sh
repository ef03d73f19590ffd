#!/usr/bin/env bash
# Sets up what the Python binding needs (issue 10), skipping what is present:
# a virtual environment in .venv with the exact pins of
# python/requirements-dev.txt and python/constraints.txt (maturin, pytest,
# spaCy, PySpark, pyarrow, pandas), and a Java runtime for Spark (Debian's
# openjdk-17-jre-headless, only if no `java` is on the PATH). Safe to run again:
# a stamp of the pin files' hash says whether .venv matches them.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${WHOSAID_VENV:-.venv}
PYTHON=${PYTHON:-python3}

say() { printf '\033[1msetup-python:\033[0m %s\n' "$*"; }

if ! command -v java >/dev/null; then
  say "installing Debian's openjdk-17-jre-headless (Spark runs on the JVM)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  say "creating the virtual environment $VENV"
  "$PYTHON" -m venv "$VENV"
fi
pins_hash=$(cat python/requirements-dev.txt python/constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$VENV/.whosaid-pins" 2>/dev/null)" != "$pins_hash" ]; then
  say "installing the Python packages (a first install downloads about 500 MB: pyspark, pyarrow, spaCy)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r python/requirements-dev.txt -c python/constraints.txt
  echo "$pins_hash" > "$VENV/.whosaid-pins"
fi
say "python tools ready"
