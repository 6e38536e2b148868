"""Property test: the Numba kernel agrees with the plain-Python reference evaluator.

Random query ASTs (every operator, wildcards, hashtags/mentions, case-sensitive
words, phrases, fields) over a small vocabulary of Latin words with accents,
``ß`` and upper case, CJK, Japanese and full-width forms are matched against
random posts built from the same vocabulary plus separators, punctuation,
``#``, ``@``, emoji and full-width characters. The vocabulary also holds every
kind of character the kernel's NFKC treats specially: compatibility characters
that map to one character (``Ａ``, ``＃``) or several (``ﬁ``, ``™``, Thai ``ำ``,
``…``), combining marks in canonical order (Thai tone marks) and out of it,
and characters that compose with their neighbours (``e`` + U+0301, Hangul
jamo, half-width ``ﾞ``), which only Python can normalise.

Every (post, query) cell of the kernel's result must equal ``reference_match``,
and the result must not depend on the entry point (``match``, ``match_utf8``,
``find_matches``, ``iter_matches``), the batch size, the number of posts per
chunk, the number of threads, or the room reserved for matches.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from listenbench.baselines.keyword._reference import reference_match_many
from listenbench.kernels import PostBuffer, _match, find_matches, iter_matches, match, match_utf8

TEXT_WORDS = [
    "apple", "Apple", "APPLE", "apples", "café", "cafe", "CAFÉ", "straße", "STRASSE",
    "Strasse", "ss", "ß", "bahn", "Bahnhof", "S-Bahn", "nike", "Nike", "ｎｉｋｅ", "ＮＩＫＥ",
    "苹果", "手机", "苹", "果", "喜欢", "カタ", "ｶﾀ", "ΣΊΣΥΦΟΣ", "σίσυφος", "DB_Bahn", "db",
    "4K", "a", "b", "ﬁsh", "fish", "colour", "color", "İstanbul", "istanbul", "กาแฟ",
    "cafe\u0301", "CAFE\u0301", "e\u0301", "\u1100\u1161", "가", "ｶﾞ", "ガ", "™", "TM",
    "①", "Ⅻ", "xii", "กำ", "ก\u0e48\u0e32", "ก\u0e48\u0e38", "ก\u0e38\u0e48", "x\u0327\u0301",
    "ｃａｆé", "㈱", "Ａpple",
]  # fmt: skip
SEPARATORS = [
    " ", " ", " ", " ", ", ", ".", "-", "#", "@", "##", " #", " @", "😀", "🇩🇪", "！", "，",
    "。", "\n", "_", "*", "?", "a@b", "\u3000", "…", "＃", "＠", "\u0301", "·",
]  # fmt: skip
QUERY_WORDS = [
    "apple", "APPLE", "café", "cafe", "straße", "strasse", "ss", "ß", "bahn", "bahn*",
    "Bahnhof", "s-bahn", "nike", "ＮＩＫＥ", "苹果", "苹", "果手", "手机", "カタ", "σίσυφος",
    "ΣΊΣΥΦΟΣ", "db_bahn", "db", "4k", "a", "b", "a*", "b?", "?b", "colo?r", "colo*", "fish",
    "ﬁsh", "fi*", "istanbul", "i̇stanbul", "app*", "caf?", "str?sse", "st*", "กา",
    "ガ", "가", "tm", "1", "xii", "กำ", "ก\u0e48\u0e38", "caf*", "{CAFÉ}", "(株)", "株",
]  # fmt: skip
# Words that both queries and posts use often, so that NEAR distances and
# overlaps are exercised (half of all draws come from here).
COMMON_WORDS = ["a", "b", "apple", "Nike", "苹果", "bahn", "ß"]
LANGS = ["en", "zh", "zh-Hans", "ZH-hant", "de", "fr-CA"]
CHANNELS = [None, "forum", "FORUM", "news"]


def _positional(words: st.SearchStrategy[str], max_leaves: int) -> st.SearchStrategy[Node]:
    """Terms, phrases, OR-groups and (nested) NEARs over ``words``."""
    terms = st.builds(
        Term,
        text=words,
        kind=st.sampled_from([KIND_ANY] * 4 + [KIND_HASHTAG, KIND_MENTION]),
        case_sensitive=st.booleans(),
    )
    phrases = st.builds(
        Phrase,
        text=st.lists(words, min_size=1, max_size=3).map(" ".join),
        case_sensitive=st.sampled_from([False, False, False, True]),
    )
    return st.recursive(
        terms | terms | phrases,
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(lambda ops: Or(tuple(ops))),
            st.builds(Near, inner, inner, st.integers(0, 3), st.booleans()),
            st.builds(Near, inner, inner, st.integers(0, 3), st.booleans()),
        ),
        max_leaves=max_leaves,
    )


query_words = st.sampled_from(COMMON_WORDS) | st.sampled_from(QUERY_WORDS)
fields = st.builds(
    Field, name=st.just("lang"), value=st.sampled_from(["zh", "en", "zh-hans", "ZH", "de"])
) | st.builds(Field, name=st.just("channel"), value=st.sampled_from(["forum", "news", "FORUM"]))
queries: st.SearchStrategy[Node] = st.recursive(
    _positional(query_words, 4) | _positional(query_words, 4) | fields,
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map(lambda ops: And(tuple(ops))),
        st.lists(inner, min_size=2, max_size=3).map(lambda ops: Or(tuple(ops))),
        st.builds(Not, inner),
    ),
    max_leaves=6,
)
words = st.sampled_from(COMMON_WORDS) | st.sampled_from(TEXT_WORDS)
separators = st.just(" ") | st.sampled_from(SEPARATORS)
texts = st.lists(st.tuples(words, separators).map("".join), max_size=10).map("".join)
posts = st.tuples(texts, st.sampled_from(LANGS), st.sampled_from(CHANNELS))

# A tiny vocabulary for position-heavy queries (NEAR distances, order, overlaps, nesting).
near_queries = _positional(st.sampled_from(["a", "b", "c", "A", "a*", "?b", "b?", "苹", "果"]), 5)
near_texts = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "A", "B", "ab", "Ab", "bc", "苹", "果", "#a", "@b"]),
        st.sampled_from([" ", " ", " ", "", ", "]),
    ).map("".join),
    max_size=12,
).map("".join)
near_posts = st.tuples(near_texts, st.just("en"), st.just(None))


def _check(
    nodes: list[Node],
    batch: list[tuple[str, str, str | None]],
    batch_size: int,
    chunk_posts: int = 512,
    n_threads: int = 1,
    min_out: int = 64,
) -> None:
    post_texts = [p[0] for p in batch]
    langs = [p[1] for p in batch]
    channels = [p[2] for p in batch]
    program = compile_queries(nodes)
    got = match(program, post_texts, langs, channels)
    expected = np.array(reference_match_many(nodes, post_texts, langs, channels), dtype=bool).T
    assert got.shape == expected.shape == (len(batch), len(nodes))
    wrong = [
        (nodes[q], post_texts[p], langs[p], channels[p], bool(expected[p, q]))
        for p, q in zip(*np.nonzero(got != expected), strict=True)
    ]
    assert not wrong, (
        f"kernel disagrees with the reference (node, text, lang, channel, ref): {wrong}"
    )
    saved = (_match.CHUNK_POSTS, _match.MIN_OUT)
    _match.CHUNK_POSTS, _match.MIN_OUT = chunk_posts, min_out
    try:
        np.testing.assert_array_equal(
            match(program, post_texts, langs, channels, batch_size=batch_size, n_threads=n_threads),
            got,
        )
        posts = PostBuffer.from_texts(post_texts, langs, channels)
        found = find_matches(program, posts, batch_size=batch_size, n_threads=n_threads)
        np.testing.assert_array_equal(found.dense(), got)
        assert np.all(np.diff(found.posts * len(nodes) + found.queries) > 0)  # sorted, distinct
        dense = match_utf8(
            program,
            posts.data,
            posts.offsets,
            posts.lang_ids,
            posts.channel_ids,
            lang_values=posts.lang_values,
            channel_values=posts.channel_values,
            batch_size=batch_size,
        )
        np.testing.assert_array_equal(dense, got)
        slices = [posts.slice(i, min(len(posts), i + 3)) for i in range(0, len(posts), 3)]
        streamed = [m.dense() for m in iter_matches(program, slices, n_threads=n_threads)]
        np.testing.assert_array_equal(np.concatenate(streamed), got)
    finally:
        _match.CHUNK_POSTS, _match.MIN_OUT = saved


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    nodes=st.lists(queries, min_size=1, max_size=4),
    batch=st.lists(posts, min_size=1, max_size=8),
    batch_size=st.integers(1, 4),
    chunk_posts=st.integers(1, 3),
    n_threads=st.integers(1, 3),
    min_out=st.sampled_from([0, 64]),
)
def test_kernel_agrees_with_reference(
    nodes: list[Node],
    batch: list[tuple[str, str, str | None]],
    batch_size: int,
    chunk_posts: int,
    n_threads: int,
    min_out: int,
) -> None:
    _check(nodes, batch, batch_size, chunk_posts, n_threads, min_out)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    nodes=st.lists(near_queries, min_size=1, max_size=4),
    batch=st.lists(near_posts, min_size=1, max_size=8),
    batch_size=st.integers(1, 4),
)
def test_kernel_agrees_with_reference_on_positions(
    nodes: list[Node], batch: list[tuple[str, str, str | None]], batch_size: int
) -> None:
    _check(nodes, batch, batch_size)
