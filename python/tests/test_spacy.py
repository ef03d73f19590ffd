"""The spaCy component on a blank English pipeline (no model is downloaded)."""

import spacy
from spacy.tokens import Span

import whosaid
from conftest import all_spans, read_text

import pytest


def _pairs(doc):
    """(spaCy span, contract span, where) for every span the component set."""
    contract = doc._.whosaid
    by_id = {c["id"]: c for c in contract["claims"]}
    for claim in doc._.claims:
        c = by_id[claim["id"]]
        yield claim["content"], c["content"], "content"
        for p, q in zip(claim["parts"], c["content"].get("parts", [])):
            yield p, q, "part"
        if c["cue"] is not None:
            yield claim["cue"], c["cue"], "cue"
        if c["source_mention"] is not None:
            yield claim["source_mention"], c["source_mention"], "source_mention"
        for h, g in zip(claim["hedges"], c["hedges"]):
            yield h, g, "hedge"
    src = {s["id"]: s for s in contract["sources"]}
    for source in doc._.sources:
        for m, n in zip(source["mentions"], src[source["id"]]["mentions"]):
            yield m, n, "mention"


@pytest.fixture(scope="module")
def nlp():
    # Found through the wheel's spacy_factories entry point: whosaid.spacy is
    # not imported here first.
    nlp = spacy.blank("en")
    nlp.add_pipe("whosaid")
    return nlp


def test_add_pipe_finds_the_component_by_name(nlp):
    assert nlp.pipe_names == ["whosaid"]
    doc = nlp("“We will not retreat,” the mayor said.")
    (claim,) = doc._.claims
    assert isinstance(claim["content"], Span)
    assert claim["content"].text == "“We will not retreat,”"
    assert claim["content"].label_ == "direct_quote"
    assert claim["cue"].text == "said" and claim["cue"].label_ == "cue"
    assert claim["source"]["name"] == doc._.sources[0]["name"]
    assert doc._.sources[0]["mentions"][0].text == "the mayor"


def test_spacy_spans_equal_the_contracts(nlp, articles):
    exact = widened = 0
    for path in articles:
        text = read_text(path)
        doc = nlp(text)
        assert doc._.whosaid == whosaid.analyze(text), path.name
        assert len(doc._.claims) == len(doc._.whosaid["claims"])
        assert len(doc._.sources) == len(doc._.whosaid["sources"])
        pairs = list(_pairs(doc))
        assert len(pairs) == sum(1 for _ in all_spans(doc._.whosaid)), path.name
        for span, c, where in pairs:
            assert isinstance(span, Span) and span.doc is doc, (path.name, where)
            if doc.char_span(c["start"], c["end"]) is not None:
                # On token boundaries: the very same characters.
                assert (span.start_char, span.end_char, span.text) == (
                    c["start"],
                    c["end"],
                    c["text"],
                ), (path.name, where)
                exact += 1
            else:
                # Widened to whole tokens, never narrowed, and no wider than
                # the tokens that hold its first and last character.
                assert span.start_char <= c["start"] and c["end"] <= span.end_char
                assert span[0].idx <= c["start"] < span[0].idx + len(span[0].text_with_ws)
                last = span[-1]
                assert last.idx < c["end"] <= last.idx + len(last.text_with_ws), (path.name, where)
                widened += 1
    assert exact > 3000
    # Nearly every contract span falls on spaCy's token boundaries.
    assert widened < exact / 20, (exact, widened)


def test_nlp_pipe_uses_batches_and_gives_the_same_docs(nlp, articles):
    texts = [read_text(p) for p in articles[:40]]
    piped = list(nlp.pipe(texts, batch_size=7))
    for text, doc in zip(texts, piped):
        assert doc.text == text
        assert doc._.whosaid == whosaid.analyze(text)
        assert [c["content"].text for c in doc._.claims] == [
            c["content"].text for c in nlp(text)._.claims
        ]


def test_strict_alignment_gives_none_off_token_boundaries():
    nlp = spacy.blank("en")
    nlp.add_pipe("whosaid", config={"alignment_mode": "strict"})
    doc = nlp("“We will not retreat,” the mayor said.")
    assert doc._.claims[0]["content"].text == "“We will not retreat,”"
    with pytest.raises(ValueError, match="alignment_mode"):
        spacy.blank("en").add_pipe("whosaid", config={"alignment_mode": "sideways"})


def test_offsets_on_unicode_in_spacy(nlp):
    text = "😀 东京 Cafe\u0301 “We will not retreat,” the mayor said. 👩‍👩‍👧 Officials said the bridge was safe."
    doc = nlp(text)
    assert doc._.claims
    for span, c, where in _pairs(doc):
        assert span.start_char <= c["start"] and c["end"] <= span.end_char, where
        assert c["text"] in span.text, where
