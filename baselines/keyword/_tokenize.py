"""The plain-Python tokenizer of the query-language specification.

This is a direct, unoptimised reading of "Text: normalisation and tokens" and
"Words in a query" in ``baselines/QUERY-LANGUAGE.md``; it is the ground truth
that faster tokenizers are tested against.

Example:
    >>> [t.folded for t in tokenize("Die S-Bahn, #Straße!")]
    ['die', 's', 'bahn', 'strasse']
    >>> [t.text for t in tokenize("喜欢Nike鞋")]
    ['喜', '欢', 'Nike', '鞋']
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from listenbench.baselines.keyword._ast import KIND_ANY, KIND_HASHTAG, KIND_MENTION

#: Character classes: everything else, part of a word, a word on its own.
OTHER, WORD, UNSPACED = 0, 1, 2

#: Inclusive code-point ranges whose letters, marks and numbers are unspaced.
UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3005, 0x3007),
    (0x3021, 0x3029),
    (0x3031, 0x3035),
    (0x3038, 0x303C),
    (0x3040, 0x30FF),  # hiragana, katakana (incl. U+30FC 'ー')
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x3FFFF),
)

#: The wildcard characters of query words.
WILDCARDS = frozenset("*?")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a post's text.

    ``text`` is the token as it appears in the NFKC-normalised text, ``folded``
    its character-by-character casefolding, ``start``/``end`` its character
    offsets (end exclusive) in the NFKC string, ``kind`` one of ``KIND_ANY``
    (plain), ``KIND_HASHTAG``, ``KIND_MENTION``.

    Example:
        >>> tokenize("#Nike")[0]
        Token(text='Nike', folded='nike', start=1, end=5, kind=1)
    """

    text: str
    folded: str
    start: int
    end: int
    kind: int


def char_class(ch: str) -> int:
    """The class of one character: ``OTHER``, ``WORD`` or ``UNSPACED``.

    Example:
        >>> char_class("a"), char_class("_"), char_class("苹"), char_class("#")
        (1, 1, 2, 0)
    """
    category = unicodedata.category(ch)
    if category[0] in "LMN":
        code = ord(ch)
        for low, high in UNSPACED_RANGES:
            if low <= code <= high:
                return UNSPACED
        return WORD
    if ch == "_":
        return WORD
    return OTHER


def fold(text: str) -> str:
    """Concatenate ``str.casefold()`` of each character of ``text``.

    Example:
        >>> fold("Straße"), fold("ΣΊΣΥΦΟΣ")
        ('strasse', 'σίσυφοσ')
    """
    return "".join(ch.casefold() for ch in text)


def token_spans(text: str, *, wildcards_are_word: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the tokens of an already normalised ``text``.

    With ``wildcards_are_word``, ``*`` and ``?`` count as word characters (the
    rule for query words).

    Example:
        >>> token_spans("ab 苹果 c*", wildcards_are_word=True)
        [(0, 2), (3, 4), (4, 5), (6, 8)]
    """

    def cls(ch: str) -> int:
        if wildcards_are_word and ch in WILDCARDS:
            return WORD
        return char_class(ch)

    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = cls(text[i])
        if c == UNSPACED:
            spans.append((i, i + 1))
            i += 1
        elif c == WORD:
            j = i + 1
            while j < n and cls(text[j]) == WORD:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _kind(text: str, start: int) -> int:
    """Hashtag / mention / plain for the token starting at ``start``."""
    if start == 0:
        return KIND_ANY
    sigil = text[start - 1]
    if sigil not in "#@":
        return KIND_ANY
    if start >= 2 and char_class(text[start - 2]) != OTHER:
        return KIND_ANY
    return KIND_HASHTAG if sigil == "#" else KIND_MENTION


def tokenize(text: str) -> list[Token]:
    """Tokenise a post's text: NFKC, then the token rules of the specification.

    Example:
        >>> [(t.text, t.kind) for t in tokenize("@DB_Bahn mail a@b.com")]
        [('DB_Bahn', 2), ('mail', 0), ('a', 0), ('b', 0), ('com', 0)]
    """
    norm = unicodedata.normalize("NFKC", text)
    return [Token(norm[s:e], fold(norm[s:e]), s, e, _kind(norm, s)) for s, e in token_spans(norm)]


def pattern_tokens(text: str, case_sensitive: bool) -> list[str]:
    """The pattern tokens of a query word, phrase or ``{…}`` block.

    NFKC, then tokenised with ``*`` and ``?`` as word characters, then folded
    unless ``case_sensitive``. Validity of the wildcards is not checked here
    (the parser does that).

    Example:
        >>> pattern_tokens("Micro* S-Bahn", case_sensitive=False)
        ['micro*', 's', 'bahn']
        >>> pattern_tokens("{Office}", case_sensitive=True)
        ['Office']
    """
    norm = unicodedata.normalize("NFKC", text)
    words = [norm[s:e] for s, e in token_spans(norm, wildcards_are_word=True)]
    return words if case_sensitive else [fold(w) for w in words]
