#!/usr/bin/env python3
"""Shows where the engine and a gold set disagree, claim by claim, for error analysis.

    cargo build --release
    python3 scripts/gold_diff.py tests/realnews/dev            # every article of a set
    python3 scripts/gold_diff.py tests/realnews/dev korea nasa # some articles
    python3 scripts/gold_diff.py --summary tests/fixtures      # counts of each error class only
    WHOSAID_BIN=/tmp/old/target/release/whosaid python3 scripts/gold_diff.py --summary tests/realnews/dev

It pairs contents as `tests/fixtures_score.rs` does (one-to-one, best overlap first, at
least half of the longer span) and prints, per article, the gold claims the engine
missed (MISS), the claims it found that the gold does not have (EXTRA), and paired
claims whose source or mention is wrong (SRC). Attributed claims only. Never run it on
a held-out set to fix what it shows: those sets only measure.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# WHOSAID_BIN=path compares another build (an older commit's, say).
ENGINE = Path(os.environ.get("WHOSAID_BIN", ROOT / "target" / "release" / "whosaid"))


def attributed(doc):
    names = {s["id"]: s for s in doc["sources"]}
    out = []
    for c in doc["claims"]:
        if c["kind"] == "unattributed":
            continue
        src = names.get(c["source"])
        members = [names[m]["name"] for m in (src or {}).get("members", []) if m in names]
        out.append({
            "span": (c["content"]["start"], c["content"]["end"]),
            "text": c["content"]["text"],
            "kind": c["kind"],
            "cue": c["cue"]["text"] if c["cue"] else None,
            "mention": (c["source_mention"]["start"], c["source_mention"]["end"],
                        c["source_mention"]["text"]) if c["source_mention"] else None,
            "names": ([src["name"]] if src else []) + members,
        })
    return out


def overlap(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if longer else 0.0


def pair(pred, gold):
    cands = sorted(((overlap(p["span"], g["span"]), i, j)
                    for i, p in enumerate(pred) for j, g in enumerate(gold)
                    if overlap(p["span"], g["span"]) >= 0.5), key=lambda t: (-t[0], t[1], t[2]))
    up, ug, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in up and j not in ug:
            up.add(i)
            ug.add(j)
            pairs.append((i, j))
    return pairs


def names_match(a, b):
    # (A typographic apostrophe is the same letter: `Indonesia’s embassy`.)
    a = [x.strip().lower().replace("\u2019", "'") for x in a if x.strip()]
    b = [x.strip().lower().replace("\u2019", "'") for x in b if x.strip()]
    return any(x == y or x in y or y in x for x in a for y in b)


def mention_meets(p, g):
    if p is None or g is None:
        return p is None and g is None
    return p[0] < g[1] and g[0] < p[1]


def short(t, n=110):
    t = t.replace("\n", " ")
    return t if len(t) <= n else t[: n - 3] + "..."


def main(argv):
    summary = "--summary" in argv
    argv = [a for a in argv if a != "--summary"]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    stems = argv[1:] or sorted(p.stem for p in folder.glob("*.json"))
    totals = {"gold": 0, "pred": 0, "miss": 0, "extra": 0, "src": 0, "mention": 0}
    for stem in stems:
        gold_doc = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        run = subprocess.run([str(ENGINE), "parse", "--format", "json", str(folder / f"{stem}.txt")],
                             capture_output=True, text=True, check=True)
        pred = attributed(json.loads(run.stdout))
        gold = attributed(gold_doc)
        pairs = pair(pred, gold)
        pi = {i for i, _ in pairs}
        gj = {j for _, j in pairs}
        lines = []
        for j, g in enumerate(gold):
            if j not in gj:
                totals["miss"] += 1
                m = g["mention"][2] if g["mention"] else "-"
                lines.append((g["span"][0], f"  MISS  {g['kind']:<13} [{g['cue']} | {m}] {short(g['text'])}"))
        for i, p in enumerate(pred):
            if i not in pi:
                totals["extra"] += 1
                m = p["mention"][2] if p["mention"] else "-"
                lines.append((p["span"][0], f"  EXTRA {p['kind']:<13} [{p['cue']} | {m}] {short(p['text'])}"))
        for i, j in pairs:
            p, g = pred[i], gold[j]
            wrong_name = not names_match(p["names"], g["names"])
            wrong_mention = not mention_meets(p["mention"], g["mention"])
            totals["src"] += wrong_name
            totals["mention"] += wrong_mention
            if wrong_name or wrong_mention:
                pm = p["mention"][2] if p["mention"] else "-"
                gm = g["mention"][2] if g["mention"] else "-"
                lines.append((g["span"][0],
                              f"  SRC   {p['names'][:1]} [{pm}] vs gold {g['names'][:1]} [{gm}]: {short(g['text'], 70)}"))
            elif (p["span"] != g["span"]) and not summary:
                lines.append((g["span"][0], f"  SPAN  pred {short(p['text'], 80)!r}\n        gold {short(g['text'], 80)!r}"))
        totals["gold"] += len(gold)
        totals["pred"] += len(pred)
        if not summary:
            print(f"== {stem}: gold {len(gold)}, pred {len(pred)}, matched {len(pairs)}")
            for _, line in sorted(lines):
                print(line)
    print("totals:", totals)
    matched = totals["gold"] - totals["miss"]
    for label, hit in (("content", matched), ("content + source", matched - totals["src"]),
                       ("content + mention", matched - totals["mention"])):
        p = hit / totals["pred"] if totals["pred"] else 0.0
        r = hit / totals["gold"] if totals["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:<18} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
