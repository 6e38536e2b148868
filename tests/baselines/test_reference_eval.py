"""The plain-Python tokenizer and reference evaluator against hand-computed cases."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from listenbench.baselines.keyword._ast import (
    KIND_ANY,
    KIND_HASHTAG,
    KIND_MENTION,
    And,
    Field,
    Near,
    Not,
    Phrase,
    Term,
)
from listenbench.baselines.keyword._parser import parse_query
from listenbench.baselines.keyword._reference import (
    pattern_matches,
    reference_match,
    reference_match_many,
    reference_occurrences,
)
from listenbench.baselines.keyword._tokenize import (
    OTHER,
    UNSPACED,
    WORD,
    Token,
    char_class,
    pattern_tokens,
    tokenize,
)


def matches(query: str, text: str, lang: str = "en", channel: str | None = None) -> bool:
    return reference_match(parse_query(query), text, lang, channel)


def occurrences(query: str, text: str) -> list[tuple[int, int]]:
    return sorted(reference_occurrences(parse_query(query), tokenize(text)))


# -- tokenizer --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ch", "cls"),
    [
        ("a", WORD),
        ("É", WORD),
        ("4", WORD),
        ("_", WORD),
        ("\u0301", WORD),  # combining acute: a mark
        ("Σ", WORD),
        ("苹", UNSPACED),
        ("ア", UNSPACED),
        ("ー", UNSPACED),  # U+30FC, Lm in the kana block
        ("々", UNSPACED),
        ("ไ", UNSPACED),
        ("\U00020000", UNSPACED),
        ("・", OTHER),  # U+30FB is punctuation, even in the kana block
        ("#", OTHER),
        ("@", OTHER),
        ("-", OTHER),
        (" ", OTHER),
        ("🍎", OTHER),
        ("*", OTHER),
        ("?", OTHER),
    ],
)
def test_char_class(ch: str, cls: int) -> None:
    assert char_class(ch) == cls


def test_tokenize_offsets_kinds_and_folding() -> None:
    assert tokenize("Die #S-Bahn @DB_Bahn 4K!") == [
        Token("Die", "die", 0, 3, KIND_ANY),
        Token("S", "s", 5, 6, KIND_HASHTAG),
        Token("Bahn", "bahn", 7, 11, KIND_ANY),
        Token("DB_Bahn", "db_bahn", 13, 20, KIND_MENTION),
        Token("4K", "4k", 21, 23, KIND_ANY),
    ]


def test_tokenize_unspaced_characters_are_single_tokens() -> None:
    assert [t.text for t in tokenize("喜欢Nike鞋")] == ["喜", "欢", "Nike", "鞋"]
    assert [t.text for t in tokenize("ไทย")] == ["ไ", "ท", "ย"]
    assert [t.text for t in tokenize("スーパー")] == ["ス", "ー", "パ", "ー"]


def test_tokenize_normalises_nfkc_first() -> None:
    assert [(t.text, t.start, t.end) for t in tokenize("ｎｉｋｅ ｱｯﾌﾟﾙ ﬁne")] == [
        ("nike", 0, 4),
        ("ア", 5, 6),
        ("ッ", 6, 7),
        ("プ", 7, 8),  # half-width ﾌﾟ (two characters) composes to one
        ("ル", 8, 9),
        ("fine", 10, 14),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("#nike", [KIND_HASHTAG]),
        ("(#nike)", [KIND_HASHTAG]),
        ("##nike", [KIND_HASHTAG]),
        ("a#nike", [KIND_ANY, KIND_ANY]),
        ("苹#nike", [KIND_ANY, KIND_ANY]),
        ("# nike", [KIND_ANY]),
        ("a@b.com", [KIND_ANY, KIND_ANY, KIND_ANY]),
        ("mail @b.com", [KIND_ANY, KIND_MENTION, KIND_ANY]),
        ("#苹果", [KIND_HASHTAG, KIND_ANY]),
    ],
)
def test_token_kinds(text: str, kinds: list[int]) -> None:
    assert [t.kind for t in tokenize(text)] == kinds


def test_casefolding_is_per_character() -> None:
    assert [t.folded for t in tokenize("Straße ΣΊΣΥΦΟΣ σίσυφος İ")] == [
        "strasse",
        "σίσυφοσ",  # casefold maps final ς to σ too
        "σίσυφοσ",
        "i\u0307",
    ]


def test_pattern_tokens() -> None:
    assert pattern_tokens("Micro* S-Bahn colo?r", case_sensitive=False) == [
        "micro*",
        "s",
        "bahn",
        "colo?r",
    ]
    assert pattern_tokens("Straße", case_sensitive=True) == ["Straße"]
    assert pattern_tokens("STRASSE", case_sensitive=False) == ["strasse"]
    assert pattern_tokens("苹果手机", case_sensitive=False) == ["苹", "果", "手", "机"]
    assert pattern_tokens("ｍｉｃｒｏ＊", case_sensitive=False) == ["micro*"]
    assert pattern_tokens("!!!", case_sensitive=False) == []


# -- pattern tokens ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "word", "expected"),
    [
        ("bahn", "bahn", True),
        ("bahn", "bahnhof", False),
        ("bahn", "sbahn", False),
        ("bahn*", "bahnhof", True),
        ("bahn*", "bahn", True),
        ("bahn*", "bah", False),
        ("colo?r", "colour", True),
        ("colo?r", "color", False),
        ("colo?r", "colouur", False),
        ("?", "a", True),
        ("??*", "a", False),
        ("a?*", "ab", True),
        ("a.b", "axb", False),  # regex metacharacters are literal
        ("a+", "aa", False),
    ],
)
def test_pattern_matches(pattern: str, word: str, expected: bool) -> None:
    assert pattern_matches(pattern, word) is expected


def test_pattern_with_inner_star_is_rejected() -> None:
    with pytest.raises(ValueError, match="only end"):
        pattern_matches("mi*cro", "microsoft")


# -- terms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        # casefolding
        ("écoute", "ÉCOUTE le son", True),
        ("ÉCOUTE", "écoute", True),
        ("strasse", "Die Straße", True),
        ("STRASSE", "straße", True),
        ("straße", "STRASSE", True),
        ("σίσυφος", "ΣΊΣΥΦΟΣ", True),
        ("ΣΊΣΥΦΟΣ", "σίσυφοσ", True),
        ("cafe", "un café", False),  # accents are not stripped
        ("istanbul", "İstanbul", False),  # İ folds to i + combining dot
        ("İstanbul", "i̇stanbul", True),
        # word boundaries
        ("bahn", "Am Bahnhof", False),
        ("bahn", "die S-Bahn", True),
        ("bahn*", "Am Bahnhof", True),
        ("s-bahn", "S Bahn", True),  # a multi-token term matches like a phrase
        ("s-bahn", "S-Bahn", True),
        ("sbahn", "S-Bahn", False),
        ("db_bahn", "DB_Bahn", True),
        ("db", "DB_Bahn", False),
        ("4k", "TV in 4K", True),
        ("stra?e", "Straße", False),  # ? is one character of the folded form 'strasse'
        ("stra??e", "Straße", True),
        # CJK / Thai substring matching
        ("苹果", "我买了苹果手机", True),
        ("果手", "我买了苹果手机", True),
        ("苹果手机", "我买了苹果手机", True),
        ("苹果电脑", "我买了苹果手机", False),
        ("nike", "喜欢Nike鞋", True),
        ("欢nike鞋", "喜欢Nike鞋", True),
        ("ike", "喜欢Nike鞋", False),
        ("アップル", "ｱｯﾌﾟﾙ最高", True),
        ("ไทย", "ประเทศไทย", True),
        # full width (NFKC on both sides)
        ("nike", "ｎｉｋｅ", True),
        ("ｎｉｋｅ", "I love NIKE", True),
        # hashtags and mentions
        ("#nike", "Just do it #Nike", True),
        ("#nike", "nike shoes", False),
        ("#nike", "a#nike", False),
        ("#nike", "@nike", False),
        ("nike", "#nike", True),
        ("nike", "@nike", True),
        ("@DB_Bahn", "danke @db_bahn", True),
        ("@DB_Bahn", "DB_Bahn", False),
        ("@b", "mail me at a@b.com", False),
        ("b", "mail me at a@b.com", True),
        ('"a b com"', "a@b.com", True),
        ("#苹果", "#苹果手机", True),
        ("#果", "#苹果手机", False),  # 果 is plain: the character before it is 苹
        # case sensitivity
        ("{Office}", "Office 365", True),
        ("{Office}", "office chair", False),
        ("{Deutsche Bahn}", "Die Deutsche Bahn", True),
        ("{Deutsche Bahn}", "die deutsche bahn", False),
        ("{#Nike}", "#Nike", True),
        ("{#Nike}", "#nike", False),
        ("{#Nike}", "Nike", False),
        ("{Straße}", "STRASSE", False),
        # phrases
        ('"deutsche bahn"', "Streik bei der Deutschen Bahn", False),
        ('"deutsche bahn"', "Streik: Deutsche Bahn!", True),
        ('"deutsche bahn"', "Bahn, deutsche", False),
        ('"deutsche bahn"', "deutsche die bahn", False),
        ('"micro* corp"', "Microsoft Corp.", True),
    ],
)
def test_terms(query: str, text: str, expected: bool) -> None:
    assert matches(query, text) is expected


def test_occurrences_of_terms_and_phrases() -> None:
    assert occurrences("apple", "apple pie, apple juice") == [(0, 0), (2, 2)]
    assert occurrences('"new york"', "new york new york") == [(0, 1), (2, 3)]
    assert occurrences("苹果", "苹果苹果") == [(0, 1), (2, 3)]
    assert occurrences("#nike", "nike #nike") == [(1, 1)]
    assert occurrences("apple OR pie", "apple pie") == [(0, 0), (1, 1)]
    assert occurrences("pear", "apple pie") == []


def test_occurrences_of_non_positional_nodes_are_an_error() -> None:
    with pytest.raises(ValueError, match="not positional"):
        reference_occurrences(And((Term("a"), Term("b"))), tokenize("a b"))
    with pytest.raises(ValueError, match="not positional"):
        reference_occurrences(Field("lang", "en"), tokenize("a b"))


# -- NEAR -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("apple NEAR/0 buy", "apple buy", True),
        ("apple NEAR/0 buy", "buy apple", True),
        ("apple NEAR/0 buy", "apple to buy", False),
        ("apple NEAR/1 buy", "apple to buy", True),
        ("apple NEAR/1 buy", "buy it, the apple", False),
        ("apple NEAR/2 buy", "buy it, the apple", True),
        ("apple NEAR/1f buy", "apple to buy", True),
        ("apple NEAR/1f buy", "buy an apple", False),
        ("apple NEAR/1f buy", "buy an apple to buy", True),
        ("apple NEAR/0 buy", "apple", False),
        # the same occurrence may not serve both sides
        ("apple NEAR/0 apple", "apple", False),
        ("apple NEAR/0 apple", "apple apple", True),
        ('"new york" NEAR/0 york', "new york", False),
        ('"new york" NEAR/0 york', "new york york", True),
        ('"new york" NEAR/5 new', "new york", False),
        ("(apple OR apfel) NEAR/0 (apple OR iphone)", "apple", False),
        ("(apple OR apfel) NEAR/0 (apple OR iphone)", "apfel apple", True),
        # phrases count their words; positions are token positions
        ('streik NEAR/1 "deutsche bahn"', "Streik bei Deutsche Bahn", True),
        ('streik NEAR/0 "deutsche bahn"', "Streik bei Deutsche Bahn", False),
        ("苹果 NEAR/1 手机", "苹果的手机", True),
        ("苹果 NEAR/0 手机", "苹果的手机", False),
        ("apple NEAR/0 buy", "apple, !!! ... buy", True),  # punctuation is not a token
        # nesting: spans from min start to max end
        ("(a NEAR/1 b) NEAR/0 c", "a x b c", True),
        ("(a NEAR/1 b) NEAR/0 c", "c a x b", True),
        ("(a NEAR/1 b) NEAR/0 c", "b x a c", True),
        ("(a NEAR/1 b) NEAR/0 c", "a x b y c", False),
        ("(a NEAR/1f b) NEAR/0 c", "b x a c", False),
        ("(a NEAR/1 b) NEAR/0f c", "c a x b", False),
        ("a NEAR/0 (b NEAR/0 c)", "b a c", False),  # b c must be adjacent first
        ("(a NEAR/5 c) NEAR/0 b", "a b c", False),  # b lies inside the span a..c: overlap
    ],
)
def test_near(query: str, text: str, expected: bool) -> None:
    assert matches(query, text) is expected


def test_near_occurrences_are_pair_spans() -> None:
    assert occurrences("apple NEAR/1 buy", "buy x apple y buy") == [(0, 2), (2, 4)]
    assert occurrences("apple NEAR/1f buy", "buy x apple y buy") == [(2, 4)]
    assert occurrences('"new york" NEAR/0 york', "new york york") == [(0, 2)]
    assert occurrences("(a NEAR/1 b) NEAR/0 c", "c a x b") == [(0, 3)]


def test_near_on_hand_built_ast() -> None:
    node = Near(Phrase("deutsche bahn"), Term("streik*"), distance=3, ordered=True)
    assert reference_match(node, "Deutsche Bahn: neue Streiks angekündigt", "de", None)
    assert not reference_match(node, "Streiks bei der Deutsche Bahn", "de", None)


# -- fields and boolean logic -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "lang", "channel", "expected"),
    [
        ("lang:zh", "zh", None, True),
        ("lang:zh", "zh-Hans", None, True),
        ("lang:zh", "zh-Hant-TW", None, True),
        ("lang:zh", "ZH-hans", None, True),
        ("lang:ZH", "zh", None, True),
        ("lang:zh", "zhx", None, False),
        ("lang:zh", "z", None, False),
        ("lang:zh-Hans", "zh-Hans", None, True),
        ("lang:zh-Hans", "zh", None, False),
        ("lang:zh-Hans", "zh-Hant", None, False),
        ("lang:fr", "fr-CA", None, True),
        ("lang:fr", "en", None, False),
        ("channel:forum", "en", "forum", True),
        ("channel:forum", "en", "Forum", True),
        ("channel:Forum", "en", "forum", True),
        ("channel:forum", "en", "forums", False),
        ("channel:forum", "en", None, False),
        ("NOT channel:news", "en", None, True),
        ("NOT channel:news", "en", "news", False),
    ],
)
def test_fields(query: str, lang: str, channel: str | None, expected: bool) -> None:
    assert matches(query, "some text", lang, channel) is expected


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("apple AND iphone", "apple iphone", True),
        ("apple AND iphone", "apple pie", False),
        ("apple OR iphone", "my iphone", True),
        ("apple OR iphone", "a pear", False),
        ("NOT apple", "a pear", True),
        ("NOT apple", "an apple", False),
        ("apple NOT (pie OR juice)", "apple juice", False),
        ("apple NOT (pie OR juice)", "apple iphone", True),
        ("apple AND NOT pie", "apple pie", False),
        ("(ios OR iphone) AND apple", "apple ios", True),
        ("(ios OR iphone) AND apple", "ios", False),
        ("apple OR lang:zh", "no fruit", False),
    ],
)
def test_boolean_logic(query: str, text: str, expected: bool) -> None:
    assert matches(query, text) is expected


def test_full_example_query() -> None:
    query = parse_query(
        '({Windows} OR {Office} OR microsoft OR xbox) AND NOT ("clean the windows" OR '
        '"office chair") AND NOT channel:news'
    )
    assert reference_match(query, "New Office release from Microsoft", "en", "forum")
    assert not reference_match(query, "my new office chair", "en", "forum")
    assert not reference_match(query, "Office: clean the windows", "en", "forum")
    assert not reference_match(query, "New Office release", "en", "news")
    assert reference_match(Not(Term("x", KIND_HASHTAG)), "x", "en", None)


def test_reference_match_many() -> None:
    queries = [parse_query("apple"), parse_query("lang:fr"), parse_query("#apple OR pomme")]
    texts = ["an apple", "une pomme", "#apple"]
    result = reference_match_many(queries, texts, ["en", "fr-CA", "en"], [None, "forum", None])
    assert result == [[True, False, True], [False, True, False], [False, True, True]]
    assert reference_match_many([], texts, ["en"] * 3, [None] * 3) == []
    with pytest.raises(ValueError, match="differ in length"):
        reference_match_many(queries, texts, ["en"], [None] * 3)


# -- properties -------------------------------------------------------------------------------

_ALPHABET = "aAbBéÉßΣσς苹果手ไทアー ,.-!#@_0１ｎ🍎\u0301"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=20), st.data())
def test_every_token_and_run_of_tokens_matches_itself(text: str, data: st.DataObject) -> None:
    tokens = tokenize(text)
    if not tokens:
        return
    i = data.draw(st.integers(0, len(tokens) - 1))
    j = data.draw(st.integers(i, min(i + 2, len(tokens) - 1)))
    words = " ".join(t.text for t in tokens[i : j + 1])
    phrase = Phrase(words)
    assert (i, j) in reference_occurrences(phrase, tokens)
    assert (i, j) in reference_occurrences(Phrase(words, case_sensitive=True), tokens)
    upper = tokens[i].text.upper()
    if unicodedata.normalize("NFKC", upper) == upper:  # not so for 'ß́' -> 'SŚ' (composes)
        assert (i, i) in reference_occurrences(Term(upper), tokens)
    if tokens[i].kind != KIND_ANY:
        assert (i, i) in reference_occurrences(Term(tokens[i].text, tokens[i].kind), tokens)
    # NEAR/n with n = the gap finds the two tokens, NEAR/(n-1) does not when they are unique
    texts = [t.text for t in tokens]
    if j > i and texts.count(texts[i]) == 1 and texts.count(texts[j]) == 1:
        a, b = Term(tokens[i].text, case_sensitive=True), Term(tokens[j].text, case_sensitive=True)
        gap = j - i - 1
        assert reference_occurrences(Near(a, b, gap, ordered=True), tokens) == {(i, j)}
        assert reference_occurrences(Near(b, a, gap, ordered=True), tokens) == set()
        assert reference_occurrences(Near(b, a, gap), tokens) == {(i, j)}
        if gap > 0:
            assert reference_occurrences(Near(a, b, gap - 1), tokens) == set()
