"""Words per second of the Python binding against the CLI, and of the Spark job.

Run by scripts/bench-python.sh (which writes the articles and builds both):

    bench_python.py ARTICLES_DIR CLI [--runs N] [--spark-cores 1,2]

Every measure is the median wall time of --runs runs after one warm-up run
(the runs go round robin over the measures), over the same articles (one file per article, read once into memory for
Python; the CLI reads its files itself, as a user runs it). Words are
whitespace-separated tokens, counted the same way for every measure. Not a
test: it asserts nothing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import whosaid


def median_time(fn, runs):
    fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        del result  # freeing the results is part of the cost
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("articles")
    p.add_argument("cli")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--spark-cores", default="1,2")
    args = p.parse_args()

    paths = sorted(Path(args.articles).glob("*.txt"))
    texts = [p.read_bytes().decode("utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    cores = whosaid.default_threads()
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.2f} M characters, {words} words; "
          f"{cores} cores; median of {args.runs} runs")

    def cli(jobs):
        cmd = [args.cli, "parse", "--format", "jsonl", "--jobs", str(jobs), *map(str, paths)]
        return lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)

    measures = [
        ("CLI parse --format jsonl --jobs 1", cli(1), 1),
        ("analyze_many(texts, threads=1)", lambda: whosaid.analyze_many(texts, threads=1), 1),
        ("claim_columns(texts, threads=1)", lambda: whosaid.claim_columns(texts, threads=1), 1),
        ("[analyze_json(t) for t in texts]", lambda: [whosaid.analyze_json(t) for t in texts], 1),
        (f"CLI parse --format jsonl --jobs {cores}", cli(cores), cores),
        (f"analyze_many(texts) ({cores} threads)", lambda: whosaid.analyze_many(texts), cores),
    ]
    # Round robin: each run times every measure once, so a load from other
    # processes that comes and goes falls on all of them alike.
    times = {name: [] for name, _, _ in measures}
    for _, fn, _ in measures:
        fn()  # warm-up
    for _ in range(args.runs):
        for name, fn, _ in measures:
            start = time.perf_counter()
            result = fn()
            del result  # freeing the results is part of the cost
            times[name].append(time.perf_counter() - start)
    median = {}
    for name, _, threads in measures:
        t = median[name] = statistics.median(times[name])
        print(f"  {name:<40} {t:8.3f} s {words / t / 1e6:6.2f} M words/s "
              f"({words / t / threads / 1e6:.2f} per core)")
    names = [name for name, _, _ in measures]
    print(f"\nratio  analyze_many / CLI, one core:   {median[names[1]] / median[names[0]]:.2f}x the time"
          " (target: within 1.5x)")
    print(f"ratio  claim_columns / CLI, one core:  {median[names[2]] / median[names[0]]:.2f}x the time")
    print(f"ratio  analyze_many / CLI, {cores} cores:   {median[names[5]] / median[names[4]]:.2f}x the time")

    spark_cores = [int(c) for c in args.spark_cores.split(",") if c]
    if spark_cores:
        spark_bench(texts, words, spark_cores, max(1, args.runs // 2))


def spark_bench(texts, words, core_counts, runs):
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    import whosaid.spark

    with tempfile.TemporaryDirectory(prefix="py-bench-spark-") as tmp:
        src = Path(tmp) / "articles"
        src.mkdir()
        parts = 8
        for i in range(parts):
            with open(src / f"part-{i}.jsonl", "w", encoding="utf-8") as f:
                for j in range(i, len(texts), parts):
                    f.write(json.dumps({"id": f"a{j}", "text": texts[j]}, ensure_ascii=False) + "\n")
        print("\nSpark (claims table written as Parquet; session start-up not counted):")
        for n in core_counts:
            spark = (
                SparkSession.builder.master(f"local[{n}]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate()
            )
            spark.sparkContext.setLogLevel("ERROR")
            df = spark.read.json(str(src)).repartition(n * 4).cache()
            df.count()
            out = str(Path(tmp) / f"claims-{n}")

            def job():
                whosaid.spark.claims(df).write.mode("overwrite").parquet(out)

            t = median_time(job, runs)
            print(f"  local[{n}]  {t:8.3f} s {words / t / 1e6:6.2f} M words/s "
                  f"({words / t / n / 1e6:.2f} per core)", flush=True)
            spark.stop()


if __name__ == "__main__":
    main()
