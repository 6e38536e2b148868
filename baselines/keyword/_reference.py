"""The plain-Python reference evaluator: a direct reading of the specification.

Deliberately simple and slow: it is the oracle that the compiled Numba
kernels are tested against, so every rule is written out literally.

Example:
    >>> from listenbench.baselines.keyword._parser import parse_query
    >>> reference_match(parse_query("苹果 AND lang:zh"), "我买了苹果手机", "zh-Hans", None)
    True
    >>> reference_match(parse_query("bahn"), "Am Bahnhof", "de", None)
    False
"""

from __future__ import annotations

from collections.abc import Sequence

from listenbench.baselines.keyword._ast import (
    KIND_ANY,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Term,
)
from listenbench.baselines.keyword._tokenize import Token, pattern_tokens, tokenize

Span = tuple[int, int]


def pattern_matches(pattern: str, word: str) -> bool:
    """Whether the pattern token ``pattern`` matches the whole of ``word``.

    ``?`` matches exactly one character; a trailing ``*`` matches zero or more.
    Raises ``ValueError`` for a ``*`` anywhere but at the end.

    Example:
        >>> pattern_matches("colo?r", "colour"), pattern_matches("micro*", "micro")
        (True, True)
        >>> pattern_matches("bahn", "bahnhof")
        False
    """
    if "*" in pattern[:-1]:
        raise ValueError(f"'*' may only end a pattern token, got {pattern!r}")
    if pattern.endswith("*"):
        fixed = pattern[:-1]
        if len(word) < len(fixed):
            return False
        word = word[: len(fixed)]
    else:
        fixed = pattern
        if len(word) != len(fixed):
            return False
    return all(p == "?" or p == w for p, w in zip(fixed, word, strict=True))


def _word_occurrences(
    text: str, kind: int, case_sensitive: bool, tokens: Sequence[Token]
) -> set[Span]:
    """Occurrences of a term or phrase: positions where every pattern token matches."""
    patterns = pattern_tokens(text, case_sensitive)
    if not patterns:
        raise ValueError(f"{text!r} has no words to search for")
    k = len(patterns)
    found: set[Span] = set()
    for s in range(len(tokens) - k + 1):
        if kind != KIND_ANY and tokens[s].kind != kind:
            continue
        if all(
            pattern_matches(p, tokens[s + i].text if case_sensitive else tokens[s + i].folded)
            for i, p in enumerate(patterns)
        ):
            found.add((s, s + k - 1))
    return found


def _near_occurrences(node: Near, tokens: Sequence[Token]) -> set[Span]:
    found: set[Span] = set()
    for a in reference_occurrences(node.left, tokens):
        for b in reference_occurrences(node.right, tokens):
            if a[1] < b[0]:
                between = b[0] - a[1] - 1
            elif b[1] < a[0] and not node.ordered:
                between = a[0] - b[1] - 1
            else:  # overlapping, or in the wrong order for NEAR/nf
                continue
            if between <= node.distance:
                found.add((min(a[0], b[0]), max(a[1], b[1])))
    return found


def reference_occurrences(node: Node, tokens: Sequence[Token]) -> set[Span]:
    """The occurrences ``(first token, last token)`` of a positional node.

    Positional nodes are terms, phrases, OR-groups of positional nodes and
    NEARs; anything else raises ``ValueError``.

    Example:
        >>> from listenbench.baselines.keyword._parser import parse_query
        >>> toks = tokenize("buy an apple, eat an apple")
        >>> sorted(reference_occurrences(parse_query("apple"), toks))
        [(2, 2), (5, 5)]
        >>> sorted(reference_occurrences(parse_query("buy NEAR/1 apple"), toks))
        [(0, 2)]
    """
    if isinstance(node, Term):
        return _word_occurrences(node.text, node.kind, node.case_sensitive, tokens)
    if isinstance(node, Phrase):
        return _word_occurrences(node.text, KIND_ANY, node.case_sensitive, tokens)
    if isinstance(node, Or):
        found: set[Span] = set()
        for operand in node.operands:
            found |= reference_occurrences(operand, tokens)
        return found
    if isinstance(node, Near):
        return _near_occurrences(node, tokens)
    raise ValueError(f"{type(node).__name__} is not positional (has no occurrences)")


def _field_matches(field: Field, lang: str, channel: str | None) -> bool:
    value = field.value.casefold()
    if field.name == "lang":
        post = lang.casefold()
        return post == value or post.startswith(value + "-")
    if field.name == "channel":
        return channel is not None and channel.casefold() == value
    raise ValueError(f"unknown field {field.name!r}")


def _evaluate(node: Node, tokens: Sequence[Token], lang: str, channel: str | None) -> bool:
    if isinstance(node, Field):
        return _field_matches(node, lang, channel)
    if isinstance(node, And):
        return all(_evaluate(o, tokens, lang, channel) for o in node.operands)
    if isinstance(node, Or):
        return any(_evaluate(o, tokens, lang, channel) for o in node.operands)
    if isinstance(node, Not):
        return not _evaluate(node.operand, tokens, lang, channel)
    return bool(reference_occurrences(node, tokens))


def reference_match(node: Node, text: str, lang: str, channel: str | None) -> bool:
    """Whether a post (``text``, ``lang``, ``channel``) matches the query ``node``.

    Example:
        >>> from listenbench.baselines.keyword._parser import parse_query
        >>> q = parse_query("(bahn OR #db) AND NOT channel:news")
        >>> reference_match(q, "Die #DB ist zu spät", "de", "forum")
        True
        >>> reference_match(q, "Die #DB ist zu spät", "de", "news")
        False
    """
    return _evaluate(node, tokenize(text), lang, channel)


def reference_match_many(
    queries: Sequence[Node],
    texts: Sequence[str],
    langs: Sequence[str],
    channels: Sequence[str | None],
) -> list[list[bool]]:
    """``result[q][p]``: whether query ``q`` matches post ``p``.

    Each text is tokenised once. ``texts``, ``langs`` and ``channels`` are
    parallel sequences, one element per post.

    Example:
        >>> qs = [Term("apple"), Field("lang", "fr")]
        >>> reference_match_many(qs, ["an apple", "une pomme"], ["en", "fr-CA"], [None, None])
        [[True, False], [False, True]]
    """
    if not len(texts) == len(langs) == len(channels):
        raise ValueError(
            f"texts, langs and channels differ in length: "
            f"{len(texts)}, {len(langs)}, {len(channels)}"
        )
    tokenized = [tokenize(text) for text in texts]
    return [
        [
            _evaluate(query, tokens, lang, channel)
            for tokens, lang, channel in zip(tokenized, langs, channels, strict=True)
        ]
        for query in queries
    ]
