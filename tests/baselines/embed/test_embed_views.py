"""Text views: what the encoders see for posts, pair items and entities."""

from __future__ import annotations

import pytest

from listenbench.baselines import ModelSpecError
from listenbench.baselines.embed import entity_view, pair_view, post_view, strip_exclusions
from listenbench.corpora import Entity, Post, load_corpus


def test_entity_view_has_name_aliases_description_and_category():
    entity = Entity(
        "microsoft",
        "Microsoft",
        aliases=("Windows", "microsoft", "Office", "Windows", " "),
        description="US software company: Windows, Office. Not: house windows, offices.",
        category="technology",
    )
    assert entity_view(entity) == (
        "Microsoft (Windows, Office): US software company: Windows, Office. Category: technology."
    )


def test_bare_entity_view_is_its_name():
    assert entity_view(Entity("sncf", "SNCF")) == "SNCF"
    assert entity_view(Entity("sncf", "SNCF", category="rail")) == "SNCF Category: rail."


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Beer. Not: the virus.", "Beer."),
        ("Not: anything at all", ""),
        ("A lager.\nNot: crowns;\nnor COVID.", "A lager."),
        ("Notion-like app. Nothing else.", "Notion-like app. Nothing else."),
        ("Apps. Notes: Not: fruit", "Apps. Notes:"),
        ("电子公司。Not: 水果", "电子公司。"),
    ],
)
def test_strip_exclusions(description, expected):
    assert strip_exclusions(description) == expected


def test_every_demo_entity_view_drops_the_not_clause():
    for entity in load_corpus("demo").entities:
        view = entity_view(entity)
        assert "Not:" not in view and view.startswith(entity.name)


def test_post_and_pair_views():
    post = Post(
        "w1", "He sat on the bank.", "en", text_pair="The bank raised rates.", target="bank"
    )
    assert post_view(post) == "He sat on the bank."
    assert pair_view(post) == ("He sat on the bank.", "The bank raised rates.")
    with pytest.raises(ModelSpecError, match="post 'p9' has no text_pair"):
        pair_view(Post("p9", "alone", "en"))
