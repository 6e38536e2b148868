"""The match kernel, driven through ProgramBuilder (no query syntax involved)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from listenbench.kernels import (
    KIND_ANY,
    KIND_HASHTAG,
    KIND_MENTION,
    Op,
    ProgramBuilder,
    TextBatch,
    field_table,
    hash_codepoints,
    match,
    match_batch,
    pattern_tokens,
)
from listenbench.kernels._index import hash_table


def _atom(b: ProgramBuilder, text: str, kind: int = KIND_ANY, case_sensitive: bool = False) -> int:
    tokens = pattern_tokens(text, case_sensitive=case_sensitive)
    return b.atom([b.pattern(t, case_sensitive=case_sensitive) for t in tokens], kind)


def _term_program(*terms: tuple[str, int, bool]) -> ProgramBuilder:
    b = ProgramBuilder()
    for text, kind, case_sensitive in terms:
        b.emit(Op.ATOM_BOOL, _atom(b, text, kind, case_sensitive))
        b.end_query()
    return b


def _run(b: ProgramBuilder, texts: list[str], **kwargs: int) -> list[list[bool]]:
    n = len(texts)
    result = match(b.build(), texts, ["en"] * n, [None] * n, **kwargs)
    assert result.shape == (n, b.build().n_queries) and result.dtype == np.bool_
    return [[bool(v) for v in row] for row in result.T]


def test_terms_match_whole_folded_tokens() -> None:
    b = _term_program(("bahn", KIND_ANY, False), ("straße", KIND_ANY, False))
    texts = ["Bahnhof", "die BAHN.", "S-Bahn", "STRASSE", "strase", "Straße"]
    bahn, strasse = _run(b, texts)
    assert bahn == [False, True, True, False, False, False]
    assert strasse == [False, False, False, True, False, True]


def test_wildcards() -> None:
    b = _term_program(("bahn*", KIND_ANY, False), ("colo?r", KIND_ANY, False))
    texts = ["Bahnhof", "bahn", "Autobahn", "colour", "color", "COLOUR", "colours"]
    prefix, one = _run(b, texts)
    assert prefix == [True, True, False, False, False, False, False]
    assert one == [False, False, False, True, False, True, False]


def test_case_sensitive_exact_and_wildcard() -> None:
    b = _term_program(("Office", KIND_ANY, True), ("Win*", KIND_ANY, True))
    office, win = _run(b, ["Office", "office", "OFFICE", "Windows", "windows", "Win"])
    assert office == [True, False, False, False, False, False]
    assert win == [False, False, False, True, False, True]


def test_unspaced_scripts_match_as_substrings() -> None:
    b = _term_program(("苹果", KIND_ANY, False), ("nike", KIND_ANY, False))
    texts = ["我买了苹果手机", "喜欢Nike鞋", "苹 果", "果苹"]
    apple, nike = _run(b, texts)
    assert apple == [True, False, True, False]
    assert nike == [False, True, False, False]


def test_hashtag_and_mention_kinds() -> None:
    b = _term_program(
        ("nike", KIND_HASHTAG, False),
        ("b", KIND_MENTION, False),
        ("苹果", KIND_HASHTAG, False),
        ("nike", KIND_ANY, False),
    )
    texts = ["#nike", "love #Nike!", "a#nike", "##nike", "nike", "@b", "a@b.com", "#苹果", "x#苹果"]
    tag, mention, cjk_tag, plain = _run(b, texts)
    assert tag == [True, True, False, True, False, False, False, False, False]
    assert mention == [False, False, False, False, False, True, False, False, False]
    assert cjk_tag == [False, False, False, False, False, False, False, True, False]
    assert plain == [True, True, True, True, True, False, False, False, False]


def test_phrases_and_overlapping_occurrences() -> None:
    b = ProgramBuilder()
    aa = _atom(b, "a a")
    a = _atom(b, "a")
    b.emit(Op.ATOM, aa)
    b.emit(Op.ATOM, a)
    b.emit(Op.NEAR_BOOL, 0, 0)  # "a a" NEAR/0 a
    b.end_query()
    b.emit(Op.ATOM, a)
    b.emit(Op.ATOM, a)
    b.emit(Op.NEAR_BOOL, 0, 0)  # a NEAR/0 a
    b.end_query()
    b.emit(Op.ATOM_BOOL, aa)
    b.end_query()
    near_phrase, near_self, phrase = _run(b, ["a", "a a", "a a a", "a x a"])
    assert near_phrase == [False, False, True, False]
    assert near_self == [False, True, True, False]
    assert phrase == [False, True, True, False]


def _near_program(distance: int, ordered: bool) -> ProgramBuilder:
    b = ProgramBuilder()
    b.emit(Op.ATOM, _atom(b, "a"))
    b.emit(Op.ATOM, _atom(b, "b"))
    b.emit(Op.NEAR_BOOL, distance, int(ordered))
    b.end_query()
    return b


@pytest.mark.parametrize(
    ("distance", "ordered", "expected"),
    [
        (0, False, [True, True, False, False, False]),
        (0, True, [True, False, False, False, False]),
        (1, False, [True, True, True, True, False]),
        (1, True, [True, False, True, False, False]),
    ],
)
def test_near_distance_and_order(distance: int, ordered: bool, expected: list[bool]) -> None:
    texts = ["a b", "b a", "a x b", "b x a", "a x y b"]
    assert _run(_near_program(distance, ordered), texts) == [expected]


def test_nested_near_uses_the_spans_of_the_inner_near() -> None:
    # (a NEAR/1 b) NEAR/2 c, and (a OR b) NEAR/0f c
    b = ProgramBuilder()
    a, bb, c = _atom(b, "a"), _atom(b, "b"), _atom(b, "c")
    b.emit(Op.ATOM, a)
    b.emit(Op.ATOM, bb)
    b.emit(Op.NEAR, 1, 0)
    b.emit(Op.ATOM, c)
    b.emit(Op.NEAR_BOOL, 2, 0)
    b.end_query()
    b.emit(Op.ATOM, a)
    b.emit(Op.ATOM, bb)
    b.emit(Op.OR_SPANS, 2)
    b.emit(Op.ATOM, c)
    b.emit(Op.NEAR, 0, 1)
    b.emit(Op.TO_BOOL)
    b.end_query()
    texts = ["a b x x c", "a b x x x c", "c x a y b", "b x a c", "c a", "a x b c", "b c"]
    nested, ordered_or = _run(b, texts)
    assert nested == [True, False, True, True, False, True, False]
    assert ordered_or == [False, False, False, True, False, True, True]


def test_boolean_operators_and_fields() -> None:
    b = ProgramBuilder()
    apple = _atom(b, "apple")
    pie = _atom(b, "pie")
    zh = b.field("lang", "zh")
    forum = b.field("channel", "forum")
    # apple AND NOT pie AND NOT channel:forum
    b.emit(Op.ATOM_BOOL, apple)
    b.emit(Op.ATOM_BOOL, pie)
    b.emit(Op.NOT)
    b.emit(Op.FIELD, forum)
    b.emit(Op.NOT)
    b.emit(Op.AND, 3)
    b.end_query()
    # pie OR lang:zh
    b.emit(Op.ATOM_BOOL, pie)
    b.emit(Op.FIELD, zh)
    b.emit(Op.OR, 2)
    b.end_query()
    texts = ["apple", "apple pie", "apple", "apple", "苹果"]
    langs = ["en", "en", "en", "zh-Hans", "ZH"]
    channels = [None, None, "Forum", "news", None]
    result = match(b.build(), texts, langs, channels)
    assert result[:, 0].tolist() == [True, False, False, True, False]
    assert result[:, 1].tolist() == [False, True, False, True, True]


def test_field_table_resolves_lang_prefixes_and_channels() -> None:
    b = ProgramBuilder()
    for name, value in [("lang", "zh"), ("lang", "zh-Hant"), ("channel", "Forum")]:
        b.field(name, value)
    b.emit(Op.FIELD, 0)
    b.end_query()
    table = field_table(
        b.build(), ["zh", "zh-Hans", "ZH-hant", "zhx", "en"], ["forum", "FORUM", None, "news", ""]
    )
    assert table.tolist() == [
        [True, False, True],
        [True, False, True],
        [True, True, False],
        [False, False, False],
        [False, False, False],
    ]


def test_empty_texts_and_texts_without_tokens() -> None:
    b = ProgramBuilder()
    b.emit(Op.ATOM_BOOL, _atom(b, "apple"))
    b.emit(Op.NOT)
    b.end_query()
    assert _run(b, ["", "!!! 😀 ...", "apple"]) == [[True, True, False]]


def test_astral_characters() -> None:
    b = _term_program(("nike", KIND_ANY, False), ("\U00020000", KIND_ANY, False))
    nike, ext_b = _run(b, ["😀nike😀", "我\U00020000你", "\U00020000x"])
    assert nike == [True, False, False]
    assert ext_b == [False, True, True]


def test_results_do_not_depend_on_batch_size() -> None:
    b = _term_program(("a", KIND_ANY, False), ("b*", KIND_ANY, False))
    texts = ["a", "", "bb", "x a", "b", "c", "a b", "zz"] * 5
    expected = _run(b, texts)
    for batch_size in (1, 2, 3, 7, 40, 1000):
        assert _run(b, texts, batch_size=batch_size) == expected


def test_many_queries_at_once() -> None:
    words = [f"w{i}" for i in range(300)]
    b = ProgramBuilder()
    for w in words:
        b.emit(Op.ATOM_BOOL, _atom(b, w))
        b.end_query()
    texts = [" ".join(words[i::7]) for i in range(7)]
    result = match(b.build(), texts, ["en"] * 7, [None] * 7)
    expected = np.array([[q % 7 == p for q in range(300)] for p in range(7)])
    np.testing.assert_array_equal(result, expected)


def test_long_posts_grow_the_scratch_buffers() -> None:
    b = ProgramBuilder()
    a, bb, c = _atom(b, "a"), _atom(b, "b*"), _atom(b, "c")
    for last in (a, c):  # (a NEAR/3 b*) NEAR/0 a, (a NEAR/3 b*) NEAR/0 c
        b.emit(Op.ATOM, a)
        b.emit(Op.ATOM, bb)
        b.emit(Op.NEAR, 3, 0)
        b.emit(Op.ATOM, last)
        b.emit(Op.NEAR_BOOL, 0, 0)
        b.end_query()
    text = "a b " * 3000
    assert _run(b, [text, "a b c"]) == [[True, False], [False, True]]


def test_match_batch_on_a_text_batch() -> None:
    b = _term_program(("ｎｉｋｅ", KIND_ANY, False))
    batch = TextBatch.from_texts(["NIKE", "Ｎｉｋｅ", "nikes"], ["en"] * 3, [None] * 3)
    assert match_batch(b.build(), batch)[:, 0].tolist() == [True, True, False]


def test_no_posts_or_no_queries() -> None:
    b = _term_program(("a", KIND_ANY, False))
    assert match(b.build(), [], [], []).shape == (0, 1)
    assert match(ProgramBuilder().build(), ["a"], ["en"], [None]).shape == (1, 0)


def test_bad_arguments() -> None:
    program = _term_program(("a", KIND_ANY, False)).build()
    with pytest.raises(ValueError, match="got 1 texts, 2 langs and 1 channels"):
        match(program, ["a"], ["en", "en"], [None])
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        match(program, ["a"], ["en"], [None], batch_size=0)


def test_equal_hashes_are_verified_against_the_code_points() -> None:
    # Simulate a hash collision: pattern "cd" gets the hash of "ab" (in the table
    # and in pattern_hash). Token "ab" must match "ab" only, after checking (and
    # rejecting) "cd".
    b = ProgramBuilder()
    cd, ab = b.pattern("cd"), b.pattern("ab")
    b.emit(Op.ATOM_BOOL, b.atom([cd]))
    b.end_query()
    b.emit(Op.ATOM_BOOL, b.atom([ab]))
    b.end_query()
    program = b.build()
    h_ab = hash_codepoints([ord("a"), ord("b")])
    table = hash_table([h_ab, h_ab], [cd, ab])
    collided = dataclasses.replace(
        program,
        pattern_hash=np.array([h_ab, h_ab], dtype=np.uint64),
        exact_keys=table.keys,
        exact_patterns=table.values,
        exact_shift=table.shift,
        exact_filter=table.filter,
        exact_passive_filter=table.passive_filter,
        exact_filter_shift=table.filter_shift,
    )
    result = match(collided, ["ab", "x ab", "abc", "cd"], ["en"] * 4, [None] * 4)
    assert result.tolist() == [[False, True], [False, True], [False, False], [False, False]]
