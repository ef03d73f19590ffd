//! `whosaid._whosaid`: the engine for Python.
//!
//! Three functions over [`whosaid::analyze`]: `analyze` (the contract as
//! Python dicts and lists), `analyze_json` (the contract as a JSON string,
//! byte for byte what `Analysis::to_json` writes) and `analyze_many` (many
//! texts at once on every core, with the GIL released while the engine runs).
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

use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use whosaid::{Analysis, Claim, Content, Source, Span};

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
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str (wrap one text in a list)",
        ));
    }
    let threads = match threads {
        None => default_threads(),
        Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1, not {n}"
            )))
        }
    };
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
    let results = py.detach(|| analyze_all(&owned, threads));
    let list = PyList::empty(py);
    for result in results {
        list.append(analysis_dict(py, &result?)?)?;
    }
    Ok(list)
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

/// Every text on `threads` scoped workers that take the next text as they
/// come free (articles differ a lot in length), results in input order.
fn analyze_all(texts: &[String], threads: usize) -> Vec<PyResult<Analysis>> {
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

fn span_dict<'py>(py: Python<'py>, span: &Span) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("start", span.start)?;
    d.set_item("end", span.end)?;
    d.set_item("text", &span.text)?;
    Ok(d)
}

fn opt_span<'py>(py: Python<'py>, span: Option<&Span>) -> PyResult<Bound<'py, PyAny>> {
    match span {
        Some(s) => Ok(span_dict(py, s)?.into_any()),
        None => Ok(py.None().into_bound(py)),
    }
}

fn spans<'py>(py: Python<'py>, spans: &[Span]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for s in spans {
        list.append(span_dict(py, s)?)?;
    }
    Ok(list)
}

fn content_dict<'py>(py: Python<'py>, content: &Content) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("start", content.start)?;
    d.set_item("end", content.end)?;
    d.set_item("text", &content.text)?;
    // As in the JSON: `parts` only for a content split around its frame.
    if !content.parts.is_empty() {
        d.set_item("parts", spans(py, &content.parts)?)?;
    }
    Ok(d)
}

fn claim_dict<'py>(py: Python<'py>, claim: &Claim) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &claim.id)?;
    d.set_item("kind", claim.kind.as_str())?;
    d.set_item("content", content_dict(py, &claim.content)?)?;
    d.set_item("cue", opt_span(py, claim.cue.as_ref())?)?;
    d.set_item("source", claim.source.as_deref())?;
    d.set_item(
        "source_mention",
        opt_span(py, claim.source_mention.as_ref())?,
    )?;
    d.set_item("stance", claim.stance.map(|s| s.as_str()))?;
    d.set_item("hedges", spans(py, &claim.hedges)?)?;
    Ok(d)
}

fn source_dict<'py>(py: Python<'py>, source: &Source) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &source.id)?;
    d.set_item("name", &source.name)?;
    d.set_item("role", source.role.as_deref())?;
    d.set_item("affiliation", source.affiliation.as_deref())?;
    d.set_item("kind", source.kind.as_str())?;
    // As in the JSON: `members` only for a group.
    if !source.members.is_empty() {
        d.set_item("members", PyList::new(py, &source.members)?)?;
    }
    d.set_item("mentions", spans(py, &source.mentions)?)?;
    Ok(d)
}

fn analysis_dict<'py>(py: Python<'py>, analysis: &Analysis) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("version", analysis.version)?;
    let claims = PyList::empty(py);
    for c in &analysis.claims {
        claims.append(claim_dict(py, c)?)?;
    }
    d.set_item("claims", claims)?;
    let sources = PyList::empty(py);
    for s in &analysis.sources {
        sources.append(source_dict(py, s)?)?;
    }
    d.set_item("sources", sources)?;
    Ok(d)
}

/// The compiled half of the `whosaid` package; import `whosaid` instead.
#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(default_threads, m)?)?;
    m.add("CONTRACT_VERSION", whosaid::CONTRACT_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
