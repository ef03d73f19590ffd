#!/usr/bin/env python3
"""Builds the gold fixtures (JSON contract, version 1) from hand annotations.

Each fixture is a pair written by hand:

  tests/fixtures/NNN-slug.txt              the passage (UTF-8, one paragraph a line)
  tests/fixtures/src/NNN-slug.ann.json     its annotation, with spans given as strings

and this script writes the contract file `tests/fixtures/NNN-slug.json`, with
code-point offsets. It fails loudly when a string is not found or is ambiguous.

    python3 scripts/build_gold.py            # (re)write every contract file
    python3 scripts/build_gold.py --check    # verify they are up to date and consistent
    python3 scripts/build_gold.py --stats    # counts per kind and per construction
    python3 scripts/build_gold.py --show 001-transit-levy   # one fixture, compactly
    python3 scripts/build_gold.py --dir tests/holdout --check  # another gold set

`--dir` (default `tests/fixtures`) names the gold set: its passages, its `src/`
annotations and its contract files. The sets differ only in their size limits
(see LIMITS): the development fixtures are short passages, the held-out set
(`tests/holdout`) wire-length stories with a headline line first.

Annotation format (`.ann.json`):

  {"sources": [{"id": "okafor", "name": "Maria Okafor", "role": "mayor",
                "aff": "Dunmore", "kind": "person",
                "members": [],                       # group only: local ids
                "ment": ["Okafor", {"s": "she", "in": "she told reporters"}]}],
   "claims": [{"k": "dq", "c": "“We will not retreat,”", "cue": "said",
               "m": "the mayor", "s": "okafor", "st": "assert",
               "h": ["may"], "cx": "direct_quote_after", "win": "..."},
              {"u": "The council meets on Tuesdays", "h": []}]}

Kinds: dq direct_quote, pq partial_quote, ind indirect, acc according_to,
rep reported (and `u` for the writer's voice). `st` defaults to assert.

A span spec is a string, `[string, n]` (the n-th occurrence, from 0) or
`{"s": string, "in": context, "n": n}` (search only inside the unique
`context`). A string containing ` ... ` matches from its head to the first
occurrence of its tail after it. Matches respect word boundaries at
alphanumeric ends. Where each spec is searched:

  content `c`, `u`          the whole text
  cue `cue`, mention `m`    the sentences the content overlaps (or `win`);
                            when several match, those outside the content win
  hedges `h`                inside the content
  source mentions `ment`    a bare string takes every occurrence in the
                            text; a list/object spec takes one

Each claim's mention is added to its source's mentions automatically.

Split quotations (`"My hope," he said, "is that the vote passes."`) are
annotated as two claims, the second labelled `split_quote_second` (with no
cue or mention of its own needed: it takes the first's). The builder merges
the pair into ONE contract claim: the preceding claim of the same source
whose quotation ends where the frame between them starts, and the text
between the two holds only that frame (its cue and mention, no sentence end
and no other claim). The claim's content is the hull (from the first piece's
start to the second's end) with the two pieces as `content.parts`, and its
labels gain `split_quote`.
Construction labels: `cx` (several joined with `+`) plus labels derived
here: unattributed, unattributed_hedged, hedged, pronoun_source,
short_name_source, role_noun_source, media_source, document_source,
anonymous_source, group_source, denial, belief, intention, no_mention.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
SRC = FIX / "src"

# Size limits per gold set (by folder name): words, paragraphs, and whether the
# first line is a headline (no final period, not counted as a paragraph).
LIMITS = {
    "fixtures": {"words": (80, 350), "paragraphs": (2, 6), "headline": False},
    "holdout": {"words": (250, 600), "paragraphs": (5, 12), "headline": True},
    # Real Wikinews articles (tests/realnews/dev, tests/realnews/held-out): whole
    # articles as published; only their attributions are annotated, so no sentence
    # needs a claim.
    "realnews": {"words": (100, 2000), "paragraphs": (2, 40), "headline": True,
                 "attributions_only": True},
    # US political stories written for the project (tests/politics): whole stories
    # with a headline, ~600-900 words and 14-24 paragraphs each; only their
    # attributions are annotated, as in the real-news sets.
    "politics": {"words": (400, 1200), "paragraphs": (8, 40), "headline": True,
                 "attributions_only": True},
}
# The held-out political stories (tests/politics-held-out) are written and
# annotated as the development ones are, and never tuned on.
LIMITS["politics-held-out"] = LIMITS["politics"]
# Lines that are no statement at all and need no claim: a byline, a credit line.
METADATA = re.compile(
    r"By [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?:,? and [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)?"
    r"|\((?:Reporting|Additional reporting|Writing|Editing|Photo)\b[^()]*\)"
)


def set_dir(path):
    """Points the builder at another gold set."""
    global FIX, SRC
    d = Path(path)
    FIX = d if d.is_absolute() else ROOT / d
    SRC = FIX / "src"


def set_name():
    return str(FIX.relative_to(ROOT)) if FIX.is_relative_to(ROOT) else str(FIX)


def rebuild_hint():
    default = FIX == ROOT / "tests" / "fixtures"
    return "scripts/build_gold.py" + ("" if default else f" --dir {set_name()}")


def limits():
    if FIX.parent.name == "realnews":
        return LIMITS["realnews"]
    return LIMITS.get(FIX.name, LIMITS["fixtures"])


def is_metadata(line):
    return METADATA.fullmatch(line.strip()) is not None

KINDS = {
    "dq": "direct_quote",
    "pq": "partial_quote",
    "ind": "indirect",
    "acc": "according_to",
    "rep": "reported",
}
ALL_KINDS = set(KINDS.values()) | {"unattributed"}
STANCES = {
    "assert", "deny", "confirm", "allege", "suggest",
    "praise", "criticize", "believe", "intend", "question",
}
SOURCE_KINDS = {"person", "organization", "media", "government", "document", "anonymous", "group"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its", "their"}
QUOTES_OPEN = "“\"‘'"
QUOTES_CLOSE = "”\"’'"

ABBREV = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof",
    "st", "jr", "sr", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "u.s", "u.n", "u.k", "e.u",
    "a.m", "p.m", "mt", "ft", "adm", "supt", "det", "insp", "cmdr",
}
NUMBER_ABBREV = {"no", "nos"}


class GoldError(Exception):
    pass


# ---------------------------------------------------------------- text helpers

def paragraphs(text):
    """(start, end) of every non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def sentences(text):
    """(start, end) of sentences, abbreviation-aware; never crosses a paragraph."""
    out = []
    for ps, pe in paragraphs(text):
        start = ps
        i = ps
        while i < pe:
            ch = text[i]
            if ch in ".!?":
                j = i + 1
                while j < pe and text[j] in QUOTES_CLOSE + ")":
                    j += 1
                if j < pe and text[j] == " ":
                    k = j
                    while k < pe and text[k] == " ":
                        k += 1
                    nxt = text[k] if k < pe else ""
                    if nxt and (nxt.isupper() or nxt.isdigit() or nxt in QUOTES_OPEN + "("):
                        if ch != "." or not is_abbrev(text, start, i, nxt):
                            out.append((start, j))
                            start = k
                            i = k
                            continue
            i += 1
        if start < pe:
            out.append((start, pe))
    return out


def is_abbrev(text, sent_start, dot, nxt):
    """Whether the period at `dot` ends an abbreviation or an initial."""
    k = dot
    while k > sent_start and not text[k - 1].isspace() and text[k - 1] not in "(“\"":
        k -= 1
    word = text[k:dot]
    if re.fullmatch(r"[A-Z]", word):
        return True  # an initial: J. R. Ellis
    if word.lower() in NUMBER_ABBREV:
        return nxt.isdigit()  # No. 2, but "voted no. The ..."
    return word.lower() in ABBREV


def is_word(ch):
    return ch.isalnum()


def occurrences(text, s, lo, hi):
    out = []
    i = text.find(s, lo, hi)
    while i != -1:
        e = i + len(s)
        ok = True
        if is_word(s[0]) and i > 0 and is_word(text[i - 1]):
            ok = False
        if is_word(s[-1]) and e < len(text) and is_word(text[e]):
            ok = False
        if ok:
            out.append((i, e))
        i = text.find(s, i + 1, hi)
    return out


def matches(text, s, lo, hi):
    if " ... " in s:
        head, tail = s.split(" ... ", 1)
        out = []
        for hs, he in occurrences(text, head, lo, hi):
            tails = occurrences(text, tail, he, hi)
            if tails:
                out.append((hs, tails[0][1]))
        return out
    return occurrences(text, s, lo, hi)


def parse_spec(spec):
    if isinstance(spec, str):
        return spec, None, None
    if isinstance(spec, list):
        return spec[0], None, spec[1]
    if isinstance(spec, dict):
        return spec["s"], spec.get("in"), spec.get("n")
    raise GoldError(f"bad span spec {spec!r}")


def find(text, spec, lo, hi, what, avoid=None):
    s, ctx, n = parse_spec(spec)
    if ctx is not None:
        lo, hi = find(text, ctx, lo, hi, f"context of {what}")
    found = matches(text, s, lo, hi)
    if not found:
        raise GoldError(f"{what}: {s!r} not found in {text[lo:hi][:120]!r}")
    if n is not None:
        if n >= len(found):
            raise GoldError(f"{what}: {s!r} has only {len(found)} occurrences, index {n}")
        return found[n]
    if len(found) > 1 and avoid is not None:
        outside = [f for f in found if f[1] <= avoid[0] or f[0] >= avoid[1]]
        if len(outside) == 1:
            return outside[0]
        if len(outside) > 1:
            found = outside
    if len(found) > 1:
        raise GoldError(f"{what}: {s!r} is ambiguous ({len(found)} occurrences); give an index or context")
    return found[0]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


# ---------------------------------------------------------------- building

def window(text, sents, cs, ce):
    over = [(s, e) for s, e in sents if s < ce and e > cs]
    if not over:
        raise GoldError(f"content {text[cs:ce]!r} overlaps no sentence")
    return over[0][0], over[-1][1]


def build(stem):
    text = (FIX / f"{stem}.txt").read_text(encoding="utf-8")
    if "\r" in text:
        raise GoldError("text has carriage returns")
    ann = json.loads((SRC / f"{stem}.ann.json").read_text(encoding="utf-8"))
    sents = sentences(text)
    n = len(text)

    srcs = {}
    for sd in ann.get("sources", []):
        lid = sd["id"]
        if lid in srcs:
            raise GoldError(f"source id {lid} defined twice")
        if sd["kind"] not in SOURCE_KINDS:
            raise GoldError(f"source {lid}: bad kind {sd['kind']}")
        ments = []
        for m in sd.get("ment", []):
            if isinstance(m, str):
                if m.lower() in PRONOUNS:
                    raise GoldError(f"source {lid}: pronoun mention {m!r} needs a context")
                occ = occurrences(text, m, 0, n)
                if not occ:
                    raise GoldError(f"source {lid}: mention {m!r} not found")
                ments.extend(occ)
            else:
                ments.append(find(text, m, 0, n, f"source {lid} mention"))
        srcs[lid] = {"def": sd, "ments": ments, "claims": []}
    for lid, sv in srcs.items():
        for mem in sv["def"].get("members", []):
            if mem not in srcs:
                raise GoldError(f"group {lid}: unknown member {mem}")
        if sv["def"].get("members") and sv["def"]["kind"] != "group":
            raise GoldError(f"source {lid} has members but is not a group")

    claims = []
    for i, cd in enumerate(ann["claims"]):
        where = f"claim #{i + 1}"
        try:
            if "u" in cd:
                cs, ce = find(text, cd["u"], 0, n, "unattributed content")
                hedges = [find(text, h, cs, ce, "hedge") for h in cd.get("h", [])]
                labels = [x for x in cd.get("cx", "").split("+") if x]
                labels.append("unattributed_hedged" if hedges else "unattributed")
                claims.append({
                    "kind": "unattributed", "content": (cs, ce), "cue": None,
                    "source": None, "mention": None, "stance": None,
                    "hedges": hedges, "labels": labels,
                })
                continue
            kind = KINDS[cd["k"]]
            cs, ce = find(text, cd["c"], 0, n, "content")
            where = f"claim {text[cs:ce][:50]!r}"
            if "win" in cd:
                lo, hi = find(text, cd["win"], 0, n, "window")
            else:
                lo, hi = window(text, sents, cs, ce)
            cue = find(text, cd["cue"], lo, hi, "cue", (cs, ce)) if cd.get("cue") else None
            mention = find(text, cd["m"], lo, hi, "mention", (cs, ce)) if cd.get("m") else None
            hedges = [find(text, h, cs, ce, "hedge") for h in cd.get("h", [])]
            stance = cd.get("st", "assert")
            if stance is not None and stance not in STANCES:
                raise GoldError(f"bad stance {stance}")
            sid = cd["s"]
            if sid not in srcs:
                raise GoldError(f"unknown source {sid}")
            sdef = srcs[sid]["def"]
            if mention:
                srcs[sid]["ments"].append(mention)
            srcs[sid]["claims"].append(cs)
            labels = [x for x in cd.get("cx", "").split("+") if x]
            if not labels:
                raise GoldError("attributed claim without a construction label (cx)")
            if hedges:
                labels.append("hedged")
            if mention is None:
                labels.append("no_mention")
            else:
                mt = text[mention[0]:mention[1]]
                if mt.lower() in PRONOUNS:
                    labels.append("pronoun_source")
                elif sdef["kind"] == "person" and " " not in mt and mt != sdef["name"]:
                    labels.append("short_name_source")
                elif sdef["kind"] == "person" and mt.lower().startswith("the ") and sdef["name"] not in mt:
                    labels.append("role_noun_source")
            if sdef["kind"] in ("media", "document", "anonymous", "group"):
                labels.append(sdef["kind"] + "_source")
            if stance == "deny":
                labels.append("denial")
            elif stance == "believe":
                labels.append("belief")
            elif stance == "intend":
                labels.append("intention")
            claims.append({
                "kind": kind, "content": (cs, ce), "cue": cue, "source": sid,
                "mention": mention, "stance": stance, "hedges": hedges, "labels": labels,
            })
        except (GoldError, KeyError) as e:
            raise GoldError(f"{where}: {e}") from None

    claims = merge_coordinated(text, merge_split_quotes(text, claims))

    # sources: order of first appearance, ids s1, s2, ...
    def first(lid):
        """Where a source first appears; a group sorts before its members."""
        sv = srcs[lid]
        pts = [(m[0], -(m[1] - m[0])) for m in sv["ments"]] + [(c, 0) for c in sv["claims"]]
        return min(pts) if pts else (n, 0)

    used = set(c["source"] for c in claims if c["source"])
    for lid, sv in srcs.items():
        for mem in sv["def"].get("members", []):
            if lid in used:
                used.add(mem)
    unused = [lid for lid in srcs if lid not in used]
    if unused:
        raise GoldError(f"sources never used: {unused}")
    order = sorted(srcs, key=lambda lid: (*first(lid), lid))
    ids = {lid: f"s{i + 1}" for i, lid in enumerate(order)}

    out_sources = []
    for lid in order:
        sv, sd = srcs[lid], srcs[lid]["def"]
        ms = sorted(set(sv["ments"]))
        ms = [m for m in ms if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in ms)]
        src = {
            "id": ids[lid], "name": sd["name"], "role": sd.get("role"),
            "affiliation": sd.get("aff"), "kind": sd["kind"],
        }
        if sd.get("members"):
            src["members"] = [ids[m] for m in sd["members"]]
        src["mentions"] = [span(text, m) for m in ms]
        out_sources.append(src)

    claims.sort(key=lambda c: (c["content"][0], c["content"][1]))
    out_claims = []
    for i, c in enumerate(claims):
        labels = []
        for lab in c["labels"]:
            if lab not in labels:
                labels.append(lab)
        content = span(text, c["content"])
        if c.get("parts"):
            content["parts"] = [span(text, p) for p in c["parts"]]
        out_claims.append({
            "id": f"c{i + 1}", "kind": c["kind"], "content": content,
            "cue": span(text, c["cue"]) if c["cue"] else None,
            "source": ids[c["source"]] if c["source"] else None,
            "source_mention": span(text, c["mention"]) if c["mention"] else None,
            "stance": c["stance"], "hedges": [span(text, h) for h in c["hedges"]],
            "construction": "+".join(labels),
        })
    return {"version": 1, "claims": out_claims, "sources": out_sources}


def merge_split_quotes(text, claims):
    """Merges each `split_quote_second` claim into the claim whose quotation
    it continues around a frame: one claim, content = hull, parts = pieces."""
    out = []
    for c in claims:
        if "split_quote_second" not in c["labels"]:
            out.append(c)
            continue
        cs = c["content"][0]
        what = f"split quote {text[cs:c['content'][1]][:50]!r}"
        before = [
            p for p in out
            if p["source"] == c["source"] and p["content"][1] <= cs and not p.get("parts")
        ]
        if not before:
            raise GoldError(f"{what}: no earlier claim of the same source to join")
        first = max(before, key=lambda p: p["content"][1])
        gap = (first["content"][1], cs)
        between = text[gap[0]:gap[1]]
        frame = [s for s in (first["cue"], first["mention"]) if s]
        if not frame or not all(gap[0] <= s[0] and s[1] <= gap[1] for s in frame):
            raise GoldError(f"{what}: the cue and mention of the first piece are not between the pieces")
        # (Through the abbreviation-aware splitter: `state Sen. Lorraine
        # Batts … said` between the pieces ends no sentence.)
        if not any(s <= gap[0] - 1 and cs < e for s, e in sentences(text)):
            raise GoldError(f"{what}: a sentence ends between the pieces: {between!r}")
        if any(o is not first and o["content"][0] < gap[1] and o["content"][1] > gap[0] for o in out):
            raise GoldError(f"{what}: another claim lies between the pieces")
        for key in ("cue", "mention"):
            if c[key] and c[key] != first[key]:
                raise GoldError(f"{what}: its {key} differs from the first piece's")
        labels = [x for x in first["labels"] if x != "split_quote_second"]
        labels += ["split_quote"] + [x for x in c["labels"] if x not in labels and x != "split_quote_second"]
        first.update({
            "content": (first["content"][0], c["content"][1]),
            "parts": [first["content"], c["content"]],
            "hedges": first["hedges"] + c["hedges"],
            "labels": labels,
        })
    return out


COORDINATED = re.compile(r"[,\s”’\"']*(?:and|but|or)\s+that\s+")


def merge_coordinated(text, claims):
    """`said that A and that B`: one content of both clauses (the engine's answer,
    and what a reader takes as one statement). Two claims annotated for the
    clauses, with the same source and cue, become one claim over their hull."""
    out = []
    for c in claims:
        prev = out[-1] if out else None
        if (prev and c["cue"] and prev["cue"] == c["cue"] and prev["source"] == c["source"]
                and not prev.get("parts") and prev["content"][1] <= c["content"][0]
                and COORDINATED.fullmatch(text[prev["content"][1]:c["content"][0]])):
            labels = prev["labels"] + [x for x in c["labels"] if x not in prev["labels"]]
            prev.update({
                "content": (prev["content"][0], c["content"][1]),
                "hedges": prev["hedges"] + c["hedges"],
                "labels": labels,
            })
            continue
        out.append(c)
    return out


# ---------------------------------------------------------------- checking

def check_doc(stem, doc, text):
    """Self-consistency of one contract document; returns a list of problems."""
    errs = []
    n = len(text)

    def chk(sp, what):
        if sp is None:
            return
        if not (0 <= sp["start"] < sp["end"] <= n):
            errs.append(f"{what}: bad offsets {sp['start']}..{sp['end']}")
        elif text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append(f"{what}: text {sp['text']!r} != slice {text[sp['start']:sp['end']]!r}")

    if doc.get("version") != 1:
        errs.append("version is not 1")
    sids = {s["id"] for s in doc["sources"]}
    if len(sids) != len(doc["sources"]):
        errs.append("duplicate source ids")
    for s in doc["sources"]:
        if s["kind"] not in SOURCE_KINDS:
            errs.append(f"{s['id']}: bad kind")
        for m in s.get("members", []):
            if m not in sids:
                errs.append(f"{s['id']}: member {m} does not exist")
        for m in s["mentions"]:
            chk(m, f"{s['id']} mention")
    for c in doc["claims"]:
        cid = c["id"]
        chk(c["content"], f"{cid} content")
        parts = c["content"].get("parts")
        if parts is not None:
            for k, p in enumerate(parts):
                chk(p, f"{cid} part {k}")
            hull = (c["content"]["start"], c["content"]["end"])
            if len(parts) < 2:
                errs.append(f"{cid}: fewer than two parts")
            elif (parts[0]["start"], parts[-1]["end"]) != hull:
                errs.append(f"{cid}: content is not the hull of its parts")
            if any(a["end"] > b["start"] for a, b in zip(parts, parts[1:])):
                errs.append(f"{cid}: parts overlap or are out of order")
        chk(c["cue"], f"{cid} cue")
        chk(c["source_mention"], f"{cid} mention")
        for h in c["hedges"]:
            chk(h, f"{cid} hedge")
            pieces = c["content"].get("parts") or [c["content"]]
            if not any(p["start"] <= h["start"] and h["end"] <= p["end"] for p in pieces):
                errs.append(f"{cid}: hedge {h['text']!r} outside the content")
        if c["kind"] not in ALL_KINDS:
            errs.append(f"{cid}: bad kind {c['kind']}")
        if c["kind"] == "unattributed":
            if c["cue"] or c["source"] or c["source_mention"] or c["stance"]:
                errs.append(f"{cid}: unattributed claim with cue/source/mention/stance")
        else:
            if c["source"] not in sids:
                errs.append(f"{cid}: source {c['source']} does not exist")
            if c["stance"] is not None and c["stance"] not in STANCES:
                errs.append(f"{cid}: bad stance")
            ct = c["content"]["text"]
            if c["kind"] == "direct_quote" and not (ct[0] in QUOTES_OPEN and ct[-1] in QUOTES_CLOSE):
                errs.append(f"{cid}: direct quote not delimited by quote marks: {ct[:40]!r}")
            if c["kind"] == "partial_quote" and not any(q in ct for q in "“\""):
                errs.append(f"{cid}: partial quote without a quotation mark")
    lim = limits()
    spans = [(c["content"]["start"], c["content"]["end"]) for c in doc["claims"]]
    for s, e in [] if lim.get("attributions_only") else sentences(text):
        if is_metadata(text[s:e]):
            continue
        if not any(cs < e and ce > s for cs, ce in spans):
            errs.append(f"sentence not covered by any claim: {text[s:e]!r}")
    words = len(text.split())
    lines = [text[s:e] for s, e in paragraphs(text)]
    if lim["headline"]:
        if not lines or lines[0].rstrip().endswith("."):
            errs.append("the first line should be a headline, without a final period")
        lines = lines[1:]
    paras = len([ln for ln in lines if not is_metadata(ln)])
    (wlo, whi), (plo, phi) = lim["words"], lim["paragraphs"]
    if not wlo <= words <= whi:
        errs.append(f"{words} words (want {wlo}-{whi})")
    if not plo <= paras <= phi:
        errs.append(f"{paras} paragraphs (want {plo}-{phi})")
    return [f"{stem}: {e}" for e in errs]


def stems():
    return sorted(p.name[: -len(".ann.json")] for p in SRC.glob("*.ann.json"))


def main(argv):
    if "--dir" in argv:
        i = argv.index("--dir")
        if i + 1 >= len(argv):
            print("--dir needs a folder", file=sys.stderr)
            return 2
        set_dir(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    check = "--check" in argv
    if "--show" in argv:
        for stem in argv[argv.index("--show") + 1:]:
            show(stem)
        return 0
    stats = "--stats" in argv
    problems = []
    docs = {}
    for stem in stems():
        try:
            docs[stem] = build(stem)
        except (GoldError, FileNotFoundError, json.JSONDecodeError) as e:
            problems.append(f"{stem}: {e}")
    for stem, doc in docs.items():
        text = (FIX / f"{stem}.txt").read_text(encoding="utf-8")
        problems += check_doc(stem, doc, text)
        path = FIX / f"{stem}.json"
        if check:
            if not path.exists():
                problems.append(f"{stem}: {path.name} missing (run {rebuild_hint()})")
            elif json.loads(path.read_text(encoding="utf-8")) != doc:
                problems.append(f"{stem}: {path.name} is out of date (run {rebuild_hint()})")
    if check:
        for p in sorted(FIX.glob("*.json")):
            if p.stem not in docs and not (SRC / f"{p.stem}.ann.json").exists():
                problems.append(f"{p.name}: contract file without an annotation source")
        for p in sorted(FIX.glob("*.txt")):
            if not (SRC / f"{p.stem}.ann.json").exists():
                problems.append(f"{p.name}: text without an annotation")
    elif not problems:
        for stem, doc in docs.items():
            out = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
            path = FIX / f"{stem}.json"
            if not path.exists() or path.read_text(encoding="utf-8") != out:
                path.write_text(out, encoding="utf-8")
    if stats:
        print_stats(docs)
    for p in problems:
        print("ERROR", p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{'checked' if check else 'built'} {len(docs)} fixture(s) in {set_name()}")
    return 0


def show(stem):
    """Prints one fixture's claims compactly, for review."""
    doc = build(stem)
    names = {s["id"]: f"{s['name']} ({s['kind']})" for s in doc["sources"]}
    print(f"== {stem}")
    for c in doc["claims"]:
        t = lambda sp: sp["text"] if sp else "-"
        hed = ",".join(h["text"] for h in c["hedges"])
        who = names.get(c["source"], "-")
        print(f"{c['id']:>4} {c['kind'][:8]:<8} [{t(c['cue'])} | {t(c['source_mention'])} -> {who}]"
              f" {c['stance'] or ''} {{{hed}}} {c['construction']}\n       {c['content']['text']}")
    for s in doc["sources"]:
        print(f"  {s['id']} {s['name']} / {s['role']} / {s['affiliation']} / {s['kind']} "
              f"{s.get('members', '')} :: {[m['text'] for m in s['mentions']]}")


def print_stats(docs):
    from collections import Counter
    kinds, labels, words = Counter(), Counter(), 0
    for stem, doc in docs.items():
        words += len((FIX / f"{stem}.txt").read_text(encoding="utf-8").split())
        for c in doc["claims"]:
            kinds[c["kind"]] += 1
            for lab in c["construction"].split("+"):
                labels[lab] += 1
    print(f"{len(docs)} passages, {words} words, {sum(kinds.values())} claims")
    for k, v in kinds.most_common():
        print(f"  kind {k:<16} {v}")
    for k, v in labels.most_common():
        print(f"  construction {k:<26} {v}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
