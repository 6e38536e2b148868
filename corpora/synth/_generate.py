"""The synthetic firehose in memory: reproducible batches of posts with planted needles.

Posts are made in chunks of :data:`CHUNK_SIZE`, each from its own random
stream, with NumPy doing the per-word work: every word slot of the chunk gets
its language, its word (Zipfian over the language's ranked word list, by
``searchsorted`` on one table of cumulative weights), its punctuation and
capitalisation at once; Python then only joins each post's words and plants
the few needles and decoys. :func:`iter_batches` regroups chunks into batches
of any size, so the posts do not depend on the batch size.

Example:
    >>> batch = next(iter_batches(3, seed=1))
    >>> len(batch.texts), batch.ids
    (3, ['s000000000', 's000000001', 's000000002'])
    >>> batch.utf8[batch.offsets[1]:batch.offsets[2]].tobytes().decode() == batch.texts[1]
    True
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from listenbench.corpora._schema import Label, Post
from listenbench.corpora.synth._brands import (
    BRANDS,
    PREFIX_SUFFIXES,
    NeedleForm,
    SynthBrand,
    needle_forms,
)
from listenbench.corpora.synth._spec import (
    CHANNEL_WEIGHTS,
    CHUNK_SIZE,
    CJK_LENGTH_FACTOR,
    CODE_SWITCH_RATE,
    END_PUNCTUATION,
    EXTRA_RATE,
    LANGUAGE_WEIGHTS,
    LENGTH_MAX,
    LENGTH_MEDIAN,
    LENGTH_MIN,
    LENGTH_SIGMA,
    LOWERCASE_POST_RATE,
    MID_PUNCTUATION,
    SEED_DOMAIN,
    ZIPF_EXPONENT,
    SynthError,
    SynthSpec,
)
from listenbench.corpora.synth._vocab import EXTRAS, PUNCTUATION, UNSPACED_LANGUAGES, WORDS

#: Language codes in table order (``SynthBatch`` language index → code).
LANGS: tuple[str, ...] = tuple(WORDS)
_ENGLISH = LANGS.index("en")
#: Channels in table order.
CHANNELS: tuple[str, ...] = tuple(CHANNEL_WEIGHTS)


def post_id(index: int) -> str:
    """The id of the post at ``index`` (0-based) of a synthetic stream.

    Example:
        >>> post_id(42)
        's000000042'
    """
    return f"s{index:09d}"


@dataclass(frozen=True, slots=True)
class SynthMark:
    """A planted needle or decoy: which post, which brand, and what was written.

    ``index`` is the post's position in the stream, ``entity`` the brand's
    index in ``BRANDS``, ``surface`` the exact text planted.
    """

    index: int
    entity: int
    relevant: bool
    level: str
    tag: str
    surface: str

    def label(self) -> Label:
        """The corpus label of this mark.

        Example:
            >>> label = SynthMark(5, 0, True, "direct", "form:handle", "@zorvex_support").label()
            >>> label.post_id, label.entity_id, label.relevant, label.level, label.tags
            ('s000000005', 'zorvex', True, 'direct', ('needle', 'form:handle'))
        """
        kind = "needle" if self.relevant else "decoy"
        return Label(
            post_id=post_id(self.index),
            entity_id=BRANDS[self.entity].id,
            relevant=self.relevant,
            level=self.level,
            tags=(kind, self.tag),
        )


@dataclass(frozen=True, eq=False)
class SynthBatch:
    """Consecutive posts of a synthetic stream, from post ``start`` on.

    ``needle_entity[i]`` is the index (in ``BRANDS``) of the brand post ``i``
    mentions, or -1; ``decoy_entity[i]`` likewise for decoys. ``marks`` lists
    them with the planted text. ``utf8`` and ``offsets`` (computed on first
    use) hold the texts as one UTF-8 buffer: text ``i`` is
    ``utf8[offsets[i]:offsets[i + 1]]``.
    """

    start: int
    texts: list[str]
    langs: list[str]
    channels: list[str]
    needle_entity: NDArray[np.int32]
    decoy_entity: NDArray[np.int32]
    marks: tuple[SynthMark, ...]

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def ids(self) -> list[str]:
        """The posts' ids (``s000000000``, ...)."""
        return [post_id(i) for i in range(self.start, self.start + len(self.texts))]

    @property
    def labels(self) -> tuple[Label, ...]:
        """The labels of the planted needles and decoys, in post order."""
        return tuple(mark.label() for mark in self.marks)

    def posts(self) -> list[Post]:
        """The batch as corpus :class:`Post` records."""
        return [
            Post(id=pid, text=text, lang=lang, channel=channel)
            for pid, text, lang, channel in zip(
                self.ids, self.texts, self.langs, self.channels, strict=True
            )
        ]

    @functools.cached_property
    def _encoded(self) -> tuple[NDArray[np.uint8], NDArray[np.int64]]:
        return encode_utf8(self.texts)

    @property
    def utf8(self) -> NDArray[np.uint8]:
        """All texts as one contiguous UTF-8 buffer."""
        return self._encoded[0]

    @property
    def offsets(self) -> NDArray[np.int64]:
        """Byte offsets of the texts in :attr:`utf8` (``len(texts) + 1`` of them)."""
        return self._encoded[1]


def encode_utf8(texts: Sequence[str]) -> tuple[NDArray[np.uint8], NDArray[np.int64]]:
    """Texts as one UTF-8 buffer and the byte offset of each (plus the end).

    Texts without a newline (all synthetic ones) take a vectorised path: join
    with ``\\n``, encode once, find the newlines, drop them.

    Example:
        >>> buf, off = encode_utf8(["é", "ab", ""])
        >>> buf.tolist(), off.tolist()
        ([195, 169, 97, 98], [0, 2, 4, 4])
    """
    n = len(texts)
    offsets = np.zeros(n + 1, dtype=np.int64)
    if n == 0:
        return np.zeros(0, dtype=np.uint8), offsets
    raw = np.frombuffer("\n".join(texts).encode("utf-8"), dtype=np.uint8)
    newline = raw == 10
    cuts = np.flatnonzero(newline)
    if cuts.size == n - 1:
        offsets[1:n] = cuts - np.arange(n - 1, dtype=np.int64)
        buffer = raw[~newline]
    else:  # some text holds a newline: measure each text
        lengths = np.fromiter((len(t.encode("utf-8")) for t in texts), np.int64, n)
        np.cumsum(lengths, out=offsets[1:])
        buffer = np.frombuffer("".join(texts).encode("utf-8"), dtype=np.uint8).copy()
    offsets[n] = buffer.size
    return buffer, offsets


# --- tables built once from the word lists -------------------------------------------------

# A word slot's string is one of _N_VARIANTS variants of a word or extra:
# capitalised or not (2) x punctuation after it (5) x a space before it (2) x a
# space after it (2). Latin-script words get the space after them unless they
# end their post; in Chinese and Japanese only the extras (emoji, links, Latin
# text) are set off by spaces, on the sides where they have a neighbour.
_N_PUNCT = 5  # none , . ! ?
_N_VARIANTS = 2 * _N_PUNCT * 2 * 2


def _variant(capital: bool, punct: int, lead: bool, trail: bool) -> int:
    return ((capital * _N_PUNCT + punct) * 2 + lead) * 2 + trail


@dataclass(frozen=True, eq=False)
class _Tables:
    """The word lists as arrays: every string in every variant, and Zipf alias tables."""

    variants: NDArray[np.object_]  # variant * n_strings + string index -> text
    lengths: NDArray[np.int64]  # the same -> len(text)
    n_strings: int
    # Walker alias tables of the Zipf weights, all languages one after the other:
    # slot position word_lo[lang] + k holds the string of rank k, its keep
    # probability and its alias string.
    word_lo: NDArray[np.int64]
    word_count: NDArray[np.int64]
    keep: NDArray[np.float64]
    own: NDArray[np.int64]
    alias: NDArray[np.int64]
    extra_start: NDArray[np.int64]  # string index of each language's first extra
    extra_count: NDArray[np.int64]
    slot_chars: NDArray[np.float64]  # expected characters per word slot, per language
    unspaced: NDArray[np.bool_]
    switches: NDArray[np.bool_]  # Latin-script, non-English: may code-switch to English
    lang_names: NDArray[np.object_]
    channel_names: NDArray[np.object_]


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _walker(weights: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Vose's alias table: draw k uniformly, keep it with ``keep[k]``, else take ``alias[k]``."""
    n = weights.size
    scaled = weights * (n / weights.sum())
    keep = np.ones(n, dtype=np.float64)
    alias = np.arange(n, dtype=np.int64)
    small = [i for i in range(n) if scaled[i] < 1.0]
    large = [i for i in range(n) if scaled[i] >= 1.0]
    while small and large:
        s, g = small.pop(), large.pop()
        keep[s], alias[s] = scaled[s], g
        scaled[g] -= 1.0 - scaled[s]
        (small if scaled[g] < 1.0 else large).append(g)
    return keep, alias


@functools.cache
def _tables() -> _Tables:
    bases: list[list[str]] = [[] for _ in range(2 * _N_PUNCT)]  # capital * 5 + punct
    keep_parts: list[NDArray[np.float64]] = []
    own_parts: list[NDArray[np.int64]] = []
    alias_parts: list[NDArray[np.int64]] = []
    lo: list[int] = []
    count: list[int] = []
    extra_start: list[int] = []
    extra_count: list[int] = []
    slot_chars: list[float] = []
    n_strings = 0
    for lang in LANGS:
        words, extras = WORDS[lang], EXTRAS[lang]
        unspaced = lang in UNSPACED_LANGUAGES
        marks = ("", *PUNCTUATION[lang])
        for word in words:
            for capital in (False, True):
                base = _capitalise(word) if capital and not unspaced else word
                for punct, mark in enumerate(marks):
                    bases[capital * _N_PUNCT + punct].append(base + mark)
        for column in bases:
            column.extend(extras)
        weights = 1.0 / np.arange(1, len(words) + 1, dtype=np.float64) ** ZIPF_EXPONENT
        keep, alias = _walker(weights)
        keep_parts.append(keep)
        own_parts.append(np.arange(len(words), dtype=np.int64) + n_strings)
        alias_parts.append(alias + n_strings)
        lo.append(sum(count))
        count.append(len(words))
        extra_start.append(n_strings + len(words))
        extra_count.append(len(extras))
        n_strings += len(words) + len(extras)
        word_chars = float(np.dot(weights / weights.sum(), [len(w) for w in words]))
        extra_chars = float(np.mean([len(e) for e in extras])) + (1.5 if unspaced else 0.0)
        punct_chars = 1.0 - MID_PUNCTUATION[0]
        sep_chars = 0.0 if unspaced else 1.0
        slot_chars.append(
            (1 - EXTRA_RATE) * (word_chars + punct_chars) + EXTRA_RATE * extra_chars + sep_chars
        )
    flat: list[str] = []
    for code in range(2 * _N_PUNCT):
        for lead in ("", " "):
            for trail in ("", " "):
                flat += [lead + text + trail for text in bases[code]]
    variants = np.empty(len(flat), dtype=object)
    variants[:] = flat
    return _Tables(
        variants=variants,
        lengths=np.fromiter(map(len, flat), np.int64, len(flat)),
        n_strings=n_strings,
        word_lo=np.array(lo, dtype=np.int64),
        word_count=np.array(count, dtype=np.int64),
        keep=np.concatenate(keep_parts),
        own=np.concatenate(own_parts),
        alias=np.concatenate(alias_parts),
        extra_start=np.array(extra_start, dtype=np.int64),
        extra_count=np.array(extra_count, dtype=np.int64),
        slot_chars=np.array(slot_chars, dtype=np.float64),
        unspaced=np.array([lang in UNSPACED_LANGUAGES for lang in LANGS]),
        switches=np.array([lang not in UNSPACED_LANGUAGES and lang != "en" for lang in LANGS]),
        lang_names=np.array(LANGS, dtype=object),
        channel_names=np.array(CHANNELS, dtype=object),
    )


@functools.cache
def _forms(brand: int, lang: int) -> tuple[NeedleForm, ...]:
    code = LANGS[lang]
    return tuple(f for f in needle_forms(BRANDS[brand]) if f.lang is None or f.lang == code)


def _cum(weights: Sequence[float]) -> NDArray[np.float64]:
    cum: NDArray[np.float64] = np.cumsum(np.asarray(weights, dtype=np.float64))
    cum /= cum[-1]
    return cum


def _categorical(cum: NDArray[np.float64], u: NDArray[np.float64]) -> NDArray[np.int64]:
    """Category of each uniform ``u`` for a small cumulative table (``cum[-1] == 1``)."""
    out = np.zeros(u.shape, dtype=np.int64)
    for edge in cum[:-1]:
        out += u >= edge
    return out


# --- one chunk ----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Chunk:
    texts: list[str]
    lang: NDArray[np.int64]
    channel: NDArray[np.int64]
    needle: NDArray[np.int32]
    decoy: NDArray[np.int32]
    marks: list[SynthMark]


class _Generator:
    """Makes the chunks of one :class:`SynthSpec`."""

    def __init__(self, spec: SynthSpec) -> None:
        self.spec = spec
        self.tables = _tables()
        self.lang_cum = _cum(
            [LANGUAGE_WEIGHTS[lang] if lang in spec.languages else 0.0 for lang in LANGS]
        )
        self.channel_cum = _cum(list(CHANNEL_WEIGHTS.values()))
        self.mid_cum = _cum(MID_PUNCTUATION)
        self.end_cum = _cum(END_PUNCTUATION)
        self.length_factor = np.array(
            [CJK_LENGTH_FACTOR if lang in UNSPACED_LANGUAGES else 1.0 for lang in LANGS]
        )
        # A word brand's decoy post is written in the word's language when it is asked for.
        self.word_lang = np.array(
            [LANGS.index(b.word_lang) if b.word_lang in spec.languages else -1 for b in BRANDS],
            dtype=np.int64,
        )

    def chunk(self, index: int) -> _Chunk:
        """Chunk ``index``: posts ``index * CHUNK_SIZE`` to ``(index + 1) * CHUNK_SIZE - 1``."""
        t = self.tables
        spec = self.spec
        n = CHUNK_SIZE
        rng = np.random.default_rng([SEED_DOMAIN, spec.seed, index])
        # Per post.
        u_mark, u_lang, u_channel, u_lower, u_form, u_case, u_pos, u_aux = rng.random((8, n))
        brand = rng.integers(0, len(BRANDS), n)
        z_length = rng.standard_normal(n)
        lang = _categorical(self.lang_cum, u_lang)
        channel = _categorical(self.channel_cum, u_channel)
        lowercase = u_lower < LOWERCASE_POST_RATE
        needle = u_mark < spec.needle_rate
        decoy = ~needle & (u_mark < spec.needle_rate + spec.decoy_rate)
        word_lang = self.word_lang[brand]
        lang = np.where(decoy & (word_lang >= 0), word_lang, lang)
        length = np.clip(
            np.exp(np.log(LENGTH_MEDIAN) + LENGTH_SIGMA * z_length), LENGTH_MIN, LENGTH_MAX
        )
        length *= self.length_factor[lang]
        n_words = np.maximum(1, np.rint(length / t.slot_chars[lang])).astype(np.int64)
        ends = np.cumsum(n_words)
        starts = ends - n_words
        total = int(ends[-1])

        # Per word slot: the word (Walker alias draw), or an extra; then its variant.
        post_of = np.repeat(np.arange(n), n_words)
        slot_lang = lang[post_of]
        u_word, u_kind, u_punct = rng.random((3, total))
        switch = (u_kind < CODE_SWITCH_RATE) & t.switches[slot_lang]
        source = np.where(switch, _ENGLISH, slot_lang)
        scaled = u_word * t.word_count[source]
        rank = np.minimum(scaled.astype(np.int64), t.word_count[source] - 1)
        position = t.word_lo[source] + rank
        string = np.where(scaled - rank < t.keep[position], t.own[position], t.alias[position])
        extra = u_kind >= 1.0 - EXTRA_RATE
        string[extra] = t.extra_start[slot_lang[extra]] + (
            u_word[extra] * t.extra_count[slot_lang[extra]]
        ).astype(np.int64)

        first = np.zeros(total, dtype=bool)
        first[starts] = True
        last = np.zeros(total, dtype=bool)
        last[ends - 1] = True
        punct = _categorical(self.mid_cum, u_punct)
        punct[last] = _categorical(self.end_cum, u_punct[last])
        capital = np.zeros(total, dtype=bool)
        capital[1:] = punct[:-1] >= 2  # after . ! ?
        capital |= first
        capital &= ~lowercase[post_of]
        unspaced = t.unspaced[slot_lang]
        extra_cjk = unspaced & extra
        lead = np.zeros(total, dtype=bool)
        lead[1:] = ~extra_cjk[:-1]
        lead &= extra_cjk & ~first
        trail = ~last & (~unspaced | extra_cjk)
        variant = ((capital * _N_PUNCT + punct) * 2 + lead) * 2 + trail
        flat = variant * t.n_strings + string

        # One string for the chunk, cut into posts at the slot boundaries.
        strings: list[str] = t.variants[flat].tolist()
        chars = np.zeros(total + 1, dtype=np.int64)
        np.cumsum(t.lengths[flat], out=chars[1:])
        big = "".join(strings)
        cuts = chars[np.concatenate([starts, ends[-1:]])].tolist()
        texts = [big[a:b] for a, b in itertools.pairwise(cuts)]

        needle_entity = np.where(needle, brand, -1).astype(np.int32)
        decoy_entity = np.where(decoy, brand, -1).astype(np.int32)
        marks: list[SynthMark] = []
        base = index * CHUNK_SIZE
        for i in np.flatnonzero(needle | decoy).tolist():
            b, code = int(brand[i]), int(lang[i])
            if needle[i]:
                mark = _needle(base + i, b, code, float(u_form[i]), float(u_case[i]))
            else:
                mark = _decoy(
                    base + i, b, code, float(u_form[i]), float(u_case[i]), float(u_aux[i])
                )
            marks.append(mark)
            slot = int(u_pos[i] * (n_words[i] + 1))
            at = int(chars[starts[i] + slot] - chars[starts[i]])
            texts[i] = _plant(texts[i], mark.surface, at, bool(t.unspaced[code]))
        return _Chunk(texts, lang, channel, needle_entity, decoy_entity, marks)


def _plant(text: str, surface: str, at: int, unspaced: bool) -> str:
    """``text`` with ``surface`` inserted at character ``at`` (a slot boundary).

    In Latin-script posts words are separated by spaces. In Chinese and
    Japanese posts the surface is written without spaces unless a neighbour
    would join its token (a Latin letter, digit or mark beside a Latin letter),
    or it is a ``#hashtag``/``@handle`` after a letter (which would make it
    plain).

    Example:
        >>> _plant("我喜欢手机", "Zorvex", 3, True), _plant("我 ＯＫ", "@zorvex_support", 4, True)
        ('我喜欢Zorvex手机', '我 ＯＫ @zorvex_support')
    """
    head, tail = text[:at], text[at:]
    if not unspaced:
        if not tail:
            return f"{head} {surface}" if head else surface
        return f"{head}{surface} {tail}"
    sigil = surface.startswith(("#", "@"))
    pad_left = bool(head) and (
        (sigil and not _is_other(head[-1])) or (_joins(head[-1]) and _joins(surface[0]))
    )
    pad_right = bool(tail) and _joins(surface[-1]) and _joins(tail[0])
    return head + " " * pad_left + surface + " " * pad_right + tail


def _is_unspaced(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF


def _is_other(char: str) -> bool:
    """Whether ``char`` is of the query language's class *other* (space, punctuation, ...)."""
    return char != "_" and unicodedata.category(char)[0] not in "LMN"


def _joins(char: str) -> bool:
    """Whether a Latin letter next to ``char`` would be part of the same token."""
    return not _is_other(char) and not _is_unspaced(char)


def _needle(index: int, brand: int, lang: int, u_form: float, u_case: float) -> SynthMark:
    forms = _forms(brand, lang)
    cjk = [f for f in forms if f.lang is not None]
    if cjk and u_form < 0.5:  # Chinese and Japanese posts name the brand in CJK half the time
        form = cjk[0]
    else:
        forms = tuple(f for f in forms if f.lang is None)
        form = forms[int((2 * u_form - 1 if cjk else u_form) * len(forms))]
    text = form.text
    if form.casing and u_case >= 0.6:
        text = text.lower() if u_case < 0.85 else text.upper()
    return SynthMark(index, brand, True, form.level, form.tag, text)


def _decoy(
    index: int, brand: int, lang: int, u_form: float, u_case: float, u_aux: float
) -> SynthMark:
    b: SynthBrand = BRANDS[brand]
    code = LANGS[lang]
    if b.word_phrases:
        text = b.word_phrases[int(u_form * len(b.word_phrases))]
        return SynthMark(
            index, brand, False, "none", "decoy:word", _capitalise(text) if u_case < 0.3 else text
        )
    lookalike = b.zh_lookalike if code == "zh-Hans" else b.ja_lookalike if code == "ja" else None
    if lookalike is not None and u_aux < 0.5:
        return SynthMark(index, brand, False, "none", "decoy:lookalike", lookalike)
    text = b.name + PREFIX_SUFFIXES[int(u_form * len(PREFIX_SUFFIXES))]
    return SynthMark(
        index, brand, False, "none", "decoy:prefix", text if u_case < 0.7 else text.lower()
    )


# --- batches ------------------------------------------------------------------------------


def iter_batches(
    n_posts: int,
    *,
    seed: int = 0,
    batch_size: int = 100_000,
    needle_rate: float = 0.01,
    decoy_rate: float = 0.01,
    languages: Sequence[str] | None = None,
) -> Iterator[SynthBatch]:
    """The synthetic firehose in memory, ``batch_size`` posts at a time.

    The posts are a function of ``(n_posts, seed, needle_rate, decoy_rate,
    languages)`` and the generator version only: the batch size changes how
    they are grouped, not what they are, and the first k posts of a longer
    stream are the k posts of a shorter one. Memory is bounded by the batch
    size. Raises :class:`SynthError` on bad arguments (before yielding).

    Example:
        >>> [len(b) for b in iter_batches(2500, batch_size=1000, seed=3)]
        [1000, 1000, 500]
        >>> big = next(iter_batches(2500, batch_size=2500, seed=3))
        >>> [b.texts for b in iter_batches(1000, seed=3)][0] == big.texts[:1000]
        True
    """
    spec = SynthSpec.make(
        n_posts, seed=seed, needle_rate=needle_rate, decoy_rate=decoy_rate, languages=languages
    )
    return iter_spec(spec, batch_size=batch_size)


def iter_spec(spec: SynthSpec, *, batch_size: int = 100_000) -> Iterator[SynthBatch]:
    """The batches of a :class:`SynthSpec` (see :func:`iter_batches`).

    Example:
        >>> sum(len(b) for b in iter_spec(SynthSpec(n_posts=10), batch_size=4))
        10
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise SynthError(f"batch_size must be a positive integer, got {batch_size!r}")
    return _batches(spec, batch_size)


def _batches(spec: SynthSpec, batch_size: int) -> Iterator[SynthBatch]:
    generator = _Generator(spec)
    pieces: list[tuple[int, _Chunk, int, int]] = []
    pending = 0
    n_chunks = -(-spec.n_posts // CHUNK_SIZE)
    for index in range(n_chunks):
        chunk = generator.chunk(index)
        take = min(CHUNK_SIZE, spec.n_posts - index * CHUNK_SIZE)
        offset = 0
        while offset < take:
            size = min(batch_size - pending, take - offset)
            pieces.append((index * CHUNK_SIZE, chunk, offset, offset + size))
            pending += size
            offset += size
            if pending == batch_size:
                yield _assemble(pieces, generator.tables)
                pieces, pending = [], 0
    if pieces:
        yield _assemble(pieces, generator.tables)


def _assemble(pieces: list[tuple[int, _Chunk, int, int]], tables: _Tables) -> SynthBatch:
    texts: list[str] = []
    marks: list[SynthMark] = []
    for base, chunk, lo, hi in pieces:
        texts += chunk.texts[lo:hi]
        marks += [m for m in chunk.marks if base + lo <= m.index < base + hi]
    lang = np.concatenate([chunk.lang[lo:hi] for _, chunk, lo, hi in pieces])
    channel = np.concatenate([chunk.channel[lo:hi] for _, chunk, lo, hi in pieces])
    return SynthBatch(
        start=pieces[0][0] + pieces[0][2],
        texts=texts,
        langs=tables.lang_names[lang].tolist(),
        channels=tables.channel_names[channel].tolist(),
        needle_entity=np.concatenate([chunk.needle[lo:hi] for _, chunk, lo, hi in pieces]),
        decoy_entity=np.concatenate([chunk.decoy[lo:hi] for _, chunk, lo, hi in pieces]),
        marks=tuple(marks),
    )
