//! Quotations: pairs the quotation marks of a segmented document into quote
//! spans, with curly and straight marks, single quotes used as primary marks,
//! nesting (inner quotes belong to the outer one), unclosed quotes (closed at
//! their paragraph's end) and quotes running across paragraphs (a paragraph
//! that ends inside a quote and a next one that opens with a mark continue it).

use crate::segment::{Document, QuoteMark, TokenKind};
use crate::text::has_char;

/// One quotation, outermost marks only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the quote runs to the
    /// end of its last paragraph unclosed.
    pub close: Option<usize>,
    /// Index of the last token inside or closing the quote.
    pub last: usize,
    /// Byte range from the opening mark to the closing mark, inclusive.
    pub start: usize,
    pub end: usize,
    /// Whether it runs over more than one paragraph.
    pub multi_paragraph: bool,
}

impl Quote {
    /// Token range of the quote, marks included.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.open..self.last + 1
    }

    /// Token range of the words inside the marks.
    pub fn inner(&self) -> std::ops::Range<usize> {
        self.open + 1..self.close.unwrap_or(self.last + 1)
    }
}

/// All quotations of a document and, per token, the quote holding it.
#[derive(Debug, Default)]
pub struct Quotes {
    pub quotes: Vec<Quote>,
    /// The words of titles cited in a list of sources (`"Feds say …" —
    /// The Canadian Press, May 2`), which read as headlines, not quotations.
    pub titles: Vec<std::ops::Range<usize>>,
    of_token: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Quotes {
    /// The quote that holds token `i` (its marks included), if any.
    pub fn at(&self, i: usize) -> Option<&Quote> {
        match self.of_token.get(i).copied() {
            Some(NONE) | None => None,
            Some(q) => Some(&self.quotes[q as usize]),
        }
    }

    /// The index of the quote that holds token `i`.
    pub fn index_at(&self, i: usize) -> Option<usize> {
        match self.of_token.get(i).copied() {
            Some(NONE) | None => None,
            Some(q) => Some(q as usize),
        }
    }
}

/// Whether a straight quote at token `i` opens (else it closes), judged by
/// the spaces around it.
fn straight_opens(doc: &Document, i: usize) -> bool {
    straight_mark_opens(doc, i) || glued_to_a_frame(&doc.text[..doc.tokens[i].start])
}

/// Whether a straight quote at token `i`, with a quotation open before it,
/// opens another: a mark glued to a verb's comma closes the open one
/// (`"Nobody asked," Ms. Moore said.`).
fn straight_mark_opens(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let before = doc.text[..t.start].chars().next_back();
    let after = doc.text[t.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || has_char("([{—–-", c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || has_char(".,;:!?)]}", c));
    space_before || !space_after
}

/// `said," [Warhol] liked …"`: a mark glued to the comma or colon after a
/// speech verb opens a quotation.
fn glued_to_a_frame(before: &str) -> bool {
    let Some(head) = before.strip_suffix([',', ':']) else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    words!["said", "says", "say", "added", "told", "wrote", "stated", "asked", "replied"].has(word)
}

/// Pairs the quotation marks of `doc`, paragraph by paragraph, in one pass.
pub fn find_quotes(doc: &Document) -> Quotes {
    let mut quotes = Vec::new();
    let mut titles = Vec::new();
    // The open quote: its opening token and whether it is single-quoted.
    let mut open: Option<(usize, bool)> = None;
    let mut multi = false;
    let mut carried_to: usize = 0; // last token of the paragraph an open quote ran to
    for para in &doc.paragraphs {
        let Some(range) = paragraph_tokens(doc, para) else {
            continue;
        };
        let mut scan = range.clone();
        if let Some((start, single)) = open {
            let first = &doc.tokens[range.start];
            let continues = match first.kind {
                TokenKind::Quote(QuoteMark::Open | QuoteMark::Straight) => !single,
                TokenKind::Quote(QuoteMark::SingleOpen) => single,
                _ => false,
            };
            if continues {
                multi = true;
                scan.start += 1;
            } else if !single && first_mark_closes(doc, range.clone()) {
                // The next paragraph's first mark closes: the quote runs on
                // into it though its opening mark was left out.
                multi = true;
            } else if is_caption(doc, range.clone()) {
                // A picture's caption set between a quotation's paragraphs
                // (`… launchpads. Image: NASA.`) does not end it.
                continue;
            } else {
                quotes.push(quote(doc, start, None, carried_to, multi));
                open = None;
            }
        }
        for i in scan {
            let TokenKind::Quote(mark) = doc.tokens[i].kind else {
                continue;
            };
            match open {
                None => {
                    let opens = match mark {
                        QuoteMark::Open | QuoteMark::SingleOpen => true,
                        QuoteMark::Straight => straight_opens(doc, i),
                        QuoteMark::Close | QuoteMark::SingleClose => false,
                    };
                    if opens {
                        open = Some((i, mark == QuoteMark::SingleOpen));
                        multi = false;
                    }
                }
                Some((start, single)) => {
                    let closes = match mark {
                        QuoteMark::Close => !single,
                        QuoteMark::Straight => !single && !straight_mark_opens(doc, i),
                        QuoteMark::SingleClose => single && !followed_by_letter(doc, i),
                        QuoteMark::Open | QuoteMark::SingleOpen => false,
                    };
                    if closes {
                        if is_cited_title(doc, start, i, range.end) {
                            titles.push(start + 1..i);
                        } else {
                            quotes.push(quote(doc, start, Some(i), i, multi));
                        }
                        open = None;
                    }
                }
            }
        }
        carried_to = range.end - 1;
    }
    if let Some((start, _)) = open {
        quotes.push(quote(doc, start, None, carried_to, multi));
    }
    let mut of_token = vec![NONE; doc.tokens.len()];
    for (q, quote) in quotes.iter().enumerate() {
        for slot in &mut of_token[quote.tokens()] {
            *slot = q as u32;
        }
    }
    Quotes {
        quotes,
        titles,
        of_token,
    }
}

/// Whether the quotation from `open` to `close` is the title of a work
/// cited in a list of sources, `"Feds say …" — The Canadian Press, May 2`:
/// it opens its sentence, ends with no stop, and a dash and its publisher
/// and date close the paragraph.
fn is_cited_title(doc: &Document, open: usize, close: usize, paragraph_end: usize) -> bool {
    let dash = close + 1;
    // (A headline ends with no stop; a quotation credited to its speaker,
    // `“Crime is up.” — Hartwell`, is someone's words.)
    let headline = close > open + 1
        && !matches!(
            doc.tokens[close - 1].kind,
            TokenKind::Punct('.' | '!' | '?' | '…' | ',')
        );
    doc.starts_sentence_at(open)
        && headline
        && dash + 1 < paragraph_end
        && (dash + 1..paragraph_end).any(|k| doc.tokens[k].kind == TokenKind::Number)
        && matches!(doc.tokens[dash].kind, TokenKind::Punct('—' | '–'))
        && (dash + 1..paragraph_end).all(|k| {
            !matches!(
                doc.tokens[k].kind,
                TokenKind::Punct('.' | '!' | '?' | '…') | TokenKind::Quote(_)
            )
        })
}

/// Whether a paragraph is a picture's caption, which credits its picture
/// (`Image: NASA.`, `Photo: Ana Ruiz.`).
fn is_caption(doc: &Document, range: std::ops::Range<usize>) -> bool {
    range.clone().any(|i| {
        doc.norm_in(i, words!["image", "photo"])
            && doc.capitalized(i)
            && range.contains(&(i + 1))
            && doc.is_punct(i + 1, ':')
    })
}

/// Whether the first quotation mark in `range` closes a double quote.
fn first_mark_closes(doc: &Document, range: std::ops::Range<usize>) -> bool {
    let first = range
        .into_iter()
        .find(|&i| matches!(doc.tokens[i].kind, TokenKind::Quote(_)));
    first.is_some_and(|i| match doc.tokens[i].kind {
        TokenKind::Quote(QuoteMark::Close) => true,
        TokenKind::Quote(QuoteMark::Straight) => !straight_opens(doc, i),
        _ => false,
    })
}

fn paragraph_tokens(
    doc: &Document,
    para: &crate::segment::Paragraph,
) -> Option<std::ops::Range<usize>> {
    let first = doc.sentences.get(para.sentences.start)?;
    let last = doc.sentences.get(para.sentences.end.checked_sub(1)?)?;
    Some(first.tokens.start..last.tokens.end)
}

/// Whether the character right after token `i` is a letter (an apostrophe
/// in `officials’ concerns` is then not a closing mark... but `’s` is).
fn followed_by_letter(doc: &Document, i: usize) -> bool {
    doc.text[doc.tokens[i].end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

fn quote(
    doc: &Document,
    open: usize,
    close: Option<usize>,
    last: usize,
    multi_paragraph: bool,
) -> Quote {
    Quote {
        open,
        close,
        last,
        start: doc.tokens[open].start,
        end: doc.tokens[last].end,
        multi_paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find_quotes(&doc)
            .quotes
            .iter()
            .map(|q| text[q.start..q.end].to_owned())
            .collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(
            quoted("“We will not retreat,” the mayor said. He called it \"a disaster.\""),
            vec!["“We will not retreat,”", "\"a disaster.\""]
        );
        // A straight mark glued to a verb's comma closes an open quotation,
        // and opens one only where none is open.
        assert_eq!(
            quoted("\"Nobody asked,\" she said. Warhol once said,\" I like boring things.\""),
            vec!["\"Nobody asked,\"", "\" I like boring things.\""]
        );
    }

    #[test]
    fn a_title_cited_with_its_publisher_and_date_is_no_quotation() {
        let text = "Sources\n\n\"Budget cut, say officials\" — The Daily Ledger, May 2, 2020\n\n\
                    Ann Lee. “Mayor vows appeal” – City Radio, 3 May 2020\n\n\
                    “Crime is up.” — Hartwell, 2020\n\n\"We will win\" — Hartwell";
        let doc = Document::new(text);
        let found = find_quotes(&doc);
        let titles: Vec<&str> = found
            .titles
            .iter()
            .map(|t| &text[doc.tokens[t.start].start..doc.tokens[t.end - 1].end])
            .collect();
        assert_eq!(
            titles,
            vec!["Budget cut, say officials", "Mayor vows appeal"]
        );
        // (A quotation credited to its speaker stays a quotation.)
        assert_eq!(quoted(text), vec!["“Crime is up.”", "\"We will win\""]);
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            quoted("“They told us ‘no deal,’ and left,” she said."),
            vec!["“They told us ‘no deal,’ and left,”"]
        );
    }

    #[test]
    fn a_wire_quote_closing_on_a_nested_single_quote() {
        // (`'''`: the single quote's mark, then the wire quote's two.)
        assert_eq!(
            quoted("''People keep saying, 'They'll cut by June,''' she said. ''I doubt it.''"),
            vec![
                "''People keep saying, 'They'll cut by June,'''",
                "''I doubt it.''"
            ]
        );
    }

    #[test]
    fn single_quotes_as_primary_marks() {
        assert_eq!(
            quoted("He said it was ‘in the pipeline’."),
            vec!["‘in the pipeline’"]
        );
        assert!(quoted("The officials’ concerns grew.").is_empty());
        // Straight ones too, past a plural's apostrophe, never in a word.
        assert_eq!(
            quoted("'The players' union is strong,' he said. He called it 'reckless'."),
            vec!["'The players' union is strong,'", "'reckless'"]
        );
        assert!(quoted("O'Brien said the '90s and the players' union didn't.").is_empty());
    }

    #[test]
    fn a_quote_runs_across_paragraphs_when_the_next_opens_with_a_mark() {
        let text = "“We will rebuild,” she said. “This city has weathered worse.\n“We will not retreat.”\nThen she left.";
        let doc = Document::new(text);
        let quotes = find_quotes(&doc);
        assert_eq!(quotes.quotes.len(), 2);
        let second = &quotes.quotes[1];
        assert!(second.multi_paragraph);
        assert_eq!(
            &text[second.start..second.end],
            "“This city has weathered worse.\n“We will not retreat.”"
        );
    }

    #[test]
    fn a_caption_between_a_quotations_paragraphs_does_not_end_it() {
        let text =
            "She said, \"We will rebuild.\n\nThe pier in 2008. Image: Ana Ruiz.\n\n\"We will \
                    not retreat.\"\n\nThe pier in 2009. Photo: Ana Ruiz.\n\nThen she left.";
        let doc = Document::new(text);
        let quotes = find_quotes(&doc).quotes;
        assert_eq!(quotes.len(), 1);
        assert!(text[quotes[0].start..quotes[0].end].ends_with("not retreat.\""));
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let text = "He said “we will fight on and on\nNext paragraph here.";
        assert_eq!(quoted(text), vec!["“we will fight on and on"]);
    }

    #[test]
    fn a_quote_runs_on_into_a_paragraph_whose_first_mark_closes() {
        let text = "He said, \"We played well.\nWe could have scored twice.\" Then he left.";
        assert_eq!(
            quoted(text),
            vec!["\"We played well.\nWe could have scored twice.\""]
        );
    }

    #[test]
    fn a_flood_of_opening_marks_is_one_quote() {
        let text = "“".repeat(1000);
        assert_eq!(quoted(&text).len(), 1);
    }
}
