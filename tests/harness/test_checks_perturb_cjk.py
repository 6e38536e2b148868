"""Full-/half-width characters, traditional <-> simplified Chinese, CJK elongation."""

from __future__ import annotations

import random
import unicodedata

from listenbench.harness.checks._perturb_cjk import (
    HALF_WIDTH_KANA,
    elongate_kana,
    full_width,
    half_width_kana,
    repeat_interjection,
    to_hans,
    to_hant,
)
from listenbench.harness.checks._text import find_mentions
from listenbench.harness.checks._zh_table import (
    S2T_CHARS,
    S2T_WORDS,
    T2S_CHARS,
    to_simplified,
    to_traditional,
    zh_script,
)

JA = "マイクロソフトのTeams、会議中に落ちるんだけど…"
ZH_HANS = "我的苹果手机又坏了，客服说要等一周"
ZH_HANT = "我的蘋果手機又壞了，客服說要等一週"


def _rng() -> random.Random:
    return random.Random(0)


def test_full_width_ascii_and_urls_kept() -> None:
    assert full_width(JA, "ja", _rng(), []) == "マイクロソフトのＴｅａｍｓ、会議中に落ちるんだけど…"
    assert full_width("新Windows 11 https://t.co/aB", "zh-Hans", _rng(), []) == (
        "新Ｗｉｎｄｏｗｓ １１ https://t.co/aB"
    )
    assert full_width("全部中文", "zh-Hans", _rng(), []) is None
    # NFKC (what the keyword tokenizer applies) undoes it exactly
    nfkc = unicodedata.normalize("NFKC", full_width(JA, "ja", _rng(), []) or "")
    assert nfkc == unicodedata.normalize("NFKC", JA)


def test_half_width_katakana_splits_voiced_marks_and_nfkc_restores() -> None:
    assert half_width_kana(JA, "ja", _rng(), []) == "ﾏｲｸﾛｿﾌﾄのTeams､会議中に落ちるんだけど…"
    assert half_width_kana("ガンダム・パン", "ja", _rng(), []) == "ｶﾞﾝﾀﾞﾑ･ﾊﾟﾝ"
    assert HALF_WIDTH_KANA["ヴ"] == "ｳﾞ"
    for full, half in HALF_WIDTH_KANA.items():
        assert unicodedata.normalize("NFKC", half) == full
    assert half_width_kana("ひらがなだけ", "ja", _rng(), []) is None


def test_script_conversion_both_ways() -> None:
    assert to_hant(ZH_HANS, "zh-Hans", _rng(), []) == ZH_HANT
    assert to_hans(ZH_HANT, "zh-Hant", _rng(), []) == ZH_HANS
    # words whose characters convert differently from their default
    assert to_traditional("头发和发布会") == "頭髮和發布會"
    assert to_traditional("这里的面包") == "這裡的麵包"
    assert to_traditional("干净的饼干") == "乾淨的餅乾"
    assert to_hant("有发 https://t.co/发", "zh-Hans", _rng(), []) == "有發 https://t.co/发"
    assert to_hant("只有 https://t.co/发", "zh-Hans", _rng(), []) is None  # only the URL
    assert to_hans("一二三", "zh-Hant", _rng(), []) is None


def test_table_round_trip_on_every_covered_character_and_word() -> None:
    assert len(S2T_CHARS) > 800
    assert not set(S2T_CHARS) & set(T2S_CHARS)  # no character is both
    assert len(set(S2T_CHARS.values())) == len(S2T_CHARS)  # injective
    for simp, trad in S2T_CHARS.items():
        assert simp != trad
        assert to_simplified(to_traditional(simp)) == simp
        assert to_traditional(to_simplified(trad)) == trad
    for simp, trad in S2T_WORDS.items():
        assert to_traditional(simp) == trad
        assert to_simplified(trad) == simp
    assert to_simplified("髮") == to_simplified("發") == "发"  # many-to-one on the way back


def test_brand_names_convert() -> None:
    pairs = {"微软": "微軟", "亚马逊": "亞馬遜", "红牛": "紅牛", "壳牌": "殼牌", "彪马": "彪馬"}
    for simp, trad in pairs.items():
        assert to_traditional(simp) == trad
    assert to_traditional("科罗娜") == "科羅娜"
    assert to_traditional("小米") == "小米"  # same in both scripts


def test_zh_script_detection() -> None:
    assert zh_script(ZH_HANS) == "Hans"
    assert zh_script(ZH_HANT) == "Hant"
    assert zh_script("我们") == "Hans"
    assert zh_script("小米手") is None


def test_cjk_elongation_protects_mentions() -> None:
    assert (
        elongate_kana(JA, "ja", _rng(), []) == "マイクロソフトのTeams、会議中に落ちるんだけーーど…"
    )
    assert elongate_kana("コロナビール", "ja", _rng(), []) is None  # no hiragana
    hira = "すごいすごい"
    assert elongate_kana(hira, "ja", _rng(), [(0, 6)]) is None  # all protected
    assert repeat_interjection("太好了哈！", "zh-Hans", _rng(), []) == "太好了哈哈哈哈！"
    assert repeat_interjection(ZH_HANS, "zh-Hans", _rng(), []) == ZH_HANS + "啊啊啊"
    assert repeat_interjection("红牛好喝。", "zh-Hans", _rng(), []) == "红牛好喝啊啊啊。"
    text = "哈尔滨啤酒哈"
    protect = find_mentions(text, ["哈尔滨"])
    for seed in range(10):
        out = repeat_interjection(text, "zh-Hans", random.Random(seed), protect)
        assert out is not None and out.startswith("哈尔滨啤酒")
