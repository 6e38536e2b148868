"""The query-language parser and formatter: every operator, every error, round trips."""

from __future__ import annotations

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
    Node,
    Not,
    Or,
    Phrase,
    Term,
)
from listenbench.baselines.keyword._errors import QuerySyntaxError
from listenbench.baselines.keyword._parser import format_query, parse_query, strip_positions
from listenbench.baselines.keyword._tokenize import pattern_tokens


def p(query: str) -> Node:
    """Parse and forget positions."""
    return strip_positions(parse_query(query))


A, B, C, D = Term("a"), Term("b"), Term("c"), Term("d")


# -- leaves -----------------------------------------------------------------------------------


def test_term_keeps_text_and_position() -> None:
    assert parse_query("  Micro*") == Term("Micro*", pos=2)
    assert parse_query("colo?r") == Term("colo?r")
    assert parse_query("S-Bahn") == Term("S-Bahn")
    assert parse_query("苹果手机") == Term("苹果手机")


def test_lower_case_operators_are_plain_terms() -> None:
    assert p("and") == Term("and")
    assert p("not OR or") == Or((Term("not"), Term("or")))
    assert p("apple AND and") == And((Term("apple"), Term("and")))
    assert p("near/3") == Term("near/3")
    assert p("NEARBY") == Term("NEARBY")


def test_phrases_and_typographic_quotes() -> None:
    assert parse_query('x OR "deutsche bahn"') == Or((Term("x"), Phrase("deutsche bahn", pos=5)))
    assert p("“deutsche bahn”") == Phrase("deutsche bahn")
    assert p("„Deutsche Bahn“") == Phrase("Deutsche Bahn")
    assert p('"  padded   inside "') == Phrase("padded   inside")
    assert p('"apple"') == Phrase("apple")


def test_case_sensitive_blocks() -> None:
    assert parse_query("{Office}") == Term("Office", case_sensitive=True)
    assert p("{Deutsche Bahn}") == Phrase("Deutsche Bahn", case_sensitive=True)
    assert p("{ Office }") == Term("Office", case_sensitive=True)
    assert p("{#Nike}") == Term("Nike", KIND_HASHTAG, case_sensitive=True)
    assert p("{@DB_Bahn}") == Term("DB_Bahn", KIND_MENTION, case_sensitive=True)
    assert p("{lang:fr}") == Term("lang:fr", case_sensitive=True)  # braces hold text only


def test_hashtags_and_mentions() -> None:
    assert parse_query("x OR #nike") == Or((Term("x"), Term("nike", KIND_HASHTAG, pos=5)))
    assert p("@DB_Bahn") == Term("DB_Bahn", KIND_MENTION)
    assert p("#苹果") == Term("苹果", KIND_HASHTAG)


def test_fields() -> None:
    assert parse_query("lang:zh-Hans") == Field("lang", "zh-Hans")
    assert p("bahn AND NOT channel:news") == And((Term("bahn"), Not(Field("channel", "news"))))
    assert p("12:30") == Term("12:30")  # not a field name: a term (tokens 12, 30)


# -- operators and precedence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a AND b", And((A, B))),
        ("a OR b", Or((A, B))),
        ("NOT a", Not(A)),
        ("NOT NOT a", Not(Not(A))),
        ("a NOT b", And((A, Not(B)))),
        ("a AND NOT b", And((A, Not(B)))),
        ("a OR NOT b", Or((A, Not(B)))),
        ("NOT a AND b", And((Not(A), B))),
        ("a OR b AND c", Or((A, And((B, C))))),
        ("a AND b OR c", Or((And((A, B)), C))),
        ("(a OR b) AND c", And((Or((A, B)), C))),
        ("a AND b NEAR/1 c", And((A, Near(B, C, 1)))),
        ("a NOT b NEAR/2 c", And((A, Not(Near(B, C, 2))))),
        ("a AND NOT (b NEAR/2 c)", And((A, Not(Near(B, C, 2))))),
        ("a NEAR/0 b", Near(A, B, 0)),
        ("a NEAR/12f b", Near(A, B, 12, ordered=True)),
        ("a NEAR/007 b", Near(A, B, 7)),
        ("a NEAR/1 b NEAR/2f c", Near(Near(A, B, 1), C, 2, ordered=True)),
        ("a NEAR/1 (b NEAR/2 c)", Near(A, Near(B, C, 2), 1)),
        ("(a OR b) NEAR/3 c", Near(Or((A, B)), C, 3)),
        ("a OR b NEAR/3 c", Or((A, Near(B, C, 3)))),
        ("((a))", A),
        ("a AND (b AND c) AND d", And((A, B, C, D))),
        ("a OR (b OR (c OR d))", Or((A, B, C, D))),
        ("a NOT b NOT c", And((A, Not(B), Not(C)))),
        ("(a OR b) AND (c OR d)", And((Or((A, B)), Or((C, D))))),
        ("(a AND b) OR (c AND d)", Or((And((A, B)), And((C, D))))),
        ("a\n  AND\tb", And((A, B))),
    ],
)
def test_operators_and_precedence(query: str, expected: Node) -> None:
    assert p(query) == expected


def test_positions_of_nested_leaves() -> None:
    node = parse_query('(apple OR "big apple") NEAR/3f {iPhone}')
    assert node == Near(
        Or((Term("apple", pos=1), Phrase("big apple", pos=10))),
        Term("iPhone", case_sensitive=True, pos=31),
        3,
        ordered=True,
    )


# -- errors -----------------------------------------------------------------------------------


ERRORS: list[tuple[str, int, tuple[str, ...]]] = [
    # (query, 0-based position, fragments the message must contain)
    ("", 0, ("empty query",)),
    ("   ", 0, ("empty query",)),
    ("(apple", 0, ("'('", "no matching ')'")),
    ("a AND (b OR (c)", 6, ("'('", "no matching ')'")),
    ("apple)", 5, ("')'", "no matching '('")),
    ("(a) OR b)", 8, ("')'", "no matching '('")),
    (")", 0, ("')'", "no matching '('")),
    ('a OR "abc', 5, ("unterminated phrase",)),
    ("a OR {abc", 5, ("unterminated '{'",)),
    ("a }", 2, ("unmatched '}'",)),
    ('a OR ""', 5, ("empty phrase",)),
    ("a OR {  }", 5, ("empty '{}'",)),
    ("()", 0, ("empty brackets",)),
    (
        "deutsche bahn",
        9,
        (
            "expected an operator (AND, OR, NOT, NEAR/n) between 'deutsche' and 'bahn'",
            'for the phrase write "deutsche bahn"',
        ),
    ),
    ("x OR deutsche bahn ag", 14, ('write "deutsche bahn ag"',)),
    ("apple and pie", 6, ("between 'apple' and 'and'", "operators are upper case: write AND")),
    ("apple near/3 buy", 6, ("write NEAR/3",)),
    ('"a b" c', 6, ("between '\"a b\"' and 'c'",)),
    ("(a OR b) c", 9, ("between ')' and 'c'",)),
    ("a (b)", 2, ("between 'a' and '('",)),
    ("(a b)", 3, ("between 'a' and 'b'",)),
    ("apple AND", 9, ("AND is missing its right operand", "found the end of the query")),
    ("OR apple", 0, ("OR is missing its left operand",)),
    ("(AND a)", 1, ("AND is missing its left operand",)),
    ("a AND OR b", 6, ("AND is missing its right operand", "found 'OR'")),
    ("a OR )", 5, ("OR is missing its right operand", "found ')'")),
    ("NOT", 3, ("NOT is missing its right operand",)),
    ("a NEAR/3", 8, ("NEAR/3 is missing its right operand",)),
    ("NEAR/", 5, ("expected a number after 'NEAR/', found nothing", "NEAR/3f")),
    ("a NEAR/x b", 7, ("expected a number after 'NEAR/', found 'x'",)),
    ("a NEAR/3g b", 8, ("unexpected 'g' after 'NEAR/3'", "suffix is 'f'")),
    ("a NEAR/3F b", 8, ("unexpected 'F'",)),
    ("a NEAR b", 2, ("NEAR needs a distance", "NEAR/3")),
    ("a NEAR/3 (b AND c)", 9, ("NEAR/3 accepts", "words, phrases", "an AND on its right")),
    ("(a AND b) NEAR/3 c", 0, ("an AND on its left",)),
    ("NOT a NEAR/2 b", 0, ("a NOT on its left", "NOT (… NEAR …)")),
    ("a AND NOT b NEAR/2 c", 6, ("a NOT on its left",)),
    ("a NEAR/2 lang:fr", 9, ("the field 'lang:fr' on its right",)),
    ("(a OR lang:fr) NEAR/1 b", 0, ("an OR-group containing the field 'lang:fr'",)),
    ("mi*cro", 2, ("'*' may only end a word", "'mi*cro'")),
    ("x OR *soft", 5, ("'*' may only end a word",)),
    ("x OR *", 5, ("made only of wildcards",)),
    ("x OR ?*", 5, ("made only of wildcards",)),
    ("s-*", 2, ("'*' in 's-*' is made only of wildcards",)),
    ("苹*", 1, ("made only of wildcards", "Chinese, Japanese and Thai")),
    ('"deutsche b*hn"', 11, ("'*' may only end a word",)),
    ("ｍｉ＊ｃｒｏ", 2, ("'*' may only end a word",)),  # NFKC'd, position in the raw query
    ("x OR !!!", 5, ("'!!!' contains no letters or digits",)),
    ('"!!!"', 1, ("contains no letters or digits",)),
    ("foo:bar", 0, ("unknown field 'foo'", "known fields: lang, channel", '"foo:bar"')),
    ("Lang:fr", 0, ("unknown field 'Lang'", "lang, channel")),
    ("a AND lang:", 11, ("empty value for field 'lang'",)),
    ("channel:", 8, ("empty value for field 'channel'",)),
    ("#", 0, ("'#' must be followed by a word",)),
    ("a OR @", 5, ("'@' must be followed by a word",)),
    ("{#}", 1, ("'#' must be followed by a word",)),
    ("#!!", 1, ("contains no letters or digits",)),
]


@pytest.mark.parametrize(("query", "pos", "fragments"), ERRORS)
def test_errors_have_position_and_message(query: str, pos: int, fragments: tuple[str, ...]) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(query)
    err = info.value
    assert err.pos == pos, str(err)
    assert err.query == query
    assert err.col == pos + 1
    for fragment in fragments:
        assert fragment in err.message, err.message
    assert str(err) == f"col {pos + 1}: {err.message}"
    assert "\n" not in str(err)


def test_error_is_a_value_error_with_caret() -> None:
    with pytest.raises(ValueError) as info:
        parse_query("apple iphone")
    err = info.value
    assert isinstance(err, QuerySyntaxError)
    assert err.caret() == "apple iphone\n      ^"
    assert err.source is None and err.line is None


def test_caret_on_a_multi_line_query_shows_the_line() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse_query("a OR\n   b c")
    assert info.value.col == 6
    assert info.value.caret() == "   b c\n     ^"


def test_caret_accounts_for_wide_characters() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse_query("苹果 手机")
    assert info.value.pos == 3
    assert info.value.caret() == "苹果 手机\n     ^"


# -- formatting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("a  AND   b", "a AND b"),
        ("(a OR b) AND c", "(a OR b) AND c"),
        ("a OR (b AND c)", "a OR b AND c"),
        ("a NOT b", "a AND NOT b"),
        ("a NOT b NEAR/2 c", "a AND NOT (b NEAR/2 c)"),
        ("a NEAR/1 (b NEAR/2f c)", "a NEAR/1 (b NEAR/2f c)"),
        ("(a NEAR/1 b) NEAR/2f c", "a NEAR/1 b NEAR/2f c"),
        ("(a OR b) NEAR/3 c", "(a OR b) NEAR/3 c"),
        ("NOT (a OR b)", "NOT (a OR b)"),
        ("“deutsche bahn”", '"deutsche bahn"'),
        ("{Office} OR {Deutsche Bahn}", "{Office} OR {Deutsche Bahn}"),
        ("#nike OR @DB_Bahn OR {#Nike}", "#nike OR @DB_Bahn OR {#Nike}"),
        ("lang:fr AND channel:forum", "lang:fr AND channel:forum"),
    ],
)
def test_format_query(query: str, canonical: str) -> None:
    assert format_query(parse_query(query)) == canonical
    assert p(canonical) == p(query)


def test_format_falls_back_to_quotes_for_words_that_would_not_parse_back() -> None:
    assert format_query(Term("AND")) == '"AND"'
    assert format_query(Term("lang:fr")) == '"lang:fr"'
    assert format_query(Term("two words")) == '"two words"'


# -- Hypothesis round trip --------------------------------------------------------------------


def _valid_word(text: str) -> bool:
    """The spec's rules for query words, checked independently of the parser."""
    tokens = pattern_tokens(text, case_sensitive=True)
    return bool(tokens) and all(
        any(ch not in "*?" for ch in tok) and "*" not in tok[:-1] for tok in tokens
    )


_OPERATOR_WORDS = {"AND", "OR", "NOT", "NEAR"}
_word_text = st.text(alphabet="abzAÉéßΣς苹果ｎ0_-?'.", min_size=1, max_size=6).filter(
    lambda w: w not in _OPERATOR_WORDS and _valid_word(w)
)
_starred = st.builds(lambda w: w + "*", _word_text).filter(_valid_word)
_word = st.one_of(_word_text, _starred)
_term = st.builds(
    Term,
    text=_word,
    kind=st.sampled_from([KIND_ANY, KIND_HASHTAG, KIND_MENTION]),
    case_sensitive=st.booleans(),
)
_phrase = st.one_of(
    st.builds(
        Phrase,
        text=st.lists(_word, min_size=1, max_size=3).map(" ".join),
        case_sensitive=st.just(False),
    ),
    st.builds(
        Phrase,
        text=st.lists(_word, min_size=2, max_size=3).map(" ".join),
        case_sensitive=st.just(True),
    ),
)
_field = st.builds(
    Field,
    name=st.sampled_from(["lang", "channel"]),
    value=st.from_regex(r"[a-z]{1,3}(-[A-Za-z]{1,4})?", fullmatch=True),
)


def _positional_tree(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    return st.one_of(
        st.lists(children.filter(lambda n: not isinstance(n, Or)), min_size=2, max_size=3).map(
            lambda ops: Or(tuple(ops))
        ),
        st.builds(Near, children, children, st.integers(0, 20), st.booleans()),
    )


_positional: st.SearchStrategy[Node] = st.recursive(
    st.one_of(_term, _phrase), _positional_tree, max_leaves=6
)


def _boolean_tree(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    return st.one_of(
        st.lists(children.filter(lambda n: not isinstance(n, And)), min_size=2, max_size=3).map(
            lambda ops: And(tuple(ops))
        ),
        st.lists(children.filter(lambda n: not isinstance(n, Or)), min_size=2, max_size=3).map(
            lambda ops: Or(tuple(ops))
        ),
        st.builds(Not, children),
    )


_query: st.SearchStrategy[Node] = st.recursive(
    st.one_of(_positional, _field), _boolean_tree, max_leaves=8
)


@settings(max_examples=120, deadline=None)
@given(_query)
def test_format_then_parse_round_trips(node: Node) -> None:
    text = format_query(node)
    assert strip_positions(parse_query(text)) == node, text
    assert format_query(parse_query(text)) == text  # canonical: a fixed point


def test_near_distance_is_capped_with_a_positioned_error() -> None:
    with pytest.raises(QuerySyntaxError, match="too large") as info:
        parse_query("a NEAR/99999999999 b")
    assert info.value.pos == len("a NEAR/")
    near = parse_query("a NEAR/10000 b")
    assert isinstance(near, Near) and near.distance == 10_000
