"""The scanner's intrinsics, its filters, and calls that LLVM must not inline."""

from __future__ import annotations

import numpy as np
from numba import njit

from listenbench.kernels import hash_codepoints
from listenbench.kernels._bits import (
    bswap64,
    ctz64,
    load_u64,
    lower_masks64,
    pext_low7,
    word_masks64,
)
from listenbench.kernels._index import (
    atom_weight,
    bit_filter,
    query_triggers,
    token_filter,
)
from listenbench.kernels._jit import call_noinline, nrt_free
from listenbench.kernels._tokenize import token_maybe, wild_maybe


@njit
def _intrinsics(buf, i, x):  # type: ignore[no-untyped-def]
    low = np.zeros_like(buf)
    seg, high = lower_masks64(buf, i, low)
    return (
        load_u64(buf, i),
        bswap64(x),
        ctz64(x),
        pext_low7(x),
        word_masks64(buf, i),
        seg,
        high,
        low,
    )


def test_intrinsics_against_python() -> None:
    text = b"xHello, W\xc3\xb6rld_9! ABC-z" + bytes(range(32, 127)) + b"\xe8\x8b\xb9" * 20
    buf = np.frombuffer(text + bytes(64), dtype=np.uint8)
    x = 0x0102030405064780
    word, swapped, zeros, packed, (seg, high), seg2, high2, low = _intrinsics(buf, 1, np.uint64(x))
    assert int(word) == int.from_bytes(text[1:9], "little")
    assert int(swapped) == int.from_bytes(x.to_bytes(8, "little"), "big")
    assert int(zeros) == 7
    assert int(packed) == sum((b & 0x7F) << (7 * i) for i, b in enumerate(x.to_bytes(8, "little")))
    window = text[1:65]
    expected_high = sum(1 << k for k, b in enumerate(window) if b >= 0x80)
    word_chars = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    expected_seg = expected_high | sum(1 << k for k, b in enumerate(window) if b in word_chars)
    assert (int(seg), int(high)) == (expected_seg, expected_high)
    assert (int(seg2), int(high2)) == (expected_seg, expected_high)
    lowered = bytes(b + 32 if 65 <= b <= 90 else b for b in window)
    assert low[1:65].tobytes() == lowered
    assert int(_ctz(np.uint64(0))) == 64


@njit
def _ctz(x):  # type: ignore[no-untyped-def]
    return ctz64(x)


@njit
def _pext(x):  # type: ignore[no-untyped-def]
    return pext_low7(x)


def test_pext_of_reversed_ascii_is_the_token_hash() -> None:
    for word in (b"a", b"nike", b"bahnhof_", b"zz"):
        value = int.from_bytes(word.rjust(8, b"\0"), "big")  # first character highest
        assert int(_pext(np.uint64(value))) == hash_codepoints(list(word))


def test_filters_have_no_false_negatives_and_few_false_positives() -> None:
    rng = np.random.default_rng(7)
    keys = rng.integers(1, 2**63, 5000, dtype=np.uint64)
    others = rng.integers(1, 2**63, 20000, dtype=np.uint64)
    tf = token_filter(keys)
    wf = bit_filter(keys, 256)
    assert all(token_maybe(tf.words, tf.shift, k) == 1 for k in keys[:500])
    assert all(wild_maybe(wf.words, wf.shift, k) == 1 for k in keys[:500])
    fp_token = np.mean([token_maybe(tf.words, tf.shift, k) for k in others[:4000]])
    fp_wild = np.mean([wild_maybe(wf.words, wf.shift, k) for k in others[:4000]])
    assert fp_token < 0.03 and fp_wild < 0.01
    assert tf.words.size * 64 >= 24 * 5000 and wf.words.size * 64 >= 256 * 5000


def test_empty_filters_pass_nothing() -> None:
    tf, wf = token_filter([]), bit_filter([], 256)
    assert (tf.words.size, tf.shift, wf.words.size, wf.shift) == (8, 61, 8, 55)
    assert not tf.words.any() and not wf.words.any()


@nrt_free
def _triple(x):  # type: ignore[no-untyped-def]
    return 3 * x


@njit
def _caller(x):  # type: ignore[no-untyped-def]
    return call_noinline(_triple, x) + call_noinline(_triple, x + 1)


def test_call_noinline_calls() -> None:
    assert _caller(5) == 33


def test_triggers_prefer_rare_looking_atoms() -> None:
    # Query: (brand OR "brand pay" OR @brand_x) NEAR good. Atom 0-2 the brand's forms,
    # atom 3 "good", also used by a second query.
    code = [(0, 0, 0), (0, 1, 0), (0, 2, 0), (4, 3, 0), (0, 3, 0), (6, 3, 0), (1, 3, 0)]
    query_off = [0, 6, 7]
    weights = [
        atom_weight(1, 0, False, 10, True),
        atom_weight(2, 0, False, 4, True),
        atom_weight(1, 2, False, 14, True),
        atom_weight(1, 0, False, 4, True),
    ]
    assert weights == [1, 1, 1, 8]
    off, queries, always = query_triggers(code, query_off, 4, weights)
    assert [queries[off[a] : off[a + 1]].tolist() for a in range(4)] == [[0], [0], [0], [1]]
    off, queries, _ = query_triggers(code, query_off, 4)  # by use counts only: "good" wins
    assert [queries[off[a] : off[a + 1]].tolist() for a in range(4)] == [[], [], [], [0, 1]]
    assert always.tolist() == []


def test_hard_coded_ascii_classes_match_the_unicode_tables() -> None:
    # lower_masks64 classifies ASCII without the tables: [0-9A-Za-z_] are word
    # characters, A-Z fold to a-z, everything else ends a word.
    from listenbench.kernels._scantables import scan_tables

    tables = scan_tables().kernel
    word = [c for c in range(128) if tables.ascii_word[c]]
    assert word == [c for c in range(128) if chr(c).isascii() and (chr(c).isalnum() or c == 95)]
    assert [int(tables.ascii_fold[c]) for c in range(128)] == [
        c + 32 if 65 <= c <= 90 else c for c in range(128)
    ]
