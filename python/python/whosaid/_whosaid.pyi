"""Types of the compiled module; import them from ``whosaid``."""

from typing import Iterable, List, Optional

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

def default_threads() -> int:
    """The worker threads ``analyze_many`` uses by default: the usable cores."""
