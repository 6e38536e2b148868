"""Match a compiled :class:`Program` against posts: the public entry points.

:func:`find_matches` is the core: it runs the Numba kernel
(:mod:`listenbench.kernels._kernel`, imported on first use so that importing
``listenbench.kernels`` stays cheap) on a :class:`PostBuffer` in micro-batches
and returns sparse :class:`Matches`. The posts that need Python's NFKC (rare:
see :mod:`listenbench.kernels._scantables`) are normalised here and matched
again. :func:`iter_matches` streams; :func:`match_utf8` and :func:`match`
return dense arrays.

Example:
    >>> from listenbench.kernels import Op, ProgramBuilder, match, pattern_tokens
    >>> b = ProgramBuilder()
    >>> atom = b.atom([b.pattern(t) for t in pattern_tokens("Straße")])
    >>> b.emit(Op.ATOM_BOOL, atom); b.end_query()
    >>> match(b.build(), ["STRASSE", "strase"], ["de", "de"], [None, None])[:, 0].tolist()
    [True, False]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.kernels._posts import Matches, PostBuffer
from listenbench.kernels._program import FIELD_CHANNEL, FIELD_LANG, Program
from listenbench.kernels._scantables import scan_tables
from listenbench.kernels._textbatch import TextBatch

#: Posts per micro-batch unless told otherwise (about 8 MB of typical posts).
DEFAULT_BATCH_SIZE = 65536
#: Posts per chunk: the unit of work of one thread.
CHUNK_POSTS = 512
#: Room for matches per chunk beyond the expected number (more reruns the chunk).
MIN_OUT = 64

_kernel: Callable[..., Any] | None = None


def _load_kernel() -> Callable[..., Any]:
    global _kernel
    if _kernel is None:
        from listenbench.kernels._kernel import match_chunks

        _kernel = match_chunks
    return _kernel


def _lang_matches(filter_value: str, lang: str | None) -> bool:
    if lang is None:
        return False
    lang = lang.casefold()
    return lang == filter_value or lang.startswith(filter_value + "-")


def _channel_matches(filter_value: str, channel: str | None) -> bool:
    return channel is not None and channel.casefold() == filter_value


def _pass_table(
    program: Program, values: Sequence[str], kind: int, test: Callable[[str, str | None], bool]
) -> NDArray[np.bool_]:
    """``table[i, f]``: value ``i`` passes field filter ``f`` (of kind ``kind``)."""
    table = np.zeros((max(1, len(values)), max(1, program.n_fields)), dtype=np.bool_)
    for f in range(program.n_fields):
        if program.field_kind[f] == kind:
            wanted = program.field_values[f]
            for i, value in enumerate(values):
                table[i, f] = test(wanted, value)
    return table


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


def _readonly(a: NDArray[Any], dtype: type[Any]) -> NDArray[Any]:
    """``a`` as a C-contiguous read-only array of ``dtype`` (one compiled kernel for all)."""
    out = np.ascontiguousarray(a, dtype=dtype).view()
    out.flags.writeable = False
    return out


_pool: ThreadPoolExecutor | None = None


def _threads(n_threads: int | None) -> int:
    """The number of threads to use: ``n_threads``, or Numba's setting."""
    import numba

    if n_threads is None:
        return int(numba.get_num_threads())
    if n_threads < 1:
        raise ValueError(f"n_threads must be at least 1, got {n_threads}")
    return n_threads


def _run_workers(kernel: Callable[..., Any], workers: int, args: tuple[Any, ...]) -> None:
    """Run ``kernel(w, workers, *args)`` for each worker ``w``, on that many threads."""
    global _pool
    if workers == 1:
        kernel(0, 1, *args)
        return
    if _pool is None or _pool._max_workers < workers:
        _pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="listenbench-kernel")
    for future in [_pool.submit(kernel, w, workers, *args) for w in range(workers)]:
        future.result()


class _Runner:
    """Runs the kernel on batches of one program, remembering how many matches to expect."""

    def __init__(self, program: Program, n_threads: int | None) -> None:
        self.program = program
        self.threads = _threads(n_threads)
        self.prog = program.kernel_args()
        self.tables = scan_tables().kernel
        self.per_post = 1.0  # expected matches per post, for the output capacity

    def run(self, posts: PostBuffer, *, plain: bool = False) -> Matches:
        n = len(posts)
        program = self.program
        if n == 0 or program.n_queries == 0:
            return Matches(np.zeros(0, np.int64), np.zeros(0, np.int32), n, program.n_queries)
        keys, flags = self._kernel(posts, plain)
        flagged = np.flatnonzero(flags)
        if flagged.size:
            keys = np.sort(np.concatenate([keys, self._python_nfkc(posts, flagged)]))
        return Matches(
            posts=keys >> 32,
            queries=(keys & 0xFFFFFFFF).astype(np.int32),
            n_posts=n,
            n_queries=program.n_queries,
            n_python=int(flagged.size),
        )

    def _kernel(self, posts: PostBuffer, plain: bool) -> tuple[NDArray[np.int64], NDArray[Any]]:
        n = len(posts)
        program = self.program
        kernel = _load_kernel()
        chunk = CHUNK_POSTS
        bounds = np.arange(0, n + chunk, chunk, dtype=np.int64)
        bounds[-1] = n
        n_chunks = bounds.size - 1
        cap = int(min(chunk * program.n_queries, MIN_OUT + 2 * self.per_post * chunk))
        pairs = np.empty((n_chunks, cap), dtype=np.int64)
        counts = np.zeros(n_chunks, dtype=np.int64)
        flags = np.zeros(n, dtype=np.uint8)
        text = (_readonly(posts.data, np.uint8), _readonly(posts.offsets, np.int64))
        lang_pass = _pass_table(program, posts.lang_values, FIELD_LANG, _lang_matches)
        channel_pass = _pass_table(program, posts.channel_values, FIELD_CHANNEL, _channel_matches)
        meta = (
            _readonly(posts.lang_ids, np.int32),
            _readonly(posts.channel_ids, np.int32),
            lang_pass,
            channel_pass,
            self.tables.plain_offset if plain else 0,
            *self.tables,
            *self.prog,
        )
        workers = max(1, min(self.threads, n_chunks))
        _run_workers(kernel, workers, (*text, bounds, *meta, pairs, counts, flags))
        parts = []
        for c in range(n_chunks):
            count = int(counts[c])
            if count > cap:  # rare: run the chunk again with room for all its matches
                more = np.empty((1, count), dtype=np.int64)
                again = np.zeros(1, dtype=np.int64)
                kernel(0, 1, *text, bounds[c : c + 2].copy(), *meta, more, again, flags)
                parts.append(more[0, :count])
            else:
                parts.append(pairs[c, :count])
        keys = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        self.per_post = max(1.0, keys.size / n)
        return keys, flags

    def _python_nfkc(self, posts: PostBuffer, flagged: NDArray[np.intp]) -> NDArray[np.int64]:
        """Match the flagged posts again after normalising them with :mod:`unicodedata`."""
        texts = [unicodedata.normalize("NFKC", posts.text(int(i))) for i in flagged]
        sub = PostBuffer.from_texts(texts, [None] * len(texts), [None] * len(texts))
        sub = PostBuffer(
            sub.data,
            sub.offsets,
            np.ascontiguousarray(posts.lang_ids[flagged]),
            np.ascontiguousarray(posts.channel_ids[flagged]),
            posts.lang_values,
            posts.channel_values,
        )
        keys, _ = self._kernel(sub, plain=True)
        original: NDArray[np.int64] = flagged[keys >> 32].astype(np.int64)
        out: NDArray[np.int64] = (original << 32) | (keys & 0xFFFFFFFF)
        return out


def _check_batch_size(batch_size: int) -> None:
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")


def find_matches(
    program: Program,
    posts: PostBuffer,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_threads: int | None = None,
) -> Matches:
    """Which query of ``program`` matches which post of ``posts``, as sparse pairs.

    Posts are matched ``batch_size`` at a time on ``n_threads`` threads (default:
    Numba's current setting); the result depends on neither.

    Example:
        >>> from listenbench.kernels import Op, ProgramBuilder, PostBuffer
        >>> b = ProgramBuilder(); b.emit(Op.ATOM_BOOL, b.atom([b.pattern("nike")])); b.end_query()
        >>> posts = PostBuffer.from_texts(["x", "I ♥ Nike", "NIKE!"], ["en"] * 3, [None] * 3)
        >>> find_matches(b.build(), posts).posts.tolist()
        [1, 2]
    """
    _check_batch_size(batch_size)
    parts = list(
        iter_matches(
            program,
            (
                posts.slice(lo, min(len(posts), lo + batch_size))
                for lo in range(0, len(posts), batch_size)
            ),
            n_threads=n_threads,
        )
    )
    if not parts:
        return Matches(np.zeros(0, np.int64), np.zeros(0, np.int32), 0, program.n_queries)
    starts = np.cumsum([0] + [m.n_posts for m in parts[:-1]])
    return Matches(
        posts=np.concatenate([m.posts + s for m, s in zip(parts, starts, strict=True)]),
        queries=np.concatenate([m.queries for m in parts]),
        n_posts=len(posts),
        n_queries=program.n_queries,
        n_python=sum(m.n_python for m in parts),
    )


def iter_matches(
    program: Program, batches: Iterable[PostBuffer], *, n_threads: int | None = None
) -> Iterator[Matches]:
    """Stream: the :class:`Matches` of each batch, in order (post indices per batch).

    Memory stays bounded by the batch size, whatever the length of the stream.

    Example:
        >>> from listenbench.kernels import Op, ProgramBuilder, PostBuffer
        >>> b = ProgramBuilder(); b.emit(Op.ATOM_BOOL, b.atom([b.pattern("a")])); b.end_query()
        >>> stream = (PostBuffer.from_texts([t], ["en"], [None]) for t in ["a", "b", "A"])
        >>> [len(m) for m in iter_matches(b.build(), stream)]
        [1, 0, 1]
    """
    runner = _Runner(program, n_threads)
    for batch in batches:
        yield runner.run(batch)


def match_utf8(
    program: Program,
    data: NDArray[np.uint8],
    offsets: NDArray[np.int64],
    lang_ids: NDArray[np.int32] | None = None,
    channel_ids: NDArray[np.int32] | None = None,
    *,
    lang_values: Sequence[str] = (),
    channel_values: Sequence[str] = (),
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_threads: int | None = None,
) -> NDArray[np.bool_]:
    """Like :func:`match`, for posts already in one UTF-8 buffer.

    Post ``i`` is ``data[offsets[i]:offsets[i + 1]]``; its lang is
    ``lang_values[lang_ids[i]]`` and its channel ``channel_values[channel_ids[i]]``
    (id -1 or ``None`` for the whole array: none). Returns a bool array
    (n_posts, program.n_queries); see :func:`find_matches` for sparse results.

    Example:
        >>> from listenbench.kernels import Op, ProgramBuilder
        >>> b = ProgramBuilder(); b.emit(Op.ATOM_BOOL, b.atom([b.pattern("café")])); b.end_query()
        >>> data = np.frombuffer("CAFÉ cafe".encode(), dtype=np.uint8)
        >>> match_utf8(b.build(), data, np.array([0, 5, 10]))[:, 0].tolist()
        [True, False]
    """
    n = int(np.asarray(offsets).size) - 1
    none = np.full(max(n, 0), -1, dtype=np.int32)
    posts = PostBuffer(
        np.asarray(data, dtype=np.uint8),
        np.asarray(offsets, dtype=np.int64),
        none if lang_ids is None else np.asarray(lang_ids, dtype=np.int32),
        none if channel_ids is None else np.asarray(channel_ids, dtype=np.int32),
        tuple(lang_values),
        tuple(channel_values),
    )
    found = find_matches(program, posts, batch_size=batch_size, n_threads=n_threads)
    dense: NDArray[np.bool_] = found.dense()
    return dense


def match_batch(program: Program, batch: TextBatch) -> NDArray[np.bool_]:
    """Run every query of ``program`` on one :class:`TextBatch` (text already in NFKC).

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
    texts = [batch.text(i) for i in range(len(batch))]
    posts = PostBuffer.from_texts(texts, batch.langs, batch.channels)
    dense: NDArray[np.bool_] = _Runner(program, None).run(posts, plain=True).dense()
    return dense


def match(
    program: Program,
    texts: Sequence[str],
    langs: Sequence[str],
    channels: Sequence[str | None],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_threads: int | None = None,
) -> NDArray[np.bool_]:
    """Which query of ``program`` matches which post.

    ``texts``, ``langs`` and ``channels`` hold one entry per post. Posts are
    matched ``batch_size`` at a time on ``n_threads`` threads (the result
    depends on neither). Returns a bool array of shape (n_posts, program.n_queries).

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
    _check_batch_size(batch_size)
    out = np.zeros((n, program.n_queries), dtype=np.bool_)
    if n == 0 or program.n_queries == 0:
        return out
    runner = _Runner(program, n_threads)
    for lo in range(0, n, batch_size):
        hi = min(n, lo + batch_size)
        found = runner.run(PostBuffer.from_texts(texts[lo:hi], langs[lo:hi], channels[lo:hi]))
        out[found.posts + lo, found.queries] = True
    return out
