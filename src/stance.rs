//! Stance and hedges. Stance starts from the cue's lexicon entry (turned by
//! negation in `linking`); here a neutral cue is refined by what it
//! introduces (`said it would appeal` states an intention) and a refusal
//! (`declined to comment`) takes no stance at all. Hedges are the words
//! inside or around a claim that weaken its certainty (`may`, `reportedly`,
//! `if true`, `has not been officially confirmed`, `as early as`), found with
//! the hedge lexicon, whose phrases may hold an optional `-ly` adverb slot (`~`).

use std::ops::Range;

use crate::lexicon::{lexicon, Evaluation, Flags, PhraseKind, CLAUSE_SUBJECTS};
use crate::model::Stance;
use crate::segment::Document;
use crate::text::Words;

/// The stance of a claim, from its cue's stance and its content (token ranges).
pub fn stance(
    doc: &Document,
    cue_stance: Stance,
    cue: &Range<usize>,
    content: &Range<usize>,
) -> Option<Stance> {
    let lemma = doc.tokens[cue.start]
        .info
        .and_then(|i| i.verb)
        .map(|(v, _)| lexicon().verb(v).lemma);
    let word = |k: usize| (k < content.end).then(|| doc.norm(k));
    // (Word lists, not `matches!` on strings: one call for each test, not
    // one for each word.)
    let lemma_in = |list: Words| lemma.is_some_and(|l| list.has(l));
    let word_in = |k: usize, list: Words| word(k).is_some_and(|w| list.has(w));
    // `would neither confirm nor deny`: nothing is asserted or denied.
    if doc.norm_is(cue.start, "neither") {
        return None;
    }
    // `declined to comment`, `refused to say`: nothing is asserted or denied.
    if lemma_in(words!["decline", "refuse"]) && word_in(content.start, words!["to"]) {
        let refused = words![
            "comment",
            "say",
            "discuss",
            "answer",
            "respond",
            "elaborate",
            "specify",
            "identify",
            "disclose",
            "reveal",
            "speak",
            "give",
            "provide",
            "confirm"
        ];
        if word_in(content.start + 1, refused) {
            return None;
        }
    }
    // `asked not to be identified`, `asked to be excused`: a wish.
    // (`asked that the location not be published`: a request.)
    let after_that = content.start > 0 && doc.norm_is(content.start - 1, "that");
    if lemma_in(words!["ask"]) && (word_in(content.start, words!["to", "not"]) || after_that) {
        return Some(Stance::Intend);
    }
    // `would not say whether …`, `did not say why …`: a question left
    // unanswered is a refusal, no denial.
    if cue_stance == Stance::Deny
        && lemma_in(words![
            "say",
            "tell",
            "specify",
            "disclose",
            "explain",
            "reveal",
            "elaborate"
        ])
        && word_in(
            content.start,
            words!["whether", "what", "why", "how", "which", "when", "where", "who", "if"],
        )
    {
        return None;
    }
    // `pressed for a vote`, `asked for a review`: a request, a wish too.
    if lemma_in(words!["ask", "press"])
        && content.start > 0
        && doc.norm_is(content.start - 1, "for")
    {
        return Some(Stance::Intend);
    }
    // `did not respond to a request for comment`: nor is an answer owed.
    if lemma_in(words!["respond", "reply"]) && word_in(content.start, words!["to"]) {
        return None;
    }
    // `called the plan “a disaster”`: a neutral cue whose content judges.
    if cue_stance == Stance::Assert {
        let mut negative = 0;
        let mut positive = 0;
        for k in content.clone() {
            // (No evaluative word is short or a function word: most of a
            // content's words skip the lexicon's search.)
            if doc.norm(k).len() < 4 || doc.token_is(k, Flags::FUNCTION) {
                continue;
            }
            match lexicon().evaluation(doc.norm(k)) {
                Some(Evaluation::Negative) => negative += 1,
                Some(Evaluation::Positive) => positive += 1,
                None => {}
            }
        }
        let negated = content.clone().any(|k| doc.token_is(k, Flags::NEG));
        if negative > positive && !negated {
            return Some(Stance::Criticize);
        }
        if positive > negative && !negated {
            return Some(Stance::Praise);
        }
    }
    // `said it would appeal`, `says he will run`: an intention, announced.
    if cue_stance == Stance::Assert {
        let subject = word(content.start).is_some_and(|w| CLAUSE_SUBJECTS.has(w));
        let intends = word(content.start + 1).is_some_and(|w| {
            words![
                "would", "will", "'ll", "plans", "planned", "intends", "intended", "aims", "hopes",
                "wants"
            ]
            .has(w)
        });
        if subject && intends {
            return Some(Stance::Intend);
        }
    }
    Some(cue_stance)
}

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
    if !t.is_plain_word() {
        return None;
    }
    // `May` the month is no modal: a capital mid-sentence.
    let mid_sentence_capital = t.capitalized && k > 0 && doc.is_plain_word(k - 1);
    let mut best = (t.is(Flags::HEDGE) && !mid_sentence_capital).then_some(k + 1);
    for phrase in doc.phrases_from(k) {
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
            if k < end && doc.norm_ends_with(k, "ly") && doc.is_plain_word(k) {
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

    fn stance_of(text: &str, cue: &str, content: &str, cue_stance: Stance) -> Option<Stance> {
        let doc = Document::new(text);
        let find = |words: &str| {
            let first = words.split(' ').next().unwrap();
            let start = (0..doc.tokens.len())
                .find(|&k| doc.surface(k) == first)
                .unwrap();
            start..start + words.split(' ').count()
        };
        stance(&doc, cue_stance, &find(cue), &find(content))
    }

    #[test]
    fn refusals_take_no_stance() {
        let text = "The company declined to comment on the report.";
        assert_eq!(
            stance_of(text, "declined", "to comment on the report", Stance::Deny),
            None
        );
        let text = "A spokesman would neither confirm nor deny that talks took place.";
        assert_eq!(
            stance_of(
                text,
                "neither confirm nor deny",
                "talks took place",
                Stance::Deny
            ),
            None
        );
        let text = "He asked that the location not be published.";
        assert_eq!(
            stance_of(
                text,
                "asked",
                "the location not be published",
                Stance::Question
            ),
            Some(Stance::Intend)
        );
        let text = "The aide asked not to be identified.";
        assert_eq!(
            stance_of(text, "asked", "not to be identified", Stance::Question),
            Some(Stance::Intend)
        );
        let text = "The club did not respond to a request for comment.";
        assert_eq!(
            stance_of(text, "respond", "to a request for comment", Stance::Deny),
            None
        );
        let text = "A spokeswoman would not say whether others were exposed.";
        assert_eq!(
            stance_of(text, "say", "whether others were exposed", Stance::Deny),
            None
        );
        let text = "Democrats pressed for a vote on the bill.";
        assert_eq!(
            stance_of(text, "pressed", "a vote on the bill", Stance::Question),
            Some(Stance::Intend)
        );
    }

    #[test]
    fn announced_intentions() {
        let text = "Chatterbox said it would appeal.";
        assert_eq!(
            stance_of(text, "said", "it would appeal", Stance::Assert),
            Some(Stance::Intend)
        );
        let plain = "Officials said prices would rise.";
        assert_eq!(
            stance_of(plain, "said", "prices would rise", Stance::Assert),
            Some(Stance::Assert)
        );
    }

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

    #[test]
    fn a_neutral_cue_whose_content_judges() {
        let text = "Wren called the plan a disaster in slow motion.";
        assert_eq!(
            stance_of(
                text,
                "called",
                "the plan a disaster in slow motion",
                Stance::Assert
            ),
            Some(Stance::Criticize)
        );
        let text = "She called the vote historic.";
        assert_eq!(
            stance_of(text, "called", "the vote historic", Stance::Assert),
            Some(Stance::Praise)
        );
    }
}
