//! Writes the benchmark corpus (`corpus::articles`) as one file per article,
//! for `scripts/bench-cli.sh` to time the CLI against `wc -w` on the same
//! files. A bench target only so that it shares `benches/corpus` with the
//! throughput benchmark; it measures nothing.
//!
//! `WHOSAID_CORPUS_DIR=DIR WHOSAID_CORPUS_MB=4 cargo bench --bench write_corpus`
//! Without `WHOSAID_CORPUS_DIR` (as in a plain `cargo bench`) it does nothing.

mod corpus;

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::var_os("WHOSAID_CORPUS_DIR") else {
        println!("write_corpus: nothing to do (set WHOSAID_CORPUS_DIR; see scripts/bench-cli.sh)");
        return ExitCode::SUCCESS;
    };
    let mb: f64 = match std::env::var("WHOSAID_CORPUS_MB").map(|v| v.parse()) {
        Err(_) => 4.0,
        Ok(Ok(mb)) if mb > 0.0 => mb,
        Ok(_) => {
            eprintln!("write_corpus: WHOSAID_CORPUS_MB must be a positive number");
            return ExitCode::from(2);
        }
    };
    let dir = std::path::PathBuf::from(dir);
    let articles = corpus::articles((mb * 1e6) as usize);
    let (mut bytes, mut words) = (0, 0);
    for (i, text) in articles.iter().enumerate() {
        let path = dir.join(format!("article-{i:05}.txt"));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("write_corpus: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += text.len();
        words += corpus::words(text);
    }
    println!(
        "write_corpus: {} articles, {:.2} MB, {} words in {}",
        articles.len(),
        bytes as f64 / 1e6,
        words,
        dir.display()
    );
    ExitCode::SUCCESS
}
