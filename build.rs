//! Copies the lexicons of `src/lexicon/data/` into the build's output folder
//! without their comment and blank lines, and the style sheets the embed
//! carries as strings without their comments and indentation: the comments
//! (sources, licences, column notes, design notes) stay in the repository,
//! and every reader of the WebAssembly build is spared their bytes.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (from, to) in [
        ("www/style.css", "style.css"),
        ("src/embed/marks.css", "marks.css"),
        ("src/embed/shadow.css", "shadow.css"),
    ] {
        println!("cargo:rerun-if-changed={from}");
        let css = fs::read_to_string(from).expect("a style sheet is UTF-8 text");
        fs::write(Path::new(&out).join(to), minify_css(&css)).expect("OUT_DIR is writable");
    }
    let data = Path::new("src/lexicon/data");
    println!("cargo:rerun-if-changed={}", data.display());
    let entries = fs::read_dir(data).expect("src/lexicon/data is readable");
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a lexicon is UTF-8 text");
        let rows: String = text
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .flat_map(|line| [line, "\n"])
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), rows).expect("OUT_DIR is writable");
    }
}

/// Drops a style sheet's comments, indentation and the spaces around its
/// punctuation; strings and values keep their inner spaces (`rgb(0 0 0 / .1)`).
fn minify_css(css: &str) -> String {
    let mut bare = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        bare.push_str(&rest[..open]);
        rest = rest[open + 2..]
            .find("*/")
            .map_or("", |close| &rest[open + 2 + close + 2..]);
    }
    bare.push_str(rest);
    let lines: Vec<String> = bare
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    lines
        .join("\n")
        .replace(" {", "{")
        .replace("{ ", "{")
        .replace(": ", ":")
        .replace("; ", ";")
        .replace(" }", "}")
        .replace(";}", "}")
}
