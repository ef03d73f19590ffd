//! The result types: what `analyze` returns and what every other part of the
//! project (CLI, reader, embed) consumes. They serialize with serde to exactly
//! the JSON contract (version 1) of `ATTRIBUTION.md`: claims and sources, with
//! spans counted in Unicode code points of the input text. One optional
//! addition, still version 1: a content split around its frame is one claim
//! whose `content` is the hull of its pieces and lists them as `parts` (see
//! [`Content`]).

use serde::{Deserialize, Serialize};

/// The version of the JSON contract this crate speaks.
pub const CONTRACT_VERSION: u32 = 1;

/// A piece of the input text: `start` inclusive, `end` exclusive, both in
/// Unicode code points; `text` is exactly that slice of the input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What a claim attributes: a span (its hull: from the start of its first
/// piece to the end of its last), and, for a content split around its frame
/// (a quotation, `“My hope,” he said, “is that the vote passes.”`, or a
/// clause, `Exports, the ministry said, fell.`), the pieces as `parts`, in
/// text order, disjoint and inside the hull. The frame between them is not
/// content. `parts` is absent from the JSON when the content is
/// one piece, so a contract reader that knows only spans still reads every
/// claim (version 1 is unchanged for them).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Content {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Span>,
}

impl Content {
    /// The hull as a plain span.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
            text: self.text.clone(),
        }
    }

    /// The pieces that are marked as this claim, as `(start, end)` in text
    /// order: the parts, or the whole span when it is one piece.
    pub fn pieces(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let whole = self.parts.is_empty().then_some((self.start, self.end));
        whole
            .into_iter()
            .chain(self.parts.iter().map(|p| (p.start, p.end)))
    }
}

impl From<Span> for Content {
    fn from(span: Span) -> Content {
        Content {
            start: span.start,
            end: span.end,
            text: span.text,
            parts: Vec::new(),
        }
    }
}

/// How a claim is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A full quotation: `“We will not retreat,” the mayor said.`
    DirectQuote,
    /// Quoted words inside the writer's paraphrase: `called the plan “a disaster.”`
    PartialQuote,
    /// Reported speech or thought: `The ministry said that exports fell.`
    Indirect,
    /// `According to court filings, ...`
    AccordingTo,
    /// A cue whose content is a noun phrase: `lauds the growing ties`.
    Reported,
    /// The writer's own voice: nobody in the article stands behind it.
    Unattributed,
}

impl ClaimKind {
    /// The contract's name for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::DirectQuote => "direct_quote",
            ClaimKind::PartialQuote => "partial_quote",
            ClaimKind::Indirect => "indirect",
            ClaimKind::AccordingTo => "according_to",
            ClaimKind::Reported => "reported",
            ClaimKind::Unattributed => "unattributed",
        }
    }
}

/// The source's attitude to what is attributed to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Assert,
    Deny,
    Confirm,
    Allege,
    Suggest,
    Praise,
    Criticize,
    Believe,
    Intend,
    Question,
}

impl Stance {
    /// Every stance, in the contract's order.
    pub const ALL: [Stance; 10] = [
        Stance::Assert,
        Stance::Deny,
        Stance::Confirm,
        Stance::Allege,
        Stance::Suggest,
        Stance::Praise,
        Stance::Criticize,
        Stance::Believe,
        Stance::Intend,
        Stance::Question,
    ];

    /// The contract's name for this stance.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
            Stance::Confirm => "confirm",
            Stance::Allege => "allege",
            Stance::Suggest => "suggest",
            Stance::Praise => "praise",
            Stance::Criticize => "criticize",
            Stance::Believe => "believe",
            Stance::Intend => "intend",
            Stance::Question => "question",
        }
    }

    /// Parses the contract's name of a stance.
    pub fn parse(name: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// What kind of entity a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Person,
    Organization,
    Media,
    /// States, ministries, agencies.
    Government,
    /// Filings, memos, reports as texts.
    Document,
    /// Unnamed people or unnamed reports.
    Anonymous,
    /// Several sources speaking together; each member is a source of its own.
    Group,
}

impl SourceKind {
    /// Every kind, in the contract's order.
    pub const ALL: [SourceKind; 7] = [
        SourceKind::Person,
        SourceKind::Organization,
        SourceKind::Media,
        SourceKind::Government,
        SourceKind::Document,
        SourceKind::Anonymous,
        SourceKind::Group,
    ];

    /// The contract's name for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Media => "media",
            SourceKind::Government => "government",
            SourceKind::Document => "document",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Group => "group",
        }
    }
}

/// One attributed or unattributed claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `c1`, `c2`, ... in text order.
    pub id: String,
    pub kind: ClaimKind,
    /// What is attributed; a content split around its frame also lists its
    /// `parts`.
    pub content: Content,
    /// The words that mark the attribution; `None` for the writer's voice.
    pub cue: Option<Span>,
    /// The id of the resolved source; `None` for the writer's voice.
    pub source: Option<String>,
    /// Where this claim names its source (`he`, `Peskov`); `None` when the
    /// sentence names none (agentless passive) or for the writer's voice.
    pub source_mention: Option<Span>,
    pub stance: Option<Stance>,
    pub hedges: Vec<Span>,
}

/// A source, resolved once per article with every mention linked to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// `s1`, `s2`, ... in order of first mention.
    pub id: String,
    /// Canonical name: `Dmitry Peskov`, not `Peskov` or `he`.
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub kind: SourceKind,
    /// For a group: the ids of its member sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    pub mentions: Vec<Span>,
}

/// Everything whosaid finds in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub version: u32,
    pub claims: Vec<Claim>,
    pub sources: Vec<Source>,
}

impl Analysis {
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The source a claim is attributed to, if any.
    pub fn source_of(&self, claim: &Claim) -> Option<&Source> {
        claim.source.as_deref().and_then(|id| self.source(id))
    }

    /// The claims attributed to a source, in text order.
    pub fn claims_by<'a>(&'a self, source_id: &'a str) -> impl Iterator<Item = &'a Claim> + 'a {
        self.claims
            .iter()
            .filter(move |c| c.source.as_deref() == Some(source_id))
    }

    /// The contract's JSON for this analysis: the same bytes as
    /// `serde_json::to_string` (a test holds them equal), written by hand so
    /// that the embed's WebAssembly carries none of serde's code.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        json::analysis(&mut out, self);
        out
    }

    /// The contract's JSON, indented for people.
    pub fn to_json_pretty(&self) -> String {
        serialized(serde_json::to_string_pretty(self))
    }
}

/// The model always serializes: it holds no maps or floats. (No `expect`:
/// formatting the error would put serde_json's `Debug` in every bundle.)
fn serialized(json: Result<String, serde_json::Error>) -> String {
    match json {
        Ok(json) => json,
        Err(_) => unreachable!("the model serializes: it holds no maps or floats"),
    }
}

/// The contract's JSON written by hand, compactly, as serde_json writes the
/// derived `Serialize` of these types: fields in declaration order, `None`
/// as `null`, `parts` and `members` left out when empty, enums by their
/// contract names, and strings escaped as serde_json escapes them.
mod json {
    use super::{Analysis, Claim, Content, Source, Span};

    pub(super) fn analysis(out: &mut String, analysis: &Analysis) {
        out.push_str("{\"version\":");
        number(out, analysis.version as usize);
        out.push_str(",\"claims\":");
        list(out, &analysis.claims, claim);
        out.push_str(",\"sources\":");
        list(out, &analysis.sources, source);
        out.push('}');
    }

    fn claim(out: &mut String, claim: &Claim) {
        out.push_str("{\"id\":");
        string(out, &claim.id);
        out.push_str(",\"kind\":");
        string(out, claim.kind.as_str());
        out.push_str(",\"content\":");
        content(out, &claim.content);
        out.push_str(",\"cue\":");
        optional(out, claim.cue.as_ref(), span);
        out.push_str(",\"source\":");
        optional(out, claim.source.as_ref(), |out, id| string(out, id));
        out.push_str(",\"source_mention\":");
        optional(out, claim.source_mention.as_ref(), span);
        out.push_str(",\"stance\":");
        optional(out, claim.stance.as_ref(), |out, s| string(out, s.as_str()));
        out.push_str(",\"hedges\":");
        list(out, &claim.hedges, span);
        out.push('}');
    }

    fn content(out: &mut String, content: &Content) {
        out.push('{');
        span_fields(out, content.start, content.end, &content.text);
        if !content.parts.is_empty() {
            out.push_str(",\"parts\":");
            list(out, &content.parts, span);
        }
        out.push('}');
    }

    fn source(out: &mut String, source: &Source) {
        out.push_str("{\"id\":");
        string(out, &source.id);
        out.push_str(",\"name\":");
        string(out, &source.name);
        out.push_str(",\"role\":");
        optional(out, source.role.as_ref(), |out, r| string(out, r));
        out.push_str(",\"affiliation\":");
        optional(out, source.affiliation.as_ref(), |out, a| string(out, a));
        out.push_str(",\"kind\":");
        string(out, source.kind.as_str());
        if !source.members.is_empty() {
            out.push_str(",\"members\":");
            list(out, &source.members, |out, id| string(out, id));
        }
        out.push_str(",\"mentions\":");
        list(out, &source.mentions, span);
        out.push('}');
    }

    fn span(out: &mut String, span: &Span) {
        out.push('{');
        span_fields(out, span.start, span.end, &span.text);
        out.push('}');
    }

    /// A span's fields, as a span and a content both open with them.
    fn span_fields(out: &mut String, start: usize, end: usize, text: &str) {
        out.push_str("\"start\":");
        number(out, start);
        out.push_str(",\"end\":");
        number(out, end);
        out.push_str(",\"text\":");
        string(out, text);
    }

    fn list<T>(out: &mut String, items: &[T], item: impl Fn(&mut String, &T)) {
        out.push('[');
        for (n, value) in items.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            item(out, value);
        }
        out.push(']');
    }

    fn optional<T>(out: &mut String, value: Option<&T>, write: impl Fn(&mut String, &T)) {
        match value {
            Some(value) => write(out, value),
            None => out.push_str("null"),
        }
    }

    /// A count in decimal digits.
    fn number(out: &mut String, n: usize) {
        if n >= 10 {
            number(out, n / 10);
        }
        out.push(char::from(b'0' + (n % 10) as u8));
    }

    /// A JSON string: quotes and backslashes escaped, control characters as
    /// `\n`, `\t`, … or `\u00XX` (lowercase hex), everything else as it is.
    fn string(out: &mut String, text: &str) {
        out.push('"');
        let mut clean = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escaped = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..0x20 => "\\u00",
                _ => continue,
            };
            out.push_str(&text[clean..at]);
            out.push_str(escaped);
            // `\u00` takes the byte's two hex digits.
            if escaped.len() == 4 {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
            clean = at + 1;
        }
        out.push_str(&text[clean..]);
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_quotation_lists_its_parts_inside_content() {
        let text = "“My hope,” he said, “is that the vote passes.”";
        let analysis = crate::analyze(text);
        let json: serde_json::Value = serde_json::from_str(&analysis.to_json()).unwrap();
        let claims = json["claims"].as_array().unwrap();
        assert_eq!(claims.len(), 1, "{json}");
        let content = &claims[0]["content"];
        assert_eq!(
            (&content["start"], &content["end"], &content["text"]),
            (&0.into(), &46.into(), &text.into())
        );
        assert_eq!(
            content["parts"],
            serde_json::json!([
                {"start": 0, "end": 10, "text": "“My hope,”"},
                {"start": 20, "end": 46, "text": "“is that the vote passes.”"}
            ])
        );
        assert_eq!(claims[0]["cue"]["text"], "said");
        // It reads back the same.
        let back: Analysis = serde_json::from_str(&analysis.to_json()).unwrap();
        assert_eq!(back, analysis);
    }

    #[test]
    fn a_content_of_one_piece_has_no_parts_in_json() {
        let analysis = crate::analyze("“We will not retreat,” the mayor said.");
        assert!(analysis
            .to_json()
            .contains(r#""content":{"start":0,"end":22,"text":"“We will not retreat,”"},"#));
        // A contract document without `parts` reads as a one-piece content.
        let back: Analysis = serde_json::from_str(&analysis.to_json()).unwrap();
        assert!(back.claims[0].content.parts.is_empty());
        assert!(back.claims[0].content.pieces().eq([(0, 22)]));
    }

    #[test]
    fn the_hand_written_json_is_serde_json_s_to_the_byte() {
        let serde = |a: &Analysis| serde_json::to_string(a).unwrap();
        let mut texts: Vec<String> = Vec::new();
        for dir in ["tests/fixtures", "tests/realnews", "tests/politics"] {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        assert!(texts.len() >= 10, "the fixtures are there");
        for text in &texts {
            let analysis = crate::analyze(text);
            assert_eq!(analysis.to_json(), serde(&analysis));
        }
        // Every escape, a group's members, a split content's parts, nulls.
        let every_byte: String = (0u8..0x80).map(char::from).collect();
        let tricky = format!("{every_byte} “é” 🙂 \\ \" \u{2028}");
        let span = |text: &str| Span {
            start: 0,
            end: 123_456_789,
            text: text.to_string(),
        };
        let analysis = Analysis {
            version: CONTRACT_VERSION,
            claims: vec![
                Claim {
                    id: "c1".into(),
                    kind: ClaimKind::PartialQuote,
                    content: Content {
                        parts: vec![span(&tricky), span("")],
                        ..span(&tricky).into()
                    },
                    cue: Some(span("said")),
                    source: Some("s2".into()),
                    source_mention: Some(span(&tricky)),
                    stance: Some(Stance::Question),
                    hedges: vec![span("may"), span(&tricky)],
                },
                Claim {
                    id: tricky.clone(),
                    kind: ClaimKind::Unattributed,
                    content: span("").into(),
                    cue: None,
                    source: None,
                    source_mention: None,
                    stance: None,
                    hedges: Vec::new(),
                },
            ],
            sources: vec![Source {
                id: "s2".into(),
                name: tricky.clone(),
                role: Some(tricky.clone()),
                affiliation: None,
                kind: SourceKind::Group,
                members: vec!["s1".into(), tricky.clone()],
                mentions: vec![span(&tricky)],
            }],
        };
        assert_eq!(analysis.to_json(), serde(&analysis));
        for kind in [
            ClaimKind::DirectQuote,
            ClaimKind::PartialQuote,
            ClaimKind::Indirect,
            ClaimKind::AccordingTo,
            ClaimKind::Reported,
            ClaimKind::Unattributed,
        ] {
            let mut a = analysis.clone();
            a.claims[0].kind = kind;
            a.sources.clear();
            assert_eq!(a.to_json(), serde(&a));
        }
        for stance in Stance::ALL {
            let mut a = analysis.clone();
            a.claims[0].stance = Some(stance);
            assert_eq!(a.to_json(), serde(&a));
        }
        for kind in SourceKind::ALL {
            let mut a = analysis.clone();
            a.sources[0].kind = kind;
            a.sources[0].members.clear();
            assert_eq!(a.to_json(), serde(&a));
        }
    }
}
