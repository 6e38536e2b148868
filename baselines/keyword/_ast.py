"""Abstract syntax tree of the listenbench boolean query language.

The parser (``_parser.py``) produces these nodes; the compiler
(``_compiler.py``) lowers them to the flat program that the Numba kernels in
``listenbench.kernels`` execute; the plain-Python reference evaluator
(``_reference.py``) interprets them directly. The semantics are specified in
``baselines/QUERY-LANGUAGE.md``.

Example:
    >>> Near(Term("apple"), Term("buy"), distance=3, ordered=False).distance
    3
"""

from __future__ import annotations

from dataclasses import dataclass

#: Where a ``Term`` may match: any token, only hashtag tokens, only mention tokens.
KIND_ANY, KIND_HASHTAG, KIND_MENTION = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Term:
    """A bare word as typed, e.g. ``micro*``, ``colo?r``, ``#nike``, ``@DB_Bahn``.

    ``text`` excludes the ``#``/``@`` sigil and the ``{}`` braces; it may hold
    ``*`` (only at the end) and ``?`` wildcards, and may tokenise into several
    words (``s-bahn``, ``苹果``), in which case it matches like a phrase.
    """

    text: str
    kind: int = KIND_ANY
    case_sensitive: bool = False
    pos: int = 0  # character offset in the query string, for error messages


@dataclass(frozen=True, slots=True)
class Phrase:
    """``"exact phrase"`` (or ``{Case Sensitive Phrase}``): words adjacent, in order."""

    text: str
    case_sensitive: bool = False
    pos: int = 0


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata filter such as ``lang:fr`` or ``channel:forum``."""

    name: str  # "lang" | "channel"
    value: str
    pos: int = 0


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node


@dataclass(frozen=True, slots=True)
class Near:
    """``left NEAR/n right`` (either order) or ``left NEAR/nf right`` (left first)."""

    left: Node
    right: Node
    distance: int
    ordered: bool = False


Node = Term | Phrase | Field | And | Or | Not | Near
