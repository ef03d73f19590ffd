//! The native command line, `whosaid parse [--format json|jsonl|text] FILE...`.
//!
//! This module owns everything between the shell and [`crate::analyze`]: the
//! arguments (clap derive), reading each input file (or standard input for
//! `-`) one at a time so that memory holds a single article, turning bad input
//! into typed errors ([`InputError`]) that name the file, the three output
//! formats, and the exit code. The engine itself knows nothing of files; the
//! JSON it prints is always the contract document of `ATTRIBUTION.md`,
//! untouched, so tools that read the contract read the CLI's output.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use serde::ser::{SerializeSeq, Serializer as _};
use serde::Serialize;

use crate::{Analysis, Claim, ClaimKind, Source};

const AFTER_HELP: &str = "\
Output (--format):
  json   With one FILE: the contract document (version 1) itself, indented.
         With several FILEs: one indented JSON array, in input order, of
         {\"file\": NAME, \"analysis\": DOCUMENT} or, for a file that could not
         be read, {\"file\": NAME, \"error\": MESSAGE}.
  jsonl  One compact line per input FILE, in input order, whatever their
         number: {\"file\": NAME, \"analysis\": DOCUMENT} or
         {\"file\": NAME, \"error\": MESSAGE}. Use it for batches.
  text   A summary for people: each source (role, affiliation, kind) with its
         claims (kind, stance, cue, content, hedges), then the writer's own
         voice, and the share of claims and of the text nobody stands behind.
Offsets in the JSON count Unicode code points of the file as read (a
byte-order mark, if any, counts as one). NAME is the FILE argument as given
(`-` for standard input).

Input: each FILE must be UTF-8 text; `-` reads standard input. An empty file is
valid (zero claims). Each file is read and analyzed whole, one per worker. A file that is
missing, a directory, unreadable or not UTF-8 is reported on stderr as
`whosaid: NAME: REASON` (for non-UTF-8: the offending byte and its offset),
and the other files are still processed.
With `jsonl` and two or more files, one worker per core reads and analyzes
them; output and errors still come in input order.

Exit status:
  0  every FILE was analyzed (also when stdout is closed early, e.g. `| head`)
  1  at least one FILE could not be read or analyzed, or writing the output failed
  2  usage error (unknown option or format, no FILE)";

/// `whosaid`: who stands behind each statement of a news article.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyze articles: claims, cues, sources, stance and hedges.
    #[command(after_help = AFTER_HELP)]
    Parse(ParseArgs),
}

/// The arguments of `whosaid parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Output format (see below).
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Worker threads for `jsonl` over several files (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Article files, UTF-8 text; `-` reads standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// How `parse` prints its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The contract document (one file) or an array of entries (several).
    Json,
    /// One compact entry per file per line.
    Jsonl,
    /// A readable summary.
    Text,
}

/// Why one input could not be analyzed. Each names its input as given on
/// the command line (`-` for standard input).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{name}: no such file")]
    NotFound { name: String },
    /// The path is a directory.
    #[error("{name}: is a directory, not a file")]
    IsDirectory { name: String },
    /// Reading failed for another reason (permissions, I/O).
    #[error("{name}: cannot read: {source}")]
    Read {
        name: String,
        #[source]
        source: io::Error,
    },
    /// The bytes are not UTF-8.
    #[error(
        "{name}: not UTF-8 text: byte 0x{byte:02X} at byte offset {offset} is not valid UTF-8"
    )]
    NotUtf8 {
        name: String,
        /// Offset of the first invalid byte, counted in bytes from 0.
        offset: usize,
        /// Its value.
        byte: u8,
    },
    /// The engine panicked: a bug in whosaid, reported instead of crashing.
    #[error(
        "{name}: internal error in the engine (please report this bug with the file): {message}"
    )]
    EnginePanic { name: String, message: String },
}

/// Why output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// Writing to stdout failed.
    #[error("cannot write output: {0}")]
    Io(#[from] io::Error),
    /// serde_json failed while writing (only on I/O failure).
    #[error("cannot write output: {0}")]
    Json(#[from] serde_json::Error),
}

impl OutputError {
    fn is_broken_pipe(&self) -> bool {
        match self {
            OutputError::Io(e) => e.kind() == io::ErrorKind::BrokenPipe,
            OutputError::Json(e) => e.io_error_kind() == Some(io::ErrorKind::BrokenPipe),
        }
    }
}

/// What happened to the inputs of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Inputs analyzed and printed.
    pub analyzed: usize,
    /// Inputs that failed (each reported on stderr).
    pub failed: usize,
}

impl Outcome {
    /// The process exit code for this outcome (see `--help`).
    pub fn exit_code(self) -> ExitCode {
        if self.failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }
}

/// The whole program: parses `std::env::args_os`, runs, returns the exit code.
pub fn main() -> ExitCode {
    install_panic_capture();
    main_with(std::env::args_os())
}

/// The program over given arguments (the first is the program name), with the
/// process's stdin, stdout and stderr.
pub fn main_with<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        // clap prints help/version (exit 0) or the usage error (exit 2).
        Err(e) => e.exit(),
    };
    let Command::Parse(parse) = cli.command;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let stderr = io::stderr();
    let mut err = stderr.lock();
    match run_parse(&parse, &mut io::stdin().lock(), &mut out, &mut err) {
        Ok(outcome) => outcome.exit_code(),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "whosaid: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs `parse`: reads each input in turn, analyzes it, prints it to `out`
/// in the chosen format, and reports each bad input on `err` as
/// `whosaid: NAME: REASON`. Stops only if `out` cannot be written.
pub fn run_parse(
    args: &ParseArgs,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, OutputError> {
    let mut outcome = Outcome::default();
    let single = args.files.len() == 1;
    let mut each =
        |path: &Path, out: &mut dyn Write| -> (String, Result<(String, Analysis), InputError>) {
            let name = path.to_string_lossy().into_owned();
            let result = read_input(path, &name, stdin)
                .and_then(|text| analyze_guarded(&name, &text).map(|analysis| (text, analysis)));
            match &result {
                Ok(_) => outcome.analyzed += 1,
                Err(e) => {
                    outcome.failed += 1;
                    // Flush what came before so that stdout and stderr interleave in input order.
                    let _ = out.flush();
                    let _ = writeln!(err, "whosaid: {e}");
                }
            }
            (name, result)
        };
    match args.format {
        Format::Json if single => {
            let (_, result) = each(&args.files[0], out);
            if let Ok((_, analysis)) = result {
                serde_json::to_writer_pretty(&mut *out, &analysis)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            // One array, written element by element as each file is done.
            let mut ser = serde_json::Serializer::pretty(&mut *out);
            let mut seq = ser.serialize_seq(Some(args.files.len()))?;
            for path in &args.files {
                // The serializer borrows `out`; entries go through it, so hand `each` a sink.
                let (name, result) = each(path, &mut io::sink());
                seq.serialize_element(&Entry::new(&name, &result))?;
            }
            seq.end()?;
            out.write_all(b"\n")?;
        }
        Format::Jsonl if parallel_jobs(args) > 1 => {
            jsonl_in_parallel(&args.files, parallel_jobs(args), &mut outcome, out, err)?;
        }
        Format::Jsonl => {
            for path in &args.files {
                let (name, result) = each(path, out);
                serde_json::to_writer(&mut *out, &Entry::new(&name, &result))?;
                out.write_all(b"\n")?;
                out.flush()?;
            }
        }
        Format::Text => {
            for path in &args.files {
                let (name, result) = each(path, out);
                if let Ok((text, analysis)) = result {
                    out.write_all(summary(&name, &text, &analysis).as_bytes())?;
                    out.flush()?;
                }
            }
        }
    }
    out.flush()?;
    Ok(outcome)
}

/// How many worker threads a batch gets: `--jobs`, or one per core, for two
/// files or more read from disk (standard input is read once, in order).
fn parallel_jobs(args: &ParseArgs) -> usize {
    let files = &args.files;
    if files.len() < 2 || files.iter().any(|p| p.as_os_str() == "-") {
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    args.jobs.map_or(cores, usize::from).min(files.len())
}

/// `--format jsonl` over many files: workers read, analyze and serialize
/// files as they come free; this thread writes the lines, and the errors to
/// stderr, in input order. At most a few lines per worker wait to be written.
fn jsonl_in_parallel(
    files: &[PathBuf],
    jobs: usize,
    outcome: &mut Outcome,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), OutputError> {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;

    let next = AtomicUsize::new(0);
    let (done, results) = mpsc::sync_channel::<(usize, Result<String, String>, Vec<u8>)>(jobs * 4);
    std::thread::scope(|scope| -> Result<(), OutputError> {
        for _ in 0..jobs {
            let done = done.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let name = path.to_string_lossy().into_owned();
                let result = read_input(path, &name, &mut io::empty()).and_then(|text| {
                    analyze_guarded(&name, &text).map(|analysis| (text, analysis))
                });
                let mut line = Vec::new();
                let written = serde_json::to_writer(&mut line, &Entry::new(&name, &result));
                let message = match (&result, written) {
                    (Err(e), _) => Err(e.to_string()),
                    (Ok(_), Err(e)) => Err(format!("{name}: {e}")),
                    (Ok(_), Ok(())) => Ok(name),
                };
                if done.send((i, message, line)).is_err() {
                    break; // the writer stopped (stdout closed)
                }
            });
        }
        drop(done);
        let mut waiting = BTreeMap::new();
        let mut written = 0;
        for (i, message, line) in results {
            waiting.insert(i, (message, line));
            while let Some((message, line)) = waiting.remove(&written) {
                match message {
                    Ok(_) => outcome.analyzed += 1,
                    Err(reason) => {
                        outcome.failed += 1;
                        let _ = out.flush();
                        let _ = writeln!(err, "whosaid: {reason}");
                    }
                }
                out.write_all(&line)?;
                out.write_all(b"\n")?;
                written += 1;
            }
        }
        out.flush()?;
        Ok(())
    })
}

/// One input's line in `jsonl`, or element in multi-file `json`.
#[derive(Serialize)]
struct Entry<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

impl<'a> Entry<'a> {
    fn new(name: &'a str, result: &'a Result<(String, Analysis), InputError>) -> Entry<'a> {
        match result {
            Ok((_, analysis)) => Entry {
                file: name,
                analysis: Some(analysis),
                error: None,
            },
            Err(e) => Entry {
                file: name,
                analysis: None,
                error: Some(e.reason()),
            },
        }
    }
}

impl InputError {
    /// The message without the leading file name.
    fn reason(&self) -> String {
        let full = self.to_string();
        let name = match self {
            InputError::NotFound { name }
            | InputError::IsDirectory { name }
            | InputError::Read { name, .. }
            | InputError::NotUtf8 { name, .. }
            | InputError::EnginePanic { name, .. } => name,
        };
        full.strip_prefix(name.as_str())
            .and_then(|r| r.strip_prefix(": "))
            .map(str::to_owned)
            .unwrap_or(full)
    }
}

/// Reads one input whole and checks it is UTF-8. `-` is standard input.
pub fn read_input(path: &Path, name: &str, stdin: &mut dyn Read) -> Result<String, InputError> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        stdin
            .read_to_end(&mut buf)
            .map_err(|source| InputError::Read {
                name: name.to_owned(),
                source,
            })?;
        buf
    } else {
        let name = || name.to_owned();
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => return Err(InputError::IsDirectory { name: name() }),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(InputError::NotFound { name: name() })
            }
            Err(source) => {
                return Err(InputError::Read {
                    name: name(),
                    source,
                })
            }
        }
        std::fs::read(path).map_err(|source| InputError::Read {
            name: name(),
            source,
        })?
    };
    decode(name, bytes)
}

/// UTF-8 bytes to a string, or the first offending byte and its offset.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[offset];
        InputError::NotUtf8 {
            name: name.to_owned(),
            offset,
            byte,
        }
    })
}

/// Runs `analyze`, turning a panic (a bug: the engine promises none) into an
/// error for this input so that the other inputs are still processed.
pub fn analyze_guarded(name: &str, text: &str) -> Result<Analysis, InputError> {
    guard(name, || crate::analyze(text))
}

fn guard(name: &str, f: impl FnOnce() -> Analysis) -> Result<Analysis, InputError> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let captured = LAST_PANIC.with(|p| p.borrow_mut().take());
        let message = captured.unwrap_or_else(|| {
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic with a non-text payload".to_owned())
        });
        InputError::EnginePanic {
            name: name.to_owned(),
            message: message.replace('\n', " "),
        }
    })
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the default panic message (which looks like a crash of the whole
/// program) with a capture that [`guard`] turns into an [`InputError`] with
/// the panic's location. Only the binary installs it: tests keep the default.
fn install_panic_capture() {
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));
}

/// The `text` format for one analyzed input: `text` is the input itself.
pub fn summary(name: &str, text: &str, analysis: &Analysis) -> String {
    let mut s = String::new();
    let claims = &analysis.claims;
    let unattributed = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Unattributed)
        .count();
    let sentences = sentence_spans(text);
    let unattributed_sentences = without_attributed_claim(&sentences, claims);
    let _ = writeln!(
        s,
        "== {} ==\n{} sentences, {} claims, {} sources\n\
         unattributed: {} of {} claims ({}); {} of {} sentences ({}) have no attributed claim; \
         {} of the claimed text",
        clean(name, usize::MAX),
        sentences.len(),
        claims.len(),
        analysis.sources.len(),
        unattributed,
        claims.len(),
        percent(unattributed, claims.len()),
        unattributed_sentences,
        sentences.len(),
        percent(unattributed_sentences, sentences.len()),
        percent(chars_of(claims, true), chars_of(claims, false)),
    );
    for source in &analysis.sources {
        let _ = writeln!(s, "\n{}", source_line(source));
        for claim in analysis.claims_by(&source.id) {
            claim_lines(&mut s, claim);
        }
    }
    let orphans: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Unattributed && analysis.source_of(c).is_none())
        .collect();
    if !orphans.is_empty() {
        let _ = writeln!(s, "\nattributed, with no source named");
        for claim in orphans {
            claim_lines(&mut s, claim);
        }
    }
    if unattributed > 0 {
        let _ = writeln!(s, "\nthe writer's own voice (unattributed)");
        for claim in claims.iter().filter(|c| c.kind == ClaimKind::Unattributed) {
            claim_lines(&mut s, claim);
        }
    }
    s.push('\n');
    s
}

fn source_line(source: &Source) -> String {
    let mut line = format!("{} {}", source.id, clean(&source.name, 80));
    // A role that is the whole name ("the mayor": name and role `mayor`) is said once.
    let role = source
        .role
        .as_deref()
        .filter(|r| !r.eq_ignore_ascii_case(&source.name));
    let about: Vec<&str> = [role, source.affiliation.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !about.is_empty() {
        let _ = write!(line, ", {}", clean(&about.join(", "), 80));
    }
    let _ = write!(line, " [{}]", source.kind.as_str());
    if !source.members.is_empty() {
        let _ = write!(line, " members: {}", source.members.join(", "));
    }
    let n = source.mentions.len();
    let _ = write!(line, " ({n} mention{})", if n == 1 { "" } else { "s" });
    line
}

fn claim_lines(s: &mut String, claim: &Claim) {
    let _ = write!(s, "  {} {}", claim.id, claim.kind.as_str());
    if let Some(stance) = claim.stance {
        let _ = write!(s, ", {}", stance.as_str());
    }
    if let Some(cue) = &claim.cue {
        let _ = write!(s, ", cue \"{}\"", clean(&cue.text, 40));
    }
    // A split quotation: its parts, without the frame between them.
    let said = match claim.content.parts.as_slice() {
        [] => claim.content.text.clone(),
        parts => parts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(" … "),
    };
    let _ = writeln!(s, ": {}", clean(&said, 160));
    if !claim.hedges.is_empty() {
        let hedges: Vec<String> = claim
            .hedges
            .iter()
            .map(|h| format!("\"{}\"", clean(&h.text, 40)))
            .collect();
        let _ = writeln!(s, "      hedged by {}", hedges.join(", "));
    }
}

/// The sentences of `text` as the engine segments them, in code points.
fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let doc = crate::segment::Document::new(text);
    let offsets = crate::text::OffsetIndex::new(text);
    doc.sentences
        .iter()
        .filter(|s| !s.tokens.is_empty())
        .map(|s| {
            let first = &doc.tokens[s.tokens.start];
            let last = &doc.tokens[s.tokens.end - 1];
            (
                offsets.char_offset(first.start),
                offsets.char_offset(last.end),
            )
        })
        .collect()
}

/// How many sentences no attributed claim's content overlaps.
fn without_attributed_claim(sentences: &[(usize, usize)], claims: &[Claim]) -> usize {
    // Attributed contents by start, with the running maximum of their ends:
    // a sentence `s..e` is covered if some content starting before `e` ends after `s`.
    let mut contents: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Unattributed)
        .map(|c| (c.content.start, c.content.end))
        .collect();
    contents.sort_unstable();
    let mut max_end = Vec::with_capacity(contents.len());
    let mut running = 0;
    for &(_, end) in &contents {
        running = running.max(end);
        max_end.push(running);
    }
    sentences
        .iter()
        .filter(|&&(start, end)| {
            let before = contents.partition_point(|&(s, _)| s < end);
            before == 0 || max_end[before - 1] <= start
        })
        .count()
}

/// Code points covered by claims: all of them, or only the unattributed
/// (a claim nested in another's content counts once).
fn chars_of(claims: &[Claim], only_unattributed: bool) -> usize {
    let mut pieces: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| !only_unattributed || c.kind == ClaimKind::Unattributed)
        // A split quotation covers its parts, not the frame between them.
        .flat_map(|c| c.content.pieces())
        .collect();
    pieces.sort_unstable();
    let (mut covered, mut reached) = (0, 0);
    for (start, end) in pieces {
        let start = start.max(reached);
        if end > start {
            covered += end - start;
            reached = end;
        }
    }
    covered
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "n/a".to_owned()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

/// Article text made safe and short for a terminal: whitespace runs become one
/// space, control characters (which could move the cursor or recolour the
/// terminal) become U+FFFD, and text longer than `max` code points is cut
/// with an ellipsis.
fn clean(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut space = false;
    for c in text.trim().chars() {
        let c = if c.is_whitespace() {
            if space {
                continue;
            }
            ' '
        } else if c.is_control() {
            '\u{FFFD}'
        } else {
            c
        };
        space = c == ' ';
        if count == max {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SourceKind, Span, Stance, CONTRACT_VERSION};

    fn span(text: &str, start: usize) -> Span {
        Span {
            start,
            end: start + text.chars().count(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn decode_names_the_first_bad_byte_and_its_offset() {
        let err = decode("a.txt", b"ok \xC3\xA9 \xFF rest".to_vec()).unwrap_err();
        assert!(
            matches!(
                err,
                InputError::NotUtf8 {
                    offset: 6,
                    byte: 0xFF,
                    ..
                }
            ),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            "a.txt: not UTF-8 text: byte 0xFF at byte offset 6 is not valid UTF-8"
        );
        // A sequence cut short at the end is reported at its first byte.
        let err = decode("b", b"abc\xE2\x82".to_vec()).unwrap_err();
        assert!(
            matches!(
                err,
                InputError::NotUtf8 {
                    offset: 3,
                    byte: 0xE2,
                    ..
                }
            ),
            "{err:?}"
        );
        assert_eq!(decode("c", "é“x”".as_bytes().to_vec()).unwrap(), "é“x”");
    }

    #[test]
    fn a_panic_becomes_an_error_for_that_input() {
        let err = guard("x.txt", || panic!("boom at {}", 7)).unwrap_err();
        match &err {
            InputError::EnginePanic { name, message } => {
                assert_eq!(name, "x.txt");
                assert!(message.contains("boom at 7"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(
            err.reason().starts_with("internal error in the engine"),
            "{}",
            err.reason()
        );
    }

    #[test]
    fn reason_drops_the_name_prefix() {
        let err = InputError::IsDirectory { name: "dir".into() };
        assert_eq!(err.reason(), "is a directory, not a file");
        assert_eq!(err.to_string(), "dir: is a directory, not a file");
    }

    #[test]
    fn sentences_without_attributed_claims_are_counted() {
        let claim = |kind, start, end| Claim {
            id: "c".into(),
            kind,
            content: span(&"x".repeat(end - start), start).into(),
            cue: None,
            source: None,
            source_mention: None,
            stance: None,
            hedges: vec![],
        };
        let sentences = [(0, 10), (11, 20), (21, 30), (31, 40)];
        let claims = [
            // A long content over the first two sentences, one inside the
            // fourth, and an unattributed one over the third (which stays bare).
            claim(ClaimKind::Indirect, 2, 15),
            claim(ClaimKind::Unattributed, 21, 30),
            claim(ClaimKind::DirectQuote, 33, 35),
            claim(ClaimKind::Reported, 3, 4),
        ];
        assert_eq!(without_attributed_claim(&sentences, &claims), 1);
        assert_eq!(without_attributed_claim(&sentences, &[]), 4);
        // Touching is not overlapping: a content ending where a sentence starts.
        assert_eq!(
            without_attributed_claim(&[(5, 9)], &[claim(ClaimKind::Indirect, 0, 5)]),
            1
        );
        assert_eq!(
            sentence_spans("“No,” he said. Rain fell.\n\nIt did."),
            [(0, 14), (15, 25), (27, 34)]
        );
    }

    #[test]
    fn clean_collapses_whitespace_hides_controls_and_truncates() {
        assert_eq!(clean("  a \n\t b\u{1b}[31m  ", 100), "a b\u{FFFD}[31m");
        assert_eq!(clean("abcdef", 3), "abc…");
        assert_eq!(clean("abc", 3), "abc");
    }

    #[test]
    fn summary_lists_sources_claims_and_the_unattributed_share() {
        let text_quote = "“We will not retreat,”";
        let analysis = Analysis {
            version: CONTRACT_VERSION,
            claims: vec![
                Claim {
                    id: "c1".into(),
                    kind: ClaimKind::DirectQuote,
                    content: span(text_quote, 0).into(),
                    cue: Some(span("said", 33)),
                    source: Some("s1".into()),
                    source_mention: Some(span("the mayor", 23)),
                    stance: Some(Stance::Assert),
                    hedges: vec![span("will", 4)],
                },
                Claim {
                    id: "c2".into(),
                    kind: ClaimKind::Unattributed,
                    content: span("Rain fell.", 39).into(),
                    cue: None,
                    source: None,
                    source_mention: None,
                    stance: None,
                    hedges: vec![],
                },
            ],
            sources: vec![Source {
                id: "s1".into(),
                name: "Ana Ruiz".into(),
                role: Some("mayor".into()),
                affiliation: Some("Springfield".into()),
                kind: SourceKind::Person,
                members: vec![],
                mentions: vec![span("the mayor", 23)],
            }],
        };
        let article = "“We will not retreat,” the mayor said. Rain fell.";
        let text = summary("a.txt", article, &analysis);
        assert!(
            text.starts_with(
                "== a.txt ==\n2 sentences, 2 claims, 1 sources\nunattributed: 1 of 2 claims (50%); \
                 1 of 2 sentences (50%) have no attributed claim; 31% of the claimed text\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("\ns1 Ana Ruiz, mayor, Springfield [person] (1 mention)\n"),
            "{text}"
        );
        assert!(text.contains("  c1 direct_quote, assert, cue \"said\": “We will not retreat,”\n      hedged by \"will\"\n"), "{text}");
        assert!(
            text.contains("the writer's own voice (unattributed)\n  c2 unattributed: Rain fell.\n"),
            "{text}"
        );
    }

    #[test]
    fn summary_shows_a_split_quotation_by_its_parts() {
        let article = "“My hope,” the mayor said, “is that the vote passes.”";
        let text = summary("a.txt", article, &crate::analyze(article));
        assert!(
            text.contains(": “My hope,” … “is that the vote passes.”\n"),
            "{text}"
        );
    }
}
