//! Browser tests of the embed's Rust side (`whosaid::embed`), in headless
//! Chromium: `cargo test --target wasm32-unknown-unknown --test wasm_embed`
//! (scripts/test.sh sets up the runner). The loader, the demo pages and the
//! isolation are tested end to end in tests/e2e/embed.test.mjs.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use whosaid::embed::{mount, shadow_css, Options};
use whosaid::ui::labels::Lang;
use whosaid::{Analysis, SourceKind};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// An element made from markup, appended to the body.
fn host(html: &str) -> Element {
    let wrapper = document().create_element("div").unwrap();
    wrapper.set_inner_html(html);
    document().body().unwrap().append_child(&wrapper).unwrap();
    wrapper.first_element_child().unwrap()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

#[wasm_bindgen_test]
fn the_reader_stylesheet_is_rewritten_for_a_shadow_root() {
    let css = ":root { --a: 1 } :root[data-theme=\"dark\"] { --a: 2 } .x { width: min(22rem, 9px); margin: .5rem 1rem } .remove { left: 0 }";
    assert_eq!(
        shadow_css(css),
        ".wr { --a: 1 } .wr[data-theme=\"dark\"] { --a: 2 } .x { width: min(22em, 9px); margin: .5em 1em } .remove { left: 0 }"
    );
}

#[wasm_bindgen_test]
fn options_come_from_data_attributes_and_unknown_values_are_ignored() {
    let el = host(
        r#"<article data-whosaid data-whosaid-theme="Dark" data-whosaid-kinds="person, none bogus"
                    data-whosaid-panel="off" data-whosaid-lang="fr-CA"></article>"#,
    );
    let options = Options::read(&el);
    assert_eq!(options.theme, Some("dark"));
    assert_eq!(options.kinds, Some(vec![Some(SourceKind::Person), None]));
    assert!(!options.panel);
    assert_eq!(options.lang, Lang::Fr);
    assert!(options.marks(Some(SourceKind::Person)) && options.marks(None));
    assert!(!options.marks(Some(SourceKind::Government)));

    let plain =
        host(r#"<section lang="en" data-whosaid-theme="sepia"><p data-whosaid>x</p></section>"#);
    let inner = plain.query_selector("p").unwrap().unwrap();
    let options = Options::read(&inner);
    assert_eq!(
        (options.theme, options.kinds, options.panel, options.lang),
        (None, None, true, Lang::En)
    );
    plain.parent_element().unwrap().remove();
    el.parent_element().unwrap().remove();
}

#[wasm_bindgen_test]
async fn mount_marks_claims_in_the_host_text_nodes_across_links_after_emoji() {
    let article = host(
        "<article data-whosaid>\n  <h1>Harbour news</h1>\n  <p>👩‍👩‍👧 Families waited.\n   “We will not retreat 🚋,” the <a href=\"#m\">mayor</a> said.</p>\n  \
         <nav><p>“Skip this line,” said the menu.</p></nav>\n  \
         <p>The ministry said that <em>fares</em> would stay capped 👍🏽 until <a href=\"#y\">2028</a>.</p>\n</article>",
    );
    let json = mount(&article).expect("mounts");
    let analysis: Analysis = serde_json::from_str(&json).expect("the contract");
    let quote = analysis
        .claims
        .iter()
        .find(|c| c.content.text.contains("We will not retreat"))
        .expect("the quote is a claim");
    assert_eq!(quote.content.text, "“We will not retreat 🚋,”");
    yew::platform::time::sleep(Duration::ZERO).await;

    // Each claim's marks hold exactly its content (line breaks inside a
    // paragraph were read as spaces, one for one), or its parts.
    for claim in &analysis.claims {
        let marks = all(
            &article,
            &format!("whosaid-mark[data-whosaid-claim=\"{}\"]", claim.id),
        );
        let text: String = marks.iter().map(|m| m.text_content().unwrap()).collect();
        let pieces: String = match claim.content.parts.as_slice() {
            [] => claim.content.text.clone(),
            parts => parts.iter().map(|p| p.text.as_str()).collect(),
        };
        assert_eq!(text.replace('\n', " "), pieces, "{}", claim.id);
    }
    let fares = analysis
        .claims
        .iter()
        .find(|c| c.content.text.contains("fares"))
        .expect("the ministry's claim");
    assert_eq!(fares.content.text, "fares would stay capped 👍🏽 until 2028");
    // Links and emphasis are kept, with the marks inside them.
    assert_eq!(all(&article, "a").len(), 2);
    assert_eq!(all(&article, "whosaid-mark a, whosaid-mark em").len(), 0);
    assert_eq!(all(&article, "a[href=\"#y\"] whosaid-mark").len(), 1);
    assert_eq!(all(&article, "em whosaid-mark").len(), 1);
    // Navigation is not article text.
    assert_eq!(all(&article, "nav whosaid-mark").len(), 0);
    assert_eq!(
        article
            .text_content()
            .unwrap()
            .matches("Skip this line")
            .count(),
        1
    );
    // One Tab stop per claim.
    let firsts = all(&article, "whosaid-mark[data-first][tabindex=\"0\"]");
    assert_eq!(firsts.len(), analysis.claims.len());
    // The card's layer and the panel, each in an open shadow root.
    let layer = document()
        .query_selector("whosaid-layer")
        .unwrap()
        .expect("a layer");
    assert!(layer.shadow_root().is_some());
    let panel = article
        .next_element_sibling()
        .expect("the panel follows the article");
    assert_eq!(panel.local_name(), "whosaid-panel");
    let root = panel.shadow_root().expect("open");
    assert!(
        root.query_selector(".panel").unwrap().is_some(),
        "the reader's panel renders"
    );
    // Once only.
    assert!(mount(&article).is_err());
}

#[wasm_bindgen_test]
async fn a_claim_starting_inside_a_link_leaves_the_link_its_focus() {
    let article = host(
        "<article data-whosaid data-whosaid-panel=\"off\"><p><a href=\"#q\">“We will not retreat,”</a> the mayor said.</p>\
         <p>“Nor will we,” the governor said.</p></article>",
    );
    let json = mount(&article).expect("mounts");
    let analysis: Analysis = serde_json::from_str(&json).expect("the contract");
    assert_eq!(analysis.claims.len(), 2, "{json}");
    yew::platform::time::sleep(Duration::ZERO).await;
    let in_link = article
        .query_selector("a whosaid-mark[data-first]")
        .unwrap()
        .expect("the first piece is in the link");
    assert!(!in_link.has_attribute("tabindex") && !in_link.has_attribute("role"));
    let outside = all(
        &article,
        "whosaid-mark[data-first][role=\"button\"][tabindex=\"0\"]",
    );
    assert_eq!(outside.len(), 1, "the other claim is a Tab stop");
    assert!(article.next_element_sibling().is_none(), "panel off");
    article.parent_element().unwrap().remove();
}

#[wasm_bindgen_test]
async fn a_claim_nested_in_another_cuts_its_mark_into_pieces() {
    let article = host(
        "<article data-whosaid data-whosaid-panel=\"off\"><p>Officials said the bureau had \
         found <em>no evidence</em> of wrongdoing.</p></article>",
    );
    let json = mount(&article).expect("mounts");
    let analysis: Analysis = serde_json::from_str(&json).expect("the contract");
    let contents: Vec<&str> = analysis
        .claims
        .iter()
        .map(|c| c.content.text.as_str())
        .collect();
    assert_eq!(
        contents,
        [
            "the bureau had found no evidence of wrongdoing",
            "no evidence of wrongdoing"
        ],
        "{json}"
    );
    yew::platform::time::sleep(Duration::ZERO).await;
    let (outer, inner) = (&analysis.claims[0].id, &analysis.claims[1].id);
    // Interactive marks never nest (axe's nested-interactive): the inner
    // claim's text cuts the outer claim's mark into pieces around it.
    assert!(all(&article, "whosaid-mark whosaid-mark").is_empty());
    let pieces = |id: &str| -> Vec<Element> {
        all(
            &article,
            &format!("whosaid-mark[data-whosaid-claim=\"{id}\"]"),
        )
    };
    let texts = |marks: &[Element]| -> Vec<String> {
        marks.iter().map(|m| m.text_content().unwrap()).collect()
    };
    assert_eq!(texts(&pieces(outer)), ["the bureau had found "]);
    let nested = pieces(inner);
    assert_eq!(texts(&nested), ["no evidence", " of wrongdoing"]);
    // Each claim has its one Tab stop.
    assert!(pieces(outer)[0].has_attribute("tabindex"));
    assert!(nested[0].has_attribute("data-first") && nested[0].has_attribute("tabindex"));
    assert!(!nested[1].has_attribute("tabindex"));
    assert_eq!(
        article.text_content().unwrap(),
        "Officials said the bureau had found no evidence of wrongdoing."
    );
    article.parent_element().unwrap().remove();
}

#[wasm_bindgen_test]
async fn a_split_quotation_is_marked_in_its_parts_and_either_opens_its_card() {
    let article = host(
        "<article data-whosaid data-whosaid-panel=\"off\"><p>“My hope,” Mayor <a href=\"#m\">Elena Marsh</a> \
         said, “is that the vote passes on Friday.” The council meets at noon.</p></article>",
    );
    let json = mount(&article).expect("mounts");
    let analysis: Analysis = serde_json::from_str(&json).expect("the contract");
    let split = analysis
        .claims
        .iter()
        .find(|c| !c.content.parts.is_empty())
        .unwrap_or_else(|| panic!("a claim with parts in {json}"));
    let parts: Vec<&str> = split
        .content
        .parts
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        parts,
        ["“My hope,”", "“is that the vote passes on Friday.”"]
    );
    yew::platform::time::sleep(Duration::ZERO).await;

    // Two marks, one per part, numbered; the frame between them (and the
    // link in it) is unmarked; one Tab stop.
    let marks = all(
        &article,
        &format!("whosaid-mark[data-whosaid-claim=\"{}\"]", split.id),
    );
    let texts: Vec<String> = marks.iter().map(|m| m.text_content().unwrap()).collect();
    assert_eq!(texts, parts);
    let numbers: Vec<Option<String>> = marks.iter().map(|m| m.get_attribute("data-part")).collect();
    assert_eq!(numbers, [Some("0".into()), Some("1".into())]);
    assert_eq!(all(&article, "a whosaid-mark").len(), 0);
    assert!(marks[0].has_attribute("data-first") && marks[0].has_attribute("tabindex"));
    assert!(!marks[1].has_attribute("data-first") && !marks[1].has_attribute("tabindex"));
    assert_eq!(
        article.text_content().unwrap(),
        "“My hope,” Mayor Elena Marsh said, “is that the vote passes on Friday.” The council meets at noon."
    );

    // Hovering the second part opens the claim's card, and both parts show it.
    let layers = all(&document().document_element().unwrap(), "whosaid-layer");
    let layer = layers.last().expect("a layer").shadow_root().expect("open");
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type("mouse");
    init.set_bubbles(true);
    let over = web_sys::PointerEvent::new_with_event_init_dict("pointerover", &init).unwrap();
    marks[1].dispatch_event(&over).unwrap();
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::ZERO).await;
    let card = layer
        .get_element_by_id("whosaid-card")
        .expect("the card opens");
    assert!(card.text_content().unwrap().contains("Elena Marsh"));
    assert!(marks.iter().all(|m| m.has_attribute("data-open")));
    // A tap on the first part pins the same claim's card.
    marks[0]
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::ZERO).await;
    let card = layer
        .get_element_by_id("whosaid-card")
        .expect("the card stays open");
    assert!(card.class_list().contains("pinned"));
    assert!(card.text_content().unwrap().contains("Elena Marsh"));
    assert_eq!(
        marks[0].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    article.parent_element().unwrap().remove();
}
