//! Copies the lexicons of `src/lexicon/data/` into the build's output folder
//! without their comment and blank lines, and the style sheets the embed
//! carries as strings without their comments, line breaks and indentation:
//! the comments (sources, licences, column notes, design notes) stay in the
//! repository, and every reader of the WebAssembly build is spared their bytes.

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
        let css = without_reader_only(&css);
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
        let name = path.file_name().expect("a file name");
        let letters = CLASS_LETTERS.iter().find(|(table, ..)| name == *table);
        let lettered: Vec<String> = text
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| match letters {
                Some(&(table, column, letters)) => column_in_a_letter(line, column, &|class| {
                    letters
                        .iter()
                        .find(|(name, _)| *name == class)
                        .unwrap_or_else(|| panic!("{table}: unknown class {class:?}"))
                        .1
                }),
                None => line.to_owned(),
            })
            .collect();
        let lines = lettered.iter().map(String::as_str);
        let rows: String = if name == "places.tsv" {
            places_by_place(lines)
        } else if name == "cue_verbs.tsv" {
            lines.map(verb_in_letters).collect()
        } else if name == "organizations.tsv" {
            // The role column documents the table; the engine reads the
            // phrase and the kind only.
            let phrase_and_kind: Vec<String> = lines
                .map(|line| line.splitn(3, '\t').take(2).collect::<Vec<_>>().join("\t"))
                .collect();
            grouped(phrase_and_kind.iter().map(String::as_str))
        } else if name == "hedges.tsv" || name == "anonymous.tsv" {
            // The engine reads the phrase only: the class column documents the table.
            grouped(lines.map(|line| line.split('\t').next().unwrap_or(line)))
        } else if name == "cue_nouns.tsv" {
            lines.map(noun_in_letters).collect()
        } else if name == "cue_adjectives.tsv" {
            lines
                .map(|line| column_in_a_letter(line, 1, &stance_letter) + "\n")
                .collect()
        } else if name == "cue_idioms.tsv" {
            lines
                .map(|line| column_in_a_letter(line, 2, &stance_letter) + "\n")
                .collect()
        } else if name.to_string_lossy().starts_with("first_names_") {
            front_coded(lines)
        } else if GROUPED.iter().any(|g| name == *g) {
            grouped(lines)
        } else {
            lines.flat_map(|line| [line, "\n"]).collect()
        };
        fs::write(Path::new(&out).join(name), rows).expect("OUT_DIR is writable");
    }
}

/// The letter of each cue-verb class and frame in the build's copy of
/// `cue_verbs.tsv` (about 0.5 KB less gzip for the embed); the lexicon reads
/// these letters back.
const VERB_LETTERS: [(&str, char); 20] = [
    ("speech", 's'),
    ("cognition", 'c'),
    ("evidence", 'e'),
    ("intention", 'i'),
    ("attitude", 'a'),
    ("that", 't'),
    ("bare", 'b'),
    ("quote", 'q'),
    ("np", 'n'),
    ("to", 'i'),
    ("obj", 'o'),
    ("after", 'a'),
    ("wh", 'w'),
    ("passive", 'p'),
    ("on", 'r'),
    ("as", 's'),
    ("for", 'f'),
    ("pred", 'k'),
    ("asonly", 'x'),
    ("atonly", 'z'),
];

/// A sorted list with each line's prefix shared with the line before
/// written as its length (one digit): `aaron`, `abdul`, `abdullah` become
/// `0aaron`, `1bdul`, `5lah` (about 300 bytes gzip less for the first-name
/// tables); `sources::first_names` reads it back.
fn front_coded<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut previous = "";
    for line in lines {
        let shared = previous
            .bytes()
            .zip(line.bytes())
            .take(9)
            .take_while(|(a, b)| a == b)
            .count();
        out.push(char::from(b'0' + shared as u8));
        out.push_str(&line[shared..]);
        out.push('\n');
        previous = line;
    }
    out
}

/// Tables whose rows share their columns but the first in long runs
/// (`a<TAB>det`, `an<TAB>det`, …): written grouped, about 0.7 KB less gzip
/// for every reader; `rows` in src/lexicon/mod.rs reads them back.
/// (`hedges.tsv` and `anonymous.tsv` are grouped too, after their own
/// rewriting.)
const GROUPED: [&str; 5] = [
    "abbreviations.tsv",
    "grammar.tsv",
    "honorifics.tsv",
    "media.tsv",
    "roles.tsv",
];

/// The letter of each class in the build's copy of these tables, by table
/// and column; the lexicon reads the letters back (`Lexicon::load`).
type ClassLetters = (&'static str, usize, &'static [(&'static str, char)]);
const CLASS_LETTERS: [ClassLetters; 5] = [
    ("grammar.tsv", 1, &GRAMMAR_LETTERS),
    (
        "abbreviations.tsv",
        1,
        &[
            ("title", 't'),
            ("month", 'm'),
            ("initialism", 'i'),
            ("company", 'c'),
            ("other", 'o'),
            ("number", 'n'),
        ],
    ),
    ("media.tsv", 1, &[("descriptor", 'd'), ("outlet", 'o')]),
    (
        "organizations.tsv",
        1,
        &[("government", 'g'), ("organization", 'o')],
    ),
    ("evaluation.tsv", 1, &[("neg", 'n'), ("pos", 'p')]),
];

/// A row with one column written as the letter `letter` gives for it: a
/// class (`CLASS_LETTERS`) or a stance (`stance_letter`).
fn column_in_a_letter(line: &str, column: usize, letter: &dyn Fn(&str) -> char) -> String {
    let mut columns: Vec<String> = line.split('\t').map(str::to_owned).collect();
    if let Some(word) = columns.get_mut(column) {
        *word = letter(word).to_string();
    }
    columns.join("\t")
}

/// The letter of each word class in the build's copy of `grammar.tsv`.
const GRAMMAR_LETTERS: [(&str, char); 20] = [
    ("det", 'd'),
    ("quant", 'q'),
    ("poss", 'p'),
    ("pron", 'r'),
    ("objpron", 'o'),
    ("prep", 'e'),
    ("conj", 'c'),
    ("sub", 's'),
    ("aux", 'x'),
    ("modal", 'm'),
    ("neg", 'n'),
    ("adv", 'a'),
    ("rel", 'l'),
    ("wh", 'w'),
    ("time", 't'),
    ("particle", 'i'),
    ("past", 'y'),
    ("light", 'g'),
    ("target", 'u'),
    ("number", 'b'),
];

/// Rows grouped by all their columns but the first, in the order each
/// group first appears: `\x1fa,an,the<TAB>det` stands for the three rows.
fn grouped<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines {
        let (first, rest) = line.split_once('\t').unwrap_or((line, ""));
        assert!(
            !first.contains(',') && !first.contains('\x1f'),
            "a grouped lexicon's first column holds no comma: {line:?}"
        );
        match groups.iter_mut().find(|(r, _)| r == rest) {
            Some((_, firsts)) => firsts.push(first.to_owned()),
            None => groups.push((rest.to_owned(), vec![first.to_owned()])),
        }
    }
    groups
        .iter()
        .map(|(rest, firsts)| format!("\x1f{}\t{rest}\n", firsts.join(",")))
        .collect()
}

/// A stance in one letter, as `Stance::from_letter` reads it (about 0.15 KB
/// less gzip).
fn stance_letter(stance: &str) -> char {
    match stance {
        "assert" => 'a',
        "deny" => 'd',
        "confirm" => 'c',
        "allege" => 'l',
        "suggest" => 's',
        "praise" => 'p',
        "criticize" => 'k',
        "believe" => 'b',
        "intend" => 'i',
        "question" => 'q',
        other => panic!("cue_verbs.tsv: unknown stance {other:?}"),
    }
}

/// One `cue_nouns.tsv` row as the engine reads it: the plural left out
/// where it is the singular and `s`, `d` for a document's class (the others
/// are read alike), the stance in a letter: `statement<TAB><TAB><TAB>a`.
fn noun_in_letters(line: &str) -> String {
    let columns: Vec<&str> = line.split('\t').collect();
    let [singular, plural, class, stance] = columns[..] else {
        panic!("cue_nouns.tsv: four columns: {line:?}");
    };
    let plural = if plural == format!("{singular}s") {
        ""
    } else {
        plural
    };
    let class = if class == "document" { "d" } else { "" };
    format!("{singular}\t{plural}\t{class}\t{}\n", stance_letter(stance))
}

/// One `cue_verbs.tsv` row with its class and frames in letters:
/// `say<TAB>s<TAB>assert<TAB>tbqap`.
fn verb_in_letters(line: &str) -> String {
    let letter = |word: &str, from: usize| {
        VERB_LETTERS[from..]
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, c)| c)
            .unwrap_or_else(|| panic!("cue_verbs.tsv: unknown class or frame {word:?}"))
    };
    let mut columns: Vec<String> = line.split('\t').map(str::to_owned).collect();
    if columns.len() >= 4 {
        columns[1] = letter(&columns[1], 0).to_string();
        columns[2] = stance_letter(&columns[2]).to_string();
        columns[3] = columns[3]
            .split(',')
            .map(|frame| letter(frame.trim(), 5))
            .collect();
    }
    columns.join("\t") + "\n"
}

/// `places.tsv` one line per place instead of one per word (about 1.6 KB
/// less gzip for every reader): `place<TAB>names and capitals<TAB>demonyms`,
/// the words comma-separated, in the order the file lists them.
fn places_by_place<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut places: Vec<(&str, Vec<&str>, Vec<&str>)> = Vec::new();
    for line in lines {
        let mut columns = line.split('\t');
        let (Some(word), Some(place)) = (columns.next(), columns.next()) else {
            continue;
        };
        let demonym = columns.next() == Some("demonym");
        let at = match places.iter().position(|(p, _, _)| *p == place) {
            Some(at) => at,
            None => {
                places.push((place, Vec::new(), Vec::new()));
                places.len() - 1
            }
        };
        let (_, names, demonyms) = &mut places[at];
        if demonym { demonyms } else { names }.push(word);
    }
    // A place whose own lowercase name is one of its names is marked `=`
    // instead of repeating it (`=Ghana<TAB>accra<TAB>ghanaian`).
    places
        .iter()
        .map(|(place, names, demonyms)| {
            let own = place.to_lowercase();
            let mark = if names.contains(&own.as_str()) {
                "="
            } else {
                ""
            };
            let names: Vec<&str> = names.iter().copied().filter(|n| *n != own).collect();
            format!(
                "{mark}{place}\t{}\t{}\n",
                names.join(","),
                demonyms.join(",")
            )
        })
        .collect()
}

/// The reader's style sheet without its `/* reader only { */ … /* } reader
/// only */` regions (the page around the article, pasting your own): the
/// embed, which carries the sheet as a string, never shows them.
fn without_reader_only(css: &str) -> String {
    let mut kept = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find("/* reader only {") {
        kept.push_str(&rest[..open]);
        rest = rest[open..]
            .find("/* } reader only */")
            .map_or("", |close| &rest[open + close..]);
        rest = rest.strip_prefix("/* } reader only */").unwrap_or(rest);
    }
    kept.push_str(rest);
    kept
}

/// Drops a style sheet's comments, line breaks, indentation and the spaces
/// around its punctuation; strings and values keep their inner spaces
/// (`rgb(0 0 0 / .1)`).
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
    // Lines joined with nothing after a rule's or a declaration's end, a
    // block's start or a selector list's comma, and before a block's end;
    // with a space elsewhere (a value continued on the next line).
    let mut joined = String::with_capacity(bare.len());
    for line in &lines {
        let ends_a_part = joined.ends_with(['{', '}', ';', ',']) || line.starts_with('}');
        if !joined.is_empty() && !ends_a_part {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined
        .replace(" {", "{")
        .replace("{ ", "{")
        .replace(": ", ":")
        .replace("; ", ";")
        .replace(" }", "}")
        .replace(";}", "}")
        // (No value or string of ours holds `, ` that a comma alone would not do.)
        .replace(", ", ",")
        .replace(" !important", "!important")
}
