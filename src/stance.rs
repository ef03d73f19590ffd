//! Stance and hedges: the words inside or around a claim that weaken its
//! certainty (`may`, `reportedly`, `if true`, `has not been officially
//! confirmed`, `as early as`), found with the hedge lexicon, whose phrases
//! may hold an optional `-ly` adverb slot (`~`). Stance itself comes from
//! the cue's lexicon entry, turned by negation in `linking`.

use std::ops::Range;

use crate::lexicon::{lexicon, Flags, PhraseKind};
use crate::segment::{Document, TokenKind};

/// Token ranges of the hedges inside `range`.
pub fn hedges(doc: &Document, range: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut k = range.start;
    while k < range.end {
        if let Some(end) = hedge_at(doc, k, range.end) {
            found.push(k..end);
            k = end;
        } else {
            k += 1;
        }
    }
    found
}

/// The end of the longest hedge starting at token `k`.
fn hedge_at(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let t = &doc.tokens[k];
    if t.kind != TokenKind::Word {
        return None;
    }
    // `May` the month is no modal: a capital mid-sentence.
    let mid_sentence_capital = t.capitalized && k > 0 && doc.tokens[k - 1].kind == TokenKind::Word;
    let mut best = (t.is(Flags::HEDGE) && !mid_sentence_capital).then_some(k + 1);
    for phrase in lexicon().phrases_from(doc.norm(k)) {
        if phrase.kind != PhraseKind::Hedge {
            continue;
        }
        if let Some(stop) = match_phrase(doc, k + 1, end, &phrase.rest) {
            if best.is_none_or(|b| stop > b) {
                best = Some(stop);
            }
        }
    }
    best
}

/// Matches the words of a phrase from token `k`; `~` takes one optional
/// adverb ending in `-ly`.
fn match_phrase(doc: &Document, mut k: usize, end: usize, words: &[&str]) -> Option<usize> {
    for &word in words {
        if word == "~" {
            if k < end && doc.norm(k).ends_with("ly") && doc.tokens[k].kind == TokenKind::Word {
                k += 1;
            }
            continue;
        }
        if k >= end || doc.norm(k) != word {
            return None;
        }
        k += 1;
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hedged(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        hedges(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|r| doc.slice(r))
            .collect()
    }

    #[test]
    fn single_words_and_phrases() {
        assert_eq!(
            hedged("Putin may visit as early as next week."),
            vec!["may", "as early as"]
        );
        assert_eq!(
            hedged("These actions, if true, would break rules."),
            vec!["if true"]
        );
    }

    #[test]
    fn optional_adverb_slot() {
        assert_eq!(
            hedged("The trip has not been officially confirmed."),
            vec!["has not been officially confirmed"]
        );
    }

    #[test]
    fn the_month_may_is_no_hedge() {
        assert!(hedged("The launch failed in May.").is_empty());
    }
}
