//! Words and icons for the contract's names. Every source kind has a class
//! (its colour and underline style in `www/style.css`), a label and an icon,
//! so that nothing is told by colour alone.

use std::cell::Cell;

use yew::prelude::*;

use crate::{ClaimKind, SourceKind, Stance};

/// The language of the labels. The reader speaks English; the embed takes
/// the host's choice (`data-whosaid-lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// The language for a BCP 47 tag (`fr`, `fr-CA`); English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the language of every label drawn from now on (one per page: the
/// embed uses the first article's choice).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The current language of the labels.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// A label in the current language; `english` is both the key and the
/// English text. Unknown keys stay English.
pub fn tr(english: &'static str) -> &'static str {
    if lang() == Lang::En {
        return english;
    }
    FRENCH
        .iter()
        .find(|(en, _)| *en == english)
        .map_or(english, |(_, fr)| fr)
}

/// English labels and their French. A slice scanned in order, not a `match`:
/// the reader pays for every byte of code, and a table is smaller.
const FRENCH: &[(&str, &str)] = &[
    ("Person", "Personne"),
    ("Organization", "Organisation"),
    ("Media", "Média"),
    ("Government", "Gouvernement"),
    ("Document", "Document"),
    ("Anonymous", "Anonyme"),
    ("Group", "Groupe"),
    ("No source", "Aucune source"),
    ("Direct quote", "Citation directe"),
    ("Partial quote", "Citation partielle"),
    ("Indirect speech", "Discours indirect"),
    ("According to", "Selon"),
    ("Reported", "Rapporté"),
    ("Writer’s own voice", "Voix de l’auteur"),
    ("asserts", "affirme"),
    ("denies", "dément"),
    ("confirms", "confirme"),
    ("alleges", "allègue"),
    ("suggests", "suggère"),
    ("praises", "salue"),
    ("criticizes", "critique"),
    ("believes", "croit"),
    ("intends", "entend"),
    ("questions", "met en doute"),
    ("The writer", "L’auteur"),
    ("the writer", "l’auteur"),
    ("Role", "Fonction"),
    ("Affiliation", "Rattachement"),
    ("Kind", "Type"),
    ("Named as", "Nommé"),
    ("Cue", "Indice"),
    ("Claim", "Affirmation"),
    ("Stance", "Position"),
    ("Hedges", "Réserves"),
    ("none", "aucune"),
    ("Speaking together: ", "Ensemble : "),
    ("Also speaks as part of: ", "Parle aussi au sein de : "),
    ("Also from", "Aussi de"),
    (
        "Nobody in the article stands behind this statement.",
        "Personne dans l’article ne porte cette affirmation.",
    ),
    ("Close card", "Fermer la fiche"),
    ("Who stands behind it", "Qui est derrière"),
    (
        "click one to see only its claims",
        "cliquez-en une pour ne voir que ses affirmations",
    ),
    ("Only claims by", "Seules les affirmations de"),
    ("are marked.", "sont marquées."),
    ("Show all", "Tout afficher"),
    (
        "No sources found in this article.",
        "Aucune source trouvée dans cet article.",
    ),
    (
        "How claims are marked",
        "Comment les affirmations sont marquées",
    ),
    (
        "No source: the article’s own voice",
        "Aucune source : la voix de l’article",
    ),
    ("Named source", "Source nommée"),
    ("Anonymous source", "Source anonyme"),
    ("of", "sur"),
    ("sentences", "phrases"),
    ("claim", "affirmation"),
    ("source", "source"),
    ("Claim by", "Affirmation de"),
    ("Export annotations", "Exporter les annotations"),
];

/// The CSS class of a source kind; `k-none` is the writer's own voice.
pub fn kind_class(kind: Option<SourceKind>) -> &'static str {
    match kind {
        Some(SourceKind::Person) => "k-person",
        Some(SourceKind::Organization) => "k-organization",
        Some(SourceKind::Media) => "k-media",
        Some(SourceKind::Government) => "k-government",
        Some(SourceKind::Document) => "k-document",
        Some(SourceKind::Anonymous) => "k-anonymous",
        Some(SourceKind::Group) => "k-group",
        None => "k-none",
    }
}

/// A `class` attribute's value: the given classes, those absent left out,
/// separated by spaces, as Yew's `classes!` would give them.
///
/// `html!` takes it as `CLASS={…}`, not `class={…}`: the macro turns every
/// computed `class` into Yew's `Classes` (an `IndexSet` of strings, with its
/// own hash table and hashing), while any other name is a plain attribute;
/// and the DOM lowercases the names of attributes set on HTML elements, so
/// the page gets the same `class`. About 2.3 KB gzip less for the reader and
/// 2.6 KB for the embed.
pub fn class_list(classes: &[Option<&str>]) -> String {
    let mut list = String::new();
    for class in classes.iter().flatten() {
        if !list.is_empty() {
            list.push(' ');
        }
        list.push_str(class);
    }
    list
}

/// An ARIA state's value (`aria-pressed`, `aria-expanded`): a constant
/// string, where `bool::to_string` would allocate one with the formatting
/// machinery.
pub fn truth(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// `1 claim`, `2 claims`: a count with its noun (regular plurals only).
pub fn count(n: usize, noun: &'static str) -> String {
    let noun = tr(noun);
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The reader's word for a source kind.
pub fn kind_label(kind: Option<SourceKind>) -> &'static str {
    tr(match kind {
        Some(SourceKind::Person) => "Person",
        Some(SourceKind::Organization) => "Organization",
        Some(SourceKind::Media) => "Media",
        Some(SourceKind::Government) => "Government",
        Some(SourceKind::Document) => "Document",
        Some(SourceKind::Anonymous) => "Anonymous",
        Some(SourceKind::Group) => "Group",
        None => "No source",
    })
}

/// The reader's words for a claim kind.
pub fn claim_kind_label(kind: ClaimKind) -> &'static str {
    tr(match kind {
        ClaimKind::DirectQuote => "Direct quote",
        ClaimKind::PartialQuote => "Partial quote",
        ClaimKind::Indirect => "Indirect speech",
        ClaimKind::AccordingTo => "According to",
        ClaimKind::Reported => "Reported",
        ClaimKind::Unattributed => "Writer’s own voice",
    })
}

/// The source's attitude, as a verb.
pub fn stance_label(stance: Stance) -> &'static str {
    tr(match stance {
        Stance::Assert => "asserts",
        Stance::Deny => "denies",
        Stance::Confirm => "confirms",
        Stance::Allege => "alleges",
        Stance::Suggest => "suggests",
        Stance::Praise => "praises",
        Stance::Criticize => "criticizes",
        Stance::Believe => "believes",
        Stance::Intend => "intends",
        Stance::Question => "questions",
    })
}

/// A 16-pixel icon for a source kind, hidden from assistive technology (the
/// label beside it says the same).
pub fn kind_icon(kind: Option<SourceKind>) -> Html {
    // Simple strokes on a 16×16 grid, drawn in the current text colour.
    let path = match kind {
        // A head and shoulders.
        Some(SourceKind::Person) => "M8 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5M3 14c0-3 2.2-5 5-5s5 2 5 5",
        // A building with windows.
        Some(SourceKind::Organization) => "M3 14V3h7v11M10 7h3v7M2 14h12M5 5h1M7.5 5h1M5 8h1M7.5 8h1M5 11h1M7.5 11h1",
        // A broadcast mast.
        Some(SourceKind::Media) => "M8 8v6M5.5 14h5M5 5a4 4 0 0 1 6 0M3 3a7 7 0 0 1 10 0M8 7.5a.5.5 0 1 1 0 1",
        // A pediment on columns.
        Some(SourceKind::Government) => "M2 6L8 2.5L14 6H2M3.5 6v6M6.5 6v6M9.5 6v6M12.5 6v6M2 13.5h12",
        // A page with a folded corner and lines.
        Some(SourceKind::Document) => "M4 2h5l3 3v9H4V2M9 2v3h3M6 8h4M6 10.5h4",
        // A head with a question mark.
        Some(SourceKind::Anonymous) => "M5.5 5.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M8 12.5v.5",
        // Two heads.
        Some(SourceKind::Group) => "M5.5 3.5a2 2 0 1 1 0 4a2 2 0 1 1 0-4M1.5 13c0-2.5 1.8-4 4-4s4 1.5 4 4M10.5 3.5a2 2 0 1 1 0 4M11 9c2 0 3.5 1.5 3.5 4",
        // A pen: the writer.
        None => "M3 13l1-3.5L11 2.5l2.5 2.5L6.5 12L3 13M9.5 4l2.5 2.5",
    };
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.4"
                  stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
