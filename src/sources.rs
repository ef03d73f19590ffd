//! Sources: reads each source noun phrase the linker found (name, role,
//! affiliation, kind; groups split into members; `reports from X` read as X)
//! and resolves them across the article, so that `Kremlin spokesman Dmitry
//! Peskov`, `Peskov`, `the spokesman` and `he` become one source with every
//! mention linked to it. Besides the sources, it reads the people and
//! institutions the article names outside any frame (`Maria Santos, the
//! city's chief engineer, …`; `the operator Northline Ferries`), because a
//! later `she said` or `the company said` may refer to them; pronouns and
//! anaphors look back over a bounded window of recent names, so resolution
//! stays linear.
//!
//! A possessive short reference names what the article named before it:
//! `Ana Ruiz, the authority's director` works for the latest authority (`Port
//! Alder Transit Authority`), and `the mayor's office` is affiliated with the
//! person the article names as mayor (`Elena Marsh`, even when named just
//! after), since a reader asks whose office it is; with no such name the
//! reference stays as written (`authority`, `mayor`). Plurals (`the
//! scientists`, `both candidates`), acronyms the article spells out, a
//! surname misspelt by a letter and `he`/`she` by gender (honorifics, roles,
//! first names, earlier pronouns) resolve here too.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::lexicon::{lexicon, Flags, Gender, PhraseKind, POLLED_SHARES, SUBJECT_PRONOUNS};
use crate::model::SourceKind;
use crate::segment::{Document, QuoteMark, TokenKind};
use crate::text::{find_substring, has_char, in_single_s, lowercase, Keyed, Words};

/// What one mention says of its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    pub kind: SourceKind,
    /// The name as the mention gives it (`Dmitry Peskov`, `officials`).
    pub name: String,
    /// Lowercase words of a proper name, for matching short forms.
    pub name_words: Vec<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub gender: Gender,
    pub pronoun: Option<Pronoun>,
    /// For a group: the token ranges of its members.
    pub members: Vec<Range<usize>>,
    /// The tokens of the mention that name the source (for `reports from
    /// NHK`, the `NHK` part).
    pub focus: Range<usize>,
    /// The tokens of a common-noun possessor that gave the affiliation (`the
    /// authority's director`: `authority`), for resolution to name.
    pub possessor: Option<Range<usize>>,
}

/// A pronoun used as a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    /// `I`, `we`, `you`: the speaker of a quote; resolved like `he`/`she`.
    Speaker,
    /// `Several said`, `Many said`: some of the people named just before
    /// (`Dozens of parents came. Several said …`), or unnamed people.
    Partitive,
}

impl Pronoun {
    /// The gender the pronoun tells: `he`'s and `she`'s only.
    fn gender(self) -> Gender {
        match self {
            Pronoun::He => Gender::Male,
            Pronoun::She => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// A resolved source under construction.
#[derive(Debug, Clone)]
pub struct Entity {
    pub description: Description,
    /// Token ranges of its mentions.
    pub mentions: Vec<Range<usize>>,
    /// For a group: entity indices of its members.
    pub members: Vec<usize>,
    /// Token index of its latest mention, for recency.
    last_seen: usize,
}

/// Resolves source mentions across one article.
pub struct Resolver<'d, 'a> {
    doc: &'d Document<'a>,
    pub entities: Vec<Entity>,
    /// Proper names of people anywhere in the text (not only sources), by
    /// position: a pronoun may refer to a person introduced without a frame.
    people: Vec<(usize, Range<usize>)>,
    /// Institutions named anywhere in the text, by position.
    institutions: Vec<(usize, Range<usize>, SourceKind)>,
    /// Full names by the lowercase acronym the article defines for them:
    /// `kcna` for `Korean Central News Agency (KCNA)`.
    acronyms: Vec<(String, Range<usize>)>,
    /// Bodies of people introduced without a frame (`a research team from
    /// …`), by position, for a later `the scientists`.
    collectives: Vec<(usize, Range<usize>)>,
    /// Populations a poll is said to survey (`a survey of 1,612 likely
    /// voters`, `38 percent of registered voters`), by position, for a later
    /// bare share (`61 percent`, `41 percent of respondents`).
    populations: Vec<(usize, Range<usize>)>,
    /// Entities by lowercase canonical name.
    by_name: HashMap<String, usize>,
    /// People by each lowercase word of their names (`peskov` → Dmitry Peskov).
    by_word: Keyed<Vec<usize>>,
    /// The latest entities mentioned, most recent last: pronouns and
    /// anaphors (`he`, `the company`) look back this far and no further,
    /// which keeps resolution linear in the article's length.
    recent: Vec<usize>,
    /// By a mention's first token, the entity first given a mention there
    /// (its index + 1; 0 for none): a mention belongs to one source.
    owner: Vec<usize>,
    /// The content framed by the mention being resolved: a person it names
    /// is spoken of there, not speaking (`He said, “Warhol was …”`).
    pub spoken: Range<usize>,
}

/// How many recently mentioned sources a pronoun or anaphor may refer to.
const RECENT: usize = 48;
/// How many acronym definitions an article keeps.
const MAX_ACRONYMS: usize = 32;
/// How many people named without a frame a surname may look back over.
const NAMED_LOOKBACK: usize = 200;

/// Adjectives that follow an unnamed source's noun: `officials familiar with
/// the talks`, `a GOP aide close to leadership`.
const POSTMODIFYING_ADJECTIVES: Words =
    words!["familiar", "close", "knowledgeable", "briefed", "involved"];

/// The articles, which a name's words do not include.
const ARTICLES: Words = words!["the", "a", "an"];

/// The first token in `range` that is no article.
fn past_articles(doc: &Document, range: Range<usize>) -> Option<usize> {
    range.into_iter().find(|&j| !doc.norm_in(j, ARTICLES))
}

impl<'d, 'a> Resolver<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        Resolver {
            doc,
            entities: Vec::new(),
            people: person_names(doc),
            institutions: institution_names(doc),
            acronyms: acronym_definitions(doc),
            collectives: collective_phrases(doc),
            populations: polled_populations(doc),
            by_name: HashMap::default(),
            by_word: Keyed::default(),
            recent: Vec::new(),
            owner: vec![0; doc.tokens.len()],
            spoken: 0..0,
        }
    }

    /// Resolves one mention to an entity index, creating entities as needed.
    pub fn resolve(&mut self, mention: Range<usize>) -> usize {
        let mut description = describe(self.doc, mention.clone());
        let at = mention.start;
        // `the Afghan team's coach, Alireza Mehraban,`: the name right after the mention.
        if matches!(
            description.kind,
            SourceKind::Person
                | SourceKind::Anonymous
                | SourceKind::Organization
                | SourceKind::Government
        ) {
            if let Some(named) = self.name_after(&description, mention.clone()) {
                description = named;
            }
        }
        // `A federal judge on Tuesday blocked …` before `U.S. District Judge
        // Helen Marquardt granted …`: a lead's indefinite role, named by
        // that role in the next sentences.
        // (Not `A company spokesman` before another body's spokesman: a
        // role that names whose it is.)
        if description.kind == SourceKind::Anonymous
            && description.name_words.is_empty()
            && description.affiliation.is_none()
            && self.doc.norm_in(at, words!["a", "an"])
            && !mention.clone().any(|k| {
                self.doc.token_is(
                    k,
                    Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::PLACE | Flags::DEMONYM,
                )
            })
        {
            let head = head_word(&description.name);
            // (The names after it, as `headline_role` reads them: a window,
            // not the article's every name for every such mention.)
            let after = named_before(&self.people, mention.end + 1);
            let named = self.people[after..(after + NAMED_LOOKBACK).min(self.people.len())]
                .iter()
                .take_while(|(start, _)| self.sentences_apart(at, *start) <= 2)
                // (`a key Republican senator` for `Sen. Helen Marsh`: or
                // the role's title.)
                .find(|(_, name)| {
                    let title = self.doc.norm(name.start - 1);
                    title == head || lexicon().title_stands_for(title, &head)
                });
            if let Some((_, name)) = named {
                description = describe(self.doc, name.start - 1..name.end);
            }
        }
        if let Some(owner) = description.possessor.clone() {
            if let Some(name) = self.possessor_named(owner, at) {
                description.affiliation = Some(name);
            }
        }
        // `KCNA` after `Korean Central News Agency (KCNA)`: the name spelled
        // out; `the EPA` and `the U.S. Environmental Protection Agency`: an
        // institution named near it whose last words' initials spell it.
        let acronym = match description.name_words.as_slice() {
            [word] if !description.name.chars().any(char::is_lowercase) => self
                .acronyms
                .iter()
                .find(|(acronym, _)| acronym == word)
                .map(|(_, full)| full)
                .or_else(|| {
                    self.institutions_around(at, NAMED_LOOKBACK)
                        .iter()
                        .map(|(_, name, _)| name)
                        .find(|name| initials_end_in(self.doc, name, word))
                })
                .cloned(),
            _ => None,
        };
        if let Some(full) = acronym {
            let full = describe(self.doc, full);
            if !full.name_words.is_empty() && full.members.is_empty() {
                description.name = full.name;
                description.name_words = full.name_words;
                description.kind = match full.kind {
                    SourceKind::Person => SourceKind::Organization,
                    kind => kind,
                };
            }
        }
        // `Another analyst`, `One analyst said …. Another said …`: one more,
        // never the one named before; alone, another of the kind just quoted.
        if self.doc.norm_is(at, "another") {
            if mention.len() == 1 {
                let quoted = self.recent.iter().rev().find(|&&e| {
                    self.one_unnamed_person(&self.entities[e])
                        && self.sentences_apart(self.entities[e].last_seen, at) <= 2
                });
                if let Some(&e) = quoted {
                    description.name = format!("another {}", self.entities[e].description.name);
                }
            } else if description.kind == SourceKind::Person && description.name_words.is_empty() {
                description.kind = SourceKind::Anonymous;
            }
            return self.add(description, mention, Vec::new());
        }
        if let Some(name) = self.owned_by_person(&description, mention.clone()) {
            description.name = name;
            description.name_words = Vec::new();
            return self.entity_of(description, mention);
        }
        // (`41 percent of respondents`: those the poll surveyed.)
        let respondents = self.doc.norm_in(mention.end - 1, words!["respondents", "surveyed", "polled"])
            // (Not `several respondents`: some of them, not all.)
            && (mention.len() == 1 || mention.clone().any(|k| self.doc.percent_at(k)));
        if respondents {
            description.pronoun = Some(Pronoun::Partitive);
        }
        if let Some(pronoun) = description.pronoun {
            // (`Independents are split: 41 percent say …`: a share of the
            // people named since the last fitting source; `Several` only of
            // people in the sentence before, a share of a poll's long before.)
            let mut antecedent = self.antecedent(pronoun, at);
            if pronoun == Pronoun::Partitive {
                let start = self.latest_population(at).map_or(0, |(start, _)| *start);
                if antecedent
                    .is_none_or(|e| start >= self.entities[e].mentions.last().map_or(0, |m| m.end))
                    && (respondents || self.sentences_apart(start, at) <= 1)
                {
                    antecedent = self.population_before(at).or(antecedent);
                }
            }
            // (`Two nurses spoke to Wikinews. One of them said …`: one of
            // the group, a person of their own whom a later `she` names.)
            let one_of = pronoun == Pronoun::They && one_of_a_group(self.doc, &mention);
            if let Some(group) = antecedent.filter(|_| one_of) {
                description.name = format!("one of the {}", self.entities[group].description.name);
                description.kind = SourceKind::Anonymous;
                return self.add(description, mention, Vec::new());
            }
            if let Some(e) = antecedent {
                // `she` tells the source's gender for the pronouns that follow.
                let gender = &mut self.entities[e].description.gender;
                if *gender == Gender::Unknown {
                    *gender = pronoun.gender();
                }
                self.mention(e, mention);
                return e;
            }
            return self.add(description, mention, Vec::new());
        }
        if !description.members.is_empty() {
            let members: Vec<usize> = description
                .members
                .clone()
                .into_iter()
                .map(|m| self.resolve(m))
                .collect();
            let same_group = self
                .recent
                .iter()
                .copied()
                .find(|&e| self.entities[e].members == members);
            if let Some(e) = same_group {
                self.mention(e, mention);
                return e;
            }
            description.name = group_name(&self.entities, &members, &description.name);
            return self.add(description, mention, members);
        }
        // `The scientists`, `both candidates`: the plural source named before.
        if let Some(e) = self.plural_antecedent(&description, mention.clone()) {
            self.mention(e, mention);
            return e;
        }
        // (`Neither club`, `each company`: no one body.)
        let distributive = self.doc.norm_in(
            mention.start,
            words!["neither", "either", "each", "every", "no"],
        );
        if is_bare_anaphor(&description) && !distributive {
            // The nearer of: the latest such source, the latest such name in the text.
            let source = self.same_entity(&description);
            let seen = source.map_or(0, |e| self.entities[e].last_seen);
            let head = anaphor_head(&description);
            // (`the bank` names the Federal Reserve Bank of Dallas, a
            // government body, by its own head.)
            let heads = |range: &Range<usize>| {
                heads_the_name(
                    &head,
                    &range.clone().map(|k| self.doc.norm(k)).collect::<Vec<_>>(),
                )
            };
            let fits_named = |range: Range<usize>, kind: SourceKind| {
                // (`In a post on the messaging service Telegram, the group
                // said`: where it was said, not who.)
                if self.named_as_medium(&range, at) {
                    return false;
                }
                // (`the newspaper` for the Selna Courier a source told
                // something: a paper's name ends in a masthead's word.)
                // (`the newspaper` after `The Guardian`: an outlet the tables
                // know, of any length.)
                if kind == description.kind {
                    self.fits_anaphor(&head, range.clone())
                        || words!["newspaper", "paper", "daily", "weekly", "tabloid"].has(&head)
                            && (past_articles(self.doc, range.clone())
                                .is_some_and(|first| range.end - first >= 2)
                                && self.doc.token_is(range.end - 1, Flags::OUTLET)
                                || range.clone().any(|k| {
                                    self.doc
                                        .phrase_at(k, range.end, &|p| p == PhraseKind::Outlet)
                                        .is_some()
                                }))
                } else {
                    // (`the agency` for the Korean Central News Agency.)
                    (bodies_of_one_kind(kind, description.kind) || kind == SourceKind::Media)
                        && heads(&range)
                }
            };
            // (A name the noun heads outranks one of its kin: `the agency`
            // is the Environmental Protection Agency before a grid
            // authority named since.)
            let named = kin_of_anaphor(&head)
                .and_then(|_| {
                    self.latest_institution(at, &|range, kind| {
                        heads(&range) && fits_named(range, kind)
                    })
                })
                .or_else(|| self.latest_institution(at, &fits_named));
            // `WildAid chief executive Peter Knights said …. According to the
            // group, …`: the body the latest speaker speaks for.
            let newest = source
                .map(|e| self.entities[e].last_seen)
                .max(named.as_ref().map(|n| n.0));
            if let Some(body) = self.speakers_body(&description, &head, at, newest) {
                let e = self.entity_of(body, mention.clone());
                self.mention(e, mention);
                return e;
            }
            // (Not a name met only as where a person works, `an analyst
            // with Dean Witter`, when a source fits: it is not the topic;
            // nor a source's name that the source fitting better outranked.)
            if let Some((_, range, _)) = named.filter(|(start, _, _)| {
                source.is_none()
                    || *start > seen
                        && !self.workplace_of_a_person(*start)
                        && !self.doc.cites_an_author_at(*start)
                        && self.owner[*start]
                            .checked_sub(1)
                            .is_none_or(|e| self.entities[e].description.kind == SourceKind::Person)
            }) {
                // The name in the text is a mention of the source too.
                let mut named_description = describe(self.doc, range.clone());
                // (A body's kind as its name tells it: `the bank` that is the
                // Federal Reserve Bank of Dallas is a government body.)
                if !bodies_of_one_kind(named_description.kind, description.kind)
                    && named_description.kind != SourceKind::Media
                {
                    named_description.kind = description.kind;
                }
                let e = self.entity_of(named_description, range);
                self.mention(e, mention);
                return e;
            }
            if source.is_none() {
                if let Some(e) = self.business_by_one_word(&head, at) {
                    self.entities[e].description.kind = SourceKind::Organization;
                    self.mention(e, mention);
                    return e;
                }
                // (`the government` is a state's, not an agency's just named.)
                if let Some(e) = (head != "government")
                    .then(|| self.body_just_named(&description, at))
                    .flatten()
                {
                    self.mention(e, mention);
                    return e;
                }
                if let Some(name) = self.business_opening_sentence(&head, at) {
                    let mut business = describe(self.doc, name.clone());
                    business.kind = SourceKind::Organization;
                    let e = self.entity_of(business, name);
                    self.mention(e, mention);
                    return e;
                }
            }
        }
        if let Some(e) = self.same_entity(&description) {
            self.merge(e, &description);
            self.mention(e, mention);
            return e;
        }
        if let Some(e) = self
            .document_antecedent(&description, &mention)
            .or_else(|| self.unnamed_with_role(&description, &mention))
            .or_else(|| self.epithet_of(&description, &mention))
            .or_else(|| self.titled_antecedent(&description, &mention))
            .or_else(|| self.headline_role(&description, &mention))
            .or_else(|| self.described_person(&description, &mention))
        {
            self.mention(e, mention);
            return e;
        }
        // `Eisai declined …` after `drugmaker Eisai`: a name the article gave an institution.
        if matches!(description.kind, SourceKind::Person | SourceKind::Media)
            && description.role.is_none()
            && !description.name_words.is_empty()
        {
            // The name itself may be the one a descriptor introduced (`the operator
            // Northline Ferries`), so candidates up to the mention's own start count.
            let words = &description.name_words;
            let named = self.latest_institution(at + words.len() + 1, &|range, _| {
                range.len() == words.len() && self.spells(range.start, words)
            });
            // `Kestrel` after `Kestrel Labs`, `Arbor Line` after `Arbor Line
            // Transit Co.`: the first words of a name given before (a paper's
            // last: `the Ledger` after `the Boston Ledger`).
            // (Not the mention itself, which may stand as a name of its own.)
            // (The first so named: `Corvane` after `Corvane Appliances`, not
            // its product `the Corvane Pure 400` named since.)
            let short = named
                .as_ref()
                .is_none_or(|n| n.0 >= at)
                .then(|| {
                    self.institutions_around(at, 0)
                        .iter()
                        .find(|(_, range, kind)| {
                            let first = past_articles(self.doc, range.clone()).unwrap_or(range.end);
                            range.end - first > words.len() && self.spells(first, words)
                                || words.len() == 1
                                    && range.len() >= 2
                                    && *kind == SourceKind::Media
                                    && self.doc.norm(range.end - 1) == words[0]
                        })
                        .cloned()
                })
                .flatten();
            if let Some((_, range, _)) = &short {
                let full = describe(self.doc, range.clone());
                description.name = full.name;
                description.name_words = full.name_words;
            }
            if let Some((_, _, kind)) = short.or(named) {
                description.kind = kind;
                return self.entity_of(description, mention);
            }
        }
        // A surname alone naming a person introduced earlier without a frame,
        // or misspelling one by a letter (`Mauer` for K.C. Maurer).
        if description.name_words.len() == 1 && description.kind != SourceKind::Anonymous {
            let word = &description.name_words[0];
            if description.kind == SourceKind::Person && description.role.is_none() {
                if let Some(e) = self.person_nearly_named(word, at) {
                    self.mention(e, mention);
                    return e;
                }
            }
            let full = self.person_named(word, at, description.gender).or_else(|| {
                (description.kind == SourceKind::Person && description.role.is_none())
                    .then(|| self.named_nearly(word, at))
                    .flatten()
            });
            if let Some(full) = full {
                let full_description = describe_named(self.doc, full);
                description.name = full_description.name;
                description.name_words = full_description.name_words;
                description.kind = SourceKind::Person;
                // (`John Smith … Smith said …. She said`: the first name's
                // gender keeps `she` off him.)
                if description.gender == Gender::Unknown {
                    description.gender = full_description.gender;
                }
                if description.role.is_none() {
                    description.role = full_description.role;
                    description.affiliation =
                        description.affiliation.or(full_description.affiliation);
                }
            }
        }
        self.add(description, mention, Vec::new())
    }

    fn add(
        &mut self,
        description: Description,
        mention: Range<usize>,
        members: Vec<usize>,
    ) -> usize {
        // (A name a frame's source already made another's mention, by a
        // looser match than a description's, stays that entity's: a mention
        // belongs to one source.)
        let held = self.owner[mention.start].checked_sub(1).filter(|&e| {
            self.entities[e]
                .mentions
                .iter()
                .rev()
                .any(|m| *m == mention)
        });
        if let Some(e) = held {
            self.touch(e);
            return e;
        }
        let e = self.entities.len();
        self.own(e, &mention);
        self.entities.push(Entity {
            description,
            last_seen: mention.start,
            mentions: vec![mention],
            members,
        });
        self.index(e);
        self.touch(e);
        e
    }

    /// Files an entity under its name and, for people, each name word.
    fn index(&mut self, e: usize) {
        let entity = &self.entities[e];
        let d = &entity.description;
        if !entity.members.is_empty() || d.pronoun.is_some() {
            return;
        }
        self.by_name.insert(lowercase(&d.name), e);
        // People by every word of their names; institutions by their first,
        // distinctive word (`Northline` for `Northline Ferries`).
        let words: &[String] = match d.kind {
            SourceKind::Person => &d.name_words,
            SourceKind::Organization | SourceKind::Government | SourceKind::Media => {
                &d.name_words[..d.name_words.len().min(1)]
            }
            _ => &[],
        };
        for word in words {
            let list = self.by_word.entry(word);
            if !list.contains(&e) {
                list.push(e);
            }
        }
    }

    /// Resolves a mention inside someone's quotation (`“He says …,” she
    /// said`) without making it the latest source: a pronoun after the
    /// quotation still means its speaker.
    pub fn resolve_aside(&mut self, mention: Range<usize>) -> usize {
        let recent = self.recent.clone();
        let e = self.resolve(mention);
        self.recent = recent;
        e
    }

    /// Marks an entity as the most recently mentioned.
    fn touch(&mut self, e: usize) {
        self.recent.retain(|&r| r != e);
        self.recent.push(e);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// Records another mention of entity `e`.
    pub fn mention(&mut self, e: usize, mention: Range<usize>) {
        let entity = &mut self.entities[e];
        entity.last_seen = entity.last_seen.max(mention.start);
        // Mentions arrive in text order; `claims` sorts and deduplicates.
        if entity.mentions.last() != Some(&mention) {
            self.own(e, &mention);
            self.entities[e].mentions.push(mention);
        }
        self.touch(e);
    }

    fn own(&mut self, e: usize, mention: &Range<usize>) {
        let owner = &mut self.owner[mention.start];
        if *owner == 0 {
            *owner = e + 1;
        }
    }

    fn merge(&mut self, e: usize, d: &Description) {
        let entity = &mut self.entities[e].description;
        if d.name_words.len() > entity.name_words.len() && d.kind == entity.kind {
            entity.name = d.name.clone();
            entity.name_words = d.name_words.clone();
            self.index(e);
        }
        let entity = &mut self.entities[e].description;
        if entity.role.is_none() {
            entity.role = d.role.clone();
        }
        if entity.affiliation.is_none() {
            entity.affiliation = d.affiliation.clone();
        }
        if entity.gender == Gender::Unknown {
            entity.gender = d.gender;
        }
    }

    /// An existing entity this description names again: the same name, a
    /// short form of it (`Peskov`, `Kim`), or its role (`the spokesman`).
    /// `the official said` after `a senior State Department official …`: a
    /// definite role alone names the unnamed source with that role before.
    fn unnamed_with_role(&self, d: &Description, mention: &Range<usize>) -> Option<usize> {
        let role = d.role.as_ref().map(|r| lowercase(r))?;
        if mention.is_empty() {
            return None;
        }
        let definite = self
            .doc
            .norm_in(mention.start, words!["the", "that", "this"]);
        if !d.name_words.is_empty() || !definite || mention.len() > 3 {
            return None;
        }
        self.recent.iter().rev().copied().find(|&e| {
            let known = &self.entities[e].description;
            known.kind == SourceKind::Anonymous
                && known.name_words.is_empty()
                && self.entities[e].members.is_empty()
                && [known.role.as_deref(), Some(known.name.as_str())]
                    .into_iter()
                    .flatten()
                    .any(|r| holds_role(r, &role))
        })
    }

    fn same_entity(&self, d: &Description) -> Option<usize> {
        if let Some(&e) = self.by_name.get(&lowercase(&d.name)) {
            return Some(e);
        }
        // (`the coast guard`, `The Commission` after the Philippine Coast
        // Guard, the European Commission: a body named by its name's last
        // words.)
        if let Some(e) = self.body_by_its_names_end(d) {
            return Some(e);
        }
        if !d.name_words.is_empty() && d.kind != SourceKind::Anonymous {
            let people_with = |word: &String| self.by_word.get(word).map_or(&[][..], Vec::as_slice);
            let latest = |candidates: &mut dyn Iterator<Item = usize>| {
                candidates.max_by_key(|&e| self.entities[e].last_seen)
            };
            // (`Trump` is no short form of `the Trump campaign`.)
            let short = latest(
                &mut people_with(&d.name_words[0]).iter().copied().filter(|&e| {
                    let known = &self.entities[e].description;
                    let words = &known.name_words;
                    words.len() > d.name_words.len()
                        && d.name_words.iter().all(|w| words.contains(w))
                        // (`Ms. Halloran` is not her son `Peter Halloran`.)
                        && genders_agree(known.gender, d.gender)
                        && (d.kind != SourceKind::Person || !ends_in_common_noun(&known.name))
                }),
            );
            if short.is_some() || d.kind != SourceKind::Person {
                return short;
            }
            // A full name whose surname was a source first.
            return latest(
                &mut d
                    .name_words
                    .iter()
                    .flat_map(people_with)
                    .copied()
                    .filter(|&e| {
                        let known = &self.entities[e];
                        let words = &known.description.name_words;
                        // (`Ivanka Trump` is not the `Trump` that `he` was.)
                        !words.is_empty()
                            && genders_agree(known.description.gender, d.gender)
                            && words.len() < d.name_words.len()
                            && words.iter().all(|w| d.name_words.contains(w))
                    }),
            );
        }
        // (`The civil defence agency` after `the state civil defence
        // agency`: the same unnamed body, named shorter.)
        if d.name_words.is_empty() && has_char(&d.name, ' ') && is_institution(d.kind) {
            let tail = [" ", &lowercase(&d.name)].concat();
            let longer = self.recent.iter().rev().copied().find(|&e| {
                let known = &self.entities[e].description;
                known.name_words.is_empty()
                    && known.members.is_empty()
                    && bodies_of_one_kind(known.kind, d.kind)
                    && lowercase(&known.name).ends_with(&tail)
            });
            if longer.is_some() {
                return longer;
            }
        }
        // `the company`, `the ministry`: the latest named source of that kind.
        if is_bare_anaphor(d) {
            let head = anaphor_head(d);
            let mut fitting = self.recent.iter().rev().copied().filter(|&e| {
                let e = &self.entities[e];
                let words = e.description.name_words.iter().map(|w| {
                    let institutional = lexicon()
                        .info(w)
                        .is_some_and(|i| i.flags.any(Flags::ORGANIZATION | Flags::GOVERNMENT));
                    (w.as_str(), institutional)
                });
                // (A body of the other kind when its name or a mention
                // with its name is headed by it: `the bank` for the Federal
                // Reserve Bank of Dallas, `The UN refugee agency said …`.)
                let names = &e.description.name_words;
                let headed = || {
                    heads_the_name(&head, &names.iter().map(String::as_str).collect::<Vec<_>>())
                        || e.mentions.iter().any(|m| {
                            self.doc.norm(m.end - 1) == head
                                && m.clone()
                                    .any(|k| names.iter().any(|w| w == self.doc.norm(k)))
                        })
                };
                // (`the force`, of no kind the tables know, for West
                // Yorkshire Police: a public body of its kin.)
                let kin = kin_of_anaphor(&head) == Some(e.description.kind);
                let fits = if e.description.kind == d.kind || kin {
                    fits_anaphor_words(&head, &words.collect::<Vec<_>>())
                        || e.mentions.iter().any(|m| self.described_as(m, &head))
                } else {
                    bodies_of_one_kind(e.description.kind, d.kind) && headed()
                };
                fits && !e.description.name_words.is_empty()
                    && e.members.is_empty()
                    && !e
                        .mentions
                        .iter()
                        .any(|m| self.described_otherwise(m, &head))
                    && (d.kind == SourceKind::Organization
                        || kin_of_anaphor(&head).is_some()
                        || find_substring(&lowercase(&e.description.name), &head).is_some())
            });
            // The one just named; else the one named most often, the latest
            // of those: the story's subject, not a company a paragraph cited
            // (nor one just cited as a work's author: `a survey by Zacks`).
            let Some(latest) = fitting.next() else {
                // `the ministry` after `the health ministry said`: a body
                // named by a longer description with that head.
                return self.recent.iter().rev().copied().find(|&e| {
                    let known = &self.entities[e].description;
                    known.name_words.is_empty()
                        && known.kind == d.kind
                        && self.entities[e].members.is_empty()
                        && head_word(&known.name) == head
                        && known.name.len() > head.len()
                        // (Not a person's: `his campaign` is one of several;
                        // but a country has one: `Kenya's health ministry`,
                        // `the country's`, `its`.)
                        && !known.name.split(' ').any(|w| {
                            words!["his", "her", "their"].has(w)
                                || w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).is_some_and(
                                    |owner| {
                                        !words!["country", "nation"].has(owner)
                                            && !lexicon()
                                                .info(&lowercase(owner))
                                                .is_some_and(|i| i.flags.any(Flags::PLACE))
                                    },
                                )
                        })
                });
            };
            if self.sentences_apart(self.entities[latest].last_seen, d.focus.start) <= 1
                && !self.named_as_author(latest)
            {
                return Some(latest);
            }
            let named = |e: usize| self.entities[e].mentions.len();
            return Some(fitting.fold(
                latest,
                |best, e| if named(e) > named(best) { e } else { best },
            ));
        }
        // `the spokesman`, `the minister`: the latest source with that role.
        if d.kind == SourceKind::Person {
            if let Some(role) = &d.role {
                let role = lowercase(role);
                // (`the Saudi foreign minister` is not Iran's.)
                let affiliations_agree =
                    |e: &Entity| match (&d.affiliation, &e.description.affiliation) {
                        (Some(a), Some(b)) => lowercase(a) == lowercase(b),
                        _ => true,
                    };
                return self.recent.iter().rev().copied().find(|&e| {
                    let e = &self.entities[e];
                    !e.description.name_words.is_empty()
                        && affiliations_agree(e)
                        && e.description
                            .role
                            .as_ref()
                            .is_some_and(|r| holds_role(r, &role))
                });
            }
        }
        None
    }

    /// The body recently named whose name ends in the words of `d`, a
    /// shorter name of its institution's words: `the coast guard` for the
    /// Philippine Coast Guard.
    fn body_by_its_names_end(&self, d: &Description) -> Option<usize> {
        let name = lowercase(&d.name);
        let words: Vec<&str> = name.split(' ').collect();
        let doc = self.doc;
        let institution = |k: usize| {
            doc.token_is(k, Flags::ORGANIZATION | Flags::GOVERNMENT)
                || doc
                    .phrase_at(k, d.focus.end, &|p| {
                        matches!(p, PhraseKind::Organization | PhraseKind::Government)
                    })
                    .is_some_and(|(stop, _)| stop == d.focus.end)
        };
        // (A bare `the court` is an anaphor's, read with more care.)
        if words.len() > 3
            || words.len() == 1 && d.name_words.is_empty()
            || d.kind == SourceKind::Group
            || d.kind == SourceKind::Anonymous
            || d.affiliation.is_some()
            || d.focus.is_empty()
            || !d.focus.clone().any(institution)
        {
            return None;
        }
        self.recent.iter().rev().copied().find(|&e| {
            let known = &self.entities[e];
            let names = &known.description.name_words;
            is_institution(known.description.kind)
                && known.members.is_empty()
                && names.len() > words.len()
                && names[names.len() - words.len()..]
                    .iter()
                    .zip(&words)
                    .all(|(a, b)| a == b)
        })
    }

    /// A mention that gives only a role (`the council's president`, `The
    /// plaintiff`) followed by `, [role words] Name,`: the mention read with
    /// that name as its appositive.
    fn name_after(&self, d: &Description, mention: Range<usize>) -> Option<Description> {
        let doc = self.doc;
        let n = doc.tokens.len();
        // (`Her main super PAC, Common Ground Majority,`: an institution too.)
        // (`The regulator, known as KOMSA,`: a public body too, when the
        // name given is its only one.)
        let organization = (d.kind == SourceKind::Organization
            || d.kind == SourceKind::Government && d.name_words.is_empty())
            && doc
                .tokens
                .get(mention.start)
                .is_some_and(|t| !mention.is_empty() && t.is(Flags::DET | Flags::POSS));
        if !d.name_words.is_empty() && !organization
            || d.role.is_none() && d.kind != SourceKind::Person && !organization
        {
            return None;
        }
        let comma = mention.end;
        if comma + 2 >= n || !doc.is_punct(comma, ',') {
            return None;
        }
        // Up to three lowercase words of a role (`retired teacher`), then the name.
        let first = (comma + 1..(comma + 5).min(n)).find(|&j| doc.capitalized(j))?;
        // (`The group, which calls itself Black Lantern,`: a name it gives itself.)
        let lead: Vec<&str> = (comma + 1..first).map(|j| doc.norm(j)).collect();
        let self_named = organization
            && matches!(
                lead.as_slice(),
                ["which", "calls" | "called", "itself"] | ["known", "as"] | ["calling", "itself"]
            );
        let lowercase = self_named
            || (comma + 1..first).all(|j| {
                doc.is_plain_word(j)
                    && !doc.token_is(j, Flags::PREP | Flags::REL | Flags::SUB | Flags::CONJ)
            });
        let mut stop = first;
        while stop < n && stop - first < 4 && is_name_word(doc, stop) {
            stop += 1;
        }
        let closes = stop >= n
            || doc.is_punct(stop, ',')
            || matches!(doc.tokens[stop].kind, TokenKind::Punct('.' | ';' | ':'));
        if !lowercase || stop - first < 2 - usize::from(self_named) || !closes {
            return None;
        }
        if organization {
            let mut named = describe(doc, first..stop);
            named.kind = d.kind;
            return (!named.name_words.is_empty()).then_some(named);
        }
        let named = describe(doc, mention.start..stop);
        (named.kind == SourceKind::Person && !named.name_words.is_empty()).then_some(named)
    }

    /// The plural source a definite plural refers to: `The scientists` after
    /// `scientists` or a research team named before (as a source or not),
    /// `The researchers` after `The scientists`, `both candidates` or `the two
    /// countries` after a group of two. A plural with a name, an affiliation or
    /// a prepositional phrase of its own is no anaphor.
    fn plural_antecedent(&mut self, d: &Description, mention: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        // (`the team`: researchers named before, as a body.)
        let team = mention.len() == 2 && doc.norm_is(mention.end - 1, "team");
        if d.kind != SourceKind::Anonymous && !team
            || !d.name_words.is_empty()
            || d.affiliation.is_some()
        {
            return None;
        }
        // (`two of those people`, `at least two of these Republicans`: a part
        // of the group named before is that group.)
        let mut mention = mention;
        let count = doc.past_at_least(mention.start);
        if count + 2 < mention.end
            && doc.number_at(count)
            && doc.norm_is(count + 1, "of")
            && doc.norm_in(count + 2, words!["those", "these", "the"])
        {
            mention.start = count + 2;
        }
        let words: Vec<&str> = mention.clone().map(|j| doc.norm(j)).collect();
        let (determiner, rest) = words.split_first()?;
        // `the two countries`, also when the mention leaves out its `the`.
        let after_the = mention.start > 0 && doc.norm_is(mention.start - 1, "the");
        let definite = words!["the", "both", "these", "those"].has(determiner)
            || after_the && words!["two", "three", "four"].has(determiner);
        let head = *rest.last()?;
        let plain = rest.len() <= 3
            && rest
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
            && !mention.clone().any(|j| doc.token_is(j, Flags::PREP));
        let plural = in_single_s(head) || head == "people" || team;
        if !definite || !plain || !plural {
            return None;
        }
        let group_of = words.iter().find_map(|w| match *w {
            "both" | "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            _ => None,
        });
        // People who may be a body's members (not `the sources`: informants).
        let members = doc.token_is(mention.end - 1, Flags::ROLE | Flags::ANON) && head != "sources";
        // (`the companies` after `Acme and Beta announced`: bodies named together.)
        let bodies = group_of.is_none()
            && !team
            && doc.token_is(mention.end - 1, Flags::ORGANIZATION | Flags::GOVERNMENT);
        let has_person = |r: &Resolver, e: usize| {
            r.entities[e]
                .members
                .iter()
                .any(|&m| r.entities[m].description.kind == SourceKind::Person)
        };
        let source = self.recent.iter().rev().copied().find(|&e| {
            let entity = &self.entities[e];
            let ed = &entity.description;
            if entity.last_seen >= mention.start {
                return false;
            }
            match ed.kind {
                SourceKind::Group => {
                    group_of.map_or(bodies, |n| entity.members.len() == n)
                        && !(bodies && has_person(self, e))
                }
                SourceKind::Anonymous | SourceKind::Organization if ed.name_words.is_empty() => {
                    let h = head_word(&ed.name);
                    h == head
                        || is_research_word(&h) && is_research_word(head)
                        // (`The judges` after `a panel`: its members, while
                        // the panel is the topic.)
                        || members
                            && is_collective(&h)
                            && self.sentences_apart(entity.last_seen, mention.start) <= 2
                }
                _ => false,
            }
        });
        // `both candidates` after `… Amara Toure and opposition leader
        // Jean-Baptiste Ndong`: two names the text joined, as a group.
        if source.is_none() && (group_of == Some(2) || bodies) {
            if let Some(pair) = self.pair_named_before(mention.start) {
                let e = self.resolve(pair);
                if self.entities[e].members.len() == 2 && !(bodies && has_person(self, e)) {
                    return Some(e);
                }
            }
        }
        // A collective the text introduced without a frame, if nearer.
        let seen = source.map_or(0, |e| self.entities[e].last_seen);
        let before = named_before(&self.collectives, mention.start);
        let named = self.collectives[before.saturating_sub(NAMED_LOOKBACK)..before]
            .last()
            .filter(|(start, _)| members && (source.is_none() || *start > seen))
            .map(|(_, range)| range.clone());
        if let Some(range) = named {
            let description = describe(doc, range.clone());
            return Some(self.entity_of(description, range));
        }
        source
    }

    /// The nearest `[role words] Name and [role words] Name` before token
    /// `before` (looking back a bounded stretch): two capitalized names that
    /// `and` joins, with the roles before them (`opposition leader`).
    fn pair_named_before(&self, before: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let capital = |j: usize| doc.capitalized(j) && doc.is_plain_word(j);
        let role_word = |j: usize| {
            doc.is_plain_word(j)
                && !doc.capitalized(j)
                && !doc.token_is(j, Flags::PREP | Flags::CONJ | Flags::DET | Flags::REL)
        };
        (before.saturating_sub(200)..before)
            .rev()
            .filter(|&a| doc.norm_is(a, "and") && a > 0 && a + 1 < before)
            .find_map(|a| {
                let mut left = a;
                while left > 0 && capital(left - 1) {
                    left -= 1;
                }
                let mut right = a + 1;
                while right < before && right - a <= 4 && role_word(right) {
                    right += 1;
                }
                let name_start = right;
                while right < before && capital(right) {
                    right += 1;
                }
                // (`Chester and Delaware counties`: names modifying a plural
                // noun are no pair of sources.)
                let modifying = right < before
                    && role_word(right)
                    && doc.norm_ends_with(right, "s")
                    && !doc.token_is(right, Flags::AUX | Flags::PRON);
                if left == a
                    || right == name_start
                    || modifying
                    || doc.starts_sentence_at(left) && a - left < 2
                {
                    return None;
                }
                while left > 0 && a - left < 8 && role_word(left - 1) {
                    left -= 1;
                }
                Some(left..right)
            })
    }

    /// What a common-noun possessor stands for: `the authority's director` works
    /// for the latest authority named before (`Port Alder Transit Authority`);
    /// `the mayor's office` is the office of the person the article names as
    /// mayor (`Elena Marsh`), before the mention or, failing that, after it.
    /// `None` when the article names no such institution or person.
    fn possessor_named(&self, owner: Range<usize>, at: usize) -> Option<String> {
        let head = owner.end - 1;
        let word = self.doc.norm(head);
        let t = &self.doc.tokens[head];
        if t.is(Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::MEDIA) {
            // The nearer of: the latest such source, the latest such name in the text.
            let anaphor = describe(self.doc, head..head + 1);
            let source = is_bare_anaphor(&anaphor)
                .then(|| self.same_entity(&anaphor))
                .flatten()
                .filter(|&e| self.entities[e].last_seen < at);
            let named = self.latest_institution(at, &|range, _| self.fits_anaphor(word, range));
            return match (source, named) {
                (Some(e), Some((start, range, _))) if start > self.entities[e].last_seen => {
                    Some(describe(self.doc, range).name)
                }
                (Some(e), _) => Some(self.entities[e].description.name.clone()),
                (None, Some((_, range, _))) => Some(describe(self.doc, range).name),
                (None, None) => None,
            };
        }
        if t.is(Flags::ROLE) {
            let role = lowercase(self.doc.slice(owner));
            return self.role_holder(&role, at);
        }
        None
    }

    /// The person holding a role (`mayor`): the latest source with that role,
    /// else the nearest name the text gives after the role (`Mayor Elena
    /// Marsh`), before `at` or after it.
    fn role_holder(&self, role: &str, at: usize) -> Option<String> {
        let held = |r: &str| holds_role(r, role);
        let source = self.recent.iter().rev().find(|&&e| {
            let d = &self.entities[e].description;
            self.entities[e].last_seen < at
                && d.kind == SourceKind::Person
                && !d.name_words.is_empty()
                && d.role.as_deref().is_some_and(held)
        });
        if let Some(&e) = source {
            return Some(self.entities[e].description.name.clone());
        }
        let before = named_before(&self.people, at);
        let later = || {
            self.people[before..(before + NAMED_LOOKBACK).min(self.people.len())]
                .iter()
                .find(|(start, range)| self.titled(role, *start, range))
                .map(|(_, range)| range.clone())
        };
        self.titled_before(role, at)
            .or_else(later)
            .map(|range| text(self.doc, range))
    }

    /// Whether the name at `range` (from `start`) has `role` as its title:
    /// `Mayor Elena Marsh` for `mayor`, `Sen. Ann Lowe` for `senator`, or
    /// sets it off: `The foreign minister, Retno Marsudi,`, `Retno
    /// Marsudi, the foreign minister,`.
    fn titled(&self, role: &str, start: usize, range: &Range<usize>) -> bool {
        let words = role.split(' ').count();
        // (`the chief surgeon, Dr. Samuel Kiptoo,`: past an honorific.)
        let set_off =
            start - usize::from(start > 1 && self.doc.token_is(start - 1, Flags::HONORIFIC));
        let comma = usize::from(set_off > 0 && self.doc.is_punct(set_off - 1, ','));
        let set_off = if comma == 1 { set_off } else { start };
        set_off >= words + comma
            && range.len() >= 2
            && (holds_role(
                self.doc.slice(set_off - comma - words..set_off - comma),
                role,
            ) || lexicon().title_stands_for(self.doc.norm(start - 1), role))
            || self.described_as(range, role)
    }

    /// The nearest name before `at` titled with `role`.
    fn titled_before(&self, role: &str, at: usize) -> Option<Range<usize>> {
        let before = named_before(&self.people, at);
        self.people[before.saturating_sub(NAMED_LOOKBACK)..before]
            .iter()
            .rev()
            .find(|(start, range)| self.titled(role, *start, range))
            .map(|(_, range)| range.clone())
    }

    /// `The senator said` after `Sen. Claire Benning …`: a definite role
    /// alone names the person the text last gave that title.
    fn titled_antecedent(&mut self, d: &Description, mention: &Range<usize>) -> Option<usize> {
        let role = lowercase(d.role.as_deref()?);
        let definite = self.doc.norm_is(mention.start, "the");
        if !definite
            || d.kind != SourceKind::Person
            || !d.name_words.is_empty()
            || mention.len() > 3
        {
            return None;
        }
        // (`the two-term senator`: the role's head, unless a modifier
        // makes it another's: `the former senator`.)
        let head = role.rsplit(' ').next().unwrap_or(&role);
        let range = self.titled_before(&role, mention.start).or_else(|| {
            (head.len() < role.len() && find_substring(&role, "former").is_none())
                .then(|| self.titled_before(head, mention.start))
                .flatten()
        })?;
        let e = self.entity_of_name(range);
        // (Its role is the title's: `senator`.)
        self.merge(e, d);
        Some(e)
    }

    /// `The epidemiologist said` after `Amara Osei, an epidemiologist at
    /// …`, `the 52-year-old told` after `Adrian Voss`: a definite noun no
    /// table knows names the person the text gave it as a title; an age
    /// names the person a pronoun would.
    fn described_person(&mut self, d: &Description, mention: &Range<usize>) -> Option<usize> {
        let doc = self.doc;
        // (`the mother of two`: a parent counted by children, as an age is
        // a person's.)
        if mention.len() == 4
            && doc.norm_is(mention.start, "the")
            && doc.norm_is(mention.start + 2, "of")
            && doc.number_at(mention.start + 3)
        {
            let pronoun = match doc.norm(mention.start + 1) {
                "mother" | "grandmother" => Pronoun::She,
                "father" | "grandfather" => Pronoun::He,
                _ => return None,
            };
            return self.antecedent(pronoun, mention.start);
        }
        // (`the retired machinist`: past one lowercase modifier.)
        let modified = mention.len() == 3 && {
            let t = &doc.tokens[mention.start + 1];
            t.is_plain_word() && !t.capitalized
        };
        if !doc.norm_is(mention.start, "the")
            || mention.len() != 2 && !modified
            || !d.name_words.is_empty()
            || d.kind == SourceKind::Person
        {
            return None;
        }
        let head = mention.end - 1;
        let word = doc.norm(head);
        let token = &doc.tokens[head];
        if token.capitalized || !token.is_plain_word() {
            return None;
        }
        if word.ends_with("-year-old") {
            return self.antecedent(Pronoun::Speaker, mention.start);
        }
        // (One person: not `the tenants` after `a lawyer for the tenants`.)
        if token.info.is_some() || word.ends_with('s') && !word.ends_with("ss") {
            return None;
        }
        let range = self.titled_before(word, mention.start)?;
        Some(self.entity_of_name(range))
    }

    /// `Sheriff says …` in a headline: a bare role there names the person
    /// the story goes on to give that title (`Sheriff Bo Tillman`).
    fn headline_role(&mut self, d: &Description, mention: &Range<usize>) -> Option<usize> {
        let role = lowercase(d.role.as_deref()?);
        if d.kind != SourceKind::Person
            || !d.name_words.is_empty()
            || mention.len() > 4
            || !self.doc.is_headline(self.doc.sentence_of(mention.start))
        {
            return None;
        }
        let after = named_before(&self.people, mention.end);
        // (`GOP senator` for `Sen. Curtis Mayhew`: the role's head.)
        let head = role.rsplit(' ').next().unwrap_or(&role);
        let range = self.people[after..(after + NAMED_LOOKBACK).min(self.people.len())]
            .iter()
            // (`titled` takes a role set off after the name too: `Defector
            // says …` for `Kim Song-ju, a defector who …`.)
            .find(|(start, range)| {
                self.titled(&role, *start, range)
                    || head.len() < role.len() && self.titled(head, *start, range)
            })
            .map(|(_, range)| range.clone())?;
        let e = self.entity_of_name(range);
        self.merge(e, d);
        Some(e)
    }

    /// The entity of a person the text names at `range` though no frame
    /// made them a source there: the one known by that name, or a new one.
    fn entity_of_name(&mut self, range: Range<usize>) -> usize {
        let named = describe(self.doc, range.clone());
        self.entity_of(named, range)
    }

    /// The entity a description names (a mention of it at `range`), added
    /// when new.
    fn entity_of(&mut self, description: Description, range: Range<usize>) -> usize {
        match self.same_entity(&description) {
            Some(e) => {
                self.mention(e, range);
                e
            }
            None => self.add(description, range, Vec::new()),
        }
    }

    /// `her campaign`, `Ms. Ellison’s aides`, `the Ellison campaign`: a
    /// person's own organization or people, named after the person's full
    /// name (`Margaret Ellison's campaign`) so that every such mention is
    /// one source.
    fn owned_by_person(&mut self, d: &Description, mention: Range<usize>) -> Option<String> {
        let doc = self.doc;
        let head = mention.end.checked_sub(1).filter(|_| !mention.is_empty())?;
        let t = &doc.tokens[head];
        let owned = !t.capitalized
            && (d.kind == SourceKind::Organization && t.is(Flags::ORGANIZATION)
                || d.kind == SourceKind::Anonymous && doc.norm_ends_with(head, "s")
                // (`Her attorney`, `his spokesman`: one unnamed person of hers.)
                || d.kind == SourceKind::Person && d.name_words.is_empty() && t.is(Flags::ROLE));
        // (`Some of Mr. Tillery's allies`: the allies are his.)
        let mut start = mention.start;
        if start + 2 < head
            && doc.norm_is(start + 1, "of")
            && (doc.norm_in(start, GROUP_QUANTIFIERS) || doc.number_at(start))
        {
            start += 2;
        }
        start += usize::from(doc.norm_in(start, ARTICLES));
        // (`Its foreign ministry`, `its report`: a body's own body or text.)
        let owned = owned
            || doc.norm_is(start, "its")
                && !t.capitalized
                && (d.kind == SourceKind::Government && t.is(Flags::GOVERNMENT)
                    || d.kind == SourceKind::Document && t.is(Flags::DOCUMENT));
        if !owned || head <= start || head > start + 4 {
            return None;
        }
        // (`Its founders`, `its board`: the body's own people, named as
        // the body's: `Ellinais founders`.)
        if doc.norm_is(start, "its")
            && (start + 1..=head).all(|k| doc.is_word(k) && !doc.capitalized(k))
        {
            let body = self.antecedent(Pronoun::It, mention.start)?;
            let known = &self.entities[body].description;
            let institution = is_institution(known.kind);
            // (`Harwick & Lowe board`, not `… Inc board`.)
            let name = known
                .name
                .rsplit_once(' ')
                .filter(|(_, last)| is_company_suffix(&lowercase(last)))
                .map_or(known.name.as_str(), |(name, _)| name);
            // (`The survey tested … . Its authors estimate`: the
            // document's people.)
            if known.kind == SourceKind::Document {
                if !doc.norm_in(head, words!["authors", "author", "researchers", "editors"]) {
                    return None;
                }
                return Some([name, "'s ", doc.slice(start + 1..mention.end)].concat());
            }
            return (institution && !known.name_words.is_empty())
                .then(|| [name, " ", doc.slice(start + 1..mention.end)].concat());
        }
        let owner = if head == start + 1 && doc.token_is(start, Flags::POSS) {
            let pronoun = match doc.norm(start) {
                "her" => Pronoun::She,
                "his" => Pronoun::He,
                _ => return None,
            };
            // (`Thielke has vetoed 43 bills, according to her office`: an
            // owner may be spoken of.)
            self.spoken = 0..0;
            self.antecedent(pronoun, mention.start)?
        } else {
            let owner_end = head - usize::from(doc.norm_is(head - 1, "'s"));
            let surname = owner_end
                .checked_sub(1)
                .filter(|&k| k >= start && (start..=k).all(|j| doc.capitalized(j)))?;
            // (A surname no table knows, ending the full name: not
            // `Congressional aides`, `County supervisors`.)
            let name = self
                .person_named(doc.norm(surname), mention.start, Gender::Unknown)
                .filter(|name| {
                    doc.unknown(surname) && doc.norm(name.end - 1) == doc.norm(surname)
                })?;
            self.entity_of_name(name)
        };
        let person = &self.entities[owner].description;
        (person.kind == SourceKind::Person && person.name_words.len() >= 2).then(|| {
            let mut own = head;
            while own > start
                && !doc.capitalized(own - 1)
                && !doc.token_is(own - 1, Flags::POSS)
                && !doc.norm_is(own - 1, "'s")
            {
                own -= 1;
            }
            [&person.name, "'s ", doc.slice(own..mention.end)].concat()
        })
    }

    /// A person named at `start` (a first name or surname alone stands for
    /// the full name before it), with the name's description.
    fn named_person(&self, start: usize, range: &Range<usize>) -> (Range<usize>, Description) {
        let range = match range.len() {
            1 => self
                .person_named(self.doc.norm(range.start), start, Gender::Unknown)
                .unwrap_or_else(|| range.clone()),
            _ => range.clone(),
        };
        let description = describe_named(self.doc, range.clone());
        (range, description)
    }

    /// The entity of a name the text gives without a frame: the one already
    /// known by that name, or a new one (no mention is added).
    fn entity_named(&mut self, description: Description, range: Range<usize>) -> usize {
        match self.same_entity(&description) {
            Some(e) => e,
            None => self.add(description, range, Vec::new()),
        }
    }

    /// A named person's gender: the name's, or else the one a pronoun told
    /// of the source by that name (`Dana Kettleson …. She asked`).
    fn known_gender(&self, d: &Description) -> Gender {
        match d.gender {
            Gender::Unknown => self
                .same_entity(d)
                .map_or(Gender::Unknown, |e| self.entities[e].description.gender),
            known => known,
        }
    }

    /// The entity a pronoun refers to: the latest fitting mention before it.
    fn antecedent(&mut self, pronoun: Pronoun, at: usize) -> Option<usize> {
        let fits = |e: &Entity| -> bool {
            let d = &e.description;
            match pronoun {
                Pronoun::He | Pronoun::She | Pronoun::Speaker => {
                    (d.kind == SourceKind::Person && d.pronoun.is_none()
                        || self.one_unnamed_person(e))
                        && !matches!(
                            (pronoun, d.gender),
                            (Pronoun::He, Gender::Female) | (Pronoun::She, Gender::Male)
                        )
                }
                Pronoun::They => {
                    matches!(
                        d.kind,
                        SourceKind::Group
                            | SourceKind::Anonymous
                            | SourceKind::Organization
                            | SourceKind::Government
                            | SourceKind::Media
                    )
                }
                // Only people, and only those of the last two sentences.
                Pronoun::Partitive => {
                    matches!(d.kind, SourceKind::Group | SourceKind::Anonymous)
                        && d.pronoun.is_none()
                        && self.sentences_apart(e.last_seen, at) <= 1
                }
                Pronoun::It => matches!(
                    d.kind,
                    SourceKind::Organization
                        | SourceKind::Government
                        | SourceKind::Media
                        | SourceKind::Document
                ),
            }
        };
        let source = self
            .recent
            .iter()
            .map(|&i| (i, &self.entities[i]))
            .filter(|(_, e)| e.last_seen < at && fits(e))
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, e)| (i, e.last_seen));
        // (`The Irish Heart Foundation and the Irish Osteoporosis Society said
        // …. They said`: a group named with its members, not its last member.)
        let source = source.map(|(i, seen)| {
            let group = (pronoun == Pronoun::They)
                .then(|| {
                    self.recent.iter().copied().find(|&g| {
                        let e = &self.entities[g];
                        e.members.contains(&i)
                            && e.mentions
                                .last()
                                .is_some_and(|m| m.start <= seen && seen < m.end)
                    })
                })
                .flatten();
            group.map_or((i, seen), |g| (g, seen))
        });
        // The people named before the pronoun.
        let before = named_before(&self.people, at);
        let wanted = pronoun.gender();
        // `A person familiar with Haddix's plans said she …`: a name of the
        // pronoun's own gender earlier in its sentence, in any position,
        // outranks a source of another sentence or of unknown gender (not
        // one of its gender and its sentence: `Smith told Jones she …`).
        let sentence = self.doc.sentence_of(at);
        let unsure = wanted != Gender::Unknown
            && source.is_none_or(|(i, seen)| {
                self.entities[i].description.gender != wanted
                    || self.doc.sentence_of(seen) != sentence
            });
        // (After an unnamed source sentences back, a name of the sentence
        // before counts too: `A spokesperson said ….
        // Several senators urged Ashworth to commit. He stopped short`.)
        let vague = source.is_none_or(|(i, seen)| {
            self.entities[i].description.name_words.is_empty()
                && self.doc.sentence_of(seen) + 1 < sentence
        });
        // (`Esposito, she said, has not read it`: a frame set into a
        // sentence never speaks of the name it interrupts.)
        let interrupted =
            |range: &Range<usize>| range.end + 1 == at && self.doc.is_punct(range.end, ',');
        // (`The Scot, who took charge after the sacking of Gareth Lowe, said
        // …, though he`: a name inside the relative clause of the
        // sentence's own speaker.)
        let speaker_here = source.is_some_and(|(_, seen)| self.doc.sentence_of(seen) == sentence);
        let spoken_of = |range: &Range<usize>| {
            self.spoken
                .clone()
                .any(|k| range.clone().any(|j| self.doc.norm(j) == self.doc.norm(k)))
        };
        let in_relative = |range: &Range<usize>| {
            let sentence = self.doc.sentence_of(range.start);
            (range.start.saturating_sub(15)..range.start)
                .rev()
                .take_while(|&j| !self.doc.is_punct(j, ',') && self.doc.sentence_of(j) == sentence)
                .any(|j| {
                    self.doc.norm_in(j, words!["who", "whose"])
                        && j > 0
                        && self.doc.is_punct(j - 1, ',')
                })
        };
        let in_speakers_relative = |range: &Range<usize>| speaker_here && in_relative(range);
        // (`Asked about Dan Ruiz at the rally, he said`: the pronoun is the
        // one the opening participle speaks of, never a name inside it.)
        let opening = self
            .doc
            .sentences
            .get(sentence)
            .map_or(at, |s| s.tokens.start);
        let in_opening_participle = |range: &Range<usize>| {
            range.start > opening
                && self.doc.is_punct(at - 1, ',')
                && self
                    .doc
                    .norm_in(opening, words!["asked", "pressed", "questioned"])
        };
        if unsure {
            let own = self.people[..before]
                .iter()
                .rev()
                .take_while(|(start, _)| {
                    self.doc.sentence_of(*start) + usize::from(vague) >= sentence
                })
                .filter(|(_, range)| {
                    !interrupted(range)
                        && !in_speakers_relative(range)
                        && !spoken_of(range)
                        && !in_opening_participle(range)
                })
                .map(|(start, range)| self.named_person(*start, range))
                .find(|(_, description)| self.known_gender(description) == wanted);
            if let Some((range, description)) = own {
                return Some(self.entity_named(description, range));
            }
        }
        if matches!(pronoun, Pronoun::He | Pronoun::She | Pronoun::Speaker) {
            // A person named since that source, without a frame, is nearer.
            // Only a name standing as a subject (`Albrecht, who …, has …`), not an
            // object (`met Putin`), takes a later pronoun.
            // The nearest such subject whose gender does not clash (`Thomas'
            // sister …, but he` skips the sister's subject for Thomas Sam).
            let seen = source.map_or(0, |(_, seen)| seen);
            let named = self.people[before.saturating_sub(NAMED_LOOKBACK)..before]
                .iter()
                .rev()
                .take_while(|(start, _)| source.is_none() || *start > seen)
                // `the Polaroid's flash`: an article makes the name a thing's.
                .filter(|(start, _)| *start == 0 || !self.doc.norm_in(*start - 1, ARTICLES))
                // (Nor one inside a relative clause the source's name took:
                // `Rebecca Shaw, who represents the Hyde Park ward, criticised
                // …. She said`.)
                .filter(|(start, range)| {
                    (self.subject_position(*start) || self.introduced_in_apposition(range))
                        && !self.introduced_as_relative(range)
                        && !interrupted(range)
                        && !spoken_of(range)
                        && (source.is_none() || !in_relative(range))
                        // (Nor a name within the source's own mention:
                        // `Karen Macleod, Callum’s aunt, told …. She said`.)
                        && source.is_none_or(|(i, _)| {
                            !self.entities[i].mentions.iter().any(|m| m.contains(&range.start))
                        })
                })
                .take(4)
                .map(|(start, range)| self.named_person(*start, range))
                .find(|(_, description)| {
                    !matches!(
                        (pronoun, self.known_gender(description)),
                        (Pronoun::He, Gender::Female) | (Pronoun::She, Gender::Male)
                    )
                });
            // (`The president has not addressed it. But he told …`: a
            // definite role opening this sentence or the one before, nearer
            // than any name, is whom `he` refers to.)
            let role = self.role_subject_before(at).filter(|role| {
                // (`Her husband, Dale, walked in. “…,” she says`: not him.)
                genders_agree(describe(self.doc, role.clone()).gender, pronoun.gender())
                    && role.start > seen
                    && named
                        .as_ref()
                        .is_none_or(|(range, _)| range.start < role.start)
            });
            if let Some(role) = role {
                return Some(self.resolve(role));
            }
            if let Some((range, description)) = named {
                return Some(self.entity_named(description, range));
            }
            // (`The court sentenced Emin Aliyev to four years. He said …`:
            // with no source before, an object's name of the sentence
            // before or this one.)
            if source.is_none() {
                let object = self.people[before.saturating_sub(4)..before]
                    .iter()
                    .rev()
                    .take_while(|(start, _)| self.sentences_apart(*start, at) <= 1)
                    .filter(|(start, _)| *start == 0 || !self.doc.norm_in(*start - 1, ARTICLES))
                    .map(|(start, range)| self.named_person(*start, range))
                    .find(|(_, description)| {
                        genders_agree(self.known_gender(description), pronoun.gender())
                    });
                if let Some((range, description)) = object {
                    return Some(self.entity_named(description, range));
                }
            }
        }
        if pronoun == Pronoun::It {
            if let Some(body) = self.speakers_own_body(at) {
                return Some(body);
            }
            // An institution named as a subject since that source is nearer:
            // `Brennan's, the department store chain, will cut jobs, it said`.
            let seen = source.map_or(0, |(_, seen)| seen);
            let named = self.latest_institution(at, &|range, _| {
                (source.is_none() || range.start > seen) && self.subject_position(range.start)
            });
            // (`The study measured levels in 1,140 pupils. It found …`: so is
            // a document opening this sentence or the one before as its
            // subject.)
            let document = self.document_subject_before(at).filter(|document| {
                (source.is_none() || document.start > seen)
                    && named
                        .as_ref()
                        .is_none_or(|(start, _, _)| *start < document.start)
            });
            if let Some(document) = document {
                return Some(self.resolve(document));
            }
            if let Some((_, range, kind)) = named {
                let mut description = describe(self.doc, range.clone());
                description.kind = kind;
                return Some(self.entity_named(description, range));
            }
        }
        if source.is_none() && matches!(pronoun, Pronoun::He | Pronoun::She) {
            return self.speaker_read_as_a_company(at);
        }
        // (`The senators pressed her on prices. They said …`: people opening
        // this sentence or the one before, nearer than any source.)
        if pronoun == Pronoun::They {
            let nearer = |p: &Range<usize>| source.is_none_or(|(_, seen)| p.start > seen);
            // (`They both said …` after `Jonas Berg and Mika Laine`: the pair.)
            let both = at + 1 < self.doc.tokens.len() && self.doc.norm_is(at + 1, "both");
            if let Some(pair) = both
                .then(|| self.pair_named_before(at))
                .flatten()
                .filter(nearer)
            {
                let e = self.resolve(pair);
                if self.entities[e].members.len() == 2 {
                    return Some(e);
                }
            }
            if let Some(people) = self.plural_subject_before(at).filter(nearer) {
                return Some(self.resolve(people));
            }
        }
        source.map(|(i, _)| i)
    }

    /// The plural people (`Republicans`, `The senators`, `Many farmers`)
    /// opening the sentence of token `at` or the one before as the subject
    /// of its verb: the phrase's words.
    fn plural_subject_before(&self, at: usize) -> Option<Range<usize>> {
        self.doc
            .sentence_starts_back(at, 1)
            .into_iter()
            .find_map(|start| {
                // (`The researchers, led by Dr. Rawal of the institute, analysed`:
                // the subject before its set-off insert.)
                let comma = |from: usize, to: usize| {
                    (from..to.min(at)).find(|&k| self.doc.is_punct(k, ','))
                };
                let insert = comma(start + 1, start + 4).and_then(|open| {
                    let close = comma(open + 1, open + 25)?;
                    self.verb_after_subject(close + 1).then_some(open)
                });
                let verb = match insert {
                    Some(open) => open,
                    None => (start + 1..at.min(start + 6)).find(|&k| self.verb_after_subject(k))?,
                };
                let people = start..verb;
                let head = &self.doc.tokens[verb - 1];
                let plural = self.doc.norm_ends_with(verb - 1, "s")
                    && (head.capitalized || head.is(Flags::ROLE | Flags::ANON | Flags::DEMONYM))
                    && people.clone().all(|k| self.doc.is_plain_word(k))
                    && matches!(
                        describe(self.doc, people.clone()).kind,
                        SourceKind::Anonymous | SourceKind::Group
                    );
                plural.then_some(people)
            })
    }

    /// `The president`, `the senator`, `His wife`, `Mohamed's sister,
    /// Eyman,` opening the sentence of token `at` or the one before, as its
    /// subject: the role's words.
    fn role_subject_before(&self, at: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        doc.sentence_starts_back(at, 1)
            .into_iter()
            .find_map(|start| {
                let owner =
                    start + 2 < at && doc.capitalized(start) && doc.norm_is(start + 1, "'s");
                let role = start + 1 + usize::from(owner);
                // (And a name set off after it.)
                let named = role + 3 < at
                    && doc.is_punct(role + 1, ',')
                    && doc.capitalized(role + 2)
                    && doc.is_punct(role + 3, ',');
                let end = role + 1 + 2 * usize::from(named);
                let verb = end + usize::from(named);
                (verb < at
                && (owner || doc.norm_is(start, "the") || doc.token_is(start, Flags::POSS))
                && doc.token_is(role, Flags::ROLE)
                && !doc.capitalized(role)
                // (`The governor laughed.`: a past form no table knows.)
                && self.verb_after_subject(verb))
                .then_some(start..end)
            })
    }

    /// `A spokeswoman for the university said it hoped …`: `it` in the
    /// sentence of a person speaking for a body, with no institution named
    /// since, is that body.
    fn speakers_own_body(&mut self, at: usize) -> Option<usize> {
        let &e = self.recent.last()?;
        let speaker = &self.entities[e];
        if !matches!(
            speaker.description.kind,
            SourceKind::Person | SourceKind::Anonymous
        ) {
            return None;
        }
        let mention = speaker.mentions.last()?.clone();
        let body = speaker.description.affiliation.as_ref()?;
        let words: Vec<String> = body.split(' ').map(lowercase).collect();
        if mention.end > at || self.doc.sentence_of(mention.start) != self.doc.sentence_of(at) {
            return None;
        }
        let first = mention
            .clone()
            .find(|&k| k + words.len() <= mention.end && self.spells(k, &words))?;
        let range = first..first + words.len();
        if self
            .latest_institution(at, &|named, _| named.start >= mention.end)
            .is_some()
        {
            return None;
        }
        // (`the university`: with its article, a body named before.)
        let start =
            first - usize::from(first > mention.start && self.doc.norm_is(first - 1, "the"));
        let body = self.resolve(start..range.end);
        let d = &mut self.entities[body].description;
        if !is_institution(d.kind) {
            d.kind = if range
                .clone()
                .any(|k| self.doc.token_is(k, Flags::GOVERNMENT))
            {
                SourceKind::Government
            } else {
                SourceKind::Organization
            };
        }
        Some(body)
    }

    /// A document (`The study`, `A report by the panel`) opening the
    /// sentence of token `at` or the one before as the subject of its verb,
    /// past an insert set off by commas (`The study, which appeared in …,
    /// measured`): the phrase's words.
    fn document_subject_before(&self, at: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        doc.sentence_starts_back(at, 1)
            .into_iter()
            .find_map(|start| {
                if !(doc.token_is(start, Flags::DET | Flags::POSS) && start + 1 < at) {
                    return None;
                }
                let head = (start + 1..at.min(start + 5))
                    .take_while(|&k| doc.is_plain_word(k))
                    .find(|&k| doc.token_is(k, Flags::DOCUMENT) && !doc.capitalized(k))?;
                let mut verb = head + 1;
                // (`A report by the panel found`: its author after it.)
                if doc.norm_in(verb, words!["by", "from", "of"]) {
                    verb = (verb + 1..at.min(verb + 8))
                        .find(|&k| !doc.is_plain_word(k) || self.verb_after_subject(k))?;
                }
                if doc.is_punct(verb, ',') {
                    let close = (verb + 1..at.min(verb + 20)).find(|&k| doc.is_punct(k, ','))?;
                    verb = close + 1;
                }
                (verb < at && self.verb_after_subject(verb)).then_some(start..head + 1)
            })
    }

    /// Whether token `k` reads as the verb right after a subject: an
    /// auxiliary, a modal, a past the tables know or a lowercase `-ed` word.
    fn verb_after_subject(&self, k: usize) -> bool {
        let t = &self.doc.tokens[k];
        t.is(Flags::AUX | Flags::MODAL | Flags::PAST)
            || t.is_plain_word() && !t.capitalized && self.doc.norm_ends_with(k, "ed")
    }

    /// `“…,” McConnell told reporters. He said …`: with no person to refer
    /// to, `he` is the speaker just before whose one-word name, unknown to
    /// the lexicon, was read as a company's; it was a surname.
    fn speaker_read_as_a_company(&mut self, at: usize) -> Option<usize> {
        let found = self.recent.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            let d = &e.description;
            e.last_seen < at
                && self.sentences_apart(e.last_seen, at) <= 1
                && d.kind == SourceKind::Organization
                && d.role.is_none()
                && e.mentions.iter().all(|m| {
                    m.len() == 1
                        && self.doc.unknown(m.start)
                        && self.doc.capitalized(m.start)
                        && !is_capitals_word(self.doc, m.start)
                        && !is_company_name_word(self.doc.norm(m.start))
                })
        })?;
        self.entities[found].description.kind = SourceKind::Person;
        Some(found)
    }

    /// `Harry Reid accused … . The Nevada senator said …`: a definite
    /// description with a role and no name, right after a named person's
    /// frame, is that person's epithet, when no one holds the role.
    fn epithet_of(&mut self, d: &Description, mention: &Range<usize>) -> Option<usize> {
        let definite = self.doc.norm_is(mention.start, "the");
        if !definite || d.kind != SourceKind::Person || !d.name_words.is_empty() {
            return None;
        }
        d.role.as_ref()?;
        // Only a description that characterizes someone (`the Vermont
        // senator`, `the former secretary of state`), not an office that
        // names another person (`the FBI director`, `the official`).
        // (A party's member or a `billionaire` characterizes one who holds
        // an office too: `Committee Chairman Lloyd Bentsen … the Texas
        // Democrat`.)
        // (`the Scot`: a nationality alone, no office, is one too.)
        let epithet = lexicon().is_epithet(self.doc.norm(mention.end - 1))
            || mention.len() == 2 && place_at(self.doc, mention.start + 1, mention.end).is_some();
        let characterizes = epithet
            || (mention.start + 1..mention.end).any(|k| {
                place_at(self.doc, k, mention.end).is_some() || self.doc.norm_is(k, "former")
            });
        if !characterizes {
            return None;
        }
        let source = self.recent.last().copied().filter(|&latest| {
            let person = &self.entities[latest];
            let known = &person.description;
            known.kind == SourceKind::Person
                && !known.name_words.is_empty()
                && known.pronoun.is_none()
                && person.members.is_empty()
                && genders_agree(known.gender, d.gender)
                && (known.role.is_none() || epithet)
                && (self.sentences_apart(person.last_seen, mention.start) <= 1
                    // (After the source's quotation runs on, no one named since.)
                    || self.sentences_apart(person.last_seen, mention.start) <= 4
                        && named_before(&self.people, mention.start)
                            == named_before(&self.people, person.mentions.last().map_or(0, |m| m.end)))
        });
        if source.is_some() {
            return source;
        }
        // (`Ellen Hartwell attacked … . Speaking in Ohio, the former governor
        // said`: the person the sentence before named, though no source yet.)
        let before = named_before(&self.people, mention.start);
        let (start, range) = self.people[..before].last()?.clone();
        if self.sentences_apart(start, mention.start) > 1 {
            return None;
        }
        let named = describe(self.doc, range.clone());
        if named.kind != SourceKind::Person || named.role.is_some() {
            return None;
        }
        // (Not one who holds another role: `Iran's foreign minister, Javad
        // Zarif, …` is not `the Saudi foreign minister`.)
        if self
            .same_entity(&named)
            .is_some_and(|e| self.entities[e].description.role.is_some())
        {
            return None;
        }
        let e = self.entity_of_name(range);
        self.merge(e, d);
        Some(e)
    }

    /// `The six-day poll`, `the same survey` after `a Reuters/Meridian poll
    /// released Tuesday`: a definite document of no name is the one the
    /// article brought in before (polls and surveys are one kind).
    fn document_antecedent(&self, d: &Description, mention: &Range<usize>) -> Option<usize> {
        let definite = self
            .doc
            .norm_in(mention.start, words!["the", "this", "that"]);
        // (`According to the paper` after `A study published … in the
        // journal Nature`: a scholar's paper, when no newspaper took it.)
        let paper = d.kind == SourceKind::Media
            && mention.len() == 2
            && self.doc.norm_is(mention.end - 1, "paper");
        if !definite || d.kind != SourceKind::Document && !paper || !d.name_words.is_empty() {
            return None;
        }
        let poll = |word: &str| words!["poll", "polls", "polling", "survey", "surveys"].has(word);
        // (A study by any of its names; an audit or review is a report.)
        let study = |word: &str| words!["study", "paper", "research", "analysis"].has(word);
        let report = |word: &str| words!["report", "audit", "review", "assessment"].has(word);
        // (The document itself, not `the report's authors`.)
        let head_of = |range: &Range<usize>| {
            range
                .clone()
                .find(|&k| self.doc.token_is(k, Flags::DOCUMENT))
                .filter(|&k| k + 1 >= range.end || !self.doc.norm_is(k + 1, "'s"))
                .map(|k| self.doc.norm(k))
        };
        let head = if paper { "paper" } else { head_of(mention)? };
        // (`The lawsuit, filed …` then `the complaint`: one filing.)
        let suit = |word: &str| words!["lawsuit", "suit", "complaint"].has(word);
        let same_kind = |other: &str| {
            other == head
                || [poll, suit, study, report]
                    .iter()
                    .any(|kind| kind(other) && kind(head))
        };
        self.recent.iter().rev().copied().find(|&e| {
            let entity = &self.entities[e];
            // (`An internal memo from the Department of Agriculture shows …
            // The memo warns`: the memo's owner stands for it, whoever it is.)
            !matches!(
                entity.description.kind,
                SourceKind::Anonymous | SourceKind::Group
            ) && entity
                .mentions
                .last()
                .is_some_and(|last| self.sentences_apart(last.start, mention.start) <= 6)
                && entity
                    .mentions
                    .iter()
                    .any(|m| m.start != mention.start && head_of(m).is_some_and(same_kind))
        })
    }

    /// Whether the name at token `k` is where a person works, in the
    /// apposition that describes them (`an analyst at X`, `with X`), not
    /// whom they speak for (`a spokesperson for X`).
    fn workplace_of_a_person(&self, k: usize) -> bool {
        let before = (0..k).rev().find(|&j| !self.doc.norm_in(j, ARTICLES));
        before.is_some_and(|p| self.doc.norm_in(p, words!["at", "with"]))
            && self.entities.iter().any(|e| {
                matches!(
                    e.description.kind,
                    SourceKind::Person | SourceKind::Anonymous
                ) && e.mentions.iter().any(|m| m.start < k && k < m.end)
            })
    }

    /// `A Kasich aide, speaking on condition of anonymity, said … . She
    /// said …`: an unnamed source introduced as one person.
    fn one_unnamed_person(&self, e: &Entity) -> bool {
        let Some(first) = e.mentions.first() else {
            return false;
        };
        // (The head before any post-modifier: `a worker at the plant`.)
        let head = (first.start..first.end)
            .find(|&k| self.doc.token_is(k, Flags::PREP | Flags::REL) && k > first.start)
            .unwrap_or(first.end)
            - 1;
        e.description.kind == SourceKind::Anonymous
            && (one_of_a_group(self.doc, first)
                || self.doc.norm_in(first.start, words!["a", "an", "one", "another"])
                        // (`One crane operator, who …`: a business's noun `who`
                    // made a person's.)
                    && self.doc.token_is(head, Flags::ROLE | Flags::ANON | Flags::ORGANIZATION)
                    && !self.doc.norm_ends_with(head, "s"))
    }

    /// How many sentence boundaries lie between tokens `a` and `b`.
    /// Whether entity `e`'s latest mention names it as the author of a
    /// work (`a survey by Zacks`) rather than as who speaks.
    fn named_as_author(&self, e: usize) -> bool {
        let entity = &self.entities[e];
        let (Some(mention), Some(first)) = (
            entity.mentions.last(),
            entity.description.name_words.first(),
        ) else {
            return false;
        };
        mention
            .clone()
            .find(|&k| self.doc.norm(k) == first.as_str())
            .is_some_and(|k| self.doc.cites_an_author_at(k))
    }

    fn sentences_apart(&self, a: usize, b: usize) -> usize {
        self.doc.sentence_of(b).abs_diff(self.doc.sentence_of(a))
    }

    /// Whether an institution's name fits an anaphor's head: `the bank` for
    /// `Nordvale Bank`; a generic `the company` for a name with no other
    /// institution word (`Voss Motoren`, `Halden Foods Inc.`), not a hospital.
    fn fits_anaphor(&self, head: &str, name: Range<usize>) -> bool {
        let words = name.clone().map(|j| {
            let institutional = self
                .doc
                .token_is(j, Flags::ORGANIZATION | Flags::GOVERNMENT);
            (self.doc.norm(j), institutional)
        });
        // (`the newspaper` for `the Norwegian newspaper Aftenposten`: the
        // noun that introduced the name.)
        let introduced = name.start > 0
            && !self.doc.capitalized(name.start - 1)
            && one_noun(self.doc.norm(name.start - 1), head);
        (fits_anaphor_words(head, &words.collect::<Vec<_>>())
            || introduced
            || self.described_as(&name, head))
            && !self.described_otherwise(&name, head)
    }

    /// `the airline` is not `the consumer association Viaggiatori Uniti`
    /// nor `Viaggiatori Uniti, a consumer group,`: a business's noun does
    /// not name a body the text called another kind of body.
    fn described_otherwise(&self, mention: &Range<usize>, head: &str) -> bool {
        let doc = self.doc;
        if !is_generic_company(head) || words!["group", "organization"].has(head) {
            return false;
        }
        // (A body no business is: not `Cryptocurrency exchange Vaultra`.)
        let other_body = |j: usize| {
            let word = doc.norm(j);
            !doc.capitalized(j)
                && (body_kind(word).is_some()
                    || words![
                        "charity",
                        "party",
                        "council",
                        "committee",
                        "ministry",
                        "agency",
                        "court",
                        "university",
                        "church",
                        "coalition",
                        "alliance",
                        "club"
                    ]
                    .has(word))
        };
        // (The descriptor right before the name: `The consumer association
        // Viaggiatori Uniti`, `union Unite`.)
        let name = (mention.start + 1..mention.end)
            .find(|&j| doc.capitalized(j) && !doc.capitalized(j - 1));
        if name.is_some_and(|j| other_body(j - 1))
            || mention.start > 0 && doc.capitalized(mention.start) && other_body(mention.start - 1)
        {
            return true;
        }
        // (An appositive's head after it: `, a consumer group,`.)
        let n = doc.tokens.len();
        mention.end + 1 < n
            && doc.is_punct(mention.end, ',')
            && doc.norm_in(mention.end + 1, words!["a", "an", "the"])
            && (mention.end + 2..n.min(mention.end + 8))
                .take_while(|&j| doc.is_word(j))
                .last()
                .is_some_and(other_body)
    }

    /// Whether the name at `range`, in the sentence of token `at`, is where
    /// something was posted: the object of `on`, past its descriptor (`on the
    /// messaging service Telegram`).
    fn named_as_medium(&self, range: &Range<usize>, at: usize) -> bool {
        let doc = self.doc;
        doc.sentence_of(range.start) == doc.sentence_of(at)
            && (range.start.saturating_sub(5)..range.start)
                .rev()
                .take_while(|&j| doc.is_plain_word(j) && !doc.capitalized(j))
                .any(|j| doc.norm_is(j, "on"))
    }

    /// Whether the name at `range` (or a mention starting with it) is set
    /// off by an appositive with head `head`: `The National Teachers
    /// Alliance, the country’s second-largest teachers union,` for a later
    /// `the union`.
    fn described_as(&self, range: &Range<usize>, head: &str) -> bool {
        let doc = self.doc;
        let n = doc.tokens.len();
        let Some(comma) = (range.start..n.min(range.end + 2)).find(|&j| doc.is_punct(j, ','))
        else {
            return false;
        };
        if comma + 1 >= n || !doc.norm_in(comma + 1, words!["the", "a", "an"]) {
            return false;
        }
        (comma + 2..n.min(comma + 9))
            .take_while(|&j| doc.is_word(j) || doc.norm_is(j, "'s"))
            .any(|j| {
                one_noun(doc.norm(j), head)
                    && doc.tokens.get(j + 1).is_none_or(|t| {
                        !t.is_word() || t.is(Flags::PREP | Flags::REL) || doc.norm_is(j + 1, "that")
                    })
            })
    }

    /// `Microsoft said it would cut jobs. The company said …`: a source of
    /// the last two sentences named by one capitalized word, which the
    /// article never gives a first name, title or role, is the business a
    /// business's noun refers to.
    fn business_by_one_word(&self, head: &str, at: usize) -> Option<usize> {
        if !is_business_noun(head) {
            return None;
        }
        let &e = self.recent.iter().rev().find(|&&e| {
            let entity = &self.entities[e];
            entity.last_seen < at && self.sentences_apart(entity.last_seen, at) <= 2
        })?;
        let d = &self.entities[e].description;
        let one_word = match d.name_words.as_slice() {
            [word] => {
                first_name_gender(word) == Gender::Unknown
                    && self.person_named(word, at, Gender::Unknown).is_none()
            }
            _ => false,
        };
        (one_word
            && d.kind == SourceKind::Person
            && d.role.is_none()
            && d.affiliation.is_none()
            && d.gender == Gender::Unknown)
            .then_some(e)
    }

    /// `Toyota has recalled 1.2 million cars. The Japanese carmaker said …`:
    /// with no source to refer to, a business's noun names the one
    /// capitalized word no table knows that opens this sentence or one of
    /// the two before as the subject of its verb (not a surname: no person
    /// of that name was given in full).
    fn business_opening_sentence(&self, head: &str, at: usize) -> Option<Range<usize>> {
        if !is_business_noun(head) {
            return None;
        }
        let doc = self.doc;
        doc.sentence_starts_back(at, 2)
            .into_iter()
            .find_map(|start| {
                let name = &doc.tokens[start];
                let word = doc.norm(start);
                // (Not a plural noun's capital: `Sales fell 3 percent, the
                // company said`.)
                (start + 1 < at
                    && name.capitalized
                    && name.is_plain_word()
                    && name.info.is_none()
                    && (!doc.norm_ends_with(start, "s") || doc.norm_ends_with(start, "ss"))
                    && !doc.capitalized(start + 1)
                    && self.verb_after_subject(start + 1)
                    && first_name_gender(word) == Gender::Unknown
                    && self.person_named(word, at, Gender::Unknown).is_none())
                .then_some(start..start + 1)
            })
    }

    /// The body a person just quoted speaks for, as a description, when an
    /// institution's generic noun (`the group`, `the company`) fits its name
    /// and the person was quoted after `newest`, the latest other candidate's place.
    /// (Not where an analyst works, `an analyst with Dean Witter`, nor a
    /// place: `Ohio senator`.)
    fn speakers_body(
        &self,
        anaphor: &Description,
        head: &str,
        at: usize,
        newest: Option<usize>,
    ) -> Option<Description> {
        let &e = self.recent.last()?;
        let speaker = &self.entities[e];
        let mention = speaker.mentions.last()?;
        let body = speaker.description.affiliation.as_ref()?;
        let words: Vec<String> = body.split(' ').map(lowercase).collect();
        let first = speaker
            .mentions
            .iter()
            .flat_map(Range::clone)
            .find(|&k| self.doc.norm(k) == words[0].as_str())?;
        let known = |w: &String| lexicon().info(w).map(|i| i.flags);
        let fits = fits_anaphor_words(
            head,
            &words
                .iter()
                .map(|w| {
                    let institutional =
                        known(w).is_some_and(|f| f.any(Flags::ORGANIZATION | Flags::GOVERNMENT));
                    (w.as_str(), institutional)
                })
                .collect::<Vec<_>>(),
        );
        let place = words
            .iter()
            .any(|w| known(w).is_some_and(|f| f.any(Flags::PLACE | Flags::DEMONYM)));
        (speaker.description.kind == SourceKind::Person
            && newest.is_none_or(|n| mention.start > n)
            && mention.end <= at
            && self.sentences_apart(mention.start, at) <= 2
            && fits
            && !place
            && !self.workplace_of_a_person(first)
            && self
                .person_named(&words[words.len() - 1], at, Gender::Unknown)
                .is_none())
        .then(|| Description {
            name: body.clone(),
            name_words: words,
            kind: anaphor.kind,
            ..describe(self.doc, first..first + 1)
        })
    }

    /// `USA Track & Field said … . The federation declined …`: a body's
    /// generic noun with no name it fits is the source of its kind the
    /// last two sentences named, when that name says nothing of
    /// what kind of body it is (`Pacific Valley Electric`, not `… Authority`).
    fn body_just_named(&self, d: &Description, at: usize) -> Option<usize> {
        let &e = self.recent.iter().rev().find(|&&e| {
            let entity = &self.entities[e];
            entity.description.kind == d.kind && !entity.description.name_words.is_empty()
        })?;
        let entity = &self.entities[e];
        let known = &entity.description;
        let plain_name = known.name_words.iter().all(|w| {
            lexicon().info(w).is_none_or(|i| {
                !i.flags.any(Flags::ORGANIZATION | Flags::GOVERNMENT) || is_company_suffix(w)
            })
        });
        let head = anaphor_head(d);
        (entity.members.is_empty()
            && (plain_name || d.kind == SourceKind::Media)
            && self.sentences_apart(entity.last_seen, at) <= 2
            && !entity
                .mentions
                .iter()
                .any(|m| self.described_otherwise(m, &head)))
        .then_some(e)
    }

    /// Whether the tokens from `start` spell `words` (lowercase).
    fn spells(&self, start: usize, words: &[String]) -> bool {
        (start..start + words.len())
            .zip(words)
            .all(|(j, w)| self.doc.norm(j) == w)
    }

    /// The latest institution named before token `until` (within the
    /// look-back window) that `fits`.
    fn latest_institution(
        &self,
        until: usize,
        fits: &dyn Fn(Range<usize>, SourceKind) -> bool,
    ) -> Option<(usize, Range<usize>, SourceKind)> {
        self.institutions_around(until, 0)
            .iter()
            .rev()
            .find(|(_, range, kind)| fits(range.clone(), *kind))
            .cloned()
    }

    /// The institutions named within the look-back window before token
    /// `at` and the first `ahead` named from it on: a search of them stays
    /// short in a long text.
    fn institutions_around(&self, at: usize, ahead: usize) -> &[(usize, Range<usize>, SourceKind)] {
        let before = self
            .institutions
            .partition_point(|(start, _, _)| *start < at);
        let end = self.institutions.len().min(before + ahead);
        &self.institutions[before.saturating_sub(NAMED_LOOKBACK)..end]
    }

    /// The latest population named before token `at`: where it is named and its words.
    fn latest_population(&self, at: usize) -> Option<&(usize, Range<usize>)> {
        let before = named_before(&self.populations, at);
        self.populations[..before].last()
    }

    /// The population of the latest poll named before token `at`, as an
    /// entity: a bare share (`Sixty-one percent said …`) is one of them.
    fn population_before(&mut self, at: usize) -> Option<usize> {
        let (_, range) = self.latest_population(at)?.clone();
        let mut description = describe(self.doc, range.clone());
        description.kind = SourceKind::Anonymous;
        Some(self.entity_of(description, range))
    }

    /// Whether a name starting at token `start` opens its clause: after the
    /// sentence start, a comma or a conjunction, with only titles, roles and
    /// determiners between.
    /// `… an awkward moment for Stroud, a three-term congressman.`: a name
    /// the article stops to describe is whom it turns to, though an object,
    /// unless a name opens its sentence.
    fn introduced_in_apposition(&self, name: &Range<usize>) -> bool {
        let described = self
            .doc
            .tokens
            .get(name.end)
            .is_some_and(|t| t.is_punct(','))
            && self
                .doc
                .tokens
                .get(name.end + 1)
                .is_some_and(|t| t.is(Flags::DET))
            && (name.end + 2..self.doc.tokens.len().min(name.end + 6))
                .any(|k| self.doc.token_is(k, Flags::ROLE));
        // (Not after a named subject: `Trump met Putin, the Russian
        // president. He said …`.)
        let opening = self.doc.sentences[self.doc.sentence_of(name.start)]
            .tokens
            .start;
        described && !is_name_word(self.doc, opening)
    }

    fn subject_position(&self, start: usize) -> bool {
        let mut k = start;
        while k > 0 {
            let t = &self.doc.tokens[k - 1];
            // (`The company's chief executive, Aarav Lindgren,`: a
            // possessor's institution word too.)
            if t.is(Flags::ROLE
                | Flags::HONORIFIC
                | Flags::DEMONYM
                | Flags::DET
                | Flags::POSS
                | Flags::MEDIA)
                || self.doc.norm_is(k - 1, "'s")
                || t.is(Flags::ORGANIZATION | Flags::GOVERNMENT) && self.doc.norm_is(k, "'s")
                || t.capitalized && t.is_plain_word() && !t.is(Flags::PREP | Flags::SUB)
                // (`Secretary of State Gail Rutherford`: a title's `of`, not
                // a place's: `Sen. Ruth Calloway of Minnesota`.)
                || self.doc.norm_is(k - 1, "of")
                    && k >= 2
                    && self.doc.capitalized(k - 2)
                    && self.doc.capitalized(k)
                    && !self.doc.token_is(k, Flags::PLACE)
                // (A role's modifier no table knows: `the panel's top Democrat`.)
                || t.is_plain_word() && t.info.is_none() && !t.capitalized
            {
                k -= 1;
                continue;
            }
            break;
        }
        // (`asked the company's chief executive, Renata Olguín, to …`: an
        // appositive stands where its role phrase does.)
        if k >= 2 && self.doc.is_punct(k - 1, ',') && self.doc.token_is(k - 2, Flags::ROLE) {
            return self.subject_position(k - 1);
        }
        k == 0 || {
            let t = &self.doc.tokens[k - 1];
            // (A dash ends a dateline: `DES MOINES, Iowa — Soybean farmer Mark Jensen`.)
            matches!(
                t.kind,
                TokenKind::Punct('.' | '!' | '?' | ',' | ';' | ':' | '—' | '–')
            ) || t.is_quote()
                || t.is(Flags::CONJ)
                // (`For Ana Pereira, a baker, it was the worst night`: the
                // sentence's topic.)
                || t.capitalized && self.doc.norm_is(k - 1, "for")
                || self
                    .doc
                    .paragraphs
                    .binary_search_by_key(&self.doc.tokens[k].start, |p| p.start)
                    .is_ok()
        }
    }

    /// A person source of two or more name words, one of which `word`
    /// misspells by a letter left out or added (`Mauer`, `Water` for `Waters`).
    fn person_nearly_named(&self, word: &str, at: usize) -> Option<usize> {
        if word.chars().count() < 4 || self.by_word.contains(word) {
            return None;
        }
        self.recent.iter().rev().copied().find(|&e| {
            let d = &self.entities[e].description;
            self.entities[e].last_seen < at
                && d.kind == SourceKind::Person
                && d.name_words.len() >= 2
                && d.name_words.iter().any(|w| one_letter_apart(word, w))
        })
    }

    /// A full name in the text, not yet a source, that `word` misspells by a letter.
    fn named_nearly(&self, word: &str, before: usize) -> Option<Range<usize>> {
        if word.chars().count() < 4 {
            return None;
        }
        let until = named_before(&self.people, before);
        self.people[until.saturating_sub(NAMED_LOOKBACK)..until]
            .iter()
            .rev()
            .filter(|(_, range)| range.len() >= 2)
            .find(|(_, range)| {
                range
                    .clone()
                    .any(|k| one_letter_apart(word, self.doc.norm(k)))
            })
            .map(|(_, range)| range.clone())
    }

    /// A person named earlier in the text whose name holds `word`.
    fn person_named(&self, word: &str, before: usize, gender: Gender) -> Option<Range<usize>> {
        let until = named_before(&self.people, before);
        // Up to four words: a longer run is a title or a programme's name
        // (`Andy Warhol Photographic Legacy Program`), not a person's.
        // (`Ms. Halloran` is not `Peter Halloran`.)
        let mut candidates = self.people[until.saturating_sub(NAMED_LOOKBACK)..until]
            .iter()
            .filter(|(_, range)| (2..=4).contains(&range.len()))
            .filter(|(_, range)| range.clone().any(|k| self.doc.norm(k) == word))
            .filter(|(_, range)| {
                gender == Gender::Unknown
                    || genders_agree(describe_named(self.doc, range.clone()).gender, gender)
            })
            .map(|(_, range)| range.clone());
        // (A relative is called by the first name; the surname stays the
        // principal's.)
        candidates
            .clone()
            .rfind(|range| !self.introduced_as_relative(range))
            .or_else(|| candidates.next_back())
    }

    /// `his brother, Dale Tillery`: a person introduced by whose he or she
    /// is, a side figure of the person the possessive names.
    fn introduced_as_relative(&self, range: &Range<usize>) -> bool {
        let tokens = &self.doc.tokens;
        let k = range.start - usize::from(range.start > 0 && tokens[range.start - 1].is_punct(','));
        k >= 2 && tokens[k - 1].is_word() && tokens[k - 2].is(Flags::POSS)
    }
}

/// Whether `head` is the name's own head noun: last, or before `of`,
/// `for`, `on` (`Harwick City`, `City of Harwick`; not `Taipei City Lantern
/// Festival`).
/// (One function for every caller, not one per kind of list: the bundle
/// carries less code.)
fn heads_the_name(head: &str, names: &[&str]) -> bool {
    (0..names.len()).any(|k| {
        names[k] == head
            && names
                .get(k + 1)
                .is_none_or(|next| words!["of", "for", "on"].has(next))
    })
}

/// Whether two head nouns name one thing: the same word, or a short form
/// and its long one (`a news site` for a later `the website`).
fn one_noun(a: &str, b: &str) -> bool {
    fn short(w: &str) -> &str {
        match w {
            "website" => "site",
            "newspaper" => "paper",
            _ => w,
        }
    }
    short(a) == short(b)
}

/// Whether a noun names a business (`the company`, `the carmaker`).
fn is_business_noun(head: &str) -> bool {
    words![
        "company",
        "firm",
        "corporation",
        "retailer",
        "automaker",
        "carmaker",
        "airline",
        "maker",
        "startup",
        "giant"
    ]
    .has(head)
}

/// Whether a kind is an institution's: an organization's, a government's
/// or a medium's.
fn is_institution(kind: SourceKind) -> bool {
    matches!(
        kind,
        SourceKind::Organization | SourceKind::Government | SourceKind::Media
    )
}

/// Whether two kinds are both bodies' (an organization's or a
/// government's): a name's own head may tell one from the other (`the bank`
/// for a central bank).
fn bodies_of_one_kind(a: SourceKind, b: SourceKind) -> bool {
    let body = |k| matches!(k, SourceKind::Organization | SourceKind::Government);
    body(a) && body(b)
}

/// Whether a named source fits a bare anaphor's head: `the bank` for
/// `Nordvale Bank`; `the company` for a name with no institution word of its
/// own (`Northline Ferries`), not for `Harbour Workers’ Union`.
/// The name's words come with whether each is an institution word.
fn fits_anaphor_words(head: &str, words: &[(&str, bool)]) -> bool {
    // `the organization`: any organization fits; `the city` the name it
    // heads (`Harwick City`, `City of Harwick`), not one it modifies
    // (`Taipei City Lantern Festival`).
    let names: Vec<&str> = words.iter().map(|&(w, _)| w).collect();
    // (`the airline` for Aeris Airlines: the name's plural head.)
    if heads_the_name(head, &names)
        || is_generic_company(head)
            && names.len() >= 2
            && names.last().and_then(|w| w.strip_suffix('s')) == Some(head)
        || words!["organization", "organisation", "group", "body"].has(head)
        // (`the department` for the Home Office: a ministry by another name,
        // not one of its agencies.)
        || head == "department" && names.iter().any(|&w| words!["office", "ministry"].has(w))
        // (`the force` for West Yorkshire Police, `the authority` for a
        // city's council.)
        || head == "force" && names.iter().any(|&w| words!["police", "constabulary"].has(w))
        || head == "authority" && names.last() == Some(&"council")
        // (`the charity` for the Kenya Red Cross Society.)
        || head == "charity"
            && names.iter().any(|&w| {
                words!["society", "foundation", "trust", "fund", "cross", "crescent", "aid"].has(w)
            })
    {
        return true;
    }
    // `the agency` for the Food and Drug Administration (not a two-word
    // `Trump administration`), `the union` for the United Auto Workers.
    let kin = kin_of_anaphor(head);
    if kin.is_some()
        && names
            .iter()
            .any(|&w| body_kind(w) == kin && (names.len() > 2 || w != "administration"))
    {
        return true;
    }
    // (Not `the Upper East Region` a vaccine was given in: a place's name.)
    // (`the lender` for Harbor Bank Corp.: a company by its suffix.)
    is_generic_company(head)
        && (names.len() >= 2 && names.last().is_some_and(|w| is_company_suffix(w))
            || !words
                .iter()
                .any(|&(w, institutional)| institutional && !is_company_suffix(w))
                && names.last().is_none_or(|w| !is_locality_noun(w)))
}

/// The nouns of a municipality's name (`Washington County`, `Kansas City`).
const MUNICIPAL_NOUNS: Words = words!["county", "city", "parish", "borough", "township"];

/// Whether a noun closing a name makes it a place's: `Upper East Region`,
/// `Washington County`, `Kansas City`.
fn is_locality_noun(word: &str) -> bool {
    MUNICIPAL_NOUNS.has(word)
        || words![
            "region",
            "province",
            "district",
            "territory",
            "valley",
            "island",
            "islands",
            "coast",
            "peninsula"
        ]
        .has(word)
}

/// The kind of body a generic head of another word stands for: `the
/// agency`, `the regulator` a public body, `the union` a union.
fn kin_of_anaphor(head: &str) -> Option<SourceKind> {
    if words!["agency", "regulator", "force"].has(head) {
        Some(SourceKind::Government)
    } else {
        (head == "union").then_some(SourceKind::Organization)
    }
}

/// The kind of body a name's head word makes it: a public body's
/// (`… Administration`, `… Service`) or a union's (`… Workers`).
fn body_kind(word: &str) -> Option<SourceKind> {
    if words![
        "administration",
        "authority",
        "service",
        "bureau",
        "commission",
        "enforcement",
        "institutes",
        "centers",
        "department",
        "office",
        "protection"
    ]
    .has(word)
    {
        return Some(SourceKind::Government);
    }
    // (`the union` for the Westbury Falls Education Association: many
    // unions of teachers, police and pilots are associations.)
    words![
        "union",
        "association",
        "federation",
        "workers",
        "employees",
        "brotherhood",
        "guild"
    ]
    .has(word)
    .then_some(SourceKind::Organization)
}

/// Whether two genders can be one person's: equal, or one unknown.
fn genders_agree(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

/// `Trump campaign`, `Obama administration`: a name closed by a lowercase
/// head noun, whose first words are no short form of it.
fn ends_in_common_noun(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_lowercase)
}

fn is_generic_company(head: &str) -> bool {
    // (Sector words too: `the automaker` after `Ford Motor Co`.)
    words![
        "company",
        "firm",
        "corporation",
        "group",
        "business",
        "conglomerate",
        "automaker",
        "carmaker",
        "retailer",
        "lender",
        "insurer",
        "airline",
        "chipmaker",
        "drugmaker",
        "manufacturer",
        "maker"
    ]
    .has(head)
}

fn is_company_suffix(word: &str) -> bool {
    words![
        "inc.",
        "inc",
        "corp.",
        "corp",
        "ltd.",
        "ltd",
        "llc",
        "plc",
        "co.",
        "co",
        "group",
        "holdings",
        "company",
        "corporation",
        "ag",
        "gmbh",
        "sa"
    ]
    .has(word)
}

/// Whether a capitalized word alone names people in the plural, not a
/// person: a demonym's plural (`Americans`, `Minnesotans`), a profession's
/// in `-ists` (`Economists`) or `Others`. (Not any word in `-s`: surnames
/// end so, `Jones`, `Adams`.)
fn names_people_in_plural(word: &str) -> bool {
    word == "others"
        || word.ends_with("ists")
        || word.strip_suffix('s').is_some_and(|singular| {
            lexicon()
                .info(singular)
                .is_some_and(|i| i.flags.any(Flags::DEMONYM))
        })
}

/// `One of them`, `one of the nurses`: a mention of one of a group.
fn one_of_a_group(doc: &Document, mention: &Range<usize>) -> bool {
    mention.len() >= 3 && doc.norm_is(mention.start, "one") && doc.norm_is(mention.start + 1, "of")
}

/// Whether a word ending a capitalized name makes it a body's: a
/// company's (`Orvion Systems`) or a public body's or union's (`… Service`,
/// `… Workers`).
fn ends_a_bodys_name(word: &str) -> bool {
    is_company_name_word(word) || body_kind(word).is_some()
}

/// Words that end companies' names (`Corvane Therapeutics`, `Meridian
/// Health`, `Orvion Systems`) and, capitalized there, no person's.
fn is_company_name_word(word: &str) -> bool {
    words![
        "therapeutics",
        "pharmaceuticals",
        "pharma",
        "biotech",
        "biosciences",
        "health",
        "healthcare",
        "systems",
        "technologies",
        "software",
        "motors",
        "automotive",
        "airlines",
        "airways",
        "energy",
        "foods",
        "beverages",
        "brands",
        "industries",
        "labs",
        "laboratories",
        "logistics",
        "networks",
        "telecom",
        "communications",
        "electronics",
        "semiconductor",
        "analytics",
        "devices",
        "electric",
        "solutions",
        "capital",
        "partners",
        "investments",
        "insurance",
        "mining",
        "resources",
        "petroleum",
        "chemicals",
        "studios",
        "entertainment",
        "robotics",
        "aerospace",
        "ferries",
        "air",
        "mills",
        "research",
        "securities",
        "ratings",
        "financial",
        "rail",
        "shipping",
        "trust",
        "appliances",
        "holdings",
        "enterprises",
        "products",
        "containers",
        "materials",
        "manufacturing",
        "construction",
        "builders",
        "properties",
        "ventures",
        "dynamics",
        "instruments",
        "steel",
        "metals",
        "apparel",
        "outfitters"
    ]
    .has(word)
}

/// Whether a role (any case) is `role` (lowercase) or ends in it: `deputy
/// mayor` holds `mayor`.
fn holds_role(held: &str, role: &str) -> bool {
    let held = lowercase(held);
    // (`minister of the interior` holds `minister`: the head before its
    // of-phrase.)
    let held = match find_substring(&held, " of ") {
        // (`find_substring`, not `str::contains`, whose two-way searcher
        // would come back into the bundles.)
        Some(of) if find_substring(role, " of ").is_none() => held[..of].to_owned(),
        _ => held,
    };
    held.strip_suffix(role).is_some_and(|before| {
        (before.is_empty() || before.ends_with(' '))
            // (A spokesman for the governor is not the governor.)
            && !before
                .split(' ')
                .any(|w| words!["for", "to", "of", "at", "with", "from", "near"].has(w))
    })
        // (`Detective Chief Inspector Paul Granger` is `the detective`: a
        // rank's first word names it too.)
        || !has_char(role, ' ')
            && !lexicon().is_epithet(role)
            && lexicon().info(role).is_some_and(|i| i.flags.any(Flags::ROLE))
            && held
                .strip_prefix(role)
                .is_some_and(|after| after.starts_with(' ') && after.split(' ').count() <= 3)
}

/// `the company`, `the ministry`, `the newspaper`: a bare head noun that
/// names an institution mentioned before.
fn is_bare_anaphor(d: &Description) -> bool {
    let mut modifiers = d.name.split(' ').rev().skip(1);
    let head = anaphor_head(d);
    is_institution(d.kind) && (d.name_words.is_empty()
        // (`the Minneapolis-based company`; not `the African Union`.)
        || d.name_words.len() > 1
            && !d.name.ends_with(|c: char| c.is_uppercase())
            && d.name_words.iter().all(|w| *w == head || has_char(w, '-') && describes_in_passing(w)))
        // (`the newspaper` reads its head as a role too.)
        && d.role.as_ref().is_none_or(|role| *role == d.name)
        // (`the German carmaker`: the affiliation its demonym gave.)
        && (d.affiliation.is_none() || d.possessor.is_none() && has_char(&d.name, ' '))
        // (`the auto maker`, `the drug maker`: a maker is always of something;
        // `the governing body`, `the world body`: a body governs or spans.)
        && modifiers.all(|m| {
            describes_in_passing(m)
                || head == "maker"
                || head == "body" && words!["governing", "world", "sports"].has(&lowercase(m))
                // (`the industry group` for the Insurance Bureau of Canada.)
                || head == "group"
                    && words!["industry", "trade", "lobby", "advocacy", "rights", "campaign", "aid"]
                        .has(&lowercase(m))
        })
}

/// The head word of a definite description, lowercase: `company` of `the
/// Minneapolis-based company`.
fn anaphor_head(d: &Description) -> String {
    lowercase(d.name.rsplit(' ').next().unwrap_or(""))
}

/// Whether a modifier before an institution's head only describes the one
/// named before (`the Minneapolis-based company`, `the German carmaker`,
/// `the embattled lender`) rather than telling another apart (`the health
/// ministry`, `the ruling party`).
fn describes_in_passing(word: &str) -> bool {
    let word = lowercase(word);
    // (`-based`, `-owned`, `-listed`, `embattled`: past participles.)
    word.ends_with("ed")
        || word.ends_with("-held")
        || word.ends_with("-run")
        || lexicon()
            .info(&word)
            .is_some_and(|i| i.flags.any(Flags::DEMONYM | Flags::PLACE))
}

/// Whether token `k` (after `start`) is the bare apostrophe of a plural
/// possessive: `the drivers’ union`, `Harbour Workers’ Union`.
/// Whether `from..end` reads as the rest of a capitalized name: capitalized
/// words, with a plural's or a possessor's apostrophe and a name's own
/// `and` or `&` between two of them (`Airline Pilots' Association`,
/// `Road and Transportation Builders Association`).
fn rest_of_a_name(doc: &Document, from: usize, end: usize) -> bool {
    (from..end).all(|j| {
        doc.capitalized(j) && doc.is_word(j)
            || j > from
                && j + 1 < end
                && doc.capitalized(j - 1)
                && doc.capitalized(j + 1)
                && (doc.norm_in(j, words!["and", "&", "'s"]) || plural_apostrophe(doc, j, from))
    })
}

fn plural_apostrophe(doc: &Document, k: usize, start: usize) -> bool {
    matches!(
        doc.tokens[k].kind,
        TokenKind::Quote(QuoteMark::SingleClose) | TokenKind::Punct('\'')
    ) && k > start
        && doc.norm_ends_with(k - 1, "s")
}

/// Words that count or pick out members of a group before its noun: no
/// part of the group's name (`some of the aides`, `several analysts`).
const GROUP_QUANTIFIERS: Words = words![
    "both", "either", "neither", "some", "many", "several", "all", "most", "other", "various",
    "one", "others", "few"
];

/// The head word of a common-noun name, lowercase: `team` in `research team
/// from Halden University`.
fn head_word(name: &str) -> String {
    lowercase(name)
        .split(' ')
        // (`people familiar with …`, `aides who …`: the noun before its post-modifier.)
        .take_while(|w| {
            !words!["of", "from", "at", "in", "with", "for", "who", "that"].has(w)
                && !POSTMODIFYING_ADJECTIVES.has(w)
        })
        .last()
        .unwrap_or("")
        .to_owned()
}

/// Nouns for a body of people that a plural (`the scientists`) may refer to.
fn is_collective(head: &str) -> bool {
    words!["team", "panel", "group", "delegation", "crew", "consortium"].has(head)
}

/// Plurals that name the people behind a study, interchangeably.
fn is_research_word(head: &str) -> bool {
    words![
        "scientists",
        "researchers",
        "authors",
        "academics",
        "scholars",
        "experts",
        "team"
    ]
    .has(head)
}

/// Bodies of people the text introduces with an indefinite article, `A
/// research team from the University of Sheffield`, `a panel of experts`:
/// a later `the scientists` may refer to one. The phrase runs to the
/// collective noun and any capitalized names after `from`, `at` or `of`.
fn collective_phrases(doc: &Document) -> Vec<(usize, Range<usize>)> {
    let mut phrases = Vec::new();
    let n = doc.tokens.len();
    for k in 0..n {
        if !is_collective(doc.norm(k)) || doc.capitalized(k) {
            continue;
        }
        // Back over lowercase modifiers to `a`/`an`.
        let mut start = k;
        while start > 0
            && k - start < 3
            && doc.is_plain_word(start - 1)
            && !doc.capitalized(start - 1)
            && !doc.norm_in(start - 1, ARTICLES)
        {
            start -= 1;
        }
        if start == 0 || !doc.norm_in(start - 1, words!["a", "an"]) {
            continue;
        }
        let mut end = k + 1;
        if end < n && doc.norm_in(end, words!["from", "at", "of"]) {
            let mut j = end + 1;
            while j < n
                && j - end < 24
                && doc.is_plain_word(j)
                && (doc.capitalized(j)
                    || doc.norm_in(j, words!["of", "the", "and", "for"])
                    || doc.token_is(j, Flags::ROLE | Flags::ANON))
            {
                j += 1;
            }
            // Back off trailing function words.
            while j > end + 1 && doc.norm_in(j - 1, words!["of", "the", "and", "for"]) {
                j -= 1;
            }
            if j > end + 1 {
                end = j;
            }
        }
        phrases.push((start - 1, start - 1..end));
    }
    phrases
}

/// The populations polls survey: `a poll of 1,200 registered voters`, `the
/// survey of likely voters`, `38 percent of registered voters`: the plural
/// people noun and its modifiers after `of`; and plural people opening a
/// sentence (`Independents are split`, `Democratic strategists read …`),
/// whom a share or `Several` after them is part of.
fn polled_populations(doc: &Document) -> Vec<(usize, Range<usize>)> {
    let n = doc.tokens.len();
    let mut found = Vec::new();
    for k in 0..n {
        // (`More than 40 parents signed up`: the people after a count.)
        // (At any sentence's start: after `.”` too.)
        if k == 0 || doc.is_punct(k - 1, '.') || doc.sentence_of(k) != doc.sentence_of(k - 1) {
            let mut head = k;
            while head < n.min(k + 4) && !doc.token_is(head, Flags::ANON | Flags::ROLE) {
                head += 1;
            }
            let verb_after = doc.tokens.get(head + 1).is_some_and(|t| {
                t.is_word() && !t.capitalized && !t.is(Flags::PREP | Flags::CONJ | Flags::REL)
            });
            if head < n.min(k + 4) && doc.norm_ends_with(head, "s") && verb_after {
                let from = if head > k && doc.number_at(head - 1) {
                    head
                } else {
                    k
                };
                found.push((k, from..head + 1));
            }
        }
        if k == 0 {
            continue;
        }
        let after_share = doc.percent_at(k - 1);
        let after_poll = doc.norm_in(k - 1, words!["poll", "survey", "polling"]);
        if !doc.norm_is(k, "of") || !(after_share || after_poll) {
            continue;
        }
        let mut start = k + 1;
        if after_poll && start < n && doc.is_number(start) {
            start += 1;
        }
        // Lowercase modifiers up to the people noun (`likely GOP primary voters`).
        let mut end = start;
        while end < n
            && end - start < 5
            && doc.is_word(end)
            && !doc.token_is(
                end,
                Flags::DET
                    | Flags::PREP
                    | Flags::CONJ
                    | Flags::SUB
                    | Flags::REL
                    | Flags::AUX
                    | Flags::MODAL,
            )
        {
            end += 1;
        }
        let head = (start..end)
            .rev()
            .find(|&j| doc.token_is(j, Flags::ANON) || doc.norm_is(j, "americans"));
        if let Some(head) = head.filter(|&h| !doc.norm_in(h, words!["respondents", "those"])) {
            found.push((start, start..head + 1));
        }
    }
    found
}

/// Whether two words differ by one letter left out (`mauer`, `maurer`).
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.chars().count() != short.chars().count() + 1 {
        return false;
    }
    let mut long_chars = long.chars();
    let mut skipped = false;
    for c in short.chars() {
        let mut l = long_chars.next();
        if l != Some(c) && !skipped {
            skipped = true;
            l = long_chars.next();
        }
        if l != Some(c) {
            return false;
        }
    }
    true
}

/// Whether the initials of the last capitalized words of `name` spell
/// `acronym` (lowercase, two letters at least): `epa` for `the U.S.
/// Environmental Protection Agency`.
fn initials_end_in(doc: &Document, name: &Range<usize>, acronym: &str) -> bool {
    let mut initials = (name.start..name.end)
        .rev()
        .filter(|&j| doc.capitalized(j))
        .map(|j| doc.norm(j).as_bytes().first());
    acronym.len() > 1
        && acronym
            .bytes()
            .rev()
            .all(|l| initials.next() == Some(Some(&l)))
}

/// How many of the names found by position (`people`, `collectives`,
/// `populations`) start before token `at`.
fn named_before(names: &[(usize, Range<usize>)], at: usize) -> usize {
    names.partition_point(|(start, _)| *start < at)
}

/// Acronyms the article defines in parentheses after a name, `Korean Central
/// News Agency (KCNA)`: the acronym, lowercase, and the name's tokens. The
/// name is the capitalized run before the parenthesis (with `of`, `for`,
/// `and`, `the` inside it) from its first word whose initial is the acronym's.
/// The first definition of each acronym counts, and only the first
/// [`MAX_ACRONYMS`], so that a lookup stays a short scan.
fn acronym_definitions(doc: &Document) -> Vec<(String, Range<usize>)> {
    let mut acronyms: Vec<(String, Range<usize>)> = Vec::new();
    let n = doc.tokens.len();
    for k in 2..n.saturating_sub(1) {
        if acronyms.len() >= MAX_ACRONYMS {
            break;
        }
        let parenthesized = doc.is_punct(k - 1, '(') && doc.tokens[k + 1].is_punct(')');
        if !parenthesized || !doc.is_acronym(k) {
            continue;
        }
        let initial = doc.surface(k).chars().next();
        let end = k - 1;
        let mut start = end;
        while start > 0 && end - start < 12 {
            let t = &doc.tokens[start - 1];
            let inner =
                doc.norm_in(start - 1, words!["of", "for", "and", "the", "on"]) && start < end;
            if t.is_plain_word() && (t.capitalized || inner) {
                start -= 1;
            } else {
                break;
            }
        }
        // (`Corruption Eradication Commission (KPK)`: an acronym of another
        // language's name, after an institution's.)
        let first = (start..end)
            .find(|&j| doc.capitalized(j) && doc.surface(j).chars().next() == initial)
            .or_else(|| {
                (end > start && doc.token_is(end - 1, Flags::ORGANIZATION | Flags::GOVERNMENT))
                    .then(|| (start..end).find(|&j| doc.capitalized(j)))
                    .flatten()
            });
        if let Some(first) = first {
            let words = (first..end).filter(|&j| doc.capitalized(j)).count();
            if words >= 2 && !acronyms.iter().any(|(a, _)| a == doc.norm(k)) {
                // (With its brackets when they spell it: `Immigration and
                // Customs Enforcement (ICE)` reads as one name.)
                let spelt = first..k + 2;
                let full = if spelt_name(doc, &spelt).is_some() {
                    spelt
                } else {
                    first..end
                };
                acronyms.push((doc.norm(k).to_owned(), full));
            }
        }
    }
    acronyms
}

/// Capitalized runs naming institutions (`Halden Foods Inc.`, `the
/// Westbrook Public Library`), by position: `the company` may refer to one
/// the article named without a frame.
fn institution_names(doc: &Document) -> Vec<(usize, Range<usize>, SourceKind)> {
    let mut names = Vec::new();
    let mut k = 0;
    let n = doc.tokens.len();
    while k < n {
        let start = k;
        while k < n
            && (k == start || !doc.line_break_before(k))
            && (doc.capitalized(k)
                && doc.is_plain_word(k)
                // (`In a statement Tuesday, the company said`: a day is no name.)
                && !doc.token_is(k, Flags::TIME)
                // `Harbour Workers’ Union`
                || plural_apostrophe(doc, k, start)
                    && doc.capital_at(k + 1)
                // `Goldman Sachs & Co.`
                || k > start && doc.ampersand_in_name(k)
                // `Food and Drug Administration`: an inner `and` of a body's name.
                || k > start && body_and(doc, k)
                // `Federation of Rail Workers`, `Bureau of Labor Statistics`:
                // an institution's head with its complement (not a person's
                // home: `Sen. Ruth Calloway of Minnesota`).
                || k > start
                    && doc.norm_in(k, words!["of", "for"])
                    && doc.token_is(k - 1, Flags::ORGANIZATION | Flags::GOVERNMENT)
                    && doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.capitalized && t.is_plain_word()))
        {
            k += 1;
        }
        // (`the Affordable Care Act`, `the General Data Protection
        // Regulation`: a law's name names no body.)
        let law = k > start
            && doc.norm_in(
                k - 1,
                words![
                    "act",
                    "regulation",
                    "regulations",
                    "law",
                    "bill",
                    "directive",
                    "treaty",
                    "accord",
                    "amendment",
                    "convention",
                    "code"
                ],
            );
        if k > start && !law {
            let range = start..k;
            // A word the tables give an institution's flag, or a name of two
            // words or more that no table need know (`Human Rights Watch`,
            // `the Red Cross`): a body when it reads as one.
            let institutional = range.len() >= 2
                || range.clone().any(|j| {
                    doc.token_is(j, Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::OUTLET)
                        && !doc.token_is(j, Flags::DET | Flags::PRON | Flags::PREP | Flags::CONJ)
                });
            // `drugmaker Eisai`, `the retailer Brennan's`: a descriptor before the name.
            // (Or set off after it: `the supplier, Takata,`.)
            let set_off = start > 1
                && doc.is_punct(start - 1, ',')
                && doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.is_punct(',') || t.is_punct('.'));
            // (`the Norwegian newspaper Aftenposten`: an outlet's.)
            let descriptor = (start > 0).then(|| &doc.tokens[start - 1 - usize::from(set_off)]);
            let described = descriptor.is_some_and(|head| {
                !head.capitalized && head.is(Flags::ORGANIZATION | Flags::MEDIA)
            });
            // `Brennan’s, the department store chain,`: an appositive says what it is.
            let after = if k < n && doc.norm_is(k, "'s") {
                k + 1
            } else {
                k
            };
            // (Its head, not a preposition's object: `Ana Ruiz, a spokeswoman
            // for the union` is a person. Nor a clause's subject: `… in
            // northern Ohio, the company confirmed`.)
            let appositive = after + 1 < n
                && doc.is_punct(after, ',')
                && doc.norm_in(after + 1, words!["the", "a", "an"])
                && (after + 2..n.min(after + 6))
                    .take_while(|&j| {
                        doc.is_word(j)
                            && !doc.capitalized(j)
                            && !doc.token_is(j, Flags::PREP | Flags::ROLE)
                    })
                    .any(|j| {
                        doc.token_is(j, Flags::ORGANIZATION)
                            && doc.tokens.get(j + 1).is_none_or(|t| {
                                t.info
                                    .and_then(|i| i.verb)
                                    .is_none_or(|(_, form)| !form.shows_finite())
                            })
                    });
            if described || appositive {
                let range = if appositive { start..after } else { range };
                let media = !appositive && descriptor.is_some_and(|head| head.is(Flags::MEDIA));
                let kind = if media {
                    SourceKind::Media
                } else {
                    SourceKind::Organization
                };
                names.push((start, range, kind));
            } else if institutional {
                let kind = describe(doc, range.clone()).kind;
                if is_institution(kind) {
                    names.push((start, range, kind));
                }
            }
        }
        k = k.max(start + 1);
    }
    names
}

/// Whether token `k` is an `and` inside a body's name: the capitalized
/// words after it end in the head of a public body or a union (`Food and
/// Drug Administration`, `Immigration and Customs Enforcement`, `Steel and
/// Iron Workers`).
fn body_and(doc: &Document, k: usize) -> bool {
    if !doc.norm_is(k, "and") {
        return false;
    }
    let end = (k + 1..doc.tokens.len())
        .find(|&j| !doc.capitalized(j))
        .unwrap_or(doc.tokens.len());
    // (`Competition and Markets Authority`, `Avon and Somerset Police`: a
    // public body's or institution's own head word ends the name.)
    // (Not the last of a list: `Stonegate Partners and Arbor Ridge Holdings`.)
    let first = (0..k)
        .rev()
        .take_while(|&j| doc.capitalized(j))
        .last()
        .unwrap_or(k);
    let listed = first > 0 && doc.is_punct(first - 1, ',');
    end > k + 1
        && (body_kind(doc.norm(end - 1)).is_some()
            || !listed && doc.token_is(end - 1, Flags::GOVERNMENT | Flags::ORGANIZATION))
}

/// `Ministry of Education, Culture and Science`, `Department for
/// Environment, Food and Rural Affairs`: a comma inside a body's name, in
/// the list of what the body is of or for, which a last `and` closes.
fn comma_in_name(doc: &Document, c: usize) -> bool {
    if c == 0 || !doc.is_punct(c, ',') {
        return false;
    }
    let mut of = c - 1;
    while of > 0 && doc.capitalized(of) {
        of -= 1;
    }
    let mut and = c + 1;
    while and < doc.tokens.len() && (doc.capitalized(and) || doc.is_punct(and, ',')) {
        and += 1;
    }
    of + 1 < c
        && of > 0
        && doc.norm_in(of, words!["of", "for"])
        && doc.capitalized(of - 1)
        && doc.token_is(of - 1, Flags::GOVERNMENT | Flags::ORGANIZATION)
        && and > c + 1
        && and < doc.tokens.len()
        && doc.norm_is(and, "and")
        && doc.capital_at(and + 1)
}

/// Whether token `k` is a comma that sets a phrase off, not one inside a
/// body's name (`Ministry of Education, Culture and Science`).
fn set_off_comma(doc: &Document, k: usize) -> bool {
    doc.is_punct(k, ',') && !comma_in_name(doc, k)
}

/// The name of a group from its members' names: `NHK and Vedomosti`.
fn group_name(entities: &[Entity], members: &[usize], fallback: &str) -> String {
    let names: Vec<&str> = members
        .iter()
        .map(|&m| entities[m].description.name.as_str())
        .collect();
    match names.as_slice() {
        [] => fallback.to_owned(),
        [one] => (*one).to_owned(),
        [init @ .., last] => [&init.join(", "), " and ", last].concat(),
    }
}

/// Runs of two to five capitalized words that are not places,
/// organizations or sentence-opening function words: people's names.
fn person_names(doc: &Document) -> Vec<(usize, Range<usize>)> {
    let mut names = Vec::new();
    // Surnames of the people named so far: a later `Albrecht` names her again.
    // (These sets map each word to a place it was seen: the resolver's
    // map type, compiled once.)
    let mut surnames: HashMap<String, usize> = HashMap::default();
    // First names of the people named so far: `Thomas' sister` names Thomas Sam.
    let mut given: HashMap<String, usize> = HashMap::default();
    // Names inside a quotation (`“Kwame is our player,” he said`) are the
    // speaker's words, not people the article introduces.
    let quoted = inside_quotes(doc);
    // Words no table knows, seen alone before as a verb's subject.
    let mut seen_alone: HashMap<String, usize> = HashMap::default();
    let mut k = 0;
    let n = doc.tokens.len();
    while k < n {
        // (`By Natalie Ferrante and Owen Kessler`: a byline's writers are
        // no one the article's pronouns speak of.)
        if doc.norm_is(k, "by") && (k == 0 || doc.line_break_before(k)) {
            k += 1;
            while k < n && !doc.line_break_before(k) {
                k += 1;
            }
            continue;
        }
        let start = k;
        while k < n
            && (k == start || !doc.line_break_before(k))
            && (is_name_word(doc, k)
                || k > start
                    && k + 1 < n
                    && doc.token_is(k, Flags::PARTICLE)
                    && !doc.capitalized(k)
                    && is_name_word(doc, k + 1))
        {
            k += 1;
        }
        let len = k - start;
        // (`a former Rovers captain`, `a Trump aide`: a name that modifies a
        // role names no one a pronoun can take; not one whose verb a role
        // spells, `Ines Morland chairs the trust`.)
        let modifier = k < n
            && !doc.capitalized(k)
            && doc.token_is(k, Flags::ROLE)
            && !(doc.norm_ends_with(k, "s")
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is(Flags::DET | Flags::POSS)));
        // `Desert Valley Medical Center`: a run that an institution's word ends is no person.
        let institution_follows = k < n
            && doc.capitalized(k)
            && doc.token_is(
                k,
                Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::MEDIA | Flags::OUTLET,
            );
        // `Meridian Health`, `the Tillery Family Trust`: a company's name.
        let company = len >= 2 && is_company_name_word(doc.norm(k - 1))
            || k < n && doc.capitalized(k) && is_company_name_word(doc.norm(k));
        // `DES MOINES, Iowa —`: a dateline in capitals names a place.
        let capitals = len >= 1 && (start..k).all(|j| is_capitals_word(doc, j));
        // `the University of Wisconsin–Green Bay`: a name joined by a dash
        // with no space ends an institution's.
        let joined = start >= 2
            && doc.tokens[start - 1].kind == TokenKind::Punct('–')
            && doc.tokens[start - 1].start == doc.tokens[start - 2].end
            && doc.tokens[start - 1].end == doc.tokens[start].start
            && doc.capitalized(start - 2);
        // `Sen. Owen Tillery, R-Bannock Ridge,`: a party tag and its town.
        let party_tag =
            start > 0 && doc.is_punct(start - 1, ',') && doc.party_tag(start..k).is_some();
        // `New Hampshire`: a place of several words.
        let place = len >= 2 && place_at(doc, start, k).is_some_and(|(stop, _, _)| stop == k);
        if institution_follows || company || capitals || joined || party_tag || place {
            k = k.max(start + 1);
            continue;
        }
        if (2..=5).contains(&len) {
            // Name words carry no institution, place or media flag, so the run
            // names a person.
            surnames.entry(doc.norm(k - 1).to_owned()).or_insert(start);
            given.entry(doc.norm(start).to_owned()).or_insert(start);
            if !quoted[start] && !modifier {
                names.push((start, start..k));
            }
        } else if len == 1
            && !quoted[start]
            && !modifier
            && (surnames.contains_key(doc.norm(start))
                || given.contains_key(doc.norm(start))
                || surname_as_subject(doc, start, &mut seen_alone)
                || role_in_apposition(doc, start))
        {
            names.push((start, start..k));
        }
        k = k.max(start + 1);
    }
    names
}

/// `Clinton, the Democratic nominee,`: one name word with a role set off
/// after it names a person.
fn role_in_apposition(doc: &Document, k: usize) -> bool {
    let word = |j: usize| doc.tokens.get(j).is_some_and(|t| t.is_plain_word());
    doc.unknown(k)
        && doc.tokens.get(k + 1).is_some_and(|t| t.is_punct(','))
        && word(k + 2)
        && doc.norm_in(k + 2, ARTICLES)
        && (k + 3..k + 7)
            .take_while(|&j| word(j))
            .any(|j| doc.token_is(j, Flags::ROLE) && !doc.capitalized(j))
}

/// `Trump said … . Trump seized on the emails.`: a word no table knows,
/// standing alone before a verb for the second time, is a person known by
/// surname (political news names its regulars so); not a word in capitals.
fn surname_as_subject(doc: &Document, k: usize, seen_alone: &mut HashMap<String, usize>) -> bool {
    let verb = k + 1;
    let subject = doc.unknown(k)
        && !is_capitals_word(doc, k)
        && !doc.norm_ends_with(k, "s")
        && doc.tokens.get(verb).is_some_and(|t| {
            t.is_plain_word()
                && !t.capitalized
                && (t.is(Flags::PAST)
                    || t.info.is_none() && doc.norm_ends_with(verb, "ed")
                    || t.info
                        .and_then(|i| i.verb)
                        .is_some_and(|(_, form)| form.shows_finite()))
        });
    subject && seen_alone.insert(doc.norm(k).to_owned(), k).is_some()
}

/// For each token, whether it stands inside double quotation marks (a
/// straight `"` opens or closes by turns; each paragraph starts outside).
fn inside_quotes(doc: &Document) -> Vec<bool> {
    let mut inside = false;
    let mut paragraph = 0;
    doc.tokens
        .iter()
        .map(|t| {
            while paragraph + 1 < doc.paragraphs.len()
                && doc.paragraphs[paragraph + 1].start <= t.start
            {
                paragraph += 1;
                inside = false;
            }
            match t.kind {
                TokenKind::Quote(QuoteMark::Open) => inside = true,
                TokenKind::Quote(QuoteMark::Close) => inside = false,
                TokenKind::Quote(QuoteMark::Straight) => inside = !inside,
                _ => {}
            }
            inside
        })
        .collect()
}

fn is_name_word(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    // `St. Bartholomew`, `Inc.`: abbreviations other than initials start no person's name.
    let abbreviation = t
        .info
        .and_then(|i| i.abbreviation)
        .is_some_and(|a| !matches!(a, crate::lexicon::AbbreviationClass::Title))
        && doc.norm(k).len() > 2;
    if abbreviation {
        return false;
    }
    t.is_plain_word()
        && t.capitalized
        && !t.is(Flags::DET
            | Flags::PRON
            | Flags::PREP
            | Flags::CONJ
            | Flags::SUB
            | Flags::POSS
            | Flags::QUANT
            | Flags::ADV
            | Flags::TIME
            | Flags::WH
            | Flags::AUX
            | Flags::MODAL
            | Flags::ROLE
            | Flags::DEMONYM
            | Flags::PLACE
            | Flags::GOVERNMENT
            | Flags::ORGANIZATION
            | Flags::MEDIA
            | Flags::OUTLET
            | Flags::HONORIFIC)
        && t.info.is_none_or(|i| i.verb.is_none() && i.noun.is_none())
}

fn place_at(doc: &Document, k: usize, end: usize) -> Option<(usize, &'static str, bool)> {
    let place = place_phrase(doc, k, end)?;
    // `Washington Post`: a place's name inside a longer institution's.
    let institution = doc
        .phrase_at(k, end, &|p| {
            matches!(
                p,
                PhraseKind::Outlet | PhraseKind::Organization | PhraseKind::Government
            )
        })
        .map_or(k, |(stop, _)| stop);
    (place.0 >= institution).then_some(place)
}

fn place_phrase(doc: &Document, k: usize, end: usize) -> Option<(usize, &'static str, bool)> {
    if let Some((stop, kind)) = doc.phrase_at(k, end, &|p| {
        matches!(p, PhraseKind::Place(_) | PhraseKind::Demonym(_))
    }) {
        return match kind {
            PhraseKind::Place(p) => Some((stop, p, false)),
            PhraseKind::Demonym(p) => Some((stop, p, true)),
            _ => None,
        };
    }
    let info = doc.tokens[k].info?;
    let place = info.place?;
    Some((k + 1, place, info.flags.any(Flags::DEMONYM)))
}

fn role_at(doc: &Document, k: usize, end: usize) -> Option<(usize, Gender)> {
    if let Some((stop, PhraseKind::Role(g))) =
        doc.phrase_at(k, end, &|p| matches!(p, PhraseKind::Role(_)))
    {
        return Some((stop, g));
    }
    let t = &doc.tokens[k];
    t.is(Flags::ROLE)
        .then(|| (k + 1, t.info.map_or(Gender::Unknown, |i| i.gender)))
}

fn media_at(doc: &Document, k: usize, end: usize) -> Option<usize> {
    if let Some((stop, _)) = doc.phrase_at(k, end, &|p| p == PhraseKind::Media) {
        return Some(stop);
    }
    doc.token_is(k, Flags::MEDIA).then_some(k + 1)
}

fn text(doc: &Document, range: Range<usize>) -> String {
    doc.slice(range).to_owned()
}

/// Reads a person's name met outside any frame, with the appositive that
/// may follow it: `Maria Santos, the city's chief engineer, has …`.
fn describe_named(doc: &Document, name: Range<usize>) -> Description {
    let n = doc.tokens.len();
    let comma = name.end;
    let opens = comma + 1 < n
        && doc.is_punct(comma, ',')
        && doc.norm_in(comma + 1, words!["a", "an", "the"])
        || comma + 1 < n
            && doc.is_punct(comma, ',')
            && doc.token_is(comma + 1, Flags::ROLE | Flags::POSS);
    if opens {
        let limit = (comma + 12).min(n);
        let close = (comma + 1..limit).find(|&k| {
            doc.is_punct(k, ',') || matches!(doc.tokens[k].kind, TokenKind::Punct('.' | ';' | ':'))
        });
        if let Some(close) = close {
            let whole = describe(doc, name.start..close);
            if whole.kind == SourceKind::Person && !whole.name_words.is_empty() {
                return Description {
                    focus: name,
                    ..whole
                };
            }
        }
    }
    describe(doc, name)
}

/// Reads one mention.
pub fn describe(doc: &Document, range: Range<usize>) -> Description {
    let mut d = Description {
        kind: SourceKind::Organization,
        name: text(doc, range.clone()),
        name_words: Vec::new(),
        role: None,
        affiliation: None,
        gender: Gender::Unknown,
        pronoun: None,
        members: Vec::new(),
        focus: range.clone(),
        possessor: None,
    };
    if range.is_empty() {
        return d;
    }
    // `a hacker group known as Black Lantern`: the name given, of the kind
    // its noun tells.
    // (`a group called Return Ashtar's Heritage`: a body's whole name.)
    if let Some((known, name)) = (range.start + 1..range.end.saturating_sub(1)).find_map(|k| {
        let name = doc.name_given_at(k)?;
        (name < range.end
            && doc.capitalized(name)
            && (name..range.end).all(|j| doc.capitalized(j) || doc.norm_is(j, "'s")))
        .then_some((k, name))
    }) {
        let noun = describe(doc, range.start..known);
        let body = is_institution(noun.kind)
            && doc.token_is(
                known - 1,
                Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::MEDIA,
            );
        if body || doc.norm_is(known, "known") {
            let mut named = describe(doc, name..range.end);
            if body {
                named.kind = noun.kind;
                named.name = text(doc, name..range.end);
                named.name_words = (name..range.end).map(|j| doc.norm(j).to_owned()).collect();
            }
            return named;
        }
    }
    // (A name spelt out before its acronym, or a business's name.)
    if let Some(name) = spelt_name(doc, &range).or_else(|| business_name(doc, &range)) {
        d.name = text(doc, name.clone());
        d.name_words = name.clone().map(|k| doc.norm(k).to_owned()).collect();
        if name.clone().any(|k| doc.token_is(k, Flags::GOVERNMENT)) {
            d.kind = SourceKind::Government;
        }
        d.focus = name;
        return d;
    }
    // (`Study finds …`: a headline's document, capitalized as its first
    // word; `Reports suggest` are unnamed.)
    if range.len() == 1
        && doc.token_is(range.start, Flags::DOCUMENT)
        && !doc.norm_ends_with(range.start, "s")
        && doc.capitalized(range.start)
        && doc.starts_sentence_at(range.start)
    {
        d.kind = SourceKind::Document;
        d.name = lowercase(doc.slice(range.clone()));
        return d;
    }
    // (`A petition signed by more than 1,200 people`, `a study commissioned
    // by the museum`: a document with a participle's agent who is no author,
    // people counted or a body that paid for it, is the document.)
    if let Some(participle) = (range.start + 2..range.end.saturating_sub(1)).find(|&k| {
        doc.norm_is(k + 1, "by")
            && doc.is_plain_word(k)
            && !doc.capitalized(k)
            && doc.norm_ends_with(k, "ed")
    }) {
        let document = describe(doc, range.start..participle);
        let agent = describe(doc, participle + 2..range.end);
        let author = is_institution(agent.kind)
            || agent.kind == SourceKind::Group
            || !agent.name_words.is_empty()
                && !agent.name.starts_with(|c: char| c.is_ascii_digit());
        let sponsor = doc.norm_in(
            participle,
            words![
                "commissioned",
                "funded",
                "sponsored",
                "ordered",
                "requested",
                "signed"
            ],
        );
        if document.kind == SourceKind::Document && (sponsor || !author) {
            return document;
        }
    }
    // (`Court records show …`, `Police records show …`: a common noun
    // capitalized only as the sentence's first word, before a document's.)
    if range.len() == 2
        && doc.starts_sentence_at(range.start)
        && doc.capitalized(range.start)
        && doc.token_is(range.start, Flags::ORGANIZATION | Flags::GOVERNMENT)
        && !doc.token_is(range.start, Flags::PLACE | Flags::OUTLET)
        && doc.token_is(range.start + 1, Flags::DOCUMENT)
        && !doc.capitalized(range.start + 1)
    {
        d.kind = SourceKind::Document;
        d.focus = range.clone();
        return d;
    }
    // `Another said`: one more unnamed person, whom the resolver names.
    if range.len() == 1 && doc.norm_is(range.start, "another") {
        d.kind = SourceKind::Anonymous;
        return d;
    }
    // `Those who knew him`, `many who attended`: unnamed people, named by
    // the clause that describes them.
    if range.len() > 2
        && doc.norm_in(
            range.start,
            words!["those", "anyone", "everyone", "someone", "many", "all"],
        )
        && doc.norm_is(range.start + 1, "who")
    {
        d.kind = SourceKind::Anonymous;
        return d;
    }
    // `Americans over 65`: the age is no part of the name.
    let mut range = range;

    if range.len() >= 3 && doc.age_before(range.end) {
        range.end -= 2;
    }
    // `Just 19 percent`, `Forty-one percent of likely voters`, `nearly 7 in
    // 10`: a share of those polled, unnamed.
    let last = range.end - 1;
    let number = |k: usize| doc.number_at(k);
    let share = (range.start + 1..range.end.min(range.start + 4))
        .any(|k| doc.norm_is(k, "percent") && number(k - 1))
        || doc.is_punct(last, '%')
        || number(last)
            && last >= range.start + 2
            && doc.norm_is(last - 1, "in")
            && number(last - 2)
        // (`a plurality`, `a slim majority`: of those just polled.)
        || range.len() <= 3
            && doc.norm_in(last, POLLED_SHARES)
            && doc.token_is(range.start, Flags::DET);
    if share {
        // Those polled are the source: `58 percent of likely voters` is
        // likely voters'; a bare `33 percent` is one of the groups just named.
        d.kind = SourceKind::Anonymous;
        match (range.start + 1..range.end).find(|&k| doc.norm_is(k, "of")) {
            Some(of) if of + 1 < range.end => d.name = text(doc, of + 1..range.end),
            _ => d.pronoun = Some(Pronoun::Partitive),
        }
        return d;
    }
    // `a handful of Republicans`, `a growing number of senators`, `a small
    // group of donors`: the people counted.
    let counted_of = (range.start + 2..range.end.min(range.start + 4))
        .find(|&k| doc.norm_is(k, "of"))
        .filter(|&of| {
            of + 1 < range.end
                && doc.norm_in(range.start, ARTICLES)
                && doc.norm_in(
                    of - 1,
                    words![
                        "handful", "number", "couple", "dozen", "few", "group", "bloc", "pair",
                        "trio"
                    ],
                )
                && (range.start + 1..of - 1).all(|k| doc.is_plain_word(k) && !doc.capitalized(k))
        });
    if let Some(of) = counted_of {
        let mut people = describe(doc, of + 1..range.end);
        if people.kind == SourceKind::Person || people.kind == SourceKind::Organization {
            people.kind = SourceKind::Anonymous;
        }
        return people;
    }
    // `A copy of the March inspection report`, `a draft of the agreement`:
    // the text copied speaks.
    let copied_of = (range.start + 1..range.end.min(range.start + 3)).find(|&k| {
        doc.norm_is(k, "of")
            && k + 1 < range.end
            && doc.norm_in(
                k - 1,
                words!["copy", "copies", "draft", "drafts", "excerpt", "excerpts", "version"],
            )
    });
    if let Some(of) = copied_of {
        return describe(doc, of + 1..range.end);
    }
    // `Half of voters`, `a third of independents`, `Six in 10 voters`,
    // `nearly one in five independents`: a fraction of a polled group is it.
    let fraction_of = (range.start + 1..range.end.min(range.start + 4)).find(|&k| {
        doc.norm_is(k, "of")
            && doc.norm_in(
                k - 1,
                words![
                    "half",
                    "third",
                    "thirds",
                    "quarter",
                    "quarters",
                    "fifth",
                    "fifths",
                    "majority",
                    "plurality",
                    "minority"
                ],
            )
    });
    let ratio = (range.start + 1..range.end.min(range.start + 4))
        .find(|&k| doc.norm_is(k, "in") && k + 1 < range.end && number(k - 1) && number(k + 1));
    let polled = match (fraction_of, ratio) {
        (Some(of), _) => of + 1,
        (None, Some(k)) => k + 2,
        (None, None) => range.end,
    };
    if polled < range.end {
        let group = describe(doc, polled..range.end);
        if group.kind == SourceKind::Anonymous {
            return group;
        }
    }
    // `Sen. Ann Lowe (D-Ore.)`: the parenthetical after a name tells its
    // party, not its name.
    // (An appositive after it is left unread: `(R-N.M.), who chairs …`.)
    let close = (range.start + 2..range.end)
        .find(|&k| doc.is_punct(k, ')') && (k + 1 == range.end || doc.is_punct(k + 1, ',')));
    if let Some(close) = close {
        let open = (range.start + 1..close)
            .rev()
            .take(8)
            .find(|&k| doc.is_punct(k, '('))
            .filter(|&open| doc.capitalized(open - 1));
        if let Some(open) = open {
            let mut d = describe(doc, range.start..open);
            let party = doc.party_tag(open + 1..close);
            // `The secretary general of CEI (Italian Episcopal Conference),
            // Nunzio Galantino`: a spelt-out acronym, then the name.
            if party.is_none() && close + 2 < range.end {
                let named = describe(doc, close + 2..range.end);
                if d.name_words.is_empty() && named.kind == SourceKind::Person {
                    return Description {
                        role: d.role.or(Some(d.name)),
                        affiliation: d.affiliation.or(named.affiliation.clone()),
                        ..named
                    };
                }
            }
            if d.affiliation.is_none() {
                d.affiliation = party.map(str::to_string);
            }
            return d;
        }
    }
    if range.len() == 1 && doc.token_is(range.start, Flags::PRON | Flags::POSS | Flags::OBJPRON) {
        // A possessive names its owner: `his assertion` is his.
        let word = doc.norm(range.start);
        d.pronoun = Some(if words!["he", "his", "him"].has(word) {
            Pronoun::He
        } else if words!["she", "her"].has(word) {
            Pronoun::She
        } else if words!["they", "their", "them"].has(word) {
            Pronoun::They
        } else if words!["it", "its"].has(word) {
            Pronoun::It
        } else {
            Pronoun::Speaker
        });
        // (An `it` no antecedent claims is a body or a text, no person.)
        d.kind = if d.pronoun == Some(Pronoun::It) {
            SourceKind::Organization
        } else {
            SourceKind::Person
        };
        return d;
    }
    // `One of them`, `two of those`: a part of the group a pronoun refers to.
    if range.len() == 3
        && doc.norm_is(range.start + 1, "of")
        && doc.norm_in(range.end - 1, words!["them", "those"])
    {
        d.pronoun = Some(Pronoun::They);
        d.kind = SourceKind::Anonymous;
        return d;
    }
    // Drop a leading article; keep quantifiers of unnamed sources. A
    // relative clause (`the document which had a stamp …`) names nothing.
    let mut start = range.start;
    // Nor does a participle after a name (`researchers at Carnegie Mellon
    // University published in March`).
    // (`a poll released Monday`: nor a participle before a time.)
    let end = (range.start + 1..range.end)
        .find(|&k| {
            let t = &doc.tokens[k];
            let participle = t.is_plain_word() && !t.capitalized && doc.norm_ends_with(k, "ed");
            let to_be = doc.norm_is(k, "to")
                && k + 2 < range.end
                && doc.norm_is(k + 1, "be")
                && doc.norm_ends_with(k + 2, "ed");
            // (`a report seen by the Ledger`: the text speaks, not who saw it.)
            let handled = k + 1 < range.end
                && doc.norm_is(k + 1, "by")
                && doc.norm_in(
                    k,
                    words!["seen", "obtained", "reviewed", "examined", "viewed"],
                );
            // (`unions that backed her`: `that` before a past verb opens
            // a relative clause too.)
            let relative_that = doc.norm_is(k, "that")
                && k > range.start
                && doc.tokens.get(k + 1).is_some_and(|n| {
                    n.is_plain_word()
                        && !n.capitalized
                        && (n.is(Flags::PAST | Flags::AUX | Flags::MODAL)
                            || doc.norm_ends_with(k + 1, "ed")
                            // (`a hedge fund that owns 4.8%`: a present verb.)
                            || in_single_s(doc.norm(k + 1)))
                });
            // (`fiscal hawks led by Sen. Brandt`, `senators including Ann
            // Lowe`: the people described, not whoever leads or is among them;
            // but `results tallied by the AP` are the AP's.)
            let led = t.is(Flags::PAST) && k + 1 < range.end && doc.norm_is(k + 1, "by")
                || doc.norm_is(k, "including");
            // (Whether the words before it name unnamed people, read only
            // where a rule needs it: a description of its own.)
            let people_before = || describe(doc, range.start..k).kind == SourceKind::Anonymous;
            // (A text keeps its author: `a summary released by the committee`.)
            let led = led && !doc.capitalized(k - 1) && doc.is_word(k - 1) && people_before();
            // (`forms she filed with the office`: a contact clause.)
            let contact = doc.norm_in(k, SUBJECT_PRONOUNS);
            t.is(Flags::REL)
                || contact
                || relative_that
                || to_be
                || handled
                || led
                || participle
                    && doc.capitalized(k - 1)
                    && !doc.token_is(k - 1, Flags::DET | Flags::POSS | Flags::QUANT)
                || participle
                    && doc.is_word(k - 1)
                    && !doc.token_is(k - 1, Flags::DET | Flags::POSS | Flags::QUANT)
                    && (k + 1 == range.end
                        || doc.token_is(k + 1, Flags::TIME)
                        || doc.norm_in(k + 1, words!["last", "this", "next", "earlier"])
                        // (`a study published on Wednesday in the journal`,
                        // `an audit presented in August`: a text's own
                        // occasion; but `people briefed on the call`.)
                        || doc.token_is(k + 1, Flags::PREP)
                            && !doc.norm_is(k + 1, "by")
                            && !people_before())
        })
        .unwrap_or(range.end);
    // `Some in the party`, `Many in Congress`: unnamed people of a body.
    if range.len() > 2
        && doc.norm_in(range.start, GROUP_QUANTIFIERS)
        && doc.token_is(range.start + 1, Flags::PREP)
        && !doc.norm_is(range.start + 1, "of")
        && (doc.token_is(range.start + 2, Flags::DET) || doc.capitalized(range.start + 2))
    {
        d.kind = SourceKind::Anonymous;
        return d;
    }
    while start < end
        && (doc.norm_in(start, ARTICLES)
            // (Not the last word: `Others` alone are people.)
            || start + 1 < end && doc.norm_in(start, GROUP_QUANTIFIERS)
            // (`some of the aides`: the group's words.)
            || start > range.start && doc.norm_is(start, "of")
            // (`two Senate aides`, `at least three people`: a count is no
            // part of the name; `Two Forks police` is a place's.)
            || doc.number_at(start)
                && doc.tokens.get(start + 1).is_some_and(|t| {
                    t.is_word()
                        && (!t.capitalized
                            || t.is(Flags::GOVERNMENT
                                | Flags::ORGANIZATION
                                | Flags::ROLE
                                | Flags::ANON
                                | Flags::DEMONYM)
                            || is_capitals_word(doc, start + 1))
                })
            || doc.past_at_least(start) > start
            || start > range.start && doc.past_at_least(start - 1) == start + 1)
    {
        start += 1;
    }
    if range.len() == 1
        && (doc.token_is(range.start, Flags::QUANT)
            || doc.norm_is(range.start, "one")
            || doc.is_number(range.start))
    {
        d.kind = SourceKind::Anonymous;
        d.pronoun = Some(Pronoun::Partitive);
        return d;
    }
    if start == end {
        return d;
    }
    // `people close to Sanders`, `a source close to Putin`: an unnamed
    // source near someone named, who is not the source.
    // (Only a mention with a preposition can hold such a phrase.)
    let has_preposition = (start..end).any(|k| doc.token_is(k, Flags::PREP));
    let near = [range.start, start]
        .into_iter()
        .filter(|_| has_preposition)
        .find_map(|from| {
            doc.phrase_at(from, end, &|p| p == PhraseKind::Anonymous)
                .filter(|&(stop, _)| stop < end && doc.token_is(stop - 1, Flags::PREP))
        });
    if let Some((stop, _)) = near {
        let mut named = stop;
        while named < end && doc.norm_in(named, ARTICLES) {
            named += 1;
        }
        d.kind = SourceKind::Anonymous;
        d.name = text(doc, start..end);
        d.focus = start..end;
        d.affiliation = (named < end && doc.capitalized(named)).then(|| text(doc, named..end));
        return d;
    }
    // `reports from NHK`, `a statement by the ministry`: the owner speaks.
    if let Some(owner) = owner_of_report(doc, start, end) {
        return describe(doc, owner);
    }
    // A group: conjuncts that each name a source. (Not the roles of one
    // person's appositive: `Kevin Szabo, the chief adviser and a former
    // economist at the institute`.)
    let first_comma = (start..end).find(|&k| set_off_comma(doc, k));
    let described_name = first_comma.is_some_and(|c| {
        c > start
            && (start..c).all(|k| doc.capitalized(k) || doc.is_punct(k, '.'))
            && doc.tokens.get(c + 1).is_some_and(|t| {
                t.is(Flags::DET | Flags::POSS)
                    // (`Tom Baker, chairman of the board and a longtime
                    // donor`: a bare role, with no name after its `and`.)
                    || t.is(Flags::ROLE)
                        && !t.capitalized
                        && (c + 2..end).all(|k| {
                            !doc.norm_is(k, "and")
                                || doc.tokens.get(k + 1).is_some_and(|n| {
                                    n.is(Flags::DET) || !n.capitalized
                                })
                        })
            })
            && !(c + 1..end).any(|k| doc.is_punct(k, ','))
    });
    let conjuncts = if described_name {
        Vec::new()
    } else {
        conjuncts(doc, start, end)
    };
    if conjuncts.len() >= 2 {
        d.kind = SourceKind::Group;
        d.name = text(doc, start..end);
        d.members = conjuncts;
        d.focus = start..end;
        return d;
    }
    // An appositive: `Ana Ruiz, a nurse at the clinic`.
    let comma = (start..end).find(|&k| set_off_comma(doc, k));
    let (head_end, appositive) = match comma {
        Some(c) => (c, Some(c + 1..end)),
        None => (end, None),
    };
    read_name_and_role(doc, start, head_end, &mut d);
    // `Sen. Ann Lowe, R-Ore.`: AP's party tag set off by commas.
    if let Some(party) = appositive.clone().and_then(|app| doc.party_tag(app)) {
        d.affiliation = Some(party.to_owned());
        return d;
    }
    // `The mayor of Dayton, Ohio`: a place's state names no one.
    let state = appositive
        .clone()
        .is_some_and(|app| doc.state_tag(app) && head_end > start && doc.capitalized(head_end - 1));
    if state {
        return d;
    }
    if let Some(app) = appositive {
        let mut extra = Description { ..d.clone() };
        extra.role = None;
        extra.affiliation = None;
        extra.name_words = Vec::new();
        let mut a = app.start;
        // `Rosa Diaz, 71, a retired teacher`: the age is no role.
        if doc.is_number(a) {
            a += 1;
            while a < app.end && doc.is_punct(a, ',') {
                a += 1;
            }
        }
        while a < app.end && doc.norm_in(a, ARTICLES) {
            a += 1;
        }
        // (`Capital Economics, a London-based consultancy`: read past the
        // words that only describe it; the role keeps them.)
        let mut head = a;
        while head < app.end
            && has_char(doc.norm(head), '-')
            && describes_in_passing(doc.norm(head))
        {
            head += 1;
        }
        read_name_and_role(doc, head, app.end, &mut extra);
        if head > a {
            extra.role = extra.role.map(|role| [text(doc, a..head), role].join(" "));
        }
        let institution_word = (start..head_end).any(|k| {
            doc.capitalized(k) && doc.token_is(k, Flags::ORGANIZATION | Flags::GOVERNMENT)
        });
        if d.name_words.is_empty() && !extra.name_words.is_empty() {
            // `a newspaper, Ziarul Nou`: the appositive is the name.
            let head_kind = d.kind;
            let head_role = d.role.take().or_else(|| Some(text(doc, start..head_end)));
            d.name = extra.name.clone();
            d.name_words = extra.name_words.clone();
            // (`The ship's operator, Thalassa Marine`: a business's noun
            // names a body, unless the name is a man's or a woman's.)
            let persons_name = extra.kind == SourceKind::Person && extra.gender != Gender::Unknown;
            let body_noun = head_end > start
                && doc.token_is(
                    head_end - 1,
                    Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::MEDIA,
                );
            d.kind = match head_kind {
                SourceKind::Anonymous => extra.kind,
                SourceKind::Organization if !body_noun || persons_name => extra.kind,
                _ => head_kind,
            };
            d.role = head_role;
        }
        // The appositive's words up to its first preposition or clause.
        let stop = (a..app.end)
            .find(|&k| {
                doc.token_is(k, Flags::PREP | Flags::REL | Flags::SUB) || doc.is_punct(k, ',')
            })
            .unwrap_or(app.end);
        if d.role.is_none() {
            d.role = extra
                .role
                .clone()
                .or_else(|| (stop > a).then(|| text(doc, a..stop)));
        }
        if d.affiliation.is_none() {
            d.affiliation = extra.affiliation;
            d.possessor = extra.possessor;
        }
        if d.gender == Gender::Unknown {
            d.gender = extra.gender;
        }
        if d.name_words.is_empty() {
            d.name = text(doc, start..head_end);
        }
        // The appositive tells what the name names: a person (`Ana Ruiz, a
        // nurse`) or a body (`Skyline Air, a regional carrier`); a body's own
        // head word (`the Border Rights Coalition, an advocacy group`) holds.
        if !d.name_words.is_empty() && extra.name_words.is_empty() {
            match extra.kind {
                SourceKind::Person if d.kind == SourceKind::Organization && !institution_word => {
                    d.kind = SourceKind::Person;
                }
                // (Only a word that names a body says so: `John Ames, a
                // nutritionist at Harvard University` is a person.)
                SourceKind::Organization | SourceKind::Government | SourceKind::Media
                    if d.kind == SourceKind::Person
                        && !institution_word
                        && (a..stop).any(|k| {
                            doc.token_is(
                                k,
                                Flags::ORGANIZATION
                                    | Flags::GOVERNMENT
                                    | Flags::MEDIA
                                    | Flags::OUTLET,
                            )
                        }) =>
                {
                    d.kind = extra.kind;
                }
                // (`ByteWire, a technology news site`: a body that publishes.)
                SourceKind::Media if d.kind == SourceKind::Organization && !institution_word => {
                    d.kind = SourceKind::Media;
                }
                _ => {}
            }
        }
    }
    // (`One crane operator, who has worked at the port …`: a noun `who`
    // speaks of is a person's, though it may name a business.)
    let who_follows = end + 1 < doc.tokens.len()
        && doc.is_punct(end, ',')
        && doc.norm_in(end + 1, words!["who", "whose"]);
    if who_follows && d.kind == SourceKind::Organization && d.name_words.is_empty() {
        d.kind = SourceKind::Anonymous;
    }
    d
}

/// For `reports from X`, `a statement by X`, `X's report`: the token range of X.
fn owner_of_report(doc: &Document, start: usize, end: usize) -> Option<Range<usize>> {
    let is_report_noun = |k: usize| {
        let t = &doc.tokens[k];
        t.is_cue_noun() || t.is(Flags::DOCUMENT) && !t.capitalized
    };
    // The head noun ends before the first preposition or relative clause.
    let head_end = (start + 1..end)
        .find(|&k| doc.token_is(k, Flags::PREP | Flags::REL))
        .unwrap_or(end);
    for k in start..head_end {
        // `PC World's recent analysis of its traffic`: the possessor owns it.
        if doc.norm_is(k, "'s") && k > start && k + 1 < head_end && is_report_noun(head_end - 1) {
            return Some(start..k);
        }
    }
    for k in start..end {
        let word = doc.norm(k);
        // `a report published by the ministry`: its author owns it (not `a
        // letter seen by Sky News`: who saw it is no author).
        let authored = word == "by"
            && k > start + 1
            && doc.norm_in(k - 1, words![
                "published",
                "released",
                "issued",
                "prepared",
                "conducted",
                "written",
                "compiled",
                "produced",
                "commissioned"
            ])
            // (Set off or not: `the report, published by Amnesty`.)
            && (is_report_noun(k - 2) || k > start + 2 && doc.is_punct(k - 2, ',') && is_report_noun(k - 3));
        if authored && k + 1 < end {
            // (`published by the group last month`, `… on Monday`: the
            // time is no word of its author.)
            let time = |j: usize| {
                doc.token_is(j, Flags::TIME)
                    || doc.norm_in(
                        j,
                        words![
                            "last", "this", "next", "earlier", "on", "in", "week", "month", "year"
                        ],
                    )
            };
            let mut author_end = end;
            while author_end > k + 2 && time(author_end - 1) {
                author_end -= 1;
            }
            return Some(k + 1..author_end);
        }
        if words!["from", "by", "of"].has(word) && k > start && is_report_noun(k - 1) && k + 1 < end
        {
            // `an analysis of its own data` is about its object; `the
            // findings of the committee` are the committee's.
            let object = past_articles(doc, k + 1..end)?;
            let owner =
                word != "of" || doc.capitalized(object) || doc.token_is(object, Flags::SOURCE_HEAD);
            return owner.then(|| k + 1..end);
        }
    }
    None
}

/// `K.C. Maurer, chief financial officer and treasurer at the foundation`:
/// roles after a comma describe the name before them, and a role joined to
/// such a role by `and` does too; they are no conjuncts of their own.
fn join_appositive_roles(doc: &Document, parts: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let first_word = |r: &Range<usize>| past_articles(doc, r.clone()).unwrap_or(r.start);
    let role_only = |r: &Range<usize>| {
        let head_end = (r.start + 1..r.end)
            .find(|&j| doc.token_is(j, Flags::PREP))
            .unwrap_or(r.end);
        !(r.start..head_end).any(|j| doc.capitalized(j))
            && (r.start..head_end).any(|j| doc.token_is(j, Flags::ROLE))
    };
    let named = |r: &Range<usize>| {
        let mut first = first_word(r);
        // (`Professor Marja Kallio`, `Dr. Sanna Heikkinen`: past a title.)
        while first + 1 < r.end
            && doc.capitalized(first)
            && doc.token_is(first, Flags::HONORIFIC | Flags::ROLE)
            && doc.capitalized(first + 1)
        {
            first += 1;
        }
        let t = &doc.tokens[first];
        t.capitalized && !t.is(Flags::ROLE | Flags::DET | Flags::PRON)
    };
    let mut joined: Vec<Range<usize>> = Vec::new();
    let mut in_appositive = false;
    for part in parts {
        let after_comma = part.start > 0 && doc.is_punct(part.start - 1, ',');
        // (`Dr. Sanna Heikkinen, who runs a clinic,`: a relative clause on
        // the name; `his counterpart in Palo, Ernesto Villanueva`: the name
        // of a role its owner's.)
        let relative = after_comma && doc.norm_in(part.start, words!["who", "whose"]);
        let name_of_role = after_comma
            && named(&part)
            && joined.last().is_some_and(|prev| {
                doc.token_is(prev.start, Flags::POSS)
                    && prev.len() >= 2
                    && !doc.capitalized(prev.start + 1)
            });
        // (`Marja Kallio, an endocrinologist at …,`: an indefinite
        // description is the name's, whatever its noun.)
        let described = doc.norm_in(part.start, words!["a", "an"]) && part.len() >= 2;
        let joins = relative && !joined.is_empty()
            || name_of_role
            || (role_only(&part) || described)
                && joined.last().is_some_and(|prev| {
                    after_comma && named(prev) && !in_appositive
                        || in_appositive && !after_comma && first_word(&part) == part.start
                });
        match joined.last_mut() {
            Some(prev) if joins => prev.end = part.end,
            _ => joined.push(part),
        }
        in_appositive = joins;
    }
    joined
}

/// Splits `A and B`, `A, B, and C` into conjuncts when each names a source.
fn conjuncts(doc: &Document, start: usize, end: usize) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut part_start = start;
    let mut saw_and = false;
    // Whether a comma inside a body's name has opened its list.
    let mut listing = false;
    for k in start..end {
        let word = doc.norm(k);
        // (Not a body's own `and`: `Food and Drug Administration`, nor its
        // list's: `Department for Environment, Food and Rural Affairs`.)
        let inner_and = k > start
            && doc.capitalized(k - 1)
            && !doc.token_is(k - 1, Flags::SOURCE_HEAD)
            && body_and(doc, k)
            || listing && word == "and";
        listing = (listing || comma_in_name(doc, k)) && word != "and";
        let splits = (words!["and", "or", "nor"].has(word) || doc.is_punct(k, ','))
            && !inner_and
            && !listing;
        if splits {
            if k > part_start {
                parts.push(part_start..k);
            }
            part_start = k + 1;
            saw_and |= word != ",";
        }
    }
    if part_start < end {
        parts.push(part_start..end);
    }
    let parts = join_appositive_roles(doc, parts);
    if !saw_and || parts.len() < 2 {
        return Vec::new();
    }
    // `Ministry of Trade and Industry`, `Johnson and Johnson`: one name.
    let names_a_source = |r: &Range<usize>| {
        // (`Britain and the United States`: a name after its article.)
        let first = &doc.tokens[past_articles(doc, r.clone()).unwrap_or(r.start)];
        let last = r.end - 1;
        // `several neighbourhood associations`: a plural common noun.
        let plural_head =
            doc.is_plain_word(last) && doc.unknown(last) && doc.norm_ends_with(last, "s");
        plural_head
            || (first.capitalized && !first.is(Flags::PREP))
            || r.clone().any(|k| {
                doc.token_is(
                    k,
                    Flags::ROLE
                        | Flags::ANON
                        | Flags::MEDIA
                        | Flags::GOVERNMENT
                        | Flags::ORGANIZATION
                        | Flags::DOCUMENT
                        | Flags::POSS,
                )
            })
    };
    // (`Centers for Disease Control and Prevention`: `for` inside a name too.)
    // (Not one in an insert: `Marja Kallio, an endocrinologist at the
    // University of Helsinki, and …`.)
    let preposition_in_name = (start..end).any(|k| {
        k > start
            && doc.capitalized(k - 1)
            && (doc.norm_is(k, "of") || doc.norm_is(k, "for") && doc.capital_at(k + 1))
            && !(start..k)
                .rev()
                .find(|&j| doc.is_punct(j, ','))
                .is_some_and(|comma| doc.norm_in(comma + 1, words!["a", "an"]))
    });
    // (But after a name, an `and the` opens another: `the Department of
    // Justice and the FBI`.)
    let another_name = doc.capitalized(past_articles(doc, start..end).unwrap_or(start))
        && !doc.token_is(start, Flags::ROLE | Flags::ANON)
        && (start..end)
            .any(|k| doc.norm_is(k, "and") && k + 1 < end && doc.token_is(k + 1, Flags::DET));
    if preposition_in_name && !another_name || !parts.iter().all(names_a_source) {
        return Vec::new();
    }
    parts
}

/// `Moody's`, `Standard & Poor's`, `Procter & Gamble`: a business whose name
/// ends in `'s` (the subject of its own verb: a person is never named so)
/// or joins words with `&`.
fn business_name(doc: &Document, range: &Range<usize>) -> Option<Range<usize>> {
    let last = range.end - 1;
    // (Not a possessor, `Preece's plan`: the name's own verb follows.)
    let ends_in_s = range.len() >= 2 && doc.name_in_s_before(range.end);
    let name_end = if ends_in_s { last - 1 } else { last };
    let mut first = name_end;
    let mut ampersand = false;
    while first > range.start
        && (doc.is_punct(first - 1, '&')
            || doc.capitalized(first - 1) && !doc.token_is(first - 1, Flags::DET))
    {
        ampersand |= doc.is_punct(first - 1, '&');
        first -= 1;
    }
    let whole =
        first == range.start || first == range.start + 1 && doc.token_is(range.start, Flags::DET);
    (doc.capitalized(name_end) && (ends_in_s || ampersand && whole)).then_some(first..range.end)
}

/// `Immigration and Customs Enforcement (ICE)`, `Food and Drug
/// Administration (FDA)`: the name, one name though it holds `and`, whose
/// bracketed acronym spells the initials of its capitalized words.
fn spelt_name(doc: &Document, range: &Range<usize>) -> Option<Range<usize>> {
    let open = (range.start + 1..range.end.min(doc.tokens.len().saturating_sub(2)))
        .find(|&k| doc.is_punct(k, '('))?;
    let first = (range.start..open).find(|&k| {
        doc.capitalized(k) && !has_char(doc.surface(k), '.') && !doc.token_is(k, Flags::DET)
    })?;
    let initials: String = (first..open)
        .filter(|&k| doc.capitalized(k))
        .filter_map(|k| doc.surface(k).chars().next())
        .collect();
    // (Not the first of two: `the Food and Agriculture Organization (FAO)
    // and the World Food Programme (WFP)`.)
    let another = open + 3 < range.end
        && (doc.norm_in(open + 3, words!["and", "or"]) || doc.is_punct(open + 3, ','));
    (doc.is_acronym(open + 1)
        && doc.is_punct(open + 2, ')')
        && !another
        && initials.len() >= 2
        && initials == doc.surface(open + 1))
    .then_some(first..open)
}

/// Reads `[demonym/affiliation] [role] [Name]` and sets name, role,
/// affiliation, gender and kind.
fn read_name_and_role(doc: &Document, start: usize, end: usize, d: &mut Description) {
    // (`Vedomosti, 3.5` closing a text: an appositive of only an age or a
    // number leaves no words to read.)
    if start >= end {
        return;
    }
    let mut k = start;
    let mut affiliation: Option<String> = None;
    let mut role: Option<Range<usize>> = None;
    let mut role_words_before: Option<usize> = None;
    let mut media = false;
    let mut name: Option<Range<usize>> = None;
    let mut kind: Option<SourceKind> = None;
    let mut gender = Gender::Unknown;
    let mut possessor: Option<Range<usize>> = None;
    // Where a common noun's head ends before its affiliation (`research team`).
    let mut common_head: Option<usize> = None;

    while k < end {
        let t = &doc.tokens[k];
        let plural_apostrophe = plural_apostrophe(doc, k, start);
        // (`the Harwick & Lowe board`: the ampersand joins the name.)
        if doc.ampersand_in_name(k) && name.as_ref().is_some_and(|r| r.end == k) {
            if let Some(r) = &mut name {
                r.end = k + 1;
            }
            k += 1;
            continue;
        }
        if !t.is_plain_word() && !t.is_number() && !plural_apostrophe {
            k += 1;
            continue;
        }
        // `Academy of Sciences`, `Ministry of Defense`, `Center for Public
        // Integrity`: a preposition inside an institution's name.
        let of_in_name = doc.norm_in(k, words!["of", "for", "on", "against"])
            && k > start
            && doc.capitalized(k - 1)
            && (doc.token_is(k - 1, Flags::ORGANIZATION | Flags::GOVERNMENT)
                // (`Chamber of Commerce`: a body's phrase that holds the `of`.)
                || doc
                    .phrase_at(k - 1, end, &|p| {
                        matches!(p, PhraseKind::Organization | PhraseKind::Government)
                    })
                    .is_some_and(|(stop, _)| stop > k))
            && name.as_ref().is_some_and(|r| r.end == k)
            && past_articles(doc, k + 1..end).is_some_and(|j| doc.capitalized(j));
        // `Americans for Prosperity`, `Moms for Liberty`: a capitalized plural
        // of people for a capitalized cause names an advocacy group, even
        // where it opens the sentence.
        let advocacy = doc.norm_in(k, words!["for", "against"])
            && k > start
            && k + 1 < end
            && doc.capitalized(k - 1)
            && doc.is_word(k - 1)
            && doc.norm_ends_with(k - 1, "s")
            && !doc.token_is(k - 1, Flags::TIME | Flags::ORGANIZATION | Flags::GOVERNMENT)
            && doc.capitalized(k + 1)
            && doc.is_word(k + 1)
            && name.as_ref().is_none_or(|r| r.end == k);
        if advocacy {
            name = Some(name.map_or(k - 1, |r| r.start)..k);
            kind = Some(SourceKind::Organization);
        }
        // `Food and Drug Administration`: a body's name's own `and`.
        // (`Avon and Somerset Police`, `Brighton and Hove City Council`: a
        // place or a word alone before it opens the name too.)
        let opening = past_articles(doc, start..k)
            .filter(|&first| first < k && (first..k).all(|j| doc.capitalized(j)));
        let and_in_name = body_and(doc, k)
            && (name.as_ref().is_some_and(|r| r.end == k) || name.is_none() && opening.is_some());
        if let Some(first) = opening.filter(|_| and_in_name && name.is_none()) {
            name = Some(first..k);
            affiliation = None;
        }
        if of_in_name || advocacy || and_in_name {
            let mut j = k + 1;
            while j < end
                && (doc.norm_in(j, ARTICLES)
                    || doc.capitalized(j)
                    || doc.is_number(j)
                    // (`Department of Health and Human Services`, `Office of
                    // Management and Budget`: a name's own conjunction.)
                    || j > k + 1
                        && doc.norm_in(j, words!["and", "&"])
                        && doc.capital_at(j + 1)
                        && j + 1 < end
                    || comma_in_name(doc, j))
            {
                j += 1;
            }
            if let Some(r) = &mut name {
                r.end = j;
            }
            k = j;
            continue;
        }
        // `a research team from the University of Sheffield`, `residents of
        // Elbury`: a common noun's phrase that names an institution or a place
        // is its affiliation; the capitals there are not the source's name.
        if t.is(Flags::PREP)
            && !t.capitalized
            && name.is_none()
            && role.is_none()
            && role_words_before.is_some()
            && doc.norm_in(k, words!["of", "at", "from", "in", "with"])
        {
            let (a, stop, institution) = prepositional_object(doc, k, end);
            if stop > a && institution {
                affiliation = Some(text(doc, a..stop));
                common_head = Some(k);
                break;
            }
        }
        if t.is(Flags::PREP) && (name.is_some() || role.is_some()) && k + 1 < end {
            // `Ruth Engel of the University of Toronto`, `officials in Corrin County`.
            let (a, stop, institution) = prepositional_object(doc, k, end);
            if stop > a
                && institution
                && doc.norm_in(k, words!["of", "at", "for", "from", "in", "with", "to"])
            {
                // `CEO of the Refugee Council Enver Solomon`: a role's of-phrase that
                // names the institution and then the person holding the role.
                // (Not `a spokesman for House Speaker Paul Ryan`: whom he speaks for.)
                match (role.is_some() && name.is_none() && doc.norm_in(k, words!["of", "to", "at"]))
                    .then(|| name_after_institution(doc, a, stop))
                    .flatten()
                {
                    Some(p) => {
                        affiliation = Some(text(doc, a..p));
                        name = Some(p..stop);
                    }
                    // (`a Kremlin spokesman in Moscow`: the name before the role holds.)
                    None => {
                        affiliation.get_or_insert_with(|| text(doc, a..stop));
                    }
                }
            } else if doc.norm_is(k, "of")
                && stop > a
                && stop - a <= 3
                && role.as_ref().is_some_and(|r| r.end == k)
            {
                // `director of operations`, `head of research`: the role goes on.
                if let Some(r) = &mut role {
                    r.end = stop;
                }
            }
            break;
        }
        // `'s`, or the bare apostrophe of a plural: `the drivers’ union`.
        // `Harbour Workers’ Union`: an apostrophe inside an institution's name.
        if plural_apostrophe
            && name.as_ref().is_some_and(|r| r.end == k)
            && doc.tokens.get(k + 1).is_some_and(|n| {
                n.capitalized && n.is(Flags::ORGANIZATION | Flags::GOVERNMENT) && k + 1 < end
            })
        {
            if let Some(r) = &mut name {
                r.end = k + 1;
            }
            k += 1;
            continue;
        }
        let possessive = doc.norm_is(k, "'s") || plural_apostrophe;
        // `Alzheimer's Association`, `McDonald's Corp.`: an institution's
        // name with an apostrophe inside.
        // (`Moody's Investors Service`, `Children's Hospital of
        // Philadelphia`: a longer one, after an owner that is no place,
        // state or body of its own: not `Russia's Foreign Ministry`.)
        let inner_apostrophe = possessive
            && name.as_ref().is_some_and(|r| {
                r.end == k
                    && (k + 2 == end
                        || k + 2 < end
                            // (`Sudan People's Democratic Alliance`: a people's.)
                            && (r.clone().all(|j| {
                                !doc.token_is(j, Flags::PLACE | Flags::DEMONYM | Flags::GOVERNMENT)
                            }) || doc.norm_in(k - 1, words!["people", "women", "children", "workers"]))
                            && (k + 1..end).all(|j| {
                                doc.capitalized(j) && doc.is_word(j) || doc.norm_is(j, "of")
                            })
                            && (ends_a_bodys_name(doc.norm(end - 1))
                                || (k + 1..end).any(|j| {
                                    doc.capitalized(j) && doc.token_is(j, Flags::ORGANIZATION)
                                })))
            })
            && doc.tokens.get(k + 1).is_some_and(|n| {
                n.capitalized && (n.is(Flags::ORGANIZATION | Flags::GOVERNMENT) || k + 2 < end)
            });
        // (`the Public Defender's Office`, `the Prime Minister's Office`: a
        // capitalized role's own body is named so.)
        let roles_body = possessive
            && name.is_none()
            && k + 2 == end
            && role
                .as_ref()
                .is_some_and(|r| r.end == k && r.clone().all(|j| doc.capitalized(j)))
            && doc.capitalized(k + 1)
            && doc.token_is(k + 1, Flags::ORGANIZATION | Flags::GOVERNMENT);
        if roles_body {
            name = role.take().map(|r| r.start..end);
        }
        if inner_apostrophe || roles_body {
            if let Some(r) = &mut name {
                r.end = end;
            }
            k = end;
            continue;
        }
        if possessive {
            // `the company's chief executive`: the possessor is the affiliation.
            let owner = name
                .take()
                .map(|r| text(doc, r))
                .or_else(|| affiliation.clone());
            // (`one of the board's two Democrats`: the board's.)
            let owner_start = if k > start + 2
                && doc.norm_is(start + 1, "of")
                && (doc.number_at(start) || doc.token_is(start, Flags::QUANT))
            {
                start + 2
            } else {
                start
            };
            possessor = (owner.is_none() && (start..k).all(|j| !doc.capitalized(j)))
                .then_some(owner_start..k);
            affiliation = owner.or(Some(text(doc, owner_start..k)));
            role_words_before = None;
            role = None; // `the mayor's office`: the role was the possessor's
            kind = None;
            k += 1;
            continue;
        }
        if t.is(Flags::HONORIFIC) && k + 1 < end && doc.capitalized(k + 1) {
            gender = t.info.map_or(Gender::Unknown, |i| i.gender);
            k += 1;
            continue;
        }
        // `the American Heart Association`, `Ohio State University`, `the
        // Arizona Ledger`: a place opening a body's or a paper's capitalized
        // name is a word of the name.
        // (`the Jakarta Post`, `The Irish Times`: after `the`, a name no
        // role or first name opens is a body's.)
        // (`the British Airline Pilots' Association`, `the Philippine Daily
        // Inquirer`: a paper's descriptor inside its name is no role.)
        let opens_body_name = |stop: usize| {
            stop < end
                && rest_of_a_name(doc, stop, end)
                && (doc.token_is(end - 1, Flags::ORGANIZATION | Flags::OUTLET)
                    || k > 0
                        && doc.norm_is(k - 1, "the")
                        && (stop..end).all(|j| {
                            !doc.token_is(j, Flags::ROLE | Flags::HONORIFIC)
                                || j + 1 < end && doc.token_is(j, Flags::MEDIA)
                        })
                        && first_name_gender(doc.norm(stop)) == Gender::Unknown)
                && !doc.token_is(end - 1, Flags::GOVERNMENT)
        };
        // (`Georgia Smith`, `Chad Moore`: a first name that is a place's,
        // before a surname no table knows.)
        let first_name = |stop: usize| {
            stop == k + 1
                && stop + 1 == end
                && doc.capitalized(stop)
                && doc.unknown(stop)
                && first_name_gender(doc.norm(k)) != Gender::Unknown
        };
        // (`Washington County Emergency Management Agency`, `Kansas City
        // Police`: a place naming a county or city opens its name.)
        let names_a_locality = |stop: usize| {
            stop + 1 < end
                && doc.capitalized(stop)
                && doc.capitalized(stop + 1)
                && doc.norm_in(stop, MUNICIPAL_NOUNS)
        };
        // (`Washington State's Employment Security Department`: a state's
        // `State` is the place's.)
        let place = place_at(doc, k, end).map(|(stop, place, demonym)| {
            let state = stop + 1 < end && doc.norm_is(stop, "state") && doc.norm_is(stop + 1, "'s");
            (stop + usize::from(state), place, demonym)
        });
        // (The body's name is read whole: `Pilots'` or `Daily` in it is no
        // role, nor `Road` before its `and` a name of its own.)
        if place.is_some_and(|(stop, ..)| {
            name.is_none()
                && opens_body_name(stop)
                && (stop..end)
                    .any(|j| !doc.is_word(j) || doc.token_is(j, Flags::MEDIA | Flags::ROLE))
        }) {
            if (k..end).any(|j| doc.token_is(j, Flags::MEDIA))
                && !doc.token_is(end - 1, Flags::ORGANIZATION | Flags::GOVERNMENT)
            {
                kind = Some(SourceKind::Media);
            }
            name = Some(k..end);
            break;
        }
        if let Some((stop, place, demonym)) = place.filter(|&(stop, ..)| {
            !opens_body_name(stop) && !first_name(stop) && !names_a_locality(stop)
        }) {
            // (`“…,” the Swede said`: one person of that place, not its
            // state; `the French`, `the Chinese` are its people.)
            let person = demonym
                && stop == end
                && k > 0
                && doc.norm(k - 1) == "the"
                && !["sh", "ch", "se", "ss"]
                    .iter()
                    .any(|s| doc.norm(k).ends_with(s));
            if person {
                role = Some(k..stop);
            }
            if name.is_none() && (demonym || stop < end) {
                affiliation = Some(place.to_owned());
                if stop >= end && !person {
                    kind = Some(SourceKind::Government);
                    name = Some(k..stop);
                }
                k = stop;
                continue;
            }
            if stop >= end && name.is_none() && role.is_none() {
                // `Russia`, `the U.S.`: a state.
                kind = Some(SourceKind::Government);
                name = Some(k..stop);
                k = stop;
                continue;
            }
        }
        // `Retail Workers Council`, `Republican National Committee`: a
        // capitalized role before an institution's word is a word of the
        // institution's name.
        let in_institution_name = |stop: usize| {
            t.capitalized
                && (stop..end.min(stop + 3))
                    .take_while(|&j| doc.capitalized(j))
                    .any(|j| doc.token_is(j, Flags::ORGANIZATION | Flags::GOVERNMENT))
        };
        if let Some((stop, g)) =
            role_at(doc, k, end).filter(|&(stop, _)| !in_institution_name(stop))
        {
            // `Voss spokesman`: a lowercase role closing the phrase makes the name its affiliation.
            // (`a GOP lawmaker in the room`, `a GOP aide close to leadership`:
            // before a post-modifier too.)
            let closing_role = !t.capitalized
                && (stop >= end
                    || doc.token_is(stop, Flags::PREP) && !doc.capitalized(stop)
                    || doc.norm_in(stop, POSTMODIFYING_ADJECTIVES));
            if name.is_none() || closing_role || stop < end && doc.capitalized(stop) {
                // Capitalized words right before a capitalized role belong to it
                // (`Defense Minister`); before a lowercase one they are the
                // affiliation (`Kremlin spokesman`).
                let role_start = match (name.take(), role_words_before) {
                    (Some(r), _)
                        if t.capitalized
                            && r.end == k
                            && !doc.token_is(
                                r.start,
                                Flags::GOVERNMENT
                                    | Flags::ORGANIZATION
                                    | Flags::PLACE
                                    | Flags::OUTLET,
                            ) =>
                    {
                        r.start
                    }
                    (Some(r), _) => {
                        affiliation.get_or_insert_with(|| text(doc, r.clone()));
                        k
                    }
                    (None, Some(b)) => b,
                    (None, None) => k,
                };
                // `chief engineer`, `executive director`: roles in a row are one
                // role, and so are two joined by `and` (`curator and director`).
                let role_start = match &role {
                    Some(r) if r.end == k => r.start,
                    Some(r) if r.end + 1 == k && doc.norm_is(r.end, "and") => r.start,
                    _ => role_start,
                };
                role = Some(role_start..stop);
                gender = if g == Gender::Unknown { gender } else { g };
                k = stop;
                continue;
            }
        }
        // (`the hospital network`, `a charity network`: a network of
        // something other than broadcasts.)
        let other_network = doc.norm_is(k, "network")
            && k > start
            && doc.is_word(k - 1)
            && !doc.capitalized(k - 1)
            && doc.tokens[k - 1].info.is_none_or(|i| {
                i.noun.is_none()
                    && !i
                        .flags
                        .any(Flags::MEDIA | Flags::DET | Flags::POSS | Flags::QUANT)
            })
            && !doc.norm_in(
                k - 1,
                words![
                    "news",
                    "television",
                    "tv",
                    "cable",
                    "broadcast",
                    "radio",
                    "state"
                ],
            );
        // (`The Daily Ledger`, `The Weekly Standard`: a capitalized
        // descriptor between `the` and a name is the title's first word.)
        let in_title = t.capitalized
            && k > 0
            && doc.norm_is(k - 1, "the")
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.capitalized && n.is_word())
            && k + 1 < end;
        // (`The Ohio News Media Association`, `the National Press Club`: a
        // capitalized media word inside a body's name is a word of it.)
        let body_name = t.capitalized
            && k + 1 < end
            && doc.capitalized(end - 1)
            && doc.token_is(end - 1, Flags::ORGANIZATION)
            && !doc.token_is(end - 1, Flags::OUTLET | Flags::MEDIA)
            && (k..end).all(|j| doc.capitalized(j) && doc.is_word(j));
        let descriptor = media_at(doc, k, end).filter(|_| !other_network && !body_name);
        if in_title && descriptor.is_some() {
            kind = Some(SourceKind::Media);
        }
        // (`Cable News Network`, `Ohio News Network`: a capitalized
        // descriptor closing a capitalized news name closes an outlet's.)
        if let Some(r) = name.as_mut().filter(|r| {
            t.capitalized
                && r.end == k
                && descriptor == Some(end)
                && (r.start..end).all(|j| doc.capitalized(j) && doc.is_word(j))
                && ((r.start..k).any(|j| doc.norm_is(j, "news"))
                    // (`Kompas TV`, `Metro TV`: a channel's name.)
                    || doc.norm_is(k, "tv"))
        }) {
            r.end = end;
            kind = Some(SourceKind::Media);
            k = end;
            continue;
        }
        if let Some(stop) = descriptor.filter(|_| !in_title) {
            if name.is_none() || stop < end {
                if let Some(r) = name.take() {
                    affiliation.get_or_insert_with(|| text(doc, r));
                }
                role = Some(k..stop);
                media = true;
                k = stop;
                continue;
            }
        }
        if t.is(Flags::OUTLET) {
            kind = Some(SourceKind::Media);
        }
        // `the Trump campaign`, `the Obama administration`: a name before an
        // institution's head word names the institution, not the person.
        if !t.capitalized
            && k + 1 == end
            && t.is(Flags::ORGANIZATION | Flags::GOVERNMENT)
            && name.as_ref().is_some_and(|r| {
                r.end == k
                    && !r
                        .clone()
                        .any(|j| doc.token_is(j, Flags::ORGANIZATION | Flags::GOVERNMENT))
            })
            && role.is_none()
        {
            kind = Some(if t.is(Flags::GOVERNMENT) {
                SourceKind::Government
            } else {
                SourceKind::Organization
            });
            if let Some(r) = &mut name {
                r.end = end;
            }
            break;
        }
        // `Joost van Dijk`: a particle inside a name.
        if t.is(Flags::PARTICLE)
            && !t.capitalized
            && name.as_ref().is_some_and(|r| r.end == k)
            && k + 1 < end
            && doc.capitalized(k + 1)
        {
            if let Some(r) = &mut name {
                r.end = k + 1;
            }
            k += 1;
            continue;
        }
        // `Advocates for the homeless`: a capital only because a sentence starts there.
        let sentence_initial_common = t.capitalized
            && t.info
                .is_none_or(|i| i.noun.is_some() || i.flags.any(Flags::DOCUMENT | Flags::ANON))
            && doc.norm_ends_with(k, "s")
            && doc.starts_sentence_at(k)
            && (k + 1 >= end && t.info.is_some() || k + 1 < end && !doc.capitalized(k + 1))
            // `Medical device maker Orvion Systems`, `Environmental groups`: a
            // sentence's first word before a lowercase word of the same phrase.
            || t.capitalized
                && t.is_plain_word()
                && doc.starts_sentence_at(k)
                && k + 1 < end
                && doc.is_plain_word(k + 1)
                && !doc.capitalized(k + 1)
                && !doc.token_is(k + 1, Flags::PARTICLE)
                && !doc.norm_is(k + 1, "'s")
                // (`WildAid chief executive`, `NRCC spokesman`: an inner capital names.)
                && (!doc.surface(k).chars().skip(1).any(char::is_uppercase)
                    || has_char(doc.surface(k), '-'))
                && !t.is(Flags::PLACE
                    | Flags::DEMONYM
                    | Flags::ORGANIZATION
                    | Flags::GOVERNMENT
                    | Flags::MEDIA
                    | Flags::OUTLET)
                && first_name_gender(doc.norm(k)) == Gender::Unknown;
        // (`The No. 3 auto maker`: a rank, no name.)
        let rank = doc.norm_is(k, "no.") || k > start && doc.norm_is(k - 1, "no.");
        if (t.capitalized || t.is_number())
            && !sentence_initial_common
            && !rank
            && !t.is(Flags::DET | Flags::POSS | Flags::QUANT | Flags::PRON)
        {
            match &mut name {
                Some(r) if r.end == k => r.end = k + 1,
                _ => name = Some(k..k + 1),
            }
        } else if name.is_none() && role.is_none() && !t.is(Flags::DET | Flags::POSS | Flags::QUANT)
        {
            role_words_before.get_or_insert(k);
        }
        k += 1;
    }
    // The phrase's own words decide its kind where no name does.
    // `two of the people`, `some of the aides`: the group's words.
    let partitive = end > start + 2
        && doc.norm_is(start + 1, "of")
        && (doc.number_at(start)
            || doc.token_is(start, Flags::QUANT)
            || doc.norm_in(start, words!["one", "none", "each"]));
    let words_start = if partitive { start + 2 } else { start };
    // Only the head after a possessive decides: `the mayor's office` is no person.
    let first_preposition = (words_start..end)
        .find(|&j| doc.token_is(j, Flags::PREP) && !doc.capitalized(j) && j > words_start)
        .unwrap_or(end);
    let head_start = (words_start..first_preposition)
        .rev()
        .find(|&j| doc.norm_is(j, "'s") || plural_apostrophe(doc, j, start))
        .map_or(words_start, |j| j + 1);
    // … and not the words of a prepositional phrase after it: `Madhav
    // Thambisetty of the National Institute on Aging` is a person.
    let head_end = (head_start..end)
        .find(|&j| doc.token_is(j, Flags::PREP) && !doc.capitalized(j) && j > head_start)
        .unwrap_or(end);
    let all = head_start..head_end;
    let has = |flags: Flags| all.clone().any(|j| doc.token_is(j, flags));
    let has_phrase = |wanted: fn(PhraseKind) -> bool| {
        all.clone()
            .any(|j| doc.phrase_at(j, end, &wanted).is_some())
    };
    // `Anna Berg`: a first name that tells the gender, when nothing else did.
    if gender == Gender::Unknown {
        if let Some(n) = name.as_ref().filter(|n| n.len() >= 2) {
            gender = first_name_gender(doc.norm(n.start));
        }
    }
    d.gender = gender;
    d.possessor = possessor.filter(|p| affiliation.as_deref() == Some(doc.slice(p.clone())));
    // `team member Rodaba Noori`: an institution's word inside the role
    // describes the role, not the name.
    let role_start = role.as_ref().map_or(end, |r| r.start);
    // `Federal Reserve Chair Margaret Halvorsen`: a name after its title
    // is a person's, whatever institution the title names.
    let role_end = role.as_ref().map(|r| r.end);
    let titled_name = |n: &Range<usize>| role_end.is_some_and(|e| e <= n.start) && n.len() >= 2;
    d.role = role.map(|r| text(doc, r));
    d.affiliation = affiliation;
    match name {
        Some(n) => {
            d.name = text(doc, n.clone());
            d.name_words = n.clone().map(|j| doc.norm(j).to_owned()).collect();
            // `Reuters reporter John Smith`, `station manager Colin Price`: a
            // name under a personal title is a person, whatever outlet employs them.
            let titled_person = titled_name(&n)
                && role_start < n.start
                && (role_start..n.start).any(|j| doc.token_is(j, Flags::ROLE));
            d.kind = kind.filter(|_| !titled_person).unwrap_or_else(|| {
                // (`the Montana Constitution`: a text's name.)
                if n.len() >= 2
                    && doc.norm_in(n.end - 1, words!["constitution", "charter", "treaty", "report"])
                {
                    SourceKind::Document
                } else if media && !titled_person
                    || doc.token_is(n.start, Flags::OUTLET)
                    || has_phrase(|p| p == PhraseKind::Outlet)
                    // (`The Guardian`: an outlet named with its article.)
                    || n.start > 0
                        && doc.phrase_at(n.start - 1, end, &|p| p == PhraseKind::Outlet).is_some()
                {
                    SourceKind::Media
                } else if (n.clone().any(|j| doc.token_is(j, Flags::GOVERNMENT))
                    || has_phrase(|p| p == PhraseKind::Government)
                    // (Not a firm's name with its founder's in it: `Moody's
                    // Investors Service`.)
                    || n.len() >= 2
                        && body_kind(doc.norm(n.end - 1)) == Some(SourceKind::Government)
                        && !n.clone().any(|j| doc.norm_is(j, "'s")))
                    && !titled_name(&n)
                    // (`County Commissioners Association`: a body's own head
                    // noun outranks the government word modifying it; a
                    // committee, office or board of government stays one.)
                    && !n.clone().rev().find(|&j| doc.token_is(j, Flags::ORGANIZATION | Flags::GOVERNMENT)).is_some_and(|j| {
                        !doc.token_is(j, Flags::GOVERNMENT)
                            && !doc.norm_in(j, words!["committee", "office", "board"])
                            && !has_phrase(|p| p == PhraseKind::Government)
                    })
                {
                    SourceKind::Government
                } else if n.clone().any(|j| doc.token_is(j, Flags::ORGANIZATION))
                    || has_phrase(|p| p == PhraseKind::Organization)
                    // `shipping group Maersk`, `carmaker Voss Motoren`: a descriptor before the name.
                    // (Not `Clinton campaign chairman John Podesta`: a title's.)
                    || !titled_name(&n) && (head_start..n.start.min(role_start))
                        .any(|j| doc.token_is(j, Flags::ORGANIZATION) && !doc.capitalized(j))
                    || n.len() >= 2 && ends_a_bodys_name(doc.norm(n.end - 1))
                    // `a Gallup survey`: whoever runs polls is an organization.
                    || (n.end..head_end).any(|j| doc.norm_in(j, words!["poll", "polls", "survey", "surveys"]))
                    // `The Equal Ballot Project`, `Teamsters Local 419`: no
                    // person's name takes an article or ends in a number.
                    // (Not a place's before its state: `the San Jose,
                    // California-based company`.)
                    || d.role.is_none()
                        && n.len() >= 2
                        && (n.start > 0
                            && doc.norm_is(n.start - 1, "the")
                            && !doc.tokens.get(n.end).is_some_and(|t| t.is_punct(','))
                            || doc.is_number(n.end - 1))
                {
                    SourceKind::Organization
                } else if n.len() == 1 && names_people_in_plural(doc.norm(n.start)) {
                    // `Americans say`, `Criminologists say`: unnamed people.
                    SourceKind::Anonymous
                } else if d.role.is_some() {
                    SourceKind::Person
                } else if n.len() == 1
                    && doc
                        .surface(n.start)
                        .chars()
                        .filter(|c| c.is_uppercase())
                        .count()
                        >= 2
                    // (Not a surname's prefix: `McConnell`, `McCain`.)
                    && !doc.surface(n.start).as_bytes().starts_with(b"Mc")
                    // `FIRST Global`: no person's name has a word in capitals.
                    || n.len() > 1 && n.clone().any(|j| is_capitals_word(doc, j))
                {
                    SourceKind::Organization // an acronym: `NHK`, `UNICEF`
                } else {
                    // A name, or a surname alone that resolution may complete.
                    SourceKind::Person
                }
            });
            // `House conservatives`, `Senate moderates`: unnamed people the
            // name only places.
            let group = head_end == n.end + 1
                && doc.token_is(n.end, Flags::ANON)
                && !doc.token_is(n.end, Flags::ROLE)
                && !doc.capitalized(n.end)
                && doc.norm_ends_with(n.end, "s");
            if group {
                d.affiliation = Some(d.name.clone());
                d.name = text(doc, n.start..head_end);
                d.name_words = Vec::new();
                d.kind = SourceKind::Anonymous;
            }
        }
        None => {
            let indefinite = range_starts_indefinite(doc, start);
            d.name = text(doc, start..common_head.unwrap_or(end));
            // Unnamed people: `officials`, `a senior official`, `federal prosecutors`.
            // The head noun: the last word before any prepositional phrase.
            // (`outside experts`: not a preposition that opens it.)
            let mut head = (words_start + 1..end)
                .find(|&j| doc.token_is(j, Flags::PREP))
                .unwrap_or(end)
                .saturating_sub(1)
                .max(words_start);
            // (`officials familiar with the talks`: the adjective after the noun.)
            if head > words_start && doc.norm_in(head, POSTMODIFYING_ADJECTIVES) {
                head -= 1;
            }
            let plural_role = doc.norm_ends_with(head, "s")
                && (doc.token_is(head, Flags::ROLE) || doc.unknown(head));
            // `the state's largest teachers union`: an institution's head
            // word after people's words; they only say whose it is.
            let institution_head = head > words_start
                && !doc.capitalized(head)
                && doc.token_is(head, Flags::ORGANIZATION | Flags::GOVERNMENT)
                && !doc.token_is(head, Flags::ROLE | Flags::ANON);
            if institution_head {
                d.role = None;
            }
            // (`environmental groups`, `utilities`: unnamed bodies in the
            // plural are unnamed sources.)
            let unnamed_bodies = doc.token_is(head, Flags::ORGANIZATION | Flags::GOVERNMENT)
                && !doc.capitalized(head)
                && in_single_s(doc.norm(head));
            d.kind = if unnamed_bodies {
                SourceKind::Anonymous
            } else if institution_head {
                if doc.token_is(head, Flags::GOVERNMENT) {
                    SourceKind::Government
                } else {
                    SourceKind::Organization
                }
            } else if has(Flags::ANON) && !has(Flags::ROLE)
                || plural_role
                || indefinite && has(Flags::ROLE)
                || has_phrase(|p| p == PhraseKind::Anonymous)
            {
                SourceKind::Anonymous
            } else if media && !has(Flags::ROLE) {
                SourceKind::Media
            } else if has(Flags::DOCUMENT) || has_phrase(|p| p == PhraseKind::Document) {
                SourceKind::Document
            } else if has(Flags::ROLE)
                || has_phrase(|p| matches!(p, PhraseKind::Role(_)))
                // (`the department's acting under secretary for management`:
                // a role holding a preposition, read whole above.)
                || d.role.is_some()
            {
                // (`running mate`: a role of words that are no role alone.)
                SourceKind::Person
            } else if has(Flags::GOVERNMENT) || has_phrase(|p| p == PhraseKind::Government) {
                SourceKind::Government
            } else if all.clone().any(|j| doc.is_cue_noun(j)) {
                SourceKind::Anonymous // `reports`, `claims`: unnamed reports
            } else {
                SourceKind::Organization
            };
        }
    }
    // `officials`, `U.S. officials`: the name says it all; a role repeating
    // it, or its lowercase end, adds nothing (a title such as `New Democrat
    // MP` in `an Ottawa New Democrat MP` stays).
    if d.kind == SourceKind::Anonymous
        && d.role.as_deref().is_some_and(|r| {
            r.eq_ignore_ascii_case(&d.name)
                || !r.starts_with(char::is_uppercase)
                    && lowercase(&d.name)
                        .strip_suffix(&lowercase(r))
                        .is_some_and(|rest| rest.ends_with(' '))
        })
    {
        d.role = None;
    }
    if d.kind == SourceKind::Person && d.role.is_some() && d.name_words.is_empty() {
        d.name = text(doc, start..end);
    }
}

/// Where a person's name starts at the end of an institution's name, in
/// `[the] Refugee Council Enver Solomon` (tokens `a..stop`): two to four name
/// words after an institution's word, a place, an acronym (`the FBI Jane
/// Roe`) or starting with a known first name (`Washington Chris Gregoire`).
fn name_after_institution(doc: &Document, a: usize, stop: usize) -> Option<usize> {
    (a + 1..stop.saturating_sub(1)).find(|&p| {
        stop - p <= 4
            && (p..stop).all(|j| is_name_word(doc, j))
            && (doc.token_is(
                p - 1,
                Flags::ORGANIZATION
                    | Flags::GOVERNMENT
                    | Flags::MEDIA
                    | Flags::OUTLET
                    | Flags::PLACE,
            ) || doc.is_acronym(p - 1)
                || (a..p).any(|j| place_at(doc, j, p).is_some_and(|(end, _, _)| end == p))
                || first_name_gender(doc.norm(p)) != Gender::Unknown)
    })
}

/// A word of three or more capital letters (`FIRST`, `NATO`), not a Roman
/// numeral (`III`) nor initials (`K.C.`).
fn is_capitals_word(doc: &Document, k: usize) -> bool {
    let word = doc.surface(k);
    word.len() >= 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && !word.chars().all(|c| has_char("IVXLCDM", c))
}

/// The gender a first name mostly carries (`first_names_male.tsv`,
/// `first_names_female.tsv`), for `he`/`she`. The tables are sorted, so a
/// lookup is a binary search of their names.
fn first_name_gender(word: &str) -> Gender {
    static NAMES: OnceLock<[Vec<String>; 2]> = OnceLock::new();
    let [male, female] = NAMES.get_or_init(first_names);
    let known = |names: &[String]| names.binary_search_by(|n| n.as_str().cmp(word)).is_ok();
    if known(male) {
        Gender::Male
    } else if known(female) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// The first-name tables as build.rs front-codes them: each line's first
/// character is how many letters it shares with the name before.
fn first_names() -> [Vec<String>; 2] {
    [
        include_str!(concat!(env!("OUT_DIR"), "/first_names_male.tsv")),
        include_str!(concat!(env!("OUT_DIR"), "/first_names_female.tsv")),
    ]
    .map(|table| {
        let mut names: Vec<String> = Vec::new();
        for line in table.lines() {
            let shared = usize::from(line.as_bytes()[0].wrapping_sub(b'0'));
            let before = names
                .last()
                .map_or("", |name| &name[..shared.min(name.len())]);
            names.push(format!("{before}{}", &line[1..]));
        }
        names
    })
}

/// The object of the preposition at `k` (before `end`): where it starts after
/// any article, where it stops (a relative pronoun or a comma), and whether it
/// names an institution or a place (not `a driver for eleven years`).
fn prepositional_object(doc: &Document, k: usize, end: usize) -> (usize, usize, bool) {
    let mut a = k + 1;
    while a < end && doc.norm_in(a, ARTICLES) {
        a += 1;
    }
    let stop = (a..end)
        .find(|&j| doc.token_is(j, Flags::REL) || set_off_comma(doc, j))
        .unwrap_or(end)
        .max(a);
    let institution = (a..stop).any(|j| {
        let t = &doc.tokens[j];
        t.capitalized && t.is_plain_word()
            || t.is(Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::MEDIA | Flags::PLACE)
    });
    (a, stop, institution)
}

fn range_starts_indefinite(doc: &Document, start: usize) -> bool {
    start > 0 && doc.norm_in(start - 1, words!["a", "an", "one"])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(text: &str) -> Description {
        let doc = Document::new(text);
        describe(&doc, 0..doc.tokens.len())
    }

    #[test]
    fn a_name_a_body_is_known_by_or_calls_itself_is_its_name() {
        let d = described("A hacker group known as Black Lantern");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Black Lantern", SourceKind::Organization)
        );
        assert_eq!(described("a man known as Big Joe").kind, SourceKind::Person);
        let d = described("A group called Return Ashtar's Heritage");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Return Ashtar's Heritage", SourceKind::Organization)
        );
        let d = described("a pipe fitter named Dwayne Fairweather");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Dwayne Fairweather", SourceKind::Person)
        );
        for text in [
            "The group, which calls itself Black Lantern, said so. It demanded a payment.",
            "The group, known as Anonymous, said so. It demanded a payment.",
        ] {
            let d = resolved(text, &["The group", "It"]);
            assert_ne!(d.name, "group", "{text}");
            assert_eq!(d.kind, SourceKind::Organization, "{text}");
        }
    }

    #[test]
    fn a_demonym_opening_a_bodys_or_a_papers_name_is_a_word_of_it() {
        for (text, name, kind) in [
            (
                "the British Airline Pilots' Association",
                "British Airline Pilots' Association",
                SourceKind::Organization,
            ),
            (
                "The Canadian Rail Workers’ Union",
                "Canadian Rail Workers’ Union",
                SourceKind::Organization,
            ),
            (
                "the American Road and Transportation Builders Association",
                "American Road and Transportation Builders Association",
                SourceKind::Organization,
            ),
            (
                "The Philippine Daily Inquirer",
                "Philippine Daily Inquirer",
                SourceKind::Media,
            ),
            (
                "The Public Defender's Office",
                "Public Defender's Office",
                SourceKind::Organization,
            ),
        ] {
            let d = described(text);
            assert_eq!((d.name.as_str(), d.kind), (name, kind), "{text}");
        }
        // (A demonym before a role or a person is their affiliation.)
        assert_eq!(
            described("the British Prime Minister Keir Starmer").name,
            "Keir Starmer"
        );
    }

    #[test]
    fn a_business_named_with_s_or_an_ampersand_is_an_organization() {
        for (text, words, name) in [
            ("Moody's said it may cut the rating.", 2, "Moody's"),
            ("Standard & Poor's said so.", 4, "Standard & Poor's"),
            ("Procter & Gamble said so.", 3, "Procter & Gamble"),
            // (A longer name with its founder's in it, and one a firm's
            // word ends.)
            (
                "Moody's Investors Service said so.",
                4,
                "Moody's Investors Service",
            ),
            (
                "Children's Hospital of Philadelphia said so.",
                5,
                "Children's Hospital of Philadelphia",
            ),
            ("Fitch Ratings said so.", 2, "Fitch Ratings"),
            (
                "The Sudan People's Democratic Alliance said so.",
                6,
                "Sudan People's Democratic Alliance",
            ),
        ] {
            let doc = Document::new(text);
            let d = describe(&doc, 0..words);
            assert_eq!(
                (d.name.as_str(), d.kind),
                (name, SourceKind::Organization),
                "{text}"
            );
        }
        // (A place before its own body's name is its owner.)
        assert_eq!(
            described("Russia's Foreign Ministry").name,
            "Foreign Ministry"
        );
        // (A possessor before its noun stays a person's name.)
        let doc = Document::new("Preece's plan would cut taxes.");
        assert_ne!(describe(&doc, 0..2).kind, SourceKind::Organization);
        // (A preposition's object is no whole name: `Strategists at Corliss & Webb`.)
        assert_eq!(
            described("Strategists at Corliss & Webb").kind,
            SourceKind::Anonymous
        );
    }

    #[test]
    fn an_appositive_tells_whether_a_name_is_a_body_or_a_person() {
        for (phrase, name, kind) in [
            (
                "Skyline Air, a regional carrier",
                "Skyline Air",
                SourceKind::Organization,
            ),
            (
                "The Border Rights Coalition, an advocacy group that has sued",
                "Border Rights Coalition",
                SourceKind::Organization,
            ),
            ("NHK, the public broadcaster", "NHK", SourceKind::Media),
            (
                "Ana Ruiz, a nurse at the clinic",
                "Ana Ruiz",
                SourceKind::Person,
            ),
            // (A noun outside the lexicon names no body.)
            (
                "John Ames, a nutritionist at Harvard University",
                "John Ames",
                SourceKind::Person,
            ),
            (
                "Rebecca Thornbury, the department’s acting under secretary for management",
                "Rebecca Thornbury",
                SourceKind::Person,
            ),
        ] {
            let d = described(phrase);
            assert_eq!((d.name.as_str(), d.kind), (name, kind), "{phrase}");
        }
        // (A role holding a preposition is a person's, unnamed too.)
        assert_eq!(
            described("the department’s acting under secretary for management").kind,
            SourceKind::Person
        );
    }

    #[test]
    fn a_name_with_an_article_or_a_number_is_no_persons() {
        for phrase in ["The Equal Ballot Project", "Teamsters Local 419"] {
            assert_eq!(described(phrase).kind, SourceKind::Organization, "{phrase}");
        }
        // (A place before its state is no body: `the San Jose, California-based company`.)
        let doc = Document::new("the San Jose, California-based company");
        assert_ne!(
            describe(&doc, 0..3).kind,
            SourceKind::Organization,
            "the San Jose"
        );
        assert_eq!(described("Ann Lee").kind, SourceKind::Person);
    }

    #[test]
    fn a_first_name_that_is_a_places_opens_a_persons_name() {
        for phrase in ["Georgia Smith", "Chad Moore"] {
            let d = described(phrase);
            assert_eq!(
                (d.name.as_str(), d.kind, d.affiliation),
                (phrase, SourceKind::Person, None),
                "{phrase}"
            );
        }
        assert_eq!(
            described("Georgia officials").affiliation.as_deref(),
            Some("Georgia")
        );
    }

    #[test]
    fn a_capitalized_plural_of_people_alone_is_unnamed_people() {
        for word in ["Americans", "Economists", "Others"] {
            assert_eq!(described(word).kind, SourceKind::Anonymous, "{word}");
        }
        // (A surname in `-s` stays a person's.)
        assert_eq!(described("Jones").kind, SourceKind::Person);
    }

    #[test]
    fn an_appositive_of_only_a_number_at_the_texts_end_reads_nothing() {
        // (It read the token past the text's end.)
        let d = described("Vedomosti, 3.5");
        assert_eq!(d.name, "Vedomosti");
    }

    #[test]
    fn a_part_of_unnamed_people_is_unnamed() {
        for phrase in [
            "two of the people",
            "One of the officials",
            "some of her aides",
            "officials familiar with the talks",
            "one senior aide",
        ] {
            assert_eq!(described(phrase).kind, SourceKind::Anonymous, "{phrase}");
        }
    }

    #[test]
    fn an_institutions_name_keeps_its_of_phrase_and_inner_and() {
        for (phrase, name, kind) in [
            (
                "The Bureau of Labor Statistics",
                "Bureau of Labor Statistics",
                SourceKind::Government,
            ),
            (
                "the Department of Health and Human Services",
                "Department of Health and Human Services",
                SourceKind::Government,
            ),
            (
                "The Office of Management and Budget",
                "Office of Management and Budget",
                SourceKind::Government,
            ),
            (
                "The Securities and Exchange Commission",
                "Securities and Exchange Commission",
                SourceKind::Government,
            ),
            (
                "the Internal Revenue Service",
                "Internal Revenue Service",
                SourceKind::Government,
            ),
            (
                "the Ohio Chamber of Commerce",
                "Chamber of Commerce",
                SourceKind::Organization,
            ),
        ] {
            let d = described(phrase);
            assert_eq!((d.name.as_str(), d.kind), (name, kind), "{phrase}");
        }
    }

    #[test]
    fn people_for_a_cause_name_an_advocacy_group() {
        for (phrase, name) in [
            ("Americans for Prosperity", "Americans for Prosperity"),
            (
                "Students for Fair Admissions",
                "Students for Fair Admissions",
            ),
            ("the group Moms for Liberty", "Moms for Liberty"),
        ] {
            let d = described(phrase);
            assert_eq!(
                (d.name.as_str(), d.kind),
                (name, SourceKind::Organization),
                "{phrase}"
            );
        }
        // (A candidate's camp is a body too.)
        assert_eq!(
            described("the Aldridge camp").kind,
            SourceKind::Organization
        );
        // (A plural for a lowercase phrase is no name.)
        assert!(described("Advocates for the homeless")
            .name_words
            .is_empty());
    }

    #[test]
    fn an_honorific_keeps_a_surname_from_a_person_of_the_other_gender() {
        let text = "Margit Halloran died on Saturday. The cause was heart failure, said her \
                    son, Peter Halloran. In 2009, Ms. Halloran said she wanted light.";
        let d = resolved(text, &["her son", "Ms. Halloran"]);
        assert_eq!(d.name, "Margit Halloran");
    }

    #[test]
    fn a_surname_completed_from_a_full_name_takes_its_gender() {
        let text = "Hillary Clinton met John Smith on Tuesday. Smith said the party must \
                    change. She said the meeting went well.";
        let d = resolved(text, &["Smith|said the party", "She"]);
        assert_eq!(d.name, "Hillary Clinton");
    }

    #[test]
    fn a_role_of_words_that_are_no_role_alone_is_a_person() {
        for phrase in ["Trump's running mate", "the running mate"] {
            assert_eq!(described(phrase).kind, SourceKind::Person, "{phrase}");
        }
    }

    #[test]
    fn a_counted_group_is_the_people_counted() {
        for (phrase, name) in [
            (
                "A growing number of Senate Republicans",
                "Senate Republicans",
            ),
            ("a small group of donors", "donors"),
            ("a handful of senators", "senators"),
            (
                "A bloc of fiscal hawks led by Sen. Carla Brandt",
                "fiscal hawks",
            ),
            ("a group of senators including Ann Lowe", "senators"),
        ] {
            let d = described(phrase);
            assert_eq!(d.name, name, "{phrase}");
            assert_ne!(d.kind, SourceKind::Organization, "{phrase}");
        }
    }

    #[test]
    fn a_copy_is_the_text_copied() {
        for (phrase, name) in [
            ("A copy of the inspection report", "inspection report"),
            ("a draft of the memo", "memo"),
        ] {
            let d = described(phrase);
            assert_eq!(
                (d.name.as_str(), d.kind),
                (name, SourceKind::Document),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_document_is_no_one_who_saw_it() {
        for phrase in [
            "a preliminary report obtained by the Calloway Ledger",
            "a memo reviewed by the Associated Press",
            "A leaked letter seen by Sky News",
            "A leaked memo",
            "Photos released of the scene",
        ] {
            let d = described(phrase);
            assert_eq!(d.kind, SourceKind::Document, "{phrase}");
            assert!(!d.name.contains("by"), "{phrase}: {}", d.name);
        }
        // (Not one who paid for it or signed it.)
        for (phrase, name) in [
            (
                "Earlier studies commissioned by the museum",
                "Earlier studies",
            ),
            ("A petition signed by more than 1,200 people", "petition"),
        ] {
            let d = described(phrase);
            assert_eq!(
                (d.name.as_str(), d.kind),
                (name, SourceKind::Document),
                "{phrase}"
            );
        }
        // An author stays the source; a text with its own time is the text.        // An author stays the source; a text with its own time is the text.
        assert_eq!(
            described("a report published by the ministry").name,
            "ministry"
        );
        // (A time after the author is no word of its name.)
        assert_eq!(
            described("a report published by the group last month").name,
            "group"
        );
        for (phrase, name) in [
            ("a report published Monday", "report"),
            ("a report published last week by the ministry", "report"),
            (
                "a study published on Wednesday in the journal Nature",
                "study",
            ),
        ] {
            assert_eq!(described(phrase).name, name, "{phrase}");
        }
    }

    #[test]
    fn a_party_tag_after_a_name_is_its_affiliation() {
        let d = described("Sen. Ann Lowe (D-Ore.)");
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref(), d.kind),
            ("Ann Lowe", Some("Democratic Party"), SourceKind::Person)
        );
        let d = described("Rep. Tim Ortiz (R-N.M.), who chairs the panel");
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref()),
            ("Tim Ortiz", Some("Republican Party"))
        );
        // Not every parenthetical is a party.
        let d = described("Korean Central News Agency (KCNA)");
        assert_eq!(d.affiliation, None);
        // AP sets the tag off by commas.
        let d = described("Sen. Ann Lowe, D-Ore.");
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref(), d.kind),
            ("Ann Lowe", Some("Democratic Party"), SourceKind::Person)
        );
    }

    #[test]
    fn role_affiliation_and_name() {
        let d = described("Kremlin spokesman Dmitry Peskov");
        assert_eq!(d.name, "Dmitry Peskov");
        assert_eq!(d.role.as_deref(), Some("spokesman"));
        assert_eq!(d.affiliation.as_deref(), Some("Kremlin"));
        assert_eq!(d.kind, SourceKind::Person);
        let d = described("South Korean Defense Minister Shin Wonsik");
        assert_eq!(
            (d.name.as_str(), d.role.as_deref(), d.affiliation.as_deref()),
            ("Shin Wonsik", Some("Defense Minister"), Some("South Korea"))
        );
        let d = described("North Korean leader Kim Jong Un");
        assert_eq!(
            (d.name.as_str(), d.role.as_deref(), d.affiliation.as_deref()),
            ("Kim Jong Un", Some("leader"), Some("North Korea"))
        );
    }

    #[test]
    fn media_with_descriptor() {
        let d = described("Russian business daily Vedomosti");
        assert_eq!((d.name.as_str(), d.kind), ("Vedomosti", SourceKind::Media));
        assert_eq!(
            (d.role.as_deref(), d.affiliation.as_deref()),
            (Some("business daily"), Some("Russia"))
        );
        // (A channel's name closed by `TV`.)
        let d = described("Kompas TV");
        assert_eq!((d.name.as_str(), d.kind), ("Kompas TV", SourceKind::Media));
        // A place's name inside an outlet's is no affiliation.
        let d = described("the Washington Post");
        assert_eq!(
            (d.name.as_str(), d.kind, d.affiliation.as_deref()),
            ("Washington Post", SourceKind::Media, None)
        );
        // A capitalized descriptor opening a title is the title's word.
        for (phrase, name) in [
            ("The Daily Ledger", "Daily Ledger"),
            ("the Daily Telegraph", "Daily Telegraph"),
            ("The Weekly Standard", "Weekly Standard"),
        ] {
            let d = described(phrase);
            assert_eq!(
                (d.name.as_str(), d.kind),
                (name, SourceKind::Media),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_place_opening_a_bodys_name_is_a_word_of_it() {
        for (phrase, name) in [
            (
                "the American Heart Association",
                "American Heart Association",
            ),
            ("Ohio State University", "Ohio State University"),
            // (And a media word inside the name.)
            (
                "The Ohio News Media Association",
                "Ohio News Media Association",
            ),
            ("the National Press Club", "National Press Club"),
            ("the Russian Defense Ministry", "Defense Ministry"),
            // (A county or city a place names opens the body's name.)
            (
                "the Washington County Emergency Management Agency",
                "Washington County Emergency Management Agency",
            ),
            ("Kansas City Police", "Kansas City Police"),
        ] {
            assert_eq!(described(phrase).name, name, "{phrase}");
        }
    }

    #[test]
    fn journalists_and_station_staff_are_people() {
        for phrase in [
            "Reuters reporter John Smith",
            "station manager Colin Price",
            "the newspaper editor",
        ] {
            assert_eq!(described(phrase).kind, SourceKind::Person, "{phrase}");
        }
        assert_eq!(described("broadcaster NHK").kind, SourceKind::Media);
        // (A news name its descriptor closes is an outlet's.)
        assert_eq!(
            (
                described("Cable News Network").name.as_str(),
                described("Cable News Network").kind
            ),
            ("Cable News Network", SourceKind::Media)
        );
    }

    #[test]
    fn a_spelt_out_acronym_before_the_name() {
        let d = described("The head of ACU (Arden Cyclists Union), Mara Voss");
        assert_eq!(
            (d.name.as_str(), d.kind, d.role.as_deref()),
            ("Mara Voss", SourceKind::Person, Some("head"))
        );
        // A name its acronym spells is one name though it holds `and`, and
        // the acronym alone names it.
        let d = described("U.S. Immigration and Customs Enforcement (ICE)");
        assert_eq!(
            (d.name.as_str(), d.members.len()),
            ("Immigration and Customs Enforcement", 0)
        );
        let doc = Document::new(
            "Agents arrested 212 people, U.S. Immigration and Customs Enforcement (ICE) said. \
             ICE said the operation was over.",
        );
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "ICE said").start..find(&doc, "ICE said").start + 1);
        assert_eq!(
            r.entities[e].description.name,
            "Immigration and Customs Enforcement"
        );
        // (Two such names, each with its acronym, are two bodies.)
        let d = described(
            "the Food and Agriculture Organization (FAO) and the World Food Programme (WFP)",
        );
        assert_eq!((d.kind, d.members.len()), (SourceKind::Group, 2));
    }

    #[test]
    fn whoever_runs_a_poll_is_an_organization() {
        for (mention, name) in [
            ("a Gallup survey", "Gallup"),
            ("a Quinnipiac University poll", "Quinnipiac University"),
            ("a Reuters/Ipsos poll", "Reuters/Ipsos"),
        ] {
            let d = described(mention);
            assert_eq!((d.name.as_str(), d.kind), (name, SourceKind::Organization));
        }
    }

    #[test]
    fn groups_and_report_owners() {
        let d = described(
            "Media reports from Japanese broadcaster NHK and Russian business daily Vedomosti",
        );
        assert_eq!(d.kind, SourceKind::Group);
        assert_eq!(d.members.len(), 2);
        let d = described("Both North Korea and Russia");
        assert_eq!(d.kind, SourceKind::Group);
        // A possessor owns its report; an of-phrase is only its topic,
        // unless it names a body; a relative clause names nothing.
        assert_eq!(
            described("PC World's recent analysis of its own traffic").name,
            "PC World"
        );
        assert_eq!(described("the findings of the committee").name, "committee");
        assert_eq!(
            described("an analysis of its own traffic").name,
            "analysis of its own traffic"
        );
        assert_eq!(
            described("The memo which had a stamp Protected B on it").name,
            "memo"
        );
        // Its author owns it; a participle before a time
        // names nothing.
        assert_eq!(
            described("a report published by the ministry").name,
            "ministry"
        );
        assert_eq!(described("A poll released Monday").name, "poll");
        assert_eq!(
            described("the report , published by Amnesty International").name,
            "Amnesty International"
        );
        let d = described("The Alzheimer's Association");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Alzheimer's Association", SourceKind::Organization)
        );
        assert_eq!(
            described("the company's chief executive")
                .affiliation
                .as_deref(),
            Some("company")
        );
        assert_eq!(
            described("the Center for Public Integrity").name,
            "Center for Public Integrity"
        );
        assert_eq!(described("Figures to be published today").name, "Figures");
    }

    #[test]
    fn unnamed_sources() {
        assert_eq!(described("officials").kind, SourceKind::Anonymous);
        assert_eq!(described("reports").kind, SourceKind::Anonymous);
        assert_eq!(described("a leaked memo").kind, SourceKind::Document);
        assert_eq!(described("the mayor").kind, SourceKind::Person);
        // A child or a teenager is an unnamed person, not a body.
        for person in ["The teenager", "the boy", "a girl"] {
            assert_eq!(described(person).kind, SourceKind::Anonymous, "{person}");
        }
        // A family is its unnamed members, not a body.
        assert_eq!(described("the family").kind, SourceKind::Anonymous);
    }

    #[test]
    fn appositive_gives_the_role() {
        let d = described("Ana Ruiz, a nurse");
        assert_eq!(
            (d.name.as_str(), d.role.as_deref(), d.kind),
            ("Ana Ruiz", Some("nurse"), SourceKind::Person)
        );
        // A description before the name: the name is the appositive's.
        for mention in [
            "The committee's top Democrat, Rep. Ann Roe",
            "The lone Republican to vote yes, Rep. Ann Roe",
        ] {
            assert_eq!(described(mention).name, "Ann Roe", "{mention}");
        }
        // A town's state is no name.
        for mention in [
            "The mayor of Dayton, Ohio",
            "The mayor of Brennan Falls, Wis.",
        ] {
            let d = described(mention);
            assert_eq!(d.role.as_deref(), Some("mayor"), "{mention}");
            assert!(!["Ohio", "Wis."].contains(&d.name.as_str()), "{mention}");
        }
    }

    #[test]
    fn resolution_links_short_names_roles_and_pronouns() {
        let doc = Document::new(
            "Kremlin spokesman Dmitry Peskov spoke. Peskov spoke. The spokesman spoke. He spoke.",
        );
        let mut r = Resolver::new(&doc);
        let a = r.resolve(0..4);
        assert_eq!(r.resolve(6..7), a);
        assert_eq!(r.resolve(9..11), a);
        assert_eq!(r.resolve(13..14), a);
        assert_eq!(r.entities[a].mentions.len(), 4);
        // An object pronoun (`according to him`) is a pronoun too.
        let doc = Document::new("Peskov spoke. According to him , it was done.");
        let mut r = Resolver::new(&doc);
        let a = r.resolve(find(&doc, "Peskov"));
        assert_eq!(r.resolve(find(&doc, "him")), a);
        // A role's head before its of-phrase: `the minister` for the minister
        // of the interior; a spokesman for the governor is no governor.
        assert!(holds_role("minister of the interior", "minister"));
        assert!(holds_role("secretary of state", "secretary of state"));
        assert!(!holds_role("spokesman for the governor", "governor"));
    }

    #[test]
    fn a_bare_anaphor_fits_a_name_it_heads() {
        let fits = |head: &str, name: &str| {
            fits_anaphor_words(
                head,
                &name.split(' ').map(|w| (w, false)).collect::<Vec<_>>(),
            )
        };
        assert!(fits("city", "harwick city"));
        assert!(fits("department", "department of justice"));
        assert!(!fits("city", "taipei city lantern festival"));
        assert!(!fits("campaign", "gop congressman spent campaign cash"));
    }

    #[test]
    fn he_after_a_definite_role_opening_the_sentence_before_is_that_role() {
        let doc = Document::new(
            "Spokesman Tom Ashby said there was no split. The president has not spoken. \
             But he told steelworkers he was weighing tariffs.",
        );
        let mut r = Resolver::new(&doc);
        r.resolve(find(&doc, "Spokesman Tom Ashby"));
        let he = find(&doc, "he told");
        let e = r.resolve(he.start..he.start + 1);
        assert_eq!(r.entities[e].description.name, "president");
        // A past form no table knows; a role a name's, and a name set off.
        for (text, name) in [
            (
                "Tom Ashby spoke. The governor laughed. Then he said no.",
                "governor",
            ),
            (
                "Tom Ashby spoke. Ahmed's sister, Eyman, posted a photo. Then she said no.",
                "Eyman",
            ),
            // (Not a role of the other gender.)
            (
                "Ann Ashby spoke. Her husband, Dale, walked in. Then she said no.",
                "Ann Ashby",
            ),
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            r.resolve(find(&doc, "Ashby"));
            let pronoun = find(&doc, "Then").end;
            let e = r.resolve(pronoun..pronoun + 1);
            assert_eq!(r.entities[e].description.name, name, "{text}");
        }
    }

    #[test]
    fn a_role_set_off_by_commas_titles_the_name() {
        for text in [
            "The foreign minister, Retno Marsudi, met him. The minister said it was done.",
            "Retno Marsudi, the foreign minister, met him. The minister said it was done.",
            "Its foreign minister, Dr. Retno Marsudi, met him. The minister said it was done.",
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            let e = r.resolve(find(&doc, "The minister"));
            assert_eq!(r.entities[e].description.name, "Retno Marsudi", "{text}");
        }
    }

    #[test]
    fn a_bare_anaphor_finds_the_institution_named_before() {
        let doc =
            Document::new("Halden Foods Inc. cut its forecast. The company said demand fell.");
        let mut r = Resolver::new(&doc);
        let company = doc
            .tokens
            .iter()
            .position(|t| doc.text[t.start..t.end] == *"company")
            .unwrap();
        let e = r.resolve(company - 1..company + 1);
        assert_eq!(r.entities[e].description.name, "Halden Foods Inc.");
        assert_eq!(r.entities[e].mentions.len(), 2);
        // A suffix in any case; a sector word for the company.
        let doc = Document::new("Ford Motor Co will cut 3,000 jobs, the automaker said.");
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "the automaker"));
        assert_eq!(r.entities[e].description.name, "Ford Motor Co");
        assert_eq!(r.entities[e].description.kind, SourceKind::Organization);
        // A body no table knows, named though it said nothing.
        let doc =
            Document::new("Human Rights Watch published a report. The group said it was true.");
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "The group"));
        assert_eq!(r.entities[e].description.name, "Human Rights Watch");
        // A country's body, named by its longer description.
        for text in [
            "Kenya's health ministry reported 312 cases. The ministry said two people died.",
            "The country's health ministry reported 312 cases. The ministry said two people died.",
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            let first = r.resolve(
                find(&doc, "health ministry").start - 2..find(&doc, "health ministry").end,
            );
            assert_eq!(r.resolve(find(&doc, "The ministry")), first, "{text}");
        }
        // A body that governs: `the governing body`.
        let doc = Document::new(
            "The World Rowing Federation suspended him. The governing body said the test was positive.",
        );
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "The governing body"));
        assert_eq!(r.entities[e].description.name, "World Rowing Federation");
        // An appositive's head in its long form (`news site`, `the website`).
        let doc = Document::new(
            "ByteWire, a technology news site, said it was hacked. The website said more.",
        );
        let mut r = Resolver::new(&doc);
        r.resolve(0..find(&doc, "site").end);
        let e = r.resolve(find(&doc, "The website"));
        let d = &r.entities[e].description;
        assert_eq!((d.name.as_str(), d.kind), ("ByteWire", SourceKind::Media));
    }

    #[test]
    fn a_generic_head_finds_a_body_of_its_kind() {
        for (text, anaphor, name, kind) in [
            (
                "The Home Office approved the plan. The department said it works.",
                "The department",
                "Home Office",
                SourceKind::Government,
            ),
            (
                "The Food and Drug Administration approved the drug. The agency said it works.",
                "The agency",
                "Food and Drug Administration",
                SourceKind::Government,
            ),
            (
                "Agents of U.S. Immigration and Customs Enforcement arrested 20 people. The agency said so.",
                "The agency",
                "Immigration and Customs Enforcement",
                SourceKind::Government,
            ),
            (
                "Ann Roe, president of the Amalgamated Steel and Iron Workers, spoke. The union said no.",
                "The union",
                "Amalgamated Steel and Iron Workers",
                SourceKind::Organization,
            ),
            (
                "The plant's workers belong to the United Auto Workers. The union said it would strike.",
                "The union",
                "United Auto Workers",
                SourceKind::Organization,
            ),
            (
                "The Securities and Exchange Commission fined the bank. The regulator said it lied.",
                "The regulator",
                "Securities and Exchange Commission",
                SourceKind::Government,
            ),
            (
                "The Energy Department approved the loan. The agency said it followed the rules.",
                "The agency",
                "Energy Department",
                SourceKind::Government,
            ),
            (
                "Volunteers of the Kenya Red Cross Society gave water. The charity urged calm.",
                "The charity",
                "Kenya Red Cross Society",
                SourceKind::Organization,
            ),
            (
                "The Retail Grocers Association sued. The industry group said it would appeal.",
                "The industry group",
                "Retail Grocers Association",
                SourceKind::Organization,
            ),
            (
                "The Ghana Food and Drugs Authority said cases rose. The agency said deaths fell.",
                "The agency",
                "Ghana Food and Drugs Authority",
                SourceKind::Government,
            ),
            (
                "The Financial Conduct Authority fined the bank. The regulator declined to comment.",
                "The regulator",
                "Financial Conduct Authority",
                SourceKind::Government,
            ),
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            let e = r.resolve(find(&doc, anaphor));
            let d = &r.entities[e].description;
            assert_eq!((d.name.as_str(), d.kind), (name, kind), "{text}");
        }
        // (An agency by name outranks an authority named since; a region
        // is no company.)
        for (text, anaphor, name) in [
            (
                "The Environmental Protection Agency issued the rule. In a filing, the Central \
                 Plains Grid Authority said it was too costly. The agency said it would hold.",
                "The agency",
                "Environmental Protection Agency",
            ),
            (
                "The vaccine was given to children in the Upper East Region. Serum Institute of \
                 India did not comment. The company said it plans to expand.",
                "The company",
                "company",
            ),
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            let e = r.resolve(find(&doc, anaphor));
            assert_eq!(r.entities[e].description.name, name, "{text}");
        }
        // (A president's two-word administration is no agency.)
        let doc = Document::new("The Trump administration issued the rule. The agency said so.");
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "The agency"));
        assert_eq!(r.entities[e].description.name, "agency");
    }

    #[test]
    fn a_generic_head_finds_the_source_just_named_of_its_kind() {
        for (text, first, anaphor, name) in [
            (
                "USA Track & Field said it respected the ruling. The federation declined to comment.",
                "USA Track & Field",
                "The federation",
                "USA Track & Field",
            ),
            (
                "Pacific Valley Electric said a line shut off, but the utility said it was too early.",
                "Pacific Valley Electric",
                "the utility",
                "Pacific Valley Electric",
            ),
            (
                "The Selna Courier reported a delay. The newspaper said a recount was discussed.",
                "Selna Courier",
                "The newspaper",
                "Selna Courier",
            ),
            // (A union named as an association.)
            (
                "The Dover Education Association said no. The union called for a vote.",
                "Dover Education Association",
                "The union",
                "Dover Education Association",
            ),
            // (A paper the speaker talked to, and a state opening its name.)
            (
                "Ana Ruiz told the Arizona Ledger that she would run. The paper said she had filed.",
                "Ana Ruiz",
                "The paper",
                "Arizona Ledger",
            ),
            // (An outlet the tables know, named in passing.)
            (
                "Ana Ruiz spoke to The Guardian on Monday. The newspaper said she had filed.",
                "Ana Ruiz",
                "The newspaper",
                "Guardian",
            ),
            // (A name that says what body it is keeps another noun's anaphor apart.)
            (
                "The Grid Authority said demand rose. The utility said prices would rise.",
                "Grid Authority",
                "The utility",
                "utility",
            ),
            // (A person whose appositive names a body is no body.)
            (
                "Ana Ruiz, a spokeswoman for the union, said no. The company said yes.",
                "Ana Ruiz",
                "The company",
                "company",
            ),
            // (Three sentences on, the anaphor is its own source.)
            (
                "Halvard Rovers said so. Fans left. Rain fell. The club said nothing more.",
                "Halvard Rovers",
                "The club",
                "club",
            ),
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            r.resolve(find(&doc, first));
            let e = r.resolve(find(&doc, anaphor));
            assert_eq!(r.entities[e].description.name, name, "{text}");
        }
    }

    #[test]
    fn a_dateline_is_no_person_and_ends_before_a_subject() {
        let doc = Document::new(
            "DES MOINES, Iowa — Soybean farmer Mark Jensen has watched prices fall. Now, he says, it is over.",
        );
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "he"));
        assert_eq!(r.entities[e].description.name, "Mark Jensen");
    }

    #[test]
    fn a_role_of_another_country_is_another_person() {
        let doc = Document::new(
            "Iran's foreign minister, Javad Zarif, spoke. Later the Saudi foreign minister spoke.",
        );
        let mut r = Resolver::new(&doc);
        let zarif = r.resolve(find(&doc, "Iran 's foreign minister , Javad Zarif"));
        let saudi = r.resolve(find(&doc, "the Saudi foreign minister"));
        assert_ne!(zarif, saudi);
    }

    #[test]
    fn a_name_before_an_institution_word_names_the_institution() {
        let d = described("The Obama administration");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Obama administration", SourceKind::Government)
        );
        let d = described("the Trump campaign");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Trump campaign", SourceKind::Organization)
        );
        // `Trump` alone is no short form of it, and `Mary Trump` is not
        // the `Trump` that `he` was.
        let doc = Document::new(
            "The Trump campaign said so. Trump said so. He said so. Mary Trump said so.",
        );
        let mut r = Resolver::new(&doc);
        let campaign = r.resolve(find(&doc, "The Trump campaign"));
        // (The second `Trump`: the one after a full stop.)
        let trump = find(&doc, ". Trump said").start + 1;
        let trump = r.resolve(trump..trump + 1);
        assert_ne!(campaign, trump);
        let he = r.resolve(find(&doc, "He"));
        assert_eq!(he, trump);
        let mary = r.resolve(find(&doc, "Mary Trump"));
        assert_ne!(mary, trump);
    }

    #[test]
    fn an_anaphor_head_must_fit_the_institution() {
        let d = resolved(
            "Nurses at St. Anselm Medical Center walked out. The union said talks failed.",
            &["The union"],
        );
        assert_eq!(d.name, "union");
    }

    #[test]
    fn roles_in_a_row_are_one_role() {
        let d = described("executive director Ana Ruiz");
        assert_eq!(
            (d.name.as_str(), d.role.as_deref()),
            ("Ana Ruiz", Some("executive director"))
        );
    }

    #[test]
    fn a_pronoun_finds_a_person_introduced_without_a_frame() {
        let d = resolved(
            "Maria Santos, the city's chief engineer, has spent a decade on it. “We lost two years,” she said.",
            &["she"],
        );
        assert_eq!(
            (d.name.as_str(), d.role.as_deref()),
            ("Maria Santos", Some("chief engineer"))
        );
        assert_eq!(d.gender, Gender::Female);
    }

    #[test]
    fn a_bodys_own_text_is_named_for_the_body() {
        let d = resolved(
            "The Athletics Integrity Unit banned him. Its ruling states that the test was valid.",
            &["The Athletics Integrity Unit", "Its ruling"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Athletics Integrity Unit ruling", SourceKind::Document)
        );
    }

    #[test]
    fn a_definite_noun_no_table_knows_names_the_person_it_titled() {
        for (text, mentions) in [
            (
                "Amara Osei, an epidemiologist at the university, said cases rose. The epidemiologist said more.",
                ["Amara Osei", "The epidemiologist"],
            ),
            (
                "Adrian Voss was arrested on Monday. The 52-year-old said the charges were false.",
                ["Adrian Voss", "The 52-year-old"],
            ),
        ] {
            assert_eq!(resolved(text, &mentions).name, mentions[0], "{text}");
        }
        // (One person, not the people a title is for.)
        let d = resolved(
            "Tom Reyes, a lawyer for the tenants, spoke. The tenants said more.",
            &["Tom Reyes", "The tenants"],
        );
        assert_ne!(d.name, "Tom Reyes");
    }

    #[test]
    fn a_frame_set_into_a_sentence_speaks_not_of_the_name_it_interrupts() {
        for text in [
            "Janet Okafor criticized the mayor. Maria Esposito, she said, has not read the report.",
            "Janet Okafor criticized the mayor. Esposito, she said, has not read the report.",
        ] {
            assert_eq!(
                resolved(text, &["Janet Okafor", "she"]).name,
                "Janet Okafor",
                "{text}"
            );
        }
    }

    #[test]
    fn a_name_set_off_after_an_institutions_officer_is_a_subject() {
        let d = resolved(
            "An engineer wrote that the scans were secret. The company's chief executive, \
             Aarav Lindgren, went further on Thursday. He called the reports bad.",
            &["An engineer", "He"],
        );
        assert_eq!(d.name, "Aarav Lindgren");
    }

    #[test]
    fn a_place_of_several_words_is_no_person_a_pronoun_finds() {
        let d = resolved(
            "Preece, speaking in Manchester, New Hampshire, on Thursday, shrugged it off. \
             “The sky never falls,” he said.",
            &["Preece", "he"],
        );
        assert_eq!(d.name, "Preece");
    }

    #[test]
    fn a_papers_short_name_is_its_last_word() {
        let d = described("the North Country Ledger");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("North Country Ledger", SourceKind::Media)
        );
        let doc = Document::new(
            "An email obtained by the Boston Ledger leaked. According to the Ledger, it was real.",
        );
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "the Ledger"));
        assert_eq!(r.entities[e].description.name, "Boston Ledger");
    }

    #[test]
    fn institutions_keep_apostrophes_and_their_short_names() {
        let d = described("the Harbour Workers’ Union");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Harbour Workers’ Union", SourceKind::Organization)
        );
        let doc =
            Document::new("The operator Northline Ferries won. Northline said it was pleased.");
        let mut r = Resolver::new(&doc);
        let first = r.resolve(2..4);
        let short = doc
            .tokens
            .iter()
            .rposition(|t| doc.text[t.start..t.end] == *"Northline")
            .unwrap();
        assert_eq!(r.resolve(short..short + 1), first);
        assert_eq!(r.entities[first].description.kind, SourceKind::Organization);
    }

    #[test]
    fn a_name_given_before_in_full_completes_its_first_words() {
        let d = resolved(
            "Prosecutors say Simms steered contracts to Arbor Line Transit Co. in 2019. \
             Arbor Line, which is not charged, said it had cooperated.",
            &["Arbor Line|,"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Arbor Line Transit Co.", SourceKind::Organization)
        );
        // (The first so named, not a product of the name named since.)
        let d = resolved(
            "Executives at Corvane Appliances knew of the risk. The recall covers the \
             Corvane Pure 400. Corvane said it acted quickly.",
            &["Corvane|said"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Corvane Appliances", SourceKind::Organization)
        );
    }

    #[test]
    fn the_company_after_a_one_word_name_is_that_business() {
        let d = resolved(
            "Microsoft said it would cut jobs. The company said the cuts would end in March.",
            &["Microsoft", "The company"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Microsoft", SourceKind::Organization)
        );
        // (Not a surname the article gave in full.)
        let d = resolved(
            "John Smith founded the firm. Smith said it failed. The company said it would appeal.",
            &["John Smith", "Smith|said", "The company"],
        );
        assert_eq!(d.name, "company");
    }

    #[test]
    fn an_ampersand_joins_an_institutions_name() {
        let doc = Document::new(
            "Economists at Goldman Sachs & Co. predicted a cut. The company said so.",
        );
        let mut r = Resolver::new(&doc);
        let the = doc
            .tokens
            .iter()
            .rposition(|t| doc.text[t.start..t.end] == *"The")
            .unwrap();
        let company = r.resolve(the..the + 2);
        assert_eq!(r.entities[company].description.name, "Goldman Sachs & Co.");
        // Before a common noun and after a descriptor too.
        for (text, name) in [
            ("the Harwick & Lowe board", "Harwick & Lowe board"),
            (
                "Department store chain Harwick & Lowe Inc",
                "Harwick & Lowe Inc",
            ),
        ] {
            assert_eq!(described(text).name, name);
        }
        // A name of no person, closed by a trade's word.
        let d = described("Ortolan Analytics");
        assert_eq!(d.kind, SourceKind::Organization);
    }

    #[test]
    fn a_bodys_own_and_or_for_keeps_its_name_whole() {
        for (text, kind) in [
            (
                "The Competition and Markets Authority",
                SourceKind::Government,
            ),
            ("Avon and Somerset Police", SourceKind::Government),
            (
                "The Centers for Disease Control and Prevention",
                SourceKind::Organization,
            ),
        ] {
            let d = described(text);
            assert_eq!((d.kind, d.members.len()), (kind, 0), "{text}");
        }
        // A name after its article is a member; so is a body after `and the`.
        for text in [
            "Britain and the United States",
            "The Department of Justice and the FBI",
        ] {
            let d = described(text);
            assert_eq!((d.kind, d.members.len()), (SourceKind::Group, 2), "{text}");
        }
        assert_eq!(
            described("The Ministry of Trade and Industry").kind,
            SourceKind::Government
        );
        // Countries named by their region are states.
        let d = described("The Nordic countries");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Nordic countries", SourceKind::Government)
        );
        // The last of a list is one member, its head word notwithstanding.
        let d = described("Bellwood Capital, Stonegate Partners and Arbor Ridge Holdings");
        assert_eq!((d.kind, d.members.len()), (SourceKind::Group, 3));
    }

    #[test]
    fn a_list_with_a_plural_head_is_a_group() {
        let d = described("The union, the Green Party, and several neighbourhood associations");
        assert_eq!((d.kind, d.members.len()), (SourceKind::Group, 3));
    }

    #[test]
    fn a_quantifier_with_its_body_is_unnamed_people() {
        for text in ["Some in the party", "many on Capitol Hill"] {
            let d = described(text);
            assert_eq!((d.name.as_str(), d.kind), (text, SourceKind::Anonymous));
        }
        assert_eq!(described("some outside advisers").name, "outside advisers");
        // (`outside` opening the phrase modifies its noun.)
        let d = described("outside experts");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("outside experts", SourceKind::Anonymous)
        );
    }

    #[test]
    fn a_relative_that_with_a_present_verb_ends_the_description() {
        let d = described(
            "A spokesman for Torrance Partners, a hedge fund that owns 4.8% of the shares",
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("spokesman for Torrance Partners", SourceKind::Anonymous)
        );
        let d = described("Vote Forward, a nonpartisan group that registers voters");
        assert_eq!(d.role.as_deref(), Some("nonpartisan group"));
    }

    #[test]
    fn a_name_described_as_a_unit_of_a_company_is_a_body() {
        let d = described("Gulfmark, a unit of Meridian Energy Partners LP");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Gulfmark", SourceKind::Organization)
        );
    }

    #[test]
    fn a_place_opening_a_name_after_the_is_the_names() {
        for (text, name, kind) in [
            ("the Jakarta Post", "Jakarta Post", SourceKind::Organization),
            ("The Irish Times", "Irish Times", SourceKind::Organization),
            (
                "the Montana Constitution",
                "Montana Constitution",
                SourceKind::Document,
            ),
        ] {
            let d = described(text);
            assert_eq!((d.name.as_str(), d.kind), (name, kind), "{text}");
        }
        // (A person's title or a government's body still gives the place as
        // the affiliation.)
        for (text, name) in [
            ("the Chinese President Xi Jinping", "Xi Jinping"),
            ("the Russian Defence Ministry", "Defence Ministry"),
        ] {
            assert_eq!(described(text).name, name, "{text}");
        }
    }

    #[test]
    fn a_role_with_its_own_of_phrase() {
        let d = described("Ana Ruiz, the authority’s director of operations");
        assert_eq!(
            (d.name.as_str(), d.role.as_deref(), d.affiliation.as_deref()),
            (
                "Ana Ruiz",
                Some("director of operations"),
                Some("authority")
            )
        );
    }

    #[test]
    fn a_role_of_an_institution_before_the_name() {
        for (text, name, role, affiliation) in [
            (
                "Chair of the Coastal Housing Trust Miriam Oyelaran",
                "Miriam Oyelaran",
                "Chair",
                "Coastal Housing Trust",
            ),
            (
                "Director of the FBI Jane Roe",
                "Jane Roe",
                "Director",
                "FBI",
            ),
            (
                "Secretary of State Ann Lee",
                "Ann Lee",
                "Secretary of State",
                "",
            ),
            (
                "Governor of Vermont Laura Pike",
                "Laura Pike",
                "Governor",
                "Vermont",
            ),
        ] {
            let d = described(text);
            assert_eq!(
                (
                    d.name.as_str(),
                    d.role.as_deref(),
                    d.affiliation.as_deref().unwrap_or("")
                ),
                (name, Some(role), affiliation),
                "{text}"
            );
            assert_eq!(d.kind, SourceKind::Person, "{text}");
        }
        // No name after the institution: the of-phrase is all affiliation.
        let d = described("the director of the Westbrook Public Library");
        assert_eq!(d.affiliation.as_deref(), Some("Westbrook Public Library"));
    }

    #[test]
    fn a_first_name_tells_the_gender() {
        assert_eq!(described("Laura Pike").gender, Gender::Female);
        assert_eq!(described("the analyst Omar Haddad").gender, Gender::Male);
        assert_eq!(described("Robin Vale").gender, Gender::Unknown);
    }

    /// The token range of the first occurrence of `words` (space-separated) in `doc`.
    fn find(doc: &Document, words: &str) -> Range<usize> {
        let words: Vec<&str> = words.split(' ').collect();
        let start = (0..doc.tokens.len())
            .find(|&k| {
                words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| k + j < doc.tokens.len() && doc.surface(k + j) == *w)
            })
            .unwrap_or_else(|| panic!("{words:?} not in the text"));
        start..start + words.len()
    }

    #[test]
    fn a_possessive_short_reference_names_the_institution() {
        let doc = Document::new(
            "The Kelmore Water Authority raised prices. “We had no choice,” said Ivo Brandt, \
             the authority’s head of finance.",
        );
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "Ivo Brandt , the authority ’s head of finance"));
        let d = &r.entities[e].description;
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref()),
            ("Ivo Brandt", Some("Kelmore Water Authority"))
        );
        // An earlier company source is the company of `the company's`.
        let doc = Document::new(
            "The retailer Brisk Parcel said on Monday it would cut routes. The company’s founder, \
             Lena Ohm, said the cuts were overdue.",
        );
        let mut r = Resolver::new(&doc);
        r.resolve(find(&doc, "The retailer Brisk Parcel"));
        let e = r.resolve(find(&doc, "The company ’s founder , Lena Ohm"));
        assert_eq!(
            r.entities[e].description.affiliation.as_deref(),
            Some("Brisk Parcel")
        );
        // Nothing named before: the reference stays as the text gives it.
        let doc = Document::new("“It works,” said Ivo Brandt, the authority’s head of finance.");
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "Ivo Brandt , the authority ’s head of finance"));
        assert_eq!(
            r.entities[e].description.affiliation.as_deref(),
            Some("authority")
        );
    }

    #[test]
    fn the_office_of_a_role_is_the_office_of_its_holder() {
        // The holder named after the office …
        let doc = Document::new(
            "The governor’s office said the bridge would reopen. Governor Rosa Quill \
             visited it on Friday.",
        );
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "The governor ’s office"));
        let d = &r.entities[e].description;
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref(), d.kind),
            (
                "governor’s office",
                Some("Rosa Quill"),
                SourceKind::Organization
            )
        );
        // … or a source with that role before it.
        let doc = Document::new(
            "Mayor Tove Ander said taxes would rise. The mayor’s office said later that \
             they would not.",
        );
        let mut r = Resolver::new(&doc);
        r.resolve(find(&doc, "Mayor Tove Ander"));
        let e = r.resolve(find(&doc, "The mayor ’s office"));
        assert_eq!(
            r.entities[e].description.affiliation.as_deref(),
            Some("Tove Ander")
        );
    }

    #[test]
    fn a_bodys_head_noun_outranks_a_government_modifier() {
        for (phrase, kind) in [
            (
                "the County Commissioners Association",
                SourceKind::Organization,
            ),
            ("the City Employees Union", SourceKind::Organization),
            ("the Senate Judiciary Committee", SourceKind::Government),
            ("the County Board", SourceKind::Government),
        ] {
            assert_eq!(described(phrase).kind, kind, "{phrase}");
        }
    }

    #[test]
    fn a_name_before_a_plural_of_unnamed_people_places_them() {
        let doc = Document::new("They met House conservatives");
        let d = describe(&doc, 2..doc.tokens.len());
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref(), d.kind),
            ("House conservatives", Some("House"), SourceKind::Anonymous)
        );
    }

    #[test]
    fn a_place_before_a_bodys_own_and_opens_its_name() {
        for name in ["Avon and Somerset Police", "Brighton and Hove City Council"] {
            assert_eq!(described(name).name, name);
        }
    }

    #[test]
    fn a_list_inside_a_bodys_name_is_no_group() {
        for name in [
            "Ministry of Education, Culture and Science",
            "Department for Environment, Food and Rural Affairs",
        ] {
            let d = described(&format!("the {name}"));
            assert_eq!((d.name.as_str(), d.kind), (name, SourceKind::Government));
        }
        let d = described(
            "a spokeswoman for the Ministry of Housing, Communities and Local Government",
        );
        assert_eq!(
            d.affiliation.as_deref(),
            Some("Ministry of Housing, Communities and Local Government")
        );
        assert_eq!(described("Smith, Jones and Brown").kind, SourceKind::Group);
    }

    #[test]
    fn a_states_own_state_before_its_possessive_is_the_place() {
        let d = described("Washington State's Employment Security Department");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Employment Security Department", SourceKind::Government)
        );
    }

    #[test]
    fn a_capitalized_role_inside_an_institution_name() {
        let d = described("the Dock Workers Council");
        assert_eq!(
            (d.name.as_str(), d.role.as_deref(), d.kind),
            ("Dock Workers Council", None, SourceKind::Government)
        );
    }

    /// Resolves, in order, the mentions given by their words, and returns the
    /// description of the last one's source. `he|said`: the mention `he`
    /// where `he said` is.
    fn resolved(text: &str, mentions: &[&str]) -> Description {
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let mut e = 0;
        for m in mentions {
            let found = find(&doc, &m.replace('|', " "));
            let len = m.split('|').next().unwrap_or("").split(' ').count();
            e = r.resolve(found.start..found.start + len);
        }
        r.entities[e].description.clone()
    }

    #[test]
    fn a_parent_counted_by_children_is_the_person_before() {
        let d = resolved(
            "“We cannot go on,” said Katrín Jónsdóttir, a nurse. “It is hard,” the mother of two said.",
            &["Katrín Jónsdóttir", "the mother of two"],
        );
        assert_eq!(d.name, "Katrín Jónsdóttir");
    }

    #[test]
    fn another_of_a_role_is_one_more_not_the_one_named() {
        let d = resolved(
            "Sophie Marchand, an analyst at Kepler, said so. Another analyst said more. She said why.",
            &["Sophie Marchand", "Another analyst", "She|said why"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Another analyst", SourceKind::Anonymous)
        );
        // (With a name of their own, a person.)
        let d = resolved(
            "Ann Lee said so. Another survivor, Jonas Rell, said more.",
            &["Ann Lee", "Another survivor , Jonas Rell"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Jonas Rell", SourceKind::Person)
        );
    }

    #[test]
    fn a_business_noun_before_its_name_makes_the_name_a_bodys() {
        for (text, kind) in [
            (
                "The ship's operator, Thalassa Marine",
                SourceKind::Organization,
            ),
            ("Its manufacturer, Corvane Aero", SourceKind::Organization),
            // (A person's role, or a name a table knows as a man's, is a person's.)
            ("Vail's publicist, Dana Morrow", SourceKind::Person),
            ("Its operator, John Smith", SourceKind::Person),
        ] {
            assert_eq!(described(text).kind, kind, "{text}");
        }
    }

    #[test]
    fn who_makes_a_business_noun_a_person_and_a_described_appositive_a_body() {
        let d = resolved(
            "One crane operator, who has worked there for years, said so. He said more.",
            &["One crane operator", "He|said more"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("crane operator", SourceKind::Anonymous)
        );
        let d = described("Capital Economics, a London-based consultancy");
        assert_eq!(
            (d.kind, d.role.as_deref()),
            (SourceKind::Organization, Some("London-based consultancy"))
        );
    }

    #[test]
    fn a_body_or_a_person_by_a_shorter_name_of_its_own() {
        for (text, mentions, name) in [
            (
                "West Yorkshire Police said a man was held. The force said so.",
                &["West Yorkshire Police", "The force"][..],
                "West Yorkshire Police",
            ),
            (
                "The Philippine Coast Guard said 40 were rescued. According to the coast guard, it sailed.",
                &["The Philippine Coast Guard", "the coast guard"][..],
                "Coast Guard",
            ),
            (
                "The European Commission said it would act. The Commission said so.",
                &["The European Commission", "The Commission"][..],
                "European Commission",
            ),
            (
                "Detective Chief Inspector Paul Granger said so. The detective said it was early.",
                &["Detective Chief Inspector Paul Granger", "The detective"][..],
                "Paul Granger",
            ),
            (
                "Brenda Halloran, a retired machinist, told the court so. The retired machinist said more.",
                &["Brenda Halloran", "The retired machinist"][..],
                "Brenda Halloran",
            ),
        ] {
            assert_eq!(resolved(text, mentions).name, name, "{text}");
        }
        // (A party's member is no rank: `the Florida Republican` is not the
        // `Republican senator` quoted before.)
        let d = resolved(
            "One Republican senator close to him said so. Nick Santangelo went further. The Florida Republican denied it.",
            &["One Republican senator close to him", "The Florida Republican"],
        );
        assert_ne!(d.name, "Republican senator close to him");
    }

    #[test]
    fn a_pair_each_with_an_insert_is_two_people() {
        for (text, names) in [
            (
                "Professor Marja Kallio, an endocrinologist at the University of Helsinki, and \
                 Dr. Sanna Heikkinen, who runs a clinic in Loviisa",
                "Marja Kallio and Sanna Heikkinen",
            ),
            (
                "Abad and his counterpart in the town of Palo, Ernesto Villanueva",
                "Abad and Ernesto Villanueva",
            ),
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            let e = r.resolve(0..doc.tokens.len());
            assert_eq!(r.entities[e].description.name, names, "{text}");
        }
    }

    #[test]
    fn an_outlet_is_the_agency_or_the_newspaper_that_introduced_it() {
        for (text, anaphor, name) in [
            (
                "The Korean Central News Agency did not mention Ri. The agency said defectors lie.",
                "The agency",
                "Korean Central News Agency",
            ),
            (
                "The man, identified by the Norwegian newspaper Aftenposten as Pavel Gromov, \
                 crossed the border. He served in a brigade, the newspaper reported.",
                "the newspaper",
                "Aftenposten",
            ),
        ] {
            let doc = Document::new(text);
            let mut r = Resolver::new(&doc);
            let e = r.resolve(find(&doc, anaphor));
            let d = &r.entities[e].description;
            assert_eq!(
                (d.name.as_str(), d.kind),
                (name, SourceKind::Media),
                "{text}"
            );
        }
        // (`Neither club` is no one club.)
        let doc = Document::new("Calder Vale signed the striker. Neither club confirmed the fee.");
        let mut r = Resolver::new(&doc);
        let e = r.resolve(find(&doc, "Neither club"));
        assert_ne!(r.entities[e].description.name, "Calder Vale");
    }

    #[test]
    fn it_in_a_spokespersons_sentence_is_the_body_spoken_for() {
        let d = resolved(
            "A gallery attendant said the rooms were full. A spokeswoman for the University of \
             Glasgow said it hoped the show would tour.",
            &[
                "A gallery attendant",
                "A spokeswoman for the University of Glasgow",
                "it|hoped",
            ],
        );
        assert_eq!(d.name, "University of Glasgow");
    }

    #[test]
    fn a_shorter_description_of_an_unnamed_body_is_that_body() {
        let d = resolved(
            "Twelve died, the state civil defence agency said. The civil defence agency said more.",
            &["the state civil defence agency", "The civil defence agency"],
        );
        assert_eq!(d.name, "state civil defence agency");
    }

    #[test]
    fn a_churchs_see_is_a_body() {
        let d = described("The Archdiocese of Kraków");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Archdiocese of Kraków", SourceKind::Organization)
        );
    }

    #[test]
    fn they_after_a_pair_of_bodies_is_the_pair() {
        let d = resolved(
            "The Irish Heart Foundation and the Irish Osteoporosis Society said the plan was \
             late. \"We can't wait,\" they said.",
            &[
                "The Irish Heart Foundation and the Irish Osteoporosis Society",
                "they|said",
            ],
        );
        assert_eq!(d.members.len(), 2, "{d:?}");
    }

    #[test]
    fn it_after_a_document_opening_the_sentence_before_is_the_document() {
        let d = resolved(
            "The study, which appeared in the journal, measured levels in pupils at schools run \
             by Trinity College Dublin. It found that a third were deficient.",
            &["It|found"],
        );
        assert_eq!((d.name.as_str(), d.kind), ("study", SourceKind::Document));
        // (Its authors are the document's people; a headline's `Study` is one.)
        let d = resolved(
            "The survey tested 4,200 children. Its authors estimate that rates rose.",
            &["Its authors"],
        );
        assert_eq!(d.name, "survey's authors");
        let d = resolved("Study finds teenagers low in vitamin D", &["Study"]);
        assert_eq!((d.name.as_str(), d.kind), ("study", SourceKind::Document));
        // (`Court records show`: a court's texts, not the court.)
        let d = resolved(
            "Court records show that he paid the fine.",
            &["Court records"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Court records", SourceKind::Document)
        );
    }

    #[test]
    fn a_name_in_the_sources_relative_clause_or_mention_takes_no_later_pronoun() {
        for (text, she) in [
            (
                "Councillor Rebecca Shaw, who represents the Headingley and Hyde Park ward, criticised the police. \
                 She said residents were angry.",
                "She|said residents",
            ),
            (
                "Karen Macleod, Callum’s aunt, told the BBC that the boy was quiet. \
                 She said he had finished his exams.",
                "She|said he",
            ),
        ] {
            let first = text.split(',').next().unwrap();
            let d = resolved(text, &[first, she]);
            assert_eq!(d.name, first.trim_start_matches("Councillor "), "{text}");
        }
    }

    #[test]
    fn a_name_in_an_opening_participle_takes_no_pronoun() {
        let d = resolved(
            "Tom Lake has stayed quiet. Asked about Dan Ruiz at the rally, he said he was busy.",
            &["Tom Lake", "he|said he"],
        );
        assert_eq!(d.name, "Tom Lake");
    }

    #[test]
    fn a_name_after_a_title_with_of_takes_a_later_pronoun() {
        let d = resolved(
            "Lydia Marchetti said the vote was fair. Secretary of State Gail Rutherford \
             disagreed. She said the count was wrong.",
            &["Lydia Marchetti", "She|said the count"],
        );
        assert_eq!(d.name, "Gail Rutherford");
    }

    #[test]
    fn a_companys_suffix_lets_a_generic_noun_name_it() {
        for anaphor in ["The company", "The lender"] {
            let text = format!(
                "Harbor Bank Corp. reported lower profit. {anaphor} said loan demand had slowed."
            );
            let d = resolved(&text, &["Harbor Bank Corp.", anaphor]);
            assert_eq!(d.name, "Harbor Bank Corp.", "{anaphor}");
        }
    }

    #[test]
    fn a_name_in_the_speakers_relative_clause_takes_no_pronoun() {
        let d = resolved(
            "The Scot, who took charge after the sacking of Gareth Lowe, said he had no \
             complaints, though he questioned the timing.",
            &["The Scot", "he|questioned"],
        );
        assert_eq!(d.name, "Scot");
    }

    #[test]
    fn a_public_body_known_by_a_name_is_that_name() {
        let text =
            "The regulator, known as KOMSA, said so. The government said no. The agency said yes.";
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let regulator = r.resolve(find(&doc, "The regulator"));
        assert_eq!(r.entities[regulator].description.name, "KOMSA");
        assert_ne!(r.resolve(find(&doc, "The government")), regulator);
        assert_eq!(r.resolve(find(&doc, "The agency")), regulator);
    }

    #[test]
    fn a_laws_name_names_no_body() {
        let doc = Document::new(
            "Lumora said it complied with the Affordable Care Act. The company said no.",
        );
        let mut r = Resolver::new(&doc);
        let first = r.resolve(find(&doc, "Lumora"));
        assert_eq!(r.resolve(find(&doc, "The company")), first);
    }

    #[test]
    fn no_name_runs_across_a_line_break() {
        let doc = Document::new(
            "Reporting by Natalie Ferrante and Owen Kessler\n\nDES MOINES COUNTY — Bryce Mayhew met donors.",
        );
        let people: Vec<&str> = person_names(&doc)
            .into_iter()
            .map(|(_, range)| doc.slice(range))
            .collect();
        assert!(people.contains(&"Owen Kessler"), "{people:?}");
        let institutions: Vec<&str> = institution_names(&doc)
            .into_iter()
            .map(|(_, range, _)| doc.slice(range))
            .collect();
        assert!(
            institutions.iter().all(|n| !n.contains('\n')),
            "{institutions:?}"
        );
    }

    #[test]
    fn a_bylines_writers_are_no_antecedents() {
        let text =
            "By Natalie Ferrante and Owen Kessler\n\nA recording surfaced in which he said it.";
        let doc = Document::new(text);
        assert!(person_names(&doc).is_empty());
        let d = resolved(text, &["he"]);
        assert_eq!(d.name.as_str(), "he");
    }

    #[test]
    fn they_is_the_people_opening_the_sentence_before() {
        for (text, mention, name) in [
            (
                "The senators pressed her on prices. They said costs rose.",
                "They|said",
                "senators",
            ),
            (
                "Republicans pressed her on prices, which they argue rose.",
                "they|argue",
                "Republicans",
            ),
            // (Past the subject's set-off insert.)
            (
                "The researchers, led by Dr. Ana Rawal of the institute, analysed records. \
                 They found that yields fell.",
                "They|found",
                "researchers",
            ),
        ] {
            assert_eq!(resolved(text, &[mention]).name, name, "{text}");
        }
        // Not things: `Prices rose. They said …` is the officials' still.
        let d = resolved(
            "Officials said the plan was dead. Prices rose. They said it would pass.",
            &["Officials", "They|said it"],
        );
        assert_eq!(d.name, "Officials");
    }

    #[test]
    fn a_plurality_is_of_those_just_polled() {
        let d = resolved(
            "Most likely voters say prices are rising. A plurality say neither party has a plan.",
            &["Most likely voters", "A plurality"],
        );
        assert_eq!(d.kind, SourceKind::Anonymous);
        assert_eq!(d.name, "likely voters");
    }

    #[test]
    fn a_share_or_several_is_of_the_plural_people_just_named() {
        let d = resolved(
            "Eighty-one percent of Republicans support the raids. Independents are split: \
             41 percent say the raids worked.",
            &["Eighty-one percent of Republicans", "41 percent"],
        );
        assert_eq!(d.name, "Independents");
        let d = resolved(
            "The mayor said the plan would pass. Democratic strategists read the numbers \
             as an opening. Several said the party had waited too long.",
            &["The mayor", "Several"],
        );
        assert_eq!(d.name, "Democratic strategists");
        let d = resolved(
            "A survey of 640 teachers found support. Not everyone agreed. More than 40 \
             parents signed up to speak. Several said they worried.",
            &["Several"],
        );
        assert_eq!(d.name, "parents");
        // (After a quotation closing the paragraph before, too.)
        let d = resolved(
            "“I understand why they did it.”\n\nEconomists were divided. Some warned \
             spending would fall.",
            &["Some"],
        );
        assert_eq!(d.name, "Economists");
    }

    #[test]
    fn a_fund_names_no_person() {
        let d = resolved(
            "Janelle Ashford of the Legal Defense and Educational Fund argued the case. \
             She noted that few suits were filed.",
            &["Janelle Ashford", "She|noted"],
        );
        assert_eq!(d.name, "Janelle Ashford");
    }

    #[test]
    fn a_headline_role_with_a_modifier_is_the_titled_person_below() {
        let d = resolved(
            "GOP senator balks at nominee\n\nSen. Curtis Mayhew said he would vote no.",
            &["GOP senator"],
        );
        assert_eq!(d.name, "Curtis Mayhew");
        // Or the person an appositive gives the role.
        let d = resolved(
            "Defector says he was tortured\n\nKim Song-ju, a defector who fled in 2009, told \
             the inquiry he was beaten.",
            &["Defector"],
        );
        assert_eq!(d.name, "Kim Song-ju");
    }

    #[test]
    fn a_party_tag_with_its_town_names_no_person() {
        let d = resolved(
            "Sen. Owen Tillery, R-Bannock Ridge, voted no. He said the bill went too far.",
            &["He|said"],
        );
        assert_eq!(d.name, "Owen Tillery");
    }

    #[test]
    fn a_definite_poll_is_the_poll_brought_in_before() {
        let text = "A Reuters/Meridian poll released Tuesday found Carradine ahead. \
                    The six-day poll showed the race tight. The same survey found voters worried.";
        let d = resolved(
            text,
            &[
                "A Reuters/Meridian poll",
                "The six-day poll",
                "The same survey",
            ],
        );
        assert_eq!(d.name, "Reuters/Meridian");
        // A document its owner stands for, a public body's too.
        let d = resolved(
            "An internal memo from the Department of Agriculture shows that states are worried. \
             The memo warns that costs could double.",
            &[
                "An internal memo from the Department of Agriculture",
                "The memo",
            ],
        );
        assert_eq!(d.name, "Department of Agriculture");
        // A study by another of its names, a report by its kind's.
        let d = resolved(
            "A study in the journal Nature found that sleep helps. According to the paper, \
             volunteers recalled more. An audit by the regulator found waste. The report said \
             rules were bent.",
            &[
                "A study in the journal Nature",
                "the paper",
                "An audit by the regulator",
                "The report",
            ],
        );
        assert_eq!(d.name, "regulator");
        let doc = Document::new(
            "A study in the journal Nature found that sleep helps. According to the paper, \
             volunteers recalled more.",
        );
        let mut r = Resolver::new(&doc);
        let study = r.resolve(find(&doc, "A study").start..find(&doc, "in the journal").start);
        let paper = r.resolve(find(&doc, "the paper").start..find(&doc, "the paper").end);
        assert_eq!(study, paper);
        // (Not the authors of a report: `the report's authors`.)
        let d = resolved(
            "The report's authors said it was late. The report says costs rose.",
            &["The report 's authors", "The report"],
        );
        assert_eq!(d.name, "report");
    }

    #[test]
    fn a_name_after_a_government_title_is_a_persons() {
        let d = described("Federal Reserve Chair Margaret Halvorsen");
        assert_eq!(
            (d.kind, d.name.as_str()),
            (SourceKind::Person, "Margaret Halvorsen")
        );
        assert_eq!(
            described("the Federal Reserve").kind,
            SourceKind::Government
        );
        // An outlet the lexicon knows only with its article.
        for phrase in ["The Guardian", "The Hill"] {
            assert_eq!(described(phrase).kind, SourceKind::Media, "{phrase}");
        }
        // `Mc` is no acronym's capital; a brand's inner one is.
        for name in ["McConnell", "McCain"] {
            assert_eq!(described(name).kind, SourceKind::Person, "{name}");
        }
        assert_ne!(described("YouTube").kind, SourceKind::Person);
        assert_ne!(described("UNICEF").kind, SourceKind::Person);
        // Nor is a campaign's: its institution word belongs to the title.
        for phrase in [
            "Campaign manager Theo Ashcroft",
            "Clinton campaign chairman John Podesta",
        ] {
            assert_eq!(described(phrase).kind, SourceKind::Person, "{phrase}");
        }
        assert_eq!(
            described("shipping group Maersk").kind,
            SourceKind::Organization
        );
    }

    #[test]
    fn a_city_or_county_is_a_government() {
        for phrase in ["the city", "the county"] {
            assert_eq!(described(phrase).kind, SourceKind::Government, "{phrase}");
        }
    }

    #[test]
    fn an_institution_is_named_by_the_name_set_off_after_it() {
        let d = resolved(
            "Her main super PAC, Common Ground Majority, plans to spend more.",
            &["Her main super PAC"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Common Ground Majority", SourceKind::Organization)
        );
    }

    #[test]
    fn a_party_word_opens_a_committees_name() {
        let d = described("The Republican National Committee");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Republican National Committee", SourceKind::Organization)
        );
        assert_eq!(
            described("Republican Sen. John Smith").role.as_deref(),
            Some("Republican")
        );
    }

    #[test]
    fn a_spokesman_for_someone_is_not_that_someone() {
        let d = described("A spokesman for House Speaker Paul Ryan");
        assert_eq!(
            (d.kind, d.affiliation.as_deref()),
            (SourceKind::Anonymous, Some("House Speaker Paul Ryan"))
        );
        // But the holder of a role named after its institution is the person.
        let d = described("the ambassador to the United States Hamdullah Mohib");
        assert_eq!(d.name, "Hamdullah Mohib");
    }

    #[test]
    fn one_persons_coordinated_roles_are_no_group() {
        for text in [
            "Tom Baker, chairman of the board and a longtime donor",
            "Mira Santalo, leader of the Green Alliance and a former lawyer",
        ] {
            let d = described(text);
            assert_eq!((d.kind, d.members.len()), (SourceKind::Person, 0), "{text}");
        }
        let d = described("Kevin Szabo, the chief adviser and a former economist at the institute");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Kevin Szabo", SourceKind::Person)
        );
        assert_eq!(described("Lowe, Hale and Ortiz").kind, SourceKind::Group);
    }

    #[test]
    fn shares_of_those_polled_are_the_polled() {
        let d = resolved(
            "Forty-one percent of likely voters say taxes are high. Another 33 percent say \
             they are not.",
            &["Forty-one percent of likely voters", "33 percent"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("likely voters", SourceKind::Anonymous)
        );
        // No group named before: the share alone.
        assert_eq!(
            resolved("Just 19 percent said yes.", &["Just 19 percent"]).name,
            "Just 19 percent"
        );
        // Fractions and ratios of a polled group are the group.
        for (text, mention) in [
            ("Half of voters say no.", "Half of voters"),
            ("A majority of voters say no.", "A majority of voters"),
            ("Six in 10 voters say no.", "Six in 10 voters"),
        ] {
            let d = resolved(text, &[mention]);
            assert_eq!((d.name.as_str(), d.kind), ("voters", SourceKind::Anonymous));
        }
        // Not a fraction of an institution.
        assert_ne!(
            resolved("Half of the board said no.", &["Half of the board"]).name,
            "board"
        );
    }

    #[test]
    fn a_persons_campaign_and_aides_are_named_after_the_person() {
        let text = "Margaret Ellison spoke in Erie. Her campaign said it would spend more. \
                    The Ellison campaign said it was confident. Ms. Ellison’s campaign said \
                    the poll was wrong. Ellison aides said the race was close.";
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let campaign: Vec<usize> = [
            "Her campaign",
            "The Ellison campaign",
            "Ms. Ellison ’s campaign",
        ]
        .iter()
        .map(|m| r.resolve(find(&doc, m)))
        .collect();
        assert_eq!(campaign, vec![campaign[0]; 3]);
        let d = &r.entities[campaign[0]].description;
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Margaret Ellison's campaign", SourceKind::Organization)
        );
        let aides = r.resolve(find(&doc, "Ellison aides"));
        assert_eq!(
            r.entities[aides].description.name,
            "Margaret Ellison's aides"
        );
        // `The team` is the researchers named before, not the fans.
        let d = resolved(
            "Researchers at the University of Illinois found a drop. The team estimates losses.",
            &["Researchers at the University of Illinois", "The team"],
        );
        assert_eq!(d.name, "Researchers at the University of Illinois");
        let d = resolved(
            "Fans said the coach should go. The team said nothing.",
            &["Fans", "The team"],
        );
        assert_eq!(d.name, "team");
        // A body's own people or board, named as the body's.
        let d = resolved(
            "Harwick & Lowe Inc said profits fell. Its board said the offer was low.",
            &["Harwick & Lowe Inc", "Its board"],
        );
        assert_eq!(d.name, "Harwick & Lowe board");
        // A part of them too: `Some of Ms. Ellison's aides`.
        let d = resolved(
            "Margaret Ellison spoke. Some of Ms. Ellison’s aides said the race was close.",
            &["Some of Ms. Ellison ’s aides"],
        );
        assert_eq!(d.name, "Margaret Ellison's aides");
        // One unnamed person of hers: `Her attorney`.
        let d = resolved(
            "Margaret Ellison spoke. Her attorney said the race was close.",
            &["Margaret Ellison", "Her attorney"],
        );
        assert_eq!(d.name, "Margaret Ellison's attorney");
        // Not a capitalized adjective or a place: `Congressional aides`.
        let d = resolved(
            "The Congressional Budget Office scored the bill. Congressional aides said it was late.",
            &["Congressional aides"],
        );
        assert_eq!(d.name, "Congressional aides");
    }

    #[test]
    fn a_definite_role_finds_the_name_its_title_gave() {
        let d = resolved(
            "Sen. Claire Benning toured a plant in Ohio. Aides said it went well. \
             The senator said the tour was useful.",
            &["Aides", "The senator|said"],
        );
        assert_eq!(
            (d.name.as_str(), d.role.as_deref()),
            ("Claire Benning", Some("senator"))
        );
        let d = resolved(
            "Rep. Ann Lowe voted no. The congresswoman said the bill was flawed.",
            &["The congresswoman|said"],
        );
        assert_eq!(d.name, "Ann Lowe");
        // A modifier the title lacks: the role's head.
        let d = resolved(
            "Sen. Ray Talbert declined to say. Pressed on it, the two-term senator said no.",
            &["the two-term senator|said"],
        );
        assert_eq!(d.name, "Ray Talbert");
        // No one titled so: the role alone.
        let d = resolved(
            "Ann Lowe voted no. The senator said it was flawed.",
            &["The senator|said"],
        );
        assert_eq!(d.name_words, Vec::<String>::new());
    }

    #[test]
    fn an_epithet_names_the_person_of_the_sentence_before() {
        let d = resolved(
            "Ellen Hartwell attacked her rival on Tuesday. Speaking in Ohio, the former \
             governor said the economy was broken.",
            &["the former governor|said"],
        );
        assert_eq!(
            (d.name.as_str(), d.role.as_deref()),
            ("Ellen Hartwell", Some("former governor"))
        );
        // A role that characterizes (`roles.tsv`'s epithets), not an office.
        let d = resolved(
            "Dale Varney said he would build a wall. The real estate mogul told supporters so.",
            &["Dale Varney", "The real estate mogul"],
        );
        assert_eq!(d.name, "Dale Varney");
        let d = resolved(
            "Dale Varney said he would build a wall. The ambassador told supporters so.",
            &["Dale Varney", "The ambassador"],
        );
        assert_ne!(d.name, "Dale Varney");
    }

    #[test]
    fn a_quantifier_is_some_of_the_people_just_named() {
        let d = resolved(
            "Two crew members said they saw it. One said the director apologized.",
            &["Two crew members", "One|said"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("crew members", SourceKind::Anonymous)
        );
        // Nobody named in the sentence before: unnamed people of their own.
        let d = resolved(
            "Two crew members said they saw it. The shoot ended. Later the studio closed. \
             Several said the shoot was chaotic.",
            &["Two crew members", "Several|said"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Several", SourceKind::Anonymous)
        );
    }

    #[test]
    fn she_can_be_an_unnamed_source_introduced_as_one_person() {
        let text = "Alex Hale said the vote was close. A campaign aide, speaking on condition \
                    of anonymity, said the staff expected it. She said the mood was calm.";
        let d = resolved(text, &["Alex Hale", "A campaign aide", "She|said"]);
        assert_eq!(d.name.as_str(), "campaign aide");
        // Not a group.
        let text = "Alex Hale said the vote was close. Two campaign aides said the staff \
                    expected it. She said the mood was calm.";
        let d = resolved(text, &["Alex Hale", "Two campaign aides", "She|said"]);
        assert_eq!(d.name.as_str(), "Alex Hale");
    }

    #[test]
    fn a_surname_alone_twice_as_a_subject_is_a_person() {
        let text = "Lowe said the plan failed. Hale met voters on Monday. Hale visited a farm \
                    later. He said prices were too low.";
        let d = resolved(text, &["Lowe", "He|said"]);
        assert_eq!(d.name.as_str(), "Hale");
    }

    #[test]
    fn a_surname_stays_with_the_principal_not_a_relative_or_a_trust() {
        let text = "Brooks Tillery announced his bid. He said his brother, Dale Tillery, \
                    ran the Tillery Family Trust. Emails suggest Mr. Tillery stayed involved. \
                    He said he did not recall the bid.";
        let d = resolved(text, &["Brooks Tillery", "He|said his", "He|said he"]);
        assert_eq!(d.name.as_str(), "Brooks Tillery");
    }

    #[test]
    fn an_appositive_to_an_object_takes_no_later_pronoun() {
        let text = "Brooks Tillery said he was innocent. He asked the company’s chief \
                    executive, Renata Olguín, to help. In another message, he wrote that he \
                    would fix it.";
        let d = resolved(text, &["Brooks Tillery", "He|asked", "he|wrote"]);
        assert_eq!(d.name.as_str(), "Brooks Tillery");
        // (One to a subject does.)
        let text = "Harlan Caldwell said he was ready. The panel’s top Democrat, Sen. Miguel \
                    Arrieta, was less effusive. He questioned the nominee.";
        let d = resolved(text, &["Harlan Caldwell", "He|questioned"]);
        assert_eq!(d.name.as_str(), "Miguel Arrieta");
    }

    #[test]
    fn a_gender_a_pronoun_told_keeps_the_other_pronoun_away() {
        // (`Dana` is given to both; `she` told which.)
        let text = "Sen. Dana Kettleson said she was not ready. She asked the nominee \
                    whether he would shrink it. He said a review was needed.";
        let d = resolved(text, &["Sen. Dana Kettleson", "She|asked", "He|said a"]);
        assert_ne!(d.name.as_str(), "Dana Kettleson");
    }

    #[test]
    fn one_name_with_a_role_set_off_after_it_is_a_person() {
        let text = "Lowbridge, the Democratic nominee, has made the economy her theme. \
                    She said taxes would rise.";
        let d = resolved(text, &["She|said"]);
        assert_eq!((d.name.as_str(), d.kind), ("Lowbridge", SourceKind::Person));
    }

    #[test]
    fn someone_close_to_a_named_person_is_not_that_person() {
        let d = described("a source close to Ann Lowe");
        assert_eq!(
            (d.kind, d.name.as_str(), d.affiliation.as_deref()),
            (
                SourceKind::Anonymous,
                "source close to Ann Lowe",
                Some("Ann Lowe")
            )
        );
        let d = described("people familiar with the matter");
        assert_eq!((d.kind, d.affiliation), (SourceKind::Anonymous, None));
        // (A post-modifier after the role changes nothing.)
        let d = described("A GOP lawmaker close to leadership");
        assert_eq!(
            (d.kind, d.affiliation.as_deref()),
            (SourceKind::Anonymous, Some("GOP"))
        );
        let d = described("a Kremlin spokesman in Moscow");
        assert_eq!(d.affiliation.as_deref(), Some("Kremlin"));
        // A party's operative is an unnamed person of that party.
        let d = described("A GOP operative");
        assert_eq!(
            (d.kind, d.name.as_str(), d.affiliation.as_deref()),
            (SourceKind::Anonymous, "GOP operative", Some("GOP"))
        );
    }

    #[test]
    fn he_with_no_person_before_is_the_speaker_read_as_a_company() {
        let text = "“It is over,” Lowbridge told reporters. He said the bill was dead.";
        let d = resolved(text, &["Lowbridge", "He|said"]);
        assert_eq!((d.name.as_str(), d.kind), ("Lowbridge", SourceKind::Person));
        // Not a company that says so by its name, nor one seen sentences before.
        let text =
            "Lowbridge Inc. said sales fell. Shares rose. Prices fell. He said the bill was dead.";
        let d = resolved(text, &["Lowbridge Inc.", "He|said"]);
        assert_eq!(d.name.as_str(), "He");
    }

    #[test]
    fn people_after_a_panel_are_its_members_only_while_it_is_the_topic() {
        let text = "The flag panel said it had chosen four designs. The judges said the \
                    choice was hard.";
        let d = resolved(text, &["The flag panel", "The judges"]);
        assert_eq!(d.name.as_str(), "flag panel");
        let text = "The flag panel said it had chosen four designs. Voting starts in May. \
                    Turnout is expected to be low. Polls close at noon. The judges said the \
                    choice was hard.";
        let d = resolved(text, &["The flag panel", "The judges"]);
        assert_eq!(d.name.as_str(), "judges");
    }

    #[test]
    fn a_bodys_appositive_head_is_a_later_anaphors() {
        let text = "The National Teachers Alliance, the country’s largest teachers union, said \
                    the pick was bad. Parents were upset. The union said it would fight.";
        let d = resolved(text, &["The National Teachers Alliance", "The union"]);
        assert_eq!(d.name.as_str(), "National Teachers Alliance");
        // Named without a frame, too.
        let text = "Members of Northline Ferries, a regional carrier, were told. The carrier \
                    said it would fight.";
        let d = resolved(text, &["The carrier"]);
        assert_eq!(d.name.as_str(), "Northline Ferries");
    }

    #[test]
    fn with_no_source_before_he_is_the_object_just_named() {
        let text = "The court sentenced Emin Aliyev to four years. He said he would appeal.";
        let d = resolved(text, &["He|said"]);
        assert_eq!(d.name.as_str(), "Emin Aliyev");
        // Not one named sentences before.
        let text = "The court sentenced Emin Aliyev to four years. The trial took a day. \
                    Appeals are rare. He said he would appeal.";
        let d = resolved(text, &["He|said"]);
        assert_eq!(d.name.as_str(), "He");
    }

    #[test]
    fn a_network_of_something_else_is_no_broadcaster() {
        assert_eq!(
            described("the hospital network").kind,
            SourceKind::Organization
        );
        assert_eq!(described("the cable network").kind, SourceKind::Media);
        assert_eq!(described("The network").kind, SourceKind::Media);
    }

    #[test]
    fn an_it_with_no_antecedent_is_no_person() {
        let text = "“The situation is under control,” it read. He said more was needed.";
        let d = resolved(text, &["it"]);
        assert_eq!(d.kind, SourceKind::Organization);
        // Nor does a later he take it.
        let d = resolved(text, &["it", "He|said"]);
        assert_eq!(d.name.as_str(), "He");
    }

    #[test]
    fn a_division_of_a_state_is_a_body() {
        let d = described("the Ohio Division of Wildlife");
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Division of Wildlife", SourceKind::Organization)
        );
    }

    #[test]
    fn an_epithet_right_after_a_named_person_is_theirs() {
        let text = "Harry Reid accused the leader of stalling. The Nevada senator said the \
                    vote would come.";
        let d = resolved(text, &["Harry Reid", "The Nevada senator"]);
        assert_eq!(d.name.as_str(), "Harry Reid");
        // An office names someone else.
        let text = "Harry Reid accused the leader of stalling. The FBI director said the \
                    inquiry would go on.";
        let d = resolved(text, &["Harry Reid", "The FBI director"]);
        assert_eq!(d.name.as_str(), "FBI director");
        // A party's member characterizes one who holds an office too.
        let text = "Committee Chairman Lloyd Bentsen predicted defeat. “They lack the votes,” \
                    the Texas Democrat told reporters.";
        let d = resolved(
            text,
            &["Committee Chairman Lloyd Bentsen", "the Texas Democrat"],
        );
        assert_eq!(d.name.as_str(), "Lloyd Bentsen");
    }

    #[test]
    fn an_acronym_the_article_defines_names_the_body() {
        let d = resolved(
            "The Coastal Ferry Authority (CFA) raised fares. On Friday, CFA said they would \
             fall again.",
            &["CFA said"],
        );
        assert_eq!(d.name.as_str(), "Coastal Ferry Authority");
        // An acronym never spelled out stays as it is.
        let d = resolved("On Friday, CFA said fares would fall.", &["CFA"]);
        assert_eq!(d.name.as_str(), "CFA");
        // Spelt out before without brackets: the institution whose initials
        // end in it.
        let d = resolved(
            "The U.S. Coastal Ferry Authority raised fares. On Friday, the CFA said they \
             would fall.",
            &["the CFA"],
        );
        assert_eq!(d.name.as_str(), "Coastal Ferry Authority");
        // An acronym of the name in another language, after an institution's name.
        let d = resolved(
            "Prosecutors from the Corruption Eradication Commission (KPK) spoke. The KPK \
             said the minister took bribes.",
            &["The KPK"],
        );
        assert_eq!(d.name.as_str(), "Corruption Eradication Commission");
    }

    #[test]
    fn a_leads_indefinite_role_is_the_person_that_role_names_next() {
        let d = resolved(
            "A federal judge on Tuesday blocked the law, ruling that it was void. \
             U.S. District Judge Helen Marquardt granted the injunction.",
            &["A federal judge"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Helen Marquardt", SourceKind::Person)
        );
        // (A role that says whose it is may be another body's.)
        let d = resolved(
            "A company spokesman said the ship was safe. Houthi military spokesman \
             Yahya Saree said it was hit.",
            &["A company spokesman"],
        );
        assert_eq!(d.name.as_str(), "company spokesman");
    }

    #[test]
    fn a_surname_misspelt_by_a_letter_is_the_same_person() {
        let text = "Ines Morland, the trust’s treasurer, said costs rose. Costs will \
                    fall, said Morlan.";
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let first = r.resolve(find(&doc, "Ines Morland , the trust ’s treasurer"));
        assert_eq!(r.resolve(find(&doc, "Morlan")), first);
        // Named without a frame before: the full name.
        let d = resolved(
            "Ines Morland chairs the trust. Costs will fall, said Morlan.",
            &["Morlan"],
        );
        assert_eq!(d.name.as_str(), "Ines Morland");
        // Short words and other names do not count.
        let d = resolved(
            "Ines Morland chairs it. Costs fell, said Moreland Hale.",
            &["Moreland Hale"],
        );
        assert_eq!(d.name.as_str(), "Moreland Hale");
    }

    #[test]
    fn a_pronoun_skips_a_name_after_an_article_or_inside_a_quote() {
        let d = resolved(
            "Greta Holm visited the Robin Lumen show. She liked the booths and the Lumen’s \
             flash. “It glows,” she said.",
            &["she|said"],
        );
        assert_eq!(d.name.as_str(), "Greta Holm");
        let d = resolved(
            "Striker Kwabena Osei may leave. Coach Ivo Brant was calm. “Kwabena is our \
             player,” he said.",
            &["he|said"],
        );
        assert_eq!(d.name.as_str(), "Ivo Brant");
    }

    #[test]
    fn a_pronoun_finds_a_person_by_first_name_and_gender() {
        let d = resolved(
            "Paul Verne was charged in May. Later, Otto Berg testified. Paul’s lawyer called \
             him, and he said the charge was wrong.",
            &["he|said"],
        );
        assert_eq!((d.name.as_str(), d.gender), ("Paul Verne", Gender::Male));
        // `she` passes over a man's name to the woman named before it.
        let d = resolved(
            "Ida Lark runs the mill. Yesterday Otto Berg toured it, and she said it was busy.",
            &["she|said"],
        );
        assert_eq!(d.name.as_str(), "Ida Lark");
    }

    #[test]
    fn a_pronoun_prefers_a_name_of_its_gender_in_its_own_sentence() {
        let d = resolved(
            "Lorraine Haddix chairs the panel. Ana Obi said she was neutral. A spokesman, \
             Hank Severin, mocked the dispute. A person familiar with Haddix’s plans said she \
             intends to call both camps.",
            &["Ana Obi", "she|was", "Hank Severin", "she|intends"],
        );
        assert_eq!(d.name.as_str(), "Lorraine Haddix");
        // (A source of its gender in its sentence stays: `Smith told Jones she …`.)
        let d = resolved(
            "Mary Smith told Ann Jones she would run.",
            &["Mary Smith", "she|would"],
        );
        assert_eq!(d.name.as_str(), "Mary Smith");
        // After an unnamed source of unknown gender sentences back, a name of
        // the pronoun's gender in the sentence before, in any position.
        let d = resolved(
            "Philip Ashworth testified. A spokesperson for his firm said he had complied. \
             Two senators then spoke. They urged Ashworth to commit. He stopped short.",
            &[
                "Philip Ashworth",
                "A spokesperson for his firm",
                "He|stopped",
            ],
        );
        assert_eq!(d.name.as_str(), "Philip Ashworth");
    }

    #[test]
    fn a_name_joined_by_a_dash_is_an_institutions() {
        let d = resolved(
            "Amy Reinholt teaches at the University of Wisconsin–Green Bay. She said it was close.",
            &["She|said"],
        );
        assert_eq!(d.name.as_str(), "Amy Reinholt");
    }

    #[test]
    fn a_common_noun_keeps_its_institution_as_affiliation() {
        let d = described("a research team from Halden University");
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref()),
            ("research team", Some("Halden University"))
        );
        let d = described("a consortium of Baltic Shipyards");
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref()),
            ("consortium", Some("Baltic Shipyards"))
        );
        // A role repeating the end of the name adds nothing.
        assert_eq!(described("U.S. officials").role, None);
    }

    #[test]
    fn roles_after_a_name_are_its_appositive_not_a_group() {
        let d = described("Ola Berg, chief financial officer and treasurer at the Lund Trust");
        assert_eq!(
            (
                d.kind,
                d.name.as_str(),
                d.role.as_deref(),
                d.affiliation.as_deref()
            ),
            (
                SourceKind::Person,
                "Ola Berg",
                Some("chief financial officer and treasurer"),
                Some("Lund Trust")
            )
        );
        let d = described("Ana Ruiz, a nurse, and Bob Lee");
        assert_eq!((d.kind, d.members.len()), (SourceKind::Group, 2));
        let d = described("Omar Saleh, editor at large at the Gulf Courier");
        assert_eq!(
            (d.role.as_deref(), d.affiliation.as_deref()),
            (Some("editor at large"), Some("Gulf Courier"))
        );
    }

    #[test]
    fn an_institution_word_inside_a_role_leaves_a_person() {
        let d = described("team member Sara Lind");
        assert_eq!(
            (d.kind, d.name.as_str(), d.role.as_deref()),
            (SourceKind::Person, "Sara Lind", Some("team member"))
        );
    }

    #[test]
    fn a_definite_plural_refers_to_the_plural_source_before() {
        let text = "A research team from Halden University has studied the lake. The \
                    scientists found it warmer. They said fish moved north. Officials \
                    disagreed. The researchers said the data were clear.";
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let scientists = r.resolve(find(&doc, "The scientists"));
        let d = &r.entities[scientists].description;
        assert_eq!(
            (d.name.as_str(), d.affiliation.as_deref()),
            ("research team", Some("Halden University"))
        );
        let they = find(&doc, "They said").start;
        assert_eq!(r.resolve(they..they + 1), scientists);
        r.resolve(find(&doc, "Officials"));
        // Past `Officials`, a plural of the same kind of people.
        assert_eq!(r.resolve(find(&doc, "The researchers")), scientists);
        // `both candidates`: the group of two named before.
        let d = resolved(
            "Lena Ortiz and Karl Brun debated on Monday. Both candidates said they would \
             accept the result.",
            &["Lena Ortiz and Karl Brun", "Both candidates"],
        );
        assert_eq!(d.name.as_str(), "Lena Ortiz and Karl Brun");
        // `the companies`: bodies named together, with no count; not people.
        let d = resolved(
            "Acme Corp. and Beta Inc. announced a merger. The companies said it would close in June.",
            &["Acme Corp. and Beta Inc.", "The companies"],
        );
        assert_eq!(d.name.as_str(), "Acme Corp. and Beta Inc.");
        let d = resolved(
            "Ann Roe and Tom Lee met the board. The companies said nothing.",
            &["The companies"],
        );
        assert_eq!(d.name.as_str(), "companies");
        // A plural with nothing before it stays as it is.
        let d = resolved(
            "The scientists said the lake was warmer.",
            &["The scientists"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("scientists", SourceKind::Anonymous)
        );
    }

    #[test]
    fn the_organization_and_names_in_capitals() {
        let d = described("TIDE Robotics");
        assert_eq!(d.kind, SourceKind::Organization);
        assert_eq!(described("Henry Walsh III").kind, SourceKind::Person);
        let d = resolved(
            "TIDE Robotics ran the contest, TIDE Robotics said. Next year the organization \
             plans to move it.",
            &["TIDE Robotics|said", "the organization"],
        );
        assert_eq!(d.name.as_str(), "TIDE Robotics");
        // Named in the text only.
        let d = resolved(
            "Teams from nine countries met at the ORBIT Challenge in Oslo. Next year the \
             organization plans to move it.",
            &["the organization"],
        );
        assert_eq!(d.name.as_str(), "ORBIT Challenge");
    }

    #[test]
    fn the_official_is_the_unnamed_official_before() {
        let d = resolved(
            "A senior State Department official said a review was ordered. It will take \
             weeks, the official said.",
            &["A senior State Department official", "the official"],
        );
        assert_eq!(d.name.as_str(), "senior State Department official");
        // `an official` is another one.
        let d = resolved(
            "A senior official said it was done. Later an official said it was not.",
            &["A senior official", "an official"],
        );
        assert_eq!(d.name.as_str(), "official");
    }

    #[test]
    fn a_role_followed_by_a_name_takes_the_name() {
        let d = resolved(
            "“It is over,” said the union’s president, Karin Lund, on Friday.",
            &["the union ’s president"],
        );
        assert_eq!(
            (d.name.as_str(), d.role.as_deref()),
            ("Karin Lund", Some("president"))
        );
        let d = resolved(
            "The plaintiff, retired nurse Edda Holm, said she was relieved.",
            &["The plaintiff"],
        );
        assert_eq!(d.name.as_str(), "Edda Holm");
        // A name followed by more of a list is left alone.
        let d = resolved(
            "The plaintiffs, Edda Holm and Ivo Rask, said they were relieved.",
            &["The plaintiffs"],
        );
        assert_eq!(d.name.as_str(), "plaintiffs");
    }

    #[test]
    fn the_first_names_are_sorted_for_the_binary_search() {
        for names in first_names() {
            assert!(
                names.windows(2).all(|w| w[0] < w[1]),
                "a first-name table is not sorted"
            );
        }
        assert_eq!(first_name_gender("aaron"), Gender::Male);
        assert_eq!(first_name_gender("zoe"), Gender::Female);
        assert_eq!(first_name_gender("zz"), Gender::Unknown);
    }

    #[test]
    fn a_company_named_by_its_business_word() {
        assert_eq!(
            described("Tarsen Therapeutics").kind,
            SourceKind::Organization
        );
        // `the company` after a name with such a word; its first word alone later.
        let text = "A drug from Tarsen Therapeutics cut relapses, the company said. Tarsen \
                    said it would file next year.";
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let company = r.resolve(find(&doc, "the company"));
        let d = &r.entities[company].description;
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Tarsen Therapeutics", SourceKind::Organization)
        );
        let short = find(&doc, "Tarsen said").start;
        assert_eq!(r.resolve(short..short + 1), company);
        // `the group`, like `the organization`, for any organization's name.
        let text = "The Eastside Neighbors Alliance met. The group said it would sue.";
        let doc = Document::new(text);
        let mut r = Resolver::new(&doc);
        let group = r.resolve(find(&doc, "The group"));
        assert_eq!(
            r.entities[group].description.name,
            "Eastside Neighbors Alliance"
        );
    }

    #[test]
    fn both_or_the_two_refer_to_two_names_the_text_joined() {
        let d = resolved(
            "The runoff is between former judge Ada Kroll and senator Tomas Reyes. Polls \
             open at eight. Both candidates said they would accept the result.",
            &["Both candidates"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Ada Kroll and Tomas Reyes", SourceKind::Group)
        );
        let d = resolved(
            "Talks were helped by pressure from Norway and Chile. The two countries said they \
             would stay neutral.",
            &["two countries|said"],
        );
        assert_eq!(d.name.as_str(), "Norway and Chile");
    }

    #[test]
    fn it_finds_the_institution_named_since_the_last_source() {
        let d = resolved(
            "Brennan’s, the department store chain, will cut jobs, it said on Tuesday.",
            &["it|said"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Brennan’s", SourceKind::Organization)
        );
        // A one-word name set off after a business's noun is that business,
        // later on its own and as `the supplier`.
        let text = "Regulators opened an inquiry into the supplier, Takata, last year. Takata \
                    declined to comment. The supplier has said its parts are safe.";
        let d = resolved(text, &["Takata|declined"]);
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Takata", SourceKind::Organization)
        );
        let d = resolved(text, &["Takata|declined", "The supplier"]);
        assert_eq!(d.name.as_str(), "Takata");
    }

    #[test]
    fn a_sentence_initial_modifier_is_no_name() {
        let d = described("Environmental groups");
        assert_eq!(d.name, "Environmental groups");
        let d = described("Medical device maker Orvion Systems");
        assert_eq!(d.name, "Orvion Systems");
        // A first name at the start of a sentence stays a name.
        let d = described("Maria said");
        assert_eq!(d.name, "Maria");
    }

    #[test]
    fn one_of_them_is_the_group_named_before() {
        let d = resolved(
            "Two people familiar with the matter said it was over. One of them said more.",
            &[
                "Two people familiar with the matter|said",
                "One of them|said",
            ],
        );
        // (One of them, a person of their own.)
        assert_eq!(d.name, "one of the people familiar with the matter");
        // (`two of those people`, `two of the sources`: part of the group.)
        let d = resolved(
            "Three people familiar with the talks said A. Two of those people said B.",
            &[
                "Three people familiar with the talks|said",
                "Two of those people|said",
            ],
        );
        assert_eq!(d.name, "people familiar with the talks");
        let d = resolved(
            "Sources said A. A bipartisan group of senators met. Two of the sources said B.",
            &["Sources|said", "Two of the sources|said"],
        );
        assert_eq!(d.name, "Sources");
    }

    #[test]
    fn a_count_is_no_part_of_an_unnamed_sources_name() {
        for (mention, name) in [
            ("Two Senate aides", "Senate aides"),
            ("two GOP aides", "GOP aides"),
            ("at least three people", "people"),
        ] {
            assert_eq!(described(mention).name, name);
        }
    }

    #[test]
    fn a_headlines_bare_role_is_the_person_the_story_titles_so() {
        let story = "Sheriff says the order let a suspect go\n\n\
                     The order was reckless, Sheriff Bo Tillman said on Tuesday.";
        let d = resolved(story, &["Sheriff|says"]);
        assert_eq!(d.name, "Bo Tillman");
        // In the story's body a bare role is no forward reference.
        let body = "The sheriff said it was reckless. Sheriff Bo Tillman spoke later.";
        let d = resolved(body, &["The sheriff|said"]);
        assert_ne!(d.name, "Bo Tillman");
    }

    #[test]
    fn an_institutions_head_after_peoples_words_is_the_institution() {
        let d = described("the state's largest teachers union");
        assert_eq!((d.kind, d.role), (SourceKind::Organization, None));
    }

    #[test]
    fn a_day_set_off_before_a_definite_anaphor_is_no_institution() {
        let d = resolved(
            "Acme Holdings sued the state. In a statement Tuesday, the company said the suit was bad.",
            &["the company|said"],
        );
        assert_eq!(d.name, "Acme Holdings");
    }

    #[test]
    fn a_bare_share_is_the_population_the_poll_surveyed() {
        let text = "A poll of 1,200 registered voters found him slipping. Only 38 percent of \
                    registered voters approved of his work. Sixty-one percent said the country \
                    was on the wrong track, and 41 percent of respondents called him honest.";
        for mention in ["Sixty-one percent", "41 percent of respondents"] {
            let d = resolved(text, &[mention]);
            assert_eq!(
                (d.name.as_str(), d.kind),
                ("registered voters", SourceKind::Anonymous)
            );
        }
        // (Not some of them: `several respondents` are no share.)
        let d = resolved(
            "A survey of likely voters found it. Several respondents said so.",
            &["Several respondents"],
        );
        assert_ne!(d.name, "likely voters");
    }

    #[test]
    fn a_complaint_is_the_lawsuit_brought_in_before() {
        let d = resolved(
            "The lawsuit says the firm hid its prices. The complaint says it paid rebates.",
            &["The lawsuit", "The complaint"],
        );
        assert_eq!(d.name, "lawsuit");
    }

    #[test]
    fn a_description_in_passing_is_the_institution_named_before() {
        for (text, mentions) in [
            (
                "Harlow Mills said its profit fell. The Minneapolis-based company said more.",
                ["Harlow Mills", "The Minneapolis-based company"],
            ),
            (
                "Harlow Mills said sales rose. The German carmaker said demand was strong.",
                ["Harlow Mills", "The German carmaker"],
            ),
        ] {
            assert_eq!(resolved(text, &mentions).name, "Harlow Mills");
        }
        // (`the auto maker`, `The No. 3 auto maker`: a maker of something, a rank.)
        for mention in ["The auto maker", "The No. 3 auto maker"] {
            let text = format!("Harlow Mills said its profit fell. {mention} said more.");
            assert_eq!(
                resolved(&text, &["Harlow Mills", mention]).name,
                "Harlow Mills"
            );
        }
        // (A modifier that tells one apart names another: `the health ministry`.)
        assert!(!describes_in_passing("health"));
        assert!(!describes_in_passing("ruling"));
    }

    #[test]
    fn a_business_noun_names_the_unknown_word_opening_a_sentence_before() {
        let text = "Toyota has recalled 1.2 million cars. The Japanese carmaker said no one \
                    was hurt.";
        let d = resolved(text, &["The Japanese carmaker"]);
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Toyota", SourceKind::Organization)
        );
        // (Not a word the tables know, nor a surname given in full before.)
        let d = resolved(
            "Yesterday was busy. The company said demand was strong.",
            &["The company"],
        );
        assert_eq!(d.name, "company");
        let d = resolved(
            "Ann Lowe runs the plant. Lowe has resigned. The company said demand was strong.",
            &["The company"],
        );
        assert_eq!(d.name, "company");
        // (Nor a plural noun's capital.)
        let d = resolved(
            "Profits rose sharply last year. The company said demand was strong.",
            &["The company"],
        );
        assert_eq!(d.name, "company");
    }

    #[test]
    fn he_after_one_poster_quoted_is_that_poster() {
        let d = resolved(
            "One poster said the move was cruel. \"Schools will suffer,\" he wrote.",
            &["One poster", "he|wrote"],
        );
        assert_eq!((d.name.as_str(), d.kind), ("poster", SourceKind::Anonymous));
    }

    #[test]
    fn she_after_one_of_a_group_quoted_is_that_one() {
        let d = resolved(
            "Dr. Claire Vautrin said the ward had closed. Two nurses spoke to reporters. One of \
             them said she had cared for twelve patients. \"We were alone,\" she said.",
            &["Dr. Claire Vautrin", "One of them", "she|said ."],
        );
        assert_eq!(d.name, "one of the nurses");
    }

    #[test]
    fn names_modifying_a_plural_are_no_pair() {
        let text = "Voters in Chester and Delaware counties are split. \
                    Both campaigns said the state will decide.";
        let d = resolved(text, &["Both campaigns"]);
        assert_eq!(d.name, "campaigns");
        assert!(d.members.is_empty());
    }

    #[test]
    fn they_both_are_the_pair_named_before() {
        let text = "Two climbers, Jonas Berg and Mika Laine, were rescued. They both said \
                    they were fine.";
        let d = resolved(text, &["They"]);
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Jonas Berg and Mika Laine", SourceKind::Group)
        );
    }

    #[test]
    fn the_ministry_is_the_health_ministry_named_before() {
        let text = "The health ministry said 12 were hurt. Later the ministry said 15.";
        let d = resolved(text, &["The health ministry", "the ministry|said 15"]);
        assert_eq!(d.name, "health ministry");
        // (Not someone's: `his campaign` is one of several.)
        let text = "Ann Lowe said his campaign had erred. The campaign said it had not.";
        let d = resolved(text, &["Ann Lowe", "his campaign", "The campaign"]);
        assert_eq!(d.name, "campaign");
    }

    #[test]
    fn a_bodys_own_head_finds_it_across_kinds() {
        // `the bank` (an organization's noun) for a central bank, as a
        // source and as a name in the text; `the agency` for a UN body.
        for (text, mentions, name, kind) in [
            (
                "The Federal Reserve Bank of Dallas said growth slowed. The bank cited oil prices.",
                &["The Federal Reserve Bank of Dallas", "The bank|cited"][..],
                "Federal Reserve Bank of Dallas",
                SourceKind::Government,
            ),
            (
                "The Federal Reserve Bank of Dallas raised rates. The bank said growth slowed.",
                &["The bank|said"][..],
                "Federal Reserve Bank of Dallas",
                SourceKind::Government,
            ),
            (
                "The UN refugee agency said camps were full. The agency said it needed money.",
                &["The UN refugee agency", "The agency|said it"][..],
                "UN",
                SourceKind::Organization,
            ),
        ] {
            let d = resolved(text, mentions);
            assert_eq!((d.name.as_str(), d.kind), (name, kind), "{text}");
        }
        // (Not a name the head only modifies: `the city` for a festival.)
        let d = resolved(
            "The Taipei City Lantern Festival opened. The city said crowds were large.",
            &["The city|said"],
        );
        assert_eq!(d.name, "city");
    }

    #[test]
    fn a_business_noun_is_no_body_the_text_called_another_kind() {
        for text in [
            "Aeris Airlines said it would cancel flights. The consumer association Viaggiatori \
             Uniti said passengers were owed money. The airline denied the accusation.",
            "Aeris Airlines said it would cancel flights. Viaggiatori Uniti, a consumer \
             association, said passengers were owed money. The airline denied the accusation.",
        ] {
            let d = resolved(
                text,
                &["Aeris Airlines", "Viaggiatori Uniti", "The airline|denied"],
            );
            assert_eq!(d.name, "Aeris Airlines", "{text}");
        }
        // (A business named by its trade stays one.)
        let d = resolved(
            "Cryptocurrency exchange Vaultra paused withdrawals. The company said it was safe.",
            &["Cryptocurrency exchange Vaultra", "The company|said"],
        );
        assert_eq!(d.name, "Vaultra");
    }

    #[test]
    fn a_body_named_as_where_something_was_posted_is_no_anaphors() {
        let d = resolved(
            "In a post on the messaging service Telegram, the group said it would strike again.",
            &["the group|said"],
        );
        assert_eq!(d.name, "group");
    }

    #[test]
    fn the_company_is_the_subject_not_an_analysts_employer() {
        let d = resolved(
            "Harlow Mills said its profit fell. \"It is bad,\" said Ann Lowe, an analyst \
             with Dean Witter Corp in New York. The company said jobs would go.",
            &[
                "Harlow Mills",
                "Ann Lowe , an analyst with Dean Witter Corp in New York",
                "The company|said",
            ],
        );
        assert_eq!(d.name, "Harlow Mills");
        // Paragraphs on, the story's subject, not the firm a survey cited.
        let d = resolved(
            "Harlow Mills said its profit fell. Harlow Mills said sales slipped. Analysts \
             expected more, according to Zacks Research Corp on Monday. Traders were calm. Shares \
             fell. The company said jobs would go.",
            &[
                "Harlow Mills",
                "Harlow Mills|said sales",
                "Zacks Research Corp",
                "The company|said",
            ],
        );
        assert_eq!(d.name, "Harlow Mills");
        // Nor, in the next sentence, the one a survey just cited.
        let d = resolved(
            "Harlow Mills said its profit fell. Harlow Mills said sales slipped. Analysts \
             expected more, according to a survey by Zacks Research. The company said jobs \
             would go.",
            &[
                "Harlow Mills",
                "Harlow Mills|said sales",
                "a survey by Zacks Research",
                "The company|said",
            ],
        );
        assert_eq!(d.name, "Harlow Mills");
        // Nor the exchange where its shares trade.
        let d = resolved(
            "Harlow Mills said its profit fell. Its shares fell 75 cents in New York Stock \
             Exchange composite trading. The company said jobs would go.",
            &["Harlow Mills", "The company|said"],
        );
        assert_eq!(d.name, "Harlow Mills");
        // (But the one just named: `Civic Watch … said …. The group said`.)
        let d = resolved(
            "Civic Alliance said the vote was rigged. Civic Alliance said so again. Civic \
             Watch Association said voting was orderly. The group said more.",
            &[
                "Civic Alliance",
                "Civic Alliance|said so",
                "Civic Watch Association",
                "The group|said more",
            ],
        );
        assert_eq!(d.name, "Civic Watch Association");
    }

    #[test]
    fn a_name_modifying_a_role_is_no_one_a_pronoun_takes() {
        let d = resolved(
            "Northfield Rovers said the manager had left. Okafor, a former Rovers \
             captain, will take charge. He said his focus was winning.",
            &["Northfield Rovers", "He|said his"],
        );
        assert_eq!(d.name, "Okafor");
        // (A role in `-s` closing the text, and a list closing it, are read
        // without reading past the end.)
        person_names(&Document::new("Ann Lee chairs"));
        assert!(!comma_in_name(
            &Document::new("the Ministry of Education, Culture"),
            4
        ));
    }

    #[test]
    fn a_subject_after_a_place_is_no_appositive_of_it() {
        let d = resolved(
            "Hackers stole the records of patients from Lakeshore Health, a network \
             of hospitals in northern Ohio, the company confirmed on Sunday.",
            &["the company"],
        );
        assert_eq!(d.name, "Lakeshore Health");
    }

    #[test]
    fn the_newspaper_is_the_gazette_just_cited() {
        let d = resolved(
            "Fans chanted, according to the Northfield Gazette. The newspaper reported \
             that fans had gathered.",
            &["the Northfield Gazette", "The newspaper"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Northfield Gazette", SourceKind::Media)
        );
    }

    #[test]
    fn the_authority_is_the_council_just_named() {
        let d = resolved(
            "Leeds City Council approved the plan. The authority said it would cost more.",
            &["The authority"],
        );
        assert_eq!(d.name, "Leeds City Council");
    }

    #[test]
    fn the_research_is_the_study_just_cited() {
        let d = resolved(
            "Plastics were found in every river, according to a study published on Monday. \
             The research found the most near towns.",
            &["a study published on Monday", "The research"],
        );
        assert_eq!((d.name.as_str(), d.kind), ("study", SourceKind::Document));
    }

    #[test]
    fn a_role_the_lede_introduces_is_the_person_named_after_it() {
        let d = resolved(
            "The fight grew on Thursday when a key Republican senator said she would vote no.\n\n\
             Sen. Helen Marsh said in a statement that she had concerns.",
            &["a key Republican senator"],
        );
        assert_eq!(d.name, "Helen Marsh");
    }

    #[test]
    fn another_is_one_more_of_the_unnamed_kind_just_quoted() {
        let d = resolved(
            "One analyst said the deal was dead. Another said it could be revived.",
            &["One analyst", "Another"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("another analyst", SourceKind::Anonymous)
        );
    }

    #[test]
    fn the_group_is_the_body_its_latest_speaker_speaks_for() {
        let text = "Police said it was bad. On Monday, Oxfam spokesman Peter Knights said \
                    it mattered. The group said prices fell.";
        let d = resolved(
            text,
            &["Police", "Oxfam spokesman Peter Knights", "The group"],
        );
        assert_eq!(
            (d.name.as_str(), d.kind),
            ("Oxfam", SourceKind::Organization)
        );
        // (An inner capital makes a sentence's first word a name.)
        let d = resolved(
            "WildAid chief executive Peter Knights said it mattered.",
            &["WildAid chief executive Peter Knights"],
        );
        assert_eq!(d.affiliation.as_deref(), Some("WildAid"));
    }
}
