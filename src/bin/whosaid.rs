//! The `whosaid` command line: see `whosaid --help`.
fn main() {}
