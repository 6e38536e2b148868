"""Text helpers shared by the perturbations: scripts, spans, entity mentions, words.

A *span* is a ``(start, end)`` pair of character offsets into a post's text
(end exclusive). Perturbations receive the spans of entity mentions as
``protect`` and leave them alone (unless they change the whole text's
encoding, like casing or full-width characters).

Example:
    >>> find_mentions("Got Office off Windows! @Microsoft", ["Microsoft", "Windows", "Office"])
    [(4, 10), (15, 22), (24, 34)]
    >>> lang_script("zh-Hant", ""), lang_script("pl", ""), lang_script("xx", "Привет")
    ('Hant', 'Latn', 'Cyrl')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence

from listenbench.corpora import Entity
from listenbench.harness.checks._zh_table import zh_script

Span = tuple[int, int]

#: Scripts whose words are separated by spaces and spelled with letters (typos, elongation).
ALPHABETIC: frozenset[str] = frozenset({"Latn", "Cyrl", "Grek"})
#: Post scripts written without spaces between words.
CJK: frozenset[str] = frozenset({"Hans", "Hant", "Jpan"})

#: Default script of a language (primary subtag) when the tag names none.
_LANG_SCRIPT: dict[str, str] = {
    "ja": "Jpan",
    "ko": "Kore",
    "ru": "Cyrl",
    "uk": "Cyrl",
    "bg": "Cyrl",
    "be": "Cyrl",
    "mk": "Cyrl",
    "kk": "Cyrl",
    "el": "Grek",
    "ar": "Arab",
    "fa": "Arab",
    "ur": "Arab",
    "he": "Hebr",
    "th": "Thai",
    "hi": "Deva",
    "mr": "Deva",
    "ne": "Deva",
    "bn": "Beng",
    "ta": "Taml",
    "hy": "Armn",
    "ka": "Geor",
}
#: Latin-script languages (so that a post of only emoji and digits still counts as Latin).
_LATIN_LANGS = frozenset(
    "en fr de es it pt pl nl tr sv da no nb nn fi et lv lt cs sk sl hr sr bs hu ro ca gl eu "  # noqa: SIM905
    "ga cy is mt sq az uz id ms tl vi sw af".split()
)
_HANT_REGIONS = frozenset({"tw", "hk", "mo"})

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'）」】]+")
_MENTION = re.compile(r"(?<![\w@])@\w+")
_HASHTAG = re.compile(r"(?<![\w#&])#\w+#?")


def primary_subtag(lang: str) -> str:
    """The language part of a BCP-47 tag, lower case.

    Example:
        >>> primary_subtag("pt-BR")
        'pt'
    """
    return lang.split("-", 1)[0].lower()


@functools.lru_cache(maxsize=8192)
def char_script(ch: str) -> str:
    """A four-letter script code for one character (``Zyyy`` for digits, punctuation, emoji).

    Example:
        >>> [char_script(c) for c in "aЖ中カ한1"]
        ['Latn', 'Cyrl', 'Hani', 'Kana', 'Hang', 'Zyyy']
    """
    cp = ord(ch)
    if not unicodedata.category(ch).startswith(("L", "M")):
        return "Zyyy"
    if cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF or 0xFF21 <= cp <= 0xFF5A:
        return "Latn"
    if 0x0370 <= cp <= 0x03FF or 0x1F00 <= cp <= 0x1FFF:
        return "Grek"
    if 0x0400 <= cp <= 0x052F:
        return "Cyrl"
    if 0x3040 <= cp <= 0x309F:
        return "Hira"
    if 0x30A0 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "Kana"
    if (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
        or 0x3005 <= cp <= 0x3007
    ):
        return "Hani"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return "Hang"
    name = unicodedata.name(ch, "")
    for prefix, code in (
        ("ARABIC", "Arab"),
        ("HEBREW", "Hebr"),
        ("THAI", "Thai"),
        ("DEVANAGARI", "Deva"),
        ("ARMENIAN", "Armn"),
        ("GEORGIAN", "Geor"),
        ("BENGALI", "Beng"),
        ("TAMIL", "Taml"),
        ("LATIN", "Latn"),
    ):
        if name.startswith(prefix):
            return code
    return "Zyyy"


def is_unspaced(ch: str) -> bool:
    """Whether a character belongs to a script written without spaces (Han, kana, Thai)."""
    return char_script(ch) in {"Hani", "Hira", "Kana", "Thai"}


def lang_script(lang: str, text: str) -> str:
    """The script a post is written in: from its language tag, else from its letters.

    ``zh`` posts are ``Hans`` or ``Hant`` (from the tag's script or region
    subtag, else from which characters the text uses); Japanese is ``Jpan``.

    Example:
        >>> lang_script("zh", "這個手機"), lang_script("zh-TW", ""), lang_script("en", "")
        ('Hant', 'Hant', 'Latn')
    """
    parts = [p.lower() for p in lang.split("-")]
    primary = parts[0]
    for sub in parts[1:]:
        if len(sub) == 4 and sub.isalpha():
            return sub.title()
    if primary in ("zh", "yue", "cmn"):
        if any(sub in _HANT_REGIONS for sub in parts[1:]):
            return "Hant"
        if primary == "yue":
            return "Hant"
        return zh_script(text) or "Hans"
    if primary in _LANG_SCRIPT:
        return _LANG_SCRIPT[primary]
    if primary in _LATIN_LANGS:
        return "Latn"
    counts: dict[str, int] = {}
    for ch in text:
        script = char_script(ch)
        if script != "Zyyy":
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Latn"
    best = max(counts, key=lambda s: counts[s])
    if best in ("Hira", "Kana"):
        return "Jpan"
    if best == "Hani":
        return "Jpan" if counts.get("Hira", 0) + counts.get("Kana", 0) else "Hans"
    if best == "Hang":
        return "Kore"
    return best


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans covering the same characters.

    Example:
        >>> merge_spans([(5, 8), (0, 2), (1, 3), (8, 9)])
        [(0, 3), (5, 9)]
    """
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def overlaps(span: Span, spans: Sequence[Span]) -> bool:
    """Whether ``span`` shares a character with any of ``spans``."""
    return any(span[0] < end and start < span[1] for start, end in spans)


def url_spans(text: str) -> list[Span]:
    """Spans of URLs (``http://…``, ``https://…``, ``www.…``)."""
    return [m.span() for m in _URL.finditer(text)]


@functools.lru_cache(maxsize=2048)
def _social_spans(text: str) -> tuple[Span, ...]:
    urls = url_spans(text)
    spans = list(urls)
    for pattern in (_MENTION, _HASHTAG):
        spans += [m.span() for m in pattern.finditer(text) if not overlaps(m.span(), urls)]
    return tuple(merge_spans(spans))


def social_spans(text: str) -> list[Span]:
    """Spans of URLs, @mentions and #hashtags (Weibo ``#话题#`` included).

    Example:
        >>> t = "hi @ana see https://t.co/x #tbt"
        >>> [t[a:b] for a, b in social_spans(t)]
        ['@ana', 'https://t.co/x', '#tbt']
    """
    return list(_social_spans(text))


def apply_outside(text: str, skip: Sequence[Span], fn: Callable[[str], str]) -> str:
    """Apply ``fn`` to the parts of ``text`` outside the ``skip`` spans.

    Example:
        >>> apply_outside("ab CD ef", [(3, 5)], str.upper)
        'AB CD EF'
    """
    out: list[str] = []
    pos = 0
    for start, end in merge_spans(skip):
        out.append(fn(text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.append(fn(text[pos:]))
    return "".join(out)


def replace_spans(text: str, replacements: Sequence[tuple[Span, str]]) -> str:
    """Replace non-overlapping spans by new strings.

    Example:
        >>> replace_spans("I love Apple", [((7, 12), "it")])
        'I love it'
    """
    out: list[str] = []
    pos = 0
    for (start, end), new in sorted(replacements):
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# ------------------------------------------------------------------ mentions --


def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKD", ch).casefold()


@functools.lru_cache(maxsize=1024)
def _fold_with_map(text: str) -> tuple[str, tuple[int, ...]]:
    if text.isascii():
        return text.lower(), tuple(range(len(text)))
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            chars.append(c)
            index.append(i)
    return "".join(chars), tuple(index)


def fold(text: str) -> str:
    """Compatibility-decomposed, casefolded text (how mentions are compared).

    Example:
        >>> fold("Straße"), fold("ＷＩＮＤＯＷＳ")
        ('strasse', 'windows')
    """
    return "".join(_fold_char(ch) for ch in text)


def _wordish(ch: str) -> bool:
    if is_unspaced(ch):
        return False
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


#: A word may extend a matched name by this many letters (inflection: Playu, Windowsa).
_MAX_SUFFIX = 3
#: ... if the name has at least this many characters.
_MIN_INFLECTED = 4


def entity_names(entity: Entity) -> tuple[str, ...]:
    """The name (also without a parenthetical part) and aliases of an entity.

    Example:
        >>> entity_names(Entity("h", "St Mary's Hospital (London)", aliases=("@StMarysNHS",)))
        ("St Mary's Hospital (London)", "St Mary's Hospital", '@StMarysNHS')
    """
    names = [entity.name]
    short = re.sub(r"\s*\([^)]*\)", "", entity.name).strip()
    if short and short != entity.name:
        names.append(short)
    names += list(entity.aliases)
    return tuple(dict.fromkeys(n for n in names if n.strip()))


_SEPARATOR = r"[^\w\u0300-\u036f\u3099\u309a]+"


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> tuple[str, re.Pattern[str]] | None:
    """(a literal piece every match contains, a regex over folded text) for a name.

    Word pieces must appear in order; where the name has spaces or punctuation
    between two pieces, any run of them matches (``St. Mary's`` ~ ``St Mary's``),
    as in the query language's tokenizer. Leading/trailing symbols stay literal.
    """
    folded = fold(name.strip())
    if not folded:
        return None
    chunks: list[tuple[bool, str]] = []  # (is_word, text)
    for ch in folded:
        word = _wordish(ch) or is_unspaced(ch)
        if chunks and chunks[-1][0] == word:
            chunks[-1] = (word, chunks[-1][1] + ch)
        else:
            chunks.append((word, ch))
    parts: list[str] = []
    for k, (word, text) in enumerate(chunks):
        inner = 0 < k < len(chunks) - 1
        parts.append(re.escape(text) if word or not inner else _SEPARATOR)
    longest = max((text for word, text in chunks if word), key=len, default=folded)
    return longest, re.compile("".join(parts))


@functools.lru_cache(maxsize=1024)
def _compiled_names(names: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(c for c in (_name_pattern(name) for name in names) if c is not None)


def find_mentions(text: str, names: Iterable[str]) -> list[Span]:
    """Spans where any of ``names`` occurs in ``text``, casefolded, as whole words.

    Spaces and punctuation between the words of a name match any run of
    them (``St. Mary's`` for ``St Mary's``, ``F Type`` for ``F-Type``). A
    name that starts (ends) with a letter or digit must start (end) at a
    word boundary; a name of 4+ characters may run on by up to 3 letters
    (inflected forms such as Polish *Playu*), and the span then covers the
    whole word. A ``@`` or ``#`` right before a name is part of the span.
    CJK names match anywhere.

    Example:
        >>> find_mentions("Nowy abonament w Playu, display off", ["Play"])
        [(17, 22)]
        >>> find_mentions("St. Mary's won the final", ["St Mary's"])
        [(0, 10)]
    """
    return find_mentions_by_key(text, {"": tuple(names)})[""]


def find_mentions_by_key(
    text: str, names_by_key: Mapping[str, Sequence[str]]
) -> dict[str, list[Span]]:
    """:func:`find_mentions` for several groups of names at once (one group per entity).

    Example:
        >>> find_mentions_by_key("Apple vs Orange", {"a": ["Apple"], "o": ["Orange", "Livebox"]})
        {'a': [(0, 5)], 'o': [(9, 15)]}
    """
    folded, index = _fold_with_map(text)
    n = len(folded)
    out: dict[str, list[Span]] = {}
    for key, names in names_by_key.items():
        spans: list[Span] = []
        for literal, regex in _compiled_names(tuple(names)):
            if literal not in folded:
                continue
            pos = 0
            while True:
                m = regex.search(folded, pos)
                if m is None:
                    break
                begin, end = m.span()
                pos = begin + 1
                first, last = folded[begin], folded[end - 1]
                ok = not (_wordish(first) and begin > 0 and _wordish(folded[begin - 1]))
                if ok and _wordish(last) and end < n and _wordish(folded[end]):
                    ext = end
                    while ext < n and _wordish(folded[ext]):
                        ext += 1
                    ok = end - begin >= _MIN_INFLECTED and ext - end <= _MAX_SUFFIX
                    end = ext
                if ok:
                    s = index[begin]
                    if s > 0 and text[s - 1] in "@#" and first not in "@#":
                        s -= 1
                    spans.append((s, index[end - 1] + 1))
        out[key] = merge_spans(spans) if len(spans) > 1 else spans
    return out


# --------------------------------------------------------------------- words --


def words(
    text: str,
    protect: Sequence[Span] = (),
    *,
    scripts: frozenset[str] = ALPHABETIC,
    min_len: int = 1,
    lowercase_only: bool = False,
) -> list[Span]:
    """Spans of letter runs in ``scripts`` that touch no protected or social span.

    Runs that touch a digit or ``_`` (``4K``, ``SU7``) are left out; with
    ``lowercase_only``, so are words with a capital letter (likely names).

    Example:
        >>> t = "Teams crashed again @boss #fail"
        >>> [t[a:b] for a, b in words(t, [(0, 5)], min_len=4)]
        ['crashed', 'again']
    """
    blocked = merge_spans([*protect, *social_spans(text)])
    return [
        (i, j)
        for i, j, touching in _letter_runs(text, scripts)
        if j - i >= min_len
        and not touching
        and not overlaps((i, j), blocked)
        and not (lowercase_only and text[i:j] != text[i:j].lower())
    ]


@functools.lru_cache(maxsize=2048)
def _letter_runs(text: str, scripts: frozenset[str]) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, touches a digit or _) of each maximal letter run in ``scripts``."""
    out: list[tuple[int, int, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if char_script(text[i]) not in scripts:
            i += 1
            continue
        j = i + 1
        while j < n and (
            char_script(text[j]) in scripts or unicodedata.category(text[j]).startswith("M")
        ):
            j += 1
        touching = (i > 0 and (text[i - 1].isdigit() or text[i - 1] == "_")) or (
            j < n and (text[j].isdigit() or text[j] == "_")
        )
        out.append((i, j, touching))
        i = j
    return tuple(out)
