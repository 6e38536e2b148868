"""Match a compiled :class:`Program` against posts: the public entry points.

Field filters (``lang:``, ``channel:``) are resolved here in Python, once per
distinct value in a batch; everything else runs in one Numba kernel per batch
(:mod:`listenbench.kernels._kernel`, imported on first use so that importing
``listenbench.kernels`` stays cheap).

Example:
    >>> from listenbench.kernels import Op, ProgramBuilder, match, pattern_tokens
    >>> b = ProgramBuilder()
    >>> atom = b.atom([b.pattern(t) for t in pattern_tokens("Straße")])
    >>> b.emit(Op.ATOM_BOOL, atom); b.end_query()
    >>> match(b.build(), ["STRASSE", "strase"], ["de", "de"], [None, None])[:, 0].tolist()
    [True, False]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.kernels._program import FIELD_CHANNEL, FIELD_LANG, Program
from listenbench.kernels._textbatch import TextBatch
from listenbench.kernels._unicode import unicode_tables

_kernel: Callable[..., Any] | None = None


def _load_kernel() -> Callable[..., Any]:
    global _kernel
    if _kernel is None:
        from listenbench.kernels._kernel import match_kernel

        _kernel = match_kernel
    return _kernel


def _lang_matches(filter_value: str, lang: str | None) -> bool:
    if lang is None:
        return False
    lang = lang.casefold()
    return lang == filter_value or lang.startswith(filter_value + "-")


def _channel_matches(filter_value: str, channel: str | None) -> bool:
    return channel is not None and channel.casefold() == filter_value


def field_table(
    program: Program, langs: Sequence[str | None], channels: Sequence[str | None]
) -> NDArray[np.bool_]:
    """Which post passes which field filter: bool array (n_posts, program.n_fields).

    ``lang:xx`` passes a post whose lang is ``xx`` or starts with ``xx-``,
    ``channel:xx`` one whose channel is ``xx`` (both case-insensitively; a
    post without a channel passes no channel filter).

    Example:
        >>> from listenbench.kernels import Op, ProgramBuilder
        >>> b = ProgramBuilder()
        >>> b.field("lang", "zh"), b.field("channel", "Forum")
        (0, 1)
        >>> b.emit(Op.FIELD, 0); b.end_query()
        >>> field_table(b.build(), ["zh-Hans", "zhx"], ["forum", None]).tolist()
        [[True, True], [False, False]]
    """
    n = len(langs)
    table = np.zeros((n, program.n_fields), dtype=np.bool_)
    if program.n_fields == 0 or n == 0:
        return table
    for values, kind, test in (
        (langs, FIELD_LANG, _lang_matches),
        (channels, FIELD_CHANNEL, _channel_matches),
    ):
        columns = [f for f in range(program.n_fields) if program.field_kind[f] == kind]
        if not columns:
            continue
        index: dict[str | None, int] = {}
        inverse = np.fromiter((index.setdefault(v, len(index)) for v in values), np.int64, n)
        for f in columns:
            wanted = program.field_values[f]
            passes = np.fromiter((test(wanted, v) for v in index), np.bool_, len(index))
            table[:, f] = passes[inverse]
    return table


def match_batch(program: Program, batch: TextBatch) -> NDArray[np.bool_]:
    """Run every query of ``program`` on one :class:`TextBatch`.

    Returns a bool array of shape (len(batch), program.n_queries).

    Example:
        >>> from listenbench.kernels import Op, ProgramBuilder, TextBatch
        >>> b = ProgramBuilder(); b.atom([b.pattern("bahn*")])
        0
        >>> b.emit(Op.ATOM_BOOL, 0); b.end_query()
        >>> batch = TextBatch.from_texts(["Bahnhof", "S-Bahn", "Autobahn"], ["de"] * 3, [None] * 3)
        >>> match_batch(b.build(), batch)[:, 0].tolist()
        [True, True, False]
    """
    out = np.zeros((len(batch), program.n_queries), dtype=np.bool_)
    if len(batch) == 0 or program.n_queries == 0:
        return out
    tables = unicode_tables()
    fields = field_table(program, batch.langs, batch.channels)
    _load_kernel()(
        batch.codepoints,
        batch.offsets,
        tables.char_class,
        tables.fold_map,
        tables.fold_multi_off,
        tables.fold_multi_data,
        program.pattern_chars,
        program.pattern_off,
        program.pattern_prefix,
        program.pattern_case,
        program.fold_hash,
        program.fold_hash_pattern,
        program.case_hash,
        program.case_hash_pattern,
        program.wild_patterns,
        program.atom_patterns,
        program.atom_off,
        program.atom_kind,
        program.first_off,
        program.first_atoms,
        program.code,
        program.query_off,
        fields,
        program.max_bool_stack,
        program.max_span_stack,
        out,
    )
    return out


def match(
    program: Program,
    texts: Sequence[str],
    langs: Sequence[str],
    channels: Sequence[str | None],
    *,
    batch_size: int = 65536,
) -> NDArray[np.bool_]:
    """Which query of ``program`` matches which post.

    ``texts``, ``langs`` and ``channels`` hold one entry per post. Posts are
    NFKC-normalised and matched ``batch_size`` at a time (the result does not
    depend on it). Returns a bool array of shape (n_posts, program.n_queries).

    Example:
        >>> from listenbench.kernels import Op, ProgramBuilder
        >>> b = ProgramBuilder()
        >>> nike = b.atom([b.pattern("nike")])
        >>> b.emit(Op.ATOM_BOOL, nike); b.end_query()
        >>> match(b.build(), ["喜欢Nike鞋", "nikes"], ["zh", "en"], [None, None]).tolist()
        [[True], [False]]
    """
    n = len(texts)
    if not n == len(langs) == len(channels):
        raise ValueError(
            f"got {n} texts, {len(langs)} langs and {len(channels)} channels: "
            "expected one of each per post"
        )
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    out = np.zeros((n, program.n_queries), dtype=np.bool_)
    if n == 0 or program.n_queries == 0:
        return out
    for lo in range(0, n, batch_size):
        hi = min(n, lo + batch_size)
        batch = TextBatch.from_texts(texts[lo:hi], langs[lo:hi], channels[lo:hi])
        out[lo:hi] = match_batch(program, batch)
    return out
