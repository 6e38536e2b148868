"""compile_queries: lowering query ASTs to kernel programs, and the spec's examples."""

from __future__ import annotations

import pytest

from listenbench.baselines.keyword._ast import (
    KIND_HASHTAG,
    KIND_MENTION,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Term,
)
from listenbench.baselines.keyword._compiler import QueryCompileError, compile_queries
from listenbench.baselines.keyword._tokenize import pattern_tokens as reference_pattern_tokens
from listenbench.kernels import Op, match, pattern_tokens


def _matches(node: Node, texts: list[str], langs: list[str] | None = None) -> list[bool]:
    langs = langs or ["en"] * len(texts)
    result = match(compile_queries([node]), texts, langs, [None] * len(texts))
    return [bool(v) for v in result[:, 0]]


def _ops(node: Node) -> list[tuple[str, int, int]]:
    code = compile_queries([node]).code
    return [(Op(op).name, a, b) for op, a, b in code.tolist()]


# --- code generation -------------------------------------------------------------------


def test_boolean_context_uses_atom_bool_and_near_bool() -> None:
    node = And((Term("apple"), Not(Or((Term("pie"), Field("lang", "fr"))))))
    assert _ops(node) == [
        ("ATOM_BOOL", 0, 0),
        ("ATOM_BOOL", 1, 0),
        ("FIELD", 0, 0),
        ("OR", 2, 0),
        ("NOT", 0, 0),
        ("AND", 2, 0),
    ]


def test_near_operands_are_span_lists() -> None:
    node = Near(Near(Term("a"), Or((Term("b"), Phrase("c d"))), 2), Term("e"), 5, ordered=True)
    assert _ops(node) == [
        ("ATOM", 0, 0),
        ("ATOM", 1, 0),
        ("ATOM", 2, 0),
        ("OR_SPANS", 2, 0),
        ("NEAR", 2, 0),
        ("ATOM", 3, 0),
        ("NEAR_BOOL", 5, 1),
    ]


def test_identical_words_are_shared_across_queries() -> None:
    program = compile_queries(
        [
            Term("Apple"),
            Or((Term("apple"), Phrase("apple pie"))),
            Term("apple", kind=KIND_HASHTAG),
            Term("Apple", case_sensitive=True),
            And((Field("lang", "EN"), Field("lang", "en"))),
        ]
    )
    # patterns: apple, pie, Apple (case-sensitive); atoms: apple, "apple pie", #apple, {Apple}
    assert program.n_queries == 5
    assert program.n_patterns == 3
    assert program.n_atoms == 4
    assert program.n_fields == 1


def test_multi_word_terms_become_one_atom() -> None:
    program = compile_queries([Term("S-Bahn"), Term("苹果")])
    assert [program.pattern_text(p) for p in range(program.n_patterns)] == ["s", "bahn", "苹", "果"]
    assert program.atom_off.tolist() == [0, 2, 4]


@pytest.mark.parametrize(
    ("node", "message"),
    [
        (Term("!!!", pos=4), "query 1: term '!!!' at col 5 has no words to search for"),
        (Phrase("mi*cro x"), "bad word 'mi\\*cro': '\\*' may only end a word"),
        (Term("?"), "needs at least one character that is not a wildcard"),
        (Term("苹*"), "bad word '\\*'"),
        (Near(And((Term("a"), Term("b"))), Term("c"), 1), "NEAR needs terms, phrases"),
        (Near(Term("a"), Field("lang", "fr"), 1), "found Field"),
        (Near(Term("a"), Not(Term("b")), 1), "found Not"),
        (Near(Term("a"), Term("b"), -1), "NEAR distance must be at least 0"),
        (Field("site", "x.com", pos=2), "unknown field 'site' at col 3: expected one of channel"),
        ("not a node", "cannot compile str node"),
    ],
)
def test_uncompilable_nodes_raise_a_clear_error(node: Node, message: str) -> None:
    with pytest.raises(QueryCompileError, match=message):
        compile_queries([node])


def test_error_names_the_query_index() -> None:
    with pytest.raises(QueryCompileError, match=r"^query 3: "):
        compile_queries([Term("a"), Term("b"), Term("...")])


@pytest.mark.parametrize(
    ("text", "case_sensitive"),
    [
        ("micro*", False),
        ("S-Bahn", False),
        ("Straße İstanbul ΣΊΣΥΦΟΣ", False),
        ("我买了苹果手机 喜欢Nike鞋", False),
        ("ｎｉｋｅ ﬁsh ｶﾀｶﾅ", False),
        ("colo?r DB_Bahn 4K", False),
        ("Office Windows", True),
        ("ก๊าซ ພາສາ", False),
    ],
)
def test_kernel_pattern_tokens_agree_with_the_reference_tokenizer(
    text: str, case_sensitive: bool
) -> None:
    assert pattern_tokens(text, case_sensitive=case_sensitive) == reference_pattern_tokens(
        text, case_sensitive
    )


# --- the specification's examples, end to end -------------------------------------------


def test_case_insensitive_with_unicode_casefolding() -> None:
    assert _matches(Term("É"), ["é", "É", "e", "café"]) == [True, True, False, False]
    assert _matches(Term("straße"), ["STRASSE", "Strasse", "straße", "strase"]) == [
        True,
        True,
        True,
        False,
    ]
    assert _matches(Term("ß"), ["ss", "SS", "ß", "s"]) == [True, True, True, False]
    assert _matches(Term("σίσυφος"), ["ΣΊΣΥΦΟΣ", "σίσυφοσ", "σισυφος"]) == [True, True, False]


def test_accents_are_not_stripped() -> None:
    assert _matches(Term("cafe"), ["café", "cafe", "CAFE"]) == [False, True, True]


def test_whole_words_only_unless_wildcard() -> None:
    assert _matches(Term("bahn"), ["Bahnhof", "Bahn", "S-Bahn"]) == [False, True, True]
    assert _matches(Term("bahn*"), ["Bahnhof", "Bahn", "Autobahn"]) == [True, True, False]
    assert _matches(Term("colo?r"), ["colour", "color", "colouur"]) == [True, False, False]


def test_hyphenated_term_is_a_phrase() -> None:
    assert _matches(Term("S-Bahn"), ["die S-Bahn", "s bahn", "SBahn", "bahn s"]) == [
        True,
        True,
        False,
        False,
    ]


def test_unspaced_scripts() -> None:
    assert _matches(Term("苹果"), ["我买了苹果手机", "苹果", "苹", "果苹"]) == [
        True,
        True,
        False,
        False,
    ]
    assert _matches(Term("nike"), ["喜欢Nike鞋", "nikes鞋"]) == [True, False]
    assert _matches(And((Term("苹果"), Term("手机"))), ["我买了苹果手机", "苹果"]) == [True, False]
    assert _matches(Term("กาแฟ"), ["ฉันชอบกาแฟมาก", "กา"]) == [True, False]
    assert _matches(Term("カタ"), ["ｶﾀｶﾅ", "かた"]) == [True, False]


def test_full_width_text_and_query_are_normalised() -> None:
    assert _matches(Term("nike"), ["ｎｉｋｅ", "ＮＩＫＥ"]) == [True, True]
    assert _matches(Term("ｎｉｋｅ"), ["Nike"]) == [True]


def test_hashtags_and_mentions() -> None:
    texts = ["#nike", "nike", "I ♥ #Nike!", "a#nike", "@nike"]
    assert _matches(Term("nike", kind=KIND_HASHTAG), texts) == [True, False, True, False, False]
    assert _matches(Term("nike", kind=KIND_MENTION), texts) == [False, False, False, False, True]
    assert _matches(Term("nike"), texts) == [True, True, True, True, True]
    mail = ["a@b.com"]
    assert _matches(Term("b", kind=KIND_MENTION), mail) == [False]
    assert _matches(Term("b"), mail) == [True]
    assert _matches(Term("DB_Bahn", kind=KIND_MENTION), ["@DB_Bahn hilfe", "@DB Bahn"]) == [
        True,
        False,
    ]


def test_case_sensitive_terms() -> None:
    office = Term("Office", case_sensitive=True)
    assert _matches(office, ["Office", "office", "OFFICE"]) == [True, False, False]
    assert _matches(Term("office"), ["Office", "office", "OFFICE"]) == [True, True, True]
    windows = Phrase("Clean Windows", case_sensitive=True)
    assert _matches(windows, ["Clean Windows", "clean windows"]) == [True, False]


def test_phrases() -> None:
    phrase = Phrase("deutsche bahn")
    texts = ["Die Deutsche Bahn!", "Bahn deutsche", "deutsche x bahn", "deutsche-bahn"]
    assert _matches(phrase, texts) == [True, False, False, True]


def test_not_and_a_not_b() -> None:
    query = And((Term("apple"), Not(Or((Term("pie"), Term("juice"))))))
    texts = ["apple", "apple pie", "Apple Juice", "pie", ""]
    assert _matches(query, texts) == [True, False, False, False, False]
    assert _matches(Not(Term("apple")), ["", "apple"]) == [True, False]


def test_near_either_order_and_ordered() -> None:
    texts = ["apple buy", "buy apple", "apple a b c buy", "apple a b c d buy"]
    assert _matches(Near(Term("apple"), Term("buy"), 3), texts) == [True, True, True, False]
    ordered = Near(Term("apple"), Term("buy"), 3, ordered=True)
    assert _matches(ordered, texts) == [True, False, True, False]
    adjacent = Near(Term("apple"), Term("buy"), 0)
    assert _matches(adjacent, texts) == [True, True, False, False]


def test_near_counts_tokens_of_unspaced_scripts() -> None:
    # 苹果 is two tokens; between 果 and 机 there is 手 (one token)
    assert _matches(Near(Term("苹果"), Term("机"), 1), ["苹果手机"]) == [True]
    assert _matches(Near(Term("苹果"), Term("机"), 0), ["苹果手机"]) == [False]


def test_nested_near() -> None:
    node = Near(Near(Term("a"), Term("b"), 2), Term("c"), 5)
    texts = ["a x b y y y y y c", "a x b y y y y y y c", "c a b", "a c"]
    assert _matches(node, texts) == [True, False, True, False]


def test_near_occurrences_must_not_overlap() -> None:
    node = Near(Phrase("new york"), Term("york"), 0)
    assert _matches(node, ["new york", "new york york", "york new york"]) == [False, True, True]


def test_lang_and_channel_fields() -> None:
    program = compile_queries(
        [
            Field("lang", "zh"),
            Field("lang", "zh-Hans"),
            Field("channel", "forum"),
            Not(Field("channel", "forum")),
        ]
    )
    langs = ["zh", "zh-Hans", "ZH-hant", "zhx", "en"]
    channels = ["forum", "Forum", None, "news", None]
    result = match(program, ["x"] * 5, langs, channels)
    assert result[:, 0].tolist() == [True, True, True, False, False]
    assert result[:, 1].tolist() == [False, True, False, False, False]
    assert result[:, 2].tolist() == [True, True, False, False, False]
    assert result[:, 3].tolist() == [False, False, True, True, True]


def test_emoji_and_astral_characters_separate_words() -> None:
    assert _matches(Term("nike"), ["😀nike😀", "🇩🇪nike", "nike😀s"]) == [True, True, True]


def test_many_queries_at_once_keep_their_columns() -> None:
    nodes: list[Node] = [
        Term("apple"),
        Phrase("deutsche bahn"),
        Term("苹果"),
        Near(Term("a"), Term("b"), 0, ordered=True),
        And((Term("x"), Field("lang", "de"))),
    ] * 20
    program = compile_queries(nodes)
    texts = ["apple", "Deutsche Bahn", "苹果手机", "a b", "x", "b a"]
    langs = ["en", "de", "zh", "en", "de", "en"]
    result = match(program, texts, langs, [None] * 6)
    expected_row = [
        [True, False, False, False, False],
        [False, True, False, False, False],
        [False, False, True, False, False],
        [False, False, False, True, False],
        [False, False, False, False, True],
        [False, False, False, False, False],
    ]
    assert result.tolist() == [row * 20 for row in expected_row]
