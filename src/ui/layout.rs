//! Pure layout, no DOM: turns an article and its [`Analysis`] into what the
//! reader draws. The engine's paragraphs, each a tree of text runs and claim
//! marks (claims may nest or run over several paragraphs), and the shares of
//! the engine's sentences behind the summary bar.
//!
//! Every offset here counts Unicode code points, as the contract's spans do;
//! [`Doc::slice`] turns them into `&str` without copying.

use std::cmp::Reverse;
use std::rc::Rc;

use crate::segment::Document;
use crate::text::OffsetIndex;
use crate::{Analysis, ClaimKind, SourceKind};

/// One article as the reader shows it: the text, what the engine found in
/// it, and the layout derived from both. Built once per article.
#[derive(Debug)]
pub struct Doc {
    /// The article exactly as analysed.
    pub text: Rc<str>,
    /// What the engine found.
    pub analysis: Analysis,
    /// Where the article came from, for the page's status line.
    pub origin: String,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// The share of sentences by who stands behind them.
    pub shares: Shares,
    /// UTF-8 offset of every code point, plus the text's length at the end.
    bytes: Vec<usize>,
}

impl PartialEq for Doc {
    fn eq(&self, other: &Self) -> bool {
        // One Doc per loaded article: identity is enough for Yew's diffing.
        std::ptr::eq(self, other)
    }
}

impl Doc {
    /// Analyses `text` with the engine and lays it out.
    pub fn analyze(text: &str, origin: impl Into<String>) -> Doc {
        let segments = Document::new(text);
        let analysis = crate::analyze_segmented(&segments);
        Doc::laid_out(text, analysis, origin, &segments)
    }

    /// Analyses a page its host draws (the embed): the analysis and the
    /// shares, no paragraphs to lay out, so the embed carries no layout code.
    pub fn analyze_unlaid(text: &str, origin: impl Into<String>) -> Doc {
        let segments = Document::new(text);
        let analysis = crate::analyze_segmented(&segments);
        Doc::unlaid(text, analysis, origin, &segments)
    }

    /// Lays out `text` with an analysis made elsewhere (tests, saved JSON).
    pub fn new(text: &str, analysis: Analysis, origin: impl Into<String>) -> Doc {
        Doc::laid_out(text, analysis, origin, &Document::new(text))
    }

    /// The engine's `segments` of `text` serve both the layout and the
    /// shares: the text is read once.
    fn laid_out(
        text: &str,
        analysis: Analysis,
        origin: impl Into<String>,
        segments: &Document,
    ) -> Doc {
        let mut doc = Doc::unlaid(text, analysis, origin, segments);
        doc.paragraphs = layout_paragraphs(&doc, segments);
        doc
    }

    fn unlaid(
        text: &str,
        analysis: Analysis,
        origin: impl Into<String>,
        segments: &Document,
    ) -> Doc {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        let mut doc = Doc {
            text: Rc::from(text),
            analysis,
            origin: origin.into(),
            paragraphs: Vec::new(),
            shares: Shares::default(),
            bytes,
        };
        doc.shares = sentence_shares(&doc, segments);
        doc
    }

    /// Length of the text in code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text between two code-point offsets, clamped to the text.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.len());
        let start = start.min(end);
        &self.text[self.bytes[start]..self.bytes[end]]
    }

    /// The index in `analysis.claims` of the claim with this id.
    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.analysis.claims.iter().position(|c| c.id == id)
    }
}

/// A paragraph: its range in the text and its content as a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// The article's headline: a short first line with no closing punctuation.
    pub heading: bool,
    pub nodes: Vec<Node>,
}

/// A run of plain text, or a claim mark holding further nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text {
        start: usize,
        end: usize,
    },
    Mark {
        /// Index into `analysis.claims`.
        claim: usize,
        /// The claim's first piece: the one keyboard focus and links go to.
        /// A claim running over several paragraphs has one piece in each, a
        /// split quotation one per part.
        first: bool,
        start: usize,
        end: usize,
        children: Vec<Node>,
    },
}

/// Splits the text into paragraphs and marks every claim in place.
///
/// The paragraphs are the engine's: every line, which is how plain-text news
/// copy usually arrives, or blocks separated by blank lines when the text is
/// hard-wrapped.
fn layout_paragraphs(doc: &Doc, segments: &Document) -> Vec<Paragraph> {
    let ranges = paragraph_ranges(segments);
    let mut seen = vec![false; doc.analysis.claims.len()];
    let mut out = Vec::with_capacity(ranges.len());
    for (n, &(start, end)) in ranges.iter().enumerate() {
        let mut items: Vec<Item> = Vec::new();
        for (i, claim) in doc.analysis.claims.iter().enumerate() {
            // A quotation split around its frame is marked in its parts only:
            // the frame between them is not the claim (nor any other).
            for (piece_start, piece_end) in claim.content.pieces() {
                let s = piece_start.max(start);
                let e = piece_end.min(end);
                if s < e {
                    items.push(Item {
                        claim: i,
                        start: s,
                        end: e,
                        first: false,
                    });
                }
            }
        }
        let mut items = laminate(items);
        for item in &mut items {
            item.first = !seen[item.claim];
            seen[item.claim] = true;
        }
        let text = doc.slice(start, end);
        let heading = n == 0 && ranges.len() > 1 && looks_like_headline(text);
        out.push(Paragraph {
            start,
            end,
            heading,
            nodes: nest(&items, start, end),
        });
    }
    out
}

/// Code-point ranges of the paragraphs as the engine reads them (every
/// line, or blank-separated blocks when the text is hard-wrapped), trimmed
/// of surrounding whitespace: the reader draws the paragraphs the claims
/// were found in.
pub fn paragraph_ranges(segments: &Document) -> Vec<(usize, usize)> {
    let bytes = segments.paragraphs.iter().map(|p| (p.start, p.end));
    code_points(segments, bytes)
}

/// Byte ranges of the segmented text as code-point ranges.
fn code_points(
    segments: &Document,
    bytes: impl Iterator<Item = (usize, usize)>,
) -> Vec<(usize, usize)> {
    let index = OffsetIndex::new(segments.text);
    bytes
        .map(|(start, end)| {
            let span = index.span(start, end);
            (span.start, span.end)
        })
        .collect()
}

fn looks_like_headline(text: &str) -> bool {
    let last = text.trim_end().chars().last();
    text.chars().count() <= 160
        && !matches!(
            last,
            Some('.' | '!' | '?' | ':' | ';' | ',' | '”' | '"' | '’' | ')')
        )
}

#[derive(Debug, Clone, Copy)]
struct Item {
    claim: usize,
    start: usize,
    end: usize,
    first: bool,
}

/// Makes the claim ranges of one paragraph nest like elements must: sorted by
/// start (outer first), and where two cross, the later one starts where the
/// earlier ends. The engine rarely produces crossings; they must not break
/// the page when it does.
fn laminate(mut items: Vec<Item>) -> Vec<Item> {
    loop {
        items.retain(|it| it.start < it.end);
        small_sort_by_key(&mut items, |it| (it.start, Reverse(it.end), it.claim));
        let mut stack: Vec<usize> = Vec::new();
        let mut fixed = false;
        for i in 0..items.len() {
            while let Some(&top) = stack.last() {
                if items[top].end <= items[i].start {
                    stack.pop();
                } else {
                    break;
                }
            }
            if let Some(&top) = stack.last() {
                if items[i].end > items[top].end {
                    items[i].start = items[top].end;
                    fixed = true;
                    break;
                }
            }
            stack.push(i);
        }
        if !fixed {
            return items;
        }
    }
}

/// Builds the node tree of `[from, to)` from laminated items within it.
fn nest(items: &[Item], from: usize, to: usize) -> Vec<Node> {
    let mut out = Vec::new();
    let mut cursor = from;
    let mut i = 0;
    while i < items.len() {
        let it = items[i];
        if it.start > cursor {
            out.push(Node::Text {
                start: cursor,
                end: it.start,
            });
        }
        let mut j = i + 1;
        while j < items.len() && items[j].start < it.end {
            j += 1;
        }
        out.push(Node::Mark {
            claim: it.claim,
            first: it.first,
            start: it.start,
            end: it.end,
            children: nest(&items[i + 1..j], it.start, it.end),
        });
        cursor = it.end;
        i = j;
    }
    if cursor < to {
        out.push(Node::Text {
            start: cursor,
            end: to,
        });
    }
    out
}

/// How many of the article's sentences each kind of source stands behind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shares {
    /// Sentences with a claim by a named source (person, organisation, media,
    /// government, document or group).
    pub named: usize,
    /// Sentences whose attributions are all to unnamed sources, or to none
    /// named at all (`it was reported that`).
    pub anonymous: usize,
    /// Sentences nobody in the article stands behind: the writer's voice.
    pub none: usize,
}

impl Shares {
    /// All sentences counted.
    pub fn total(&self) -> usize {
        self.named + self.anonymous + self.none
    }

    /// Whole percentages for the three parts that always add up to 100
    /// (largest remainder), or zeros for an empty article.
    pub fn percentages(&self) -> [usize; 3] {
        let total = self.total();
        if total == 0 {
            return [0; 3];
        }
        let parts = [self.named, self.anonymous, self.none];
        let mut pct = parts.map(|p| p * 100 / total);
        let mut rest: Vec<(usize, usize)> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| (p * 100 % total, i))
            .collect();
        small_sort_by_key(&mut rest, |&(r, i)| (Reverse(r), i));
        let missing = 100 - pct.iter().sum::<usize>();
        for &(_, i) in rest.iter().take(missing) {
            pct[i] += 1;
        }
        pct
    }
}

fn sentence_shares(doc: &Doc, segments: &Document) -> Shares {
    let mut shares = Shares::default();
    let claims = &doc.analysis.claims;
    for (start, end) in sentences(segments) {
        let mut named = false;
        let mut anonymous = false;
        for claim in claims {
            if claim.content.start >= end || claim.content.end <= start {
                continue;
            }
            if claim.kind == ClaimKind::Unattributed {
                continue;
            }
            match doc.analysis.source_of(claim).map(|s| s.kind) {
                Some(SourceKind::Anonymous) | None => anonymous = true,
                Some(_) => named = true,
            }
        }
        if named {
            shares.named += 1;
        } else if anonymous {
            shares.anonymous += 1;
        } else {
            shares.none += 1;
        }
    }
    shares
}

/// Code-point ranges of the sentences of `text` as the engine reads them
/// (not after a title, `Dr.`, or an initialism, `U.S.`), for the summary bar.
pub fn sentences(segments: &Document) -> Vec<(usize, usize)> {
    let tokens = &segments.tokens;
    let bytes = segments
        .sentences
        .iter()
        .map(|s| (tokens[s.tokens.start].start, tokens[s.tokens.end - 1].end));
    code_points(segments, bytes)
}

/// Sorts a short slice (a paragraph's claims, a card's decorations) by key,
/// stably. Insertion sort on purpose: every instantiation of the standard
/// library's sorts adds about 4 KB to the WebAssembly every reader downloads,
/// and these slices hold a handful of items.
pub fn small_sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
