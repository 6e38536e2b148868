"""The perturbation type and the registry of every INV perturbation.

A :class:`Perturbation` wraps a pure function ``(text, lang, rng, protect)
-> str | None`` with the test family it belongs to (``casing``), its variant
(``upper``) and the scripts and languages it applies to. Only applicable
perturbations run; a function may still return None for a text it cannot
change (no lower-case word to misspell, nothing to convert).

Example:
    >>> [p.variant for p in PERTURBATIONS if p.test == "casing"]
    ['upper', 'lower', 'title']
    >>> sorted(p.key for p in PERTURBATIONS if p.applies_to("zh-Hant", "Hant") and p.whole_text)
    ['casing.lower', 'casing.title', 'casing.upper', 'script.to-hans', 'width.full']
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from listenbench.harness.checks import _perturb_cjk as cjk
from listenbench.harness.checks import _perturb_latin as latin
from listenbench.harness.checks import _perturb_social as social
from listenbench.harness.checks._text import ALPHABETIC, Span, primary_subtag

#: ``(text, lang, rng, protect) -> perturbed text, or None if it does not apply``.
PerturbFn = Callable[[str, str, random.Random, Sequence[Span]], "str | None"]


@dataclass(frozen=True, slots=True)
class Perturbation:
    """One label-preserving change of a post's text.

    ``scripts`` are post scripts (``Latn``, ``Hans``, ``Hant``, ``Jpan``, ...,
    see ``lang_script``) and ``languages`` primary language subtags; an empty
    set means any. ``whole_text`` perturbations (casing, width, script) also
    change the entity mentions; the others leave ``protect`` spans alone.
    """

    test: str
    variant: str
    fn: PerturbFn
    description: str
    scripts: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    whole_text: bool = False

    @property
    def key(self) -> str:
        """``test.variant``, e.g. ``casing.upper``."""
        return f"{self.test}.{self.variant}"

    def applies_to(self, lang: str, script: str) -> bool:
        """Whether this perturbation is defined for posts of this language and script."""
        if self.scripts and script not in self.scripts:
            return False
        return not self.languages or primary_subtag(lang) in self.languages

    def apply(
        self, text: str, lang: str, rng: random.Random, protect: Sequence[Span]
    ) -> str | None:
        """The perturbed text, or None when nothing changes."""
        out = self.fn(text, lang, rng, protect)
        return None if out is None or out == text else out


_CJK_WIDTH = frozenset({"Hans", "Hant", "Jpan", "Kore"})

#: Every INV perturbation, grouped by test family in report order.
PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("casing", "upper", latin.upper, "the whole post in upper case", whole_text=True),
    Perturbation("casing", "lower", latin.lower, "the whole post in lower case", whole_text=True),
    Perturbation("casing", "title", latin.title, "every word capitalised", whole_text=True),
    Perturbation(
        "diacritics",
        "strip",
        latin.strip_diacritics,
        "accents and strokes removed from Latin letters (é→e, ł→l)",
        scripts=frozenset({"Latn"}),
    ),
    Perturbation(
        "diacritics",
        "de-ascii",
        latin.transliterate_umlauts,
        "German umlauts spelled out (ä→ae, ß→ss)",
        scripts=frozenset({"Latn"}),
        languages=frozenset({"de"}),
    ),
    Perturbation(
        "typo", "swap", latin.typo_swap, "two neighbouring letters swapped", scripts=ALPHABETIC
    ),
    Perturbation("typo", "delete", latin.typo_delete, "a letter dropped", scripts=ALPHABETIC),
    Perturbation(
        "typo",
        "key",
        latin.typo_key,
        "a letter replaced by a neighbouring key",
        scripts=ALPHABETIC,
        languages=latin.KEYBOARD_LANGUAGES,
    ),
    Perturbation("hashtag", "add", social.add_hashtag, "an unrelated hashtag added"),
    Perturbation("hashtag", "word", social.hashtag_word, "an ordinary word made a hashtag"),
    Perturbation("mention", "add", social.add_mention, "a stranger's @handle put in front"),
    Perturbation("emoji", "insert", social.insert_emoji, "a neutral emoji inserted"),
    Perturbation("url", "append", social.append_url, "a short link added"),
    Perturbation(
        "elongation", "vowel", latin.elongate, "a vowel stretched (soooo)", scripts=ALPHABETIC
    ),
    Perturbation(
        "elongation",
        "kana",
        cjk.elongate_kana,
        "a long-vowel mark after a hiragana (すごーい)",
        scripts=frozenset({"Jpan"}),
    ),
    Perturbation(
        "elongation",
        "interjection",
        cjk.repeat_interjection,
        "an interjection repeated or added (哈哈哈, 啊啊啊)",
        scripts=frozenset({"Hans", "Hant"}),
    ),
    Perturbation(
        "width",
        "full",
        cjk.full_width,
        "ASCII as full-width characters (Ｗｉｎｄｏｗｓ)",
        scripts=_CJK_WIDTH,
        whole_text=True,
    ),
    Perturbation(
        "width",
        "half-kana",
        cjk.half_width_kana,
        "katakana as half-width characters (ﾏｲｸﾛｿﾌﾄ)",
        scripts=frozenset({"Jpan"}),
        whole_text=True,
    ),
    Perturbation(
        "script",
        "to-hant",
        cjk.to_hant,
        "simplified Chinese in traditional characters",
        scripts=frozenset({"Hans"}),
        whole_text=True,
    ),
    Perturbation(
        "script",
        "to-hans",
        cjk.to_hans,
        "traditional Chinese in simplified characters",
        scripts=frozenset({"Hant"}),
        whole_text=True,
    ),
)
