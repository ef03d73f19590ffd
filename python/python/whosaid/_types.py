"""The JSON contract (version 1) as typed dicts, for type checkers and readers.

At run time these are plain ``dict`` objects; see ATTRIBUTION.md for what each
field means.
"""

from typing import List, Literal, Optional, TypedDict

ClaimKind = Literal[
    "direct_quote", "partial_quote", "indirect", "according_to", "reported", "unattributed"
]
Stance = Literal[
    "assert", "deny", "confirm", "allege", "suggest",
    "praise", "criticize", "believe", "intend", "question",
]
SourceKind = Literal[
    "person", "organization", "media", "government", "document", "anonymous", "group"
]


class Span(TypedDict):
    """A piece of the text: ``text[start:end] == text``."""

    start: int
    end: int
    text: str


class _ContentSpan(TypedDict):
    start: int
    end: int
    text: str


class Content(_ContentSpan, total=False):
    """What a claim attributes; ``parts`` only when split around its frame."""

    parts: List[Span]


class Claim(TypedDict):
    id: str
    kind: ClaimKind
    content: Content
    cue: Optional[Span]
    source: Optional[str]
    source_mention: Optional[Span]
    stance: Optional[Stance]
    hedges: List[Span]


class _SourceFields(TypedDict):
    id: str
    name: str
    role: Optional[str]
    affiliation: Optional[str]
    kind: SourceKind
    mentions: List[Span]


class Source(_SourceFields, total=False):
    """A source resolved across the article; ``members`` only for a group."""

    members: List[str]


class Analysis(TypedDict):
    version: int
    claims: List[Claim]
    sources: List[Source]
