//! Scores the engine against the hand-annotated gold sets (JSON contract,
//! version 1; built from each set's `src/` by `scripts/build_gold.py`):
//!
//! - `tests/fixtures`: the development set, short passages the engine is
//!   tuned on;
//! - `tests/holdout`: the held-out set, wire-length stories on other beats,
//!   never tuned on, to measure how the engine generalises;
//! - `tests/realnews/dev` and `tests/realnews/held-out`: real Wikinews
//!   articles, annotated for their attributions only (no writer's-voice
//!   claims), the development half and a held-out half never tuned on;
//! - `tests/politics`: US political stories written for the project in the
//!   house styles of the outlets that cover politics, annotated for their
//!   attributions only; a development set.
//! - `tests/politics-held-out`: more such stories, written and annotated
//!   the same way by other hands and never tuned on.
//!
//! `cargo test --test fixtures_score -- --nocapture` prints, for each set, a
//! table per fixture, the totals and the recall per kind and construction.
//!
//! - Content: predicted and gold attributed claims are paired one-to-one,
//!   greedily by overlap, when the overlap is at least half of the longer
//!   span (in code points).
//! - Source: a paired prediction is right when its resolved source's name
//!   equals the gold source's name (case-insensitively, a typographic
//!   apostrophe the same as a straight one) or one contains the
//!   other; a group counts when its name or a member's name matches.
//! - Mention: a paired prediction whose source mention overlaps the gold's
//!   (both absent counts too): the source as the sentence names it.
//! - Cue: a paired prediction whose cue overlaps the gold's; exact: a paired
//!   content with the gold's very offsets.
//! - Unattributed: the writer's-voice claims, paired the same way.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Content F1 over attributed claims that the engine must reach: the
/// measured 0.934 less 0.05, rounded down.
const CONTENT_F1_FLOOR: f64 = 0.88;
/// Source-attributed F1 (content matched and source right) the engine must
/// reach: the measured 0.906 less 0.05, rounded down.
const SOURCE_F1_FLOOR: f64 = 0.85;
/// The gold set must hold at least this many passages.
const MIN_FIXTURES: usize = 45;
/// Content F1 on the held-out set: the measured 0.881 less 0.05, rounded down
/// (0.875 since session 11's nested first-person frames, which this set's
/// gold does not mark; the floor stays).
const HOLDOUT_CONTENT_F1_FLOOR: f64 = 0.83;
/// Source-attributed F1 on the held-out set: the measured 0.803 less 0.05,
/// rounded down.
const HOLDOUT_SOURCE_F1_FLOOR: f64 = 0.75;
/// The held-out set must hold at least this many passages.
const MIN_HOLDOUT: usize = 25;
/// Attribution F1 (content matched and source right) on the real-news
/// development articles: the target, 0.80, reached in the thirty-third round
/// (0.802). The engine is deterministic, so the floor needs no slack: a
/// change that costs these articles a claim fails here.
const REALNEWS_SOURCE_F1_FLOOR: f64 = 0.80;
/// Content F1 on the same: the measured 0.848 less 0.05, rounded down.
const REALNEWS_CONTENT_F1_FLOOR: f64 = 0.79;
/// The same on the real-news held-out articles, never tuned on: the measured
/// 0.683 less 0.05, rounded down (target 0.70), and content 0.811 less 0.05.
const REALNEWS_HOLDOUT_SOURCE_F1_FLOOR: f64 = 0.63;
const REALNEWS_HOLDOUT_CONTENT_F1_FLOOR: f64 = 0.76;
/// Attribution F1 and content F1 on the political stories: the measured
/// 0.833 and 0.895 less 0.05, rounded down (40 stories since the
/// twenty-second round).
const POLITICS_SOURCE_F1_FLOOR: f64 = 0.78;
const POLITICS_CONTENT_F1_FLOOR: f64 = 0.84;
/// The same on the held-out political stories (24 since the twenty-second
/// round, whose eight new ones score 0.705): the measured 0.757 and 0.876
/// less 0.05, rounded down.
const POLITICS_HOLDOUT_SOURCE_F1_FLOOR: f64 = 0.70;
const POLITICS_HOLDOUT_CONTENT_F1_FLOOR: f64 = 0.82;
/// Minimum overlap, as a share of the longer span, for two contents to match.
const MIN_OVERLAP: f64 = 0.5;

const CLAIM_KINDS: [&str; 6] = [
    "direct_quote",
    "partial_quote",
    "indirect",
    "according_to",
    "reported",
    "unattributed",
];
const SOURCE_KINDS: [&str; 7] = [
    "person",
    "organization",
    "media",
    "government",
    "document",
    "anonymous",
    "group",
];
const STANCES: [&str; 10] = [
    "assert",
    "deny",
    "confirm",
    "allege",
    "suggest",
    "praise",
    "criticize",
    "believe",
    "intend",
    "question",
];

fn fixture_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

fn holdout_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/holdout"))
}

fn politics_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/politics"))
}

fn politics_holdout_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/politics-held-out"
    ))
}

fn realnews_dir(half: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/realnews")).join(half)
}

struct Fixture {
    name: String,
    text: String,
    gold: Value,
}

/// Every `NNN-slug.json` in a gold folder with its `NNN-slug.txt`.
fn fixtures_in(dir: &Path) -> Vec<Fixture> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = stem(&path);
            let text_path = path.with_extension("txt");
            let text = fs::read_to_string(&text_path)
                .unwrap_or_else(|e| panic!("{name}: cannot read {}: {e}", text_path.display()));
            let raw = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{name}: cannot read {}: {e}", path.display()));
            let gold = serde_json::from_str(&raw)
                .unwrap_or_else(|e| panic!("{name}: {} is not JSON: {e}", path.display()));
            Fixture { name, text, gold }
        })
        .collect()
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A claim reduced to what the score looks at.
struct Claim {
    start: usize,
    end: usize,
    kind: String,
    /// The resolved source's name, then its members' names for a group.
    source_names: Vec<String>,
    constructions: Vec<String>,
    stance: Option<String>,
    cue: Option<(usize, usize)>,
    mention: Option<(usize, usize)>,
}

impl Claim {
    fn attributed(&self) -> bool {
        self.kind != "unattributed"
    }
}

fn num(v: &Value) -> usize {
    v.as_u64().unwrap_or(0) as usize
}

fn claims_of(doc: &Value) -> Vec<Claim> {
    let empty = Vec::new();
    let sources = doc["sources"].as_array().unwrap_or(&empty);
    let by_id = |id: &str| sources.iter().find(|s| s["id"].as_str() == Some(id));
    doc["claims"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|c| {
            let mut source_names = Vec::new();
            if let Some(src) = c["source"].as_str().and_then(by_id) {
                source_names.extend(src["name"].as_str().map(str::to_owned));
                for member in src["members"].as_array().unwrap_or(&empty) {
                    if let Some(m) = member.as_str().and_then(by_id) {
                        source_names.extend(m["name"].as_str().map(str::to_owned));
                    }
                }
            }
            let span = |v: &Value| (!v.is_null()).then(|| (num(&v["start"]), num(&v["end"])));
            Claim {
                cue: span(&c["cue"]),
                mention: span(&c["source_mention"]),
                start: num(&c["content"]["start"]),
                end: num(&c["content"]["end"]),
                kind: c["kind"].as_str().unwrap_or("").to_owned(),
                stance: c["stance"].as_str().map(str::to_owned),
                source_names,
                constructions: c["construction"]
                    .as_str()
                    .unwrap_or("")
                    .split('+')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            }
        })
        .collect()
}

fn overlap(a: &Claim, b: &Claim) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let longer = (a.end.saturating_sub(a.start)).max(b.end.saturating_sub(b.start));
    if longer == 0 {
        0.0
    } else {
        inter as f64 / longer as f64
    }
}

/// One-to-one greedy pairing, best overlap first: (pred index, gold index).
fn pair(pred: &[&Claim], gold: &[&Claim]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let o = overlap(p, g);
            if o >= MIN_OVERLAP {
                candidates.push((o, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if !used_p[i] && !used_g[j] {
            used_p[i] = true;
            used_g[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

fn spans_meet(a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.0 < b.1 && b.0 < a.1,
        (None, None) => true,
        _ => false,
    }
}

fn names_match(pred: &[String], gold: &[String]) -> bool {
    // (A typographic apostrophe is the same letter: `Indonesia’s embassy`.)
    let plain = |name: &str| name.trim().to_lowercase().replace('’', "'");
    pred.iter().any(|p| {
        let p = plain(p);
        gold.iter().any(|g| {
            let g = plain(g);
            !p.is_empty() && !g.is_empty() && (p == g || p.contains(&g) || g.contains(&p))
        })
    })
}

#[derive(Default, Clone, Copy)]
struct Counts {
    pred: usize,
    gold: usize,
    matched: usize,
    sourced: usize,
    /// Matched claims whose source mention overlaps the gold's.
    mentioned: usize,
    /// Matched claims whose cue overlaps the gold's.
    cued: usize,
    /// Matched claims with the gold's exact content offsets.
    exact: usize,
    /// Matched claims whose stance equals the gold's.
    stance_agrees: usize,
    unattr_pred: usize,
    unattr_gold: usize,
    unattr_matched: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.pred += o.pred;
        self.gold += o.gold;
        self.matched += o.matched;
        self.sourced += o.sourced;
        self.mentioned += o.mentioned;
        self.cued += o.cued;
        self.exact += o.exact;
        self.stance_agrees += o.stance_agrees;
        self.unattr_pred += o.unattr_pred;
        self.unattr_gold += o.unattr_gold;
        self.unattr_matched += o.unattr_matched;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// (precision, recall, F1).
fn prf(hit: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(hit, pred), ratio(hit, gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

#[derive(Default)]
struct Recall {
    gold: usize,
    content: usize,
    source: usize,
}

fn analyze_json(text: &str) -> Result<Value, String> {
    let owned = text.to_owned();
    let analysis = std::panic::catch_unwind(move || whosaid::analyze(&owned)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic".to_owned())
    })?;
    serde_json::to_value(&analysis).map_err(|e| e.to_string())
}

/// The scores of one gold set, with the report printed for it.
struct Scores {
    content: (f64, f64, f64),
    source: (f64, f64, f64),
    panics: Vec<String>,
}

/// Runs the engine on every passage of a gold set and prints, in one block, a
/// table per passage, the totals and the recall per kind and construction.
fn score_set(title: &str, fixtures: &[Fixture]) -> Scores {
    let mut out = String::new();
    let mut total = Counts::default();
    let mut by_construction: BTreeMap<String, Recall> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, Recall> = BTreeMap::new();
    let mut panics = Vec::new();

    let _ = writeln!(out, "\n== {title}");
    let _ = writeln!(
        out,
        "{:<28} {:>4} {:>4} {:>5} {:>5} {:>6} {:>6} {:>6}   {:>11}",
        "fixture", "gold", "pred", "match", "src", "cont-F", "src-F", "", "unattr g/p/m"
    );
    for fx in fixtures {
        let pred_doc = match analyze_json(&fx.text) {
            Ok(v) => v,
            Err(e) => {
                panics.push(format!("{}: {e}", fx.name));
                let _ = writeln!(out, "{:<28} ENGINE PANICKED: {e}", fx.name);
                Value::Null
            }
        };
        let gold_all = claims_of(&fx.gold);
        let pred_all = claims_of(&pred_doc);
        let gold: Vec<&Claim> = gold_all.iter().filter(|c| c.attributed()).collect();
        let pred: Vec<&Claim> = pred_all.iter().filter(|c| c.attributed()).collect();
        let mut c = Counts {
            pred: pred.len(),
            gold: gold.len(),
            ..Counts::default()
        };
        let pairs = pair(&pred, &gold);
        let mut found = vec![(false, false); gold.len()];
        for &(i, j) in &pairs {
            let right = names_match(&pred[i].source_names, &gold[j].source_names);
            found[j] = (true, right);
            c.matched += 1;
            c.sourced += usize::from(right);
            c.mentioned += usize::from(spans_meet(pred[i].mention, gold[j].mention));
            c.cued += usize::from(spans_meet(pred[i].cue, gold[j].cue));
            c.exact += usize::from((pred[i].start, pred[i].end) == (gold[j].start, gold[j].end));
            c.stance_agrees += usize::from(pred[i].stance == gold[j].stance);
        }
        for (g, (content, source)) in gold.iter().zip(found) {
            let keys = g.constructions.iter().cloned();
            for key in keys {
                let r = by_construction.entry(key).or_default();
                r.gold += 1;
                r.content += usize::from(content);
                r.source += usize::from(source);
            }
            let r = by_kind.entry(g.kind.clone()).or_default();
            r.gold += 1;
            r.content += usize::from(content);
            r.source += usize::from(source);
        }
        let gold_u: Vec<&Claim> = gold_all.iter().filter(|c| !c.attributed()).collect();
        let pred_u: Vec<&Claim> = pred_all.iter().filter(|c| !c.attributed()).collect();
        c.unattr_gold = gold_u.len();
        c.unattr_pred = pred_u.len();
        c.unattr_matched = pair(&pred_u, &gold_u).len();
        let (_, _, cf) = prf(c.matched, c.pred, c.gold);
        let (_, _, sf) = prf(c.sourced, c.pred, c.gold);
        let _ = writeln!(
            out,
            "{:<28} {:>4} {:>4} {:>5} {:>5} {:>6.2} {:>6.2} {:>6}   {:>3}/{:>3}/{:>3}",
            fx.name,
            c.gold,
            c.pred,
            c.matched,
            c.sourced,
            cf,
            sf,
            "",
            c.unattr_gold,
            c.unattr_pred,
            c.unattr_matched
        );
        total.add(&c);
    }

    let content = prf(total.matched, total.pred, total.gold);
    let source = prf(total.sourced, total.pred, total.gold);
    let mention = prf(total.mentioned, total.pred, total.gold);
    let cue = prf(total.cued, total.pred, total.gold);
    let exact = prf(total.exact, total.pred, total.gold);
    let unattr = prf(total.unattr_matched, total.unattr_pred, total.unattr_gold);
    let _ = writeln!(
        out,
        "\nstance agrees with the gold on {} of {} matched claims ({:.0}%)",
        total.stance_agrees,
        total.matched,
        100.0 * ratio(total.stance_agrees, total.matched)
    );
    let _ = writeln!(
        out,
        "\nTOTAL ({title}) over {} fixtures: {} gold attributed claims, {} predicted",
        fixtures.len(),
        total.gold,
        total.pred
    );
    let _ = writeln!(
        out,
        "{:<30} {:>9} {:>9} {:>9}",
        "", "precision", "recall", "F1"
    );
    for (label, (p, r, f)) in [
        ("content (attributed claims)", content),
        ("source-attributed", source),
        ("content + source mention", mention),
        ("content + cue", cue),
        ("content exact", exact),
        ("unattributed claims", unattr),
    ] {
        if label.starts_with("unattributed") && total.unattr_gold == 0 {
            continue; // an attributions-only set
        }
        let _ = writeln!(out, "{label:<30} {p:>9.3} {r:>9.3} {f:>9.3}");
    }

    let _ = writeln!(out, "\nrecall per gold kind (content / content+source):");
    for (kind, r) in &by_kind {
        let _ = writeln!(
            out,
            "  {:<26} {:>4} gold  {:>6.2}  {:>6.2}",
            kind,
            r.gold,
            ratio(r.content, r.gold),
            ratio(r.source, r.gold)
        );
    }
    let _ = writeln!(out, "\nrecall per construction (content / content+source):");
    for (key, r) in &by_construction {
        let _ = writeln!(
            out,
            "  {:<26} {:>4} gold  {:>6.2}  {:>6.2}",
            key,
            r.gold,
            ratio(r.content, r.gold),
            ratio(r.source, r.gold)
        );
    }
    // One print, so the two sets' reports do not interleave when the tests
    // run in parallel.
    println!("{out}");
    Scores {
        content,
        source,
        panics,
    }
}

/// The failures of a scored set against its floors.
fn below_floors(set: &str, s: &Scores, content_floor: f64, source_floor: f64) -> Vec<String> {
    let mut failures = Vec::new();
    if !s.panics.is_empty() {
        failures.push(format!(
            "{set}: the engine panicked on: {}",
            s.panics.join("; ")
        ));
    }
    if s.content.2 < content_floor {
        failures.push(format!(
            "{set}: content F1 {:.3} is below the floor {content_floor}",
            s.content.2
        ));
    }
    if s.source.2 < source_floor {
        failures.push(format!(
            "{set}: source-attributed F1 {:.3} is below the floor {source_floor}",
            s.source.2
        ));
    }
    failures
}

/// Scores one gold set and fails when it is below its floors.
fn assert_above_floors(dir: &Path, title: &str, set: &str, content_floor: f64, source_floor: f64) {
    let fixtures = fixtures_in(dir);
    assert!(!fixtures.is_empty(), "no fixtures in {}", dir.display());
    let scores = score_set(title, &fixtures);
    let failures = below_floors(set, &scores, content_floor, source_floor);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn engine_scores_above_the_floors_on_the_gold_fixtures() {
    assert_above_floors(
        &fixture_dir(),
        "development set, tests/fixtures",
        "development set",
        CONTENT_F1_FLOOR,
        SOURCE_F1_FLOOR,
    );
}

/// The held-out set measures how the engine generalises: its floors guard
/// against regressions, they are not a target to tune the engine on.
#[test]
fn engine_scores_above_the_floors_on_the_holdout_set() {
    assert_above_floors(
        &holdout_dir(),
        "held-out set, tests/holdout",
        "held-out set",
        HOLDOUT_CONTENT_F1_FLOOR,
        HOLDOUT_SOURCE_F1_FLOOR,
    );
}

/// Real reporting, the engine's development ground: attribution F1 (content
/// and source) must hold its floor.
#[test]
fn engine_scores_above_the_floor_on_real_news() {
    assert_above_floors(
        &realnews_dir("dev"),
        "real news, development, tests/realnews/dev",
        "real news (dev)",
        REALNEWS_CONTENT_F1_FLOOR,
        REALNEWS_SOURCE_F1_FLOOR,
    );
}

/// Real articles never tuned on: only their totals are read.
#[test]
fn engine_scores_above_the_floor_on_held_out_real_news() {
    assert_above_floors(
        &realnews_dir("held-out"),
        "real news, held out, tests/realnews/held-out",
        "real news (held out)",
        REALNEWS_HOLDOUT_CONTENT_F1_FLOOR,
        REALNEWS_HOLDOUT_SOURCE_F1_FLOOR,
    );
}

/// Political reporting's dense, layered sourcing, in the domain the engine
/// is judged on.
#[test]
fn engine_scores_above_the_floor_on_political_stories() {
    assert_above_floors(
        &politics_dir(),
        "political stories, development, tests/politics",
        "political stories",
        POLITICS_CONTENT_F1_FLOOR,
        POLITICS_SOURCE_F1_FLOOR,
    );
}

/// The political stories the engine is never tuned on.
#[test]
fn engine_scores_above_the_floor_on_held_out_political_stories() {
    assert_above_floors(
        &politics_holdout_dir(),
        "political stories, held out, tests/politics-held-out",
        "held-out political stories",
        POLITICS_HOLDOUT_CONTENT_F1_FLOOR,
        POLITICS_HOLDOUT_SOURCE_F1_FLOOR,
    );
}

/// Every gold file must agree with its text: a broken fixture fails here.
#[test]
fn gold_fixtures_are_self_consistent() {
    let mut errors = Vec::new();
    for (dir, min) in [
        (fixture_dir(), MIN_FIXTURES),
        (holdout_dir(), MIN_HOLDOUT),
        (realnews_dir("dev"), 16),
        (realnews_dir("held-out"), 8),
        (politics_dir(), 40),
        (politics_holdout_dir(), 24),
    ] {
        errors.extend(consistency_errors(&dir, min));
    }
    assert!(
        errors.is_empty(),
        "{} problem(s) in the gold fixtures:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

/// The self-consistency problems of one gold set, each prefixed with its
/// folder and passage.
fn consistency_errors(dir: &Path, min: usize) -> Vec<String> {
    let set = dir
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fixtures = fixtures_in(dir);
    let mut errors = Vec::new();
    if fixtures.len() < min {
        errors.push(format!(
            "{set}: only {} fixtures, want at least {min}",
            fixtures.len()
        ));
    }
    for entry in fs::read_dir(dir).expect("fixture folder").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "txt") && !path.with_extension("json").exists() {
            errors.push(format!("{set}/{}: text without a gold .json", stem(&path)));
        }
    }
    for fx in &fixtures {
        let mut err = |msg: String| errors.push(format!("{set}/{}: {msg}", fx.name));
        let chars: Vec<char> = fx.text.chars().collect();
        let check_span = |sp: &Value, what: &str, err: &mut dyn FnMut(String)| {
            let (Some(start), Some(end), Some(text)) = (
                sp["start"].as_u64(),
                sp["end"].as_u64(),
                sp["text"].as_str(),
            ) else {
                err(format!("{what}: not a span: {sp}"));
                return;
            };
            let (start, end) = (start as usize, end as usize);
            if start >= end || end > chars.len() {
                err(format!("{what}: bad offsets {start}..{end}"));
                return;
            }
            let slice: String = chars[start..end].iter().collect();
            if slice != text {
                err(format!("{what}: text {text:?} but the slice is {slice:?}"));
            }
        };
        let gold = &fx.gold;
        if gold["version"].as_u64() != Some(1) {
            err("version is not 1".to_owned());
        }
        let (Some(claims), Some(sources)) = (gold["claims"].as_array(), gold["sources"].as_array())
        else {
            err("claims or sources missing".to_owned());
            continue;
        };
        let ids: Vec<&str> = sources.iter().filter_map(|s| s["id"].as_str()).collect();
        for s in sources {
            let id = s["id"].as_str().unwrap_or("?");
            if !SOURCE_KINDS.contains(&s["kind"].as_str().unwrap_or("")) {
                err(format!("source {id}: bad kind {}", s["kind"]));
            }
            if s["name"].as_str().is_none_or(str::is_empty) {
                err(format!("source {id}: no name"));
            }
            for m in s["members"].as_array().into_iter().flatten() {
                if !ids.contains(&m.as_str().unwrap_or("")) {
                    err(format!("source {id}: member {m} does not exist"));
                }
            }
            for m in s["mentions"].as_array().into_iter().flatten() {
                check_span(m, &format!("source {id} mention"), &mut err);
            }
        }
        for c in claims {
            let id = c["id"].as_str().unwrap_or("?");
            let kind = c["kind"].as_str().unwrap_or("");
            if !CLAIM_KINDS.contains(&kind) {
                err(format!("claim {id}: bad kind {kind:?}"));
            }
            check_span(&c["content"], &format!("claim {id} content"), &mut err);
            // A split quotation's parts: spans in order, disjoint, inside the hull.
            if let Some(parts) = c["content"].get("parts") {
                let parts = parts.as_array().map(Vec::as_slice).unwrap_or_default();
                if parts.len() < 2 {
                    err(format!("claim {id}: parts is not a list of two or more"));
                }
                let (start, end) = (num(&c["content"]["start"]), num(&c["content"]["end"]));
                let mut at = start;
                for (n, part) in parts.iter().enumerate() {
                    check_span(part, &format!("claim {id} part {n}"), &mut err);
                    let (s, e) = (num(&part["start"]), num(&part["end"]));
                    if s < at || e > end {
                        err(format!(
                            "claim {id}: part {n} {s}..{e} is out of order or outside {start}..{end}"
                        ));
                    }
                    at = e;
                }
            }
            for key in ["cue", "source_mention"] {
                if !c[key].is_null() {
                    check_span(&c[key], &format!("claim {id} {key}"), &mut err);
                }
            }
            for h in c["hedges"].as_array().into_iter().flatten() {
                check_span(h, &format!("claim {id} hedge"), &mut err);
            }
            if kind == "unattributed" {
                if !(c["cue"].is_null() && c["source"].is_null() && c["source_mention"].is_null()) {
                    err(format!(
                        "claim {id}: unattributed with a cue, source or mention"
                    ));
                }
            } else {
                match c["source"].as_str() {
                    Some(s) if ids.contains(&s) => {}
                    _ => err(format!("claim {id}: source {} does not exist", c["source"])),
                }
                if let Some(st) = c["stance"].as_str() {
                    if !STANCES.contains(&st) {
                        err(format!("claim {id}: bad stance {st:?}"));
                    }
                }
            }
        }
    }
    errors
}
