"""The gold builder (scripts/build_gold.py) that turns hand annotation into the
fixtures every accuracy figure is scored against."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gold.py"
spec = importlib.util.spec_from_file_location("build_gold", SCRIPT)
build_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_gold)


def piece(text, quoted, frame=None, second=False):
    """A claim of one source whose content is `quoted`, framed by `frame`."""
    start = text.index(quoted)
    cue = None
    mention = None
    if frame:
        mention_text, cue_text = frame
        m = text.index(mention_text)
        mention = (m, m + len(mention_text))
        c = text.index(cue_text, m)
        cue = (c, c + len(cue_text))
    return {
        "source": 0,
        "content": (start, start + len(quoted)),
        "cue": cue,
        "mention": mention,
        "labels": ["split_quote_second"] if second else [],
        "hedges": [],
    }


def test_a_split_quote_joins_across_an_abbreviated_title():
    text = "“That gap,” state Sen. Lorraine Batts said, “is one we close this weekend.”"
    first = piece(text, "“That gap,”", ("state Sen. Lorraine Batts", "said"))
    second = piece(text, "“is one we close this weekend.”", second=True)
    pieces = [first["content"], second["content"]]
    (joined,) = build_gold.merge_split_quotes(text, [first, second])
    assert joined["parts"] == pieces
    assert joined["content"] == (pieces[0][0], pieces[1][1])
    assert "split_quote" in joined["labels"]


def test_a_split_quote_never_joins_across_a_sentence_end():
    text = "“That gap,” Batts said. “We close it this weekend.”"
    first = piece(text, "“That gap,”", ("Batts", "said"))
    second = piece(text, "“We close it this weekend.”", second=True)
    with pytest.raises(build_gold.GoldError, match="a sentence ends"):
        build_gold.merge_split_quotes(text, [first, second])
