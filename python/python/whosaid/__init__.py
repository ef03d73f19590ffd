"""whosaid: who stands behind every statement in a news article.

The Rust engine of whosaid, for Python. Three functions::

    import whosaid
    doc = whosaid.analyze("“We will not retreat,” the mayor said.")
    doc["claims"][0]["kind"]   # 'direct_quote'

Each returns the JSON contract (version 1): ``{"version": 1, "claims": [...],
"sources": [...]}``. Every span is ``{"start", "end", "text"}`` with offsets
that are indexes into the ``str`` given (code points), so
``text[span["start"]:span["end"]] == span["text"]`` for every span.

- :func:`analyze` - one text, the contract as dicts and lists;
- :func:`analyze_json` - one text, the contract as a JSON string (what the CLI prints);
- :func:`analyze_many` - many texts on every core, the GIL released;
- :func:`claim_columns` - many texts, their claims as columns (a dict of
  lists, one entry per claim: ``pandas.DataFrame(claim_columns(texts))``).

Optional parts: :mod:`whosaid.spacy` (a spaCy pipeline component, with
``pip install whosaid[spacy]``) and :mod:`whosaid.spark` (claims tables from
Spark DataFrames, with ``pip install whosaid[spark]``).
"""

from ._whosaid import (
    CONTRACT_VERSION,
    __version__,
    analyze,
    analyze_json,
    analyze_many,
    claim_columns,
    default_threads,
)
from ._types import Analysis, Claim, ClaimKind, Content, Source, SourceKind, Span, Stance

__all__ = [
    "Analysis",
    "Claim",
    "ClaimKind",
    "Content",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "CONTRACT_VERSION",
    "__version__",
    "analyze",
    "analyze_json",
    "analyze_many",
    "claim_columns",
    "default_threads",
]
