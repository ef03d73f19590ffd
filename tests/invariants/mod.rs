//! What every `Analysis` must satisfy, whatever the text: the checks shared by
//! `tests/properties.rs` (random inputs) and `tests/hostile.rs` (hostile
//! shapes). Each check returns the first violation as a readable message so
//! a failing case says what broke, not only that something did.

#![allow(dead_code)] // each test binary uses a part of it

use std::collections::{HashMap, HashSet};

use whosaid::{Analysis, ClaimKind, Content, Span};

/// The text with a byte offset for every code-point offset (and one past
/// the end), so span checks cost O(1) each even on 10 MB inputs.
pub struct Indexed<'a> {
    pub text: &'a str,
    byte_at: Vec<usize>,
}

impl<'a> Indexed<'a> {
    pub fn new(text: &'a str) -> Indexed<'a> {
        let mut byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        byte_at.push(text.len());
        Indexed { text, byte_at }
    }

    /// Number of code points.
    pub fn chars(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// The code-point slice `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.text[self.byte_at[start]..self.byte_at[end]]
    }

    /// Byte offset of a code-point offset.
    pub fn byte(&self, char_offset: usize) -> usize {
        self.byte_at[char_offset]
    }
}

/// A span lies inside the text, `start <= end`, and its `text` is exactly
/// the code-point slice.
pub fn check_span(ix: &Indexed, what: &str, span: &Span) -> Result<(), String> {
    if span.start > span.end {
        return Err(format!("{what}: start {} > end {}", span.start, span.end));
    }
    if span.end > ix.chars() {
        return Err(format!(
            "{what}: end {} past the text's {} code points ({:?})",
            span.end,
            ix.chars(),
            short(&span.text)
        ));
    }
    let slice = ix.slice(span.start, span.end);
    if slice != span.text {
        return Err(format!(
            "{what}: text {:?} is not the slice {}..{} = {:?}",
            short(&span.text),
            span.start,
            span.end,
            short(slice)
        ));
    }
    Ok(())
}

/// Every structural promise of the contract and of `model.rs`.
pub fn check(text: &str, a: &Analysis) -> Result<(), String> {
    let ix = Indexed::new(text);
    check_indexed(&ix, a)
}

pub fn check_indexed(ix: &Indexed, a: &Analysis) -> Result<(), String> {
    if a.version != whosaid::CONTRACT_VERSION {
        return Err(format!(
            "version {} is not {}",
            a.version,
            whosaid::CONTRACT_VERSION
        ));
    }
    // Sources: unique ids, valid mentions, no mention shared between sources.
    let mut source_ids = HashSet::new();
    let mut mention_owner: HashMap<(usize, usize), &str> = HashMap::new();
    for s in &a.sources {
        if !source_ids.insert(s.id.as_str()) {
            return Err(format!("source id {} appears twice", s.id));
        }
        for m in &s.mentions {
            check_span(ix, &format!("source {} mention", s.id), m)?;
            if let Some(other) = mention_owner.insert((m.start, m.end), &s.id) {
                return Err(format!(
                    "mention {}..{} {:?} belongs to both {other} and {}",
                    m.start,
                    m.end,
                    short(&m.text),
                    s.id
                ));
            }
        }
    }
    for s in &a.sources {
        for member in &s.members {
            if member == &s.id || !source_ids.contains(member.as_str()) {
                return Err(format!(
                    "group {} lists member {member}, which is no other source",
                    s.id
                ));
            }
        }
    }
    // Claims: ids c1.. in text order, valid spans, sources that exist and own the mention.
    let mut claim_ids = HashSet::new();
    for (i, c) in a.claims.iter().enumerate() {
        if !claim_ids.insert(c.id.as_str()) {
            return Err(format!("claim id {} appears twice", c.id));
        }
        check_span(ix, &format!("claim {} content", c.id), &c.content.span())?;
        check_parts(ix, &c.id, &c.content)?;
        if let Some(cue) = &c.cue {
            check_span(ix, &format!("claim {} cue", c.id), cue)?;
        }
        if let Some(m) = &c.source_mention {
            check_span(ix, &format!("claim {} source_mention", c.id), m)?;
        }
        for h in &c.hedges {
            check_span(ix, &format!("claim {} hedge", c.id), h)?;
        }
        if c.kind == ClaimKind::Unattributed
            && (c.cue.is_some() || c.source.is_some() || c.source_mention.is_some())
        {
            return Err(format!(
                "unattributed claim {} has a cue, source or source_mention",
                c.id
            ));
        }
        match (&c.source, &c.source_mention) {
            (Some(id), mention) => {
                let Some(source) = a.source(id) else {
                    return Err(format!(
                        "claim {} names source {id}, which does not exist",
                        c.id
                    ));
                };
                if let Some(m) = mention {
                    if !source.mentions.contains(m) {
                        return Err(format!(
                            "claim {}'s source_mention {}..{} {:?} is not a mention of its source {id}",
                            c.id,
                            m.start,
                            m.end,
                            short(&m.text)
                        ));
                    }
                }
            }
            (None, Some(m)) => {
                return Err(format!(
                    "claim {} has a source_mention {:?} but no source",
                    c.id,
                    short(&m.text)
                ));
            }
            (None, None) => {}
        }
        if i > 0 && a.claims[i - 1].content.start > c.content.start {
            return Err(format!(
                "claims {} and {} are not in text order",
                a.claims[i - 1].id,
                c.id
            ));
        }
    }
    // Claim contents nest or stand apart; they never cross (empty contents
    // are checked separately).
    let mut contents: Vec<(usize, std::cmp::Reverse<usize>, &str)> = a
        .claims
        .iter()
        .map(|c| {
            (
                c.content.start,
                std::cmp::Reverse(c.content.end),
                c.id.as_str(),
            )
        })
        .collect();
    contents.sort();
    let mut open: Vec<(usize, &str)> = Vec::new();
    for &(start, std::cmp::Reverse(end), id) in &contents {
        while open
            .last()
            .is_some_and(|&(outer_end, _)| outer_end <= start)
        {
            open.pop();
        }
        if let Some(&(outer_end, outer)) = open.last() {
            if end > outer_end {
                return Err(format!("contents of claims {outer} and {id} overlap"));
            }
        }
        open.push((end, id));
    }
    Ok(())
}

/// A split quotation's parts: valid spans, at least two, in text order and
/// disjoint, inside the content's hull, the first starting and the last
/// ending it.
pub fn check_parts(ix: &Indexed, id: &str, content: &Content) -> Result<(), String> {
    let parts = &content.parts;
    if parts.is_empty() {
        return Ok(());
    }
    if parts.len() < 2 {
        return Err(format!("claim {id} has a single part"));
    }
    for (n, part) in parts.iter().enumerate() {
        check_span(ix, &format!("claim {id} part {n}"), part)?;
        if part.start >= part.end {
            return Err(format!("claim {id} part {n} is empty"));
        }
        if part.start < content.start || part.end > content.end {
            return Err(format!(
                "claim {id} part {n} {}..{} lies outside its content {}..{}",
                part.start, part.end, content.start, content.end
            ));
        }
        if n > 0 && parts[n - 1].end > part.start {
            return Err(format!(
                "claim {id} parts {} and {n} overlap or are out of order",
                n - 1
            ));
        }
    }
    if parts[0].start != content.start || parts[parts.len() - 1].end != content.end {
        return Err(format!(
            "claim {id}'s content {}..{} is not the hull of its parts",
            content.start, content.end
        ));
    }
    Ok(())
}

/// Every claim has some content: a claim about nothing is no claim.
pub fn check_contents_not_empty(a: &Analysis) -> Result<(), String> {
    match a.claims.iter().find(|c| c.content.start >= c.content.end) {
        Some(c) => Err(format!(
            "claim {} has empty content at {}",
            c.id, c.content.start
        )),
        None => Ok(()),
    }
}

/// Every span of the analysis, with a label (a content's parts too).
pub fn all_spans(a: &Analysis) -> Vec<(&'static str, Span)> {
    let mut out = Vec::new();
    for c in &a.claims {
        out.push(("content", c.content.span()));
        out.extend(c.content.parts.iter().map(|s| ("part", s.clone())));
        out.extend(c.cue.iter().map(|s| ("cue", s.clone())));
        out.extend(
            c.source_mention
                .iter()
                .map(|s| ("source_mention", s.clone())),
        );
        out.extend(c.hedges.iter().map(|s| ("hedge", s.clone())));
    }
    for s in &a.sources {
        out.extend(s.mentions.iter().map(|m| ("mention", m.clone())));
    }
    out
}

/// `analyze` answers, its output passes [`check`], and JSON round-trips.
pub fn analyze_checked(text: &str) -> Analysis {
    let a = whosaid::analyze(text);
    if let Err(e) = check(text, &a) {
        panic!("invalid analysis of {}: {e}", describe(text));
    }
    let back: Analysis = serde_json::from_str(&a.to_json()).expect("the JSON reads back");
    assert!(
        back == a,
        "the JSON of the analysis of {} does not read back equal",
        describe(text)
    );
    a
}

/// A short description of a (possibly huge) input for failure messages.
pub fn describe(text: &str) -> String {
    format!("{} bytes starting {:?}", text.len(), short(text))
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if s.chars().nth(80).is_some() {
        out.push('…');
    }
    out
}
