"""The keyword baseline and its boolean query language (see ``QUERY-LANGUAGE.md``).

Example:
    >>> from listenbench.baselines.keyword import parse_query
    >>> parse_query('apple NOT pie')  # doctest: +ELLIPSIS
    And(...)
"""

from __future__ import annotations

from listenbench.baselines.keyword._ast import (
    KIND_ANY,
    KIND_HASHTAG,
    KIND_MENTION,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Term,
)
from listenbench.baselines.keyword._compiler import compile_queries
from listenbench.baselines.keyword._errors import QuerySyntaxError
from listenbench.baselines.keyword._model import KeywordModel
from listenbench.baselines.keyword._parser import format_query, parse_query
from listenbench.baselines.keyword._queryfile import (
    QueryEntry,
    QueryFileError,
    QuerySet,
    load_queries,
    parse_queries,
)
from listenbench.baselines.keyword._reference import reference_match

__all__ = [
    "KIND_ANY",
    "KIND_HASHTAG",
    "KIND_MENTION",
    "And",
    "Field",
    "KeywordModel",
    "Near",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "QueryEntry",
    "QueryFileError",
    "QuerySet",
    "QuerySyntaxError",
    "Term",
    "compile_queries",
    "format_query",
    "load_queries",
    "parse_queries",
    "parse_query",
    "reference_match",
]
