//! Component tests of the reader, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test wasm_reader` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner`
//! (scripts/test.sh sets it up).
//!
//! The analysis here is written by hand, so these tests check the reader
//! alone, whatever the engine finds; the end-to-end tests check both.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use whosaid::segment::Document;
use whosaid::ui::layout::{paragraph_ranges, sentences, Node, Shares};
use whosaid::ui::{dom, Doc, Reader, ReaderProps};
use whosaid::{Analysis, Claim, ClaimKind, Source, SourceKind, Span, Stance, CONTRACT_VERSION};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "Kremlin aide hints at summit
Kremlin spokesman Dmitry Peskov mentioned that a visit is “in the pipeline.” Peskov said the dates were not set.
Officials said the talks could resume. Broadcaster NHK and daily Vedomosti reported the plan.
The region has long been tense.
“We will not retreat.
“Not now, not ever,” the mayor said.";

/// The span of the `nth` occurrence of `needle`, in code points.
fn span_n(text: &str, needle: &str, nth: usize) -> Span {
    let byte = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} is in the text"))
        .0;
    let start = text[..byte].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
        text: needle.to_string(),
    }
}

fn span(text: &str, needle: &str) -> Span {
    span_n(text, needle, 0)
}

/// From the start of `first` to the end of `last`.
fn span_between(text: &str, first: &str, last: &str) -> Span {
    let a = span(text, first);
    let b = span(text, last);
    Span {
        start: a.start,
        end: b.end,
        text: text.chars().skip(a.start).take(b.end - a.start).collect(),
    }
}

#[allow(clippy::too_many_arguments)]
fn claim(
    id: &str,
    kind: ClaimKind,
    content: Span,
    cue: Option<Span>,
    source: Option<&str>,
    mention: Option<Span>,
    stance: Option<Stance>,
    hedges: Vec<Span>,
) -> Claim {
    Claim {
        id: id.into(),
        kind,
        content: content.into(),
        cue,
        source: source.map(Into::into),
        source_mention: mention,
        stance,
        hedges,
    }
}

/// A claim in the writer's own voice: no cue, source, stance or hedge.
fn writer_claim(id: &str, content: Span) -> Claim {
    claim(
        id,
        ClaimKind::Unattributed,
        content,
        None,
        None,
        None,
        None,
        vec![],
    )
}

fn source(id: &str, name: &str, role: Option<&str>, aff: Option<&str>, kind: SourceKind) -> Source {
    Source {
        id: id.into(),
        name: name.into(),
        role: role.map(Into::into),
        affiliation: aff.map(Into::into),
        kind,
        members: Vec::new(),
        mentions: Vec::new(),
    }
}

fn analysis() -> Analysis {
    let t = ARTICLE;
    let mut group = source("s5", "NHK and Vedomosti", None, None, SourceKind::Group);
    group.members = vec!["s3".into(), "s4".into()];
    Analysis {
        version: CONTRACT_VERSION,
        claims: vec![
            claim(
                "c1",
                ClaimKind::PartialQuote,
                span(t, "a visit is “in the pipeline.”"),
                Some(span(t, "mentioned")),
                Some("s1"),
                Some(span(t, "Kremlin spokesman Dmitry Peskov")),
                Some(Stance::Assert),
                vec![],
            ),
            claim(
                "c2",
                ClaimKind::Indirect,
                span(t, "the dates were not set"),
                Some(span(t, "said")),
                Some("s1"),
                Some(span_n(t, "Peskov", 1)),
                Some(Stance::Assert),
                vec![],
            ),
            claim(
                "c3",
                ClaimKind::Indirect,
                span(t, "the talks could resume"),
                Some(span_n(t, "said", 1)),
                Some("s2"),
                Some(span(t, "Officials")),
                Some(Stance::Suggest),
                vec![span(t, "could")],
            ),
            claim(
                "c4",
                ClaimKind::Reported,
                span(t, "the plan"),
                Some(span(t, "reported")),
                Some("s5"),
                Some(span(t, "Broadcaster NHK and daily Vedomosti")),
                Some(Stance::Assert),
                vec![],
            ),
            writer_claim("c5", span(t, "The region has long been tense.")),
            claim(
                "c6",
                ClaimKind::DirectQuote,
                span_between(t, "“We will", "not ever,”"),
                Some(span_n(t, "said", 2)),
                Some("s6"),
                Some(span(t, "the mayor")),
                Some(Stance::Assert),
                vec![],
            ),
        ],
        sources: vec![
            source(
                "s1",
                "Dmitry Peskov",
                Some("spokesman"),
                Some("Kremlin"),
                SourceKind::Person,
            ),
            source("s2", "officials", None, None, SourceKind::Anonymous),
            source("s3", "NHK", Some("broadcaster"), None, SourceKind::Media),
            source("s4", "Vedomosti", None, None, SourceKind::Media),
            group,
            source("s6", "the mayor", Some("mayor"), None, SourceKind::Person),
        ],
    }
}

fn doc() -> Rc<Doc> {
    Rc::new(Doc::new(ARTICLE, analysis(), "test article"))
}

/// Lets Yew render what the last events changed.
async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// Mounts a reader showing the test article in a fresh element.
async fn mount() -> Element {
    mount_doc(doc()).await
}

/// Mounts a reader showing `d` in a fresh element.
async fn mount_doc(d: Rc<Doc>) -> Element {
    let document = dom::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Reader>::with_root_and_props(root.clone(), ReaderProps { doc: Some(d) })
        .render();
    settle().await;
    root
}

fn unmount(root: Element) {
    // The card lives in the reader; removing the root removes everything.
    root.remove();
}

fn q(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn qa(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn html_el(el: Element) -> HtmlElement {
    el.dyn_into().unwrap()
}

fn card_text(root: &Element) -> String {
    q(root, "#whosaid-card")
        .and_then(|c| c.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn paragraphs_are_lines_or_blank_separated_blocks() {
    assert_eq!(
        paragraph_ranges(&Document::new("One.\nTwo.\n")),
        vec![(0, 4), (5, 9)]
    );
    // With blank lines, single newlines are soft wraps inside a paragraph.
    assert_eq!(
        paragraph_ranges(&Document::new("One\nline.\n\n  Two.  ")),
        vec![(0, 9), (13, 17)]
    );
    assert!(paragraph_ranges(&Document::new(" \n\n ")).is_empty());
    // The engine's paragraphs: Windows line ends break lines too.
    assert_eq!(
        paragraph_ranges(&Document::new("One.\r\nTwo.")),
        vec![(0, 4), (6, 10)]
    );
}

#[wasm_bindgen_test]
fn sentences_skip_titles_and_initialisms() {
    let text = "Dr. Ruiz met U.S. envoys. “Go,” she said. Then 3 left!\nNew para";
    let got: Vec<String> = sentences(&Document::new(text))
        .into_iter()
        .map(|(s, e)| text.chars().skip(s).take(e - s).collect())
        .collect();
    assert_eq!(
        got,
        vec![
            "Dr. Ruiz met U.S. envoys.",
            "“Go,” she said.",
            "Then 3 left!",
            "New para"
        ]
    );
}

#[wasm_bindgen_test]
fn shares_count_sentences_by_source_and_round_to_100() {
    let d = doc();
    // Headline and the writer's sentence: none; Peskov ×2, NHK group, the
    // mayor's two paragraphs: named; officials: anonymous.
    assert_eq!(
        d.shares,
        Shares {
            named: 5,
            anonymous: 1,
            none: 2
        }
    );
    assert_eq!(d.shares.percentages().iter().sum::<usize>(), 100);
    let thirds = Shares {
        named: 1,
        anonymous: 1,
        none: 1,
    };
    assert_eq!(thirds.percentages(), [34, 33, 33]);
}

#[wasm_bindgen_test]
fn a_quote_over_two_paragraphs_has_one_first_piece() {
    let d = doc();
    let quote = d.claim_index("c6").unwrap();
    let pieces: Vec<bool> = d
        .paragraphs
        .iter()
        .flat_map(|p| p.nodes.iter())
        .filter_map(|n| match n {
            Node::Mark { claim, first, .. } if *claim == quote => Some(*first),
            _ => None,
        })
        .collect();
    assert_eq!(pieces, vec![true, false]);
    assert!(
        d.paragraphs[0].heading,
        "the short first line is the headline"
    );
}

#[wasm_bindgen_test]
async fn a_nested_claim_cuts_its_hosts_mark_instead_of_nesting_in_it() {
    // Interactive controls must not nest (axe's nested-interactive): the
    // host's mark goes around the nested claim in pieces.
    let text = "“I think it will pass,” Lowe said.";
    let mut a = analysis();
    a.claims = vec![
        writer_claim("c1", span(text, "“I think it will pass,”")),
        writer_claim("c2", span(text, "it will pass")),
    ];
    let d = Rc::new(Doc::new(text, a, "t"));
    let root = mount_doc(d).await;
    assert!(
        qa(&root, "mark.claim mark.claim").is_empty(),
        "no mark in a mark"
    );
    let host: Vec<String> = qa(&root, "mark.claim[data-claim='0']")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(host, vec!["“I think ", ",”"]);
    assert_eq!(
        qa(&root, "mark.claim[tabindex='0']").len(),
        2,
        "one Tab stop per claim"
    );
    assert_eq!(q(&root, "article").unwrap().text_content().unwrap(), text);
    unmount(root);
}

#[wasm_bindgen_test]
fn crossing_claims_still_nest() {
    let text = "aaaa bbbb cccc";
    let mut a = analysis();
    a.claims = vec![
        writer_claim("c1", span(text, "aaaa bbbb")),
        writer_claim("c2", span(text, "bbbb cccc")),
    ];
    let d = Doc::new(text, a, "t");
    let nodes = &d.paragraphs[0].nodes;
    assert_eq!(nodes.len(), 2, "{nodes:?}");
    assert!(matches!(
        nodes[1],
        Node::Mark {
            start: 9,
            end: 14,
            ..
        }
    ));
}

#[wasm_bindgen_test]
async fn spans_out_of_range_or_reversed_do_not_break_the_page() {
    let text = "Short text.";
    let mut a = analysis();
    let bad = |start, end| Span {
        start,
        end,
        text: String::new(),
    };
    a.claims[0].content = bad(5, 500).into();
    a.claims[1].content = bad(9, 3).into();
    a.claims[2].content = bad(400, 900).into();
    a.claims[0].cue = Some(bad(700, 800));
    a.claims[0].hedges = vec![bad(3, 1)];
    let d = Rc::new(Doc::new(text, a, "t"));
    assert_eq!(d.slice(5, 500), " text.", "clamped to the text");
    let root = mount_doc(d).await;
    assert_eq!(q(&root, "article").unwrap().text_content().unwrap(), text);
    html_el(q(&root, "#claim-c1").unwrap()).click();
    settle().await;
    assert!(q(&root, "#whosaid-card").is_some());
    assert_eq!(q(&root, "article").unwrap().text_content().unwrap(), text);
    unmount(root);
}

#[wasm_bindgen_test]
async fn claims_are_marked_in_place_and_reachable_by_tab() {
    let root = mount().await;
    let marks = qa(&root, "mark.claim[tabindex='0']");
    assert_eq!(marks.len(), 6, "one Tab stop per claim");
    let peskov = q(&root, "#claim-c1").unwrap();
    assert_eq!(
        peskov.text_content().unwrap(),
        "a visit is “in the pipeline.”"
    );
    assert!(peskov.class_list().contains("k-person"));
    assert_eq!(peskov.get_attribute("role").as_deref(), Some("button"));
    assert!(q(&root, "#claim-c3")
        .unwrap()
        .class_list()
        .contains("k-anonymous"));
    assert!(q(&root, "#claim-c5")
        .unwrap()
        .class_list()
        .contains("k-none"));
    // The quote over two paragraphs: a second, untabbable piece.
    assert_eq!(qa(&root, "mark.claim.cont").len(), 1);
    // The text reads exactly as the article.
    let article = q(&root, "article").unwrap().text_content().unwrap();
    assert_eq!(article, ARTICLE.replace('\n', ""));
    unmount(root);
}

#[wasm_bindgen_test]
async fn focus_opens_the_card_of_that_claim() {
    let root = mount().await;
    assert!(q(&root, "#whosaid-card").is_none());
    html_el(q(&root, "#claim-c1").unwrap()).focus().unwrap();
    settle().await;
    let card = q(&root, "#whosaid-card").expect("the card opens on focus");
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    let label = card.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        dom::document()
            .get_element_by_id(&label)
            .unwrap()
            .text_content()
            .unwrap(),
        "Dmitry Peskov"
    );
    let text = card_text(&root);
    for expected in [
        "spokesman",
        "Kremlin",
        "Person",
        "“mentioned”",
        "Partial quote",
        "asserts",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text:?}");
    }
    // The other claim by Peskov is offered as a link.
    let link = q(&card, "a[href='#claim-c2']").expect("a link to Peskov's other claim");
    assert_eq!(link.text_content().unwrap(), "the dates were not set");
    // The claim says its card is open, and the cue is picked out in the text.
    let mark = q(&root, "#claim-c1").unwrap();
    assert_eq!(mark.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(
        q(&root, "article .deco.cue")
            .unwrap()
            .text_content()
            .unwrap(),
        "mentioned"
    );
    // Focus elsewhere closes it.
    html_el(mark).blur().unwrap();
    settle().await;
    assert!(q(&root, "#whosaid-card").is_none());
    unmount(root);
}

#[wasm_bindgen_test]
async fn hover_opens_and_leaving_closes_after_a_grace_period() {
    let root = mount().await;
    let mark = q(&root, "#claim-c3").unwrap();
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type("mouse");
    let enter = web_sys::PointerEvent::new_with_event_init_dict("pointerenter", &init).unwrap();
    mark.dispatch_event(&enter).unwrap();
    settle().await;
    let text = card_text(&root);
    assert!(
        text.contains("officials") && text.contains("Anonymous"),
        "{text}"
    );
    assert!(text.contains("could"), "the hedge is listed: {text}");
    let leave = web_sys::PointerEvent::new_with_event_init_dict("pointerleave", &init).unwrap();
    mark.dispatch_event(&leave).unwrap();
    settle().await;
    assert!(
        q(&root, "#whosaid-card").is_some(),
        "still open during the grace period"
    );
    yew::platform::time::sleep(Duration::from_millis(450)).await;
    settle().await;
    assert!(q(&root, "#whosaid-card").is_none(), "closed after it");
    unmount(root);
}

#[wasm_bindgen_test]
async fn tap_pins_the_card_and_escape_closes_it() {
    let root = mount().await;
    html_el(q(&root, "#claim-c4").unwrap()).click();
    settle().await;
    let text = card_text(&root);
    assert!(text.contains("NHK and Vedomosti"), "{text}");
    assert!(text.contains("Speaking together: NHK, Vedomosti"), "{text}");
    assert!(q(&root, "#whosaid-card.pinned").is_some());
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    dom::document().dispatch_event(&esc).unwrap();
    settle().await;
    assert!(
        q(&root, "#whosaid-card").is_none(),
        "Escape closes the card"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_writers_voice_has_its_own_card() {
    let root = mount().await;
    html_el(q(&root, "#claim-c5").unwrap()).click();
    settle().await;
    let text = card_text(&root);
    assert!(text.contains("The writer"), "{text}");
    assert!(
        text.contains("Nobody in the article stands behind this statement."),
        "{text}"
    );
    unmount(root);
}

const SPLIT: &str =
    "“My hope,” the mayor said, “is that the vote passes.” The mayor added that taxes would rise.";

/// A quotation split around its frame (one claim, two parts) and another
/// claim by the same source.
fn split_doc() -> Rc<Doc> {
    let t = SPLIT;
    let mut quote = claim(
        "c1",
        ClaimKind::DirectQuote,
        span_between(t, "“My hope,”", "“is that the vote passes.”"),
        Some(span(t, "said")),
        Some("s1"),
        Some(span(t, "the mayor")),
        Some(Stance::Assert),
        vec![],
    );
    quote.content.parts = vec![span(t, "“My hope,”"), span(t, "“is that the vote passes.”")];
    let mut mayor = source("s1", "mayor", None, None, SourceKind::Person);
    mayor.mentions = vec![span(t, "the mayor"), span(t, "The mayor")];
    let analysis = Analysis {
        version: CONTRACT_VERSION,
        claims: vec![
            quote,
            claim(
                "c2",
                ClaimKind::Indirect,
                span(t, "taxes would rise"),
                Some(span(t, "added")),
                Some("s1"),
                Some(span(t, "The mayor")),
                Some(Stance::Assert),
                vec![],
            ),
        ],
        sources: vec![mayor],
    };
    Rc::new(Doc::new(t, analysis, "split"))
}

#[wasm_bindgen_test]
async fn a_split_quotation_is_marked_in_its_two_parts_as_one_claim() {
    let d = split_doc();
    // The layout: two pieces of claim 0, the first the Tab stop, and the
    // frame between them plain text.
    let nodes = &d.paragraphs[0].nodes;
    let pieces: Vec<(bool, &str)> = nodes
        .iter()
        .filter_map(|n| match n {
            Node::Mark {
                claim: 0,
                first,
                start,
                end,
                ..
            } => Some((*first, d.slice(*start, *end))),
            _ => None,
        })
        .collect();
    assert_eq!(
        pieces,
        vec![(true, "“My hope,”"), (false, "“is that the vote passes.”")]
    );
    assert!(
        matches!(nodes[1], Node::Text { start: 10, end: 27 }),
        "{nodes:?}"
    );

    let root = mount_doc(d).await;
    let marks = qa(&root, "mark.claim[data-claim='0']");
    let texts: Vec<String> = marks.iter().map(|m| m.text_content().unwrap()).collect();
    assert_eq!(texts, vec!["“My hope,”", "“is that the vote passes.”"]);
    assert_eq!(marks[0].id(), "claim-c1");
    assert_eq!(marks[0].get_attribute("tabindex").as_deref(), Some("0"));
    assert!(marks[1].class_list().contains("cont"));
    assert_eq!(
        marks[1].get_attribute("tabindex"),
        None,
        "one Tab stop per claim"
    );
    assert_eq!(qa(&root, "mark.claim[tabindex='0']").len(), 2);
    // The frame is in no mark.
    assert!(qa(&root, "mark.claim")
        .iter()
        .all(|m| !m.text_content().unwrap().contains("said")));
    assert_eq!(q(&root, "article").unwrap().text_content().unwrap(), SPLIT);
    // Hovering the second piece opens the claim's card; the frame's cue and
    // mention light up between the pieces.
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type("mouse");
    let enter = web_sys::PointerEvent::new_with_event_init_dict("pointerenter", &init).unwrap();
    marks[1].dispatch_event(&enter).unwrap();
    settle().await;
    assert!(
        card_text(&root).contains("Direct quote"),
        "{}",
        card_text(&root)
    );
    assert_eq!(
        marks[0].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        q(&root, "article .deco.cue")
            .unwrap()
            .text_content()
            .unwrap(),
        "said"
    );
    assert_eq!(
        q(&root, "article .deco.mention")
            .unwrap()
            .text_content()
            .unwrap(),
        "the mayor"
    );
    // A tap on the second piece pins the claim's card; a tap on the first
    // is a second tap on the same claim, and closes it.
    html_el(marks[1].clone()).click();
    settle().await;
    assert!(q(&root, "#whosaid-card.pinned").is_some());
    assert_eq!(
        marks[0].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    html_el(marks[0].clone()).click();
    settle().await;
    assert!(q(&root, "#whosaid-card").is_none());
    // The mayor's other claim links to the quotation by its parts alone.
    html_el(q(&root, "#claim-c2").unwrap()).click();
    settle().await;
    let link = q(&root, "#whosaid-card a[href='#claim-c1']").expect("a link to the quotation");
    assert_eq!(
        link.text_content().unwrap(),
        "“My hope,” … “is that the vote passes.”"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_link_in_the_card_jumps_to_and_flashes_the_other_claim() {
    let root = mount().await;
    html_el(q(&root, "#claim-c1").unwrap()).click();
    settle().await;
    html_el(q(&root, "#whosaid-card a[href='#claim-c2']").unwrap()).click();
    settle().await;
    let target = q(&root, "#claim-c2").unwrap();
    assert!(target.class_list().contains("flash"));
    assert_eq!(
        dom::document().active_element().map(|e| e.id()),
        Some("claim-c2".into())
    );
    // The card now speaks of the claim jumped to.
    assert_eq!(
        target.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_source_filter_keeps_only_that_sources_claims() {
    let root = mount().await;
    let buttons = qa(&root, "button.source");
    assert_eq!(buttons.len(), 7, "6 sources and the writer");
    let nhk = q(&root, "button.source[data-source='s3']").unwrap();
    assert!(nhk.text_content().unwrap().contains("NHK"));
    html_el(nhk).click();
    settle().await;
    let marked: Vec<String> = qa(&root, "mark.claim[id]").iter().map(|m| m.id()).collect();
    assert_eq!(marked, vec!["claim-c4"], "NHK speaks through its group");
    assert_eq!(
        q(&root, "button.source[data-source='s3']")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // The article text is untouched by the filter.
    assert_eq!(
        q(&root, "article").unwrap().text_content().unwrap(),
        ARTICLE.replace('\n', "")
    );
    html_el(q(&root, "button.source[data-source='none']").unwrap()).click();
    settle().await;
    let marked: Vec<String> = qa(&root, "mark.claim[id]").iter().map(|m| m.id()).collect();
    assert_eq!(marked, vec!["claim-c5"]);
    // Clicking the pressed source again shows everything.
    html_el(q(&root, "button.source[data-source='none']").unwrap()).click();
    settle().await;
    assert_eq!(qa(&root, "mark.claim[id]").len(), 6);
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_share_bar_says_its_numbers_in_words() {
    let root = mount().await;
    let bar = q(&root, ".shares .bar").unwrap();
    assert_eq!(bar.get_attribute("role").as_deref(), Some("img"));
    let label = bar.get_attribute("aria-label").unwrap();
    assert!(label.contains("Of 8 sentences, 63% are attributed to a named source, 12% to an anonymous source and 25% to no source."), "{label}");
    assert_eq!(qa(&bar, ".seg").len(), 3);
    unmount(root);
}

#[wasm_bindgen_test]
async fn html_is_read_as_text_without_running_or_loading_anything() {
    let html = r#"<html><head><title>T</title><script>window.__ran = 1</script></head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>Mayor   speaks</h1>
        <p>“We will not retreat,” the <b>mayor</b> said.</p>
        <img src="/nonexistent.png" onerror="window.__ran = 2">
        <blockquote><p>Quoted line.</p></blockquote>
        <script>window.__ran = 3</script></article>
        <footer>© Paper</footer></body></html>"#;
    let text = dom::html_to_text(html);
    assert_eq!(
        text,
        "Mayor speaks\n“We will not retreat,” the mayor said.\nQuoted line."
    );
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let ran = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__ran".into()).unwrap();
    assert!(ran.is_undefined(), "nothing in the pasted HTML ran");
    assert!(dom::looks_like_html("  <p>x</p>"));
    assert!(!dom::looks_like_html("x < y and y > z"));
}

#[wasm_bindgen_test]
fn only_same_origin_articles_are_fetched() {
    assert!(dom::same_origin_url("articles/x.txt").is_ok());
    assert!(dom::same_origin_url("/articles/x.html").is_ok());
    let err = dom::same_origin_url("https://example.com/a.txt").unwrap_err();
    assert!(err.contains("Only articles from this site"), "{err}");
}

mod reducer {
    use super::*;
    use whosaid::ui::state::{Action, Filter, OpenCard, ReaderState};
    use yew::Reducible;

    fn run(actions: &[Action]) -> ReaderState {
        let mut s = Rc::new(ReaderState::showing(doc()));
        for a in actions {
            s = s.reduce(a.clone());
        }
        (*s).clone()
    }

    fn open(claim: usize, pinned: bool) -> Option<OpenCard> {
        Some(OpenCard { claim, pinned })
    }

    #[wasm_bindgen_test]
    fn hover_follows_the_pointer_but_not_over_a_pinned_card() {
        assert_eq!(
            run(&[Action::Hover(1), Action::Hover(2)]).open,
            open(2, false)
        );
        assert_eq!(run(&[Action::Tap(1), Action::Hover(2)]).open, open(1, true));
        // Leaving closes a hover card, not a pinned one.
        assert_eq!(run(&[Action::Hover(1), Action::HoverEnd]).open, None);
        assert_eq!(run(&[Action::Tap(1), Action::HoverEnd]).open, open(1, true));
        // The pointer resting on the card keeps a hover card.
        let s = run(&[Action::Hover(1), Action::HoverCard, Action::Blur(1)]);
        assert_eq!(s.open, open(1, false));
    }

    #[wasm_bindgen_test]
    fn focus_keeps_its_card_while_the_pointer_wanders_off() {
        let s = run(&[Action::Focus(3), Action::Hover(3), Action::HoverEnd]);
        assert_eq!(s.open, open(3, false));
        assert_eq!(run(&[Action::Focus(3), Action::Blur(3)]).open, None);
        // A tap on the pinned claim closes it; a tap elsewhere moves the pin.
        assert_eq!(run(&[Action::Tap(3), Action::Tap(3)]).open, None);
        assert_eq!(run(&[Action::Tap(3), Action::Tap(4)]).open, open(4, true));
    }

    #[wasm_bindgen_test]
    fn the_filter_closes_a_card_it_hides_and_ignores_hidden_claims() {
        let d = doc();
        let peskov = d.claim_index("c1").unwrap();
        let officials = d.claim_index("c3").unwrap();
        let s = run(&[
            Action::Tap(officials),
            Action::SetFilter(Filter::Source("s1".into())),
        ]);
        assert_eq!(s.open, None);
        let s = run(&[
            Action::SetFilter(Filter::Source("s1".into())),
            Action::Hover(officials),
            Action::Focus(officials),
            Action::Tap(officials),
        ]);
        assert_eq!(s.open, None, "hidden claims open nothing");
        let s = run(&[
            Action::SetFilter(Filter::Source("s1".into())),
            Action::Hover(peskov),
        ]);
        assert_eq!(s.open, open(peskov, false));
    }

    #[wasm_bindgen_test]
    fn a_late_flash_timer_does_not_cut_a_newer_flash_short() {
        let s = run(&[Action::Flash(1)]);
        let first = s.flash.unwrap().1;
        let s = run(&[Action::Flash(1), Action::Flash(2), Action::FlashEnd(first)]);
        assert_eq!(s.flash.map(|f| f.0), Some(2));
        let s = run(&[Action::Flash(2), Action::FlashEnd(first)]);
        assert_eq!(s.flash, None);
    }

    #[wasm_bindgen_test]
    fn a_new_article_starts_clean() {
        let s = run(&[
            Action::Tap(1),
            Action::SetFilter(Filter::Unattributed),
            Action::Show(doc()),
        ]);
        assert_eq!((s.open, s.filter), (None, Filter::All));
    }
}
