//! The reader: a Yew front end that shows an article with every claim marked
//! in place, a card for each claim (who stands behind it, how, how sure), a
//! sources panel with a filter and a share bar, and a box to paste or drop
//! your own article. Built for the browser only (`wasm32`); `trunk` builds it
//! through the small `whosaid-app` binary.
//!
//! One file per part of the page (`article`, `card`, `sources`, `input`,
//! `app`; only `app` is a Yew component, the others plain functions
//! returning `Html`), the state and its reducer in `state`, pure
//! layout (paragraphs, claim nesting, sentence shares) in `layout`, and the
//! few direct DOM calls in `dom`.

pub mod app;
pub mod article;
pub mod card;
pub mod dom;
pub mod input;
pub mod labels;
pub mod layout;
pub mod sources;
pub mod state;

pub use app::{App, Reader, ReaderProps};
pub use layout::Doc;
