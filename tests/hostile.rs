//! Hostile inputs (issue 5): each test feeds `whosaid::analyze` one shape an
//! article pasted from anywhere can take, and checks that the engine answers
//! and that its answer is valid (`tests/invariants`: spans inside the text
//! and equal to their slice, claims that nest but never cross, sources that exist and
//! own their mentions, JSON that reads back). Time proportional to size up to
//! 10 MB is shown by `benches/throughput.rs`, not asserted here.

mod invariants;

use invariants::{analyze_checked, check_contents_not_empty};

/// A paragraph of ordinary news, every construction of `ATTRIBUTION.md` once.
const NEWS: &str = "“We will not retreat,” the mayor said on Monday. \
Council member Ana Ruiz, a nurse, said that the vote came too late. \
According to court filings, the contractor may have underbid. \
Kremlin spokesman Dmitry Peskov mentioned that a visit is “in the pipeline.” \
Peskov denied that talks had stalled, and he added: “Nothing is decided.” \
It was reported that exports fell 3.5% in Jan. to $4.5 million. \
Reports from broadcaster NHK indicate that the U.S. plan was confirmed by the ministry.";

fn news_paragraphs(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + NEWS.len());
    while s.len() < bytes {
        s.push_str(NEWS);
        s.push_str("\n\n");
    }
    s
}

#[test]
fn ten_megabytes_of_news() {
    let text = news_paragraphs(10_000_000);
    let a = analyze_checked(&text);
    check_contents_not_empty(&a).unwrap();
}

#[test]
fn one_megabyte_paragraph_without_punctuation() {
    let words = [
        "the",
        "mayor",
        "said",
        "officials",
        "believe",
        "Ana",
        "Ruiz",
        "denied",
        "that",
        "exports",
        "fell",
        "according",
        "to",
        "he",
        "reportedly",
        "told",
        "reporters",
        "Peskov",
        "may",
    ];
    let mut text = String::with_capacity(1_000_100);
    let mut i = 0usize;
    while text.len() < 1_000_000 {
        text.push_str(words[(i * 7 + i / 19) % words.len()]);
        text.push(' ');
        i += 1;
    }
    analyze_checked(&text);
}

#[test]
fn one_megabyte_word_without_spaces() {
    analyze_checked(&"Saidsaid".repeat(125_000));
}

#[test]
fn a_hundred_thousand_opening_quote_marks() {
    for mark in ["“", "\"", "«", "‘", "„"] {
        analyze_checked(&mark.repeat(100_000));
    }
    // Each opening a quote with a cue and a source in it.
    analyze_checked(&"“We will, the mayor said ".repeat(100_000));
    // Opening marks, then one article: the article is still read.
    let text = format!("{}\n\n{NEWS}", "“".repeat(100_000));
    analyze_checked(&text);
}

#[test]
fn unbalanced_and_nested_quotes() {
    let cases = [
        "“We will not retreat,” the mayor said. “And we never will, she added.",
        "”We will not retreat,“ the mayor said.",
        "The mayor said: “He told me ‘they said “no” to us’ twice.”",
        "The mayor said: “He told me ‘they said “no” to us twice.",
        "\"'\"'\"'\"' the mayor said '\"'\"'\"",
        "“Outer “inner “innermost” still inner” outer,” he said.",
        "”””””” said he ““““““",
        "« Nous ne reculerons pas », a dit le maire. « Jamais, a-t-il ajouté.",
        "„Wir weichen nicht zurück“, sagte der Bürgermeister. ‚Nie‘, fügte er hinzu.",
        "「我们不会退缩」，市长说。『绝不』",
        "“First paragraph of a long quote.\n\n“Second paragraph, still quoted.\n\n“Last one,” she said.",
        "“Never closed.\n\nNext paragraph without a mark.\n\nThe ministry said that exports fell.",
        "He said ” and then “ and then ” and then “",
        "‘’‘’“”“”«»«»",
    ];
    for text in cases {
        let a = analyze_checked(text);
        check_contents_not_empty(&a).unwrap();
    }
}

#[test]
fn right_to_left_text() {
    let cases = [
        // Arabic, with Arabic quote marks and comma.
        "قال المتحدث باسم الوزارة إن «الصادرات تراجعت»، وفقاً لمصادر مطلعة.",
        // Hebrew, with Hebrew punctuation and a Latin name.
        "״לא נסוג״, אמר ראש העיר. לדברי Ana Ruiz, ההצבעה הגיעה מאוחר מדי.",
        // Mixed with bidi controls: RLO, PDF, LRM, RLM, isolates.
        "\u{202E}“We will not retreat,”\u{202C} the mayor said. \u{200F}قال\u{200E} Peskov.\u{2067}x\u{2069}",
        // An English article around an Arabic quote.
        "“ستنتهي الأزمة قريباً,” the minister said on Tuesday, according to officials.",
    ];
    for text in cases {
        analyze_checked(text);
    }
}

#[test]
fn emoji_with_skin_tones_and_zwj() {
    let cases = [
        "“👍🏿 We will not retreat 🇺🇦,” the mayor 👩🏽‍⚕️ said. 👨‍👩‍👧‍👦 Officials said that exports fell 📉.",
        "👩🏻‍🤝‍👩🏿 said: “🏳️‍🌈🏴‍☠️” 🧑🏾‍🚀🧑🏾‍🚀🧑🏾‍🚀",
        // A ZWJ sequence broken by a quote mark, and lone modifiers and joiners.
        "👩\u{200d}“💻” he said. \u{1F3FD}\u{200d}\u{200d}\u{fe0f} Ruiz said.",
    ];
    for text in cases {
        analyze_checked(text);
    }
    analyze_checked(&"👩🏽‍⚕️ said “🇰🇷”. ".repeat(20_000));
}

#[test]
fn combining_marks() {
    let cases = [
        "“Nous ne recule\u{301}rons pas,” said Jose\u{301} Ruiz.",
        // Combining marks right after quote marks and at the very start.
        "\u{301}“\u{308}We will\u{301},”\u{327} the mayor said\u{301}.",
        // Hangul jamo and Devanagari with vowel signs and virama.
        "“\u{1100}\u{1161}\u{11a8},” नमस्ते ने कहा। ক্ষ said.",
    ];
    for text in cases {
        analyze_checked(text);
    }
    // Zalgo: a hundred combining marks on every letter.
    let zalgo: String = "The mayor said “no.”"
        .chars()
        .flat_map(|c| std::iter::once(c).chain(std::iter::repeat_n('\u{336}', 100)))
        .collect();
    analyze_checked(&zalgo);
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    let cases = [
        "\0".to_owned(),
        "\0".repeat(10_000),
        format!("“We will\0 not retreat,”\0 the mayor\0 said.\0{controls}"),
        format!("{controls}{NEWS}{controls}"),
        "The mayor\u{8}\u{8}\u{8} said\u{1b}[31m “no”\u{7}.".to_owned(),
        "\u{2028}“We will not retreat,”\u{2029}the mayor said.\u{85}Ruiz said that\u{b}exports\u{c}fell."
            .to_owned(),
    ];
    for text in &cases {
        analyze_checked(text);
    }
}

#[test]
fn crlf_and_lone_cr() {
    let lf = news_paragraphs(3_000);
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let a_lf = analyze_checked(&lf);
    let a_crlf = analyze_checked(&crlf);
    let a_cr = analyze_checked(&cr);
    analyze_checked("\r\r\n\n\r\r\r\n");
    analyze_checked("“We will\r\nnot retreat,”\rthe mayor\r\n\r\nsaid.");
    // A file saved on Windows says the same: the same claims of the same kinds.
    let kinds = |a: &whosaid::Analysis| a.claims.iter().map(|c| c.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&a_crlf), kinds(&a_lf), "CRLF changes the claims");
    assert_eq!(kinds(&a_cr), kinds(&a_lf), "lone CR changes the claims");
}

#[test]
fn a_byte_order_mark() {
    let with_bom = format!("\u{feff}{NEWS}");
    let plain = analyze_checked(NEWS);
    let bom = analyze_checked(&with_bom);
    analyze_checked("\u{feff}");
    analyze_checked("\u{feff}\u{feff}“\u{feff}” said \u{feff}he");
    // The mark is one code point before the text: the same claims, one later.
    let shifted: Vec<(usize, usize)> = plain
        .claims
        .iter()
        .map(|c| (c.content.start + 1, c.content.end + 1))
        .collect();
    let got: Vec<(usize, usize)> = bom
        .claims
        .iter()
        .map(|c| {
            // A first claim may take the mark in; it then starts at 0.
            let lead = usize::from(c.content.text.starts_with('\u{feff}'));
            (c.content.start + lead, c.content.end)
        })
        .collect();
    assert_eq!(got, shifted, "a BOM changes the claims");
}

/// Other shapes that stress one part each: many sources, many cues with no
/// content, abbreviations, exotic whitespace, deep parentheses.
#[test]
fn other_degenerate_shapes() {
    // 5,000 distinct speakers: enough to show a superlinear source resolution
    // in the benchmark's linearity report without slowing this test down.
    let many_sources: String = (0..5_000)
        .map(|i| format!("Person{i} Name{i} said that x{i} rose. "))
        .collect();
    analyze_checked(&many_sources);
    analyze_checked(&"said ".repeat(200_000));
    analyze_checked(&"according to ".repeat(100_000));
    analyze_checked(&"U.S. Dr. Jan. 3.5 e.g. ".repeat(50_000));
    analyze_checked(&"\n".repeat(1_000_000));
    analyze_checked(&"\u{a0}\u{3000}\u{2003}\u{200b}".repeat(100_000));
    analyze_checked(&format!(
        "{}the mayor said so{}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    ));
    analyze_checked(&"he said he said he said. ".repeat(40_000));
}

/// Found by `scripts/fuzz.sh` (minimized from a fixture-like article): a name
/// that begins a longer lexicon entry (`Wall Street` of `Wall Street Journal`,
/// `New York` of `New York Times`) as the last words of the text made the
/// engine read the token after the last one (index out of bounds in
/// `segment::Document::norm`).
#[test]
fn fuzz_regression_a_lexicon_prefix_at_the_very_end() {
    for text in [
        "Wall Street",
        "New York",
        "Wall Street\n",
        "He said Wall Street",
        "The deal, Reuters said, hit New York",
    ] {
        analyze_checked(text);
    }
}

/// A frame's comma at the very end of the text: the content rules look one
/// word past it (found by the property tests).
#[test]
fn a_comma_at_the_end_of_the_text() {
    for text in [
        "said It was reported that said said said, ",
        "it is understood that said, \n ",
        "He said it would rain,",
        "Clinton Says Trump Is Unfit,",
        "“I think we want it,” Lowe said,",
    ] {
        let analysis = whosaid::analyze(text);
        assert!(analysis
            .claims
            .iter()
            .all(|c| c.content.end <= text.chars().count()));
    }
}

/// A frame's source at the very end of the text: the rules after it look one
/// word past it (found by the property tests).
#[test]
fn a_source_at_the_end_of_the_text() {
    for text in [
        "“ “ according to the mayor ",
        "according to the mayor",
        "The plan, which the mayor said",
        "Staff were told",
        "Ortega rejected that",
        "WASHINGTON —",
        "Sen. Ann Lowe (D-Ore.",
        "a claim Democrats dispute",
        "\n hopes warned said said said said said ",
        "Pence told NBC",
        "Said Hale",
        "He went on:",
        "Many said",
        "according to a poll released by",
        "Half of voters, 50%, say",
        "compared with 38 percent who said",
        "reported, citing people",
        "Six in",
        "“We will win,” Hale said, “and we will,”",
        "Hale called it “a sham,”",
        "Sen. Ann Lowe, D-Ore.",
        "The bill was sponsored by Rep. Tim Ortiz, R-N.M., who",
        "Two people briefed on",
        "People close to",
        "As Hale put it at",
    ] {
        analyze_checked(text);
    }
}
