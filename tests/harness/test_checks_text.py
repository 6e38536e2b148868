"""Scripts, entity mentions, words and spans used by the behavioural tests."""

from __future__ import annotations

import pytest

from listenbench.corpora import Entity
from listenbench.harness.checks._templates import category_key, generic_noun, template_lang
from listenbench.harness.checks._tests import display_name, handle_of
from listenbench.harness.checks._text import (
    apply_outside,
    char_script,
    entity_names,
    find_mentions,
    fold,
    lang_script,
    merge_spans,
    social_spans,
    words,
)


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("lang", "text", "script"),
    [
        ("en", "", "Latn"),
        ("pl", "", "Latn"),
        ("zh-Hans", "這個", "Hans"),  # the tag wins over the characters
        ("zh-Hant", "", "Hant"),
        ("zh-TW", "", "Hant"),
        ("zh", "我的手机", "Hans"),
        ("zh", "我的手機", "Hant"),
        ("ja", "", "Jpan"),
        ("ru", "", "Cyrl"),
        ("sr-Latn", "", "Latn"),
        ("xx", "Привет мир", "Cyrl"),
        ("xx", "ひらがなと漢字", "Jpan"),
        ("xx", "안녕하세요", "Kore"),
    ],
)
def test_lang_script(lang: str, text: str, script: str) -> None:
    assert lang_script(lang, text) == script


def test_char_script_and_fold() -> None:
    assert [char_script(c) for c in "éЖλ中かカ한7!"] == [
        "Latn",
        "Cyrl",
        "Grek",
        "Hani",
        "Hira",
        "Kana",
        "Hang",
        "Zyyy",
        "Zyyy",
    ]
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("ＡＢＣ") == "abc"


def test_mentions_casefolded_whole_words_with_handles_and_inflections() -> None:
    text = "@Microsoft why does WINDOWS update at 3am? my windowsills are fine. Windowsa nie ma"
    spans = find_mentions(text, ["Microsoft", "Windows"])
    # up to 3 more letters count as an inflection (Windowsa), 4 do not (windowsills)
    assert _texts(text, spans) == ["@Microsoft", "WINDOWS", "Windowsa"]


def test_mentions_short_names_need_exact_words_and_cjk_matches_inside_words() -> None:
    text = "Mac and cheese, a machine, my Mac; 我买了苹果手机"
    assert _texts(text, find_mentions(text, ["Mac", "苹果"])) == ["Mac", "Mac", "苹果"]


def test_mentions_tolerate_punctuation_between_words() -> None:
    text = "St. Mary's A&E was packed; the F Type; Red-Bull"
    spans = find_mentions(text, ["St Mary's", "F-Type", "Red Bull"])
    assert _texts(text, spans) == ["St. Mary's", "F Type", "Red-Bull"]


def test_mentions_accents_matter_and_fullwidth_is_folded() -> None:
    text = "cafe Café ＯＲＡＮＧＥ"
    assert _texts(text, find_mentions(text, ["Café", "Orange"])) == ["Café", "ＯＲＡＮＧＥ"]


def test_entity_names_handle_and_display_name() -> None:
    hospital = Entity("h", "St Mary's Hospital (London)", aliases=("St Mary's", "@StMarysNHS"))
    assert entity_names(hospital) == (
        "St Mary's Hospital (London)",
        "St Mary's Hospital",
        "St Mary's",
        "@StMarysNHS",
    )
    assert handle_of(hospital) == ("@StMarysNHS", "declared")
    assert display_name(hospital) == "St Mary's Hospital"
    assert handle_of(Entity("r", "Red Bull", aliases=("レッドブル",))) == ("@RedBull", "derived")


def test_social_spans_and_words_skip_protected_and_social() -> None:
    text = "Teams down again @boss_1 #fail https://t.co/x?a=1 see 4K Windows11 ok"
    assert _texts(text, social_spans(text)) == ["@boss_1", "#fail", "https://t.co/x?a=1"]
    assert _texts(text, words(text, [(0, 5)], min_len=2)) == ["down", "again", "see", "ok"]
    german = "Die Bahn kommt"
    assert _texts(german, words(german, lowercase_only=True)) == ["kommt"]


def test_merge_and_apply_outside() -> None:
    assert merge_spans([(4, 6), (0, 2), (1, 3), (6, 7)]) == [(0, 3), (4, 7)]
    assert apply_outside("ab cd ef", [(3, 5)], str.upper) == "AB cd EF"


def test_template_languages_and_generic_nouns() -> None:
    assert template_lang("en-GB") == "en"
    assert template_lang("zh", "這是我的手機") == "zh-Hant"
    assert template_lang("zh-CN") == "zh-Hans"
    assert template_lang("sw") is None
    assert category_key("healthcare") == "health"  # not 'car'
    assert category_key("mobile carrier") == "telecom"
    assert category_key("rail transport") == "rail"
    assert category_key("something else") == "default"
    assert generic_noun("de", "automotive") == "der Autohersteller"
    assert generic_noun("ja", None) == "その会社"
