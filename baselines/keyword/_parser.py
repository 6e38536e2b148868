"""Parse query text into the AST of ``_ast.py``, and format an AST back to text.

Grammar (precedence tightest first: prefix ``NOT``, ``NEAR``, ``AND`` and
binary ``NOT``, ``OR``)::

    query   := or EOF
    or      := and ("OR" and)*
    and     := near (("AND" | "NOT") near)*     # a NOT b  ==  a AND (NOT b)
    near    := unary (("NEAR/n" | "NEAR/nf") unary)*     # left-associative
    unary   := "NOT" unary | primary
    primary := "(" or ")" | WORD | PHRASE | BRACE

Example:
    >>> parse_query("apple NOT pie")
    And(operands=(Term(text='apple', kind=0, case_sensitive=False, pos=0), \
Not(operand=Term(text='pie', kind=0, case_sensitive=False, pos=10))))
    >>> format_query(parse_query("(a OR b)  AND  NOT c"))
    '(a OR b) AND NOT c'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

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
from listenbench.baselines.keyword._lexer import (
    AND,
    BINARY_OPERATORS,
    BRACE,
    DELIMITERS,
    EOF,
    LPAREN,
    NEAR,
    NOT,
    OPERAND_START,
    OR,
    PHRASE,
    QUOTES,
    RPAREN,
    WORD,
    LexToken,
    lex,
)
from listenbench.baselines.keyword._tokenize import UNSPACED, WILDCARDS, char_class, token_spans

#: Field names a query may filter on.
KNOWN_FIELDS: tuple[str, ...] = ("lang", "channel")

_FIELD_PREFIX = re.compile(r"([A-Za-z]+):")
_SIGILS = {"#": KIND_HASHTAG, "@": KIND_MENTION}
_SIGIL_OF = {KIND_HASHTAG: "#", KIND_MENTION: "@"}
_OPERAND = "a word, phrase or '('"


def _show(text: str) -> str:
    """A query excerpt for a one-line message."""
    return "'" + " ".join(text.split()) + "'"


def _raw_offset(raw: str, norm_offset: int) -> int:
    """Map an offset in ``NFKC(raw)`` back to an offset in ``raw``."""
    if unicodedata.normalize("NFKC", raw) == raw:
        return norm_offset
    for i in range(1, len(raw) + 1):
        if len(unicodedata.normalize("NFKC", raw[:i])) > norm_offset:
            return i - 1
    return max(len(raw) - 1, 0)


def _check_words(query: str, raw: str, offset: int, shown: str) -> None:
    """Check the words of a term/phrase ``raw`` found at ``offset`` in ``query``."""
    norm = unicodedata.normalize("NFKC", raw)
    spans = token_spans(norm, wildcards_are_word=True)
    if not spans:
        raise QuerySyntaxError(
            f"{_show(shown)} contains no letters or digits to search for", query, offset
        )
    for start, end in spans:
        word = norm[start:end]
        if all(ch in WILDCARDS for ch in word):
            hint = "a word needs at least one letter or digit besides '*' and '?'"
            if start > 0 and char_class(norm[start - 1]) == UNSPACED:
                hint = (
                    "Chinese, Japanese and Thai characters are words of their own, "
                    "so a wildcard cannot extend them"
                )
            where = "" if word == shown else f" in {_show(shown)}"
            raise QuerySyntaxError(
                f"{_show(word)}{where} is made only of wildcards; {hint}",
                query,
                offset + _raw_offset(raw, start),
            )
        star = word.find("*")
        if star != len(word) - 1 and star >= 0:
            raise QuerySyntaxError(
                f"'*' may only end a word, but {_show(shown)} has it inside"
                f"{'' if word == shown else ' ' + _show(word)}; "
                "use '?' for exactly one character",
                query,
                offset + _raw_offset(raw, start + star),
            )


def _positional_problem(node: Node) -> str | None:
    """Why ``node`` cannot be an operand of NEAR, or None if it can."""
    if isinstance(node, Term | Phrase | Near):
        return None
    if isinstance(node, Or):
        for operand in node.operands:
            problem = _positional_problem(operand)
            if problem is not None:
                return f"an OR-group containing {problem}"
        return None
    if isinstance(node, And):
        return "an AND"
    if isinstance(node, Not):
        return "a NOT"
    return f"the field '{node.name}:{node.value}'"


def _flatten(kind: type[And] | type[Or], operands: list[Node]) -> list[Node]:
    out: list[Node] = []
    for operand in operands:
        if isinstance(operand, kind):
            out.extend(operand.operands)
        else:
            out.append(operand)
    return out


def _is_plain_word(tok: LexToken) -> bool:
    """A bare word that is an ordinary term (no sigil, no field)."""
    return (
        tok.kind == WORD
        and tok.text[0] not in _SIGILS
        and _FIELD_PREFIX.match(tok.text) is None
        and tok.text.upper() not in (AND, OR, NOT, NEAR)
        and not tok.text.upper().startswith("NEAR/")
    )


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = lex(query)
        self.i = 0

    # -- token access ------------------------------------------------------------------------

    def peek(self) -> LexToken:
        return self.tokens[self.i]

    def advance(self) -> LexToken:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def previous(self) -> LexToken | None:
        return self.tokens[self.i - 1] if self.i > 0 else None

    def error(self, message: str, pos: int) -> QuerySyntaxError:
        return QuerySyntaxError(message, self.query, pos)

    # -- errors with context -----------------------------------------------------------------

    def missing_operator(self, tok: LexToken) -> QuerySyntaxError:
        prev = self.previous()
        assert prev is not None
        message = (
            "expected an operator (AND, OR, NOT, NEAR/n) between "
            f"{_show(prev.text)} and {_show(tok.text)}"
        )
        upper = tok.text.upper()
        if tok.kind == WORD and (upper in (AND, OR, NOT, NEAR) or upper.startswith("NEAR/")):
            write = "NEAR/3" if upper == NEAR else upper
            message += f"; operators are upper case: write {write}"
        elif _is_plain_word(prev) and _is_plain_word(tok):
            words = [prev.text]
            j = self.i
            while _is_plain_word(self.tokens[j]):
                words.append(self.tokens[j].text)
                j += 1
            message += f'; for the phrase write "{" ".join(words)}"'
        return self.error(message, tok.pos)

    def expected_operand(self, tok: LexToken) -> QuerySyntaxError:
        prev = self.previous()
        if prev is None and tok.kind == EOF:
            return self.error("empty query: expected a word, phrase or '('", 0)
        if prev is not None and prev.kind == LPAREN:
            if tok.kind == RPAREN:
                return self.error("empty brackets '()': expected a query inside", prev.pos)
            if tok.kind == EOF:
                return self.unclosed(prev)
        if tok.kind in BINARY_OPERATORS and (prev is None or prev.kind == LPAREN):
            return self.error(
                f"{tok.text} is missing its left operand: expected {_OPERAND} before it", tok.pos
            )
        if prev is None and tok.kind == RPAREN:
            return self.unmatched(tok)
        assert prev is not None  # an operand is only expected at the start or after an operator
        found = "the end of the query" if tok.kind == EOF else _show(tok.text)
        return self.error(
            f"{prev.text} is missing its right operand: expected {_OPERAND} after it, "
            f"found {found}",
            tok.pos,
        )

    def unclosed(self, lparen: LexToken) -> QuerySyntaxError:
        return self.error("unbalanced brackets: this '(' has no matching ')'", lparen.pos)

    def unmatched(self, rparen: LexToken) -> QuerySyntaxError:
        return self.error("unbalanced brackets: this ')' has no matching '('", rparen.pos)

    # -- grammar -----------------------------------------------------------------------------

    def parse(self) -> Node:
        node, _ = self.parse_or()
        tok = self.peek()
        if tok.kind == RPAREN:
            raise self.unmatched(tok)
        if tok.kind != EOF:
            raise self.missing_operator(tok)
        return node

    def parse_or(self) -> tuple[Node, int]:
        node, start = self.parse_and()
        operands = [node]
        while self.peek().kind == OR:
            self.advance()
            operands.append(self.parse_and()[0])
        if len(operands) == 1:
            return node, start
        return Or(tuple(_flatten(Or, operands))), start

    def parse_and(self) -> tuple[Node, int]:
        node, start = self.parse_near()
        operands = [node]
        while self.peek().kind in (AND, NOT):
            op = self.advance()
            operand = self.parse_near()[0]
            operands.append(Not(operand) if op.kind == NOT else operand)
        if len(operands) == 1:
            return node, start
        return And(tuple(_flatten(And, operands))), start

    def parse_near(self) -> tuple[Node, int]:
        left, start = self.parse_unary()
        while self.peek().kind == NEAR:
            op = self.advance()
            self.check_positional(left, start, op, "left")
            right, right_start = self.parse_unary()
            self.check_positional(right, right_start, op, "right")
            left = Near(left, right, op.distance, op.ordered)
        return left, start

    def check_positional(self, node: Node, pos: int, op: LexToken, side: str) -> None:
        problem = _positional_problem(node)
        if problem is not None:
            hint = ""
            if isinstance(node, Not):
                hint = (
                    "; prefix NOT binds tighter than NEAR: to exclude a NEAR, write NOT (… NEAR …)"
                )
            raise self.error(
                f"{op.text} accepts on each side only words, phrases, OR-groups of them "
                f"and other NEARs, but found {problem} on its {side}{hint}",
                pos,
            )

    def parse_unary(self) -> tuple[Node, int]:
        tok = self.peek()
        if tok.kind == NOT:
            self.advance()
            return Not(self.parse_unary()[0]), tok.pos
        return self.parse_primary()

    def parse_primary(self) -> tuple[Node, int]:
        tok = self.peek()
        if tok.kind not in OPERAND_START:
            raise self.expected_operand(tok)
        self.advance()
        if tok.kind == LPAREN:
            if self.peek().kind == RPAREN:
                raise self.error("empty brackets '()': expected a query inside", tok.pos)
            node, _ = self.parse_or()
            closing = self.peek()
            if closing.kind == RPAREN:
                self.advance()
                return node, tok.pos
            if closing.kind == EOF:
                raise self.unclosed(tok)
            raise self.missing_operator(closing)
        if tok.kind == WORD:
            return self.word(tok), tok.pos
        return self.quoted(tok), tok.pos

    # -- leaves ------------------------------------------------------------------------------

    def sigil_term(self, text: str, pos: int, case_sensitive: bool, token: LexToken) -> Term:
        """``#word`` / ``@word`` starting at ``pos``."""
        kind = _SIGILS[text[0]]
        rest = text[1:]
        if not rest:
            what = "hashtag" if kind == KIND_HASHTAG else "mention"
            raise self.error(
                f"'{text[0]}' must be followed by a word ({what}, e.g. {text[0]}nike)", pos
            )
        _check_words(self.query, rest, pos + 1, token.text)
        return Term(rest, kind, case_sensitive, token.pos)

    def word(self, tok: LexToken) -> Node:
        text = tok.text
        if text[0] in _SIGILS:
            return self.sigil_term(text, tok.pos, False, tok)
        field = _FIELD_PREFIX.match(text)
        if field is not None:
            name = field.group(1)
            if name not in KNOWN_FIELDS:
                raise self.error(
                    f"unknown field '{name}' in {_show(text)} (known fields: "
                    f"{', '.join(KNOWN_FIELDS)}); to search for the text, "
                    f'write it in quotes: "{text}"',
                    tok.pos,
                )
            value = text[field.end() :]
            if not value:
                raise self.error(
                    f"empty value for field '{name}': expected e.g. "
                    f"{'lang:fr' if name == 'lang' else 'channel:forum'}",
                    tok.pos + field.end(),
                )
            return Field(name, value, tok.pos)
        _check_words(self.query, text, tok.pos, text)
        return Term(text, KIND_ANY, False, tok.pos)

    def quoted(self, tok: LexToken) -> Node:
        """A ``"phrase"`` or a ``{case-sensitive}`` block."""
        content = tok.inner.strip()
        offset = tok.inner_pos + len(tok.inner) - len(tok.inner.lstrip())
        if not content:
            what = "phrase" if tok.kind == PHRASE else "'{}'"
            raise self.error(f"empty {what}: expected at least one word inside", tok.pos)
        if tok.kind == PHRASE:
            _check_words(self.query, content, offset, tok.text)
            return Phrase(content, False, tok.pos)
        assert tok.kind == BRACE
        if any(ch.isspace() for ch in content):
            _check_words(self.query, content, offset, tok.text)
            return Phrase(content, True, tok.pos)
        if content[0] in _SIGILS:
            return self.sigil_term(content, offset, True, tok)
        _check_words(self.query, content, offset, tok.text)
        return Term(content, KIND_ANY, True, tok.pos)


def parse_query(text: str) -> Node:
    """Parse one query of the listenbench query language into an AST.

    Raises ``QuerySyntaxError`` (with the position and a one-line message
    saying what was expected) for any invalid query.

    Example:
        >>> parse_query("apple NEAR/3f buy")
        Near(left=Term(text='apple', kind=0, case_sensitive=False, pos=0), \
right=Term(text='buy', kind=0, case_sensitive=False, pos=14), distance=3, ordered=True)
        >>> parse_query("deutsche bahn")
        Traceback (most recent call last):
        ...
        listenbench.baselines.keyword._errors.QuerySyntaxError: col 10: expected an operator \
(AND, OR, NOT, NEAR/n) between 'deutsche' and 'bahn'; for the phrase write "deutsche bahn"
    """
    return _Parser(text).parse()


# -- formatting ----------------------------------------------------------------------------------

_LEVEL_OR, _LEVEL_AND, _LEVEL_NEAR, _LEVEL_NOT, _LEVEL_LEAF = 1, 2, 3, 4, 5


def _bare_safe(text: str) -> bool:
    """``text`` lexes as a single bare word."""
    return bool(text) and not any(ch.isspace() or ch in DELIMITERS for ch in text)


def _is_bare_term(text: str) -> bool:
    """``text`` written bare parses back to ``Term(text)``."""
    return (
        _bare_safe(text)
        and text[0] not in _SIGILS
        and text not in (AND, OR, NOT, NEAR)
        and not text.startswith("NEAR/")
        and _FIELD_PREFIX.match(text) is None
    )


def _format_phrase(text: str, case_sensitive: bool) -> str:
    if case_sensitive:
        return "{" + text + "}"
    if any(ch in QUOTES for ch in text):  # not produced by the parser; best effort
        return "{" + text + "}"
    return f'"{text}"'


def _format_term(term: Term) -> str:
    sigil = _SIGIL_OF.get(term.kind, "")
    if term.case_sensitive:
        return "{" + sigil + term.text + "}"
    if sigil and _bare_safe(term.text):
        return sigil + term.text
    if not sigil and _is_bare_term(term.text):
        return term.text
    return sigil + _format_phrase(term.text, False)  # not produced by the parser; best effort


def _level(node: Node) -> int:
    if isinstance(node, Or):
        return _LEVEL_OR
    if isinstance(node, And):
        return _LEVEL_AND
    if isinstance(node, Near):
        return _LEVEL_NEAR
    if isinstance(node, Not):
        return _LEVEL_NOT
    return _LEVEL_LEAF


def _format(node: Node, context: int) -> str:
    if isinstance(node, Term):
        text = _format_term(node)
    elif isinstance(node, Phrase):
        text = _format_phrase(node.text, node.case_sensitive)
    elif isinstance(node, Field):
        text = f"{node.name}:{node.value}"
    elif isinstance(node, Or):
        text = " OR ".join(_format(o, _LEVEL_AND) for o in node.operands)
    elif isinstance(node, And):
        text = " AND ".join(_format(o, _LEVEL_NEAR) for o in node.operands)
    elif isinstance(node, Not):
        text = "NOT " + _format(node.operand, _LEVEL_NOT)
    else:
        op = f"NEAR/{node.distance}{'f' if node.ordered else ''}"
        left = _format(node.left, _LEVEL_NEAR)
        right = _format(node.right, _LEVEL_NOT)
        text = f"{left} {op} {right}"
    return f"({text})" if _level(node) < context else text


def format_query(node: Node) -> str:
    """Canonical query text for ``node``; ``parse_query`` reads it back to an equal AST.

    Equal up to the ``pos`` fields (see ``strip_positions``), for every AST
    that ``parse_query`` can produce. Brackets are written only where
    precedence needs them.

    Example:
        >>> format_query(parse_query('{Office}  OR  ((#nike)) NEAR/2f "just do it"'))
        '{Office} OR #nike NEAR/2f "just do it"'
    """
    return _format(node, 0)


def strip_positions(node: Node) -> Node:
    """``node`` with every ``pos`` field set to 0, to compare ASTs by meaning.

    Example:
        >>> strip_positions(parse_query("a OR b")) == Or((Term("a"), Term("b")))
        True
    """
    if isinstance(node, Term | Phrase | Field):
        return replace(node, pos=0)
    if isinstance(node, And):
        return And(tuple(strip_positions(o) for o in node.operands))
    if isinstance(node, Or):
        return Or(tuple(strip_positions(o) for o in node.operands))
    if isinstance(node, Not):
        return Not(strip_positions(node.operand))
    return replace(node, left=strip_positions(node.left), right=strip_positions(node.right))
