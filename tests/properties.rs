//! Properties of `whosaid::analyze` over random inputs (issue 5): it never
//! panics; every span lies inside the text on code-point boundaries and its
//! `text` is that slice; claim contents nest or stand apart, never cross; every claim's source
//! exists and owns the claim's mention, and no two sources share a mention;
//! the same input gives the same output; UTF-16 offsets (the DOM's) agree with
//! code points.
//!
//! Two kinds of input: arbitrary Unicode (any code point, controls and
//! unassigned ones included), and news-like strings assembled from quote
//! marks, reporting verbs, names, titles, abbreviations, punctuation and line
//! breaks, so that the engine's quote, cue and source paths actually run.
//! A failing case is shrunk and saved to `tests/properties.proptest-regressions`.

mod invariants;

use proptest::prelude::*;
use whosaid::text::utf16_from_char_offset;

/// Pieces of news text, chosen to hit the engine's paths: every quote mark
/// (curly, straight, guillemets, low-9, CJK), cues in several inflections and
/// constructions, sources of every kind, abbreviations that are not sentence
/// ends, and separators of every kind.
const PIECES: &[&str] = &[
    // quote marks
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "「",
    "」",
    "``",
    "''",
    // cues
    "said",
    "says",
    "told reporters",
    "added",
    "according to",
    "denied",
    "did not confirm",
    "believes",
    "wants",
    "hopes",
    "claimed",
    "is said to",
    "It was reported that",
    "reports suggest",
    "in a statement",
    "called",
    "that",
    "said that",
    "warned",
    "would later say",
    "has said",
    "asserted",
    "confirmed by",
    "it is understood that",
    // sources
    "the mayor",
    "Ana Ruiz",
    "Ruiz",
    "Kremlin spokesman Dmitry Peskov",
    "Peskov",
    "he",
    "she",
    "they",
    "it",
    "officials",
    "a source close to the talks",
    "two people familiar with the talks",
    "NHK and Vedomosti",
    "the U.S., South Korea, and their partners",
    "broadcaster NHK",
    "a leaked memo",
    "Wall Street",
    "New York",
    "White House",
    "Wall Street Journal",
    "court filings",
    "South Korean",
    "the ministry",
    "Dr. Haddad",
    "Mr.",
    // content words, hedges, numbers, abbreviations
    "We will not retreat",
    "exports fell",
    "a visit is",
    "in the pipeline",
    "may",
    "could",
    "reportedly",
    "allegedly",
    "if true",
    "as early as",
    "Jan.",
    "U.S.",
    "3.5",
    "$4.5 million",
    "J. R. R.",
    "e.g.",
    "No. 10",
    // punctuation and breaks
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "—",
    "–",
    "(",
    ")",
    "…",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    // other scripts and shapes
    "قال المتحدث",
    "אמר השר",
    "市長は述べた",
    "👩🏽‍⚕️",
    "🇰🇷",
    "e\u{301}",
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "\0",
];

/// A news-like string: pieces joined by a space, nothing, or a line break,
/// now and then an arbitrary character.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    let sep = prop::sample::select(&[" ", " ", " ", " ", "", "\n", ", "][..]);
    prop::collection::vec((piece, sep), 0..300).prop_map(|parts| {
        let mut s = String::new();
        for (piece, sep) in parts {
            s.push_str(&piece);
            s.push_str(sep);
        }
        s
    })
}

/// A quotation split around its frame, `“A,” he said, “b.”`, between pieces
/// of news-like text: the quoted pieces as well as the text.
fn split_quote() -> impl Strategy<Value = (String, String, String)> {
    let words = prop::collection::vec(
        prop::sample::select(
            &[
                "the", "vote", "will", "pass", "we", "hope", "it", "is", "a", "disaster", "and",
                "everyone", "knows", "that", "prices", "fell", "again",
            ][..],
        ),
        1..8,
    );
    let frame = prop::sample::select(
        &[
            "he said",
            "she said",
            "the mayor said",
            "said Ana Ruiz",
            "Ruiz added",
            "she told reporters",
        ][..],
    );
    (words.clone(), frame, words).prop_map(|(first, frame, second)| {
        let mut first = first.join(" ");
        first[..1].make_ascii_uppercase();
        let a = format!("“{first},”");
        let b = format!("“{}.”", second.join(" "));
        (format!("{a} {frame}, {b}"), a, b)
    })
}

/// Any code points at all.
fn unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300).prop_map(String::from_iter)
}

/// Everything that must hold for one input; `Err` names the first violation.
fn properties(text: &str) -> Result<(), TestCaseError> {
    let a = whosaid::analyze(text);
    invariants::check(text, &a).map_err(TestCaseError::fail)?;
    // Deterministic: the same input gives the same output, to the byte.
    let again = whosaid::analyze(text);
    prop_assert!(again == a, "a second analysis differs");
    prop_assert_eq!(again.to_json(), a.to_json());
    // UTF-16 offsets (the DOM's) agree with code points: the engine's
    // conversion equals an independent count, and the span's UTF-16 length is
    // its text's.
    let ix = invariants::Indexed::new(text);
    for (what, span) in invariants::all_spans(&a) {
        let start16 = utf16_from_char_offset(text, span.start);
        let end16 = utf16_from_char_offset(text, span.end);
        prop_assert_eq!(
            start16,
            text[..ix.byte(span.start)].encode_utf16().count(),
            "{} start",
            what
        );
        prop_assert_eq!(
            end16 - start16,
            span.text.encode_utf16().count(),
            "{} length",
            what
        );
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_unicode_gives_a_valid_analysis(text in unicode()) {
        properties(&text)?;
    }

    #[test]
    fn news_like_text_gives_a_valid_analysis(text in newsish()) {
        properties(&text)?;
    }

    #[test]
    fn claims_have_content(text in newsish()) {
        invariants::check_contents_not_empty(&whosaid::analyze(&text)).map_err(TestCaseError::fail)?;
    }

    /// A quotation split around its frame is one claim whose parts are the
    /// two quoted pieces, in order and inside the claim's content, and the
    /// frame between them belongs to no other claim.
    #[test]
    fn a_split_quotation_is_one_claim_with_its_pieces_as_parts(
        (text, a, b) in split_quote(),
        before in prop::sample::select(&[
            "",
            "The council met on Tuesday.\n",
            "Prices rose, the ministry said. ",
            "According to officials, the plan failed.\n\n",
        ][..]),
    ) {
        let text = format!("{before}{text}");
        let analysis = whosaid::analyze(&text);
        invariants::check(&text, &analysis).map_err(TestCaseError::fail)?;
        let split: Vec<_> = analysis.claims.iter().filter(|c| !c.content.parts.is_empty()).collect();
        let parts: Vec<&str> = split
            .last()
            .map(|c| c.content.parts.iter().map(|p| p.text.as_str()).collect())
            .unwrap_or_default();
        prop_assert_eq!(parts, vec![a.as_str(), b.as_str()], "in {:?}", text);
        let claim = split.last().unwrap();
        prop_assert!(claim.content.text.ends_with(&b));
        // (A claim nested inside one of the quoted pieces is no claim of the
        // frame: `“…,” he said, “we know it will pass.”`.)
        let in_a_part = |c: &&whosaid::Claim| {
            claim.content.parts.iter().any(|p| p.start <= c.content.start && c.content.end <= p.end)
        };
        prop_assert_eq!(
            analysis
                .claims
                .iter()
                .filter(|c| c.content.end > claim.content.start && !in_a_part(c))
                .count(),
            1,
            "the frame is claimed twice in {:?}",
            text
        );
    }

    /// The contract: every sentence belongs to at least one claim, so a text
    /// with a word in it has at least one claim.
    #[test]
    fn a_text_with_words_has_claims(text in newsish()) {
        prop_assume!(text.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 2));
        let a = whosaid::analyze(&text);
        prop_assert!(!a.claims.is_empty(), "no claim for {:?}", text);
    }
}

/// The offset helpers themselves, on characters of every UTF-8 and UTF-16 width.
#[test]
fn utf16_offsets_count_surrogate_pairs() {
    let text = "a\u{e9}\u{20ac}\u{1F600}b";
    let want = [0, 1, 2, 3, 5, 6];
    for (chars, units) in want.iter().enumerate() {
        assert_eq!(utf16_from_char_offset(text, chars), *units, "at {chars}");
    }
}

/// The checker itself catches each kind of violation, so a passing property
/// means something.
#[test]
fn the_checker_rejects_broken_analyses() {
    use whosaid::{Analysis, Claim, ClaimKind, Source, SourceKind, Span, Stance};
    let text = "“No,” he said. Rain fell.";
    let span = |start: usize, end: usize| Span {
        start,
        end,
        text: text.chars().skip(start).take(end - start).collect(),
    };
    let good = Analysis {
        version: 1,
        claims: vec![
            Claim {
                id: "c1".into(),
                kind: ClaimKind::DirectQuote,
                content: span(0, 5).into(),
                cue: Some(span(9, 13)),
                source: Some("s1".into()),
                source_mention: Some(span(6, 8)),
                stance: Some(Stance::Assert),
                hedges: vec![],
            },
            Claim {
                id: "c2".into(),
                kind: ClaimKind::Unattributed,
                content: span(15, 25).into(),
                cue: None,
                source: None,
                source_mention: None,
                stance: None,
                hedges: vec![],
            },
        ],
        sources: vec![Source {
            id: "s1".into(),
            name: "he".into(),
            role: None,
            affiliation: None,
            kind: SourceKind::Person,
            members: vec![],
            mentions: vec![span(6, 8)],
        }],
    };
    invariants::check(text, &good).unwrap();
    type Breaker<'a> = Box<dyn Fn(&mut Analysis) + 'a>;
    let broken: Vec<(&str, Breaker<'_>)> = vec![
        ("past the end", Box::new(|a| a.claims[1].content.end = 26)),
        (
            "start > end",
            Box::new(|a| a.claims[0].cue.as_mut().unwrap().start = 14),
        ),
        (
            "text not the slice",
            Box::new(|a| a.claims[0].content.text = "“No.”".into()),
        ),
        (
            "overlap",
            Box::new(|a| a.claims[1].content = span(4, 25).into()),
        ),
        (
            "a part outside the hull",
            Box::new(|a| a.claims[0].content.parts = vec![span(0, 2), span(3, 6)]),
        ),
        (
            "parts out of order",
            Box::new(|a| a.claims[0].content.parts = vec![span(3, 5), span(0, 2)]),
        ),
        (
            "overlapping parts",
            Box::new(|a| a.claims[0].content.parts = vec![span(0, 3), span(2, 5)]),
        ),
        (
            "a part that is not its slice",
            Box::new(|a| {
                let mut part = span(3, 5);
                part.text = "No".into();
                a.claims[0].content.parts = vec![span(0, 2), part];
            }),
        ),
        (
            "missing source",
            Box::new(|a| a.claims[0].source = Some("s9".into())),
        ),
        (
            "mention not its own",
            Box::new(|a| a.claims[0].source_mention = Some(span(9, 13))),
        ),
        (
            "unattributed with a cue",
            Box::new(|a| a.claims[1].cue = Some(span(9, 13))),
        ),
        (
            "duplicate claim id",
            Box::new(|a| a.claims[1].id = "c1".into()),
        ),
        (
            "shared mention",
            Box::new(|a| {
                let mut twin = a.sources[0].clone();
                twin.id = "s2".into();
                a.sources.push(twin);
            }),
        ),
        (
            "unknown member",
            Box::new(|a| a.sources[0].members = vec!["s7".into()]),
        ),
        ("wrong version", Box::new(|a| a.version = 2)),
    ];
    for (what, breaks) in broken {
        let mut a = good.clone();
        breaks(&mut a);
        assert!(
            invariants::check(text, &a).is_err(),
            "the checker misses: {what}"
        );
    }
    let mut parted = good.clone();
    parted.claims[0].content.parts = vec![span(0, 2), span(3, 5)];
    invariants::check(text, &parted).unwrap();
    let mut empty = good.clone();
    empty.claims[1].content = span(15, 15).into();
    assert!(invariants::check_contents_not_empty(&empty).is_err());
}
