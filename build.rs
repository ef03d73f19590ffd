//! Copies the lexicons of `src/lexicon/data/` into the build's output folder
//! without their comment and blank lines: the comments (sources, licences,
//! column notes) stay in the repository, and every reader of the WebAssembly
//! build is spared their bytes.

use std::{env, fs, path::Path};

fn main() {
    let data = Path::new("src/lexicon/data");
    println!("cargo:rerun-if-changed={}", data.display());
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
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
