"""The flat program the match kernel executes: patterns, atoms, fields, postfix code.

A *pattern* is one pattern token (``bahn``, ``micro*``, ``colo?r``), stored as
code points in one buffer with offsets; ``?`` is the sentinel ``ANY_CHAR`` and a
trailing ``*`` is the flag ``pattern_prefix``. An *atom* is a term or phrase: a
sequence of patterns that must match consecutive tokens, plus the kind that the
first token must have. A *field* is a metadata filter (``lang:fr``). The code of
every query is a postfix program over two stacks (booleans and span lists), one
``(opcode, a, b)`` row per instruction, with per-query offsets.

This module knows nothing about the query AST: the compiler in
``listenbench.baselines.keyword`` lowers ASTs with :class:`ProgramBuilder`.

Example:
    >>> b = ProgramBuilder()
    >>> a = b.atom([b.pattern("apple"), b.pattern("pie")])
    >>> b.emit(Op.ATOM_BOOL, a)
    >>> b.emit(Op.NOT)
    >>> b.end_query()
    >>> program = b.build()
    >>> program.n_queries, program.n_patterns, program.n_atoms
    (1, 2, 1)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from listenbench.kernels._index import atom_weight, build_index, query_triggers
from listenbench.kernels._unicode import OTHER, WORD, unicode_tables

#: Code point value that stands for the ``?`` wildcard in ``pattern_chars``.
ANY_CHAR = -1

#: Atom kinds: the first token of an occurrence may be any token / a hashtag / a mention.
KIND_ANY, KIND_HASHTAG, KIND_MENTION = 0, 1, 2

#: Bits of ``Program.pattern_flags``: trailing ``*``, case-sensitive, has a wildcard.
FLAG_PREFIX, FLAG_CASE, FLAG_WILD = 1, 2, 4

#: Field kinds.
FIELD_LANG, FIELD_CHANNEL = 0, 1
FIELD_NAMES: dict[str, int] = {"lang": FIELD_LANG, "channel": FIELD_CHANNEL}


class Op(IntEnum):
    """Opcodes of the postfix program (``a`` and ``b`` are the instruction's arguments).

    Stacks: ``B`` holds booleans, ``S`` holds span lists (sorted, distinct
    ``(start, end)`` token spans).
    """

    ATOM = 0  # S.push(occurrence spans of atom a)
    ATOM_BOOL = 1  # B.push(atom a occurs)
    FIELD = 2  # B.push(post passes field filter a)
    TO_BOOL = 3  # B.push(S.pop() is not empty)
    OR_SPANS = 4  # S.push(union of the top a span lists)
    NEAR = 5  # y = S.pop(); x = S.pop(); S.push(near(x, y, distance=a, ordered=b))
    NEAR_BOOL = 6  # like NEAR, but B.push(the result is not empty)
    AND = 7  # B.push(all of the top a booleans)
    OR = 8  # B.push(any of the top a booleans)
    NOT = 9  # B.push(not B.pop())


_ASCII_WORD = re.compile(r"[A-Za-z0-9_*?]+")


def pattern_tokens(text: str, *, case_sensitive: bool = False) -> list[str]:
    """Split a query word into pattern tokens, as the specification says.

    The text is NFKC-normalised and tokenised like post text, except that
    ``*`` and ``?`` are word characters; each token is casefolded character
    by character unless ``case_sensitive``. Wildcard placement is not checked
    here (see :func:`pattern_token_problem`).

    Example:
        >>> pattern_tokens("S-Bahn*")
        ['s', 'bahn*']
        >>> pattern_tokens("苹果 Straße")
        ['苹', '果', 'strasse']
        >>> pattern_tokens("{Office}", case_sensitive=True)
        ['Office']
    """
    return list(_pattern_tokens(text, case_sensitive))


@functools.lru_cache(maxsize=1 << 16)
def _pattern_tokens(text: str, case_sensitive: bool) -> tuple[str, ...]:
    if text.isascii():
        tokens = _ASCII_WORD.findall(text)
        return tuple(tokens if case_sensitive else (t.lower() for t in tokens))
    classes = unicode_tables().char_class
    words: list[list[str]] = []
    in_word = False
    for ch in unicodedata.normalize("NFKC", text):
        cls = WORD if ch in "*?" else int(classes[ord(ch)])
        if cls == OTHER:
            in_word = False
        elif cls == WORD:
            if in_word:
                words[-1].append(ch)
            else:
                words.append([ch])
                in_word = True
        else:
            words.append([ch])
            in_word = False
    if case_sensitive:
        return tuple("".join(w) for w in words)
    # Per character, as the kernel's fold table (built from str.casefold) does.
    return tuple("".join(ch.casefold() for ch in w) for w in words)


def pattern_token_problem(token: str) -> str | None:
    """Why ``token`` is not a valid pattern token, or ``None`` if it is.

    Example:
        >>> pattern_token_problem("micro*") is None
        True
        >>> pattern_token_problem("mi*cro")
        "'*' may only end a word"
    """
    if not token:
        return "empty word"
    if "*" in token[:-1]:
        return "'*' may only end a word"
    if not token.strip("*?"):
        return "a word needs at least one character that is not a wildcard"
    return None


class KernelProgram(NamedTuple):
    """The arrays of a :class:`Program` that the Numba kernel reads, as one argument."""

    pattern_chars: NDArray[np.int32]
    pattern_off: NDArray[np.int64]
    pattern_flags: NDArray[np.uint8]
    pattern_hash: NDArray[np.uint64]
    exact_keys: NDArray[np.uint64]
    exact_patterns: NDArray[np.int32]
    exact_shift: int
    exact_filter: NDArray[np.uint64]
    exact_passive_filter: NDArray[np.uint64]
    exact_filter_shift: int
    pair_keys: NDArray[np.uint64]
    pair_groups: NDArray[np.int32]
    pair_shift: int
    pair_filter: NDArray[np.uint64]
    pair_passive_filter: NDArray[np.uint64]
    pair_filter_shift: int
    pair_group_off: NDArray[np.int64]
    pair_group_atoms: NDArray[np.int32]
    wild_keys: NDArray[np.uint64]
    wild_groups: NDArray[np.int32]
    wild_shift: int
    wild_filter: NDArray[np.uint64]
    wild_passive_filter: NDArray[np.uint64]
    wild_filter_shift: int
    wild_group_off: NDArray[np.int64]
    wild_group_patterns: NDArray[np.int32]
    wild_long: int
    wild_short: int
    wild_any: NDArray[np.int32]
    atom_patterns: NDArray[np.int32]
    atom_off: NDArray[np.int64]
    atom_kind: NDArray[np.int32]
    atom_positional: NDArray[np.bool_]
    atom_passive: NDArray[np.bool_]
    first_off: NDArray[np.int64]
    first_atoms: NDArray[np.int32]
    trigger_off: NDArray[np.int64]
    trigger_queries: NDArray[np.int32]
    always_queries: NDArray[np.int32]
    field_kind: NDArray[np.int32]
    code: NDArray[np.int32]
    query_off: NDArray[np.int64]
    max_bool_stack: int
    max_span_stack: int
    token_filter: NDArray[np.uint64]
    token_filter_shift: int
    wild_bits: NDArray[np.uint64]
    wild_bits_shift: int
    query_passive: NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class Program:
    """A compiled set of queries, ready for :func:`listenbench.kernels.match`.

    Build it with :class:`ProgramBuilder`; all arrays are C-contiguous.

    Patterns: ``pattern_chars[pattern_off[p]:pattern_off[p + 1]]`` (folded
    unless ``pattern_case[p]``; ``ANY_CHAR`` for ``?``; a trailing ``*`` is
    ``pattern_prefix[p]``; both also as bits of ``pattern_flags``).
    Wildcard-free patterns are in the open-addressing table
    ``exact_keys``/``exact_patterns`` (with the bit filter ``exact_filter``, see
    :class:`~listenbench.kernels._index.HashTable`) under the hash of their
    folded code points; wildcard patterns are grouped under the hash of their literal
    prefix (``wild_keys``/``wild_groups`` → ``wild_group_patterns``, keyed by
    their first ``wild_long`` or ``wild_short`` code points), and
    ``wild_any`` lists those starting with ``?``. Atoms:
    ``atom_patterns[atom_off[a]:atom_off[a + 1]]``; ``first_atoms[first_off[p]:
    first_off[p + 1]]`` are the atoms whose first pattern is ``p``;
    ``atom_positional[a]`` says that a ``NEAR`` needs the atom's positions.
    Query ``q`` is evaluated for a post when one of the atoms it is listed
    under in ``trigger_off``/``trigger_queries`` occurs, or always if it is in
    ``always_queries`` (see :func:`listenbench.kernels._index.query_triggers`);
    ``query_passive[q]`` says it reads an atom that triggers nothing (looked
    for only then). Every token is first tested against ``token_filter`` (the
    exact keys and the first words of pairs, see
    :class:`~listenbench.kernels._index.TokenFilter`) and its wildcard keys
    against ``wild_bits`` (:func:`~listenbench.kernels._index.bit_filter`).
    """

    pattern_chars: NDArray[np.int32]
    pattern_off: NDArray[np.int64]
    pattern_prefix: NDArray[np.bool_]
    pattern_case: NDArray[np.bool_]
    pattern_flags: NDArray[np.uint8]
    pattern_hash: NDArray[np.uint64]
    exact_keys: NDArray[np.uint64]
    exact_patterns: NDArray[np.int32]
    exact_shift: int
    exact_filter: NDArray[np.uint64]
    exact_passive_filter: NDArray[np.uint64]
    exact_filter_shift: int
    pair_keys: NDArray[np.uint64]
    pair_groups: NDArray[np.int32]
    pair_shift: int
    pair_filter: NDArray[np.uint64]
    pair_passive_filter: NDArray[np.uint64]
    pair_filter_shift: int
    pair_group_off: NDArray[np.int64]
    pair_group_atoms: NDArray[np.int32]
    wild_keys: NDArray[np.uint64]
    wild_groups: NDArray[np.int32]
    wild_shift: int
    wild_filter: NDArray[np.uint64]
    wild_passive_filter: NDArray[np.uint64]
    wild_filter_shift: int
    wild_group_off: NDArray[np.int64]
    wild_group_patterns: NDArray[np.int32]
    wild_long: int
    wild_short: int
    wild_any: NDArray[np.int32]
    atom_patterns: NDArray[np.int32]
    atom_off: NDArray[np.int64]
    atom_kind: NDArray[np.int32]
    atom_positional: NDArray[np.bool_]
    atom_passive: NDArray[np.bool_]
    first_off: NDArray[np.int64]
    first_atoms: NDArray[np.int32]
    trigger_off: NDArray[np.int64]
    trigger_queries: NDArray[np.int32]
    always_queries: NDArray[np.int32]
    field_kind: NDArray[np.int32]
    field_values: tuple[str, ...]
    code: NDArray[np.int32]
    query_off: NDArray[np.int64]
    n_queries: int
    max_bool_stack: int
    max_span_stack: int
    token_filter: NDArray[np.uint64]
    token_filter_shift: int
    wild_bits: NDArray[np.uint64]
    wild_bits_shift: int
    query_passive: NDArray[np.bool_]

    @property
    def n_patterns(self) -> int:
        return int(self.pattern_off.size - 1)

    @property
    def n_atoms(self) -> int:
        return int(self.atom_off.size - 1)

    @property
    def n_fields(self) -> int:
        return len(self.field_values)

    def kernel_args(self) -> KernelProgram:
        """The arrays the kernel reads, in one tuple."""
        return KernelProgram(*(getattr(self, name) for name in KernelProgram._fields))

    def pattern_text(self, p: int) -> str:
        """Pattern ``p`` written back as a query word (``?``, trailing ``*``).

        Example:
            >>> b = ProgramBuilder()
            >>> b.pattern("colo?r*")
            0
            >>> b.atom([0])
            0
            >>> b.emit(Op.ATOM_BOOL, 0); b.end_query(); b.build().pattern_text(0)
            'colo?r*'
        """
        lo, hi = int(self.pattern_off[p]), int(self.pattern_off[p + 1])
        chars = "".join("?" if c == ANY_CHAR else chr(c) for c in self.pattern_chars[lo:hi])
        return chars + ("*" if self.pattern_prefix[p] else "")

    def __repr__(self) -> str:
        return (
            f"Program(n_queries={self.n_queries}, n_patterns={self.n_patterns}, "
            f"n_atoms={self.n_atoms}, n_fields={self.n_fields}, "
            f"n_instructions={self.code.shape[0]})"
        )


# How each opcode changes the two stack depths: (bools popped, spans popped,
# bools pushed, spans pushed); ``None`` pops are the instruction's ``a``.
_STACK_EFFECT: dict[Op, tuple[int | None, int | None, int, int]] = {
    Op.ATOM: (0, 0, 0, 1),
    Op.ATOM_BOOL: (0, 0, 1, 0),
    Op.FIELD: (0, 0, 1, 0),
    Op.TO_BOOL: (0, 1, 1, 0),
    Op.OR_SPANS: (0, None, 0, 1),
    Op.NEAR: (0, 2, 0, 1),
    Op.NEAR_BOOL: (0, 2, 1, 0),
    Op.AND: (None, 0, 1, 0),
    Op.OR: (None, 0, 1, 0),
    Op.NOT: (1, 0, 1, 0),
}


class ProgramBuilder:
    """Collects patterns, atoms, fields and code, deduplicating across queries.

    Emit each query's postfix code with :meth:`emit`, close it with
    :meth:`end_query` (which checks that it leaves exactly one boolean), then
    call :meth:`build`. Malformed input raises ``ValueError`` (a compiler bug,
    not a user error: the compiler validates user input first).

    Example:
        >>> b = ProgramBuilder()
        >>> b.pattern("Nike") == b.pattern("Nike"), b.pattern("x", case_sensitive=True)
        (True, 1)
    """

    def __init__(self) -> None:
        self._patterns: dict[tuple[str, bool], int] = {}
        self._atoms: dict[tuple[tuple[int, ...], int], int] = {}
        self._fields: dict[tuple[int, str], int] = {}
        self._code: list[tuple[int, int, int]] = []
        self._query_off: list[int] = [0]
        self._bools = 0
        self._spans = 0
        self._max_bools = 0
        self._max_spans = 0

    def pattern(self, token: str, *, case_sensitive: bool = False) -> int:
        """The id of pattern token ``token`` (already folded unless case-sensitive)."""
        problem = pattern_token_problem(token)
        if problem is not None:
            raise ValueError(f"bad pattern token {token!r}: {problem}")
        key = (token, case_sensitive)
        return self._patterns.setdefault(key, len(self._patterns))

    def atom(self, patterns: Sequence[int], kind: int = KIND_ANY) -> int:
        """The id of the atom matching ``patterns`` on consecutive tokens."""
        if not patterns:
            raise ValueError("an atom needs at least one pattern")
        if any(not 0 <= p < len(self._patterns) for p in patterns):
            raise ValueError(f"unknown pattern id in {list(patterns)}")
        if kind not in (KIND_ANY, KIND_HASHTAG, KIND_MENTION):
            raise ValueError(f"unknown atom kind {kind}")
        key = (tuple(patterns), kind)
        return self._atoms.setdefault(key, len(self._atoms))

    def field(self, name: str, value: str) -> int:
        """The id of the filter ``name:value`` (``lang`` or ``channel``)."""
        if name not in FIELD_NAMES:
            raise ValueError(f"unknown field {name!r}: expected one of {sorted(FIELD_NAMES)}")
        key = (FIELD_NAMES[name], value.casefold())
        return self._fields.setdefault(key, len(self._fields))

    def emit(self, op: Op, a: int = 0, b: int = 0) -> None:
        """Append one instruction to the current query."""
        op = Op(op)
        if op in (Op.ATOM, Op.ATOM_BOOL) and not 0 <= a < len(self._atoms):
            raise ValueError(f"{op.name}: unknown atom {a}")
        if op is Op.FIELD and not 0 <= a < len(self._fields):
            raise ValueError(f"FIELD: unknown field {a}")
        if op in (Op.NEAR, Op.NEAR_BOOL) and (a < 0 or b not in (0, 1)):
            raise ValueError(f"{op.name}: bad distance {a} or ordered flag {b}")
        if op in (Op.OR_SPANS, Op.AND, Op.OR) and a < 1:
            raise ValueError(f"{op.name}: needs at least one operand, got {a}")
        pop_b, pop_s, push_b, push_s = _STACK_EFFECT[op]
        pop_b = a if pop_b is None else pop_b
        pop_s = a if pop_s is None else pop_s
        if self._bools < pop_b or self._spans < pop_s:
            raise ValueError(f"{op.name}: stack underflow")
        self._bools += push_b - pop_b
        self._spans += push_s - pop_s
        self._max_bools = max(self._max_bools, self._bools)
        self._max_spans = max(self._max_spans, self._spans)
        self._code.append((int(op), a, b))

    def end_query(self) -> None:
        """Close the current query; its code must leave exactly one boolean."""
        if self._bools != 1 or self._spans != 0:
            raise ValueError(
                f"query {len(self._query_off) - 1} leaves {self._bools} booleans and "
                f"{self._spans} span lists: expected exactly one boolean"
            )
        self._bools = 0
        self._query_off.append(len(self._code))

    def build(self) -> Program:
        """Freeze everything collected so far into a :class:`Program`."""
        if self._code and self._query_off[-1] != len(self._code):
            raise ValueError("the last query was not closed with end_query()")
        chars: list[int] = []
        offsets = [0]
        prefix: list[bool] = []
        case: list[bool] = []
        wild: list[bool] = []
        folded: list[list[int]] = []
        for token, case_sensitive in self._patterns:  # in id order
            star = token.endswith("*")
            body = token[:-1] if star else token
            cps = [ANY_CHAR if ch == "?" else ord(ch) for ch in body]
            chars.extend(cps)
            offsets.append(len(chars))
            prefix.append(star)
            case.append(case_sensitive)
            wild.append(star or ANY_CHAR in cps)
            # The kernel hashes casefolded tokens: key case-sensitive patterns by their fold.
            folded.append(
                [ANY_CHAR if ch == "?" else ord(ch) for ch in _fold(body, case_sensitive)]
            )
        atom_patterns = [p for pats, _ in self._atoms for p in pats]
        atom_off = np.zeros(len(self._atoms) + 1, dtype=np.int64)
        np.cumsum([len(pats) for pats, _ in self._atoms], out=atom_off[1:])
        positional = np.zeros(len(self._atoms), dtype=np.bool_)
        for op, a, _ in self._code:
            if op == Op.ATOM:
                positional[a] = True
        weights = [
            atom_weight(
                len(pats),
                kind,
                any(wild[p] for p in pats),
                len(folded[pats[0]]),
                all(0 <= c < 0x80 for c in folded[pats[0]]),
            )
            for pats, kind in self._atoms
        ]
        trigger_off, trigger_queries, always = query_triggers(
            self._code, self._query_off, len(self._atoms), weights
        )
        # Atoms that trigger no query and that no always-evaluated query reads are
        # only looked for in posts where a triggered query needs them.
        passive = np.diff(trigger_off) == 0
        for q in always.tolist():
            for op, a, _ in self._code[self._query_off[q] : self._query_off[q + 1]]:
                if op in (Op.ATOM, Op.ATOM_BOOL):
                    passive[a] = False
        index = build_index(folded, wild, [pats for pats, _ in self._atoms], passive.tolist())
        # Queries that read a passive atom: the kernel looks for those only for them.
        query_passive = np.zeros(len(self._query_off) - 1, dtype=np.bool_)
        for q in range(len(self._query_off) - 1):
            for op, a, _ in self._code[self._query_off[q] : self._query_off[q + 1]]:
                if op in (Op.ATOM, Op.ATOM_BOOL) and passive[a]:
                    query_passive[q] = True
                    break
        code = np.asarray(self._code, dtype=np.int32).reshape(-1, 3)
        return Program(
            pattern_chars=np.asarray(chars, dtype=np.int32),
            pattern_off=np.asarray(offsets, dtype=np.int64),
            pattern_prefix=np.asarray(prefix, dtype=np.bool_),
            pattern_case=np.asarray(case, dtype=np.bool_),
            pattern_flags=(
                np.asarray(prefix, dtype=np.uint8) * FLAG_PREFIX
                + np.asarray(case, dtype=np.uint8) * FLAG_CASE
                + np.asarray(wild, dtype=np.uint8) * FLAG_WILD
            ).astype(np.uint8),
            pattern_hash=index.pattern_hash,
            exact_keys=index.exact.keys,
            exact_patterns=index.exact.values,
            exact_shift=index.exact.shift,
            exact_filter=index.exact.filter,
            exact_passive_filter=index.exact.passive_filter,
            exact_filter_shift=index.exact.filter_shift,
            pair_keys=index.pair.keys,
            pair_groups=index.pair.values,
            pair_shift=index.pair.shift,
            pair_filter=index.pair.filter,
            pair_passive_filter=index.pair.passive_filter,
            pair_filter_shift=index.pair.filter_shift,
            pair_group_off=index.pair_group_off,
            pair_group_atoms=index.pair_group_atoms,
            wild_keys=index.wild.keys,
            wild_groups=index.wild.values,
            wild_shift=index.wild.shift,
            wild_filter=index.wild.filter,
            wild_passive_filter=index.wild.passive_filter,
            wild_filter_shift=index.wild.filter_shift,
            wild_group_off=index.wild_group_off,
            wild_group_patterns=index.wild_group_patterns,
            wild_long=index.wild_long,
            wild_short=index.wild_short,
            wild_any=index.wild_any,
            atom_patterns=np.asarray(atom_patterns, dtype=np.int32),
            atom_off=atom_off,
            atom_kind=np.asarray([kind for _, kind in self._atoms], dtype=np.int32),
            atom_positional=positional,
            atom_passive=passive,
            first_off=index.first_off,
            first_atoms=index.first_atoms,
            trigger_off=trigger_off,
            trigger_queries=trigger_queries,
            always_queries=always,
            field_kind=np.asarray([kind for kind, _ in self._fields], dtype=np.int32),
            field_values=tuple(value for _, value in self._fields),
            code=np.ascontiguousarray(code),
            query_off=np.asarray(self._query_off, dtype=np.int64),
            n_queries=len(self._query_off) - 1,
            max_bool_stack=max(self._max_bools, 1),
            max_span_stack=max(self._max_spans, 1),
            token_filter=index.token.words,
            token_filter_shift=index.token.shift,
            wild_bits=index.wild_bits.words,
            wild_bits_shift=index.wild_bits.shift,
            query_passive=query_passive,
        )


def _fold(text: str, case_sensitive: bool) -> str:
    """``text`` casefolded per character if ``case_sensitive`` (else already folded)."""
    if not case_sensitive:
        return text
    return "".join("?" if ch == "?" else ch.casefold() for ch in text)
