//! Fuzzes `whosaid::analyze`: any bytes, read as UTF-8 (invalid sequences
//! replaced, as a lossy reader would), must give an answer that passes every
//! check of `tests/invariants` (spans inside the text and equal to their
//! slice, no overlapping claims, sources that exist and own their mentions,
//! JSON that reads back). A panic or a failed check is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    invariants::analyze_checked(&text);
});
