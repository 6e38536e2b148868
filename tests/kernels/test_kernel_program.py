"""Pattern tokens, the program builder and the Program arrays."""

from __future__ import annotations

import numpy as np
import pytest

from listenbench.kernels import (
    ANY_CHAR,
    FIELD_CHANNEL,
    FIELD_LANG,
    KIND_ANY,
    KIND_HASHTAG,
    Op,
    ProgramBuilder,
    hash_codepoints,
    pattern_token_problem,
    pattern_tokens,
)
from listenbench.kernels._index import pair_hash, table_slot


@pytest.mark.parametrize(
    ("text", "case_sensitive", "tokens"),
    [
        ("micro*", False, ["micro*"]),
        ("S-Bahn", False, ["s", "bahn"]),
        ("Straße", False, ["strasse"]),
        ("苹果手机", False, ["苹", "果", "手", "机"]),
        ("喜欢Nike鞋", False, ["喜", "欢", "nike", "鞋"]),
        ("ｎｉｋｅ", False, ["nike"]),  # NFKC first
        ("nike", False, ["nike"]),
        ("DB_Bahn", False, ["db_bahn"]),
        ("colo?r Bahn*", False, ["colo?r", "bahn*"]),
        ("Office", True, ["Office"]),
        ("Deutsche Bahn", True, ["Deutsche", "Bahn"]),
        ("ΣΊΣΥΦΟΣ", False, ["σίσυφοσ"]),
        ("!!!", False, []),
        ("a@b.com", False, ["a", "b", "com"]),
    ],
)
def test_pattern_tokens(text: str, case_sensitive: bool, tokens: list[str]) -> None:
    assert pattern_tokens(text, case_sensitive=case_sensitive) == tokens


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("micro*", None),
        ("colo?r", None),
        ("?b", None),
        ("mi*cro", "'*' may only end a word"),
        ("**", "'*' may only end a word"),
        ("?", "a word needs at least one character that is not a wildcard"),
        ("?*", "a word needs at least one character that is not a wildcard"),
        ("*", "a word needs at least one character that is not a wildcard"),
        ("", "empty word"),
    ],
)
def test_pattern_token_problem(token: str, problem: str | None) -> None:
    assert pattern_token_problem(token) == problem


def test_hash_is_a_rotate_xor_chain_over_code_points() -> None:
    assert hash_codepoints([]) == 0
    assert hash_codepoints([ord("a")]) == 97
    assert hash_codepoints([ord("a"), ord("b")]) == (97 << 7) ^ 98
    # the rotation wraps the top bits around: 10 code points of 7 bits overlap
    h9 = hash_codepoints([1] * 9)
    assert hash_codepoints([1] * 10) == (((h9 << 7) | (h9 >> 57)) & (2**64 - 1)) ^ 1
    assert hash_codepoints([0x1F600]) != hash_codepoints([0xF600])


def _one_query_program(builder: ProgramBuilder, atom: int) -> None:
    builder.emit(Op.ATOM_BOOL, atom)
    builder.end_query()


def test_builder_deduplicates_patterns_atoms_and_fields() -> None:
    b = ProgramBuilder()
    nike = b.pattern("nike")
    assert b.pattern("nike") == nike
    cs_nike = b.pattern("nike", case_sensitive=True)
    assert cs_nike != nike
    plain = b.atom([nike])
    assert b.atom([nike]) == plain
    assert b.atom([nike], KIND_HASHTAG) != plain
    assert b.field("lang", "ZH") == b.field("lang", "zh") == 0
    assert b.field("channel", "zh") == 1
    b.emit(Op.ATOM_BOOL, plain)
    b.end_query()
    b.emit(Op.ATOM_BOOL, plain)
    b.emit(Op.FIELD, 0)
    b.emit(Op.AND, 2)
    b.end_query()
    program = b.build()
    assert (program.n_queries, program.n_patterns, program.n_atoms, program.n_fields) == (
        2,
        2,
        2,
        2,
    )
    assert program.field_kind.tolist() == [FIELD_LANG, FIELD_CHANNEL]
    assert program.field_values == ("zh", "zh")
    assert program.query_off.tolist() == [0, 1, 4]
    assert program.code.tolist() == [[1, 0, 0], [1, 0, 0], [2, 0, 0], [7, 2, 0]]
    assert program.max_bool_stack == 2
    assert program.atom_kind.tolist() == [KIND_ANY, KIND_HASHTAG]


def _lookup(keys: np.ndarray, values: np.ndarray, shift: int, key: int) -> list[int]:
    """Every value stored under ``key`` in an open-addressing table, as the kernel probes it."""
    found = []
    slot = table_slot(key, shift)
    while values[slot] >= 0:
        if int(keys[slot]) == key:
            found.append(int(values[slot]))
        slot = (slot + 1) % keys.size
    return found


def test_pattern_encoding_wildcards_and_hash_index() -> None:
    b = ProgramBuilder()
    ids = [
        b.pattern("colo?r"),
        b.pattern("micro*"),
        b.pattern("bahn"),
        b.pattern("Office", case_sensitive=True),
    ]
    for pid in ids:
        _one_query_program(b, b.atom([pid]))
    p = b.build()
    assert p.pattern_off.tolist() == [0, 6, 11, 15, 21]
    assert p.pattern_chars[:6].tolist() == [*map(ord, "colo"), ANY_CHAR, ord("r")]
    assert p.pattern_prefix.tolist() == [False, True, False, False]
    assert p.pattern_case.tolist() == [False, False, False, True]
    assert p.pattern_flags.tolist() == [4, 5, 0, 2]  # FLAG_WILD | FLAG_PREFIX, FLAG_CASE
    assert [p.pattern_text(i) for i in range(4)] == ["colo?r", "micro*", "bahn", "Office"]
    # exact words are keyed by the hash of their casefold (case-sensitive ones too)
    h_bahn = hash_codepoints(list(map(ord, "bahn")))
    h_office = hash_codepoints(list(map(ord, "office")))
    assert p.pattern_hash.tolist() == [0, 0, h_bahn, h_office]
    assert _lookup(p.exact_keys, p.exact_patterns, p.exact_shift, h_bahn) == [2]
    assert _lookup(p.exact_keys, p.exact_patterns, p.exact_shift, h_office) == [3]
    # wildcards by their literal prefix: "colo" (short: before the ?) and "micro"
    assert (p.wild_long, p.wild_short) == (4, 0)
    colo = _lookup(p.wild_keys, p.wild_groups, p.wild_shift, hash_codepoints(b"colo"))
    micr = _lookup(p.wild_keys, p.wild_groups, p.wild_shift, hash_codepoints(b"micr"))
    groups = [
        p.wild_group_patterns[p.wild_group_off[g] : p.wild_group_off[g + 1]] for g in colo + micr
    ]
    assert [g.tolist() for g in groups] == [[0], [1]]


def test_first_pattern_index_and_pairs() -> None:
    b = ProgramBuilder()
    x, y, z = b.pattern("x"), b.pattern("y"), b.pattern("z*")
    a0 = b.atom([y, x])  # two exact words: keyed by the pair
    a1 = b.atom([x])
    a2 = b.atom([y])
    a3 = b.atom([y, z])  # second word is a wildcard: found through its first word
    for a in (a0, a1, a2, a3):
        b.emit(Op.ATOM_BOOL, a)
    b.emit(Op.OR, 4)
    b.end_query()
    p = b.build()
    assert p.first_off.tolist() == [0, 1, 3, 3]
    assert p.first_atoms.tolist() == [a1, a2, a3]
    h_x, h_y = hash_codepoints([ord("x")]), hash_codepoints([ord("y")])
    [group] = _lookup(p.pair_keys, p.pair_groups, p.pair_shift, pair_hash(h_y, h_x))
    assert p.pair_group_atoms[p.pair_group_off[group] : p.pair_group_off[group + 1]].tolist() == [
        a0
    ]


def test_filters_have_a_bit_for_every_key() -> None:
    b = ProgramBuilder()
    words = [f"w{i}" for i in range(200)]
    for w in words:
        _one_query_program(b, b.atom([b.pattern(w)]))
    p = b.build()
    assert p.exact_filter.size * 64 >= 16 * 200
    for w in words:
        bit = table_slot(hash_codepoints(list(map(ord, w))), p.exact_filter_shift)
        assert (int(p.exact_filter[bit >> 6]) >> (bit & 63)) & 1


def test_triggers_and_passive_atoms() -> None:
    b = ProgramBuilder()
    brand, buy, pie = (b.atom([b.pattern(w)]) for w in ("brand", "buy", "pie"))
    # q0: brand AND NOT pie -> evaluated when brand occurs; pie is only read then
    b.emit(Op.ATOM_BOOL, brand)
    b.emit(Op.ATOM_BOOL, pie)
    b.emit(Op.NOT)
    b.emit(Op.AND, 2)
    b.end_query()
    # q1: NOT buy -> true without any occurrence: evaluated for every post
    b.emit(Op.ATOM_BOOL, buy)
    b.emit(Op.NOT)
    b.end_query()
    p = b.build()
    assert p.trigger_off.tolist() == [0, 1, 1, 1]
    assert p.trigger_queries.tolist() == [0]
    assert p.always_queries.tolist() == [1]
    assert p.atom_passive.tolist() == [False, False, True]  # buy is read by an always-query


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda b: b.pattern("mi*cro"), "'\\*' may only end a word"),
        (lambda b: b.atom([]), "at least one pattern"),
        (lambda b: b.atom([5]), "unknown pattern id"),
        (lambda b: b.field("site", "x"), "unknown field 'site'"),
        (lambda b: b.emit(Op.ATOM_BOOL, 0), "unknown atom 0"),
        (lambda b: b.emit(Op.NOT), "stack underflow"),
        (lambda b: b.emit(Op.AND, 0), "at least one operand"),
        (lambda b: b.end_query(), "leaves 0 booleans"),
    ],
)
def test_builder_rejects_malformed_input(build: object, message: str) -> None:
    b = ProgramBuilder()
    with pytest.raises(ValueError, match=message):
        build(b)  # type: ignore[operator]


def test_builder_rejects_a_query_that_leaves_spans() -> None:
    b = ProgramBuilder()
    atom = b.atom([b.pattern("x")])
    b.emit(Op.ATOM, atom)
    b.emit(Op.ATOM_BOOL, atom)
    with pytest.raises(ValueError, match="leaves 1 booleans and 1 span lists"):
        b.end_query()


def test_build_rejects_an_unclosed_query() -> None:
    b = ProgramBuilder()
    b.emit(Op.ATOM_BOOL, b.atom([b.pattern("x")]))
    with pytest.raises(ValueError, match="not closed"):
        b.build()


def test_empty_program() -> None:
    p = ProgramBuilder().build()
    assert (p.n_queries, p.n_patterns, p.n_atoms) == (0, 0, 0)
    assert p.code.shape == (0, 3)
