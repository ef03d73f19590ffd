"""Types of the compiled module; import them from ``whosaid``."""

from typing import Any, Dict, Iterable, List, Optional

from ._types import Analysis

CONTRACT_VERSION: int
__version__: str

def analyze(text: str, /) -> Analysis:
    """Analyzes one article and returns the contract (version 1) as a dict.

    Offsets index ``text`` (code points). Raises ``TypeError`` if ``text`` is
    not a ``str``, ``UnicodeEncodeError`` if it holds a lone surrogate.
    """

def analyze_json(text: str, /) -> str:
    """Analyzes one article and returns the contract as compact JSON."""

def analyze_many(texts: Iterable[str], threads: Optional[int] = None) -> List[Analysis]:
    """Analyzes many articles on ``threads`` workers (default: every core)
    with the GIL released; equal to ``[analyze(t) for t in texts]``.

    Raises ``TypeError`` if ``texts`` is a ``str`` or holds a non-``str``,
    ``ValueError`` if ``threads`` is below 1.
    """

def claim_columns(texts: Iterable[str], threads: Optional[int] = None) -> Dict[str, List[Any]]:
    """Analyzes many articles (as ``analyze_many``) and returns their claims as
    columns: ``row`` (the index in ``texts`` of each claim's article), then
    ``whosaid.spark.CLAIM_COLUMNS``, one entry per claim in input order."""

def default_threads() -> int:
    """The worker threads ``analyze_many`` uses by default: the usable cores."""
