"""Reproducible brand query sets for the bench, and the literal terms peers search for.

:func:`generate_queries` writes ``n`` brand queries in listenbench's query
language with the operator mix of real listening setups: mostly
``name OR "name product" OR #tag`` brand definitions, some ``AND NOT``
exclusions, ``NEAR/n`` context, trailing wildcards, ``{CaseSensitive}``
terms, ``#hashtag``/``@handle`` terms, ``lang:`` filters and CJK names. The
even-numbered queries 0, 2, ..., 38 are the synthetic firehose's 20 planted
brand queries (so that real hits happen), the rest invent brands from a
syllable vocabulary large enough for 10^6 distinct names. Query ``i``
depends only on ``seed`` and ``i``: the first ``m`` queries of a bigger set
are the set of ``m``.

:func:`literal_terms` lists the distinct literal words of a query set (terms
and phrases without wildcards, ``#``/``@`` kept): what the peer engines
match, and what listenbench matches as single-term queries for the
agreement check.

Example:
    >>> queries = generate_queries(4, seed=0, planted=["nike OR #justdoit"])
    >>> queries[0], len(queries)
    ('nike OR #justdoit', 4)
    >>> [t.literal for t in literal_terms(["nike OR #justdoit", "micro* AND NOT nike"])]
    ['nike', '#justdoit']
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from listenbench.baselines.keyword import (
    KIND_ANY,
    KIND_HASHTAG,
    KIND_MENTION,
    And,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Term,
    parse_query,
)

#: Where a literal's first or last character needs a word boundary.
EDGE_NONE, EDGE_WORD, EDGE_SIGIL = 0, 1, 2

_ONSETS = (
    "b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
    "br", "cr", "dr", "fl", "gr", "kr", "pl", "pr", "qu", "sk", "st", "tr", "vr", "x", "y",
)  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "y", "ai", "ou", "ea", "io")
#: One name in ten gets one of its vowels accented.
_ACCENTS = {"a": "áàâ", "e": "éèê", "i": "í", "o": "öó", "u": "üú"}
_CODAS = ("", "", "", "", "n", "r", "x", "s", "l", "m", "k", "t", "v", "nd", "rk")
_PRODUCTS = (
    "pro", "max", "air", "mini", "go", "plus", "one", "lite", "pay", "card", "cloud", "home",
    "mobile", "bank", "energy", "foods", "cola", "sport", "labs", "studio", "motors", "café",
    "beauté", "express", "store", "play", "kids", "zero", "x", "e7",
)  # fmt: skip
_CONTEXT = (
    "love", "hate", "good", "bad", "new", "free", "money", "help", "buy", "price", "order",
    "refund", "broken", "app", "service", "amour", "prix", "nouveau", "liebe", "preis", "neu",
    "precio", "nuevo", "gratis", "preço", "prezzo", "cena",
)  # fmt: skip
_EXCLUDE = (
    "recipe", "pie", "juice", "river", "song", "lyrics", "weather", "cake", "tree", "dog",
    "garden", "tattoo", "fanfic", "meme", "wallpaper", "costume",
)  # fmt: skip
_EXCLUDE_PHRASES = ("for sale", "fan art", "not sponsored", "job offer", "lost and found")
_LANGS = ("en", "fr", "de", "es", "pt", "it", "pl", "ja", "zh")
_HAN = "星光云海山川金银木火水风雷龙凤天地玄黄宇宙日月盈辰宿列张寒来暑往秋收冬藏闰余成岁"
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"


@dataclass(frozen=True, slots=True)
class BenchTerm:
    """One distinct literal word of a query set (NFKC text, without the sigil).

    ``kind`` is ``KIND_ANY``, ``KIND_HASHTAG`` or ``KIND_MENTION``;
    ``literal`` is the text with its ``#``/``@``, as the peers search for it.

    Example:
        >>> BenchTerm("zorvexfold", KIND_HASHTAG).literal
        '#zorvexfold'
    """

    text: str
    kind: int = KIND_ANY

    @property
    def literal(self) -> str:
        """The text with its sigil (``#tag``, ``@handle``), or the text."""
        sigil = {KIND_HASHTAG: "#", KIND_MENTION: "@"}.get(self.kind, "")
        return sigil + self.text

    def node(self) -> Term:
        """This word as a one-term query (case-insensitive, same kind).

        Example:
            >>> BenchTerm("zorvex fold").node()
            Term(text='zorvex fold', kind=0, case_sensitive=False, pos=0)
        """
        return Term(self.text, kind=self.kind)


def _planted_queries() -> list[str]:
    from listenbench.corpora.synth import BRANDS, brand_query

    return [brand_query(brand) for brand in BRANDS]


def _names(rng: random.Random, used: set[str]) -> Iterator[str]:
    """Invented Latin brand names (capitalised, 5-14 letters), never repeating."""
    while True:
        syllables = rng.choice((2, 2, 3, 3, 3, 4))
        name = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )
        if rng.random() < 0.1:
            vowels = [i for i, c in enumerate(name) if c in _ACCENTS]
            if vowels:
                i = rng.choice(vowels)
                name = name[:i] + rng.choice(_ACCENTS[name[i]]) + name[i + 1 :]
        if 5 <= len(name) <= 14 and name not in used:
            used.add(name)
            yield name.capitalize()


def _cjk_name(rng: random.Random, used: set[str]) -> str:
    while True:
        pool = _HAN if rng.random() < 0.6 else _KANA
        name = "".join(rng.choice(pool) for _ in range(rng.choice((3, 4, 4, 5))))
        if name not in used:
            used.add(name)
            return name


def _ascii_id(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _brand_definition(rng: random.Random, name: str) -> list[str]:
    """The OR-alternatives that define one invented brand (at least the name)."""
    word = name.lower() if rng.random() < 0.7 else name
    forms = [word]
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        kind = rng.random()
        product = rng.choice(_PRODUCTS)
        if kind < 0.55:
            forms.append(f'"{name.lower()} {product}"')
        elif kind < 0.75:
            forms.append(f"#{_ascii_id(name)}{_ascii_id(product)}")
        else:
            forms.append(f"@{_ascii_id(name)}_{rng.choice(('official', 'help', 'care', 'tv'))}")
    return list(dict.fromkeys(forms))


def _alternatives(forms: Sequence[str]) -> str:
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def _generated_query(rng: random.Random, names: Iterator[str], used_cjk: set[str]) -> str:
    name = next(names)
    forms = _brand_definition(rng, name)
    r = rng.random()
    if r < 0.52:
        return " OR ".join(forms)
    if r < 0.64:
        excluded = rng.sample(_EXCLUDE, rng.choice((1, 2, 3)))
        if rng.random() < 0.4:
            excluded.append(f'"{rng.choice(_EXCLUDE_PHRASES)}"')
        return f"{_alternatives(forms)} AND NOT {_alternatives(excluded)}"
    if r < 0.72:
        context = _alternatives(rng.sample(_CONTEXT, rng.choice((1, 2, 3))))
        distance = rng.choice((2, 3, 4, 5, 8))
        ordered = "f" if rng.random() < 0.3 else ""
        return f"{_alternatives(forms)} NEAR/{distance}{ordered} {context}"
    if r < 0.78:
        stem = _ascii_id(name)[: max(4, len(_ascii_id(name)) - 2)]
        return " OR ".join([f"{stem}*", *forms[1:]])
    if r < 0.84:
        return " OR ".join([f"{{{name.upper()}}}", f"{{{name}}}", *forms[1:]])
    if r < 0.90:
        tag = f"#{_ascii_id(name)}"
        handle = f"@{_ascii_id(name)}"
        return " OR ".join(dict.fromkeys([tag, handle, *forms]))
    if r < 0.95:
        return f"{_alternatives(forms)} AND lang:{rng.choice(_LANGS)}"
    return " OR ".join([_cjk_name(rng, used_cjk), *forms])


def generate_queries(n: int, seed: int = 0, *, planted: Sequence[str] | None = None) -> list[str]:
    """``n`` brand queries in listenbench's query language, reproducibly from ``seed``.

    ``planted`` are queries placed at the even positions 0, 2, 4, ... (default:
    the synthetic firehose's planted brand queries; ``()`` for none). The
    other queries invent one brand each, with the operator mix described in
    the module docstring. Every query parses with ``parse_query``.

    Example:
        >>> qs = generate_queries(30, seed=1)
        >>> qs[2]
        'quillara OR "quillara glow" OR #quillaraglow OR @quillara OR 奎拉拉'
        >>> generate_queries(10, seed=1) == qs[:10]
        True
    """
    if n < 0:
        raise ValueError(f"the number of queries must be >= 0, got {n}")
    fixed = list(_planted_queries() if planted is None else planted)
    rng = random.Random(seed)
    used: set[str] = {name.lower() for name in _fixed_names(fixed)}
    used_cjk: set[str] = set()
    names = _names(rng, used)
    queries: list[str] = []
    for i in range(n):
        if i % 2 == 0 and i // 2 < len(fixed):
            queries.append(fixed[i // 2])
        else:
            queries.append(_generated_query(rng, names, used_cjk))
    return queries


def _fixed_names(queries: Sequence[str]) -> Iterator[str]:
    for query in queries:
        yield from query.replace("(", " ").replace(")", " ").replace('"', " ").split()


def _walk(node: Node) -> Iterator[Term | Phrase]:
    if isinstance(node, Term | Phrase):
        yield node
    elif isinstance(node, And | Or):
        for operand in node.operands:
            yield from _walk(operand)
    elif isinstance(node, Not):
        yield from _walk(node.operand)
    elif isinstance(node, Near):
        yield from _walk(node.left)
        yield from _walk(node.right)


def literal_terms(queries: Sequence[str | Node]) -> list[BenchTerm]:
    """The distinct literal words of a query set, in order of first appearance.

    Terms and phrases without wildcards, NFKC-normalised, with their
    hashtag/mention kind; words that differ only in case (``{Zorvex}`` and
    ``zorvex``) are one term (the peers match case-insensitively). Fields and
    wildcard terms are left out. ``queries`` are query strings or parsed nodes.

    Example:
        >>> [t.literal for t in literal_terms(['{Nike} OR nike OR "Air Max"', "ni* AND lang:fr"])]
        ['Nike', 'Air Max']
    """
    seen: dict[tuple[int, str], BenchTerm] = {}
    for query in queries:
        node = parse_query(query) if isinstance(query, str) else query
        for atom in _walk(node):
            if "*" in atom.text or "?" in atom.text:
                continue
            text = unicodedata.normalize("NFKC", atom.text)
            kind = atom.kind if isinstance(atom, Term) else KIND_ANY
            key = (kind, text.casefold())
            if key not in seen:
                seen[key] = BenchTerm(text, kind)
    return list(seen.values())
