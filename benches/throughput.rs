//! Engine throughput, single-threaded and in-process, in words per second
//! (`wc -w` words), and how cost grows with size.
//!
//! Corpus: `corpus::articles`, the project's fixtures interleaved with
//! generated news-like articles, deterministic. Two shapes, each at 1× and
//! 10× the base size (100 KB) under criterion:
//! - `articles`: every article analyzed on its own, as the CLI and the reader do;
//! - `one_text`: the same articles joined into one text, the hostile case of
//!   a single huge input.
//!
//! After criterion, unless `WHOSAID_BENCH_QUICK` is set, a linearity report
//! times both shapes, and a third (`speakers`: one text where every sentence
//! names a new source), at 1×, 10× and 100× (10 MB) with plain medians and
//! prints each size's time relative to 1×: linear cost shows as ratios near
//! 10 and 100.
//! Target from issue 2: at least 2 million words/s; cost linear.
//!
//! Run: `cargo bench --bench throughput`.

mod corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion, Throughput};

const BASE: usize = 100_000;

fn analyze_all(articles: &[String]) -> usize {
    articles
        .iter()
        .map(|a| whosaid::analyze(black_box(a)).claims.len())
        .sum()
}

fn throughput(c: &mut Criterion) {
    for (scale, label) in [(1, "1x"), (10, "10x")] {
        let articles = corpus::articles(BASE * scale);
        let joined = articles.join("\n\n");
        let words = corpus::words(&joined) as u64;
        let mut group = c.benchmark_group(format!("throughput_{label}"));
        group.throughput(Throughput::Elements(words));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if scale == 1 { 3 } else { 8 }));
        group.bench_function("articles", |b| b.iter(|| analyze_all(&articles)));
        group.bench_function("one_text", |b| {
            b.iter(|| whosaid::analyze(black_box(&joined)).claims.len())
        });
        group.finish();
    }
}

criterion_group!(benches, throughput);

/// Median wall time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut() -> usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// One text of distinct speakers, `Person1 Name1 said that x1 rose.` and on:
/// every sentence a new source, the worst case for source resolution.
fn speakers(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 64);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&format!("Person{i} Name{i} said that x{i} rose. "));
        i += 1;
    }
    text
}

fn linearity() {
    println!("\nlinearity (median wall time; ratio = time / time at 1x; linear = the scale)");
    println!(
        "{:<9} {:>5} {:>10} {:>10} {:>12} {:>8}",
        "shape", "scale", "MB", "words", "words/s", "ratio"
    );
    for shape in ["articles", "one_text", "speakers"] {
        let mut base_time = None;
        for scale in [1usize, 10, 100] {
            // Each input is analyzed on its own; "articles" has many, the others one.
            let inputs = match shape {
                "articles" => corpus::articles(BASE * scale),
                "one_text" => vec![corpus::articles(BASE * scale).join("\n\n")],
                _ => vec![speakers(BASE * scale)],
            };
            let bytes: usize = inputs.iter().map(String::len).sum();
            let words: usize = inputs.iter().map(|t| corpus::words(t)).sum();
            let runs = match scale {
                1 => 21,
                10 => 7,
                _ => 3,
            };
            let time = median(runs, || analyze_all(&inputs));
            let base = *base_time.get_or_insert(time);
            println!(
                "{:<9} {:>4}x {:>10.2} {:>10} {:>12.0} {:>8.2}",
                shape,
                scale,
                bytes as f64 / 1e6,
                words,
                words as f64 / time.as_secs_f64(),
                time.as_secs_f64() / base.as_secs_f64()
            );
        }
    }
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo test --benches` runs this binary without `--bench`: keep that quick.
    let benchmarking = std::env::args().any(|a| a == "--bench");
    if benchmarking && std::env::var_os("WHOSAID_BENCH_QUICK").is_none() {
        linearity();
    }
}
