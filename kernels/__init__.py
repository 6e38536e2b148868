"""Numba kernels that match compiled keyword queries against posts.

``listenbench.kernels`` knows nothing about the query syntax: the compiler in
``listenbench.baselines.keyword`` lowers parsed queries to a :class:`Program`
with :class:`ProgramBuilder`, and :func:`match` runs it. Importing this package
is cheap: the Unicode tables are built (or loaded from the user cache) and the
kernel is compiled (or loaded from Numba's cache) on first use.

Example:
    >>> from listenbench.kernels import Op, ProgramBuilder, match, pattern_tokens
    >>> b = ProgramBuilder()
    >>> phrase = b.atom([b.pattern(t) for t in pattern_tokens("deutsche bahn")])
    >>> b.emit(Op.ATOM_BOOL, phrase); b.end_query()
    >>> match(b.build(), ["Die Deutsche Bahn!", "Bahn deutsche"], ["de", "de"], [None, None])
    array([[ True],
           [False]])
"""

from __future__ import annotations

from listenbench.kernels._match import field_table, match, match_batch
from listenbench.kernels._program import (
    ANY_CHAR,
    FIELD_CHANNEL,
    FIELD_LANG,
    FIELD_NAMES,
    KIND_ANY,
    KIND_HASHTAG,
    KIND_MENTION,
    Op,
    Program,
    ProgramBuilder,
    hash_codepoints,
    pattern_token_problem,
    pattern_tokens,
)
from listenbench.kernels._textbatch import TextBatch
from listenbench.kernels._unicode import (
    OTHER,
    UNSPACED,
    WORD,
    UnicodeTables,
    build_unicode_tables,
    casefold_codepoints,
    unicode_tables,
)

__all__ = [
    "ANY_CHAR",
    "FIELD_CHANNEL",
    "FIELD_LANG",
    "FIELD_NAMES",
    "KIND_ANY",
    "KIND_HASHTAG",
    "KIND_MENTION",
    "OTHER",
    "UNSPACED",
    "WORD",
    "Op",
    "Program",
    "ProgramBuilder",
    "TextBatch",
    "UnicodeTables",
    "build_unicode_tables",
    "casefold_codepoints",
    "field_table",
    "hash_codepoints",
    "match",
    "match_batch",
    "pattern_token_problem",
    "pattern_tokens",
    "unicode_tables",
]
