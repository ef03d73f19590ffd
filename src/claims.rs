//! Claims: turns the linker's attributions into the contract's claims and
//! sources. It resolves every source mention (through `sources`), finds the
//! hedges of each claim (through `stance`), adds the writer's-voice claims
//! for what no attribution covers, so every sentence belongs to a claim, and
//! numbers everything in text order.

use std::ops::Range;

use crate::lexicon::Flags;
use crate::linking::Attribution;
use crate::model::{Analysis, Claim, ClaimKind, Content, Source, CONTRACT_VERSION};
use crate::segment::{Document, TokenKind};
use crate::sources::Resolver;
use crate::stance::{hedges, stance};
use crate::text::{sort_by_position, sort_spans, OffsetIndex};

/// Fewest words a leftover stretch of a partly attributed sentence needs to
/// count as a claim in the writer's voice.
const MIN_UNATTRIBUTED_WORDS: usize = 5;

/// How far from a claim, in claims, [`holding_quotation`] looks for the
/// quotation holding its source: claims come in text order, and a search of
/// every claim for every source would make a long text quadratic.
const QUOTATION_WINDOW: usize = 64;

/// Whether an attribution's source is the first person (`I`, `we`).
fn first_person_source(doc: &Document, attribution: &Attribution) -> bool {
    attribution
        .source
        .as_ref()
        .is_some_and(|m| m.len() == 1 && doc.norm_in(m.start, words!["i", "we"]))
}

/// The attribution whose quotation holds claim `i`'s source mention, if
/// another's does (`“He says he’s fighting for us,” she said`).
fn holding_quotation(attributions: &[Attribution], i: usize) -> Option<usize> {
    let mention = attributions[i].source.as_ref()?;
    let holds = |r: &Range<usize>| r.start <= mention.start && mention.end <= r.end;
    let near = i.saturating_sub(QUOTATION_WINDOW);
    let far = attributions.len().min(i + QUOTATION_WINDOW);
    let found = attributions[near..far].iter().position(|outer| {
        matches!(outer.kind, ClaimKind::DirectQuote | ClaimKind::PartialQuote)
            && outer.source.as_ref() != Some(mention)
            && (holds(&outer.content) && outer.parts.is_empty() || outer.parts.iter().any(holds))
    });
    found.map(|j| near + j)
}

/// Builds the analysis of a document from its attributions.
pub fn assemble(doc: &Document, attributions: &[Attribution]) -> Analysis {
    let index = OffsetIndex::new(doc.text);
    let span = |r: &Range<usize>| index.span(doc.tokens[r.start].start, doc.tokens[r.end - 1].end);

    // Resolve sources in the order their mentions appear, for pronoun recency.
    let mut resolver = Resolver::new(doc);
    // Each attribution's source entity, by attribution.
    let mut entity_of: Vec<Option<usize>> = vec![None; attributions.len()];
    let mut order: Vec<usize> = (0..attributions.len()).collect();
    sort_by_position(&mut order, &|&i| {
        let at = attributions[i]
            .source
            .as_ref()
            .map_or(attributions[i].cue.start, |s| s.start);
        (at, 0)
    });
    // Each claim's source's quotation, if it stands in another's.
    let holder: Vec<Option<usize>> = (0..attributions.len())
        .map(|i| holding_quotation(attributions, i))
        .collect();
    // `“I think …,” she said`: a speaker's own frame in a quotation is that
    // speaker's, known only once the quotation's source is resolved.
    let speaker_of: Vec<Option<usize>> = (0..attributions.len())
        .map(|i| holder[i].filter(|_| first_person_source(doc, &attributions[i])))
        .collect();
    for (n, &i) in order.iter().enumerate() {
        let Some(mention) = &attributions[i].source else {
            continue;
        };
        if speaker_of[i].is_some() {
            continue;
        }
        // One mention framing several claims is resolved once: the same
        // mentions stand together in this order.
        let mention_of = |j: usize| attributions[j].source.as_ref();
        let earlier = order[..n]
            .iter()
            .rev()
            .take_while(|&&j| mention_of(j).is_some_and(|m| m.start == mention.start))
            .find(|&&j| mention_of(j) == Some(mention))
            .and_then(|&j| entity_of[j]);
        // (A source inside another's quotation is no antecedent for a
        // pronoun outside it.)
        resolver.spoken = attributions[i].content.clone();
        entity_of[i] = Some(earlier.unwrap_or_else(|| {
            if holder[i].is_some() {
                resolver.resolve_aside(mention.clone())
            } else {
                resolver.resolve(mention.clone())
            }
        }));
    }
    // (A speaker's own frame in a quotation is resolved with no content
    // spoken of: the last one's would be another claim's.)
    resolver.spoken = 0..0;
    for (i, outer) in speaker_of.iter().enumerate() {
        let (Some(outer), Some(mention)) = (outer, &attributions[i].source) else {
            continue;
        };
        entity_of[i] = Some(match entity_of[*outer] {
            Some(e) => {
                resolver.mention(e, mention.clone());
                e
            }
            None => resolver.resolve(mention.clone()),
        });
    }
    // Agentless attributions share one unnamed source.
    let entities = &resolver.entities;
    let mut used: Vec<usize> = Vec::new();
    let mut is_used = vec![false; entities.len()];
    let mut use_entity = |e: usize, used: &mut Vec<usize>| {
        if !is_used[e] {
            is_used[e] = true;
            used.push(e);
        }
    };
    for &e in entity_of.iter().flatten() {
        use_entity(e, &mut used);
        for &m in &entities[e].members {
            use_entity(m, &mut used);
        }
    }
    sort_by_position(&mut used, &|&e| {
        let first = entities[e].mentions.iter().map(|m| m.start).min();
        (first.unwrap_or(usize::MAX), 0)
    });
    // Source ids by entity: `s1`, `s2`, … in order of first mention.
    let mut id_of: Vec<Option<String>> = vec![None; entities.len()];
    for (n, &e) in used.iter().enumerate() {
        id_of[e] = Some(format!("s{}", n + 1));
    }
    let mut sources: Vec<Source> = used
        .iter()
        .map(|&e| {
            let entity = &entities[e];
            let mut mentions: Vec<Range<usize>> = entity.mentions.clone();
            sort_spans(&mut mentions);
            mentions.dedup();
            Source {
                id: id_of[e].clone().unwrap_or_default(),
                name: entity.description.name.clone(),
                role: entity.description.role.clone(),
                affiliation: entity.description.affiliation.clone(),
                kind: entity.description.kind,
                members: entity
                    .members
                    .iter()
                    .filter_map(|&m| id_of[m].clone())
                    .collect(),
                mentions: mentions.iter().map(span).collect(),
            }
        })
        .collect();

    let mut claims: Vec<Claim> = Vec::new();
    let mut unnamed: Option<String> = None;
    for (a, entity) in attributions.iter().zip(&entity_of) {
        let source = match entity {
            Some(e) => id_of[*e].clone(),
            None => Some(unnamed_source(&mut sources, &mut unnamed)),
        };
        let frame = frame_range(doc, a);
        let framed = a.continues.is_none()
            || doc.sentence_of(a.cue.start) == doc.sentence_of(a.content.start);
        // A split quotation's hedges are its pieces', not its inner frame's.
        let mut hedge_spans: Vec<Range<usize>> = if a.parts.is_empty() {
            hedges(doc, a.content.clone())
        } else {
            a.parts
                .iter()
                .flat_map(|p| hedges(doc, p.clone()))
                .collect()
        };
        // Hedges in the frame itself: `reportedly said`, `allegedly told`.
        if frame.start < a.content.start {
            hedge_spans.extend(hedges(doc, frame.start..a.content.start));
        }
        if a.content.end < frame.end {
            hedge_spans.extend(hedges(doc, a.content.end..frame.end));
        }
        sort_spans(&mut hedge_spans);
        claims.push(Claim {
            id: String::new(),
            kind: a.kind,
            content: Content {
                parts: a.parts.iter().map(span).collect(),
                ..span(&a.content).into()
            },
            // A continued quotation has no frame of its own: its source is
            // the one it continues, named in that claim's frame, unless that
            // frame is in its own sentence (`X told Sky News: “…”`).
            cue: framed.then(|| span(&a.cue)),
            source,
            source_mention: a.source.as_ref().filter(|_| framed).map(span),
            stance: stance(doc, a.stance, &a.cue, &a.content),
            hedges: hedge_spans.iter().map(span).collect(),
        });
    }
    for range in unattributed(doc, attributions) {
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Unattributed,
            content: span(&range).into(),
            cue: None,
            source: None,
            source_mention: None,
            stance: None,
            hedges: hedges(doc, range).iter().map(span).collect(),
        });
    }
    // (An outer content before one nested in it.)
    sort_by_position(&mut claims, &|c| {
        (c.content.start, usize::MAX - c.content.end)
    });
    for (n, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{}", n + 1);
    }
    Analysis {
        version: CONTRACT_VERSION,
        claims,
        sources,
    }
}

/// The one source standing for agentless passives (`it is understood that`).
fn unnamed_source(sources: &mut Vec<Source>, id: &mut Option<String>) -> String {
    id.get_or_insert_with(|| {
        let id = format!("s{}", sources.len() + 1);
        sources.push(Source {
            id: id.clone(),
            name: "unnamed".to_owned(),
            role: None,
            affiliation: None,
            kind: crate::model::SourceKind::Anonymous,
            members: Vec::new(),
            mentions: Vec::new(),
        });
        id
    })
    .clone()
}

/// The tokens an attribution occupies: its cue and content (for a split
/// quotation, the hull, so the frame between its pieces is covered and never
/// left over as the writer's voice), and its source mention where that
/// stands next to them (not the distant subject of a
/// participle: `Kim sent a message, highlighting …`).
fn frame_range(doc: &Document, a: &Attribution) -> Range<usize> {
    let mut start = a.cue.start.min(a.content.start);
    let mut end = a.cue.end.max(a.content.end);
    if let Some(s) = &a.source {
        let gap = if s.end <= start {
            start - s.end
        } else {
            s.start.saturating_sub(end)
        };
        // `The minister, speaking to reporters, said`, `Sanders, for his
        // part, has insisted`: an insert between commas (before auxiliaries).
        let mut before_cue = start;
        while before_cue > s.end + 1
            && doc.token_is(
                before_cue - 1,
                Flags::AUX | Flags::MODAL | Flags::NEG | Flags::ADV,
            )
        {
            before_cue -= 1;
        }
        // (The comma may close a title's quotation: `on “State of the Union,”`.)
        let closing_comma = |k: usize| doc.is_punct(k, ',') || doc.comma_then_quote(k);
        // (`…, on Tuesday accused`: a time adjunct after it.)
        let timed = (before_cue.saturating_sub(3)..before_cue)
            .any(|k| doc.token_is(k, Flags::TIME))
            && (before_cue.saturating_sub(4).max(s.end + 1)..before_cue.saturating_sub(1))
                .any(|k| closing_comma(k) && (k + 1..before_cue).all(|j| doc.is_word(j)));
        let insert = s.end + 1 < before_cue
            && doc.is_punct(s.end, ',')
            && (closing_comma(before_cue - 1) || timed)
            && gap <= 24;
        if (gap <= 4 || insert) && a.continues.is_none() {
            start = start.min(s.start);
            end = end.max(s.end);
        }
    }
    start..end
}

/// Stretches of sentences no attribution covers: the writer's own voice.
fn unattributed(doc: &Document, attributions: &[Attribution]) -> Vec<Range<usize>> {
    let mut covered = vec![false; doc.tokens.len()];
    for a in attributions {
        for slot in &mut covered[frame_range(doc, a)] {
            *slot = true;
        }
    }
    let mut found = Vec::new();
    for sentence in &doc.sentences {
        let range = sentence.tokens.clone();
        let any_covered = covered[range.clone()].iter().any(|&c| c);
        if !any_covered {
            let trimmed = trim(doc, range, false);
            if !trimmed.is_empty() {
                found.push(trimmed);
            }
            continue;
        }
        let mut k = range.start;
        while k < range.end {
            if covered[k] {
                k += 1;
                continue;
            }
            let start = k;
            while k < range.end && !covered[k] {
                k += 1;
            }
            let run = trim(doc, start..k, true);
            let words = run.clone().filter(|&j| doc.is_word(j)).count();
            // Right after a frame's cue: `… told lawmakers on Wednesday`.
            let after_frame = start > range.start && covered[start - 1];
            // `Speaking to reporters in Des Moines, Cruz said`: a participle
            // opening the sentence sets the scene of the frame after it.
            let opens_frame = k < range.end
                && run.start == range.start
                && doc.tokens.get(run.end).is_some_and(|t| t.is_punct(','))
                && run.end + 1 == k
                && is_participle(doc, run.start);
            if words >= MIN_UNATTRIBUTED_WORDS
                && !opens_frame
                && !is_frame_adjunct(doc, &run, after_frame)
            {
                found.push(run);
            }
        }
    }
    found
}

/// A leftover that only sets the scene of an attribution (`In an interview
/// with the BBC`, `in a statement`, `lawmakers on Wednesday` after `told`):
/// a prepositional phrase, or a phrase right after a frame, with no verb.
fn is_frame_adjunct(doc: &Document, run: &Range<usize>, after_frame: bool) -> bool {
    let starts_with_preposition = doc.tokens.get(run.start).is_some_and(|t| t.is(Flags::PREP));
    // (`by telephone`, `in a call`: a verb's word after a preposition or a
    // determiner is a noun.)
    let has_verb = run.clone().any(|j| {
        let t = &doc.tokens[j];
        // (Not `to`'s infinitive: `left workers to find taxis`.)
        let after_noun_opener = j > run.start
            && doc.token_is(j - 1, Flags::PREP | Flags::DET | Flags::POSS)
            && !doc.norm_is(j - 1, "to");
        // (`In a statement released on Thursday`, `In a post titled …`:
        // in a prepositional phrase, a participle after its noun.)
        // (Not a clause's verb after its subject: `On Wednesday the group
        // filed`, `In earlier studies, most patients regained`.)
        // (Nor after a count's `about`: `about 150 students rallied`.)
        let participle_of_noun = starts_with_preposition
            && !doc.norm_in(run.start, words!["about", "around", "over", "under"])
            && j > run.start + 1
            && doc.norm_ends_with(j, "ed")
            && doc.is_plain_word(j - 1)
            && !doc.token_is(j - 1, Flags::PRON | Flags::AUX | Flags::MODAL | Flags::ADV)
            && (run.start + 1..j).all(|k| {
                let second_phrase = k > run.start + 1
                    && doc.token_is(k, Flags::DET | Flags::POSS)
                    && !doc.token_is(k - 1, Flags::PREP | Flags::CONJ);
                !(doc.is_punct(k, ',') || second_phrase)
            });
        !participle_of_noun
            && (t.is(Flags::AUX | Flags::MODAL | Flags::NEG)
                || t.info.is_some_and(|i| i.verb.is_some()) && !after_noun_opener
                || !t.capitalized && doc.norm_ends_with(j, "ed"))
    });
    (starts_with_preposition || after_frame) && !has_verb
}

/// `Speaking`, `Asked`: a word that opens a participial clause.
fn is_participle(doc: &Document, k: usize) -> bool {
    let word = doc.norm(k);
    doc.is_plain_word(k)
        && !doc.token_is(k, Flags::PREP | Flags::CONJ | Flags::SUB)
        && (word.ends_with("ing") || word.ends_with("ed"))
        && word.len() > 4
}

/// Trims punctuation from both ends, and for a leftover stretch also the
/// connectives that tie it to the attribution (`While`, `and`, `as`).
fn trim(doc: &Document, range: Range<usize>, connectives: bool) -> Range<usize> {
    let (mut start, mut end) = (range.start, range.end);
    let is_edge = |k: usize| {
        let t = &doc.tokens[k];
        matches!(t.kind, TokenKind::Punct(_)) || connectives && t.is(Flags::CONJ | Flags::SUB)
    };
    while start < end && (is_edge(start) && !doc.is_quote(start)) {
        start += 1;
    }
    while end > start && is_edge(end - 1) {
        end -= 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::linking::link;
    use crate::quotes::find_quotes;

    /// Every sentence with a word in it overlaps some claim's content, cue or
    /// source mention: each sentence belongs to at least one claim.
    fn every_sentence_belongs_to_a_claim(text: &str) {
        let doc = Document::new(text);
        let quotes = find_quotes(&doc);
        let attributions = link(&doc, &quotes);
        let analysis = assemble(&doc, &attributions);
        let index = OffsetIndex::new(text);
        let spans: Vec<(usize, usize)> = analysis
            .claims
            .iter()
            .flat_map(|c| {
                let content = Some((c.content.start, c.content.end));
                let span = |s: &Option<crate::model::Span>| s.as_ref().map(|s| (s.start, s.end));
                [content, span(&c.cue), span(&c.source_mention)]
            })
            .flatten()
            .collect();
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            if !range.clone().any(|k| doc.tokens[k].is_word()) {
                continue;
            }
            let start = index.char_offset(doc.tokens[range.start].start);
            let end = index.char_offset(doc.tokens[range.end - 1].end);
            assert!(
                spans.iter().any(|&(s, e)| s < end && start < e),
                "no claim covers {:?}",
                doc.slice(range)
            );
        }
    }

    #[test]
    fn a_writers_clause_after_a_frame_stays_the_writers() {
        // (`to find`: an infinitive's verb, no noun after a preposition.)
        let text = "Trams will run again, the authority said on Tuesday, ending a pause that \
                    left workers to find taxis.";
        let doc = Document::new(text);
        let attributions = link(&doc, &find_quotes(&doc));
        assert_eq!(unattributed(&doc, &attributions).len(), 1, "{text}");
    }

    #[test]
    fn scene_setting_before_a_frame_is_no_claim_of_the_writer() {
        for text in [
            "Speaking to reporters in Des Moines, Cruz said he would stay in the race.",
            "Sanders, for his part, has insisted that he will fight on to the convention.",
            "Conway, appearing on “State of the Union,” insisted that the race was close.",
            "Rep. Gil Lucero, whose district covers the border, on Tuesday said he liked it.",
            // (A verb's word as a noun after a preposition or determiner.)
            "In a post on X, Cruz said he would stay in the race.",
            "“We are worried,” he told Wikinews by telephone after the hearing.",
            // (A participle on the phrase's noun.)
            "In a statement released on Thursday evening, the agency said the ward was shut.",
        ] {
            let doc = Document::new(text);
            let attributions = link(&doc, &find_quotes(&doc));
            assert!(unattributed(&doc, &attributions).is_empty(), "{text}");
        }
        // (But a clause of the writer's after its opening phrase stays one.)
        for (text, adjunct) in [
            ("In a statement released on Thursday evening", true),
            ("On Wednesday the group filed a complaint", false),
            (
                "In earlier studies, most patients regained the weight",
                false,
            ),
            ("About 150 students rallied outside", false),
        ] {
            let doc = Document::new(text);
            let run = 0..doc.tokens.len();
            assert_eq!(is_frame_adjunct(&doc, &run, false), adjunct, "{text}");
        }
    }

    #[test]
    fn sentences_of_the_gold_passages_all_belong_to_claims() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).expect("tests/fixtures") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                every_sentence_belongs_to_a_claim(&std::fs::read_to_string(&path).expect("UTF-8"));
                checked += 1;
            }
        }
        assert!(checked >= 40, "only {checked} fixtures");
    }

    #[test]
    fn a_speakers_own_frame_in_a_quotation_is_the_speakers() {
        let text =
            "Ann Lowe spoke first. “It's a bad bill,” said Tom Hale. “I think voters know it.”";
        let doc = Document::new(text);
        let analysis = assemble(&doc, &link(&doc, &find_quotes(&doc)));
        assert_eq!(
            source_named_by(&analysis, "think").as_deref(),
            Some("Tom Hale")
        );
    }

    /// The name of the source of the claim whose cue is `cue`.
    fn source_named_by(analysis: &Analysis, cue: &str) -> Option<String> {
        let claim = analysis
            .claims
            .iter()
            .find(|c| c.cue.as_ref().is_some_and(|c| c.text == cue))
            .expect(cue);
        analysis
            .sources
            .iter()
            .find(|s| Some(&s.id) == claim.source.as_ref())
            .map(|s| s.name.clone())
    }

    #[test]
    fn a_source_inside_a_quotation_takes_no_pronoun_after_it() {
        let text = "Maribel Torres works nights. “My manager says if this passes, they’ll cut \
                    my hours,” she said.";
        let analysis = crate::analyze(text);
        let name_of = |cue: &str| source_named_by(&analysis, cue);
        assert_eq!(name_of("says").as_deref(), Some("My manager"));
        assert_eq!(name_of("said").as_deref(), Some("Maribel Torres"));
    }

    #[test]
    fn a_name_the_article_stops_to_describe_takes_the_next_pronoun() {
        let text = "Spokesman Kyle Ventner said the trips were legal. \
                    The filings land at an awkward moment for Bradley Stroud, a three-term \
                    congressman. He has argued that aid should be cut.";
        let analysis = crate::analyze(text);
        assert_eq!(
            source_named_by(&analysis, "argued").as_deref(),
            Some("Bradley Stroud")
        );
    }

    #[test]
    fn a_person_named_in_a_quotation_is_not_its_speaker() {
        // (But a possessive's owner may be spoken of: `according to her office`.)
        let text = "For Dana Kell, a local history tutor, Bruno Sayer was a hero. He said, \
                    “Sayer built this town.” Mara Voss has vetoed 12 bills, according to her office.";
        let analysis = crate::analyze(text);
        let name_of = |cue: &str| source_named_by(&analysis, cue);
        assert_eq!(name_of("said").as_deref(), Some("Dana Kell"));
        assert_eq!(
            name_of("according to").as_deref(),
            Some("Mara Voss's office")
        );
    }

    #[test]
    fn a_topic_set_before_the_sentence_takes_the_next_pronoun() {
        // (Not the speaker before, of no known gender; and not the deputy
        // her quotation speaks of, by her first name.)
        let text = "Joaquim Serrano said the river rose fast. For Ana Pereira, a baker, it was \
                    the worst night of her life. She told reporters she had lost everything. \
                    Pereira's deputy, Lena Ruiz, stayed in the shop. “Lena kept us calm,” she said.";
        let analysis = crate::analyze(text);
        let name_of = |cue: &str| source_named_by(&analysis, cue);
        assert_eq!(name_of("told").as_deref(), Some("Ana Pereira"));
        let source_of = |words: &str| {
            let claim = analysis
                .claims
                .iter()
                .find(|c| c.content.text.contains(words));
            claim.and_then(|c| c.source.clone())
        };
        assert_eq!(source_of("calm"), source_of("lost everything"));
    }

    #[test]
    fn a_nationality_alone_characterizes_the_source_just_quoted() {
        // (Even after the source's quotation runs over a paragraph; `The
        // Australian` that opens a sentence is one too.)
        let text = "“We lost,” manager Neil Hartigan told reporters. “We were the better side. \
                    We threw it away.\n\nThat is on all of us.”\n\nThe Scot said he had no \
                    complaints. Asked about the delay, Anders Holm said the firm acted quickly. \
                    “We would rather be right than fast,” the Swede said.";
        let analysis = crate::analyze(text);
        let name_of = |cue: &str| source_named_by(&analysis, cue);
        assert_eq!(name_of("said").as_deref(), Some("Neil Hartigan"));
        let swede = analysis
            .claims
            .iter()
            .find(|c| c.content.text.contains("fast"));
        let holm = analysis
            .claims
            .iter()
            .find(|c| c.content.text.contains("quickly"));
        assert_eq!(swede.unwrap().source, holm.unwrap().source);
    }

    #[test]
    fn a_mention_belongs_to_one_source() {
        // `Ruiz` resolves to Ana Ruiza by a looser match than a name's; the
        // pronoun after it once made a second source of the same mention.
        let text = "\" Ana Ruiz 」 Ana Ruiza leaked memo NHK and Vedomosti deniedsaid, Ruiz \
                    reports suggest said, he said , “ ";
        let analysis = crate::analyze(text);
        let mut mentions: Vec<(usize, usize)> = analysis
            .sources
            .iter()
            .flat_map(|s| s.mentions.iter().map(|m| (m.start, m.end)))
            .collect();
        let all = mentions.len();
        mentions.sort_unstable();
        mentions.dedup();
        assert_eq!(mentions.len(), all, "{:?}", analysis.sources);
    }

    #[test]
    fn a_quotation_after_its_frames_colon_shares_the_frame() {
        let text = "Mayor Ruth Engel told reporters the plan \"must be fair\": \"We will not cut \
                    the buses.\" \"Nobody will be left behind.\"";
        let doc = Document::new(text);
        let analysis = assemble(&doc, &link(&doc, &find_quotes(&doc)));
        let frame_of = |words: &str| {
            let claim = analysis
                .claims
                .iter()
                .find(|c| c.content.text.contains(words))
                .expect("a claim");
            let text = |s: &Option<crate::model::Span>| s.as_ref().map(|s| s.text.clone());
            (text(&claim.cue), text(&claim.source_mention))
        };
        let told = (Some("told".to_owned()), Some("Mayor Ruth Engel".to_owned()));
        assert_eq!(frame_of("cut the buses"), told);
        // The next sentence goes on with the speaker but has no frame.
        assert_eq!(frame_of("left behind"), (None, None));
    }

    #[test]
    fn a_byline_and_a_headline_are_claims_too() {
        every_sentence_belongs_to_a_claim(
            "Port strike enters second week\nBy Helen Marsh\nThe port said 40 ships were waiting.",
        );
    }
}
