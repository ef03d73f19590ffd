"""Turns a folder of articles into a claims table and a sourcing table, as Parquet.

    python python/examples/claims_job.py ARTICLES OUT [--format jsonl|parquet]
        [--text-col text] [--id-col id] [--master local[*]]

ARTICLES is a folder (or file, or glob) of JSON Lines or Parquet with one
article per row: a text column and an id column. OUT gets two Parquet
datasets: OUT/claims (one row per claim, see whosaid.spark.CLAIM_COLUMNS) and
OUT/sourcing (one row per article: named, anonymous and unattributed shares).

On a laptop it runs Spark in this process (``--master local[*]``: every core).
On a cluster, submit the same file with spark-submit and the cluster's master
URL, with the whosaid wheel installed in the executors' Python (see the README,
section Python): nothing in the job changes.
"""

import argparse
import os
import sys
from typing import List, Optional

from pyspark.sql import SparkSession

import whosaid.spark


def run(spark: SparkSession, articles: str, out: str, fmt: str, text_col: str, id_col: str):
    """Reads ``articles``, writes ``out/claims`` and ``out/sourcing``; returns
    the two DataFrames as read back."""
    reader = spark.read.format("json" if fmt == "jsonl" else "parquet")
    df = reader.load(articles)
    whosaid.spark.claims(df, text_col=text_col, id_col=id_col).write.mode("overwrite").parquet(
        os.path.join(out, "claims")
    )
    whosaid.spark.sourcing(df, text_col=text_col, id_col=id_col).write.mode(
        "overwrite"
    ).parquet(os.path.join(out, "sourcing"))
    return (
        spark.read.parquet(os.path.join(out, "claims")),
        spark.read.parquet(os.path.join(out, "sourcing")),
    )


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("articles", help="folder, file or glob of JSONL or Parquet articles")
    p.add_argument("out", help="output folder: OUT/claims and OUT/sourcing, Parquet")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    p.add_argument("--text-col", default="text")
    p.add_argument("--id-col", default="id")
    p.add_argument(
        "--master",
        default=None,
        help="Spark master URL (default: spark-submit's, or local[*] when run with python)",
    )
    args = p.parse_args(argv)
    builder = SparkSession.builder.appName("whosaid-claims")
    # Under spark-submit (which starts the JVM first) the master is already set.
    if args.master or "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    claims, sourcing = run(spark, args.articles, args.out, args.format, args.text_col, args.id_col)
    print(f"{claims.count()} claims and {sourcing.count()} articles written to {args.out}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
