//! Cue–source–content linking: finds every attribution frame in the
//! segmented, quote-paired document and ties its cue to the noun phrase of
//! its source and to its content, for each construction news uses: source
//! before or after, inverted `said X`, parentheticals, `according to`,
//! nominal cues, passives, denials, beliefs, participles (`…, saying`),
//! direct quotes across sentences and paragraphs, and quotes that continue a
//! speaker. This file holds the frames; `phrases` reads the source noun
//! phrases and `content` the content spans. Its output is token ranges;
//! naming the sources is `sources`' job.

use std::ops::Range;

use crate::lexicon::{
    lexicon, CueVerb, Flags, PhraseKind, VerbClass, VerbForm, CLAUSE_SUBJECTS, POLLED_SHARES,
    SUBJECT_PRONOUNS,
};
use crate::model::{ClaimKind, Stance};
use crate::quotes::{Quote, Quotes};
use crate::segment::{Document, QuoteMark, TokenKind};
use crate::text::{has_char, sort_by_position, Words};

mod content;
mod phrases;

/// One attribution found in the text, as token ranges.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub kind: ClaimKind,
    pub content: Range<usize>,
    pub cue: Range<usize>,
    /// The noun phrase naming the source here; `None` for agentless passives.
    pub source: Option<Range<usize>>,
    /// For a quote that continues a speaker: the attribution it continues.
    pub continues: Option<usize>,
    pub stance: Stance,
    /// For a quotation split around its frame: the quoted pieces, in order,
    /// inside `content` (their hull); empty otherwise.
    pub parts: Vec<Range<usize>>,
}

/// Most tokens an adjunct may take between a verb and its content (`in a
/// statement on Tuesday`), or a frame may take after its content.
const MAX_ADJUNCT: usize = 9;
/// How far back a chain of inserts between a subject and its verb may reach.
const MAX_INSERTS: usize = 60;
const MAX_TRAILING_FRAME: usize = 14;

/// Most tokens a content or a noun phrase may run over before the engine
/// stops looking: real ones are far shorter, and the bound keeps the whole
/// analysis linear however long a sentence without punctuation runs.
const MAX_CONTENT: usize = 400;

/// The forms of `be`, and the verbs that link a subject to an adjective as
/// `be` does (`remained critical of`).
const BE: Words = words!["is", "are", "was", "were", "be", "been", "being", "am"];
const LINKING: Words =
    words!["remain", "remains", "remained", "seemed", "seems", "appeared", "became"];
const MAX_PHRASE: usize = 24;

/// Verbs of saying that take their listener as object (`told reporters`,
/// `briefed officials`): without one, the form is a passive participle.
const LISTENER_VERBS: Words = words!["tell", "inform", "assure", "remind", "notify", "brief"];

/// Verbs of finding that also report a discovery: what was found in some
/// state is no claim.
const DISCOVERY_VERBS: Words =
    words!["find", "discover", "uncover", "unearth", "detect", "identify"];
/// States a person or thing is found in (`found dead`, `found burnt out`).
const FOUND_STATES: Words = words![
    "dead",
    "alive",
    "unconscious",
    "unresponsive",
    "injured",
    "wounded",
    "naked",
    "abandoned",
    "burnt",
    "burned",
    "lying",
    "hanging",
    "floating",
    "stabbed",
    "drowned",
    "hanged",
    "buried",
    "safe",
    "missing"
];

/// Prepositional cues whose object is the source: `according to the
/// report, …`, `in the words of the prosecutor, “…”`.
/// Words that make a headline's `Word:` a label rather than a source.
const HEADLINE_LABELS: Words = words![
    "update",
    "updated",
    "note",
    "photo",
    "image",
    "video",
    "watch",
    "correction",
    "read",
    "editor",
    "live",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "check",
    "q",
    "a",
    "categories",
    "category",
    "tags",
    "topics",
    "related",
    "share",
    "sources",
    "source",
    "filed",
    "keywords",
    "credit",
    "credits",
    "caption",
    "contact",
    "email",
    "posted",
    "published",
    "by",
    "see",
    "more",
    "also"
];

const ACCORDING_TO: &[&[&str]] = &[
    &["according", "to"],
    &["in", "the", "words", "of"],
    &["per"],
];

struct Linker<'d, 'a> {
    doc: &'d Document<'a>,
    quotes: &'d Quotes,
    found: Vec<Attribution>,
}

/// Finds the attributions of a document, in text order of their content.
pub fn link(doc: &Document, quotes: &Quotes) -> Vec<Attribution> {
    let mut linker = Linker {
        doc,
        quotes,
        found: Vec::new(),
    };
    for s in 0..doc.sentences.len() {
        linker.sentence(s);
    }
    linker.credited_quotes();
    linker.credit_lines();
    linker.continue_speakers();
    let mut found = std::mem::take(&mut linker.found);
    // (Longest first among equal starts: an outer content before a nested one.)
    sort_by_position(&mut found, &|a| {
        (a.content.start, usize::MAX - a.content.end)
    });
    // Per attribution: whether it may nest in another's content, and
    // whether it relays a report, sharing its content (`…, citing people
    // familiar with the matter`).
    let nesting: Vec<(bool, bool)> = found
        .iter()
        .map(|a| {
            (
                linker.nestable(a),
                linker.word_is(a.cue.start, words!["citing", "quoting"]),
            )
        })
        .collect();
    // A speaker's own frame in a quotation (`“I think …”`) stands only
    // nested in the quotation's claim, whose source it shares.
    let mut kept: Vec<Attribution> = Vec::new();
    let mut holder: Option<usize> = None;
    let trim = |a: &mut Attribution| linker.leave_outer_clauses(a);
    for mut a in remove_overlaps(found, &nesting, &trim) {
        if let Some(q) = linker
            .quotes
            .at(a.cue.start)
            .filter(|_| linker.inside_quote(a.cue.start))
        {
            if !holder.is_some_and(|h| nests_inside(&a, &kept[h])) {
                continue;
            }
            // (Its content ends inside the marks, `want someone new,”`, and
            // with its sentence, `we want the boats to run on time. Some …`.)
            let sentence_end = linker
                .doc
                .sentences
                .get(linker.doc.sentence_of(a.cue.start))
                .map_or(a.content.end, |s| s.tokens.end);
            a.content.end = a.content.end.min(q.inner().end).min(sentence_end);
            while a.content.len() > 1 && linker.is_soft_break(a.content.end - 1) {
                a.content.end -= 1;
            }
            if a.kind == ClaimKind::PartialQuote {
                a.kind = linker.clause_or_report(&a.content);
            }
        } else {
            holder = Some(kept.len());
        }
        kept.push(a);
    }
    kept
}

/// A cue verb's chain of auxiliaries, read leftward (`Linker::verb_chain`).
struct VerbChain {
    /// Where the subject before the chain ends.
    subject_end: usize,
    negated: bool,
    /// A form of `be` among the auxiliaries (a passive or a progressive).
    be_aux: bool,
    any_aux: bool,
}

/// Keeps claims whose contents do not overlap, but for one level of
/// nesting: a frame inside another's content is a claim of its own (`Aides
/// said the bureau had found no evidence`: the bureau's finding inside the
/// aides' saying), and a relay (`citing people familiar with the matter`)
/// shares its report's content. Where two contents cross, the one found
/// first (the outer frame) stays.
fn remove_overlaps(
    found: Vec<Attribution>,
    nesting: &[(bool, bool)],
    trim_nested: &dyn Fn(&mut Attribution),
) -> Vec<Attribution> {
    // `found` is sorted by content start, longest first, and the top-level
    // claims in `kept` stay disjoint, as do the claims nested in one of them:
    // only the last top-level claim and its last nested one can overlap the
    // next claim, so one linear pass.
    let mut kept: Vec<Attribution> = Vec::with_capacity(found.len());
    let mut top: Option<usize> = None;
    for (mut a, &(nestable, relay)) in found.into_iter().zip(nesting) {
        let Some(t) = top.filter(|&t| overlaps(&kept[t].content, &a.content)) else {
            top = Some(kept.len());
            kept.push(a);
            continue;
        };
        let has_nested = kept.len() > t + 1;
        let relay = relay && a.content == kept[t].content && a.cue.start > kept[t].cue.end;
        if relay || nestable && nests_inside(&a, &kept[t]) {
            if !relay {
                trim_nested(&mut a);
            }
            if !(has_nested && overlaps(&kept[kept.len() - 1].content, &a.content)) {
                kept.push(a);
            }
            continue;
        }
        // Prefer the claim whose cue sits outside the other's content, or
        // one that opens it (`has learned that according to a posting, …`:
        // the posting's claim).
        let last = &kept[t];
        let inner = a.cue.start >= last.content.start && a.cue.end <= last.content.end;
        let kept_inner = last.cue.start >= a.content.start && last.cue.end <= a.content.end;
        if (kept_inner && !inner
            || a.kind == ClaimKind::AccordingTo && a.cue.start == last.content.start)
            && !has_nested
        {
            kept[t] = a;
        }
    }
    kept
}

/// Whether `inner` is a frame nested in `outer`'s content: its cue, source
/// and content inside that content (inside one piece of a split quotation).
fn nests_inside(inner: &Attribution, outer: &Attribution) -> bool {
    let within = |r: &Range<usize>| {
        let holder = |p: &Range<usize>| p.start <= r.start && r.end <= p.end;
        if outer.parts.is_empty() {
            holder(&outer.content)
        } else {
            outer.parts.iter().any(holder)
        }
    };
    inner.content != outer.content
        && within(&inner.content)
        && within(&inner.cue)
        // (`said she was told the company was working on it`: an agentless
        // passive has no source to hold.)
        && inner
            .source
            .as_ref()
            .is_none_or(|s| within(s) && !overlaps(s, &inner.cue))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

impl<'d, 'a> Linker<'d, 'a> {
    /// Whether a frame may stand nested in another's content: its cue a
    /// verb and its content a clause. (`support the ban`, `endorse Trump “at
    /// this time”` inside another's content stay part of it.)
    fn nestable(&self, a: &Attribution) -> bool {
        // (Of the frames with no source, only an agentless passive: `said
        // she was told …`, not a nominal `requests to …`.)
        if a.source.is_none() {
            return self.word_is(a.cue.start.saturating_sub(1), BE);
        }
        // (`said the governor was confident the override would fail`: an
        // attitude adjective's clause.)
        let adjective = a.kind == ClaimKind::Indirect
            && self.has_finite_verb(&a.content)
            && lexicon().adjective(self.norm(a.cue.start)).is_some();
        // (`was “insulting to voters,” Petrescu said` of `Danescu’s assertion
        // that he was the victim …`: a claim a noun owns, its that-clause.)
        let owned_assertion = self.doc.is_cue_noun(a.cue.start)
            && a.content.start > 0
            && self.word_is(a.content.start - 1, words!["that"])
            && self.has_finite_verb(&a.content);
        // (`… the east side, where he said a third of households lack
        // internet`: `said` with a clause, whatever its verb.)
        let said = a.kind == ClaimKind::Indirect
            && a.content.len() >= 3
            && self.word_is(a.cue.start, words!["said", "says", "say"]);
        adjective
            || owned_assertion
            || said
            || self.doc.tokens[a.cue.start]
                .info
                .is_some_and(|i| i.verb.is_some())
                && a.kind != ClaimKind::AccordingTo
                && (a.kind == ClaimKind::DirectQuote
                || self.has_finite_verb(&a.content)
                // (`told colleagues that the deal gives away too much`: after
                // `that` a clause, whatever its verb.)
                // (Not `does not prove that …`, nor `expect that to last`.)
                || a.content.start > 0
                    && self.word_is(a.content.start - 1, words!["that"])
                    && !self.word_is(a.content.start, words!["to"])
                    && !self.is(a.cue.start.saturating_sub(1), Flags::NEG)
                    && a.content.len() >= 3
                // (`urged them to end what he called “a scam”`: a description
                // its relative pronoun hands over.)
                || a.kind == ClaimKind::PartialQuote
                    && a.source.as_ref().is_some_and(|s| {
                        s.start > 0 && self.word_is(s.start - 1, words!["what", "which", "whom"])
                    })
                // (`said the tariffs Whitcomb was promising would …`: a
                // relative's object before its subject and verb.)
                || a.kind == ClaimKind::Reported
                    && a.source.as_ref().is_some_and(|s| s.start == a.content.end)
                // (`said he has described Emberly as “the safest pair of
                // hands”`: a characterization quoted.)
                || a.kind == ClaimKind::PartialQuote
                    && self
                        .cue_verb(a.cue.start)
                        .is_some_and(|(v, _)| v.frames.as_phrase)
                // (`said she intends to fight the charges`: an intention.)
                || a.stance == Stance::Intend && self.word_is(a.content.start, words!["to"])
                // (`said he expected a committee vote`: a prediction of a thing.)
                || a.content.len() >= 2
                    && !self.inside_quote(a.cue.start)
                    && !self.word_is(a.cue.start.saturating_sub(1), BE)
                    && self.cue_verb(a.cue.start).is_some_and(|(v, _)| {
                        words!["expect", "predict", "anticipate", "forecast"].has(v.lemma)
                            // (`said internal polling showed Hughes “holding
                            // steady”`: what data show.)
                            || words!["show", "indicate"].has(v.lemma)
                                && a.source.clone().is_some_and(|s| {
                                    s.clone().any(|k| self.is(k, Flags::DOCUMENT))
                                })
                    })
                // (`said he expected Congress to “balk”`: an object and its infinitive.)
                || (a.content.start + 1..a.content.end.min(a.content.start + 6))
                    .find(|&k| self.word_is(k, words!["to"]))
                    .is_some_and(|k| {
                        self.infinitive_at(k, a.content.end)
                            && (a.content.start..k).all(|j| {
                                self.doc.is_word(j) && !self.is(j, Flags::PREP)
                            })
                    }))
    }

    fn norm(&self, i: usize) -> &str {
        self.doc.norm(i)
    }

    /// The sentence a frame at `i` may reach into: up to the comma that
    /// closes its relative clause when it stands in one.
    fn within_relative_clause(
        &self,
        i: usize,
        in_relative: bool,
        sentence: &Range<usize>,
    ) -> Range<usize> {
        let comma = in_relative
            .then(|| self.first_comma(i + 1..sentence.end.min(i + MAX_CONTENT)))
            .flatten();
        sentence.start..comma.unwrap_or(sentence.end)
    }

    fn is(&self, i: usize, flags: Flags) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.is(flags))
    }

    /// Whether the word at `i` is one of `words`.
    fn word_is(&self, i: usize, words: Words) -> bool {
        i < self.doc.tokens.len() && words.has(self.norm(i))
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.is_punct(c))
    }

    fn sentence(&mut self, s: usize) {
        let mut range = self.doc.after_dateline(s)..self.doc.sentences[s].tokens.end;
        // A cited title is read on its own, as a headline.
        if let Some(title) = self.quotes.titles.iter().find(|t| range.contains(&t.start)) {
            range = title.clone();
        }

        // A paragraph of one sentence (a headline, a subhead) may be framed
        // as only headlines are.
        let paragraph = &self.doc.paragraphs[self.doc.sentences[s].paragraph];
        let headline = self.doc.is_headline(s);
        let found_before = self.found.len();
        if paragraph.sentences == (s..s + 1) {
            self.headline_colon(&range, None);
        } else if paragraph.sentences.start == s {
            // (`Tane: Honestly, …. She is calm.`: an interview's answer
            // after its speaker's name runs to its paragraph's end.)
            let end = self.doc.sentences[paragraph.sentences.end - 1].tokens.end;
            self.headline_colon(&range, Some(end));
        }
        // (`Marsh Opposes the Pact She Backed. Her Advisers Say Voters
        // Changed.`: a headline of two title-case sentences.)
        if paragraph.sentences.len() <= 3
            && paragraph
                .sentences
                .clone()
                .all(|p| self.in_title_case(&self.doc.sentences[p].tokens))
        {
            self.headline_in_title_case(&range);
        }
        let mut i = range.start;
        while i < range.end {
            if let Some(next) = self
                .according_to(i, &range)
                .or_else(|| self.fronted_source(i, &range))
                .or_else(|| self.colon_quote(i, &range))
            {
                i = next;
                continue;
            }
            if self.verb_cue(i, &range)
                || self.noun_cue(i, &range)
                || self.adjective_cue(i, &range)
                || self.idiom_cue(i, &range)
            {
                // keep scanning: a sentence may hold several frames
            }
            i += 1;
        }
        // (`neither confirm nor deny`: the whole pair is the cue.)
        for k in found_before..self.found.len() {
            if let Some(neither) = self.neither_nor(self.found[k].cue.start, range.start) {
                self.found[k].cue.start = neither;
            }
        }
        // `Nominee defends utility ties as GOP votes remain uncertain`: a
        // headline's closing setting is the writer's, not the claim's.
        if headline {
            for k in found_before..self.found.len() {
                let content = self.found[k].content.clone();
                if let Some(setting) = self.headline_setting(content.start + 1, content.end) {
                    let a = &mut self.found[k];
                    a.content.end = setting;
                    // (A split content keeps only its parts before the setting.)
                    a.parts.retain(|p| p.start < setting);
                    for p in &mut a.parts {
                        p.end = p.end.min(setting);
                    }
                    if a.parts.len() < 2 {
                        a.parts.clear();
                    }
                }
            }
        }
    }

    /// Where a headline's setting opens (`… amid protests`, `… as GOP
    /// votes remain uncertain`, title case `… as Pressure Mounts`): in a
    /// headline, `as` before a clause is the writer's scene, not the claim.
    fn headline_setting(&self, from: usize, end: usize) -> Option<usize> {
        (from..end).find(|&k| {
            self.word_is(k, words!["amid"])
                || self.word_is(k, words!["as", "after", "while", "before"])
                    && (k + 3 == end
                        && !self.doc.norm_ends_with(k + 1, "s")
                        && self.doc.norm_ends_with(k + 2, "s")
                        // (not `as soon as`, `as long as`)
                        || !(k.saturating_sub(2)..k).any(|j| self.word_is(j, words!["as"]))
                            && self.headline_clause(k + 1, end))
        })
    }

    /// Whether a headline's words from `from` make a clause: a subject and
    /// its verb, read leniently because a headline drops its articles
    /// (`GOP votes remain uncertain`, `supervisors delay certifying`).
    fn headline_clause(&self, from: usize, end: usize) -> bool {
        let end = self.first_comma(from..end).unwrap_or(end);
        self.subject_then_verb(&(from..end))
            || (from + 1..end.min(from + 5)).any(|j| {
                let t = &self.doc.tokens[j];
                // (a plural's present: an unknown word after a word in -s)
                let plural_present = t.is_plain_word()
                    && !t.capitalized
                    && t.info.is_none()
                    && !self.doc.norm_ends_with(j, "s")
                    && !self.doc.norm_ends_with(j, "ing")
                    && self.doc.norm_ends_with(j - 1, "s")
                    && self.doc.is_word(j - 1);
                self.is(j, Flags::AUX | Flags::MODAL) || plural_present
            })
    }

    fn according_to(&mut self, i: usize, sentence: &Range<usize>) -> Option<usize> {
        let cue_len = ACCORDING_TO.iter().find_map(|words| {
            words
                .iter()
                .enumerate()
                .all(|(j, w)| i + j < self.doc.tokens.len() && self.norm(i + j) == *w)
                .then_some(words.len())
        })?;
        // (`According to him, …`: an object pronoun is a source too.)
        let object = i + cue_len;
        // (Not `according to her office`.)
        let pronoun = self.word_is(object, words!["him", "her", "them"])
            && self.doc.tokens.get(object + 1).is_none_or(|t| !t.is_word());
        let mut source = if pronoun {
            object..object + 1
        } else {
            self.np_right(object, sentence.end)?
        };
        // `…, per two people familiar with the talks`: a source set off at a
        // clause's edge.
        if self.word_is(i, words!["per"])
            && !self.per_source_at_edge(i, sentence.start, sentence.end)
        {
            return None;
        }
        // `according to official results, …`, `the museum's business plan,`:
        // nouns the phrase reader left, up to the phrase's comma or its
        // participle's agent.
        let nouns_end = (source.end..sentence.end.min(source.end + 3))
            .find(|&j| {
                let t = &self.doc.tokens[j];
                !t.is_word()
                    || t.capitalized
                    || self.is(j, Flags::FUNCTION | Flags::ADV)
                    || self.past_participle(j)
            })
            .unwrap_or(source.end);
        if nouns_end > source.end
            && !pronoun
            && (self.punct(nouns_end, ',')
                || self.past_participle(nouns_end) && self.word_is(nouns_end + 1, words!["by"]))
        {
            source.end = nouns_end;
        }
        // `according to a summary released by the inspector general`: the
        // participle's agent is part of the source (set off or not: `the
        // report, published by Amnesty International,`).
        let set_off = usize::from(self.punct(source.end, ','));
        if self.past_participle(source.end + set_off) {
            let mut by = source.end + set_off + 1;
            while self.is(by, Flags::TIME) {
                by += 1;
            }
            if self.word_is(by, words!["by"]) {
                if let Some(agent) = self.np_right(by + 1, sentence.end) {
                    source.end = agent.end;
                }
            }
        }
        let cue = i..i + cue_len;
        // `…, and in the words of the prosecutor, “…”`: a new clause.
        let after_and = i >= sentence.start + 2
            && self.word_is(i - 1, words!["and", "but"])
            && self.punct(i - 2, ',');
        // `has learned that according to a posting, the site …`: a new clause.
        // (`said that, according to …`: a comma between.)
        let after_that = i > sentence.start
            && (self.word_is(i - 1, words!["that"])
                || self.punct(i - 1, ',') && self.word_is(i.saturating_sub(2), words!["that"]));
        let content = if i == sentence.start
            || after_and
            || after_that
            || self.clause_opening_before(i, sentence.start)
        {
            // `According to X, content.`
            let mut start = source.end;
            // `According to a memo circulated to members, …`: a
            // post-modifier the phrase stopped before.
            // (`According to the statement, released on Monday, …`: set off.)
            let postmodifier = self.past_form(start)
                || self.is(start, Flags::PREP) && self.past_participle(source.end - 1)
                || self.punct(start, ',')
                    && self.past_participle(start + 1)
                    && self.is(start + 2, Flags::PREP | Flags::TIME);
            if postmodifier {
                let comma = self.first_comma(start + 1..sentence.end.min(start + MAX_PHRASE));
                if let Some(comma) = comma {
                    start = comma;
                }
            }
            // (`According to police on Monday, …`: and the phrase's adjuncts.)
            let past_adjuncts = self.skip_adjuncts(start, sentence.end);
            if self.punct(past_adjuncts, ',') {
                start = past_adjuncts;
            }
            while start < sentence.end && self.punct(start, ',') {
                start += 1;
            }
            // `According to Yonhap, quoting KCNA (…), content`: the relay
            // is part of the frame.
            if self.word_is(start, words!["quoting", "citing"]) {
                let comma = self.first_comma(start + 1..sentence.end.min(start + MAX_PHRASE));
                if let Some(comma) = comma {
                    start = comma + 1;
                }
            }
            // `In the words of the prosecutor, Mark Tedeschi, QC, “…”`: names
            // in apposition to the source.
            let role = self.is(source.end - 1, Flags::ROLE);
            for _ in 0..if role { 2 } else { 0 } {
                let name_end = (start..sentence.end.min(start + 5))
                    .find(|&c| !self.doc.capitalized(c) || !self.doc.is_word(c));
                match name_end {
                    Some(c) if c > start && self.punct(c, ',') => start = c + 1,
                    _ => break,
                }
            }
            // `According to the report, which was released Monday, …`
            if self.word_is(start, words!["which", "who"]) {
                if let Some(comma) = self.first_comma(start..sentence.end.min(start + MAX_PHRASE)) {
                    start = comma + 1;
                }
            }
            (self.clause_right(start, sentence.end), Vec::new())
        } else {
            // `content, according to X.`
            // (The dash closing an insert counts: `A — an insert — per X`.)
            let mut left = self.clause_left(sentence.start, i);
            while left.end > left.start && self.is_soft_break(left.end - 1) {
                left.end -= 1;
            }
            // (`a hedge fund that owns 4.8% of the shares according to a
            // filing,`: with no comma before it, the relative clause it
            // closes.)
            if i > sentence.start && !self.punct(i - 1, ',') {
                let relative = left
                    .clone()
                    .rev()
                    .take_while(|&k| !self.punct(k, ','))
                    .find(|&k| self.is(k, Flags::REL) || self.word_is(k, words!["that"]));
                if let Some(r) = relative.filter(|&r| r > left.start) {
                    left.start = r + 1;
                }
            }
            // `The office, according to people briefed on its strategy, is …`:
            // the source's post-modifier, up to the comma closing the insert.
            // (`The agency, according to figures it gave lawmakers, has lost
            // …`: between a subject and its verb, whatever clause it takes.)
            // (Not a source its insert's comma already closes: `Prices,
            // according to officials, rose sharply, …`.)
            let clause_on_source = !self.punct(source.end, ',') && !self.has_finite_verb(&left);
            let modifier = self.past_participle(source.end)
                || self.word_is(
                    source.end,
                    words!["familiar", "close", "with", "in", "at", "for"],
                );
            if (modifier || clause_on_source) && i > sentence.start && self.punct(i - 1, ',') {
                let comma = (source.end + 1..sentence.end.min(source.end + MAX_PHRASE))
                    .take_while(|&c| {
                        !self.doc.is_quote(c)
                            && !self.is_terminal(c)
                            && !self.punct(c, '—')
                            && !self.punct(c, '–')
                            && !self.punct(c, '(')
                    })
                    .find(|&c| self.punct(c, ','));
                let plain = comma.is_some_and(|c| {
                    clause_on_source && self.finite_verb_at(c + 1)
                        || modifier
                            && !(source.end + 1..c)
                                .any(|k| self.is(k, Flags::AUX | Flags::MODAL | Flags::REL))
                });
                if let (Some(comma), true) = (comma, plain) {
                    source.end = comma;
                }
            }
            // `…, according to unofficial results posted on the county's
            // website.`, `…, according to forms she filed with the office.`:
            // a post-modifier running to the sentence's end is the source's.
            let tail = (source.end..sentence.end)
                .find(|&c| self.is_terminal(c))
                .unwrap_or(sentence.end);
            if (self.past_participle(source.end) && self.is(source.end + 1, Flags::PREP)
                || self.word_is(source.end, SUBJECT_PRONOUNS))
                && tail > source.end + 1
                && (source.end..tail).all(|c| self.doc.is_word(c))
            {
                source.end = tail;
            }
            // `The plan, according to officials, would cost $5 billion.`
            // An appositive after the source (`according to Kristen Wilkins,
            // assistant professor of photography`) is no second half.
            let parenthetical = self.punct(source.end, ',')
                && source.end + 1 < sentence.end
                && !self.is_terminal(source.end + 1)
                && !self.is(source.end + 1, Flags::REL)
                // (`…, according to X, making it the costliest race`: a
                // participial tail; `…, according to X, a sign that …`: the
                // writer's summing-up noun.)
                && !self.is_gerund_word(source.end + 1)
                && !self.summing_up_noun(source.end + 1, sentence.end)
                // (`The fire, according to police, started …`: the verb first.)
                && (self.has_finite_verb(&(source.end + 1..sentence.end))
                    || self.unknown_past(source.end + 1))
                && i > sentence.start
                && self.punct(i - 1, ',');
            let right = if parenthetical {
                self.clause_right(source.end + 1, sentence.end)
            } else {
                source.end..source.end
            };
            // (`… has $22 million on hand, according to its filing, and its
            // advisers have told donors …`: a clause of its own goes on.)
            // (`… into November, when, according to analysts, the cuts would
            // bite`: the clause the insert interrupts is all after it.)
            let opened = left.end > left.start
                && self.is(left.end - 1, Flags::SUB | Flags::REL)
                && self.subject_then_verb(&right);
            // (`…, according to two people, though both cautioned …`: a
            // subordinate clause of its own.)
            let parenthetical = parenthetical
                && !(self.is(source.end + 1, Flags::CONJ | Flags::SUB)
                    || self.has_finite_verb(&left) && self.subject_then_verb(&right));
            if opened {
                (right, Vec::new())
            } else if parenthetical && !left.is_empty() && !right.is_empty() {
                (left.start..right.end, vec![left, right])
            } else {
                (left, Vec::new())
            }
        };
        let (content, parts) = content;
        if content.is_empty() {
            return Some(source.end);
        }
        let kind = self.kind_for(&content, ClaimKind::AccordingTo);
        self.push_parts(
            kind,
            content,
            parts,
            cue,
            Some(source.clone()),
            Stance::Assert,
        );
        Some(source.end)
    }

    /// A headline in title case (`Clinton Says Trump Is Unfit to Lead`,
    /// `GOP Slams Governor's Ban`): every word of four letters or more is
    /// capitalized, so the cue is known by its form alone (a present or past
    /// verb), the words before it its source, the rest its content.
    fn headline_in_title_case(&mut self, sentence: &Range<usize>) {
        let mut end = sentence.end;
        while end > sentence.start && self.is_terminal(end - 1) {
            end -= 1;
        }
        // (`Ashby’s Ratings Slide, and His Advisers Fear …`: each clause
        // after `, and` or `;` is a headline of its own.)
        let mut start = sentence.start;
        for k in sentence.start + 1..end {
            let comma_and = self.punct(k, ',') && self.word_is(k + 1, words!["and", "but"]);
            if comma_and || self.punct(k, ';') {
                self.title_case_clause(&(start..k));
                start = k + 1 + usize::from(comma_and);
            }
        }
        self.title_case_clause(&(start..end));
    }

    /// Whether a sentence is in title case: every word of four letters or
    /// more capitalized.
    fn in_title_case(&self, sentence: &Range<usize>) -> bool {
        sentence.len() >= 4
            && sentence.clone().all(|k| {
                let t = &self.doc.tokens[k];
                // (`Fed’s`: a curly apostrophe's `’s` is four bytes.)
                !t.is_plain_word()
                    || t.capitalized
                    || t.end - t.start < 4
                    || self.doc.norm_is(k, "'s")
            })
    }

    /// One clause of a title-case headline.
    fn title_case_clause(&mut self, sentence: &Range<usize>) {
        if sentence.len() < 3 {
            return;
        }
        // (`Democrats Say …`: a plural's present.)
        // (`Workers Push A $15 Wage Onto The Ballot`: a verb whose content
        // only a `for` phrase gives frames nothing without one.)
        let cue = (sentence.start + 1..sentence.end - 1).find_map(|k| {
            self.cue_verb(k)
                .filter(|&(verb, form)| {
                    let f = verb.frames;
                    (matches!(form, VerbForm::ThirdSingular | VerbForm::Past)
                        || form == VerbForm::Base && self.doc.norm_ends_with(k - 1, "s"))
                        && (f.that
                            || f.bare
                            || f.np
                            || f.quote
                            || f.to
                            || f.wh
                            || f.on
                            || self.word_is(k + 1, words!["for"]))
                })
                .map(|(cue_verb, _)| (k, cue_verb))
        });
        // A short source of names and source nouns; a word in `-s` after
        // its first may be the verb itself (`Governor Taps Appeals Judge`),
        // unless the cue frames a clause (`Civil Rights Lawsuit Says …`).
        let source_before = |v: usize, cue_verb: &CueVerb| {
            v <= sentence.start + 3
                && (sentence.start..v).all(|k| {
                    let t = &self.doc.tokens[k];
                    self.doc.norm_is(k, "'s")
                        || t.is_word()
                            && !t.is(Flags::PREP | Flags::DET | Flags::CONJ)
                            && (k == sentence.start
                                || !self.doc.norm_ends_with(k, "s")
                                || t.is(Flags::SOURCE_HEAD | Flags::ANON)
                                || cue_verb.frames.bare)
                })
        };
        let Some((verb, cue_verb)) = cue.filter(|&(v, cue_verb)| source_before(v, cue_verb)) else {
            // `Billionaire Pours $22 Million Into Primary, Filings Show`: the
            // frame closing the headline after a comma.
            let comma = (sentence.start + 2..sentence.end)
                .rev()
                .take(5)
                .find(|&k| self.punct(k, ','));
            let Some(comma) = comma else {
                return;
            };
            let verb = sentence.end - 1;
            let trailing = self.cue_verb(verb).filter(|&(v, form)| {
                v.frames.after
                    && matches!(
                        form,
                        VerbForm::ThirdSingular | VerbForm::Past | VerbForm::Base
                    )
                    && verb > comma + 1
                    && verb <= comma + 4
                    && self.all_words(comma + 1..verb)
            });
            if let Some((cue_verb, _)) = trailing {
                let content = sentence.start..comma;
                let kind = self.clause_or_report(&content);
                let stance = stance_of(cue_verb.stance, false);
                self.push(kind, content, verb..verb + 1, Some(comma + 1..verb), stance);
            }
            return;
        };
        // (`…, Stirring Rebukes Abroad`, `…, Vows to Fight`: the headline's
        // own participle or second verb after a comma.)
        let end = (verb + 2..sentence.end)
            .find(|&k| {
                self.punct(k, ',')
                    && k + 1 < sentence.end
                    && (self.doc.norm_ends_with(k + 1, "ing") || self.is_cue_verb(k + 1))
            })
            .unwrap_or(sentence.end);
        // (`Tells Lawmakers Rate Cuts Must Wait`: the listener is none of it;
        // `… as Pressure Mounts`, `… Amid Protests`: nor is the writer's setting.)
        let listener = cue_verb.frames.obj
            && self.is(verb + 1, Flags::ANON | Flags::ROLE | Flags::SOURCE_HEAD)
            && self.doc.norm_ends_with(verb + 1, "s")
            && verb + 3 < end;
        let start = verb + 1 + usize::from(listener);
        let content = start..end;
        let kind = self.clause_or_report(&content);
        let stance = stance_of(cue_verb.stance, false);
        self.push(
            kind,
            content,
            verb..verb + 1,
            Some(sentence.start..verb),
            stance,
        );
    }

    /// A headline's `Source: content` (`Peskov: Putin visit is “in the
    /// pipeline”`, `Reports: …`): a short name or source noun before a
    /// colon opening its paragraph, not a label (`Update:`, `Photo:`).
    /// With `answer_end`, an interview's answer of several sentences after
    /// its speaker's bare name, up to that token.
    fn headline_colon(&mut self, sentence: &Range<usize>, answer_end: Option<usize>) {
        let Some(colon) = (sentence.start + 1..sentence.end.min(sentence.start + 5))
            .find(|&c| self.punct(c, ':'))
        else {
            return;
        };
        let label = (sentence.start..colon).any(|k| {
            self.word_is(k, HEADLINE_LABELS) || !self.doc.is_word(k) || self.doc.in_capitals(k)
        });
        let Some(np) = self
            .np_left(colon, sentence.start)
            .filter(|np| np.start == sentence.start)
        else {
            return;
        };
        let head = &self.doc.tokens[self.head_of(&np)];
        let speaker = head.capitalized
            && head
                .info
                .is_none_or(|i| i.noun.is_none() || i.flags.any(Flags::SOURCE_HEAD))
            || head.is(Flags::SOURCE_HEAD | Flags::ANON | Flags::DOCUMENT | Flags::MEDIA);
        // (`Said Trump: “…”`: a verb first, no speaker of a colon.)
        let verb_first = self
            .cue_verb(np.start)
            .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::PastOrParticiple));
        let content = match answer_end {
            Some(mut end) => {
                while end > colon + 1 && self.doc.is_punct(end - 1, '.') {
                    end -= 1;
                }
                colon + 1..end
            }
            None => self.clause_right(colon + 1, sentence.end),
        };
        // (An answer's speaker is a name alone, `Tane:`, `Rachel Tane:`,
        // that the story gave before: not `Background:`.)
        // (Only read for an answer: a headline's colon needs none of it.)
        let name_alone = || {
            let surname = self.norm(np.end - 1);
            np.len() <= 3
                && np.clone().all(|k| {
                    self.doc.capitalized(k) && self.doc.is_plain_word(k) && self.doc.unknown(k)
                })
                && (np.start.saturating_sub(3000)..np.start).any(|k| self.norm(k) == surname)
        };
        // (`Playbook: What GOP operatives are saying`: a title, no claim.)
        if label
            || !speaker
            || verb_first
            || content.len() < 3
            || self.is(colon + 1, Flags::WH)
            || answer_end.is_some() && !name_alone()
            // (`Wikinews: Your opponents say …. How do you respond?`: the
            // interviewer's question.)
            || answer_end.is_some() && self.punct(content.end - 1, '?')
        {
            return;
        }
        self.push_clause(content, colon..colon + 1, Some(np), Stance::Assert);
    }

    /// A source fronted by a phrase that works like `according to`: `Per a
    /// statement from the league, …`, `In Smith's view, …`, `As first
    /// reported by Politico, …`, `As one trader put it, …`. The clause after
    /// the comma is the content.
    fn fronted_source(&mut self, i: usize, sentence: &Range<usize>) -> Option<usize> {
        if !self.word_is(i, words!["per", "in", "as"])
            || !(i == sentence.start || self.clause_opening_before(i, sentence.start))
        {
            return None;
        }
        let (source, cue) = if self.word_is(i, words!["per"])
            && self.is(i + 1, Flags::DET | Flags::POSS)
        {
            (self.np_right(i + 1, sentence.end)?, i..i + 1)
        } else if self.word_is(i, words!["in"]) {
            // `In Smith's view,`, `In the opinion of the court,`
            let noun = |k: usize| {
                self.word_is(
                    k,
                    words![
                        "view",
                        "opinion",
                        "estimation",
                        "assessment",
                        "judgment",
                        "words"
                    ],
                )
            };
            let owner = (i + 2..sentence.end.min(i + 8))
                .find(|&k| self.doc.norm_is(k, "'s") && noun(k + 1));
            match owner {
                // `In his view,`
                None if self.is(i + 1, Flags::POSS) && noun(i + 2) => (i + 1..i + 2, i + 2..i + 3),
                Some(k) => (
                    self.np_left(k, i + 1).filter(|np| np.start == i + 1)?,
                    k + 1..k + 2,
                ),
                None if self.word_is(i + 1, words!["the"])
                    && noun(i + 2)
                    && self.word_is(i + 3, words!["of"]) =>
                {
                    (self.np_right(i + 4, sentence.end)?, i + 2..i + 3)
                }
                None => return None,
            }
        } else {
            // `As first reported by Politico,` (a `per` without a determiner
            // falls here too, and finds neither shape).
            let mut k = i + 1;
            while self.is(k, Flags::ADV)
                || self.word_is(k, words!["first", "previously", "originally"])
            {
                k += 1;
            }
            if self.word_is(k, words!["reported", "revealed", "disclosed"])
                && self.word_is(k + 1, words!["by"])
            {
                (self.np_right(k + 2, sentence.end)?, k..k + 1)
            } else {
                // `As one trader put it,`
                let put = (i + 2..sentence.end.min(i + 10)).find(|&j| {
                    self.word_is(j, words!["put"]) && self.word_is(j + 1, words!["it"])
                })?;
                (
                    self.np_left(put, i + 1).filter(|np| np.start == i + 1)?,
                    put..put + 2,
                )
            }
        };
        // (`In Smith's view,`: the comma follows the noun, not the owner;
        // `As Trump put it at a rally in Ohio,`: and any adjunct.)
        let comma = self.skip_adjuncts(source.end.max(cue.end), sentence.end);
        if !self.punct(comma, ',') {
            return None;
        }
        let content = self.clause_right(comma + 1, sentence.end);
        if content.len() < 2 || !self.has_finite_verb(&content) {
            return None;
        }
        let kind = self.kind_for(&content, ClaimKind::AccordingTo);
        // (A view is held, not stated.)
        let stance = if self.word_is(i, words!["in"]) {
            Stance::Believe
        } else {
            Stance::Assert
        };
        self.push(kind, content, cue, Some(source.clone()), stance);
        Some(source.end)
    }

    /// `He went on: “…”`, `Trump put it bluntly: “…”`: a person, a short
    /// verb phrase of no cue, and a full quotation after a colon; or a
    /// statement announced in a sentence of its own and quoted whole in
    /// the next (`Sen. Cornyn issued a statement on the vote. “I am …”`).
    fn colon_quote(&mut self, i: usize, sentence: &Range<usize>) -> Option<usize> {
        if i != sentence.start {
            return None;
        }
        let (colon, quote) = match (i + 2..sentence.end.min(i + 18)).find(|&c| self.punct(c, ':')) {
            Some(colon) => (
                colon,
                self.quotes.at(colon + 1).filter(|q| q.open == colon + 1)?,
            ),
            None => self.statement_quoted_next(i, sentence)?,
        };
        if !self.is_full_quote(quote.open, quote.last) {
            return None;
        }
        let source = self.np_right(i, colon)?;
        // (`Sen. John Cornyn, Republican of Texas, issued a statement: “…”`:
        // the name, then the verb after its appositive.)
        let name_end = self.first_comma(i..source.end).unwrap_or(source.end);
        let person = name_end - i <= 4
            && (self.word_is(i, words!["he", "she", "they"])
                || (i..name_end).all(|k| self.doc.capitalized(k)));
        let verb = if self.punct(name_end, ',') {
            self.first_comma(name_end + 2..colon)? + 1
        } else {
            source.end
        };
        // (`issued a statement Tuesday night: “…”`: the phrase's time.)
        let mut phrase_end = colon;
        while phrase_end > verb
            && (self.is(phrase_end - 1, Flags::TIME)
                || self.word_is(
                    phrase_end - 1,
                    words!["on", "morning", "afternoon", "evening", "night"],
                ))
        {
            phrase_end -= 1;
        }
        let phrase = (verb..phrase_end)
            .all(|k| self.doc.is_word(k) && !self.doc.capitalized(k) && !self.is_cue_verb(k));
        let verb_like = self.is(verb, Flags::PAST)
            || self.unknown_past(verb)
            || self.word_is(verb, words!["went", "put", "kept", "got"]);
        if !person || !phrase || !verb_like || phrase_end - verb > 3 {
            return None;
        }
        let content = quote.open..quote.last + 1;
        self.push(
            ClaimKind::DirectQuote,
            content,
            verb..colon,
            Some(source),
            Stance::Assert,
        );
        Some(quote.last + 1)
    }

    /// For `… issued a statement regarding the vote.` followed by a
    /// sentence that is only a quotation: where the statement's phrase ends
    /// (`a statement`) and the quotation. Not where the quotation has a
    /// frame of its own (`“…,” he said.`).
    fn statement_quoted_next(
        &self,
        i: usize,
        sentence: &Range<usize>,
    ) -> Option<(usize, &'d Quote)> {
        let noun =
            (i + 3..sentence.end.min(i + 20)).find(|&k| self.word_is(k, words!["statement"]))?;
        let quote = self
            .quotes
            .at(sentence.end)
            .filter(|q| q.open == sentence.end)?;
        let alone =
            quote.last + 1 >= self.doc.tokens.len() || self.doc.starts_sentence_at(quote.last + 1);
        // (`regarding the vote`: a participle frames nothing.)
        let framed = (noun + 1..sentence.end)
            .any(|k| self.quotes.at(k).is_some() || self.finite_cue_verb(k));
        (alone && !framed && self.is_terminal(sentence.end - 1)).then_some((noun + 1, quote))
    }

    /// Whether the clause of the verb at `i` opens with `whether` or `if`:
    /// nothing but its subject (and adverbs or auxiliaries) between them.
    fn in_question_or_condition(&self, i: usize, start: usize) -> bool {
        let mut k = i;
        while k > start && i - k <= 10 {
            let p = k - 1;
            if self.word_is(p, words!["whether", "if"]) {
                return true;
            }
            let t = &self.doc.tokens[p];
            let plain = t.is_word()
                && !t.is(Flags::SUB | Flags::REL | Flags::WH | Flags::PAST)
                && self.cue_verb(p).is_none_or(|(_, f)| f == VerbForm::Base)
                || self.doc.norm_is(p, "'s");
            if !plain {
                return false;
            }
            k = p;
        }
        false
    }

    /// Whether the word at `p` is an adverb between a subject and its verb:
    /// one the tables know (`also`, `later`) or one in -ly (`generally`,
    /// `widely`), but no noun in -ly (`the family said`, `his ally said`:
    /// after a determiner; `the internal tally showed`: one the tables know).
    fn adverb_before_verb(&self, p: usize, start: usize) -> bool {
        self.is(p, Flags::ADV)
            || self.ly_adverb(p)
                && !(p > start && self.is(p - 1, Flags::DET | Flags::POSS | Flags::QUANT))
                && !self.word_is(p, words!["family", "ally", "rally", "monopoly"])
    }

    /// `have long suspected`, `has long been critical`, `has so far refused`:
    /// `long` or `so far` between an auxiliary and its verb belongs to the verb chain.
    fn long_after_aux(&self, p: usize, start: usize) -> bool {
        // (`has so far refused`, `have thus far declined`.)
        let so_far = self.word_is(p, words!["far"])
            && p > start + 1
            && self.word_is(p - 1, words!["so", "thus"])
            && self.is(p - 2, Flags::AUX)
            || self.word_is(p, words!["so", "thus"])
                && self.word_is(p + 1, words!["far"])
                && p > start
                && self.is(p - 1, Flags::AUX);
        so_far || self.word_is(p, words!["long"]) && p > start && self.is(p - 1, Flags::AUX)
    }

    /// Whether only an opening conjunction or adjunct precedes token `i` in
    /// its clause (`But according to …`).
    fn clause_opening_before(&self, i: usize, start: usize) -> bool {
        (start..i).all(|k| self.is(k, Flags::CONJ | Flags::ADV) || self.doc.is_quote(k))
    }

    /// `said she believed A and that she expected B`: a nested frame's
    /// content ends where the outer frame's second `that` clause begins.
    fn leave_outer_clauses(&self, a: &mut Attribution) {
        let content = a.content.clone();
        let second = (content.start + 2..content.end.saturating_sub(2)).find(|&k| {
            self.word_is(k, words!["and", "but"])
                && self.word_is(k + 1, words!["that"])
                && !self.inside_quote(k)
                && !self.that_is_determiner(k + 1, content.end)
        });
        if let Some(mut end) = second {
            while end > content.start + 1 && self.is_soft_break(end - 1) {
                end -= 1;
            }
            a.content.end = end;
            a.kind = self.clause_or_report(&a.content);
        }
    }

    /// Whether a name's acronym in brackets opens at token `k`: `the
    /// People's Democratic Front (PDF) in the capital`.
    pub(super) fn bracketed_acronym(&self, k: usize) -> bool {
        k > 0
            && self.punct(k, '(')
            && self.punct(k + 2, ')')
            && self.doc.capitalized(k - 1)
            && self.doc.is_acronym(k + 1)
    }

    /// Whether token `i` lies between the marks of a quotation of at least a
    /// few words: frames there are the speaker's, not the article's.
    fn inside_quote(&self, i: usize) -> bool {
        self.quotes
            .at(i)
            .is_some_and(|q| q.open < i && q.close.is_none_or(|c| i < c) && q.inner().len() > 3)
    }

    /// The part of `sentence` inside the quotation that holds token `i`: a
    /// frame the quotation reports stays within it.
    fn quoted_part(&self, i: usize, sentence: &Range<usize>) -> Range<usize> {
        let inner = self.quotes.at(i).map_or(sentence.clone(), |q| q.inner());
        sentence.start.max(inner.start)..sentence.end.min(inner.end)
    }

    /// Whether the cue verb at `i`, inside a quotation, opens a clause of it
    /// with a frame the quotation reports: a belief or an intention, the
    /// speaker's in the first person (`I think`, `I've always wanted`), a
    /// pronoun's with its clause (`they want to`) or a named person's
    /// (`Preece wants to`); someone's saying (`He says he's …`); or what the
    /// speaker was told (`we were told to wait`).
    fn quoted_mind_frame(&self, i: usize, verb: &CueVerb, start: usize) -> bool {
        let opens_clause =
            |j: usize| j == start || self.is(j - 1, Flags::CONJ) || !self.doc.is_word(j - 1);
        // `“We were told to wait”`, `“I was told this would blow over”`:
        // what the speaker was told, by no one named.
        if verb.class == VerbClass::Speech && self.word_is(i - 1, BE) {
            let k = self.before_auxiliaries(i - 1, start);
            return k > start
                && self.word_is(k - 1, CLAUSE_SUBJECTS)
                && opens_clause(k - 1)
                && (self.word_is(i + 1, words!["to", "that", "by"])
                    || self.word_is(i + 1, CLAUSE_SUBJECTS)
                    || self.is(i + 1, Flags::DET));
        }
        // `“He says he’s fighting for us”`, `“They told me they don’t
        // sleep”`: someone's saying the speaker reports, a finite verb of
        // speech opening a clause with its subject.
        // (`“They tell us …”`: a base form after a plural pronoun is finite;
        // not a generic `you`: `You tell them it's an hour away, they …`.)
        let finite = self.cue_verb(i).is_some_and(|(_, f)| {
            f.shows_finite()
                || f == VerbForm::Base
                    && i > start
                    && self.word_is(i - 1, words!["they", "we", "i"])
        });
        if verb.class == VerbClass::Speech && finite {
            // (Not `Whoever convinces them that …`: no one in particular.)
            let after = i
                + 1
                + usize::from(self.is(i + 1, Flags::OBJPRON) || self.word_is(i + 1, words!["you"]));
            let subject = self.np_left(i, start).filter(|np| {
                np.len() <= 4
                    && !self.word_is(np.start, words!["whoever"])
                    && opens_clause(np.start)
            });
            // (`“They tell us dairy is next”`: a clause of a noun's subject.)
            let quote_end = self
                .quotes
                .at(i)
                .map_or(self.doc.tokens.len(), |q| q.inner().end);
            return subject.is_some()
                && (self.word_is(after, words!["that", "if"])
                    || self.word_is(after, CLAUSE_SUBJECTS)
                    || after > i + 1
                        && !self.is(after, Flags::WH | Flags::REL | Flags::SUB | Flags::PREP)
                        && self.subject_then_verb(&(after..quote_end)));
        }
        // (Not a feeling: `we feel good about it`; but `I feel that …`.)
        if !matches!(verb.class, VerbClass::Cognition | VerbClass::Intention)
            || verb.lemma == "feel" && !self.word_is(i + 1, words!["that", "like"])
        {
            return false;
        }
        // (`“We continue to believe …”`: past the verb that carries it on.)
        let carried = self.word_is(i - 1, words!["to"]) && self.word_is(i - 2, words!["continue"]);
        let k = self.before_auxiliaries(i - 2 * usize::from(carried), start);
        if k > start && self.word_is(k - 1, words!["i", "we"]) {
            return opens_clause(k - 1);
        }
        // `“They want to know who can win”`: a third person's mind, with
        // the clause or infinitive it holds.
        let holds_clause =
            self.word_is(i + 1, words!["to", "that"]) || self.word_is(i + 1, CLAUSE_SUBJECTS);
        if k > start
            && self.word_is(k - 1, words!["he", "she", "they", "you"])
            && opens_clause(k - 1)
            && holds_clause
        {
            return true;
        }
        // `“Nolan Preece wants to hand millionaires a tax cut,” she said`:
        // a named third person's mind, as the speaker tells it (a name the
        // article knows as one).
        let mut j = k;
        while j > start && self.doc.capitalized(j - 1) && self.doc.unknown(j - 1) {
            j -= 1;
        }
        j < k && k - j <= 3 && opens_clause(j) && holds_clause
    }

    /// Whether the word at `i` is a cue verb (one call for the sites that
    /// only ask that).
    fn is_cue_verb(&self, i: usize) -> bool {
        self.cue_verb(i).is_some()
    }

    /// Whether the word at `i` is a cue verb in a form that shows a finite
    /// verb on its own (`said`, `says`).
    fn finite_cue_verb(&self, i: usize) -> bool {
        self.cue_verb(i).is_some_and(|(_, f)| f.shows_finite())
    }

    /// The cue verb at token `i`, if the word is one and reads as a verb here
    /// (not the first word of a name the lexicon knows: `think tank`).
    fn cue_verb(&self, i: usize) -> Option<(&'static CueVerb, VerbForm)> {
        let t = self.doc.tokens.get(i)?;
        if !t.is_plain_word() {
            return None;
        }
        let (index, form) = t.info?.verb?;
        // (`Gulf states said`, `Member states have agreed`: a verb's `-s`
        // form right before a finite verb is a plural noun, its subject.)
        if form == VerbForm::ThirdSingular && !t.capitalized && self.plural_before_finite(i) {
            return None;
        }
        // (`spokeswoman Hope Hicks`: a capital between a lowercase word and
        // a capital opens a name; a title-case headline capitalizes both.)
        if t.capitalized
            && i > 0
            && self.doc.is_plain_word(i - 1)
            && !self.doc.capitalized(i - 1)
            && self
                .doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.is_plain_word() && n.capitalized)
        {
            return None;
        }
        // (`state Sen. Curtis Ebanks`, `acting Director Ana Ruiz`: a
        // modifier of a name's title; `issues state ID cards`, `the state
        // Capitol`: `state` before any capital is a noun.)
        if !t.capitalized && self.word_is(i, words!["state", "acting"]) {
            let next = self.doc.tokens.get(i + 1);
            let title_next = next.is_some_and(|n| {
                n.capitalized && n.is(Flags::HONORIFIC | Flags::ROLE) && n.is_plain_word()
            });
            let name_after_title = (i + 2..i + 4)
                .find(|&k| !self.punct(k, '.'))
                .is_some_and(|k| self.doc.capital_at(k));
            // (`Russian state broadcaster RT`: a state's own.)
            // (`a former Montana state forester`: a place's, before its noun.)
            let state_name = self.doc.norm_is(i, "state")
                && (next.is_some_and(|n| n.is_word() && n.capitalized)
                    || i > 0 && self.is(i - 1, Flags::DEMONYM)
                    || i > 0
                        && self.is(i - 1, Flags::PLACE)
                        && self.doc.capitalized(i - 1)
                        && next.is_some_and(|n| n.is_plain_word() && !n.capitalized)
                        && !self.word_is(i + 1, words!["that"])
                    // (`in the Nordhalde state election was`: after a name no
                    // table knows, before a noun that ends its phrase.)
                    || i > 1
                        && self.doc.capitalized(i - 1)
                        && self.doc.is_plain_word(i - 1)
                        && !self.is(i - 1, Flags::PRON)
                        && self.word_is(i - 2, words!["the", "in", "of", "a"])
                        && next.is_some_and(|n| n.is_plain_word() && !n.capitalized)
                        && !self.word_is(i + 1, words!["that"])
                        && self.doc.tokens.get(i + 2).is_none_or(|t| {
                            !t.is_word() || t.is(Flags::AUX | Flags::MODAL | Flags::PREP | Flags::PAST)
                        }));
            if title_next && name_after_title || state_name {
                return None;
            }
        }
        let named = |kind: PhraseKind| {
            matches!(
                kind,
                PhraseKind::Organization
                    | PhraseKind::Role(_)
                    | PhraseKind::Media
                    | PhraseKind::Outlet
                    | PhraseKind::Document
            )
        };
        if self.doc.phrase_at(i, i + 4, &named).is_some() {
            return None;
        }
        // (`The Associated Press`: nor a later word of one.)
        if t.capitalized
            && i > 0
            && self.doc.capitalized(i - 1)
            && (i.saturating_sub(3)..i).any(|j| {
                self.doc
                    .phrase_at(j, i + 1, &named)
                    .is_some_and(|(stop, _)| stop > i)
            })
        {
            return None;
        }
        // (`the company's general counsel, Mirela Haddad, wrote`: nor the
        // head of a role phrase.)
        if i > 0
            && self.doc.is_word(i - 1)
            && (i.saturating_sub(2)..i).any(|j| {
                self.doc
                    .phrase_at(j, i + 1, &|kind| matches!(kind, PhraseKind::Role(_)))
                    .is_some_and(|(stop, _)| stop > i)
            })
        {
            return None;
        }
        Some((lexicon().verb(index), form))
    }

    /// Where `neither` stands when the cue verb at `i` is the second of
    /// `neither confirm nor deny` (from `start`, the sentence's).
    fn neither_nor(&self, i: usize, start: usize) -> Option<usize> {
        (i >= start + 3
            && self.word_is(i - 1, words!["nor"])
            && self.word_is(i - 3, words!["neither"])
            && self.is_cue_verb(i - 2)
            && self.is_cue_verb(i))
        .then(|| i - 3)
    }

    /// The verb chain before a cue verb at `i`: back over auxiliaries,
    /// adverbs, negation and semi-modals (`has yet to`, `went on to`) to
    /// where its subject ends.
    fn verb_chain(&self, i: usize, start: usize) -> VerbChain {
        let mut k = i;
        let mut negated = false;
        let mut be_aux = false;
        let mut any_aux = false;
        while k > start {
            let p = k - 1;
            // `has yet to explain`, `is going to say`, `will have to admit`:
            // a semi-modal `to` is part of the verb chain; so is a verb of
            // going on (`continued to insist`, `went on to say`).
            let semi_modal = p > start
                && self.word_is(p, words!["to"])
                && self.word_is(
                    p - 1,
                    words![
                        "yet",
                        "going",
                        "have",
                        "has",
                        "had",
                        "need",
                        "needs",
                        "able",
                        "about",
                        "continued",
                        "continues",
                        "continue",
                        "began",
                        "begins",
                        "proceeded",
                        "on",
                        // (`appeared to confirm`: the evidence is the inner verb's.)
                        "appear",
                        "appears",
                        "appeared",
                        "seem",
                        "seems",
                        "seemed",
                        // (`were quick to condemn`, `rushed to praise`.)
                        "quick",
                        "rushed",
                        "hastened",
                        // (`interrupted to say that`, `rose to ask`.)
                        "interrupted",
                        "rose",
                        "paused"
                    ],
                );
            // `took to Twitter to say`, `took to the Senate floor to argue`:
            // the platform a speaker took to, then the cue.
            if p > start + 2 && self.word_is(p, words!["to"]) {
                let mut j = p - 2;
                while j > start + 1
                    && j + 6 > p
                    && !self.word_is(j, words!["to"])
                    && self.doc.is_word(j)
                {
                    j -= 1;
                }
                if self.word_is(j, words!["to"]) && self.word_is(j - 1, words!["took", "taking"]) {
                    any_aux = true;
                    k = j - 1;
                    continue;
                }
            }
            if semi_modal {
                any_aux = true;
                k = p - 1;
                // (`went on to say`: the verb before `on`.)
                if self.word_is(k, words!["on"]) {
                    if !(k > start && self.word_is(k - 1, words!["went", "goes", "go"])) {
                        break;
                    }
                    k -= 1;
                }
                continue;
            }
            // `have long suspected`: `long` between an auxiliary and its verb.
            let long_aux = self.long_after_aux(p, start)
                // `The UN and the AU both called for`: a floating quantifier
                // (or `Republicans and Democrats alike have signaled`).
                || self.word_is(p, words!["both", "all", "each", "alike"])
                    && p > start
                    && self.doc.is_plain_word(p - 1)
                    && !self.is(p - 1, Flags::DET | Flags::PREP | Flags::CONJ | Flags::QUANT | Flags::SUB)
                // (`Marsh and Dr. Simon Ellery, a consultant, both stressed`:
                // after a pair's closing insert.)
                || self.word_is(p, words!["both"]) && p > start + 1 && self.punct(p - 1, ',');
            if long_aux {
                k = p;
                continue;
            }
            if self.is(p, Flags::NEG) {
                negated = true;
            } else if self.is(p, Flags::AUX | Flags::MODAL) {
                any_aux = true;
                if self.word_is(p, BE) {
                    be_aux = true;
                }
            } else if !(self.adverb_before_verb(p, start)
                // (`has not yet said`: `yet` an adverb after a negation;
                // `has since said`: `since` after a perfect's auxiliary.)
                || self.word_is(p, words!["yet"]) && p > start && self.is(p - 1, Flags::NEG)
                || self.word_is(p, words!["since"])
                    && p > start
                    && self.word_is(p - 1, words!["has", "have", "had"]))
            {
                break;
            }
            k = p;
        }
        VerbChain {
            subject_end: k,
            negated,
            be_aux,
            any_aux,
        }
    }

    // (Called from one place and kept inline: tipped out of line by new
    // rules, it had cost the reader about half a KB.)
    #[inline(always)]
    fn verb_cue(&mut self, i: usize, sentence: &Range<usize>) -> bool {
        let Some((verb, form)) = self.cue_verb(i) else {
            return false;
        };
        // `would neither confirm nor deny that …`: one frame, the second
        // verb's, whose chain and subject stand before `neither`.
        if self.neither_nor(i + 2, sentence.start).is_some() {
            return false;
        }
        let neither_nor = self.neither_nor(i, sentence.start);
        // (`figured out what it was`: a phrasal verb of working something
        // out frames nothing but a that-clause.)
        if matches!(verb.class, VerbClass::Cognition | VerbClass::Evidence)
            && self.word_is(i + 1, words!["out"])
            && !self.word_is(i + 2, words!["that"])
        {
            return false;
        }
        // The speaker's own words (`“Now they tell us …”`) hold no frame but
        // a mind the quotation reports, the speaker's in the first person
        // (`“I think the deal is done,” she said`) or a named person's
        // (`“Preece wants to …”`), which nests in the quotation and stays in it.
        let quoted;
        let sentence = if self.inside_quote(i) {
            if !self.quoted_mind_frame(i, verb, sentence.start) {
                return false;
            }
            quoted = self.quoted_part(i, sentence);
            &quoted
        } else {
            sentence
        };
        // `with the House expected to follow`: a passive participle in an
        // absolute phrase, the writer's forecast.
        let absolute_passive =
            matches!(form, VerbForm::PastOrParticiple | VerbForm::PastParticiple)
                && self.word_is(i + 1, words!["to"])
                && self.np_left(i, sentence.start).is_some_and(|np| {
                    np.start > sentence.start && self.word_is(np.start - 1, words!["with"])
                });
        if absolute_passive {
            return false;
        }
        // `had “serious questions” about`: a short quotation's last word,
        // its content nothing but what follows the quotation.
        if self
            .quotes
            .at(i)
            .is_some_and(|q| q.open < i && q.close == Some(i + 1))
        {
            return false;
        }
        // `a source familiar with his thinking said`: a verb's form after a
        // possessive is a noun (`her` may be an object: `heard her say`).
        // (But `Moody's said it may …`, `Macy's announced that …`: a name
        // ending in `'s` before a verb that opens its clause.)
        // (Not a noun after a possessor: `Brandvold's claim that …`.)
        let name_in_s = i > sentence.start + 1
            && self.doc.name_in_s_before(i)
            && (self.word_is(i, words!["said"])
                || self.word_is(i + 1, words!["that"])
                || self.word_is(i + 1, CLAUSE_SUBJECTS)
                || self.is(i + 1, Flags::DET | Flags::PREP | Flags::TIME)
                || self.doc.tokens.get(i + 1).is_none_or(|t| !t.is_word()));
        if i > sentence.start
            && self.is(i - 1, Flags::POSS)
            && !self.word_is(i - 1, words!["her"])
            && !name_in_s
        {
            return false;
        }
        // `a row over its new asylum rules, after …`: a verb's form ending a
        // preposition's determined phrase, with no content after it, is its
        // noun (not `Ana Ruiz of the union says …`).
        // (Nor `explains, in a satirical fashion, that …`: its content past
        // an insert.)
        if form == VerbForm::ThirdSingular
            && i > sentence.start + 2
            && self.punct(i + 1, ',')
            && self.is(i + 2, Flags::SUB)
            && !(i + 3..sentence.end.min(i + 14))
                .any(|j| self.punct(j, ',') && self.word_is(j + 1, words!["that"]))
        {
            let opening = (i.saturating_sub(4).max(sentence.start + 1)..i)
                .rev()
                .take_while(|&j| {
                    self.is(j, Flags::DET | Flags::POSS)
                        || self.doc.is_plain_word(j)
                            && !self.doc.capitalized(j)
                            && !self.is_cue_verb(j)
                            && !self.is(
                                j,
                                Flags::AUX
                                    | Flags::MODAL
                                    | Flags::PREP
                                    | Flags::PRON
                                    | Flags::CONJ
                                    | Flags::PAST,
                            )
                })
                .find(|&j| self.is(j, Flags::DET | Flags::POSS));
            if opening.is_some_and(|j| self.is(j - 1, Flags::PREP) && !self.is(j - 1, Flags::SUB)) {
                return false;
            }
            // (`permitted under provincial rules, while …`: or right after a
            // preposition and an adjective.)
            if self.is(i - 2, Flags::PREP)
                && !self.is(i - 2, Flags::SUB)
                && self.doc.is_plain_word(i - 1)
                && !self.doc.capitalized(i - 1)
                && self.doc.unknown(i - 1)
            {
                return false;
            }
        }
        // (`told on a donor call last week that …`: a bare form after `a`
        // and one noun, inside a preposition's phrase, is a noun too.)
        if form == VerbForm::Base
            && i >= sentence.start + 3
            && self.word_is(i - 2, words!["a", "an"])
            && self.is(i - 3, Flags::PREP)
            && self.doc.is_word(i - 1)
            && !self.doc.capitalized(i - 1)
        {
            return false;
        }
        // `the United States`, `Research In Motion Says`: a capital inside a name.
        if self.doc.capitalized(i)
            && i > sentence.start
            && self.doc.capitalized(i - 1)
            && self.doc.is_plain_word(i - 1)
        {
            return false;
        }
        // `The regulator, known as KOMSA,`: a reduced relative, no frame
        // (but `Arbor Line, which is not charged, said in a statement that …`).
        // (Nor `“…,” Ann Lowe, a spokeswoman, said in a statement.`: a
        // reduced relative closes with a comma before the clause goes on.)
        let insert_closes = (i + 2..sentence.end.min(i + MAX_ADJUNCT))
            .find(|&j| self.punct(j, ',') || self.is_terminal(j))
            .is_some_and(|j| self.punct(j, ','));
        // `a system backed by the Red Cross`, `The measure, opposed by the
        // governor,`: a participle with its agent after the thing it
        // describes is the agent's stance on that thing.
        // (`said` is never such a participle.)
        let set_participle = matches!(form, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
            && verb.lemma != "say"
            && i > sentence.start;
        if set_participle
            && matches!(verb.class, VerbClass::Attitude | VerbClass::Speech)
            && verb.frames.np
            && self.word_is(i + 1, words!["by"])
        {
            let head_end = i - usize::from(self.punct(i - 1, ','));
            let thing = head_end > sentence.start
                && self.doc.is_plain_word(head_end - 1)
                && !self.doc.capitalized(head_end - 1)
                && !self.is(
                    head_end - 1,
                    Flags::PRON | Flags::AUX | Flags::ADV | Flags::PREP,
                );
            // (Not a summing-up noun: `…, a sentiment echoed by colleagues`.)
            let head = thing
                .then(|| self.np_left(head_end, sentence.start))
                .flatten()
                .filter(|h| !self.summing_up_at(h.start, sentence.start));
            if let (Some(head), Some(agent)) = (head, self.np_right(i + 2, sentence.end)) {
                self.push(
                    ClaimKind::Reported,
                    head,
                    i..i + 1,
                    Some(agent),
                    verb.stance,
                );
                return true;
            }
        }
        // (`said` is never one: `…, Deb Arvizu, said in a statement, calling …`.)
        if set_participle
            && self.punct(i - 1, ',')
            && self.word_is(i + 1, words!["as", "by", "for", "in"])
            && insert_closes
            && !(i + 2..sentence.end.min(i + MAX_ADJUNCT))
                .take_while(|&j| !self.punct(j, ','))
                .any(|j| self.word_is(j, words!["that"]) || self.doc.is_quote(j))
        {
            return false;
        }
        // `a group known as Black Lantern`: a name given, with or without a
        // comma, says nothing of the group's.
        // (Nor `AFP could not independently verify the claims`: the
        // newsroom's own check, no one's claim.)
        if self.word_is(i, words!["known"]) && self.word_is(i + 1, words!["as"])
            || i > sentence.start && self.word_is(i - 1, words!["independently"])
        {
            return false;
        }
        // `asked whether Trump believed …`, `if he said so`: a cue inside a
        // question or a condition asserts nothing.
        if self.in_question_or_condition(i, sentence.start) {
            return false;
        }
        // (Its `'s` neither a possessive nor an auxiliary: the name is the
        // subject.)
        if name_in_s && form != VerbForm::Gerund {
            return self.active(i, verb, i, false, sentence);
        }
        let VerbChain {
            subject_end,
            negated,
            be_aux,
            any_aux,
        } = self.verb_chain(neither_nor.unwrap_or(i), sentence.start);
        // `There were reports that …`: an -s form after `there` and `be` is a noun.
        if be_aux && form == VerbForm::ThirdSingular && self.is_noun_context(i, sentence.start) {
            return false;
        }
        let participle = matches!(form, VerbForm::PastParticiple | VerbForm::PastOrParticiple);
        // (`was cited by the paper as saying`: a citation of words said.)
        if words!["quote", "cite"].has(verb.lemma)
            && self.quoted_as_saying(i, subject_end, be_aux, sentence)
        {
            return true;
        }
        if be_aux && participle {
            return self.passive(i, verb, subject_end, negated, sentence);
        }
        if form == VerbForm::Gerund {
            if be_aux {
                return self.active(i, verb, subject_end, negated, sentence);
            }
            // `have begun warning that …`, `spent Monday insisting …`: the
            // gerund is the frame of the subject of the verb before it.
            if let Some(aspect) = self.aspect_before(i, sentence.start) {
                let chain = self.verb_chain(aspect, sentence.start);
                return self.active(i, verb, chain.subject_end, chain.negated, sentence);
            }
            return self.participial(i, verb, sentence);
        }
        if !any_aux && !self.reads_as_verb(i, form, sentence) {
            return false;
        }
        // `Two people briefed on the talks said …`: a participle modifying
        // the subject of the verb after it.
        if !any_aux && participle && self.reduced_relative(i, sentence) {
            return false;
        }
        self.active(i, verb, subject_end, negated, sentence)
    }

    /// The verb of beginning, going on or spending time right before the
    /// gerund at `i`: `began warning`, `kept saying`, `spent the week
    /// insisting`.
    fn aspect_before(&self, i: usize, start: usize) -> Option<usize> {
        let mut p = i.checked_sub(1).filter(|&p| p > start)?;
        while p > start && self.is(p, Flags::ADV) {
            p -= 1;
        }
        if self.word_is(
            p,
            words![
                "began",
                "begun",
                "begin",
                "begins",
                "started",
                "start",
                "starts",
                "kept",
                "keep",
                "keeps",
                "continued",
                "continue",
                "continues"
            ],
        ) {
            return Some(p);
        }
        // (`can be heard telling donors that …`, `was caught saying`: a
        // recording's passive perception.)
        if self.word_is(p, words!["heard", "seen", "caught"]) && self.word_is(p - 1, BE) {
            return Some(p);
        }
        // (A time phrase after `spent`: `Monday`, `the weekend`, `much of the day`.)
        (p.saturating_sub(4).max(start + 1)..p)
            .rev()
            .take_while(|&k| self.doc.is_word(k + 1))
            .find(|&k| self.word_is(k, words!["spent", "spend", "spends"]))
            .filter(|&k| {
                let time = |t: usize| {
                    self.is(t, Flags::TIME)
                        || self.word_is(
                            t,
                            words![
                                "day",
                                "days",
                                "week",
                                "weeks",
                                "weekend",
                                "morning",
                                "afternoon",
                                "evening",
                                "night",
                                "hours",
                                "months",
                                "years"
                            ],
                        )
                };
                time(p)
                    && (k + 1..p).all(|t| {
                        time(t)
                            || self.is(t, Flags::DET | Flags::QUANT)
                            || self.word_is(t, words!["of", "much", "most", "part"])
                    })
            })
    }

    /// Whether the participle at `i` and its prepositional phrase modify the
    /// noun before it, whose own verb follows: `people briefed on the talks
    /// said`, `officials consulted about the plan say`.
    fn reduced_relative(&self, i: usize, sentence: &Range<usize>) -> bool {
        // (`In written testimony submitted before the hearing, Halvorsen
        // argued …`: a participle after a noun inside the sentence's
        // opening adjunct.)
        let in_opening_adjunct = i > sentence.start + 1
            && self.is(sentence.start, Flags::PREP)
            && self.doc.is_word(i - 1)
            && !self.doc.capitalized(i - 1)
            && !self.is(
                i - 1,
                Flags::PRON | Flags::AUX | Flags::CONJ | Flags::ADV | Flags::REL | Flags::SUB,
            )
            && !self.word_is(i - 1, words!["that", "who"])
            && self.all_words(sentence.start..i)
            && (i + 1..sentence.end.min(i + MAX_ADJUNCT))
                .find(|&k| !self.doc.is_word(k))
                .is_some_and(|k| self.punct(k, ','));
        if in_opening_adjunct || self.in_verbs_adjunct(i, sentence) {
            return true;
        }
        let noun_before = i > sentence.start && {
            let t = &self.doc.tokens[i - 1];
            t.is_plain_word()
                && (!t.capitalized || i - 1 == sentence.start)
                && (t.is(Flags::ANON | Flags::ROLE) || self.doc.norm_ends_with(i - 1, "s"))
                && !t.is(Flags::PRON | Flags::AUX | Flags::CONJ)
        };
        // (`Two officials briefed on the investigation, who …`: a verb that
        // needs its listener, with none, is the noun's participle.)
        let listener_missing = self
            .cue_verb(i)
            .is_some_and(|(verb, _)| LISTENER_VERBS.has(verb.lemma))
            && self.word_is(i + 1, words!["on", "about", "of"]);
        // (`The senator said in a statement posted on …`: `said` with a
        // preposition after it is the verb; only `said to be` modifies.)
        // (`Riders found guilty of doping face …`: a verdict's participle.)
        noun_before
            && (listener_missing || self.word_is(i + 1, words!["guilty", "liable", "innocent"]))
            || noun_before
                && self.is(i + 1, Flags::PREP)
                && (!self.word_is(i, words!["said"]) || self.word_is(i + 1, words!["to"]))
                && self.np_right(i + 2, sentence.end).is_some_and(|np| {
                    self.cue_verb(np.end).is_some_and(|(_, form)| {
                        form.shows_finite()
                            || form == VerbForm::Base && self.doc.norm_ends_with(i - 1, "s")
                    })
                })
    }

    /// Whether the participle at `i` modifies the noun of a prepositional
    /// phrase after the sentence's verb: `said in a statement posted on her
    /// website that …`, `told the crowd in a speech broadcast live that …`.
    fn in_verbs_adjunct(&self, i: usize, sentence: &Range<usize>) -> bool {
        let common_noun = |k: usize| {
            self.doc.is_word(k)
                && !self.doc.capitalized(k)
                && !self.is(
                    k,
                    Flags::PRON | Flags::AUX | Flags::CONJ | Flags::ADV | Flags::REL,
                )
                && !self.is_cue_verb(k)
        };
        if i < sentence.start + 3
            || !common_noun(i - 1)
            || !self.is(i + 1, Flags::PREP | Flags::ADV | Flags::TIME)
        {
            return false;
        }
        let Some(prep) = (sentence.start + 1..i - 1)
            .rev()
            .take(4)
            .take_while(|&k| common_noun(k) || self.is(k, Flags::DET | Flags::POSS | Flags::PREP))
            .find(|&k| self.is(k, Flags::PREP))
        else {
            return false;
        };
        // The phrase right after the verb (and its time): `said Tuesday in …`.
        let mut verb = prep - 1;
        while verb > sentence.start && self.is(verb, Flags::TIME | Flags::ADV) {
            verb -= 1;
        }
        self.is(prep + 1, Flags::DET | Flags::POSS)
            && (self.is_cue_verb(verb) || self.past_form(verb))
    }

    /// `The mayor was quoted as saying …`, `The paper quoted an official as
    /// saying …`: the quoted person is the source, the clause the content.
    fn quoted_as_saying(
        &mut self,
        i: usize,
        subject_end: usize,
        passive: bool,
        sentence: &Range<usize>,
    ) -> bool {
        let limit = sentence.end.min(i + MAX_PHRASE);
        let Some(as_word) = (i + 1..limit).find(|&j| {
            self.word_is(j, words!["as"])
                && self.word_is(
                    j + 1,
                    words!["saying", "telling", "stating", "writing", "adding"],
                )
        }) else {
            return false;
        };
        let source = if passive {
            // (`was quoted by Reuters as saying`: the agent between.)
            let agent = self.word_is(i + 1, words!["by", "in"]) && self.all_words(i + 2..as_word);
            if as_word != i + 1 && !agent {
                return false;
            }
            // (`The agency's director, Carl Benn, was quoted`: a name set off.)
            // (`He called on donors …, and was quoted as saying`: the
            // subject of a verb coordinated before.)
            self.subject_before(subject_end, sentence.start)
                .or_else(|| self.coordinated_verb_subject(subject_end, sentence))
        } else {
            // (`quoted a village elder in Ostra as saying`: with its place.)
            self.np_right(i + 1, as_word)
                .filter(|np| {
                    np.end == as_word
                        || self.is(np.end, Flags::PREP) && self.all_words(np.end..as_word)
                })
                .map(|np| np.start..as_word)
        };
        let Some(source) = source else {
            return false;
        };
        let mut start = as_word + 2;
        if self.word_is(start, words!["that"]) {
            start += 1;
        }
        let cue = if passive { i..as_word + 2 } else { i..i + 1 };
        // `“…,” he was quoted as saying (by the BBC).`: the quotation
        // before the frame is what was said.
        let nothing_said = start >= sentence.end
            || self.is_terminal(start)
            || self.word_is(start, words!["by", "in"])
                && self
                    .np_right(start + 1, sentence.end)
                    .is_some_and(|np| np.end >= sentence.end || self.is_terminal(np.end));
        if nothing_said {
            let before = self
                .quotes
                .at(sentence.start)
                .filter(|q| q.open == sentence.start && q.close.is_some() && q.last < source.start);
            let Some(quotation) = before.map(|q| q.open..q.last + 1) else {
                return false;
            };
            self.push_clause(quotation, cue, Some(source), Stance::Assert);
            return true;
        }
        let content = self.clause_right(start, sentence.end);
        if content.is_empty() {
            return false;
        }
        self.push_clause(content, cue, Some(source), Stance::Assert);
        true
    }

    /// Whether a cue word with no auxiliary reads as a finite verb rather
    /// than a noun (`reports suggest` vs `amid reports`) or an adjective.
    fn reads_as_verb(&self, i: usize, form: VerbForm, sentence: &Range<usize>) -> bool {
        if i == sentence.start {
            // Headline style `Says …` is rare; a sentence-initial `Reports` is a noun.
            return false;
        }
        // (`high-tax states such as New York`: a noun before its examples.)
        if self.word_is(i + 1, words!["such"]) && self.word_is(i + 2, words!["as"]) {
            return false;
        }
        // `Many economists now think`: the word before the adverbs.
        let mut prev = i - 1;
        while prev > sentence.start
            && (self.adverb_before_verb(prev, sentence.start)
                || self.word_is(prev, words!["both", "all", "each"])
                    // (`though both cautioned`: the subject itself.)
                    && !self.is(prev - 1, Flags::PREP | Flags::DET | Flags::SUB))
            && !self.punct(prev - 1, ',')
        {
            prev -= 1;
        }
        let t = &self.doc.tokens[prev];
        // `the government approved plans to …`: right after a verb in the
        // past, a plural is its object.
        if form == VerbForm::ThirdSingular
            && prev + 1 == i
            && !t.capitalized
            && self.past_form(prev)
        {
            return false;
        }
        // `two suspected cases`, `six alleged members`: a past form between
        // a number and its plural noun is an adjective.
        if self.doc.number_at(prev) && self.plural_word(i + 1) {
            return false;
        }
        // `she said, but refused to …`: a second verb of the same subject.
        if self.word_is(prev, words!["and", "but"])
            && matches!(form, VerbForm::Past | VerbForm::PastOrParticiple)
        {
            return true;
        }
        // `Many said`, `Aides to both said`: a quantifier standing alone
        // before a past form is its subject.
        // (`Some say`, `Many believe`: a plural one before a present form.)
        let pronominal = t.is(Flags::QUANT)
            && !t.is(Flags::DET)
            && (matches!(form, VerbForm::Past | VerbForm::PastOrParticiple)
                || form == VerbForm::Base
                    && self.word_is(
                        prev,
                        words!["some", "many", "several", "most", "few", "both"],
                    ))
            && self.doc.tokens[i]
                .info
                .is_none_or(|info| info.noun.is_none())
            // (`One analyst said …. Another said …`: one more of them.)
            || prev == sentence.start
                && self.word_is(prev, words!["another"])
                && matches!(form, VerbForm::Past | VerbForm::PastOrParticiple);
        // (`Residents we talked to said`: a contact clause's stranded
        // preposition.)
        let stranded = prev > sentence.start + 1
            && self.word_is(prev, words!["to", "with", "from"])
            && self.word_is(prev - 2, SUBJECT_PRONOUNS)
            && self.past_form(prev - 1);
        // (`A man who lives nearby said`, `a worker who was inside said`: a
        // preposition standing alone ends the relative clause before it.)
        // (`Officials there said`: after a source's noun.)
        let particle = prev > sentence.start
            && (self.word_is(
                prev,
                words!["inside", "outside", "nearby", "abroad", "overseas"],
            ) && prev > sentence.start + 1
                && matches!(
                    form,
                    VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::ThirdSingular
                )
                && self.relative_clause_before(prev, sentence.start)
                || self.word_is(prev, words!["there", "here"])
                    && (self.is(prev - 1, Flags::ANON | Flags::ROLE | Flags::SOURCE_HEAD)
                        || self.relative_clause_before(prev, sentence.start)));
        // (`a statement that said`: a subject relative of a source's noun.)
        let relative = self.word_is(prev, words!["that"])
            && self
                .that_relative_subject(prev + 1, sentence.start)
                .is_some();
        if t.is(Flags::DET | Flags::POSS | Flags::PREP | Flags::SUB | Flags::QUANT)
            && !t.is(Flags::PRON)
            && !pronominal
            && !stranded
            && !relative
            && !particle
        {
            return false;
        }
        // `Government figures released Wednesday show …`: a participle with
        // its time or agent right after makes it a noun.
        if self.past_participle(i + 1)
            && (self.is(i + 2, Flags::TIME)
                || self.word_is(i + 2, words!["by", "last", "this", "on"]))
            && matches!(form, VerbForm::Base | VerbForm::ThirdSingular)
        {
            return false;
        }
        // `Patient advocates welcomed …`, `the evening shows drew …`: a verb
        // right after it makes it a noun.
        // (But `says emails show`: a plural with its own verb after it.)
        // (`Health advocates say …`: no third-person verb takes a bare verb
        // of saying or thinking after it.)
        // (`the Baltic states also voiced …`: past the verb's adverb.)
        let next = i + 1 + usize::from(self.is(i + 1, Flags::ADV) && !self.is(i + 1, Flags::TIME));
        let verb_follows = (self.cue_verb(next).is_some_and(|(verb, f)| {
            f.shows_finite()
                || form == VerbForm::ThirdSingular
                    && f == VerbForm::Base
                    && matches!(verb.class, VerbClass::Speech | VerbClass::Cognition)
        }) || self.is(next, Flags::PAST | Flags::TARGET))
            && !(self.doc.norm_ends_with(next, "s")
                && self
                    .cue_verb(next + 1)
                    .is_some_and(|(_, f)| matches!(f, VerbForm::Base | VerbForm::Past)));
        // (`Senate rules require 60 votes`: a plural noun's verb of
        // governing, which no table lists.)
        let governs = form == VerbForm::ThirdSingular
            && self.word_is(
                i + 1,
                words![
                    "require", "allow", "bar", "prohibit", "permit", "mandate", "forbid", "limit",
                    "prevent", "restrict", "govern", "apply", "remain", "cover"
                ],
            );
        if (verb_follows || governs) && matches!(form, VerbForm::Base | VerbForm::ThirdSingular) {
            return false;
        }
        // `a government document was found`: an auxiliary right after makes
        // a base form the head of its subject.
        if form == VerbForm::Base
            && self.is(i + 1, Flags::AUX | Flags::MODAL)
            && !self.doc.norm_ends_with(prev, "s")
            && !t.is(Flags::PRON)
        {
            return false;
        }
        // `a Republican state lawmaker`: a base form cannot agree with a
        // single capitalized noun or name after `a`, nor a third-person form
        // with one after a number (`three Great Lakes states`).
        let mut name = prev;
        while name > sentence.start
            && t.capitalized
            && self.doc.capitalized(name - 1)
            && !self.is(name - 1, Flags::DET)
        {
            name -= 1;
        }
        if name > sentence.start
            && t.capitalized
            && (form == VerbForm::Base && self.word_is(name - 1, words!["a", "an"])
                || form == VerbForm::ThirdSingular && self.doc.number_at(name - 1))
        {
            return false;
        }
        // `the final terms have …`: a third-person verb takes no auxiliary
        // after it, and a determiner two words back opens a noun phrase.
        // (`The city expects 6 million visitors`: an object after it keeps
        // it a verb.)
        // (`The bill says it …`: a subject pronoun opens the clause it says.)
        let object_follows = self.is(i + 1, Flags::DET | Flags::POSS | Flags::QUANT)
            || self.word_is(i + 1, words!["that"])
            || self.word_is(i + 1, CLAUSE_SUBJECTS)
            // `The section explains, in a satirical fashion, that …`
            || self.punct(i + 1, ',')
                && (i + 2..sentence.end.min(i + MAX_PHRASE))
                    .any(|j| self.word_is(j, words!["that"]) && self.punct(j - 1, ','))
            || self
                .doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.is_number() || t.is_quote());
        // (But `which she says was approved`: a relative's subject pronoun.)
        if form == VerbForm::ThirdSingular
            && (self.is(i + 1, Flags::AUX | Flags::MODAL) && !t.is(Flags::PRON)
                || i >= 2
                    && self.is(i - 2, Flags::DET | Flags::POSS)
                    && self.doc.is_plain_word(i - 1)
                    && self.doc.unknown(i - 1)
                    && !self.doc.capitalized(i - 1)
                    && !object_follows)
        {
            return false;
        }
        if self.doc.norm_is(prev, "'s") || self.word_is(i + 1, words!["'s"]) {
            return false; // `Kim's claims`, `blocks state's new law`
        }
        // `Republican-led states`, `state-funded reports`: after a compound
        // participle, a noun.
        if has_char(self.norm(prev), '-')
            && self.doc.norm_ends_with(prev, "ed")
            && matches!(form, VerbForm::Base | VerbForm::ThirdSingular)
        {
            return false;
        }
        // `Lawyers for the firm contend`, `Residents living near the plant
        // say`: the head before its post-modifier.
        // (Its start, to tell a subject from an object: `told analysts on a
        // conference call that`.)
        let modified_plural = (form == VerbForm::Base)
            .then(|| self.np_left(i, sentence.start))
            .flatten()
            .map(|np| self.whole_subject(np, sentence.start))
            .filter(|np| {
                let head = self.head_of(np);
                // (`Some in the party worry`: a quantifier heads it too.)
                head + 1 < np.end && (self.plural_word(head) || self.is(head, Flags::QUANT))
                    // (`54 percent of voters under 30 say`)
                    || self.share_left(head, np.start).is_some()
            })
            .map(|np| np.start);
        let noun_too = self.doc.is_cue_noun(i);
        // (`…, say officials.`, `…, warn police`: a plural's verb inverted
        // after its content.)
        let inverted_plural = form == VerbForm::Base
            && self.punct(prev, ',')
            && self
                .np_right(i + 1, sentence.end)
                .is_some_and(|np| np.end >= sentence.end || self.is_terminal(np.end));
        // (`The director, Anne Walsh, hopes the show will …`: a clause after
        // it, its subject and verb.)
        // (`Economists, meanwhile, fear the row could spread`: a plural's
        // too, whose agreement is read below.)
        let after_insert = self.punct(prev, ',')
            && (self.word_is(i + 1, words!["that"])
                || matches!(form, VerbForm::ThirdSingular | VerbForm::Base)
                    && self.subject_then_verb(&(i + 1..sentence.end)))
            || inverted_plural;
        if noun_too {
            // `Media reports from X indicate`: a later cue verb in the same
            // clause makes this the head of its subject.
            let next = i + 1;
            if next < sentence.end
                && (self.word_is(next, words!["from", "by", "of", "in"])
                    || self.doc.is_punct(next, ','))
                && self.later_verb_in_clause(next, sentence.end)
            {
                return false;
            }
            // (`voters under 30 say`: an age before a base form.)
            let age_before = form == VerbForm::Base && self.doc.is_number(prev);
            // (`a plurality say`: a share of those polled agrees as a plural.)
            let share = form == VerbForm::Base && self.word_is(prev, POLLED_SHARES);
            // (`the new forecast`: a past that is the base form too.)
            let uninflected = self
                .cue_verb(i)
                .is_some_and(|(v, _)| v.lemma == self.norm(i));
            if (matches!(form, VerbForm::Base | VerbForm::ThirdSingular) || uninflected)
                && !self.doc.capitalized(prev)
                && !t.is(Flags::PRON
                    | Flags::ANON
                    | Flags::ROLE
                    | Flags::MEDIA
                    | Flags::DOCUMENT
                    | Flags::GOVERNMENT
                    | Flags::ORGANIZATION)
                && !self.doc.norm_ends_with(prev, "s")
                // (`Republican leaders, who hold a majority, worry that`: the
                // verb after an insert, its subject read below.)
                && !after_insert
                && !age_before
                && !share
                && !relative
                && !modified_plural.is_some_and(|s| {
                    s == sentence.start
                        || self.punct(s - 1, ',')
                        || self.is(s - 1, Flags::SUB | Flags::CONJ)
                        || self.word_is(s - 1, words!["that"])
                })
            {
                // `the media reports`, `new claims`: an adjective or noun before;
                // only a third-person form can still be a verb (`the ministry
                // reports that`, `The opposition claims the vote was rigged`:
                // a sentence's subject and a clause after), never a base form
                // (`a conference call that`).
                let subject_opens = prev > sentence.start
                    && self.word_is(prev - 1, words!["the"])
                    && (prev - 1 == sentence.start
                        || self.is(prev - 2, Flags::CONJ)
                        || self.punct(prev - 2, ','));
                return form == VerbForm::ThirdSingular
                    && (self.word_is(i + 1, words!["that"])
                        || subject_opens && self.subject_then_verb(&(i + 1..sentence.end)));
            }
        }
        // `White House counsel Diane Feldstein`: a role's word before a
        // name is a title.
        if form == VerbForm::Base
            && self.is(i, Flags::ROLE)
            && self
                .doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && n.capitalized)
            && self
                .doc
                .tokens
                .get(i + 2)
                .is_some_and(|n| n.is_word() && n.capitalized)
        {
            return false;
        }
        // `a Republican state senator`, `Arizona state lawmakers`: a noun's
        // modifier before a role (not a verb after a pronoun or a plural
        // subject: `I think voters`, `Economists say voters`).
        if form == VerbForm::Base
            && !t.is(Flags::PRON | Flags::ANON | Flags::ROLE | Flags::DOCUMENT)
            && !inverted_plural
            && (self.is(i + 1, Flags::ROLE)
                || self.is(i + 1, Flags::ANON) && self.doc.norm_ends_with(i + 1, "s"))
            && !self.doc.capitalized(i + 1)
        {
            return false;
        }
        match form {
            VerbForm::Base => {
                // A base form needs a plural or pronoun subject: `officials say`,
                // `the data show`, `police say`, `many of whom say`.
                t.is(Flags::PRON
                    | Flags::ANON
                    | Flags::DOCUMENT
                    | Flags::GOVERNMENT
                    | Flags::ROLE
                    | Flags::REL)
                    || self.doc.norm_ends_with(prev, "s")
                    || self.word_is(prev, POLLED_SHARES)
                    || inverted_plural
                    // (`The family say`, `the couple insist`: a collective
                    // noun takes a plural verb in British usage.)
                    || self.word_is(
                        prev,
                        words!["family", "couple", "pair", "team", "club", "public", "crew", "jury", "squad"],
                    ) && prev > sentence.start
                        && self.is(prev - 1, Flags::DET | Flags::POSS)
                    // (`Most of them expect`)
                    || self.word_is(prev, words!["them", "us"])
                        && self.word_is(prev.saturating_sub(1), words!["of"])
                    || self.share_left(prev, sentence.start).is_some()
                    // (`Half of voters, 50%, say`: the share in apposition.)
                    || self.punct(prev, ',')
                        && prev > sentence.start
                        && self.share_left(prev - 1, sentence.start).is_some()
                    || modified_plural.is_some()
                    // (`Senators whose votes would be needed tell`)
                    || self
                        .subject_before_relative(i, sentence.start)
                        .is_some_and(|np| self.doc.norm_ends_with(self.head_of(&np), "s"))
                    // `Polls published this week suggest`.
                    || self
                        .subject_before_participle(i, sentence.start)
                        .is_some_and(|(_, head)| self.doc.norm_ends_with(head, "s"))
                    // `Results of the studies, published in 1989, show`.
                    || self.punct(prev, ',')
                        && self
                            .subject_across_insert(i, sentence.start)
                            .or_else(|| self.subject_across_inserts(i, sentence.start))
                            .is_some_and(|np| {
                                // (`Organizers, the coalition behind it, say`:
                                // the head before the appositive agrees.)
                                let first = self.first_comma(np.start..np.end)
                                    .unwrap_or(np.end);
                                let head = self.head_of(&(np.start..first));
                                self.doc.norm_ends_with(head, "s") || self.is(head, Flags::PRON)
                            })
                    // (Not `the White House counsel, Ann Lowe,`: a role.)
                    // (Nor `Tech blog The Byte Ledger described`: a singular's
                    // descriptor before a name.)
                    || t.capitalized
                        && !self.is(i, Flags::ROLE)
                        && !(self.doc.capital_at(i + 1)
                            && !self.doc.norm_ends_with(prev, "s")
                            && self.is(i + 1, Flags::DET))
                    || t.is(Flags::CONJ)
            }
            VerbForm::PastOrParticiple | VerbForm::Past | VerbForm::ThirdSingular => true,
            _ => true,
        }
    }

    /// `X said A and added B`: a verb right after `and` shares the source
    /// of the sentence's previous frame.
    fn shared_subject(&self, subject_end: usize, sentence: &Range<usize>) -> Option<Range<usize>> {
        // `and`/`but` before the verb, or read as an adverb the walk passed over.
        // (`said A, then added B`, `and then added`.)
        let subject_end = if subject_end > sentence.start + 1
            && self.word_is(subject_end - 1, words!["then"])
            && (self.punct(subject_end - 2, ',')
                || self.quote_closing_after_comma(subject_end - 2)
                || self.word_is(subject_end - 2, words!["and", "but"]))
        {
            subject_end - 1
        } else {
            subject_end
        };
        let coordinated = subject_end > sentence.start
            && (self.word_is(subject_end - 1, words!["and", "but"])
                || (self.punct(subject_end - 1, ',')
                    || self.quote_closing_after_comma(subject_end - 1))
                    && self.word_is(subject_end, words!["then"])
                || self.word_is(subject_end, words!["and", "but"]));
        if !coordinated {
            return None;
        }
        // `said the mayor was disappointed but believed …`: a belief inside
        // a speech content is the content's subject's.
        let and = if self.word_is(subject_end, words!["and", "but"]) {
            subject_end
        } else {
            subject_end - 1
        };
        // (`Aides said A, but the senator disagreed and vowed …`: a clause
        // of its own before the `and` has its own subject.)
        let own_clause = (sentence.start + 2..and)
            .rev()
            .find(|&j| self.punct(j - 1, ',') && self.word_is(j, words!["but", "yet", "while"]))
            .filter(|&j| !self.inside_quote(j) && self.subject_then_verb(&(j + 1..and)));
        if let Some(j) = own_clause {
            return self.main_subject(j + 1, and);
        }
        let believer = self
            .sentence_frames(sentence.start)
            .iter()
            .rev()
            .find_map(|a| {
                (a.content.start < and
                    && and < a.content.end
                    && self.belief_after_speech(and, a.content.start))
                .then(|| self.np_right(a.content.start, and))
                .flatten()
            });
        if believer.is_some() {
            return believer;
        }
        // Not a frame inside another's content: in `Cooper said her party has
        // supported it, and said …`, Cooper says both.
        self.outer_speaker_before(sentence.start, subject_end - 1)
    }

    /// The frames found so far in the sentence from `sentence_start`: the
    /// last ones pushed (a sentence's frames are found together, in order).
    fn sentence_frames(&self, sentence_start: usize) -> &[Attribution] {
        let earlier = self.found.len()
            - self
                .found
                .iter()
                .rev()
                .take_while(|a| a.cue.start >= sentence_start)
                .count();
        &self.found[earlier..]
    }

    /// The source of the last frame before `before` in the sentence from
    /// `sentence_start` that stands in no other frame's content or adjunct
    /// (`said in a statement that …, and accused …`: the one who said, not
    /// the statement). Only the sentence's frames are read: linear in the text.
    fn outer_speaker_before(&self, sentence_start: usize, before: usize) -> Option<Range<usize>> {
        let here = self.sentence_frames(sentence_start);
        let nested = |a: &Attribution| {
            here.iter().any(|b| {
                b.content.start.min(b.cue.end) <= a.cue.start
                    && a.cue.end <= b.content.end
                    && b.cue != a.cue
            })
        };
        // (An according-to phrase names no subject of a later verb.)
        here.iter()
            .rev()
            .find(|a| a.cue.end <= before && !nested(a) && a.kind != ClaimKind::AccordingTo)
            .and_then(|a| a.source.clone())
    }

    /// `The program takes a broad approach and encourages galleries to …`:
    /// a second verb of the main clause's subject.
    /// `… led trade missions and, in a 2017 speech, called tariffs “…”`:
    /// a coordinated verb after an adjunct set off by commas.
    fn coordinated_across_adjunct(
        &self,
        subject_end: usize,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        let close = subject_end.checked_sub(1)?;
        if !self.punct(close, ',') {
            return None;
        }
        let open =
            self.last_comma(close.saturating_sub(MAX_PHRASE).max(sentence.start + 1)..close)?;
        let adjunct = self.is(open + 1, Flags::PREP | Flags::TIME | Flags::ADV)
            && !(open + 1..close).any(|k| self.has_finite_verb(&(k..k + 1)));
        (adjunct && self.word_is(open - 1, words!["and", "but"]))
            .then(|| self.coordinated_verb_subject(open, sentence))
            .flatten()
    }

    fn coordinated_verb_subject(
        &self,
        subject_end: usize,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        let and = subject_end.checked_sub(1)?;
        if and <= sentence.start || !self.word_is(and, words!["and", "but"]) {
            return None;
        }
        // `worked the counter, shaking hands and posing for photos, and told
        // reporters …`, `raised its rate, its third increase this year, and
        // said …`: a participle's phrase or an appositive set off by commas
        // before the `and` (a comma before it otherwise ends the subject's
        // clause).
        let and = if self.punct(and - 1, ',') {
            // (`met on Monday, and said …`: with no comma before, the clause
            // before is the subject's own.)
            let Some(open) =
                self.last_comma(and.saturating_sub(MAX_PHRASE).max(sentence.start + 1)..and - 1)
            else {
                return self
                    .main_subject(sentence.start, and - 1)
                    .filter(|subject| {
                        self.past_form(subject.end) || self.has_finite_verb(&(subject.end..and - 1))
                    });
            };
            let appositive = self.is(open + 1, Flags::DET | Flags::POSS)
                && !self.has_finite_verb(&(open + 1..and - 1));
            // (`have not ruled out a fault, according to a statement, but
            // said …`: a source set into the clause.)
            let according =
                self.word_is(open + 1, words!["according"]) && self.word_is(open + 2, words!["to"]);
            if !self.is_gerund_word(open + 1) && !appositive && !according {
                return None;
            }
            open
        } else {
            and
        };
        // (`Republican leaders, who hold supermajorities and said …`: the
        // relative clause's second verb, its subject the antecedent.)
        let who = (sentence.start + 2..and)
            .rev()
            .take(14)
            .take_while(|&j| self.doc.is_word(j) || self.doc.is_number(j))
            .find(|&j| self.word_is(j, words!["who"]) && self.punct(j - 1, ','));
        if let Some(who) = who {
            return self
                .relative_subject(who + 1, sentence.start)
                .or_else(|| self.np_left(who - 1, sentence.start));
        }
        let subject = self.main_subject(sentence.start, and)?;
        // The subject's own verb phrase stands between it and the `and`.
        // (`The chief executive, Tor Aamodt, apologised …`, `Tor Aamodt, the
        // chief executive, apologised …`: past the name or role set off.)
        // (Not past a participle's phrase: `The agreement, announced
        // Tuesday, would pay … federal and state money`.)
        let mut verb = subject.end;
        if verb + 1 < and && self.punct(verb, ',') {
            let described = subject.clone().any(|k| self.punct(k, ','));
            if self.is(verb + 1, Flags::DET | Flags::POSS) || self.doc.capitalized(verb + 1) {
                verb = self.first_comma(verb + 1..and).map_or(verb, |c| c + 1);
            } else if described {
                verb += 1;
            }
        }
        let verb_phrase = verb + 1 < and
            && self.doc.is_plain_word(verb)
            && !self.doc.capitalized(verb)
            && !self.is(
                verb,
                Flags::PREP | Flags::DET | Flags::CONJ | Flags::SUB | Flags::REL,
            );
        verb_phrase.then_some(subject)
    }

    fn later_verb_in_clause(&self, from: usize, end: usize) -> bool {
        for k in from..end.min(from + 16) {
            if self.word_is(k, words!["that"]) || self.is(k, Flags::SUB) || self.doc.is_quote(k) {
                return false;
            }
            if let Some((_, form)) = self.cue_verb(k) {
                if form != VerbForm::Gerund {
                    return true;
                }
            }
        }
        false
    }

    fn active(
        &mut self,
        i: usize,
        verb: &CueVerb,
        subject_end: usize,
        negated: bool,
        sentence: &Range<usize>,
    ) -> bool {
        // `found themselves with a new line of attack`: a reflexive object
        // makes the verb no frame (but `described himself as …` is one).
        if self.word_is(
            i + 1,
            words![
                "themselves",
                "himself",
                "herself",
                "itself",
                "ourselves",
                "myself"
            ],
        ) && !(verb.frames.as_phrase && self.word_is(i + 2, words!["as"]))
        {
            return false;
        }
        let stance = stance_of(verb.stance, negated);
        let cue = i..i + 1;
        // `Chatterbox, which says it has 9 million users, called …`: a frame
        // inside a relative clause ends with it.
        let restrictive = matches!(verb.class, VerbClass::Speech | VerbClass::Cognition)
            .then(|| self.restrictive_relative(subject_end, sentence.start))
            .flatten()
            .or_else(|| self.that_relative_subject(subject_end, sentence.start));
        let in_relative = restrictive.is_some()
            || self
                .relative_pronoun_before(subject_end, sentence.start)
                .is_some();
        let bounded = self.within_relative_clause(i, in_relative, sentence);
        let sentence = &bounded;
        // Source before the verb: `The mayor said`. (Not the object of a
        // preposition after a relative pronoun: `Carrigan, who in a 2014
        // op-ed called …`.)
        let adjunct_after_relative = self
            .relative_pronoun_before(subject_end, sentence.start)
            .is_some_and(|who| self.is(who + 1, Flags::PREP));
        // (`A poll conducted earlier this month found`: a reduced relative
        // with its time before the verb.)
        let participle_subject = self
            .subject_before_participle(subject_end, sentence.start)
            .filter(|(_, head)| {
                self.is(
                    *head,
                    Flags::DOCUMENT | Flags::ANON | Flags::ROLE | Flags::SOURCE_HEAD,
                )
            })
            .map(|(np, _)| np);
        let subject = adjunct_after_relative
            .then(|| self.relative_subject(subject_end, sentence.start))
            .flatten()
            .or(restrictive)
            .or(participle_subject)
            .or_else(|| {
                // (`Two people who saw it asked`: a verb's object `it` is
                // no subject.)
                self.np_left(subject_end, sentence.start).filter(|np| {
                    // (`A poll conducted earlier this month found`: a time
                    // phrase is the participle's adjunct, no subject; `who
                    // lived there said`: nor is a place adverb.)
                    let place = np.len() == 1 && self.word_is(np.start, words!["there", "here"]);
                    !(self.time_phrase(np) || place)
                        && !(np.len() == 1
                            && self.word_is(np.start, words!["it", "you"])
                            && np.start > sentence.start + 1
                            && self.word_is(np.start - 2, words!["who", "that", "which"])
                            && (self.unknown_past(np.start - 1)
                                || self.is(np.start - 1, Flags::PAST)
                                || self.is_cue_verb(np.start - 1)))
                })
            })
            .map(|np| self.whole_subject(np, sentence.start))
            .or_else(|| self.subject_across_insert_or_chain(subject_end, sentence.start))
            .or_else(|| self.subject_before_comma(subject_end, sentence.start))
            .or_else(|| self.relative_subject(subject_end, sentence.start))
            .or_else(|| self.subject_before_relative(subject_end, sentence.start))
            .or_else(|| {
                self.subject_before_participle(subject_end, sentence.start)
                    .map(|(np, _)| np)
            })
            .or_else(|| self.subject_before_gerund(subject_end, sentence.start))
            .or_else(|| self.shared_subject(subject_end, sentence))
            .or_else(|| self.coordinated_verb_subject(subject_end, sentence))
            .or_else(|| self.coordinated_across_adjunct(subject_end, sentence))
            .or_else(|| self.whole_opening_subject(i, verb, subject_end, sentence));
        // Inverted: `“…,” said the mayor.` / `…, said Ana Ruiz, a nurse.`
        // (Never `“…,” told the referee`: a listener is no inverted speaker.)
        // (Only a verb that may follow its content: `…, often called
        // initiatives, let voters …` names a thing.)
        let inverted = subject.is_none()
            && verb.frames.after
            && !LISTENER_VERBS.has(verb.lemma)
            && self.inverted_position(subject_end, sentence.start);
        // An inverted source closes its clause: `…,” said the mayor.`, not
        // `…, said the company was disappointed`.
        let source = if inverted {
            // (`said one of the aides`, `said some of them`: a part of a
            // group.)
            let part = self.word_is(i + 2, words!["of"])
                && (self.is(i + 1, Flags::QUANT) || self.doc.number_at(i + 1));
            let np = if part {
                let them = self.word_is(i + 3, words!["them", "us", "those"]);
                (if them {
                    Some(i + 3..i + 4)
                } else {
                    self.np_right(i + 3, sentence.end)
                })
                .map(|group| i + 1..group.end)
            } else {
                self.np_right(i + 1, sentence.end)
            };
            // (`said a Democratic aide familiar with the talks`: the noun's
            // post-modifier.)
            let np = np.map(|np| {
                let modifier = self.word_is(np.end, phrases::POSTMODIFYING_ADJECTIVES)
                    && self.is(np.end + 1, Flags::PREP);
                match self.np_right(np.end + 2, sentence.end).filter(|_| modifier) {
                    // (`involved in Senate races`: the phrase reader stops
                    // at a name before its noun.)
                    Some(object) => {
                        let nouns = (object.end..sentence.end.min(object.end + 3))
                            .take_while(|&j| {
                                let t = &self.doc.tokens[j];
                                t.is_plain_word()
                                    && !t.capitalized
                                    && t.info.is_none_or(|i| {
                                        i.noun.is_some() && i.verb.is_none()
                                            || i.flags == Flags::default()
                                    })
                            })
                            .count();
                        np.start..object.end + nouns
                    }
                    None => np,
                }
            });
            np.filter(|np| {
                let after = self.skip_adjuncts(np.end, sentence.end);
                after >= sentence.end
                    || self.is_terminal(after)
                    || self.punct(after, ',')
                    || self.punct(after, ':')
                    || self.is(after, Flags::SUB | Flags::REL)
                    || self.quotes.at(after).is_some_and(|q| q.open == after)
            })
        } else {
            subject.clone()
        };
        let Some(mut source) = source else {
            return false;
        };
        // (`in what activists described as …`: a free relative's `what` is
        // no word of its subject.)
        if source.len() > 1 && self.word_is(source.start, words!["what"]) {
            source.start += 1;
        }
        // `…, a claim the electoral commission denies.`, `…, a figure the EPA
        // disputed.`: a summing-up noun the verb takes as its object, the
        // noun phrase the content and the relative's subject the source
        // (the phrase reader may have run the two together).
        // (A verb taking a side: `an issue Mr. Garrity emphasized` describes.)
        if !inverted
            && verb.frames.np
            && matches!(
                verb.stance,
                Stance::Deny
                    | Stance::Confirm
                    | Stance::Praise
                    | Stance::Criticize
                    | Stance::Question
            )
        {
            let after = self.skip_adjuncts(i + 1, sentence.end);
            let (noun, who) = if source.len() >= 3 && self.word_is(source.start, words!["a", "an"])
            {
                (source.start..source.start + 2, source.start + 2..source.end)
            } else {
                (source.start.saturating_sub(2)..source.start, source.clone())
            };
            let summing_up = noun.start > sentence.start
                && self.punct(noun.start - 1, ',')
                && self.word_is(noun.start, words!["a", "an"])
                && self.doc.is_word(noun.start + 1)
                && !self.doc.capitalized(noun.start + 1)
                && !self.is(noun.start + 1, Flags::PREP | Flags::DET | Flags::QUANT)
                // (Its own subject after it, not the noun's phrase: `…, a
                // review by The Times found.` is a trailing frame.)
                && who.start < who.end
                && (self.doc.capitalized(who.start)
                    || self.is(who.start, Flags::DET | Flags::PRON))
                && (after >= sentence.end || self.is_terminal(after) || self.punct(after, ','));
            if summing_up {
                self.push(ClaimKind::Reported, noun, cue, Some(who), stance);
                return true;
            }
        }
        // `the tariffs Whitcomb was promising would raise prices`, `the
        // budget votes the ad cites were taken …`: a contact relative whose
        // object is the plural before its subject (the phrase reader ran the
        // two together), with nothing after the verb but the main clause's.
        if !inverted && verb.frames.np {
            let after = self.skip_adjuncts(i + 1, sentence.end);
            let gap = after >= sentence.end
                || self.is_terminal(after)
                || self.punct(after, ',')
                || self.is(after, Flags::MODAL | Flags::AUX);
            let split = self.subject_after_plural(source.start + 2..source.end);
            if let Some(split) = split.filter(|_| gap && self.is(source.start, Flags::DET)) {
                self.push(
                    ClaimKind::Reported,
                    source.start..split,
                    cue,
                    Some(split..source.end),
                    stance,
                );
                return true;
            }
        }
        // `As Heald told The Huffington Post, ozone has dropped.`
        if !inverted
            && source.start > sentence.start
            && self.word_is(source.start - 1, words!["as"])
            && self.clause_opening_before(source.start - 1, sentence.start)
        {
            let comma = self.first_comma(i + 1..sentence.end.min(i + MAX_PHRASE));
            if let Some(comma) = comma {
                let content = self.clause_right(comma + 1, sentence.end);
                if self.has_finite_verb(&content) {
                    self.push_clause(content, cue, Some(source), stance);
                    return true;
                }
            }
        }
        let after_verb = if inverted { source.end } else { i + 1 };
        // Where the verb's complements start, past its adjuncts.
        let next = self.skip_adjuncts(after_verb, sentence.end);
        // `The cuts, which the company said would save $600 million, come …`:
        // the relative clause's rest, up to its comma, is the content.
        // (`…, what he called “a disaster”`: a free relative names its
        // description without a comma.)
        // (`a gesture the official described as “…”`: a contact relative,
        // its object gone before `as`; its content runs from the noun.)
        let contact = !inverted && self.contact_relative(&source, next, verb, sentence);
        // (`…, a move utilities warned could strain the grid`: a summing-up
        // noun's contact relative, its subject gone before the modal; the
        // phrase reader ran the noun and the source together.)
        let summing_up = !inverted
            && source.len() >= 3
            && self.summing_up_at(source.start, sentence.start)
            && self.is(next, Flags::MODAL);
        let source = if summing_up {
            source.start + 2..source.end
        } else {
            source
        };
        // (`the 0.2% gain economists had expected.`: a forecast's contact
        // relative, run together with its noun by the phrase reader.)
        let forecaster = source.end - 1;
        if !inverted
            && verb.frames.np
            && verb.stance == Stance::Believe
            && source.len() >= 2
            && self.is(forecaster, Flags::ANON)
            && !self.doc.capitalized(forecaster)
            && self.doc.norm_ends_with(forecaster, "s")
            && self.doc.is_plain_word(forecaster - 1)
            && !self.doc.capitalized(forecaster - 1)
            && !self.is(forecaster - 1, Flags::FUNCTION | Flags::ANON | Flags::ROLE)
            && (self.is_terminal(next) || self.punct(next, ',') || next >= sentence.end)
        {
            let thing = self
                .article_back(forecaster, sentence.start)
                .unwrap_or(source.start);
            self.push(
                ClaimKind::Reported,
                thing..forecaster,
                cue,
                Some(forecaster..source.end),
                stance,
            );
            return true;
        }
        let gap_relative = summing_up
            || !inverted
                && source.start >= sentence.start + 2
                && (self.word_is(source.start - 1, words!["which", "that", "whom", "who"])
                    && self.punct(source.start - 2, ',')
                    || self.word_is(source.start - 1, words!["what"])
                        && (verb.frames.np || verb.frames.as_phrase))
            || contact;
        if gap_relative {
            let mut from = next;
            // (`which the council said last month would face …`, `said in
            // 2022 had cost`: with the subject gone, a time before the modal
            // is the frame's.)
            if (self.word_is(from, words!["last", "this", "earlier"])
                || self.word_is(from, words!["in"]) && self.year(from + 1))
                && self.is(from + 2, Flags::MODAL | Flags::AUX)
            {
                from += 2;
            }
            // (`which an official told Reuters could come in January`: the
            // listener before the gap's verb.)
            if verb.frames.obj {
                if let Some(after) = self
                    .np_right(from, sentence.end)
                    .map(|l| self.skip_adjuncts(l.end, sentence.end))
                    .filter(|&after| self.is(after, Flags::MODAL | Flags::AUX))
                {
                    from = after;
                }
            }
            // `Bill Clinton, whom he described as “the worst …”`, `the deal,
            // which he called a disaster,`: the description given.
            let predicate = (verb.frames.np || verb.frames.as_phrase)
                && !self.is(from, Flags::MODAL | Flags::AUX);
            if predicate && self.word_is(from, words!["as"]) {
                from += 1;
            }
            let quote = self.quotes.at(from).filter(|q| q.open == from);
            let content = match quote {
                Some(quote) => from..quote.last + 1,
                None => {
                    let comma = (from..sentence.end.min(from + MAX_CONTENT))
                        .find(|&c| self.punct(c, ',') || self.punct(c, ':') || self.punct(c, ';'));
                    let mut end = comma.unwrap_or(sentence.end);
                    while end > from && self.is_soft_break(end - 1) {
                        end -= 1;
                    }
                    from..end
                }
            };
            // (`which the company said would save …`: the gap is the subject;
            // `which Trump says Mexico will pay for`: the object.)
            // (`which officials say runs to 32 pages`: a verb no table lists.)
            // (`which police said started in the kitchen`: an -ed form.)
            // (`which Lindqvist said tend to lengthen sleep`: a plural's
            // verb no table lists, before its infinitive.)
            let plural_verb = content.len() >= 3
                && self.doc.is_plain_word(from)
                && self.doc.unknown(from)
                && !self.doc.capitalized(from)
                && self.word_is(from + 1, words!["to"])
                && self.doc.is_plain_word(from + 2)
                && !self.doc.capitalized(from + 2);
            let clause = self.has_finite_verb(&content)
                && (self.finite_verb_at(from) || self.subject_then_verb(&content))
                || self.unknown_in_single_s(from)
                || self.unknown_past(from) && content.len() >= 2
                || plural_verb;
            // (`described as not significant`: a negated description.)
            let negated = usize::from(self.is(content.start, Flags::NEG));
            let description = predicate
                && (quote.is_some()
                    || !self.has_finite_verb(&(content.start + negated..content.end)));
            if content.is_empty() && !contact || !(clause || description) {
                return false;
            }
            let plain = if clause && !description {
                ClaimKind::Indirect
            } else {
                ClaimKind::Reported
            };
            let kind = self.kind_for(&content, plain);
            let head_end =
                source.start - usize::from(self.word_is(source.start - 1, words!["that"]));
            let head = self
                .np_left(head_end, sentence.start)
                .map(|h| h.start)
                .or_else(|| self.article_back(head_end, sentence.start));
            // (A forecast's object is the phrase alone.)
            let content = match head.filter(|_| contact) {
                Some(head) if content.is_empty() => head..head_end,
                Some(head) => head..content.end,
                None => content,
            };
            self.push(kind, content, cue, Some(source), stance);
            return true;
        }
        // `“It’s a disaster,” she said, “and everyone knows it.”`: a frame
        // between two pieces of one quotation takes both.
        let frame_start = if inverted { subject_end } else { source.start };
        // (Not a quotation an earlier frame took: `He said it was “bad.”
        // The campaign did not respond to a request for comment.`)
        // (The latest claims only: the one that took it ends right before
        // this sentence, and the whole list would make every frame scan the
        // article.)
        let taken = |q: &Quote| {
            self.found
                .iter()
                .rev()
                .take(8)
                .any(|a| a.content.start <= q.open && q.last < a.content.end)
        };
        let quote_before = self.content_left(frame_start, sentence).filter(|c| {
            self.quotes
                .at(c.start)
                .is_some_and(|q| q.open == c.start && !taken(q))
        });
        // `“…,” Microsoft says on its site “…”`: a phrase after the verb that
        // opens with a preposition is an adjunct when a quotation precedes.
        // (The quotation may open in an earlier sentence: `“A. B,” Microsoft
        // says on “The Countdown”.`)
        // (Not one closing the paragraph before: `… “a victory.”¶ Trump
        // wrote on Twitter: “…”`.)
        let quote_closes_before = frame_start > 0
            && self
                .quotes
                .at(frame_start - 1)
                .is_some_and(|q| q.last == frame_start - 1 && q.close.is_some() && !taken(q))
            && self.doc.paragraph_of(frame_start - 1) == self.doc.paragraph_of(frame_start);
        // (`“…,” Sanders said on CNN's “State of the Union.”`: a quoted
        // title after an adjunct's preposition, with no comma before it.)
        let title_after_adjunct = |content: &Range<usize>| {
            content.start > after_verb
                && self
                    .quotes
                    .at(content.start)
                    .is_some_and(|q| q.open == content.start)
                && !self.punct(content.start - 1, ',')
                && !self.punct(content.start - 1, ':')
                && (after_verb..content.start).any(|k| self.is(k, Flags::PREP))
        };
        // (`“…,” she said, her voice rising, “and …”`: an absolute phrase
        // between the frame and the quotation's second piece; `“…,” said
        // Ann Lowe, a senator who has advised the campaign, “is that …”`:
        // any insert before a piece that goes on in lowercase.)
        let after_verb = match quote_before {
            Some(_) if self.punct(after_verb, ',') => (after_verb + 2
                ..sentence.end.min(after_verb + 30))
                .find_map(|c| {
                    let q = self.quotes.at(c + 1)?;
                    (q.open == c + 1 && self.punct(c, ',')).then_some((c, q))
                })
                .filter(|&(c, q)| {
                    let absolute = c < after_verb + 8
                        && self.all_words(after_verb + 1..c)
                        && !self.has_finite_verb(&(after_verb + 1..c));
                    (!self.is_full_quote(q.open, q.last) || absolute)
                        && (after_verb + 1..c).all(|k| self.quotes.at(k).is_none())
                })
                .map_or(after_verb, |(c, _)| c),
            _ => after_verb,
        };
        let right = self
            .content_right(after_verb, verb, sentence)
            .filter(|(content, _)| {
                // (`argued with the moderators, lost the thread`: a verb
                // opens no clause; `said at a news conference, where she
                // was flanked by …`: nor does a relative after a comma.)
                let relative = self.punct(content.start - 1, ',')
                    && self.word_is(
                        content.start,
                        words!["where", "which", "who", "whom", "whose"],
                    );
                // (`Leaders are worried, he said, that …`: a frame set in a
                // clause, which goes on after it.)
                let set_in = content.start > after_verb + 1
                    && self.word_is(content.start - 1, words!["that"])
                    && self.punct(content.start - 2, ',')
                    && !inverted
                    && source.start > sentence.start + 2
                    && self.punct(source.start - 1, ',')
                    && self.has_finite_verb(&(sentence.start..source.start - 1));
                // (`said yesterday, in a move that reflects …`: past a comma,
                // `that` after a noun opens the noun's relative clause.)
                let noun_relative = content.start > after_verb + 2
                    && self.word_is(content.start - 1, words!["that"])
                    && self.doc.is_word(content.start - 2)
                    && (after_verb..content.start)
                        .rev()
                        .find(|&k| self.punct(k, ','))
                        .is_some_and(|comma| self.is(comma + 1, Flags::PREP));
                // (`posted a message saying it had …`: the message's
                // participle frames the clause, not the verb.)
                // (`cited an analysis estimating that …` takes it whole.)
                let document_says = !verb.frames.np
                    && self
                        .np_right(content.start, sentence.end)
                        .is_some_and(|np| {
                            // (Past its place and time: `a message on a
                            // forum last Thursday saying`.)
                            self.is(np.start, Flags::DET)
                                && self.is(self.head_of(&np), Flags::DOCUMENT)
                                && (np.end..sentence.end.min(np.end + 8))
                                    .take_while(|&k| self.doc.is_word(k))
                                    .find(|&k| self.is_cue_verb(k) || self.is(k, Flags::PAST))
                                    .is_some_and(|k| {
                                        self.cue_verb(k)
                                            .is_some_and(|(_, form)| form == VerbForm::Gerund)
                                    })
                        });
                !self.is(content.start, Flags::PAST)
                    && !relative
                    && !set_in
                    && !noun_relative
                    && !document_says
                    && (quote_before.is_none() && !quote_closes_before
                        || !self.is(content.start, Flags::PREP) && !title_after_adjunct(content)
                        || self.word_is(content.start, words!["that"])
                        || self.infinitive_at(content.start, sentence.end))
            });
        // `the one the president appeared to invoke`, `where it expected to
        // be`: a bare infinitive after a gap is no content.
        let gap_before = !inverted
            && (self.word_is(source.start, words!["one", "ones"])
                && self.is(source.start + 1, Flags::DET | Flags::POSS)
                || source.start > sentence.start
                    && self.word_is(
                        source.start - 1,
                        words!["one", "ones", "where", "what", "way"],
                    )
                || source.start > sentence.start
                    && self.doc.is_plain_word(source.start - 1)
                    && !self.doc.capitalized(source.start - 1)
                    && self.doc.unknown(source.start - 1)
                    && !self.doc.norm_ends_with(source.start - 1, "ly"));
        if gap_before
            && right.as_ref().is_some_and(|(content, _)| {
                content.len() <= 2 && self.word_is(content.start, words!["to"])
            })
        {
            return false;
        }
        // `Republican leaders have shown little interest`, `Police identified
        // the driver`: a person showing or finding a thing acts, not attributes.
        if right.as_ref().is_some_and(|(content, _)| {
            !self.has_finite_verb(content) && !self.word_is(content.start, words!["that"])
        }) && self.acting_on_a_thing(verb, &source)
        {
            return false;
        }
        // `The report cited internal documents`, `quoted officials`: a relay
        // names where the words came from; it claims nothing itself.
        if right
            .as_ref()
            .is_some_and(|(content, _)| self.names_a_source(verb, content))
        {
            return false;
        }
        // `Asked whether he would run, Ferrante declined to say.`: the
        // question the sentence opens with is what the refusal withholds.
        let right = right.map(|(content, kind)| {
            let asked = self.word_is(sentence.start, words!["asked"])
                && (self.is(sentence.start + 1, Flags::WH)
                    || self.word_is(sentence.start + 1, words!["if"]))
                && source.start > sentence.start + 3
                && self.punct(source.start - 1, ',');
            let withheld = content.len() == 2
                && self.word_is(content.start, words!["to"])
                && self.word_is(
                    content.start + 1,
                    words![
                        "say",
                        "comment",
                        "answer",
                        "elaborate",
                        "specify",
                        "discuss"
                    ],
                );
            if asked && withheld {
                (sentence.start + 1..source.start - 1, ClaimKind::Reported)
            } else {
                (content, kind)
            }
        });
        // Content after the verb.
        if let Some((content, kind)) = right {
            // (A quotation opening the content right after the frame's comma.)
            let quote_after_frame = self
                .quotes
                .at(content.start)
                .is_some_and(|q| q.open == content.start)
                && self.punct(content.start - 1, ',');
            let split_quote = quote_before.is_some() && quote_after_frame;
            let next = content.end;
            // `The dispute, Mr. Stahl added, “is not going …”`: the subject
            // before a frame in mid-sentence and the quotation its verb
            // continues are one content.
            let subject_piece = (quote_before.is_none()
                && !inverted
                && source.start > sentence.start + 1
                && self.punct(source.start - 1, ',')
                && quote_after_frame
                // (The quotation opens on the subject's verb: not `Frankly,
                // he said, “it is over.”`)
                && self.is(content.start + 1, Flags::AUX | Flags::MODAL | Flags::PAST))
            .then(|| self.np_left(source.start - 1, sentence.start))
            .flatten()
            .filter(|np| np.start == sentence.start && !self.is(np.start, Flags::ADV));
            if let Some(subject) = subject_piece {
                let hull = subject.start..content.end;
                let parts = vec![subject, content];
                let cue = cue.clone();
                self.push_parts(
                    ClaimKind::PartialQuote,
                    hull,
                    parts,
                    cue,
                    Some(source),
                    stance,
                );
                self.coordinated_that_clauses(next, sentence.end);
                return true;
            }
            match (split_quote, quote_before) {
                // One claim: the hull of both pieces, with the pieces as its
                // parts (the frame between them is no content).
                (true, Some(before)) if before.start >= sentence.start => {
                    let whole = match self.kind_for(&before, ClaimKind::DirectQuote) {
                        ClaimKind::DirectQuote => ClaimKind::DirectQuote,
                        _ => kind,
                    };
                    let hull = before.start..content.end;
                    let parts = vec![before, content];
                    self.push_parts(
                        whole,
                        hull,
                        parts,
                        cue.clone(),
                        Some(source.clone()),
                        stance,
                    )
                }
                // A quotation closing the sentence before: a claim of its own.
                (true, Some(before)) => {
                    let first = self.kind_for(&before, ClaimKind::DirectQuote);
                    self.push(first, before, cue.clone(), Some(source.clone()), stance);
                    self.push(kind, content, cue.clone(), Some(source.clone()), stance);
                }
                _ => self.push(kind, content, cue.clone(), Some(source.clone()), stance),
            }
            self.coordinated_that_clauses(next, sentence.end);
            return true;
        }
        // Content before the frame: `“…,” the mayor said.` / `Exports fell, the ministry said.`
        // (Not for a frame inside a relative clause: `“…,” one resident, who
        // asked not to be named, told the paper` is the resident's telling.)
        // (`the Sams continued to shun …`: a verb before an infinitive it
        // does not take as content is no frame.)
        // (`… said he had “great respect” for his colleague but disagreed.`:
        // a second verb's content is never the clause before its subject.)
        let second_verb =
            subject_end > sentence.start && self.word_is(subject_end - 1, words!["and", "but"]);
        if in_relative
            || second_verb
            || !verb.frames.to && self.infinitive_at(after_verb, sentence.end)
        {
            return false;
        }
        // `…, a claim Democrats dispute.`: a relative clause on a noun of
        // saying whose content is that noun, not the words before.
        let saying_noun = |k: usize| !self.doc.capitalized(k) && self.doc.is_cue_noun(k);
        let on_a_noun = !inverted
            && (source.start > sentence.start && saying_noun(source.start - 1)
                || (source.start..source.end - 1).any(|k| {
                    saying_noun(k)
                        && (self.doc.capitalized(k + 1)
                            || self
                                .is(k + 1, Flags::DET | Flags::QUANT | Flags::POSS | Flags::PRON))
                }));
        if on_a_noun {
            return false;
        }
        if verb.frames.after || verb.frames.quote || verb.frames.that || verb.frames.bare {
            let frame_start = if inverted { subject_end } else { source.start };
            let after_listener = if verb.frames.obj {
                self.listener(after_verb, sentence.end)
                    .map_or(after_verb, |l| l.end)
            } else {
                after_verb
            };
            let mut frame_end = self.skip_adjuncts(after_listener, sentence.end);
            // `“…,” the mayor said of Trump in an interview.`: whom the words
            // are about.
            if self.word_is(frame_end, words!["of"]) {
                let about = self.np_right(frame_end + 1, sentence.end);
                if let Some(about) = about {
                    frame_end = self.skip_adjuncts(about.end, sentence.end);
                }
            }
            // `“…,” Tanden wrote in a separate email to Podesta in March
            // 2015.`: a run of prepositional phrases closing the sentence.
            let mut close = frame_end;
            while close < sentence.end
                && close - frame_end < 2 * MAX_ADJUNCT
                && (self.doc.is_word(close)
                    || self.doc.is_number(close))
                && !self.is(close, Flags::AUX | Flags::MODAL | Flags::SUB | Flags::REL | Flags::PAST)
                // (`email` after a determiner or an adjective is a noun.)
                && self
                    .cue_verb(close)
                    .is_none_or(|(_, f)| f == VerbForm::Base && close > frame_end + 1)
            {
                close += 1;
                if self.bracketed_acronym(close) {
                    close += 3;
                }
            }
            if (quote_before.is_some() || quote_closes_before)
                && self.is(frame_end, Flags::PREP)
                && close > frame_end + 1
                && (close >= sentence.end || self.is_terminal(close) || self.punct(close, ','))
            {
                frame_end = close;
            }
            // `“…,” said Bolden to the crowd, which cheered`: a relative
            // clause after the frame describes its last noun.
            // `“…,” she said but refused to …`: a second verb phrase.
            let second_verb = self.word_is(frame_end, words!["and", "but"])
                && (self.is_cue_verb(frame_end + 1) || self.is(frame_end + 1, Flags::PAST));
            // (`says on “The Countdown”.`: a quoted title closing the frame.)
            let title = if self.is(frame_end, Flags::PREP) {
                frame_end + 1
            } else {
                frame_end
            };
            let title_ends = quote_closes_before
                && self.quotes.at(title).is_some_and(|q| {
                    q.open == title && (q.last + 1 >= sentence.end || self.is_terminal(q.last + 1))
                });
            let at_end = frame_end >= sentence.end
                || title_ends
                || self.is_terminal(frame_end)
                || self.punct(frame_end, ';')
                || self.is(frame_end, Flags::SUB | Flags::REL)
                || second_verb;
            let mid = frame_end < sentence.end && self.punct(frame_end, ',');
            // (`When asked whether …, Sanders laughed.`: a subordinate
            // clause alone is the frame's setting, no content.)
            // (`Trump said if he lost, he would not concede.`: a frame
            // with a modal is no trailing frame.)
            let modal = (source.end..i).any(|k| self.is(k, Flags::MODAL));
            let content_left = self.content_left(frame_start, sentence).filter(|c| {
                let opening = c.start;
                let quoted = self.quotes.at(opening).is_some();
                // (`Outside, protesters chanted.`: an adjunct alone neither,
                // unless the content goes on after the frame.)
                let adjunct_only = !mid
                    && c.len() <= 3
                    && !quoted
                    && !self.has_finite_verb(c)
                    && (self.is(opening, Flags::PREP | Flags::ADV | Flags::TIME)
                        || self.word_is(opening, words!["outside", "inside", "later", "earlier"]));
                // (`Asked about it at a town hall in Manchester, N.H., last
                // week, Keegan smiled.`: a participle's setting with commas.)
                // (Not before a content that goes on: `During the campaign,
                // Pomare noted, the party promised …`.)
                let setting_only = !mid
                    && (self.is(opening, Flags::SUB) || self.word_is(opening, words!["asked"]))
                    && !quoted
                    && (!(opening..c.end).any(|k| self.punct(k, ','))
                        || self.word_is(opening, words!["asked"])
                            && !self.has_finite_verb(&(opening + 1..c.end)));
                // (`His schedule, his fund-raising and his hiring tell …`:
                // the first of a list of subjects.)
                let list_head = !quoted
                    && !self.has_finite_verb(c)
                    && c.end + 1 == source.start
                    && source.clone().any(|k| self.word_is(k, words!["and", "or"]));
                (inverted || !modal || quoted) && !adjunct_only && !setting_only && !list_head
            });
            if let Some(content) = content_left {
                // (`…, the automaker said on Monday, as it seeks …`: a
                // subordinate clause after the frame is the writer's.)
                // (`…, said Kyle Brandt, a political scientist at Arizona
                // State University.`: after an inverted frame, a determiner
                // opens the source's appositive.)
                let appositive = inverted && self.is(frame_end + 1, Flags::DET);
                // (`The breaking point came last week, two officials said,
                // when …`: a time clause goes on the content.)
                let time_clause = self.word_is(
                    frame_end + 1,
                    words!["when", "once", "after", "before", "until", "because"],
                );
                // (Whether the content before the frame is a whole clause.)
                let whole_clause = self.has_finite_verb(&content);
                let parenthetical = mid
                    && !at_end
                    && (time_clause
                        || self.word_is(frame_end + 1, words!["that"])
                        || !self.is(frame_end + 1, Flags::REL | Flags::SUB))
                    && !appositive
                    && !self.participial_frame(frame_end, sentence.end)
                    && !self.trailing_participle(frame_end, sentence.end)
                    // (`About 190 were rescued, he said, but the number
                    // missing was unclear`: a contrasting clause with its own
                    // subject is the frame's too, unlike `but refused to …`.)
                    && (!self.writer_tail(frame_end, sentence.end)
                        || self.word_is(frame_end + 1, words!["but"])
                            && whole_clause
                            && (self.subject_then_verb(&(frame_end + 2..sentence.end))
                                || (self.is(frame_end + 2, Flags::DET | Flags::PRON | Flags::QUANT | Flags::POSS)
                                    || self.doc.tokens.get(frame_end + 2).is_some_and(|t| {
                                        t.capitalized || t.is_number()
                                    }))
                                    && self.has_finite_verb(&(frame_end + 2..sentence.end))))
                    && !self.doc.is_quote(content.end - 1)
                    // (`A could take a year, scholars said, and some noted
                    // …`: after a whole clause, a coordinated clause with a
                    // frame of its own is not the content's other piece.)
                    && !(self.word_is(frame_end + 1, words!["and"])
                        && whole_clause
                        && (frame_end + 3..sentence.end.min(frame_end + 6))
                            .any(|k| self.finite_cue_verb(k)))
                    // (`A showed B, two aides said, far more than C can
                    // afford`: after a whole clause, the writer's comparison
                    // or summing-up phrase.)
                    && !(whole_clause
                        && !self.is(content.end - 1, Flags::AUX)
                        && self.word_is(frame_end + 1, words!["far", "more", "less", "fewer", "much", "well", "compared", "a", "an"]))
                    // (`…, the department said, the steepest drop since 2009.`:
                    // a noun phrase with no verb of its own, summing up.)
                    && !(whole_clause
                        && self.word_is(frame_end + 1, words!["the"])
                        && !self.has_finite_verb(&self.clause_right(frame_end + 1, sentence.end)));
                // `Exports, the ministry said, fell.`: the two pieces around
                // the frame are one content, the frame no part of it.
                // (`A, said Ann Lowe, an economist, in an interview.`: after an
                // inverted frame, a phrase with no verb is the frame's adjunct.)
                let mut rest = if parenthetical {
                    Some(self.clause_right(frame_end + 1, sentence.end))
                        // (`…, said her son, Peter Halloran.`: nor is a name.)
                        .filter(|r| {
                            !inverted
                                || !(self.is(r.start, Flags::PREP) || self.doc.capital_at(r.start))
                                || self.has_finite_verb(r)
                        })
                        .unwrap_or(0..0)
                } else {
                    0..0
                };
                // `Varney, said Dale Kucera, a machinist from Racine, is “…”`:
                // the subject's verb after the source's appositive.
                if appositive && !self.has_finite_verb(&content) {
                    let comma = (frame_end + 2..sentence.end.min(frame_end + MAX_PHRASE))
                        .take_while(|&c| !self.doc.is_quote(c) && !self.is_terminal(c))
                        .find(|&c| self.punct(c, ','));
                    if let Some(comma) = comma.filter(|&c| {
                        self.is(c + 1, Flags::AUX | Flags::MODAL | Flags::PAST)
                            || self.finite_cue_verb(c + 1)
                    }) {
                        rest = self.clause_right(comma + 1, sentence.end);
                    }
                }
                // `…, and his path, officials acknowledge, now runs …`: the
                // first piece is the subject after the last coordinated clause.
                let content = if rest.is_empty() {
                    content
                } else {
                    (content.start + 1..content.end)
                        .rev()
                        .find(|&k| {
                            self.punct(k - 1, ',')
                                && self.word_is(k, words!["and", "but"])
                                && k >= content.start + 4
                        })
                        .filter(|&k| !self.has_finite_verb(&(k + 1..content.end)))
                        .map_or(content.clone(), |k| k + 1..content.end)
                };
                // `Still, Jensen said, he is not ready …`: a sentence adverb
                // before the frame is no piece of the content.
                // (`a woman who, he said, was screened while …`: in a relative
                // clause the frame speaks for its predicate alone.)
                let adverb_only = !rest.is_empty()
                    && (content.clone().all(|k| {
                        self.is(k, Flags::ADV | Flags::CONJ)
                            || self.word_is(k, words!["still", "now", "yet", "so", "then"])
                    }) || self.is(content.end - 1, Flags::REL));
                if adverb_only {
                    let kind = self.kind_for(&rest, ClaimKind::Indirect);
                    self.push(kind, rest, cue, Some(source), stance);
                    return true;
                }
                if at_end || mid {
                    let (content, parts) = if rest.is_empty() {
                        (content, Vec::new())
                    } else {
                        (content.start..rest.end, vec![content, rest])
                    };
                    let kind = self.kind_for(&content, ClaimKind::Indirect);
                    self.push_parts(kind, content, parts, cue, Some(source), stance);
                    return true;
                }
            }
        }
        false
    }

    /// Whether an evidence verb of showing or finding (`show`, `identify`)
    /// has a person for its subject: its object is then a thing handled,
    /// not content.
    fn acting_on_a_thing(&self, verb: &CueVerb, subject: &Range<usize>) -> bool {
        const ACTS: &[&str] = &[
            "show",
            "demonstrate",
            "illustrate",
            "identify",
            "detect",
            "unearth",
            "uncover",
            "discover",
            "document",
        ];
        if verb.class != VerbClass::Evidence || !ACTS.contains(&verb.lemma) || subject.is_empty() {
            return false;
        }
        let head = self.head_of(subject);
        let t = &self.doc.tokens[head];
        t.is(Flags::ROLE | Flags::ANON)
            || self.word_is(head, words!["he", "she", "they", "we", "i", "you"])
            || t.capitalized
                && !t.is(Flags::DOCUMENT | Flags::MEDIA | Flags::ORGANIZATION | Flags::GOVERNMENT)
                && (subject.start..head).all(|k| !self.is(k, Flags::DOCUMENT))
    }

    /// Whether `content` of a citing verb is only the source it cites:
    /// `cited internal documents`, not `cited examples of …`.
    fn names_a_source(&self, verb: &CueVerb, content: &Range<usize>) -> bool {
        if !words!["cite", "quote"].has(verb.lemma) {
            return false;
        }
        // The head: the last word before any post-modifier.
        let stop = (content.start..content.end)
            .find(|&k| {
                !self.doc.is_word(k)
                    || k > content.start && (self.is(k, Flags::PREP) || self.past_participle(k))
            })
            .unwrap_or(content.end);
        stop > content.start
            && self.is(
                stop - 1,
                Flags::DOCUMENT | Flags::SOURCE_HEAD | Flags::ANON | Flags::ROLE | Flags::MEDIA,
            )
    }

    /// The subject ending at `verb_start`, whole, or across an insert or a
    /// chain of them (`The agency's director, Carl Benn, was quoted`).
    fn subject_before(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        self.np_left(verb_start, start)
            .map(|np| self.whole_subject(np, start))
            .or_else(|| self.subject_across_insert_or_chain(verb_start, start))
    }

    /// The whole subject when the phrase found before the verb is only the
    /// end of it: `PC World's analysis of its own traffic statistics found`,
    /// `The document which had a stamp on every page described`. Nothing but
    /// one noun phrase with its post-modifiers (prepositional phrases, a
    /// relative clause) may stand between the clause's opening and the verb.
    fn whole_subject(&self, np: Range<usize>, start: usize) -> Range<usize> {
        // (A personal pronoun takes no phrase before it: `several of whom
        // said they learned`.)
        if np.len() == 1 && self.is(np.start, Flags::PRON) {
            return np;
        }
        let mut first = np.start;
        while first > start {
            let p = first - 1;
            let t = &self.doc.tokens[p];
            if !(t.is_word() || t.is_number() || self.punct(p, '&')) || self.plural_possessive(p) {
                break;
            }
            first = p;
        }
        while first < np.start && self.is(first, Flags::CONJ) {
            first += 1;
        }
        if first == np.start {
            return np;
        }
        let t = &self.doc.tokens[first];
        // (`Earlier studies in rodents have shown`: before a plural, an
        // adjective.)
        let adjective =
            self.word_is(first, words!["earlier", "later"]) && self.plural_word(first + 1);
        let opens_phrase = t.is(Flags::DET | Flags::POSS | Flags::QUANT)
            || t.capitalized && adjective
            || t.capitalized
                && !t.is(Flags::SUB | Flags::PREP | Flags::TIME | Flags::ADV | Flags::WH)
                && !self.word_is(first, words!["last", "this", "next", "earlier", "later"])
                && !self.doc.norm_ends_with(first, "ing");
        if !opens_phrase || self.is(first, Flags::PRON) {
            return np;
        }
        // (`what Haverkamp called`: a free relative's subject stops at it.)
        if np.start > start && self.word_is(np.start - 1, words!["what"]) {
            return np;
        }
        let mut joined = false;
        let mut relative = false;
        // (A relative clause has its own verb group; a verb after it is the
        // sentence's: `Democrats who opposed the bill said it did little to
        // fix what Haverkamp called`.)
        let (mut relative_verb, mut past_relative_verb) = (false, false);
        for j in first..np.start {
            let tj = &self.doc.tokens[j];
            if tj.is(Flags::REL) || self.relative_that(j) {
                relative = true;
                joined = true;
                continue;
            }
            if relative {
                // (`who spoke on condition of anonymity because they were not
                // authorized to discuss it`: a clause inside the relative one.)
                if tj.is(Flags::SUB) && past_relative_verb {
                    (relative_verb, past_relative_verb) = (false, false);
                    continue;
                }
                // (`who was fatally shot by …`: an adverb inside the verb group.)
                if relative_verb && !past_relative_verb && self.doc.norm_ends_with(j, "ly") {
                    continue;
                }
                let finite = tj.is(Flags::AUX | Flags::MODAL | Flags::NEG | Flags::PAST)
                    || self.finite_cue_verb(j)
                    || self.unknown_past(j);
                if finite && past_relative_verb {
                    return np;
                }
                if finite {
                    relative_verb = true;
                } else if relative_verb {
                    past_relative_verb = true;
                }
                continue;
            }
            // (`A hacker group known as Black Lantern said`: the name given.)
            // (`A charity called Open Doors said`.)
            let known_as = j > first
                && match self.doc.name_given_at(j) {
                    Some(name) if name == j + 2 => true,
                    Some(name) => self.doc.capital_at(name) && !self.doc.capitalized(j - 1),
                    None => self.doc.name_given_at(j - 1) == Some(j + 1),
                };
            if tj.is(Flags::PREP) || self.word_is(j, words!["including"]) || known_as {
                joined = true;
                continue;
            }
            // `A system backed by the Red Cross was rejected`: a participle
            // with its agent is a reduced relative clause.
            // (`A bloc led by Sen. Brandt`: an irregular one too.)
            // (`A poll released last week by the Silver State Research
            // Group`: its time before its agent.)
            let agent = (j + 1..np.start.min(j + 5))
                .find(|&k| self.word_is(k, words!["by"]))
                .is_some_and(|by| {
                    let time = j + 1 + usize::from(self.word_is(j + 1, words!["on", "in"]));
                    by == j + 1 || self.time_phrase(&(time..by))
                });
            // (`A summary of the results posted on the company's website
            // shows`: or its place, after a noun of a phrase that opens
            // with its article.)
            // (Only a place's phrase up to the verb's subject: not `The
            // campaign pointed to an interview in which Voskuil told`.)
            let placed = j > first + 1
                && np.start <= j + 8
                && self.doc.norm_in(first, words!["a", "an", "the"])
                && self.is(j + 1, Flags::PREP)
                && !self.is(j + 1, Flags::SUB)
                && self.doc.is_plain_word(j - 1)
                && !self.is(
                    j - 1,
                    Flags::DET | Flags::POSS | Flags::PREP | Flags::AUX | Flags::MODAL | Flags::ADV,
                )
                && (j + 2..np.start).all(|k| {
                    (self.doc.is_word(k) || self.doc.norm_is(k, "'s"))
                        && !self.is(k, Flags::REL | Flags::WH | Flags::CONJ | Flags::SUB)
                });
            // (`A memo sent to staff on Friday said`: an irregular one too.)
            if (self.past_participle(j) || tj.is(Flags::PAST)) && (agent || placed) && j > first {
                joined = true;
                continue;
            }
            // `A super PAC supporting Mr. Voss reported`: so is a gerund
            // after the head noun.
            let gerund = self.cue_verb(j).is_some_and(|(_, f)| f == VerbForm::Gerund)
                || tj.info.is_none() && self.is_gerund_word(j);
            if gerund && j > first && !self.is(j - 1, Flags::DET | Flags::POSS | Flags::PREP) {
                joined = true;
                continue;
            }
            // (`the document`, `a peer-reviewed journal`: nouns and adjectives.)
            // The phrase's first word is its head or modifier too (`Posts on
            // the message board`).
            // (Not a past form after a quantifier: `Aides to both said`.)
            let past = self
                .cue_verb(j)
                .is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple));
            // (`aides familiar with talks between the parties`: nor is a
            // verb's form right after a preposition.)
            let determined = j == first
                || self.is(j - 1, Flags::DET | Flags::POSS)
                || self.is(j - 1, Flags::QUANT) && !past
                || self.is(j - 1, Flags::PREP)
                    && !self.is(j - 1, Flags::SUB)
                    && !self.word_is(j - 1, words!["to"]);
            // (`Makers of finished goods`: a participle after a preposition
            // modifies its object.)
            let verb = tj.is(Flags::AUX | Flags::MODAL | Flags::NEG | Flags::PAST | Flags::SUB)
                || self.is_cue_verb(j) && !determined
                || self.unknown_past(j) && !(j > first && self.is(j - 1, Flags::PREP));
            if verb {
                return np;
            }
        }
        if joined {
            first..np.end
        } else {
            np
        }
    }

    /// `The security firm Secunia.com, has said that …`: a stray comma
    /// between the sentence's whole first phrase and its verb.
    fn subject_before_comma(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        // (Only before an auxiliary: `Recipients, said Mauer, are …` is an
        // inverted frame inside its content.)
        if verb_start < start + 2
            || !self.punct(verb_start - 1, ',')
            || !self.is(verb_start, Flags::AUX | Flags::MODAL)
        {
            return None;
        }
        self.np_left(verb_start - 1, start)
            .filter(|np| np.start == start && !self.is(np.start, Flags::PRON))
    }

    /// `One of them, a pipe fitter named Dwayne Fairweather, said he …`,
    /// `The mission’s chief observer, Dutch lawmaker Karin Velde, told
    /// reporters that …`: when no reading of the phrase before a verb of
    /// speech finds its subject, everything from the sentence's start is, if
    /// it opens with a capital and no adjunct, holds no verb or clause of its
    /// own, and a clause follows the verb.
    fn whole_opening_subject(
        &self,
        i: usize,
        verb: &CueVerb,
        verb_start: usize,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        let start = sentence.start;
        if verb_start < start + 3 {
            return None;
        }
        let stretch = start..verb_start - usize::from(self.punct(verb_start - 1, ','));
        (verb.class == VerbClass::Speech
            && (3..=MAX_PHRASE).contains(&stretch.len())
            && self.doc.capitalized(start)
            && !self.is(start, Flags::PREP | Flags::SUB | Flags::ADV | Flags::CONJ)
            && stretch.clone().all(|k| {
                (self.doc.is_word(k) || self.punct(k, ','))
                    && !self.is(
                        k,
                        Flags::AUX | Flags::MODAL | Flags::PAST | Flags::REL | Flags::WH,
                    )
                    && !self.is_cue_verb(k)
            })
            && self
                .content_right(i + 1, verb, sentence)
                .is_some_and(|(content, _)| self.subject_then_verb(&content)))
        .then_some(stretch)
    }

    /// A past participle: a cue verb's (`backed`, `published`) or a word
    /// [`Self::unknown_past`] reads as one.
    pub(super) fn past_participle(&self, j: usize) -> bool {
        self.cue_verb(j).is_some_and(|(_, f)| {
            matches!(f, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
        }) || self.unknown_past(j)
    }

    /// A past tense: a word the tables mark past (`drew`), a cue verb's past
    /// (`said`, `backed`) or a word [`Self::unknown_past`] reads as one.
    fn past_form(&self, j: usize) -> bool {
        self.is(j, Flags::PAST)
            || self.unknown_past(j)
            || self
                .cue_verb(j)
                .is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple))
    }

    /// A lowercase word no table knows, in `-ed` and not hyphenated: a past
    /// form (`surfaced`), not a compound adjective (`peer-reviewed`).
    pub(super) fn unknown_past(&self, j: usize) -> bool {
        let Some(t) = self.doc.tokens.get(j) else {
            return false;
        };
        t.is_plain_word()
            && !t.capitalized
            && t.info.is_none()
            && self.doc.norm_ends_with(j, "ed")
            && !has_char(self.norm(j), '-')
    }

    /// A subject separated from its verb by a relative clause or an
    /// appositive: `Priya Raman, who tracks the group, said` / `Ana Ruiz, a
    /// nurse, said`. The mention keeps an appositive, not a relative clause.
    fn subject_across_insert(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        let verb_start = self.before_time_adjunct(verb_start, start);
        if verb_start <= start + 2 {
            return None;
        }
        // (`Conway, appearing on CNN's “State of the Union,” insisted`: the
        // comma may stand inside a title's closing quote.)
        let close = if self.punct(verb_start - 1, ',') {
            verb_start - 1
        } else if self.doc.comma_then_quote(verb_start - 1) {
            verb_start - 2
        } else {
            return None;
        };
        let open = self.last_comma(close.saturating_sub(MAX_PHRASE).max(start)..close)?;
        let insert = open + 1;
        // (A short quoted title inside it stays: `appearing on NBC's “Today” show`.)
        let quoted = (insert..close).any(|k| {
            self.quotes
                .at(k)
                .is_some_and(|q| q.open < insert || q.last >= verb_start || q.last - q.open > 8)
        });
        if quoted {
            return None;
        }
        // `The minister, speaking to reporters, said`; `The study, published in Nature, found`
        // (`The memo, first reported by the Post,`: an adverb before it).
        let insert = if self.word_is(
            insert,
            words!["first", "initially", "previously", "later", "also", "now"],
        ) && insert + 1 < close
        {
            insert + 1
        } else {
            insert
        };
        let participle = self.cue_verb(insert).is_some_and(|(_, form)| {
            matches!(
                form,
                VerbForm::Gerund | VerbForm::PastParticiple | VerbForm::PastOrParticiple
            )
        }) || !self.doc.capitalized(insert)
            && (self.doc.norm_ends_with(insert, "ing") || self.doc.norm_ends_with(insert, "ed"))
            && self.doc.tokens[insert]
                .info
                .is_none_or(|i| i.flags == Flags::default())
            // `The document, seen by the BBC,`: any participle with its agent.
            || !self.doc.capitalized(insert)
                && self.doc.is_plain_word(insert)
                && self.word_is(insert + 1, words!["by"])
            // `Comey's letter, sent to eight chairmen,`: an irregular one
            // with its preposition.
            || self.is(insert, Flags::PAST) && self.is(insert + 1, Flags::PREP);
        // `Tom Molomby, SC,`; `Ann Lowe, MP,`; `John Smith, Jr.,`: a postnominal.
        let postnominal = close == insert + 1
            && self.word_is(
                insert,
                words![
                    "jr", "jr.", "sr", "sr.", "phd", "md", "qc", "kc", "sc", "mp", "mep", "msp",
                    "obe", "mbe", "cbe", "esq", "esq."
                ],
            );
        // (`Sen. Lindsey Graham, R-S.C.,`: AP's party tag; `The mayor of
        // Brennan Falls, Wis.,`: a town's state.)
        let postnominal = postnominal
            || self.doc.state_tag(insert..close)
            || self.doc.party_tag(insert..close).is_some();
        if postnominal {
            return self
                .np_left(open, start)
                .filter(|np| self.doc.capitalized(np.end - 1))
                .map(|np| np.start..close);
        }
        // `The coach, visibly angry,`: a short description of the subject.
        let descriptive = close - insert <= 3
            && (insert..close).all(|k| {
                let t = &self.doc.tokens[k];
                t.is_plain_word()
                    && !t.capitalized
                    && !t.is(Flags::DET | Flags::AUX | Flags::MODAL | Flags::PREP | Flags::PRON)
                    && !self.is_cue_verb(k)
            });
        // `Maddox, his voice rising,`: an absolute phrase on the subject's
        // own body or manner.
        let absolute = (2..=4).contains(&(close - insert))
            && self.word_is(insert, words!["his", "her", "their"])
            && (insert + 1..close).all(|k| {
                let t = &self.doc.tokens[k];
                t.is_plain_word() && !t.capitalized && !t.is(Flags::AUX | Flags::MODAL)
            })
            && (self.doc.norm_ends_with(close - 1, "ing")
                || self.doc.norm_ends_with(close - 1, "ed"));
        // `Smith, 45,`; `Smith, 45 years old,`.
        let age = self.doc.is_number(insert)
            && (close == insert + 1
                || close == insert + 3 && self.word_is(insert + 2, words!["old"]));
        // `Smith, in an interview, said`; `The ministry, for its part, said`.
        let prepositional = self.is(insert, Flags::PREP) && close - insert <= 8
            // `Critics, however, warned`: a sentence adverb.
            || (insert..close).all(|k| self.is(k, Flags::ADV) || self.doc.norm_in(k, words!["however", "meanwhile", "though", "nonetheless", "instead", "too"]));
        let relative = participle
            || descriptive
            || absolute
            || age
            || prepositional
            || self.word_is(insert, words!["who", "whom", "whose", "which"]);
        // `a newspaper, Ziarul Nou,`: the insert is the name.
        // (`its trade group, the Alliance for Medical Progress,`: a name with
        // its article and inner particles.)
        // (`The lone holdout, state Sen. Ann Lowe,`: lowercase modifiers of
        // the name's title.)
        let title = (insert..close.min(insert + 3)).find(|&k| {
            self.doc.capitalized(k)
                || !self.doc.is_word(k)
                || self.is(
                    k,
                    Flags::DET | Flags::PREP | Flags::CONJ | Flags::AUX | Flags::PRON | Flags::REL,
                )
        });
        let name_start = if self.word_is(insert, words!["the"]) {
            insert + 1
        } else if let Some(title) = title.filter(|&k| {
            k > insert && self.doc.capitalized(k) && self.is(k, Flags::HONORIFIC | Flags::ROLE)
        }) {
            title
        } else {
            insert
        };
        // (`The bill's sponsor, Sen. Ann Lowe (D-Ore.),`: a name's party tag.)
        let name_end = (close >= insert + 3 && self.punct(close - 1, ')'))
            .then(|| {
                (insert + 1..close - 1)
                    .rev()
                    .find(|&k| self.punct(k, '('))
                    .filter(|&k| self.doc.party_tag(k + 1..close - 1).is_some())
            })
            .flatten()
            .unwrap_or(close);
        let name_insert = !relative
            && name_start < name_end
            && self.doc.capitalized(name_start)
            && self.doc.capitalized(name_end - 1)
            && (name_start..name_end).all(|k| {
                self.doc.capitalized(k) && self.doc.is_plain_word(k)
                    || self.word_is(k, words!["of", "for", "and", "on", "the", "&"])
            });
        // (`One Republican who attended, granted anonymity …, called`: a
        // restrictive relative before the insert, which the mention keeps.)
        let (np, relative_end) = match self.np_left(open, start) {
            Some(np) => (np, None),
            None if relative => (self.subject_before_relative(open, start)?, Some(open)),
            None => return None,
        };
        // `Jan Kos, a driver from Erie, Pennsylvania, who took part, said`: a
        // town's state stands before the insert; the subject is further back.
        // (So does a name's party tag: `Sen. Owen Tillery, R-Bannock Ridge,
        // one of the three no votes, said`.)
        if (self.doc.state_tag(np.clone()) || self.doc.party_tag(np.clone()).is_some())
            && np.start > start + 1
            && self.punct(np.start - 1, ',')
            && self.doc.capitalized(np.start - 2)
        {
            if let Some(subject) = self.subject_across_insert(np.start, start) {
                return Some(subject);
            }
        }
        // (A possessor names the owner, not the phrase: `Clinton's running mate`.)
        let owned = np
            .clone()
            .rfind(|&k| self.doc.norm_is(k, "'s"))
            .map_or(np.start, |k| k + 1);
        // (Its head, not a post-modifier: `A spokeswoman for Ryan, Ashlee
        // Strong,` names her in apposition.)
        // (A capital before a lowercase head is its modifier: `His Democratic
        // challenger, state Treasurer Amelia Cortez,`.)
        let head_end = self.head_of(&np).max(owned) + 1;
        let named = (owned..head_end.min(np.end)).any(|k| {
            self.doc.capitalized(k) && !self.is(k, Flags::DET | Flags::QUANT | Flags::POSS)
        }) && !(head_end == np.end
            && self.is(head_end - 1, Flags::ROLE | Flags::ANON)
            && !self.doc.capitalized(head_end - 1));
        // `Ana Ruiz, a nurse,`; `Khaled Ali, editor at large at the Gazette,`.
        let appositive = !relative
            && (!name_insert || name_start != insert)
            && named
            && (self.word_is(insert, words!["a", "an", "the"])
                // `Rosa Elizondo, one of the board's two Democrats,`
                || self.word_is(insert, words!["one"]) && self.word_is(insert + 1, words!["of"])
                || self.is(insert, Flags::ROLE) && !self.doc.capitalized(insert)
                // `Hernan Gomez, Panama coach,`; `Lee, USI associate professor of art`.
                || (insert..close.min(insert + 4)).any(|k| {
                    self.is(k, Flags::ROLE) && !self.doc.capitalized(k)
                }) && !self.has_finite_verb(&(insert..close)));
        let role_head = np.end > np.start && self.is(np.end - 1, Flags::ROLE | Flags::MEDIA);
        // `The city council, which must approve the payment, said`: a known head noun.
        let source_head = np.end > np.start
            && (self.word_is(np.end - 1, words!["them", "those", "us"])
                || self.names_a_source_kind(np.end - 1));
        // `Her coach, former doubles champion Petra Lindgren, said`: a role
        // named in apposition.
        // (`and one, retired teacher Evelyn Park, called`: one of a group.)
        let partitive = np.len() == 1
            && (self.is(np.start, Flags::QUANT) || self.word_is(np.start, words!["one"]));
        let adjective_before_role = participle && self.is(insert + 1, Flags::ROLE);
        let named_role = (!relative || adjective_before_role)
            && !named
            && (role_head || partitive)
            && self.doc.capitalized(name_end - 1)
            && (insert..close).any(|k| !self.doc.capitalized(k));
        // `The company, the largest in the region, said`: a description of a
        // speaking head.
        let described_head = !relative
            && !name_insert
            && source_head
            && self.word_is(insert, words!["a", "an", "the"])
            && !self.has_finite_verb(&(insert..close));
        // (`Two people close to the campaign, who …,`: `who` speaks of people.)
        let personal = self.word_is(insert, words!["who"])
            || self.is(self.head_of(&np), Flags::ANON | Flags::ROLE);
        // (`Its integrity unit, which brought the case, said`: any thing
        // that `which` describes.)
        if relative
            && (named
                || participle
                || source_head
                || personal
                || self.word_is(insert, words!["which"]))
            || appositive
            || named_role
            || described_head
            || name_insert && (!named || role_head)
        {
            Some(if relative && !named_role {
                // (`Aides to the senator, speaking on condition of anonymity,
                // said`: the whole phrase before the insert.)
                let mention = self.name_before_appositive(self.whole_subject(np, start), start);
                mention.start..relative_end.unwrap_or(mention.end)
            } else {
                np.start..close
            })
        } else if name_insert && self.doc.capitalized(open - 1) {
            // `…, director of exhibits at the University of Arkansas,
            // Fayetteville, said`: a place after a comma ends the appositive.
            self.subject_across_insert(open + 1, start).map(|np| {
                if np.end == open {
                    np.start..close
                } else {
                    np
                }
            })
        } else {
            None
        }
    }

    /// Where a time adjunct between an insert's closing comma and the verb
    /// starts (`Rep. Ann Lowe, whose district …, on Tuesday accused`), or
    /// the verb's own start.
    fn before_time_adjunct(&self, verb_start: usize, start: usize) -> usize {
        (verb_start.saturating_sub(4).max(start + 1)..verb_start.saturating_sub(1))
            .find(|&c| {
                let from = c + 1 + usize::from(self.word_is(c + 1, words!["on", "in"]));
                self.punct(c, ',') && from < verb_start && self.time_phrase(&(from..verb_start))
            })
            .map_or(verb_start, |c| c + 1)
    }

    /// A subject separated from its verb by a chain of inserts, each set off
    /// by commas: `Rep. Ann Lowe, a Democrat who represents a district
    /// outside Denver and who has clashed with leaders, said`; `Kendra Oduya,
    /// director of Forward Together, a group that spent $400,000, said`;
    /// `Dr. Rita Moss, who, as a Navy captain, ran the clinic, said`. The
    /// mention keeps a first appositive, not a relative clause.
    fn subject_across_inserts(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        self.insert_chain(verb_start, start)
            .map(|(subject, _)| subject)
    }

    /// The subject across one insert, unless a chain of two or more reaches
    /// further back to the clause's opening (`Jerome Aldridge, a lawyer with
    /// the Project, one of the plaintiffs, said`: not the Project).
    fn subject_across_insert_or_chain(
        &self,
        verb_start: usize,
        start: usize,
    ) -> Option<Range<usize>> {
        if let Some(pair) = self.pair_before_both(verb_start, start) {
            return Some(pair);
        }
        let single = self.subject_across_insert(verb_start, start);
        let chain = self.insert_chain(verb_start, start);
        match (single, chain) {
            (Some(single), Some((chain, inserts)))
                if inserts >= 2 && chain.start < single.start =>
            {
                Some(chain)
            }
            (Some(single), _) => Some(single),
            (None, chain) => chain.map(|(subject, _)| subject),
        }
    }

    /// `Professor Marja Kallio, an endocrinologist, and Dr. Sanna Heikkinen,
    /// who runs a clinic, both reported`: a pair opening the clause, each
    /// with its insert, before a floating `both` at `both`.
    fn pair_before_both(&self, both: usize, start: usize) -> Option<Range<usize>> {
        if !(self.word_is(both, words!["both"]) && both > start + 3 && self.punct(both - 1, ',')) {
            return None;
        }
        let end = both - 1;
        let opens = self.doc.capitalized(start) && !self.is(start, Flags::PREP | Flags::SUB)
            || self.is(start, Flags::DET | Flags::POSS);
        let and = (start + 1..end).find(|&k| self.word_is(k, words!["and"]))?;
        // (Any verb after the `and` is a relative clause's.)
        let relative_verbs_only = (and + 1..end)
            .find(|&k| self.has_finite_verb(&(k..k + 1)))
            .is_none_or(|verb| (and + 1..verb).any(|k| self.is(k, Flags::REL)));
        (opens && !self.has_finite_verb(&(start..and)) && relative_verbs_only).then_some(start..end)
    }

    /// [`Self::subject_across_inserts`] with the number of inserts it crossed.
    fn insert_chain(&self, verb_start: usize, start: usize) -> Option<(Range<usize>, usize)> {
        let verb_start = self.before_time_adjunct(verb_start, start);
        let close = if verb_start > start && self.punct(verb_start - 1, ',') {
            verb_start - 1
        } else if verb_start > start + 1 && self.doc.comma_then_quote(verb_start - 1) {
            verb_start - 2
        } else {
            return None;
        };
        // (Commas inside a quotation split no inserts: `who likes to say the
        // panel moves “deliberately, but not slowly,” said`.)
        let commas: Vec<usize> = (close.saturating_sub(MAX_INSERTS).max(start)..close)
            .filter(|&c| self.punct(c, ',') && self.quotes.at(c).is_none())
            .collect();
        // The subject opens the clause: the sentence's start, or just after a
        // quotation it frames (`“…,” Kendra Oduya, …, said`).
        let opening_participle = self.opening_participle(start);
        let opening = |np: &Range<usize>| {
            if np.start == start {
                return !opening_participle;
            }
            self.doc.is_quote(np.start - 1)
                || np.start == start + 1 && self.is(start, Flags::CONJ)
                // (`In Vinter, Gil Lucero, 41, an electrician, said`: after
                // an opening adjunct.)
                // (`Asked about the records, a spokesman, Dean Farraday,
                // said`: after an opening participle's clause.)
                || np.start >= start + 3
                    && self.punct(np.start - 1, ',')
                    && (self.is(start, Flags::PREP) || opening_participle)
                    // (`Outside the plant, where vendors sold hats, Ana
                    // Ruiz, 58, said`: the place's relative clause too.)
                    && !(start..np.start - 1).any(|k| {
                        !(self.doc.is_word(k)
                            || self.punct(k, ',') && self.word_is(k + 1, words!["where", "when"]))
                            || self.is(k, Flags::AUX | Flags::MODAL)
                    })
                // (`Nearly a third of voters, 32%, say`)
                || (start..np.start).all(|k| {
                    self.word_is(k, words!["nearly", "only", "just", "about", "roughly", "almost"])
                })
        };
        let first = commas.iter().find_map(|&c| {
            self.np_left(c, start)
                .map(|np| self.whole_subject(np, start))
                // (`A man who lives nearby, John Smith, said`.)
                .or_else(|| self.subject_before_relative(c, start))
                .filter(|np| opening(np) && !self.is(np.start, Flags::PRON))
                .map(|np| (np, c))
        })?;
        let (np, open) = first;
        // (`Nearly one in five independents`, `A third of voters`: those polled.)
        let polled = np.len() > 2
            && self.is(np.end - 1, Flags::ANON)
            && (np.start..np.end).any(|k| self.word_is(k, words!["in", "of"]));
        let head = if polled {
            np.end - 1
        } else {
            self.head_of(&np)
        };
        if !self.doc.capitalized(head) && !self.names_a_source_kind(head) {
            return None;
        }
        // (`One of its founders, Theresa Kowalczyk,`: no name in the phrase.)
        // (`The committee's top Democrat, Rep. Ann Roe,`: a party or a
        // nationality is capitalized but names no one.)
        let unnamed = !self.doc.capitalized(head)
            || (np.start + 1..np.end)
                .all(|k| !self.doc.capitalized(k) || self.is(k, Flags::ROLE | Flags::DEMONYM))
                && (self.is(np.start, Flags::DET | Flags::QUANT | Flags::POSS)
                    || self.word_is(np.start, words!["one"]));
        let mut bounds: Vec<usize> = commas.into_iter().filter(|&c| c > open).collect();
        bounds.push(close);
        let mut from = open + 1;
        // A relative pronoun whose verb has not come yet (`who, as a captain,
        // ran …`) lets the next stretch go on with its clause.
        let mut relative_open = false;
        let mut appositive_end = None;
        let mut named_apposition = None;
        for (n, &to) in bounds.iter().enumerate() {
            if to <= from {
                return None;
            }
            let seg = from..to;
            // (`a Republican from Kentucky, where Hoshino operates a plant,`:
            // a place's relative clause.)
            let relative = self.word_is(seg.start, words!["who", "whom", "whose", "which"])
                || n > 0 && self.word_is(seg.start, words!["where"])
                || self.word_is(seg.start, words!["and", "but"])
                    && self.word_is(seg.start + 1, words!["who", "whom", "whose", "which"])
                // (`several of whom said …`, `a copy of which was obtained`,
                // `on which opponents focused`)
                || (seg.start + 1..seg.start + 3).any(|j| {
                    self.word_is(j, words!["of"]) && self.word_is(j + 1, words!["whom", "which"])
                })
                || self.is(seg.start, Flags::PREP) && self.word_is(seg.start + 1, words!["whom", "which"]);
            let before_relative = seg
                .clone()
                .find(|&k| self.is(k, Flags::REL) || self.word_is(k, words!["that"]))
                .unwrap_or(seg.end);
            // (`one of the plaintiffs`: a part of a group.)
            // (`…, and a registered Democrat,`: a second appositive.)
            let opener = self.word_is(seg.start, words!["a", "an", "the", "including"])
                || self.word_is(seg.start, words!["and"])
                    && self.word_is(seg.start + 1, words!["a", "an", "the"])
                || (self.word_is(seg.start, words!["one"]) || self.is(seg.start, Flags::QUANT))
                    && self.word_is(seg.start + 1, words!["of"])
                || self.is(seg.start, Flags::ROLE | Flags::PREP | Flags::POSS)
                || self.doc.is_number(seg.start)
                || self.doc.capitalized(seg.start)
                    && !self.is(seg.start, Flags::SUB | Flags::PRON | Flags::CONJ)
                || self.past_participle(seg.start)
                || self.is_gerund_word(seg.start);
            // (In a prepositional phrase a participle is a reduced relative:
            // `in a memo circulated to donors`; so is one before its
            // preposition: `one of the companies named in the complaint`.)
            let reduced = (seg.start + 1..before_relative)
                .find(|&k| self.past_participle(k) && self.is(k + 1, Flags::PREP))
                .unwrap_or(before_relative);
            // (`one of the three no votes`: `no` before a noun is its determiner.)
            let determiner_no = (seg.start + 1..reduced).any(|k| self.word_is(k, words!["no"]))
                && (seg.start + 1..reduced).all(|k| {
                    !self.is(k, Flags::AUX | Flags::MODAL | Flags::PAST)
                        && (self.word_is(k, words!["no"]) || !self.is(k, Flags::NEG))
                });
            // (`…, warned that the ordinance could …, and its president, Kevin
            // Doyle, said`: a verb before its clause is a predicate.)
            let finite = if self.is(seg.start, Flags::PREP) {
                (seg.start + 1..before_relative)
                    .any(|k| self.is(k, Flags::AUX | Flags::MODAL | Flags::NEG))
            } else {
                !determiner_no && self.has_finite_verb(&(seg.start + 1..reduced))
                    || self.is_cue_verb(seg.start) && self.word_is(seg.start + 1, words!["that"])
            };
            // (`the coalition of unions, churches and service workers behind
            // the measure,`: a list's last items, split by its comma.)
            let list_tail = n > 0
                && self.doc.is_word(seg.start)
                && seg.clone().any(|k| self.word_is(k, words!["and", "or"]));
            let fits = relative
                || relative_open
                || (opener || list_tail) && !finite && self.quotes.at(seg.start).is_none();
            if !fits {
                return None;
            }
            // `The Democratic leader in the House, Rep. Yolanda Pierce,`: a
            // role named in apposition; the name is the mention.
            let name_only = (seg.start..seg.end).all(|k| {
                self.doc.capitalized(k) && self.doc.is_plain_word(k) || self.punct(k, '.')
            });
            if n == 0 && unnamed && name_only && seg.len() >= 2 {
                named_apposition = Some(np.start..seg.end);
            }
            // (`Sen. Owen Tillery, R-Bannock Ridge,`: the party tag too.)
            if n == 0
                && !relative
                && (self.word_is(seg.start, words!["a", "an", "the"])
                    || self.doc.party_tag(seg.clone()).is_some())
                && before_relative == seg.end
            {
                appositive_end = Some(to);
            }
            // (The mention stops before an appositive that holds a list.)
            if list_tail {
                appositive_end = None;
            }
            // (`which represents 1,500 officers,`: a plain word right after
            // `who` or `which` is its verb, whether a table knows it or not.)
            let verb_next = self.word_is(seg.start, words!["who", "which"])
                && self.doc.tokens.get(seg.start + 1).is_some_and(|t| {
                    t.is_plain_word() && !t.capitalized && !t.is(Flags::FUNCTION | Flags::ADV)
                });
            relative_open = if relative {
                !verb_next && !self.has_finite_verb(&(seg.start + 1..seg.end))
            } else {
                relative_open && !self.has_finite_verb(&seg)
            };
            from = to + 1;
        }
        let subject = named_apposition.unwrap_or(np.start..appositive_end.unwrap_or(np.end));
        Some((subject, bounds.len()))
    }

    /// Whether the noun at `k` names a kind of source: a role, the media, an
    /// unnamed source, a government, an organization or a document.
    fn names_a_source_kind(&self, k: usize) -> bool {
        self.is(
            k,
            Flags::ROLE
                | Flags::MEDIA
                | Flags::ANON
                | Flags::GOVERNMENT
                | Flags::ORGANIZATION
                | Flags::DOCUMENT,
        )
    }

    /// `Mark Zandi, chief economist at Moody's, who …, predicted`: the name
    /// an appositive subject stands after, opening the clause.
    fn name_before_appositive(&self, np: Range<usize>, start: usize) -> Range<usize> {
        let t = &self.doc.tokens[np.start];
        // (Or AP's party tag: `Rep. Jim Jordan, R-Ohio, who …`.)
        let appositive =
            !t.capitalized || t.is(Flags::DET) || self.doc.party_tag(np.clone()).is_some();
        let name = (appositive && np.start >= start + 2 && self.punct(np.start - 1, ','))
            .then(|| self.np_left(np.start - 1, start))
            .flatten()
            .filter(|name| {
                name.start == start
                    && (name.start..name.end)
                        .all(|k| self.doc.capitalized(k) && self.doc.is_plain_word(k))
            });
        name.map_or(np.clone(), |name| name.start..np.end)
    }

    /// `…, which said …`, `…, who told …`: the relative pronoun's antecedent.
    fn relative_subject(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        let who = self.relative_pronoun_before(verb_start, start)?;
        // (`by Rep. Tom Cole, R-Okla., who said`: the name before the tag;
        // `Marlowe, 27, who has denied`: before the age.)
        let before = self.past_age(who - 1, start);
        let tag = self
            .last_comma(before.saturating_sub(6).max(start)..before)
            .filter(|&c| self.doc.party_tag(c + 1..before).is_some());
        match tag {
            Some(comma) => self.np_left(comma, start).map(|name| name.start..before),
            None => {
                let mut np = self.antecedent_before(before, start)?;
                // `a retired machinist from West Allis who said`: `who` speaks
                // of the person, not of a preposition's object.
                if let Some(host) = self
                    .object_host(&np, start)
                    .filter(|_| self.word_is(who, words!["who"]))
                {
                    np.start = host.start;
                }
                // `a doctor at the hospital, reached through a messaging app,
                // who asked`: past a participle's phrase set off by commas.
                let participle_phrase = self.word_is(who, words!["who"])
                    && np.start >= start + 4
                    && self.is(np.start - 1, Flags::PREP)
                    && self.past_participle(np.start - 2)
                    && self.punct(np.start - 3, ',');
                if let Some(host) = participle_phrase
                    .then(|| self.np_left(np.start - 3, start))
                    .flatten()
                {
                    np = host;
                }
                // `Linda Kroeger, 71, of Newton, who said`: a hometown after
                // the name (and its age) set off by commas.
                let hometown = self.word_is(who, words!["who"])
                    && np.start >= start + 3
                    && self.word_is(np.start - 1, words!["of", "from"])
                    && self.punct(np.start - 2, ',');
                if hometown {
                    if let Some(name) = self
                        .np_left(self.past_age(np.start - 2, start), start)
                        .filter(|name| self.doc.capitalized(name.end - 1))
                    {
                        np = name.start..np.end;
                    }
                }
                if self.word_is(who, words!["who"]) {
                    np = self.person_in_phrase(np);
                }
                // `said Theo Banfield, her deputy campaign manager, who added`:
                // `who` speaks of the person the appositive describes.
                let described = self.word_is(who, words!["who"])
                    && !self.doc.capitalized(np.start)
                    && self.is(np.start, Flags::DET | Flags::POSS)
                    && np.start >= start + 2
                    && self.punct(np.start - 1, ',');
                // (`Marisela Ortega, 38, a blackjack dealer who said`: past the age.)
                let name = described
                    .then(|| self.np_left(self.past_age(np.start - 1, start), start))
                    .flatten()
                    // (`the account of Gregory Lindqvist, a former …`: the
                    // name closing the phrase.)
                    .and_then(|phrase| self.trailing_name(phrase));
                Some(name.map_or(np.clone(), |name| name.start..np.end))
            }
        }
    }

    /// The noun phrase a relative pronoun at `who` speaks of. (`The deal
    /// angered House progressives, who said`: a verb after a noun ends the
    /// clause before the antecedent.)
    fn antecedent_before(&self, who: usize, start: usize) -> Option<Range<usize>> {
        let mut np = self.np_left(who, start)?;
        if let Some(verb) = (np.start + 1..np.end.saturating_sub(1)).rev().find(|&j| {
            let t = &self.doc.tokens[j];
            t.is_word()
                && !t.capitalized
                && (self.is(j, Flags::PAST) || t.info.is_none() && self.doc.norm_ends_with(j, "ed"))
                && self.doc.is_word(j - 1)
                && !self.doc.capitalized(j - 1)
                && !self.is(
                    j - 1,
                    Flags::DET | Flags::POSS | Flags::QUANT | Flags::PREP | Flags::ADV,
                )
                && !self.doc.norm_ends_with(j - 1, "ly")
                // (Not `a 61-year-old retired teacher who`.)
                && !has_char(self.norm(j - 1), '-')
        }) {
            np.start = verb + 1;
        }
        Some(np)
    }

    /// The `who`/`which` after a comma that opens the relative clause of a
    /// verb, across a short adjunct: `, who said`, `, who in 2010 said`.
    /// A subject with a restrictive relative clause of its own before the
    /// verb: `A worker who did not wish to be named said …`, `Senators whose
    /// votes would be needed say …`.
    /// Whether a `who` clause of a few words ends at token `end`: `a man
    /// who lives nearby`.
    fn relative_clause_before(&self, end: usize, start: usize) -> bool {
        (start + 1..end)
            .rev()
            .take(6)
            .take_while(|&j| self.doc.is_word(j))
            .any(|j| self.word_is(j, words!["who"]))
    }

    fn subject_before_relative(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        let who = (start + 1..verb_start)
            .rev()
            .take(20)
            .take_while(|&j| matches!(self.doc.tokens[j].kind, TokenKind::Word | TokenKind::Number))
            .find(|&j| {
                self.word_is(j, words!["who", "whose", "that"])
                    // (`Criminologists we spoke with said`: a contact clause,
                    // its own subject a pronoun.)
                    || self.word_is(j, SUBJECT_PRONOUNS)
                        && j > start
                        && self.doc.is_word(j - 1)
                        && !self.is(j - 1, Flags::CONJ | Flags::SUB | Flags::PREP | Flags::AUX)
            })?;
        let clause = who + 1..verb_start;
        // (A contact clause is a verb and its particle: `we spoke with`, not
        // `he shared some of the frustration but believed`.)
        if self.is(who, Flags::PRON)
            && (clause.len() > 3 || clause.clone().any(|j| self.is(j, Flags::CONJ)))
        {
            return None;
        }
        // (`people who attended said`: a verb alone.)
        let past_first = self.unknown_past(clause.start) || self.is(clause.start, Flags::PAST);
        let lone_verb = clause.len() == 1 && past_first;
        // (`who lives nearby`, `who lived there`: a verb right after `who`.)
        let verb_first = self.word_is(who, words!["who"])
            && (past_first || self.unknown_in_single_s(clause.start));
        if !lone_verb && !verb_first && (clause.len() < 2 || !self.has_finite_verb(&clause)) {
            return None;
        }
        // (`Makers of goods that depend on parts warn`: `that` opens a
        // relative only after a plural head, its verb in the plural.)
        if self.word_is(who, words!["that"]) && !self.relative_that(who) {
            return None;
        }
        // (`Those who knew him said`: a pronoun the clause describes.)
        if who > start
            && self.word_is(who, words!["who"])
            && self.word_is(
                who - 1,
                words!["those", "anyone", "everyone", "someone", "many", "all"],
            )
        {
            return Some(who - 1..verb_start);
        }
        let mut np = self.np_left(who, start)?;
        if self.word_is(who, words!["who"]) {
            np = self.person_in_phrase(np);
        }
        let head = self.head_of(&np);
        // (`A woman who asked not to be named said`: `who` is said of people.)
        let person = self.is(head, Flags::ROLE | Flags::ANON)
            || self.doc.capitalized(head)
            || self.word_is(who, words!["who"])
                && self.doc.is_word(head)
                && !self.is(head, Flags::PRON | Flags::TIME | Flags::PLACE);
        person.then(|| self.whole_subject(np, start))
    }

    /// `who` speaks of a person: in `a collision course with Secretary of
    /// State Marisa Velarde` or `the hands of a handful of Republicans`, the
    /// preposition's object, when the head before it names no one.
    fn person_in_phrase(&self, np: Range<usize>) -> Range<usize> {
        let Some(p) =
            (np.start + 1..np.end).find(|&j| self.is(j, Flags::PREP) && !self.doc.capitalized(j))
        else {
            return np;
        };
        let host = p - 1;
        let names_someone = self.doc.capitalized(host)
            || self.names_a_source_kind(host)
            || self.is(host, Flags::SOURCE_HEAD | Flags::PRON);
        // (A role or a party's people, not a place: `a retired machinist
        // from West Allis who`.)
        let object = p + 1..np.end;
        let person = object
            .clone()
            .any(|j| self.is(j, Flags::ROLE | Flags::ANON | Flags::HONORIFIC));
        if names_someone || !person {
            return np;
        }
        object
    }

    /// `goods that depend on`: `that` opens a relative clause after a plural
    /// head when a plural verb no table knows follows it.
    fn relative_that(&self, k: usize) -> bool {
        let after_plural = self.word_is(k, words!["that"])
            && k > 0
            && self.in_single_s(k - 1)
            && self.doc.is_word(k - 1);
        let plural_verb = self
            .doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.is_plain_word() && !t.capitalized && t.info.is_none())
            && !self.in_single_s(k + 1)
            && !self.doc.norm_ends_with(k + 1, "ed");
        // (`several labor unions that backed her have said`: a past verb.)
        let past_verb =
            self.doc.tokens.get(k + 1).is_some_and(|t| !t.capitalized) && self.past_form(k + 1);
        after_plural && (plural_verb || past_verb)
    }

    /// A subject with a reduced relative and its time before the verb:
    /// `Polls published this week suggest …`, `Figures released on Monday show …`.
    /// With the subject, its head: the last word before the participle.
    fn subject_before_participle(
        &self,
        verb_start: usize,
        start: usize,
    ) -> Option<(Range<usize>, usize)> {
        // (`a whip count circulated among leadership staff in the afternoon
        // showed`: the participle's phrases, with no verb or clause of their own.)
        let adjunct = |p: usize| {
            p + 1 < verb_start
                && (self.is(p + 1, Flags::TIME | Flags::PREP) || self.time_phrase(&(p + 1..p + 2)))
                && (p + 1..verb_start).all(|j| {
                    (self.doc.is_word(j) || self.doc.number_at(j))
                        && !self.is(
                            j,
                            Flags::AUX | Flags::MODAL | Flags::NEG | Flags::PRON | Flags::CONJ,
                        )
                        && !self.word_is(j, words!["that", "which", "who", "whom", "whose"])
                        && !self.is_cue_verb(j)
                })
        };
        let participle =
            (verb_start.saturating_sub(MAX_ADJUNCT).max(start + 1)..verb_start).find(|&j| {
                // (`the department said in a statement posted at 9 a.m.`: a
                // verb of saying is the clause's own, no participle.)
                self.past_participle(j)
                    && self.cue_verb(j).is_none_or(|(v, _)| !v.frames.that)
                    && adjunct(j)
            })?;
        // (`Figures to be published today show`.)
        let before = if participle >= start + 3
            && self.word_is(participle - 1, words!["be"])
            && self.word_is(participle - 2, words!["to"])
        {
            participle - 2
        } else {
            participle
        };
        let np = self.np_left(before, start)?;
        Some((np.start..verb_start, np.end - 1))
    }

    /// Whether the words are a time phrase: `this month`, `earlier this
    /// week`, `last year`.
    fn time_phrase(&self, np: &Range<usize>) -> bool {
        !np.is_empty()
            && np.clone().all(|j| {
                self.is(j, Flags::TIME)
                    || self.word_is(
                        j,
                        words![
                            "last", "this", "next", "earlier", "later", "week", "month", "year",
                            "weekend"
                        ],
                    )
            })
    }

    /// A subject with a gerund post-modifier before the verb: `Three
    /// senators facing re-election in swing states have urged …`.
    fn subject_before_gerund(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        // (`threw a chair during a night shoot and told`: a preposition in
        // `-ing`, and a verb coordinated with the one before.)
        if verb_start > start && self.word_is(verb_start - 1, words!["and", "or", "but"]) {
            return None;
        }
        let gerund = (verb_start.saturating_sub(8).max(start + 1)..verb_start).find(|&j| {
            self.is_gerund_word(j) && !self.is(j, Flags::PREP) && self.doc.is_word(j - 1)
        })?;
        // (The mention keeps the phrase, not its modifier, as with a
        // relative clause.)
        let modifier = gerund + 1..verb_start;
        if !modifier.clone().all(|j| {
            self.doc.is_word(j) && !self.is(j, Flags::AUX | Flags::MODAL | Flags::NEG | Flags::PAST)
        }) {
            return None;
        }
        let np = self.np_left(gerund, start)?;
        let head = self.head_of(&np);
        (self.is(head, Flags::ANON | Flags::ROLE) || self.doc.capitalized(head)).then_some(np)
    }

    /// `compared with 38 percent who said …`, `won most voters who say …`:
    /// a restrictive relative on a phrase that is no sentence's subject (a
    /// verb's or a preposition's object), its clause running to the next
    /// comma. (`Voters who said … backed Lowe` goes on with its main verb.)
    fn restrictive_relative(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        let who = verb_start.checked_sub(1)?;
        if who <= start + 1 || !self.word_is(who, words!["who"]) || !self.doc.is_word(who - 1) {
            return None;
        }
        let mut np = self.antecedent_before(who, start)?;
        // (`, a retired machinist from West Allis who said`: the appositive
        // holds the preposition's object, or the object of its object: `, a
        // dealer at a casino on the Strip who said`.)
        let mut inner = np.clone();
        for _ in 0..3 {
            let Some(host) = self.object_host(&inner, start) else {
                break;
            };
            if host.start > start
                && self.punct(host.start - 1, ',')
                && self.word_is(host.start, words!["a", "an"])
            {
                np.start = host.start;
                break;
            }
            inner = host;
        }
        let np = self.person_in_phrase(np);
        let before = np.start.checked_sub(1).filter(|&b| b >= start)?;
        // (After a verb, a preposition or `and`: `features a former Marine
        // who says`, `angered conservatives who argue`, `hard-liners who
        // want cuts and appropriators who say`; not a modifier the phrase
        // stopped at, `a retired middle school teacher who`.)
        let object = self.is(before, Flags::PREP | Flags::PAST | Flags::CONJ)
            || self.is_cue_verb(before)
            || self.unknown_in_single_s(before)
            || self.unknown_past(before)
                && !before
                    .checked_sub(1)
                    .is_some_and(|p| self.is(p, Flags::DET | Flags::POSS));
        // (Or an appositive: `said Dave Kulka, 67, a retired autoworker who
        // said …`.)
        // The mention runs from the name the appositive describes.
        if self.punct(before, ',') && self.word_is(np.start, words!["a", "an"]) {
            let age = before >= start + 2
                && self.doc.is_number(before - 1)
                && self.punct(before - 2, ',');
            let comma = if age { before - 2 } else { before };
            // (`Voters like Marisela Ortega, 38, a dealer who said`: the name
            // closing the phrase.)
            let name = self
                .np_left(comma, start)
                .and_then(|phrase| self.trailing_name(phrase));
            return Some(name.map_or(np.clone(), |name| name.start..np.end));
        }
        object.then_some(np)
    }

    /// `a statement that said …`, `an ad on Friday that accuses …`, `a
    /// study that found …`: the antecedent of a subject `that` whose head
    /// names a kind of source.
    fn that_relative_subject(&self, verb_start: usize, start: usize) -> Option<Range<usize>> {
        let that = verb_start.checked_sub(1)?;
        if that <= start + 1
            || !self.word_is(that, words!["that"])
            || self.doc.capitalized(that)
            || !self.doc.is_word(that - 1)
        {
            return None;
        }
        // (`an ad on Friday that`: past the time of the main clause.)
        let mut end = that;
        if self.is(end - 1, Flags::TIME)
            && end >= start + 3
            && self.word_is(end - 2, words!["on", "in", "last", "this"])
        {
            end -= 2;
        }
        // (Not the sentence's own subject, `The memo that said X was leaked`,
        // whose relative ends where no comma tells.)
        let np = self.np_left(end, start).filter(|np| np.start > start)?;
        let head = self.head_of(&np);
        if self.doc.capitalized(head)
            || !self.is(
                head,
                Flags::DOCUMENT | Flags::ORGANIZATION | Flags::GOVERNMENT,
            )
        {
            return None;
        }
        // (`the Great Basin Water Alliance, an environmental group that`:
        // the name the appositive describes.)
        let name = (np.start >= start + 2
            && self.punct(np.start - 1, ',')
            && self.word_is(np.start, words!["a", "an"]))
        .then(|| self.np_left(np.start - 1, start))
        .flatten()
        .and_then(|phrase| self.trailing_name(phrase));
        Some(name.map_or(np.clone(), |name| name.start..np.end))
    }

    /// Whether an indefinite phrase set off by a comma opens at `k`, as a
    /// noun summing up what came before does: `…, a move utilities warned`,
    /// `…, a sentiment echoed by colleagues`.
    fn summing_up_at(&self, k: usize, start: usize) -> bool {
        k > start && self.punct(k - 1, ',') && self.word_is(k, words!["a", "an"])
    }

    /// Whether a frame whose subject is `source` stands in a contact
    /// relative with its object gone before `as`: `a gesture (that) the
    /// official described as “…”`, `a plan he described at a debate as …`;
    /// or a forecast's, gone at the clause's end (`the gain that economists
    /// had forecast.`). `next` is where the verb's complements start.
    fn contact_relative(
        &self,
        source: &Range<usize>,
        next: usize,
        verb: &CueVerb,
        sentence: &Range<usize>,
    ) -> bool {
        if source.start <= sentence.start + 1 {
            return false;
        }
        let before = source.start - 1;
        // The word before the subject: `that`, or the noun (not a verb, a
        // preposition or a conjunction: `said he described`).
        let noun_before = || {
            self.doc.is_plain_word(before)
                && !self.doc.capitalized(before)
                && !self.is(
                    before,
                    Flags::PREP | Flags::CONJ | Flags::SUB | Flags::AUX | Flags::MODAL,
                )
                && (!self.is_cue_verb(before) || self.is(before - 1, Flags::DET | Flags::POSS))
        };
        // (`the 0.2% gain that economists had forecast.`: a forecast's
        // object gone, the clause ends at the verb.)
        let forecast = verb.frames.np
            && verb.stance == Stance::Believe
            && (next >= sentence.end
                || self.is_terminal(next)
                || self.punct(next, ',')
                || self.punct(next, ';'));
        // (`nine companies it accuses of involvement`: a charge's object gone.)
        let charge = verb.frames.np
            && matches!(verb.stance, Stance::Allege | Stance::Criticize)
            && self.word_is(next, words!["of", "for"]);
        (forecast || charge || verb.frames.as_phrase && self.word_is(next, words!["as"]))
            && (self.word_is(before, words!["that"]) || noun_before())
    }

    /// The comma before a name's age set off by commas (`Linda Kroeger,
    /// 71, …`: the one after `Kroeger`), or `comma` itself.
    fn past_age(&self, comma: usize, start: usize) -> usize {
        if comma >= start + 2 && self.doc.number_at(comma - 1) && self.punct(comma - 2, ',') {
            comma - 2
        } else {
            comma
        }
    }

    /// The capitalized words closing a phrase (`Sen. Ann Lowe` in `the
    /// account of Sen. Ann Lowe`): the name it ends with.
    fn trailing_name(&self, phrase: Range<usize>) -> Option<Range<usize>> {
        let mut first = phrase.end;
        while first > phrase.start
            && (self.doc.capitalized(first - 1)
                && self.doc.is_plain_word(first - 1)
                && !self.is(first - 1, Flags::ADV | Flags::CONJ)
                || self.punct(first - 1, '.'))
        {
            first -= 1;
        }
        (first < phrase.end && self.doc.capitalized(first)).then_some(first..phrase.end)
    }

    /// The phrase a prepositional object `np` modifies: `a retired
    /// machinist` before `from West Allis`.
    fn object_host(&self, np: &Range<usize>, start: usize) -> Option<Range<usize>> {
        (np.start > start + 1 && self.is(np.start - 1, Flags::PREP))
            .then(|| self.np_left(np.start - 1, start))
            .flatten()
    }

    fn relative_pronoun_before(&self, verb_start: usize, start: usize) -> Option<usize> {
        // (`Lobbyists, several of whom said …`: a part of the antecedent;
        // the relative opens at the quantifier.)
        let partitive = |j: usize| {
            j >= start + 3
                && self.word_is(j, words!["whom", "which"])
                && self.word_is(j - 1, words!["of"])
                && (self.is(j - 2, Flags::QUANT)
                    || self.word_is(j - 2, words!["one", "none", "two", "three", "half"])
                    || self.doc.is_number(j - 2))
                && self.punct(j - 3, ',')
        };
        let (who, pronoun) = (start + 2..verb_start).rev().take(10).find_map(|j| {
            if self.word_is(j, words!["who", "which"]) && self.punct(j - 1, ',') {
                Some((j, j))
            } else if partitive(j) {
                Some((j - 2, j))
            } else {
                None
            }
        })?;
        // (`who last year called`.)
        let adjunct_only = (pronoun + 1..verb_start).all(|j| {
            self.is(j, Flags::PREP | Flags::TIME | Flags::ADV | Flags::DET)
                || self.doc.is_number(j)
                || self.word_is(j, words!["last", "earlier", "week", "month", "year"])
        }) && verb_start - pronoun <= 5;
        // (`who in a 2014 newspaper op-ed called`: a prepositional phrase.)
        let phrase_only = self.is(pronoun + 1, Flags::PREP)
            && (pronoun + 2..verb_start).all(|j| {
                let t = &self.doc.tokens[j];
                (t.is_word() || t.is_number())
                    && !t.is(Flags::AUX | Flags::MODAL | Flags::REL | Flags::PRON)
                    && !self.is_cue_verb(j)
            });
        (adjunct_only || phrase_only).then_some(who)
    }

    /// Whether the verb stands right after a comma or a closing quote, with
    /// no subject of its own: the inverted order `…,” said the mayor`.
    fn inverted_position(&self, verb_start: usize, sentence_start: usize) -> bool {
        if verb_start == sentence_start {
            return false;
        }
        let prev = verb_start - 1;
        self.punct(prev, ',')
            || matches!(
                self.doc.tokens[prev].kind,
                TokenKind::Quote(QuoteMark::Close | QuoteMark::Straight | QuoteMark::SingleClose)
            )
    }

    /// `argues that A and that B`, `saying A and that B`: one content of
    /// both clauses. Extends the last claim's content, which ends at `next`.
    fn coordinated_that_clauses(&mut self, mut next: usize, end: usize) {
        loop {
            while next < end
                && (self.punct(next, ',')
                    || self.punct(next, '—')
                    || self.doc.is_quote(next)
                        && self.quotes.at(next).is_some_and(|q| q.last == next))
            {
                next += 1;
            }
            if !(self.word_is(next, words!["and", "but", "or"])
                && self.word_is(next + 1, words!["that"]))
            {
                break;
            }
            let more = self.clause_right(next + 2, end);
            if more.is_empty() {
                break;
            }
            next = more.end;
            let Some(last) = self.found.last() else {
                break;
            };
            let content = last.content.start..more.end;
            let kind = self.kind_for(&content, last.kind);
            if let Some(last) = self.found.last_mut() {
                (last.content, last.kind) = (content, kind);
            }
        }
    }

    /// `saying`, `adding`, `highlighting` after a comma: the subject is the
    /// main clause's.
    fn participial(&mut self, i: usize, verb: &CueVerb, sentence: &Range<usize>) -> bool {
        if i == sentence.start {
            return self.fronted_participle(i, verb, sentence);
        }
        // `…, the Journal reported, citing people familiar with the matter`:
        // the people relayed stand behind the report's content too.
        let relayed = self.np_right(i + 1, sentence.end).filter(|np| {
            words!["cite", "quote"].has(verb.lemma)
                && self.punct(i - 1, ',')
                && (self.doc.capitalized(np.start)
                    || np.clone().any(|k| {
                        self.is(
                            k,
                            Flags::ANON | Flags::ROLE | Flags::MEDIA | Flags::DOCUMENT,
                        )
                    }))
        });
        if let Some(relayed) = relayed {
            // (A report of words, not an act: `refused to release his
            // returns, citing an audit` gives a reason.)
            // (Only the sentence's frames: a miss walked the whole document.)
            let report = self
                .sentence_frames(sentence.start)
                .iter()
                .rev()
                .find(|a| a.cue.end <= i && a.source.is_some())
                .filter(|a| a.kind != ClaimKind::Reported)
                .map(|a| (a.kind, a.content.clone(), a.parts.clone()));
            if let Some((kind, content, parts)) = report {
                self.push_parts(
                    kind,
                    content,
                    parts,
                    i..i + 1,
                    Some(relayed),
                    Stance::Assert,
                );
            }
            return true;
        }
        let before = self.np_left(i, sentence.start);
        // (`A super PAC supporting Mr. Voss reported …`: a gerund right
        // after the subject's noun, the clause's verb still to come, is a
        // post-modifier.)
        let post_modifier = before.as_ref().is_some_and(|np| {
            np.end == i
                && !(np.start > sentence.start
                    && self.word_is(np.start - 1, words!["with", "without"]))
        }) && {
            // (`backing two of Calloway's rivals also reported`: the phrase
            // reader may stop early, or take nothing.)
            // (Not a clause: `a message stating that the site is down`.)
            let clause = self.word_is(i + 1, words!["that"]) || self.is(i + 1, Flags::SUB);
            let object = self.np_right(i + 1, sentence.end).unwrap_or(i + 1..i + 2);
            // (Any verb: `A super PAC backing Holloway took $2 million`.)
            let finite = |k: usize| {
                self.finite_cue_verb(k)
                    || self.is(k, Flags::PAST | Flags::AUX | Flags::MODAL)
                    || self
                        .doc
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.is_word() && !t.capitalized)
                        && self.doc.norm_ends_with(k, "ed")
            };
            // (Or after an appositive: `supporting Mr. Voss, the Forward Fund, reported`.)
            !clause
                && (object.end..sentence.end.min(object.end + 6))
                    .take_while(|&k| self.doc.is_word(k))
                    .any(finite)
                || self.punct(object.end, ',')
                    && (object.end + 2..sentence.end.min(object.end + MAX_PHRASE))
                        .take_while(|&k| !self.doc.is_quote(k))
                        .find(|&k| self.punct(k, ','))
                        .is_some_and(|comma| finite(comma + 1))
        };
        if let Some(source) = before
            .clone()
            .filter(|np| !post_modifier && self.has_own_participle(np, sentence.start))
        {
            let Some((content, kind)) = self.content_right(i + 1, verb, sentence) else {
                return false;
            };
            let stance = stance_of(verb.stance, false);
            self.push(kind, content, i..i + 1, Some(source), stance);
            return true;
        }
        // `The firm issued a statement saying …`: the issuer's words (`sent
        // a letter to congressional leaders warning …`: with its addressee).
        let document = |np: &Range<usize>| self.is(self.head_of(np), Flags::DOCUMENT);
        let issued_document = before
            .clone()
            .filter(document)
            .or_else(|| {
                let head = before.as_ref()?.start;
                let to = (head.saturating_sub(3).max(sentence.start)..head)
                    .rev()
                    .take_while(|&k| self.doc.is_word(k))
                    .find(|&k| self.word_is(k, words!["to"]))?;
                self.np_left(to, sentence.start).filter(document)
            })
            .or_else(|| {
                // (`posted a message on a forum last Thursday saying …`: the
                // document before its place and time.)
                let head = (i.saturating_sub(9).max(sentence.start)..i)
                    .rev()
                    .take_while(|&k| {
                        self.doc.is_word(k)
                            && (self.is(k, Flags::DOCUMENT)
                                || !self.is_cue_verb(k)
                                    && !self.is(
                                        k,
                                        Flags::PAST
                                            | Flags::AUX
                                            | Flags::MODAL
                                            | Flags::PRON
                                            | Flags::CONJ,
                                    ))
                    })
                    .find(|&k| {
                        self.is(k, Flags::DOCUMENT) && self.is(k + 1, Flags::PREP | Flags::TIME)
                    })?;
                self.np_left(head + 1, sentence.start).filter(document)
            });
        // (`and his campaign released a statement saying …`: the issuer is
        // the subject of the verb before the document.)
        let issuer = issued_document.as_ref().and_then(|np| {
            let verb = np.start.checked_sub(1).filter(|&v| v > sentence.start)?;
            let t = &self.doc.tokens[verb];
            // (`Her office later released …`: past the verb's adverbs.)
            (t.is_plain_word() && !t.capitalized && !t.is(Flags::PREP))
                .then(|| {
                    self.np_left(
                        self.verb_chain(verb, sentence.start).subject_end,
                        sentence.start,
                    )
                })
                .flatten()
                .filter(|subject| {
                    subject.start == sentence.start
                        || self.is(subject.start - 1, Flags::CONJ | Flags::SUB)
                        || self.punct(subject.start - 1, ',')
                })
        });
        // (`cited a state audit showing that …`, `pointed to a report
        // finding …`: a document someone else wrote speaks for itself.)
        let cited_document = issued_document.clone().filter(|np| {
            let verb = np.start.checked_sub(1);
            verb.is_some_and(|v| {
                self.word_is(v, words!["cited", "cites", "citing", "cite"])
                    || v > sentence.start
                        && self.word_is(v, words!["to"])
                        && self.word_is(v - 1, words!["pointed", "points", "pointing", "referred"])
            })
        });
        let issuer = cited_document.or(issuer);
        // (`issued a statement condemning the attack`: a text of words,
        // not a video or a study, speaks its issuer's position.)
        let spoken = issued_document.as_ref().is_some_and(|np| {
            self.doc.tokens[self.head_of(np)]
                .info
                .and_then(|i| i.noun)
                .is_some_and(|(n, _)| !lexicon().noun(n).is_document)
        });
        let issued_document = issued_document.is_some();
        // (`…, adding`, `… “a disaster,” adding`: the comma may close a quotation.)
        // (`…, each accusing the other of …`: the subject's members.)
        let after_clause = self.punct(i - 1, ',')
            || i >= 2 && self.word_is(i - 1, words!["each", "both"]) && self.punct(i - 2, ',')
            || i >= 2 && self.quote_closing_after_comma(i - 1)
            || self.punct(i - 1, '—')
            || self.word_is(
                i - 1,
                words!["and", "while", "whilst", "before", "after", "by"],
            );
        if !(after_clause || issued_document) {
            return false;
        }
        // `“…,” she said, adding that …`: the frame before it in the sentence
        // (the outer one: `said the campaign stood by the number, arguing`).
        let previous = self.outer_speaker_before(sentence.start, i);
        let Some(source) = issuer
            .or(previous)
            .or_else(|| self.main_subject(sentence.start, i))
        else {
            return false;
        };
        let Some((mut content, mut kind)) = self.content_right(i + 1, verb, sentence) else {
            return false;
        };
        // `Holder, writing in The Washington Post, called the move …`: an
        // insert between its subject and the main verb.
        let main_verb_after_insert = self.punct(content.start - 1, ',')
            && content.start > i + 1
            && !self.doc.capitalized(content.start)
            && (self.is(content.start, Flags::PAST)
                || self
                    .cue_verb(content.start)
                    .is_some_and(|(_, form)| form.shows_finite()));
        if main_verb_after_insert {
            return false;
        }
        // `released a video showing the arrest`: what a document shows is
        // no position of its issuer's; `…, citing four people told of the
        // matter`: a relay names its sources.
        // (`sent a letter urging lawmakers to sustain the veto`: a request
        // is the issuer's.)
        let request = verb.frames.obj && verb.frames.to;
        if !after_clause && kind == ClaimKind::Reported && !request && !spoken
            || self.names_a_source(verb, &content)
        {
            return false;
        }
        // `…, accusing reporters of bias and vowing to fight back`: a second
        // participle of the same subject is a frame of its own.
        let second = (content.start + 1..content.end).find(|&k| {
            self.word_is(k, words!["and"])
                && self
                    .cue_verb(k + 1)
                    .is_some_and(|(_, form)| form == VerbForm::Gerund)
                && (self.word_is(k + 2, words!["to", "that"])
                    || self.quotes.at(k + 2).is_some_and(|q| q.open == k + 2))
        });
        if let Some(and) = second {
            content.end = if self.punct(and - 1, ',') {
                and - 1
            } else {
                and
            };
            kind = match kind {
                ClaimKind::DirectQuote | ClaimKind::PartialQuote => self.clause_or_report(&content),
                other => self.kind_for(&content, other),
            };
        }
        let next = content.end;
        self.push(
            kind,
            content,
            i..i + 1,
            Some(source),
            stance_of(verb.stance, false),
        );
        self.coordinated_that_clauses(next, sentence.end);
        true
    }

    /// `Citing privacy rules, officials declined to comment.`: a participle
    /// opening the sentence takes the subject after its comma.
    fn fronted_participle(&mut self, i: usize, verb: &CueVerb, sentence: &Range<usize>) -> bool {
        // `Speaking at a press conference, the minister said …`: the setting
        // of the main frame, no content of its own.
        if self.is(i + 1, Flags::PREP) {
            return false;
        }
        let limit = sentence.end.min(i + MAX_PHRASE);
        let Some(comma) = self.first_comma(i + 1..limit) else {
            return false;
        };
        let Some(source) = self
            .np_right(comma + 1, sentence.end)
            .filter(|np| self.is_nameable(np))
        else {
            return false;
        };
        let before_comma = sentence.start..comma;
        let Some((content, kind)) = self.content_right(i + 1, verb, &before_comma) else {
            return false;
        };
        let stance = stance_of(verb.stance, false);
        self.push(kind, content, i..i + 1, Some(source), stance);
        true
    }

    /// Whether the noun phrase right before a participle is its own subject:
    /// `with Boswell stating …`, `all they get is a message stating …`,
    /// `A statement posted online saying …`. Not an object (`issued a
    /// statement saying …`: the issuer speaks, as the main clause says).
    fn has_own_participle(&self, np: &Range<usize>, start: usize) -> bool {
        if !self.is_nameable(np) || self.is(np.start, Flags::PRON) && np.len() == 1 {
            return false;
        }
        match np.start.checked_sub(1).filter(|&b| b >= start) {
            None => true,
            Some(b) => {
                self.word_is(b, words!["with", "without"])
                    || self.word_is(b, BE)
                    || self.punct(b, ':')
                    || self.punct(b, ';')
            }
        }
    }

    /// The subject of a sentence's main clause: after any opening adjunct
    /// (`On Wednesday,`), the first noun phrase.
    fn main_subject(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        // (`Driving the news: The president signed …`: a label before a colon.)
        let mut k = (start + 1..limit.min(start + 5))
            .find(|&c| self.punct(c, ':'))
            .filter(|&c| self.all_words(start..c))
            .map_or(start, |c| c + 1);
        if let Some(q) = self.quotes.at(k).filter(|q| q.open == k) {
            k = q.last + 1; // a subject is never inside a quotation
        }
        while k < limit && (self.doc.is_quote(k) || self.is(k, Flags::CONJ) || self.punct(k, ',')) {
            k += 1;
        }
        if k < limit
            && (self.is(k, Flags::PREP | Flags::SUB | Flags::TIME) || self.is(k, Flags::ADV))
        {
            // Skip the adjunct up to its comma.
            let comma = self.first_comma(k..limit.min(k + MAX_PHRASE))?;
            k = comma + 1;
        }
        let np = self.np_right(k, limit)?;
        // `Medical device maker Orvion Systems sued …`: a phrase that goes on
        // in lowercase words is read back from its verb instead.
        let goes_on = np.end < limit
            && self.doc.is_plain_word(np.end)
            && !self.doc.capitalized(np.end)
            && self.doc.unknown(np.end)
            && !self.unknown_past(np.end);
        if goes_on {
            let verb = (np.end + 1..limit.min(np.end + 6)).find(|&j| {
                self.unknown_past(j)
                    || self.is(j, Flags::AUX | Flags::MODAL | Flags::PAST)
                    || self.cue_verb(j).is_some_and(|(_, f)| f != VerbForm::Gerund)
            });
            if let Some(whole) = verb
                .and_then(|v| self.np_left(v, k))
                .filter(|whole| whole.start == k && self.is_nameable(whole))
            {
                return Some(whole);
            }
        }
        // `Trump's running mate, Indiana Gov. Mike Pence, struck …`: a
        // description and the name set off after it are one subject.
        let described = self.punct(np.end, ',')
            && !self.doc.capitalized(self.head_of(&np))
            && self
                .doc
                .tokens
                .get(np.end + 1)
                .is_some_and(|t| t.capitalized)
            && !self.is(np.end + 1, Flags::DET);
        if described {
            let name = self.np_right(np.end + 1, limit).filter(|name| {
                self.punct(name.end, ',')
                    && !self.word_is(name.end + 1, words!["and", "or"])
                    && self.doc.capitalized(self.head_of(name))
            });
            if let Some(name) = name {
                return Some(np.start..name.end);
            }
        }
        (self.is_nameable(&np)).then_some(np)
    }

    fn passive(
        &mut self,
        i: usize,
        verb: &CueVerb,
        subject_end: usize,
        negated: bool,
        sentence: &Range<usize>,
    ) -> bool {
        // `when all is said and done`: a coordinated participle, no frame.
        if self.word_is(i + 1, words!["and", "or"]) {
            return false;
        }
        // `Vasquez-Holt, who has been urged by some Democrats to give more,
        // said …`: a frame inside a relative clause ends with it.
        let in_relative = self
            .relative_pronoun_before(subject_end, sentence.start)
            .is_some();
        let bounded = self.within_relative_clause(i, in_relative, sentence);
        let sentence = &bounded;
        // `are accused of …`, `is criticized for …`, `has been described as …`:
        // an agentless charge or description; the clause is the content.
        // (Not a view: `is widely seen as a contender` holds the `as` phrase.)
        // (Not `could be announced as early as`, `reported as of Sunday`.)
        let charge = (self.word_is(i + 1, words!["of", "for"])
            && (verb.frames.np || verb.frames.on)
            || self.word_is(i + 1, words!["as"]) && verb.frames.as_phrase)
            && verb.class != VerbClass::Cognition
            && !negated;
        if charge && (!self.word_is(i + 2, words!["the", "a", "an"]) || verb.frames.as_phrase) {
            // (`a form of medicine that has been described as …`: a relative's;
            // `Egypt, which has close ties with the army, has been accused
            // of …`: a subject across an insert.)
            if self.np_left(subject_end, sentence.start).is_none()
                && !(subject_end > sentence.start
                    && self.word_is(subject_end - 1, words!["that", "which", "who"]))
                && !self
                    .subject_across_inserts(subject_end, sentence.start)
                    .is_some_and(|s| self.word_is(s.end + 1, words!["which", "who"]))
            {
                return false;
            }
            return self.push_charge(i + 1, i..i + 2, None, verb, sentence.end);
        }
        // `are worried that …`, `was convinced that …`: a state of mind of the
        // subject (`It is understood that …` stays agentless).
        let expletive_subject =
            subject_end > sentence.start && self.word_is(subject_end - 1, words!["it", "there"]);
        if !expletive_subject
            && self.word_is(i + 1, words!["that"])
            && verb.frames.that
            && matches!(verb.class, VerbClass::Cognition | VerbClass::Attitude)
            || self.word_is(i + 1, words!["that"]) && verb.lemma == "convince"
        {
            return self.active(i, verb, subject_end, negated, sentence);
        }
        // (`was told by the police that …`: the agent before the content.)
        let agent = if self.word_is(i + 1, words!["by"]) {
            self.np_right(i + 2, sentence.end)
        } else {
            None
        };
        // `has been accused by the UN of abuses`, `was praised by critics for
        // its candor`: the agent's charge or praise after it.
        let charge_after_agent = agent.clone().filter(|a| {
            self.word_is(a.end, words!["of", "for"])
                && (verb.frames.np || verb.frames.on)
                && verb.class != VerbClass::Cognition
                && !negated
        });
        if let Some(agent) = charge_after_agent {
            if self.push_charge(agent.end, i..i + 1, Some(agent), verb, sentence.end) {
                return true;
            }
        }
        // (`told by the director at the time, Lorraine Beck, that …`: the
        // agent's adjuncts and appositive before the clause.)
        let after = agent.as_ref().map_or(i + 1, |a| {
            (a.end..sentence.end.min(a.end + 12))
                .take_while(|&j| self.doc.is_word(j) || self.punct(j, ','))
                .find(|&j| self.word_is(j, words!["that"]))
                .unwrap_or(a.end)
        });
        // `were advised to`, `was asked to`: the listener's instruction from
        // an unnamed source.
        // (`were told on Sunday to boil …`, `was told in 2019 that …`: past
        // the verb's adjuncts.)
        // (Not past the instruction's own `to`: `were asked to learn lists
        // before going to bed`.)
        let past_adjuncts = (self.is(after, Flags::PREP | Flags::TIME)
            && !self.word_is(after, words!["to"]))
        .then(|| {
            (after + 1..sentence.end.min(after + MAX_ADJUNCT))
                .take_while(|&k| self.doc.is_word(k))
                .find(|&k| self.word_is(k, words!["that"]) || self.task_at(k, sentence.end))
        })
        .flatten()
        .unwrap_or(after);
        let told_to = verb.frames.obj
            && (self.word_is(after, words!["to"]) || self.task_at(past_adjuncts, sentence.end));
        // `Staff were told the office would close`, `were warned that …`:
        // what the listeners heard, from an unnamed source; the listeners
        // are no part of it (nor of an instruction: `were advised to …`).
        // (Not `was asked whether …`: an unnamed asker's question, no claim.)
        let asked_question = verb.stance == Stance::Question && self.is(i + 1, Flags::WH);
        let told_that = verb.frames.obj
            && !told_to
            && !negated
            && !asked_question
            && (self.word_is(past_adjuncts, words!["that"])
                // (`had been notified of the decision`: what it was of, no clause.)
                || !self.is(after, Flags::PREP) && self.looks_like_clause(after, sentence.end));
        if told_to || told_that {
            let start = past_adjuncts + usize::from(self.word_is(past_adjuncts, words!["that"]));
            let content = self.clause_right(start, sentence.end);
            if content.len() < 2 || told_that && !self.has_finite_verb(&content) {
                return false;
            }
            self.push_clause(content, i..i + 1, agent, stance_of(verb.stance, false));
            return true;
        }
        if negated {
            // `has not been confirmed by either side`: the writer's hedge, not an attribution.
            return false;
        }
        // `is widely expected to run`, `is widely seen as an ally`: a view
        // many hold, none named.
        let widely = (subject_end..i)
            .any(|k| self.word_is(k, words!["widely", "generally", "broadly", "commonly"]));
        if widely
            && verb.class == VerbClass::Cognition
            && self.doc.tokens.get(i + 1).is_some_and(|t| t.is_word())
            && !self.word_is(i + 1, words!["that"])
        {
            let from = i + 1 + usize::from(self.word_is(i + 1, words!["as"]));
            let content = self.clause_right(from, sentence.end);
            if content.len() >= 2 {
                let kind = self.kind_for(&content, ClaimKind::Reported);
                self.push(kind, content, i..i + 1, None, stance_of(verb.stance, false));
                return true;
            }
        }
        let stance = stance_of(verb.stance, false);
        let cue = i..i + 1;
        let subject = self
            .np_left(subject_end, sentence.start)
            .map(|np| self.whole_subject(np, sentence.start))
            .or_else(|| self.subject_across_insert(subject_end, sentence.start));
        // (`It is expected to carry passengers in 2026`: an infinitive makes
        // `it` a thing named before, as `The line is expected to …` would.)
        let expletive = subject
            .as_ref()
            .is_some_and(|s| s.len() == 1 && self.word_is(s.start, words!["it"]))
            && !self.word_is(self.skip_adjuncts(after, sentence.end), words!["to"]);
        // `is expected to`: a forecast in the writer's voice, not an
        // attribution; but `It is widely expected that …` is someone's.
        let impersonal_belief = expletive && verb.frames.that && verb.class == VerbClass::Cognition;
        // (`it is asserted by the Crown that …`: any verb of a that-clause
        // in the impersonal passive.)
        let impersonal_that = expletive
            && verb.frames.that
            && self.word_is(self.skip_adjuncts(after, sentence.end), words!["that"]);
        if !verb.frames.passive && !impersonal_belief && !impersonal_that {
            return false;
        }
        if expletive {
            // `It was reported that …`, `It is understood that …`
            let mut k = self.skip_adjuncts(after, sentence.end);
            if self.word_is(k, words!["that"]) {
                k += 1;
            }
            let content = self.clause_right(k, sentence.end);
            if content.is_empty() {
                return false;
            }
            self.push_clause(content, cue, agent, stance);
            return true;
        }
        if self.word_is(i + 1, words!["to"]) {
            // `X is said to have …`: the content is the infinitive with its subject.
            let Some(subject) = subject else { return false };
            let rest = self.clause_right(i + 1, sentence.end);
            if rest.is_empty() {
                return false;
            }
            let content = subject.start..rest.end;
            self.push_clause(content, cue, agent, stance);
            return true;
        }
        // `The deal was confirmed by the ministry.`
        // (Not `The woman was found by her brother`: a discovery; what was
        // discovered by researchers is credited to them.)
        if let (Some(subject), Some(agent)) = (subject, agent) {
            if !verb.frames.np && !verb.frames.passive || verb.lemma == "find" {
                return false;
            }
            self.push(ClaimKind::Reported, subject, cue, Some(agent), stance);
            return true;
        }
        false
    }

    /// Pushes the charge or description after the `of`, `for` or `as` at
    /// `prep` (`accused of | inflating …`, `accused by the UN of | abuses`),
    /// if it has words.
    fn push_charge(
        &mut self,
        prep: usize,
        cue: Range<usize>,
        source: Option<Range<usize>>,
        verb: &CueVerb,
        end: usize,
    ) -> bool {
        let rest = self.clause_right(prep, end);
        if rest.len() < 2 {
            return false;
        }
        let content = rest.start + 1..rest.end;
        self.push(
            self.kind_for(&content, ClaimKind::Reported),
            content,
            cue,
            source,
            stance_of(verb.stance, false),
        );
        true
    }

    /// `Lowe took issue with the plan`, `cast doubt on the figures`: a verb
    /// idiom (cue_idioms.tsv) gives its subject its object for content.
    fn idiom_cue(&mut self, i: usize, sentence: &Range<usize>) -> bool {
        if !self.is(i, Flags::IDIOM) {
            return false;
        }
        let idiom = self
            .doc
            .phrase_at(i, sentence.end, &|k| matches!(k, PhraseKind::Idiom(_)));
        let Some((stop, PhraseKind::Idiom(stance))) = idiom else {
            return false;
        };
        // (`at one point to everyone's surprise`: a noun after a determiner.)
        if i == sentence.start
            || self.inside_quote(i)
            || self.in_question_or_condition(i, sentence.start)
            || self.is(i - 1, Flags::DET | Flags::POSS | Flags::QUANT)
            || self.word_is(i - 1, words!["one"])
            || self.doc.is_number(i - 1)
        {
            return false;
        }
        // (`made clear that …`, `made clear they won't …`: a clause;
        // `made clear to reporters that …`: after its listener.)
        let that = match self.listener(stop + 1, sentence.end) {
            Some(l) if self.word_is(stop, words!["to"]) && self.word_is(l.end, words!["that"]) => {
                l.end
            }
            _ => stop,
        };
        let clause_at = if self.is(stop - 1, Flags::PREP) {
            None
        } else if self.word_is(that, words!["that"]) && !self.that_is_determiner(that, sentence.end)
        {
            Some(that + 1)
        } else {
            self.subject_then_verb(&(stop..sentence.end))
                .then_some(stop)
        };
        let (content, otherwise) = match clause_at {
            Some(from) => (self.clause_right(from, sentence.end), ClaimKind::Indirect),
            None => (
                self.np_content(stop, sentence.end, false),
                ClaimKind::Reported,
            ),
        };
        if content.is_empty() {
            return false;
        }
        // A participle after a comma is its clause's subject's (`…, taking
        // aim at …`); a finite form's subject stands before its auxiliaries.
        // (`is standing by its pick`: a progressive is finite.)
        let source = if self.doc.norm_ends_with(i, "ing") && !self.word_is(i - 1, BE) {
            self.punct(i - 1, ',')
                .then(|| self.main_subject(sentence.start, i))
                .flatten()
        } else {
            let chain = self.verb_chain(i, sentence.start);
            if chain.negated {
                return false;
            }
            self.subject_before(chain.subject_end, sentence.start)
        };
        let Some(source) = source else {
            return false;
        };
        let kind = self.kind_for(&content, otherwise);
        let next = content.end;
        self.push(kind, content, i..stop, Some(source), stance);
        if clause_at.is_some() {
            self.coordinated_that_clauses(next, sentence.end);
        }
        true
    }

    /// `The church is critical of …`, `Investors were confident that …`: an
    /// attitude adjective after `be` gives its subject the content.
    fn adjective_cue(&mut self, i: usize, sentence: &Range<usize>) -> bool {
        // Cheap tests first: this runs at every word.
        if i == sentence.start
            || self.doc.capitalized(i)
            || !(self.is(i - 1, Flags::ADV | Flags::AUX | Flags::NEG)
                || self.doc.norm_ends_with(i - 1, "ly")
                || self.word_is(i - 1, LINKING))
        {
            return false;
        }
        let Some(adjective) = lexicon().adjective(self.norm(i)) else {
            return false;
        };
        if self.in_question_or_condition(i, sentence.start) {
            return false;
        }
        // (In a quotation, only the speaker's own mind: `“We remain
        // confident that …,” she said`.)
        let quoted;
        let in_quote = self.inside_quote(i);
        let sentence = if in_quote {
            quoted = self.quoted_part(i, sentence);
            &quoted
        } else {
            sentence
        };

        // Back over adverbs and negation to a form of `be`, then to the subject.
        let mut k = i;
        let mut negated = false;
        let mut be = false;
        while k > sentence.start {
            let p = k - 1;
            let long_aux = self.long_after_aux(p, sentence.start);
            if long_aux {
                k = p;
                continue;
            }
            if self.is(p, Flags::NEG) {
                negated = true;
            } else if self.word_is(p, BE) || self.word_is(p, LINKING) {
                be = true;
            } else if !self.is(p, Flags::ADV | Flags::AUX | Flags::MODAL)
                && !self.doc.norm_ends_with(p, "ly")
            {
                break;
            }
            k = p;
        }
        if !be {
            return false;
        }
        // (`an economist at Carver College who has been critical of`: the
        // relative's antecedent; `Some residents who packed the chamber were
        // skeptical`: the subject whole, not the relative's object.)
        let Some(source) = self
            .restrictive_relative(k, sentence.start)
            .or_else(|| {
                self.np_left(k, sentence.start)
                    .map(|np| self.whole_subject(np, sentence.start))
            })
            .or_else(|| self.subject_across_insert(k, sentence.start))
        else {
            return false;
        };
        // (`It is clear that …`: an expletive holds no view.)
        if source.len() == 1 && self.word_is(source.start, words!["it", "this", "there"])
            || in_quote && !(source.len() == 1 && self.word_is(source.start, words!["i", "we"]))
        {
            return false;
        }
        let next = i + 1;
        let Some(&complement) = adjective.complements.iter().find(|&&c| {
            next < self.doc.tokens.len() && self.norm(next) == c
                    // `is confident the override will fail`: a clause with no `that`.
                    || c == "bare" && self.subject_then_verb(&(next..sentence.end))
        }) else {
            return false;
        };
        let content = match complement {
            "that" if !self.that_is_determiner(next, sentence.end) => {
                self.clause_right(next + 1, sentence.end)
            }
            "to" | "bare" => self.clause_right(next, sentence.end),
            "that" => return false,
            _ => self.np_content(next + 1, sentence.end, false),
        };
        if content.len() < 2 && complement != "that" {
            return false;
        }
        let otherwise = if complement == "that" || complement == "bare" {
            ClaimKind::Indirect
        } else {
            ClaimKind::Reported
        };
        let kind = self.kind_for(&content, otherwise);
        self.push(
            kind,
            content,
            i..i + 1,
            Some(source),
            stance_of(adjective.stance, negated),
        );
        true
    }

    /// `claims from X that …`, `X's assertion that …`, `reports that …`,
    /// `in a statement, X said` is left to the verb.
    fn noun_cue(&mut self, i: usize, sentence: &Range<usize>) -> bool {
        let t = &self.doc.tokens[i];
        let Some((index, _plural)) = t.info.and_then(|info| info.noun) else {
            return false;
        };
        if self.inside_quote(i) {
            return false;
        }
        if self.is_cue_verb(i)
            && self.reads_as_verb(i, VerbForm::ThirdSingular, sentence)
            && !self.is_noun_context(i, sentence.start)
        {
            return false;
        }
        // `said in a statement that …`: the verb's adjunct, not a cue of its own.
        let in_adjunct = (i.saturating_sub(3)..i).any(|k| self.word_is(k, words!["in"]))
            && i > sentence.start
            && self.is(i - 1, Flags::DET | Flags::POSS);
        // (`a request for comment`: a reporter's question, no position.)
        let for_comment = self.word_is(i + 1, words!["for"])
            && self.word_is(i + 2, words!["comment", "comments"]);
        // (`There is no evidence that …`: the writer's word that nobody
        // holds it.)
        let denied = i > 0 && self.word_is(i - 1, words!["no"]);
        if in_adjunct || for_comment || denied {
            return false;
        }
        let noun = lexicon().noun(index);
        // Owner: `X's claim`, `claims from X`, `a report by X`.
        let mut owner: Option<Range<usize>> = None;
        let mut k = i + 1;
        // (`a report in the North Country Ledger that …`: a publication's
        // name after `in` owns it too.)
        let published_in = self.word_is(k, words!["in"])
            && self.word_is(k + 1, words!["the"])
            && self.doc.capital_at(k + 2);
        if self.word_is(k, words!["from", "by", "of"]) || published_in {
            if let Some(np) = self
                .np_right_until_that(k + 1, sentence.end)
                .filter(|np| !published_in || self.word_is(np.end, words!["that"]))
            {
                owner = Some(np.clone());
                k = np.end;
            }
        }
        // (`the department's initial claim that …`: past a modifier or two.)
        let possessed = (i.saturating_sub(3).max(sentence.start)..i)
            .rev()
            .take_while(|&m| {
                m + 1 == i
                    || self.doc.is_word(m + 1)
                        && !self.doc.capitalized(m + 1)
                        && !self.is(m + 1, Flags::DET | Flags::PREP | Flags::CONJ | Flags::POSS)
                        && self.cue_verb(m + 1).is_none_or(|(_, f)| {
                            matches!(f, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                        })
            })
            .find(|&m| self.doc.norm_is(m, "'s") || self.is(m, Flags::POSS));
        if owner.is_none()
            && possessed.is_some_and(|m| m > sentence.start && self.doc.norm_is(m, "'s"))
        {
            owner = possessed.and_then(|m| self.np_left(m, sentence.start));
        }
        // `his assertion that …`: the possessive is the owner.
        if owner.is_none() {
            owner = possessed
                .filter(|&m| self.is(m, Flags::POSS))
                .map(|m| m..m + 1);
        }
        if owner.is_none() {
            // (`There were reports that …`: an expletive owns nothing.)
            owner = self
                .light_verb_subject(i, sentence.start)
                .filter(|o| !(o.len() == 1 && self.word_is(o.start, words!["there", "it"])));
        }
        // `Democrats pointed to rising costs as evidence that …`: the
        // subject offers it.
        let as_before = if i > sentence.start && self.word_is(i - 1, words!["a", "an"]) {
            i - 1
        } else {
            i
        };
        if owner.is_none()
            && as_before > sentence.start + 1
            && self.word_is(as_before - 1, words!["as"])
            && self.word_is(i + 1, words!["that"])
        {
            owner = self.main_subject(sentence.start, as_before - 1);
        }
        // `The senator's message to supporters was blunt: “…”`, `Her
        // verdict: the plan is dead.`: the owner's words after a colon.
        if owner.is_some() {
            let colon = (i + 1..sentence.end.min(i + 8)).find(|&c| self.punct(c, ':'));
            let plain = colon
                .is_some_and(|c| (i + 1..c).all(|j| self.doc.is_word(j) && !self.is_cue_verb(j)));
            if let Some(colon) = colon.filter(|_| plain) {
                let content = self.clause_right(colon + 1, sentence.end);
                if content.len() >= 2 {
                    self.push_clause(content, i..i + 1, owner, noun.stance);
                    return true;
                }
            }
        }
        // `The union's position is that …`, `The rumor is that …`: the
        // noun's content after `be`.
        if (owner.is_some() || speaking_noun(noun.stance) && i <= sentence.start + 1)
            && self.word_is(k, words!["is", "was", "remains"])
            && self.word_is(k + 1, words!["that"])
        {
            k += 1;
        }
        if !self.word_is(k, words!["that"]) {
            return self.noun_complement(i, k, owner, noun.stance, sentence);
        }
        // `a proposal that would fund the government`: a relative clause
        // (its subject the noun), no content.
        // (`an answer that drew groans`: an irregular past, or a verb of
        // drawing a reaction, too.)
        if self.is(k + 1, Flags::MODAL | Flags::AUX | Flags::PAST)
            || self.is(k + 1, Flags::TARGET) && !self.doc.norm_ends_with(k + 1, "ing")
            || self.unknown_past(k + 1)
            || self
                .cue_verb(k + 1)
                .is_some_and(|(_, f)| f.shows_finite() && !self.is(k + 1, Flags::PRON))
        {
            return false;
        }
        // `a claim that aides disputed`, `remarks that critics described as
        // …`: the noun is the object of the clause's verb (a gap relative).
        let gap = self.np_right(k + 1, sentence.end).is_some_and(|np| {
            let v = np.end;
            self.cue_verb(v).is_some_and(|(verb, f)| {
                f.shows_finite() && (verb.frames.np || verb.frames.as_phrase)
            }) && (v + 1 >= sentence.end
                || self.is_terminal(v + 1)
                || self.punct(v + 1, ',')
                || self.word_is(v + 1, words!["as"]))
        });
        if gap {
            return false;
        }
        let content = self.clause_right(k + 1, sentence.end);
        let content = self.before_main_verb(i, content, 1, sentence.start);
        let content = content.start..self.opening_adjunct_end(sentence, &content);
        if content.is_empty() {
            return false;
        }
        let source = owner.or_else(|| speaking_noun(noun.stance).then_some(i..i + 1));
        self.push_clause(content, i..i + 1, source, noun.stance);
        true
    }

    /// Whether the clause at `start` opens with a participle and its
    /// complement (`Asked about`, `Speaking to`, `Reached by`), not a
    /// modifier (`Concerned residents`).
    fn opening_participle(&self, start: usize) -> bool {
        (self.past_participle(start)
            || self
                .cue_verb(start)
                .is_some_and(|(_, form)| form == VerbForm::Gerund))
            && (self.is(
                start + 1,
                Flags::PREP | Flags::TIME | Flags::SUB | Flags::WH,
            ) || self.word_is(start + 1, words!["whether", "if"]))
    }

    /// Where a content inside a sentence's opening participle ends: at the
    /// comma before the main clause (`Asked about the White House's claim
    /// that the file was incomplete, Harcourt said …`).
    fn opening_adjunct_end(&self, sentence: &Range<usize>, content: &Range<usize>) -> usize {
        if !self.opening_participle(sentence.start) {
            return content.end;
        }
        (content.start + 1..content.end)
            .find(|&c| self.punct(c, ',') && self.subject_then_verb(&(c + 1..sentence.end)))
            .unwrap_or(content.end)
    }

    /// A nominal cue's content without `that`: an intention's infinitive or
    /// `for`-phrase (`the church's requests to take down the video`, `calls
    /// for an inquiry`) or a belief's bare clause (`over fears it would
    /// amount to an amnesty`).
    fn noun_complement(
        &mut self,
        noun: usize,
        k: usize,
        owner: Option<Range<usize>>,
        stance: Stance,
        sentence: &Range<usize>,
    ) -> bool {
        let content = match stance {
            Stance::Intend if self.infinitive_at(k, sentence.end) => {
                self.clause_right(k, sentence.end)
            }
            Stance::Intend if self.word_is(k, words!["for"]) && owner.is_some() => {
                self.np_content(k + 1, sentence.end, false)
            }
            Stance::Believe | Stance::Question
                if self.looks_like_clause(k, sentence.end)
                    && self.subject_then_verb(&(k..sentence.end)) =>
            {
                self.clause_right(k, sentence.end)
            }
            // `has drawn praise for helping the girls`: an attitude of unnamed
            // people toward what its target did.
            Stance::Praise | Stance::Criticize
                if owner.is_none()
                    && self.word_is(k, words!["for"])
                    && self.attitude_target_verb(noun, sentence.start).is_some() =>
            {
                self.np_content(k + 1, sentence.end, false)
            }
            // `raised concerns about the noise`, `voiced doubts over the plan`,
            // `took offense at the remark`.
            Stance::Believe | Stance::Question | Stance::Criticize
                if owner.is_some() && self.word_is(k, words!["about", "over", "at", "with"]) =>
            {
                self.np_content(k + 1, sentence.end, false)
            }
            // `The plan drew criticism from Democrats`: the attitude's
            // target is the subject of the verb before it.
            Stance::Praise | Stance::Criticize if owner.is_some() => {
                let Some(verb) = self.attitude_target_verb(noun, sentence.start) else {
                    return false;
                };
                let mut k = verb;
                while k > sentence.start && self.is(k - 1, Flags::AUX | Flags::MODAL | Flags::ADV) {
                    k -= 1;
                }
                let Some(target) = self.np_left(k, sentence.start) else {
                    return false;
                };
                self.push(ClaimKind::Reported, target, noun..noun + 1, owner, stance);
                return true;
            }
            _ => return false,
        };
        let content = self.before_main_verb(noun, content, 0, sentence.start);
        if content.len() < 2 {
            return false;
        }
        let kind = self.kind_for(&content, ClaimKind::Reported);
        let source = owner.or_else(|| speaking_noun(stance).then_some(noun..noun + 1));
        self.push(kind, content, noun..noun + 1, source, stance);
        true
    }

    /// A verb like `drew` or `won` before the attitude noun at `noun`, over
    /// `both`, a determiner and up to two modifiers.
    fn attitude_target_verb(&self, noun: usize, start: usize) -> Option<usize> {
        let mut j = noun;
        for _ in 0..4 {
            if j <= start {
                return None;
            }
            let p = j - 1;
            if self.is(p, Flags::TARGET) {
                return Some(p);
            }
            let modifier = self.is(p, Flags::DET | Flags::QUANT)
                || self.word_is(p, words!["both"])
                || self.doc.is_word(p) && !self.doc.capitalized(p) && self.doc.unknown(p);
            if !modifier {
                return None;
            }
            j = p;
        }
        None
    }

    /// The subject of a light verb whose object is the nominal cue at `noun`:
    /// `Critics have raised doubts that …`, `Residents voiced concerns about …`.
    fn light_verb_subject(&self, noun: usize, start: usize) -> Option<Range<usize>> {
        let mut v = noun;
        // Over the object's determiner and up to two modifiers.
        for _ in 0..3 {
            if v <= start {
                return None;
            }
            if self.is(v - 1, Flags::LIGHT) {
                break;
            }
            // (`has faced doubts`: a past form is a verb, not a modifier.)
            let modifier = self.is(v - 1, Flags::DET | Flags::QUANT)
                || self.doc.is_plain_word(v - 1)
                    && !self.doc.capitalized(v - 1)
                    && self.doc.unknown(v - 1)
                    && !self.doc.norm_ends_with(v - 1, "ed");
            if !modifier {
                return None;
            }
            v -= 1;
        }
        let verb = v
            .checked_sub(1)
            .filter(|&p| p >= start && self.is(p, Flags::LIGHT))?;
        let k = self.before_auxiliaries(verb, start);
        // (`Lobbyists, several of whom …, expressed concern`: across inserts.)
        let subject = self
            .np_left(k, start)
            .or_else(|| self.subject_across_insert(k, start))
            .or_else(|| self.subject_across_inserts(k, start))?;
        self.is_nameable(&subject).then_some(subject)
    }

    /// A nominal cue in its sentence's subject has its content end where
    /// the main clause's verb begins: `The church's requests to take down
    /// the video were ignored`, `The claim that he lied was false`. `own`
    /// is how many verb groups the content has of its own (an infinitive
    /// none, a that-clause one).
    fn before_main_verb(
        &self,
        noun: usize,
        content: Range<usize>,
        own: usize,
        start: usize,
    ) -> Range<usize> {
        if self.has_finite_verb(&(start..noun)) {
            return content; // the noun is an object: its content runs on
        }
        // (`that no charges were filed`: a noun after `no` or a quantity.)
        let verb_like = |j: usize| {
            self.is(j, Flags::AUX | Flags::MODAL | Flags::PAST)
                || self
                    .cue_verb(j)
                    .is_some_and(|(_, f)| !matches!(f, VerbForm::Gerund | VerbForm::Base))
                    && !self.is(j - 1, Flags::DET | Flags::POSS | Flags::QUANT)
                    && !self.word_is(j - 1, words!["no"])
                || self.unknown_past(j)
        };
        let mut groups = 0;
        let mut in_group = false;
        for j in content.start + 1..content.end {
            if verb_like(j) {
                if !in_group {
                    let coordinated = self.is(j - 1, Flags::CONJ) || self.punct(j - 1, ',');
                    if groups == own && !coordinated && j > content.start + 1 {
                        return content.start..j;
                    }
                    groups += 1;
                }
                // An auxiliary's group goes on to its verb (`had filed`).
                in_group = self.is(j, Flags::AUX | Flags::MODAL);
            } else if !self.is(j, Flags::ADV | Flags::NEG) {
                in_group = false;
            }
        }
        content
    }

    fn is_noun_context(&self, i: usize, start: usize) -> bool {
        i == start
            || self.is(
                i - 1,
                Flags::DET | Flags::POSS | Flags::PREP | Flags::SUB | Flags::QUANT | Flags::LIGHT,
            )
            || self.doc.norm_is(i - 1, "'s")
            // (`the department's initial claim`, `his repeated assertion`: an
            // adjective after the determiner; not a plural subject, `the
            // farmers claim`.)
            || i >= start + 2
                && (self.is(i - 2, Flags::DET | Flags::POSS) || self.doc.norm_is(i - 2, "'s"))
                && {
                    let t = &self.doc.tokens[i - 1];
                    t.is_plain_word()
                        && !t.capitalized
                        && !self.doc.norm_ends_with(i - 1, "s")
                        && (t.info.is_none()
                            || self.cue_verb(i - 1).is_some_and(|(_, f)| {
                                matches!(f, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                            }))
                }
            // `There were reports that …`, `there have also been claims`.
            || (start..i)
                .rev()
                .take(4)
                .find(|&k| {
                    !self.word_is(k, BE)
                        && !self.word_is(k, words!["have", "has", "had"])
                        && !self.is(k, Flags::ADV)
                })
                .is_some_and(|k| k + 1 < i && self.word_is(k, words!["there"]))
    }

    fn push(
        &mut self,
        kind: ClaimKind,
        content: Range<usize>,
        cue: Range<usize>,
        source: Option<Range<usize>>,
        stance: Stance,
    ) {
        self.push_parts(kind, content, Vec::new(), cue, source, stance);
    }

    /// Like `push`, for a clause: indirect speech, or the quotation it is.
    fn push_clause(
        &mut self,
        content: Range<usize>,
        cue: Range<usize>,
        source: Option<Range<usize>>,
        stance: Stance,
    ) {
        let kind = self.kind_for(&content, ClaimKind::Indirect);
        self.push(kind, content, cue, source, stance);
    }

    /// Like `push`, for a content in pieces around its frame (`parts`, in
    /// order inside `content`; empty for a content in one piece).
    fn push_parts(
        &mut self,
        kind: ClaimKind,
        content: Range<usize>,
        parts: Vec<Range<usize>>,
        cue: Range<usize>,
        source: Option<Range<usize>>,
        stance: Stance,
    ) {
        let content = self.within_opening_clause(content, &cue);
        // (`The agreement, announced Tuesday at the Capitol, would …`: a day
        // is no source.)
        let timed = source
            .as_ref()
            .is_some_and(|s| s.clone().all(|k| self.is(k, Flags::TIME)));
        // (`What we could do was to … figure out …`: nor is a question word.)
        let question_word = source.as_ref().is_some_and(|s| {
            s.len() == 1 && self.word_is(s.start, words!["what", "whatever", "which"])
        });
        if content.is_empty() || timed || question_word || self.found_in_a_state(&content, &cue) {
            return;
        }
        self.found.push(Attribution {
            kind,
            content,
            cue,
            source,
            continues: None,
            stance,
            parts,
        });
    }

    /// Whether `found` reports a discovery, not a finding: what was found
    /// in the state it was found in (`found the woman dead in her flat`,
    /// `a van found burnt out near the farm`).
    fn found_in_a_state(&self, content: &Range<usize>, cue: &Range<usize>) -> bool {
        content.start == cue.end
            && self
                .cue_verb(cue.start)
                .is_some_and(|(v, _)| DISCOVERY_VERBS.has(v.lemma))
            && (cue.end..content.end.min(cue.end + 6)).any(|k| self.word_is(k, FOUND_STATES))
    }

    /// A claim credited by the article's layout (a credit line, a pull
    /// quote's or a post's signature): asserted, in one piece, pushed as found.
    fn push_credit(
        &mut self,
        kind: ClaimKind,
        content: Range<usize>,
        cue: Range<usize>,
        source: Range<usize>,
    ) {
        self.found.push(Attribution {
            kind,
            content,
            cue,
            source: Some(source),
            continues: None,
            stance: Stance::Assert,
            parts: Vec::new(),
        });
    }

    /// A frame inside a sentence's opening subordinate clause keeps its
    /// content inside that clause: `Though YouTube is complying with the
    /// church's requests to take down the video, other sites …`.
    fn within_opening_clause(&self, content: Range<usize>, cue: &Range<usize>) -> Range<usize> {
        let s = self.doc.sentence_of(cue.start);
        let Some(sentence) = self.doc.sentences.get(s).map(|s| s.tokens.clone()) else {
            return content;
        };
        let opener = self
            .doc
            .tokens
            .get(sentence.start)
            .is_some_and(|t| t.capitalized)
            && self.word_is(
                sentence.start,
                words![
                    "though", "although", "while", "whereas", "because", "since", "if", "unless",
                    "when"
                ],
            );
        if !opener {
            return content;
        }
        let comma = (sentence.start..sentence.end.min(sentence.start + MAX_CONTENT))
            .find(|&c| self.punct(c, ',') && self.quotes.at(c).is_none());
        match comma {
            Some(c) if cue.end <= c && content.start < c && content.end > c => content.start..c,
            _ => content,
        }
    }

    /// A pull quote: a paragraph whose last line credits the rest to a
    /// named person (`… Space Shuttle Program. Charles Bolden, NASA
    /// Administrator`). The line is a name, a comma and a short role, with
    /// no verb and no closing stop.
    fn credit_lines(&mut self) {
        let mut before = 0..0;
        for paragraph in &self.doc.paragraphs {
            let sentences = paragraph.sentences.clone();
            if sentences.is_empty() {
                continue;
            }
            let start = self.doc.sentences[sentences.start].tokens.start;
            let end = self.doc.sentences[sentences.end - 1].tokens.end;
            // `Unfit to serve! — Donald J. Trump (@realDonaldTrump) October 9,
            // 2016`: an embedded post's signature credits the words before it
            // (or the paragraph before, when it stands alone).
            let paragraph_before = std::mem::replace(&mut before, start..end);
            if let Some((dash, name_end)) = (start..end).find_map(|d| self.post_signature(d)) {
                let body = if dash == start {
                    paragraph_before
                } else {
                    start..dash
                };
                if !body.is_empty() && !self.found.iter().any(|a| overlaps(&a.content, &body)) {
                    self.push_credit(
                        ClaimKind::DirectQuote,
                        body,
                        dash..dash + 1,
                        dash + 1..name_end,
                    );
                }
                continue;
            }
            // `“Gas prices doubled.” — Hartwell`: a pull quote's credit.
            let dash =
                (end.saturating_sub(5)..end).find(|&k| self.punct(k, '—') || self.punct(k, '–'));
            if let Some(dash) = dash.filter(|&d| {
                d > start
                    && d + 1 < end
                    && self
                        .quotes
                        .at(d - 1)
                        .is_some_and(|q| q.open == start && q.last == d - 1)
                    && (d + 1..end).all(|k| self.doc.capitalized(k) && self.doc.is_plain_word(k))
                    && !self.found.iter().any(|a| a.content.start == start)
            }) {
                let body = start..dash;
                let kind = self.kind_for(&body, ClaimKind::DirectQuote);
                self.push_credit(kind, body, dash..dash + 1, dash + 1..end);
                continue;
            }
            if sentences.len() < 2 {
                continue;
            }
            let line = self.doc.sentences[sentences.end - 1].tokens.clone();
            let body = start..self.doc.sentences[sentences.end - 2].tokens.end;
            let Some(comma) = self.first_comma(line.start..line.end.min(line.start + 5)) else {
                continue;
            };
            let name = line.start..comma;
            let role = comma + 1..line.end;
            let credit = name.len() >= 2
                && name
                    .clone()
                    .all(|k| self.doc.capitalized(k) && self.doc.is_plain_word(k))
                && !role.is_empty()
                && role.len() <= 10
                && self.doc.capitalized(role.start)
                && !self.is_terminal(line.end - 1)
                && !role.clone().any(|k| {
                    self.is(k, Flags::AUX | Flags::MODAL | Flags::PAST | Flags::PRON)
                        || self.cue_verb(k).is_some_and(|(_, f)| f != VerbForm::Base)
                });
            // (The search of every claim last: it makes a long text's pass
            // quadratic when asked of every paragraph.)
            if !credit
                || !self.is_terminal(body.end - 1) && !self.doc.is_quote(body.end - 1)
                || self.found.iter().any(|a| overlaps(&a.content, &body))
            {
                continue;
            }
            let kind = self.kind_for(&body, ClaimKind::Indirect);
            self.push_credit(kind, body, line.clone(), name);
        }
    }

    /// The dash at `d` and the end of the name after it, if they open a
    /// post's signature: a name of capitalized words, then the account's
    /// handle in parentheses, `(@realDonaldTrump)`.
    fn post_signature(&self, d: usize) -> Option<(usize, usize)> {
        if !(self.punct(d, '—') || self.punct(d, '–')) {
            return None;
        }
        let paren = (d + 1..d + 7).find(|&k| !self.doc.capital_at(k))?;
        (paren > d + 1
            && self.punct(paren, '(')
            && self.punct(paren + 1, '@')
            && self.punct(paren + 3, ')'))
        .then_some((d, paren))
    }

    /// A quotation with no frame of its own continues the speaker of the
    /// nearest quotation before it in its paragraph or the one before:
    /// `“…,” she said. “…”`.
    /// `“So far, it's the Internet: 1.” - Matthew Ingram`: a quotation
    /// credited after a dash, the credit closing its sentence.
    fn credited_quotes(&mut self) {
        for quote in &self.quotes.quotes {
            let dash = quote.last + 1;
            // (A headline in a list of references ends with no stop.)
            let credited = quote.close.is_some()
                && quote.inner().len() >= 3
                && self.is_full_quote(quote.open, quote.last)
                && self.is_terminal(quote.last - 1)
                && ['-', '—', '–'].iter().any(|&c| self.punct(dash, c));
            if !credited {
                continue;
            }
            // (The credit ends its line: `- Matthew Ingram` and the next
            // paragraph's `Writing in a blog post` are no one phrase.)
            let reach = self.doc.tokens.len().min(dash + 1 + MAX_PHRASE);
            let end = (dash + 2..reach)
                .find(|&k| self.doc.line_break_before(k))
                .unwrap_or(reach);
            let Some(source) = self.np_right(dash + 1, end) else {
                continue;
            };
            let closes = source.end >= self.doc.tokens.len()
                || self.is_terminal(source.end)
                || self.doc.starts_sentence_at(source.end);
            if closes
                && self.doc.capitalized(source.start)
                && !self
                    .found
                    .iter()
                    .any(|a| overlaps(&a.content, &(quote.open..dash)))
            {
                self.push_credit(
                    ClaimKind::DirectQuote,
                    quote.open..dash,
                    dash..dash + 1,
                    source,
                );
            }
        }
    }

    fn continue_speakers(&mut self) {
        let mut claimed = vec![false; self.quotes.quotes.len()];
        // (A speaker's own frame inside a quotation claims none of it.)
        for a in self
            .found
            .iter()
            .filter(|a| !self.inside_quote(a.cue.start))
        {
            for k in a.content.clone() {
                if let Some(q) = self.quotes.index_at(k) {
                    claimed[q] = true;
                }
            }
        }
        sort_by_position(&mut self.found, &|a| (a.content.start, 0));
        // One sweep: `latest` is the last attribution ending before the quote.
        let mut next = 0;
        let mut latest: Option<usize> = None;
        for (q, quote) in self.quotes.quotes.iter().enumerate() {
            while next < self.found.len() && self.found[next].content.end <= quote.open {
                // Of two ending together the outer frame (`Heald noted the
                // findings show …`) is the speaker: it started first.
                let newer =
                    latest.is_none_or(|l| self.found[next].content.end > self.found[l].content.end);
                // (`“…,” said Ana Ruiz, who directs a group that has endorsed
                // her. “…”`: a report told inside the quoting sentence leaves
                // the quotation to its speaker.)
                let quoting = |a: &Attribution| {
                    matches!(a.kind, ClaimKind::DirectQuote | ClaimKind::PartialQuote)
                };
                let told_inside = latest.is_some_and(|l| {
                    let (outer, inner) = (&self.found[l], &self.found[next]);
                    quoting(outer)
                        && !quoting(inner)
                        && self.doc.sentence_of(inner.cue.start)
                            == self.doc.sentence_of(outer.cue.start)
                        && outer.cue.start < inner.cue.start
                });
                if newer && !told_inside {
                    latest = Some(next);
                }
                next += 1;
            }
            if claimed[q] || quote.inner().len() < 3 || !self.is_full_quote(quote.open, quote.last)
            {
                continue;
            }
            let Some(previous) = latest else { continue };
            let a = &self.found[previous];
            // A quotation goes on with the speaker of its own paragraph
            // (`Heald noted the findings show … “An air-quality cleanup …”`),
            // or of the paragraph before when that one ended quoting them.
            let paragraphs_apart = self
                .doc
                .paragraph_of(quote.open)
                .saturating_sub(self.doc.paragraph_of(a.content.start));
            let quoted = matches!(a.kind, ClaimKind::DirectQuote | ClaimKind::PartialQuote);
            // A sentence of the speaker's: it opens a sentence and stops
            // (`.”` or `”.`), unlike a title or a headline.
            let own_sentence = (self.doc.starts_sentence_at(quote.open)
                || quote.open > 0 && self.punct(quote.open - 1, ':')
                || self.joined_to_frame(a, quote.open))
                && [quote.last - 1, quote.last + 1]
                    .iter()
                    .any(|&k| self.is_terminal(k) || self.punct(k, ','));
            let speaker = paragraphs_apart <= 1 && a.source.is_some() && own_sentence
                || paragraphs_apart == 1 && quoted && self.doc.starts_sentence_at(quote.open);
            if !speaker {
                continue;
            }
            let continuation = Attribution {
                kind: ClaimKind::DirectQuote,
                content: quote.open..quote.last + 1,
                cue: a.cue.clone(),
                source: a.source.clone(),
                continues: Some(previous),
                stance: a.stance,
                parts: Vec::new(),
            };
            // A run of quotes continues the same speaker.
            self.found.push(continuation);
            latest = Some(self.found.len() - 1);
        }
    }

    /// `“…,” it added; and, later, “…”`: a quotation joined by `and` (or
    /// `then`) to the frame just before it, with only time words between,
    /// shares the frame's verb.
    fn joined_to_frame(&self, a: &Attribution, open: usize) -> bool {
        let frame_end = a.cue.end.max(a.source.as_ref().map_or(0, |s| s.end));
        if frame_end <= a.content.end || frame_end >= open || open - frame_end > 6 {
            return false;
        }
        let between = frame_end..open;
        between
            .clone()
            .any(|k| self.word_is(k, words!["and", "then"]))
            && between.clone().all(|k| {
                self.punct(k, ',')
                    || self.punct(k, ';')
                    || self.word_is(k, words!["and", "then", "later"])
            })
    }
}

/// Whether an ownerless nominal cue stands for its unnamed source (`amid
/// reports that …`: the reports say it) rather than for a state of unnamed
/// minds (`amid fears that …`, `drew praise for …`), which names nobody.
fn speaking_noun(stance: Stance) -> bool {
    !matches!(
        stance,
        Stance::Believe | Stance::Intend | Stance::Question | Stance::Praise | Stance::Criticize
    )
}

/// The stance of a verb's stance word, turned by negation.
fn stance_of(stance: Stance, negated: bool) -> Stance {
    if !negated {
        return stance;
    }
    match stance {
        Stance::Deny => Stance::Question,
        Stance::Praise => Stance::Criticize,
        Stance::Intend => Stance::Deny,
        _ => Stance::Deny,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::find_quotes;

    /// (kind, content, cue, source) of each attribution.
    fn frames(text: &str) -> Vec<(ClaimKind, String, String, String)> {
        let doc = Document::new(text);
        let quotes = find_quotes(&doc);
        link(&doc, &quotes)
            .into_iter()
            .map(|a| {
                (
                    a.kind,
                    doc.slice(a.content.clone()).to_owned(),
                    doc.slice(a.cue.clone()).to_owned(),
                    a.source
                        .map(|s| doc.slice(s).to_owned())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (ClaimKind, String, String, String) {
        let found = frames(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn a_second_clause_with_a_set_off_name_has_its_own_subject() {
        let found = frames(
            "The association, which represents 1,500 officers, warned that the rule was unlawful, \
             and its president, Kevin Doyle, said the group would sue.",
        );
        assert_eq!(found[1].3, "its president, Kevin Doyle");
    }

    #[test]
    fn an_adjectives_subject_is_whole_past_its_relative_clause() {
        let (_, _, _, source) =
            one("Some residents who packed the chamber were skeptical that the plan would work.");
        assert_eq!(source, "Some residents who packed the chamber");
        let found = frames(
            "Ann Roe, an economist at Carver College who has been critical of large wage \
             increases, says the cities differ.",
        );
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            (
                "large wage increases",
                "Ann Roe, an economist at Carver College"
            )
        );
    }

    #[test]
    fn the_speakers_carried_on_belief_and_confidence_nest_in_a_quotation() {
        for (text, cue, content) in [
            (
                "“We continue to believe the deal will lower costs,” Okafor said.",
                "believe",
                "the deal will lower costs",
            ),
            (
                "“We remain confident that the facts are on our side,” Okafor said.",
                "confident",
                "the facts are on our side",
            ),
        ] {
            let found = frames(text);
            assert_eq!(
                (
                    found[1].2.as_str(),
                    found[1].1.as_str(),
                    found[1].3.as_str()
                ),
                (cue, content, "We")
            );
        }
        // (Not a third person's confidence the speaker tells of.)
        assert_eq!(
            frames("“They are confident that it works,” Okafor said.").len(),
            1
        );
    }

    #[test]
    fn a_pair_with_inserts_before_a_floating_both_is_the_subject() {
        for (text, source) in [
            (
                "Professor Marja Kallio, an endocrinologist, and Dr. Sanna Heikkinen, who runs a \
                 clinic, both reported a rise in calls.",
                "Professor Marja Kallio, an endocrinologist, and Dr. Sanna Heikkinen, who runs a clinic",
            ),
            (
                "Marsh and Dr. Simon Ellery, a consultant, both stressed that the risk was low.",
                "Marsh and Dr. Simon Ellery, a consultant",
            ),
        ] {
            let (_, _, _, found) = one(text);
            assert_eq!(found, source, "{text}");
        }
    }

    #[test]
    fn an_unknown_verb_before_a_bare_plural_and_its_preposition_makes_a_clause() {
        let (_, content, _, source) =
            one("Food safety advocates say the outbreak exposes gaps in the inspection of farms.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "the outbreak exposes gaps in the inspection of farms",
                "Food safety advocates"
            )
        );
    }

    #[test]
    fn neither_confirm_nor_deny_is_one_frame_and_disagree_takes_with() {
        let (_, content, cue, source) = one(
            "A spokesman for the ministry would neither confirm nor deny that talks had taken place.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "talks had taken place",
                "neither confirm nor deny",
                "A spokesman for the ministry"
            )
        );
        let (_, content, _, _) = one("Dr. Fergal Doyle, a co-author, disagreed with that view.");
        assert_eq!(content, "that view");
    }

    #[test]
    fn asked_that_is_a_request_of_whoever_the_relative_speaks_of() {
        let (_, content, _, source) =
            one("He asked that the location of his home not be published.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the location of his home not be published", "He")
        );
        assert!(frames("She asked that question twice.").is_empty());
        let found = frames(
            "“It is bad,” said a doctor at the hospital, reached through a messaging app, who \
             asked that her name not be published.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].3, "a doctor at the hospital", "{found:?}");
    }

    #[test]
    fn two_modifiers_joined_by_and_share_their_head() {
        let (_, content, _, source) =
            one("Seven people died on Friday, the country's search and rescue agency said.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "Seven people died on Friday",
                "the country's search and rescue agency"
            )
        );
    }

    #[test]
    fn a_long_adjunct_with_a_participle_before_that_is_skipped() {
        let (_, content, _, _) = one(
            "Pomare said in a video posted to his Facebook page on Monday that the tax was unfair.",
        );
        assert_eq!(content, "the tax was unfair");
    }

    #[test]
    fn a_frame_set_into_a_sentence_after_a_subordinate_opening_keeps_both_parts() {
        let (_, content, cue, _) =
            one("During the 2023 campaign, Pomare noted, the party promised lower taxes.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            (
                "During the 2023 campaign, Pomare noted, the party promised lower taxes",
                "noted"
            )
        );
    }

    #[test]
    fn a_lowercase_particle_may_open_a_name() {
        for (text, source) in [
            ("“It was loud,” de Vries said.", "de Vries"),
            ("Seven people died, van der Berg said.", "van der Berg"),
        ] {
            let (_, _, _, found) = one(text);
            assert_eq!(found, source, "{text}");
        }
    }

    #[test]
    fn in_what_another_source_called_ends_the_content() {
        let found = frames(
            "Belarus announced it was expelling the ambassador, in what the foreign ministry \
             described as a “mirror response.”",
        );
        assert_eq!(found[0].1, "it was expelling the ambassador", "{found:?}");
        assert!(
            found
                .iter()
                .any(|f| f.2 == "described" && f.3 == "the foreign ministry"),
            "{found:?}"
        );
    }

    #[test]
    fn a_plural_in_s_before_its_verb_is_the_subject() {
        for (text, source) in [
            (
                "Gulf states said on Tuesday that they would raise output.",
                "Gulf states",
            ),
            ("Western states have said they would sue.", "Western states"),
            (
                "Member states agreed that the plan was unfair.",
                "Member states",
            ),
        ] {
            let (_, content, _, found) = one(text);
            assert_eq!(found, source, "{text}");
            assert!(!content.starts_with("that"), "{text}: {content}");
        }
        // (`Pentagon documents show`: a plural noun before its present.)
        let (_, content, cue, source) = one("Pentagon documents show that he paid the fine.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("he paid the fine", "show", "Pentagon documents")
        );
        // (A relative's gap after its own subject: `what it says are`.)
        let (_, content, cue, source) =
            one("The party posted photos of what it says are original tally sheets.");
        assert_eq!((cue.as_str(), source.as_str()), ("says", "it"));
        assert_eq!(content, "are original tally sheets");
    }

    #[test]
    fn another_standing_alone_is_one_more_source() {
        let found = frames("One analyst said the deal was dead. Another said it could be revived.");
        let second = &found[1];
        assert_eq!(
            (second.1.as_str(), second.3.as_str()),
            ("it could be revived", "Another")
        );
        // (Not a determiner before its noun inside a sentence.)
        let (_, _, _, source) = one("She said another vote was due.");
        assert_eq!(source, "She");
    }

    #[test]
    fn a_quotation_ending_the_writers_clause_is_part_of_the_content() {
        let (kind, content, _, source) =
            one("The editor was jailed for “spreading false news,” his lawyer said.");
        assert_eq!(kind, ClaimKind::PartialQuote);
        assert_eq!(content, "The editor was jailed for “spreading false news,”");
        assert_eq!(source, "his lawyer");
        // A quotation opening its sentence is the content alone.
        let (_, content, _, _) = one("“We will win,” she said.");
        assert_eq!(content, "“We will win,”");
        // A claim a noun owns nests in it.
        let found = frames(
            "Lowe’s assertion that he was the victim of a smear was “insulting,” Hale said.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "Lowe’s assertion that he was the victim of a smear was “insulting,”",
                "he was the victim of a smear"
            ]
        );
    }

    #[test]
    fn a_nouns_third_person_verb_opening_a_sentence_takes_its_clause() {
        let (kind, content, cue, source) = one("The opposition claims the vote was rigged.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (
                ClaimKind::Indirect,
                "the vote was rigged",
                "claims",
                "The opposition"
            )
        );
        // After a preposition, a noun: `amid the opposition claims`.
        assert!(frames("Amid the opposition claims the vote went ahead.").is_empty());
        // After an appositive, with a clause after it, a verb.
        let (_, content, cue, source) =
            one("The director, Anne Walsh, hopes the show will draw crowds.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "the show will draw crowds",
                "hopes",
                "The director, Anne Walsh"
            )
        );
        assert!(frames("He listed his fears, hopes and dreams.").is_empty());
    }

    #[test]
    fn a_verb_after_a_comma_and_shares_the_clauses_subject() {
        for text in [
            "Representatives of the three parties met on Monday, and said they had a deal.",
            "The minister toured the site, and later said it was safe.",
        ] {
            let (_, _, cue, source) = one(text);
            assert_eq!(cue, "said", "{text}");
            assert!(
                !source.contains(',') && text.starts_with(&source),
                "{text}: {source}"
            );
        }
    }

    #[test]
    fn minds_and_passive_tellings_nest_in_a_quotation() {
        // A third person's mind, with the clause or infinitive it holds.
        for (text, content, cue, source) in [
            (
                "“It is late, and Brent knows they are not bluffing,” the lobbyist said.",
                "they are not bluffing",
                "knows",
                "Brent",
            ),
            (
                "“He wants to take groceries away from a single mom,” she said.",
                "to take groceries away from a single mom",
                "wants",
                "He",
            ),
            // What the speaker was told, by no one named.
            (
                "“We were told this was a cut,” he said.",
                "this was a cut",
                "told",
                "",
            ),
            ("“I was told to wait,” she said.", "to wait", "told", ""),
        ] {
            let found = frames(text);
            assert!(
                found
                    .iter()
                    .any(|f| (f.1.as_str(), f.2.as_str(), f.3.as_str()) == (content, cue, source)),
                "{text}: {found:?}"
            );
        }
        // (Not a mind's object alone, nor a telling that is no one's passive.)
        for text in [
            "“They want a border that works,” he said.",
            "“He told a story about his father,” she said.",
            "“The kids were told stories,” she said.",
        ] {
            assert_eq!(frames(text).len(), 1, "{text}: {:?}", frames(text));
        }
    }

    #[test]
    fn state_after_a_demonym_is_no_verb() {
        let (_, _, cue, source) = one("Russian state broadcaster RT said the talks had ended.");
        assert_eq!(cue, "said");
        assert!(source.ends_with("broadcaster RT"), "{source}");
        let (_, content, _, source) = one("Queues formed outside the hall, state media said.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("Queues formed outside the hall", "state media")
        );
    }

    #[test]
    fn an_embedded_posts_signature_credits_its_words() {
        for text in [
            "Unfit to serve! #MAGA — Donald J. Trump (@realDonaldTrump) October 9, 2016",
            "Unfit to serve! #MAGA\n\n— Donald J. Trump (@realDonaldTrump) October 9, 2016",
        ] {
            assert_eq!(
                frames(text),
                [(
                    ClaimKind::DirectQuote,
                    "Unfit to serve! #MAGA".to_owned(),
                    "—".to_owned(),
                    "Donald J. Trump".to_owned()
                )],
                "{text}"
            );
        }
        // (A dash before a name with no handle is no post's.)
        assert!(frames("The vote is Tuesday — Donald J. Trump (R) leads.").is_empty());
    }

    #[test]
    fn the_whole_subject_stands_before_an_insert() {
        let (_, _, _, source) = one(
            "Aides to the senator, speaking on condition of anonymity, said he was unlikely \
             to endorse.",
        );
        assert_eq!(source, "Aides to the senator");
        // With a restrictive relative before the insert.
        let (_, content, _, source) = one(
            "One Republican who attended, granted anonymity to describe the session, said the \
             estimate was wrong.",
        );
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the estimate was wrong", "One Republican who attended")
        );
    }

    #[test]
    fn a_passive_agent_keeps_a_media_appositive() {
        assert_eq!(
            one("The leak was first reported by ByteWire, a technology news site.").3,
            "ByteWire, a technology news site"
        );
    }

    #[test]
    fn a_cited_documents_verb_keeps_its_clause_in_the_content() {
        let found = frames(
            "Abernathy cited a state audit showing that Meridian, which runs 61 schools, paid \
             more than $4 million.",
        );
        assert_eq!(
            found[0].1,
            "a state audit showing that Meridian, which runs 61 schools, paid more than $4 million"
        );
        assert_eq!(found[1].3, "a state audit");
        // (A nominal cue's own clause still is its own claim.)
        let found = frames("The governor rejected claims from the union that the plan would fail.");
        assert!(
            found
                .iter()
                .all(|f| !f.1.starts_with("claims from the union that")),
            "{found:?}"
        );
    }

    #[test]
    fn round_thirty_shapes_from_political_reporting() {
        // A verb of saying with a short phrase alone authored it, said nothing.
        let found = frames("Sen. Tom Lowe, who wrote the law, called the findings a list.");
        assert!(found.iter().all(|f| f.2 != "wrote"), "{found:?}");
        // A role's word before an appositive name is no verb.
        let (_, content, cue, source) = one(
            "In a letter to the chairwoman, the White House counsel, Gregory Tolliver, wrote \
             that the subpoena was overbroad.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "the subpoena was overbroad",
                "wrote",
                "the White House counsel, Gregory Tolliver"
            )
        );
        // A verb's form right after a preposition is a noun in the source.
        let (_, _, _, source) = one(
            "There is little appetite for a commission, two aides familiar with talks between \
             the parties said.",
        );
        assert_eq!(source, "two aides familiar with talks between the parties");
        // After a whole clause and its frame, a coordinated clause with a
        // frame of its own is no piece of the first content.
        let found = frames(
            "The bridge will reopen in May, officials said, and some warned that the work could slip.",
        );
        assert_eq!(found[0].1, "The bridge will reopen in May");
        assert_eq!(found[1].1, "the work could slip");
        // (One without a frame of its own still is: the same people say it.)
        let found = frames("Volumes had fallen, the letter said, and the hospital had lost money.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.ends_with("lost money"), "{found:?}");
    }

    #[test]
    fn a_day_a_compound_participle_or_a_name_called_frames_nothing() {
        for text in [
            "The agreement, announced Tuesday at the Capitol, would pay farmers $1 billion.",
            "She argued that Republican-led states offer the country a better model.",
            "The fight began when a group called Parents United filed suit.",
        ] {
            let found = frames(text);
            assert!(
                found
                    .iter()
                    .all(|f| !matches!(f.2.as_str(), "announced" | "states" | "called")),
                "{text}: {found:?}"
            );
        }
        // (Still a characterization: `called Lowe a liar`.)
        let (_, content, _, _) = one("The mayor called Lowe a liar.");
        assert_eq!(content, "Lowe a liar");
    }

    #[test]
    fn a_listener_keeps_the_noun_after_a_name() {
        let found =
            frames("“I want to get to yes,” Teague told reporters outside the Senate chamber.");
        assert_eq!(
            (found[0].0, found[0].1.as_str(), found[0].3.as_str()),
            (ClaimKind::DirectQuote, "“I want to get to yes,”", "Teague")
        );
    }

    #[test]
    fn a_saying_reported_in_a_quotation_nests_in_it() {
        let found = frames("“He says he’s fighting for us, but I doubt it,” said Ann Lowe.");
        assert!(
            found
                .iter()
                .any(|f| f.1 == "he’s fighting for us" && f.2 == "says" && f.3 == "He"),
            "{found:?}"
        );
        let found = frames("“They told me if I said no, my family would pay,” he said.");
        assert!(
            found.iter().any(|f| f.2 == "told" && f.3 == "They"),
            "{found:?}"
        );
        // A clause of a noun's subject after the listener; a base form
        // after a plural pronoun.
        for (text, content, cue) in [
            (
                "“Castellano told you these jobs were never coming back,” Whitcomb said.",
                "these jobs were never coming back",
                "told",
            ),
            (
                "“Every time, they tell us prices are next,” he said.",
                "prices are next",
                "tell",
            ),
        ] {
            let found = frames(text);
            assert!(
                found.iter().any(|f| f.1 == content && f.2 == cue),
                "{text}: {found:?}"
            );
        }
        // (No one in particular, nor a noun phrase after the verb, nor a
        // question word's clause, nor a generic `you`.)
        for text in [
            "“Whoever convinces them that he is careful wins,” she said.",
            "“He says a lot of things,” she said.",
            "“I told them what I’ll tell you,” he said.",
            "“You tell them the ambulance is an hour away, they do the math,” he said.",
        ] {
            assert_eq!(frames(text).len(), 1, "{text}: {:?}", frames(text));
        }
    }

    #[test]
    fn an_appositive_stands_between_an_object_and_its_as() {
        let (_, content, _, _) =
            one("He described Emberly, a two-term governor, as “the safest pair of hands.”");
        assert_eq!(
            content,
            "Emberly, a two-term governor, as “the safest pair of hands.”"
        );
        // A quoted characterization nests in what was said.
        let found = frames(
            "Two aides said he has described Emberly, a two-term governor, as “the safest pair of hands.”",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].3, "he");
    }

    #[test]
    fn an_agentless_passive_nests_in_what_was_said() {
        let found = frames("She said she was told the company was working on it.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("she was told the company was working on it", "She"),
                ("the company was working on it", "")
            ]
        );
    }

    #[test]
    fn what_one_points_to_is_the_content() {
        let (_, content, cue, source) =
            one("Akers pointed to a body of research finding that raises cost no jobs.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "a body of research finding that raises cost no jobs",
                "pointed",
                "Akers"
            )
        );
        // Not a figure's unit, nor a relative clause's gap.
        for text in [
            "The yield rose 4 basis points to 4.46% on Tuesday.",
            "It was a figure the campaign pointed to when asked about the claim.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_inverted_sources_modifier_takes_a_name_and_its_noun() {
        let (_, _, _, source) =
            one("“He is done,” said a Republican official involved in Senate races.");
        assert_eq!(source, "a Republican official involved in Senate races");
    }

    #[test]
    fn a_recording_heard_or_seen_frames_its_speakers_words() {
        for text in [
            "Mayhew can be heard telling donors that his opponent lied.",
            "In the video, Mayhew is seen saying that his opponent lied.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(
                (content.as_str(), source.as_str()),
                ("his opponent lied", "Mayhew"),
                "{text}"
            );
        }
    }

    #[test]
    fn direct_quote_source_after() {
        let (kind, content, cue, source) = one("“We will not retreat,” the mayor said.");
        assert_eq!(kind, ClaimKind::DirectQuote);
        assert_eq!(content, "“We will not retreat,”");
        assert_eq!((cue.as_str(), source.as_str()), ("said", "the mayor"));
    }

    #[test]
    fn direct_quote_inverted_with_appositive() {
        let (kind, _, _, source) = one("“We are exhausted,” said Ana Ruiz, a nurse.");
        assert_eq!(kind, ClaimKind::DirectQuote);
        assert_eq!(source, "Ana Ruiz, a nurse");
    }

    #[test]
    fn direct_quote_source_before() {
        let (kind, content, _, source) = one("The mayor said: “We will not retreat.”");
        assert_eq!(kind, ClaimKind::DirectQuote);
        assert_eq!(content, "“We will not retreat.”");
        assert_eq!(source, "The mayor");
    }

    #[test]
    fn indirect_speech_in_three_positions() {
        let (kind, content, _, source) = one("The ministry said that exports fell.");
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (ClaimKind::Indirect, "exports fell", "The ministry")
        );
        let (_, content, _, source) = one("Exports fell sharply, the ministry said.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("Exports fell sharply", "the ministry")
        );
        let (_, content, _, _) = one("Exports, the ministry said, fell.");
        assert_eq!(content, "Exports, the ministry said, fell");
        // (An adjunct after the frame's verb, then a predicate alone.)
        let (_, content, _, _) = one("The delay, the agency said in a statement, will add costs.");
        assert_eq!(
            content,
            "The delay, the agency said in a statement, will add costs"
        );
    }

    #[test]
    fn partial_quote() {
        let (kind, content, cue, _) = one("She called the plan “a disaster in slow motion.”");
        assert_eq!(kind, ClaimKind::PartialQuote);
        assert_eq!(cue, "called");
        assert_eq!(content, "the plan “a disaster in slow motion.”");
    }

    #[test]
    fn according_to_front_and_back() {
        let (kind, content, _, source) =
            one("According to court filings, the firm hid its losses.");
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (
                ClaimKind::AccordingTo,
                "the firm hid its losses",
                "court filings"
            )
        );
        // A number after a plain word is no appositive's: a verb's object.
        let (_, content, _, source) =
            one("According to NHK, the mission cost about 32 billion yen.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the mission cost about 32 billion yen", "NHK")
        );
        // A document of a name's: `a CNN poll`, not `CNN` and a content `poll, …`.
        let (_, content, _, source) = one("According to a Gallup poll, most voters back it.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("most voters back it", "a Gallup poll")
        );
        // The phrase's adjuncts before the comma are the frame's, and so is
        // an irregular participle's phrase; a name's document takes no
        // appositive.
        for text in [
            "According to police on Monday, the man was armed.",
            "According to a posting made on Monday, the man was armed.",
            "According to a Gallup poll, the man was armed.",
            "According to the report, released on Monday, the man was armed.",
        ] {
            assert_eq!(one(text).1, "the man was armed", "{text}");
        }
        // An object pronoun is a source; a possessive's noun is.
        let (_, content, _, source) = one("According to him, the man was armed.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the man was armed", "him")
        );
        assert_eq!(
            one("The man was armed, according to her office.").3,
            "her office"
        );
        // A participle set off by commas, and its agent, are the source's.
        let (_, content, _, source) =
            one("According to the report, published by Amnesty, the man was armed.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the man was armed", "the report, published by Amnesty")
        );
        // Opening another's content (`has learned that, according to …`),
        // the phrase's source is the one that stands behind it.
        let (kind, content, _, source) =
            one("The paper has learned that, according to a posting, the site was hacked.");
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (ClaimKind::AccordingTo, "the site was hacked", "a posting")
        );
        let (_, _, _, source) =
            one("The fund ran dry, according to a summary released by the city auditor.");
        assert_eq!(source, "a summary released by the city auditor");
        let (_, content, _, source) =
            one("The talks stalled, according to two people familiar with the talks.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("The talks stalled", "two people familiar with the talks")
        );
    }

    #[test]
    fn nominal_cue_with_owner() {
        let found = frames("They rejected claims from the union that wages fell.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str()),
            ("claims from the union", "rejected")
        );
        let (kind, content, cue, source) = found[1].clone();
        assert_eq!((kind, cue.as_str()), (ClaimKind::Indirect, "claims"));
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("wages fell", "the union")
        );
    }

    #[test]
    fn agentless_passive() {
        let (_, content, cue, source) = one("It was reported that the deal collapsed.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the deal collapsed", "reported", "")
        );
        // (An instruction runs from its own `to`, not a later one.)
        let (_, content, _, _) =
            one("Residents were asked to learn the routes before going to bed.");
        assert_eq!(content, "to learn the routes before going to bed");
    }

    #[test]
    fn an_impersonal_belief_is_someones_but_a_forecast_is_the_writers() {
        let (_, content, cue, source) =
            one("It is widely expected that the result will be challenged.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the result will be challenged", "expected", "")
        );
        assert!(frames("Aguilar is expected to accept the nomination.").is_empty());
        // (`It` with an infinitive is a thing named before, no expletive.)
        assert!(frames("It is now expected to carry passengers in 2026.").is_empty());
    }

    #[test]
    fn passive_with_agent() {
        let (kind, content, _, source) = one("The deal was confirmed by the ministry.");
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (ClaimKind::Reported, "The deal", "the ministry")
        );
        // (A plural body with an unknown modifier: `rights groups`.)
        assert_eq!(
            one("The plan was criticized by rights groups.").3,
            "rights groups"
        );
        // The agent's charge after it is the content, not the one charged.
        let (_, content, _, source) =
            one("The UAE has been accused by Sudan’s government of arming the RSF.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("arming the RSF", "Sudan’s government")
        );
        // An agentless charge after a relative insert (not a participle's).
        let found = frames(
            "Egypt, which has close ties to the army, has been accused of supplying drones.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "supplying drones");
        // A listener told by an agent; also in a quotation, and in the
        // impersonal passive.
        for text in [
            "She was told by the police that the road was safe.",
            "“We were told by the police that the road was safe,” she said.",
        ] {
            let found = frames(text);
            let told = found.iter().find(|f| f.2 == "told").expect(text);
            assert_eq!(
                (told.1.as_str(), told.3.as_str()),
                ("the road was safe", "the police")
            );
        }
        let found = frames("“It is asserted by the Crown that they knew this,” he said.");
        assert!(
            found
                .iter()
                .any(|f| f.1 == "they knew this" && f.3 == "the Crown"),
            "{found:?}"
        );
    }

    #[test]
    fn negated_passive_is_the_writers_hedge() {
        assert!(frames("The trip has not been officially confirmed by either side.").is_empty());
    }

    #[test]
    fn participle_takes_the_main_subject() {
        let (_, content, cue, source) = one(
            "On Wednesday, Kim sent a message, highlighting the “unbreakable ties” between them.",
        );
        assert_eq!((cue.as_str(), source.as_str()), ("highlighting", "Kim"));
        assert_eq!(content, "the “unbreakable ties” between them");
        // A description with the name set off after it is one subject; a
        // programme's title belongs to its listener.
        let (_, content, _, source) = one(
            "The governor's deputy, Lt. Gov. Ann Lowe, struck a calm tone, telling \
             NBC's “Meet the Press” that the count would go on.",
        );
        assert_eq!(source, "The governor's deputy, Lt. Gov. Ann Lowe");
        assert_eq!(content, "the count would go on");
    }

    #[test]
    fn a_quantifier_standing_alone_is_a_subject() {
        for text in [
            "Many said the talks had failed.",
            "Some say the talks had failed.",
            "Aides have so far said the talks had failed.",
            "Aides to both said the talks had failed.",
        ] {
            let (_, content, _, _) = one(text);
            assert_eq!(content.as_str(), "the talks had failed", "{text}");
        }
        // `some reports` is still a determiner and its noun.
        let (_, _, _, source) = one("Some reports said the talks had failed.");
        assert_eq!(source, "Some reports");
        // One of a group, named in apposition.
        let (_, _, _, source) = one(
            "Residents disagreed, and one, retired teacher Ann Lowe, called the closures a \
             betrayal.",
        );
        assert_eq!(source, "one, retired teacher Ann Lowe");
        assert_eq!(frames("When all is said and done, the plan will pass."), []);
    }

    #[test]
    fn a_second_verb_in_the_same_perfect_is_the_subjects() {
        let found = frames(
            "The minister has said the fees were routine and has declined to publish the list.",
        );
        let claims: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            claims,
            [
                ("the fees were routine", "said"),
                ("to publish the list", "declined")
            ]
        );
    }

    #[test]
    fn a_question_or_a_condition_asserts_nothing() {
        // (The question is the askers' claim; the belief inside it is none.)
        assert_eq!(
            frames("Reporters asked whether Hale believed the count."),
            [(
                ClaimKind::Indirect,
                "whether Hale believed the count".into(),
                "asked".into(),
                "Reporters".into()
            )]
        );
        assert_eq!(
            frames("It is unclear whether Lowe knew that the server failed."),
            []
        );
        // A fronted question is the frame's setting, not its content.
        assert_eq!(
            frames("When asked whether he thought it was over, Hale laughed."),
            []
        );
        assert_eq!(frames("Outside, protesters chanted."), []);
        // A modal frame is a clause of the content, not a trailing frame.
        for text in [
            "Hale said if he lost, he would not concede.",
            "Hale said that if he lost, he would not concede.",
        ] {
            let (_, content, cue, _) = one(text);
            assert_eq!(
                (content.as_str(), cue.as_str()),
                ("if he lost, he would not concede", "said")
            );
        }
    }

    #[test]
    fn evidence_offered_is_the_subjects() {
        let found = frames("Critics pointed to the delays as evidence that the plan had failed.");
        let claim = found.iter().find(|f| f.2 == "evidence").expect("{found:?}");
        assert_eq!(
            (claim.1.as_str(), claim.3.as_str()),
            ("the plan had failed", "Critics")
        );
    }

    #[test]
    fn a_colon_after_a_person() {
        let (_, content, cue, source) = one("He went on: “We will not be moved.”");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("“We will not be moved.”", "went on", "He")
        );
        // (A name's appositive before the verb, a time after its phrase.)
        for (text, cue, source) in [
            (
                "Sen. Ann Lowe, Republican of Oregon, issued a statement: “We are disappointed.”",
                "issued a statement",
                "Sen. Ann Lowe, Republican of Oregon",
            ),
            (
                "The White House issued a statement Tuesday night: “We are disappointed.”",
                "issued a statement Tuesday night",
                "The White House",
            ),
        ] {
            let (_, content, q, s) = one(text);
            assert_eq!(
                (content.as_str(), q.as_str(), s.as_str()),
                ("“We are disappointed.”", cue, source),
                "{text}"
            );
        }
        // Not a thing's colon, nor a label.
        assert_eq!(frames("The rules were clear: “No phones in class.”"), []);
    }

    #[test]
    fn a_statement_announced_is_the_quotation_after_it() {
        let (_, content, cue, source) = one(
            "Sen. Ann Lowe, Republican of Oregon, issued a statement regarding the vote. \
             “We are disappointed. The state deserved better.”",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "“We are disappointed. The state deserved better.”",
                "issued a statement",
                "Sen. Ann Lowe, Republican of Oregon"
            )
        );
        // (Not a quotation with a frame of its own.)
        let (_, _, cue, source) =
            one("The firm issued a statement. “We are sad,” said Ann Lee, its chief.");
        assert_eq!(
            (cue.as_str(), source.as_str()),
            ("said", "Ann Lee, its chief")
        );
    }

    #[test]
    fn a_campaign_ad_speaks() {
        let (_, content, cue, source) =
            one("The ad, which began airing Monday, accuses Lowe of lying about the budget.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("Lowe of lying about the budget", "accuses", "The ad")
        );
    }

    #[test]
    fn citing_a_source_claims_nothing() {
        assert_eq!(frames("The paper cited internal documents."), []);
        assert_eq!(frames("The paper quoted unnamed officials."), []);
        // (A relay shares a report's clause, not a pronoun object.)
        assert_eq!(
            frames("The Times reported it, citing four people told of the plan.").len(),
            1
        );
        let (_, content, cue, _) = one("The paper cited examples of families split by the rule.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("examples of families split by the rule", "cited")
        );
    }

    #[test]
    fn party_members_take_their_place_after_them() {
        let (_, _, _, source) = one(
            "Republicans on the committee, led by Sen. Chuck Grassley, have vowed to block it.",
        );
        assert_eq!(source, "Republicans on the committee");
    }

    #[test]
    fn what_it_was_said_of_comes_before_the_content() {
        let (_, content, _, source) = one("Clinton said of her rival: “He is unfit.”");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("“He is unfit.”", "Clinton")
        );
        let (_, content, _, _) = one("Aides said of the plan that it would fail.");
        assert_eq!(content, "it would fail");
    }

    #[test]
    fn where_it_was_said_is_no_part_of_the_content() {
        let (_, content, _, _) =
            one("Hollis called Aguilar “a rubber stamp” in a statement released Monday.");
        assert_eq!(content, "Aguilar “a rubber stamp”");
        let (_, content, _, _) = one("Cruz blasted the plan on Twitter.");
        assert_eq!(content, "the plan");
        let (_, content, _, _) = one("Harnish slammed the governor in a post on X.");
        assert_eq!(content, "the governor");
    }

    #[test]
    fn a_second_participle_is_a_frame_of_its_own() {
        let found = frames(
            "Hale lashed out at the press, accusing reporters of bias and vowing to “fight back” \
             in court.",
        );
        let claims: Vec<_> = found
            .iter()
            .map(|f| (f.0, f.1.as_str(), f.2.as_str(), f.3.as_str()))
            .collect();
        assert_eq!(
            claims,
            [
                (ClaimKind::Reported, "the press", "lashed out at", "Hale"),
                (ClaimKind::Reported, "reporters of bias", "accusing", "Hale"),
                (
                    ClaimKind::PartialQuote,
                    "to “fight back” in court",
                    "vowing",
                    "Hale"
                ),
            ]
        );
        // The participle of each of the subject's members.
        let (_, content, cue, source) =
            one("Vigil and Harrow met in a debate, each accusing the other of lying.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the other of lying", "accusing", "Vigil and Harrow")
        );
        // Whatever the second participle takes: `and pointing to …`.
        let found =
            frames("Koh disputed that, saying the party has grown and pointing to its captains.");
        assert_eq!(found[0].1, "the party has grown");
    }

    #[test]
    fn a_pull_quote_is_its_credits() {
        let found = frames(
            "“We will win,” she said.\n\n“Gas prices doubled.” — Hartwell\n\nThat is false.",
        );
        let (kind, content, cue, source) = &found[1];
        assert_eq!(
            (*kind, content.as_str(), cue.as_str(), source.as_str()),
            (
                ClaimKind::DirectQuote,
                "“Gas prices doubled.”",
                "—",
                "Hartwell"
            )
        );
    }

    #[test]
    fn quotes_continue_their_speaker() {
        let found = frames("“We will rebuild,” she said. “This city has weathered worse.”");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].3, "she");
        assert_eq!(found[1].1, "“This city has weathered worse.”");
        // (`no.` closing a quotation is a word and a stop, no `No. 5`.)
        let found = frames("“We will win,” she said. “They need the authority to say no.”");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn a_quote_joined_by_and_to_the_frame_before_shares_it() {
        let found = frames(
            "“The provocation deserves punishment,” it added; and, later, “The units must be ready.”",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (
                found[1].1.as_str(),
                found[1].2.as_str(),
                found[1].3.as_str()
            ),
            ("“The units must be ready.”", "added", "it")
        );
        // (Not a quotation with words of its own between: a title.)
        let found = frames("“We won,” she said, and the band played “Jerusalem.”");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_quote_closing_the_paragraph_before_leaves_a_colon_frame_alone() {
        let found = frames(
            "Lowe said the vote was “a victory.”\n\nHale wrote on Twitter: “The vote was a fraud.”",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (
                found[1].1.as_str(),
                found[1].2.as_str(),
                found[1].3.as_str()
            ),
            ("“The vote was a fraud.”", "wrote", "Hale")
        );
    }

    #[test]
    fn an_expletive_owns_no_report() {
        for text in [
            "There were reports that the two had met.",
            "There have also been reports that the two had met.",
        ] {
            let (_, content, cue, source) = one(text);
            assert_eq!(
                (content.as_str(), cue.as_str(), source.as_str()),
                ("the two had met", "reports", "reports"),
                "{text}"
            );
        }
        let (_, content, _, source) = one("The rumor is that the mayor will resign.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the mayor will resign", "rumor")
        );
    }

    #[test]
    fn a_nouns_content_in_an_opening_participle_ends_before_the_main_clause() {
        let found = frames(
            "Asked about the agency’s claim that the file was incomplete, Harcourt said \
             her office had sent every page and accused officials of moving the goalposts.",
        );
        let claim = found.iter().find(|f| f.2 == "claim").expect("{found:?}");
        assert_eq!(claim.1, "the file was incomplete");
        let accused = found.iter().find(|f| f.2 == "accused").expect("{found:?}");
        assert_eq!(accused.3, "Harcourt");
    }

    #[test]
    fn a_possessors_last_is_an_adjective() {
        let (kind, content, _, source) =
            one("According to the tribunal's last published figures, Olmedo held a lead.");
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (
                ClaimKind::AccordingTo,
                "Olmedo held a lead",
                "the tribunal's last published figures"
            )
        );
    }

    #[test]
    fn a_possessors_noun_of_saying_keeps_its_owner_past_an_adjective() {
        for (text, source) in [
            (
                "The footage undercut the department's initial claim that he had raised a weapon.",
                "the department",
            ),
            (
                "His repeated assertion that the vote was rigged fell flat.",
                "His",
            ),
        ] {
            let found = frames(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].3, source, "{text}");
        }
        // (A plural subject before its verb is no possessor: `the farmers claim`.)
        assert_eq!(one("The farmers claim that prices fell.").2, "claim");
    }

    #[test]
    fn noun_reports_is_a_source_and_a_cue() {
        let found = frames("Kim praised the ties amid reports that Putin will soon visit.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, "Putin will soon visit");
        assert_eq!(found[1].3, "reports");
    }

    #[test]
    fn subject_across_a_relative_clause_or_appositive() {
        let (_, content, _, source) =
            one("Priya Raman, who tracks the group, said its members demand payment.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("its members demand payment", "Priya Raman")
        );
        let (_, _, _, source) = one("Ana Ruiz, a nurse at the clinic, said the ward was full.");
        assert_eq!(source, "Ana Ruiz, a nurse at the clinic");
        // A post-modifier's name is not the head's.
        let (_, _, _, source) = one("A spokeswoman for Ryan, Ann Lowe, said the vote was set.");
        assert_eq!(source, "A spokeswoman for Ryan, Ann Lowe");
        // (An appositive as long as a phrase may be, after an opening phrase.)
        let (_, _, _, source) = one(
            "At a hearing, Hal Orr, a former Commerce Department official who spent the last six years as a partner at the Washington law firm Keane Platt, said talks had failed.",
        );
        assert!(source.starts_with("Hal Orr, a former"), "{source}");
    }

    #[test]
    fn a_whole_opening_phrase_is_the_subject_no_other_reading_finds() {
        for (text, subject) in [
            (
                "One of them, a pipe fitter named Dale Voss, said he had voted twice.",
                "One of them, a pipe fitter named Dale Voss",
            ),
            (
                "The panel’s chief monitor, Irish senator Ann Kehoe, told reporters that access was denied.",
                "The panel’s chief monitor, Irish senator Ann Kehoe",
            ),
        ] {
            let (_, _, _, source) = one(text);
            assert_eq!(source, subject, "{text}");
        }
        // (Not a stretch opening with an adjunct, nor none at all.)
        assert!(frames("In a letter to the board of the county, said it was late.").is_empty());
        assert!(frames("did not confirm ").is_empty());
    }

    #[test]
    fn a_plural_head_before_its_appositive_agrees_with_a_base_form() {
        let (_, _, _, source) =
            one("Organizers, the coalition behind the measure, say they knocked on doors.");
        assert_eq!(source, "Organizers, the coalition behind the measure");
        assert!(frames("The mayor, a former teacher, say it is late.").is_empty());
    }

    #[test]
    fn an_adverb_in_ly_between_a_plural_subject_and_a_base_form_is_passed() {
        for (text, subject) in [
            (
                "Officials generally believe that the plan will work.",
                "Officials",
            ),
            (
                "Economists widely agree that consumers bear the cost.",
                "Economists",
            ),
        ] {
            assert_eq!(one(text).3, subject, "{text}");
        }
        // (A noun in -ly after its determiner is the subject itself.)
        assert_eq!(
            one("The assembly said the plan will work.").3,
            "The assembly"
        );
    }

    #[test]
    fn a_base_form_agrees_with_the_plural_before_across_or_around() {
        let (_, _, _, source) = one("Officials across the state believe that the plan will work.");
        assert_eq!(source, "Officials across the state");
        let (_, _, _, source) = one("Leaders around the world agree that it failed.");
        assert_eq!(source, "Leaders around the world");
    }

    #[test]
    fn a_base_form_agrees_with_a_plural_before_its_modifier() {
        for (text, subject) in [
            (
                "Residents near the town say the water tastes odd.",
                "Residents near the town",
            ),
            (
                "People living near the plant say the water tastes odd.",
                "People living near the plant",
            ),
            (
                "Analysts tracking the sector expect prices to rise.",
                "Analysts tracking the sector",
            ),
            (
                "Some in the party worry the nominee is too liberal.",
                "Some in the party",
            ),
        ] {
            assert_eq!(one(text).3, subject, "{text}");
        }
        // (A listener's phrase is no subject: the noun `call` stays a noun.)
        assert!(
            frames("She told analysts on a conference call that sales fell.")
                .iter()
                .all(|f| f.2 != "call")
        );
    }

    #[test]
    fn a_bare_plural_after_its_adjective_opens_a_clause_without_that() {
        let (_, content, cue, _) = one("Police warned heavy rains could cause flooding.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("heavy rains could cause flooding", "warned")
        );
        // (A listener is still one: `warned residents to leave`.)
        assert_eq!(
            one("Police warned residents to leave.").1,
            "residents to leave"
        );
    }

    #[test]
    fn a_past_form_between_a_number_and_its_plural_is_an_adjective() {
        assert!(frames("He sees one or two suspected cases a week.").is_empty());
        assert_eq!(one("Two suspected the plan had failed.").2, "suspected");
    }

    #[test]
    fn a_plain_noun_before_a_verb_and_a_subject_pronoun_is_the_subject() {
        for text in [
            "The bill says it will cut costs.",
            "The lawsuit argues they were never told.",
        ] {
            assert!(!frames(text).is_empty(), "{text}");
        }
        assert_eq!(one("The bill says it will cut costs.").3, "The bill");
    }

    #[test]
    fn prepositional_phrases_close_a_frame_after_a_quote() {
        let (_, content, cue, source) =
            one("“This is a problem,” Hale wrote in a separate email to Lowe in March 2015.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("“This is a problem,”", "wrote", "Hale")
        );
        // (The run may end at a comma: a participle or a clause of the writer's.)
        let (_, content, cue, source) = one(
            "“This is the start of a long fight,” Ms. Ortiz said at a news conference on the steps of City Hall, flanked by aides.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("“This is the start of a long fight,”", "said", "Ms. Ortiz")
        );
        // (A name's acronym in brackets stays in the run.)
        let (_, content, cue, source) = one(
            "“This was a robbery,” Kovu told a news conference at the offices of the \
             People's Democratic Front (PDF) in the capital.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("“This was a robbery,”", "told", "Kovu")
        );
    }

    #[test]
    fn a_listener_closes_the_frame() {
        let (kind, content, cue, source) =
            one("“We can pay now or later,” Okafor told reporters outside City Hall.");
        assert_eq!(
            (kind, cue.as_str(), source.as_str()),
            (ClaimKind::DirectQuote, "told", "Okafor")
        );
        assert_eq!(content, "“We can pay now or later,”");
        // (A listener with its places and time; a participle after the
        // quotation's comma is the writer's.)
        let (_, content, cue, _) = one(
            "Whitcomb told thousands of supporters in western Ohio on Saturday that Castellano \
             had \"given up on towns like this one,\" opening a two-day swing.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str()),
            (
                "Castellano had \"given up on towns like this one,\"",
                "told"
            )
        );
        // (A participle after the listener is its own: `gathered` says nothing.)
        let (_, content, cue, _) =
            one("Marovic told supporters gathered outside the court that the count was stolen.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("the count was stolen", "told")
        );
    }

    #[test]
    fn a_contact_relatives_object_is_the_plural_before_its_subject() {
        let found = frames("He said the tariffs Whitcomb was promising would raise prices.");
        let promised = found
            .iter()
            .find(|f| f.2 == "promising")
            .expect("the relative's frame");
        assert_eq!(
            (promised.1.as_str(), promised.3.as_str()),
            ("the tariffs", "Whitcomb")
        );
        // (Not a group named after its plural: `The senators Lee and Paul said that …`.)
        let found = frames("The senators Lee and Paul said that the bill failed.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn said_after_a_comma_ends_the_content_before_it() {
        let found = frames(
            "A donor, who asked not to be named because she did not want to anger the \
             campaign, said she had been told the plan failed.",
        );
        let said = found
            .iter()
            .find(|f| f.2 == "said")
            .expect("the main frame");
        assert_eq!(
            (said.1.as_str(), said.3.as_str()),
            ("she had been told the plan failed", "A donor")
        );
        let want = found.iter().find(|f| f.2 == "want").expect("the wish");
        assert_eq!(want.1, "to anger the campaign");
    }

    #[test]
    fn a_list_of_sources_reaches_past_a_names_acronym() {
        let found =
            frames("The World Food Programme (WFP) and the Red Cross said prices would rise.");
        assert_eq!(
            found[0].3,
            "The World Food Programme (WFP) and the Red Cross"
        );
    }

    #[test]
    fn coordinated_frames_are_two_claims() {
        let found = frames("The company acknowledged that costs rose but said jobs were safe.");
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(contents, vec!["costs rose", "jobs were safe"]);
        // (An accusation's object may carry a relative clause before `of`.)
        assert_eq!(found[1].3, "The company");
        let accused = frames(
            "The union said the findings stand and accused the members who backed the motion \
             of grandstanding.",
        );
        let contents: Vec<&str> = accused.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            vec![
                "the findings stand",
                "the members who backed the motion of grandstanding"
            ]
        );
        // (Or a quotation as its object.)
        let accused = frames("He wrote that he was staying and accused “the press” of lying.");
        assert_eq!(accused[0].1, "he was staying");
        // (Or an object phrase that reads its `of` as its own.)
        let accused = frames(
            "The group said passengers were owed money under EU rules, and accused the airline \
             of pressuring customers.",
        );
        let contents: Vec<&str> = accused.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            vec![
                "passengers were owed money under EU rules",
                "the airline of pressuring customers"
            ]
        );
    }

    #[test]
    fn infinitive_contents() {
        let (kind, content, cue, _) =
            one("A spokesman for the mayor’s office declined to comment on the count.");
        assert_eq!((kind, cue.as_str()), (ClaimKind::Reported, "declined"));
        assert_eq!(content, "to comment on the count");
    }

    #[test]
    fn a_view_of_something_as_something() {
        let (kind, content, cue, source) =
            one("Strategists in both parties see Arizona as a bellwether.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (
                ClaimKind::Reported,
                "Arizona as a bellwether",
                "see",
                "Strategists in both parties"
            )
        );
        // Seeing a thing is no view of it.
        assert!(frames("Witnesses saw a gun in his hand.").is_empty());
        assert!(frames("We will see what happens.").is_empty());
    }

    #[test]
    fn a_clause_without_that_may_open_with_an_unknown_present_verb() {
        for text in [
            "Ruelas claimed the bill fixes a broken system.",
            "Ruelas claimed the measure finally fixes a broken system.",
            "Ruelas claimed the plan “finally fixes a broken system.”",
        ] {
            let (_, content, cue, _) = one(text);
            assert_eq!(cue, "claimed", "{text}");
            assert!(
                content.starts_with("the ") && content.contains("broken system"),
                "{text}"
            );
        }
        assert!(frames("He claimed credit for the provision.").is_empty());
    }

    #[test]
    fn a_named_appositive_keeps_its_party_tag() {
        for text in [
            "The bill’s chief sponsor, Sen. Teodoro Ruelas (D-N.M.), has insisted the law is tough.",
            "The chief Democratic sponsor, Sen. Teodoro Ruelas (D-NM), said the law is tough.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(content, "the law is tough", "{text}");
            assert!(source.ends_with("Teodoro Ruelas (D-N.M.)") || source.ends_with("(D-NM)"), "{text}");
        }
    }

    #[test]
    fn a_named_appositive_may_open_with_its_titles_modifiers() {
        for text in [
            "The lone holdout, state Sen. Marian Quigley, said the county had closed polls.",
            "One critic, former Gov. Marian Quigley, said the county had closed polls.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(content, "the county had closed polls", "{text}");
            assert!(source.ends_with("Marian Quigley"), "{text}");
        }
    }

    #[test]
    fn a_second_verb_with_an_as_phrase_is_a_frame_of_its_own() {
        let found = frames(
            "Moravec insisted he was confident the bill would pass and dismissed talk of a shutdown as a game.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("he was confident the bill would pass", "insisted"),
                ("the bill would pass", "confident"),
                ("talk of a shutdown as a game", "dismissed"),
            ]
        );
    }

    #[test]
    fn a_second_that_clause_is_the_outer_frames() {
        let found = frames(
            "Haddix said she believed the sides were close and that she expected a draft to go out before the committee meets.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                (
                    "she believed the sides were close and that she expected a draft to go out before the committee meets",
                    "said"
                ),
                ("the sides were close", "believed"),
                ("a draft to go out before the committee meets", "expected"),
            ]
        );
    }

    #[test]
    fn a_subject_with_a_restrictive_relative() {
        for (text, source) in [
            (
                "Voters who backed Trump in 2016 said they feel betrayed.",
                "Voters who backed Trump",
            ),
            (
                "Makers of finished goods that depend on imported parts warn it would raise costs.",
                "Makers of finished goods that depend on imported parts",
            ),
        ] {
            let (_, content, _, found) = one(text);
            assert_eq!(found, source, "{text}");
            assert!(
                content.ends_with("costs") || content.ends_with("betrayed"),
                "{text}"
            );
        }
    }

    #[test]
    fn who_after_an_appositive_speaks_of_the_name_it_describes() {
        for text in [
            "They met Rosa Ferrante, 38, a dealer at a casino on the Strip who said she would vote.",
            "Voters like Rosa Ferrante, 38, a dealer at a casino who said she would vote, matter.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(content, "she would vote", "{text}");
            assert!(source.starts_with("Rosa Ferrante, 38, a dealer"), "{text}: {source}");
        }
    }

    #[test]
    fn a_chain_of_inserts_may_follow_an_opening_adjunct_or_precede_a_time() {
        for text in [
            "In Vinter, Gil Lucero, 41, an electrician, said he liked the plan.",
            "At the rally, Gil Lucero, 41, a retired driver from Cholla Springs, said he liked the plan.",
            "Rep. Gil Lucero, whose district covers the border, on Tuesday said he liked the plan.",
            "Outside the plant, where vendors sold hats, Gil Lucero, 41, a retired driver from \
             Cholla Springs, said he liked the plan.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(content, "he liked the plan", "{text}");
            assert!(source.starts_with("Rep. Gil Lucero") || source.starts_with("Gil Lucero"), "{text}");
        }
    }

    #[test]
    fn a_plural_before_its_examples_is_no_verb() {
        assert_eq!(
            frames("Lawmakers from high-tax states such as Ohio fought it."),
            []
        );
    }

    #[test]
    fn a_subject_that_after_a_sources_noun_opens_its_frame() {
        for (text, content, source) in [
            ("The group aired an ad that claims she raised taxes.", "she raised taxes", "an ad"),
            ("The group released a statement that said the ad was false.", "the ad was false", "a statement"),
            (
                "“It is over,” said Ana Ruiz, who directs the Basin Alliance, a group that has endorsed her.",
                "her",
                "Basin Alliance, a group",
            ),
        ] {
            let found = frames(text);
            assert!(
                found.iter().any(|(_, c, _, s)| c == content && s == source),
                "{text}: {found:?}"
            );
        }
        // (Not the sentence's own subject, whose relative has no end.)
        assert_eq!(
            frames("The memo that said the plan was dead was leaked."),
            []
        );
        // (Nor a medium: `a video on social media that appeared to show`.)
        assert_eq!(
            frames("He posted a video on social media that shows the fire."),
            []
        );
    }

    #[test]
    fn a_report_told_inside_a_quoting_sentence_leaves_the_next_quote_to_the_speaker() {
        let found = frames(
            "“She says it out loud,” said Ana Ruiz, who directs a group that has endorsed her. \
             “That the river is gone.”",
        );
        let last = found.last().unwrap();
        assert_eq!(
            (last.1.as_str(), last.3.as_str()),
            ("“That the river is gone.”", "Ana Ruiz")
        );
    }

    #[test]
    fn after_a_subject_pronoun_any_word_is_the_clauses_verb() {
        for text in [
            "The mayor claimed she cut taxes.",
            "The mayor claims she raised taxes.",
        ] {
            let (_, content, cue, _) = one(text);
            assert!(
                content.starts_with("she ") && cue.starts_with("claim"),
                "{text}"
            );
        }
    }

    #[test]
    fn an_estimate_puts_its_object_at_a_figure_and_a_portrayal_casts_it_as_one() {
        for (text, content) in [
            (
                "Ruth Ames, an economist, put the gain at $600 million.",
                "the gain at $600 million",
            ),
            (
                "The study put the cost closer to 40%.",
                "the cost closer to 40%",
            ),
            (
                "The lobby has cast the measure as a union ploy.",
                "the measure as a union ploy",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        for text in [
            "The senator put the bill on hold.",
            "She cast a ballot in May.",
            "But the new forecast “still looks optimistic.”",
        ] {
            assert_eq!(frames(text), [], "{text}");
        }
    }

    #[test]
    fn a_count_standing_alone_speaks_and_adding_to_a_sum_does_not() {
        let found = frames(
            "In a survey of 34 economists, 21 said the plan would add less than a point to growth.",
        );
        let got: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|f| (f.1.as_str(), f.2.as_str(), f.3.as_str()))
            .collect();
        assert_eq!(
            got,
            [(
                "the plan would add less than a point to growth",
                "said",
                "21"
            )]
        );
    }

    #[test]
    fn think_tanks_and_state_names_hold_no_verb() {
        assert_eq!(
            frames("The office that issues state ID cards is far away."),
            []
        );
        let (_, _, _, source) =
            one("The plan would add to the debt, said analyses by two think tanks.");
        assert_eq!(source, "analyses by two think tanks");
    }

    #[test]
    fn a_subcommittee_is_a_listener_and_no_content() {
        let found = frames(
            "“We are not walking away,” Ann Lowe told the Senate Appropriations subcommittee on transit.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(got, [("“We are not walking away,”", "told")]);
    }

    #[test]
    fn a_participle_inside_the_opening_adjunct_frames_nothing() {
        let found = frames("In testimony submitted on Monday, Ann Lowe argued that fares rose.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(got, [("fares rose", "argued")]);
    }

    #[test]
    fn a_comparison_stays_in_a_phrase_content() {
        let (_, content, _, _) =
            one("Only four economists expected a boost of more than half a point.");
        assert_eq!(content, "a boost of more than half a point");
    }

    #[test]
    fn a_clause_subject_with_a_gerund_post_modifier() {
        let (_, content, cue, _) = one(
            "Haskins warned any version carrying the border demands would be “dead on arrival.”",
        );
        assert_eq!(cue, "warned");
        assert_eq!(
            content,
            "any version carrying the border demands would be “dead on arrival.”"
        );
    }

    #[test]
    fn a_light_verbs_participle_is_the_writers_tail() {
        let (_, content, _, _) = one(
            "Members of the caucus threatened to sink the measure, raising the odds of a shutdown.",
        );
        assert_eq!(content, "to sink the measure");
    }

    #[test]
    fn only_an_aftermaths_participle_leaves_the_content() {
        let (_, content, _, _) =
            one("Brandvold wrote she would not run again, ending weeks of speculation.");
        assert_eq!(content, "she would not run again");
        // (The content's subject's own participle, or an adjective after an
        // appositive, stays in it.)
        let (_, content, _, _) =
            one("Aides said he would use the speech to introduce himself, leaning on his roots.");
        assert_eq!(
            content,
            "he would use the speech to introduce himself, leaning on his roots"
        );
        let (_, content, _, _) = one(
            "Critics said the bill would hand the attorney general, a Democrat, sweeping power.",
        );
        assert_eq!(
            content,
            "the bill would hand the attorney general, a Democrat, sweeping power"
        );
    }

    #[test]
    fn about_a_share_opens_a_clause() {
        let (_, content, _, _) = one("The clerk said about a third of voters used drop boxes.");
        assert_eq!(content, "about a third of voters used drop boxes");
        // (With no verb after it, `about` takes a topic.)
        let (_, content, _, _) = one("The clerk complained about a third of the budget.");
        assert_eq!(content, "a third of the budget");
    }

    #[test]
    fn a_coordinated_clause_with_a_frame_of_its_own_leaves_the_content() {
        let found = frames(
            "Wendt said he will bring the bill up, and a bloc of House conservatives has vowed to demand offsets.",
        );
        assert_eq!(found[0].1, "he will bring the bill up");
        assert_eq!(found[1].1, "to demand offsets");
        // (A thanks for something quoted is the speaker's second act.)
        let found = frames("The club said Linley had left and thanked him “for his work.”");
        assert_eq!(found[0].1, "Linley had left");
        assert_eq!(found[1].1, "him “for his work.”");
    }

    #[test]
    fn a_verb_before_a_relatives_antecedent_ends_the_antecedent() {
        let (_, content, _, mention) =
            one("The deal angered House progressives, who said the bill would fail.");
        assert_eq!(mention, "House progressives");
        assert_eq!(content, "the bill would fail");
    }

    #[test]
    fn a_comma_and_then_coordinate_a_second_verb_of_saying() {
        let found = frames("She said the bill was dead, then added that Congress would decide.");
        assert_eq!(found[0].1, "the bill was dead");
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("Congress would decide", "She")
        );
        // (Not a verb of the content's own subject: `then charged a fee`.)
        let (_, content, _, _) =
            one("According to the order, the bank approved the purchases, then charged a fee.");
        assert_eq!(
            content,
            "the bank approved the purchases, then charged a fee"
        );
    }

    #[test]
    fn a_trailing_frame_may_name_its_listener() {
        let found =
            frames("Leadership hopes to hold a vote before the recess, two aides told The Hill.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[1].1.as_str(), found[1].2.as_str()),
            ("to hold a vote before the recess", "hopes")
        );
    }

    #[test]
    fn a_quotation_an_earlier_frame_took_is_no_content_for_the_next_sentence() {
        let found =
            frames("He said it was “bad.” The campaign did not respond to a request for comment.");
        assert_eq!(
            (
                found[1].1.as_str(),
                found[1].2.as_str(),
                found[1].3.as_str()
            ),
            ("to a request for comment", "respond", "The campaign")
        );
        // (A quotation no frame took still goes to the frame after it.)
        let (_, content, _, source) = one("“We will win. We will win big.” Sen. Lowe said on CNN.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("“We will win. We will win big.”", "Sen. Lowe")
        );
    }

    #[test]
    fn a_speech_verbs_on_takes_its_topic_but_not_a_venue() {
        for (text, content) in [
            (
                "Stroud has not commented on the latest filings.",
                "the latest filings",
            ),
            (
                "Democrats pressed him on his ties to the industry.",
                "his ties to the industry",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        for text in [
            "He commented on Twitter.",
            "He wrote on his blog.",
            "She spoke on condition of anonymity.",
            "He commented on Tuesday.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_summing_up_noun_a_verb_takes_a_side_on_is_its_content() {
        for (text, content, cue, source) in [
            (
                "The party alleged that voters were purged, a claim the electoral commission denies.",
                "a claim",
                "denies",
                "the electoral commission",
            ),
            (
                "He said it would cost 3,000 jobs, a figure the EPA has disputed.",
                "a figure",
                "disputed",
                "the EPA",
            ),
        ] {
            let found = frames(text);
            assert_eq!(
                (
                    found[1].1.as_str(),
                    found[1].2.as_str(),
                    found[1].3.as_str()
                ),
                (content, cue, source),
                "{text}"
            );
        }
        // (Not a trailing frame's subject, nor a description.)
        assert_eq!(
            one("Forty letters use that sentence, a review by The Times found.").1,
            "Forty letters use that sentence"
        );
        assert_eq!(
            frames("Aides urged him to talk about crime, an issue Garrity emphasized.").len(),
            1
        );
    }

    #[test]
    fn a_plurals_possessive_stays_in_the_listener_or_source() {
        for text in [
            "Trump told Fox News' Sean Hannity that the vote was rigged.",
            "Trump told Fox News’ Sean Hannity that the vote was rigged.",
        ] {
            assert_eq!(one(text).1, "the vote was rigged", "{text}");
        }
        assert_eq!(
            one("The teachers' union said the plan would fail.").3,
            "The teachers' union"
        );
    }

    #[test]
    fn an_unnamed_askers_question_is_no_claim() {
        assert!(frames("Ellison was asked whether her focus was too modest.").is_empty());
        assert_eq!(
            one("Staff were told the office would close.").1,
            "the office would close"
        );
        // Past the verb's adjuncts; a listener's `of` phrase is no clause.
        for (text, content) in [
            (
                "Donors were told on a donor call last week that the campaign would lose.",
                "the campaign would lose",
            ),
            (
                "Residents were told on Sunday to boil tap water.",
                "to boil tap water",
            ),
            (
                "Staff were told Wednesday morning not to discuss the memo.",
                "not to discuss the memo",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        assert!(frames("Relander had been notified of the decision on Thursday.").is_empty());
    }

    #[test]
    fn a_refusal_withholds_the_question_the_sentence_opens_with() {
        let (_, content, _, source) =
            one("Asked whether Ruiz would run, Ferrante declined to say.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("whether Ruiz would run", "Ferrante")
        );
        assert_eq!(
            one("Asked about the plan, Lowe declined to comment.").1,
            "to comment"
        );
    }

    #[test]
    fn only_a_verb_that_may_follow_its_content_inverts() {
        assert_eq!(
            one("The plan will fail, warned Lowe, a Democrat.").3,
            "Lowe, a Democrat"
        );
        assert!(frames("Ballot measures, often called initiatives, are popular.").is_empty());
    }

    #[test]
    fn a_plural_source_inverts_with_its_plain_verb() {
        for (text, source) in [
            ("The bridge will reopen in May, say officials.", "officials"),
            ("Two men were arrested, say police.", "police"),
            ("Prices will rise, warn two economists.", "two economists"),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
        // (`say` for `for instance` is no frame.)
        assert!(frames("If you earn, say, $100 a week, the tax is small.").is_empty());
    }

    #[test]
    fn an_inverted_source_may_be_part_of_a_group() {
        for (text, source) in [
            ("“We will win,” said one of the aides.", "one of the aides"),
            (
                "“We will win,” said a Democratic aide familiar with the talks.",
                "a Democratic aide familiar with the talks",
            ),
            (
                "“We will win,” said one of them, who asked not to be named.",
                "one of them",
            ),
        ] {
            assert_eq!(frames(text)[0].3, source, "{text}");
        }
    }

    #[test]
    fn rules_that_govern_are_a_plural_noun() {
        for text in [
            "Senate rules require 60 votes.",
            "Federal rules bar candidates from using campaign funds.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
        assert_eq!(
            one("The judge rules that the law is void.").1,
            "the law is void"
        );
    }

    #[test]
    fn advocates_before_a_bare_verb_of_saying_are_its_subject() {
        let (_, content, cue, source) = one("Health advocates say the plan is bad.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the plan is bad", "say", "Health advocates")
        );
        // A role before a name is no verb either.
        let (_, _, cue, source) =
            one("Consumer advocate Joan Claybrook said the recall came too late.");
        assert_eq!(
            (cue.as_str(), source.as_str()),
            ("said", "Consumer advocate Joan Claybrook")
        );
        // (The verb itself.)
        assert_eq!(one("Critics advocate a tougher line.").2, "advocate");
        // Right after a verb in the past, a plural is its object.
        assert!(frames("The government approved plans last year to open the seabed.").is_empty());
    }

    #[test]
    fn a_verb_form_opening_a_name_is_no_cue() {
        let (_, content, cue, source) =
            one("Campaign spokeswoman Hope Hicks said the report was false.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "the report was false",
                "said",
                "Campaign spokeswoman Hope Hicks"
            )
        );
        for (text, speaker) in [
            (
                "Ohio state Sen. Curtis Ebanks accused Haskell of lying.",
                "Sen. Curtis Ebanks",
            ),
            (
                "“It is over,” said state Sen. Curtis Ebanks.",
                "state Sen. Curtis Ebanks",
            ),
        ] {
            let (_, _, cue, source) = one(text);
            assert!(cue == "accused" || cue == "said", "{text}: {cue}");
            assert!(source.ends_with(speaker), "{text}: {source}");
        }
        // `state` between a place and its noun is the place's, no verb.
        let (_, content, cue, source) = one(
            "Ann Okafor, a former Montana state forester, told the panel that money ran short.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "money ran short",
                "told",
                "Ann Okafor, a former Montana state forester"
            )
        );
    }

    #[test]
    fn the_platform_a_speaker_took_to_stands_in_the_verb_chain() {
        for (text, cue, content, source) in [
            (
                "Trump took to Twitter on Friday to say the vote was rigged.",
                "say",
                "the vote was rigged",
                "Trump",
            ),
            (
                "Ortiz took to the Senate floor to argue that the bill was a disaster.",
                "argue",
                "the bill was a disaster",
                "Ortiz",
            ),
        ] {
            let (_, c, q, s) = one(text);
            assert_eq!(
                (q.as_str(), c.as_str(), s.as_str()),
                (cue, content, source),
                "{text}"
            );
        }
        // (Going somewhere to say a thing frames no claim of its own.)
        assert!(frames("They took to the streets to protest.").is_empty());
    }

    #[test]
    fn idioms_of_taking_a_position_frame_a_clause() {
        for (text, cue, content) in [
            (
                "Lowe made the case that the tax cut would pay for itself.",
                "made the case",
                "the tax cut would pay for itself",
            ),
            (
                "The county took the position that the law was void.",
                "took the position",
                "the law was void",
            ),
            (
                "Aides held out hope that a deal could be reached.",
                "held out hope",
                "a deal could be reached",
            ),
            // A listener before the clause.
            (
                "The mayor made clear to reporters that she would not resign.",
                "made clear",
                "she would not resign",
            ),
            // Coordinated clauses are one content.
            (
                "Farrow shot back that the agency had waited and that seniors could not.",
                "shot back",
                "the agency had waited and that seniors could not",
            ),
        ] {
            let (kind, c, q, _) = one(text);
            assert_eq!(
                (kind, q.as_str(), c.as_str()),
                (ClaimKind::Indirect, cue, content),
                "{text}"
            );
        }
    }

    #[test]
    fn a_relative_whose_clause_a_speaker_vouches_for_ends_with_it() {
        for (text, content) in [
            (
                "Her opponent, who she says has never run a business, attacked the plan.",
                "has never run a business",
            ),
            (
                "The fund, which she says was approved last year, is empty.",
                "was approved last year",
            ),
            (
                "The mayor, who aides said was tired, left early.",
                "was tired",
            ),
            (
                "The blaze, which police said started in the kitchen, spread.",
                "started in the kitchen",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
    }

    #[test]
    fn an_agentless_charge_or_description_is_its_complement() {
        for (text, content, cue) in [
            (
                "He is accused of taking bribes from a developer.",
                "taking bribes from a developer",
                "accused of",
            ),
            (
                "They chose homeopathy, which has been described as pseudoscience.",
                "pseudoscience",
                "described as",
            ),
        ] {
            let (kind, found, found_cue, _) = one(text);
            assert_eq!(
                (kind, found.as_str(), found_cue.as_str()),
                (ClaimKind::Reported, content, cue),
                "{text}"
            );
        }
        // (A time's `as` is no description.)
        assert!(frames("A deal could be announced as early as this week.").is_empty());
    }

    #[test]
    fn a_relatives_gap_may_open_with_a_verb_no_table_lists() {
        let found = frames(
            "The document, which officials say runs to 32 pages, must be completed in English.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("runs to 32 pages", "officials")
        );
        // (An irregular past that is also a target verb: `drew`.)
        let found =
            frames("Visitors crowded the festival, which officials said drew a record crowd.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "drew a record crowd");
        // (A plural's, before its infinitive.)
        let found =
            frames("Many take sleeping pills, which Lindqvist said tend to lengthen sleep.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "tend to lengthen sleep");
    }

    #[test]
    fn a_time_between_a_relatives_frame_and_its_gap_is_the_frames() {
        for (text, content) in [
            (
                "The plan, which the council said last month would face a deficit by 2030, needs reform.",
                "would face a deficit by 2030",
            ),
            (
                "The scheme, which the KPK said in 2022 had cost the state billions, ended.",
                "had cost the state billions",
            ),
        ] {
            let (_, found, ..) = one(text);
            assert_eq!(found, content, "{text}");
        }
    }

    #[test]
    fn a_forecasts_object_gone_from_its_relative_is_the_phrase_before() {
        let (kind, content, cue, source) =
            one("Sales rose 0.4% in May, above the 0.2% gain that economists had forecast.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (
                ClaimKind::Reported,
                "the 0.2% gain",
                "forecast",
                "economists"
            )
        );
        // (With no `that`, the forecasters run together with the noun.)
        let (kind, content, _, source) =
            one("Sales rose 0.4% in May, above the 0.2% gain economists had expected.");
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (ClaimKind::Reported, "the 0.2% gain", "economists")
        );
        // (The phrase's own article, not one further back.)
        let (_, content, ..) = one("It was half the size of the loss analysts had expected.");
        assert_eq!(content, "the loss");
        // (A verb that reports no forecast leaves its object's noun alone.)
        assert!(frames("She kept the book that her brother had written.").is_empty());
    }

    #[test]
    fn an_objects_trailing_adjuncts_stay_out_of_it() {
        for text in [
            "Police confirmed the arrest about forty minutes later, once the suspect had been identified.",
            "Police confirmed the arrest two days later.",
        ] {
            let found = frames(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!((found[0].0, found[0].1.as_str()), (ClaimKind::Reported, "the arrest"));
        }
        // (An adjunct set off inside the clause keeps it a clause.)
        let (kind, content, ..) =
            one("Analysts expect the drug, if approved, to reach annual sales of $3 billion.");
        assert_eq!(
            (kind, content.as_str()),
            (
                ClaimKind::Indirect,
                "the drug, if approved, to reach annual sales of $3 billion"
            )
        );
    }

    #[test]
    fn an_ed_word_after_a_preposition_is_no_verb() {
        let (kind, content, ..) = one("NASA announced new homes for retired shuttles on Tuesday.");
        assert_eq!(
            (kind, content.as_str()),
            (ClaimKind::Reported, "new homes for retired shuttles")
        );
    }

    #[test]
    fn a_participle_with_its_agent_after_a_thing_is_the_agents_stance() {
        for (text, content, cue, source) in [
            (
                "A bill backed by Democrats passed the House.",
                "A bill",
                "backed",
                "Democrats",
            ),
            (
                "The measure, opposed by the governor, passed.",
                "The measure",
                "opposed",
                "the governor",
            ),
        ] {
            let (kind, found, c, s) = one(text);
            assert_eq!(
                (kind, found.as_str(), c.as_str(), s.as_str()),
                (ClaimKind::Reported, content, cue, source)
            );
        }
        // (A person so described is no thing held a view of.)
        let (_, _, cue, _) = one("Smith, backed by unions, said the plan was fair.");
        assert_eq!(cue, "said");
    }

    #[test]
    fn a_summing_up_phrase_after_a_middle_frame_is_the_writers() {
        let (_, content, ..) = one(
            "Farm income will fall 16% this year, the department said in September, the steepest drop since 2009.",
        );
        assert_eq!(content, "Farm income will fall 16% this year");
    }

    #[test]
    fn according_to_closing_a_relative_clause_takes_that_clause() {
        let found = frames(
            "A spokesman for Torrance Partners, a hedge fund that owns about 4.8% of the shares according to a filing, declined to comment.",
        );
        let according = found
            .iter()
            .find(|f| f.0 == ClaimKind::AccordingTo)
            .expect("the filing's claim");
        assert_eq!(according.1, "owns about 4.8% of the shares");
    }

    #[test]
    fn objecting_to_a_thing_reports_it() {
        let (kind, content, cue, _) = one("Republican leaders objected to its cost.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str()),
            (ClaimKind::Reported, "its cost", "objected")
        );
        // (A listener before a clause stays one.)
        let (_, content, ..) = one("He admitted to reporters that he had erred.");
        assert_eq!(content, "he had erred");
    }

    #[test]
    fn outside_opening_a_source_modifies_it() {
        for text in [
            "The findings, outside scientists said, are promising but preliminary.",
            "The findings are promising, outside scientists said.",
        ] {
            let (_, _, _, source) = one(text);
            assert_eq!(source, "outside scientists", "{text}");
        }
    }

    #[test]
    fn now_before_a_bare_role_sets_it_off() {
        let (_, content, _, source) =
            one("Ann Dunbar, now head of painting at the school, said the prize would help young artists.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "the prize would help young artists",
                "Ann Dunbar, now head of painting at the school"
            )
        );
    }

    #[test]
    fn a_newsroom_independently_checking_a_claim_makes_none() {
        for text in [
            "AFP could not independently verify the claims.",
            "The rally drew 1,200 people, a figure The Hill could not independently verify.",
        ] {
            assert_eq!(frames(text), [], "{text}");
        }
        assert_eq!(one("Police could not verify the claims.").2, "verify");
    }

    #[test]
    fn a_relative_after_a_preposition_opens_no_subject() {
        let (_, content, _, source) =
            one("It was a year in which party leaders urged them to vote early.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("them to vote early", "party leaders")
        );
        // (`those who watched`: a relative inside its subject.)
        assert_eq!(
            one("Forty-four percent of those who watched said Haskell won.").3,
            "Forty-four percent of those who watched"
        );
    }

    #[test]
    fn her_with_no_noun_after_it_is_a_listener() {
        assert_eq!(one("Democrats urged her to resign.").1, "her to resign");
        assert_eq!(one("Democrats pressed him to resign.").1, "him to resign");
        // (A negated task too.)
        assert_eq!(
            one("The agency warned consumers not to use the product.").1,
            "consumers not to use the product"
        );
        assert_eq!(
            one("Aides told her the bill was dead.").1,
            "the bill was dead"
        );
        // (Before a noun, `her` is a possessive: the listener is `her staff`.)
        assert_eq!(
            one("Aides told her staff the bill was dead.").1,
            "the bill was dead"
        );
    }

    #[test]
    fn a_clause_inside_a_phrase_content_keeps_its_time_and_a_demand_its_term() {
        let (_, content, _, _) = one("Spurlock has pushed for a measure running through March.");
        assert_eq!(content, "a measure running through March");
        // (`more` opening a clause's subject.)
        let (_, content, _, _) = one("Officials said more layoffs were likely.");
        assert_eq!(content, "more layoffs were likely");
        assert_eq!(frames("He said more about the plan later."), []);
        // (`more`, `much` as the subject with a verb of their own.)
        for (text, content) in [
            ("The minister said more was needed.", "more was needed"),
            (
                "She said much remained to be done.",
                "much remained to be done",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        // (A list's commas stay inside; a modifier's or a clause's end it.)
        for (text, content) in [
            (
                "The report found delays, cost overruns and safety lapses.",
                "delays, cost overruns and safety lapses",
            ),
            (
                "She criticized the delays, the costs and the secrecy.",
                "the delays, the costs and the secrecy",
            ),
            (
                "Voters supported the rule, including majorities of Democrats and Republicans.",
                "the rule",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        // (A preposition's day stays with it.)
        let (_, content, _, _) = one("He expects the count to resume by Wednesday.");
        assert_eq!(content, "the count to resume by Wednesday");
        // (An infinitive's time: the reopening's, not the expecting's.)
        let (_, content, _, _) = one("Officials expect the bridge to reopen in June.");
        assert_eq!(content, "the bridge to reopen in June");
        let (_, content, _, _) = one(
            "She has called for a moratorium on golf courses until the state completes a study.",
        );
        assert_eq!(
            content,
            "a moratorium on golf courses until the state completes a study"
        );
        // (A time adjunct of the frame still ends the phrase.)
        let (_, content, _, _) = one("The company reported a drop in revenue on Thursday.");
        assert_eq!(content, "a drop in revenue");
        // (But `of` a time is the noun's.)
        let (_, content, _, _) = one("The party rejected the result of Sunday's election.");
        assert_eq!(content, "the result of Sunday's election");
    }

    #[test]
    fn as_after_a_closing_quote_opens_a_contrasting_frame() {
        let found = frames("She vowed to “fix it, not gut it” as Democrats pressed her to resign.");
        assert_eq!(found[0].1, "to “fix it, not gut it”");
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("her to resign", "Democrats")
        );
    }

    #[test]
    fn a_lone_dash_opens_the_content_of_a_frame_after_it() {
        let found = frames(
            "Two members said a group had discussed the rules — a talk that went nowhere, they said.",
        );
        assert_eq!(found[1].1, "a talk that went nowhere");
        // (Paired dashes close an insert: the content runs from the sentence's start.)
        let (_, content, _, _) = one("The plan — passed last week — will fail, he said.");
        assert_eq!(content, "The plan — passed last week — will fail");
    }

    #[test]
    fn how_the_writer_asked_is_no_content() {
        let (_, content, _, _) =
            one("The FBI declined to comment on the inquiry when reached by Fox News Digital.");
        assert_eq!(content, "to comment on the inquiry");
    }

    #[test]
    fn what_data_show_nests_in_a_content() {
        let found =
            frames("Aides said internal polling showed Hughes “holding steady” in the suburbs.");
        assert_eq!(
            (found.len(), found[1].1.as_str(), found[1].2.as_str()),
            (2, "Hughes “holding steady” in the suburbs", "showed")
        );
        // (Not what a thing shows: `the team's entry shows progress` is the speaker's claim.)
        assert_eq!(
            frames("The envoy said the team's entry shows progress in the country.").len(),
            1
        );
    }

    #[test]
    fn a_subordinate_clause_after_a_quoted_comma_is_the_writers() {
        let (_, content, _, _) = one(
            "Orr told senators that he would not be “anyone’s rubber stamp,” as Democrats pressed him.",
        );
        assert_eq!(content, "he would not be “anyone’s rubber stamp,”");
    }

    #[test]
    fn a_contrast_whose_subject_has_a_relative_clause() {
        let found = frames(
            "The campaign suggested the tape was made on a phone, though several people who attended said they had left their phones outside.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("the tape was made on a phone", "suggested"),
                ("they had left their phones outside", "said"),
            ]
        );
    }

    #[test]
    fn a_towns_state_before_a_relative_insert_is_no_subject() {
        let (_, _, _, source) = one(
            "Jan Kos, a retired driver from Erie, Pennsylvania, who took part in the poll, said she had voted.",
        );
        assert_eq!(source, "Jan Kos, a retired driver from Erie");
    }

    #[test]
    fn a_clause_with_an_irregular_past_before_a_preposition() {
        for text in [
            "Rhodes said the group stood by every word of it.",
            "Rhodes said the group ran to the river.",
            // (A present form no table knows, after a role: `stands by`.)
            "Rhodes said the senator stands by the figure.",
        ] {
            assert_eq!(one(text).2, "said", "{text}");
        }
        // (A phrase with its post-modifier is no clause: `wrote the bill with …`.)
        assert!(frames("She wrote the bill with Rep. Owen Tuttle.").is_empty());
    }

    #[test]
    fn a_listener_verbs_clause_without_that() {
        for (text, content) in [
            (
                "Rhodes warned the bill stands no chance.",
                "the bill stands no chance",
            ),
            (
                "Rhodes claimed the bill stands no chance.",
                "the bill stands no chance",
            ),
            (
                "Rhodes warned voters the bill stands no chance.",
                "the bill stands no chance",
            ),
            // (A name after a plural listener opens the clause.)
            (
                "Rhodes told reporters Democrats want a vote.",
                "Democrats want a vote",
            ),
            (
                "Ferreira told staff in an email seen by the Ledger that the hospital would close.",
                "the hospital would close",
            ),
            // (A listener's of-phrase is no part of its length.)
            (
                "Lindqvist told a crowd of union members she was ready.",
                "she was ready",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
    }

    #[test]
    fn an_infinitive_in_a_relative_clause_ends_with_it() {
        let (_, content, ..) = one(
            "Barrington, a Democrat who is widely expected to run for governor, has made safety her cause.",
        );
        assert_eq!(content, "to run for governor");
    }

    #[test]
    fn forecasts_are_not_attributions() {
        assert!(frames("The trial is expected to last three weeks.").is_empty());
    }

    #[test]
    fn a_document_seen_by_a_newspaper_is_the_source() {
        let (_, content, _, source) =
            one("A draft of the agreement seen by Reuters showed that both sides would pull back.");
        assert_eq!(source, "A draft of the agreement seen by Reuters");
        assert_eq!(content, "both sides would pull back");
    }

    #[test]
    fn a_participle_set_off_before_the_main_verb_is_no_frame() {
        let (_, content, cue, source) =
            one("Ann Lowe, writing in The Daily Ledger, called the move “a serious mistake.”");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the move “a serious mistake.”", "called", "Ann Lowe")
        );
        // A short quoted title may stand inside the insert, and close it.
        for text in [
            "Hale, appearing on the “Morning Hour” show, said the plan would pass.",
            "Hale, appearing on “Morning Hour,” said the plan would pass.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(
                (content.as_str(), source.as_str()),
                ("the plan would pass", "Hale"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_participle_modifying_the_subject_is_no_frame() {
        let (_, content, cue, source) =
            one("Two people briefed on the talks said the offer had been cut.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "the offer had been cut",
                "said",
                "Two people briefed on the talks"
            )
        );
        let (_, _, _, source) = one("Those close to Lowe said she was weighing a run.");
        assert_eq!(source, "Those close to Lowe");
        // (A document's participle may take a run of phrases, but no
        // coordinated verb: `… on Thursday and signaled`.)
        let (_, _, _, source) = one(
            "An internal whip count circulated among leadership staff in the afternoon showed that 14 members opposed the bill.",
        );
        assert_eq!(
            source,
            "An internal whip count circulated among leadership staff in the afternoon"
        );
        let found = frames(
            "The bank held its main rate unchanged at 5.25 percent on Thursday and signaled that cuts were unlikely.",
        );
        let signaled = found.iter().find(|f| f.2 == "signaled").unwrap();
        assert_eq!(signaled.3, "The bank", "{found:?}");
    }

    #[test]
    fn a_plain_verb_form_after_a_and_a_noun_is_a_noun() {
        // (`a legal challenge` is no clause, so `support` frames nothing nested.)
        let found = frames(
            "Mr Tillman told the BBC he would support a legal challenge if the measure passed.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn that_before_a_noun_with_nothing_after_is_a_determiner() {
        let (kind, content, _, _) = one("Republicans dispute that estimate.");
        assert_eq!(
            (kind, content.as_str()),
            (ClaimKind::Reported, "that estimate")
        );
        // No determiner `that` before a plural or a number with words after it.
        for text in [
            "The agency said that people die of it each year.",
            "The agency said that 40 people die of it each year.",
        ] {
            let (kind, content, _, _) = one(text);
            assert_eq!(kind, ClaimKind::Indirect, "{text}");
            assert!(!content.starts_with("that"), "{text}");
        }
    }

    #[test]
    fn a_chain_of_inserts_stands_between_a_subject_and_its_verb() {
        for (text, source) in [
            (
                "Rep. Dana Whitford, a second-term Republican who represents a district in \
                 western Kansas and who has cultivated close ties with the party's populist \
                 wing, said in an interview that she was considering a run.",
                // (One appositive, kept whole with its relative clauses as a
                // short one is: `Ana Ruiz, a nurse who …`.)
                "Rep. Dana Whitford, a second-term Republican who represents a district in \
                 western Kansas and who has cultivated close ties with the party's populist \
                 wing",
            ),
            (
                "Dr. Rita Moss, who, as a Navy captain, ran the clinic and later retired, said \
                 that the clinic was closing.",
                "Dr. Rita Moss",
            ),
            (
                "Lyle Duchene, 67, who grows soybeans on 600 acres outside town, said he had \
                 voted Republican twice.",
                "Lyle Duchene",
            ),
            (
                "“We won,” Kendra Oduya, director of Forward Together, a group that spent \
                 $400,000 on the race, said in a statement.",
                "Kendra Oduya",
            ),
            (
                "The Democratic leader in the state House, Rep. Yolanda Pierce, said the law \
                 was a mess.",
                "The Democratic leader in the state House, Rep. Yolanda Pierce",
            ),
            // After an opening participle's clause; a part of the subject
            // as an insert.
            (
                "Asked about the records on Wednesday, a company spokesman, Dean Farraday, \
                 said the firm had backed another bill.",
                "a company spokesman, Dean Farraday",
            ),
            (
                "Residents, many of them retirees, said the plant was noisy.",
                "Residents",
            ),
            (
                "The internal tally, a copy of which was obtained by POLITICO, showed 23 \
                 Democrats undecided.",
                "The internal tally",
            ),
            (
                "The observer mission, which deployed 84 observers, said voting was calm.",
                "The observer mission",
            ),
            // (A party's name is capitalized but names no one.)
            (
                "The committee's top Democrat, Rep. Ann Roe, D-Calif., said the bill was \
                 flawed.",
                "The committee's top Democrat, Rep. Ann Roe",
            ),
            (
                "The committee, in a memo circulated to donors on Tuesday afternoon, said the \
                 seat was in play.",
                "The committee",
            ),
            // A second appositive after `and`; a participle before its
            // preposition is a reduced relative.
            (
                "Maria Esposito, 34, a nurse from Toledo, Ohio, and a registered Democrat, said \
                 she will vote.",
                "Maria Esposito",
            ),
            (
                "Philip Ardery, a lawyer for Pinecrest, one of the companies named in the \
                 complaint, wrote that his client was blameless.",
                "Philip Ardery, a lawyer for Pinecrest",
            ),
            // A list's comma splits no insert; people `with` a body.
            (
                "Organizers with Fair Wage Idaho, the coalition of unions, churches and \
                 service workers behind the measure, say they have knocked on 9,000 doors.",
                "Organizers with Fair Wage Idaho",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
        // A stretch with a verb of its own is no insert: `The bill, which
        // passed, and the plan, Lowe said, …` leaves `Lowe` the speaker.
        let (_, _, _, source) =
            one("The vote, held on Friday, went badly, and Lowe said the party would regroup.");
        assert_eq!(source, "Lowe");
    }

    #[test]
    fn a_second_clause_with_its_own_frame_ends_the_first_content() {
        let found = frames(
            "Aides said he had been working on the speech for weeks, and people close to him \
             said he planned to speak to voters.",
        );
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|(_, content, _, source)| (content.as_str(), source.as_str()))
            .collect();
        assert_eq!(
            pairs[..2],
            [
                ("he had been working on the speech for weeks", "Aides"),
                ("he planned to speak to voters", "people close to him"),
            ]
        );
        let found = frames(
            "The committee said it was reviewing a complaint, and Republican leaders, who \
             hold a narrow majority, worry that the allegations could cost them the seat.",
        );
        assert_eq!(found[0].1, "it was reviewing a complaint");
        assert_eq!(found.last().unwrap().3, "Republican leaders");
        // `denied that, saying …`: `that` is the thing just told.
        let found =
            frames("Republican leaders denied that, saying the plan had been public for weeks.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "the plan had been public for weeks");
    }

    #[test]
    fn nouns_adjectives_and_the_writers_participle_around_frames() {
        // The writer's participle after a closing frame is no content.
        let (_, content, cue, _) = one(
            "The United States will impose tariffs next month, the administration announced \
             Friday, sharply escalating a trade dispute.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str()),
            (
                "The United States will impose tariffs next month",
                "announced"
            )
        );
        // A short quotation's last word is no frame.
        let cues: Vec<String> = frames("She said she had “serious questions” about the record.")
            .into_iter()
            .map(|f| f.2)
            .collect();
        assert_eq!(cues, ["said"]);
        // Commas inside a quotation split no inserts.
        let (_, _, _, source) = one(
            "Sen. Lucas Merriwether, a Republican who likes to say the panel moves \
             “deliberately, but not slowly,” said hearings would begin soon.",
        );
        assert_eq!(source, "Sen. Lucas Merriwether");
    }

    #[test]
    fn several_of_whom_is_a_relative_clause() {
        let found = frames(
            "Lobbyists for farm groups, several of whom said they learned of it from \
             reporters, expressed concern that the bill could stall.",
        );
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|(_, _, cue, source)| (cue.as_str(), source.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("said", "Lobbyists for farm groups"),
                ("expressed", "Lobbyists for farm groups")
            ]
        );
    }

    #[test]
    fn relative_clauses_and_the_writers_appositives_are_no_contents() {
        // `a proposal that would fund …`: a relative clause on the noun.
        assert!(
            frames("Senators are circulating a proposal that would fund the government.")
                .is_empty()
        );
        // After a quotation, `a formulation the White House has repeated` is the writer's.
        let found = frames(
            "He said he was “happy to talk,” a formulation the White House has repeated \
             nearly word for word.",
        );
        assert_eq!(found[0].1, "he was “happy to talk,”");
        // A chain of two inserts is read before a single one.
        let (_, _, _, source) = one(
            "Jerome Aldridge, a lawyer with the Voting Rights Project, one of the plaintiffs, \
             said the groups would sue.",
        );
        assert_eq!(
            source,
            "Jerome Aldridge, a lawyer with the Voting Rights Project"
        );
        let (_, _, _, source) = one(
            "One of its founders, Theresa Kowalczyk, a nurse who has worked there for years, \
             said the group had asked for a meeting.",
        );
        assert_eq!(source, "One of its founders, Theresa Kowalczyk");
    }

    #[test]
    fn a_bare_infinitive_after_a_gap_is_no_content() {
        for text in [
            "It was a narrower measure than the one the president appeared to invoke.",
            "She was exactly where she expected to be.",
        ] {
            let cues: Vec<String> = frames(text).into_iter().map(|f| f.2).collect();
            assert!(cues.is_empty(), "{text}: {cues:?}");
        }
        assert_eq!(one("He vowed to fight.").1, "to fight");
    }

    #[test]
    fn post_modifying_participles_are_no_frames() {
        let found = frames("A super PAC supporting Ann Voss reported raising $9 million.");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].2.as_str(), found[0].3.as_str()),
            ("reported", "A super PAC supporting Ann Voss")
        );
        // Whatever the clause's verb.
        for text in [
            "A super PAC backing Holloway took money from shell companies.",
            "A super PAC supporting Sen. Ann Voss's campaign collected $2 million.",
            "A super PAC supporting Ann Voss raised $2 million.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
        // Past an adverb, or a phrase the reader stops in.
        let found = frames("Super PACs backing two of Voss's rivals also reported large hauls.");
        assert_eq!(found[0].2, "reported");
        // An absolute after `with` keeps its frame.
        let found =
            frames("Officials said it would pass, with the paper reporting no one objected.");
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn a_phrase_and_its_prepositional_phrase_is_no_clause() {
        // `wrote the bill with Rep. Tuttle`: no clause.
        let cues: Vec<String> =
            frames("Ann Lowe, who wrote the bill with Rep. Owen Tuttle, insisted it would pass.")
                .into_iter()
                .map(|f| f.2)
                .collect();
        assert_eq!(cues, ["insisted"]);
    }

    #[test]
    fn calling_something_something_needs_the_predicate() {
        for text in [
            "The Associated Press called the race shortly after 11 p.m.",
            "He called his opponent to congratulate her.",
            "The group hired a nonprofit called Patients for Fair Prices.",
            "The museum bought a print called “Cowboys and Indians” from 1987.",
        ] {
            assert!(frames(text).is_empty(), "{text}: {:?}", frames(text));
        }
        for (text, content) in [
            ("She called the plan a disaster.", "the plan a disaster"),
            ("Trump called him a liar.", "him a liar"),
            (
                "The group called the figure misleading.",
                "the figure misleading",
            ),
            ("He called that line “hilarious.”", "that line “hilarious.”"),
            (
                "The lawyer called that timeline unacceptable.",
                "that timeline unacceptable",
            ),
            (
                "Critics pointed to what she called “years of dumping.”",
                "“years of dumping.”",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
    }

    #[test]
    fn shares_of_those_polled_speak() {
        for (text, source) in [
            (
                "Just 19 percent said they approved of Congress.",
                "Just 19 percent",
            ),
            ("About 40% said they approved.", "About 40%"),
            (
                "Among the young, nearly 7 in 10 said they could not buy a home.",
                "nearly 7 in 10",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
        // A share inside the content stays there.
        assert_eq!(
            one("Sales rose 9 percent, the company said.").3,
            "the company"
        );
    }

    #[test]
    fn according_to_with_a_modifier_splits_its_sentence() {
        let found = frames(
            "The counsel's office, according to people briefed on its strategy, is preparing \
             to assert privilege.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].3, "people briefed on its strategy");
        assert!(found[0].1.ends_with("is preparing to assert privilege"));
        // `, even as …`: the writer's concession ends a content.
        let (_, content, _, _) = one(
            "The White House said the president will not intervene, even as the strike hurt \
             farmers.",
        );
        assert_eq!(content, "the president will not intervene");
    }

    #[test]
    fn who_after_an_appositive_speaks_of_the_named_person() {
        let found = frames(
            "The poll shows gains, said Theo Banfield, her deputy campaign manager, who added \
             that the campaign plans to hire.",
        );
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|(_, content, _, source)| (content.as_str(), source.as_str()))
            .collect();
        assert_eq!(
            got[0],
            (
                "The poll shows gains",
                "Theo Banfield, her deputy campaign manager"
            )
        );
        assert_eq!(got[1].0, "the campaign plans to hire");
        assert!(got[1].1.starts_with("Theo Banfield"), "{got:?}");
        // (The agentless `was asked to wait` nests in what he told them.)
        let found = frames(
            "At the center is the account of Gregory Lindqvist, a former official at the \
             agency, who told investigators that he was asked to wait.",
        );
        assert!(found[0].3.starts_with("Gregory Lindqvist"), "{found:?}");
    }

    #[test]
    fn a_name_then_an_appositive_then_a_relative_clause_is_one_subject() {
        let (_, _, _, source) = one(
            "Mark Lowe, chief economist at Harbor Analytics, who has advised both parties, \
             predicted that the plan would fail.",
        );
        assert_eq!(source, "Mark Lowe, chief economist at Harbor Analytics");
    }

    #[test]
    fn an_ap_party_tag_between_commas_belongs_to_the_name() {
        let (_, content, _, source) =
            one("Sen. Ann Lowe, D-Ore., said the nominee's record was troubling.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "the nominee's record was troubling",
                "Sen. Ann Lowe, D-Ore."
            )
        );
        // Before a relative clause, inserted or closing the sentence.
        for text in [
            "Rep. Tim Ortiz, R-N.M., who chairs the panel, said the hearing would go ahead.",
            "The bill was sponsored by Rep. Tim Ortiz, R-N.M., who said it would save money.",
        ] {
            let (_, _, _, source) = one(text);
            assert_eq!(source, "Rep. Tim Ortiz, R-N.M.", "{text}");
        }
    }

    #[test]
    fn a_reflexive_object_makes_no_frame_but_a_self_description() {
        assert!(
            frames("Republicans, many of whom kept away, found themselves with a new attack.")
                .is_empty()
        );
        let (_, content, _, _) = one("Hale has described himself as “a moderate.”");
        assert_eq!(content, "himself as “a moderate.”");
    }

    #[test]
    fn an_attitude_drawn_from_someone_targets_the_subject() {
        let (kind, content, cue, source) = one("The plan drew sharp criticism from Democrats.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (ClaimKind::Reported, "The plan", "criticism", "Democrats")
        );
    }

    #[test]
    fn an_irregular_participle_insert_leaves_the_subject() {
        let (_, content, _, source) =
            one("Lowe's letter, sent to eight committee chairmen, said the agency would act.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the agency would act", "Lowe's letter")
        );
    }

    #[test]
    fn a_programme_title_is_a_listener() {
        let (_, content, _, source) =
            one("In his first interview, the former governor told “Face the Week” that he regretted nothing.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("he regretted nothing", "the former governor")
        );
    }

    #[test]
    fn an_attack_takes_its_as_phrase() {
        let (_, content, cue, _) = one("Hale slammed Lowe as “reckless.”");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("Lowe as “reckless.”", "slammed")
        );
    }

    #[test]
    fn the_writer_goes_on_after_a_quotation_with_a_clause_of_its_own() {
        let found = frames(
            "Hale told supporters the ruling was “a disgrace,” and his campaign released a \
             statement saying Lowe was “under investigation.”",
        );
        let claims: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            claims,
            [
                ("the ruling was “a disgrace,”", "Hale"),
                ("Lowe was “under investigation.”", "his campaign"),
            ]
        );
        // So is `without` and a participle.
        let (_, content, _, _) =
            one("Hale said the judge had conflicts, without specifying what they were.");
        assert_eq!(content, "the judge had conflicts");
        // So is `in a move that …` after a frame, whose `that` opens no content.
        for text in [
            "Ford will close two plants, the company said, in a move that reflects weak demand.",
            "Ford will close two plants, the company said yesterday, in a move that reflects weak demand.",
        ] {
            let (_, content, _, _) = one(text);
            assert_eq!(content, "Ford will close two plants", "{text}");
        }
        // An absolute clause after a quoted comma is the writer's.
        let found = frames(
            "The aides dismissed the report as “fake news,” with Lowe telling reporters that it was false.",
        );
        let contents: Vec<_> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(contents, ["the report as “fake news,”", "it was false"]);
        // So after a noun phrase's content.
        let found = frames(
            "Hale called the inquiry a “witch hunt,” and his lawyers have argued that it must end.",
        );
        let contents: Vec<_> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(contents, ["the inquiry a “witch hunt,”", "it must end"]);
    }

    #[test]
    fn a_frame_inside_another_content_nests() {
        let found = frames("Officials said the bureau had found no evidence of wrongdoing.");
        let claims: Vec<_> = found
            .iter()
            .map(|f| (f.1.as_str(), f.2.as_str(), f.3.as_str()))
            .collect();
        assert_eq!(
            claims,
            [
                (
                    "the bureau had found no evidence of wrongdoing",
                    "said",
                    "Officials"
                ),
                ("no evidence of wrongdoing", "found", "the bureau"),
            ]
        );
        let found =
            frames("“I think he knew it was wrong,” Lowe told the court, “and he said so.”");
        let claims: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert_eq!(claims[1], ("he knew it was wrong", "I"));
        // A noun phrase's content stays part of the outer claim.
        assert_eq!(frames("Aides said the senator supports the ban.").len(), 1);
        assert_eq!(
            frames("Hale told the paper that he would not endorse Lowe “at this time.”").len(),
            1
        );
    }

    #[test]
    fn a_participle_after_a_quoted_comma_is_a_frame_of_its_own() {
        let found = frames("Hale said the plan was “a disaster,” adding that it would cost jobs.");
        let pairs: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("the plan was “a disaster,”", "said"),
                ("it would cost jobs", "adding")
            ]
        );
    }

    #[test]
    fn second_verbs_and_absolutes_end_the_content() {
        let found = frames(
            "Hale wants to build a wall on the border and has said the state will pay for it.",
        );
        let pairs: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("to build a wall on the border", "Hale"),
                ("the state will pay for it", "Hale")
            ]
        );
        // After an infinitive, any finite verb is the subject's own; a base
        // form goes on the infinitive.
        for (text, content) in [
            (
                "Marwick said she preferred to offset the cost but could not justify a delay.",
                "to offset the cost",
            ),
            (
                "Aucoin declined to discuss the loan and ended the call.",
                "to discuss the loan",
            ),
            (
                "The firm found a record of the letters but was taking the account seriously.",
                "a record of the letters",
            ),
            (
                "Marwick vowed to cut the tax and raise the levy.",
                "to cut the tax and raise the levy",
            ),
        ] {
            let found = frames(text);
            assert!(found.iter().any(|f| f.1 == content), "{text}: {found:?}");
        }
        let (_, content, _, source) = one(
            "The rivals clashed over trade, with Hale saying the deal had killed jobs and Lowe defending her record.",
        );
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the deal had killed jobs", "Hale")
        );
    }

    #[test]
    fn a_request_on_its_addressee() {
        let (kind, content, cue, _) = one("Lowe called on the council to hold hearings.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str()),
            (
                ClaimKind::Reported,
                "the council to hold hearings",
                "called"
            )
        );
        // The terms of speaking are no addressee, nor any content.
        for text in [
            "An official, speaking on condition of anonymity to discuss the talks, said the deal was close.",
            "An official, speaking on the condition of anonymity to discuss the talks, said the deal was close.",
        ] {
            let (_, content, _, _) = one(text);
            assert_eq!(content, "the deal was close");
        }
    }

    #[test]
    fn shares_of_those_polled_each_hold_their_answer() {
        let found = frames(
            "Forty-one percent of likely voters say her record helps, while 33 percent say it \
             makes no difference and 22 percent say it hurts.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("her record helps", "Forty-one percent of likely voters"),
                ("it makes no difference", "33 percent"),
                ("it hurts", "22 percent")
            ]
        );
        // A finding's two shares are one content: `opposed` is no frame of speech.
        let found =
            frames("The poll found 48 percent supported an inquiry and 45 percent opposed it.");
        assert_eq!(
            found[0].1,
            "48 percent supported an inquiry and 45 percent opposed it"
        );
    }

    #[test]
    fn a_second_act_of_the_speaker_ends_the_content() {
        let found =
            frames("She said Boyce “has no plan” and accused her of voting against relief.");
        assert_eq!(found[0].1, "Boyce “has no plan”");
        assert_eq!(found[1].1, "her of voting against relief");
        let found =
            frames("She said she backs the credit and accused Boyce of voting against relief.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("she backs the credit", "said"),
                ("Boyce of voting against relief", "accused")
            ]
        );
    }

    #[test]
    fn an_inverted_frames_appositive_is_no_content() {
        for tail in ["at Arizona State University", "who studies elections"] {
            let text =
                format!("Picks rarely move votes, said Kyle Brandt, a political scientist {tail}.");
            let (_, content, _, source) = one(&text);
            assert_eq!(
                (content.as_str(), source.as_str()),
                ("Picks rarely move votes", "Kyle Brandt")
            );
        }
        // A verb after the frame still continues the content.
        let (_, content, _, _) = one("The plan, said Lowe, is dead.");
        assert_eq!(content, "The plan, said Lowe, is dead");
    }

    #[test]
    fn a_verb_form_before_a_role_is_its_modifier() {
        let found = frames("Gary Tillman, a Republican state senator, said he would sue.");
        assert_eq!(found[0].3, "Gary Tillman, a Republican state senator");
        assert!(frames("Arizona state lawmakers charged with taking bribes").is_empty());
        // (A singular's descriptor before a name: `Tech blog The Byte Ledger`.)
        assert_eq!(
            frames("Tech blog The Byte Ledger described the move as overdue.")[0].3,
            "The Byte Ledger"
        );
        // (After a name no table knows, before the noun ending its phrase.)
        assert!(frames("The vote in the Nordhalde state election was close.").is_empty());
        // `want someone who …`: a pronoun-like object is still an object.
        assert_eq!(frames("I want someone who listens.").len(), 1);
    }

    #[test]
    fn a_past_verb_opens_no_clause_content() {
        let found = frames("Lowe argued with the moderators, lost the thread and left.");
        assert!(found.iter().all(|f| !f.1.starts_with("lost")), "{found:?}");
    }

    #[test]
    fn a_verb_of_going_on_carries_the_frame() {
        for text in [
            "Hartwell continued to insist that the deal was a disaster.",
            "Hartwell later went on to say that the deal was a disaster.",
        ] {
            let (_, content, _, source) = one(text);
            assert_eq!(
                (content.as_str(), source.as_str()),
                ("the deal was a disaster", "Hartwell")
            );
        }
    }

    #[test]
    fn a_clause_after_the_phrase_of_a_statement_is_the_content() {
        for (text, want) in [
            (
                "Klein said in a statement the deal was done.",
                "the deal was done",
            ),
            (
                "Klein said in an interview the deal was done.",
                "the deal was done",
            ),
            (
                "Harwick said on Tuesday its board had rejected the offer.",
                "its board had rejected the offer",
            ),
            (
                "Klein told us in a statement the final cap “was a team effort.”",
                "the final cap “was a team effort.”",
            ),
        ] {
            let (_, content, _, _) = one(text);
            assert_eq!(content, want, "{text}");
        }
    }

    #[test]
    fn a_party_tag_and_an_insert_before_the_verb() {
        let (_, _, _, source) =
            one("Sen. Roberta Klein (R-Ariz.), one of the negotiators, said the cap was fine.");
        assert_eq!(
            source,
            "Sen. Roberta Klein (R-Ariz.), one of the negotiators"
        );
        let (_, _, _, source) =
            one("Rosa Elizondo, one of the board’s two Democrats, said the vote was a stunt.");
        assert_eq!(source, "Rosa Elizondo, one of the board’s two Democrats");
    }

    #[test]
    fn an_age_after_the_subject() {
        for text in [
            "Voters under 30 say they will vote.",
            "Only 54 percent of registered voters under 30 say they are certain to vote.",
        ] {
            assert_eq!(frames(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_shows_title_after_the_verb_is_no_content() {
        let (_, content, _, _) =
            one("Delacroix said on “Fox & Friends” the speech was aimed at voters.");
        assert_eq!(content, "the speech was aimed at voters");
    }

    #[test]
    fn a_writers_appositive_holding_a_frame_ends_the_content() {
        let found = frames(
            "Boyce said he would not back a ban, a position Castellano called “convenient.”",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("he would not back a ban", "Boyce"),
                ("“convenient.”", "Castellano")
            ]
        );
    }

    #[test]
    fn a_frame_nests_before_according_to_after_a_quoted_comma() {
        let found =
            frames("Salcedo argued that it was “thin as paper,” according to three attendees.");
        let got: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            got,
            [
                "Salcedo argued that it was “thin as paper,”",
                "it was “thin as paper,”"
            ]
        );
    }

    #[test]
    fn a_frame_nests_in_content_before_a_partitive_source() {
        let found =
            frames("Salcedo warned that the order could spook investors, two of the people said.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (
                    "Salcedo warned that the order could spook investors",
                    "two of the people"
                ),
                ("the order could spook investors", "Salcedo")
            ]
        );
    }

    #[test]
    fn a_participle_takes_both_that_clauses() {
        let found = frames(
            "Haddad rejected the criticism, saying most donors were residents and that the trust had “no say” in it.",
        );
        let (kind, content, cue, _) = &found[1];
        assert_eq!(
            (*kind, content.as_str(), cue.as_str()),
            (
                ClaimKind::PartialQuote,
                "most donors were residents and that the trust had “no say” in it",
                "saying"
            )
        );
    }

    #[test]
    fn a_contrast_after_a_quotation_is_the_writers() {
        let (_, content, _, _) = one(
            "Benning said it was “a question for Michigan voters”, while her rival has not commented.",
        );
        assert_eq!(content, "it was “a question for Michigan voters”");
    }

    #[test]
    fn a_speakers_own_belief_nests_in_the_quotation() {
        let found = frames("“I think voters will punish them,” Lowe said.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("“I think voters will punish them,”", "Lowe"),
                ("voters will punish them", "I")
            ]
        );
        // Each sentence of the quotation on its own, after a contraction.
        let found = frames("Lowe said: “I've always believed we could win. We hope to.”");
        let got: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(got[1..], ["we could win"]);
        // Only the first person, only minds: `they tell us` is the speaker's own words.
        assert_eq!(
            frames("“Now they tell us the deal is off,” Lowe said.").len(),
            1
        );
        assert_eq!(frames("“I said the deal was off,” Lowe said.").len(), 1);
        // Nor a feeling.
        assert_eq!(
            frames("“We feel good about where we are,” Mook said.").len(),
            1
        );
        // The content ends with its sentence in a quotation of several.
        let found = frames("Ruiz said: “We want the boats to run on time. Some days I wait.”");
        assert_eq!(found[1].1, "the boats to run on time");
        // A quotation nobody is credited with holds no frame either.
        assert!(frames("“I think voters will punish them.”").is_empty());
    }

    #[test]
    fn a_named_persons_mind_nests_in_the_quotation() {
        let found = frames("“Nolan Preece wants to hand millionaires a tax cut,” Lowe said.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(got[1], ("to hand millionaires a tax cut", "Nolan Preece"));
        // Not a description, whose referent only the speaker knows, nor an
        // object alone (a pronoun's mind nests: see the test before).
        for text in [
            "“The senator wants to cut taxes,” Lowe said.",
            "“Preece wants a tax cut for millionaires,” Lowe said.",
            "“Then Preece thinks that we are done,” Lowe said.",
        ] {
            assert_eq!(frames(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn an_intention_nests_in_what_was_said() {
        let found = frames("Her lawyer said she intends to fight the charges.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("she intends to fight the charges", "Her lawyer"),
                ("to fight the charges", "she")
            ]
        );
        // Not an appearance: `appears to` is no one's intention.
        assert_eq!(frames("Aides said the plan appears to work.").len(), 1);
        // An object and its infinitive: `expected Congress to balk`.
        let found = frames("He told reporters he expected Congress to balk at the price.");
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("Congress to balk at the price", "he")
        );
        // Not a noun's infinitive: `some ability to control a fall`.
        assert_eq!(
            frames("They said the feathers suggested at least some ability to control a fall.")
                .len(),
            1
        );
    }

    #[test]
    fn contrasting_frames_split_the_sentence() {
        let found = frames(
            "Critics argue the law is unconstitutional, while supporters say it protects children.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("the law is unconstitutional", "Critics"),
                ("it protects children", "supporters")
            ]
        );
        // A subject of common nouns the phrase reader does not take.
        let found = frames(
            "Critics argue the plan does little, and human rights groups have warned that it could backfire.",
        );
        assert_eq!(found[0].1, "the plan does little");
        // The second subject after a time adjunct, in a quantity, or with
        // an apposition of its own.
        for text in [
            "They said they were undecided, and on Wednesday the council, an umbrella group, said it was dead.",
            "They said they were undecided, and at least three said they had been told it was dead.",
            "They said they were undecided, and later the council said it was dead.",
            "They said they were undecided, and Republicans quickly touted it as proof.",
            "They said they were undecided — though he concedes he lacks the votes.",
        ] {
            assert_eq!(frames(text)[0].1, "they were undecided", "{text}");
        }
        let found = frames("Lowe said the deal was sound, even as critics vowed to block it.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            vec![("the deal was sound", "Lowe"), ("to block it", "critics")]
        );
    }

    #[test]
    fn a_frame_in_a_relative_clause_ends_with_it() {
        let found = frames("Chatterbox, which says it has 9 million users, called the decision “deeply disappointing.”");
        assert_eq!(found[0].1, "it has 9 million users");
        assert_eq!(found[0].3, "Chatterbox");
        assert_eq!(found[1].1, "the decision “deeply disappointing.”");
    }

    #[test]
    fn name_particles_stay_in_the_name() {
        let (_, _, _, source) =
            one("\"We are not going back,\" said Joost van Dijk, a spokesman for the union.");
        assert_eq!(source, "Joost van Dijk, a spokesman for the union");
    }

    #[test]
    fn describe_takes_its_as_phrase() {
        let (kind, content, _, _) =
            one("Researchers described the pace as faster than any model had predicted.");
        assert_eq!(kind, ClaimKind::Reported);
        assert_eq!(content, "the pace as faster than any model had predicted");
        // A participle after the quotation's comma is the writer's.
        let found = frames("Vail dismissed the study as “a guess,” saying voters had moved away.");
        assert_eq!(found[0].1, "the study as “a guess,”");
    }

    #[test]
    fn a_frame_takes_no_quotation_from_the_paragraph_before() {
        let found = frames(
            "“We are not done,” Hartwell said. “We are just starting.”\n\nCastellano did not concede.",
        );
        assert!(
            found
                .iter()
                .all(|f| f.3 != "Castellano" || !f.1.contains("starting")),
            "{found:?}"
        );
    }

    #[test]
    fn a_prediction_of_a_thing_nests_in_another_content() {
        let found = frames("Tillery said he expected a committee vote this month.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("he expected a committee vote this month", "said"),
                ("a committee vote this month", "expected")
            ]
        );
        // A part of a group for its subject; a quantity keeps its adverb.
        let (_, content, _, source) = one("Most of them expect just two rate increases.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("just two rate increases", "Most of them")
        );
        // Not a passive's, nor a thing thought of.
        assert_eq!(
            frames("He said the river is forecast to crest at 9 meters.").len(),
            1
        );
        assert_eq!(frames("He said she considered a flat tax.").len(), 1);
    }

    #[test]
    fn a_second_participle_of_the_frame_ends_the_content() {
        let found = frames(
            "Hale spoke briefly, telling reporters he had won and dismissing questions about the plan.",
        );
        assert_eq!(found[0].1, "he had won");
        assert_eq!(
            (found[1].1.as_str(), found[1].2.as_str()),
            ("questions about the plan", "dismissing")
        );
        let found = frames(
            "It ended with Dunmore accusing the senator of lying and Vickers calling the plan a fantasy.",
        );
        assert_eq!(found[0].1, "the senator of lying");
    }

    #[test]
    fn a_relative_clause_on_an_appositive_is_the_named_persons_frame() {
        let found = frames(
            "“She was sharper,” said Dave Kulka, 67, a retired autoworker who said he voted Republican.",
        );
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            (
                "he voted Republican",
                "Dave Kulka, 67, a retired autoworker"
            )
        );
    }

    #[test]
    fn a_plural_noun_after_and_is_no_second_frame() {
        let (_, content, _, _) =
            one("The office said it had received 2,000 calls and emails from constituents.");
        assert_eq!(
            content,
            "it had received 2,000 calls and emails from constituents"
        );
    }

    #[test]
    fn a_view_widely_held_is_unnamed_peoples() {
        for (text, content) in [
            (
                "Eckert, who is widely expected to run in 2018, vetoed it.",
                "to run in 2018",
            ),
            (
                "She is widely considered a likely candidate.",
                "a likely candidate",
            ),
            // (A view is its `as` phrase; `is described as` keeps the subject.)
            (
                "He is widely viewed as an ally of the leadership.",
                "an ally of the leadership",
            ),
        ] {
            let found = frames(text);
            assert_eq!(
                (found[0].1.as_str(), found[0].3.as_str()),
                (content, ""),
                "{text}"
            );
        }
        // Without `widely`, a forecast in the writer's voice.
        assert!(frames("Eckert is expected to run in 2018.").is_empty());
    }

    #[test]
    fn verb_idioms_frame_their_object() {
        let found = frames("Lowe, who chairs the panel, took issue with the estimate on Monday.");
        let got: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|f| (f.1.as_str(), f.2.as_str(), f.3.as_str()))
            .collect();
        assert_eq!(got, [("the estimate", "took issue with", "Lowe")]);
        let (_, content, cue, source) = one("Republicans have cast doubt on the figures.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the figures", "cast doubt on", "Republicans")
        );
        // A claim of a deed: what it was for.
        let (_, content, cue, _) =
            one("The Houthi movement claimed responsibility for the attack on Monday.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("the attack", "claimed responsibility for")
        );
        // An estimate: `put the cost at` (a cue verb's frame now).
        let (_, content, cue, _) = one("Analysts put the cost at $1,700 per household.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("the cost at $1,700 per household", "put")
        );
        // The verb chain of any cue verb (`has yet to`).
        assert_eq!(one("Lowe has yet to take issue with the plan.").3, "Lowe");
        // A participle after a comma is its clause subject's.
        let found =
            frames("The governor, speaking in Ohio, took aim at the bill, taking a swipe at Hale.");
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("Hale", "The governor")
        );
        // No position is taken in a negation or a question.
        assert!(frames("She did not take issue with the plan.").is_empty());
        assert!(frames("Asked whether he would side with the governor, Hale smiled.").is_empty());
    }

    #[test]
    fn a_time_phrase_before_a_modal_is_the_subject() {
        let (_, content, _, _) = one("He believes this year could be different.");
        assert_eq!(content, "this year could be different");
        let (_, content, _, _) = one("He said last week that it would be decisive.");
        assert_eq!(content, "it would be decisive");
    }

    #[test]
    fn coordinated_that_clauses_are_one_content() {
        let (_, content, _, _) = one("Meridian argues that its staffing meets the rules and that the demands would cost $90 million.");
        assert_eq!(
            content,
            "its staffing meets the rules and that the demands would cost $90 million"
        );
    }

    #[test]
    fn a_parenthetical_frame_splits_its_content_into_parts() {
        let doc =
            Document::new("But in recent days, aides to the mayor say, she has grown impatient.");
        let quotes = find_quotes(&doc);
        let found = link(&doc, &quotes);
        assert_eq!(found.len(), 1, "{found:?}");
        let parts: Vec<&str> = found[0]
            .parts
            .iter()
            .map(|p| doc.slice(p.clone()))
            .collect();
        assert_eq!(parts, vec!["in recent days", "she has grown impatient"]);
        assert_eq!(
            doc.slice(found[0].source.clone().unwrap()),
            "aides to the mayor"
        );
        let parts_of = |text: &str| -> Vec<String> {
            let doc = Document::new(text);
            let found = link(&doc, &find_quotes(&doc));
            found[0]
                .parts
                .iter()
                .map(|p| doc.slice(p.clone()).to_owned())
                .collect()
        };
        // A contrasting clause with its own subject is a piece; a verb
        // phrase of the frame's subject is not.
        assert_eq!(
            parts_of("Prices will rise, he said, but wages will fall."),
            ["Prices will rise", "but wages will fall"]
        );
        assert!(parts_of("Prices will rise, he said, but refused to say more.").is_empty());
        // After a coordinated clause, the piece is the subject after `and`.
        assert_eq!(
            parts_of("The loss makes it harder, and his path, aides say, now runs through Ohio."),
            ["his path", "now runs through Ohio"]
        );
        // A frame set in a clause that goes on with `that`.
        assert_eq!(
            parts_of("Party leaders are worried, he said, that the fight will leave them broke."),
            [
                "Party leaders are worried",
                "that the fight will leave them broke"
            ]
        );
        // After an inverted frame and the source's appositive, the subject's verb.
        assert_eq!(
            parts_of("Varney, said Dale Kucera, a machinist from Racine, is “the only one.”"),
            ["Varney", "is “the only one.”"]
        );
        // A quotation right after the frame goes on from the subject before
        // it (not when it opens a clause of its own).
        assert_eq!(
            parts_of("The dispute, Mr. Stahl added, “is not going to be settled by lawsuits.”"),
            ["The dispute", "“is not going to be settled by lawsuits.”"]
        );
        assert!(parts_of("Frankly, he said, “it is over.”").is_empty());
        // After a whole clause, a comparison is the writer's, not a piece;
        // after `It was` the clause goes on.
        // (The tally's own `showed` nests inside.)
        let found = frames(
            "The tally showed 22 votes against it, two aides said, far more than he can lose.",
        );
        assert_eq!(found[0].1, "The tally showed 22 votes against it");
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("22 votes against it", "The tally")
        );
        // After an inverted frame, a phrase with no verb is its adjunct.
        let (_, content, _, _) =
            one("Her arrival adds weight, said Ann Lowe, an economist, in an interview.");
        assert_eq!(content, "Her arrival adds weight");
        assert_eq!(
            parts_of("It was, her advisers acknowledged, a deliberate choice."),
            ["It was", "a deliberate choice"]
        );
    }

    #[test]
    fn real_news_source_shapes() {
        for (text, source) in [
            (
                "Sen. Ann Lowe (D-Ore.) said the bill would fail.",
                "Sen. Ann Lowe (D-Ore.)",
            ),
            (
                "People familiar with the matter said the sides were close to a deal.",
                "People familiar with the matter",
            ),
            (
                "Lawyers for the firm contend the suit has no merit.",
                "Lawyers for the firm",
            ),
            (
                "Mr. Smith, 45 years old, said the board would meet.",
                "Mr. Smith",
            ),
            (
                "“It is over,” Khaled Ali, editor at large at the Gazette, said.",
                "Khaled Ali, editor at large at the Gazette",
            ),
            ("''We will win,'' she said.", "she"),
            (
                "The firm's analysis of its own sales data found that demand fell.",
                "The firm's analysis of its own sales data",
            ),
            (
                "Papers in academic journals including Social Science & Medicine have described it as quackery.",
                "Papers in academic journals including Social Science & Medicine",
            ),
            (
                "The memo which had a stamp on every page described the flaws.",
                "The memo which had a stamp on every page",
            ),
            // An opening adjunct is no part of the subject.
            ("In a statement the ministry said the plan failed.", "the ministry"),
            (
                "“It is over,” said Bolden to the crowd, which cheered.",
                "Bolden",
            ),
            (
                "Rosa Diaz, curator of prints at the University of Arkansas, Fayetteville, said the loan was agreed.",
                "Rosa Diaz, curator of prints at the University of Arkansas, Fayetteville",
            ),
            // A capital before a lowercase head is its modifier, not a name.
            (
                "His Democratic challenger, state Treasurer Amelia Cortez, said the vote was a sham.",
                "His Democratic challenger, state Treasurer Amelia Cortez",
            ),
            ("The mayor of Dayton, Ohio, said it was fine.", "The mayor of Dayton, Ohio"),
            // A restrictive relative in `whose` before a base form.
            (
                "Senators whose votes would be needed tell NPR they are undecided.",
                "Senators",
            ),
            // A lowercase modifier before a capital one; a gerund's
            // post-modifier before the verb.
            (
                "Three senators have urged a vote, a senior GOP aide said.",
                "a senior GOP aide",
            ),
            (
                "At least three senators facing re-election in swing states have urged a vote.",
                "three senators",
            ),
            // A show's title after its network.
            (
                "Rourke said on NBC’s “Press Forward” that the party would split.",
                "Rourke",
            ),
        ] {
            let (_, _, _, found) = one(text);
            assert_eq!(found, source, "{text}");
        }
        // A possessor makes a phrase of any head; a parenthetical after an
        // inverted source stays with it.
        for (text, source) in [
            (
                "Clinton's campaign described the remarks as offensive.",
                "Clinton's campaign",
            ),
            (
                "Smith's office said the remarks were offensive.",
                "Smith's office",
            ),
            (
                "Clinton's running mate said the race was close.",
                "Clinton's running mate",
            ),
            (
                "Clinton's running mate, Tim Kaine, said the race was close.",
                "Clinton's running mate, Tim Kaine",
            ),
            (
                "The bill would pass, said Sen. Ann Lowe (D-Ore.).",
                "Sen. Ann Lowe (D-Ore.)",
            ),
        ] {
            let (_, _, _, found) = one(text);
            assert_eq!(found, source, "{text}");
        }
        // Whom the words are about closes the frame, and a relative clause
        // after it describes that noun.
        let (_, content, _, source) =
            one("“He is a liar,” the former mayor said of Trump in an interview.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("“He is a liar,”", "the former mayor")
        );
        assert_eq!(
            frames("The plan is a disaster, she said of the proposal, which passed.")[0].1,
            "The plan is a disaster"
        );
        // Descriptions and names in apposition to a common noun; a datelined
        // sentence's subject; an of-phrase after the listener.
        for (text, source) in [
            (
                "Its trade group, the Alliance for Medical Progress, argues that prices would fall.",
                "Its trade group, the Alliance for Medical Progress",
            ),
            ("The company, the largest in the region, said profits fell.", "The company, the largest in the region"),
            ("WASHINGTON — Democrats pressed on, arguing that voters agree.", "Democrats"),
            ("“It works,” Okafor told the audience of about 2,000 developers.", "Okafor"),
        ] {
            let (_, _, _, found) = one(text);
            assert_eq!(found, source, "{text}");
        }
        // A `who` clause after an unnamed source; an emphatic pronoun.
        for (text, source) in [
            (
                "Two people close to the campaign, who requested anonymity to discuss private talks, said he was frustrated.",
                "Two people close to the campaign",
            ),
            ("Trump himself said the reports were false.", "Trump"),
        ] {
            let (_, _, _, found) = one(text);
            assert_eq!(found, source, "{text}");
        }
        // A quoted title after the frame's adjunct is no second quotation;
        // an adverb before a participial insert.
        let (_, content, _, _) =
            one("“I'm not going anywhere,” Sanders said Sunday on CNN's “State of the Union.”");
        assert_eq!(content, "“I'm not going anywhere,”");
        let (_, _, _, source) =
            one("The memo, first reported by The Washington Post, says the agency lacked staff.");
        assert_eq!(source, "The memo");
        // What listeners were told comes from nobody named; the listeners
        // are no part of it.
        for (text, content) in [
            (
                "Staff were told the office would close at noon.",
                "the office would close at noon",
            ),
            (
                "Lawmakers were warned that the deficit would grow.",
                "the deficit would grow",
            ),
            (
                "The parents were advised to see a specialist.",
                "to see a specialist",
            ),
        ] {
            let (_, found, _, source) = one(text);
            assert_eq!((found.as_str(), source.as_str()), (content, ""), "{text}");
        }
        assert_eq!(
            one("The mayor said the city would hire 200 officers, a move that drew criticism.").1,
            "the city would hire 200 officers"
        );
        assert_eq!(
            one("The mayor said the city would hire 200 officers — a claim few believe.").1,
            "the city would hire 200 officers"
        );
        // A summing-up noun after the content is the writer's, and its
        // relative clause no frame of the words before: its verb takes a
        // side on the noun itself.
        let found = frames(
            "Republicans have long argued that the law hurts firms, a claim Democrats dispute.",
        );
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("the law hurts firms", "Republicans")
        );
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("a claim", "Democrats")
        );
        // So is a noun with a frame of its own.
        assert_eq!(
            frames("Supporters argue the law deters fraud, a kind of fraud they say is rare.")[0].1,
            "the law deters fraud"
        );
        assert_eq!(
            one("Allies urged him to talk less about taxes, an issue Mr. Hale emphasized.").1,
            "him to talk less about taxes"
        );
        // So is a view others share, but not a definition.
        assert_eq!(
            one("Rubio said the attacks were unworthy of the office, a sentiment echoed by several colleagues.").1,
            "the attacks were unworthy of the office"
        );
        assert_eq!(
            one("Hale said the worst case is scurvy, a condition characterized by severe fatigue.")
                .1,
            "the worst case is scurvy, a condition characterized by severe fatigue"
        );
        // A relative clause's frame whose gap is its object, or the thing it
        // names or describes.
        let (_, content, _, source) =
            one("The wall, which Hale says the state will pay for, would cost $12 billion.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the state will pay for", "Hale")
        );
        for (text, words) in [
            (
                "Lowe, whom Hale has called “reckless,” replied.",
                "“reckless,”",
            ),
            (
                "He attacked Lowe, whom he described as “a menace.”",
                "“a menace.”",
            ),
        ] {
            let (kind, content, _, _) = one(text);
            assert_eq!((kind, content.as_str()), (ClaimKind::PartialQuote, words));
        }
        // A frame after the relative pronoun of its content's clause; a
        // subordinate clause after a mid-sentence frame is no part of its content.
        let (_, content, _, source) =
            one("The cuts, which the company said would save $600 million, come as sales slow.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("would save $600 million", "the company")
        );
        let found =
            frames("Ford will cut 3,000 jobs, the automaker said on Monday, as it seeks savings.");
        assert_eq!(found[0].1, "Ford will cut 3,000 jobs");
        // A short description between the subject and its verb; a listener
        // is never an inverted speaker.
        assert_eq!(
            one("The coach, visibly angry, told the referee: “That was never a foul.”").3,
            "The coach"
        );
        // An owner's words after a colon; a part of the day after its day.
        let (_, content, cue, source) =
            one("The senator's message to supporters was blunt: “We lost. We will be back.”");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("“We lost. We will be back.”", "message", "The senator")
        );
        assert_eq!(one("Her verdict: the plan is dead.").1, "the plan is dead");
        assert_eq!(
            one("“This is not over,” Warren said Thursday night.").3,
            "Warren"
        );
        // The rest of a listener's phrase before `that`.
        assert_eq!(
            one("Pelosi told reporters at her weekly news conference that Democrats were united.")
                .1,
            "Democrats were united"
        );
        // A thing closing the sentence after `urged` is its content, a person its listener.
        assert_eq!(
            one("The minister urged restraint from all sides.").1,
            "restraint from all sides"
        );
        assert_eq!(
            one("“We will win,” he promised voters.").1,
            "“We will win,”"
        );
        // (Or closing its clause before the subject's second frame.)
        let found =
            frames("Vardak promised a full investigation and said the owner would face charges.");
        assert_eq!(found[0].1, "a full investigation", "{found:?}");
        assert_eq!(found[1].1, "the owner would face charges", "{found:?}");
        // `that` before a short noun phrase closing the sentence is its determiner.
        let (kind, content, _, _) = one("Ortega rejected that description.");
        assert_eq!(
            (kind, content.as_str()),
            (ClaimKind::Reported, "that description")
        );
        assert_eq!(
            frames("She said that Smith resigned.")[0].1,
            "Smith resigned"
        );
        // (Nor before a noun, its verb's -s and an object.)
        assert_eq!(
            frames("The study found that sleep helps memory.")[0].1,
            "sleep helps memory"
        );
        // (Nor before a share opening the clause's subject.)
        for (text, content) in [
            (
                "Kaya said that half of firms comply.",
                "half of firms comply",
            ),
            (
                "Kaya estimated that fewer than half of firms comply.",
                "fewer than half of firms comply",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        // A stray comma between the subject and its auxiliary.
        let (_, content, _, source) =
            one("The security firm Secunia.com, has said that the browser has 277 flaws.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the browser has 277 flaws", "The security firm Secunia.com")
        );
        // A semicolon joins the content's clauses unless a frame follows it
        // (its own or the next clause's).
        let found = frames("Supporters say it protects children; opponents call it a scheme.");
        assert_eq!(
            (found[0].1.as_str(), found[1].3.as_str()),
            ("it protects children", "opponents")
        );
        let found = frames("Police said 800 people came; organisers put the figure at 3,000.");
        assert_eq!(
            (found[0].1.as_str(), found[1].3.as_str()),
            ("800 people came", "organisers")
        );
        assert_eq!(
            frames("The firm said the browser has 277 flaws; 39 of these are critical.")[0].1,
            "the browser has 277 flaws; 39 of these are critical"
        );
        // A past form ends the subject before a participial frame.
        let found = frames("Members of the panel voted 7-2 to recommend it, saying the benefits outweighed the risks.");
        assert_eq!(found[0].3, "Members of the panel");
        // A sentence adverb before a parenthetical frame is no piece of the content.
        let (_, content, _, _) = one("Still, Jensen said, he is not ready to give up.");
        assert_eq!(content, "he is not ready to give up");
        // A second verb after `but` takes no content from before its subject.
        let found =
            frames("Asked about it, McConnell said he had great respect for him but disagreed.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "he had great respect for him");
        // A noun before a participle with its time is no verb.
        let (_, content, cue, _) =
            one("Government figures released Wednesday show unemployment fell.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("unemployment fell", "show")
        );
        // So is one before an irregular past.
        assert!(frames("The network's evening shows drew record audiences.").is_empty());
        // A person showing or finding a thing acts; a poll shows.
        assert!(frames("Republican leaders have shown little interest.").is_empty());
        assert!(frames("Researchers discovered a new species.").is_empty());
        assert_eq!(
            frames("Several polls show Clinton with a narrow lead.").len(),
            1
        );
        // After `that`, `according to X,` opens a new clause.
        let (_, content, _, source) =
            one("The upshot is that according to the posting, the site was down.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the site was down", "the posting")
        );
        // `According to X <participle> …, content`.
        let (_, content, _, _) =
            one("According to a memo circulated to council members, the agency faces a shortfall.");
        assert_eq!(content, "the agency faces a shortfall");
        for text in [
            "Ms. Lowe, who in 2010 said the law was a mistake, voted for it.",
            "Ms. Lowe, who last year said the law was a mistake, voted for it.",
        ] {
            let found = frames(text);
            assert_eq!(
                (found[0].1.as_str(), found[0].3.as_str()),
                ("the law was a mistake", "Ms. Lowe"),
                "{text}"
            );
        }
    }

    #[test]
    fn attitude_adjectives_after_be() {
        let (kind, content, cue, source) =
            one("The Holy Synod, a church body, is extremely critical of the new rite.");
        assert_eq!((kind, cue.as_str()), (ClaimKind::Reported, "critical"));
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the new rite", "The Holy Synod, a church body")
        );
        let (_, content, _, _) = one("Growers are confident that prices will recover.");
        assert_eq!(content, "prices will recover");
        assert!(frames("He is sure.").is_empty());
        // A clause with no `that`, also nested in another's content; none
        // in a question.
        let (_, content, _, _) = one("Growers are confident prices will recover.");
        assert_eq!(content, "prices will recover");
        let found = frames("Aides said the governor was confident the veto would hold.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            [
                ("the governor was confident the veto would hold", "Aides"),
                ("the veto would hold", "the governor")
            ]
        );
        assert!(frames("Asked whether he was confident he would win, Hale smiled.").is_empty());
    }

    #[test]
    fn nominal_cues_without_that() {
        let (_, content, cue, source) =
            one("The site is complying with the league's requests to take down the video.");
        assert_eq!((cue.as_str(), source.as_str()), ("requests", "the league"));
        assert_eq!(content, "to take down the video");
    }

    #[test]
    fn a_headline_in_title_case() {
        let (kind, content, cue, source) =
            one("Clinton Says Trump Is Unfit to Lead\n\nIt was late.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (
                ClaimKind::Indirect,
                "Trump Is Unfit to Lead",
                "Says",
                "Clinton"
            )
        );
        assert_eq!(
            frames("Senate Democrats Say Deal Is Dead")[0].3,
            "Senate Democrats"
        );
        // The headline's own participle after a comma is no content.
        assert_eq!(
            frames("Carrigan Says Allies Must Pay Up, Stirring Rebukes Abroad")[0].1,
            "Allies Must Pay Up"
        );
        // A noun in `-s` may be the verb: no source ends in one.
        for text in [
            "Governor Taps Appeals Judge for Supreme Court",
            "Shutdown Drags On With No Talks Scheduled",
            "North Korea puts military on alert",
            // (`push` frames nothing but a `for` phrase.)
            "Idaho Workers Push A $15 Wage Onto The Ballot",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_title_case_headline_of_two_sentences_or_clauses() {
        let found = frames(
            "Marsh Opposes the Trade Pact. Her Advisers Say the Voters Changed.\n\nIt was late.",
        );
        assert!(found
            .iter()
            .any(|f| (f.1.as_str(), f.3.as_str()) == ("the Voters Changed", "Her Advisers")));
        let found =
            frames("Ashby’s Ratings Slide, and His Advisers Fear It Is About Him\n\nIt was late.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "It Is About Him");
    }

    #[test]
    fn a_second_verb_after_a_subject_with_its_name_or_role_set_off() {
        for text in [
            "The chief executive, Tor Aamodt, apologised to residents and said the firm would pay.",
            "Tor Aamodt, the chief executive, apologised to residents and said the firm would pay.",
        ] {
            let found = frames(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, "the firm would pay", "{text}");
        }
        // (Not past a participle's phrase: `and state money` is no frame.)
        assert!(frames(
            "The agreement, announced Tuesday, would pay users federal and state money to use less."
        )
        .is_empty());
    }

    #[test]
    fn a_demonstratives_noun_before_a_participles_comma_is_the_thing_rejected() {
        let found = frames("Ms. Koh disputed that characterization, saying the memo was old.");
        assert_eq!(
            (found[0].0, found[0].1.as_str()),
            (ClaimKind::Reported, "that characterization")
        );
        // (A plural before the comma is a clause's subject.)
        assert_eq!(
            frames("He said that prices, rising fast, would fall.")[0].1,
            "prices, rising fast, would fall"
        );
    }

    #[test]
    fn a_name_after_a_singular_listener_before_its_verb_opens_the_content() {
        let found = frames("Zhang told the council China was deeply concerned.");
        assert_eq!(found[0].1, "China was deeply concerned");
        // (A descriptor's name before a clause of its own is the listener's.)
        assert_eq!(
            frames("He told the broadcaster NHK the plan was dead.")[0].1,
            "the plan was dead"
        );
    }

    #[test]
    fn online_is_an_adverb_before_that() {
        let found = frames("Residents speculated online that a truck had been too heavy.");
        assert_eq!(found[0].1, "a truck had been too heavy");
    }

    #[test]
    fn an_adjunct_with_a_possessor_before_that() {
        let found = frames(
            "Marta Lis said at a press conference outside the bishop’s residence that the fund had written to him.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "the fund had written to him");
        // (Not past the possessor to a sentence's end: a statement posted on
        // the festival's account reads.)
        let found = frames(
            "\"We are sorry,\" a statement posted on the festival's Instagram account on Wednesday reads.",
        );
        assert_eq!(found[0].2, "reads", "{found:?}");
    }

    #[test]
    fn a_free_relatives_description_is_its_subjects_claim() {
        for (text, source) in [
            (
                "Thousands marched in what activists described as the largest protest in years.",
                "activists",
            ),
            (
                "Thousands marched in what police called the largest protest in years.",
                "police",
            ),
        ] {
            let found = frames(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].1.as_str(), found[0].3.as_str()),
                ("the largest protest in years", source),
                "{text}"
            );
        }
    }

    #[test]
    fn a_discovery_is_no_finding() {
        for text in [
            "Police found the woman dead in her flat.",
            "The woman was found by her brother shortly after 7pm.",
            "Police said a van found burnt out near the farm was being examined.",
        ] {
            assert!(
                frames(text).iter().all(|f| f.2 != "found"),
                "{text}: {:?}",
                frames(text)
            );
        }
        // (What a report or an audit found is its finding.)
        assert_eq!(frames("The audit found the system flawed.")[0].2, "found");
        assert_eq!(
            frames("A study found that the area burned each year had tripled.")[0].2,
            "found"
        );
    }

    #[test]
    fn a_question_left_for_later_is_no_claim() {
        for text in [
            "Investigators would determine whether the captain should have turned back.",
            "He will announce which route was chosen next week.",
        ] {
            assert!(frames(text).is_empty(), "{text}: {:?}", frames(text));
        }
        // (One left open now is: `would not say whether`, `did not say when
        // that would be`.)
        assert_eq!(frames("She would not say whether she would run.").len(), 1);
        assert_eq!(
            frames("She did not say when that would be.")[0].1,
            "when that would be"
        );
    }

    #[test]
    fn a_cited_title_in_a_list_of_sources_reads_as_a_headline() {
        let found = frames(
            "Sources\n\n\"Budget cut not final, say officials\" — The Daily Ledger, May 2, 2020\n\n\
             Ann Lee. \"Mayor calls for inquiry into flooding\" — City Radio, May 3, 2020",
        );
        let found: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|f| (f.1.as_str(), f.2.as_str(), f.3.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("Budget cut not final", "say", "officials"),
                ("inquiry into flooding", "calls", "Mayor"),
            ]
        );
    }

    #[test]
    fn a_headline_source_before_a_colon() {
        let (_, content, cue, source) =
            one("Peskov: Putin visit is “in the pipeline”\n\nHe said so.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("Putin visit is “in the pipeline”", ":", "Peskov")
        );
        assert_eq!(
            frames("Reports: UK to replace asylum interviews with a form")[0].3,
            "Reports"
        );
        // Labels, datelines and lines of a longer paragraph are no sources.
        for text in [
            "Update: The road has reopened after the crash.",
            "WASHINGTON: The Senate voted on the bill.",
            "Categories: Canada Published North America Politics",
            "The plan is simple. Officials: we will cut costs.",
            "Playbook: What GOP operatives are really saying in Houston",
            "Fact Check: Ellison Overstates Jobs Record",
            // (Nor a label or role opening a longer paragraph.)
            "Background: The plant opened in 1970. It employs 300.",
            "Officials: the plant opened in 1970. It employs 300.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
        // An interview's answer after its speaker's name, to its paragraph's end.
        let found = frames(
            "We spoke to Rachel Tane.\n\nWikinews: How is she?\n\nTane: Better than we dared hope. She is calm.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("Better than we dared hope. She is calm", "Tane")
        );
        // (The interviewer's question, statement first, is no claim of theirs.)
        let found = frames(
            "We spoke to the Wikinews team.\n\nWikinews: The mayor is tired. How do you respond?",
        );
        assert!(found.iter().all(|f| f.2 != ":"), "{found:?}");
    }

    #[test]
    fn sources_fronted_like_according_to() {
        for (text, content, cue, source) in [
            (
                "As first reported by Politico, the firm is weighing tariffs.",
                "the firm is weighing tariffs",
                "reported",
                "Politico",
            ),
            (
                "Per a statement from the league, the game will be replayed.",
                "the game will be replayed",
                "Per",
                "a statement from the league",
            ),
            (
                "In Smith's view, the plan is too expensive.",
                "the plan is too expensive",
                "view",
                "Smith",
            ),
            (
                "In his view, the plan is too expensive.",
                "the plan is too expensive",
                "view",
                "his",
            ),
            (
                "In the opinion of the court, the law is void.",
                "the law is void",
                "opinion",
                "the court",
            ),
        ] {
            let (kind, found, found_cue, found_source) = one(text);
            assert_eq!(kind, ClaimKind::AccordingTo, "{text}");
            assert_eq!(
                (found.as_str(), found_cue.as_str(), found_source.as_str()),
                (content, cue, source),
                "{text}"
            );
        }
        // `per` inside a clause is a rate.
        assert_eq!(one("Shares rose $2 per share, the company said.").2, "said");
    }

    #[test]
    fn a_fronted_as_frame() {
        let (_, content, _, source) =
            one("As Heald told the paper, surface ozone has dropped since 1980.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("surface ozone has dropped since 1980", "Heald")
        );
    }

    #[test]
    fn contents_stop_where_the_writer_goes_on() {
        for (text, content) in [
            ("The letter says \"the plan is unworkable\", but the government will review it.", "\"the plan is unworkable\""),
            ("Officials say every claim will be assessed, with the paper reporting no one will be refused.", "every claim will be assessed"),
            ("Sunak defended the record whilst promising an update.", "the record"),
            ("Ryan criticized the comments but stopped short of withdrawing.", "the comments"),
            ("She praised the staff and urged calm.", "the staff"),
            ("He criticized the ruling and has since appealed.", "the ruling"),
            ("The paper first reported the story Thursday.", "the story"),
            ("Officials confirmed two deaths shortly after the crash.", "two deaths"),
        ] {
            assert_eq!(frames(text)[0].1, content, "{text}");
        }
    }

    #[test]
    fn nouns_and_adjuncts_that_look_like_frames() {
        // A base form before an auxiliary heads a noun phrase; a content
        // opens with no preposition; a day is an adjunct.
        assert!(
            frames("A sensitive Environment Canada document was found on a street.").is_empty()
        );
        assert!(frames("Sensitive Canadian document found on rainy streets").is_empty());
        assert_eq!(
            one("Lumeri said on Wednesday it had paused the service.").1,
            "it had paused the service"
        );
        assert_eq!(
            one("The agency said about 9 percent of output was shut.").1,
            "about 9 percent of output was shut"
        );
        assert_eq!(
            one("The operator said as many as 300 plants could close.").1,
            "as many as 300 plants could close"
        );
        assert_eq!(
            one("According to Yonhap news agency, the army is on alert.").3,
            "Yonhap news agency"
        );
        assert_eq!(
            one("According to that document, the cut would cost $410 million.").3,
            "that document"
        );
        // A paper's report: `a report in the Ledger that …`.
        let found = frames("Linder denied a report in the Dunmore Ledger that the campaign paid.");
        let report = found.iter().find(|f| f.2 == "report").expect("the report");
        assert_eq!(
            (report.1.as_str(), report.3.as_str()),
            ("the campaign paid", "the Dunmore Ledger")
        );
        // `supporters say` before a modal is still a frame (an object gap).
        assert_eq!(
            one("It is a change supporters say will add homes.").2,
            "say"
        );
    }

    #[test]
    fn nominal_contents_in_subjects_and_objects() {
        // In the subject, a nominal cue's content ends at the main verb.
        assert_eq!(
            one("The union's requests to reopen the talks were ignored.").1,
            "to reopen the talks"
        );
        assert_eq!(one("The claim that he lied was false.").1, "he lied");
        // The writer's word that nobody holds it is no one's claim.
        assert!(frames("There is no evidence that the vote was rigged.").is_empty());
        // (A noun after `no` is no verb: `charges`.)
        assert_eq!(
            one("The conclusion that no charges were warranted angered them.").1,
            "no charges were warranted"
        );
        assert_eq!(
            one("The announcement that the plant would close shocked workers.").1,
            "the plant would close"
        );
        // As an object, the noun keeps its clause.
        assert_eq!(
            one("The ministry denied reports that troops had crossed the border.").1,
            "reports that troops had crossed the border"
        );
    }

    #[test]
    fn sentence_adverbs_and_titles_are_no_speakers() {
        let found = frames(
            "However, the group later restored it, adding that the old name was “a mistake.”",
        );
        assert_eq!(found[0].3, "the group");
        // A title inside a sentence continues nobody's quotation.
        let found = frames("“We will win,” Ana Ruiz said.\n\nThe shop's site, “The Countdown to Zero”, lists the days.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn light_verbs_and_semi_modals() {
        // An attitude taken toward its target.
        let (kind, content, cue, source) = one("Critics took offense at the remark.");
        assert_eq!(kind, ClaimKind::Reported);
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the remark", "offense", "Critics")
        );
        assert!(frames("He took the statement seriously.").is_empty());
        assert_eq!(
            frames("She denied knowingly taking the drug.")[0].1,
            "knowingly taking the drug"
        );
        // The subject of a light verb owns its object's attitude.
        assert_eq!(
            one("Critics have raised doubts that the vaccine works."),
            (
                ClaimKind::Indirect,
                "the vaccine works".into(),
                "doubts".into(),
                "Critics".into()
            )
        );
        assert_eq!(
            one("Residents raised concerns about the noise.").1,
            "the noise"
        );
        assert!(frames("The firm raised prices that customers paid.").is_empty());
        // The subject of `has faced doubts` is their target, not their holder.
        assert!(frames("Trump has faced doubts that the ban works.").is_empty());
        // `has yet to`, `will have to`: the verb chain reaches its subject.
        assert_eq!(
            one("The agency has yet to explain why the data was deleted."),
            (
                ClaimKind::Indirect,
                "why the data was deleted".into(),
                "explain".into(),
                "The agency".into()
            )
        );
    }

    #[test]
    fn long_adjuncts_and_lone_times() {
        assert_eq!(
            one("The firm said in an interview with The Associated Press on Thursday that it would cut jobs.").1,
            "it would cut jobs"
        );
        assert_eq!(
            one("The Home Office today rejects the claim.").3,
            "The Home Office"
        );
        // `;` closes a frame after its quotation.
        assert_eq!(
            one("“The plan deserves punishment”, it added; later it fell silent.").2,
            "added"
        );
    }

    #[test]
    fn credits_words_of_and_second_verbs() {
        assert_eq!(
            one("“It is a long game.” - Ana Ruiz"),
            (
                ClaimKind::DirectQuote,
                "“It is a long game.”".into(),
                "-".into(),
                "Ana Ruiz".into()
            )
        );
        // (The credit ends its line, whatever paragraph follows.)
        let found =
            frames("“It is a long game.” - Ana Ruiz\n\nWriting in a blog post, she agreed.");
        assert_eq!(found[0].3, "Ana Ruiz");
        // A headline in a list of references is no quotation of its outlet.
        assert!(frames("“Document found on a rainy street” — CBC.ca, August 15, 2008").is_empty());
        let found = frames(
            "Her skin broke, and in the words of the prosecutor, Ana Ruiz, “She cried for months.”",
        );
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str()),
            ("“She cried for months.”", "in the words of")
        );
        let found = frames("“It is fine,” she said but refused to give details.");
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("to give details", "she")
        );
    }

    #[test]
    fn fronted_participles_and_coordinated_verbs() {
        assert_eq!(
            frames("Citing privacy rules, officials declined to give details.")[0],
            (
                ClaimKind::Reported,
                "privacy rules".into(),
                "Citing".into(),
                "officials".into()
            )
        );
        assert_eq!(
            one("Noting that prices had risen, the bank raised rates."),
            (
                ClaimKind::Indirect,
                "prices had risen".into(),
                "Noting".into(),
                "the bank".into()
            )
        );
        assert_eq!(
            one("The company cut jobs and said it would close plants."),
            (
                ClaimKind::Indirect,
                "it would close plants".into(),
                "said".into(),
                "The company".into()
            )
        );
        // Three modifiers no table knows, right after their determiner.
        assert_eq!(
            frames("An old retired bus driver told investigators he lost his savings.")[0].3,
            "An old retired bus driver"
        );
        // Past a participle's phrase or an appositive set off by commas.
        assert_eq!(
            frames(
                "The bank raised its rate, its third increase this year, and said it would stop."
            )[0]
            .3,
            "The bank"
        );
        assert_eq!(
            one("Lowe toured the plant, meeting workers, and said it would stay open."),
            (
                ClaimKind::Indirect,
                "it would stay open".into(),
                "said".into(),
                "Lowe".into()
            )
        );
        assert_eq!(
            one("The city expects 6 million visitors.").1,
            "6 million visitors"
        );
        assert_eq!(
            one("Posts on the message board from Friday theorized an attack had occurred.").3,
            "Posts on the message board"
        );
    }

    #[test]
    fn a_participle_with_its_own_subject() {
        let second = |text: &str| {
            frames(text)
                .get(1)
                .map(|f| (f.1.clone(), f.2.clone(), f.3.clone()))
        };
        let own =
            |c: &str, cue: &str, s: &str| Some((c.to_string(), cue.to_string(), s.to_string()));
        assert_eq!(
            second("Officials say every claim will be assessed, with the paper reporting no one will be refused."),
            own("no one will be refused", "reporting", "the paper")
        );
        assert_eq!(
            second("Sunak defended the record whilst promising an update would follow."),
            own("an update would follow", "promising", "Sunak")
        );
        assert_eq!(
            one("The company issued a statement saying it would appeal."),
            (
                ClaimKind::Indirect,
                "it would appeal".into(),
                "saying".into(),
                "The company".into()
            )
        );
        // (Past the issuing verb's adverb.)
        assert_eq!(
            one("Her office later released a statement saying she was concerned.").3,
            "Her office"
        );
        // (Past the document's place and time; a verb of saying before the
        // document does not take it as its own content.)
        for text in [
            "The group posted a message saying it had copied names.",
            "The group posted a message on a forum last Thursday saying it had copied names.",
            "The group issued a statement on Monday saying it had copied names.",
            "The group published a post on Facebook on Sunday saying it had copied names.",
            "The group wrote a post saying it had copied names.",
        ] {
            let found = one(text);
            assert_eq!(
                (found.1.as_str(), found.2.as_str(), found.3.as_str()),
                ("it had copied names", "saying", "The group"),
                "{text}"
            );
        }
        // A document someone else wrote, cited, speaks for itself.
        for text in [
            "Abernathy cited a state audit showing that the firm was paid twice.",
            "Akers pointed to a state audit showing that the firm was paid twice.",
        ] {
            let found = frames(text);
            let showing = found.iter().find(|f| f.2 == "showing").expect(text);
            assert_eq!(showing.3, "a state audit", "{text}");
        }
        // With the document's addressee, after a subordinate's `when`.
        assert_eq!(
            one("It grew when six agency heads sent a letter to congressional leaders warning that a lapse would hurt."),
            (
                ClaimKind::Indirect,
                "a lapse would hurt".into(),
                "warning".into(),
                "six agency heads".into()
            )
        );
        assert_eq!(
            one("All they get is a message stating that the site is down."),
            (
                ClaimKind::Indirect,
                "the site is down".into(),
                "stating".into(),
                "a message".into()
            )
        );
        // What a document shows is no claim of whoever released it …
        assert!(frames("Police released a video showing the arrest.").is_empty());
        // … but a statement's stance is its issuer's.
        let (kind, content, cue, source) =
            one("The club released a statement condemning the chants.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (ClaimKind::Reported, "the chants", "condemning", "The club")
        );
    }

    #[test]
    fn according_to_as_a_parenthetical() {
        let (kind, content, _, source) =
            one("The plan, according to officials, would cost $5 billion.");
        assert_eq!(
            (kind, source.as_str()),
            (ClaimKind::AccordingTo, "officials")
        );
        assert_eq!(
            content,
            "The plan, according to officials, would cost $5 billion"
        );
        // (A name's comma before the clause opens no appositive.)
        assert_eq!(
            one("According to Peppa, the group has around 2,000 members.").1,
            "the group has around 2,000 members"
        );
        // (A regular past right after the insert.)
        assert_eq!(
            one("The fire, according to police, started in the kitchen.").1,
            "The fire, according to police, started in the kitchen"
        );
        // A clause of its own after the insert is no second half.
        let found = frames(
            "The PAC has $22 million on hand, according to its filing, and its advisers told donors they would spend it.",
        );
        assert_eq!(found[0].1, "The PAC has $22 million on hand");
        // Nor is the writer's summing-up noun.
        let found = frames(
            "The campaign canceled its ads, according to two people with knowledge of the decision, a sign that the team believes the state is lost.",
        );
        assert_eq!(found[0].1, "The campaign canceled its ads");
        // After a clause's opener, the interrupted clause is all after it.
        let found = frames(
            "Costs could rise in November, when, according to analysts, the cuts would bite.",
        );
        assert_eq!(found[0].1, "the cuts would bite");
    }

    #[test]
    fn a_phrase_after_a_relative_pronoun_is_no_subject() {
        let found = frames(
            "Carrigan, who in a 2014 newspaper op-ed called NATO “a relic,” has long argued that allies pay too little.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            [
                ("NATO “a relic,”", "Carrigan"),
                ("allies pay too little", "Carrigan")
            ]
        );
    }

    #[test]
    fn a_restrictive_relative_on_an_object_frames_its_clause() {
        let found = frames(
            "Half said taxes should fall, compared with 38 percent who said they should rise.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            [
                ("taxes should fall", "Half"),
                ("they should rise", "38 percent")
            ]
        );
        let found = frames("Among voters who said the economy was their top issue, Lowe won.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("the economy was their top issue", "voters")
        );
        let found = frames("The ad features a former Marine who says the plan is reckless.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("the plan is reckless", "a former Marine")
        );
        // After a verb in `-ed` and after `and`, a conjunct's own relative.
        let found = frames("The bill angered conservatives who argue that the price is too high.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("the price is too high", "conservatives")
        );
        let found =
            frames("He met hard-liners who want cuts and appropriators who say the bill is lean.");
        let last = found.last().expect("a frame");
        assert_eq!(
            (last.1.as_str(), last.3.as_str()),
            ("the bill is lean", "appropriators")
        );
        // Not the sentence's own subject, whose main verb follows.
        assert!(frames("Voters who said the economy mattered most went home.").is_empty());
        // (A verb in `-ed` opening the text has no word before it.)
        let found = frames("surveyed the voters who say the plan works.");
        assert_eq!(found[0].1, "the plan works", "{found:?}");
    }

    #[test]
    fn an_unknown_present_verb_after_a_singular_noun_makes_a_clause() {
        let found = frames("Feldstein said the problem stems from a software error.");
        assert_eq!(found[0].1, "the problem stems from a software error");
        // `that's`: a pronoun and its verb, not a complementizer.
        let found = frames("She said that's where the rubber hits the road.");
        assert_eq!(found[0].1, "that's where the rubber hits the road");
    }

    #[test]
    fn the_people_a_report_cites_share_its_content() {
        for text in [
            "Skyline is in talks, The Wall Street Journal and Bloomberg reported, citing people familiar with the matter.",
            "The Post reported Sunday, citing three people familiar with the matter, that Skyline is in talks.",
        ] {
            let found = frames(text);
            let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
            assert_eq!(got.len(), 2, "{text}: {got:?}");
            assert!(got.iter().all(|&(content, _)| content == "Skyline is in talks"), "{got:?}");
            assert!(found[1].3.contains("people familiar with the matter"));
        }
        // Citing a reason is no relay, nor after an act.
        let found =
            frames("The library will close, its director announced, citing a cut in funding.");
        assert_eq!(found[0].1, "The library will close");
        let found = frames("He has refused to release his returns, citing an ongoing audit.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_relative_of_a_part_takes_a_plain_verb() {
        let found = frames("Supporters, many of whom say the primary was rigged, booed.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("the primary was rigged", "Supporters")
        );
    }

    #[test]
    fn a_time_clause_without_a_comma_stays_in_the_content() {
        let found = frames("Lowe said the city would review the rules before deciding on a fee.");
        assert_eq!(
            found[0].1,
            "the city would review the rules before deciding on a fee"
        );
        // After a comma it is the writer's.
        let found = frames("Lowe told him the plan was “fine,” before declining to say more.");
        assert_eq!(found[0].1, "the plan was “fine,”");
    }

    #[test]
    fn a_pronoun_with_its_verb_is_a_clause() {
        let found = frames("Publicly, the campaign insists nothing has changed.");
        assert_eq!(found[0].1, "nothing has changed");
        // `said nothing` alone says nothing.
        assert!(frames("The mayor said nothing.").is_empty());
    }

    #[test]
    fn a_known_name_opening_with_a_cue_verb_is_no_frame() {
        let found = frames(
            "Kevin Szabo, an economist at the Bramwell Institute, a conservative think tank, said the plan would work.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            (
                "the plan would work",
                "Kevin Szabo, an economist at the Bramwell Institute"
            )
        );
    }

    #[test]
    fn a_share_in_apposition_to_those_polled_keeps_them_the_subject() {
        for text in [
            "Half of voters, 50%, say the disclosures trouble them.",
            "Nearly one in five independents, 19%, say they are undecided.",
            "Nearly a third of likely voters, 32%, say the debates matter.",
        ] {
            let found = frames(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].2, "say");
        }
    }

    #[test]
    fn a_speakers_refusal_after_the_content_is_a_claim_of_its_own() {
        let found = frames("The aide confirmed the call took place but declined to describe it.");
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("the call took place", "confirmed"),
                ("to describe it", "declined")
            ]
        );
        let found = frames("Varga said the senator had not seen the memo and declined to comment.");
        assert_eq!(found[0].1, "the senator had not seen the memo");
        // `declined to` any verb is the speaker's refusal.
        let found = frames(
            "A spokeswoman said the email was taken out of context and declined to make the executive available.",
        );
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("the email was taken out of context", "said"),
                ("to make the executive available", "declined")
            ]
        );
        // The content's own subject may refuse: `and refused to say` stays in it.
        let found =
            frames("He said she had ducked questions and refused to say whether she agreed.");
        assert_eq!(
            found[0].1,
            "she had ducked questions and refused to say whether she agreed"
        );
    }

    #[test]
    fn a_frame_inside_a_quotation_takes_both_pieces_as_one_claim() {
        let text = "“It’s a disaster,” she said, “and everyone knows it.”";
        let (kind, content, cue, source) = one(text);
        assert_eq!(kind, ClaimKind::DirectQuote);
        assert_eq!(content, text);
        assert_eq!((cue.as_str(), source.as_str()), ("said", "she"));
        let doc = Document::new(text);
        let found = link(&doc, &find_quotes(&doc));
        let parts: Vec<&str> = found[0]
            .parts
            .iter()
            .map(|p| doc.slice(p.clone()))
            .collect();
        assert_eq!(
            parts,
            vec!["“It’s a disaster,”", "“and everyone knows it.”"]
        );
        // An ordinary quotation has no parts, nor one closing the paragraph
        // before the frame.
        let doc = Document::new("“We will not retreat,” the mayor said.");
        assert!(link(&doc, &find_quotes(&doc))[0].parts.is_empty());
        let doc =
            Document::new("“Fares will rise.”\n\nThe mayor’s statement added, “We are ready.”");
        assert!(link(&doc, &find_quotes(&doc))
            .iter()
            .all(|a| a.parts.is_empty()));
    }

    #[test]
    fn sources_with_briefed_and_sentence_adverbs() {
        let (_, content, _, source) = one(
            "Officials will announce the results on Friday, two people briefed on the plans said.",
        );
        assert_eq!(source, "two people briefed on the plans");
        assert_eq!(content, "Officials will announce the results on Friday");
        let (_, content, _, source) = one("Critics, however, warned that the plan could backfire.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the plan could backfire", "Critics")
        );
        // (Before a plural's verb that is a noun too.)
        let (_, content, _, source) = one("Economists, meanwhile, fear the row could spread.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the row could spread", "Economists")
        );
        // (A sentence adverb is no conjunct of a list of sources after it.)
        let (_, _, _, source) =
            one("However, The Sydney Morning Herald and the ABC reported that two MPs resigned.");
        assert_eq!(source, "The Sydney Morning Herald and the ABC");
    }

    #[test]
    fn prepositional_requests_agents_and_ownerless_attitudes() {
        let (kind, content, cue, source) = one("Residents have called for an independent inquiry.");
        assert_eq!((kind, cue.as_str()), (ClaimKind::Reported, "called"));
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("an independent inquiry", "Residents")
        );
        // Nothing after the phrase: `of` is the content, not an adjunct.
        let (_, content, _, _) = one("The agency warned of a severe crisis.");
        assert_eq!(content, "a severe crisis");
        assert!(frames("Castellanos wrote for a panel of the court.").is_empty());
        assert!(frames("She wrote on Instagram.").is_empty());
        // A passive with its agent, the subject with a reduced relative.
        let (kind, content, _, source) = one(
            "A similar system backed by the Red Cross for 3,000 refugees was reportedly rejected by the prime minister.",
        );
        assert_eq!(
            (kind, source.as_str()),
            (ClaimKind::Reported, "the prime minister")
        );
        assert_eq!(
            content,
            "A similar system backed by the Red Cross for 3,000 refugees"
        );
        assert!(frames("The study was supported by the foundation.").is_empty());
        // `that,` and an insert between verb and `that`; `have long suspected`.
        let (_, content, _, _) =
            one("Molomby said that, as they came from India, they were not guilty.");
        assert_eq!(content, "as they came from India, they were not guilty");
        let (_, content, _, source) =
            one("The section explains, in a satirical fashion, that the raid was planned.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the raid was planned", "The section")
        );
        let (_, content, _, _) =
            one("Scientists have long suspected that the virus came from bats.");
        assert_eq!(content, "the virus came from bats");
        // Attitudes whose subject is their target: nobody in the sentence holds them.
        let (kind, content, cue, source) = one("The film has drawn praise for its honesty.");
        assert_eq!((kind, cue.as_str()), (ClaimKind::Reported, "praise"));
        assert_eq!((content.as_str(), source.as_str()), ("its honesty", ""));
        let (_, _, _, source) = one("Shares fell amid fears that the bank could collapse.");
        assert_eq!(source, "");
    }

    #[test]
    fn wire_shapes_of_subjects_and_frames() {
        // `-ly` after a determiner is a noun, not an adverb.
        let (_, content, _, source) = one("The family said that the boy was safe.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the boy was safe", "The family")
        );
        let (_, _, _, source) = one("Lawyers for the family argue that the police used force.");
        assert_eq!(source, "Lawyers for the family");
        // A participle with its agent as an insert.
        let (_, content, _, source) =
            one("The document, seen by the BBC, says the plan will cost billions.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the plan will cost billions", "The document")
        );
        // Modifiers before a source head after `according to`.
        let (_, _, _, source) =
            one("It has killed 40 people, according to local health officials.");
        assert_eq!(source, "local health officials");
        // A participial frame after the listener is a frame of its own.
        let found =
            frames("“It is a sad day,” Lopez told reporters on Tuesday, adding that the firm would appeal.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str()),
            ("“It is a sad day,”", "told")
        );
        assert_eq!(
            (found[1].1.as_str(), found[1].2.as_str()),
            ("the firm would appeal", "adding")
        );
        // A frame inside a relative clause takes no content before it (the
        // request for anonymity is a claim of its own).
        let found = frames(
            "“This is a disaster,” one resident, who asked not to be named, told the newspaper.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (
                found[0].1.as_str(),
                found[0].2.as_str(),
                found[0].3.as_str()
            ),
            ("“This is a disaster,”", "told", "one resident")
        );
        assert_eq!(
            (
                found[1].1.as_str(),
                found[1].2.as_str(),
                found[1].3.as_str()
            ),
            ("not to be named", "asked", "one resident")
        );
    }

    #[test]
    fn numbers_parts_of_groups_and_anonymity() {
        let (_, content, _, source) = one(
            "According to a 2022 report by the Coastal Research Institute, half the drains are old.",
        );
        assert_eq!(content, "half the drains are old");
        assert_eq!(source, "a 2022 report by the Coastal Research Institute");
        let (_, content, _, source) = one(
            "One of them, who spoke on condition of anonymity because the talks were private, said engineers had raised the issue.",
        );
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("engineers had raised the issue", "One of them")
        );
    }

    #[test]
    fn listeners_and_restrictive_relatives() {
        // A determiner after the listener opens the content.
        let (kind, content, _, _) =
            one("He told local television the town “will not forget” the victims.");
        assert_eq!(kind, ClaimKind::PartialQuote);
        assert_eq!(content, "the town “will not forget” the victims");
        // A restrictive relative clause between the subject and its verb.
        let (_, content, _, source) = one(
            "A worker at the plant who did not wish to be named said inspections had been rare.",
        );
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("inspections had been rare", "A worker at the plant")
        );
    }

    #[test]
    fn quoted_as_saying_after_a_quotation_or_with_a_place() {
        for text in [
            "“It was over in seconds,” he was quoted as saying.",
            "“It was over in seconds,” the witness was quoted as saying by the BBC.",
        ] {
            let (kind, content, cue, _) = one(text);
            assert_eq!(
                (kind, content.as_str(), cue.as_str()),
                (
                    ClaimKind::DirectQuote,
                    "“It was over in seconds,”",
                    "quoted as saying"
                ),
                "{text}"
            );
        }
        let (_, content, _, source) =
            one("The website quoted an elder in Ostra as saying that no officials had come.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("no officials had come", "an elder in Ostra")
        );
    }

    #[test]
    fn quoted_as_saying_put_it_and_views() {
        let (_, content, cue, source) =
            one("The mayor was quoted as saying the budget was balanced.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the budget was balanced", "quoted as saying", "The mayor")
        );
        let (_, content, _, source) =
            one("The mayor was cited by the paper as saying the budget was tight.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the budget was tight", "The mayor")
        );
        // (A verb coordinated after another's subject.)
        let found = frames(
            "He called on donors to pay, and was quoted as saying that Chad had received promises.",
        );
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("Chad had received promises", "He")
        );
        let (_, content, _, source) =
            one("Lowe was quoted by Reuters as saying the talks had failed.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the talks had failed", "Lowe")
        );
        // (A name set off after the role.)
        let (_, content, _, source) =
            one("The agency's director, Carl Benn, was quoted as saying the program had ended.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the program had ended", "The agency's director, Carl Benn")
        );
        let (_, content, cue, source) =
            one("The newspaper quoted a senior official as saying the talks had stalled.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the talks had stalled", "quoted", "a senior official")
        );
        let (_, content, cue, source) =
            one("As one trader put it, the market “has lost its nerve.”");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the market “has lost its nerve.”", "put it", "one trader")
        );
        let (_, content, _, _) = one("As Hale put it at a rally in Ohio, the system is broken.");
        assert_eq!(content, "the system is broken");
        let (_, content, _, source) = one("Their view was that the deal was dead.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the deal was dead", "Their")
        );
        // Adverbs between a plural subject and a base form; `aloud`.
        let (_, _, _, source) = one("Many economists now think a recession is likely.");
        assert_eq!(source, "Many economists");
        let (_, content, _, _) = one("The president wondered aloud whether the plan would work.");
        assert_eq!(content, "whether the plan would work");
        assert!(frames("Court blocks state's new voting law").is_empty());
    }

    #[test]
    fn pull_quotes_titles_relays_and_opening_clauses() {
        // A paragraph credited by its last line.
        let found = frames(
            "The rocket flew.\n\nThis was a hard decision. It was made for the public. Charles Bolden, NASA Administrator\n\nThe end came later.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1,
            "This was a hard decision. It was made for the public."
        );
        assert_eq!(found[0].3, "Charles Bolden");
        // A quoted title after the frame closes it.
        let (_, content, _, source) =
            one("“Ten years ago, a browser was born. Now it is time to say goodbye,” Microsoft says on “The Countdown”.");
        assert_eq!(source, "Microsoft");
        assert!(
            content.starts_with("“Ten years") && content.ends_with("goodbye,”"),
            "{content}"
        );
        // `admitted to being`, `pleaded with him to`.
        let (_, content, _, _) = one("One poster admitted to being a part of the effort.");
        assert_eq!(content, "being a part of the effort");
        let (_, content, _, _) = one("His sister pleaded with him to send the baby to a doctor.");
        assert_eq!(content, "him to send the baby to a doctor");
        // A relay after `according to` is part of the frame.
        let (_, content, _, source) =
            one("According to Yonhap, quoting the state news agency, the army is on alert.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the army is on alert", "Yonhap")
        );
        // A frame in an opening subordinate clause ends with it.
        let found = frames(
            "Though YouTube is complying with the church's requests to take down the video, other sites have stated that they will keep it.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, "to take down the video");
    }

    #[test]
    fn settings_bare_clauses_and_participles_in_subjects() {
        // A fronted `Speaking at …` is the main frame's setting.
        let (_, content, cue, _) =
            one("Speaking at a press conference in Madrid, the minister denied any wrongdoing.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("any wrongdoing", "denied")
        );
        // A clause without `that` after a verb that also takes a noun phrase.
        let (kind, content, _, _) = one("Police confirmed two people had died.");
        assert_eq!(
            (kind, content.as_str()),
            (ClaimKind::Indirect, "two people had died")
        );
        // A reduced relative with its time between the subject and the verb.
        let (_, content, _, source) =
            one("Polls published this week suggest support for the party has fallen.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "support for the party has fallen",
                "Polls published this week"
            )
        );
        let (_, _, _, source) = one("Figures to be published today show a record number crossed.");
        assert_eq!(source, "Figures to be published today");
    }

    #[test]
    fn a_second_verb_shares_the_outer_frame_and_roles_to_a_country() {
        let found = frames(
            "Yvette Cooper said her party has supported the idea, and said it was “damning.”",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].3, "Yvette Cooper");
        let (_, _, _, source) = one(
            "According to Afghan Ambassador to the United States Hamdullah Mohib, the team shows progress.",
        );
        assert_eq!(
            source,
            "Afghan Ambassador to the United States Hamdullah Mohib"
        );
    }

    #[test]
    fn a_postnominal_after_the_name() {
        let (_, content, _, source) =
            one("Tom Molomby, SC, said that the parents should be declared not guilty.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "the parents should be declared not guilty",
                "Tom Molomby, SC"
            )
        );
        // An acronym is a name, not a postnominal.
        let (_, _, _, source) = one("The company, IBM, said profits rose.");
        assert_eq!(source, "The company, IBM");
    }

    #[test]
    fn a_verb_before_an_infinitive_it_does_not_take_is_no_frame() {
        assert!(
            frames("Despite her illness, the Sams continued to shun conventional treatment.")
                .is_empty()
        );
        // A verb that takes an infinitive still frames it.
        let (_, content, _, _) = one("The rebels vowed to fight on.");
        assert_eq!(content, "to fight on");
    }

    #[test]
    fn inserts_quantifiers_and_adjuncts_before_the_content() {
        // A relative insert before `said in a statement that`.
        let (_, content, _, source) =
            one("Arbor Line, which is not charged, said in a statement that it had cooperated.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("it had cooperated", "Arbor Line")
        );
        // A role named in apposition.
        let (_, _, _, source) =
            one("Her coach, former doubles champion Petra Lindgren, said the team would decide.");
        assert_eq!(source, "Her coach, former doubles champion Petra Lindgren");
        // A floating quantifier; an infinitive after a time adjunct.
        let (_, content, _, _) =
            one("The United Nations and the African Union both called for restraint.");
        assert_eq!(content, "restraint");
        let (_, content, _, _) =
            one("Leaders of Japan and Australia pledged on Saturday to deepen cooperation.");
        assert_eq!(content, "to deepen cooperation");
        // (The infinitive ends the adjunct however long its own phrase runs;
        // `to reporters` is no infinitive.)
        let (_, content, _, _) =
            one("Ashworth pledged on Tuesday to take a harder line on Chinese steel subsidies.");
        assert_eq!(content, "to take a harder line on Chinese steel subsidies");
        let (_, content, _, _) =
            one("Ashworth said on Tuesday to reporters that the talks had failed.");
        assert_eq!(content, "the talks had failed");
    }

    #[test]
    fn known_as_names_without_a_frame() {
        let found = frames("The attack was carried out by a ransomware group known as Black Lantern, which has targeted hospitals.");
        assert!(found.is_empty(), "{found:?}");
        // `known` as a verb of knowledge still frames its clause.
        let (_, content, _, _) = one("Officials have known for years that the dam was weak.");
        assert_eq!(content, "the dam was weak");
    }
    #[test]
    fn an_object_pronoun_before_an_inverted_frame_ends_the_content() {
        let (_, content, cue, source) = one("The numbers are good for her, says Amy Reinholt.");
        assert_eq!(content, "The numbers are good for her");
        assert_eq!((cue.as_str(), source.as_str()), ("says", "Amy Reinholt"));
    }

    #[test]
    fn a_plural_possessive_makes_a_subject_of_any_head() {
        assert_eq!(
            one("Jones’ running mate said the plan failed.").3,
            "Jones’ running mate"
        );
        assert_eq!(one("Jones’ mate said the plan failed.").3, "Jones’ mate");
    }

    #[test]
    fn a_gerund_after_a_verb_of_beginning_or_spending_time_is_the_subjects_frame() {
        for (text, cue, source) in [
            (
                "Republicans have already begun warning that the plan would fail.",
                "warning",
                "Republicans",
            ),
            (
                "Both campaigns spent Monday insisting the debate had moved the race.",
                "insisting",
                "Both campaigns",
            ),
            (
                "Democrats spent the weekend arguing that the plan was dead.",
                "arguing",
                "Democrats",
            ),
            (
                "The senator kept saying the bill would pass.",
                "saying",
                "The senator",
            ),
        ] {
            let (_, _, c, s) = one(text);
            assert_eq!((c.as_str(), s.as_str()), (cue, source), "{text}");
        }
        assert!(frames("He started working on the bill in May.").is_empty());
    }

    #[test]
    fn a_description_handed_over_by_a_relative_pronoun() {
        let found = frames("The governor wants to end what he called “a scam.”");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[1].1.as_str(), found[1].2.as_str()),
            ("“a scam.”", "called")
        );
        // `, which X described as …` at the end leaves the content before it …
        let found = frames(
            "The adviser said the polling showed no movement, which the adviser described as “exactly right.”",
        );
        let said = found.iter().find(|f| f.2 == "said").unwrap();
        assert_eq!(said.1, "the polling showed no movement");
        assert!(found
            .iter()
            .any(|f| f.2 == "described" && f.1 == "“exactly right.”"));
        // … with a quoted noun after its determiner too …
        let found = frames(
            "KCNA said Kim led the test, which it described as a “warning” to the United States.",
        );
        assert!(found
            .iter()
            .any(|f| f.2 == "described" && f.1 == "a “warning” to the United States"));
        // … but not as an insert before the clause's verb.
        assert_eq!(
            frames("He said the bill, which critics called a scam, would pass.")[0].1,
            "the bill, which critics called a scam, would pass"
        );
        // … nor before a coordinated `and that` clause of the content.
        assert_eq!(
            frames("It said it regrets the ruling, which it called unlawful, and that it would respond.")[0].1,
            "it regrets the ruling, which it called unlawful, and that it would respond"
        );
    }
    #[test]
    fn an_article_after_a_plural_listener_opens_the_clause() {
        let (_, content, ..) =
            one("Carla Meinecke told supervisors the recount board had examined every ballot.");
        assert_eq!(content, "the recount board had examined every ballot");
    }

    #[test]
    fn a_relative_clauses_second_verb_speaks_for_the_antecedent() {
        let found = frames(
            "It sets up a showdown with Republican leaders, who hold supermajorities and said that they would try to override it.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, "Republican leaders");
    }

    #[test]
    fn a_dash_insert_leaves_the_second_that_clause_to_the_content() {
        let (_, content, ..) = one(
            "Carrillo said Democrats had offered a deal — no new restrictions in exchange for their votes — and that the offer still stood.",
        );
        assert!(
            content.ends_with("and that the offer still stood"),
            "{content}"
        );
    }

    #[test]
    fn a_time_clause_without_a_comma_is_the_contents() {
        assert_eq!(
            one("She said she learned of it while meeting voters.").1,
            "she learned of it while meeting voters"
        );
        // (But a gerund frame of its own is not.)
        assert_eq!(
            frames("Sunak defended the record whilst promising an update.").len(),
            2
        );
    }

    #[test]
    fn per_names_a_source_at_a_clauses_edge() {
        let (kind, content, cue, source) = one(
            "Leadership has floated a one-year extension, per two people familiar with the talks.",
        );
        assert_eq!(kind, ClaimKind::AccordingTo);
        assert_eq!(content, "Leadership has floated a one-year extension");
        assert_eq!(
            (cue.as_str(), source.as_str()),
            ("per", "two people familiar with the talks")
        );
        assert_eq!(
            one("Per a source, the speaker will resign.").1,
            "the speaker will resign"
        );
        assert_eq!(
            one("The tax is $5 per gallon, officials said.").1,
            "The tax is $5 per gallon"
        );
        // A frame in the content ends before it.
        let found = frames("Hard-liners have signaled they want an answer, per a source.");
        assert!(found
            .iter()
            .any(|f| f.2 == "signaled" && f.1 == "they want an answer"));
    }

    #[test]
    fn making_clear_and_being_clear_frame_a_clause() {
        for (text, cue, content) in [
            (
                "Democrats have made clear they won’t bail him out.",
                "made clear",
                "they won’t bail him out",
            ),
            (
                "Labor leaders have made it clear that they will not accept it.",
                "made it clear",
                "they will not accept it",
            ),
            (
                "The senator has been clear a farm bill needs 60 votes.",
                "clear",
                "a farm bill needs 60 votes",
            ),
        ] {
            let (kind, c, q, _) = one(text);
            assert_eq!(
                (kind, q.as_str(), c.as_str()),
                (ClaimKind::Indirect, cue, content),
                "{text}"
            );
        }
        assert!(frames("It is clear that the bill will fail.").is_empty());
        // (An idiom ending in a preposition takes a noun phrase.)
        assert_eq!(
            one("She pushed back against a chorus that has grown louder.").0,
            ClaimKind::Reported
        );
    }

    #[test]
    fn a_free_relative_stops_its_subject() {
        let found =
            frames("Democrats who opposed the bill said it did little to fix what Haverkamp called “a problem.”");
        assert!(
            found.iter().any(|f| f.2 == "called" && f.3 == "Haverkamp"),
            "{found:?}"
        );
        let (kind, content, _, source) = one(
            "She did what her advisers had urged her to avoid: she argued with the moderators.",
        );
        assert_eq!(
            (kind, content.as_str(), source.as_str()),
            (ClaimKind::Reported, "her to avoid", "her advisers")
        );
    }
    #[test]
    fn an_absolute_phrase_between_a_frame_and_a_quotations_second_piece() {
        let (kind, content, ..) =
            one("“We are not hiding anything,” she said, her voice rising, “and I resent it.”");
        assert_eq!(kind, ClaimKind::DirectQuote);
        assert!(content.ends_with("“and I resent it.”"), "{content}");
        // Any insert, before a piece that goes on in lowercase.
        let (kind, content, _, source) = one(
            "“The thing to know about her,” said Ann Lowe, a former senator who has advised \
             the campaign, “is that she never loses.”",
        );
        assert_eq!(
            (kind, source.as_str()),
            (ClaimKind::DirectQuote, "Ann Lowe")
        );
        assert!(content.ends_with("“is that she never loses.”"), "{content}");
    }

    #[test]
    fn a_gap_relatives_frame_ends_the_content_before_it() {
        let found = frames(
            "The office declined to comment on the timing of a meeting, which an official told Reuters could take place in January.",
        );
        assert_eq!(found[0].1, "to comment on the timing of a meeting");
        assert!(
            found
                .iter()
                .any(|f| f.2 == "told" && f.1 == "could take place in January"),
            "{found:?}"
        );
        let found = frames("Kimbrough told CNN the senator stood by the figure, which he said came from a police union.");
        assert!(
            found
                .iter()
                .any(|f| f.2 == "said" && f.1 == "came from a police union"),
            "{found:?}"
        );
    }
    #[test]
    fn a_title_case_headline_with_its_frame_last_or_a_plural_in_its_source() {
        let found = frames(
            "Billionaire Pours $22 Million Into Senate Primary, Filings Show\n\nThe race began.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            (
                "Billionaire Pours $22 Million Into Senate Primary",
                "Filings"
            )
        );
        let found = frames(
            "Civil Rights Lawsuit Says Voter ID Law Will Shut Out Voters\n\nThe suit was filed.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, "Civil Rights Lawsuit");
        assert!(
            frames("Governor Taps Appeals Judge for Top Court\n\nThe pick was a surprise.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_of_its_own_after_a_comma_and_is_the_writers() {
        let (_, content, ..) = one(
            "Dressler argued the debate had hurt her with voters, and the campaign released an ad.",
        );
        assert_eq!(content, "the debate had hurt her with voters");
        // After a dash too.
        let (_, content, ..) =
            one("Aides say the bill is lean — and he has yet to lock down the votes.");
        assert_eq!(content, "the bill is lean");
        // (Not a phrase going on: `, and potentially a serious one`.)
        let (_, content, ..) = one(
            "The authors say iodine deficiency is a sleeper issue, and potentially a serious one.",
        );
        assert!(content.ends_with("potentially a serious one"), "{content}");
    }
    #[test]
    fn a_time_clause_after_a_parenthetical_frame_goes_on_the_content() {
        let (_, content, ..) = one(
            "The breaking point came last week, two officials said, when the chief of staff announced the plan.",
        );
        assert!(
            content.ends_with("when the chief of staff announced the plan"),
            "{content}"
        );
    }
    #[test]
    fn brushing_aside_and_tearing_into_are_positions() {
        for (text, cue) in [
            ("Ashcraft brushed aside that prediction.", "brushed aside"),
            ("The governor shrugged off the criticism.", "shrugged off"),
            ("The senator tore into the border chief.", "tore into"),
        ] {
            assert_eq!(one(text).2, cue, "{text}");
        }
        // (Their nouns stay nouns: `fire chief`.)
        assert_eq!(
            one("“It is decisive,” regional fire chief Nuno Barreto told reporters.").3,
            "regional fire chief Nuno Barreto"
        );
    }
    #[test]
    fn a_relative_after_the_frames_adjuncts_and_a_participles_setting_are_no_contents() {
        let (_, content, ..) = one(
            "“I was not elected to sign anything,” Vandergriff said at a news conference, where she was flanked by mayors.",
        );
        assert_eq!(content, "“I was not elected to sign anything,”");
        assert!(frames(
            "Asked about it at a town hall in Manchester, N.H., last week, Keegan smiled."
        )
        .is_empty());
    }
    #[test]
    fn according_to_names_data_and_leaves_a_participial_tail() {
        let (kind, content, _, source) = one(
            "Property taxes rose 19%, according to state Department of Revenue data, roughly in line with inflation.",
        );
        assert_eq!(kind, ClaimKind::AccordingTo);
        assert_eq!(content, "Property taxes rose 19%");
        assert!(
            source.starts_with("state Department of Revenue"),
            "{source}"
        );
        let (_, content, ..) = one(
            "Outside groups have spent $60 million, according to the firm MediaScope, making it the costliest race.",
        );
        assert_eq!(content, "Outside groups have spent $60 million");
    }
    #[test]
    fn per_after_a_quotation_or_a_dash_insert() {
        let found = frames(
            "Pettibone told Lomax he had “lost the trust of the people,” per two sources present.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].3, "two sources present");
        assert_eq!(found[1].1, "he had “lost the trust of the people,”");
        let found = frames(
            "His team believes it can hold defections — enough to survive a vote — per a senior GOP aide.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0].1,
            "His team believes it can hold defections — enough to survive a vote"
        );
        assert_eq!(
            found[1].1,
            "it can hold defections — enough to survive a vote"
        );
    }
    #[test]
    fn subjects_a_possessive_noun_a_prepositions_object_and_a_not_yet() {
        let (_, content, _, source) = one(
            "He got what he could with a Democratic Senate, and a source familiar with his thinking said he has no plans to reopen it.",
        );
        assert_eq!(source, "a source familiar with his thinking");
        assert_eq!(content, "he has no plans to reopen it");
        let (_, _, _, source) = one(
            "The seat is held by Senator Gordon Threlkeld, a Republican who has not yet said whether he will run.",
        );
        assert_eq!(source, "Senator Gordon Threlkeld, a Republican");
        let found = frames(
            "“We are done,” said Tom Szymanski, 61, a retired machinist from West Allis who said the taxes had gone up.",
        );
        assert_eq!(
            found[1].3,
            "Tom Szymanski, 61, a retired machinist from West Allis"
        );
    }
    #[test]
    fn no_answer_to_a_request_for_comment_is_a_refusal() {
        let (kind, content, cue, source) =
            one("His office did not immediately respond to a request for comment on Tuesday.");
        assert_eq!(kind, ClaimKind::Reported);
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("to a request for comment", "respond", "His office")
        );
        let (_, content, ..) =
            one("A campaign spokesman did not respond to a question about the costs.");
        assert_eq!(content, "to a question about the costs");
        // (An answer to anything else is no claim: `responded to the scene`.)
        assert!(frames("Police responded to the scene within minutes.").is_empty());
    }
    #[test]
    fn a_negated_infinitive_and_the_anonymity_formula() {
        let (_, content, cue, _) = one("She promised not to run again.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("not to run again", "promised")
        );
        // (`who saw it asked`: the relative clause's object is no subject.)
        let (_, content, _, source) =
            one("Two people who saw it asked not to be identified because the talks were private.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("not to be identified", "Two people")
        );
        // (`Republicans and Democrats alike have signaled`: `alike` floats.)
        let found =
            frames("Republicans and Democrats alike have signaled they plan to press her further.");
        assert_eq!(found[0].3, "Republicans and Democrats");
    }
    #[test]
    fn a_summing_up_noun_with_its_own_clause_is_the_writers() {
        let found = frames(
            "The president said rates should be “a lot lower,” comments that several officials described as an intrusion.",
        );
        // (The officials' description is a claim of its own.)
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, "rates should be “a lot lower,”");
        assert_eq!(found[1].3, "several officials");
        // (`a claim that aides disputed`: a gap relative, no content of the noun's.)
        let found = frames("She said the plan was dead, a claim that aides disputed.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "the plan was dead");
        // It sums up a clause, not the subject before the clause's verb.
        let (_, content, ..) = one(
            "The indictment alleges that executives at Rimrock, an Ogden-based firm that runs two jails, paid him.",
        );
        assert!(content.ends_with("paid him"), "{content}");
        // (`they move`, `the effects tend to`: plural subjects' verbs.)
        let found = frames(
            "Studies found that they move polls, and that the effects tend to fade, a finding that aides repeat.",
        );
        assert!(found[0].1.ends_with("tend to fade"), "{found:?}");
        // A contact relative on the noun, its subject gone: the content is
        // the rest of the relative clause.
        let (_, content, _, source) =
            one("The agency finalized the rule, a move utilities warned could strain the grid.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("could strain the grid", "utilities")
        );
    }
    #[test]
    fn a_second_verb_after_a_clause_of_its_own_is_that_clauses_subjects() {
        let found =
            frames("Aides said the bill was dead, but the senator disagreed and vowed to fight.");
        let vowed = found.iter().find(|f| f.2 == "vowed").expect("the vow");
        assert_eq!(vowed.3, "the senator");
        // (Not a clause inside the quotation the frame reports.)
        let found = frames(
            "“We met, but the list was done,” said Ana Ruiz, who left in 2022 and agreed to be named.",
        );
        let agreed = found.iter().find(|f| f.2 == "agreed").expect("the consent");
        assert_eq!(agreed.3, "Ana Ruiz");
    }

    #[test]
    fn the_writers_comparison_ends_the_content() {
        assert_eq!(
            one("Only 54 percent say they are certain to vote, compared with 83 percent of older voters.").1,
            "they are certain to vote"
        );
    }

    #[test]
    fn adding_a_thing_is_no_saying() {
        for text in [
            "The decision adds a new wrinkle to the fight for the House.",
            "The ruling adds pressure on the governor.",
            "The plan would add less than a point to growth.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
        assert_eq!(
            one("Officials added the bridge would reopen in May.").1,
            "the bridge would reopen in May"
        );
    }

    #[test]
    fn a_family_speaks_in_a_trailing_frame() {
        let (_, content, cue, source) = one("Police account was false, family says");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("Police account was false", "says", "family")
        );
    }

    #[test]
    fn a_listeners_to_before_a_verb_and_its_object_opens_the_task() {
        let (kind, content, _, _) = one("She urged local authorities to close the wells.");
        assert_eq!(
            (kind, content.as_str()),
            (ClaimKind::Reported, "local authorities to close the wells")
        );
        // (A post-modifier's `to` before its object's determiner stays.)
        assert_eq!(
            one("Aides to the mayor said the plan failed.").3,
            "Aides to the mayor"
        );
    }

    #[test]
    fn a_verbs_bare_form_before_a_sources_head_modifies_it() {
        for text in [
            "He urged state investigators to take over the case.",
            "Officials asked state regulators to review the deal.",
        ] {
            let (kind, content, _, _) = one(text);
            assert_eq!(kind, ClaimKind::Reported, "{text}");
            assert!(content.starts_with("state "), "{text}: {content}");
        }
    }

    #[test]
    fn a_listener_verb_without_its_listener_is_a_participle() {
        for (text, source) in [
            (
                "Two officials briefed on the inquiry, who spoke on condition of anonymity, said the suspect had fled.",
                "Two officials briefed on the inquiry",
            ),
            (
                "Officials briefed on the plan said the suspect had fled.",
                "Officials briefed on the plan",
            ),
        ] {
            let found = frames(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].3, source, "{text}");
        }
    }

    #[test]
    fn a_clause_inside_a_relative_one_stays_in_the_subject() {
        let (_, content, _, source) = one(
            "Two employees who spoke on condition of anonymity because they were not authorized \
             to discuss the matter said the chief had resigned.",
        );
        assert_eq!(content, "the chief had resigned");
        assert!(source.starts_with("Two employees who spoke"), "{source}");
        // (An adverb inside the relative's verb group.)
        let (_, _, _, source) = one(
            "Lawyers for the family of a man who was fatally shot by an officer said the video was clear.",
        );
        assert!(source.starts_with("Lawyers for the family"), "{source}");
    }

    #[test]
    fn said_after_an_appositive_is_no_reduced_relative() {
        let found = frames(
            "The office does not set rates, the manager, Deb Arvizu, said in a statement, \
             calling the ad a lie.",
        );
        let said = found
            .iter()
            .find(|f| f.2 == "said")
            .expect("the inverted frame");
        assert_eq!(
            (said.1.as_str(), said.3.as_str()),
            ("The office does not set rates", "the manager, Deb Arvizu")
        );
        // (But `The plan, announced in March, …` is one.)
        assert!(frames("The plan, announced in March, would cut taxes.").is_empty());
    }

    #[test]
    fn a_business_named_with_s_or_an_ampersand_is_a_subject() {
        for (text, source) in [
            ("Moody's said it may lower the company's rating.", "Moody's"),
            ("Sales rose, McDonald's said.", "McDonald's"),
            ("Macy's announced that it would close stores.", "Macy's"),
            ("Procter & Gamble said sales rose.", "Procter & Gamble"),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
        // (A noun after a possessor stays a noun: `Brandvold's claim that`.)
        assert_eq!(
            one("Brandvold's claim that the report was biased was rejected.").2,
            "claim"
        );
    }

    #[test]
    fn a_cause_someone_names_is_their_claim() {
        let (_, content, cue, source) =
            one("Strategists attributed part of the move to fiscal worries.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "part of the move to fiscal worries",
                "attributed",
                "Strategists"
            )
        );
        // (An agentless passive is the writer's: no one named holds it.)
        assert!(frames("The rise was attributed to strong sales.").is_empty());
    }

    #[test]
    fn a_negated_concession_is_the_writers_caveat() {
        let (_, content, ..) = one(
            "The campaign said it raised $1.4 million overnight, though it did not provide a \
             breakdown.",
        );
        assert_eq!(content, "it raised $1.4 million overnight");
        // (A concession of the content's own stays in it.)
        let (_, content, ..) =
            one("Aides said the bill would pass, though several members remain undecided.");
        assert!(content.ends_with("remain undecided"), "{content}");
    }

    #[test]
    fn a_contrast_after_a_quotations_comma_is_the_writers() {
        let (_, content, ..) =
            one("Rowley said he had “paid every dime I owe,” but stopped short of saying more.");
        assert_eq!(content, "he had “paid every dime I owe,”");
        // An elliptical contrast is the content's own; a clause, the writer's.
        let (_, content, ..) =
            one("Aides signaled a vote could come in the spring, but not before the deal clears.");
        assert!(content.ends_with("the deal clears"), "{content}");
        let (_, content, ..) = one("The mayor said the plan would pass, but not everyone agreed.");
        assert_eq!(content, "the plan would pass");
    }
    #[test]
    fn shooting_back_is_a_position() {
        let text = "Brekke shot back that Whitacre had never run anything.";
        assert_eq!(one(text).2, "shot back");
        // (A noun after a determiner: `a shot back`.)
        assert!(frames("He fired a shot back at the crowd that the police had warned.").is_empty());
        // A participle after a nested frame is the outer frame's speaker's.
        let found = frames(
            "Spokesperson Alicia Moreno said the campaign believes the number is right, arguing that the tariff would ripple through supply chains.",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        let arguing = found.iter().find(|f| f.2 == "arguing").expect("arguing");
        assert_eq!(arguing.3, "Spokesperson Alicia Moreno");
    }
    #[test]
    fn a_contact_relatives_description_runs_from_its_noun() {
        for (text, content, source) in [
            (
                "He made a gesture the official described as “what you do for a friend.”",
                "a gesture the official described as “what you do for a friend.”",
                "the official",
            ),
            (
                "It is a plan he described at a debate last month as “the most important thing.”",
                "a plan he described at a debate last month as “the most important thing.”",
                "he",
            ),
            // (A negated description; a rejection as something.)
            (
                "Sales fell 3 percent, a drop the company described as not significant.",
                "a drop the company described as not significant",
                "the company",
            ),
            (
                "The fire began in a kitchen, a claim the lawyer rejected as speculation.",
                "a claim the lawyer rejected as speculation",
                "the lawyer",
            ),
            // (A charge's object gone before its `of`.)
            (
                "The bloc named nine companies it accuses of fraud.",
                "nine companies it accuses of fraud",
                "it",
            ),
        ] {
            let found = frames(text);
            let described = found
                .iter()
                .find(|f| ["described", "rejected", "accuses"].contains(&f.2.as_str()))
                .expect(text);
            assert_eq!(
                (described.1.as_str(), described.3.as_str()),
                (content, source)
            );
        }
    }
    #[test]
    fn a_title_case_headlines_possessive_listener_and_setting() {
        let found = frames(
            "Fed’s Halvorsen Tells Lawmakers Rate Cuts Must Wait as Pressure Mounts\n\nThe text goes on.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("Rate Cuts Must Wait", "Fed’s Halvorsen")
        );
    }

    #[test]
    fn a_question_asked_with_a_pronoun_or_if_is_no_listener() {
        for (text, content) in [
            (
                "One voter asked whether he would support cuts to Social Security.",
                "whether he would support cuts to Social Security",
            ),
            (
                "Reporters asked if the bill would pass.",
                "if the bill would pass",
            ),
        ] {
            let (kind, found, cue, _) = one(text);
            assert_eq!(
                (kind, found.as_str(), cue.as_str()),
                (ClaimKind::Indirect, content, "asked")
            );
        }
        // After a verb of saying, `if` opens a condition inside the content.
        let (_, content, _, _) = one("Hale said if he lost, he would not concede.");
        assert_eq!(content, "if he lost, he would not concede");
    }

    #[test]
    fn the_tense_tells_a_contents_verb_from_the_frames_second() {
        // A present verb after a past frame is the content's.
        let found = frames(
            "Montaño said she considers herself a Democrat but believes the party is asleep.",
        );
        assert_eq!(
            found[0].1,
            "she considers herself a Democrat but believes the party is asleep"
        );
        let (_, content, _, _) = one("She said the plan would be costly and flawed.");
        assert_eq!(content, "the plan would be costly and flawed");
    }

    #[test]
    fn a_question_pressed_on_a_listener() {
        let (kind, content, cue, source) = one(
            "Senators from both parties pressed him on whether he could be trusted to oversee it.",
        );
        assert_eq!(
            (kind, content.as_str(), cue.as_str(), source.as_str()),
            (
                ClaimKind::Reported,
                "whether he could be trusted to oversee it",
                "pressed",
                "Senators from both parties"
            )
        );
        assert_eq!(
            one("Donors had pressed her on whether she would prepare before the debate.").1,
            "whether she would prepare before the debate"
        );
        assert!(frames("She pressed the button and he pressed ahead.").is_empty());
    }

    #[test]
    fn a_participles_speaker_is_not_a_frame_in_an_adjunct_or_a_verb() {
        let found = frames(
            "Hoshino said in an emailed statement that it was “deeply disappointed,” adding that \
             most of its machines are assembled in Georgia.",
        );
        let adding = found.iter().find(|f| f.2 == "adding").expect("adding");
        assert_eq!(adding.3, "Hoshino");
        let found =
            frames("The union went to court Wednesday, arguing that the program violates the law.");
        assert_eq!(found[0].3, "The union");
    }

    #[test]
    fn who_speaks_of_the_person_in_a_phrase_that_names_no_one() {
        let found = frames(
            "The vote put the county on a collision course with Secretary of State Marisa \
             Velarde, who warned that her office would sue.",
        );
        assert_eq!(found[0].3, "Secretary of State Marisa Velarde");
        let found = frames(
            "It left the bill in the hands of a handful of Republicans who have not said how \
             they will vote.",
        );
        assert_eq!(found[0].3, "a handful of Republicans");
    }

    #[test]
    fn a_label_before_a_colon_is_no_participles_subject() {
        let found =
            frames("Driving the news: The president signed the order, calling it “a floor.”");
        assert_eq!(found[0].3, "The president");
    }

    #[test]
    fn a_minds_grasp_of_a_question_holds_no_claim() {
        for text in [
            "He said: “I understand why the question is being asked.”",
            "She said: “I know what you can tell us.”",
        ] {
            assert!(frames(text).iter().all(|f| f.2 == "said"), "{text}");
        }
    }

    #[test]
    fn a_speakers_preface_is_no_wish() {
        let found = frames("“I want to be clear that the money went to real projects,” she said.");
        assert!(found.iter().all(|f| f.2 == "said"), "{found:?}");
        assert_eq!(one("He wants to raise taxes.").1, "to raise taxes");
        // Wanting to know or to make sure asks for something.
        let found = frames("“I want to know who bent the rules,” she said.");
        let want = found.iter().find(|f| f.2 == "want").expect("the demand");
        assert_eq!(want.1, "to know who bent the rules");
    }

    #[test]
    fn a_view_widely_held_is_its_as_phrase() {
        let (_, content, _, _) = one("Whitcombe is widely seen as a candidate for the Senate.");
        assert_eq!(content, "a candidate for the Senate");
    }

    #[test]
    fn a_second_verbs_speaker_is_not_a_frame_in_an_adjunct() {
        let found = frames(
            "The ministry said in a statement posted online that talks were useful, but warned \
             that Beijing would respond.",
        );
        let warned = found.iter().find(|f| f.2 == "warned").expect("warned");
        assert_eq!(warned.3, "The ministry");
    }

    #[test]
    fn a_request_for_comment_answered_through_a_possessor() {
        let (_, content, cue, source) = one(
            "The White House did not respond to Fox News Digital’s request for comment on the plan.",
        );
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "to Fox News Digital’s request for comment on the plan",
                "respond",
                "The White House"
            )
        );
    }

    #[test]
    fn a_verdicts_participle_after_its_noun_frames_nothing() {
        assert!(frames("Riders found guilty of a doping offence face a four-year ban.").is_empty());
        let (_, content, cue, source) = one("The jury found him guilty of fraud.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("him guilty of fraud", "found", "The jury")
        );
    }

    #[test]
    fn a_reduced_relative_with_its_time_before_the_verb() {
        for (text, source) in [
            (
                "A poll of 1,500 voters conducted earlier this month found that most were worried.",
                "A poll of 1,500 voters conducted earlier this month",
            ),
            (
                "A Fox News poll released last week found voters trust Hartwell.",
                "A Fox News poll released last week",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
    }

    #[test]
    fn awareness_frames_a_clause_not_a_thing() {
        let found = frames("Visitors seemed largely unaware of the dispute.");
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(
            one("The minister was aware that the deal had collapsed.").1,
            "the deal had collapsed"
        );
    }

    #[test]
    fn a_said_frame_nests_in_another_content_whatever_its_verb() {
        let found = frames(
            "He said the cuts would hit the east side, where he said a third of homes lack internet.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, "a third of homes lack internet");
    }

    #[test]
    fn a_name_given_belongs_to_the_subject() {
        for (text, source) in [
            (
                "A hacker group known as Black Lantern said it had copied names.",
                "A hacker group known as Black Lantern",
            ),
            (
                "A charity called Open Doors said it had copied names.",
                "A charity called Open Doors",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
    }

    #[test]
    fn a_participle_placing_the_subjects_head_belongs_to_the_subject() {
        for (text, source) in [
            (
                "A summary of the results posted on the company's website shows that births fell.",
                "A summary of the results posted on the company's website",
            ),
            (
                "Earlier studies in rodents have shown that the brain replays experiences.",
                "Earlier studies in rodents",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
        // (Not a sentence's own verb before a clause with another subject.)
        let found = frames(
            "The campaign pointed to a 2021 interview in which Voskuil told a paper that tariffs \
             were a tax.",
        );
        assert_eq!(
            found.last().map(|f| f.3.as_str()),
            Some("Voskuil"),
            "{found:?}"
        );
    }

    #[test]
    fn a_verbs_form_ending_a_prepositions_phrase_is_its_noun() {
        let found = frames("The city faced a row over its new parking rules, after a memo leaked.");
        assert!(found.is_empty(), "{found:?}");
        // (Or right after a preposition and an adjective.)
        let found = frames(
            "Fees rose 5 percent, the most permitted under provincial rules, while students rallied.",
        );
        assert!(found.is_empty(), "{found:?}");
        for text in [
            "Ana Ruiz of the union says the plan failed.",
            "A section of the site explains, in jest, that the plan failed.",
        ] {
            assert_eq!(one(text).1, "the plan failed", "{text}");
        }
    }

    #[test]
    fn two_nouns_each_opened_by_an_adjective_in_ing_are_one_content() {
        let found = one("The firm will close the site, blaming soaring costs and falling demand.");
        assert_eq!(found.1, "soaring costs and falling demand");
        // (A second participle with its object is the frame's.)
        let found =
            frames("The firm closed the site, blaming soaring costs and setting up a fight.");
        assert_eq!(found[0].1, "soaring costs", "{found:?}");
    }

    #[test]
    fn seeing_a_quoted_thing_is_no_claim() {
        // (Only its `as` makes `see` a frame: `sees the plan as “a disaster.”`)
        let found = frames("The state had never seen “this kind of destruction.”");
        assert!(found.is_empty(), "{found:?}");
        let found = one("She sees the plan as “a disaster in slow motion.”");
        assert_eq!(found.1, "the plan as “a disaster in slow motion.”");
    }

    #[test]
    fn a_calculation_is_a_finding() {
        let found = one("That is enough to feed 60 million people, the authors calculated.");
        assert_eq!(
            (found.1.as_str(), found.3.as_str()),
            ("That is enough to feed 60 million people", "the authors")
        );
    }

    #[test]
    fn a_participle_in_the_verbs_adjunct_modifies_its_noun() {
        for (text, content, source) in [
            (
                "The senator said in a statement posted on her website that the bill was dead.",
                "the bill was dead",
                "The senator",
            ),
            (
                "The bill is dead, the senator said in a statement posted on her website.",
                "The bill is dead",
                "the senator",
            ),
            (
                "Ferro said in a video posted on the company's website that it would not pay.",
                "it would not pay",
                "Ferro",
            ),
            (
                "The cut will hold, the group said in a statement issued after talks.",
                "The cut will hold",
                "the group",
            ),
        ] {
            let found = one(text);
            assert_eq!(
                (found.1.as_str(), found.3.as_str()),
                (content, source),
                "{text}"
            );
        }
        // A clause's own verb inside the adjunct ends it: the writer's
        // apposition after the comma is no content.
        let found = frames(
            "He said the link held even after the researchers excluded smokers and people \
             with apnea, a condition known to harm the heart.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.starts_with("the link held"), "{found:?}");
        // A prepositional phrase inside a coordinated subject is no adjunct.
        let found = frames(
            "Ruiz accused the agency of waste, and several of his colleagues called for cuts.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn a_writers_participle_after_a_trailing_frame_with_a_relative_clause() {
        let found = frames(
            "The governor pardoned him without a review, prosecutors said in a court filing, \
             deepening a controversy that has dogged her.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "The governor pardoned him without a review");
    }

    #[test]
    fn how_often_a_question_was_asked_is_an_adjunct() {
        let found = frames("She asked Rennick three times whether he would keep the lab open.");
        assert_eq!(found[0].1, "whether he would keep the lab open");
    }

    #[test]
    fn a_headline_setting_cuts_a_split_contents_parts_too() {
        let doc = Document::new("said, hopes said, said as early as \n ");
        for a in link(&doc, &find_quotes(&doc)) {
            assert!(a
                .parts
                .iter()
                .all(|p| a.content.start <= p.start && p.end <= a.content.end));
        }
    }

    #[test]
    fn a_base_form_cue_before_a_plural_people_word_is_a_verb() {
        let found = frames("Economists say voters tend to lag behind the data.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("voters tend to lag behind the data", "Economists")
        );
    }

    #[test]
    fn a_belief_after_a_speech_content_goes_on_the_content() {
        let found = frames(
            "Her chief of staff said the mayor was disappointed but believed the votes were there.",
        );
        assert_eq!(
            found[0].1,
            "the mayor was disappointed but believed the votes were there"
        );
        // The belief is a claim of the content's subject.
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("the votes were there", "the mayor")
        );
        // (A speech verb after the content is still the frame's second.)
        let found = frames("She acknowledged the plan was late but said it would work.");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn a_subject_pronoun_after_a_prepositional_phrase_opens_the_content() {
        let (_, content, _, _) = one("Kilbride said through a spokeswoman he had read the report.");
        assert_eq!(content, "he had read the report");
        // (Not after an infinitive: `to say` is no phrase of place or means.)
        assert!(frames("I think to say it was unexpected is inaccurate.").is_empty());
    }

    #[test]
    fn a_second_participle_after_a_participles_content_is_the_frames() {
        let found = frames(
            "The governor vetoed the budget, saying it cut too deeply into school funding and \
             setting up a showdown with GOP leaders.",
        );
        assert_eq!(found[0].1, "it cut too deeply into school funding");
        // (A gerund of the content's own verb keeps its conjunct.)
        let found =
            frames("She backed it, saying it would help by cutting taxes and raising wages.");
        assert_eq!(
            found[0].1,
            "it would help by cutting taxes and raising wages"
        );
    }

    #[test]
    fn a_request_in_an_issued_document_is_the_issuers() {
        let found = frames(
            "The chamber sent an email to its members urging them to call their legislators.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, "The chamber");
        // (What a document shows is still no position of its issuer's.)
        assert!(frames("The police released a video showing the arrest.").is_empty());
    }

    #[test]
    fn per_with_an_article_names_a_source() {
        let (_, content, _, source) =
            one("OMB has 120 days to publish the standards, per the order.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("OMB has 120 days to publish the standards", "the order")
        );
        // (A rate takes no article.)
        assert!(frames("Gas costs four dollars per gallon.").is_empty());
    }

    #[test]
    fn a_role_word_before_a_name_is_a_title() {
        assert!(
            frames("White House counsel Diane Feldstein has met with four senators.").is_empty()
        );
        assert_eq!(
            frames("Her lawyers counsel that the deal is fair.")[0].3,
            "Her lawyers"
        );
    }

    #[test]
    fn another_shares_clause_ends_a_noun_phrase_content() {
        let found = frames("Forty percent support the plan and 36 percent oppose it.");
        assert!(found.iter().all(|f| !f.1.contains("oppose")), "{found:?}");
    }

    #[test]
    fn questions_referred_elsewhere_are_a_reported_act() {
        let found = frames("The campaign referred questions about the ad to the group.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("about the ad to the group", "The campaign")
        );
    }

    #[test]
    fn an_absolute_phrase_between_subject_and_verb() {
        let found = frames("Maddox, his voice rising, said he took full responsibility.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("he took full responsibility", "Maddox")
        );
    }

    #[test]
    fn a_request_coordinated_after_a_content_is_the_speakers() {
        let found = frames("Marks said he was not there yet and pressed for more documents.");
        assert_eq!(found[0].1, "he was not there yet");
        assert_eq!(
            (found[1].1.as_str(), found[1].3.as_str()),
            ("more documents", "Marks")
        );
    }

    #[test]
    fn an_irregular_participle_with_its_agent_is_part_of_the_subject() {
        let found = frames("A bloc of hawks led by Sen. Carla Brandt wants deeper cuts.");
        assert_eq!(found[0].3, "A bloc of hawks led by Sen. Carla Brandt");
    }

    #[test]
    fn a_places_relative_clause_in_a_chain_of_inserts() {
        let found = frames(
            "Sen. Paul Whitaker, a Republican from Kentucky, where the firm runs a plant, said \
             the plan would hurt workers.",
        );
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            (
                "the plan would hurt workers",
                "Sen. Paul Whitaker, a Republican from Kentucky"
            )
        );
    }

    #[test]
    fn a_quantifier_after_a_subordinator_is_the_subject() {
        let found = frames(
            "Officials began discussing replacements, according to two people, though both \
             cautioned that no decision had been made.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "Officials began discussing replacements",
                "no decision had been made"
            ]
        );
        assert_eq!(found[1].3, "both");
    }

    #[test]
    fn appeared_to_hands_the_cue_to_the_inner_verb_and_frames_nothing_alone() {
        let found = frames("The senator appeared to confirm that the talks had failed.");
        assert_eq!(
            (
                found[0].1.as_str(),
                found[0].2.as_str(),
                found[0].3.as_str()
            ),
            ("the talks had failed", "confirm", "The senator")
        );
        // (`appear` and `seem` hedge; they frame nothing of their own.)
        assert!(frames("He appeared to be tired.").is_empty());
    }

    #[test]
    fn a_verb_form_after_a_capitalized_modifier_is_a_noun() {
        let found = frames("A Republican state lawmaker has promised to write the rule into law.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].2.as_str(), found[0].3.as_str()),
            ("promised", "A Republican state lawmaker")
        );
        // (A name's run too: a plural after a number agrees with no `-s` verb.)
        assert!(frames("She leads in the three Great Lakes states that decide races.").is_empty());
    }

    #[test]
    fn a_with_insert_before_the_contents_verb_stays_in_it() {
        let (_, content, _, _) = one(
            "Groups counter that the commission, with 500 employees overseeing products, could \
             not function.",
        );
        assert_eq!(
            content,
            "the commission, with 500 employees overseeing products, could not function"
        );
        // A trailing absolute is still the writer's.
        let (_, content, _, _) =
            one("He said the bill passed, with Democrats joining Republicans.");
        assert_eq!(content, "the bill passed");
    }

    #[test]
    fn where_a_speaker_spoke_is_no_content() {
        assert_eq!(frames("Abernathy testified at the council's request."), []);
    }

    #[test]
    fn the_first_of_a_list_of_subjects_is_no_content() {
        assert_eq!(
            frames("His schedule, his fund-raising and his hiring tell a different story."),
            []
        );
    }

    #[test]
    fn any_that_verb_in_the_impersonal_passive() {
        let found = frames("It is asserted by the prosecution that both parents knew.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("both parents knew", "the prosecution")
        );
    }

    #[test]
    fn an_attitudes_at_phrase_closing_the_sentence_is_its_content() {
        let (_, content, cue, _) = one("Senators bristled at the suggestion.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("the suggestion", "bristled")
        );
    }

    #[test]
    fn a_name_after_an_inverted_frame_is_the_sources() {
        let (_, content, _, _) = one("The cause was heart failure, said her son, Peter Halloran.");
        assert_eq!(content, "The cause was heart failure");
    }

    #[test]
    fn who_after_a_hometown_speaks_of_the_person() {
        for text in [
            "Kroeger, 71, of Newton, who said she is a registered independent, voted no.",
            "The first is Earline Pruitt, 84, of Helena, who voted but says she is independent.",
        ] {
            let found = frames(text);
            assert!(
                found[0].3.starts_with("Kroeger") || found[0].3.starts_with("Earline"),
                "{found:?}"
            );
        }
        // (Or after the age alone.)
        let (_, content, _, source) =
            one("Marlowe, 27, who has always denied taking any banned substance, did not attend.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("taking any banned substance", "Marlowe")
        );
    }

    #[test]
    fn an_insert_after_an_adjunct_stands_before_that() {
        for text in [
            "Ortega said in a memo to staff, seen by the AP, that the network would spend more.",
            "Ortega said in a letter to employees, which was obtained by The Courier, that the network would spend more.",
        ] {
            assert_eq!(one(text).1, "the network would spend more", "{text}");
        }
    }

    #[test]
    fn a_listener_after_to_is_no_infinitive() {
        for text in [
            "Okonkwo warned in a memo to council members that the budget would run dry.",
            "Okonkwo warned in a memo to staff last week that the budget would run dry.",
        ] {
            assert_eq!(one(text).1, "the budget would run dry", "{text}");
        }
        // A role noun that is a verb, before its object, is one.
        assert_eq!(
            one("She pledged in a statement to staff the office fully.").1,
            "to staff the office fully"
        );
        // A listener's infinitive is its task, though a relative with a
        // frame of its own follows (the writer's description, not the
        // request).
        let found = frames(
            "He urged regional powers to stop supplying weapons, which he described as “fuel.”",
        );
        let urged = found.iter().find(|f| f.2 == "urged").expect("urged");
        assert_eq!(urged.1, "regional powers to stop supplying weapons");
    }

    #[test]
    fn a_list_may_end_in_a_determiners_plural() {
        for text in [
            "Poland and the Baltic states said the decision was right.",
            "Romania, Poland and the Baltic countries said the decision was right.",
        ] {
            let (_, _, _, source) = one(text);
            assert_eq!(source, text.split(" said").next().unwrap(), "{text}");
        }
    }

    #[test]
    fn an_according_to_phrase_takes_the_nouns_before_its_comma() {
        for (text, source) in [
            (
                "According to city budget documents, overtime rose.",
                "city budget documents",
            ),
            (
                "According to the museum’s business plan, overtime rose.",
                "the museum’s business plan",
            ),
            (
                "According to official results published by the chancellery, overtime rose.",
                "official results published by the chancellery",
            ),
        ] {
            let (_, content, _, got) = one(text);
            assert_eq!((content.as_str(), got.as_str()), ("overtime rose", source));
        }
    }

    #[test]
    fn an_according_to_insert_leaves_a_coordinated_verb_its_subject() {
        let found = frames(
            "Investigators have not ruled out a fault, according to a statement from the \
             fire marshal, but said it was too early to draw conclusions.",
        );
        let said = found.iter().find(|f| f.2 == "said").expect("said");
        assert_eq!(said.3, "Investigators");
    }

    #[test]
    fn a_plural_noun_before_an_adverb_and_a_past_is_the_subject() {
        let (_, _, cue, source) = one("Romania, Poland and the Baltic states also voiced support.");
        assert_eq!(
            (cue.as_str(), source.as_str()),
            ("voiced", "Romania, Poland and the Baltic states")
        );
        assert_eq!(
            one("The report says also that profits fell.").1,
            "profits fell"
        );
    }

    #[test]
    fn a_bodys_bracketed_acronym_stays_in_its_phrase() {
        // Before the head noun it modifies, after a subject or closing a sentence.
        for (text, content, source) in [
            (
                "The Maritime Trade Operations (UKMTO) agency said a tanker was struck.",
                "a tanker was struck",
                "The Maritime Trade Operations (UKMTO) agency",
            ),
            (
                "A tanker was struck, the Maritime Trade Operations (UKMTO) agency said.",
                "A tanker was struck",
                "the Maritime Trade Operations (UKMTO) agency",
            ),
        ] {
            let (_, got, _, got_source) = one(text);
            assert_eq!(
                (got.as_str(), got_source.as_str()),
                (content, source),
                "{text}"
            );
        }
        // Closing an according-to phrase, before a clause whose subject is a
        // bare plural (no appositive of the name).
        for text in [
            "According to the Security Service (SIS), investigators seized cash, phones and guns.",
            "According to the Justice Ministry, investigators seized cash.",
        ] {
            let (_, content, _, _) = one(text);
            assert!(
                content.starts_with("investigators seized cash"),
                "{text}: {content}"
            );
        }
    }

    #[test]
    fn which_describes_a_subject_of_any_noun() {
        let (_, content, _, source) =
            one("Its integrity unit, which brought the case, said the ruling was fair.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("the ruling was fair", "Its integrity unit")
        );
    }

    #[test]
    fn a_relative_clause_inside_an_infinitive_stays_in_it() {
        let (_, content, _, _) = one(
            "Marsh declined to say whether Lowry, who died in 2020, had been interviewed by police.",
        );
        assert_eq!(
            content,
            "to say whether Lowry, who died in 2020, had been interviewed by police"
        );
    }

    #[test]
    fn a_month_hosts_no_agent() {
        let found = frames("An analysis released in October by the Harcourt Center estimated that costs would rise.");
        assert_eq!(
            found[0].3,
            "An analysis released in October by the Harcourt Center"
        );
    }

    #[test]
    fn a_verb_coordinated_after_a_during_phrase_keeps_the_subject() {
        let found =
            frames("Brandt threw a chair during a night shoot and told her that she would go.");
        assert_eq!(found[0].3, "Brandt");
    }

    #[test]
    fn a_coordinated_verb_after_an_adjunct_keeps_the_subject() {
        let found = frames(
            "He led trade missions and, in a 2017 speech, called tariffs “a tax on farmers.”",
        );
        assert_eq!((found[0].2.as_str(), found[0].3.as_str()), ("called", "He"));
    }

    #[test]
    fn that_before_an_irregular_past_opens_a_relative_clause() {
        let found =
            frames("He said he had not seen it, an answer that drew groans from the gallery.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_clause_of_its_own_may_open_with_a_time_adjunct() {
        for text in [
            "Lowe said voters were tired, and on Monday his campaign released a video.",
            "Lowe said voters “can smell it,” and within an hour his campaign released a video.",
        ] {
            let found = frames(text);
            assert!(!found[0].1.contains("video"), "{found:?}");
        }
        // (A parallel complement stays: `credit for A, and for B she …`.)
        let (_, content, _, _) =
            one("Critics say she took credit for work, and for money she had little to do with.");
        assert!(content.ends_with("to do with"), "{content}");
    }

    #[test]
    fn a_passive_participle_in_an_absolute_phrase_is_no_frame() {
        assert_eq!(
            frames("The Senate votes Thursday, with the House expected to follow."),
            []
        );
    }

    #[test]
    fn a_family_named_for_its_surname_is_the_whole_subject() {
        assert_eq!(
            frames("The Bramwell family said it was grateful.")[0].3,
            "The Bramwell family"
        );
    }

    #[test]
    fn an_idiom_in_the_progressive_is_finite() {
        let found = frames("The White House is standing by its pick.");
        assert_eq!(
            (
                found[0].1.as_str(),
                found[0].2.as_str(),
                found[0].3.as_str()
            ),
            ("its pick", "standing by", "The White House")
        );
        assert_eq!(frames("Fans in the stands cheered."), []);
    }

    #[test]
    fn when_after_a_negated_verb_opens_the_open_question() {
        let (_, content, _, _) = one("The court has not said when it will rule.");
        assert_eq!(content, "when it will rule");
        assert_eq!(frames("He said when he arrived the door was open."), []);
        for (text, question) in [
            (
                "The aide would not say which counties would get them.",
                "which counties would get them",
            ),
            (
                "He did not say how much the group had raised.",
                "how much the group had raised",
            ),
            // (`that` is the subject's determiner.)
            (
                "The judge did not say when that ruling will come.",
                "when that ruling will come",
            ),
        ] {
            assert_eq!(one(text).1, question, "{text}");
        }
    }

    #[test]
    fn a_name_in_apposition_stays_in_a_noun_phrase_content() {
        let (_, content, _, _) = one(
            "It also seeks communications involving the agency's director, Wade Harrell, and others.",
        );
        assert_eq!(
            content,
            "communications involving the agency's director, Wade Harrell"
        );
    }

    #[test]
    fn a_plural_with_its_own_verb_after_says_is_a_subject() {
        let found = frames("Smith says emails show the plan failed.");
        assert_eq!(
            (found[0].1.as_str(), found[0].3.as_str()),
            ("emails show the plan failed", "Smith")
        );
    }

    #[test]
    fn a_count_with_more_than_opens_a_clause() {
        let (_, content, _, _) =
            one("The union said more than 95 percent of its members had joined the walkout.");
        assert_eq!(
            content,
            "more than 95 percent of its members had joined the walkout"
        );
        assert_eq!(frames("She said more than she meant to."), []);
    }

    #[test]
    fn a_contact_clause_stays_with_its_subject() {
        for text in [
            "Criminologists we spoke with said the cities were chosen badly.",
            "Residents I talked to said the water tasted odd.",
            "Democrats we interviewed say the plan is dead.",
        ] {
            let (_, content, _, source) = one(text);
            assert!(text.starts_with(&source), "{text}: {source}");
            assert!(content.starts_with("the "), "{text}: {content}");
        }
        // (A clause with more than a verb and its particle is no contact clause.)
        let found =
            frames("Hale told reporters he shared the worry but believed the plan was sound.");
        assert_eq!(found[1].3, "he");
    }

    #[test]
    fn a_participle_keeps_its_agent_across_a_time() {
        let (_, _, _, source) = one(
            "A poll released last week by the Silver State Research Group found Rowley at 34%.",
        );
        assert_eq!(
            source,
            "A poll released last week by the Silver State Research Group"
        );
    }

    #[test]
    fn a_listener_list_runs_past_its_commas() {
        let (_, content, _, _) =
            one("The department urged anyone with diarrhea, cramps or fever to contact a doctor.");
        assert_eq!(
            content,
            "anyone with diarrhea, cramps or fever to contact a doctor"
        );
        let (_, content, _, _) = one("She told reporters, aides and staff that it was over.");
        assert_eq!(content, "it was over");
    }

    #[test]
    fn a_listeners_modifier_stands_before_its_task() {
        for (text, content) in [
            (
                "Party leaders urged Bryce Mayhew, the party's nominee, to withdraw.",
                "Bryce Mayhew, the party's nominee, to withdraw",
            ),
            (
                "He asked residents who had not checked in to call a hotline.",
                "residents who had not checked in to call a hotline",
            ),
            (
                "He urged residents in evacuation zones not to wait for a knock.",
                "residents in evacuation zones not to wait for a knock",
            ),
            (
                "The agency warned athletes traveling abroad to avoid eating beef.",
                "athletes traveling abroad to avoid eating beef",
            ),
        ] {
            assert_eq!(one(text).1, content, "{text}");
        }
        // (Not the infinitive of a clause the listener is told, nor of a
        // frame inserted after a name, nor after a pronoun's adjunct.)
        for (text, content) in [
            (
                "Brandt told Fox News on Thursday that he will continue to honor the requests.",
                "he will continue to honor the requests",
            ),
            (
                "The mayor, two council members told KWLR, has spent the week calling colleagues to line up votes.",
                "The mayor, two council members told KWLR, has spent the week calling colleagues to line up votes",
            ),
        ] {
            assert!(frames(text).iter().any(|f| f.1 == content), "{text}: {:?}", frames(text));
        }
    }

    #[test]
    fn according_to_keeps_the_source_s_own_tail() {
        for (text, source) in [
            (
                "Agresti leads by 212 votes, according to unofficial results posted on the county's website.",
                "unofficial results posted on the county's website",
            ),
            (
                "Bannock advised the firm, according to disclosure forms she filed with the office.",
                "disclosure forms she filed with the office",
            ),
            (
                "The talks stalled, according to two people briefed on the call.",
                "two people briefed on the call",
            ),
        ] {
            let (kind, _, _, found) = one(text);
            assert_eq!((kind, found.as_str()), (ClaimKind::AccordingTo, source));
        }
    }

    #[test]
    fn a_frame_inside_a_relative_clause_speaks_for_its_predicate() {
        let found =
            frames("The cases include a woman who, he said, was screened while she was sick.");
        let (_, content, _, source) = found.last().unwrap();
        assert_eq!(
            (content.as_str(), source.as_str()),
            ("was screened while she was sick", "he")
        );
    }

    #[test]
    fn two_names_with_their_party_tags_are_one_subject() {
        let (_, _, _, source) = one(
            "“It is early,” Chairman Mark Sutter (R-Ind.) and ranking member Lydia Haines (D-Md.) said.",
        );
        assert_eq!(
            source,
            "Chairman Mark Sutter (R-Ind.) and ranking member Lydia Haines (D-Md.)"
        );
    }

    #[test]
    fn a_list_does_not_reach_into_an_opening_adjunct() {
        let (_, _, _, source) = one(
            "In a letter obtained by Fox News Digital, 23 House and Senate Republicans wrote that the deal raises questions.",
        );
        assert_eq!(source, "23 House and Senate Republicans");
        let (_, _, _, source) =
            one("A draft seen by Reuters, the AP and Bloomberg says costs rose.");
        assert_eq!(source, "A draft seen by Reuters, the AP and Bloomberg");
    }

    #[test]
    fn an_appositive_before_the_object_s_of_stays_in_the_content() {
        let (_, content, _, _) = one("She accused Whitby, a Republican, of lying.");
        assert_eq!(content, "Whitby, a Republican, of lying");
    }

    #[test]
    fn quick_to_and_agreed_with_frame_their_content() {
        let (_, content, cue, source) = one("Republicans were quick to condemn the decision.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("the decision", "condemn", "Republicans")
        );
        let (_, content, _, _) =
            one("The agency agreed with four of the inspector general's six recommendations.");
        assert_eq!(
            content,
            "four of the inspector general's six recommendations"
        );
        assert_eq!(frames("He rushed to the hospital."), []);
    }

    #[test]
    fn a_noun_phrase_content_stops_before_according_to() {
        let found =
            frames("The city expects about 6 million visitors according to the event website.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, "about 6 million visitors");
    }

    #[test]
    fn according_to_at_the_text_s_end_reads_no_token_past_it() {
        // (Found by the property test: the source's tail looked one token on.)
        frames(", according to the mayor ");
        frames("It fell, according to results posted");
    }

    #[test]
    fn an_object_pronoun_after_a_noun_shows_its_verb() {
        let (_, content, _, _) = one("Farmers said the storm left him in a bind.");
        assert_eq!(content, "the storm left him in a bind");
    }

    #[test]
    fn a_refusal_to_say_more_is_the_speakers_second_frame() {
        let found = frames(
            "A spokeswoman said the department was working with the panel but would not say when the records would be turned over.",
        );
        let contents: Vec<_> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
        assert_eq!(
            contents,
            [
                ("the department was working with the panel", "said"),
                ("when the records would be turned over", "say")
            ]
        );
        assert_eq!(found[1].3, "A spokeswoman");
        // (A refusal of substance stays in the content.)
        let (_, content, _, _) =
            one("She said she was open to changes but would not support a cap.");
        assert_eq!(
            content,
            "she was open to changes but would not support a cap"
        );
    }

    #[test]
    fn a_belief_or_wish_after_an_adjunct_and_that_goes_on_the_content() {
        let found = frames(
            "Albright said in an interview with the Ledger that he respected the right but believed the recall was unfair.",
        );
        assert_eq!(
            found[0].1,
            "he respected the right but believed the recall was unfair"
        );
        let found =
            frames("Albright said he respected the right but wanted to see the recall fail.");
        assert_eq!(
            found[0].1,
            "he respected the right but wanted to see the recall fail"
        );
    }

    #[test]
    fn the_head_of_a_role_phrase_is_no_verb() {
        let (_, content, cue, source) =
            one("The company's general counsel, Mirela Haddad, wrote that the data was deleted.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            (
                "the data was deleted",
                "wrote",
                "The company's general counsel, Mirela Haddad"
            )
        );
    }

    #[test]
    fn a_party_tag_and_an_appositive_after_a_name() {
        let (_, _, _, source) = one(
            "Sen. Owen Tillery, R-Bannock Ridge, one of the three no votes, said he backed the goal.",
        );
        assert_eq!(source, "Sen. Owen Tillery, R-Bannock Ridge");
    }

    #[test]
    fn a_that_clause_nests_in_an_according_to_content() {
        let found =
            frames("Okafor told colleagues that the deal gives away too much, according to five officials.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[1].1.as_str(), found[1].2.as_str()),
            ("the deal gives away too much", "told")
        );
    }

    #[test]
    fn afterward_is_no_content() {
        let (_, content, _, _) = one("Kittredge said afterward that the cars sat in the lot.");
        assert_eq!(content, "the cars sat in the lot");
    }

    #[test]
    fn a_plurality_say_as_a_plural() {
        let (_, content, cue, source) = one("A plurality say neither party has a plan.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("neither party has a plan", "say", "A plurality")
        );
    }

    #[test]
    fn a_possessor_s_verb_form_is_a_noun_in_the_source() {
        let (_, content, _, source) =
            one("Brennan will act soon, said two aides familiar with the chairman's plans.");
        assert_eq!(
            (content.as_str(), source.as_str()),
            (
                "Brennan will act soon",
                "two aides familiar with the chairman's plans"
            )
        );
    }

    #[test]
    fn subjects_of_every_shape_speak_whole() {
        for (text, source) in [
            // A bare compound after a conjunction.
            (
                "Prices rose, as farm groups threatened to retaliate.",
                "farm groups",
            ),
            (
                "The deadline is in April, and election officials said they need more time.",
                "election officials",
            ),
            // A relative clause of any ending.
            (
                "A woman who asked not to be named said the fire started at midnight.",
                "A woman",
            ),
            (
                "A man who lives nearby said the fire started at midnight.",
                "A man",
            ),
            (
                "A worker who was inside said the fire started at midnight.",
                "A worker",
            ),
            (
                "A resident who lived there said the fire started at midnight.",
                "A resident",
            ),
            ("Officials there said the fire was out.", "Officials"),
            ("Those who knew him said he was kind.", "Those who knew him"),
            (
                "The hospital has since said the patient is stable.",
                "The hospital",
            ),
            ("The couple say they were never warned.", "The couple"),
            (
                "A man who lives nearby, John Smith, said the fire started at midnight.",
                "A man who lives nearby, John Smith",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
    }

    #[test]
    fn a_suspicion_or_a_fear_of_a_thing_is_held() {
        for (text, content) in [
            ("Investigators suspect arson.", "arson"),
            (
                "Officials fear a repeat of the 2019 floods.",
                "a repeat of the 2019 floods",
            ),
        ] {
            let (kind, found, ..) = one(text);
            assert_eq!((kind, found.as_str()), (ClaimKind::Reported, content));
        }
        // (The nouns stay nouns.)
        assert!(frames("The suspect fled. Fear of crime is rising.").is_empty());
    }

    #[test]
    fn an_insert_between_a_clauses_subject_and_verb_keeps_the_clause() {
        let (kind, content, cue, _) =
            one("Police allege the men, aged 24 and 31, threatened staff with a knife.");
        assert_eq!(
            (kind, content.as_str(), cue.as_str()),
            (
                ClaimKind::Indirect,
                "the men, aged 24 and 31, threatened staff with a knife",
                "allege"
            )
        );
    }

    #[test]
    fn a_website_or_a_banner_reads_its_words() {
        for (text, source) in [
            (
                "“It is time to say goodbye,” the website reads.",
                "the website",
            ),
            (
                "Protesters carried a banner that read “Stop the war”.",
                "a banner",
            ),
        ] {
            let (kind, _, cue, found) = one(text);
            assert_eq!(kind, ClaimKind::DirectQuote, "{text}");
            assert!(cue.starts_with("read"), "{text}");
            assert_eq!(found, source, "{text}");
        }
    }

    #[test]
    fn working_something_out_or_a_question_word_frames_nothing() {
        for text in [
            "We figured out what group it belongs to.",
            "What we could do was to study anatomy and figure out what it is.",
        ] {
            assert!(frames(text).is_empty(), "{text}");
        }
        // (Nor is a comparison's `Like` a name.)
        assert_eq!(
            one("Like Wikipedia, the site is run by volunteers, its founder said.").3,
            "its founder"
        );
    }

    #[test]
    fn the_anonymity_formula_between_a_listener_and_that() {
        for text in [
            "Two aides told Politico, on the condition of anonymity to discuss private talks, that the deal was dead.",
            "The aide told reporters, speaking on condition of anonymity, that the deal was dead.",
            "Two aides said, on condition of anonymity because they were not authorized to discuss the talks, that the deal was dead.",
        ] {
            let (kind, content, _, _) = one(text);
            assert_eq!(
                (kind, content.as_str()),
                (ClaimKind::Indirect, "the deal was dead"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_concession_set_between_a_contents_subject_and_verb() {
        assert_eq!(
            one("Economists said that inflation, while easing, remains high.").1,
            "inflation, while easing, remains high"
        );
        // (After the verb, a participle's contrast is still the writer's.)
        assert_eq!(
            frames("Economists said inflation was high, while noting it was easing.")[0].1,
            "inflation was high"
        );
    }

    #[test]
    fn a_verb_of_rising_or_pausing_before_to_say() {
        let (_, content, cue, source) =
            one("At one point, Mr. Marsh interrupted to say that Ms. Delgado had lied.");
        assert_eq!(
            (content.as_str(), cue.as_str(), source.as_str()),
            ("Ms. Delgado had lied", "say", "Mr. Marsh")
        );
    }

    #[test]
    fn an_according_to_insert_whose_source_takes_a_clause() {
        for (text, source) in [
            (
                "The agency, according to figures it gave lawmakers, has lost 140 inspectors since 2021.",
                "figures it gave lawmakers",
            ),
            (
                "Both sides, according to advisers who spoke on condition of anonymity, have concluded that the state will decide.",
                "advisers who spoke on condition of anonymity",
            ),
        ] {
            let (kind, content, _, found) = frames(text).remove(0);
            assert_eq!(kind, ClaimKind::AccordingTo, "{text}");
            assert_eq!(content, text.trim_end_matches('.'), "{text}");
            assert_eq!(found, source, "{text}");
        }
        // (A source its insert's comma closes runs no further.)
        let found =
            frames("The fire, according to police, started in the kitchen, near the stove.");
        assert_eq!(found[0].3, "police");
        assert_eq!(
            found[0].1,
            "The fire, according to police, started in the kitchen, near the stove"
        );
    }

    #[test]
    fn a_document_subject_with_its_participles_place() {
        for (text, source) in [
            (
                "A memo sent to staff on Friday said the office would close.",
                "A memo sent to staff",
            ),
            (
                "A report sent to the council last week found that the deficit will grow.",
                "A report sent to the council",
            ),
        ] {
            assert_eq!(one(text).3, source, "{text}");
        }
    }

    #[test]
    fn cheering_and_ripping_a_plan() {
        let (_, content, cue, _) = one("Progressive groups have cheered the proposal.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("the proposal", "cheered")
        );
        let (_, content, cue, _) = one("Republicans ripped the plan as a giveaway.");
        assert_eq!(
            (content.as_str(), cue.as_str()),
            ("the plan as a giveaway", "ripped")
        );
        assert!(frames("The storm ripped through the town.").is_empty());
    }
}
