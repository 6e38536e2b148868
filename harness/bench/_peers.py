"""The peer engines: other ways to find the same literal terms from Python.

Every peer is given the round's distinct literal terms
(:func:`~listenbench.harness.bench.literal_terms`) and asked for the same
thing listenbench computes for them: which term occurs in which post, as a
whole word (a Latin, Cyrillic, Greek... term must not touch another word
character; a CJK, Japanese or Thai character is a boundary, as in
``喜欢Nike鞋``; ``#tag``/``@handle`` must follow a non-word character) and
case-insensitively. Each does it the fastest reasonable way its API allows;
where the engine cannot express a rule, the difference shows up in the
agreement rate rather than being hidden:

- ``hyperscan``: one database of the terms as literals, byte mode,
  ``HS_FLAG_CASELESS`` (ASCII) with explicit case alternations for non-ASCII
  letters, one ``scan`` over the batch's joined buffer; the word boundaries are
  checked on each match's neighbouring characters (decoded from UTF-8) with
  NumPy. Boundary classes inside the patterns cost too much to build (26k terms:
  178 s with UTF-8 boundary classes, 19 s with a one-byte class after the term,
  1.3 s as plain literals; Unicode mode refuses ``\\b`` and takes a minute to
  build 1,000 terms). No NFKC, no full casefolding (ß/ss).
- ``re2``: a ``re2.Set`` of byte patterns with explicit UTF-8 boundary classes
  (Latin-1 mode, so that RE2 sees bytes; case-insensitive by ``[nN]`` classes
  and case alternations), one ``Match`` per post with its separators (a Set
  returns no offsets, so boundaries must be in the patterns). The classes
  approximate the character classes by UTF-8 lead bytes (all of U+2000-U+9FFF
  is a boundary to them). Its DFA is built lazily while scanning: the first
  pass over new text is slow. (Unicode mode with ``\\pL`` classes scans no
  faster and takes 11 s to build 2,700 terms.)
- ``pyahocorasick``: an automaton of the casefolded terms over the casefolded
  joined text, boundaries checked afterwards with NumPy.
- ``flashtext``: its ``KeywordProcessor`` (case-insensitive), per post; it
  treats every non-ASCII letter as a boundary, by design.
- ``re``: one alternation of all terms with look-around boundary classes,
  ``re.IGNORECASE``; ``finditer`` reports non-overlapping matches only.

Example:
    >>> from listenbench.harness.bench._queries import BenchTerm
    >>> from listenbench.harness.bench._posts import PostBatch
    >>> peer = make_peer("re", [BenchTerm("nike"), BenchTerm("苹果")])
    >>> peer.build()
    >>> batch = PostBatch.from_texts(["喜欢Nike鞋", "nikes", "我买了苹果手机"], ["zh", "en", "zh"],
    ...                              [None] * 3)
    >>> peer.pairs(peer.scan(batch, 0, 3, 1), batch, 0, 3).tolist()
    [[0, 0], [2, 1]]
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines.keyword import KIND_ANY
from listenbench.harness.bench._engine import WORK_TERMS, EngineUnavailable, distinct_pairs
from listenbench.harness.bench._posts import PostBatch
from listenbench.harness.bench._queries import EDGE_NONE, EDGE_SIGIL, EDGE_WORD, BenchTerm
from listenbench.kernels import OTHER, WORD, unicode_tables

#: The PyPI package that provides each peer (for the "not installed" note).
PEER_PACKAGES: dict[str, str] = {
    "hyperscan": "hyperscan",
    "re2": "google-re2",
    "pyahocorasick": "pyahocorasick",
    "flashtext": "flashtext",
    "re": "(standard library)",
}

#: Peers that would take minutes to build (and hours to scan) above this many terms.
MAX_TERMS: dict[str, int] = {"re": 30_000}

_MODULES = {
    "hyperscan": "hyperscan",
    "re2": "re2",
    "pyahocorasick": "ahocorasick",
    "flashtext": "flashtext",
    "re": "re",
}

#: Unspaced blocks of the query language (CJK, kana, Thai...), from the spec.
_UNSPACED = (
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x2E80, 0x2FDF),
    (0x3005, 0x3007),
    (0x3021, 0x3029),
    (0x3031, 0x3035),
    (0x3038, 0x303C),
    (0x3040, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x3FFFF),
)


def import_peer(name: str) -> ModuleType:
    """The peer's Python module; :class:`EngineUnavailable` with a clear note if missing.

    Example:
        >>> import_peer("re").__name__
        're'
    """
    try:
        return importlib.import_module(_MODULES[name])
    except ImportError as err:
        raise EngineUnavailable(
            f"not installed (pip install {PEER_PACKAGES[name]}): {err}"
        ) from None


def edges(term: BenchTerm) -> tuple[int, int]:
    """The boundary rules at the start and end of a term's literal.

    ``EDGE_WORD``: the neighbour must not be a word character (an unspaced
    character or any other character is a boundary); ``EDGE_SIGIL``: the
    character before ``#``/``@`` must be neither a word nor an unspaced
    character; ``EDGE_NONE``: no condition (unspaced scripts match as substrings).

    Example:
        >>> edges(BenchTerm("nike")), edges(BenchTerm("苹果")), edges(BenchTerm("tag", 1))
        ((1, 1), (0, 0), (2, 1))
    """
    classes = unicode_tables().char_class
    literal = term.literal
    if term.kind != KIND_ANY:
        first = EDGE_SIGIL
    else:
        first = EDGE_WORD if int(classes[ord(literal[0])]) == WORD else EDGE_NONE
    last = EDGE_WORD if int(classes[ord(literal[-1])]) == WORD else EDGE_NONE
    return first, last


class _Captured:
    """What native code wrote to file descriptor 2 inside :func:`_native_stderr`."""

    text = ""


@contextlib.contextmanager
def _native_stderr() -> Iterator[_Captured]:
    """Send what native code writes to file descriptor 2 (RE2's absl log lines) to a
    temporary file for the duration; its text is in the yielded object afterwards."""
    captured = _Captured()
    with tempfile.TemporaryFile() as log:
        try:
            saved = os.dup(2)
        except OSError:  # no file descriptor 2: nothing to redirect
            yield captured
            return
        sys.stderr.flush()
        os.dup2(log.fileno(), 2)
        try:
            yield captured
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            log.seek(0)
            captured.text = log.read().decode("utf-8", "replace")


def _empty() -> NDArray[np.int64]:
    return np.zeros((0, 2), dtype=np.int64)


class _Peer:
    """Shared parts of the peers: name, terms, chunking."""

    name = ""
    method = ""
    chunk_posts = 1 << 30
    learns_text = False

    def __init__(self, terms: Sequence[BenchTerm]) -> None:
        self.terms = list(terms)
        self.work = WORK_TERMS
        self.n_patterns = len(self.terms)
        self.module = import_peer(self.name)
        limit = MAX_TERMS.get(self.name)
        if limit is not None and len(self.terms) > limit:
            raise EngineUnavailable(
                f"skipped: {len(self.terms):,} terms is more than {limit:,} "
                f"(its build and scan would take hours)"
            )

    def build(self) -> None:
        raise NotImplementedError

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        raise NotImplementedError

    def pairs(self, found: Any, batch: PostBatch, lo: int, hi: int) -> NDArray[np.int64]:
        array = np.asarray(found, dtype=np.int64).reshape(-1, 2)
        return distinct_pairs(array[:, 0], array[:, 1])


# --- hyperscan ---------------------------------------------------------------------------


def _hs_char(c: str) -> bytes:
    """One character of a pattern: ASCII as is (HS_FLAG_CASELESS folds it), other
    letters as the alternation of their one-character case variants of the same
    UTF-8 length (so a term's byte length is fixed)."""
    if c.isascii():
        return c.encode() if c.isalnum() else b"\\x%02x" % ord(c)
    size = len(c.encode("utf-8"))
    variants = sorted(
        {
            v
            for v in (c, c.lower(), c.upper(), c.casefold())
            if len(v) == 1 and len(v.encode("utf-8")) == size
        }
    )
    encoded = [b"".join(b"\\x%02x" % byte for byte in v.encode("utf-8")) for v in variants]
    return encoded[0] if len(encoded) == 1 else b"(?:" + b"|".join(encoded) + b")"


def hyperscan_pattern(term: BenchTerm) -> bytes:
    """The Hyperscan literal (byte mode, used with HS_FLAG_CASELESS) for one term.

    Example:
        >>> hyperscan_pattern(BenchTerm("苹果"))
        b'\\\\xe8\\\\x8b\\\\xb9\\\\xe6\\\\x9e\\\\x9c'
        >>> hyperscan_pattern(BenchTerm("café"))
        b'caf(?:\\\\xc3\\\\x89|\\\\xc3\\\\xa9)'
    """
    return b"".join(_hs_char(c) for c in term.literal)


def _decode_before(buf: NDArray[np.uint8], pos: NDArray[np.int64]) -> NDArray[np.int64]:
    """The code point of the UTF-8 character that ends just before byte ``pos``."""
    last = pos - 1
    b1 = buf[last].astype(np.int64)
    b2 = buf[np.maximum(last - 1, 0)].astype(np.int64)
    b3 = buf[np.maximum(last - 2, 0)].astype(np.int64)
    b4 = buf[np.maximum(last - 3, 0)].astype(np.int64)
    two = ((b2 & 0x1F) << 6) | (b1 & 0x3F)
    three = ((b3 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b1 & 0x3F)
    four = ((b4 & 0x07) << 18) | ((b3 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b1 & 0x3F)
    return np.where(b1 < 0x80, b1, np.where(b2 >= 0xC0, two, np.where(b3 >= 0xE0, three, four)))


def _decode_at(buf: NDArray[np.uint8], pos: NDArray[np.int64]) -> NDArray[np.int64]:
    """The code point of the UTF-8 character that starts at byte ``pos``."""
    top = buf.size - 1
    b1 = buf[pos].astype(np.int64)
    b2 = buf[np.minimum(pos + 1, top)].astype(np.int64)
    b3 = buf[np.minimum(pos + 2, top)].astype(np.int64)
    b4 = buf[np.minimum(pos + 3, top)].astype(np.int64)
    two = ((b1 & 0x1F) << 6) | (b2 & 0x3F)
    three = ((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F)
    four = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F)
    return np.where(b1 < 0xC0, b1, np.where(b1 < 0xE0, two, np.where(b1 < 0xF0, three, four)))


def boundaries_ok(
    before: NDArray[np.uint8],
    after: NDArray[np.uint8],
    first: NDArray[np.int64],
    last: NDArray[np.int64],
) -> NDArray[np.bool_]:
    """Which matches pass their boundary rules, given the classes of their neighbours.

    Example:
        >>> ok = boundaries_ok(np.array([OTHER, WORD, OTHER]), np.array([OTHER, OTHER, WORD]),
        ...                    np.array([EDGE_WORD] * 3), np.array([EDGE_WORD] * 3))
        >>> ok.tolist()
        [True, False, False]
    """
    ok = (
        (first == EDGE_NONE)
        | ((first == EDGE_WORD) & (before != WORD))
        | ((first == EDGE_SIGIL) & (before == OTHER))
    ) & ((last == EDGE_NONE) | (after != WORD))
    return np.asarray(ok, dtype=np.bool_)


class HyperscanPeer(_Peer):
    name = "hyperscan"
    method = (
        "literal DB (caseless, case alternations for non-ASCII), 1 scan per batch, "
        "boundaries checked on the matches' neighbours with NumPy"
    )

    def build(self) -> None:
        hs = self.module
        patterns = [hyperscan_pattern(t) for t in self.terms]
        self.db = hs.Database(mode=hs.HS_MODE_BLOCK)
        if patterns:
            self.db.compile(
                expressions=patterns,
                ids=list(range(len(patterns))),
                elements=len(patterns),
                flags=[hs.HS_FLAG_CASELESS] * len(patterns),
            )
        rules = np.array([edges(t) for t in self.terms], dtype=np.int64).reshape(-1, 2)
        self.first, self.last = rules[:, 0], rules[:, 1]
        self.length = np.array([len(t.literal.encode("utf-8")) for t in self.terms], np.int64)
        self.classes = unicode_tables().char_class

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        if not self.terms or hi <= lo:
            return _empty()
        ids: list[int] = []
        ends: list[int] = []
        add_id, add_end = ids.append, ends.append

        def on_match(i: int, start: int, end: int, flags: int, context: Any) -> None:
            add_id(i)
            add_end(end)

        base = int(batch.offsets[lo]) - 1
        if lo == 0 and hi == len(batch):
            data = batch.data
        else:
            data = batch.data[base : int(batch.offsets[hi])]
        self.db.scan(data, match_event_handler=on_match)
        if not ids:
            return _empty()
        buf = np.frombuffer(data, dtype=np.uint8)
        term = np.asarray(ids, dtype=np.int64)
        end = np.asarray(ends, dtype=np.int64)
        start = end - self.length[term]
        ok = boundaries_ok(
            self.classes[_decode_before(buf, start)],
            self.classes[_decode_at(buf, end)],
            self.first[term],
            self.last[term],
        )
        posts = np.searchsorted(batch.offsets, start[ok] + base, side="right") - 1 - lo
        return np.column_stack([posts, term[ok]])


# --- RE2 -----------------------------------------------------------------------------------

_RE2_ASCII_OTHER = rb"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f"
#: The UTF-8 character before a word-edge term: ASCII non-word, U+0080-U+00BF,
#: U+2000-U+9FFF (punctuation, symbols, CJK), Thai/Lao, emoji.
_RE2_BEFORE_WORD = (
    rb"(?:[" + _RE2_ASCII_OTHER + rb"]|\xc2[\x80-\xbf]|[\xe2-\xe9][\x80-\xbf][\x80-\xbf]"
    rb"|\xe0[\xb8-\xbb][\x80-\xbf]|\xf0\x9f[\x80-\xbf][\x80-\xbf])"
)
#: The character before ``#``/``@``: the same without the unspaced scripts.
_RE2_BEFORE_SIGIL = (
    rb"(?:[" + _RE2_ASCII_OTHER + rb"]|\xc2[\x80-\xbf]|\xe2[\x80-\xbf][\x80-\xbf]"
    rb"|\xe3\x80[\x80-\xbf]|\xf0\x9f[\x80-\xbf][\x80-\xbf])"
)
#: The first byte(s) of the character after a word-edge term.
_RE2_AFTER_WORD = rb"(?:[" + _RE2_ASCII_OTHER + rb"\xc2\xe2-\xe9]|\xe0[\xb8-\xbb]|\xf0\x9f)"


def re2_pattern(term: BenchTerm) -> bytes:
    """The RE2 expression (Latin-1 mode, case-sensitive) for one term: the
    boundary classes, then the literal with ASCII letters spelled ``[nN]``.

    Example:
        >>> re2_pattern(BenchTerm("苹果"))
        b'\\\\xe8\\\\x8b\\\\xb9\\\\xe6\\\\x9e\\\\x9c'
        >>> body = b"[zZ][oO][rR][vV][eE][xX]"
        >>> re2_pattern(BenchTerm("Zorvex", 1)).endswith(body + _RE2_AFTER_WORD)
        True
    """
    first, last = edges(term)
    before = {EDGE_WORD: _RE2_BEFORE_WORD, EDGE_SIGIL: _RE2_BEFORE_SIGIL}.get(first, b"")
    after = _RE2_AFTER_WORD if last == EDGE_WORD else b""
    body = b"".join(
        b"[%s%s]" % (c.lower().encode(), c.upper().encode())
        if c.isascii() and c.isalpha()
        else _hs_char(c)
        for c in term.literal
    )
    return before + body + after


class Re2Peer(_Peer):
    name = "re2"
    method = "re2.Set of byte patterns (Latin-1 mode), 1 Match per post; DFA warms on the text"
    #: Its speed depends on having seen the text: time its first pass over each batch.
    learns_text = True
    chunk_posts = 8_192
    #: RE2's memory budget for the Set's DFA (its default of 8 MB fails at 10k terms).
    max_mem = 2 << 30

    def build(self) -> None:
        re2 = self.module
        options = re2.Options()
        options.encoding = re2.Options.Encoding.LATIN1
        options.max_mem = self.max_mem
        self.set = re2.Set.SearchSet(options)
        captured = _Captured()
        try:
            with _native_stderr() as captured:
                for term in self.terms:
                    self.set.Add(re2_pattern(term))
                if self.terms:
                    self.set.Compile()
        except re2.error as err:
            said = captured.text.strip().splitlines()
            detail = f" (RE2 said: {said[-1][-120:]})" if said else ""
            raise RuntimeError(
                f"re2.Set could not compile {len(self.terms):,} patterns within "
                f"max_mem={self.max_mem >> 20} MiB: {err}{detail}"
            ) from None

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        if not self.terms:
            return _empty()
        match = self.set.Match
        data = batch.data
        offsets = batch.offsets[lo : hi + 1].tolist()
        found: list[tuple[int, int]] = []
        for p in range(hi - lo):
            # The post with the separators around it, which the boundary classes look at.
            hits = match(data[offsets[p] - 1 : offsets[p + 1]])
            if hits:
                found.extend((p, i) for i in hits)
        return found


# --- pyahocorasick ---------------------------------------------------------------------------


class AhoCorasickPeer(_Peer):
    name = "pyahocorasick"
    method = "automaton of casefolded terms over casefolded text, NumPy boundary filter"
    chunk_posts = 16_384

    def build(self) -> None:
        automaton = self.module.Automaton()
        keys = [t.literal.casefold() for t in self.terms]
        for i, key in enumerate(keys):
            automaton.add_word(key, i)
        if keys:
            automaton.make_automaton()
        self.automaton = automaton
        rules = np.array([edges(t) for t in self.terms], dtype=np.int64).reshape(-1, 2)
        self.length = np.array([len(k) for k in keys], dtype=np.int64)
        self.first = rules[:, 0]
        self.last = rules[:, 1]
        self.classes = unicode_tables().char_class

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        if not self.terms or hi <= lo:
            return _empty()
        folded = [t.casefold() for t in batch.texts[lo:hi]]
        text = "\n" + "\n".join(folded) + "\n"
        found = list(self.automaton.iter(text))
        if not found:
            return _empty()
        hits = np.array(found, dtype=np.int64)
        end, term = hits[:, 0], hits[:, 1]
        start = end - self.length[term] + 1
        codepoints = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        before = self.classes[codepoints[start - 1]]
        after = self.classes[codepoints[end + 1]]
        ok = boundaries_ok(before, after, self.first[term], self.last[term])
        sizes = np.fromiter((len(f) + 1 for f in folded), np.int64, len(folded))
        starts = np.concatenate([[1], 1 + np.cumsum(sizes)[:-1]])
        posts = np.searchsorted(starts, start[ok], side="right") - 1
        return np.column_stack([posts, term[ok]])


# --- flashtext ------------------------------------------------------------------------------


class FlashTextPeer(_Peer):
    name = "flashtext"
    method = "KeywordProcessor (case-insensitive), per post; ASCII-only word characters"
    chunk_posts = 2_048

    def build(self) -> None:
        processor = self.module.KeywordProcessor(case_sensitive=False)
        for i, term in enumerate(self.terms):
            processor.add_keyword(term.literal, str(i))
        self.processor = processor

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        extract = self.processor.extract_keywords
        found: list[tuple[int, int]] = []
        for p, text in enumerate(batch.texts[lo:hi]):
            for name in extract(text):
                found.append((p, int(name)))
        return found


# --- re -------------------------------------------------------------------------------------

_RE_UNSPACED = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _UNSPACED)
_RE_BEFORE = {EDGE_WORD: rf"(?<![^\W{_RE_UNSPACED}])", EDGE_SIGIL: r"(?<!\w)", EDGE_NONE: ""}
_RE_AFTER = {EDGE_WORD: rf"(?![^\W{_RE_UNSPACED}])", EDGE_NONE: ""}


def re_pattern(terms: Sequence[BenchTerm]) -> str:
    """One alternation of all terms, grouped by boundary rules, longest first.

    Example:
        >>> import re
        >>> rx = re.compile(re_pattern([BenchTerm("nike"), BenchTerm("nike air")]), re.I)
        >>> [m.group() for m in rx.finditer("NIKE AIR, nikes, Nike")]
        ['NIKE AIR', 'Nike']
    """
    groups: dict[tuple[int, int], list[str]] = {}
    for term in terms:
        groups.setdefault(edges(term), []).append(term.literal)
    branches = []
    for (first, last), literals in sorted(groups.items()):
        alternatives = "|".join(re.escape(x) for x in sorted(literals, key=lambda x: -len(x)))
        branches.append(f"{_RE_BEFORE[first]}(?:{alternatives}){_RE_AFTER[last]}")
    return "|".join(branches)


class RePeer(_Peer):
    name = "re"
    method = "one alternation with look-around boundaries, re.IGNORECASE, finditer"
    chunk_posts = 512

    def build(self) -> None:
        self.regex = re.compile(re_pattern(self.terms), re.IGNORECASE) if self.terms else None
        self.index = {t.literal.casefold(): i for i, t in enumerate(self.terms)}

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        if self.regex is None or hi <= lo:
            return _empty()
        texts = batch.texts[lo:hi]
        text = "\n".join(texts)
        found = [(m.start(), m.group()) for m in self.regex.finditer(text)]
        if not found:
            return _empty()
        sizes = np.fromiter((len(t) + 1 for t in texts), np.int64, len(texts))
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        index = self.index
        rows = [(s, index.get(word.casefold(), -1)) for s, word in found]
        array = np.array(rows, dtype=np.int64)
        array = array[array[:, 1] >= 0]
        posts = np.searchsorted(starts, array[:, 0], side="right") - 1
        return np.column_stack([posts, array[:, 1]])


_PEERS: dict[str, type[_Peer]] = {
    "hyperscan": HyperscanPeer,
    "re2": Re2Peer,
    "pyahocorasick": AhoCorasickPeer,
    "flashtext": FlashTextPeer,
    "re": RePeer,
}


def make_peer(name: str, terms: Sequence[BenchTerm]) -> _Peer:
    """The peer engine ``name`` over ``terms`` (not built yet).

    Raises :class:`EngineUnavailable` when its package is missing or it cannot
    take that many terms, ``KeyError`` for an unknown name.

    Example:
        >>> make_peer("re", []).method
        'one alternation with look-around boundaries, re.IGNORECASE, finditer'
    """
    return _PEERS[name](terms)
