"""Numba kernels that match compiled keyword queries against posts.

``listenbench.kernels`` knows nothing about the query syntax: the compiler in
``listenbench.baselines.keyword`` lowers parsed queries to a :class:`Program`
with :class:`ProgramBuilder`, and the entry points run it:

* :func:`find_matches` — posts in one UTF-8 buffer (:class:`PostBuffer`), sparse
  (post, query) pairs (:class:`Matches`): the firehose entry point;
* :func:`iter_matches` — the same over a stream of buffers, memory bounded by
  the batch;
* :func:`match_utf8` — a UTF-8 buffer and offsets, dense bool result;
* :func:`match` — Python strings, dense bool result.

All take ``n_threads`` (default: Numba's setting) and give the same result for
any number of threads and any batch size. Importing this package is cheap: the
Unicode tables are built (or loaded from the user cache) and the kernel is
compiled (or loaded from Numba's cache) on first use.

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

from listenbench.kernels._index import hash_codepoints
from listenbench.kernels._match import (
    field_table,
    find_matches,
    iter_matches,
    match,
    match_batch,
    match_utf8,
)
from listenbench.kernels._posts import Matches, PostBuffer
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
    "Matches",
    "Op",
    "PostBuffer",
    "Program",
    "ProgramBuilder",
    "TextBatch",
    "UnicodeTables",
    "build_unicode_tables",
    "casefold_codepoints",
    "field_table",
    "find_matches",
    "hash_codepoints",
    "iter_matches",
    "match",
    "match_batch",
    "match_utf8",
    "pattern_token_problem",
    "pattern_tokens",
    "unicode_tables",
]
