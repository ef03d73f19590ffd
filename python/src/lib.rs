//! `whosaid._whosaid`: the engine for Python.
//!
//! Functions over [`whosaid::analyze`]: `analyze` (the contract as Python
//! dicts and lists), `analyze_json` (the contract as a JSON string, byte for
//! byte what `Analysis::to_json` writes), `analyze_many` (many texts at once
//! on every core, with the GIL released while the engine runs) and
//! `claim_columns` (many texts, their claims as columns, for tables).
//! The dicts carry exactly the keys of the JSON contract, in its order, and
//! leave out `parts` and `members` when the JSON does, so
//! `analyze(t) == json.loads(analyze_json(t))` always holds.
//!
//! Offsets need no conversion: the engine counts Unicode code points, which
//! is what a Python `str` indexes, so `text[s["start"]:s["end"]] == s["text"]`
//! for every span.
//!
//! Input that is not a `str` raises `TypeError`; a `str` that cannot be UTF-8
//! (a lone surrogate such as `"\ud800"`) raises Python's own
//! `UnicodeEncodeError`. A panic in the engine (a bug: it promises none)
//! becomes a `RuntimeError` with the engine's message, never a crash.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyModule, PyString};

use whosaid::{Analysis, Claim, ClaimKind, Content, Source, SourceKind, Span, Stance};

/// Analyzes one article and returns the contract (version 1) as a dict:
/// `{"version": 1, "claims": [...], "sources": [...]}`.
///
/// Offsets are indexes into `text` (code points), so
/// `text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"]`.
/// Raises `TypeError` if `text` is not a `str`.
#[pyfunction]
#[pyo3(signature = (text, /))]
fn analyze<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let text = text_of(text, "text")?;
    let analysis = py.detach(|| run("text", &text))?;
    analysis_dict(py, &analysis)
}

/// Analyzes one article and returns the contract (version 1) as compact JSON,
/// the same document the CLI prints (`whosaid parse --format json`).
/// Raises `TypeError` if `text` is not a `str`.
#[pyfunction]
#[pyo3(signature = (text, /))]
fn analyze_json(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
    let text = text_of(text, "text")?;
    py.detach(|| run("text", &text).map(|a| a.to_json()))
}

/// Analyzes many articles on `threads` worker threads (default: one per
/// core) with the GIL released, and returns their contracts in input order;
/// equal to `[analyze(t) for t in texts]`.
///
/// `texts` is any iterable of `str` (a list, a tuple, a generator, a pandas
/// Series); it is read whole before the work starts. Raises `TypeError` if
/// `texts` is a `str` itself or holds anything but `str`, `ValueError` if
/// `threads` is below 1.
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let threads = threads_of(threads)?;
    let owned = texts_of(texts)?;
    let threads = threads.min(owned.len()).max(1);
    let dicts = if threads == 1 {
        let results = py.detach(|| analyze_in_order(&owned, 1));
        let _pause = GcPause::new(py)?;
        results
            .iter()
            .map(|r| analysis_dict(py, r.as_ref().map_err(|e| e.clone_ref(py))?))
            .collect::<PyResult<Vec<_>>>()?
    } else {
        analyze_on_workers(py, &owned, threads)?
    };
    PyList::new(py, dicts)
}

/// Analyzes `texts` on `threads` scoped workers that take the next text as
/// they come free (articles differ a lot in length), while this thread turns
/// each finished analysis into Python objects: it holds the GIL only for
/// that, so the workers never wait for it. Results come back in input order.
fn analyze_on_workers<'py>(
    py: Python<'py>,
    texts: &[String],
    threads: usize,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (done, results) = mpsc::channel::<(usize, PyResult<Analysis>)>();
    // Only this thread receives; the mutex makes the receiver shareable
    // with the closure that waits without the GIL.
    let results = Mutex::new(results);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done = done.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(text) = texts.get(i) else { break };
                    // `run` catches the engine's panics: a worker cannot panic.
                    if done.send((i, run(&format!("texts[{i}]"), text))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        let mut slots: Vec<Option<Bound<'py, PyDict>>> = vec![None; texts.len()];
        let mut convert = || -> PyResult<()> {
            loop {
                // Wait without the GIL for the next analyses, then take all that are ready.
                let ready: Vec<_> = py.detach(|| {
                    let results = results.lock().expect("only this thread locks it");
                    let first = results.recv().ok();
                    first.into_iter().chain(results.try_iter()).collect()
                });
                if ready.is_empty() {
                    return Ok(()); // every worker is done
                }
                let _pause = GcPause::new(py)?;
                for (i, result) in ready {
                    slots[i] = Some(analysis_dict(py, &result?)?);
                }
            }
        };
        let outcome = convert();
        stop.store(true, Ordering::Relaxed);
        outcome?;
        Ok(slots
            .into_iter()
            .map(|d| d.expect("every text was analyzed"))
            .collect())
    })
}

/// Python's cyclic garbage collector paused while a batch of results is
/// turned into dicts and lists, and resumed (if it was on) when dropped.
///
/// Building thousands of containers otherwise sets off collections that walk
/// all of them again and again (a third of the time of `analyze_many` was
/// spent there); none of them can be garbage, and no Python code runs
/// meanwhile. Even paused, the collector counts them, and the first
/// allocation after the pause would walk every one of them once more (15% of
/// the time): so on resuming, the new containers are handed straight to the
/// oldest generation with `gc.freeze()` and `gc.unfreeze()` (which is where
/// they would end up anyway, being alive), unless the program has frozen
/// objects of its own, which `unfreeze` would release.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
    promote: bool,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = PyModule::import(py, intern!(py, "gc"))?;
        if !gc.call_method0(intern!(py, "isenabled"))?.is_truthy()? {
            return Ok(GcPause {
                gc: None,
                promote: false,
            });
        }
        let frozen: usize = gc
            .call_method0(intern!(py, "get_freeze_count"))?
            .extract()?;
        gc.call_method0(intern!(py, "disable"))?;
        Ok(GcPause {
            gc: Some(gc),
            promote: frozen == 0,
        })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            let py = gc.py();
            // None of these can fail; a drop has nowhere to report it anyway.
            if self.promote {
                let _ = gc.call_method0(intern!(py, "freeze"));
                let _ = gc.call_method0(intern!(py, "unfreeze"));
            }
            let _ = gc.call_method0(intern!(py, "enable"));
        }
    }
}

/// Analyzes many articles and returns their claims as columns, one entry
/// per claim in input order: a dict from column name to list, with `row` (the
/// index in `texts` of the claim's article) and then the columns of
/// `whosaid.spark.CLAIM_COLUMNS`. `pandas.DataFrame(claim_columns(texts))` is
/// a claims table; Spark's Arrow UDF builds its batches from it. Same
/// arguments and errors as `analyze_many`.
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn claim_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let threads = threads_of(threads)?;
    let owned = texts_of(texts)?;
    let analyses = py
        .detach(|| analyze_in_order(&owned, threads))
        .into_iter()
        .collect::<PyResult<Vec<Analysis>>>()?;
    let mut t = ClaimColumns::default();
    for (row, analysis) in analyses.iter().enumerate() {
        t.push(row, analysis);
    }
    let _pause = GcPause::new(py)?;
    t.into_dict(py)
}

/// The claims table under construction, one `Vec` per column.
#[derive(Default)]
struct ClaimColumns<'a> {
    row: Vec<usize>,
    claim_id: Vec<&'a str>,
    kind: Vec<&'static str>,
    content: Vec<&'a str>,
    content_start: Vec<usize>,
    content_end: Vec<usize>,
    cue: Vec<Option<&'a str>>,
    cue_start: Vec<Option<usize>>,
    cue_end: Vec<Option<usize>>,
    source_id: Vec<Option<&'a str>>,
    source_name: Vec<Option<&'a str>>,
    source_kind: Vec<Option<&'static str>>,
    role: Vec<Option<&'a str>>,
    affiliation: Vec<Option<&'a str>>,
    source_mention: Vec<Option<&'a str>>,
    mention_start: Vec<Option<usize>>,
    mention_end: Vec<Option<usize>>,
    stance: Vec<Option<&'static str>>,
    hedges: Vec<Vec<&'a str>>,
    hedge_starts: Vec<Vec<usize>>,
    hedge_ends: Vec<Vec<usize>>,
}

impl<'a> ClaimColumns<'a> {
    fn push(&mut self, row: usize, analysis: &'a Analysis) {
        let sources: HashMap<&str, &Source> = analysis
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        for claim in &analysis.claims {
            let source = claim
                .source
                .as_deref()
                .and_then(|id| sources.get(id).copied());
            let cue = claim.cue.as_ref();
            let mention = claim.source_mention.as_ref();
            self.row.push(row);
            self.claim_id.push(&claim.id);
            self.kind.push(claim.kind.as_str());
            self.content.push(&claim.content.text);
            self.content_start.push(claim.content.start);
            self.content_end.push(claim.content.end);
            self.cue.push(cue.map(|s| s.text.as_str()));
            self.cue_start.push(cue.map(|s| s.start));
            self.cue_end.push(cue.map(|s| s.end));
            self.source_id.push(claim.source.as_deref());
            self.source_name.push(source.map(|s| s.name.as_str()));
            self.source_kind.push(source.map(|s| s.kind.as_str()));
            self.role.push(source.and_then(|s| s.role.as_deref()));
            self.affiliation
                .push(source.and_then(|s| s.affiliation.as_deref()));
            self.source_mention.push(mention.map(|s| s.text.as_str()));
            self.mention_start.push(mention.map(|s| s.start));
            self.mention_end.push(mention.map(|s| s.end));
            self.stance.push(claim.stance.map(|s| s.as_str()));
            self.hedges
                .push(claim.hedges.iter().map(|h| h.text.as_str()).collect());
            self.hedge_starts
                .push(claim.hedges.iter().map(|h| h.start).collect());
            self.hedge_ends
                .push(claim.hedges.iter().map(|h| h.end).collect());
        }
    }

    fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("row", self.row)?;
        d.set_item("claim_id", self.claim_id)?;
        d.set_item("kind", self.kind)?;
        d.set_item("content", self.content)?;
        d.set_item("content_start", self.content_start)?;
        d.set_item("content_end", self.content_end)?;
        d.set_item("cue", self.cue)?;
        d.set_item("cue_start", self.cue_start)?;
        d.set_item("cue_end", self.cue_end)?;
        d.set_item("source_id", self.source_id)?;
        d.set_item("source_name", self.source_name)?;
        d.set_item("source_kind", self.source_kind)?;
        d.set_item("role", self.role)?;
        d.set_item("affiliation", self.affiliation)?;
        d.set_item("source_mention", self.source_mention)?;
        d.set_item("mention_start", self.mention_start)?;
        d.set_item("mention_end", self.mention_end)?;
        d.set_item("stance", self.stance)?;
        d.set_item("hedges", self.hedges)?;
        d.set_item("hedge_starts", self.hedge_starts)?;
        d.set_item("hedge_ends", self.hedge_ends)?;
        Ok(d)
    }
}
/// `threads` as given to `analyze_many`: the default, or at least 1.
fn threads_of(threads: Option<i64>) -> PyResult<usize> {
    match threads {
        None => Ok(default_threads()),
        Some(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(n) => Err(PyValueError::new_err(format!(
            "threads must be at least 1, not {n}"
        ))),
    }
}

/// Every text of an iterable of `str`, read before any work starts.
fn texts_of(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str (wrap one text in a list)",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be an iterable of str, not {}",
            type_name(texts)
        ))
    })?;
    let mut owned = Vec::new();
    for (i, item) in iter.enumerate() {
        owned.push(text_of(&item?, &format!("texts[{i}]"))?);
    }
    Ok(owned)
}

/// Every text analyzed on `threads` scoped workers that take the next text
/// as they come free, results in input order; for callers that need them
/// all before turning them into Python objects.
fn analyze_in_order(texts: &[String], threads: usize) -> Vec<PyResult<Analysis>> {
    let threads = threads.min(texts.len()).max(1);
    if threads == 1 {
        return texts
            .iter()
            .enumerate()
            .map(|(i, t)| run(&format!("texts[{i}]"), t))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, PyResult<Analysis>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break };
                        mine.push((i, run(&format!("texts[{i}]"), text)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            // `run` catches the engine's panics, so a worker cannot panic.
            .flat_map(|w| w.join().expect("a worker thread does not panic"))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// The number of worker threads `analyze_many` uses by default: the cores
/// this process may run on.
#[pyfunction]
fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The text of a Python `str`, or `TypeError` naming `what` and the type given.
fn text_of(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            type_name(obj)
        )));
    };
    // A lone surrogate cannot be UTF-8: Python's UnicodeEncodeError says so.
    Ok(s.to_cow()?.into_owned())
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_owned(), |n| n.to_string())
}

/// The engine on one text, with a panic (a bug) turned into the engine's
/// error message as a `RuntimeError`.
fn run(name: &str, text: &str) -> PyResult<Analysis> {
    whosaid::cli::analyze_guarded(name, text).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

// The contract's names of kinds and stances, each one Python string made
// once (`intern!`) rather than a new string per claim. The tests compare every
// name with the engine's JSON, so a name written differently here fails them.
fn claim_kind(py: Python<'_>, kind: ClaimKind) -> &Bound<'_, PyString> {
    match kind {
        ClaimKind::DirectQuote => intern!(py, "direct_quote"),
        ClaimKind::PartialQuote => intern!(py, "partial_quote"),
        ClaimKind::Indirect => intern!(py, "indirect"),
        ClaimKind::AccordingTo => intern!(py, "according_to"),
        ClaimKind::Reported => intern!(py, "reported"),
        ClaimKind::Unattributed => intern!(py, "unattributed"),
    }
}

fn stance(py: Python<'_>, stance: Stance) -> &Bound<'_, PyString> {
    match stance {
        Stance::Assert => intern!(py, "assert"),
        Stance::Deny => intern!(py, "deny"),
        Stance::Confirm => intern!(py, "confirm"),
        Stance::Allege => intern!(py, "allege"),
        Stance::Suggest => intern!(py, "suggest"),
        Stance::Praise => intern!(py, "praise"),
        Stance::Criticize => intern!(py, "criticize"),
        Stance::Believe => intern!(py, "believe"),
        Stance::Intend => intern!(py, "intend"),
        Stance::Question => intern!(py, "question"),
    }
}

fn source_kind(py: Python<'_>, kind: SourceKind) -> &Bound<'_, PyString> {
    match kind {
        SourceKind::Person => intern!(py, "person"),
        SourceKind::Organization => intern!(py, "organization"),
        SourceKind::Media => intern!(py, "media"),
        SourceKind::Government => intern!(py, "government"),
        SourceKind::Document => intern!(py, "document"),
        SourceKind::Anonymous => intern!(py, "anonymous"),
        SourceKind::Group => intern!(py, "group"),
    }
}

fn span_dict<'py>(py: Python<'py>, span: &Span) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), span.start)?;
    d.set_item(intern!(py, "end"), span.end)?;
    d.set_item(intern!(py, "text"), &span.text)?;
    Ok(d)
}

fn opt_span<'py>(py: Python<'py>, span: Option<&Span>) -> PyResult<Bound<'py, PyAny>> {
    match span {
        Some(s) => Ok(span_dict(py, s)?.into_any()),
        None => Ok(py.None().into_bound(py)),
    }
}

fn spans<'py>(py: Python<'py>, spans: &[Span]) -> PyResult<Bound<'py, PyList>> {
    let dicts = spans
        .iter()
        .map(|s| span_dict(py, s))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, dicts)
}

fn content_dict<'py>(py: Python<'py>, content: &Content) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), content.start)?;
    d.set_item(intern!(py, "end"), content.end)?;
    d.set_item(intern!(py, "text"), &content.text)?;
    // As in the JSON: `parts` only for a content split around its frame.
    if !content.parts.is_empty() {
        d.set_item(intern!(py, "parts"), spans(py, &content.parts)?)?;
    }
    Ok(d)
}

fn claim_dict<'py>(py: Python<'py>, claim: &Claim) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "id"), &claim.id)?;
    d.set_item(intern!(py, "kind"), claim_kind(py, claim.kind))?;
    d.set_item(intern!(py, "content"), content_dict(py, &claim.content)?)?;
    d.set_item(intern!(py, "cue"), opt_span(py, claim.cue.as_ref())?)?;
    d.set_item(intern!(py, "source"), claim.source.as_deref())?;
    d.set_item(
        intern!(py, "source_mention"),
        opt_span(py, claim.source_mention.as_ref())?,
    )?;
    d.set_item(intern!(py, "stance"), claim.stance.map(|s| stance(py, s)))?;
    d.set_item(intern!(py, "hedges"), spans(py, &claim.hedges)?)?;
    Ok(d)
}

fn source_dict<'py>(py: Python<'py>, source: &Source) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "id"), &source.id)?;
    d.set_item(intern!(py, "name"), &source.name)?;
    d.set_item(intern!(py, "role"), source.role.as_deref())?;
    d.set_item(intern!(py, "affiliation"), source.affiliation.as_deref())?;
    d.set_item(intern!(py, "kind"), source_kind(py, source.kind))?;
    // As in the JSON: `members` only for a group.
    if !source.members.is_empty() {
        d.set_item(intern!(py, "members"), PyList::new(py, &source.members)?)?;
    }
    d.set_item(intern!(py, "mentions"), spans(py, &source.mentions)?)?;
    Ok(d)
}

fn analysis_dict<'py>(py: Python<'py>, analysis: &Analysis) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "version"), analysis.version)?;
    let claims = analysis
        .claims
        .iter()
        .map(|c| claim_dict(py, c))
        .collect::<PyResult<Vec<_>>>()?;
    d.set_item(intern!(py, "claims"), PyList::new(py, claims)?)?;
    let sources = analysis
        .sources
        .iter()
        .map(|s| source_dict(py, s))
        .collect::<PyResult<Vec<_>>>()?;
    d.set_item(intern!(py, "sources"), PyList::new(py, sources)?)?;
    Ok(d)
}

/// The compiled half of the `whosaid` package; import `whosaid` instead.
#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(claim_columns, m)?)?;
    m.add_function(wrap_pyfunction!(default_threads, m)?)?;
    m.add("CONTRACT_VERSION", whosaid::CONTRACT_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
