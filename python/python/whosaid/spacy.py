"""A spaCy pipeline component: ``nlp.add_pipe("whosaid")``.

Needs spaCy (``pip install whosaid[spacy]``). spaCy finds the component
through the ``spacy_factories`` entry point of the wheel, so nothing needs to
be imported first; ``import whosaid.spacy`` registers it too. Any pipeline
works, even ``spacy.blank("en")``: the engine reads ``doc.text`` itself and
uses nothing spaCy computed. After the component a ``Doc`` has:

- ``doc._.whosaid``: the contract itself (what :func:`whosaid.analyze` returns
  for ``doc.text``), with its exact offsets;
- ``doc._.claims``: one dict per claim, the contract's claim with every span
  (``content``, ``parts``, ``cue``, ``source_mention``, ``hedges``) as a spaCy
  :class:`~spacy.tokens.Span`, and ``source`` as the dict of its source in
  ``doc._.sources`` (or ``None``);
- ``doc._.sources``: one dict per source, with ``mentions`` as spaCy ``Span`` s.

Token alignment: the contract counts characters (code points), spaCy spans
count tokens. Each contract span becomes ``doc.char_span(start, end,
alignment_mode="expand")``: the shortest run of tokens that covers it. Where
the contract's span begins and ends on token boundaries (most do: quotation
marks and punctuation are tokens of their own) the spaCy span has exactly the
same characters; otherwise it is widened to whole tokens, never narrowed.
``alignment_mode`` can be set to ``"contract"`` (shrink to the tokens inside)
or ``"strict"`` (``None`` unless aligned). The label of each span says what
it is: the claim's kind for ``content`` and its ``parts``, ``"cue"``,
``"hedge"``, and the source's kind for mentions.

``nlp.pipe`` analyzes each batch with :func:`whosaid.analyze_many`, on
``threads`` worker threads (default: every core).
"""

from typing import Any, Dict, Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import analyze, analyze_many

for _name in ("whosaid", "claims", "sources"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _span(doc: Doc, span: Optional[Dict[str, Any]], label: str, mode: str) -> Optional[Span]:
    if span is None:
        return None
    start, end = span["start"], span["end"]
    found = doc.char_span(start, end, label=label, alignment_mode=mode)
    if found is None and mode == "expand" and start == end:
        # An empty span between tokens: an empty spaCy span at that place.
        i = next((t.i for t in doc if t.idx >= start), len(doc))
        found = Span(doc, i, i, label=label)
    return found


class WhosaidComponent:
    """Sets ``doc._.whosaid``, ``doc._.claims`` and ``doc._.sources``."""

    def __init__(self, nlp: Language, name: str, threads: Optional[int], alignment_mode: str):
        if alignment_mode not in ("expand", "contract", "strict"):
            raise ValueError(
                f"alignment_mode must be 'expand', 'contract' or 'strict', not {alignment_mode!r}"
            )
        self.name = name
        self.threads = threads
        self.alignment_mode = alignment_mode

    def __call__(self, doc: Doc) -> Doc:
        return self._set(doc, analyze(doc.text))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: List[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: List[Doc]) -> Iterator[Doc]:
        analyses = analyze_many([d.text for d in docs], threads=self.threads)
        for doc, analysis in zip(docs, analyses):
            yield self._set(doc, analysis)

    def _set(self, doc: Doc, analysis: Dict[str, Any]) -> Doc:
        mode = self.alignment_mode
        sources = []
        by_id = {}
        for s in analysis["sources"]:
            source = dict(s)
            source["mentions"] = [_span(doc, m, s["kind"], mode) for m in s["mentions"]]
            sources.append(source)
            by_id[s["id"]] = source
        claims = []
        for c in analysis["claims"]:
            kind = c["kind"]
            claim = dict(c)
            claim["content"] = _span(doc, c["content"], kind, mode)
            claim["parts"] = [_span(doc, p, kind, mode) for p in c["content"].get("parts", [])]
            claim["cue"] = _span(doc, c["cue"], "cue", mode)
            claim["source"] = by_id.get(c["source"]) if c["source"] is not None else None
            mention_label = claim["source"]["kind"] if claim["source"] else "source"
            claim["source_mention"] = _span(doc, c["source_mention"], mention_label, mode)
            claim["hedges"] = [_span(doc, h, "hedge", mode) for h in c["hedges"]]
            claims.append(claim)
        doc._.whosaid = analysis
        doc._.claims = claims
        doc._.sources = sources
        return doc


@Language.factory(
    "whosaid",
    default_config={"threads": None, "alignment_mode": "expand"},
)
def make_whosaid(
    nlp: Language, name: str, threads: Optional[int], alignment_mode: str
) -> WhosaidComponent:
    """The ``whosaid`` component (see the module's documentation)."""
    return WhosaidComponent(nlp, name, threads, alignment_mode)
