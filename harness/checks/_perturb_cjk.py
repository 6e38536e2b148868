"""Perturbations of Chinese and Japanese text: character width, script, elongation.

Full-width ASCII (``Ｗｉｎｄｏｗｓ``), half-width katakana (``ﾏｲｸﾛｿﾌﾄ``) and
traditional ↔ simplified characters are how the same words are really typed
in East Asia; they change the whole text (URLs kept), brand names included.
Elongation inserts a long-vowel mark after a hiragana (Japanese ``すごーい``)
or repeats an interjection (Chinese ``哈哈哈``), outside the mentions.

Example:
    >>> import random
    >>> full_width("Windows 11更新", "zh-Hans", random.Random(0), [])
    'Ｗｉｎｄｏｗｓ １１更新'
    >>> half_width_kana("マイクロソフトのゲーム", "ja", random.Random(0), [])
    'ﾏｲｸﾛｿﾌﾄのｹﾞｰﾑ'
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence

from listenbench.harness.checks._text import (
    Span,
    apply_outside,
    char_script,
    overlaps,
    url_spans,
)
from listenbench.harness.checks._zh_table import to_simplified, to_traditional


def _convert(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text)


def _outside_urls(text: str, convert: dict[str, str]) -> str | None:
    out = apply_outside(text, url_spans(text), lambda segment: _convert(segment, convert))
    return out if out != text else None


#: ASCII ``!``..``~`` to their full-width forms (U+FF01..U+FF5E); the space to U+3000 is not done.
_FULL_WIDTH: dict[str, str] = {chr(cp): chr(cp + 0xFEE0) for cp in range(0x21, 0x7F)}


def _half_width_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in range(0xFF61, 0xFFA0):
        half = chr(cp)
        full = unicodedata.normalize("NFKC", half)
        if len(full) == 1 and full != half and full not in ("\u3099", "\u309a"):
            table.setdefault(full, half)
    marks = {"\u3099": "\uff9e", "\u309a": "\uff9f"}
    for cp in range(0x30A1, 0x30FB):
        full = chr(cp)
        if full in table:
            continue
        decomposed = unicodedata.normalize("NFD", full)
        if len(decomposed) == 2 and decomposed[0] in table and decomposed[1] in marks:
            table[full] = table[decomposed[0]] + marks[decomposed[1]]
    return table


#: Full-width katakana and Japanese punctuation to their half-width forms (``ガ`` → ``ｶﾞ``).
HALF_WIDTH_KANA: dict[str, str] = _half_width_table()


def full_width(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """ASCII letters, digits and punctuation as full-width characters (URLs kept).

    Example:
        >>> full_width("@Apple 新iPhone!", "ja", random.Random(0), [])
        '＠Ａｐｐｌｅ 新ｉＰｈｏｎｅ！'
    """
    return _outside_urls(text, _FULL_WIDTH)


def half_width_kana(
    text: str, lang: str, rng: random.Random, protect: Sequence[Span]
) -> str | None:
    """Katakana (and 。「」、・ー) as half-width characters, voiced marks split off.

    Example:
        >>> half_width_kana("「コロナビール」", "ja", random.Random(0), [])
        '｢ｺﾛﾅﾋﾞｰﾙ｣'
    """
    return _outside_urls(text, HALF_WIDTH_KANA)


def to_hant(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """Simplified Chinese written in traditional characters (see ``_zh_table``).

    Example:
        >>> to_hant("苹果手机真好用", "zh-Hans", random.Random(0), [])
        '蘋果手機真好用'
    """
    out = apply_outside(text, url_spans(text), to_traditional)
    return out if out != text else None


def to_hans(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """Traditional Chinese written in simplified characters (see ``_zh_table``).

    Example:
        >>> to_hans("蘋果手機真好用", "zh-Hant", random.Random(0), [])
        '苹果手机真好用'
    """
    out = apply_outside(text, url_spans(text), to_simplified)
    return out if out != text else None


_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎ")


def elongate_kana(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """A long-vowel mark ``ー`` (1-3 times) after a hiragana outside the mentions.

    Example:
        >>> elongate_kana("本当にすごい", "ja", random.Random(0), [])
        '本当にすごいーー'
    """
    positions = [
        i
        for i, ch in enumerate(text)
        if char_script(ch) == "Hira"
        and ch not in _SMALL_KANA
        and not overlaps((i, i + 1), protect)
        and (i + 1 == len(text) or text[i + 1] != "ー")
    ]
    if not positions:
        return None
    i = rng.choice(positions)
    return text[: i + 1] + "ー" * rng.randint(1, 3) + text[i + 1 :]


_INTERJECTIONS = frozenset("啊呀哈啦哦噢呜嘛")
_ZH_END = "。！？!?～~…"


def repeat_interjection(
    text: str, lang: str, rng: random.Random, protect: Sequence[Span]
) -> str | None:
    """An interjection outside the mentions repeated (``哈`` → ``哈哈哈``), else ``啊啊啊`` added.

    The added one goes before the final punctuation of the post.

    Example:
        >>> repeat_interjection("太好了哈", "zh-Hans", random.Random(0), [])
        '太好了哈哈哈哈'
        >>> repeat_interjection("太好了！", "zh-Hans", random.Random(0), [])
        '太好了啊啊啊！'
    """
    positions = [
        i for i, ch in enumerate(text) if ch in _INTERJECTIONS and not overlaps((i, i + 1), protect)
    ]
    if positions:
        i = rng.choice(positions)
        return text[: i + 1] + text[i] * rng.randint(2, 3) + text[i + 1 :]
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in _ZH_END:
        end -= 1
    if overlaps((max(end - 1, 0), end), url_spans(text)):
        end = len(text)
    return text[:end] + "啊啊啊" + text[end:]
