"""whosaid.spark and the example job in Spark local[2], against the CLI.

A few hundred articles (every sample article three times, each with its own
id) go through python/examples/claims_job.py as JSON Lines and as Parquet; the
claims table it writes must hold, row for row, the claims the CLI finds.
"""

import importlib.util
import json
import os
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import REPO, read_text

COPIES = 3

spec = importlib.util.spec_from_file_location(
    "claims_job", REPO / "python" / "examples" / "claims_job.py"
)
claims_job = importlib.util.module_from_spec(spec)
spec.loader.exec_module(claims_job)


@pytest.fixture(scope="module")
def spark():
    # The Python workers Spark starts must be this interpreter (with whosaid).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("whosaid-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        # Several Arrow batches per task, so batching is exercised too.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "50")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def archive(articles, cli_analyses):
    """The articles as rows {id, text}, and the CLI's analysis of each id."""
    rows, expected = [], {}
    for copy in range(COPIES):
        for path in articles:
            article_id = f"{copy}-{path.parent.name}-{path.stem}"
            rows.append({"id": article_id, "text": read_text(path)})
            expected[article_id] = cli_analyses[path]
    assert len(rows) >= 300
    return rows, expected


def expected_claim_rows(expected):
    """The claims table as it should be, derived from the CLI's JSON by hand."""
    rows = []
    for article_id, analysis in expected.items():
        sources = {s["id"]: s for s in analysis["sources"]}
        for c in analysis["claims"]:
            s = sources.get(c["source"]) or {}
            cue = c["cue"] or {}
            m = c["source_mention"] or {}
            rows.append(
                {
                    "id": article_id,
                    "claim_id": c["id"],
                    "kind": c["kind"],
                    "content": c["content"]["text"],
                    "content_start": c["content"]["start"],
                    "content_end": c["content"]["end"],
                    "cue": cue.get("text"),
                    "cue_start": cue.get("start"),
                    "cue_end": cue.get("end"),
                    "source_id": c["source"],
                    "source_name": s.get("name"),
                    "source_kind": s.get("kind"),
                    "role": s.get("role"),
                    "affiliation": s.get("affiliation"),
                    "source_mention": m.get("text"),
                    "mention_start": m.get("start"),
                    "mention_end": m.get("end"),
                    "stance": c["stance"],
                    "hedges": [h["text"] for h in c["hedges"]],
                    "hedge_starts": [h["start"] for h in c["hedges"]],
                    "hedge_ends": [h["end"] for h in c["hedges"]],
                }
            )
    return sorted(rows, key=lambda r: (r["id"], int(r["claim_id"][1:])))


def read_rows(folder):
    """A Parquet dataset's rows, by article id (and claim number, for claims)."""
    rows = pq.read_table(str(folder)).to_pylist()
    if rows and "claim_id" in rows[0]:
        return sorted(rows, key=lambda r: (r["id"], int(r["claim_id"][1:])))
    return sorted(rows, key=lambda r: r["id"])


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_the_job_writes_the_claims_the_cli_finds_row_for_row(spark, archive, tmp_path, fmt):
    rows, expected = archive
    src = tmp_path / "articles"
    src.mkdir()
    half = len(rows) // 2
    if fmt == "jsonl":
        for i, part in enumerate([rows[:half], rows[half:]]):
            with open(src / f"part-{i}.jsonl", "w", encoding="utf-8") as f:
                for r in part:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        for i, part in enumerate([rows[:half], rows[half:]]):
            pq.write_table(pa.Table.from_pylist(part), src / f"part-{i}.parquet")
    out = tmp_path / "out"
    claims_df, sourcing_df = claims_job.run(spark, str(src), str(out), fmt, "text", "id")
    assert claims_df.rdd.getNumPartitions() >= 1

    got = read_rows(out / "claims")
    want = expected_claim_rows(expected)
    assert len(want) > 3000
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g == w, (g, w)

    # The sourcing table: one row per article, counts by hand from the CLI.
    sourcing = {r["id"]: r for r in read_rows(out / "sourcing")}
    assert set(sourcing) == set(expected)
    for article_id, analysis in expected.items():
        sources = {s["id"]: s for s in analysis["sources"]}
        named = anonymous = unattributed = 0
        for c in analysis["claims"]:
            if c["kind"] == "unattributed":
                unattributed += 1
                continue
            s = sources.get(c["source"])
            kinds = (
                [sources[m]["kind"] for m in s.get("members", [])]
                if s and s["kind"] == "group"
                else [s["kind"]] if s else ["anonymous"]
            )
            if kinds and all(k == "anonymous" for k in kinds):
                anonymous += 1
            else:
                named += 1
        r = sourcing[article_id]
        total = len(analysis["claims"])
        assert (r["claims"], r["named"], r["anonymous"], r["unattributed"], r["sources"]) == (
            total,
            named,
            anonymous,
            unattributed,
            len(analysis["sources"]),
        ), article_id
        if total:
            assert r["named_share"] == pytest.approx(named / total)
            assert r["named_share"] + r["anonymous_share"] + r["unattributed_share"] == pytest.approx(1)
        else:
            assert r["named_share"] is None


def test_claims_keeps_the_id_type_and_numbers_articles_without_ids(spark):
    df = spark.createDataFrame(
        [(7, "“We will not retreat,” the mayor said."), (9, None), (11, "")],
        "doc long, body string",
    )
    import whosaid.spark

    rows = whosaid.spark.claims(df, text_col="body", id_col="doc").collect()
    assert [(r.doc, r.kind, r.cue, r.source_name) for r in rows] == [
        (7, "direct_quote", "said", rows[0].source_name)
    ]
    assert rows[0].source_name  # the mayor, as the engine names him
    assert dict(whosaid.spark.claims(df, text_col="body", id_col="doc").dtypes)["doc"] == "bigint"
    numbered = whosaid.spark.claims(df.select("body"), text_col="body", id_col=None)
    assert numbered.count() == 1 and "id" in numbered.columns
    summary = {r.doc: r for r in whosaid.spark.sourcing(df, text_col="body", id_col="doc").collect()}
    assert summary[7].claims == 1 and summary[7].named == 1 and summary[7].named_share == 1.0
    assert summary[9].claims == 0 and summary[9].named_share is None
    with pytest.raises(ValueError, match="no column 'text'"):
        whosaid.spark.claims(df)


def test_the_example_job_runs_as_a_script(tmp_path, archive):
    # As the README runs it: its own process and Spark session, JSONL in, Parquet out.
    import subprocess

    rows, expected = archive
    src = tmp_path / "articles"
    src.mkdir()
    with open(src / "articles.jsonl", "w", encoding="utf-8") as f:
        for r in rows[:20]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    done = subprocess.run(
        [sys.executable, str(REPO / "python" / "examples" / "claims_job.py"),
         str(src), str(out), "--master", "local[1]"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    n_claims = sum(len(expected[r["id"]]["claims"]) for r in rows[:20])
    assert f"{n_claims} claims and 20 articles written to {out}" in done.stdout
    assert pq.read_table(str(out / "claims")).num_rows == n_claims
    assert pq.read_table(str(out / "sourcing")).num_rows == 20
