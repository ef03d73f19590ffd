//! Contents: where an attribution's content begins and ends. A frame's
//! complement to the right (a that-clause, a bare clause, a quotation, a
//! to-infinitive, a noun phrase, past listeners and adjuncts), or its content
//! to the left (a quotation or a clause before `, she said`), bounded by the
//! next frame, a participial or contrasting clause, or the sentence's end,
//! and the kind of claim the content makes.

use std::ops::Range;

use super::{
    Linker, LINKING, MAX_ADJUNCT, MAX_CONTENT, MAX_INSERTS, MAX_PHRASE, MAX_TRAILING_FRAME,
};
use crate::lexicon::{lexicon, CueVerb, Flags, VerbClass, VerbForm};
use crate::model::{ClaimKind, Stance};
use crate::segment::TokenKind;
use crate::text::{has_char, Words};

const WEEKDAYS: Words = words![
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday"
];

/// The prepositions (and the particle `out`) that open a verb's content in
/// the `on` frame.
const PREPOSITIONAL_CONTENT: Words = words!["on", "about", "of", "against", "over", "out", "at"];

impl<'d, 'a> Linker<'d, 'a> {
    /// The content to the right of a verb, by the complements it takes.
    pub(super) fn content_right(
        &self,
        from: usize,
        verb: &CueVerb,
        sentence: &Range<usize>,
    ) -> Option<(Range<usize>, ClaimKind)> {
        // (`14 Republicans opposed or leaning no`: a verb coordinated with
        // the next has no object of its own.)
        if self.word_is(from, words!["and", "or"]) {
            return None;
        }
        // (`would add to the debt`: adding to something says nothing.)
        if verb.lemma == "add" && self.word_is(from, words!["to"]) {
            return None;
        }
        let end = sentence.end;
        // (`objected to its cost`, `admitted to taking bribes`: a `to`
        // that takes a thing, not an infinitive nor a listener.)
        if self.word_is(from, words!["to"])
            && words!["object", "admit", "confess", "allude", "attest"].has(verb.lemma)
            && !self.infinitive_at(from, end)
            // (Not a listener before a clause: `admitted to reporters that …`.)
            && !(from + 1..end.min(from + 6)).any(|j| self.word_is(j, words!["that"]))
        {
            let content = self.np_content(from + 1, end, false);
            return (!content.is_empty()).then(|| {
                let kind = self.kind_for(&content, ClaimKind::Reported);
                (content, kind)
            });
        }
        // (`asked that the location not be published`: a request's clause,
        // right after the verb.)
        if verb.lemma == "ask"
            && self.word_is(from, words!["that"])
            && (self.is(from + 1, Flags::DET | Flags::POSS | Flags::PRON)
                || self.doc.capitalized(from + 1))
        {
            let content = self.clause_right(from + 1, end);
            return (!content.is_empty()).then_some((content, ClaimKind::Indirect));
        }
        let frames = verb.frames;
        let mut k = from;
        // `pleaded with him to send …`: the listener after `with`.
        if verb.frames.obj && self.word_is(k, words!["with"]) && self.is(k + 1, Flags::OBJPRON) {
            k += 1;
        }
        // `told reporters that`, `warned residents:`
        if verb.frames.obj {
            if let Some(mut obj) = self.listener(k, end) {
                // (`urged anyone with diarrhea, cramps or fever to contact a
                // doctor`, `told reporters, aides and staff that`: a
                // listener's list runs on past its commas.)
                if self.punct(obj.end, ',') {
                    let next = (obj.end + 1..end.min(obj.end + 8))
                        .take_while(|&j| self.doc.is_word(j) || self.punct(j, ','))
                        .find(|&j| self.word_is(j, words!["to", "that"]));
                    if let Some(next) = next.filter(|&j| {
                        self.word_is(j - 2, words!["and", "or"])
                            && (self.word_is(j, words!["that"]) || self.infinitive_at(j, end))
                    }) {
                        obj.end = next;
                    }
                }
                // `asked the council to help`, `urged him to resign`: the
                // listener with its task (`warned consumers not to use it`),
                // past the listener's modifier (`urged Bryce Mayhew, the
                // party's nominee, to withdraw`, `asked residents who had not
                // checked in to call`).
                let task = (obj.end..end.min(obj.end + MAX_PHRASE))
                    .take_while(|&j| {
                        !self.doc.is_quote(j)
                            && !self.word_is(j, words!["that", "anonymity"])
                            && !self.is(j, Flags::SUB | Flags::WH)
                    })
                    .find(|&j| self.task_at(j, end))
                    .filter(|&j| {
                        j == obj.end
                            || !self.is(obj.start, Flags::OBJPRON)
                                && (self.word_is(obj.end, words!["in", "at", "from", "of", "who"])
                                    || self.is_gerund_word(obj.end)
                                    || self.punct(obj.end, ',')
                                        && !self.finite_verb_at(obj.end + 1))
                    });
                if let Some(task) = task {
                    let rest = self.clause_right(task, end);
                    if rest.len() > 1 {
                        let content = obj.start..rest.end;
                        let kind = self.kind_for(&content, ClaimKind::Reported);
                        return Some((content, kind));
                    }
                }
                // `urged restraint.`: a thing, not a person, closing the
                // sentence is the content of a verb that takes one (not after
                // a quotation: `“…,” he promised voters.`).
                let thing_closing = frames.np && {
                    let after = self.skip_adjuncts(obj.end, end);
                    let head = &self.doc.tokens[self.head_of(&obj)];
                    let person = head.capitalized
                        || head.is(Flags::PRON
                            | Flags::OBJPRON
                            | Flags::ANON
                            | Flags::ROLE
                            | Flags::MEDIA)
                        || head
                            .info
                            .is_some_and(|i| i.noun.is_none() && i.flags != Flags::default());
                    // (`promised a full inquiry and said …`: or a second frame.)
                    (after >= end || self.is_terminal(after) || self.coordinated_frame(after, end))
                        && !person
                        && !(sentence.start..from).any(|j| self.doc.is_quote(j))
                };
                // (`warned the bill stands no chance`: no listener but the
                // subject of a clause without `that`.)
                let clause = frames.that
                    && !self.is(obj.start, Flags::OBJPRON)
                    && self.subject_then_verb(&(k..end))
                    && !self.subject_then_verb(&(obj.end..end))
                    && !self.word_is(obj.end, words!["that", "to"])
                    && !(obj.start..obj.end + 1).any(|j| self.is(j, Flags::PREP));
                if !thing_closing && !clause {
                    k = obj.end;
                }
            }
        }
        // `declined to comment`, `vowed to fight`: before `to` reads as an
        // adjunct. (`vowed not to raise taxes`, `asked not to be named`.)
        let negated_infinitive =
            self.word_is(k, words!["not", "never"]) && self.infinitive_at(k + 1, end);
        // (`I want to be clear`, `I want to say`: a speaker's preface to what
        // follows, no wish of substance; `we want to thank` is one. But
        // `I want to know who bent them`, `I want to make sure …` ask for
        // something.)
        let preface = verb.lemma == "want"
            && self.word_is(k, words!["to"])
            && (self.word_is(
                k + 1,
                words!["say", "stress", "emphasize", "ask", "remind", "note"],
            ) || self.word_is(k + 1, words!["be", "make"])
                && self.word_is(k + 2, words!["clear"]));
        if preface {
            return None;
        }
        if frames.to && self.task_at(k, end) {
            let mut content = self.clause_right(k, end);
            // `asked not to be identified because …`: the anonymity formula
            // ends with its participle; the reason is the writer's.
            let to = k + usize::from(negated_infinitive);
            if self.word_is(to + 1, words!["be"])
                && self.word_is(to + 2, words!["identified", "named", "quoted"])
            {
                content.end = content.end.min(to + 3);
            }
            return (content.len() > 1).then(|| {
                (
                    content.clone(),
                    self.kind_for(&content, ClaimKind::Reported),
                )
            });
        }
        // `did not respond to a request for comment`: a request answered (or
        // not) is the content of `to`.
        // (`to Fox News Digital's request`: a possessor's name before it.)
        let answered_request = self.word_is(k, words!["to"])
            && (k + 1..end.min(k + 7))
                .take_while(|&j| self.doc.is_word(j))
                .any(|j| {
                    self.word_is(
                        j,
                        words![
                            "request",
                            "requests",
                            "message",
                            "messages",
                            "call",
                            "calls",
                            "email",
                            "emails",
                            "inquiry",
                            "inquiries",
                            "question",
                            "questions",
                            "query",
                            "queries"
                        ],
                    )
                });
        if answered_request && frames.on {
            let content = self.np_content(k, end, false);
            if content.len() > 1 {
                return Some((content, ClaimKind::Reported));
            }
        }
        // (`pointed to a study finding …`: what one points to, not where.)
        // (Not `rose 4 basis points to 4.46%`.)
        if verb.lemma == "point"
            && self.word_is(k, words!["to"])
            && !self.word_is(from.saturating_sub(2), words!["basis", "percentage"])
            && !self.is(k + 1, Flags::SUB | Flags::WH)
        {
            // (`pointed to the delays as evidence that …`: the evidence a
            // claim of its own.)
            let mut content = self.clause_right(k + 1, end);
            content.end = content
                .clone()
                .find(|&j| self.word_is(j, words!["as"]))
                .unwrap_or(content.end);
            return (content.len() > 1).then_some((content, ClaimKind::Reported));
        }
        let before_adjuncts = k;
        k = self.skip_adjuncts(k, end);
        // `pledged on Saturday to deepen …`: the infinitive after an adjunct.
        let infinitive = (before_adjuncts + 1..(k + 1).min(end))
            .find(|&j| self.word_is(j, words!["to"]) && self.infinitive_at(j, end));
        // `called on Republicans to hold hearings`: a request's addressee
        // and its task, read as an adjunct and an infinitive.
        if let Some(to) = infinitive.filter(|_| {
            frames.on
                && self.word_is(before_adjuncts, words!["on", "upon"])
                && !self.is(before_adjuncts + 1, Flags::TIME)
                && !(before_adjuncts + 1..before_adjuncts + 3)
                    .any(|j| self.word_is(j, words!["condition", "background"]))
        }) {
            let content = before_adjuncts + 1..self.clause_right(to, end).end;
            if content.len() > 2 {
                let kind = self.kind_for(&content, ClaimKind::Reported);
                return Some((content, kind));
            }
        }
        if let Some(to) = infinitive.filter(|_| frames.to) {
            let content = self.clause_right(to, end);
            if content.len() > 1 {
                let kind = self.kind_for(&content, ClaimKind::Reported);
                return Some((content, kind));
            }
        }
        // `commented on the report.`, `called for calm.`: a prepositional
        // content read as an adjunct because nothing follows it.
        let nothing_after = k >= end || self.is_terminal(k) || self.punct(k, ',');
        if frames.on
            && nothing_after
            && k > before_adjuncts
            && (self.word_is(before_adjuncts, words!["of", "about", "against", "over"])
                // (`scoffed at the plan`, `bristled at it`: an attitude's
                // object; a speech verb's `at` or `on` says where, or when.)
                || verb.class != VerbClass::Speech
                    && self.word_is(before_adjuncts, words!["at", "on"])
                // (`commented on the filings`: but for a venue, named or
                // not, a speech verb's `on` takes its topic.)
                || self.word_is(before_adjuncts, words!["on"])
                    && !(before_adjuncts + 1..k).any(|j| {
                        self.doc.capitalized(j)
                            || self.is(j, Flags::MEDIA)
                            || self.word_is(
                                j,
                                words![
                                    "show", "program", "air", "radio", "television", "tv",
                                    "podcast", "blog", "website", "site", "page", "floor",
                                    "stage", "call", "line", "record", "condition",
                                    "background", "camera", "trail", "platform"
                                ],
                            )
                    }))
            && !self.is(before_adjuncts + 1, Flags::TIME)
        {
            let content = self.np_content(before_adjuncts + 1, end, false);
            if content.len() > 1 || content.len() == 1 && !self.is(content.start, Flags::OBJPRON) {
                let kind = self.kind_for(&content, ClaimKind::Reported);
                return Some((content, kind));
            }
        }
        if k >= end {
            return None;
        }
        // `said in a memo to staff, seen by the AP, that …`: an insert before `that`.
        if self.punct(k, ',') && (frames.that || frames.bare) {
            let limit = end.min(k + MAX_PHRASE);
            let that =
                (k + 1..limit).find(|&j| self.word_is(j, words!["that"]) && self.punct(j - 1, ','));
            if let Some(that) = that {
                // (`reported Sunday, citing three people familiar with the
                // matter, that …`: a relay's participle too; `speaking on
                // condition of anonymity to discuss …`: the formula's verbs.)
                let anonymity = (k..that).any(|j| self.word_is(j, words!["anonymity"]));
                if !(k..that).any(|j| {
                    self.doc.is_quote(j)
                        || !anonymity
                            && self.cue_verb(j).is_some_and(|(_, f)| {
                                f != VerbForm::PastParticiple
                                    && f != VerbForm::PastOrParticiple
                                    && !self.word_is(j, words!["citing", "quoting"])
                            })
                }) {
                    k = that;
                }
            }
        }
        // `said as of March 4, 2011, IE6 has …`: a dated adjunct set off by commas.
        if k > before_adjuncts && self.punct(k, ',') {
            let mut j = k;
            if self.doc.tokens.get(j + 1).is_some_and(|t| t.is_number()) && self.punct(j + 2, ',') {
                j += 2;
            }
            // (`told reporters on Tuesday, adding that …`: a frame of its own.)
            // (Nor `announced Friday, sharply escalating …`: the writer's
            // participle after the frame.)
            // (But a gerund subject with its verb is the content: `estimated
            // by 2050, increasing population would raise …`.)
            // (An auxiliary of a relative clause is none of the gerund's:
            // `deepening a controversy that has dogged him`.)
            let writers_participle = (self.trailing_participle(j, end) || self.writer_tail(j, end))
                && !(j + 1..end)
                    .take_while(|&m| !self.is(m, Flags::REL) && !self.word_is(m, words!["that"]))
                    .any(|m| self.is(m, Flags::AUX | Flags::MODAL));
            // (Nor a predicate with no subject: `The delay, the agency said
            // in a statement, will add …` goes on the clause the frame interrupts.)
            if self.looks_like_clause(j + 1, end)
                && !self.is(j + 1, Flags::AUX | Flags::MODAL)
                && !writers_participle
                && !self.participial_frame(j, end)
                && self.has_finite_verb(&(j + 1..end.min(j + 12)))
                && self.quotes.at(j + 1).is_none_or(|q| q.open != j + 1)
            {
                k = j + 1;
            }
        }
        // `said in an interview with The Associated Press on Thursday that …`:
        // a prepositional adjunct too long to skip word by word.
        // (`told reporters at her weekly news conference that …`: or the
        // rest of a listener's phrase.)
        if frames.that
            && (self.is(k, Flags::PREP)
                || frames.obj && self.doc.tokens.get(k).is_some_and(|t| t.is_word()))
            && !self.word_is(k, words!["that"])
        {
            let limit = end.min(k + 2 * MAX_ADJUNCT);
            let that = (k + 1..limit).find(|&j| self.word_is(j, words!["that"]));
            if let Some(that) = that {
                // (`said in a video posted to his Facebook page on Monday
                // that …`: a participle after the adjunct's noun.)
                let participle_of_noun = |j: usize| {
                    self.cue_verb(j).is_some_and(|(_, f)| {
                        matches!(f, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                    }) && self.doc.is_plain_word(j - 1)
                        && !self.doc.capitalized(j - 1)
                        && !self.is(j - 1, Flags::FUNCTION | Flags::ADV)
                        && self.is(j + 1, Flags::PREP)
                };
                let plain = (k + 1..that).all(|j| {
                    let t = &self.doc.tokens[j];
                    t.is_word()
                        && !t.is(Flags::AUX | Flags::MODAL | Flags::PAST | Flags::SUB | Flags::REL)
                        && (self.cue_verb(j).is_none_or(|(_, f)| f == VerbForm::Gerund)
                            || participle_of_noun(j))
                });
                if plain && !self.that_is_determiner(that, end) {
                    k = that;
                }
            }
        }
        // A quotation, after an optional colon or comma.
        let mut q = k;
        if self.punct(q, ':') || self.punct(q, ',') {
            q += 1;
        }
        if let Some(quote) = self.quotes.at(q).filter(|quote| quote.open == q) {
            // (`had never seen “this kind of destruction”`: a verb of seeing a
            // thing as something quotes only with its `as`.)
            if (frames.quote || frames.that || frames.bare || frames.np) && !frames.as_only {
                let quote_end = quote.last + 1;
                let trailing = self.clause_right(quote_end, end);
                // `says "…", but the government will …`: the writer goes on.
                let writer_goes_on =
                    self.writer_tail(quote_end, end) || self.contrasting_frame(quote_end, end);
                if trailing.is_empty() || q == k + 1 || writer_goes_on {
                    let content = quote.open..quote_end;
                    let direct = self.is_full_quote(quote.open, quote.last) || q == k + 1;
                    let kind = if direct {
                        ClaimKind::DirectQuote
                    } else {
                        ClaimKind::PartialQuote
                    };
                    return Some((content, kind));
                }
            }
        }
        if self.punct(k, ':') && (frames.quote || frames.that || frames.bare) {
            return self.clause_content(k + 1, end);
        }
        if self.word_is(k, words!["that"])
            && (frames.that || frames.bare)
            && !self.that_is_determiner(k, end)
        {
            // `denied that, saying …`, `denied that.`: a pronoun, the
            // thing just told, not a clause to come.
            if self.is_terminal(k + 1)
                || self.punct(k + 1, ',')
                    && self
                        .cue_verb(k + 2)
                        .is_some_and(|(_, f)| f == VerbForm::Gerund)
            {
                return None;
            }
            // `said that, as the parents came from India, they …`
            let opening = if self.punct(k + 1, ',') { k + 2 } else { k + 1 };
            return self.clause_content(opening, end);
        }
        if self.word_is(k, words!["to"]) && frames.to {
            return self.clause_content(k + 1, end);
        }
        // (`“I understand why the question is asked,”`, `I know what you
        // mean`: a speaker's own grasp of a question holds no claim; `she
        // understood why they were wary` reports hers.)
        let own_voice = self.inside_quote(from)
            || from >= 2 && self.word_is(from - 2, words!["i", "we", "you"]);
        if self.is(k, Flags::WH) && !frames.wh && verb.class == VerbClass::Cognition && own_voice {
            return None;
        }
        // (`asked if the bill would pass`: after a verb of asking, `if`
        // opens the question; after `said`, a condition.)
        let asking_if = verb.stance == Stance::Question && self.word_is(k, words!["if"]);
        // (`has not said when it will rule`: after a negated verb, `when`
        // opens the question left open, not the time of saying.)
        // (So does any question word after a negated verb of saying: `would
        // not say which counties would get them`, `did not say how much`.)
        let negated = (from.saturating_sub(4)..from).any(|j| self.is(j, Flags::NEG));
        // (`when that review would end`: `that` is the subject's determiner.)
        let determiner = usize::from(self.word_is(k + 1, words!["that", "this"]));
        // (`did not say when that would be`: `that` the subject itself.)
        let open_when = negated
            && (self.word_is(k, words!["when", "which", "who"])
                && (self.subject_then_verb(&(k + 1 + determiner..end))
                    || determiner == 1 && self.is(k + 2, Flags::MODAL | Flags::AUX))
                || self.is(k, Flags::WH) && verb.class == VerbClass::Speech);
        // (`investigators would determine whether …`, `will announce which
        // …`: a question left for later holds no claim yet.)
        let for_later = !negated
            && (from.saturating_sub(4)..from)
                .any(|j| self.word_is(j, words!["will", "would", "shall"]));
        if (self.is(k, Flags::WH) || asking_if) && frames.wh || open_when {
            return (!for_later).then(|| self.clause_content(k, end)).flatten();
        }
        // `pointed out that …`
        if self.word_is(k, words!["out"]) && frames.on && self.word_is(k + 1, words!["that"]) {
            return self.clause_content(k + 2, end);
        }
        // A prepositional content: `commented on`, `complained about`,
        // `warned of`, `pointed out`, `argued against`, `called for`.
        // `admitted to being part of it`, `confessed to taking the money`.
        if frames.on
            && self.word_is(k, words!["to"])
            && self
                .doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_plain_word() && !t.capitalized)
            && self.doc.norm_ends_with(k + 1, "ing")
        {
            let content = self.clause_right(k + 1, end);
            if content.len() > 1 {
                let kind = self.kind_for(&content, ClaimKind::Reported);
                return Some((content, kind));
            }
        }
        // (`spoke on condition of anonymity`: the terms of speaking, no content.)
        // (`testified at the hearing`: a speech verb's `at` names where it
        // spoke; `scoffed at`, `hinted at` take their content.)
        let place = self.word_is(k, words!["at"])
            && verb.class == VerbClass::Speech
            && verb.lemma != "hint";
        // (`agreed with four of the six recommendations`.)
        // (`disagreed with that characterisation`: the view held against.)
        let agreed_with =
            self.word_is(k, words!["with"]) && words!["agree", "disagree"].has(verb.lemma);
        // (`said about a third of voters used …`: `about` bounds a quantity
        // that opens a clause.)
        if self.word_is(k, words!["about"])
            && (frames.bare || frames.that)
            && self.word_is(k + 1, words!["a"])
            && self.word_is(k + 2, words!["third", "quarter", "fifth", "dozen", "half"])
            && self.subject_then_verb(&(k + 1..end))
        {
            return self.clause_content(k, end);
        }
        if (self.word_is(k, PREPOSITIONAL_CONTENT) && frames.on && !place
            || self.word_is(k, words!["for"]) && frames.for_phrase
            || agreed_with)
            && !(k + 1..k + 3).any(|j| self.word_is(j, words!["condition"]))
        {
            // (`pressed her on whether …`: a question as the topic.)
            let content = if self.is(k + 1, Flags::WH) {
                self.clause_right(k + 1, end)
            } else {
                self.np_content(k + 1, end, false)
            };
            return (!content.is_empty()).then(|| {
                (
                    content.clone(),
                    self.kind_for(&content, ClaimKind::Reported),
                )
            });
        }
        // `said although A, B` / `said that, as A, B`: a subordinate clause
        // opening the content, its main clause after the comma.
        if let Some(content) = self.subordinate_first(k, from, end, frames.bare || frames.that) {
            let kind = self.kind_for(&content, ClaimKind::Indirect);
            return Some((content, kind));
        }
        // `document found on rainy streets`: a content opens with no
        // preposition but those of the prepositional contents above, or
        // one of a quantity (`said about 9 percent …`, `at least 40 …`).
        let quantity = self.word_is(k + 1, words!["least", "most"])
            || self.doc.tokens.get(k + 1).is_some_and(|t| t.is_number());
        // (`said as many as 300 plants could close`: a quantity's `as`.)
        let as_many =
            self.word_is(k + 1, words!["much", "many"]) && self.word_is(k + 2, words!["as"]);
        if self.is_terminal(k)
            || self.punct(k, ',')
            || self.is(k, Flags::SUB) && !as_many
            || self.is(k, Flags::PREP) && !quantity
            || self.word_is(k, words!["and", "but", "which", "who", "whom"])
        {
            return None;
        }
        // (`wrote the bill with Rep. Owen Tuttle`: a phrase and its
        // post-modifier, no clause, for a verb that takes no object.)
        let phrase_only = |content: &Range<usize>| {
            // (A short phrase only: the reader may run a long one over an
            // unknown verb, `the security lapses raise questions about …`.)
            self.np_right(k, end)
                .filter(|np| np.clone().take_while(|&j| !self.is(j, Flags::PREP)).count() <= 4)
                .is_some_and(|np| {
                    let mut at = np.end;
                    for _ in 0..3 {
                        match self.np_right(at + 1, end) {
                            Some(pp) if self.is(at, Flags::PREP) => at = pp.end,
                            _ => break,
                        }
                    }
                    // (`said the group stood by it`: a past form in the
                    // phrase is its verb.)
                    // (`said the storm left him in a bind`: an object
                    // pronoun in the phrase follows its verb.)
                    // (`who wrote the law,`: nor a short determined phrase
                    // alone; a longer one, or one in -s, may run over an
                    // unknown verb: `say her record helps`.)
                    (self.is(np.end, Flags::PREP)
                        || np.end >= content.end
                            && np.len() <= 3
                            && self.is(np.start, Flags::DET | Flags::POSS)
                            && !self.doc.norm_ends_with(np.end - 1, "s")
                            && !self.unknown_past(np.end - 1))
                        && !np.clone().any(|j| {
                            self.is_cue_verb(j)
                                || self.unknown_present_verb(j, k)
                                || j > np.start && self.is(j, Flags::PAST | Flags::OBJPRON)
                        })
                        && at >= content.end
                })
        };
        // (`would add less than 0.3 point to growth`, `adds a new wrinkle`:
        // adding a thing is no saying; a clause after `add` needs its
        // subject and verb.)
        let sum = verb.lemma == "add" && !self.subject_then_verb(&self.clause_right(k, end));
        if frames.bare
            && !sum
            && self.looks_like_clause(k, end)
            && (frames.np || !phrase_only(&self.clause_right(k, end)))
        {
            let mut content = self.clause_right(k, end);
            // (`confirmed the arrest hours later, once police had …`: a verb
            // in a trailing adjunct is the adjunct's, not the object's.)
            let main = content.start
                ..(content.start + 1..content.end)
                    .find(|&j| {
                        self.punct(j - 1, ',')
                            && self.is(j, Flags::SUB)
                            && !(j..content.end).any(|c| self.punct(c, ','))
                    })
                    .unwrap_or(content.end);
            let phrase = frames.np && !self.has_finite_verb(&main);
            if phrase {
                content = self.np_content(k, end, frames.as_phrase);
            }
            // `suggest Ames could leave` reports a clause; `suggest a potential
            // visit` a noun phrase.
            let otherwise = if phrase {
                ClaimKind::Reported
            } else {
                ClaimKind::Indirect
            };
            return (!content.is_empty())
                .then(|| (content.clone(), self.kind_for(&content, otherwise)));
        }
        // `Prosecutors allege the firm misled investors`: a that-verb takes a
        // clause without `that` when the clause has a verb of its own.
        if frames.that && self.looks_like_clause(k, end) {
            let content = self.clause_right(k, end);
            // (`confirmed two people had died`: an auxiliary makes it a clause.)
            let np_only = frames.np
                && self.np_content(k, end, false) == content
                && !content
                    .clone()
                    .any(|j| self.is(j, Flags::AUX | Flags::MODAL));
            if !np_only && self.subject_then_verb(&content) {
                return Some((
                    content.clone(),
                    self.kind_for(&content, ClaimKind::Indirect),
                ));
            }
        }
        // (`what she called “years of dumping”`: the object is the gap.)
        // (`…, a position Castellano called “convenient.”`: so is a writer's
        // appositive noun.)
        let object_gap = (from.saturating_sub(4).max(sentence.start)..from).any(|j| {
            self.word_is(j, words!["what", "which", "whom"])
                || j > sentence.start
                    && self.punct(j - 1, ',')
                    && self.word_is(j, words!["a", "an"])
        });
        if frames.np && frames.pred && !object_gap && !self.predicate_after_object(k, end) {
            return None;
        }
        if frames.as_only && !self.word_is(self.np_content(k, end, false).end, words!["as"]) {
            return None;
        }
        // (`put the cost at about $14 billion`, `put the gain closer to $600
        // million`: an estimate names its figure.)
        if frames.at_only {
            let object = self.np_content(k, end, false);
            let figure = (object.start + 1..object.end).any(|j| {
                (self.word_is(j, words!["at", "near", "around"])
                    || self.word_is(j, words!["to"])
                        && self.word_is(j - 1, words!["closer", "close"]))
                    && (j + 1..object.end.min(j + 4))
                        .any(|n| self.doc.number_at(n) || self.doc.percent_at(n))
            });
            if !figure {
                return None;
            }
        }
        if frames.np {
            let mut content = self.np_content(k, end, frames.as_phrase);
            // `rejected claims that he had lied`: a nominal cue's clause
            // belongs to the noun phrase.
            let cue_noun = content.end > content.start && self.doc.is_cue_noun(content.end - 1);
            if cue_noun && self.word_is(content.end, words!["that"]) {
                let clause = self.clause_right(content.end + 1, end);
                if !clause.is_empty() {
                    content.end = clause.end;
                }
            }
            // `uncovered them`: a bare pronoun object says nothing on its own.
            if content.is_empty()
                || content.len() == 1 && self.is(content.start, Flags::OBJPRON | Flags::PRON)
            {
                return None;
            }
            return Some((
                content.clone(),
                self.kind_for(&content, ClaimKind::Reported),
            ));
        }
        None
    }

    /// Whether a stretch holds a sign of a finite verb: an auxiliary, a
    /// modal, a negation, a known verb form, or a past tense after a noun.
    pub(super) fn has_finite_verb(&self, range: &Range<usize>) -> bool {
        range.clone().any(|j| {
            let t = &self.doc.tokens[j];
            // After a determiner or a compound modifier a verb form is a noun:
            // `its full-year forecast`.
            // (Or inside a name: `the Voting Rights Project`.)
            // (`through a family trust`: a plain form after `a` and a noun.)
            let cue = self.cue_verb(j);
            // (`a “warning”`: the determiner before a quotation's mark.)
            let quoted = j > range.start + 1 && self.doc.is_quote(j - 1);
            let noun_position = j > range.start
                && (self.is(
                    j - 1 - usize::from(quoted),
                    Flags::DET | Flags::POSS | Flags::QUANT,
                ) || has_char(self.norm(j - 1), '-')
                    || t.capitalized && self.doc.capitalized(j - 1)
                    || j > range.start + 1
                        && self.word_is(j - 2, words!["a", "an"])
                        && cue.is_some_and(|(_, f)| f == VerbForm::Base));
            t.is(Flags::AUX | Flags::MODAL | Flags::NEG | Flags::PAST)
                || cue.is_some() && !noun_position
                || t.is_plain_word()
                    && !t.capitalized
                    && self.doc.norm_ends_with(j, "ed")
                    && j > range.start
                    // (`homes for retired shuttles`: nor after a preposition.)
                    && !self.is(j - 1, Flags::DET | Flags::POSS | Flags::QUANT | Flags::PREP)
                || self.unknown_present_verb(j, range.start)
                // (`he’s fighting`: `is` or `has` after a subject pronoun.)
                || j > range.start
                    && self.doc.norm_is(j, "'s")
                    && self.word_is(j - 1, words!["he", "she", "it", "that", "there"])
        })
    }

    /// Whether a finite verb opens the words at `k`, past adverbs: `hosted`,
    /// `later said`, `has`, `will`.
    pub(super) fn finite_verb_at(&self, k: usize) -> bool {
        let k = self.past_adverbs(k);
        self.is(k, Flags::AUX | Flags::MODAL | Flags::PAST)
            || self.unknown_past(k)
            || self.finite_cue_verb(k)
    }

    /// The first word at or after `k` that is no adverb (`later`,
    /// `repeatedly`): where a verb after them stands.
    fn past_adverbs(&self, mut k: usize) -> usize {
        while self.is(k, Flags::ADV) || self.ly_adverb(k) {
            k += 1;
        }
        k
    }

    /// An adverb in -ly that no table knows: `finally`, `quietly`.
    pub(super) fn ly_adverb(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| {
            t.is_plain_word() && !t.capitalized && t.info.is_none_or(|i| i.flags.any(Flags::ADV))
        }) && self.doc.norm_ends_with(k, "ly")
    }

    /// Whether the word at `k` ends in a single `s`, as a plural or a
    /// present verb does (`allies`, `stems`; not `press`).
    pub(super) fn in_single_s(&self, k: usize) -> bool {
        crate::text::in_single_s(self.norm(k))
    }

    /// A word no table knows in a single `s`: a present verb where a verb
    /// may stand (`which officials say runs to`, `a former Marine who says`).
    pub(super) fn unknown_in_single_s(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.info.is_none()) && self.in_single_s(k)
    }

    /// `the problem stems from`, `the plan hinges on`, `the measure finally
    /// fixes a`: a word the lexicon does not know, in -s, after a singular
    /// noun with its determiner (and maybe an -ly adverb) and before a
    /// preposition or a determiner, is a present verb.
    fn unknown_present_verb(&self, j: usize, start: usize) -> bool {
        let t = &self.doc.tokens[j];
        // (`the plan “finally fixes …`: an adverb, a quotation's opening mark.)
        let mut noun = j.checked_sub(1);
        if let Some(n) = noun.filter(|&n| n > start + 1 && self.ly_adverb(n)) {
            noun = Some(n - 1);
        }
        if let Some(n) = noun.filter(|&n| n > start + 1 && self.doc.is_quote(n)) {
            noun = Some(n - 1);
        }
        let noun = noun.filter(|&n| n > start);
        // (`a farm bill needs 60 votes`: a compound's modifier between, only
        // before an object; `the missile defense systems in` is a noun.)
        let compound = |n: usize| {
            n > start + 1
                && self.is(n - 2, Flags::DET | Flags::POSS)
                && self.doc.is_plain_word(n - 1)
                && !self.doc.capitalized(n - 1)
                && self.doc.unknown(n - 1)
        };
        let number_after = self.doc.tokens.get(j + 1).is_some_and(|t| t.is_number());
        // (An idiom's verb form is still unknown as a word: `stands by`.)
        t.is_plain_word()
            && t.info
                .is_none_or(|i| i.flags.only(Flags::IDIOM) && i.verb.is_none() && i.noun.is_none())
            && !t.capitalized
            && self.in_single_s(j)
            && noun.is_some_and(|n| {
                let before = &self.doc.tokens[n];
                before.is_plain_word()
                    && !before.capitalized
                    && !self.doc.norm_ends_with(n, "s")
                    // (A role or a source's noun too: `the senator stands by`.)
                    && before
                        .info
                        .is_none_or(|i| i.noun.is_some() || i.flags.only(Flags::SOURCE_HEAD))
                    && (self.is(n - 1, Flags::DET | Flags::POSS) || compound(n))
            })
            && (self.is(j + 1, Flags::DET | Flags::POSS | Flags::QUANT)
                || number_after
                || !compound(j - 1) && self.is(j + 1, Flags::PREP | Flags::NEG)
                // (`the outbreak exposes gaps in the rules`: a bare plural
                // object before its preposition.)
                || !compound(j - 1)
                    && self.doc.is_plain_word(j + 1)
                    && !self.doc.capitalized(j + 1)
                    && self.doc.unknown(j + 1)
                    && self.in_single_s(j + 1)
                    && self.is(j + 2, Flags::PREP))
    }

    /// Whether an infinitive, or its negation, opens at `k`: `to boil
    /// water`, `not to discuss it`.
    pub(super) fn task_at(&self, k: usize, end: usize) -> bool {
        self.infinitive_at(k, end)
            || self.word_is(k, words!["not", "never"]) && self.infinitive_at(k + 1, end)
    }

    /// Whether `to` at `k` opens an infinitive (`to comment`), not a
    /// prepositional phrase (`to the ministry`, `to Paris`, `to them`).
    pub(super) fn infinitive_at(&self, k: usize, end: usize) -> bool {
        if !self.word_is(k, words!["to"]) {
            return false;
        }
        // `vowed to “fight back”`: the verb may open a quotation.
        let verb = if self.quotes.at(k + 1).is_some_and(|q| q.open == k + 1) {
            k + 2
        } else {
            k + 1
        };
        // (`in a memo to council members last week that`, `to staff
        // Monday`: a listener, whose noun no time or plural follows in an
        // infinitive; `to staff the office` is one.)
        let listener = self.is(verb, Flags::SOURCE_HEAD)
            && !self.is_cue_verb(verb)
            && (self.plural_word(verb)
                || self.plural_word(verb + 1)
                || self.is(verb + 1, Flags::TIME)
                || self.word_is(verb + 1, words!["last", "earlier"])
                || self.punct(verb + 1, ',')
                || self.word_is(verb + 1, words!["that"]) && self.looks_like_clause(verb + 2, end));
        verb < end
            && self.doc.is_plain_word(verb)
            && !self.is(verb, Flags::DET | Flags::POSS | Flags::OBJPRON)
            && !self.doc.capitalized(verb)
            && !listener
    }

    /// Whether a stretch opens with a noun phrase followed by a finite verb:
    /// `the firm misled investors`, `IE6 has 277 vulnerabilities`.
    pub(super) fn subject_then_verb(&self, range: &Range<usize>) -> bool {
        // (`warned heavy rains could …`: a bare plural after its adjective,
        // which the phrase reader leaves alone, before an auxiliary.)
        let s = range.start;
        if s + 3 < range.end
            && self.doc.is_word(s)
            && !self.is(s, Flags::FUNCTION)
            && self.plural_word(s + 1)
            && self.is(s + 2, Flags::AUX | Flags::MODAL)
        {
            return true;
        }
        let Some(np) = self.np_right(range.start, range.end) else {
            return false;
        };
        let finite = |verb: usize| {
            verb < range.end
                && self.doc.is_plain_word(verb)
                && !self.doc.capitalized(verb)
                && (self.is(verb, Flags::AUX | Flags::MODAL | Flags::PAST)
                    || self
                        .cue_verb(verb)
                        .is_some_and(|(_, f)| f != VerbForm::Gerund)
                        // `despite claims from X that …`: a noun, not a verb.
                        && !(self.doc.is_cue_noun(verb)
                            && self.word_is(verb + 1, words!["from", "by", "of", "that"]))
                    // (an unknown word in -s is as likely a plural noun)
                    || self.doc.unknown(verb) && self.doc.norm_ends_with(verb, "ed")
                    || self.unknown_present_verb(verb, range.start))
        };
        if finite(np.end) {
            return true;
        }
        // (`claimed she cut taxes`: after a subject pronoun any verb is
        // finite, though the lexicon may list it as a noun too.)
        let pronoun_subject = np.len() == 1
            && self.word_is(np.start, words!["he", "she", "they", "we", "i"])
            && self.doc.tokens.get(np.end).is_some_and(|t| {
                np.end < range.end
                    && t.is_plain_word()
                    && !t.capitalized
                    && t.info.is_none_or(|i| {
                        !i.flags.any(
                            Flags::PREP
                                | Flags::CONJ
                                | Flags::DET
                                | Flags::SUB
                                | Flags::TIME
                                | Flags::ADV
                                | Flags::REL
                                | Flags::QUANT,
                        )
                    })
                    && !self.doc.norm_ends_with(np.end, "ly")
            });
        if pronoun_subject {
            return true;
        }
        // (`the men, aged 24 and 31, threatened`: an insert between the
        // subject and its verb.)
        let insert = self.punct(np.end, ',')
            && (np.end + 2..range.end.min(np.end + 10))
                .find(|&c| self.punct(c, ','))
                .is_some_and(|c| finite(c + 1));
        if insert {
            return true;
        }
        // (`the measure fixes a broken system`: the phrase ran over an unknown
        // verb; `the measure finally fixes …`: an adverb before it; `the final
        // cap “was a team effort”`: a quotation opening at the verb.)
        let mut verb = np.end;
        while verb < (np.end + 2).min(range.end)
            && (self.ly_adverb(verb) || self.doc.is_quote(verb))
        {
            verb += 1;
        }
        if (np.start + 2..np.end).any(|j| self.unknown_present_verb(j, range.start))
            || verb > np.end && finite(verb)
        {
            return true;
        }
        // After the subject's post-modifier: `Warhol's obsession with
        // celebrities began`, `any version carrying the demands would`.
        let gerund = np.end < range.end
            && self.doc.is_plain_word(np.end)
            && !self.doc.capitalized(np.end)
            && self.doc.norm_ends_with(np.end, "ing");
        (gerund
            || self.word_is(
                np.end,
                words!["of", "with", "in", "on", "for", "from", "at"],
            ))
            && self
                .np_right(np.end + 1, range.end)
                .is_some_and(|pp| finite(pp.end) && !self.is(pp.end, Flags::PREP))
    }

    /// A content that opens with a subordinate clause: `although A, B`,
    /// `that, as A, B` (after `that` and its comma).
    fn subordinate_first(
        &self,
        k: usize,
        from: usize,
        end: usize,
        takes_clause: bool,
    ) -> Option<Range<usize>> {
        let mut opens = k;
        if self.punct(opens, ',') && k > from && self.word_is(k - 1, words!["that"]) {
            opens += 1;
        }
        if !takes_clause
            || !self.word_is(
                opens,
                words![
                    "although", "though", "while", "if", "when", "because", "as", "since", "unless"
                ],
            )
            || self.word_is(
                opens + 1,
                words!["of", "well", "much", "many", "long", "soon", "far"],
            )
        {
            return None;
        }
        let comma = (opens + 2..end.min(opens + 30)).find(|&j| self.punct(j, ','))?;
        let main = self.clause_right(comma + 1, end);
        let clause = self.has_finite_verb(&main)
            || self
                .quotes
                .at(comma + 1)
                .is_some_and(|q| q.open == comma + 1);
        (clause && !main.is_empty()).then_some(opens..main.end)
    }

    /// `that` as a determiner or pronoun, not a complementizer: `denied that`,
    /// `say that is not enough`.
    pub(super) fn that_is_determiner(&self, k: usize, end: usize) -> bool {
        let next = k + 1;
        // `say that is not enough`: `that` is the clause's subject.
        if next >= end
            || self.is_terminal(next)
            || self.is(next, Flags::AUX | Flags::MODAL)
            || self.word_is(next, words!["'s"])
        {
            return true;
        }
        // `rejected that description.`: a short noun phrase with no verb
        // before the clause ends.
        let stop = (next..end.min(next + 4))
            .find(|&j| !self.doc.is_word(j))
            .unwrap_or(end);
        // (`rejected that figure, saying …`: before a participle's comma too.)
        stop > next
            && (stop >= end
                || self.is_terminal(stop)
                || self.punct(stop, ',')
                    && self.is_gerund_word(stop + 1)
                    && !self.plural_word(stop - 1))
            && !self.doc.capitalized(next)
            && !self.is(
                next,
                Flags::PRON | Flags::DET | Flags::QUANT | Flags::POSS | Flags::PREP,
            )
            // (`said that half of firms comply`, `that fewer than half …`: a
            // share opens the clause's subject.)
            && !self.word_is(
                next,
                words!["half", "fewer", "less", "more", "nearly", "almost", "roughly", "about", "only"],
            )
            // (From `that`: after it a verb form is a noun, `that estimate`.)
            && !self.has_finite_verb(&(k..stop))
            // (`argued that allies pay too little`, `said that people die`,
            // `found that 54 percent …`: no determiner `that` before a plural
            // or a number with words after it.)
            && !(stop > next + 1
                && (self.norm(next).len() > 3 && self.plural_word(next)
                    || self.doc.number_at(next)))
            // (`found that sleep helps memory`: a noun, a verb's -s and its
            // object.)
            && !(stop > next + 2
                && self.doc.is_plain_word(next + 1)
                && !self.doc.norm_is(next + 1, "'s")
                && !self.doc.capitalized(next + 1)
                && self.doc.unknown(next + 1)
                && self.doc.norm_ends_with(next + 1, "s")
                && !self.doc.norm_ends_with(next + 1, "ss"))
    }

    /// Whether the words from `k` read as a clause (a subject and more),
    /// not a bare object: `said the plan failed` vs `said nothing`.
    pub(super) fn looks_like_clause(&self, k: usize, end: usize) -> bool {
        if k >= end || k >= self.doc.tokens.len() {
            return false;
        }
        // (`insists nothing has changed`: a pronoun with its verb is a clause.)
        if self.word_is(
            k,
            words![
                "nothing",
                "little",
                "something",
                "so",
                "much",
                "more",
                "goodbye",
                "yes"
            ],
        ) && !(self.word_is(k, words!["nothing", "something", "little", "much", "more"])
            && (self.is(k + 1, Flags::AUX | Flags::MODAL)
                // (`said much remained to be done`)
                || self.past_form(k + 1)
                || self.word_is(k + 1, LINKING)))
            // (`said more than 95 percent of its members had joined`: a count;
            // `said more layoffs were likely`: a subject.)
            && !(self.word_is(k, words!["more"])
                && (self.word_is(k + 1, words!["than"])
                    && (k + 2 < end && self.doc.number_at(k + 2) || self.word_is(k + 2, words!["a", "half"]))
                    || !self.word_is(k + 1, words!["than"]) && self.subject_then_verb(&(k..end))))
        {
            return false;
        }
        // `said no` refuses; `said no passwords were taken` reports.
        if self.word_is(k, words!["no"]) && !self.doc.tokens.get(k + 1).is_some_and(|t| t.is_word())
        {
            return false;
        }
        let t = &self.doc.tokens[k];
        t.is(Flags::PRON | Flags::DET | Flags::QUANT | Flags::POSS)
            || t.capitalized
            || t.is_number()
            || (end - k >= 3 && t.is_plain_word())
    }

    /// Where, in a phrase the phrase reader ran on, a plural noun ends and
    /// a clause's subject begins: a name or an article right after it
    /// (`reporters Democrats want …`, `the tariffs Whitcomb was promising`).
    pub(super) fn subject_after_plural(&self, range: Range<usize>) -> Option<usize> {
        range.into_iter().find(|&j| {
            (self.doc.capitalized(j) || self.word_is(j, words!["the", "a", "an"]))
                && !self.doc.capitalized(j - 1)
                && self.doc.is_word(j - 1)
                && self.in_single_s(j - 1)
                && !self.doc.norm_is(j - 1, "'s")
                && !self.is(j - 1, Flags::DET | Flags::POSS | Flags::QUANT | Flags::PRON)
                && !self.is(j, Flags::PRON)
        })
    }

    /// A listener object: `reporters`, `the BBC`, `him`, `lawmakers on Tuesday`.
    pub(super) fn listener(&self, k: usize, end: usize) -> Option<Range<usize>> {
        if k >= end {
            return None;
        }
        // (`urged her to resign`, `pressed her on …`: `her` with no noun
        // after it is the object.)
        if self.is(k, Flags::OBJPRON)
            || self.word_is(k, words!["her"])
                && (self.word_is(k + 1, words!["to", "that"])
                    || self.is(k + 1, Flags::DET | Flags::PRON | Flags::PREP)
                    || !self.doc.tokens.get(k + 1).is_some_and(|t| t.is_word()))
        {
            return Some(k..k + 1);
        }
        // `told “60 Minutes” that …`: a programme's title.
        if let Some(title) = self.quotes.at(k).filter(|q| {
            q.open == k
                && q.close.is_some()
                && q.inner().len() <= 6
                && self.word_is(q.last + 1, words!["that"])
        }) {
            return Some(k..title.last + 1);
        }
        // (`asked whether he would …`: a question, not a listener.)
        if self.word_is(k, words!["that", "to"])
            || self.is(k, Flags::PREP | Flags::NEG | Flags::WH)
            || self.doc.is_quote(k)
            || !self.doc.is_word(k)
        {
            return None;
        }
        // Any short noun phrase can be a listener: `reporters outside City Hall`.
        // (`told thousands of supporters in Ohio on Saturday that`: up to
        // `that`; with no stop in reach, no listener, not the whole rest.)
        let np = self.np_right(k, end).or_else(|| {
            // (`urged regional powers to stop …`: or before the infinitive
            // after a plural.)
            let stop = (k..end.min(k + MAX_PHRASE)).find(|&j| {
                !self.doc.is_word(j)
                    || self.word_is(j, words!["that"])
                    || self.is(j, Flags::SUB)
                    || j > k && self.plural_word(j - 1) && self.infinitive_at(j, end)
            })?;
            (stop > k).then_some(k..stop)
        })?;
        let mut np = np;
        // (`reporters outside the Senate chamber.`: a name's plain noun
        // after it, last before the stop.)
        let plain_noun = |j: usize| {
            self.doc.tokens.get(j).is_some_and(|t| {
                t.is_word()
                    && !t.capitalized
                    && t.info
                        .is_none_or(|i| i.verb.is_none() && i.flags == Default::default())
            })
        };
        if self.doc.capitalized(np.end - 1)
            && plain_noun(np.end)
            && (np.end + 1 >= end || self.is_terminal(np.end + 1) || self.punct(np.end + 1, ','))
        {
            np.end += 1;
        }
        // (`told reporters Democrats want a vote`, `told supervisors the
        // board had …`: a name or an article after a plural opens the
        // content's subject.)
        if let Some(name) = self.subject_after_plural(np.start + 1..np.end) {
            np.end = name;
        }
        // (`told the council China was …`: a name after a lowercase noun,
        // right before a finite verb, opens the content.)
        if np.end < end && self.is(np.end, Flags::AUX | Flags::MODAL) {
            if let Some(name) = (np.start + 1..np.end).find(|&j| {
                self.doc.capitalized(j)
                    && !self.doc.capitalized(j - 1)
                    && self.doc.is_plain_word(j - 1)
                    && !self.is(j - 1, Flags::DET | Flags::POSS | Flags::PREP)
            }) {
                np.end = name;
            }
        }
        // `telling NBC's “Meet the Press” that …`: a programme's title.
        if np.end < end && self.doc.norm_is(np.end, "'s") {
            let title = self
                .quotes
                .at(np.end + 1)
                .filter(|q| q.open == np.end + 1 && q.close.is_some() && q.inner().len() <= 6);
            if let Some(title) = title {
                np = np.start..title.last + 1;
            }
        }
        // `the audience of about 2,000 developers`: an of-phrase describing it.
        // (Only its head counts towards a listener's length: `told a crowd
        // of union members she was …`.)
        let head_len = np
            .clone()
            .take_while(|&j| !self.word_is(j, words!["of"]))
            .count();
        if self.word_is(np.end, words!["of"]) {
            let stop = (np.end + 1..end.min(np.end + 9)).find(|&j| {
                !(self.doc.is_word(j) || self.doc.is_number(j))
                    || self.word_is(j, words!["that", "to"])
                    || self.is(j, Flags::SUB | Flags::AUX | Flags::MODAL | Flags::REL)
            });
            if let Some(stop) = stop.filter(|&j| j > np.end + 1) {
                np = np.start..stop;
            }
        }
        // Only when a content complement follows the listener.
        let after = self.skip_adjuncts(np.end, end);
        let follows = after < end
            && (self.word_is(after, words!["that", "to"])
                || self.punct(after, ':')
                || self.punct(after, ',') && self.quotes.at(after + 1).is_some()
                || self.quotes.at(after).is_some()
                // (`promising an update would follow`: a verb right after
                // makes the noun phrase the subject of the content.)
                || self.looks_like_clause(after, end)
                    && head_len <= 4
                    && !self.is(after, Flags::AUX | Flags::MODAL | Flags::PAST));
        // A listener closing the frame: `“…,” she told reporters on Monday.`
        let closes = after >= end
            || self.is_terminal(after)
            || self.punct(after, ',')
            || self.is(after, Flags::SUB);
        (follows || closes).then_some(np)
    }

    /// Skips time and place adjuncts: `in March`, `on Tuesday`, `in a
    /// statement`, `to reporters`, `last week`, `publicly`.
    pub(super) fn skip_adjuncts(&self, from: usize, end: usize) -> usize {
        let mut k = from;
        let mut budget = MAX_ADJUNCT;
        while k < end && budget > 0 {
            // An `-ly` word is an adverb unless a noun follows it (`reported
            // quarterly revenue`, `a daily briefing`).
            let ly_adverb = self.doc.norm_ends_with(k, "ly")
                && !self.doc.capitalized(k)
                && self.doc.is_plain_word(k)
                && !self.is_cue_verb(k)
                && !self.doc.tokens.get(k + 1).is_some_and(|t| {
                    t.is_plain_word()
                        && !t.capitalized
                        && (t.info.is_none_or(|i| i.flags == Flags::default())
                            // `denied knowingly taking`: the gerund's adverb.
                            || self.doc.norm_ends_with(k + 1, "ing"))
                });
            // (`asked him three times whether`: how often.)
            if self.word_is(k + 1, words!["times"])
                && (self.doc.number_at(k) || self.is(k, Flags::QUANT))
            {
                k += 2;
                budget = budget.saturating_sub(2);
                continue;
            }
            // (`said Thursday night`: a part of the day after its day.)
            if self.is(k, Flags::TIME)
                && self.word_is(k + 1, words!["morning", "afternoon", "evening", "night"])
            {
                k += 2;
                budget = budget.saturating_sub(2);
                continue;
            }
            // (`expect just two increases`, `only one`: a quantity's own adverb.)
            let focus = self.word_is(k, words!["just", "only", "nearly", "almost", "roughly"])
                && self.doc.tokens.get(k + 1).is_some_and(|t| {
                    t.is_number() || t.is(Flags::QUANT) || self.word_is(k + 1, words!["one"])
                });
            if (self.is(k, Flags::TIME) || self.is(k, Flags::ADV) || ly_adverb) && !focus {
                k += 1;
                budget -= 1;
                continue;
            }
            if self.word_is(k, words!["last", "this", "next", "earlier", "late"])
                && (self.word_is(k + 1, words!["week", "month", "year", "night", "weekend", "spring", "summer", "fall", "autumn", "winter"]) || self.word_is(k + 1, WEEKDAYS))
                // (`believes this year could be different`: the subject.)
                && !self.is(k + 2, Flags::AUX | Flags::MODAL)
            {
                k += 2;
                budget = budget.saturating_sub(2);
                continue;
            }
            // `said on “Fox & Friends” the speech was …`, `on NBC's “Meet
            // the Press”`: a show's title.
            let network =
                usize::from(self.doc.capital_at(k + 1) && self.word_is(k + 2, words!["'s"])) * 2;
            let title = self
                .word_is(k, words!["on", "in"])
                .then(|| self.quotes.at(k + 1 + network))
                .flatten()
                .filter(|q| {
                    q.open == k + 1 + network
                        && q.last < end
                        && q.last <= q.open + 6
                        && self.doc.capitalized(q.open + 1)
                });
            if let Some(q) = title {
                budget = budget.saturating_sub(q.last + 1 - k);
                k = q.last + 1;
                continue;
            }
            // (`urged regional powers to stop supplying arms, which …`: an
            // infinitive is no adjunct.)
            if self.infinitive_at(k, end) {
                break;
            }
            if self.word_is(k, words!["in", "on", "at", "during", "to", "via", "through", "over", "after", "before", "without", "with", "while", "late", "early", "from"]) && !self.word_is(k + 1, words!["that"])
                || self.word_is(k, words!["of"]) && k == from
                // `said as of March 4, …`
                || self.word_is(k, words!["as"]) && self.word_is(k + 1, words!["of"])
                // `estimated by 2050, …`
                || self.word_is(k, words!["by"])
                    && self
                        .doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.is_number())
                    && self.punct(k + 2, ',')
                // `told Wikinews by telephone after …`: a bare noun's means,
                // no agent (`by the police`, `by Lowe`).
                || self.word_is(k, words!["by"])
                    && self.doc.tokens.get(k + 1).is_some_and(|t| {
                        t.is_plain_word()
                            && !t.capitalized
                            && t.info.is_none_or(|i| i.flags == Flags::default())
                            && !self.past_form(k + 1)
                    })
            {
                // A short prepositional phrase that ends before a content marker
                // (`pledged on Tuesday to take a harder line on …`: an
                // infinitive; not `to reporters`, `to “every Iowan”`, `whether to`,
                // nor another verb's: `agreed to the terms after the state
                // promised to support …`).
                let noun_modifier = |j: usize| {
                    self.past_form(j)
                        && (self.is(j + 1, Flags::PREP | Flags::SUB | Flags::ADV | Flags::TIME)
                            || self
                                .word_is(j + 1, words!["late", "early", "earlier", "last", "this"]))
                        && !self.word_is(j + 1, words!["to"])
                        && !self.doc.capitalized(j - 1)
                        && !self.is(j - 1, Flags::PRON | Flags::DET | Flags::PREP)
                };
                let infinitive = |j: usize| {
                    j > k + 1
                        && self.infinitive_at(j, end)
                        && self.doc.is_word(j + 1)
                        && !self.in_single_s(j + 1)
                        && !self.is(j - 1, Flags::WH)
                        && (k + 1..j)
                            .all(|m| noun_modifier(m) || !self.past_form(m) && !self.is_cue_verb(m))
                };
                let mut j = k + 1;
                // (A participle's own phrase lengthens the adjunct: `in a
                // statement posted on the company's website that`.)
                let mut reach = 7;
                while j < end
                    && j - k <= reach
                    && self.doc.is_word(j)
                    && !self.word_is(j, words!["that", "which", "who"])
                    && (!self.is(
                        j,
                        Flags::SUB | Flags::AUX | Flags::MODAL | Flags::NEG | Flags::PRON,
                    )
                        // (`in a statement posted on her website that`: a
                        // possessive right after a preposition is its phrase's.)
                        || (self.is(j, Flags::POSS) || self.word_is(j, words!["her"]))
                            && self.is(j - 1, Flags::PREP))
                    && !infinitive(j)
                    // (`after the researchers excluded shift workers`: a
                    // clause's verb; `in a statement posted on`: a modifier.)
                    && !(j > k + 2 && self.past_form(j) && !noun_modifier(j))
                {
                    if j > k + 2 && noun_modifier(j) {
                        reach = 10;
                    }
                    // (`outside the bishop's residence that`: a possessor's
                    // `'s` is no word of its own before a `that`.)
                    if self.word_is(j, words!["'s"]) && reach == 7 {
                        reach = 8;
                    }
                    j += 1;
                    if self.bracketed_acronym(j) {
                        j += 3;
                    }
                }
                if self.word_is(k + 1, words!["least", "most", "all"]) {
                    break; // `said at least 40 people …`
                }
                // `said of her rival: “…”`, `said of the plan that …`: what
                // it was said of, before the content.
                if self.word_is(k, words!["of"])
                    && !(self.punct(j, ':')
                        || self.word_is(j, words!["that"])
                        || self.quotes.at(j).is_some_and(|q| q.open == j))
                {
                    break;
                }
                // (`said on Wednesday it had …`: a subject pronoun opens the content.)
                let lands = j < end
                    && (self.word_is(j, words!["that", "which", "who"])
                        || infinitive(j)
                        || self.is(j, Flags::SUB)
                        // (`said through a spokeswoman he had read it`: a
                        // subject pronoun and its verb after the noun.)
                        || self.is(j, Flags::PRON)
                            && j > k + 1
                            && (self.is(j - 1, Flags::TIME)
                                || self.is(k + 1, Flags::DET | Flags::POSS)
                                    && self.subject_then_verb(&(j..end)))
                        || self.punct(j, ':')
                        || self.punct(j, ',')
                        || self.quotes.at(j).is_some_and(|q| q.open == j)
                        || self.is_terminal(j))
                    // (Reached past a possessor only for its `that`.)
                    && (reach != 8 || self.word_is(j, words!["that"]));
                // `said in a statement the deal was done`: the clause's
                // subject right after the phrase's noun (before a quotation
                // the phrase would land on: `the cap “was …”`), or after a
                // day (`said on Tuesday its board had …`).
                let subject_from = k + 2 + usize::from(!self.is(k + 1, Flags::TIME));
                let clause = (subject_from..j.min(end)).find(|&p| {
                    self.is(p, Flags::DET | Flags::POSS | Flags::PRON)
                        && !self.is(p - 1, Flags::DET | Flags::POSS | Flags::PREP)
                        && self.subject_then_verb(&(p..end))
                });
                let at_quote = j < end && self.doc.is_quote(j);
                if j > k + 1 && lands && !(at_quote && clause.is_some()) {
                    budget = budget.saturating_sub(j - k);
                    k = j;
                    continue;
                }
                if let Some(p) = clause {
                    budget = budget.saturating_sub(p - k);
                    k = p;
                    continue;
                }
            }
            break;
        }
        k
    }

    /// A noun-phrase content: up to a subordinator, a comma, or the clause end.
    /// Whether the object at `from` has a predicate after it: `the plan a
    /// disaster`, `him “a liar”`, `the ruling unconstitutional`; not `the
    /// race shortly after 11`, `his rival to congratulate her`.
    fn predicate_after_object(&self, from: usize, end: usize) -> bool {
        // (`a print called “Cowboys and Indians”`: a title right after the
        // verb names a thing; it is no object with a predicate.)
        if self.quotes.at(from).is_some_and(|q| q.open == from) {
            return false;
        }
        let object_end = if self.is(from, Flags::OBJPRON) {
            Some(from + 1)
        } else if self.word_is(from, words!["that"]) {
            // (`called that timeline unacceptable`: a determiner here.)
            self.np_right(from + 1, end).map(|np| np.end)
        } else {
            self.np_right(from, end).map(|np| np.end)
        };
        // (A phrase the reader does not take, `that line “…”`, `these
        // shots, the selfie`: a quotation or a second determiner in the
        // content is its predicate.)
        // A second determiner or a quotation after the object's first word.
        let predicate_before = |stop: usize| {
            (from + 1..stop).any(|j| {
                self.is(j, Flags::DET | Flags::POSS) && !self.is(j, Flags::PRON)
                    || self.quotes.at(j).is_some_and(|q| q.open == j)
            })
        };
        let Some(p) = object_end else {
            return predicate_before(self.np_content(from, end, false).end);
        };
        // (The phrase reader may run on over the predicate: `the plan a
        // disaster` is read as one phrase; a second determiner splits it.)
        if p >= end || self.is_terminal(p) || self.punct(p, ',') {
            // (`the decision unfair`: an evaluative word last is the predicate.)
            return predicate_before(p)
                || p > from + 1 && lexicon().evaluation(self.norm(p - 1)).is_some();
        }
        // (`the race shortly after 11`: the phrase reader may take an adverb in.)
        let adverb = |j: usize| {
            self.doc.is_plain_word(j)
                && !self.doc.capitalized(j)
                && self.doc.norm_ends_with(j, "ly")
        };
        let p = (from + 1..p).find(|&j| adverb(j)).unwrap_or(p);
        // Not an infinitive after someone called (`his rival to congratulate
        // her`; but `the conflict over attempts to remove …` goes on), an
        // adverb or a time (`the race shortly after 11`, `the race Tuesday`).
        let someone = p > from && {
            let head = &self.doc.tokens[p - 1];
            head.capitalized
                || head.is(Flags::OBJPRON | Flags::ROLE | Flags::ANON | Flags::ORGANIZATION)
                || self.is(from, Flags::POSS)
        };
        // (`a group called Parents United filed suit`: a name and its verb.)
        !(self.word_is(p, words!["to"]) && someone
            || self.is(p, Flags::ADV | Flags::TIME)
            || adverb(p)
            || self.doc.capitalized(p - 1)
                && self.finite_verb_at(p)
                // (Not `calling nominee’s NATO remarks ‘reckless’`: a plural.)
                && (self.is(p, Flags::AUX) || !self.doc.norm_ends_with(p, "s")))
    }

    /// `found delays, cost overruns and safety lapses`: where a list of
    /// short phrases that goes on at the comma `comma` ends, after its `and`
    /// or `or` (not a clause: `…, officials and experts said`).
    fn list_after_comma(&self, comma: usize, end: usize) -> Option<usize> {
        let stop = (comma + 1..end.min(comma + MAX_PHRASE))
            .find(|&j| !(self.doc.is_word(j) || self.punct(j, ',')))
            .unwrap_or(end.min(comma + MAX_PHRASE));
        let and = (comma + 2..stop)
            .find(|&j| self.word_is(j, words!["and", "or"]) && self.doc.is_word(j - 1))?;
        let last_end = (and + 1..stop)
            .find(|&j| self.punct(j, ','))
            .unwrap_or(stop);
        let items = comma + 1..last_end;
        let short_items = items
            .clone()
            .filter(|&j| self.punct(j, ',') || self.word_is(j, words!["and", "or"]))
            .count()
            + 1;
        // (Not a modifier: `…, including majorities of Democrats and …`.)
        let modifier = self.is(comma + 1, Flags::PREP)
            || self.is_gerund_word(comma + 1)
            || self.word_is(
                comma + 1,
                words!["including", "such", "especially", "mostly"],
            );
        (last_end > and + 1
            && !modifier
            && items.len() <= short_items * 5
            && !self.has_finite_verb(&items)
            && !items.clone().any(|j| {
                self.is(j, Flags::SUB | Flags::REL | Flags::PRON) || self.word_is(j, words!["that"])
            }))
        .then_some(last_end)
    }

    pub(super) fn np_content(&self, from: usize, end: usize, through_as: bool) -> Range<usize> {
        let end = end.min(from + MAX_CONTENT);
        let mut k = from;
        while k < end {
            if let Some(q) = self.quotes.at(k) {
                k = q.last.max(k) + 1;
                // (`dismissed the study as “a guess,” saying …`: nor a
                // participle after the quotation's comma.)
                if k < end
                    && (self.writer_tail(k - 1, end)
                        || self.quote_closing_after_comma(k - 1) && self.is_gerund_word(k))
                {
                    break;
                }
                continue;
            }
            let t = &self.doc.tokens[k];
            if through_as && self.word_is(k, words!["as", "than"]) && k > from {
                k += 1;
                continue;
            }
            // `a 3.5 percent drop in revenue on Thursday`: a time adjunct ends
            // it (not one of a clause inside it: `a measure running through
            // March`, `a bill that expires in May`, `expect the bridge to
            // reopen in May`).
            let inner_clause = || {
                (from + 1..k).any(|j| {
                    self.is(j, Flags::REL)
                        || self.word_is(j, words!["that"])
                        || self.is_gerund_word(j)
                        || self.infinitive_at(j, k)
                })
            };
            // (`the result of Sunday's election`: `of` a time is the noun's.)
            if t.is(Flags::PREP)
                && k + 1 < end
                && !self.word_is(k, words!["of"])
                && (self.is(k + 1, Flags::TIME)
                    || self.word_is(k + 1, words!["last", "this", "next"]))
                && !inner_clause()
            {
                break;
            }
            // `blasted the plan on Twitter`, `on CNN`: so is the medium.
            if k > from
                && self.word_is(k, words!["on"])
                && self.doc.capital_at(k + 1)
                && self.is(k + 1, Flags::OUTLET)
            {
                break;
            }
            // `called the plan “a disaster” in a statement`, `slammed the
            // governor in a post on X`: where it was said is the frame's.
            if k > from
                && self.word_is(k, words!["in", "on", "during"])
                && self.is(k + 1, Flags::DET | Flags::POSS)
                && (k + 2..end.min(k + 5))
                    .take_while(|&j| self.doc.is_word(j))
                    .any(|j| self.doc.is_cue_noun(j))
            {
                break;
            }
            // `confirmed the landing about forty minutes later`: so does a
            // span of time counted back.
            let count =
                k + usize::from(self.word_is(k, words!["about", "some", "nearly", "almost"]));
            if k > from
                && self.doc.number_at(count)
                && self.word_is(count + 2, words!["later", "earlier", "ago"])
            {
                break;
            }
            // (`expects 6 million visitors according to the website`: the
            // source of the whole clause begins.)
            if k > from && self.word_is(k, words!["according"]) && self.word_is(k + 1, words!["to"])
            {
                break;
            }
            // `reported the story Thursday`: a bare day closing the phrase
            // (not a preposition's: `expects the count to resume by Wednesday`).
            if k > from
                && self.word_is(k, WEEKDAYS)
                && !self.is(k - 1, Flags::PREP)
                && (k + 1 >= end || self.is_terminal(k + 1) || self.punct(k + 1, ','))
            {
                break;
            }
            if self.word_is(k, words!["and", "but"]) && self.second_verb_phrase(k + 1, end)
                || self.second_participle(k, from, end)
            {
                break;
            }
            // `praise for A and criticism for B`: a second attitude noun.
            if self.word_is(k, words!["and"])
                && self.doc.tokens.get(k + 1).is_some_and(|t| t.is_cue_noun())
                && self.word_is(k + 2, words!["for"])
            {
                break;
            }
            // (`expected a draft to go out before the committee meets`: an
            // infinitive's clause keeps its time clause.)
            // (`called for a moratorium until the state completes a study`:
            // nor a demand its term.)
            let clause_kept = self.word_is(k, words!["before", "after", "until", "once", "when"])
                && (from..k).any(|j| self.infinitive_at(j, k))
                || self.word_is(k, words!["until"]);
            if self.punct(k, ',') && k > from {
                // (`the agency's director, Wade Harrell, and …`: a name in
                // apposition to a common noun goes on.)
                let name_end = (!self.doc.capitalized(k - 1))
                    .then(|| {
                        (k + 1..end.min(k + 5))
                            .find(|&j| !(self.doc.capitalized(j) && self.doc.is_word(j)))
                    })
                    .flatten();
                if let Some(j) = name_end.filter(|&j| j >= k + 3 && self.punct(j, ',')) {
                    k = j;
                    continue;
                }
                // (`accused the co-sponsors, Sens. A (R-S.D.) and B (R-Ohio), of
                // “…”`: an appositive before the object's own `of` or `for`.)
                let close = (k + 1..end.min(k + 16))
                    .take_while(|&j| {
                        self.doc.is_word(j)
                            || self.punct(j, ',')
                            || self.punct(j, '(')
                            || self.punct(j, ')')
                    })
                    .find(|&j| {
                        self.punct(j, ',')
                            && (self.word_is(j + 1, words!["of", "for"])
                                // (`described Emberly, a two-term governor, as “…”`.)
                                || through_as && self.word_is(j + 1, words!["as"]))
                    });
                if let Some(close) = close {
                    k = close + 1;
                    continue;
                }
                if let Some(list_end) = self.list_after_comma(k, end) {
                    k = list_end;
                    continue;
                }
            }
            // (`a boost of more than half a point`: a comparison stays.)
            let comparison = self.word_is(k, words!["than"]);
            if t.is(Flags::SUB) && !clause_kept && !comparison
                || self.is_terminal(k)
                || matches!(t.kind, TokenKind::Punct(',' | ';' | ':' | '—' | '(' | '–'))
            {
                break;
            }
            // `rejected claims from the union that …`: the nominal cue's clause
            // is its own claim; but `cited a state audit showing that …`
            // holds the verb's clause.
            if self.doc.norm_is(k, "that")
                && k > from
                && self.doc.is_word(k - 1)
                && !self.that_is_determiner(k, end)
                && (from..k).any(|j| self.doc.is_cue_noun(j))
            {
                let verbs_clause = self.doc.tokens[k - 1].info.is_some_and(|i| {
                    i.noun.is_none()
                        && i.verb.is_some_and(|(_, f)| {
                            matches!(
                                f,
                                VerbForm::Gerund | VerbForm::Past | VerbForm::PastOrParticiple
                            )
                        })
                });
                if verbs_clause {
                    k = self.clause_right(k + 1, end).end;
                }
                break;
            }
            // (`support the plan and 36 percent oppose it`: another share's clause.)
            let share_after = self.word_is(k, words!["and", "while"])
                && self.doc.tokens.get(k + 1).is_some_and(|t| t.is_number())
                && self.doc.percent_at(k + 2);
            if share_after {
                break;
            }
            // `called the lawsuit “baseless” and said …`: a second frame begins;
            // `defended the record whilst promising …`: the writer goes on.
            if self.coordinated_frame(k, end)
                || k > from && self.writer_tail(k, end)
                || self.clause_after_quote(k, from, end)
            {
                break;
            }
            k += 1;
        }
        // (`confirmed two deaths shortly after the crash`: the adverb is the
        // time adjunct's.)
        if k > from + 1
            && k < end
            && self.doc.is_word(k)
            && self.word_is(
                k - 1,
                words!["shortly", "soon", "just", "right", "immediately", "long"],
            )
        {
            k -= 1;
        }
        from..k
    }

    /// Whether `and` at `k` opens a participle of the frame's, not of the
    /// content from `from`: a second absolute (`with Trump saying A and
    /// Clinton defending B`), or a second frame of a participle's subject
    /// (`telling reporters he had won and dismissing questions`), a gerund
    /// cue where the content has no gerund of its own.
    fn second_participle(&self, k: usize, from: usize, end: usize) -> bool {
        if !self.word_is(k, words!["and"]) || k <= from {
            return false;
        }
        let absolute = self.doc.capital_at(k + 1)
            && self
                .np_right(k + 1, end)
                .is_some_and(|np| np.len() <= 3 && self.is_gerund_word(np.end));
        // (`vetoed it, saying it cut too deeply and setting up a showdown`:
        // after a participle's content, any participle is the frame's.)
        let participle_frame = self
            .frame_verb_before(from, 4)
            .is_some_and(|(_, form)| form == VerbForm::Gerund);
        // (Not `by cutting taxes and raising wages`, `is weighing A and
        // preparing B`: a verb's gerund; `school funding` is a noun.)
        let verbal_gerund = |j: usize| {
            // (`by “ending the waste”`: past an opening quotation mark.)
            let before = j - 1 - usize::from(j > from + 1 && self.doc.is_quote(j - 1));
            self.is_gerund_word(j) && self.is(before, Flags::PREP | Flags::AUX)
        };
        // (`blaming soaring costs and falling demand`: an adjective in -ing
        // opening each of two nouns.)
        let parallel = self.is_gerund_word(from)
            && !self.is(k + 2, Flags::DET | Flags::POSS | Flags::PREP | Flags::PRON)
            && !self.word_is(k + 2, words!["up", "down", "out", "off", "back", "away"]);
        absolute
            || participle_frame
                && self.is_gerund_word(k + 1)
                && !(from + 1..k).any(verbal_gerund)
                && !parallel
            || self
                .cue_verb(k + 1)
                .is_some_and(|(_, form)| form == VerbForm::Gerund)
                && !(from..k).any(|j| self.is_gerund_word(j))
    }

    /// Whether the words at `k`, after `and`/`but` in a noun-phrase content,
    /// open the subject's second verb phrase: a verb before its object (`…
    /// drop in revenue and cut its forecast`), a past form (`criticized the
    /// comments but stopped short of …`) or an auxiliary (`announced her
    /// retirement and has since taken a job`).
    fn second_verb_phrase(&self, k: usize, end: usize) -> bool {
        let Some(t) = self.doc.tokens.get(k).filter(|_| k < end) else {
            return false;
        };
        let verb_before_object = k + 1 < end
            && t.is_plain_word()
            && t.info
                .is_none_or(|i| i.verb.is_some() || i.flags == Flags::default())
            && !t.capitalized
            && self.is(k + 1, Flags::DET | Flags::POSS | Flags::QUANT);
        let past = (self.is(k, Flags::PAST)
            || self.unknown_past(k)
            || self
                .cue_verb(k)
                .is_some_and(|(_, f)| f == VerbForm::Past || f == VerbForm::PastOrParticiple))
            && !self.word_is(k + 1, words!["by"]);
        let auxiliary = self.word_is(
            k,
            words!["has", "have", "had", "will", "would", "is", "was"],
        );
        verb_before_object || past || auxiliary
    }

    /// Whether the writer goes on at `k` after a quotation ending in a comma,
    /// with a clause of its own: `… “bigger than Watergate,” and his
    /// campaign released …`.
    fn clause_after_quote(&self, k: usize, from: usize, end: usize) -> bool {
        let after_quote = k > from + 1
            && self.doc.comma_then_quote(k - 1)
            && self.word_is(k, words!["and", "but"]);
        after_quote
            && (self.clause_after_adjunct(k + 1, end)
                || self.np_right(k + 1, end).is_some_and(|np| {
                    let verb = &self.doc.tokens[np.end.min(end - 1)];
                    np.end < end
                        && verb.is_plain_word()
                        && !verb.capitalized
                        && (verb.is(Flags::PAST | Flags::AUX | Flags::MODAL)
                            || self.doc.norm_ends_with(np.end, "ed")
                            || self.cue_verb(np.end).is_some_and(|(_, form)| {
                                form != VerbForm::Gerund && form != VerbForm::Base
                            }))
                }))
    }

    /// Whether token `k` closes a quotation right after a comma: `…,”`.
    pub(super) fn quote_closing_after_comma(&self, k: usize) -> bool {
        self.doc.comma_then_quote(k) && self.quotes.at(k).is_some_and(|q| q.last == k)
    }

    /// A lowercase `-ing` word: `defending`, `saying`.
    pub(super) fn is_gerund_word(&self, j: usize) -> bool {
        self.doc
            .tokens
            .get(j)
            .is_some_and(|t| t.is_plain_word() && !t.capitalized)
            && self.norm(j).len() > 4
            && self.doc.norm_ends_with(j, "ing")
    }

    /// Whether the words at `at`, after a comma or a dash, are the writer's
    /// summing-up noun: `…, a claim Democrats dispute`, `… — a move that drew
    /// criticism`, `…,” comments that several officials described as …`.
    pub(super) fn summing_up_noun(&self, at: usize, end: usize) -> bool {
        if at >= end {
            return false;
        }
        let article = self.word_is(at, words!["a", "an"]);
        // (A bare plural only with its clause: `comments that …`.)
        let bare = !article
            && self.doc.norm_ends_with(at, "s")
            && self
                .doc
                .tokens
                .get(at)
                .is_some_and(|t| !t.capitalized && t.is_cue_noun());
        if !article && !bare {
            return false;
        }
        let first = if article { at + 1 } else { at };
        (first..end.min(first + 3)).any(|j| {
            article
                && j < first + 2
                && self.doc.is_cue_noun(j)
                && !self.doc.capitalized(j)
                || self.word_is(j, words!["that", "which"]) && j > first
                // (`…, a kind of fraud they say is rare`)
                // (`…, an issue Mr. Garrity emphasized`)
                || (j + 1..(j + 4).min(end)).any(|p| {
                    (self.is(p, Flags::PRON) || self.doc.capitalized(p))
                        && (self.is_cue_verb(p + 1) || self.unknown_past(p + 1))
                        && (j..p).all(|w| self.doc.is_word(w))
                })
                // (`…, a sentiment echoed by several colleagues`)
                || j > first
                    && self.word_is(j + 1, words!["by"])
                    && self.is_participle_word(j)
                    && self.is_cue_verb(j)
                    && (self.doc.capital_at(j + 2)
                        || self.is(j + 2, Flags::ANON | Flags::ROLE | Flags::MEDIA)
                        || self.word_is(
                            j + 2,
                            words!["many", "some", "several", "other", "others", "both", "most"],
                        ))
        })
    }

    /// A lowercase past participle: `echoed`, `shared`, `held`.
    fn is_participle_word(&self, j: usize) -> bool {
        self.doc
            .tokens
            .get(j)
            .is_some_and(|t| t.is_plain_word() && !t.capitalized)
            && (self.doc.norm_ends_with(j, "ed")
                || self.cue_verb(j).is_some_and(|(_, form)| {
                    matches!(form, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                }))
    }

    /// The clause from `from` as a content, indirect speech unless it is
    /// quoted; none when no clause is there.
    fn clause_content(&self, from: usize, end: usize) -> Option<(Range<usize>, ClaimKind)> {
        let content = self.clause_right(from, end);
        (!content.is_empty()).then(|| {
            let kind = self.kind_for(&content, ClaimKind::Indirect);
            (content, kind)
        })
    }

    /// A clause content running right from `from`: to the sentence's end, or
    /// to a trailing frame (`, he said`, `, according to X`).
    pub(super) fn clause_right(&self, from: usize, end: usize) -> Range<usize> {
        let end = end.min(from + MAX_CONTENT);
        let mut k = from;
        while k < end {
            if let Some(q) = self.quotes.at(k).filter(|q| q.open == k) {
                // A quotation inside the clause runs whole, across sentences.
                k = q.last + 1;
                // (`… was “thin as paper,” according to three attendees`: the
                // comma inside the quotation before a trailing frame.)
                // (`… “anyone’s rubber stamp,” as Democrats pressed him`: nor
                // a subordinate clause after it.)
                // (`… “given up on towns like this one,” opening a two-day
                // swing`: nor a participle's clause.)
                if k < end
                    && (self.writer_tail(k - 1, end)
                        || self.quote_closing_after_comma(k - 1)
                            && (self.trailing_frame(k, end)
                                || self.summing_up_noun(k, end)
                                || self.is(k, Flags::SUB) && !self.word_is(k, words!["that"])
                                || self.is_gerund_word(k)))
                {
                    break;
                }
                continue;
            }
            // (`…; opponents call it a scheme`: a clause with a frame of its own.)
            let own_frame = |from: usize| {
                (from + 1..end.min(from + 5)).any(|j| {
                    self.cue_verb(j).is_some_and(|(verb, f)| {
                        f != VerbForm::Gerund
                            && f != VerbForm::PastParticiple
                            // (`organisers put the figure at …`: an estimate.)
                            && (verb.frames.that
                                || verb.frames.bare
                                || verb.frames.quote
                                || verb.frames.at_only)
                    }) && self.doc.is_word(j - 1)
                        && !self.is(j - 1, Flags::DET | Flags::POSS | Flags::PREP)
                })
            };
            if self.punct(k, ';')
                && (k + 1 >= end || self.trailing_frame(k + 1, end) || own_frame(k + 1))
            {
                break;
            }
            // (`…, who did not want to alienate the campaigns, said she had
            // been told …`: `said` after a comma is a frame of its own, the
            // main clause's or an inverted one; not `said to cost`.)
            if self.punct(k, ',')
                && self.word_is(k + 1, words!["said", "says"])
                && !self.word_is(k + 2, words!["to", "by"])
            {
                break;
            }
            // (`… — enough to survive — per a senior aide`: after a dash too.)
            if (self.punct(k, ',') || self.punct(k, '—') || self.punct(k, '–'))
                && self.trailing_frame(k + 1, end)
            {
                break;
            }
            // `…, which the adviser described as “…”`, `…, which an official
            // told Reuters could …`: a relative clause with a source and a
            // frame of its own (not an insert before the
            // clause's verb: `the bill, which critics called a scam, would pass`).
            // (`…, which he described as …`: a pronoun's frame too.)
            let relative_subject = if self.is(k + 2, Flags::PRON) {
                Some(k + 2..k + 3)
            } else {
                self.np_right(k + 2, end)
            };
            if self.punct(k, ',')
                && self.word_is(k + 1, words!["which"])
                && relative_subject.is_some_and(|np| {
                    self.cue_verb(np.end).is_some_and(|(verb, f)| {
                        f.shows_finite()
                            && (verb.frames.np
                                || verb.frames.as_phrase
                                || verb.frames.that
                                || verb.frames.bare)
                    }) && !(np.end + 1..end)
                        .find(|&c| self.punct(c, ',') && !self.inside_quote(c))
                        // (Nor one the content goes on after: `…, which it
                        // called unlawful, and that it would respond`.)
                        .is_some_and(|c| {
                            self.finite_verb_at(c + 1)
                                || self.word_is(c + 1, words!["and", "but"])
                                    && self.word_is(c + 2, words!["that"])
                        })
                })
            {
                break;
            }
            // `… the ambassador, in what the ministry described as a “mirror
            // response”`: the writer's frame of another source.
            let in_what = if self.punct(k, ',') { k + 1 } else { k };
            if in_what > from
                && self.word_is(in_what, words!["in"])
                && self.word_is(in_what + 1, words!["what"])
                && self
                    .np_right(in_what + 2, end)
                    .is_some_and(|np| self.cue_verb(np.end).is_some())
            {
                break;
            }
            // `…, compared with 38 percent who said …`: the writer's comparison
            // with a group that says otherwise.
            // (`…, compared with 83 percent of those 65 and older`: any
            // comparison the writer appends.)
            if self.punct(k, ',')
                && (self.word_is(k + 1, words!["compared"])
                    && self.word_is(k + 2, words!["with", "to"])
                    || self.word_is(k + 1, words!["versus", "against"])
                        && (k + 2..end.min(k + 14)).any(|j| {
                            self.word_is(j, words!["who", "that"]) && self.is_cue_verb(j + 1)
                        }))
            {
                break;
            }
            // `…, a claim Democrats dispute`, `… — a move that drew criticism`:
            // the writer's summing-up noun, which sums up a clause (not the
            // subject's appositive: `that executives at Acme, a company that
            // runs jails, paid …`).
            if (self.punct(k, ',') || self.punct(k, '—') || self.punct(k, '–'))
                && self.summing_up_noun(k + 1, end)
                && (self.has_finite_verb(&(from..k))
                    || (from..k).any(|j| !self.doc.capitalized(j) && self.unknown_in_single_s(j)))
            {
                break;
            }
            if self.finite_after_nonfinite(k, from) {
                break;
            }
            if self.second_participle(k, from, end) {
                break;
            }
            // (`Barrington, who is expected to run for governor, has made …`:
            // an infinitive ends where its relative clause does, before the
            // main clause's verb.)
            // (Not past a relative clause inside the content: `to say whether
            // Lowry, who died in 2020, had been interviewed`.)
            if self.word_is(from, words!["to"])
                && self.punct(k, ',')
                && self.is(k + 1, Flags::AUX | Flags::MODAL)
                && !(from..k).any(|j| self.is(j, Flags::REL))
            {
                break;
            }
            if k > from + 2 && self.clause_of_its_own(k, end) {
                break;
            }
            if self.word_is(k, words!["and", "but"])
                && self.word_is(k + 1, words!["that"])
                && k > from
            {
                break; // `that A and that B`: the second clause is a claim of its own
            }
            // (`… “has to be more disciplined,” adding: “…”`: the comma
            // inside the closing quote.)
            let after_quoted_comma = k > from + 1
                && self.doc.comma_then_quote(k - 1)
                && self
                    .cue_verb(k)
                    .is_some_and(|(_, form)| form == VerbForm::Gerund);
            if after_quoted_comma
                || self.clause_after_quote(k, from, end)
                || self.coordinated_frame(k, end)
                    && !self.present_after_past_frame(k, from)
                    && !self.belief_after_speech(k, from)
                || self.contrasting_frame(k, end)
                || self.participial_frame(k, end)
                // (Only an aftermath's participle, whose subject is the
                // whole event: `…, ending weeks of speculation`; the
                // content's subject's own stays: `…, leaning on his roots`.)
                || self.trailing_participle(k, end)
                    && self.word_is(
                        k + 1,
                        words!["ending", "prompting", "sparking", "triggering", "escalating", "setting", "capping", "marking", "raising", "drawing", "fueling", "deepening", "paving"],
                    )
                || k > from && self.writer_tail(k, end)
            {
                break;
            }
            k += 1;
        }
        let mut last = k;
        // Drop the sentence's final punctuation unless a closing quote holds it.
        while last > from && self.is_soft_break(last - 1) {
            last -= 1;
        }
        // A quote that closes the content extends it past the sentence's end
        // (not one the content started inside: `“I think A. B.”`).
        let stop = last.max(from);
        let extended = if stop > from {
            self.quotes
                .at(stop - 1)
                .filter(|q| q.open >= from || !self.inside_quote(from))
                .map_or(stop, |q| (q.last + 1).max(stop))
        } else {
            stop
        };
        from..extended
    }

    /// The frame verb just before a content opening at `from` (`said`,
    /// `said that`, `told reporters that`), if it is in the past.
    fn past_frame_before(&self, from: usize) -> bool {
        self.frame_verb_before(from, 6)
            .is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple))
    }

    /// The last cue verb in the `window` tokens before a content opening at
    /// `from`: its frame's verb.
    fn frame_verb_before(
        &self,
        from: usize,
        window: usize,
    ) -> Option<(&'static CueVerb, VerbForm)> {
        (from.saturating_sub(window)..from)
            .rev()
            .find_map(|j| self.cue_verb(j))
    }

    /// The verb after `and`/`but` at `k`, past any adverbs.
    fn verb_after_conjunction(&self, k: usize) -> usize {
        let mut j = k + 1;
        while self.is(j, Flags::ADV) {
            j += 1;
        }
        j
    }

    /// `said she considers A but believes B`: after a frame in the past, a
    /// present verb agrees with the content's clause, not with the frame.
    fn present_after_past_frame(&self, k: usize, from: usize) -> bool {
        let j = self.verb_after_conjunction(k);
        self.cue_verb(j)
            .is_some_and(|(_, f)| f == VerbForm::ThirdSingular)
            && self.past_frame_before(from)
    }

    /// `said the mayor was disappointed but believed the votes were there`:
    /// after a speech frame, a belief verb goes on the content's clause (its
    /// subject believes), not the frame (`acknowledged A but said B`).
    pub(super) fn belief_after_speech(&self, k: usize, from: usize) -> bool {
        // (`said in an interview with the Ledger that …`: an adjunct may
        // stand between the frame and its content.)
        let frame_is_speech = self
            .frame_verb_before(from, 10)
            .is_some_and(|(verb, _)| verb.class == VerbClass::Speech);
        frame_is_speech
            && k > from + 2
            && self
                .cue_verb(self.verb_after_conjunction(k))
                .is_some_and(|(verb, _)| verb.class == VerbClass::Cognition || verb.lemma == "want")
    }

    /// `vowed to offset the cost but could not justify B`, `found a record
    /// of A but was taking it seriously`, `wants to build a wall and has
    /// said C`: after an infinitive or a thing, a finite verb is the
    /// subject's second.
    fn finite_after_nonfinite(&self, k: usize, from: usize) -> bool {
        if !self.word_is(k, words!["and", "but"]) {
            return false;
        }
        let tensed = |j: usize| {
            self.is(j, Flags::MODAL)
                || self.word_is(
                    j,
                    words!["is", "are", "was", "were", "has", "had", "did", "does"],
                )
        };
        let j = self.past_adverbs(k + 1);
        (tensed(j) || self.past_form(j))
            && if self.word_is(from, words!["to"]) {
                !(from..k).any(tensed)
            } else {
                self.np_right(from, k).is_some_and(|np| np.end == k)
            }
    }

    /// Whether `, and` (or `— and`) at `k` opens a clause with a subject of
    /// its own: `said no Democrat will vote for him, and two Republicans
    /// remain undecided` (the writer's; `… and that …` goes on the speaker's).
    fn clause_of_its_own(&self, k: usize, end: usize) -> bool {
        if !((self.punct(k, ',') || self.punct(k, '—') || self.punct(k, '–'))
            && self.word_is(k + 1, words!["and"]))
        {
            return false;
        }
        let subject = self.doc.past_at_least(k + 2);
        let opens_subject = self.is(
            subject,
            Flags::DET | Flags::QUANT | Flags::PRON | Flags::POSS,
        ) || self
            .doc
            .tokens
            .get(subject)
            .is_some_and(|t| t.capitalized || t.is_number());
        opens_subject && self.subject_then_verb(&(subject..end))
            || self.clause_after_adjunct(subject, end)
    }

    /// Whether an adjunct at `at` opens a clause whose subject is a pronoun
    /// or a possessed noun: `and within an hour of her speech his campaign
    /// had released …`, `and on Monday she said …`.
    fn clause_after_adjunct(&self, at: usize, end: usize) -> bool {
        // (Not a parallel complement: `credit for work …, and for money she
        // had little to do with`.)
        (self.is(at, Flags::TIME)
            || self.word_is(
                at,
                words!["within", "on", "in", "at", "after", "before", "during", "by"],
            ))
            && (at + 1..end.min(at + 9))
                .take_while(|&j| self.doc.is_word(j))
                .any(|j| self.is(j, Flags::POSS | Flags::PRON) && self.subject_then_verb(&(j..end)))
    }

    /// Whether `and`/`but` at `k` opens a second frame of the same speaker:
    /// `acknowledged that A but said B`.
    pub(super) fn coordinated_frame(&self, k: usize, end: usize) -> bool {
        // (`said A, then added B`: a comma and `then` coordinate too.)
        let then = self.word_is(k, words!["then"])
            && k > 0
            && (self.punct(k - 1, ',') || self.quote_closing_after_comma(k - 1));
        if !self.word_is(k, words!["and", "but"]) && !then {
            return false;
        }
        // `but said`, `and later added`; not `and had not decided` (the content's own verb).
        let mut j = self.verb_after_conjunction(k);
        // `has said … and has declined to release …`: the subject's second
        // verb, in the same perfect.
        let perfect = self.word_is(j, words!["has", "have"]) && {
            let opening = (k.saturating_sub(MAX_CONTENT)..k)
                .rev()
                .find(|&a| self.word_is(a, words!["has", "have"]));
            opening.is_some_and(|a| {
                self.cue_verb(a + 1).is_some_and(|(_, f)| {
                    matches!(f, VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                })
            })
        };
        if perfect {
            j += 1;
        }
        // `said A but would not say whether B`, `but did not elaborate`: a
        // refusal to tell more is the speaker's own (`but would not accept
        // B` stays in the content).
        let refusal = self.word_is(k, words!["but"])
            && self.is(j, Flags::AUX | Flags::MODAL)
            && self.is(j + 1, Flags::NEG)
            && self.word_is(
                j + 2,
                words![
                    "say",
                    "comment",
                    "elaborate",
                    "discuss",
                    "specify",
                    "disclose",
                    "explain",
                    "identify",
                    "confirm"
                ],
            );
        if refusal {
            return true;
        }
        // (`, then charged a fee`: after `then`, only a verb of saying
        // with its `that` or quotation.)
        let said_then = |j: usize| {
            let k = self.listener(j, end).map_or(j, |l| l.end);
            self.word_is(k, words!["that"]) || self.punct(k, ':') || self.quotes.at(k).is_some()
        };
        j < end
            && self.cue_verb(j).is_some_and(|(verb, form)| {
                (!then || verb.class == VerbClass::Speech && said_then(j + 1))
                    && form != VerbForm::Gerund
                    && form != VerbForm::Base
                    // (`2,000 calls and emails from constituents`: a plural noun.)
                    && !(form == VerbForm::ThirdSingular && self.word_is(j + 1, words!["from", "of"]))
                    && (verb.frames.that
                        || verb.frames.bare
                        || verb.frames.quote
                        || perfect && verb.frames.to && self.word_is(j + 1, words!["to"])
                        // `confirmed A but declined to describe B`, `said A and
                        // declined to comment` (not `said she had ducked B and
                        // refused to say whether …`: the content's subject may
                        // refuse too; only `declined to …` or a comment is the
                        // speaker's own).
                        || matches!(form, VerbForm::Past | VerbForm::PastOrParticiple)
                            && verb.class == VerbClass::Speech
                            && verb.frames.to
                            && self.word_is(j + 1, words!["to"])
                            && (self.word_is(k, words!["but"])
                                || self.word_is(j, words!["declined"])
                                || self.word_is(j + 2, words!["comment", "elaborate", "discuss", "specify"]))
                        // `said A and pressed for more documents`: a request.
                        || verb.frames.for_phrase
                            && matches!(form, VerbForm::Past | VerbForm::PastOrParticiple)
                            && self.word_is(j + 1, words!["for"])
                        // `said A and accused B of C`, `… and blamed B for C`
                        || verb.frames.np
                            && (if self.is(j + 1, Flags::OBJPRON) || self.word_is(j + 1, words!["her", "it"]) {
                                Some(j + 2)
                            } else if let Some(q) = self.quotes.at(j + 1).filter(|q| q.open == j + 1) {
                                // (`and accused “Washington prosecutors” of …`)
                                Some(q.last + 1)
                            } else {
                                self.np_right(j + 1, end).map(|np| np.end)
                            })
                            .is_some_and(|object_end| {
                                // (`accused the members who backed the motion of …`:
                                // past the object's relative clause.)
                                let relative = self.word_is(object_end, words!["who", "that", "which"]);
                                // (`thanked him “for his hard work”`: past a quotation's mark.)
                                let opening = self.quotes.at(object_end).is_some_and(|q| q.open == object_end);
                                self.word_is(object_end + usize::from(opening), words!["of", "for"])
                                    // (`accused the airline of pressuring …`: an
                                    // object phrase that took the `of` in.)
                                    || (j + 2..object_end.min(j + 10)).any(|o| {
                                        self.word_is(o, words!["of", "for"])
                                            && self.doc.norm_ends_with(o + 1, "ing")
                                    })
                                    || relative
                                        && (object_end + 2..end.min(object_end + 12))
                                            .take_while(|&o| self.doc.is_word(o))
                                            .any(|o| self.word_is(o, words!["of", "for"]))
                            })
                        // `… and dismissed talk of a shutdown as a game`
                        || verb.frames.as_phrase
                            && (j + 2..end.min(j + 9))
                                .take_while(|&w| self.doc.is_word(w))
                                .any(|w| self.word_is(w, words!["as"])))
            })
    }

    /// Whether a comma at `k` opens a contrasting frame with its own source:
    /// `…, while supporters say …`, `…, but the ministry said …`, `…, even
    /// as critics vowed …`.
    pub(super) fn contrasting_frame(&self, k: usize, end: usize) -> bool {
        // The comma may stand inside a closing quote: `“…orderly,” though they noted`.
        // (`… — though he concedes …`: a dash does as a comma.)
        // (`pledged to “fix it” as Democrats pressed her`: after a closing
        // quote, `as` or `while` opens one too.)
        let (comma, word) = if self.punct(k, ',') || self.punct(k, '—') {
            (true, k + 1)
        } else {
            let closing = k >= 2 && self.quotes.at(k - 1).is_some_and(|q| q.last == k - 1);
            (
                closing
                    && (self.doc.comma_then_quote(k - 1) || self.word_is(k, words!["as", "while"])),
                k,
            )
        };
        // (`…, even as critics vowed to block it`)
        let word = if self.word_is(word, words!["even"]) && self.word_is(word + 1, words!["as"]) {
            word + 1
        } else {
            word
        };
        let verb_after = |from: usize| {
            let mut j = from;
            // (`Republicans quickly touted`)
            while j < end
                && (self.is(j, Flags::ADV | Flags::AUX | Flags::MODAL | Flags::NEG)
                    || self.doc.norm_ends_with(j, "ly") && self.doc.unknown(j))
            {
                j += 1;
            }
            j < end
                && self
                    .cue_verb(j)
                    .is_some_and(|(_, form)| form != VerbForm::Gerund)
        };
        // The subject may go on before its verb: `people close to him said`,
        // `Republican leaders, who hold a narrow majority, worry`, `his
        // challenger, Lisa Tran, a former prosecutor, accused`.
        let verb_after_subject = |np_end: usize| {
            // (`business groups warned`: a noun the phrase reader left out.)
            // (`a bloc of House conservatives has vowed`: a group's word too.)
            let plural_after = np_end < end
                && !self.doc.capitalized(np_end)
                && (self.doc.unknown(np_end) || self.is(np_end, Flags::ANON | Flags::ROLE))
                && self.doc.norm_ends_with(np_end, "s");
            // (`the council, an umbrella group, said`: the phrase reader took
            // the apposition.)
            if verb_after(np_end)
                || (plural_after || self.punct(np_end, ',')) && verb_after(np_end + 1)
            {
                return true;
            }
            // (`several people who attended said`: a restrictive relative.)
            let modifier = self.word_is(np_end, words!["close", "familiar", "who"])
                || self.is(np_end, Flags::PREP) && !self.word_is(np_end, words!["that"]);
            if modifier {
                return (np_end + 2..end.min(np_end + 7))
                    .take_while(|&j| self.doc.is_word(j))
                    .any(|j| self.doc.is_word(j - 1) && verb_after(j));
            }
            let opens_insert = self.punct(np_end, ',')
                && (self.word_is(
                    np_end + 1,
                    words!["who", "whom", "whose", "which", "a", "an", "the"],
                ) || self
                    .doc
                    .tokens
                    .get(np_end + 1)
                    .is_some_and(|t| t.capitalized || t.is_number()));
            opens_insert
                && (np_end + 2..end.min(np_end + MAX_INSERTS))
                    .take_while(|&j| !self.doc.is_quote(j) && !self.is_terminal(j))
                    .any(|j| self.punct(j - 1, ',') && verb_after(j))
        };
        // The subject may follow an adjunct or stand in a quantity: `…, and
        // on Wednesday the council said`, `…, and at least three said`.
        let mut subject = word + 1;
        while self.is(subject, Flags::TIME | Flags::ADV) {
            subject += 1;
        }
        if self.is(subject, Flags::PREP) && self.is(subject + 1, Flags::TIME) {
            subject += 2 + usize::from(self.punct(subject + 2, ','));
        }
        subject = self.doc.past_at_least(subject);
        // (`…, while 45% said …`: a subject read leftward from its verb;
        // `… and 22 percent say …`: a share of those polled needs no comma.)
        let subject_before_verb = |share: bool| {
            (subject + 1..end.min(subject + 5)).any(|j| {
                verb_after(j)
                    && if share {
                        self.share_left(j - 1, subject) == Some(subject)
                            && self
                                .cue_verb(j)
                                .is_some_and(|(v, _)| v.class == VerbClass::Speech)
                    } else {
                        self.np_left(j, subject)
                            .is_some_and(|np| np.start == subject)
                    }
            })
        };
        if !self.word_is(
            word,
            words!["while", "whereas", "but", "although", "though", "and", "as"],
        ) || !(comma || self.word_is(word, words!["and"]) && subject_before_verb(true))
        {
            return false;
        }
        if subject_before_verb(false) {
            return true;
        }
        match self.np_right(subject, end) {
            Some(np) => verb_after_subject(np.end),
            // (`…, and human rights groups have warned …`: a subject of
            // common nouns the phrase reader does not take.)
            None => (subject + 1..end.min(subject + 4)).any(|j| {
                self.doc.norm_ends_with(j - 1, "s")
                    && (subject..j).all(|w| {
                        let t = &self.doc.tokens[w];
                        t.is_plain_word() && !t.capitalized && t.info.is_none()
                    })
                    && verb_after(j)
            }),
        }
    }

    /// Whether a comma at `k` opens a participial clause in the writer's
    /// voice that ends the sentence: `…, ending weeks of speculation.`
    pub(super) fn trailing_participle(&self, k: usize, end: usize) -> bool {
        let word = k + 1;
        self.punct(k, ',')
            && word < end
            && self.doc.is_plain_word(word)
            && !self.doc.capitalized(word)
            && self.doc.norm_ends_with(word, "ing")
            // (`…, raising the odds of a shutdown`: a light verb too.)
            && self.doc.tokens[word]
                .info
                .is_none_or(|i| i.flags.only(Flags::LIGHT | Flags::IDIOM) && i.noun.is_none())
            && !self.doc.norm_in(word, words!["including", "excluding", "according", "following", "regarding", "concerning", "during", "notwithstanding"])
            && !(word + 1..end).any(|j| self.punct(j, ',') || self.quotes.at(j).is_some())
    }

    /// Whether the words at `k` leave the attributed clause for the writer's
    /// own: a contrast after a comma (`…, but the government will …`, `…, but
    /// stopped short of …`), a clause of manner or time with a participle
    /// (`whilst promising …`, `, with the i reporting …`), or a colon that
    /// opens a new quotation (`“must be well thought out”: “Moves …”`).
    pub(super) fn writer_tail(&self, k: usize, end: usize) -> bool {
        let next = |j: usize| j < end && self.doc.is_plain_word(j);
        // (`… “fake news,” with …`: the comma may close a quotation; the
        // contents' loops step over quotations, so they ask at its end.)
        let quoted_comma = self.quote_closing_after_comma(k);
        // (Not an elliptical contrast of the content's own: `could come in
        // the spring, but not before the deal clears`.)
        if (self.punct(k, ',') || quoted_comma)
            && self.word_is(k + 1, words!["but", "yet"])
            && next(k + 2)
            && !(self.word_is(k + 2, words!["not"])
                && (self.is(k + 3, Flags::PREP | Flags::DET)
                    || self.word_is(k + 3, words!["before", "after", "until", "unless", "if"])))
        {
            return true;
        }
        if self.punct(k, ':') && self.quotes.at(k + 1).is_some_and(|q| q.open == k + 1) {
            return true;
        }
        // `…, though it did not provide a breakdown`: the writer's caveat,
        // a concession whose verb is negated.
        if (self.punct(k, ',') || quoted_comma)
            && self.word_is(k + 1, words!["though", "although"])
            && (k + 3..end.min(k + 8))
                .take_while(|&j| next(j))
                .any(|j| self.is(j, Flags::NEG) && self.is(j - 1, Flags::AUX | Flags::MODAL))
        {
            return true;
        }
        // `declined to comment when reached by Fox News`: how the writer asked.
        if self.word_is(k, words!["when", "after", "as"])
            && k > 0
            && self.word_is(
                k + 1,
                words![
                    "reached",
                    "contacted",
                    "asked",
                    "approached",
                    "pressed",
                    "questioned"
                ],
            )
        {
            return true;
        }
        let gerund = |j: usize| next(j) && self.is_gerund_word(j);
        // (But `would review the rules before deciding on a fee`, `learned
        // of it while meeting voters`: with no comma, a time clause is the
        // content's own.)
        // (`defended the record whilst promising an update`: a gerund
        // frame of its own ends it anyway.)
        if self.word_is(k, words!["whilst", "while", "before", "after"])
            && k > 0
            && (self.punct(k - 1, ',')
                || self.quote_closing_after_comma(k - 1)
                || self.word_is(k, words!["whilst", "while"]) && self.is_cue_verb(k + 1))
            && gerund(k + 1)
            // (Not an insert before the content's own verb: `inflation,
            // while easing, remains high`.)
            && !(k + 2..end.min(k + 7))
                .find(|&j| !next(j))
                .is_some_and(|j| {
                    self.punct(j, ',')
                        && (self.finite_verb_at(j + 1) || self.unknown_in_single_s(j + 1))
                })
        {
            return true;
        }
        // `“…,” a formulation the White House has repeated`: after a
        // quotation, an appositive noun phrase is the writer's; after a
        // plain comma, one whose relative clause holds a frame (`…, a
        // position Castellano called “convenient.”`).
        let appositive_noun = self.word_is(k + 1, words!["a", "an"])
            && self
                .doc
                .tokens
                .get(k + 2)
                .is_some_and(|t| t.is_plain_word() && !t.capitalized && !t.is(Flags::ADV));
        if appositive_noun
            && (quoted_comma
                || self.punct(k, ',')
                    && !self.is(k + 2, Flags::SOURCE_HEAD)
                    && (k + 4..end.min(k + 8)).any(|j| self.finite_cue_verb(j)))
        {
            return true;
        }
        // `said it was “a question for voters”, while her rival has not
        // commented`: a contrast after a quotation is the writer's.
        let after_quote =
            self.punct(k, ',') && k > 0 && self.quotes.at(k - 1).is_some_and(|q| q.last == k - 1);
        if (after_quote || quoted_comma) && self.word_is(k + 1, words!["while", "whereas"]) {
            return true;
        }
        // `…, even as the strike spread`: the writer's concession.
        if (self.punct(k, ',') || quoted_comma)
            && self.word_is(k + 1, words!["even"])
            && self.word_is(k + 2, words!["as", "though"])
        {
            return true;
        }
        // `…, in a move that reflects …`: the writer's summing-up.
        if (self.punct(k, ',') || quoted_comma)
            && self.word_is(k + 1, words!["in"])
            && self.summing_up_noun(k + 2, end)
        {
            return true;
        }
        // `…, without specifying what they were`: the writer's comment.
        if self.punct(k, ',') && self.word_is(k + 1, words!["without"]) && gerund(k + 2) {
            return true;
        }
        // `, with NP V-ing`: an absolute clause of the writer's.
        // (Not an insert before the clause's verb: `the commission, with 500
        // employees overseeing products, could not function`.)
        if (self.punct(k, ',') || quoted_comma) && self.word_is(k + 1, words!["with"]) {
            let insert = self
                .first_comma(k + 2..end.min(k + MAX_PHRASE))
                .is_some_and(|c| self.is(c + 1, Flags::AUX | Flags::MODAL | Flags::PAST));
            return !insert && (k + 2..end.min(k + 8)).any(|j| gerund(j) && j > k + 2);
        }
        // `, implicitly putting …`: an adverb before a trailing participle.
        self.punct(k, ',')
            && next(k + 1)
            && self.doc.norm_ends_with(k + 1, "ly")
            && self.is(k + 1, Flags::ADV)
                | self.doc.tokens.get(k + 1).is_some_and(|t| t.info.is_none())
            && gerund(k + 2)
    }

    /// Whether a comma at `k` opens a participial frame of the same source:
    /// `…, accusing them of …`, `…, adding that …`.
    pub(super) fn participial_frame(&self, k: usize, end: usize) -> bool {
        self.punct(k, ',')
            && k + 1 < end
            && self
                .cue_verb(k + 1)
                .is_some_and(|(_, form)| form == VerbForm::Gerund)
    }

    /// A clause content running left to `end` from the clause start.
    pub(super) fn clause_left(&self, sentence_start: usize, end: usize) -> Range<usize> {
        let sentence_start = sentence_start.max(end.saturating_sub(MAX_CONTENT));
        // `… — a conversation that went nowhere, they said`: a dash with no
        // partner before it opens the writer's appositive, the content.
        let dash = |k: usize| self.punct(k, '—') || self.punct(k, '–');
        let lone_dash = (sentence_start..end).filter(|&k| dash(k)).count() % 2 == 1;
        let mut start = end;
        while start > sentence_start {
            let p = start - 1;
            if self.punct(p, ';') || lone_dash && dash(p) {
                break;
            }
            start = p;
        }
        while start < end && (self.is(start, Flags::CONJ) && !self.doc.is_quote(start)) {
            start += 1;
        }
        start..end
    }

    /// The content before a frame starting at `frame_start`: a quotation
    /// ending there (across sentences), or the clause before the comma.
    pub(super) fn content_left(
        &self,
        frame_start: usize,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        if frame_start == 0 {
            return None;
        }
        let mut k = frame_start;
        // `“…,” she said` / `“…” — she said`
        while k > 0 && (self.punct(k - 1, ',') || self.punct(k - 1, '—')) {
            k -= 1;
        }
        if k > 0 {
            // (Not across a paragraph: `“…”¶The White House counsel, …`.)
            if let Some(quote) = self.quotes.at(k - 1).filter(|q| {
                q.last == k - 1 && self.doc.paragraph_of(q.last) == self.doc.paragraph_of(k)
            }) {
                // `He was jailed for “spreading false news,” his lawyer
                // said`: a quotation ending a clause of the writer's words is
                // part of that clause, the content.
                let opens_clause = quote.open <= sentence.start
                    || (sentence.start..quote.open).all(|j| !self.doc.is_word(j))
                    || self.punct(quote.open - 1, ':')
                    || self.punct(quote.open - 1, ',');
                if opens_clause {
                    return Some(quote.open..quote.last + 1);
                }
                let content = self.clause_left(sentence.start, k);
                if content.start < quote.open {
                    return Some(content);
                }
                return Some(quote.open..quote.last + 1);
            }
        }
        if k == frame_start || k <= sentence.start {
            return None; // `said` needs a comma between content and frame
        }
        let content = self.clause_left(sentence.start, k);
        (!content.is_empty()).then_some(content)
    }

    /// Whether `per` at `k` names a source (`per two people familiar with
    /// the talks`, `per the Energy Department`), not a rate (`$5 per gallon`).
    fn per_source(&self, k: usize, end: usize) -> bool {
        self.word_is(k, words!["per"])
            && self.np_right(k + 1, end).is_some_and(|np| {
                // (`per the order`, `per a participant`: a rate takes no article.)
                self.is(np.start, Flags::DET | Flags::POSS) && !self.is(np.start, Flags::QUANT)
                    || (np.start..np.end.min(np.start + 4)).any(|j| {
                        self.doc.capitalized(j)
                            || self.is(
                                j,
                                Flags::ANON | Flags::ROLE | Flags::MEDIA | Flags::DOCUMENT,
                            )
                    })
            })
    }

    /// Whether `per` at `k` opens a source set off at a clause's edge:
    /// `…, per two sources present`, `…,” per an aide`, `… — per an aide`.
    pub(super) fn per_source_at_edge(&self, k: usize, start: usize, end: usize) -> bool {
        (k == start || k > start && self.after_comma_or_dash(k)) && self.per_source(k, end)
    }

    /// Whether a comma, a dash or a quotation's closing comma stands right
    /// before token `k`.
    fn after_comma_or_dash(&self, k: usize) -> bool {
        k > 0
            && (self.punct(k - 1, ',')
                || self.punct(k - 1, '—')
                || self.punct(k - 1, '–')
                || self.quote_closing_after_comma(k - 1))
    }

    /// Whether a frame (`he said`, `the ministry said on Tuesday`, `said
    /// Ana Ruiz`, `according to X`) starts at `k` and closes the clause.
    pub(super) fn trailing_frame(&self, k: usize, end: usize) -> bool {
        if self.word_is(k, words!["according"]) && self.word_is(k + 1, words!["to"])
            || self.after_comma_or_dash(k) && self.per_source(k, end)
        {
            return true;
        }
        let limit = end.min(k + MAX_TRAILING_FRAME);
        let mut j = k;
        while j < limit {
            if let Some((verb, form)) = self.cue_verb(j) {
                // (`…, he would not concede.`: a modal frame is a clause's own.)
                if form == VerbForm::Gerund
                    || !(verb.frames.after || verb.frames.quote)
                    || (k..j).any(|x| self.is(x, Flags::MODAL))
                {
                    return false;
                }
                let np_ok = j == k || self.np_left(j, k).is_some_and(|np| np.start == k);
                if !np_ok && !self.np_left_through_aux(j, k) {
                    return false;
                }
                let rest = self.skip_adjuncts(j + 1, end);
                // (`…, two aides told The Hill.`: a listener before the end.)
                let rest = if j == k {
                    self.np_right(j + 1, end)
                        .map_or(rest, |np| self.skip_adjuncts(np.end, end))
                } else if verb.frames.obj && !self.is_terminal(rest) {
                    self.listener(j + 1, end)
                        .map_or(rest, |l| self.skip_adjuncts(l.end, end))
                } else {
                    rest
                };
                return rest >= end || self.is_terminal(rest) || self.punct(rest, ',');
            }
            if !(self.doc.is_word(j) || self.doc.norm_is(j, "'s")) {
                return false;
            }
            j += 1;
        }
        false
    }

    pub(super) fn np_left_through_aux(&self, verb: usize, start: usize) -> bool {
        let k = self.before_auxiliaries(verb, start);
        k < verb && self.np_left(k, start).is_some_and(|np| np.start == start)
    }

    /// Where the auxiliaries, modals, adverbs and negations before the verb
    /// at `verb` begin (not before `start`): `has not yet said` → `has`.
    pub(super) fn before_auxiliaries(&self, verb: usize, start: usize) -> usize {
        let mut k = verb;
        while k > start && self.is(k - 1, Flags::AUX | Flags::MODAL | Flags::ADV | Flags::NEG) {
            k -= 1;
        }
        k
    }

    /// Whether every token in `range` is a word or a number (no
    /// punctuation or quotation mark).
    pub(super) fn all_words(&self, range: Range<usize>) -> bool {
        range.into_iter().all(|k| self.doc.is_word(k))
    }

    /// The first comma in `range`.
    pub(super) fn first_comma(&self, range: Range<usize>) -> Option<usize> {
        range.into_iter().find(|&c| self.punct(c, ','))
    }

    /// The last comma in `range`.
    pub(super) fn last_comma(&self, range: Range<usize>) -> Option<usize> {
        range.rev().find(|&c| self.punct(c, ','))
    }

    pub(super) fn is_terminal(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | '…')))
    }

    pub(super) fn is_soft_break(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Punct('.' | '!' | '?' | '…' | ',' | ';' | ':' | '—' | '–' | '-')
            )
        })
    }

    /// A quotation that is a whole utterance: it starts with a capital.
    pub(super) fn is_full_quote(&self, open: usize, last: usize) -> bool {
        let first = open + 1;
        first <= last && self.doc.capitalized(first)
    }

    /// The kind of a content with no frame-given kind, or one read again
    /// after it was cut short of its quotation: a clause is indirect speech,
    /// a phrase a report, either partly quoted when it holds a quotation.
    pub(super) fn clause_or_report(&self, content: &Range<usize>) -> ClaimKind {
        let plain = if self.has_finite_verb(content) {
            ClaimKind::Indirect
        } else {
            ClaimKind::Reported
        };
        self.kind_for(content, plain)
    }

    /// The claim kind of a content: quotes inside make it a partial quote,
    /// a content that is exactly a quotation a direct one.
    pub(super) fn kind_for(&self, content: &Range<usize>, otherwise: ClaimKind) -> ClaimKind {
        if content.is_empty() {
            return otherwise;
        }
        if let Some(q) = self.quotes.at(content.start) {
            if q.open == content.start && q.last + 1 == content.end {
                return if self.is_full_quote(q.open, q.last) {
                    ClaimKind::DirectQuote
                } else {
                    ClaimKind::PartialQuote
                };
            }
        }
        // (Not the quotation a nested frame's content lies in: `“I think A”`.)
        let has_quote = content.clone().any(|k| {
            self.quotes.at(k).is_some_and(|q| {
                q.close.is_some()
                    && !q.inner().is_empty()
                    && !(q.open < content.start && q.last >= content.end)
            })
        });
        if has_quote {
            ClaimKind::PartialQuote
        } else {
            otherwise
        }
    }
}
