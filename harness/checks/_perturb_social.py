"""Social-media surface perturbations: hashtags, @mentions, emoji, URLs.

None of them touches an entity mention: they add an unrelated hashtag,
handle, emoji or link, or turn an ordinary word into a hashtag.

Example:
    >>> import random
    >>> add_mention("Teams is down again", "en", random.Random(0), [])
    '@tom_b_88 Teams is down again'
    >>> hashtag_word("Teams is down again", "en", random.Random(0), [(0, 5)])
    'Teams is down #again'
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence

from listenbench.harness.checks._templates import (
    DEFAULT_HASHTAGS,
    HASHTAGS,
    NEUTRAL_EMOJI,
    USER_HANDLES,
    template_lang,
)
from listenbench.harness.checks._text import (
    ALPHABETIC,
    Span,
    is_unspaced,
    merge_spans,
    overlaps,
    social_spans,
    words,
)

_CJK_BREAKS = "，。！？、；：…～,!?"


def add_hashtag(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """An unrelated hashtag of the post's language added at the end.

    Example:
        >>> add_hashtag("Teams is down again", "en", random.Random(0), [])
        'Teams is down again #tbt'
    """
    key = template_lang(lang, text)
    tags = HASHTAGS.get(key, DEFAULT_HASHTAGS) if key else DEFAULT_HASHTAGS
    return f"{text.rstrip()} {rng.choice(tags)}"


def hashtag_word(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """One word (3+ letters) outside the mentions turned into a hashtag.

    Example:
        >>> hashtag_word("Die Bahn ist wieder zu spät", "de", random.Random(2), [(4, 8)])
        '#Die Bahn ist wieder zu spät'
    """
    candidates = words(text, protect, scripts=ALPHABETIC, min_len=3)
    candidates = [s for s in candidates if s[0] == 0 or text[s[0] - 1] not in "#@'’-"]
    if not candidates:
        return None
    start, _ = rng.choice(candidates)
    return f"{text[:start]}#{text[start:]}"


def add_mention(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """The handle of a made-up person put in front, as in a reply.

    Example:
        >>> add_mention("太好用了", "zh-Hans", random.Random(1), [])
        '@marco_rossi 太好用了'
    """
    handle = rng.choice(USER_HANDLES)
    return f"{handle} {text}"


def insert_emoji(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """A neutral emoji inserted between two words, after CJK punctuation, or at the end.

    Example:
        >>> insert_emoji("Teams is down again", "en", random.Random(4), [(0, 5)])
        'Teams is ✨ down again'
    """
    blocked = merge_spans([*protect, *social_spans(text)])
    emoji = rng.choice(NEUTRAL_EMOJI)
    gaps: list[tuple[int, str]] = [(len(text.rstrip()), " " + emoji)]
    for i, ch in enumerate(text):
        if i == 0 or (ch != " " and ch not in _CJK_BREAKS):
            continue
        if overlaps((i - 1, i + 1), blocked):
            continue
        if ch == " ":
            gaps.append((i + 1, emoji + " "))
        elif is_unspaced(text[i - 1]) or text[i - 1] in _CJK_BREAKS:
            gaps.append((i + 1, emoji))
    pos, piece = rng.choice(gaps)
    return text[:pos] + piece + text[pos:]


def append_url(text: str, lang: str, rng: random.Random, protect: Sequence[Span]) -> str | None:
    """A short link (``https://t.co/`` and 10 random letters and digits) added at the end.

    Example:
        >>> append_url("Teams is down again", "en", random.Random(0), [])
        'Teams is down again https://t.co/2yW4Acq9GF'
    """
    path = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
    return f"{text.rstrip()} https://t.co/{path}"
