"""The scanner's per-code-point tables: NFKC mode, class and casefold of the NFKC form."""

from __future__ import annotations

import unicodedata

import pytest

from listenbench.kernels import OTHER, UNSPACED, WORD, unicode_tables
from listenbench.kernels._scantables import (
    EXPAND,
    INERT,
    MULTI_FOLD,
    SIMPLE,
    UNSAFE,
    composition_seconds,
    scan_tables,
)


def _decode(cp: int, *, plain: bool = False) -> tuple[int, int, int, list[int]]:
    """(class, mode, NFKC code point, casefold) of ``cp`` as the tables encode them."""
    tables = scan_tables()
    info, delta = tables.lookup(cp, plain=plain)
    value = info >> 8
    if info & MULTI_FOLD:
        lo, hi = tables.fold_multi_off[value], tables.fold_multi_off[value + 1]
        folded = [int(x) for x in tables.fold_multi_data[lo:hi]]
    else:
        folded = [cp + value]
    return info & 3, (info >> 2) & 3, cp + delta, folded


@pytest.mark.parametrize(
    ("ch", "cls", "mode", "nfkc", "folded"),
    [
        ("a", WORD, SIMPLE, "a", "a"),
        ("Ä", WORD, SIMPLE, "Ä", "ä"),
        ("ß", WORD, SIMPLE, "ß", "ss"),
        ("Ａ", WORD, SIMPLE, "A", "a"),  # full width: mapped in place
        ("＃", OTHER, SIMPLE, "#", "#"),
        ("ｶ", UNSPACED, SIMPLE, "カ", "カ"),
        ("…", OTHER, SIMPLE, " ", " "),  # "..." tokenises like one space
        ("苹", UNSPACED, SIMPLE, "苹", "苹"),
        ("\u0e48", UNSPACED, INERT, "\u0e48", "\u0e48"),  # Thai tone mark
    ],
)
def test_simple_and_inert_code_points(ch: str, cls: int, mode: int, nfkc: str, folded: str) -> None:
    got_cls, got_mode, got_nfkc, got_folded = _decode(ord(ch))
    assert (got_cls, got_mode, chr(got_nfkc)) == (cls, mode, nfkc)
    assert "".join(map(chr, got_folded)) == folded


@pytest.mark.parametrize("ch", ["ﬁ", "™", "①", "\u0e33", "㈱", "Ⅻ"])
def test_multi_character_nfkc_is_expanded(ch: str) -> None:
    tables = scan_tables()
    info, _ = tables.lookup(ord(ch))
    assert (info >> 2) & 3 == EXPAND or unicodedata.normalize("NFKC", ch) == chr(
        ord(ch) + tables.lookup(ord(ch))[1]
    )
    if (info >> 2) & 3 == EXPAND:
        m = info >> 8
        lo, hi = tables.nfkc_multi_off[m], tables.nfkc_multi_off[m + 1]
        assert "".join(map(chr, tables.nfkc_multi_data[lo:hi])) == unicodedata.normalize("NFKC", ch)


@pytest.mark.parametrize("ch", ["\u0301", "\u1161", "\u11a8", "ﾞ", "\u093c"])
def test_characters_that_combine_backwards_are_unsafe(ch: str) -> None:
    assert _decode(ord(ch))[1] == UNSAFE
    assert ord(unicodedata.normalize("NFD", ch)[0]) in composition_seconds() or ch == "ﾞ"


def test_plain_tables_leave_code_points_alone() -> None:
    for ch in "aÄﬁＡ\u0301…":
        cls, mode, nfkc, folded = _decode(ord(ch), plain=True)
        assert (mode, nfkc) == (SIMPLE, ord(ch))
        assert cls == int(unicode_tables().char_class[ord(ch)])
        assert "".join(map(chr, folded)) == ch.casefold()


def test_tables_agree_with_unicodedata_on_a_sample() -> None:
    classes = unicode_tables().char_class
    for cp in range(0, 0x30000, 13):
        ch = chr(cp)
        cls, mode, nfkc, folded = _decode(cp)
        if mode == SIMPLE and nfkc != 0x20:
            assert unicodedata.normalize("NFKC", ch) == chr(nfkc), f"U+{cp:04X}"
            assert cls == classes[nfkc], f"U+{cp:04X}"
            assert "".join(map(chr, folded)) == chr(nfkc).casefold(), f"U+{cp:04X}"
        elif mode == SIMPLE:  # punctuation runs that tokenise like a space
            assert all(classes[ord(x)] == OTHER for x in unicodedata.normalize("NFKC", ch))
        elif mode == INERT:
            assert unicodedata.combining(ch) > 0 and unicodedata.normalize("NFKC", ch) == ch


def test_ccc_last_is_the_combining_class_of_the_last_decomposed_character() -> None:
    tables = scan_tables()
    assert tables.ccc_last[ord("é")] == 230  # e + U+0301
    assert tables.ccc_last[ord("e")] == 0
    assert tables.ccc_last[0x0E48] == 107
