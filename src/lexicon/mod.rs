//! The lexicons: the words and phrases the engine recognises, kept as data in
//! `src/lexicon/data/*.tsv` (reporting verbs in every inflection, verb
//! idioms, attitude adjectives, nominal cues, hedges, evaluative words, roles
//! and titles, media, anonymous-source nouns, places and demonyms,
//! organizations, documents, closed-class grammar words). `build.rs` copies
//! them without their comments; they are compiled into the binary with
//! `include_str!` and parsed once, on first use, into one word table and one
//! phrase table, so a token costs one hash lookup.

use std::sync::OnceLock;

use crate::model::Stance;
use crate::text::{has_char, lowercase, replace_all, Keyed, Words};

/// Personal pronouns that open a clause as its subject: a contact clause
/// (`Residents we talked to`, `forms she filed`) starts at one.
pub const SUBJECT_PRONOUNS: Words = words!["we", "i", "he", "she", "they"];

/// Pronouns that open the clause a verb of saying reports, `it` among them
/// (no contact clause starts at `it`, but `says it will`, `said he would` do).
pub const CLAUSE_SUBJECTS: Words = words!["he", "she", "they", "it", "we", "i"];

/// Shares of those polled that stand for them and agree with a verb as a
/// plural: `a plurality say`, `a slim majority said`.
pub const POLLED_SHARES: Words = words!["majority", "plurality", "minority"];

/// Grammar and lexicon classes of one word, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u64);

impl Flags {
    pub const DET: Flags = Flags(1);
    pub const QUANT: Flags = Flags(1 << 1);
    pub const POSS: Flags = Flags(1 << 2);
    pub const PRON: Flags = Flags(1 << 3);
    pub const OBJPRON: Flags = Flags(1 << 4);
    pub const PREP: Flags = Flags(1 << 5);
    pub const CONJ: Flags = Flags(1 << 6);
    pub const SUB: Flags = Flags(1 << 7);
    pub const AUX: Flags = Flags(1 << 8);
    pub const MODAL: Flags = Flags(1 << 9);
    pub const NEG: Flags = Flags(1 << 10);
    pub const ADV: Flags = Flags(1 << 11);
    pub const REL: Flags = Flags(1 << 12);
    pub const WH: Flags = Flags(1 << 13);
    pub const TIME: Flags = Flags(1 << 14);
    /// A role or title noun: `spokesman`, `minister`.
    pub const ROLE: Flags = Flags(1 << 15);
    /// An honorific before a name: `Mr.`, `Dr.`.
    pub const HONORIFIC: Flags = Flags(1 << 16);
    /// A media descriptor: `broadcaster`, `daily`.
    pub const MEDIA: Flags = Flags(1 << 17);
    /// A known media outlet name: `Reuters`.
    pub const OUTLET: Flags = Flags(1 << 18);
    /// An unnamed-source noun: `officials`, `sources`.
    pub const ANON: Flags = Flags(1 << 19);
    /// A document noun: `memo`, `filings`.
    pub const DOCUMENT: Flags = Flags(1 << 20);
    /// A government body or head noun: `Kremlin`, `ministry`.
    pub const GOVERNMENT: Flags = Flags(1 << 21);
    /// An organization head noun or suffix: `company`, `Inc.`.
    pub const ORGANIZATION: Flags = Flags(1 << 22);
    /// A demonym: `Russian`.
    pub const DEMONYM: Flags = Flags(1 << 23);
    /// A country or capital: `Russia`, `Moscow`.
    pub const PLACE: Flags = Flags(1 << 24);
    /// Starts a hedge phrase.
    pub const HEDGE: Flags = Flags(1 << 25);
    /// A word of the months, which abbreviate with a period.
    pub const ABBREVIATION: Flags = Flags(1 << 26);
    /// A lowercase particle inside names: `van`, `de`, `bin`.
    pub const PARTICLE: Flags = Flags(1 << 27);
    /// An irregular simple past (`began`, `rose`): a finite verb that no
    /// `-ed` ending shows.
    pub const PAST: Flags = Flags(1 << 28);
    /// A light verb whose object noun carries the attitude (`raised
    /// concerns that`, `voiced doubts about`): its subject owns the noun.
    pub const LIGHT: Flags = Flags(1 << 29);
    /// A verb whose subject is the target of the attitude noun after it
    /// (`drew criticism for`, `won praise for`): nobody in the sentence holds it.
    pub const TARGET: Flags = Flags(1 << 30);
    /// A number word: `forty`, `one` (`Forty-one percent said`).
    pub const NUMBER: Flags = Flags(1 << 31);
    /// The first word of a verb idiom (`took` of `took issue with`): a cheap
    /// test before the phrase table is asked.
    pub const IDIOM: Flags = Flags(1 << 32);
    /// The nouns that can head a source phrase: roles, unnamed sources,
    /// media, documents, governments and organizations.
    pub const SOURCE_HEAD: Flags = Flags(
        Flags::ROLE.0
            | Flags::ANON.0
            | Flags::MEDIA.0
            | Flags::DOCUMENT.0
            | Flags::GOVERNMENT.0
            | Flags::ORGANIZATION.0,
    );
    /// The closed classes of grammar words, which no content-word table holds.
    pub const FUNCTION: Flags = Flags(
        Flags::DET.0
            | Flags::QUANT.0
            | Flags::POSS.0
            | Flags::PRON.0
            | Flags::OBJPRON.0
            | Flags::PREP.0
            | Flags::CONJ.0
            | Flags::SUB.0
            | Flags::AUX.0
            | Flags::MODAL.0
            | Flags::NEG.0
            | Flags::REL.0
            | Flags::WH.0,
    );

    /// Whether any of `other`'s bits are set.
    pub fn any(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether no bits but `allowed`'s are set.
    pub fn only(self, allowed: Flags) -> bool {
        self.0 & !allowed.0 == 0
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

/// What a cue verb does semantically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    Speech,
    Cognition,
    Evidence,
    Intention,
    Attitude,
}

/// The complements a cue verb takes (the `frames` column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Frames {
    pub that: bool,
    pub bare: bool,
    pub quote: bool,
    pub np: bool,
    pub to: bool,
    pub obj: bool,
    pub after: bool,
    pub wh: bool,
    pub passive: bool,
    pub on: bool,
    /// The object's `as` phrase belongs to the content: `described the pace as faster`.
    pub as_phrase: bool,
    /// A request's `for` phrase is its content: `called for an inquiry`.
    pub for_phrase: bool,
    /// The object needs its predicate to be a content: `called the plan a
    /// disaster`, not `called the race` or `called his rival to congratulate her`.
    pub pred: bool,
    /// The object is a content only with its `as` phrase: `sees the race as
    /// a chance`, not `saw a gun`.
    pub as_only: bool,
    /// The object is a content only with the figure it is put at: `put the
    /// cost at $14 billion`, not `put the bill on hold`.
    pub at_only: bool,
}

/// One reporting, attitude or evidence verb.
#[derive(Debug, Clone)]
pub struct CueVerb {
    pub lemma: &'static str,
    pub class: VerbClass,
    pub stance: Stance,
    pub frames: Frames,
}

/// Which inflection of a verb a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdSingular,
    Past,
    PastParticiple,
    /// A form that is both past and past participle (`said`).
    PastOrParticiple,
    Gerund,
}

impl VerbForm {
    /// Whether the form shows a finite verb on its own (`said`, `says`),
    /// unlike the base form, a participle only or a gerund.
    pub fn shows_finite(self) -> bool {
        matches!(
            self,
            VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::ThirdSingular
        )
    }
}

/// One nominal cue (`claims`, `allegation`, `report`).
#[derive(Debug, Clone)]
pub struct CueNoun {
    pub singular: &'static str,
    pub is_document: bool,
    pub stance: Stance,
}

/// Grammatical gender of a role or honorific, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

/// Everything known of one lowercase word.
#[derive(Debug, Clone, Default)]
pub struct WordInfo {
    pub flags: Flags,
    /// Index into [`Lexicon::verbs`] and the inflection.
    pub verb: Option<(u16, VerbForm)>,
    /// Index into [`Lexicon::nouns`] and whether this is the plural.
    pub noun: Option<(u16, bool)>,
    pub gender: Gender,
    /// For places and demonyms: the canonical place name.
    pub place: Option<&'static str>,
    /// Whether a period after this word does not end a sentence, and how.
    pub abbreviation: Option<AbbreviationClass>,
}

/// How an abbreviation behaves at a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationClass {
    /// `Mr.`, `Dr.`: never ends a sentence.
    Title,
    /// `Jan.`: ends one only before a clear sentence start.
    Month,
    /// `U.S.`: may end a sentence.
    Initialism,
    /// `Inc.`: may end a sentence.
    Company,
    /// `St.`, `vs.`: rarely ends a sentence.
    Other,
    /// `No.`, `Vol.`: stands before a number; before anything else it
    /// ends a sentence (`voted no. Johnson …`).
    Number,
}

/// Which table a multi-word phrase belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    Role(Gender),
    Media,
    Outlet,
    Anonymous,
    Place(&'static str),
    Demonym(&'static str),
    Government,
    Organization,
    Document,
    Hedge,
    /// A verb idiom that frames its object (`took issue with`), with its stance.
    Idiom(Stance),
}

/// A multi-word entry: its words after the first (lowercase; `~` stands for
/// one optional adverb ending in `-ly`).
#[derive(Debug, Clone)]
pub struct Phrase {
    pub rest: Vec<&'static str>,
    pub kind: PhraseKind,
}

/// One key of the word table: what the lexicon knows of the word alone
/// (nothing for a word that only starts phrases) and the phrases it starts.
#[derive(Debug, Default)]
pub struct WordEntry {
    info: Option<WordInfo>,
    phrases: Vec<Phrase>,
}

/// All lexicons, parsed.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Each word's class and the multi-word entries it starts, in one table
    /// so that a token's segmentation finds both in one lookup.
    words: Keyed<WordEntry>,
    pub verbs: Vec<CueVerb>,
    pub nouns: Vec<CueNoun>,
    /// Evaluative words, kept apart from the word table so that they do not
    /// count as known words for the noun-phrase rules. Sorted by word (the
    /// data file's order) and binary-searched: every word of every
    /// assertion's content is looked up. A map type of its own cost every
    /// reader 0.4 KB gzip.
    evaluations: Vec<(&'static str, Evaluation)>,
    /// Attitude adjectives (`critical of`, `confident that`), kept apart for
    /// the same reason, sorted by adjective (the data file's order).
    adjectives: Vec<(&'static str, CueAdjective)>,
    /// The roles a title before a name stands for: `sen.` → `senator`.
    title_roles: Vec<(&'static str, &'static str)>,
    /// Roles that characterize a person rather than name an office someone
    /// else may hold (`the billionaire`, `the front-runner`): `roles.tsv`'s
    /// third column.
    epithets: Vec<&'static str>,
}

/// An adjective that attributes content to the subject of its `be`.
#[derive(Debug, Clone)]
pub struct CueAdjective {
    pub stance: Stance,
    /// `that`, `to`, or the prepositions that open its content.
    pub complements: Vec<&'static str>,
}

/// Whether a word praises or criticises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evaluation {
    Positive,
    Negative,
}

/// A lexicon as `build.rs` copied it: the rows of `data/<name>` without comments.
macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

/// The five forms (base, 3sg, past, participle, -ing) of a verb inflected by
/// the English spelling rules; `scripts/gen_cue_verbs.py` applies the same
/// rules and lists a verb's forms only where they differ.
/// A verb form's British spelling, where it differs from the US one the
/// table lists: `-ise` for `-ize` (`emphasised`), `-yse` for `-yze`, and a
/// doubled final `l` (`signalled`, `labelling`).
fn british_spelling(lemma: &str, form: &str) -> Option<String> {
    if lemma.ends_with("ize") || lemma.ends_with("yze") {
        let at = lemma.len() - 3;
        let (head, vowel, tail) = (form.get(..at)?, form.get(at..at + 1)?, form.get(at + 1..)?);
        let tail = tail.strip_prefix('z')?;
        return Some([head, vowel, "s", tail].concat());
    }
    let before_l = lemma.strip_suffix('l')?.chars().last()?;
    let suffix = form.strip_prefix(lemma)?;
    (has_char("aeiou", before_l) && matches!(suffix, "ed" | "ing"))
        .then(|| [lemma, "l", suffix].concat())
}

pub fn regular_forms(lemma: &str) -> [String; 5] {
    // (Joined with `concat`, not `format!`: every byte of this table-loading
    // code is downloaded by every reader.)
    let w = lemma;
    let vowel = |c: char| has_char("aeiou", c);
    let last = w.chars().last().unwrap_or(' ');
    let before_last = w.chars().rev().nth(1).unwrap_or(' ');
    let consonant_then = |c: char| last == c && w.len() >= 2 && !vowel(before_last);
    let but_last = w.strip_suffix(last).unwrap_or(w);
    let third = if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) || consonant_then('o')
    {
        [w, "es"].concat()
    } else if consonant_then('y') {
        [but_last, "ies"].concat()
    } else {
        [w, "s"].concat()
    };
    let mut doubled = w.to_owned();
    doubled.push(last);
    let (past, ing) = if consonant_then('y') {
        ([but_last, "ied"], [w, "ing"])
    } else if let Some(stem) = w.strip_suffix("ie") {
        ([w, "d"], [stem, "ying"])
    } else if ["ee", "ye", "oe"].iter().any(|e| w.ends_with(e)) {
        ([w, "d"], [w, "ing"])
    } else if w.ends_with('e') {
        ([w, "d"], [but_last, "ing"])
    } else if doubles_final(w) {
        ([doubled.as_str(), "ed"], [doubled.as_str(), "ing"])
    } else if w.ends_with('c') {
        ([w, "ked"], [w, "king"])
    } else {
        ([w, "ed"], [w, "ing"])
    };
    [
        w.to_owned(),
        third,
        past.concat(),
        past.concat(),
        ing.concat(),
    ]
}

/// One-syllable consonant-vowel-consonant verbs double their consonant: plan → planned.
fn doubles_final(word: &str) -> bool {
    let w: Vec<char> = replace_all(word, "qu", "qw").chars().collect();
    let vowel = |c: char| has_char("aeiou", c);
    if w.len() < 3 || syllable_nuclei(word) != 1 {
        return false;
    }
    let (a, b, c) = (w[w.len() - 3], w[w.len() - 2], w[w.len() - 1]);
    !vowel(a) && vowel(b) && !vowel(c) && !has_char("wxy", c)
}

/// Vowel groups, the u of qu a consonant and a final silent e none.
fn syllable_nuclei(word: &str) -> usize {
    let mut w = replace_all(word, "qu", "qw");
    if w.ends_with('e') && !w.ends_with("ee") && w.len() > 2 {
        w.pop();
    }
    let mut count = 0;
    let mut in_group = false;
    for c in w.chars() {
        let v = has_char("aeiouy", c);
        if v && !in_group {
            count += 1;
        }
        in_group = v;
    }
    count
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

/// Rows of a TSV lexicon: comment and blank lines skipped, columns split on tabs.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .flat_map(|line| match line.strip_prefix('\x1f') {
            // build.rs writes some tables grouped: `\x1fa,an,the<TAB>det`
            // stands for `a<TAB>det`, `an<TAB>det` and `the<TAB>det`.
            Some(grouped) => {
                let (firsts, rest) = grouped.split_once('\t').unwrap_or((grouped, ""));
                firsts
                    .split(',')
                    .map(|first| {
                        std::iter::once(first)
                            .chain(rest.split('\t').filter(|_| !rest.is_empty()))
                            .map(str::trim)
                            .collect()
                    })
                    .collect::<Vec<Vec<&'static str>>>()
            }
            None => vec![line.split('\t').map(str::trim).collect()],
        })
}

/// The regular English plural of a noun (`spokesman` → `spokesmen`,
/// `secretary` → `secretaries`, `coach` → `coaches`).
fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        return [stem, "men"].concat();
    }
    let bytes = noun.as_bytes();
    let consonant_y =
        noun.ends_with('y') && bytes.len() > 1 && !b"aeiou".contains(&bytes[bytes.len() - 2]);
    if consonant_y {
        [&noun[..noun.len() - 1], "ies"].concat()
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| noun.ends_with(end))
    {
        [noun, "es"].concat()
    } else {
        [noun, "s"].concat()
    }
}

/// The first byte of a column build.rs writes as one letter (0 for an
/// empty one): a `match` on it is one jump table, where a `match` on the
/// string compares it with every arm's literal in turn.
fn letter(column: &str) -> u8 {
    column.bytes().next().unwrap_or(0)
}

fn gender(code: &str) -> Gender {
    match letter(code) {
        b'm' => Gender::Male,
        b'f' => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// A verb's class as build.rs writes it: its first letter (`cue_verbs.tsv`
/// names it in full).
fn verb_class(letter: &str) -> VerbClass {
    match self::letter(letter) {
        b'c' => VerbClass::Cognition,
        b'e' => VerbClass::Evidence,
        b'i' => VerbClass::Intention,
        b'a' => VerbClass::Attitude,
        _ => VerbClass::Speech,
    }
}

/// A cue verb's, noun's, adjective's or idiom's stance as build.rs writes it, one letter
/// (`stance_letter`).
fn stance_of_letter(letter: &str) -> Stance {
    match self::letter(letter) {
        b'd' => Stance::Deny,
        b'c' => Stance::Confirm,
        b'l' => Stance::Allege,
        b's' => Stance::Suggest,
        b'p' => Stance::Praise,
        b'k' => Stance::Criticize,
        b'b' => Stance::Believe,
        b'i' => Stance::Intend,
        b'q' => Stance::Question,
        _ => Stance::Assert,
    }
}

/// A verb's frames as build.rs writes them: one letter each (`tbq` for
/// `that,bare,quote`; the table is `VERB_LETTERS` in build.rs).
fn frames(letters: &str) -> Frames {
    let mut frames = Frames::default();
    for letter in letters.chars() {
        match letter {
            't' => frames.that = true,
            'b' => frames.bare = true,
            'q' => frames.quote = true,
            'n' => frames.np = true,
            'i' => frames.to = true,
            'o' => frames.obj = true,
            'a' => frames.after = true,
            'w' => frames.wh = true,
            'p' => frames.passive = true,
            'r' => frames.on = true,
            's' => frames.as_phrase = true,
            'f' => frames.for_phrase = true,
            'k' => frames.pred = true,
            'x' => frames.as_only = true,
            'z' => frames.at_only = true,
            _ => {}
        }
    }
    frames
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon::default();
        for row in rows(data!("grammar.tsv")) {
            // (The class in the letter build.rs writes: `GRAMMAR_LETTERS`.)
            let flag = match letter(row.get(1).copied().unwrap_or("")) {
                b'd' => Flags::DET,
                b'q' => Flags::QUANT,
                b'p' => Flags::POSS,
                b'r' => Flags::PRON,
                b'o' => Flags::OBJPRON,
                b'e' => Flags::PREP,
                b'c' => Flags::CONJ,
                b's' => Flags::SUB,
                b'x' => Flags::AUX,
                b'm' => Flags::MODAL,
                b'n' => Flags::NEG,
                b'a' => Flags::ADV,
                b'l' => Flags::REL,
                b'w' => Flags::WH,
                b't' => Flags::TIME,
                b'i' => Flags::PARTICLE,
                b'y' => Flags::PAST,
                b'g' => Flags::LIGHT,
                b'u' => Flags::TARGET,
                b'b' => Flags::NUMBER,
                _ => continue,
            };
            // (A light or target verb's row stands for its regular forms too.)
            if flag.any(Flags::LIGHT | Flags::TARGET) {
                for form in regular_forms(row[0]) {
                    lex.word(&form).flags |= flag;
                }
            } else {
                lex.word(row[0]).flags |= flag;
            }
        }
        lex.load_verbs();
        lex.load_nouns();
        for row in rows(data!("roles.tsv")) {
            let g = gender(row.get(1).copied().unwrap_or("-"));
            lex.entry(row[0], Flags::ROLE, PhraseKind::Role(g));
            if row.get(2) == Some(&"epithet") {
                lex.epithets.push(row[0]);
            }
            // `prosecutors`, `spokesmen`: plural roles name people too.
            if !has_char(row[0], ' ') {
                let info = lex.word(&plural(row[0]));
                info.flags |= Flags::ROLE;
                info.gender = g;
            }
        }
        for row in rows(data!("honorifics.tsv")) {
            let g = gender(row.get(1).copied().unwrap_or("-"));
            let info = lex.word(row[0]);
            info.flags |= Flags::HONORIFIC;
            info.gender = g;
            if let Some(role) = row.get(2) {
                lex.title_roles.push((row[0], role));
            }
        }
        // (Classes in the letters build.rs writes: `CLASS_LETTERS`.)
        for row in rows(data!("abbreviations.tsv")) {
            let class = match letter(row.get(1).copied().unwrap_or("")) {
                b't' => AbbreviationClass::Title,
                b'm' => AbbreviationClass::Month,
                b'i' => AbbreviationClass::Initialism,
                b'c' => AbbreviationClass::Company,
                b'n' => AbbreviationClass::Number,
                _ => AbbreviationClass::Other,
            };
            let info = lex.word(row[0]);
            info.flags |= Flags::ABBREVIATION;
            info.abbreviation = Some(class);
        }
        for row in rows(data!("media.tsv")) {
            let (flag, kind) = match row.get(1).copied() {
                Some("o") => (Flags::OUTLET, PhraseKind::Outlet),
                _ => (Flags::MEDIA, PhraseKind::Media),
            };
            lex.entry(row[0], flag, kind);
            // (`local newspapers`, `state broadcasters`.)
            if flag == Flags::MEDIA && !has_char(row[0], ' ') {
                lex.word(&plural(row[0])).flags |= flag;
            }
        }
        for row in rows(data!("anonymous.tsv")) {
            lex.entry(row[0], Flags::ANON, PhraseKind::Anonymous);
        }
        for row in rows(data!("documents.tsv")) {
            for form in row.iter().take(2) {
                lex.entry(form, Flags::DOCUMENT, PhraseKind::Document);
            }
            if row.len() == 1 {
                lex.word(&plural(row[0])).flags |= Flags::DOCUMENT;
            }
        }
        for row in rows(data!("organizations.tsv")) {
            let (flag, kind) = match row.get(1).copied() {
                Some("g") => (Flags::GOVERNMENT, PhraseKind::Government),
                _ => (Flags::ORGANIZATION, PhraseKind::Organization),
            };
            lex.entry(row[0], flag, kind);
            // (`rights groups`, `two companies`: a head noun's plural heads too.)
            if !has_char(row[0], ' ') && !has_char(row[0], '.') && row[0].len() > 3 {
                lex.word(&plural(row[0])).flags |= flag;
            }
        }
        // One row per place, as build.rs groups `places.tsv`: the place
        // (marked `=` when its lowercase form is one of its names), its names
        // and capitals, its demonyms.
        for row in rows(data!("places.tsv")) {
            let (place, own_name) = match row[0].strip_prefix('=') {
                Some(place) => (place, true),
                None => (row[0], false),
            };
            if own_name {
                // (Built once: the lexicon lives as long as the process.)
                let word: &'static str = Box::leak(lowercase(place).into_boxed_str());
                lex.entry(word, Flags::PLACE, PhraseKind::Place(place));
            }
            let words = |column: usize| {
                row.get(column)
                    .into_iter()
                    .flat_map(|list| list.split(','))
                    .filter(|word| !word.is_empty())
            };
            for word in words(1) {
                lex.entry(word, Flags::PLACE, PhraseKind::Place(place));
            }
            for word in words(2) {
                lex.entry(word, Flags::DEMONYM, PhraseKind::Demonym(place));
            }
        }
        for row in rows(data!("evaluation.tsv")) {
            let polarity = match row.get(1).copied() {
                Some("n") => Evaluation::Negative,
                Some("p") => Evaluation::Positive,
                _ => continue,
            };
            lex.evaluations.push((row[0], polarity));
        }
        for row in rows(data!("cue_adjectives.tsv")) {
            let (Some(stance), Some(complements)) = (row.get(1), row.get(2)) else {
                continue;
            };
            let adjective = CueAdjective {
                stance: stance_of_letter(stance),
                complements: complements.split(',').map(str::trim).collect(),
            };
            lex.adjectives.push((row[0], adjective));
        }
        for row in rows(data!("hedges.tsv")) {
            lex.entry(row[0], Flags::HEDGE, PhraseKind::Hedge);
        }
        for row in rows(data!("cue_idioms.tsv")) {
            let (Some(rest), Some(stance)) = (row.get(1), row.get(2).map(|s| stance_of_letter(s)))
            else {
                continue;
            };
            for form in row[0].split(',') {
                lex.word(form).flags |= Flags::IDIOM;
                let rest = rest.split(' ').collect();
                let kind = PhraseKind::Idiom(stance);
                lex.words.entry(form).phrases.push(Phrase { rest, kind });
            }
        }
        lex
    }

    fn load_verbs(&mut self) {
        for row in rows(data!("cue_verbs.tsv")) {
            if row.len() < 4 {
                continue;
            }
            let index = self.verbs.len() as u16;
            self.verbs.push(CueVerb {
                lemma: row[0],
                class: verb_class(row[1]),
                stance: stance_of_letter(row[2]),
                frames: frames(row[3]),
            });
            // A fifth column lists irregular forms; regular ones follow the rules.
            let regular;
            let forms: Vec<&str> = match row.get(4) {
                Some(listed) => listed.split('|').collect(),
                None => {
                    regular = regular_forms(row[0]);
                    regular.iter().map(String::as_str).collect()
                }
            };
            let names = [
                VerbForm::Base,
                VerbForm::ThirdSingular,
                VerbForm::Past,
                VerbForm::PastParticiple,
                VerbForm::Gerund,
            ];
            // (`put`, `cast`: a base form that is the past too reads as the
            // past, which a singular subject can take.)
            let past_is_base = forms.first() == forms.get(2);
            for (form, name) in forms.iter().zip(names) {
                let name = match name {
                    VerbForm::Past | VerbForm::PastParticiple if forms.get(2) == forms.get(3) => {
                        VerbForm::PastOrParticiple
                    }
                    VerbForm::Base if past_is_base && forms.get(2) == forms.get(3) => {
                        VerbForm::PastOrParticiple
                    }
                    VerbForm::Base if past_is_base => VerbForm::Past,
                    other => other,
                };
                // (A British spelling too: `emphasised`, `signalled`.)
                let british = british_spelling(row[0], form);
                for form in [Some(*form), british.as_deref()].into_iter().flatten() {
                    let info = self.word(form);
                    // The first lemma listed for a form wins (`found` is `find`).
                    if info.verb.is_none() {
                        info.verb = Some((index, name));
                    }
                }
            }
        }
    }

    fn load_nouns(&mut self) {
        for row in rows(data!("cue_nouns.tsv")) {
            if row.len() < 4 {
                continue;
            }
            let index = self.nouns.len() as u16;
            // (build.rs leaves out a plural in `s`, and writes the class and
            // the stance in letters.)
            self.nouns.push(CueNoun {
                singular: row[0],
                is_document: row[2] == "d",
                stance: stance_of_letter(row[3]),
            });
            let plural = if row[1].is_empty() {
                [row[0], "s"].concat()
            } else {
                row[1].to_owned()
            };
            for (form, plural) in [(row[0], false), (plural.as_str(), true)] {
                let info = self.word(form);
                if info.noun.is_none() {
                    info.noun = Some((index, plural));
                }
            }
        }
    }

    fn word(&mut self, word: &str) -> &mut WordInfo {
        self.words
            .entry(word)
            .info
            .get_or_insert_with(WordInfo::default)
    }

    /// Adds a one-word entry to the word table, a longer one to the phrase table.
    /// (A one-word place or demonym also records its place, a role its gender.)
    fn entry(&mut self, phrase: &'static str, flag: Flags, kind: PhraseKind) {
        let mut words = phrase.split(' ');
        let first = words.next().unwrap_or("");
        let rest: Vec<&'static str> = words.collect();
        if rest.is_empty() {
            let info = self.word(first);
            info.flags |= flag;
            match kind {
                PhraseKind::Place(place) | PhraseKind::Demonym(place) => info.place = Some(place),
                PhraseKind::Role(g) => info.gender = g,
                _ => {}
            }
        } else {
            let closed_class = self
                .info(first)
                .is_some_and(|i| i.flags != Flags::default());
            // `people familiar with`, `sources close to`: when the first word is
            // the head and a post-modifier follows, it names unnamed people alone
            // too (not `government` of `government officials`).
            let head_first = matches!(
                rest.first().copied(),
                Some(
                    "familiar"
                        | "close"
                        | "with"
                        | "briefed"
                        | "involved"
                        | "knowledgeable"
                        | "aware"
                        | "who"
                        | "in"
                        | "at"
                        | "inside"
                        | "within"
                )
            );
            if kind == PhraseKind::Anonymous && !closed_class && head_first {
                self.word(first).flags |= flag;
            }
            self.words.entry(first).phrases.push(Phrase { rest, kind });
        }
    }

    /// What the lexicon knows of a lowercase word.
    pub fn info(&self, word: &str) -> Option<&WordInfo> {
        self.words.get(word).and_then(|e| e.info.as_ref())
    }

    /// The number of a lowercase word's entry in the word table, kept by a
    /// token so that its phrases need no second lookup.
    pub fn entry_number(&self, word: &str) -> Option<u32> {
        self.words.position(word).map(|i| i as u32)
    }

    /// What the lexicon knows of the word at an entry number.
    pub fn info_at(&self, entry: u32) -> Option<&WordInfo> {
        self.words.at(entry as usize).info.as_ref()
    }

    /// Multi-word entries starting with the word at an entry number.
    pub fn phrases_at(&self, entry: u32) -> &[Phrase] {
        &self.words.at(entry as usize).phrases
    }

    /// Whether a lowercase word is a number spelled out, alone or joined by
    /// hyphens: `forty-one`.
    pub fn is_number_word(&self, word: &str) -> bool {
        word.split('-')
            .all(|w| self.info(w).is_some_and(|i| i.flags.any(Flags::NUMBER)))
    }

    /// Whether a lowercase title before a name stands for a role (`sen.`
    /// for `senator`, `rep.` for `congresswoman`).
    pub fn title_stands_for(&self, title: &str, role: &str) -> bool {
        self.title_roles
            .iter()
            .any(|(t, roles)| *t == title && roles.split(',').any(|r| r == role))
    }

    /// Whether a role characterizes the person it is said of (`mogul`,
    /// `front-runner`) rather than naming an office.
    pub fn is_epithet(&self, role: &str) -> bool {
        self.epithets.contains(&role)
    }

    /// Whether a lowercase word praises or criticises.
    pub fn evaluation(&self, word: &str) -> Option<Evaluation> {
        let found = self.evaluations.binary_search_by(|(w, _)| (*w).cmp(word));
        found.ok().map(|i| self.evaluations[i].1)
    }

    /// The attitude adjective a lowercase word is, if any.
    pub fn adjective(&self, word: &str) -> Option<&CueAdjective> {
        let found = self.adjectives.binary_search_by(|(a, _)| (*a).cmp(word));
        found.ok().map(|i| &self.adjectives[i].1)
    }

    /// The cue verb at an index from [`WordInfo::verb`].
    pub fn verb(&self, index: u16) -> &CueVerb {
        &self.verbs[index as usize]
    }

    /// The cue noun at an index from [`WordInfo::noun`].
    pub fn noun(&self, index: u16) -> &CueNoun {
        &self.nouns[index as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses_into_the_tables() {
        let lex = lexicon();
        assert!(lex.verbs.len() >= 10);
        let said = lex
            .info("said")
            .and_then(|i| i.verb)
            .expect("said is a cue verb");
        assert_eq!(lex.verb(said.0).lemma, "say");
        assert_eq!(said.1, VerbForm::PastOrParticiple);
        // (A base form that is the past too reads as the past.)
        let put = lex
            .info("put")
            .and_then(|i| i.verb)
            .expect("put is a cue verb");
        assert_eq!(put.1, VerbForm::PastOrParticiple);
        assert!(lex.info("the").unwrap().flags.any(Flags::DET));
        assert!(lex.info("spokesman").unwrap().flags.any(Flags::ROLE));
        assert_eq!(lex.info("russian").unwrap().place, Some("Russia"));
    }

    #[test]
    fn plurals_of_roles() {
        assert_eq!(plural("spokesman"), "spokesmen");
        assert_eq!(plural("secretary"), "secretaries");
        assert_eq!(plural("coach"), "coaches");
        assert_eq!(plural("attorney"), "attorneys");
        assert!(lexicon()
            .info("prosecutors")
            .unwrap()
            .flags
            .any(Flags::ROLE));
    }

    #[test]
    fn rows_stand_for_their_regular_forms() {
        let flagged =
            |word: &str, flag: Flags| lexicon().info(word).is_some_and(|i| i.flags.any(flag));
        // A light or target verb's regular forms, and its irregular rows.
        for word in ["voicing", "echoes", "raised", "took"] {
            assert!(flagged(word, Flags::LIGHT), "{word}");
        }
        for word in ["winning", "drawn", "sparks"] {
            assert!(flagged(word, Flags::TARGET), "{word}");
        }
        // A document's regular plural, and its listed irregular one.
        for word in ["memos", "studies", "analyses", "audits"] {
            assert!(flagged(word, Flags::DOCUMENT), "{word}");
        }
    }

    #[test]
    fn multi_word_entries_live_in_the_phrase_table() {
        let lex = lexicon();
        let entry = lex.entry_number("if").expect("`if` starts phrases");
        let hedges: Vec<_> = lex
            .phrases_at(entry)
            .iter()
            .filter(|p| p.kind == PhraseKind::Hedge)
            .collect();
        assert!(hedges.iter().any(|p| p.rest == ["true"]));
    }
}
#[cfg(test)]
mod inflection_tests {
    use super::*;

    #[test]
    fn a_bodys_or_mediums_head_noun_names_them_in_the_plural_too() {
        let lex = lexicon();
        for word in ["groups", "companies", "ministries"] {
            let flags = lex.info(word).map(|i| i.flags).unwrap_or_default();
            assert!(flags.any(Flags::ORGANIZATION | Flags::GOVERNMENT), "{word}");
        }
        // And a medium's descriptor: `local newspapers`.
        let flags = lex.info("newspapers").map(|i| i.flags).unwrap_or_default();
        assert!(flags.any(Flags::MEDIA));
    }

    #[test]
    fn british_spellings_read_as_the_verbs() {
        for (lemma, form, british) in [
            ("emphasize", "emphasized", Some("emphasised")),
            ("emphasize", "emphasizing", Some("emphasising")),
            ("analyze", "analyzes", Some("analyses")),
            ("signal", "signaled", Some("signalled")),
            ("label", "labeling", Some("labelling")),
            ("compel", "compelled", None),
            ("claim", "claimed", None),
        ] {
            assert_eq!(british_spelling(lemma, form).as_deref(), british, "{form}");
        }
        let lex = lexicon();
        let signalled = lex.info("signalled").and_then(|i| i.verb);
        assert_eq!(signalled.map(|(v, _)| lex.verb(v).lemma), Some("signal"));
    }

    #[test]
    fn regular_forms_follow_the_spelling_rules() {
        for (lemma, forms) in [
            ("claim", "claim|claims|claimed|claimed|claiming"),
            ("deny", "deny|denies|denied|denied|denying"),
            ("plan", "plan|plans|planned|planned|planning"),
            ("note", "note|notes|noted|noted|noting"),
            ("agree", "agree|agrees|agreed|agreed|agreeing"),
            ("vie", "vie|vies|vied|vied|vying"),
            ("echo", "echo|echoes|echoed|echoed|echoing"),
            ("panic", "panic|panics|panicked|panicked|panicking"),
            ("vow", "vow|vows|vowed|vowed|vowing"),
            ("focus", "focus|focuses|focused|focused|focusing"),
        ] {
            assert_eq!(regular_forms(lemma).join("|"), forms);
        }
    }

    #[test]
    fn attitude_adjectives_are_sorted_for_binary_search() {
        let adjectives = &lexicon().adjectives;
        assert!(adjectives.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(lexicon().adjective("critical").is_some());
    }

    #[test]
    fn evaluative_words_are_long_content_words() {
        // (The stance's scan skips every other word before it searches.)
        for &(word, _) in &lexicon().evaluations {
            assert!(word.len() >= 4, "{word}");
            assert!(
                !lexicon()
                    .info(word)
                    .is_some_and(|i| i.flags.any(Flags::FUNCTION)),
                "{word}"
            );
        }
    }

    #[test]
    fn evaluative_words_are_sorted_for_binary_search() {
        let evaluations = &lexicon().evaluations;
        assert!(evaluations.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(lexicon().evaluation("disaster"), Some(Evaluation::Negative));
        assert_eq!(
            lexicon().evaluation("brilliant"),
            Some(Evaluation::Positive)
        );
        assert_eq!(lexicon().evaluation("said"), None);
    }

    #[test]
    fn the_verb_table_knows_regular_and_irregular_forms() {
        let lex = lexicon();
        for (form, lemma) in [
            ("claimed", "claim"),
            ("denies", "deny"),
            ("said", "say"),
            ("told", "tell"),
            ("warning", "warn"),
        ] {
            let (index, _) = lex
                .info(form)
                .and_then(|i| i.verb)
                .unwrap_or_else(|| panic!("{form}"));
            assert_eq!(lex.verb(index).lemma, lemma);
        }
    }
}
