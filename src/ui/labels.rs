//! Words and icons for the contract's names. Every source kind has a class
//! (its colour and underline style in `www/style.css`), a label and an icon,
//! so that nothing is told by colour alone.

use yew::prelude::*;

use crate::{ClaimKind, SourceKind, Stance};

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

/// `1 claim`, `2 claims`: a count with its noun (regular plurals only).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The reader's word for a source kind.
pub fn kind_label(kind: Option<SourceKind>) -> &'static str {
    match kind {
        Some(SourceKind::Person) => "Person",
        Some(SourceKind::Organization) => "Organization",
        Some(SourceKind::Media) => "Media",
        Some(SourceKind::Government) => "Government",
        Some(SourceKind::Document) => "Document",
        Some(SourceKind::Anonymous) => "Anonymous",
        Some(SourceKind::Group) => "Group",
        None => "No source",
    }
}

/// The reader's words for a claim kind.
pub fn claim_kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::DirectQuote => "Direct quote",
        ClaimKind::PartialQuote => "Partial quote",
        ClaimKind::Indirect => "Indirect speech",
        ClaimKind::AccordingTo => "According to",
        ClaimKind::Reported => "Reported",
        ClaimKind::Unattributed => "Writer’s own voice",
    }
}

/// The source's attitude, as a verb.
pub fn stance_label(stance: Stance) -> &'static str {
    match stance {
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
    }
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
