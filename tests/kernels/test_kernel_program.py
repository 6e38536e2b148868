"""Pattern tokens, the program builder and the Program arrays."""

from __future__ import annotations

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


def test_hash_is_64_bit_fnv1a_over_code_points() -> None:
    assert hash_codepoints([]) == 0xCBF29CE484222325
    assert hash_codepoints([ord("a")]) == 0xAF63DC4C8601EC8C  # FNV-1a of the byte 'a'
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


def test_pattern_encoding_wildcards_and_hash_index() -> None:
    b = ProgramBuilder()
    ids = [
        b.pattern("colo?r"),
        b.pattern("micro*"),
        b.pattern("bahn"),
        b.pattern("Office", case_sensitive=True),
    ]
    atom = b.atom(ids)
    _one_query_program(b, atom)
    p = b.build()
    assert p.pattern_off.tolist() == [0, 6, 11, 15, 21]
    assert p.pattern_chars[:6].tolist() == [*map(ord, "colo"), ANY_CHAR, ord("r")]
    assert p.pattern_prefix.tolist() == [False, True, False, False]
    assert p.pattern_case.tolist() == [False, False, False, True]
    assert p.wild_patterns.tolist() == [0, 1]
    assert p.fold_hash.tolist() == [hash_codepoints(list(map(ord, "bahn")))]
    assert p.fold_hash_pattern.tolist() == [2]
    assert p.case_hash.tolist() == [hash_codepoints(list(map(ord, "Office")))]
    assert p.case_hash_pattern.tolist() == [3]
    assert [p.pattern_text(i) for i in range(4)] == ["colo?r", "micro*", "bahn", "Office"]
    assert p.atom_patterns.tolist() == [0, 1, 2, 3] and p.atom_off.tolist() == [0, 4]


def test_first_pattern_index_lists_atoms_by_their_first_pattern() -> None:
    b = ProgramBuilder()
    x, y = b.pattern("x"), b.pattern("y")
    a0 = b.atom([y, x])
    a1 = b.atom([x])
    a2 = b.atom([y])
    b.emit(Op.ATOM_BOOL, a0)
    b.emit(Op.ATOM_BOOL, a1)
    b.emit(Op.ATOM_BOOL, a2)
    b.emit(Op.OR, 3)
    b.end_query()
    p = b.build()
    assert p.first_off.tolist() == [0, 1, 3]
    assert p.first_atoms.tolist() == [1, 0, 2]


def test_hash_index_is_sorted_for_binary_search() -> None:
    b = ProgramBuilder()
    ids = [b.pattern(w) for w in ["zeta", "alpha", "mu", "beta", "omega", "pi"]]
    _one_query_program(b, b.atom(ids))
    p = b.build()
    hashes = p.fold_hash.tolist()
    assert hashes == sorted(hashes) and len(hashes) == 6


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
