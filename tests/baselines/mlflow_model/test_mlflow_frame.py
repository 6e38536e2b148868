"""The DataFrames of SIGNATURE.md: building, reading back, and running a model on one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from listenbench.baselines import Predictions
from listenbench.baselines.keyword import AliasModel
from listenbench.baselines.mlflow_model import (
    INPUT_COLUMNS,
    MlflowModelError,
    frame_pairs,
    pairs_frame,
    predict_frame,
)
from listenbench.corpora import Entity, Post

POSTS = [
    Post("p1", "my iPhone", "en", channel="twitter"),
    Post("p2", "apple pie", "en", text_pair="pie recipe", target="apple"),
]
ENTITIES = [Entity("apple", "Apple", ("iPhone", "苹果"), "the company"), Entity("x", "X")]


def test_pairs_frame_is_row_major_grid() -> None:
    df = pairs_frame(POSTS, ENTITIES)
    assert list(df.columns) == list(INPUT_COLUMNS)
    assert list(zip(df.post_id, df.entity_id, strict=True)) == [
        ("p1", "apple"),
        ("p1", "x"),
        ("p2", "apple"),
        ("p2", "x"),
    ]
    assert df.loc[0, "entity_aliases"] == ["iPhone", "苹果"] and df.loc[1, "entity_aliases"] == []
    assert df.loc[0, "channel"] == "twitter" and pd.isna(df.loc[2, "channel"])
    assert df.loc[2, "text_pair"] == "pie recipe" and df.loc[3, "target"] == "apple"
    text = pairs_frame(POSTS, ENTITIES, aliases_as_text=True, columns=["text", "entity_aliases"])
    assert list(text.columns) == ["text", "entity_aliases"]
    assert text.entity_aliases.tolist() == ["iPhone|苹果", "", "iPhone|苹果", ""]


def test_frame_pairs_round_trip_and_alias_forms() -> None:
    df = pairs_frame(POSTS, ENTITIES)
    posts, ents = frame_pairs(df)
    assert posts == [POSTS[0], POSTS[0], POSTS[1], POSTS[1]]
    assert ents == [ENTITIES[0], ENTITIES[1], ENTITIES[0], ENTITIES[1]]
    _, ents2 = frame_pairs(pairs_frame(POSTS, ENTITIES, aliases_as_text=True))
    assert ents2 == ents


def test_frame_pairs_errors() -> None:
    df = pairs_frame(POSTS, ENTITIES).drop(columns=["lang", "entity_name"])
    with pytest.raises(MlflowModelError, match=r"lacks column\(s\) lang, entity_name"):
        frame_pairs(df)
    bad = pairs_frame(POSTS, ENTITIES)
    bad.loc[1, "text"] = None
    with pytest.raises(MlflowModelError, match="model input row 1: column 'text' is empty"):
        frame_pairs(bad)
    bad = pairs_frame(POSTS, ENTITIES)
    bad["entity_aliases"] = [1, 2, 3, 4]
    with pytest.raises(MlflowModelError, match="row 0: column 'entity_aliases' holds 1"):
        frame_pairs(bad)
    with pytest.raises(MlflowModelError, match="model input is a list, expected a pandas"):
        frame_pairs([1, 2])


class _Counting:
    """Records the batch shapes it is called with; score = 0.1 * post number."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    @property
    def info(self) -> object:
        raise NotImplementedError

    def predict(self, posts: list[Post], entities: list[Entity]) -> Predictions:
        self.calls.append((len(posts), len(entities)))
        s = np.array([[0.1 * int(p.id[1:])] for p in posts])
        return Predictions(s, s > 0.15)


def test_predict_frame_groups_rows_by_entity() -> None:
    df = pairs_frame(POSTS, ENTITIES).iloc[[3, 0, 1]].reset_index(drop=True)
    model = _Counting()
    out = predict_frame(model, df)
    assert sorted(model.calls) == [(1, 1), (2, 1)]  # entity x: p2 and p1; apple: p1
    assert list(out.columns) == ["score", "decision"]
    np.testing.assert_allclose(out.score, [0.2, 0.1, 0.1])
    assert out.decision.tolist() == [True, False, False]
    alias = predict_frame(AliasModel(), pairs_frame(POSTS, ENTITIES))
    assert alias.decision.tolist() == [True, False, True, False]  # name "Apple" in p2
    assert isinstance(alias, pd.DataFrame)
