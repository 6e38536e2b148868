"""Perturbations of alphabetic text: casing, diacritics, typos, elongation.

Every function has the perturbation signature ``(text, lang, rng, protect)
-> str | None``: ``protect`` holds the spans of entity mentions, ``None``
means "does not apply to this text" (nothing would change).

Casing is language-aware: Turkish and Azerbaijani dotted/dotless i
(``i``↔``İ``, ``ı``↔``I``), German ``ß`` (upper case ``SS``), Dutch ``IJ`` in
title case. It changes the whole text except URLs, entity mentions included:
people write brands in any case. The other perturbations touch only words
outside ``protect`` (and outside URLs, @mentions and #hashtags), so the brand
mention that decides the label is never corrupted.

Example:
    >>> import random
    >>> upper("istanbul'a gidiyorum", "tr", random.Random(0), [])
    "İSTANBUL'A GİDİYORUM"
    >>> strip_diacritics("Łódź: żółć", "pl", random.Random(0), [])
    'Lodz: zolc'
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence

from listenbench.harness.checks._text import (
    Span,
    apply_outside,
    char_script,
    is_unspaced,
    primary_subtag,
    replace_spans,
    url_spans,
    words,
)

_DOTTED_I_LANGS = frozenset({"tr", "az"})
_APOSTROPHES = "'’"


def _upper(text: str, lang: str) -> str:
    if primary_subtag(lang) in _DOTTED_I_LANGS:
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def _lower(text: str, lang: str) -> str:
    if primary_subtag(lang) in _DOTTED_I_LANGS:
        text = text.replace("I", "ı").replace("İ", "i")
    # Elsewhere a capital dotted İ (a Turkish name in a German post) is typed as plain i.
    return text.replace("İ", "i").lower()


def _title(text: str, lang: str) -> str:
    primary = primary_subtag(lang)
    dutch = primary == "nl"
    dotted = primary in _DOTTED_I_LANGS
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(text):
        prev_letter = prev.isalpha() and not is_unspaced(prev)  # 的/の end no word
        after_apostrophe = prev in _APOSTROPHES and i >= 2 and text[i - 2].isalpha()
        if ch.isalpha() and not prev_letter and not after_apostrophe:
            up = _upper(ch, lang) if dotted or ch == "İ" else ch.upper()
            out.append(up[:1] + up[1:].lower())
        elif dutch and ch in "jJ" and prev in "iI" and (i < 2 or not text[i - 2].isalpha()):
            out.append("J")  # IJsselmeer, IJs
        elif ch.isascii():
            out.append(ch.lower())
        else:
            out.append(_lower(ch, lang))
        prev = ch
    return "".join(out)


def _casing(text: str, lang: str, fn_name: str) -> str | None:
    fns = {"upper": _upper, "lower": _lower, "title": _title}
    fn = fns[fn_name]
    out = apply_outside(text, url_spans(text), lambda segment: fn(segment, lang))
    return out if out != text else None


def upper(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """The whole post in upper case (URLs kept).

    Example:
        >>> upper("Straße zur Bahn", "de", random.Random(0), [])
        'STRASSE ZUR BAHN'
    """
    return _casing(text, lang, "upper")


def lower(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """The whole post in lower case (URLs kept).

    Example:
        >>> lower("KIŞ İÇİN", "tr", random.Random(0), [])
        'kış için'
    """
    return _casing(text, lang, "lower")


def title(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """Every word capitalised, the rest lower case (URLs kept).

    Example:
        >>> title("it's the IJSSELMEER", "nl", random.Random(0), [])
        "It's The IJsselmeer"
    """
    return _casing(text, lang, "title")


# ---------------------------------------------------------------- diacritics --

#: Latin letters that do not decompose into a base letter and a combining mark.
_STROKES: dict[str, str] = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ħ": "h",
    "Ħ": "H",
    "ı": "i",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "TH",
    "ð": "d",
    "Ð": "D",
}
_GERMAN: dict[str, str] = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "Ä": "Ae",
    "Ö": "Oe",
    "Ü": "Ue",
    "ß": "ss",
}


def _strip_char(ch: str) -> str:
    if ch in _STROKES:
        return _STROKES[ch]
    if char_script(ch) != "Latn" or ch.isascii():
        return ch
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", base) or ch


def _map_words(text: str, protect: Sequence[Span], fn: dict[str, str] | None) -> str | None:
    spans = words(text, protect, scripts=frozenset({"Latn"}))
    replacements = []
    for start, end in spans:
        word = text[start:end]
        if fn is None:
            new = "".join(_strip_char(ch) for ch in unicodedata.normalize("NFC", word))
        else:
            new = "".join(fn.get(ch, ch) for ch in word)
        if new != word:
            replacements.append(((start, end), new))
    return replace_spans(text, replacements) if replacements else None


def strip_diacritics(
    text: str, lang: str, rng: random.Random, protect: Sequence[Span]
) -> str | None:
    """Latin letters outside the mentions without accents or strokes (``é``→``e``, ``ł``→``l``).

    Example:
        >>> strip_diacritics("Très déçu par Orange España", "fr", random.Random(0), [(14, 27)])
        'Tres decu par Orange España'
    """
    return _map_words(text, protect, None)


def transliterate_umlauts(
    text: str, lang: str, rng: random.Random, protect: Sequence[Span]
) -> str | None:
    """German spelling without umlauts outside the mentions (``ä``→``ae``, ``ß``→``ss``).

    Example:
        >>> transliterate_umlauts("Schöne Grüße aus Köln", "de", random.Random(0), [])
        'Schoene Gruesse aus Koeln'
    """
    return _map_words(text, protect, _GERMAN)


# --------------------------------------------------------------------- typos --

#: Letter rows of the usual keyboard per language (neighbours left/right and above/below).
_LAYOUTS: dict[str, tuple[str, ...]] = {
    "qwerty": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "azerty": ("azertyuiop", "qsdfghjklm", "wxcvbn"),
    "qwertz": ("qwertzuiopü", "asdfghjklöä", "yxcvbnm"),
    "jcuken": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
}
_LANG_LAYOUT: dict[str, str] = {
    **dict.fromkeys(
        ("en", "es", "it", "pt", "pl", "nl", "tr", "ro", "sv", "da", "no", "fi"), "qwerty"
    ),
    **dict.fromkeys(("fr", "be"), "azerty"),
    **dict.fromkeys(("de", "cs", "sk", "hu", "sl", "hr"), "qwertz"),
    **dict.fromkeys(("ru", "uk", "bg"), "jcuken"),
}

#: Languages whose keyboard layout ``typo_key`` knows.
KEYBOARD_LANGUAGES: frozenset[str] = frozenset(_LANG_LAYOUT)

#: Words shorter than this are left alone by typos (short words are often names or codes).
MIN_TYPO_WORD = 4


def _neighbours(layout: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(layout):
        for c, ch in enumerate(row):
            near = [row[c - 1] if c else "", row[c + 1] if c + 1 < len(row) else ""]
            for other in (r - 1, r + 1):
                if 0 <= other < len(layout) and c < len(layout[other]):
                    near.append(layout[other][c])
            out[ch] = "".join(near)
    return out


_NEIGHBOURS: dict[str, dict[str, str]] = {
    name: _neighbours(rows) for name, rows in _LAYOUTS.items()
}


def _pick_word(text: str, protect: Sequence[Span], rng: random.Random, min_len: int) -> Span | None:
    candidates = words(text, protect, min_len=min_len, lowercase_only=True)
    return rng.choice(candidates) if candidates else None


def typo_swap(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """Two neighbouring letters swapped in one lower-case word (4+ letters) outside the mentions.

    Example:
        >>> typo_swap("Office keeps crashing", "en", random.Random(1), [(0, 6)])
        'Office keesp crashing'
    """
    span = _pick_word(text, protect, rng, MIN_TYPO_WORD)
    if span is None:
        return None
    word = text[span[0] : span[1]]
    positions = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
    if not positions:
        return None
    i = rng.choice(positions)
    new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return replace_spans(text, [(span, new)])


def typo_delete(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """One letter dropped from one lower-case word (4+ letters) outside the mentions.

    Example:
        >>> typo_delete("Office keeps crashing", "en", random.Random(1), [(0, 6)])
        'Office keep crashing'
    """
    span = _pick_word(text, protect, rng, MIN_TYPO_WORD)
    if span is None:
        return None
    word = text[span[0] : span[1]]
    i = rng.randrange(len(word))
    return replace_spans(text, [(span, word[:i] + word[i + 1 :])])


def typo_key(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """One letter replaced by a neighbouring key of the language's keyboard (QWERTY, AZERTY, ...).

    Example:
        >>> typo_key("Office keeps crashing", "fr", random.Random(1), [(0, 6)])
        'Office keepq crashing'
    """
    layout = _LANG_LAYOUT.get(primary_subtag(lang))
    if layout is None:
        return None
    near = _NEIGHBOURS[layout]
    span = _pick_word(text, protect, rng, MIN_TYPO_WORD)
    if span is None:
        return None
    word = text[span[0] : span[1]]
    positions = [i for i, ch in enumerate(word) if near.get(ch)]
    if not positions:
        return None
    i = rng.choice(positions)
    new = word[:i] + rng.choice(near[word[i]]) + word[i + 1 :]
    return replace_spans(text, [(span, new)])


# ---------------------------------------------------------------- elongation --

_VOWELS = frozenset("aeiouyаеёиоуыэюяαεηιουω")


def elongate(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """The last vowel of one lower-case word outside the mentions repeated (``so`` → ``soooo``).

    Example:
        >>> elongate("that was so good", "en", random.Random(3), [])
        'that waaaaas so good'
    """
    candidates = [
        span
        for span in words(text, protect, min_len=2, lowercase_only=True)
        if any(_strip_char(ch) in _VOWELS for ch in text[span[0] : span[1]])
    ]
    if not candidates:
        return None
    start, end = rng.choice(candidates)
    word = text[start:end]
    i = max(k for k, ch in enumerate(word) if _strip_char(ch) in _VOWELS)
    new = word[: i + 1] + word[i] * rng.randint(2, 4) + word[i + 1 :]
    return replace_spans(text, [((start, end), new)])
