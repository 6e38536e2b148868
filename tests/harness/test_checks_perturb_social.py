"""Hashtags, @mentions, emoji and URLs added to posts without touching the brand."""

from __future__ import annotations

import random

import pytest

from listenbench.harness.checks._perturb_social import (
    add_hashtag,
    add_mention,
    append_url,
    hashtag_word,
    insert_emoji,
)
from listenbench.harness.checks._perturbation import PERTURBATIONS, PerturbFn
from listenbench.harness.checks._text import find_mentions

EN = "Teams crashed again during my standup, thanks Microsoft 🙃"
DE = "Die Bahn ist schon wieder zu spät, Anschluss verpasst. Schöne Grüße"
ZH = "我的苹果手机又坏了，客服说要等一周"
JA = "マイクロソフトのTeams、会議中に落ちるんだけど…"


def _run(fn: PerturbFn, text: str, lang: str, names: list[str], seed: int = 0) -> str | None:
    return fn(text, lang, random.Random(seed), find_mentions(text, names))


def test_hashtags_per_language() -> None:
    assert _run(add_hashtag, EN, "en", []) == EN + " #tbt"
    assert _run(add_hashtag, DE, "de", []) == DE + " #wochenende"
    assert _run(add_hashtag, ZH, "zh-Hans", []) == ZH + " #今日份打卡#"  # Weibo topic style
    assert _run(add_hashtag, "Habari za asubuhi", "sw", []) == "Habari za asubuhi #daily"


def test_word_to_hashtag_exact_and_never_the_brand() -> None:
    assert _run(hashtag_word, EN, "en", ["Teams", "Microsoft"]) == (
        "Teams crashed again during my #standup, thanks Microsoft 🙃"
    )
    assert _run(hashtag_word, DE, "de", ["die Bahn"]) == (
        "Die Bahn ist schon wieder zu spät, Anschluss verpasst. #Schöne Grüße"
    )
    assert _run(hashtag_word, ZH, "zh-Hans", ["苹果"]) is None  # no spaced words to tag
    for seed in range(30):
        out = _run(hashtag_word, EN, "en", ["Teams", "Microsoft"], seed)
        assert out is not None and out.count("#") == 1
        assert "#Teams" not in out and "#Microsoft" not in out


def test_mention_emoji_url_exact() -> None:
    assert _run(add_mention, EN, "en", []) == "@tom_b_88 " + EN
    assert _run(insert_emoji, EN, "en", ["Teams", "Microsoft"]) == (
        "Teams crashed again during my standup, thanks 💬 Microsoft 🙃"
    )
    assert _run(insert_emoji, ZH, "zh-Hans", ["苹果"]) == "我的苹果手机又坏了，💬客服说要等一周"
    assert _run(insert_emoji, JA, "ja", ["Teams"]) == JA + "💬"
    assert _run(append_url, EN, "en", []) == EN + " https://t.co/2yW4Acq9GF"


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (EN, "en", ["Teams", "Microsoft"]),
        (DE, "de", ["die Bahn"]),
        (ZH, "zh-Hans", ["苹果"]),
        (JA, "ja", ["マイクロソフト", "Teams"]),
        ("@Microsoft fix #Windows please https://aka.ms/x", "en", ["Microsoft", "Windows"]),
    ],
)
def test_context_perturbations_keep_every_mention(text: str, lang: str, names: list[str]) -> None:
    mentions = [text[a:b] for a, b in find_mentions(text, names)]
    for p in PERTURBATIONS:
        if p.whole_text:
            continue
        for seed in range(15):
            out = p.apply(text, lang, random.Random(seed), find_mentions(text, names))
            if out is None:
                continue
            assert [out[a:b] for a, b in find_mentions(out, names)] == mentions, (p.key, out)
