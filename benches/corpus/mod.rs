//! A deterministic corpus of news-like articles for the benchmarks: the
//! project's own fixtures (`tests/fixtures/*.txt`) when present, interleaved
//! with articles from a built-in generator, so the benchmarks run on a fresh
//! checkout too. The generator's text is written for this project; it mixes
//! the constructions of `ATTRIBUTION.md` (quotes before and after, indirect
//! speech, according to, passives, denials, beliefs, pronouns, hedges) with
//! abbreviations, numbers and quotes running across paragraphs, so that every
//! path of the engine is paid for, not only the plain one.

#![allow(dead_code)] // each bench target uses a different part of it

use std::path::Path;

/// SplitMix64: tiny, deterministic, good enough to vary templates.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Lydia",
    "Tomás",
    "Mei",
    "Oluwaseun",
    "Grace",
    "Dmitri",
    "Aisha",
    "Henrik",
    "Priya",
    "Jonah",
    "Ana",
    "Kwame",
    "Sofía",
    "Renée",
    "Yusuf",
    "Ingrid",
];
const LAST: &[&str] = &[
    "Okafor",
    "Álvarez",
    "Lindqvist",
    "Haddad",
    "Brennan",
    "Nakamura",
    "Petrov",
    "Mbeki",
    "O’Connell",
    "Ruiz",
    "Fitzgerald-Moore",
    "Castellano",
    "Weiss",
    "Adeyemi",
];
const ROLES: &[&str] = &[
    "spokeswoman",
    "spokesman",
    "finance minister",
    "chief executive",
    "mayor",
    "senator",
    "union leader",
    "professor of economics",
    "police chief",
    "lead investigator",
];
const ORGS: &[&str] = &[
    "the Interior Ministry",
    "the port authority",
    "Harwick City Council",
    "the central bank",
    "Norvale Energy",
    "the U.S. Department of Transportation",
    "the World Health Organization",
    "the teachers’ union",
    "the European Commission",
    "Brightline Logistics Inc.",
];
const MEDIA: &[&str] = &[
    "broadcaster NHK",
    "the Harwick Gazette",
    "Radio Meridian",
    "the newspaper Vedomosti",
    "local television",
];
const DOCS: &[&str] = &[
    "court filings",
    "a leaked memo",
    "the annual report",
    "a budget memo circulated on Friday",
    "police records",
    "a draft of the agreement",
];
const ANON: &[&str] = &[
    "two people familiar with the talks",
    "officials",
    "a source close to the negotiations",
    "a senior diplomat who asked not to be named",
    "analysts",
    "residents",
];
const VERBS: &[&str] = &[
    "said",
    "says",
    "told reporters",
    "added",
    "noted",
    "argued",
    "warned",
    "acknowledged",
    "insisted",
    "wrote in a statement",
    "has said",
    "would later say",
    "explained",
    "claimed",
];
const SUBJECTS: &[&str] = &[
    "the levy",
    "ridership",
    "the contractor",
    "exports",
    "the vaccine program",
    "the bridge",
    "the merger",
    "inflation",
    "the ceasefire",
    "the new terminal",
    "turnout",
    "the glacier",
];
/// Each predicate as a finite verb and as it reads after a modal hedge.
const PREDICATES: &[(&str, &str)] = &[
    (
        "fell by 14 percent last year",
        "have fallen by 14 percent last year",
    ),
    (
        "will cost $4.5 million more than planned",
        "cost $4.5 million more than planned",
    ),
    ("had been delayed until Jan. 12", "be delayed until Jan. 12"),
    (
        "was never properly inspected",
        "never have been properly inspected",
    ),
    (
        "would create 1,200 jobs by 2027",
        "create 1,200 jobs by 2027",
    ),
    (
        "is on track despite the storms",
        "be on track despite the storms",
    ),
    (
        "lost nearly a third of its value",
        "have lost nearly a third of its value",
    ),
    (
        "remains the council’s top priority",
        "remain the council’s top priority",
    ),
    (
        "broke the terms of the 2019 agreement",
        "have broken the terms of the 2019 agreement",
    ),
    (
        "was approved 7-4 after a long debate",
        "be approved 7-4 after a long debate",
    ),
];
const PARTIALS: &[&str] = &[
    "a disaster in slow motion",
    "a tax on people who can least afford it",
    "reckless and premature",
    "the best deal on the table",
    "in the pipeline",
];
const HEDGES: &[&str] = &[
    "",
    "",
    "",
    "may ",
    "could ",
    "reportedly ",
    "allegedly ",
    "probably ",
];
const QUOTES: &[&str] = &[
    "We will not retreat",
    "This is a disaster in slow motion",
    "Nobody told us anything until the trucks arrived",
    "I know which bill is bigger",
    "The numbers speak for themselves",
    "We are asking for patience, not blind trust",
    "It’s simply not true",
];

fn person(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
        1 => format!("{} {} {}", rng.pick(ROLES), rng.pick(FIRST), rng.pick(LAST)),
        2 => format!("Dr. {}", rng.pick(LAST)),
        // An appositive, closed by its comma: "Ana Ruiz, a nurse, said".
        _ => format!(
            "{} {}, a {},",
            rng.pick(FIRST),
            rng.pick(LAST),
            rng.pick(ROLES)
        ),
    }
}

fn source(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 | 1 => person(rng),
        2 => rng.pick(ORGS).to_owned(),
        3 => rng.pick(ANON).to_owned(),
        4 => rng.pick(&["he", "she", "they"]).to_owned(),
        _ => format!("the {}", rng.pick(ROLES)),
    }
}

fn clause(rng: &mut Rng) -> String {
    let hedge = rng.pick(HEDGES);
    let (finite, after_modal) = PREDICATES[rng.below(PREDICATES.len())];
    // Adverbs ("reportedly") go before the finite verb, modals ("may") before its bare form.
    let predicate = if hedge.is_empty() || hedge.ends_with("ly ") {
        finite
    } else {
        after_modal
    };
    format!("{} {hedge}{predicate}", rng.pick(SUBJECTS))
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One sentence in one of the constructions of `ATTRIBUTION.md`.
fn sentence(rng: &mut Rng) -> String {
    match rng.below(15) {
        0 => format!(
            "“{},” {} {}.",
            rng.pick(QUOTES),
            source(rng),
            rng.pick(VERBS)
        ),
        1 => format!("{} said: “{}.”", capitalize(&source(rng)), rng.pick(QUOTES)),
        2 => format!("{} said that {}.", capitalize(&source(rng)), clause(rng)),
        3 => format!(
            "{}, {} {}.",
            capitalize(&clause(rng)),
            source(rng),
            rng.pick(VERBS)
        ),
        4 => format!("According to {}, {}.", rng.pick(DOCS), clause(rng)),
        5 => format!(
            "{}, according to {}.",
            capitalize(&clause(rng)),
            rng.pick(ANON)
        ),
        6 => format!("{} denied that {}.", capitalize(&source(rng)), clause(rng)),
        7 => format!(
            "{} called the plan “{}.”",
            capitalize(&person(rng)),
            rng.pick(PARTIALS)
        ),
        8 => format!("It was reported that {}.", clause(rng)),
        9 => format!(
            "Reports from {} indicate that {}.",
            rng.pick(MEDIA),
            clause(rng)
        ),
        10 => format!("{} believes {}.", capitalize(&person(rng)), clause(rng)),
        11 => format!("The deal was confirmed by {} on Tuesday.", rng.pick(ORGS)),
        12 => format!(
            "Said {} {}: \"{}.\" The U.S. ambassador did not confirm it.",
            rng.pick(FIRST),
            rng.pick(LAST),
            rng.pick(QUOTES)
        ),
        _ => format!("{}.", capitalize(&clause(rng))),
    }
}

/// One generated article: a headline and paragraphs of one to four sentences,
/// now and then a quote that runs over two paragraphs.
pub fn article(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let headline = PREDICATES[rng.below(PREDICATES.len())].0;
    let mut out = format!("{} {headline}\n\n", capitalize(rng.pick(SUBJECTS)));
    let paragraphs = 4 + rng.below(6);
    for p in 0..paragraphs {
        if p > 0 && rng.below(8) == 0 {
            out.push_str(&format!(
                "“{}. {}.\n\n“{},” {} {}.\n\n",
                rng.pick(QUOTES),
                capitalize(&clause(&mut rng)),
                rng.pick(QUOTES),
                source(&mut rng),
                rng.pick(VERBS)
            ));
            continue;
        }
        let sentences = 1 + rng.below(4);
        for i in 0..sentences {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&sentence(&mut rng));
        }
        out.push_str("\n\n");
    }
    out
}

/// The project's fixture texts, sorted by file name (empty without fixtures).
pub fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Articles until `bytes` is reached: fixtures and generated articles in
/// turn (one fixture after every three generated ones), all deterministic.
/// The same `bytes` gives the same articles.
pub fn articles(bytes: usize) -> Vec<String> {
    let fixtures = fixtures();
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0u64;
    while total < bytes {
        let text = if !fixtures.is_empty() && i % 4 == 3 {
            fixtures[(i / 4) as usize % fixtures.len()].clone()
        } else {
            article(i)
        };
        total += text.len();
        out.push(text);
        i += 1;
    }
    out
}

/// Words as `wc -w` counts them.
pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}
