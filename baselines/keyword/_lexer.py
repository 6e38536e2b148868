"""Split a query string into lexical tokens: brackets, operators, words, phrases.

The lexer knows only where things start and end; what a word means (term,
hashtag, field) is decided by the parser.

Example:
    >>> [t.kind for t in lex('(apple OR "big apple") NEAR/3f {iPhone}')]
    ['(', 'WORD', 'OR', 'PHRASE', ')', 'NEAR', 'BRACE', 'EOF']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from listenbench.baselines.keyword._errors import QuerySyntaxError

LPAREN, RPAREN = "(", ")"
AND, OR, NOT, NEAR = "AND", "OR", "NOT", "NEAR"
WORD, PHRASE, BRACE, EOF = "WORD", "PHRASE", "BRACE", "EOF"

#: Lexical kinds that begin an operand.
OPERAND_START = frozenset({LPAREN, WORD, PHRASE, BRACE})
#: Operators that need an operand on each side.
BINARY_OPERATORS = frozenset({AND, OR, NEAR})

#: Characters that open or close a phrase: ASCII and typographic double quotes.
QUOTES = frozenset('"\u201c\u201d\u201e')
#: Characters that end a bare word.
DELIMITERS = QUOTES | frozenset("(){}")

_NEAR_NUMBER = re.compile(r"[0-9]+")
#: The largest n accepted in NEAR/n (posts are short; AND covers "anywhere").
MAX_NEAR_DISTANCE = 10_000


@dataclass(frozen=True, slots=True)
class LexToken:
    """One lexical token.

    ``text`` is the exact source slice ``query[pos:end]``. For ``PHRASE`` and
    ``BRACE``, ``inner``/``inner_pos`` are the text between the delimiters and
    its offset; for ``NEAR``, ``distance`` and ``ordered`` the operator's
    arguments.
    """

    kind: str
    text: str
    pos: int
    end: int
    inner: str = ""
    inner_pos: int = 0
    distance: int = 0
    ordered: bool = False


def _near(query: str, pos: int, end: int) -> LexToken:
    """Lex the word ``query[pos:end]`` that starts with ``NEAR/``."""
    rest_pos = pos + len("NEAR/")
    rest = query[rest_pos:end]
    number = _NEAR_NUMBER.match(rest)
    hint = "write NEAR/3 (at most 3 words between, either order) or NEAR/3f (in order)"
    if number is None:
        found = f"found '{rest}'" if rest else "found nothing"
        raise QuerySyntaxError(f"expected a number after 'NEAR/', {found}; {hint}", query, rest_pos)
    suffix = rest[number.end() :]
    if suffix not in ("", "f"):
        op = query[pos : rest_pos + number.end()]
        raise QuerySyntaxError(
            f"unexpected '{suffix}' after '{op}': the only suffix is 'f' (in order); {hint}",
            query,
            rest_pos + number.end(),
        )
    distance = int(number.group())
    if distance > MAX_NEAR_DISTANCE:
        raise QuerySyntaxError(
            f"NEAR distance {distance} is too large (at most {MAX_NEAR_DISTANCE} words; "
            "for 'anywhere in the post' use AND)",
            query,
            rest_pos,
        )
    return LexToken(NEAR, query[pos:end], pos, end, distance=distance, ordered=suffix == "f")


def lex(query: str) -> list[LexToken]:
    """Split ``query`` into tokens, ending with an ``EOF`` token.

    Raises ``QuerySyntaxError`` for an unterminated phrase or ``{…}``, a
    stray ``}``, and a malformed ``NEAR``.

    Example:
        >>> [(t.kind, t.text) for t in lex("#nike NOT lang:fr")]
        [('WORD', '#nike'), ('NOT', 'NOT'), ('WORD', 'lang:fr'), ('EOF', '')]
    """
    tokens: list[LexToken] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in (LPAREN, RPAREN):
            tokens.append(LexToken(ch, ch, i, i + 1))
            i += 1
        elif ch in QUOTES:
            j = i + 1
            while j < n and query[j] not in QUOTES:
                j += 1
            if j == n:
                raise QuerySyntaxError(
                    f"unterminated phrase: this {ch} has no closing quote", query, i
                )
            tokens.append(LexToken(PHRASE, query[i : j + 1], i, j + 1, query[i + 1 : j], i + 1))
            i = j + 1
        elif ch == "{":
            j = query.find("}", i + 1)
            if j < 0:
                raise QuerySyntaxError("unterminated '{': this '{' has no closing '}'", query, i)
            tokens.append(LexToken(BRACE, query[i : j + 1], i, j + 1, query[i + 1 : j], i + 1))
            i = j + 1
        elif ch == "}":
            raise QuerySyntaxError("unmatched '}': there is no '{' before it", query, i)
        else:
            j = i + 1
            while j < n and not query[j].isspace() and query[j] not in DELIMITERS:
                j += 1
            word = query[i:j]
            if word in (AND, OR, NOT):
                tokens.append(LexToken(word, word, i, j))
            elif word == NEAR:
                raise QuerySyntaxError(
                    "NEAR needs a distance: write NEAR/3 (at most 3 words between, either "
                    "order) or NEAR/3f (in order)",
                    query,
                    i,
                )
            elif word.startswith("NEAR/"):
                tokens.append(_near(query, i, j))
            else:
                tokens.append(LexToken(WORD, word, i, j))
            i = j
    tokens.append(LexToken(EOF, "", n, n))
    return tokens
