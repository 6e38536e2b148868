"""The keyword baseline and its boolean query language (see ``QUERY-LANGUAGE.md``).

Example:
    >>> from listenbench.baselines.keyword import parse_query
    >>> parse_query('apple NOT pie')  # doctest: +ELLIPSIS
    And(...)
"""

from __future__ import annotations

from listenbench.baselines.keyword._alias import AliasModel, alias_query
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
from listenbench.baselines.keyword._compiler import QueryCompileError, compile_queries
from listenbench.baselines.keyword._errors import QuerySyntaxError
from listenbench.baselines.keyword._model import KeywordModel
from listenbench.baselines.keyword._parser import format_query, parse_query, strip_positions
from listenbench.baselines.keyword._queryfile import (
    QueryEntry,
    QueryFileError,
    QuerySet,
    load_queries,
    parse_queries,
)
from listenbench.baselines.keyword._reference import reference_match, reference_match_many
from listenbench.baselines.keyword._tokenize import Token, tokenize

__all__ = [
    "KIND_ANY",
    "KIND_HASHTAG",
    "KIND_MENTION",
    "AliasModel",
    "And",
    "Field",
    "KeywordModel",
    "Near",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "QueryCompileError",
    "QueryEntry",
    "QueryFileError",
    "QuerySet",
    "QuerySyntaxError",
    "Term",
    "Token",
    "alias_query",
    "compile_queries",
    "format_query",
    "load_queries",
    "parse_queries",
    "parse_query",
    "reference_match",
    "reference_match_many",
    "strip_positions",
    "tokenize",
]
