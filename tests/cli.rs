//! The `whosaid` binary as a user runs it: every output format, standard
//! input, every kind of bad input (missing file, directory, non-UTF-8 bytes,
//! empty file), usage errors, exit codes, streaming file by file, and a
//! reader that closes the pipe early. Each test writes its own temp files.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;
use whosaid::Analysis;

const BIN: &str = env!("CARGO_BIN_EXE_whosaid");

const ARTICLE: &str = "City council approves flood barrier\n\n\
“We will not retreat,” the mayor said on Monday. Council member Ana Ruiz, a nurse, \
said that the vote came too late. According to court filings, the contractor may \
have underbid.\n\nThe barrier will cost $4.5 million. It is expected to open in Jan. 2027.\n";

const SECOND: &str = "Officials said the bridge was safe. Residents disagreed.\n";

/// A temp directory of its own for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("whosaid-cli-{}-{test}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the binary in `dir` with `args`, feeding `stdin`.
fn run(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// The JSON the engine itself gives for `text`, as a serde value.
fn expected(text: &str) -> Value {
    serde_json::to_value(whosaid::analyze(text)).unwrap()
}

#[test]
fn json_with_one_file_prints_the_bare_contract_document_indented() {
    let dir = TempDir::new("json1");
    dir.file("a.txt", ARTICLE.as_bytes());
    let out = run(&dir.0, &["parse", "a.txt"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
    assert!(text.ends_with("}\n"), "{text}");
    // It is the contract: it reads back as an Analysis, the engine's own.
    let doc: Analysis = serde_json::from_str(&text).unwrap();
    assert_eq!(doc, whosaid::analyze(ARTICLE));
    // `--format json` is the default.
    let explicit = run(&dir.0, &["parse", "--format", "json", "a.txt"], b"");
    assert_eq!(explicit.stdout, out.stdout);
}

#[test]
fn json_with_several_files_prints_one_array_of_named_entries_in_input_order() {
    let dir = TempDir::new("jsonn");
    dir.file("a.txt", ARTICLE.as_bytes());
    dir.file("b.txt", SECOND.as_bytes());
    let out = run(
        &dir.0,
        &["parse", "-f", "json", "b.txt", "missing.txt", "a.txt"],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "a missing file makes the exit 1"
    );
    let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let entries = doc.as_array().expect("an array");
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0]["file"], "b.txt");
    assert_eq!(entries[0]["analysis"], expected(SECOND));
    assert_eq!(entries[1]["file"], "missing.txt");
    assert_eq!(entries[1]["error"], "no such file");
    assert!(entries[1].get("analysis").is_none());
    assert_eq!(entries[2]["file"], "a.txt");
    assert_eq!(entries[2]["analysis"], expected(ARTICLE));
    assert_eq!(stderr(&out), "whosaid: missing.txt: no such file\n");
}

#[test]
fn jsonl_prints_one_compact_line_per_file_in_input_order() {
    let dir = TempDir::new("jsonl");
    dir.file("a.txt", ARTICLE.as_bytes());
    dir.file("b.txt", SECOND.as_bytes());
    dir.file("empty.txt", b"");
    let out = run(
        &dir.0,
        &[
            "parse",
            "--format",
            "jsonl",
            "a.txt",
            "empty.txt",
            "b.txt",
            "a.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    let want = [
        ("a.txt", ARTICLE),
        ("empty.txt", ""),
        ("b.txt", SECOND),
        ("a.txt", ARTICLE),
    ];
    for (line, (name, article)) in lines.iter().zip(want) {
        let entry: Value = serde_json::from_str(line).unwrap();
        assert_eq!(entry["file"], name);
        // The contract document is intact under "analysis".
        let doc: Analysis = serde_json::from_value(entry["analysis"].clone()).unwrap();
        assert_eq!(doc, whosaid::analyze(article));
        assert_eq!(
            entry.as_object().unwrap().len(),
            2,
            "only file and analysis: {line}"
        );
    }
    // Compact, "file" first, then the engine's own compact contract JSON.
    let want = format!(
        "{{\"file\":\"a.txt\",\"analysis\":{}}}",
        whosaid::analyze(ARTICLE).to_json()
    );
    assert_eq!(lines[0], want);
}

#[test]
fn text_prints_a_summary_per_file() {
    let dir = TempDir::new("text");
    dir.file("a.txt", ARTICLE.as_bytes());
    dir.file("b.txt", SECOND.as_bytes());
    let out = run(
        &dir.0,
        &["parse", "--format", "text", "a.txt", "b.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let a = whosaid::cli::summary("a.txt", ARTICLE, &whosaid::analyze(ARTICLE));
    let b = whosaid::cli::summary("b.txt", SECOND, &whosaid::analyze(SECOND));
    assert_eq!(text, format!("{a}{b}"));
    assert!(text.starts_with("== a.txt ==\n"), "{text}");
    assert!(text.contains("unattributed: "), "{text}");
    assert!(
        a.contains("\n6 sentences, "),
        "the headline and five sentences: {a}"
    );
    let analysis = whosaid::analyze(ARTICLE);
    for source in &analysis.sources {
        assert!(
            a.contains(&format!("\n{} ", source.id)),
            "source {} listed: {a}",
            source.id
        );
        assert!(a.contains(&format!("[{}]", source.kind.as_str())), "{a}");
    }
    for claim in &analysis.claims {
        assert!(
            a.contains(&format!("  {} {}", claim.id, claim.kind.as_str())),
            "claim {}: {a}",
            claim.id
        );
    }
}

#[test]
fn dash_reads_standard_input() {
    let dir = TempDir::new("stdin");
    let out = run(&dir.0, &["parse", "-"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Analysis = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc, whosaid::analyze(ARTICLE));

    dir.file("b.txt", SECOND.as_bytes());
    let out = run(
        &dir.0,
        &["parse", "-f", "jsonl", "b.txt", "-"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[1]["file"], "-");
    assert_eq!(lines[1]["analysis"], expected(ARTICLE));
}

#[test]
fn non_utf8_stdin_is_reported_with_its_byte() {
    let dir = TempDir::new("stdinbad");
    let out = run(&dir.0, &["parse", "-"], b"caf\xE9 au lait");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "whosaid: -: not UTF-8 text: byte 0xE9 at byte offset 3 is not valid UTF-8\n"
    );
}

#[test]
fn an_empty_file_is_valid_with_zero_claims() {
    let dir = TempDir::new("empty");
    dir.file("empty.txt", b"");
    for format in ["json", "jsonl", "text"] {
        let out = run(&dir.0, &["parse", "-f", format, "empty.txt"], b"");
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{format}");
    }
    let out = run(&dir.0, &["parse", "empty.txt"], b"");
    let doc: Analysis = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc.version, 1);
    assert!(doc.claims.is_empty());
    assert!(doc.sources.is_empty());
}

#[test]
fn a_missing_file_is_named_and_the_others_still_processed() {
    let dir = TempDir::new("missing");
    dir.file("a.txt", ARTICLE.as_bytes());
    let out = run(&dir.0, &["parse", "-f", "jsonl", "nope.txt", "a.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "whosaid: nope.txt: no such file\n");
    let text = stdout(&out);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], "nope.txt");
    assert_eq!(lines[0]["error"], "no such file");
    assert_eq!(lines[1]["analysis"], expected(ARTICLE));

    // Alone in json: nothing on stdout, the error on stderr.
    let out = run(&dir.0, &["parse", "nope.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "whosaid: nope.txt: no such file\n");
}

#[test]
fn a_directory_is_named_and_the_others_still_processed() {
    let dir = TempDir::new("dir");
    dir.file("a.txt", ARTICLE.as_bytes());
    std::fs::create_dir(dir.0.join("sub")).unwrap();
    let out = run(&dir.0, &["parse", "-f", "text", "sub", "a.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "whosaid: sub: is a directory, not a file\n");
    assert!(
        stdout(&out).starts_with("== a.txt ==\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn non_utf8_bytes_are_reported_with_offset_and_value() {
    let dir = TempDir::new("utf8");
    // "Caf" + Latin-1 é (0xE9) where UTF-8 needs two bytes, at byte 13.
    dir.file("latin1.txt", b"The mayor of Caf\xE9 said no.");
    // A valid two-byte é then a lone continuation byte at offset 4.
    dir.file("stray.txt", b"n\xC3\xA9e\x80 rest");
    dir.file("a.txt", ARTICLE.as_bytes());
    let out = run(
        &dir.0,
        &["parse", "-f", "jsonl", "latin1.txt", "stray.txt", "a.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "whosaid: latin1.txt: not UTF-8 text: byte 0xE9 at byte offset 16 is not valid UTF-8\n\
         whosaid: stray.txt: not UTF-8 text: byte 0x80 at byte offset 4 is not valid UTF-8\n"
    );
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0]["error"],
        "not UTF-8 text: byte 0xE9 at byte offset 16 is not valid UTF-8"
    );
    assert_eq!(lines[2]["analysis"], expected(ARTICLE));
}

#[test]
fn usage_errors_exit_2_and_help_documents_formats_and_exit_codes() {
    let dir = TempDir::new("usage");
    let out = run(&dir.0, &["parse"], b"");
    assert_eq!(out.status.code(), Some(2), "no FILE");
    assert!(stderr(&out).contains("<FILE>"), "{}", stderr(&out));
    let out = run(&dir.0, &["parse", "--format", "xml", "a.txt"], b"");
    assert_eq!(out.status.code(), Some(2), "unknown format");
    assert!(stderr(&out).contains("xml"), "{}", stderr(&out));
    let out = run(&dir.0, &[], b"");
    assert_eq!(out.status.code(), Some(2), "no subcommand");

    let out = run(&dir.0, &["parse", "--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for needle in [
        "jsonl",
        "{\"file\": NAME, \"analysis\": DOCUMENT}",
        "Exit status",
        "  2  usage error",
        "`-` reads standard input",
    ] {
        assert!(help.contains(needle), "help mentions {needle:?}: {help}");
    }
    let out = run(&dir.0, &["--version"], b"");
    assert_eq!(
        stdout(&out),
        format!("whosaid {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// The first file's line is out before the second input is even read: the
/// second input is stdin, which this test writes only after reading line one.
#[test]
fn jsonl_streams_file_by_file() {
    let dir = TempDir::new("stream");
    dir.file("a.txt", ARTICLE.as_bytes());
    let mut child = Command::new(BIN)
        .args(["parse", "-f", "jsonl", "a.txt", "-"])
        .current_dir(&dir.0)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    let entry: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(entry["file"], "a.txt");
    let mut input = child.stdin.take().unwrap();
    input.write_all(SECOND.as_bytes()).unwrap();
    drop(input);
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    let entry: Value = serde_json::from_str(rest.trim_end()).unwrap();
    assert_eq!(entry["file"], "-");
    assert_eq!(entry["analysis"], expected(SECOND));
    assert!(child.wait().unwrap().success());
}

/// `whosaid parse ... | head -1`: a reader that leaves early is not an error.
#[test]
fn a_closed_stdout_ends_quietly() {
    let dir = TempDir::new("pipe");
    dir.file("a.txt", ARTICLE.as_bytes());
    // Far more output than a pipe buffers (64 KiB), so the writer must hit the closed pipe.
    let args: Vec<&str> = ["parse", "-f", "jsonl"]
        .into_iter()
        .chain(std::iter::repeat_n("a.txt", 3000))
        .collect();
    let mut child = Command::new(BIN)
        .args(&args)
        .current_dir(&dir.0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut some = [0u8; 16];
    out.read_exact(&mut some).unwrap();
    drop(out);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn a_large_batch_keeps_input_order_with_errors_in_place() {
    // Many files go to worker threads; lines and errors still come in input order.
    let dir = TempDir::new("batch");
    let mut args: Vec<String> = vec!["parse".into(), "-f".into(), "jsonl".into()];
    for i in 0..40 {
        let name = format!("a{i:02}.txt");
        let text = if i % 2 == 0 {
            ARTICLE.to_owned()
        } else {
            format!("{SECOND}Item {i}.\n")
        };
        dir.file(&name, text.as_bytes());
        args.push(name);
        if i == 17 {
            args.push("missing-17.txt".into());
        }
    }
    let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&dir.0, &arg_refs, b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "whosaid: missing-17.txt: no such file\n");
    let files: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(files, args[3..].to_vec());
    let line_for = |i: usize| -> Value {
        let text = stdout(&out);
        let line = text
            .lines()
            .find(|l| l.contains(&format!("\"a{i:02}.txt\"")))
            .unwrap();
        serde_json::from_str(line).unwrap()
    };
    assert_eq!(line_for(4)["analysis"], expected(ARTICLE));
    // One worker gives the same lines.
    let mut one: Vec<&str> = arg_refs.clone();
    one.insert(3, "--jobs");
    one.insert(4, "1");
    assert_eq!(stdout(&run(&dir.0, &one, b"")), stdout(&out));
    assert_eq!(
        line_for(5)["analysis"],
        expected(&format!("{SECOND}Item 5.\n"))
    );
}
