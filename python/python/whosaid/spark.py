"""whosaid on Spark: a claims table and a sourcing summary from a DataFrame of articles.

Needs PySpark with pyarrow (``pip install whosaid[spark]``) and the whosaid
wheel installed wherever Spark runs Python: on a laptop that is the same
environment; on a cluster every executor (see the README, section Python).

Both functions go through :meth:`DataFrame.mapInArrow`: Spark hands each
task its articles as Arrow record batches, and each batch is one call to the
engine (:func:`whosaid.claim_columns`, which returns the claims as columns
built in Rust, or :func:`whosaid.analyze_many`), without a Python object per
row on the way in. Spark already runs one task per core, so each task uses
one engine thread by default (``threads=1``).

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

from . import analyze_many, claim_columns

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


def _mapped(df: DataFrame, text_col: str, id_col: Optional[str], columns, table_of) -> DataFrame:
    """``df`` through ``mapInArrow``: ``table_of(texts)`` gives, for a batch
    of texts, the row of the text behind each output row and the output
    columns (a dict of lists, ``columns``' names)."""
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
                [pa.field(id_col, ids.type)] + [pa.field(n, _arrow_type(t)) for n, t in columns]
            )
            # A null text is an article with nothing to analyze.
            texts = [t if t is not None else "" for t in batch.column(text_col).to_pylist()]
            rows, table = table_of(texts)
            arrays = [ids.take(pa.array(rows, type=pa.int64()))] + [
                pa.array(table[n], type=arrow_schema.field(n).type) for n, _ in columns
            ]
            yield pa.RecordBatch.from_arrays(arrays, schema=arrow_schema)

    return df.mapInArrow(run, spark_schema)


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


def _sourcing_row(analysis: Dict[str, Any]) -> tuple:
    sources = {s["id"]: s for s in analysis["sources"]}
    counts = {"named": 0, "anonymous": 0, "unattributed": 0}
    for c in analysis["claims"]:
        counts[claim_class(c, sources)] += 1
    total = len(analysis["claims"])

    def share(n: int) -> Optional[float]:
        return n / total if total else None

    return (
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
    def table(texts: List[str]):
        # Built in Rust, column by column: no dict per claim on the way.
        columns = claim_columns(texts, threads=threads)
        return columns.pop("row"), columns

    return _mapped(df, text_col, id_col, CLAIM_COLUMNS, table)


def sourcing(
    df: DataFrame, text_col: str = "text", id_col: Optional[str] = "id", threads: int = 1
) -> DataFrame:
    """One row per article of ``df``: the article id, then
    :data:`SOURCING_COLUMNS` (named, anonymous and unattributed claims, their
    shares, and the number of sources)."""
    def table(texts: List[str]):
        rows = [_sourcing_row(a) for a in analyze_many(texts, threads=threads)]
        columns = {n: [r[i] for r in rows] for i, (n, _) in enumerate(SOURCING_COLUMNS)}
        return list(range(len(rows))), columns

    return _mapped(df, text_col, id_col, SOURCING_COLUMNS, table)


__all__ = ["CLAIM_COLUMNS", "SOURCING_COLUMNS", "claim_class", "claims", "sourcing"]
