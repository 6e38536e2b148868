"""Per-code-point tables for the UTF-8 scanner: NFKC, character class and casefold in one lookup.

The kernel normalises post text to NFKC inside compiled code, one code point at
a time. That is exact when every character of the post has a *normalisation
boundary* before it (Unicode UAX #15: its compatibility decomposition starts
with a starter that never combines with a preceding character): then
``NFKC(text)`` is the concatenation of ``NFKC(c)`` over its characters. Each
code point gets one of these modes:

``SIMPLE``
    boundary before, and ``NFKC(c)`` is one character (``c`` itself for almost
    all characters, ``A`` for ``Ａ``) or a run of punctuation that tokenises
    like one space (``…`` is ``...``);
``INERT``
    a combining mark that is its own NFKC and never composes (Thai tone marks):
    exact as long as it does not need canonical reordering with the mark
    before it, which the kernel checks with ``ccc_last``;
``EXPAND``
    boundary before, ``NFKC(c)`` is several characters (``ﬁ``, ``™``, Thai
    ``ำ``): the kernel expands the post into code points first;
``UNSAFE``
    anything else (a combining accent after its base, Hangul jamo, ``ﾞ``): the
    post is normalised by Python's :mod:`unicodedata` instead.

The tables are *two-stage* (``stage1[c >> 7] + (c & 127)`` indexes ``info``),
which keeps the part that real text touches in the CPU cache. ``info`` packs the
class of ``NFKC(c)`` (bits 0-1), the mode (bits 2-3), a flag for a multi-code-point
casefold (bit 4) and, from bit 8 (signed), either ``casefold(NFKC(c)) - c`` or
the index of the casefold (flag set) or of the expansion (``EXPAND``).
``nfkc_delta`` holds ``NFKC(c) - c`` for ``SIMPLE`` and ``INERT`` code points.
The *plain* tables are the same for text that is already NFKC (every mode
``SIMPLE``, no mapping).

Example:
    >>> t = scan_tables()
    >>> info = int(t.info[t.stage1[0xFF21 >> 7] + (0xFF21 & 127)])
    >>> info & 3 == WORD, (info >> 2) & 3 == SIMPLE, 0xFF21 + (info >> 8) == ord("a")
    (True, True, True)
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from listenbench.kernels._unicode import (
    FOLD_LIMIT,
    N_CODEPOINTS,
    OTHER,
    WORD,
    UnicodeTables,
    cache_dir,
    load_arrays,
    store_arrays,
    unicode_tables,
)

#: Modes of ``info`` (bits 2-3).
SIMPLE, INERT, EXPAND, UNSAFE = 0, 1, 2, 3
#: ``info`` bit: the casefold is several code points (``fold_multi`` index from bit 8).
MULTI_FOLD = 16
#: Code points per second-stage block.
BLOCK = 128

_FORMAT = 1
_ARRAYS = (
    "stage1",
    "info",
    "nfkc_delta",
    "plain_stage1",
    "plain_info",
    "plain_delta",
    "nfkc_multi_off",
    "nfkc_multi_data",
    "ccc_last",
    "fold_multi_off",
    "fold_multi_data",
)


class KernelTables(NamedTuple):
    """The scanner tables as the kernel takes them: NFKC and plain in one set of arrays.

    ``stage1[c >> 7]`` gives the NFKC tables' block of code point ``c`` and
    ``stage1[plain_offset + (c >> 7)]`` the plain tables' block; ``info`` and
    ``nfkc_delta`` hold the blocks of both.
    """

    stage1: NDArray[np.int32]
    info: NDArray[np.int32]
    nfkc_delta: NDArray[np.int32]
    ccc_last: NDArray[np.uint8]
    fold_multi_off: NDArray[np.int32]
    fold_multi_data: NDArray[np.int32]
    nfkc_multi_off: NDArray[np.int32]
    nfkc_multi_data: NDArray[np.int32]
    ascii_fold: NDArray[np.uint64]
    ascii_word: NDArray[np.uint64]
    plain_offset: int


@dataclass(frozen=True, eq=False)
class ScanTables:
    """The arrays the scanner reads (see the module docstring for the encoding)."""

    stage1: NDArray[np.int32]
    info: NDArray[np.int32]
    nfkc_delta: NDArray[np.int32]
    plain_stage1: NDArray[np.int32]
    plain_info: NDArray[np.int32]
    plain_delta: NDArray[np.int32]
    nfkc_multi_off: NDArray[np.int32]
    nfkc_multi_data: NDArray[np.int32]
    ccc_last: NDArray[np.uint8]
    fold_multi_off: NDArray[np.int32]
    fold_multi_data: NDArray[np.int32]

    @functools.cached_property
    def kernel(self) -> KernelTables:
        """Both table sets combined for the kernel (see :class:`KernelTables`)."""
        return KernelTables(
            stage1=np.concatenate([self.stage1, self.plain_stage1 + self.info.size]).astype(
                np.int32
            ),
            info=np.concatenate([self.info, self.plain_info]),
            nfkc_delta=np.concatenate([self.nfkc_delta, self.plain_delta]),
            ccc_last=self.ccc_last,
            fold_multi_off=self.fold_multi_off,
            fold_multi_data=self.fold_multi_data,
            nfkc_multi_off=self.nfkc_multi_off,
            nfkc_multi_data=self.nfkc_multi_data,
            ascii_fold=np.asarray([casefold_ascii(c) for c in range(0x80)], dtype=np.uint64),
            ascii_word=np.asarray([self.info[c] & 3 == WORD for c in range(0x80)], dtype=np.uint64),
            plain_offset=int(self.stage1.size),
        )

    def lookup(self, cp: int, *, plain: bool = False) -> tuple[int, int]:
        """``(info, nfkc_delta)`` of code point ``cp`` (for tests and debugging)."""
        stage1 = self.plain_stage1 if plain else self.stage1
        i = int(stage1[cp >> 7]) + (cp & (BLOCK - 1))
        info, delta = (self.plain_info, self.plain_delta) if plain else (self.info, self.nfkc_delta)
        return int(info[i]), int(delta[i])


def casefold_ascii(c: int) -> int:
    """The casefold of ASCII code point ``c`` (``ord("A")`` -> ``ord("a")``)."""
    return ord(chr(c).casefold())


def composition_seconds() -> frozenset[int]:
    """Code points that can combine with a preceding character under canonical composition.

    Example:
        >>> 0x0301 in composition_seconds(), 0x0E48 in composition_seconds()
        (True, False)
    """
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul V, T jamo
    for cp in range(N_CODEPOINTS):
        decomposition = unicodedata.decomposition(chr(cp))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = decomposition.split()
        if len(parts) == 2:
            first, second = (chr(int(x, 16)) for x in parts)
            if unicodedata.normalize("NFC", first + second) == chr(cp):
                seconds.add(ord(second))
    return frozenset(seconds)


def _fold_info(n: int, tables: UnicodeTables) -> tuple[int, int]:
    """(flags, value) for the casefold of code point ``n``: value is the folded code point
    or, with ``MULTI_FOLD``, the index into ``fold_multi_off``."""
    if n >= FOLD_LIMIT:
        return 0, n
    folded = int(tables.fold_map[n])
    if folded >= 0:
        return 0, folded
    return MULTI_FOLD, -folded - 1


def _pack(cls: int, mode: int, flags: int, value: int) -> int:
    word = cls | (mode << 2) | flags | (value << 8)
    return word - (1 << 32) if word >= 1 << 31 else word


def _two_stage(info: NDArray[np.int32], delta: NDArray[np.int32]) -> tuple[NDArray[np.int32], ...]:
    """Deduplicate 128-code-point blocks of (info, delta); the ASCII block comes first."""
    rows = np.concatenate([info.reshape(-1, BLOCK), delta.reshape(-1, BLOCK)], axis=1)
    blocks, inverse = np.unique(rows, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    order = np.concatenate([[inverse[0]], np.delete(np.arange(len(blocks)), inverse[0])])
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    blocks = blocks[order]
    stage1 = (rank[inverse] * BLOCK).astype(np.int32)
    return (
        stage1,
        np.ascontiguousarray(blocks[:, :BLOCK].reshape(-1), dtype=np.int32),
        np.ascontiguousarray(blocks[:, BLOCK:].reshape(-1), dtype=np.int32),
    )


def build_scan_tables(tables: UnicodeTables | None = None) -> ScanTables:
    """Build the scanner tables from :mod:`unicodedata` (slow: prefer :func:`scan_tables`).

    Example:
        >>> t = build_scan_tables()
        >>> (t.lookup(ord("ﬁ"))[0] >> 2) & 3 == EXPAND
        True
    """
    tables = tables or unicode_tables()
    seconds = composition_seconds()
    char_class = tables.char_class
    info = np.zeros(N_CODEPOINTS, dtype=np.int32)
    delta = np.zeros(N_CODEPOINTS, dtype=np.int32)
    plain = np.zeros(N_CODEPOINTS, dtype=np.int32)
    ccc_last = np.zeros(N_CODEPOINTS, dtype=np.uint8)
    multi_off = [0]
    multi_data: list[int] = []
    for cp in range(N_CODEPOINTS):
        ch = chr(cp)
        flags, value = _fold_info(cp, tables)
        plain[cp] = _pack(int(char_class[cp]), SIMPLE, flags, value - (0 if flags else cp))
        if unicodedata.category(ch) in ("Cn", "Cs", "Co"):
            info[cp] = plain[cp]
            continue
        nfkd = unicodedata.normalize("NFKD", ch)
        nfkc = unicodedata.normalize("NFKC", ch)
        ccc_last[cp] = unicodedata.combining(nfkd[-1])
        boundary = unicodedata.combining(nfkd[0]) == 0 and ord(nfkd[0]) not in seconds
        if boundary and len(nfkc) == 1:
            mode, target = SIMPLE, ord(nfkc)
        elif boundary and all(char_class[ord(x)] == OTHER and x not in "#@" for x in nfkc):
            mode, target = SIMPLE, 0x20  # tokenises like one space
        elif boundary:
            info[cp] = _pack(0, EXPAND, 0, len(multi_off) - 1)
            multi_data.extend(map(ord, nfkc))
            multi_off.append(len(multi_data))
            continue
        elif nfkc == nfkd == ch and unicodedata.combining(ch) > 0 and cp not in seconds:
            mode, target = INERT, cp
        else:
            info[cp] = _pack(0, UNSAFE, 0, 0)
            continue
        flags, value = _fold_info(target, tables)
        info[cp] = _pack(int(char_class[target]), mode, flags, value - (0 if flags else cp))
        delta[cp] = target - cp
    stage1, info2, delta2 = _two_stage(info, delta)
    plain_stage1, plain2, plain_delta = _two_stage(plain, np.zeros_like(plain))
    return ScanTables(
        stage1=stage1,
        info=info2,
        nfkc_delta=delta2,
        plain_stage1=plain_stage1,
        plain_info=plain2,
        plain_delta=plain_delta,
        nfkc_multi_off=np.asarray(multi_off, dtype=np.int32),
        nfkc_multi_data=np.asarray(multi_data, dtype=np.int32),
        ccc_last=ccc_last,
        fold_multi_off=tables.fold_multi_off,
        fold_multi_data=tables.fold_multi_data,
    )


def _cache_path() -> Path:
    tag = f"{unicodedata.unidata_version}-v{_FORMAT}-py{sys.version_info[0]}"
    return Path(cache_dir()) / f"scan-tables-{tag}.npz"


@functools.cache
def scan_tables() -> ScanTables:
    """The scanner tables for this Python's Unicode version, built or loaded once per process.

    Example:
        >>> scan_tables().ccc_last[0x0301]
        np.uint8(230)
    """
    path = _cache_path()
    data = load_arrays(path, _ARRAYS)
    if data is not None:
        try:
            return ScanTables(**data)
        except TypeError:
            pass
    tables = build_scan_tables()
    store_arrays(path, {name: getattr(tables, name) for name in _ARRAYS})
    return tables
