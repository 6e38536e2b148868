"""Character classes and casefold tables of listenbench.kernels."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest

from listenbench.kernels import (
    OTHER,
    UNSPACED,
    WORD,
    _unicode,
    casefold_codepoints,
    unicode_tables,
)

CLASS_CASES = [
    ("a", WORD),
    ("Z", WORD),
    ("é", WORD),
    ("\u0301", WORD),  # combining acute accent (Mn)
    ("_", WORD),
    ("4", WORD),
    ("٣", WORD),  # Arabic-Indic digit three (Nd)
    ("ß", WORD),
    ("Ж", WORD),
    ("苹", UNSPACED),
    ("ก", UNSPACED),  # Thai
    ("ー", UNSPACED),  # U+30FC prolonged sound mark (Lm, kana block)
    ("々", UNSPACED),  # U+3005
    ("ｶ", UNSPACED),  # U+FF76 half-width katakana
    ("\U00020000", UNSPACED),  # CJK extension B
    ("・", OTHER),  # U+30FB katakana middle dot (Po, inside the kana block)
    ("\u3000", OTHER),  # ideographic space
    ("\U0002a6e0", OTHER),  # unassigned, inside U+20000-U+3FFFF
    ("\U000e0100", WORD),  # variation selector 17 (Mn, plane 14)
    ("\U0010fffd", OTHER),  # private use
    ("#", OTHER),
    ("@", OTHER),
    ("*", OTHER),
    ("?", OTHER),
    (" ", OTHER),
    ("-", OTHER),
    ("😀", OTHER),
    ("\ud800", OTHER),  # lone surrogate
]


@pytest.mark.parametrize(("ch", "expected"), CLASS_CASES)
def test_char_class_of_examples(ch: str, expected: int) -> None:
    assert int(unicode_tables().char_class[ord(ch)]) == expected


def test_char_class_agrees_with_categories_below_plane_two() -> None:
    tables = unicode_tables()
    for cp in range(0, 0x20000, 7):  # every 7th code point: all blocks, a fraction of a second
        cat = unicodedata.category(chr(cp))
        unspaced = any(lo <= cp <= hi for lo, hi in _unicode.UNSPACED_RANGES)
        if cat[0] in "LMN":
            expected = UNSPACED if unspaced else WORD
        else:
            expected = WORD if cp == ord("_") else OTHER
        assert tables.char_class[cp] == expected, f"U+{cp:04X}"


def test_casefold_table_equals_str_casefold_for_every_code_point() -> None:
    tables = unicode_tables()
    for cp in range(_unicode.FOLD_LIMIT):
        expected = [ord(c) for c in chr(cp).casefold()]
        assert casefold_codepoints([cp], tables) == expected, f"U+{cp:04X}"


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Straße", "strasse"), ("ẞ", "ss"), ("İ", "i\u0307"), ("ΣΊΣΥΦΟΣ", "σίσυφοσ"), ("ς", "σ")],
)
def test_casefold_examples(text: str, folded: str) -> None:
    cps = casefold_codepoints(map(ord, text), unicode_tables())
    assert "".join(map(chr, cps)) == folded


def test_casefold_leaves_high_code_points_alone() -> None:
    assert casefold_codepoints([0x20000, 0x1F600], unicode_tables()) == [0x20000, 0x1F600]


def test_tables_survive_the_cache_file(tmp_path: Path) -> None:
    tables = unicode_tables()
    path = tmp_path / "tables.npz"
    _unicode._store_cached(path, tables)
    loaded = _unicode._load_cached(path)
    assert loaded is not None
    assert loaded.unidata_version == unicodedata.unidata_version
    np.testing.assert_array_equal(loaded.char_class, tables.char_class)
    np.testing.assert_array_equal(loaded.fold_map, tables.fold_map)
    np.testing.assert_array_equal(loaded.fold_multi_off, tables.fold_multi_off)
    np.testing.assert_array_equal(loaded.fold_multi_data, tables.fold_multi_data)


def test_a_corrupt_or_missing_cache_file_is_ignored(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    assert _unicode._load_cached(bad) is None
    assert _unicode._load_cached(tmp_path / "missing.npz") is None


def test_cache_path_is_keyed_by_unicode_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    path = _unicode._cache_path()
    assert path.parent == Path("/somewhere/listenbench")
    assert unicodedata.unidata_version in path.name
