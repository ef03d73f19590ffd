"""whosaid on Spark: a claims table and a sourcing summary from a DataFrame of articles.

Needs PySpark with pyarrow (``pip install whosaid[spark]``) and the whosaid
wheel installed wherever Spark runs Python: on a laptop that is the same
environment; on a cluster every executor (see the README, section Python).

Both functions go through :meth:`DataFrame.mapInArrow`: Spark hands each
task its articles as Arrow record batches, and :func:`whosaid.analyze_many`
analyzes a whole batch in one call to the engine, without a Python object per
row on the way in. Spark already runs one task per core, so each task uses one
engine thread by default (``threads=1``).

- :func:`claims` - one row per claim (:data:`CLAIM_COLUMNS`);
- :func:`sourcing` - one row per article: how many of its claims have a named
  source, an anonymous one, or none (the writer's own voice).
"""

from typing import Any, Dict, Iterator, List, Optional

import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import (
    ArrayType,
    DataType,
    DoubleType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)

from . import analyze_many

#: The columns of :func:`claims` after the article id, with their Spark types.
#: Offsets are indexes into the article's text (code points, as Python's
#: ``str`` and Spark's ``substring`` count, the latter from 1), end exclusive.
CLAIM_COLUMNS = [
    ("claim_id", StringType()),  # c1, c2, ... in text order within the article
    ("kind", StringType()),  # direct_quote, partial_quote, indirect, according_to, reported, unattributed
    ("content", StringType()),
    ("content_start", IntegerType()),
    ("content_end", IntegerType()),
    ("cue", StringType()),  # null for the writer's own voice
    ("cue_start", IntegerType()),
    ("cue_end", IntegerType()),
    ("source_id", StringType()),  # s1, s2, ... within the article; null when none
    ("source_name", StringType()),  # canonical: "Dmitry Peskov", not "he"
    ("source_kind", StringType()),  # person, organization, media, government, document, anonymous, group
    ("role", StringType()),
    ("affiliation", StringType()),
    ("source_mention", StringType()),  # where this claim names its source ("he", "Peskov")
    ("mention_start", IntegerType()),
    ("mention_end", IntegerType()),
    ("stance", StringType()),  # assert, deny, confirm, allege, ...
    ("hedges", ArrayType(StringType(), containsNull=False)),
    ("hedge_starts", ArrayType(IntegerType(), containsNull=False)),
    ("hedge_ends", ArrayType(IntegerType(), containsNull=False)),
]

#: The columns of :func:`sourcing` after the article id. A claim is ``named``
#: when its source is not anonymous (a group counts as named unless all its
#: members are anonymous), ``anonymous`` when its source is anonymous or when
#: it is attributed with no source at all (``it is understood that``), and
#: ``unattributed`` in the writer's own voice. Shares are of ``claims``, and
#: null for an article without claims.
SOURCING_COLUMNS = [
    ("claims", IntegerType()),
    ("named", IntegerType()),
    ("anonymous", IntegerType()),
    ("unattributed", IntegerType()),
    ("sources", IntegerType()),
    ("named_share", DoubleType()),
    ("anonymous_share", DoubleType()),
    ("unattributed_share", DoubleType()),
]

_ARROW = {
    StringType(): pa.string(),
    IntegerType(): pa.int32(),
    DoubleType(): pa.float64(),
}


def _arrow_type(t: DataType) -> pa.DataType:
    if isinstance(t, ArrayType):
        return pa.list_(pa.field("element", _arrow_type(t.elementType), nullable=False))
    return _ARROW[t]


def _with_id(df: DataFrame, text_col: str, id_col: Optional[str]) -> "tuple[DataFrame, str]":
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in the DataFrame (columns: {df.columns})")
    if id_col is None:
        id_col = "id"
        df = df.withColumn(id_col, F.monotonically_increasing_id())
    elif id_col not in df.columns:
        raise ValueError(f"no column {id_col!r} in the DataFrame (columns: {df.columns})")
    return df.select(id_col, text_col), id_col


def _mapped(
    df: DataFrame, text_col: str, id_col: Optional[str], threads: int, columns, rows_of
) -> DataFrame:
    df, id_col = _with_id(df, text_col, id_col)
    spark_schema = StructType(
        [StructField(id_col, df.schema[id_col].dataType, True)]
        + [StructField(n, t, True) for n, t in columns]
    )

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            ids = batch.column(id_col)
            # The id keeps the Arrow type Spark gave it.
            arrow_schema = pa.schema(
                [pa.field(id_col, ids.type)]
                + [pa.field(n, _arrow_type(t)) for n, t in columns]
            )
            texts = batch.column(text_col).to_pylist()
            # A null text is an article with nothing to analyze.
            analyses = analyze_many([t if t is not None else "" for t in texts], threads=threads)
            out: Dict[str, List[Any]] = {f.name: [] for f in arrow_schema}
            take: List[int] = []
            for row, analysis in enumerate(analyses):
                for values in rows_of(analysis):
                    take.append(row)
                    for (name, _), value in zip(columns, values):
                        out[name].append(value)
            arrays = [ids.take(pa.array(take, type=pa.int64()))] + [
                pa.array(out[n], type=arrow_schema.field(n).type) for n, _ in columns
            ]
            yield pa.RecordBatch.from_arrays(arrays, schema=arrow_schema)

    return df.mapInArrow(run, spark_schema)


def _claim_rows(analysis: Dict[str, Any]) -> Iterator[tuple]:
    sources = {s["id"]: s for s in analysis["sources"]}
    for c in analysis["claims"]:
        cue, mention = c["cue"], c["source_mention"]
        source = sources.get(c["source"]) if c["source"] is not None else None
        yield (
            c["id"],
            c["kind"],
            c["content"]["text"],
            c["content"]["start"],
            c["content"]["end"],
            cue["text"] if cue else None,
            cue["start"] if cue else None,
            cue["end"] if cue else None,
            c["source"],
            source["name"] if source else None,
            source["kind"] if source else None,
            source["role"] if source else None,
            source["affiliation"] if source else None,
            mention["text"] if mention else None,
            mention["start"] if mention else None,
            mention["end"] if mention else None,
            c["stance"],
            [h["text"] for h in c["hedges"]],
            [h["start"] for h in c["hedges"]],
            [h["end"] for h in c["hedges"]],
        )


def claim_class(claim: Dict[str, Any], sources: Dict[str, Dict[str, Any]]) -> str:
    """``"named"``, ``"anonymous"`` or ``"unattributed"``: how a claim is
    sourced (see :data:`SOURCING_COLUMNS`); ``sources`` maps ids to sources."""
    if claim["kind"] == "unattributed":
        return "unattributed"
    source = sources.get(claim["source"]) if claim["source"] is not None else None
    if source is None:
        return "anonymous"
    if source["kind"] == "group":
        members = [sources[m] for m in source.get("members", []) if m in sources]
        if members and all(m["kind"] == "anonymous" for m in members):
            return "anonymous"
        return "named"
    return "anonymous" if source["kind"] == "anonymous" else "named"


def _sourcing_rows(analysis: Dict[str, Any]) -> Iterator[tuple]:
    sources = {s["id"]: s for s in analysis["sources"]}
    counts = {"named": 0, "anonymous": 0, "unattributed": 0}
    for c in analysis["claims"]:
        counts[claim_class(c, sources)] += 1
    total = len(analysis["claims"])

    def share(n: int) -> Optional[float]:
        return n / total if total else None

    yield (
        total,
        counts["named"],
        counts["anonymous"],
        counts["unattributed"],
        len(analysis["sources"]),
        share(counts["named"]),
        share(counts["anonymous"]),
        share(counts["unattributed"]),
    )


def claims(
    df: DataFrame, text_col: str = "text", id_col: Optional[str] = "id", threads: int = 1
) -> DataFrame:
    """One row per claim of every article in ``df``: the article id (column
    ``id_col``, of its own type), then :data:`CLAIM_COLUMNS`. An article
    without claims has no row. ``id_col=None`` numbers the articles with
    ``monotonically_increasing_id`` into a column ``id``. ``threads`` is the
    engine threads per Spark task (Spark already runs a task per core)."""
    return _mapped(df, text_col, id_col, threads, CLAIM_COLUMNS, _claim_rows)


def sourcing(
    df: DataFrame, text_col: str = "text", id_col: Optional[str] = "id", threads: int = 1
) -> DataFrame:
    """One row per article of ``df``: the article id, then
    :data:`SOURCING_COLUMNS` (named, anonymous and unattributed claims, their
    shares, and the number of sources)."""
    return _mapped(df, text_col, id_col, threads, SOURCING_COLUMNS, _sourcing_rows)


__all__ = ["CLAIM_COLUMNS", "SOURCING_COLUMNS", "claim_class", "claims", "sourcing"]
