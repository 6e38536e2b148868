"""The lookup structures a :class:`~listenbench.kernels.Program` carries for the kernel.

* **Token hash.** The kernel hashes each token's casefolded code points with
  :func:`hash_codepoints` (a rotate-xor chain: two cheap instructions per code
  point) and looks the hash up in an open-addressing table (:func:`hash_table`)
  of the patterns' hashes, so the cost per token does not grow with the number
  of patterns. A bit filter in front of the table (16 bits per key, small
  enough for the L1 cache) turns away almost every token that is no pattern
  before it touches the table. Case-sensitive patterns are keyed by the hash of
  their casefold too and verified against the original text.
* **Pairs.** A phrase (or a word like ``苹果`` or ``s-bahn`` that is several
  tokens) whose first two words have no wildcard is keyed by the
  :func:`pair_hash` of those two words' hashes, which the kernel computes for
  every two adjacent tokens. So a common first word (``the``, ``苹``) costs
  nothing unless its successor matches too.
* **Wildcards** are keyed by the hash of the first code points of their literal
  prefix (before the first ``?``), in two length classes
  (:func:`wild_key_lengths`): the kernel computes, for each token, the hash
  of its first that many code points, so wildcards cost up to two probes of a
  small bit filter per token, whatever their number.
* Every other atom (a single word, or one whose first or second word has a
  wildcard) is found through its first word: :func:`build_index` puts that in
  the table of exact words or of wildcards. The kernel checks each candidate
  atom against all its tokens.
* **Triggers** (:func:`query_triggers`): for each query a set of atoms of which
  at least one must occur for the query to be true, so the kernel evaluates a
  query only when one of its trigger atoms occurred. Queries that can be true
  without any occurrence (``NOT a``, ``lang:fr``) are evaluated for every post.

Example:
    >>> table = hash_table([hash_codepoints([97])], [7])
    >>> int(table.values[table_slot(hash_codepoints([97]), table.shift)]), table.keys.size
    (7, 8)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

#: Wildcards whose literal prefix has at least this many code points are keyed
#: by the first ``k`` of them, ``k`` the shortest such prefix (at most ``WILD_KEY_MAX``).
WILD_PREFIX = 4
WILD_KEY_MAX = 8
#: When every literal prefix has at least ``WILD_PREFIX`` code points, those with at
#: least ``WILD_LONG_PREFIX`` get a key of their own length class (fewer candidates).
WILD_LONG_PREFIX = 6

#: Hash seed and slot multiplier (keep in sync with ``_scan.py``).
HASH_SEED = 0
SLOT_MULTIPLIER = 0x9E3779B97F4A7C15
#: Filter bits per key of a :func:`hash_table`.
FILTER_BITS_PER_KEY = 16
#: Bits per key of a :func:`token_filter` (at least; rounded up to a power of two).
TOKEN_FILTER_BITS_PER_KEY = 24
#: Bits per key of the one-bit filter of wildcard keys (few keys: it stays small).
WILD_FILTER_BITS_PER_KEY = 256
#: Where the three bits of a key in its token filter word come from (see :class:`TokenFilter`).
TOKEN_FILTER_BIT_SHIFTS = (40, 34)
#: Smallest token filter, in 64-bit words.
TOKEN_FILTER_MIN_WORDS = 8
#: Multiplier of :func:`pair_hash`.
PAIR_MULTIPLIER = 0xD6E8FEB86659FD93
_MASK64 = (1 << 64) - 1

# Opcodes (values of ``Op``; ``_program.py`` imports this module).
_ATOM, _ATOM_BOOL, _FIELD, _TO_BOOL, _OR_SPANS, _NEAR, _NEAR_BOOL, _AND, _OR, _NOT = range(10)


def hash_codepoints(codepoints: Sequence[int]) -> int:
    """The kernel's 64-bit token hash: ``h = rotl(h, 7) ^ c`` from ``HASH_SEED`` (0).

    Example:
        >>> hash_codepoints([]), hash_codepoints([1]), hash_codepoints([1, 2]) == (1 << 7) ^ 2
        (0, 1, True)
    """
    h = HASH_SEED
    for cp in codepoints:
        h = (((h << 7) | (h >> 57)) & _MASK64) ^ cp
    return h


def pair_hash(first: int, second: int) -> int:
    """The key of two adjacent tokens with hashes ``first`` and ``second``.

    Example:
        >>> pair_hash(0, 5), pair_hash(1, 0) == PAIR_MULTIPLIER
        (5, True)
    """
    return ((first * PAIR_MULTIPLIER) & _MASK64) ^ second


def table_slot(h: int, shift: int) -> int:
    """The home slot (or filter bit, with the filter's shift) of hash ``h``."""
    return ((h * SLOT_MULTIPLIER) & _MASK64) >> shift


class HashTable(NamedTuple):
    """An open-addressing table from 64-bit keys to values, with bit filters in front.

    A key's probe sequence starts at slot ``table_slot(key, shift)`` and goes up
    (wrapping) to the first empty slot (value ``-1``); equal keys are all stored.
    Bit ``table_slot(key, filter_shift)`` of ``filter`` (bit ``i`` is bit
    ``i % 64`` of word ``i // 64``) is set for every *active* key, the same bit
    of ``passive_filter`` for every *passive* key (a key may be both).
    """

    keys: NDArray[np.uint64]
    values: NDArray[np.int32]
    shift: int
    filter: NDArray[np.uint64]
    passive_filter: NDArray[np.uint64]
    filter_shift: int


def hash_table(
    keys: Sequence[int],
    values: Sequence[int],
    active: Sequence[bool] | None = None,
    passive: Sequence[bool] | None = None,
) -> HashTable:
    """Build a :class:`HashTable` (at most half the slots used).

    By default every key is active and none passive.

    Example:
        >>> table = hash_table([5, 5], [0, 1])
        >>> sorted(table.values[table.values >= 0].tolist()), table.shift, table.filter.size
        ([0, 1], 61, 1)
    """
    n = len(keys)
    active = [True] * n if active is None else active
    passive = [False] * n if passive is None else passive
    bits = 3
    while (1 << bits) < 2 * n:
        bits += 1
    size = 1 << bits
    shift = 64 - bits
    filter_bits = 6
    while (1 << filter_bits) < FILTER_BITS_PER_KEY * n:
        filter_bits += 1
    filter_shift = 64 - filter_bits
    slot_keys = [0] * size
    slot_values = [-1] * size
    words = [0] * (1 << (filter_bits - 6))
    passive_words = [0] * (1 << (filter_bits - 6))
    mask = size - 1
    for key, value, is_active, is_passive in zip(keys, values, active, passive, strict=True):
        product = (key * SLOT_MULTIPLIER) & _MASK64
        slot = product >> shift
        while slot_values[slot] >= 0:
            slot = (slot + 1) & mask
        slot_keys[slot] = key
        slot_values[slot] = value
        bit = product >> filter_shift
        if is_active:
            words[bit >> 6] |= 1 << (bit & 63)
        if is_passive:
            passive_words[bit >> 6] |= 1 << (bit & 63)
    return HashTable(
        keys=np.asarray(slot_keys, dtype=np.uint64),
        values=np.asarray(slot_values, dtype=np.int32),
        shift=shift,
        filter=np.asarray(words, dtype=np.uint64),
        passive_filter=np.asarray(passive_words, dtype=np.uint64),
        filter_shift=filter_shift,
    )


class TokenFilter(NamedTuple):
    """A blocked Bloom filter over 64-bit token keys: two bits in one 64-bit word per key.

    Key ``h`` sets, in word ``p >> shift`` (``p = h * SLOT_MULTIPLIER`` mod 2**64),
    bits ``(p >> s) & 63`` for ``s`` in ``TOKEN_FILTER_BIT_SHIFTS``; the kernel
    tests them with one load (the shifts are constants there). At
    ``TOKEN_FILTER_BITS_PER_KEY`` bits per key about 1% of other keys pass.
    """

    words: NDArray[np.uint64]
    shift: int


def token_filter(keys: Sequence[int] | NDArray[np.uint64]) -> TokenFilter:
    """Build the :class:`TokenFilter` of ``keys`` (hashes of tokens).

    Example:
        >>> f = token_filter([hash_codepoints(b"nike")])
        >>> f.words.size, f.shift, bin(int(f.words.sum())).count("1") in (1, 2)
        (8, 61, True)
    """
    k = np.unique(np.asarray(keys, dtype=np.uint64))
    bits = 6
    while (1 << bits) < max(TOKEN_FILTER_BITS_PER_KEY * k.size, 64 * TOKEN_FILTER_MIN_WORDS):
        bits += 1
    n_words = 1 << (bits - 6)
    shift = 64 - (bits - 6)
    words = np.zeros(n_words, dtype=np.uint64)
    if k.size:
        p = k * np.uint64(SLOT_MULTIPLIER)  # wraps modulo 2**64
        index = (p >> np.uint64(shift)).astype(np.int64)
        six = np.uint64(63)
        one = np.uint64(1)
        mask = np.zeros_like(p)
        for bit_shift in TOKEN_FILTER_BIT_SHIFTS:
            mask |= one << ((p >> np.uint64(bit_shift)) & six)
        np.bitwise_or.at(words, index, mask)
    return TokenFilter(words, shift)


def bit_filter(keys: Sequence[int] | NDArray[np.uint64], bits_per_key: int) -> TokenFilter:
    """A one-bit filter: key ``h`` sets bit ``(h * SLOT_MULTIPLIER mod 2**64) >> shift``
    of ``words`` (bit ``i`` is bit ``i % 64`` of word ``i // 64``); at least
    ``bits_per_key`` bits per key and 512 bits.

    Example:
        >>> f = bit_filter([5], 256)
        >>> f.words.size, f.shift, int(f.words[table_slot(5, f.shift) >> 6]) != 0
        (8, 55, True)
    """
    k = np.unique(np.asarray(keys, dtype=np.uint64))
    bits = 9
    while (1 << bits) < bits_per_key * k.size:
        bits += 1
    shift = 64 - bits
    words = np.zeros(1 << (bits - 6), dtype=np.uint64)
    if k.size:
        bit = (k * np.uint64(SLOT_MULTIPLIER)) >> np.uint64(shift)
        np.bitwise_or.at(
            words, (bit >> np.uint64(6)).astype(np.int64), np.uint64(1) << (bit & np.uint64(63))
        )
    return TokenFilter(words, shift)


def literal_prefix(chars: Sequence[int], any_char: int) -> list[int]:
    """The code points of a wildcard pattern before its first ``?`` (``any_char``).

    ``chars`` are the pattern's (folded) code points without the trailing ``*``.

    Example:
        >>> literal_prefix([109, 105, 99, -1, 111], -1)  # "mic?o"
        [109, 105, 99]
        >>> literal_prefix([-1, 98], -1)
        []
    """
    out: list[int] = []
    for c in chars:
        if c == any_char:
            break
        out.append(c)
    return out


def wild_key_lengths(prefix_lengths: Sequence[int]) -> tuple[int, int]:
    """``(long, short)``: the key lengths for wildcards with these literal-prefix lengths.

    A prefix of at least ``long`` code points is keyed by its first ``long``, a
    shorter one by its first ``short`` (0: no pattern needs that key; both at
    most ``WILD_KEY_MAX``). ``short`` is the shortest prefix; ``long`` the
    shortest prefix of at least ``WILD_PREFIX`` code points, or, when every
    prefix is that long, of at least ``WILD_LONG_PREFIX``. The longer the key,
    the fewer tokens are candidates (a 4-letter stem like ``cont*`` starts many
    words).

    Example:
        >>> wild_key_lengths([5, 2, 3]), wild_key_lengths([6, 12]), wild_key_lengths([])
        ((5, 2), (6, 0), (0, 0))
        >>> wild_key_lengths([4, 5, 7, 12])
        (7, 4)
    """
    lengths = [n for n in prefix_lengths if n > 0]
    if not lengths:
        return 0, 0
    short = min(lengths)
    split = WILD_PREFIX if short < WILD_PREFIX else WILD_LONG_PREFIX
    long = min((n for n in lengths if n >= split), default=0)
    short, long = min(short, WILD_KEY_MAX), min(long, WILD_KEY_MAX)
    if long in (0, short):
        return short, 0
    return long, short


_Trigger = frozenset[int] | None


def _cost(trigger: frozenset[int], atom_cost: Sequence[int]) -> tuple[int, int]:
    return sum(atom_cost[a] for a in trigger), len(trigger)


def _cheapest(operands: Sequence[_Trigger], atom_cost: Sequence[int]) -> _Trigger:
    known = [t for t in operands if t is not None]
    if not known:
        return None
    return min(known, key=lambda t: _cost(t, atom_cost))


def atom_weight(n_patterns: int, kind: int, wild: bool, n_chars: int, ascii_only: bool) -> int:
    """How common an atom is likely to be in text, for :func:`query_triggers` (1: rare).

    Short single words are frequent (Zipf), a single CJK character more so;
    phrases, hashtags and mentions are rare. No word list: the kernel knows
    no language.

    Example:
        >>> atom_weight(1, 0, False, 4, True), atom_weight(2, 0, False, 4, True)
        (8, 1)
        >>> atom_weight(1, 0, False, 10, True), atom_weight(1, 0, False, 1, False)
        (1, 16)
    """
    if n_patterns >= 2 or kind != 0:
        return 1
    if wild:
        return 4
    if n_chars <= 1 and not ascii_only:
        return 16
    if n_chars <= 3:
        return 16
    if n_chars <= 5:
        return 8
    return 2 if n_chars <= 7 else 1


def _union(operands: Sequence[_Trigger]) -> _Trigger:
    if any(t is None for t in operands):
        return None
    out: frozenset[int] = frozenset()
    for t in operands:
        assert t is not None
        out |= t
    return out


def query_triggers(
    code: Sequence[tuple[int, int, int]],
    query_off: Sequence[int],
    n_atoms: int,
    weights: Sequence[int] | None = None,
) -> tuple[NDArray[np.int64], NDArray[np.int32], NDArray[np.int32]]:
    """Which queries to evaluate when an atom occurs, and which to evaluate always.

    Returns ``(trigger_off, trigger_queries, always)``: the queries to evaluate
    when atom ``a`` occurs are ``trigger_queries[trigger_off[a]:trigger_off[a + 1]]``
    (ascending); ``always`` lists (ascending) the queries that may be true
    without any atom occurring. Of an ``AND`` (or a ``NEAR``) only the operand
    whose atoms are likely the rarest in text is kept (a query's brand name
    rather than a context word like ``buy``): an atom costs the number of
    queries that use it (words shared by many queries are common words) times
    its ``weights`` entry (default 1; see :func:`atom_weight`).

    Example:
        >>> off, queries, always = query_triggers([(1, 0, 0), (1, 1, 0), (9, 0, 0), (7, 2, 0)],
        ...                                       [0, 4], 2)
        >>> off.tolist(), queries.tolist(), always.tolist()
        ([0, 1, 1], [0], [])
    """
    atom_refs = [0] * n_atoms
    for q in range(len(query_off) - 1):
        used = {a for op, a, _ in code[query_off[q] : query_off[q + 1]] if op <= _ATOM_BOOL}
        for a in used:
            atom_refs[a] += 1
    if weights is not None:
        atom_refs = [r * w for r, w in zip(atom_refs, weights, strict=True)]
    lists: list[list[int]] = [[] for _ in range(n_atoms)]
    always: list[int] = []
    for q in range(len(query_off) - 1):
        stack: list[_Trigger] = []
        for op, a, _ in code[query_off[q] : query_off[q + 1]]:
            if op in (_ATOM, _ATOM_BOOL):
                stack.append(frozenset((a,)))
            elif op == _FIELD:
                stack.append(None)
            elif op == _NOT:
                stack[-1] = None
            elif op in (_OR_SPANS, _OR):
                operands = stack[len(stack) - a :]
                del stack[len(stack) - a :]
                stack.append(_union(operands))
            elif op == _AND:
                operands = stack[len(stack) - a :]
                del stack[len(stack) - a :]
                stack.append(_cheapest(operands, atom_refs))
            elif op in (_NEAR, _NEAR_BOOL):
                right = stack.pop()
                stack[-1] = _cheapest([stack[-1], right], atom_refs)
            # _TO_BOOL keeps the top as it is
        trigger = stack[-1]
        if trigger is None:
            always.append(q)
        else:
            for atom in trigger:
                lists[atom].append(q)
    off = np.zeros(n_atoms + 1, dtype=np.int64)
    np.cumsum([len(x) for x in lists], out=off[1:])
    flat = [q for x in lists for q in x]
    return off, np.asarray(flat, dtype=np.int32), np.asarray(always, dtype=np.int32)


class PatternIndex(NamedTuple):
    """The token-lookup part of a program (see the module docstring); built by :func:`build_index`.

    ``first_atoms[first_off[p]:first_off[p + 1]]`` are the atoms found through
    their first pattern ``p`` (in ``exact`` if ``p`` has no wildcard, else in
    ``wild``: ``wild_group_patterns[wild_group_off[g]:wild_group_off[g + 1]]``
    for group ``g`` of ``wild``, keyed by ``wild_long`` or ``wild_short`` code
    points, see :func:`wild_key_lengths`; or in ``wild_any`` if ``p`` starts
    with ``?``).
    The atoms keyed by their first two patterns are
    ``pair_group_atoms[pair_group_off[g]:pair_group_off[g + 1]]`` for group ``g``
    of ``pair``. ``pattern_hash[p]`` is the hash of an exact pattern's folded
    code points (0 for wildcard patterns). ``token`` and ``wild_bits`` are the
    kernel's first test of every token: a :class:`TokenFilter` of the keys of
    active atoms in ``exact`` and of the first pattern's hash of those in
    ``pair``, and a :func:`bit_filter` of the keys of active groups in ``wild``.
    """

    pattern_hash: NDArray[np.uint64]
    exact: HashTable
    pair: HashTable
    pair_group_off: NDArray[np.int64]
    pair_group_atoms: NDArray[np.int32]
    wild: HashTable
    wild_group_off: NDArray[np.int64]
    wild_group_patterns: NDArray[np.int32]
    wild_long: int
    wild_short: int
    wild_any: NDArray[np.int32]
    first_off: NDArray[np.int64]
    first_atoms: NDArray[np.int32]
    token: TokenFilter
    wild_bits: TokenFilter


def _csr(groups: Sequence[Sequence[int]]) -> tuple[NDArray[np.int64], NDArray[np.int32]]:
    off = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum([len(g) for g in groups], out=off[1:])
    return off, np.asarray([x for g in groups for x in g], dtype=np.int32)


def build_index(
    folded: Sequence[Sequence[int]],
    wild: Sequence[bool],
    atoms: Sequence[Sequence[int]],
    passive: Sequence[bool] | None = None,
) -> PatternIndex:
    """Index patterns and atoms for the kernel's token lookups.

    ``folded[p]`` are pattern ``p``'s casefolded code points (``any_char = -1``
    for ``?``, no trailing ``*``), ``wild[p]`` says it has a wildcard, and
    ``atoms[a]`` lists atom ``a``'s patterns. The tables' filters are split by
    ``passive[a]`` (default: no atom is passive): the kernel looks for passive
    atoms only in posts where some query needs them.

    Example:
        >>> ab, c = [97, 98], [99]
        >>> index = build_index([ab, c], [False, False], [[0], [0, 1]])
        >>> index.first_atoms.tolist(), index.pair_group_atoms.tolist()
        ([0], [1])
    """
    passive = [False] * len(atoms) if passive is None else passive
    hashes = [0 if w else hash_codepoints(f) for f, w in zip(folded, wild, strict=True)]
    first: list[list[int]] = [[] for _ in folded]
    pairs: dict[int, list[int]] = {}
    pair_first: dict[int, int] = {}
    for a, pats in enumerate(atoms):
        if len(pats) >= 2 and not wild[pats[0]] and not wild[pats[1]]:
            pkey = pair_hash(hashes[pats[0]], hashes[pats[1]])
            pairs.setdefault(pkey, []).append(a)
            pair_first[pkey] = hashes[pats[0]]
        else:
            first[pats[0]].append(a)
    exact_keys: list[int] = []
    exact_ids: list[int] = []
    prefixes: dict[int, list[int]] = {}
    wild_any: list[int] = []
    for p, atoms_of_p in enumerate(first):
        if not atoms_of_p:
            continue
        if not wild[p]:
            exact_keys.append(hashes[p])
            exact_ids.append(p)
            continue
        prefix = literal_prefix(folded[p], -1)
        if prefix:
            prefixes[p] = prefix
        else:
            wild_any.append(p)
    long, short = wild_key_lengths([len(x) for x in prefixes.values()])
    groups: dict[int, list[int]] = {}
    for p, prefix in prefixes.items():
        key = prefix[: long if long and len(prefix) >= long else short]
        groups.setdefault(hash_codepoints(key), []).append(p)

    def roles(atom_lists: Sequence[Sequence[int]]) -> tuple[list[bool], list[bool]]:
        kinds = [{passive[a] for a in atom_list} for atom_list in atom_lists]
        return [False in k for k in kinds], [True in k for k in kinds]

    exact_active, exact_passive = roles([first[p] for p in exact_ids])
    pair_active, pair_passive = roles(list(pairs.values()))
    wild_active, wild_passive = roles([[a for p in g for a in first[p]] for g in groups.values()])
    pair_off, pair_atoms = _csr(list(pairs.values()))
    wild_off, wild_patterns = _csr(list(groups.values()))
    first_off, first_atoms = _csr(first)
    token_keys = [key for key, on in zip(exact_keys, exact_active, strict=True) if on]
    token_keys += [pair_first[key] for key, on in zip(pairs, pair_active, strict=True) if on]
    wild_keys = [key for key, on in zip(groups, wild_active, strict=True) if on]
    return PatternIndex(
        pattern_hash=np.asarray(hashes, dtype=np.uint64),
        exact=hash_table(exact_keys, exact_ids, exact_active, exact_passive),
        pair=hash_table(list(pairs), range(len(pairs)), pair_active, pair_passive),
        pair_group_off=pair_off,
        pair_group_atoms=pair_atoms,
        wild=hash_table(list(groups), range(len(groups)), wild_active, wild_passive),
        wild_group_off=wild_off,
        wild_group_patterns=wild_patterns,
        wild_long=long,
        wild_short=short,
        wild_any=np.asarray(wild_any, dtype=np.int32),
        first_off=first_off,
        first_atoms=first_atoms,
        token=token_filter(token_keys),
        wild_bits=bit_filter(wild_keys, WILD_FILTER_BITS_PER_KEY),
    )
