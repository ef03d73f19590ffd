//! The `whosaid` command line: see `whosaid parse --help` and `whosaid::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    whosaid::cli::main()
}

/// No command line in the browser build: the engine is used as a library there.
#[cfg(target_arch = "wasm32")]
fn main() {}
