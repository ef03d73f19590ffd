//! The README's pictures show what the engine finds today.
//!
//! `scripts/screenshots.sh` makes `www/screenshot.png` (the reader on
//! `www/articles/default.txt`) and `www/embed-screenshot.png` (the embed on
//! `www/embed/news.html`), and next to each a `.claims.json` with one line per
//! claim and per source of the pictured analysis. This test analyses the same
//! articles with the engine of the day and fails, saying to run the script,
//! when those lines differ: the pictures would show claims the engine no
//! longer finds. It compares text, never pixels, so it cannot be flaky.
//!
//! Ignored by a plain `cargo test`, so that work on the engine is not held up
//! by pictures; `scripts/test.sh` runs it after the end-to-end tests:
//! `cargo test --test screenshots -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use serde_json::Value;
use whosaid::Analysis;

const REMAKE: &str = "run scripts/screenshots.sh to remake the README's pictures \
                      (it builds dist/ first; SKIP_BUILD=1 uses the dist/ there), \
                      then commit www/*.png and www/*.claims.json";

/// What a picture shows of an analysis, one line per claim and per source:
/// the same lines as `summary` in tests/e2e/readme-screenshot.mjs.
fn summary(a: &Analysis) -> (Vec<String>, Vec<String>) {
    let claims = a
        .claims
        .iter()
        .map(|c| {
            let who = a.source_of(c).map_or("-", |s| s.name.as_str());
            let pieces: Vec<&str> = if c.content.parts.is_empty() {
                vec![c.content.text.as_str()]
            } else {
                c.content.parts.iter().map(|p| p.text.as_str()).collect()
            };
            let hedges: Vec<&str> = c.hedges.iter().map(|h| h.text.as_str()).collect();
            format!(
                "{} {} [{who}] {} cue={} hedges={}: {}",
                c.id,
                c.kind.as_str(),
                c.stance.map_or("-", |s| s.as_str()),
                c.cue.as_ref().map_or("-", |s| s.text.as_str()),
                hedges.join("|"),
                pieces.join(" … ")
            )
        })
        .collect();
    let sources = a
        .sources
        .iter()
        .map(|s| {
            let members = if s.members.is_empty() {
                String::new()
            } else {
                format!(" | members {}", s.members.join(","))
            };
            format!(
                "{} {} {} | {} | {}{members}",
                s.id,
                s.kind.as_str(),
                s.name,
                s.role.as_deref().unwrap_or("-"),
                s.affiliation.as_deref().unwrap_or("-")
            )
        })
        .collect();
    (claims, sources)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}; {REMAKE}", path.display()))
}

fn lines(doc: &Value, key: &str) -> Vec<String> {
    doc[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The differences between the recorded lines and today's, for the message.
fn differences(what: &str, recorded: &[String], today: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for line in recorded.iter().filter(|l| !today.contains(l)) {
        out.push(format!("  pictured {what}, gone: {line}"));
    }
    for line in today.iter().filter(|l| !recorded.contains(l)) {
        out.push(format!("  found today, not pictured: {line}"));
    }
    out
}

/// The problems of one picture's record against the engine of the day.
fn check(root: &Path, record: &str, text: impl FnOnce(&Value) -> String) -> Vec<String> {
    let doc: Value = serde_json::from_str(&read(&root.join(record)))
        .unwrap_or_else(|e| panic!("{record}: {e}; {REMAKE}"));
    let text = text(&doc);
    let (claims, sources) = summary(&whosaid::analyze(&text));
    let mut out = differences("claim", &lines(&doc, "claims"), &claims);
    out.extend(differences("source", &lines(&doc, "sources"), &sources));
    if out.is_empty() {
        return out;
    }
    let picture = doc["picture"].as_str().unwrap_or(record);
    out.insert(
        0,
        format!("{picture} shows another analysis than the engine makes today ({record}):"),
    );
    out
}

/// The text of a page, tags dropped and whitespace collapsed (the demo host
/// page has no entities and no `>` inside attribute values).
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    collapse(&out)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "run by scripts/test.sh after the end-to-end tests (cargo test --test screenshots -- --ignored)"]
fn the_readme_pictures_show_what_the_engine_finds_today() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = check(root, "www/screenshot.claims.json", |doc| {
        read(
            &root.join(
                doc["article"]
                    .as_str()
                    .unwrap_or("www/articles/default.txt"),
            ),
        )
    });
    problems.extend(check(root, "www/embed-screenshot.claims.json", |doc| {
        let text = doc["text"].as_str().unwrap_or_default().to_owned();
        // The recorded text is still the demo page's: every line of it is
        // there (tags aside), or the page was edited since the picture.
        let page = visible_text(&read(&root.join("www/embed/news.html")));
        for line in text.lines() {
            let line = collapse(line);
            assert!(
                page.contains(&line),
                "www/embed/news.html no longer holds {line:?}: {REMAKE}"
            );
        }
        text
    }));
    assert!(problems.is_empty(), "{}\n{REMAKE}", problems.join("\n"));
}
