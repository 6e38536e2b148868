"""The fast scanner (64-byte masks, 8-byte ASCII hashing, the CJK loop) against slow paths.

``scan_range`` must give exactly what the one-code-point-at-a-time path
(``_scan_segment``) gives on the same buffer: token ends and hashes, post
status, and (with a filter that passes everything) one probe entry per token
with its post and wildcard keys. Texts mix ASCII words of every length around
8 and 64 bytes (the hashing and window boundaries), accented and CJK words,
punctuation, emoji and characters that need NFKC, at random offsets.
"""

from __future__ import annotations

import unicodedata

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listenbench.baselines.keyword._ast import Node, Phrase, Term
from listenbench.baselines.keyword._compiler import compile_queries
from listenbench.baselines.keyword._reference import reference_match_many
from listenbench.kernels import hash_codepoints, match, unicode_tables
from listenbench.kernels._scantables import scan_tables
from listenbench.kernels._tokenize import _NO_KEY, _scan_segment, scan_range

ALL_PASS = np.full(8, 2**64 - 1, dtype=np.uint64)
NO_PASS = np.zeros(8, dtype=np.uint64)


def _ascii_word(n: int, seed: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    return "".join(letters[(seed * 7 + i * 13) % len(letters)] for i in range(n))


FRAGMENTS = [
    *(_ascii_word(n, n) for n in (1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 63, 64, 65, 130)),
    "Straße", "CAFÉ", "película", "Überall", "łódź", "ΣΊΣΥΦΟΣ", "İstanbul", "nike",
    "苹果手机", "们哈哈的写同事", "カタカナ", "ｎｉｋｅ", "ﬁsh", "™", "e\u0301", "กำ", "😀", "🇩🇪",
    "，", "。", "…", "#tag", "@user", "https://t.co/Xy9", "x" * 70 + "é", "é" + "y" * 70,
]  # fmt: skip
SEPARATORS = [" ", " ", "  ", ", ", ".", "-", "\t", "！", "\u3000", "", "'"]

fragments = st.sampled_from(FRAGMENTS)
texts = st.lists(st.tuples(fragments, st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda parts: "".join(a + b for a, b in parts)
)


def _buffer(posts: list[str]) -> tuple[np.ndarray, int, np.ndarray]:
    """The posts as the kernel lays them out: each followed by a newline, then padding."""
    data = b"".join(p.encode() + b"\n" for p in posts)
    used = len(data)
    buf = np.zeros(used + 80, dtype=np.uint8)
    buf[:used] = np.frombuffer(data, dtype=np.uint8)
    buf[used] = 10
    ends = np.cumsum([len(p.encode()) + 1 for p in posts]) - 1
    return buf, used, ends.astype(np.int64)


def _scan(
    posts: list[str], k_long: int, k_short: int, fast: bool, filt: np.ndarray = ALL_PASS
) -> tuple[np.ndarray, ...]:
    t = scan_tables().kernel
    buf, used, post_hi = _buffer(posts)
    size = used + 1
    ends_h, ends_e = np.zeros(size, np.uint64), np.zeros(size, np.int64)
    probe, probe_p, probe_q = (
        np.zeros(size, np.int64),
        np.zeros(size, np.uint64),
        np.zeros(size, np.uint64),
    )
    status = np.zeros(max(1, len(posts)), np.int64)
    # Wildcard keys are tested against a one-bit filter: all ones passes every key.
    wbits = np.full(8, 2**64 - 1, dtype=np.uint64)
    tables = (t.stage1, t.info, t.ccc_last, t.fold_multi_off, t.fold_multi_data)
    if fast:
        low = np.zeros_like(buf)
        n, n_probe = scan_range(
            buf, low, 0, used, 0, *tables, ends_h, ends_e, 0, k_long, k_short, post_hi, 0,
            status, filt, 61, wbits, 55, probe, probe_p, probe_q, 0,
        )  # fmt: skip
    else:
        capture = (1 if k_long else 0) | (2 if k_short else 0)
        kl = np.uint64(k_long or _NO_KEY)
        ks = np.uint64(k_short or _NO_KEY)
        n, n_probe, _ = _scan_segment(
            buf, 0, used, 0, *tables, ends_h, ends_e, np.uint64(0), kl, ks, post_hi,
            np.uint64(0), status, capture, filt, 61, wbits, 55, probe, probe_p, probe_q,
            np.uint64(0),
        )  # fmt: skip
    n, n_probe = int(n), int(n_probe)
    return (
        ends_h[:n],
        ends_e[:n],
        status,
        probe[:n_probe],
        probe_p[:n_probe],
        probe_q[:n_probe],
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    posts=st.lists(texts, min_size=1, max_size=6),
    k_long=st.sampled_from([0, 4, 5, 8]),
    k_short=st.sampled_from([0, 1, 2, 3]),
)
def test_fast_scanner_equals_code_point_scanner(
    posts: list[str], k_long: int, k_short: int
) -> None:
    fast = _scan(posts, k_long, k_short, fast=True)
    slow = _scan(posts, k_long, k_short, fast=False)
    names = ("hashes", "ends", "status", "probes", "long keys", "short keys")
    for name, a, b in zip(names, fast, slow, strict=True):
        np.testing.assert_array_equal(a, b, err_msg=f"{name} differ for {posts!r}")


def _reference_tokens(text: str) -> list[str]:
    """Folded tokens of a text without special NFKC characters: words and single CJK."""
    classes = unicode_tables().char_class
    tokens: list[str] = []
    word = ""
    for ch in unicodedata.normalize("NFKC", text):
        cls = int(classes[ord(ch)])
        if cls == 1:  # WORD
            word += ch.casefold()
            continue
        if word:
            tokens.append(word)
            word = ""
        if cls == 2:  # UNSPACED
            tokens.append(ch.casefold())
    if word:
        tokens.append(word)
    return tokens


def test_hashes_and_ends_by_hand() -> None:
    post = "Hello, Wörld_9 " + "A" * 20 + " 苹果。x" + "Y" * 64
    hashes, ends, status, probes, long_keys, _ = _scan([post], 4, 0, fast=True)
    tokens = _reference_tokens(post)
    assert tokens == ["hello", "wörld_9", "a" * 20, "苹", "果", "x" + "y" * 64]
    assert hashes.tolist() == [hash_codepoints([ord(c) for c in t]) for t in tokens]
    encoded = post.encode()
    assert ends.tolist() == [5, 15, 36, 40, 43, len(encoded)]
    assert status.tolist() == [0]
    assert probes.tolist() == list(range(6))  # post 0, tokens 0-5: every token passes
    expected_keys = [hash_codepoints([ord(c) for c in t[:4]]) if len(t) >= 4 else 0 for t in tokens]
    assert long_keys.tolist() == expected_keys


def test_nothing_passes_an_empty_filter() -> None:
    hashes, _, _, probes, _, _ = _scan(["nike air max 苹果"], 0, 0, fast=True, filt=NO_PASS)
    assert hashes.size == 5 and probes.size == 0


def test_probe_entries_name_their_post() -> None:
    posts = ["a b", "", "c " + "d" * 70, "é"]
    _, _, _, probes, _, _ = _scan(posts, 0, 0, fast=True)
    assert [(int(p) >> 32, int(p) & 0xFFFFFFFF) for p in probes] == [
        (0, 0), (0, 1), (2, 2), (2, 3), (3, 4),
    ]  # fmt: skip


def test_posts_that_need_nfkc_are_flagged() -> None:
    _, _, status, _, _, _ = _scan(["plain", "ﬁsh", "cafe\u0301", "ok"], 0, 0, fast=True)
    assert status.tolist() == [0, 1, 2, 0]


long_words = st.sampled_from(
    [
        _ascii_word(9, 1), _ascii_word(16, 2), _ascii_word(17, 3), _ascii_word(64, 4),
        _ascii_word(65, 5), "Überall" * 3, "película", "苹果手机", "STRASSE" * 2, "straße" * 2,
    ]
)  # fmt: skip
long_texts = st.lists(
    st.tuples(
        long_words | st.sampled_from(["a", "the", "é", "。", "😀"]), st.sampled_from(SEPARATORS)
    ),
    max_size=10,
).map(lambda parts: "".join(a + b for a, b in parts))
long_queries = st.builds(Term, text=long_words) | st.builds(
    Phrase, text=st.lists(long_words, min_size=2, max_size=2).map(" ".join)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    nodes=st.lists(long_queries | st.builds(Term, text=st.just("a")), min_size=1, max_size=4),
    posts=st.lists(long_texts, min_size=1, max_size=6),
)
def test_long_and_mixed_words_match_like_the_reference(nodes: list[Node], posts: list[str]) -> None:
    program = compile_queries(nodes)
    n = len(posts)
    got = match(program, posts, ["en"] * n, [None] * n)
    expected = np.array(reference_match_many(nodes, posts, ["en"] * n, [None] * n), dtype=bool).T
    np.testing.assert_array_equal(got, expected, err_msg=f"{nodes!r} on {posts!r}")
