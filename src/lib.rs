//! # whosaid
//!
//! Reads a news article and finds who stands behind every statement in it:
//! each attributed claim (direct and partial quotes, indirect speech,
//! "according to", reports, denials, beliefs) with its cue, its source
//! (resolved across the article), its stance and its hedges, and the claims in
//! the writer's own voice that nobody stands behind.
//!
//! ```
//! let analysis = whosaid::analyze("“We will not retreat,” the mayor said.");
//! assert_eq!(analysis.claims[0].kind, whosaid::ClaimKind::DirectQuote);
//! ```
//!
//! The engine is plain Rust with no web dependency; the reader and the embed
//! (compiled to WebAssembly) and the CLI all consume [`Analysis`], which
//! serializes to the JSON contract (version 1).

/// A word list inline: `words!["is", "are", "was"]` makes a [`text::Words`]
/// (one string in the browser builds, a table natively).
#[cfg(target_arch = "wasm32")]
macro_rules! words {
    ($($word:literal),+ $(,)?) => {
        $crate::text::Words(concat!($($word, " "),+))
    };
}
#[cfg(not(target_arch = "wasm32"))]
macro_rules! words {
    ($($word:literal),+ $(,)?) => {
        $crate::text::Words(&[$($word),+])
    };
}

pub mod claims;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod lexicon;
pub mod linking;
pub mod model;
pub mod quotes;
pub mod segment;
pub mod sources;
pub mod stance;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The browser builds' allocator: talc instead of the default dlmalloc, a
/// few kilobytes less of every reader's download (the engine is single-threaded).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use model::{
    Analysis, Claim, ClaimKind, Content, Source, SourceKind, Span, Stance, CONTRACT_VERSION,
};

/// Analyzes one article. Never panics, whatever the text.
///
/// Data flows one way: text → segments → quotes → attributions → sources
/// and claims.
pub fn analyze(text: &str) -> Analysis {
    analyze_segmented(&segment::Document::new(text))
}

/// Analyzes an article already segmented, for a caller that reads the same
/// segments too (the reader lays out the engine's paragraphs).
pub fn analyze_segmented(document: &segment::Document) -> Analysis {
    let quotes = quotes::find_quotes(document);
    let attributions = linking::link(document, &quotes);
    claims::assemble(document, &attributions)
}
