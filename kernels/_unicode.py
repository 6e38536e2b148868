"""Character classes and casefold tables of the query language, as numpy arrays.

The classes follow ``baselines/QUERY-LANGUAGE.md`` ("Text: normalisation and
tokens"): *unspaced* letters, marks and numbers of the scripts written without
spaces (each one is a token), *word* characters (letters, marks, numbers and
``_``; runs of them are tokens) and *other* characters (everything else).

The tables are built once from :mod:`unicodedata` on first use and cached in a
file under the user cache directory, keyed by ``unicodedata.unidata_version``
(building them scans all 1.1 million code points, about half a second; loading
the cache takes milliseconds). Importing this module builds nothing.

Example:
    >>> tables = unicode_tables()
    >>> int(tables.char_class[ord("苹")]) == UNSPACED, int(tables.char_class[ord("_")]) == WORD
    (True, True)
    >>> casefold_codepoints([ord("ß")], tables)
    [115, 115]
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

#: Character classes (values of ``UnicodeTables.char_class``).
OTHER, WORD, UNSPACED = 0, 1, 2

#: One past the largest code point.
N_CODEPOINTS = 0x110000

#: ``fold_map`` covers code points below this; no character at or above it
#: changes under ``str.casefold()`` (checked when the tables are built).
FOLD_LIMIT = 0x20000

#: Blocks whose letters, marks and numbers are *unspaced* (inclusive ranges).
UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),
    (0x3021, 0x3029),
    (0x3031, 0x3035),
    (0x3038, 0x303C),
    (0x3040, 0x30FF),  # kana, incl. the prolonged sound mark
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x3FFFF),
)

_TABLE_FORMAT = 1


@dataclass(frozen=True, eq=False)
class UnicodeTables:
    """Lookup tables for tokenising and casefolding code points.

    ``char_class[c]`` is ``OTHER``, ``WORD`` or ``UNSPACED`` for every code
    point ``c``. ``fold_map[c]`` (for ``c < FOLD_LIMIT``) is the code point
    that ``chr(c).casefold()`` is, or ``-(m + 1)`` when it is several code
    points: then they are ``fold_multi_data[fold_multi_off[m]:fold_multi_off[m + 1]]``.
    """

    unidata_version: str
    char_class: NDArray[np.uint8]
    fold_map: NDArray[np.int32]
    fold_multi_off: NDArray[np.int32]
    fold_multi_data: NDArray[np.int32]


def _category_letters() -> NDArray[np.uint8]:
    """The first letter of each code point's general category, as ASCII bytes."""
    categories = "".join(map(unicodedata.category, map(chr, range(N_CODEPOINTS))))
    return np.frombuffer(categories.encode("ascii"), dtype=np.uint8)[0::2].copy()


def build_unicode_tables() -> UnicodeTables:
    """Build the tables from :mod:`unicodedata` (slow: prefer :func:`unicode_tables`).

    Example:
        >>> int(build_unicode_tables().fold_map[ord("A")]) == ord("a")
        True
    """
    first = _category_letters()
    alnum = (first == ord("L")) | (first == ord("M")) | (first == ord("N"))
    in_unspaced = np.zeros(N_CODEPOINTS, dtype=bool)
    for lo, hi in UNSPACED_RANGES:
        in_unspaced[lo : hi + 1] = True
    char_class = np.full(N_CODEPOINTS, OTHER, dtype=np.uint8)
    char_class[alnum] = WORD
    char_class[alnum & in_unspaced] = UNSPACED
    char_class[ord("_")] = WORD

    fold_map = np.arange(FOLD_LIMIT, dtype=np.int32)
    multi_off = [0]
    multi_data: list[int] = []
    for cp, folded in enumerate(map(str.casefold, map(chr, range(FOLD_LIMIT)))):
        if len(folded) == 1:
            fold_map[cp] = ord(folded)
        else:
            fold_map[cp] = -len(multi_off)
            multi_data.extend(map(ord, folded))
            multi_off.append(len(multi_data))
    assigned_high = np.flatnonzero(first[FOLD_LIMIT:] != ord("C")) + FOLD_LIMIT
    for cp in assigned_high.tolist():
        if chr(cp).casefold() != chr(cp):
            raise RuntimeError(f"U+{cp:04X} changes under casefold: raise FOLD_LIMIT")
    return UnicodeTables(
        unidata_version=unicodedata.unidata_version,
        char_class=char_class,
        fold_map=fold_map,
        fold_multi_off=np.asarray(multi_off, dtype=np.int32),
        fold_multi_data=np.asarray(multi_data, dtype=np.int32),
    )


def cache_dir() -> Path:
    """The user cache directory for listenbench's derived tables."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "listenbench"


def _cache_path() -> Path:
    tag = f"{unicodedata.unidata_version}-v{_TABLE_FORMAT}-py{sys.version_info[0]}"
    return cache_dir() / f"unicode-tables-{tag}.npz"


def load_arrays(path: Path, names: Iterable[str]) -> dict[str, NDArray[Any]] | None:
    """The named arrays of an ``.npz`` file, or ``None`` if it is missing or unreadable."""
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: np.array(data[name], order="C") for name in names}
    except (OSError, KeyError, ValueError, EOFError):
        return None


def store_arrays(path: Path, arrays: dict[str, NDArray[Any]]) -> None:
    """Write ``arrays`` to ``path`` atomically; best effort (errors are ignored)."""
    # A read-only home directory only costs the rebuild next time.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, **arrays)  # type: ignore[arg-type]
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


_NAMES = ("unidata_version", "char_class", "fold_map", "fold_multi_off", "fold_multi_data")


def _load_cached(path: Path) -> UnicodeTables | None:
    data = load_arrays(path, _NAMES)
    if data is None:
        return None
    tables = UnicodeTables(
        unidata_version=str(data["unidata_version"]),
        char_class=data["char_class"].astype(np.uint8, copy=False),
        fold_map=data["fold_map"].astype(np.int32, copy=False),
        fold_multi_off=data["fold_multi_off"].astype(np.int32, copy=False),
        fold_multi_data=data["fold_multi_data"].astype(np.int32, copy=False),
    )
    ok = (
        tables.unidata_version == unicodedata.unidata_version
        and tables.char_class.shape == (N_CODEPOINTS,)
        and tables.fold_map.shape == (FOLD_LIMIT,)
    )
    return tables if ok else None


def _store_cached(path: Path, tables: UnicodeTables) -> None:
    store_arrays(
        path,
        {
            "unidata_version": np.array(tables.unidata_version),
            "char_class": tables.char_class,
            "fold_map": tables.fold_map,
            "fold_multi_off": tables.fold_multi_off,
            "fold_multi_data": tables.fold_multi_data,
        },
    )


@functools.cache
def unicode_tables() -> UnicodeTables:
    """The tables for this Python's Unicode version, built or loaded once per process.

    Example:
        >>> unicode_tables().unidata_version == unicodedata.unidata_version
        True
    """
    path = _cache_path()
    tables = _load_cached(path)
    if tables is None:
        tables = build_unicode_tables()
        _store_cached(path, tables)
    return tables


def casefold_codepoints(codepoints: Iterable[int], tables: UnicodeTables) -> list[int]:
    """Casefold code points one by one with the tables (what the kernel does).

    Example:
        >>> casefold_codepoints(map(ord, "Σİ"), unicode_tables())
        [963, 105, 775]
    """
    out: list[int] = []
    for cp in codepoints:
        if cp >= FOLD_LIMIT:
            out.append(cp)
            continue
        folded = int(tables.fold_map[cp])
        if folded >= 0:
            out.append(folded)
        else:
            m = -folded - 1
            lo, hi = int(tables.fold_multi_off[m]), int(tables.fold_multi_off[m + 1])
            out.extend(int(x) for x in tables.fold_multi_data[lo:hi])
    return out
