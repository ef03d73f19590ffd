//! Checks the engine against the seed article and what a careful reader finds
//! in it (`../shared/seed/article.txt` and `expected.json`, next to the repo;
//! they are not copied into it). Every entry is checked and every failure is
//! printed before the test fails once with the count.
//!
//! Following `expected.json`'s `about`: strings match case-insensitively,
//! `content_has` lies inside the claim's content, `source` equals or is
//! contained in the canonical name of the claim's resolved source (or of a
//! member, when that source is a group: `source` and `source_kind` must then
//! fit the same member).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::fs;
use std::path::PathBuf;

fn low(s: &str) -> String {
    s.to_lowercase()
}

fn text_of(span: &Value) -> String {
    low(span["text"].as_str().unwrap_or(""))
}

/// A claim of the analysis, with its resolved source.
struct Found<'a> {
    claim: &'a Value,
    source: Option<&'a Value>,
    /// The members of the source when it is a group.
    members: Vec<&'a Value>,
}

impl Found<'_> {
    fn content(&self) -> String {
        text_of(&self.claim["content"])
    }

    fn describe(&self) -> String {
        let src = self
            .source
            .map(|s| {
                format!(
                    "{} ({})",
                    s["name"].as_str().unwrap_or("?"),
                    s["kind"].as_str().unwrap_or("?")
                )
            })
            .unwrap_or_else(|| "none".to_owned());
        format!(
            "[{} cue={:?} source={} stance={} hedges={}] {:?}",
            self.claim["kind"].as_str().unwrap_or("?"),
            self.claim["cue"]["text"].as_str().unwrap_or("-"),
            src,
            self.claim["stance"].as_str().unwrap_or("-"),
            self.claim["hedges"].as_array().map_or(0, Vec::len),
            self.claim["content"]["text"].as_str().unwrap_or("")
        )
    }

    /// What does not agree with one expected attribution.
    fn mismatches(&self, want: &Value) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(cue) = want["cue"].as_str() {
            let got = text_of(&self.claim["cue"]);
            if !(got == low(cue) || got.split_whitespace().any(|w| w == low(cue))) {
                out.push(format!("cue {got:?}, want {cue:?}"));
            }
        }
        // A group stands for each of its members too: `NHK and Vedomosti`
        // satisfies an expected source `NHK` of kind `media` through its member.
        let want_name = want["source"].as_str().map(low);
        let want_kind = want["source_kind"].as_str();
        if want_name.is_some() || want_kind.is_some() {
            let fits = |s: &Value| {
                let name = s["name"].as_str().map(low).unwrap_or_default();
                want_name
                    .as_ref()
                    .is_none_or(|w| !name.is_empty() && name.contains(w.as_str()))
                    && want_kind.is_none_or(|k| s["kind"].as_str() == Some(k))
            };
            let ok = self.source.is_some_and(fits) || self.members.iter().any(|m| fits(m));
            if !ok {
                let got = self.source.map_or("none".to_owned(), |s| {
                    format!(
                        "{:?} ({})",
                        s["name"].as_str().unwrap_or(""),
                        s["kind"].as_str().unwrap_or("?")
                    )
                });
                out.push(format!(
                    "source {got}, want {:?}{}",
                    want["source"].as_str().unwrap_or("any"),
                    want_kind.map_or(String::new(), |k| format!(" ({k})"))
                ));
            }
        }
        for key in ["kind", "stance"] {
            if let Some(v) = want[key].as_str() {
                let got = self.claim[key].as_str().unwrap_or("");
                if got != v {
                    out.push(format!("{key} {got:?}, want {v:?}"));
                }
            }
        }
        if let Some(hedged) = want["hedged"].as_bool() {
            let got = self.claim["hedges"]
                .as_array()
                .is_some_and(|h| !h.is_empty());
            if got != hedged {
                out.push(format!("hedged {got}, want {hedged}"));
            }
        }
        out
    }
}

#[test]
fn seed_article_meets_expectations() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed"));
    if !dir.is_dir() {
        println!("seed test skipped: ../shared/seed not found");
        return;
    }
    let article = fs::read_to_string(dir.join("article.txt")).expect("seed article.txt");
    let expected: Value = serde_json::from_str(
        &fs::read_to_string(dir.join("expected.json")).expect("seed expected.json"),
    )
    .expect("seed expected.json is JSON");

    let analysis = serde_json::to_value(whosaid::analyze(&article)).expect("analysis serializes");
    let empty = Vec::new();
    let sources = analysis["sources"].as_array().unwrap_or(&empty);
    let source_by_id = |id: &str| sources.iter().find(|s| s["id"].as_str() == Some(id));
    let claims: Vec<Found> = analysis["claims"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|claim| {
            let source = claim["source"].as_str().and_then(source_by_id);
            let members = source
                .and_then(|s| s["members"].as_array())
                .into_iter()
                .flatten()
                .filter_map(|m| m.as_str().and_then(source_by_id))
                .collect();
            Found {
                claim,
                source,
                members,
            }
        })
        .collect();
    println!(
        "seed: the engine found {} claims and {} sources",
        claims.len(),
        sources.len()
    );

    let mut failures: Vec<String> = Vec::new();
    let mut checked = 0;

    for want in expected["attributions"].as_array().unwrap_or(&empty) {
        checked += 1;
        let has = low(want["content_has"].as_str().unwrap_or(""));
        let label = format!(
            "attribution cue={:?} source={:?} content_has={:?}",
            want["cue"].as_str().unwrap_or("-"),
            want["source"].as_str().unwrap_or("-"),
            want["content_has"].as_str().unwrap_or("")
        );
        let candidates: Vec<&Found> = claims
            .iter()
            .filter(|f| f.content().contains(&has))
            .collect();
        if candidates.is_empty() {
            failures.push(format!("{label}: no claim's content contains it"));
            continue;
        }
        let best = candidates
            .iter()
            .map(|f| (f.mismatches(want), f))
            .min_by_key(|(m, _)| m.len())
            .expect("candidates is not empty");
        if !best.0.is_empty() {
            failures.push(format!(
                "{label}: closest claim {} differs: {}",
                best.1.describe(),
                best.0.join("; ")
            ));
        }
    }

    for want in expected["sources"].as_array().unwrap_or(&empty) {
        checked += 1;
        let name = low(want["name"].as_str().unwrap_or(""));
        let found = sources
            .iter()
            .find(|s| s["name"].as_str().map(low) == Some(name.clone()))
            .or_else(|| {
                sources
                    .iter()
                    .find(|s| s["name"].as_str().is_some_and(|n| low(n).contains(&name)))
            });
        let Some(src) = found else {
            failures.push(format!("source {name:?}: not among the sources"));
            continue;
        };
        for key in ["kind", "role", "affiliation"] {
            if let Some(v) = want[key].as_str() {
                let got = src[key].as_str().map(low);
                if got.as_deref() != Some(low(v).as_str()) {
                    failures.push(format!(
                        "source {name:?}: {key} {:?}, want {v:?}",
                        src[key].as_str()
                    ));
                }
            }
        }
    }

    let sources_mentioning = |mention: &str| -> Vec<&str> {
        let m = low(mention);
        sources
            .iter()
            .filter(|s| {
                s["mentions"]
                    .as_array()
                    .is_some_and(|ms| ms.iter().any(|sp| text_of(sp) == m))
            })
            .filter_map(|s| s["id"].as_str())
            .collect()
    };
    for pair in expected["same_source"].as_array().unwrap_or(&empty) {
        checked += 1;
        let a = pair[0].as_str().unwrap_or("");
        let b = pair[1].as_str().unwrap_or("");
        let (sa, sb) = (sources_mentioning(a), sources_mentioning(b));
        if sa.is_empty() || sb.is_empty() {
            failures.push(format!(
                "same_source {a:?} / {b:?}: no source has the mention {:?}",
                if sa.is_empty() { a } else { b }
            ));
        } else if !sa.iter().any(|id| sb.contains(id)) {
            failures.push(format!(
                "same_source {a:?} / {b:?}: resolved to different sources {sa:?} and {sb:?}"
            ));
        }
    }

    for has in expected["unattributed_has"].as_array().unwrap_or(&empty) {
        checked += 1;
        let has = has.as_str().unwrap_or("");
        let ok = claims.iter().any(|f| {
            f.claim["kind"].as_str() == Some("unattributed") && f.content().contains(&low(has))
        });
        if !ok {
            failures.push(format!(
                "unattributed_has {has:?}: no unattributed claim contains it"
            ));
        }
    }

    for has in expected["hedged_has"].as_array().unwrap_or(&empty) {
        checked += 1;
        let has = has.as_str().unwrap_or("");
        let ok = claims.iter().any(|f| {
            f.claim["hedges"].as_array().is_some_and(|h| !h.is_empty())
                && f.content().contains(&low(has))
        });
        if !ok {
            failures.push(format!("hedged_has {has:?}: no hedged claim contains it"));
        }
    }

    for f in &failures {
        println!("SEED FAIL: {f}");
    }
    println!(
        "seed: {} of {checked} expectations met",
        checked - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} seed expectations failed (run with --nocapture to see them all):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The worked example of the JSON contract in `ATTRIBUTION.md` gives the
/// real spans of one seed claim; the engine must produce exactly those.
#[test]
fn seed_claim_matches_the_contract_example() {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/article.txt"
    ));
    let Ok(article) = fs::read_to_string(&path) else {
        println!("seed test skipped: ../shared/seed not found");
        return;
    };
    let analysis = whosaid::analyze(&article);
    let claim = analysis
        .claims
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|cue| cue.text == "mentioned"))
        .expect("the claim cued by `mentioned`");
    fn span(s: &whosaid::Span) -> (usize, usize, &str) {
        (s.start, s.end, s.text.as_str())
    }
    assert_eq!(claim.kind, whosaid::ClaimKind::PartialQuote);
    assert_eq!(
        span(&claim.content.span()),
        (1651, 1680, "a visit is “in the pipeline.”")
    );
    assert_eq!(span(claim.cue.as_ref().unwrap()), (1636, 1645, "mentioned"));
    assert_eq!(
        span(claim.source_mention.as_ref().unwrap()),
        (1604, 1635, "Kremlin spokesman Dmitry Peskov")
    );
    assert_eq!(claim.stance, Some(whosaid::Stance::Assert));
    assert!(claim.hedges.is_empty(), "{:?}", claim.hedges);
    let source = analysis.source_of(claim).expect("a resolved source");
    assert_eq!(
        (
            source.name.as_str(),
            source.role.as_deref(),
            source.affiliation.as_deref(),
            source.kind
        ),
        (
            "Dmitry Peskov",
            Some("spokesman"),
            Some("Kremlin"),
            whosaid::SourceKind::Person
        )
    );
}
