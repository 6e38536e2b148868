"""Casing, diacritics, typos and elongation on hand-written posts, per language."""

from __future__ import annotations

import random

import pytest

from listenbench.harness.checks._perturb_latin import (
    elongate,
    lower,
    strip_diacritics,
    title,
    transliterate_umlauts,
    typo_delete,
    typo_key,
    typo_swap,
    upper,
)
from listenbench.harness.checks._perturbation import PerturbFn
from listenbench.harness.checks._text import find_mentions

EN = "Teams crashed again during my standup, thanks Microsoft 🙃"
EN_NAMES = ["Microsoft", "Teams"]
FR = "Ma Livebox redémarre toute seule, très déçu d'Orange"
FR_NAMES = ["Orange", "Livebox"]
DE = "Die Bahn ist schon wieder zu spät, Anschluss verpasst. Schöne Grüße"
DE_NAMES = ["Deutsche Bahn", "die Bahn"]
PL = "Sieć Play znowu nie działa, złość mnie bierze"
PL_NAMES = ["Play", "sieć Play"]
TR = "İstanbul'da Shell istasyonu kapalıydı, çok kızdım"
TR_NAMES = ["Shell"]
RU = "Пиво Corona отличное, очень вкусное"
RU_NAMES = ["Corona"]


def _run(fn: PerturbFn, text: str, lang: str, names: list[str], seed: int = 0) -> str | None:
    return fn(text, lang, random.Random(seed), find_mentions(text, names))


@pytest.mark.parametrize(
    ("text", "lang", "up", "low", "tit"),
    [
        (
            TR,
            "tr",
            "İSTANBUL'DA SHELL İSTASYONU KAPALIYDI, ÇOK KIZDIM",
            "istanbul'da shell istasyonu kapalıydı, çok kızdım",
            "İstanbul'da Shell İstasyonu Kapalıydı, Çok Kızdım",
        ),
        (
            DE,
            "de",
            "DIE BAHN IST SCHON WIEDER ZU SPÄT, ANSCHLUSS VERPASST. SCHÖNE GRÜSSE",
            "die bahn ist schon wieder zu spät, anschluss verpasst. schöne grüße",
            "Die Bahn Ist Schon Wieder Zu Spät, Anschluss Verpasst. Schöne Grüße",
        ),
        (
            FR,
            "fr",
            "MA LIVEBOX REDÉMARRE TOUTE SEULE, TRÈS DÉÇU D'ORANGE",
            "ma livebox redémarre toute seule, très déçu d'orange",
            "Ma Livebox Redémarre Toute Seule, Très Déçu D'orange",
        ),
        (
            RU,
            "ru",
            "ПИВО CORONA ОТЛИЧНОЕ, ОЧЕНЬ ВКУСНОЕ",
            "пиво corona отличное, очень вкусное",
            "Пиво Corona Отличное, Очень Вкусное",
        ),
    ],
)
def test_casing_is_language_aware(text: str, lang: str, up: str, low: str, tit: str) -> None:
    rng = random.Random(0)
    assert upper(text, lang, rng, []) == up
    assert lower(text, lang, rng, []) == low
    assert title(text, lang, rng, []) == tit


def test_casing_turkish_rules_only_for_turkish_and_urls_kept() -> None:
    rng = random.Random(0)
    assert upper("iki film", "en", rng, []) == "IKI FILM"
    assert upper("iki film", "tr", rng, []) == "İKİ FİLM"
    assert lower("IŞIK", "az", rng, []) == "ışık"
    assert lower("İzmir trip", "en", rng, []) == "izmir trip"  # not 'i̇zmir'
    url = "see https://t.co/AbC"
    assert upper(url, "en", rng, []) == "SEE https://t.co/AbC"
    assert lower("all lower already", "en", rng, []) is None


def test_title_case_apostrophes_dutch_ij_and_cjk_boundaries() -> None:
    rng = random.Random(0)
    assert title("it's l'eau", "fr", rng, []) == "It's L'eau"
    assert title("het ijsselmeer", "nl", rng, []) == "Het IJsselmeer"
    assert title("マイクロソフトのteams落ちる", "ja", rng, []) == "マイクロソフトのTeams落ちる"


def test_diacritics_strip_per_language_and_brand_untouched() -> None:
    assert (
        _run(strip_diacritics, PL, "pl", PL_NAMES)
        == "Sieć Play znowu nie dziala, zlosc mnie bierze"
    )
    assert _run(strip_diacritics, FR, "fr", FR_NAMES) == (
        "Ma Livebox redemarre toute seule, tres decu d'Orange"
    )
    assert _run(strip_diacritics, TR, "tr", TR_NAMES) == (
        "Istanbul'da Shell istasyonu kapaliydi, cok kizdim"
    )
    assert _run(strip_diacritics, DE, "de", DE_NAMES) == (
        "Die Bahn ist schon wieder zu spat, Anschluss verpasst. Schone Grusse"
    )
    # the brand mention keeps its accents; Cyrillic is not touched
    assert _run(strip_diacritics, "Orange España ça va", "fr", ["Orange España"]) == (
        "Orange España ca va"
    )
    assert _run(strip_diacritics, "ёлка", "ru", []) is None


def test_german_umlauts_spelled_out() -> None:
    assert _run(transliterate_umlauts, DE, "de", DE_NAMES) == (
        "Die Bahn ist schon wieder zu spaet, Anschluss verpasst. Schoene Gruesse"
    )
    assert _run(transliterate_umlauts, "Bahn kommt", "de", []) is None


@pytest.mark.parametrize(
    ("fn", "text", "lang", "names", "expected"),
    [
        (
            typo_swap,
            EN,
            "en",
            EN_NAMES,
            "Teams crashed again during my stadnup, thanks Microsoft 🙃",
        ),
        (
            typo_delete,
            EN,
            "en",
            EN_NAMES,
            "Teams crashed again during my standu, thanks Microsoft 🙃",
        ),
        (
            typo_key,
            EN,
            "en",
            EN_NAMES,
            "Teams crashed again during my standuo, thanks Microsoft 🙃",
        ),
        (
            typo_swap,
            DE,
            "de",
            DE_NAMES,
            "Die Bahn ist schon wieder zu spät, Anschluss verapsst. Schöne Grüße",
        ),
        (
            typo_key,
            DE,
            "de",
            DE_NAMES,
            "Die Bahn ist schon wieder zu spät, Anschluss verpasat. Schöne Grüße",
        ),
        (typo_key, FR, "fr", FR_NAMES, "Ma Livebox redémarre toute seule, teès déçu d'Orange"),
        (typo_swap, PL, "pl", PL_NAMES, "Sieć Play znowu nie działa, złość mine bierze"),
        (typo_key, RU, "ru", RU_NAMES, "Пиво Corona отличное, очееь вкусное"),
    ],
)
def test_typos_exact_with_seed(
    fn: PerturbFn, text: str, lang: str, names: list[str], expected: str
) -> None:
    assert _run(fn, text, lang, names) == expected


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize("fn", [typo_swap, typo_delete, typo_key])
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [(EN, "en", EN_NAMES), (FR, "fr", FR_NAMES), (DE, "de", DE_NAMES), (PL, "pl", PL_NAMES)],
)
def test_typos_never_touch_mentions_and_change_one_word(
    fn: PerturbFn, text: str, lang: str, names: list[str]
) -> None:
    for seed in range(20):
        out = _run(fn, text, lang, names, seed)
        assert out is not None
        mentions = [text[a:b] for a, b in find_mentions(text, names)]
        assert [out[a:b] for a, b in find_mentions(out, names)] == mentions
        changed = [(x, y) for x, y in zip(text.split(), out.split(), strict=True) if x != y]
        assert len(changed) == 1
        assert 1 <= _edit_distance(*changed[0]) <= 2  # a swap is two substitutions


def test_typos_skip_capitalised_short_and_protected_words() -> None:
    # only 'Windows' (protected) and short or capitalised words: nothing to misspell
    assert _run(typo_swap, "Windows on my PC", "en", ["Windows"]) is None
    assert _run(typo_key, "Windows 11 update failed", "ja", ["Windows"]) is None  # no layout


def test_elongation_exact_and_protected() -> None:
    assert _run(elongate, EN, "en", EN_NAMES) == (
        "Teams crashed again during myyyy standup, thanks Microsoft 🙃"
    )
    assert _run(elongate, PL, "pl", PL_NAMES) == "Sieć Play znowu nie działa, złoooość mnie bierze"
    assert _run(elongate, RU, "ru", RU_NAMES) == "Пиво Corona отличное, очеееень вкусное"
    assert _run(elongate, "Orange Orange", "en", ["Orange"]) is None
