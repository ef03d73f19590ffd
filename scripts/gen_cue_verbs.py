#!/usr/bin/env python3
"""Generate src/lexicon/data/cue_verbs.tsv and validate every lexicon data file.

    python3 scripts/gen_cue_verbs.py          # rewrite cue_verbs.tsv, then validate all files
    python3 scripts/gen_cue_verbs.py --check  # validate all files; exit 1 if any is malformed
                                              # or cue_verbs.tsv is out of date

The hand-kept source is src/lexicon/data/cue_verbs.curated.tsv (lemma, class, stance,
frames, optional forms override). This script adds the five inflected forms of each lemma:
irregular ones from WordNet 3.0's verb.exc (Debian package `wordnet-base`, files in
/usr/share/wordnet), regular ones from English spelling rules, with US spelling preferred
(labeled, not labelled). The WordNet licence is copied into the generated file's header.

If WordNet is not installed, --check still validates every file's format but cannot tell
whether cue_verbs.tsv is up to date: it says so on stderr and does not fail for that
(install it with `apt-get install -y wordnet-base`). Generating without WordNet fails.

Only the Python standard library is used. Output is sorted and deterministic.
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "lexicon", "data")
CURATED = os.path.join(DATA, "cue_verbs.curated.tsv")
OUTPUT = os.path.join(DATA, "cue_verbs.tsv")
WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")

CLASSES = {"speech", "cognition", "evidence", "intention", "attitude"}
STANCES = {"assert", "deny", "confirm", "allege", "suggest", "praise", "criticize",
           "believe", "intend", "question"}
FRAMES = ["that", "bare", "quote", "np", "to", "obj", "after", "wh", "passive", "on", "as", "for",
          "pred", "asonly", "atonly"]
VOWELS = set("aeiou")


# ---------------------------------------------------------------------------
# WordNet
# ---------------------------------------------------------------------------

def wordnet_available():
    return all(os.path.isfile(os.path.join(WORDNET, f))
               for f in ("data.verb", "index.verb", "verb.exc"))


def read_wordnet():
    """Return (licence lines, set of verb lemmas, {lemma: set of exceptional forms})."""
    licence = []
    with open(os.path.join(WORDNET, "data.verb"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                break
            # "  1 This software ...  " -> "This software ..."
            licence.append(re.sub(r"^\s+\d+\s?", "", line.rstrip()).rstrip())
    while licence and not licence[-1]:
        licence.pop()
    lemmas = set()
    with open(os.path.join(WORDNET, "index.verb"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            lemmas.add(line.split(" ", 1)[0])
    exc = {}
    with open(os.path.join(WORDNET, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            for base in parts[1:]:
                exc.setdefault(base, set()).add(parts[0])
    return licence, lemmas, exc


# ---------------------------------------------------------------------------
# Inflection
# ---------------------------------------------------------------------------

def syllable_nuclei(word):
    """Count vowel groups, treating the u of qu as a consonant and final silent e as none."""
    w = word.replace("qu", "qw")
    if w.endswith("e") and not w.endswith("ee") and len(w) > 2:
        w = w[:-1]
    return len(re.findall(r"[aeiouy]+", w))


def doubles_final(word):
    """One-syllable consonant-vowel-consonant verbs double the consonant: plan -> planned."""
    w = word.replace("qu", "qw")
    if len(w) < 3 or syllable_nuclei(word) != 1:
        return False
    a, b, c = w[-3], w[-2], w[-1]
    return a not in VOWELS and b in VOWELS and c not in VOWELS and c not in "wxy"


def regular_forms(lemma):
    w = lemma
    # third person singular
    if re.search(r"(s|x|z|ch|sh)$", w):
        s3 = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        s3 = w[:-1] + "ies"
    elif re.search(r"[^aeiou]o$", w):
        s3 = w + "es"
    else:
        s3 = w + "s"
    # past and -ing
    if re.search(r"[^aeiou]y$", w):
        past, ing = w[:-1] + "ied", w + "ing"
    elif w.endswith("ie"):
        past, ing = w + "d", w[:-2] + "ying"
    elif w.endswith("ee") or w.endswith("ye") or w.endswith("oe"):
        past, ing = w + "d", w + "ing"
    elif w.endswith("e"):
        past, ing = w + "d", w[:-1] + "ing"
    elif doubles_final(w):
        past, ing = w + w[-1] + "ed", w + w[-1] + "ing"
    elif w.endswith("c"):
        past, ing = w + "ked", w + "king"
    else:
        past, ing = w + "ed", w + "ing"
    return [w, s3, past, past, ing]


# Verbs in -l stressed on the last syllable double the l in US spelling too.
STRESSED_FINAL_L = {"annul", "compel", "control", "dispel", "distil", "enrol", "excel", "expel",
                    "extol", "fulfil", "impel", "instil", "patrol", "propel", "rebel", "repel"}


def british_doubling(lemma, form):
    """verb.exc spells travel -> travelled; US news writes traveled (but extolled)."""
    return (lemma.endswith("l") and not lemma.endswith("ll") and lemma not in STRESSED_FINAL_L
            and (form == lemma + "led" or form == lemma + "ling"))


def inflect(lemma, exc):
    forms = regular_forms(lemma)
    special = sorted(f for f in exc.get(lemma, ()) if not british_doubling(lemma, f))
    ings = [f for f in special if f.endswith("ing") and not lemma.endswith("ing")]
    pasts = [f for f in special if f not in ings and not f.endswith("s")]
    if ings:
        forms[4] = ings[0]
    if len(pasts) == 1:
        p = pasts[0]
        if p.endswith("en") or p.endswith("wn"):
            forms[3] = p  # shown, proven: a participle only; the past stays regular
        else:
            forms[2] = forms[3] = p
    elif len(pasts) >= 2:
        participles = [p for p in pasts if p.endswith("n")]
        simple = [p for p in pasts if not p.endswith("n")]
        if participles and simple:
            forms[2], forms[3] = simple[0], participles[0]
        else:
            forms[2] = forms[3] = pasts[0]
    return forms


# ---------------------------------------------------------------------------
# Reading and generating
# ---------------------------------------------------------------------------

def data_rows(path):
    """Yield (line number, fields) for every non-comment line of a TSV file."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            yield n, line.split("\t")


def generate():
    licence, wn_lemmas, exc = read_wordnet()
    rows = {}
    for n, fields in data_rows(CURATED):
        lemma = fields[0]
        forms = fields[4].split("|") if len(fields) > 4 else inflect(lemma, exc)
        rows[lemma] = [lemma, fields[1], fields[2], fields[3]]
        # Regular forms are left out: the engine derives them by the same
        # spelling rules (`regular_forms` in src/lexicon/mod.rs), which keeps
        # the table, and so every WebAssembly download, smaller.
        if forms != regular_forms(lemma):
            rows[lemma].append("|".join(forms))
    not_in_wn = sorted(l for l in rows if l not in wn_lemmas)
    head = [
        "# Cue verbs: verbs that introduce attributed content in news (said, claimed, denied, ...).",
        "# GENERATED by scripts/gen_cue_verbs.py from src/lexicon/data/cue_verbs.curated.tsv and",
        "# WordNet 3.0 (verb.exc for irregular forms). DO NOT EDIT BY HAND: edit the curated file",
        "# and run `python3 scripts/gen_cue_verbs.py` (`--check` tells if this file is out of date).",
        "# Columns: lemma<TAB>class<TAB>stance<TAB>frames<TAB>base|3sg|past|pastpart|ing",
        "#   class:  " + " | ".join(sorted(CLASSES)),
        "#   stance: " + " | ".join(sorted(STANCES)),
        "#   frames: comma-separated subset of " + ", ".join(FRAMES),
        "#     that = that-clause; bare = clause without that; quote = introduces or follows a direct",
        "#     quotation; np = noun-phrase object is the content; to = to-infinitive content;",
        "#     obj = listener object before the content (told reporters that); after = may follow its",
        "#     content (\"...,\" she said); wh = whether/why/how clause; passive = it was reported",
        "#     that / is said to / was confirmed by; on = prepositional content (commented on,",
        "#     spoke about, warned of, scoffed at, apologized for); as = the object's as-phrase",
        "#     belongs to the content; for = a request's for-phrase is its content; pred = the",
        "#     object needs its predicate (called the plan a disaster, not called the race);",
        "#     asonly = the object is a content only with its as-phrase (sees the race as a",
        "#     chance, not saw a gun).",
        "# Lemmas not in WordNet 3.0 (forms from the spelling rules): " + (", ".join(not_in_wn) or "none"),
        "#",
        "# Inflections derive from WordNet 3.0, which is distributed under this licence:",
        "#",
    ]
    head += [("# " + l) if l else "#" for l in licence]
    body = ["\t".join(rows[k]) for k in sorted(rows)]
    return "\n".join(head + body) + "\n"


# ---------------------------------------------------------------------------
# Validation of every lexicon file
# ---------------------------------------------------------------------------

def one_of(*values):
    allowed = set(values)
    return lambda v: v in allowed or "expected one of " + ", ".join(sorted(allowed))


def lower_phrase(v):
    if v != v.lower():
        return "not lowercase"
    if v != v.strip() or "  " in v:
        return "stray spaces"
    if "\u2019" in v or "\u2018" in v:
        return "curly apostrophe (write ' as the segmenter normalizes it)"
    for word in v.split(" "):
        if "'" in word and word != "'s":
            return "apostrophe inside a word: the segmenter splits it; write a possessive as ` 's`"
    if v.split(" ")[0] == "~":
        return "a phrase cannot start with ~"
    return True


def frames_ok(v):
    parts = v.split(",")
    bad = [p for p in parts if p not in FRAMES]
    if bad:
        return "unknown frame(s) " + ",".join(bad)
    if len(set(parts)) != len(parts):
        return "repeated frame"
    return True


def forms_ok(v):
    parts = v.split("|")
    if len(parts) != 5 or any(not p or p != p.lower() or " " in p for p in parts):
        return "forms must be five lowercase words base|3sg|past|pastpart|ing"
    return True


def ends_with_period(v):
    return v.endswith(".") or "must end with a period"


def capitalized(v):
    return (v[:1].isupper() and v.strip() == v) or "place name must be capitalized"


def role_word(v):
    return v == "-" or lower_phrase(v)


def role_list(v):
    """The roles a title stands for, comma-separated: `representative,congressman`."""
    for role in v.split(","):
        problem = lower_phrase(role)
        if problem is not True:
            return problem
    return True


def any_text(v):
    return True


# file name -> (allowed column counts, per-column checks); column 1 is always a unique
# lowercase phrase.
SCHEMAS = {
    "cue_verbs.curated.tsv": ((4, 5), [lower_phrase, one_of(*CLASSES), one_of(*STANCES),
                                       frames_ok, forms_ok]),
    "cue_verbs.tsv": ((4, 5), [lower_phrase, one_of(*CLASSES), one_of(*STANCES), frames_ok,
                             forms_ok]),
    "cue_nouns.tsv": ((4,), [lower_phrase, lower_phrase,
                             one_of("speech", "document", "cognition", "evidence"),
                             one_of(*STANCES)]),
    "hedges.tsv": ((2,), [lower_phrase, one_of("modal", "adverb", "conditional", "unconfirmed",
                                               "approximation", "timing", "tentative")]),
    "roles.tsv": ((2, 3), [lower_phrase, one_of("m", "f", "-"), one_of("epithet")]),
    "honorifics.tsv": ((2, 3), [lower_phrase, one_of("m", "f", "-"), role_list]),
    "abbreviations.tsv": ((2,), [ends_with_period, one_of("title", "month", "initialism",
                                                          "company", "other", "number")]),
    "media.tsv": ((2,), [lower_phrase, one_of("descriptor", "outlet")]),
    "anonymous.tsv": ((2,), [lower_phrase, one_of("sg", "pl")]),
    "places.tsv": ((3,), [lower_phrase, capitalized, one_of("demonym", "country", "capital", "state")]),
    "organizations.tsv": ((3,), [lower_phrase, one_of("government", "organization"), role_word]),
    "documents.tsv": ((1, 2), [lower_phrase, lower_phrase]),
    "evaluation.tsv": ((2,), [lower_phrase, one_of("neg", "pos")]),
}


def validate_file(name, path):
    counts, checks = SCHEMAS[name]
    errors = []
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["%s: not UTF-8 (%s)" % (name, e)]
    if "\r" in text:
        errors.append("%s: contains carriage returns" % name)
    if not text.startswith("#"):
        errors.append("%s: must start with a # header comment" % name)
    if not text.endswith("\n"):
        errors.append("%s: must end with a newline" % name)
    seen = {}
    rows = 0
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if line.startswith("#"):
            continue
        where = "%s:%d" % (name, n)
        if not line.strip():
            errors.append("%s: blank line (use a # comment line instead)" % where)
            continue
        fields = line.split("\t")
        rows += 1
        if len(fields) not in counts:
            errors.append("%s: %d columns, expected %s" % (
                where, len(fields), " or ".join(map(str, counts))))
            continue
        for i, (field, check) in enumerate(zip(fields, checks), 1):
            if field == "" or field != field.strip():
                errors.append("%s: column %d empty or padded" % (where, i))
                continue
            res = check(field)
            if res is not True:
                errors.append("%s: column %d %r: %s" % (where, i, field, res))
        key = fields[0]
        if key != key.lower():
            errors.append("%s: column 1 %r not lowercase" % (where, key))
        if key in seen:
            errors.append("%s: duplicate %r (first on line %d)" % (where, key, seen[key]))
        else:
            seen[key] = n
        if name.startswith("cue_verbs") and len(fields) == 5 and fields[4].split("|")[0] != key:
            errors.append("%s: first form must equal the lemma" % where)
    if rows == 0:
        errors.append("%s: no data rows" % name)
    return errors


def validate_all():
    errors = []
    present = sorted(f for f in os.listdir(DATA) if f.endswith(".tsv"))
    for name in present:
        if name not in SCHEMAS:
            continue  # another engineer's table (grammar.tsv): not ours to check
        errors += validate_file(name, os.path.join(DATA, name))
    missing = sorted(set(SCHEMAS) - set(present))
    for name in missing:
        errors.append("%s: missing" % name)
    return errors


def main(argv):
    check = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        print(__doc__, file=sys.stderr)
        return 2
    if not check:
        if not wordnet_available():
            print("WordNet 3.0 not found in %s: apt-get install -y wordnet-base" % WORDNET,
                  file=sys.stderr)
            return 2
        text = generate()
        with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote %s (%d verbs)" % (os.path.relpath(OUTPUT, ROOT),
                                       sum(1 for l in text.splitlines() if not l.startswith("#"))))
    errors = validate_all()
    if check:
        if wordnet_available():
            current = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else ""
            if current != generate():
                errors.append("cue_verbs.tsv: out of date; run python3 scripts/gen_cue_verbs.py")
        else:
            print("warning: WordNet not installed; cannot tell if cue_verbs.tsv is up to date "
                  "(formats are still checked)", file=sys.stderr)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        return 1
    if check:
        print("lexicon data OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
