//! Noun phrases: the source phrases around a frame, read without a
//! part-of-speech model from the lexicon's classes and capitals. `np_left`
//! walks back from a verb to its subject (`Kremlin spokesman Dmitry Peskov`,
//! `people familiar with the matter`, `A draft of the agreement seen by
//! Reuters`); `np_right` reads an inverted subject, a listener or an agent
//! (`said Ana Ruiz, a nurse`, `the U.S., South Korea, and their partners`).

use std::ops::Range;

use super::{Linker, MAX_PHRASE};
use crate::lexicon::{Flags, PhraseKind, VerbForm, SUBJECT_PRONOUNS};
use crate::segment::{QuoteMark, TokenKind};
use crate::text::Words;

/// Adjectives that open a source's post-modifier: `people familiar with the
/// talks`, `a source close to him`, `officials briefed on the plan`.
pub(super) const POSTMODIFYING_ADJECTIVES: Words = words![
    "familiar",
    "close",
    "involved",
    "briefed",
    "knowledgeable",
    "aware",
    "closest"
];

impl<'d, 'a> Linker<'d, 'a> {
    /// Whether a noun phrase can name a source.
    pub(super) fn is_nameable(&self, np: &Range<usize>) -> bool {
        let determined =
            np.len() >= 2 && self.is(np.start, Flags::DET | Flags::POSS | Flags::QUANT);
        determined
            || np.clone().any(|k| {
                let t = &self.doc.tokens[k];
                t.capitalized
                    || t.is(Flags::PRON
                        | Flags::SOURCE_HEAD
                        | Flags::OUTLET
                        | Flags::PLACE)
                    || t.is_cue_noun()
            })
            // A plural common noun heads a source too: `analysts`, `residents`.
            || np.end > np.start && {
                let last = &self.doc.tokens[np.end - 1];
                last.is_plain_word() && last.info.is_none() && self.doc.norm_ends_with(np.end - 1, "s")
            }
    }

    /// The start of a share of people ending at `head` (`just 19 percent`,
    /// `nearly 7 in 10`, `40%`), with the degree words before it.
    pub(super) fn share_left(&self, head: usize, start: usize) -> Option<usize> {
        // (`Forty-one percent`: spelled out at a sentence's start.)
        let number = |k: usize| self.doc.number_at(k);
        let percent = self.doc.percent_at(head);
        let mut first = if percent && head > start && number(head - 1) {
            head - 1
        } else if number(head) && self.doc.norm_ends_with(head, "%") {
            head
        } else if number(head)
            && head >= start + 2
            && self.word_is(head - 1, words!["in"])
            && number(head - 2)
        {
            head - 2
        } else {
            return None;
        };
        while first > start
            && self.word_is(
                first - 1,
                words![
                    "just", "only", "about", "nearly", "almost", "roughly", "some", "than", "more",
                    "less", "fewer", "over", "under", "around", "barely"
                ],
            )
        {
            first -= 1;
        }
        Some(first)
    }

    /// A year: `2016`, `1998`.
    pub(super) fn year(&self, k: usize) -> bool {
        let t = &self.doc.tokens[k];
        let text = self.doc.surface(k);
        t.is_number()
            && text.len() == 4
            && (text.starts_with("19") || text.starts_with("20"))
            && text.bytes().all(|b| b.is_ascii_digit())
    }

    /// The article opening the phrase that ends before `end`, at most five
    /// words back and past no comma: `the` of `the 0.2% gain`, a figure's
    /// phrase `np_left` does not read.
    pub(super) fn article_back(&self, end: usize, start: usize) -> Option<usize> {
        (end.saturating_sub(5).max(start)..end)
            .rev()
            .find(|&j| self.is(j, Flags::DET))
            .filter(|&j| (j..end).all(|k| !self.punct(k, ',')))
    }

    /// The source noun phrase ending just before `end`, walking left.
    pub(super) fn np_left(&self, end: usize, start: usize) -> Option<Range<usize>> {
        if end <= start {
            return None;
        }
        // `the state comptroller last month warned`, `the ministry on Monday said`.
        let mut end = end;
        let trailing_time = end >= start + 3
            && (self.word_is(
                end - 1,
                words![
                    "week",
                    "month",
                    "year",
                    "weekend",
                    "night",
                    "morning",
                    "afternoon",
                    "evening"
                ],
            ) && self.word_is(end - 2, words!["last", "next", "this", "earlier", "later"])
                || (self.is(end - 1, Flags::TIME) || self.year(end - 1))
                    && self.word_is(end - 2, words!["on", "in", "from", "since", "during"]));
        if trailing_time {
            end -= 2;
        } else if end >= start + 2
            && self.is(end - 1, Flags::TIME)
            && self.doc.is_plain_word(end - 2)
            && !self.is(end - 2, Flags::PREP | Flags::DET | Flags::SUB)
        {
            // `The Home Office today rejects`, `the ministry Tuesday said`.
            end -= 1;
        }
        // `Officials there said`, `residents here say`: a place adverb after
        // the noun is no part of it.
        if end >= start + 2
            && self.word_is(end - 1, words!["there", "here"])
            && self.doc.is_word(end - 2)
            && self.is(end - 2, Flags::ANON | Flags::ROLE | Flags::SOURCE_HEAD)
        {
            end -= 1;
        }
        // `Trump himself said`: the emphatic pronoun is no part of the name.
        if end >= start + 2
            && self.word_is(
                end - 1,
                words!["himself", "herself", "themselves", "itself"],
            )
            && self.doc.is_word(end - 2)
        {
            end -= 1;
        }
        // `the Maritime Trade Operations (UKMTO) agency said`: a name's
        // acronym before the head noun it modifies.
        if end >= start + 5
            && self.bracketed_acronym(end - 4)
            && self.is(end - 1, Flags::SOURCE_HEAD)
            && !self.doc.capitalized(end - 1)
        {
            return self
                .np_left(end - 4, start)
                .filter(|np| self.doc.capitalized(np.end - 1))
                .map(|np| np.start..end);
        }
        // `Sen. Ann Lowe (D-Ore.) said`: a parenthetical after the name.
        if self.punct(end - 1, ')') {
            let open = (start..end - 1)
                .rev()
                .take(8)
                .find(|&j| self.punct(j, '('))?;
            let named = |np: &Range<usize>| self.doc.capitalized(np.end - 1);
            // (`Mark Sutter (R-Ind.) and ranking member Lydia Haines (D-Md.)
            // said`: two names with their tags.)
            let and = (start + 1..open)
                .rev()
                .take(6)
                .take_while(|&j| self.doc.is_word(j))
                .find(|&j| self.word_is(j, words!["and"]) && self.punct(j - 1, ')'));
            if let Some(and) = and {
                let second = self.np_left(open, and + 1).filter(named);
                if let (Some(first), Some(_)) = (self.np_left(and, start), second) {
                    return Some(first.start..end);
                }
            }
            return self
                .np_left(open, start)
                .filter(named)
                .map(|np| np.start..end);
        }
        // `voters under 30 say`, `Americans over 65 said`: an age after the head.
        if end >= start + 3 && self.doc.age_before(end) {
            return self.np_left(end - 2, start).map(|np| np.start..end);
        }
        let head = end - 1;
        // `Just 19 percent said`, `nearly 7 in 10 said`, `About 40% said`:
        // a share of those polled.
        if let Some(share) = self.share_left(head, start) {
            return Some(share..end);
        }
        let t = &self.doc.tokens[head];
        // (`In a survey of 34 economists, 21 said`: a count of those just
        // named, standing alone at its clause's start.)
        if t.is_number()
            && self.doc.number_at(head)
            && !self.year(head)
            && (head == start || self.punct(head - 1, ','))
            && self.is_cue_verb(end)
        {
            return Some(head..end);
        }
        if !t.is_plain_word() {
            return None;
        }
        if t.is(Flags::PRON) && !self.word_is(head, words!["that", "this"]) {
            return Some(head..end);
        }
        // `people close to him`, `a source familiar with her thinking` ends
        // in an object pronoun: the phrase is the people before it.
        if t.is(Flags::OBJPRON)
            && head >= start + 3
            && self.word_is(head - 1, words!["to", "with"])
            && self.word_is(
                head - 2,
                words!["close", "closest", "familiar", "loyal", "allied", "near"],
            )
        {
            return self.np_left(head - 2, start).map(|np| np.start..end);
        }
        // `One of them`, `some of those`: a part of a group named before.
        if self.word_is(head, words!["them", "those", "us"])
            && head >= start + 2
            && self.word_is(head - 1, words!["of"])
            && (self.is(head - 2, Flags::QUANT)
                || self.word_is(head - 2, words!["one", "none", "each"]))
        {
            return Some(head - 2..end);
        }
        // `Another said`: one more of those just quoted, standing alone.
        if head == start && self.word_is(head, words!["another"]) {
            return Some(head..end);
        }
        if t.is(Flags::TIME
            | Flags::DET
            | Flags::PREP
            | Flags::CONJ
            | Flags::SUB
            | Flags::AUX
            | Flags::MODAL
            | Flags::REL
            | Flags::WH
            | Flags::OBJPRON)
        {
            return None;
        }
        let mut k = head;
        let mut unknown_run = 0;
        let mut saw_coordination = false;
        // (`In a letter … obtained by Fox News Digital, 23 House and Senate
        // Republicans wrote`: a list does not reach into an opening adjunct.)
        let opening_adjunct = self.is(start, Flags::PREP);
        let start = start.max(end.saturating_sub(MAX_PHRASE));
        while k > start {
            let p = k - 1;
            let pt = &self.doc.tokens[p];
            let word = self.norm(p);
            if pt.is_plain_word()
                && (pt.is(Flags::DET | Flags::POSS | Flags::QUANT)
                    || pt.is(Flags::PRON) && word == "it")
            {
                if pt.is(Flags::PRON) || word == "that" {
                    break; // `said that the payments …`: a complementizer
                }
                k = p;
                // `the board's two Democrats`: a number after a possessive.
                if p > start
                    && !pt.is(Flags::DET | Flags::POSS)
                    && (self.doc.norm_is(p - 1, "'s") || self.plural_possessive(p - 1))
                {
                    continue;
                }
                // `both the`, `all the`, `one of the`; or a coordinated list.
                // (Not `talks, The Wall Street Journal and Bloomberg`: a
                // list's conjunct before the comma names a source too.)
                if p > start
                    && (self.word_is(p - 1, words!["and", "or"])
                        || self.punct(p - 1, ',')
                            && saw_coordination
                            && p >= start + 2
                            // (Not `However, The Sydney Morning Herald and the ABC`.)
                            && !self.is(p - 2, Flags::ADV)
                            && (self.doc.capitalized(p - 2) || self.is(p - 2, Flags::SOURCE_HEAD)))
                {
                    saw_coordination = true;
                    k = p - 1;
                    // (`The World Food Programme (WFP) and the Red Cross`:
                    // past the first name's acronym.)
                    if k >= start + 4 && self.bracketed_acronym(k - 3) {
                        k -= 3;
                    }
                    continue;
                }
                // `two of the people`, `most of the aides`: a part of a group.
                let part = |j: usize| {
                    self.is(j, Flags::QUANT | Flags::NUMBER)
                        || self.doc.is_number(j)
                        || self.word_is(j, words!["one", "none", "each"])
                };
                if p > start + 1 && self.word_is(p - 1, words!["of"]) && part(p - 2) {
                    k = p - 2;
                    break;
                }
                // `a draft of the agreement`, `a spokesman for the ministry`.
                if p > start + 1
                    && self.word_is(
                        p - 1,
                        words!["of", "from", "for", "at", "with", "to", "by", "on", "in"],
                    )
                    && self.np_postmodifier_host(p - 2, self.norm(p - 1))
                    && !self.is(p - 2, Flags::DET | Flags::POSS)
                {
                    k = self.past_postmodifier_host(p - 1);
                    continue;
                }
                if p > start && self.is(p - 1, Flags::QUANT) {
                    k = p - 1;
                }
                break;
            }
            // `outside scientists said`: a modifier, at the phrase's start.
            if word == "outside" && (p == start || self.punct(p - 1, ',')) {
                k = p;
                break;
            }
            // `other sites such as Gawker.com`: the example belongs to the phrase.
            if word == "as" && p > start + 1 && self.word_is(p - 1, words!["such"]) {
                k = p - 1;
                continue;
            }
            if pt.is_plain_word() && words!["and", "or"].has(word) {
                // Coordination between names: `NHK and Vedomosti`, `North Korea and Russia`.
                if p > start && self.np_continues(p - 1) {
                    saw_coordination = true;
                    k = p;
                    continue;
                }
                // (`the country's search and rescue agency`: two modifiers
                // of one head.)
                let modifier = |j: usize| {
                    self.doc.is_plain_word(j)
                        && !self.doc.capitalized(j)
                        && !self.is(j, Flags::FUNCTION | Flags::ADV)
                        && self.cue_verb(j).is_none()
                };
                if word == "and"
                    && p > start
                    && k + 1 == head
                    && self.is(head, Flags::SOURCE_HEAD)
                    && modifier(k)
                    && modifier(p - 1)
                {
                    k = p - 1;
                    continue;
                }
                break;
            }
            if pt.is_punct(',') && saw_coordination && p > start && self.doc.capitalized(p - 1) {
                k = p;
                continue;
            }
            if word == "by"
                && !(saw_coordination && opening_adjunct)
                && p > start + 1
                && self.word_is(
                    p - 1,
                    words![
                        "seen",
                        "obtained",
                        "reviewed",
                        "published",
                        "released",
                        "filed",
                        "issued",
                        "prepared",
                        "commissioned",
                        "conducted",
                        "written",
                        "signed"
                    ],
                )
            {
                // `a draft of the agreement seen by Reuters`: the text is the source.
                k = p - 1;
                continue;
            }
            if pt.is_plain_word()
                && self.word_is(
                    p,
                    words!["of", "from", "for", "at", "with", "to", "in", "on"],
                )
            {
                // A post-modifier: `reports from NHK`, `spokeswoman for the
                // ministry`, `people familiar with the talks`, `a source close to`.
                if p > start && self.np_postmodifier_host(p - 1, word) {
                    k = self.past_postmodifier_host(p);
                    continue;
                }
                break;
            }
            // (`Procter & Gamble`, `Standard & Poor's`: an ampersand joins a name.)
            if p > start && self.doc.ampersand_in_name(p) {
                k = p;
                continue;
            }
            // (`“…,” de Vries said`: or opening the name after a mark.)
            // (`van der Berg`: a particle before another.)
            let name_particle = pt.is(Flags::PARTICLE)
                && !pt.capitalized
                && (self.doc.capitalized(k) || self.is(k, Flags::PARTICLE) && k + 1 < end)
                && (p > start && (self.doc.capitalized(p - 1) || self.is(p - 1, Flags::PARTICLE))
                    || p == start
                    || !self.doc.is_word(p - 1) && !self.punct(p - 1, '.'));
            if pt.is_number()
                || word == "'s"
                || self.plural_possessive(p)
                || name_particle
                || pt.capitalized
                    && pt.is_plain_word()
                    && !pt.is(Flags::SUB | Flags::PREP | Flags::CONJ | Flags::TIME)
            {
                unknown_run = 0;
                k = p;
                continue;
            }
            if pt.is_plain_word() && pt.is(Flags::SOURCE_HEAD | Flags::DEMONYM | Flags::PLACE) {
                unknown_run = 0;
                k = p;
                continue;
            }
            // A verb form between a determiner and the head is a noun: `the state's office`.
            // (Not `in which party leaders urged`: a relative after a
            // preposition opens no phrase; `those who watched said` does.)
            let noun_use = pt.is_plain_word()
                && !pt.is(Flags::ADV | Flags::NEG | Flags::AUX | Flags::MODAL)
                && !(pt.is(Flags::REL) && self.is(p - 1, Flags::PREP))
                && (p > start
                    && (self.is(p - 1, Flags::DET | Flags::POSS | Flags::QUANT | Flags::PREP)
                        || self.doc.norm_is(p - 1, "'s")
                        || self.plural_possessive(p - 1)
                        // (`a Republican state lawmaker`: after a
                        // determiner's capitalized modifier.)
                        || p > start + 1
                            && self.doc.capitalized(p - 1)
                            && self.doc.is_word(p - 1)
                            && self.is(p - 2, Flags::DET))
                    || self.doc.norm_is(p + 1, "'s")
                    // (`…, state media said`: a state's outlet.)
                    || word == "state" && self.is(k, Flags::SOURCE_HEAD))
                && !word.ends_with("ly");
            if noun_use
                || pt.is_plain_word()
                    && pt
                        .info
                        .is_none_or(|i| i.flags == Default::default() && i.verb.is_none())
                    && !word.ends_with("ly")
            {
                // An unknown word as a modifier: `senior officials`, `local health department`.
                unknown_run += 1;
                // (A third only right after its determiner: `an 88-year-old
                // retired bus driver`.)
                if unknown_run > 2 && !(unknown_run == 3 && p > start && self.is(p - 1, Flags::DET))
                {
                    break;
                }
                k = p;
                continue;
            }
            if pt.is_plain_word()
                && pt.is_cue_noun()
                && self.cue_verb(p).is_none_or(|_| {
                    p == start
                        || self.is(p - 1, Flags::DET | Flags::QUANT | Flags::PREP | Flags::SUB)
                })
            {
                k = p;
                continue;
            }
            break;
        }
        // Trim modifiers that turned out to lead nowhere: an unknown
        // lowercase word at the start without a determiner is a verb or an
        // adverb (`the prices rose sharply analysts said`) — unless a clause
        // boundary stands before it (`”, regional fire chief Nuno Barreto said`).
        // (`…, as farm groups threatened`: a conjunction bounds it too.)
        let bounded =
            k == start || !self.doc.is_word(k - 1) || self.is(k - 1, Flags::SUB | Flags::CONJ);
        while !bounded
            && k < head
            && self.doc.is_plain_word(k)
            && !self.doc.capitalized(k)
            && self.doc.unknown(k)
        {
            let has_det = k > start && self.is(k - 1, Flags::DET | Flags::POSS | Flags::QUANT);
            if has_det {
                break;
            }
            k += 1;
        }
        // `the best he could get with a Democratic Senate, and a source …
        // said`: a preposition's object is no subject's first conjunct.
        // (Not a name's own `of`: `the Bureau of Safety and Environmental
        // Enforcement`.)
        if saw_coordination
            && k > start
            && self.is(k - 1, Flags::PREP)
            && !self.doc.capitalized(k - 1)
            && !self.word_is(k - 1, words!["of"])
        {
            // (`… obtained by Fox News Digital, 23 House and Senate
            // Republicans wrote`: the subject starts after the last comma.)
            if let Some(comma) = (k + 1..head).rev().find(|&j| self.punct(j, ',')) {
                k = comma + 1;
            }
        }
        // A coordination whose left conjunct was not taken: `and its members`.
        while k < head && (self.is(k, Flags::CONJ) || self.punct(k, ',')) {
            k += 1;
        }
        // `…, a position Castellano called`: a writer's appositive noun
        // before a name is not the name's (but `a senior GOP aide` is one
        // phrase).
        if k + 2 < end
            && k > start
            && self.doc.capitalized(end - 1)
            && self.punct(k - 1, ',')
            && self.word_is(k, words!["a", "an"])
            && !self.doc.capitalized(k + 1)
            && !self.is(k + 1, Flags::SOURCE_HEAD)
            && self.doc.capitalized(k + 2)
        {
            k += 2;
        }
        let np = k..end;
        // With a post-modifier (`people familiar with the matter`), the head
        // stands before its preposition.
        let head = self.head_of(&np);
        let t = &self.doc.tokens[head];
        let head_ok = t.capitalized
            || t.is_number()
            || t.is(Flags::SOURCE_HEAD | Flags::OUTLET | Flags::PLACE)
            || t.is_cue_noun()
            || np.len() >= 2 && self.is(np.start, Flags::DET | Flags::POSS | Flags::QUANT)
            // (`Poland and the Baltic states`: the last conjunct's determiner.)
            || saw_coordination
                && (np.start..head)
                    .rev()
                    .take_while(|&j| !self.is(j, Flags::CONJ) && !self.punct(j, ','))
                    .last()
                    .is_some_and(|j| j < head && self.is(j, Flags::DET | Flags::POSS))
            // `Those close to Sanders`: a pronoun with its post-modifier.
            || head == np.start && np.len() > 3 && self.word_is(head, words!["those"])
            // `Clinton's campaign`, `Smith's office`: a possessor makes the phrase.
            || (np.start..head).any(|j| self.doc.norm_is(j, "'s") || self.plural_possessive(j))
            || self.doc.norm_ends_with(head, "s")
                && (t.info.is_none() || self.plural_before_finite(head));
        // `Many said`, `Both said`: a quantifier standing for its people.
        let quantifier = np.len() == 1 && t.is(Flags::QUANT);
        (quantifier || head_ok && self.is_nameable(&np)).then_some(np)
    }

    /// The head word of a noun phrase: its last word, or the word before
    /// its first post-modifying preposition or a plural's gerund (`lawyers
    /// for the firm`, `analysts tracking the sector`).
    pub(super) fn head_of(&self, np: &Range<usize>) -> usize {
        let prep = (np.start + 1..np.end).find(|&j| {
            self.is(j, Flags::PREP)
                // `Bank of America`: a preposition inside a name (not after
                // a plural of people opening the sentence: `Organizers with
                // Fair Wage Idaho`).
                && !(self.doc.capitalized(j - 1)
                    && self.doc.capital_at(j + 1)
                    && !(self.is(j - 1, Flags::ANON | Flags::ROLE) && self.plural_word(j - 1)))
                // (`Residents living near the plant`: a plural's gerund.)
                || self.is_gerund_word(j) && self.plural_word(j - 1)
        });
        match prep {
            Some(j)
                if (self.word_is(j - 1, POSTMODIFYING_ADJECTIVES)
                    || self.word_is(j - 1, words!["seen"]))
                    && j >= np.start + 2 =>
            {
                j - 2
            }
            Some(j) => j - 1,
            // (`Sen. Ann Lowe (D-Ore.)`: the name before its party tag.)
            None if self.punct(np.end - 1, ')') => (np.start..np.end - 1)
                .rev()
                .find(|&j| self.punct(j, '('))
                .map_or(np.end - 1, |open| open.saturating_sub(1).max(np.start)),
            None => np.end - 1,
        }
    }

    /// Whether the word at `j` reads as a plural noun: `officials`, `people`.
    pub(super) fn plural_word(&self, j: usize) -> bool {
        j < self.doc.tokens.len()
            && !self.is(j, Flags::FUNCTION | Flags::ADV)
            && (self.in_single_s(j) || self.word_is(j, words!["people"]))
    }

    /// Whether the word in `-s` at `j` is a plural noun because a finite
    /// verb follows it at once (`Gulf states said`, `Member states have
    /// agreed`): a verb in `-s` never takes a finite verb as its next word,
    /// but in a relative whose object is gone (`what it says are`, `the
    /// people he believes have turned on him`), after a subject of its own.
    pub(super) fn plural_before_finite(&self, j: usize) -> bool {
        let Some(next) = self.doc.tokens.get(j + 1) else {
            return false;
        };
        let gap_relative = j > 0
            && (self.is(j - 1, Flags::PRON)
                || (j.saturating_sub(4)..j).any(|k| self.is(k, Flags::WH | Flags::REL)));
        !gap_relative
            && next.is_plain_word()
            && !next.capitalized
            && (next.is(Flags::AUX | Flags::MODAL)
                && !self.word_is(
                    j + 1,
                    words!["be", "been", "being", "is", "are", "was", "were", "do", "to"],
                )
                || next.info.and_then(|i| i.verb).is_some_and(|(_, form)| {
                    matches!(form, VerbForm::Past | VerbForm::PastOrParticiple)
                })
                // (`Pentagon documents show`: a plural noun's own present; not
                // a headline's `unveils plan`.)
                || self.doc.tokens[j].info.is_some_and(|i| i.noun.is_some())
                    && self.cue_verb(j + 1).is_some_and(|(_, form)| form == VerbForm::Base))
    }

    /// Whether the word at `p` can carry a post-modifier with this preposition.
    /// Whether the `to` at `to` opens an infinitive with its object: a
    /// lowercase word between it and a determiner (`to close the wells`),
    /// where a phrase's object would open with the determiner itself.
    fn infinitive_before_object(&self, to: usize) -> bool {
        self.doc.tokens.get(to + 1).is_some_and(|t| {
            t.is_word() && !t.capitalized && !t.is(Flags::DET | Flags::POSS | Flags::QUANT)
        }) && self.is(to + 2, Flags::DET | Flags::POSS)
    }

    pub(super) fn np_postmodifier_host(&self, p: usize, prep: &str) -> bool {
        let t = &self.doc.tokens[p];
        let word = self.norm(p);
        match prep {
            // (`organizers with the coalition`, `an official with the agency`.)
            "with" => {
                words!["familiar", "associated", "involved"].has(word)
                    || t.is(Flags::ROLE | Flags::ANON) && (!t.capitalized || word.ends_with('s'))
            }
            // `people close to`, `aides to the mayor`, `an adviser to the king`.
            // (Not an infinitive: `urged authorities to close the wells`.)
            "to" if self.infinitive_before_object(p + 1) => false,
            "to" => {
                words!["close", "closest", "near"].has(word)
                    || t.is(Flags::ROLE | Flags::ANON) && !t.capitalized
                    // `Afghan Ambassador to the United States Hamdullah Mohib`
                    || t.is(Flags::ROLE)
                        && self.word_is(p + 2, words!["the"])
                        && self.doc.capital_at(p + 3)
            }
            "in" | "on" => {
                // (`Republicans on the committee`: a capitalized plural too.)
                t.is(Flags::ANON | Flags::ROLE) && (!t.capitalized || word.ends_with('s'))
                    || words!["involved", "briefed", "experts", "expert"].has(word)
                    // `National Institute on Aging`: a preposition inside a name.
                    || t.capitalized && self.doc.capital_at(p + 2)
            }
            // (`released in October by the center`: a month hosts nothing.)
            _ => {
                t.capitalized && !t.is(Flags::TIME) && word != "may"
                    || t.is(Flags::SOURCE_HEAD)
                    || t.is_cue_noun()
                    // `the trial of six members of …`: a determined common noun.
                    || prep == "of"
                        && t.is_plain_word()
                        && t.info.is_none()
                        && p > 0
                        && self.is(p - 1, Flags::DET | Flags::POSS)
            }
        }
    }

    /// `the drivers’ union`: an apostrophe closing no quotation after a
    /// plural is a possessive.
    pub(super) fn plural_possessive(&self, k: usize) -> bool {
        (matches!(
            self.doc.tokens[k].kind,
            TokenKind::Quote(QuoteMark::SingleClose | QuoteMark::Straight)
        ) || self.punct(k, '\''))
            && self.quotes.at(k).is_none()
            && k > 0
            && self.doc.tokens[k - 1].end == self.doc.tokens[k].start
            && self.doc.norm_ends_with(k - 1, "s")
    }

    /// The position to go on walking left from, past a post-modifier's
    /// preposition at `prep` and, when it is an adjective that no other rule
    /// takes (`briefed`, `familiar`), past that word too.
    fn past_postmodifier_host(&self, prep: usize) -> usize {
        let host = prep - 1;
        if self.doc.norm_in(host, POSTMODIFYING_ADJECTIVES) {
            host
        } else {
            prep
        }
    }

    /// Whether the token at `p` (left of `and`) belongs to a name or source noun.
    pub(super) fn np_continues(&self, p: usize) -> bool {
        let t = &self.doc.tokens[p];
        t.is_plain_word()
            && (t.capitalized
                || t.is(Flags::ROLE
                    | Flags::ANON
                    | Flags::MEDIA
                    | Flags::GOVERNMENT
                    | Flags::ORGANIZATION
                    | Flags::OUTLET
                    | Flags::PLACE))
    }

    /// A source noun phrase starting at `from`, walking right.
    pub(super) fn np_right(&self, from: usize, end: usize) -> Option<Range<usize>> {
        self.np_right_impl(from, end, false)
    }

    /// Like `np_right`, but a list may run on to a `that` (`claims from the
    /// U.S., South Korea, and their partners that`).
    pub(super) fn np_right_until_that(&self, from: usize, end: usize) -> Option<Range<usize>> {
        self.np_right_impl(from, end, true)
    }

    pub(super) fn np_right_impl(
        &self,
        from: usize,
        end: usize,
        lists: bool,
    ) -> Option<Range<usize>> {
        let end = end.min(from + MAX_PHRASE);
        if from >= end {
            return None;
        }
        let first = &self.doc.tokens[from];
        if !first.is_plain_word() {
            return None;
        }
        if first.is(Flags::PRON) && !self.word_is(from, words!["that", "this"]) {
            return Some(from..from + 1);
        }
        // Within one conjunct: whether a determiner opened it and a proper
        // name has begun (after a name, a plain lowercase word is a verb).
        // (`according to unofficial results posted …`: the phrase there is
        // a source, as if a determiner opened it.)
        let after_according = from > 1
            && self.word_is(from - 1, words!["to"])
            && self.word_is(from - 2, words!["according"]);
        // (A complementizer, not a determiner, but for `according to that
        // document`.)
        if self.word_is(from, words!["that"]) && !after_according {
            return None;
        }
        let mut k = from;
        let mut last_good = None;
        let mut headed = false;
        let mut opened = after_according;
        let mut named = false;
        while k < end {
            let t = &self.doc.tokens[k];
            let word = self.norm(k);
            if t.is_punct(',') {
                // Lists (`the U.S., South Korea, and their partners`) and
                // appositives (`Ana Ruiz, a nurse`).
                if lists
                    && k + 1 < end
                    && (self.doc.capitalized(k + 1) || self.word_is(k + 1, words!["and", "or"]))
                {
                    k += 1;
                    (opened, named, headed) = (false, false, false);
                    continue;
                }
                // An appositive follows a proper name only (not `a Gallup
                // poll, the …`: a common noun's phrase).
                let named_before = (from..k)
                    .any(|j| self.doc.capitalized(j) && !self.is(j, Flags::DET))
                    && !(headed && self.doc.is_word(k - 1) && !self.doc.capitalized(k - 1));
                if named_before {
                    if let Some(appositive) = self.appositive(k + 1, end) {
                        last_good = Some(appositive);
                    }
                }
                break;
            }
            // `Sen. Ann Lowe (D-Ore.)`: a short parenthetical after a name.
            if t.is_punct('(') && named {
                match (k + 1..end.min(k + 8)).find(|&j| self.punct(j, ')')) {
                    Some(close) => {
                        k = close + 1;
                        last_good = Some(k);
                        continue;
                    }
                    None => break,
                }
            }
            // (`told Fox News’ Sean Hannity`: a plural's possessive.)
            if self.plural_possessive(k) && k > from {
                (opened, named, headed) = (true, false, false);
                k += 1;
                continue;
            }
            if !(t.is_plain_word() || t.is_number()) {
                break;
            }
            // `Members of the panel voted 7-2`, `the union went to court`: a
            // past form after a word of the phrase is its verb.
            if k > from
                && (self.unknown_past(k) || t.is(Flags::PAST))
                && !words![
                    "involved",
                    "concerned",
                    "affected",
                    "interested",
                    "briefed",
                    "based"
                ]
                .has(word)
                && self.doc.is_word(k - 1)
                && !self.is(
                    k - 1,
                    Flags::DET | Flags::POSS | Flags::QUANT | Flags::ADV | Flags::PREP,
                )
                && !self.doc.norm_ends_with(k - 1, "ly")
                // (`the tribunal's last published figures`)
                && !self.word_is(k - 1, words!["last", "first", "most", "newly"])
            {
                break;
            }
            // (`the tribunal's last published figures`: after a possessive,
            // `last` is an adjective, not a time.)
            let determined =
                k > from && (self.doc.norm_is(k - 1, "'s") || self.is(k - 1, Flags::POSS));
            if k > from
                && (word == "that"
                    || t.is(Flags::SUB
                        | Flags::REL
                        | Flags::AUX
                        | Flags::MODAL
                        | Flags::NEG
                        | Flags::WH
                        | Flags::TIME)
                    || words!["last", "next", "earlier", "later", "late", "early"].has(word)
                        && !determined)
            {
                break; // `the state auditor last year`, `the ministry on Tuesday`
            }
            // (`according to forms she filed`: a contact clause after it.)
            if after_according && k > from && SUBJECT_PRONOUNS.has(word) {
                break;
            }
            if word == "'s" {
                // (`he's said`: a contraction; `the chairman's plans`: a
                // possessive, its verb form a noun.)
                if k + 1 < end
                    && k > 0
                    && self.is(k - 1, Flags::PRON)
                    && self.is_cue_verb(k + 1)
                    && self.doc.tokens[k + 1].info.is_none_or(|i| i.noun.is_none())
                {
                    break;
                }
                (opened, named, headed) = (true, false, false);
                k += 1;
                continue;
            }
            if t.is(Flags::CONJ) {
                if !words!["and", "or"].has(word) || k + 1 >= end || !self.starts_np(k + 1) {
                    break;
                }
                (opened, named, headed) = (false, false, false);
                k += 1;
                continue;
            }
            if t.is(Flags::DET | Flags::POSS | Flags::QUANT) && !t.capitalized
                || t.is(Flags::DET | Flags::POSS | Flags::QUANT) && k == from
            {
                // `told reporters the town …`: a determiner after a head opens
                // the next phrase.
                if k > from && (headed || named) {
                    break;
                }
                opened = true;
                k += 1;
                continue;
            }
            if t.is(Flags::PREP) {
                // A post-modifier: `reports from NHK`, `a spokeswoman for the
                // ministry`, `people familiar with the talks`.
                if k > from
                    && self.np_postmodifier_host(k - 1, word)
                    && k + 1 < end
                    && self.starts_np(k + 1)
                {
                    (opened, named, headed) = (false, false, false);
                    k += 1;
                    continue;
                }
                break;
            }
            // `Joost van Dijk`: a particle between the words of a name.
            if t.is(Flags::PARTICLE)
                && !t.capitalized
                && named
                && k + 1 < end
                && self.doc.capitalized(k + 1)
            {
                k += 1;
                continue;
            }
            let known_noun = t.is(Flags::SOURCE_HEAD
                | Flags::OUTLET
                | Flags::PLACE
                | Flags::DEMONYM
                | Flags::HONORIFIC)
                || t.is_cue_noun();
            // (`according to state data`: no verb right after a preposition.)
            let after_preposition = k == from
                && k > 0
                && self.is(k - 1, Flags::PREP)
                && !(self.word_is(k - 1, words!["to"])
                    && !(k > 1 && self.word_is(k - 2, words!["according"])));
            // (`the chairman's plans`: after a possessive's `'s` too.)
            let noun_position = known_noun
                || after_preposition
                || k > from
                    && (self.is(k - 1, Flags::DET | Flags::POSS | Flags::QUANT)
                        || self.doc.norm_is(k - 1, "'s"));
            // (`urged state investigators to …`: a verb's bare form before a
            // source's head modifies it.)
            let modifier = self
                .cue_verb(k)
                .is_some_and(|(_, form)| form == VerbForm::Base)
                && self.is(k + 1, Flags::SOURCE_HEAD);
            let verb_like = self.is_cue_verb(k) && !noun_position && !modifier;
            if t.capitalized || t.is_number() {
                if verb_like && k > from && !t.capitalized {
                    break;
                }
                // (`a 2022 report by …`: a number names nothing.)
                named |= t.capitalized;
            } else if known_noun {
                // (`a CNN poll`, `the Pentagon report`: a document of the name's.)
                let document = opened && t.is(Flags::DOCUMENT);
                if named
                    && !document
                    && !t.is(Flags::ROLE | Flags::MEDIA | Flags::ORGANIZATION | Flags::GOVERNMENT)
                {
                    break;
                }
                headed = true;
            } else if let Some((stop, _)) = named
                .then(|| {
                    let media = |p| matches!(p, PhraseKind::Media | PhraseKind::Organization);
                    self.doc.phrase_at(k, end, &media)
                })
                .flatten()
            {
                // `Yonhap news agency`: a name's descriptor of several words.
                k = stop;
                last_good = Some(k);
                continue;
            } else {
                let post_adjective = words!["familiar", "close", "involved", "briefed"].has(word);
                // (`local health officials`: modifiers before a source head.)
                let unopened = !opened && k != from && !self.modifiers_then_head(k, end);
                // `a news conference in …`: a known noun may modify a last head noun.
                let compound_head = headed
                    && !unopened
                    && (k + 1 >= end
                        || !self.doc.is_word(k + 1)
                        || self.is(k + 1, Flags::PREP | Flags::SUB)
                        || self.word_is(k + 1, words!["that"]));
                // (`one senior GOP leadership aide`: a name's modifier before
                // a source head.)
                let name_modifier = named && !headed && self.modifiers_then_head(k, end);
                if verb_like
                    || named && !name_modifier
                    || (headed && !compound_head || unopened) && !post_adjective
                    || t.is(Flags::ADV | Flags::TIME)
                {
                    break;
                }
            }
            k += 1;
            last_good = Some(k);
        }
        let end_np = last_good?;
        let np = from..end_np;
        (self.is_nameable(&np) && np.len() <= 16).then_some(np)
    }

    /// Whether a noun phrase can start at token `k`.
    /// Whether the words from `k` are at most two lowercase modifiers no
    /// table knows, then a source head: `health officials`, `public health experts`.
    fn modifiers_then_head(&self, k: usize, end: usize) -> bool {
        (k..end.min(k + 3))
            .take_while(|&j| {
                let t = &self.doc.tokens[j];
                t.is_plain_word() && !t.capitalized
            })
            .find(|&j| self.doc.tokens[j].info.is_some())
            .is_some_and(|j| j > k && self.is(j, Flags::SOURCE_HEAD))
    }

    pub(super) fn starts_np(&self, k: usize) -> bool {
        let t = &self.doc.tokens[k];
        t.is_plain_word()
            && (t.capitalized
                || t.is(Flags::DET
                    | Flags::POSS
                    | Flags::QUANT
                    | Flags::SOURCE_HEAD
                    | Flags::DEMONYM)
                || t.info.is_none())
    }

    /// An appositive after a name's comma, up to its closing comma or the
    /// sentence's end: `, a nurse`, `, a spokeswoman for the ministry,`.
    pub(super) fn appositive(&self, from: usize, end: usize) -> Option<usize> {
        if self.doc.tokens.get(from).is_some_and(|t| t.is_number()) && from < end {
            // An age: `Maria Lopez, 54,` and maybe an appositive after it.
            let after = from + 1;
            if after < end && self.punct(after, ',') {
                return Some(self.appositive(after + 1, end).unwrap_or(after));
            }
            return (after >= end || self.is_terminal(after)).then_some(after);
        }
        // (`Theo Banfield, her deputy campaign manager`: a possessive too.)
        let possessive = self.is(from, Flags::POSS) && !self.doc.capitalized(from);
        // (`According to the Justice Ministry, investigators seized …`: a
        // bare plural opens the clause; one name's bare role is singular.)
        let singular_role = self.is(from, Flags::ROLE) && !self.plural_word(from);
        if !self.word_is(from, words!["a", "an", "the"])
            && !possessive
            && !singular_role
            && !self.is(from, Flags::DEMONYM)
        {
            return None;
        }
        let mut k = from;
        while k < end && k - from < 10 {
            let t = &self.doc.tokens[k];
            // (`chief economist at Hollings & Crane`)
            if !t.is_word() && !self.doc.norm_is(k, "'s") && !self.punct(k, '&') {
                break;
            }
            // (`According to Smith, the group has 2,000 members`: a verb
            // makes it the clause after the phrase.)
            if self.word_is(k, words!["who", "which", "that"])
                || (self.is_cue_verb(k) || self.is(k, Flags::AUX | Flags::MODAL | Flags::PAST))
                    && k > from + 1
                    && !self.is(k - 1, Flags::DET)
            {
                return None;
            }
            // (`According to NHK, the mission cost about 32 billion yen`: a
            // number after a plain word, past an approximation, is a verb's
            // object.)
            if t.is_number() && k > from + 1 {
                let before = k
                    - 1
                    - usize::from(self.word_is(
                        k - 1,
                        words!["about", "nearly", "almost", "around", "roughly"],
                    ));
                if before > from
                    && self.doc.is_word(before)
                    && !self.is(before, Flags::FUNCTION)
                    && !self.doc.capitalized(before)
                {
                    return None;
                }
            }
            k += 1;
        }
        let closes = k >= end || self.punct(k, ',') || self.is_terminal(k);
        let has_role = (from..k).any(|j| {
            self.is(
                j,
                Flags::ROLE | Flags::MEDIA | Flags::ANON | Flags::ORGANIZATION | Flags::GOVERNMENT,
            )
            // (`ByteWire, a technology news site`)
            || self
                .doc
                .phrase_at(j, k, &|p| p == PhraseKind::Media)
                .is_some()
        });
        (closes && has_role).then_some(k)
    }
}
