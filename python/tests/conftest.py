"""Shared fixtures: the repository's sample articles and what the CLI says of them.

The CLI is the reference: ``WHOSAID_CLI`` names its binary (scripts/test.sh
builds target/release/whosaid and sets it); without it the fixture builds it
with cargo. Its JSON Lines output for every article comes from one run.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seed" / "article.txt"


def article_paths():
    """The seed (when ../shared is beside the repo) and every .txt under tests/."""
    paths = sorted((REPO / "tests").rglob("*.txt"))
    if SEED.exists():
        paths.insert(0, SEED)
    return paths


def read_text(path: Path) -> str:
    # Bytes decoded as the CLI does: no newline translation, a BOM kept.
    return path.read_bytes().decode("utf-8")


def all_spans(analysis):
    """Every span of a contract document, with where it sits."""
    for c in analysis["claims"]:
        yield f"{c['id']}.content", c["content"]
        for i, p in enumerate(c["content"].get("parts", [])):
            yield f"{c['id']}.parts[{i}]", p
        if c["cue"] is not None:
            yield f"{c['id']}.cue", c["cue"]
        if c["source_mention"] is not None:
            yield f"{c['id']}.source_mention", c["source_mention"]
        for i, h in enumerate(c["hedges"]):
            yield f"{c['id']}.hedges[{i}]", h
    for s in analysis["sources"]:
        for i, m in enumerate(s["mentions"]):
            yield f"{s['id']}.mentions[{i}]", m


@pytest.fixture(scope="session")
def cli() -> Path:
    path = os.environ.get("WHOSAID_CLI")
    if path:
        return Path(path)
    subprocess.run(
        ["cargo", "build", "--release", "--locked", "--bin", "whosaid"], cwd=REPO, check=True
    )
    return REPO / "target" / "release" / "whosaid"


def run_cli(cli: Path, paths):
    """The CLI's analysis of each file, by path, from one `parse --format jsonl` run."""
    out = subprocess.run(
        [str(cli), "parse", "--format", "jsonl", *map(str, paths)],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    entries = [json.loads(line) for line in out.splitlines()]
    assert [e["file"] for e in entries] == list(map(str, paths))
    return {Path(e["file"]): e["analysis"] for e in entries}


@pytest.fixture(scope="session")
def articles():
    paths = article_paths()
    assert len(paths) >= 100, f"expected the fixtures, holdout and real-news samples, got {len(paths)}"
    return paths


@pytest.fixture(scope="session")
def cli_analyses(cli, articles):
    return run_cli(cli, articles)
