"""The fine-tune's config, spec parsing, early stopping, inputs and metrics (no torch needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from listenbench.baselines import ModelContext, ModelInfo, ModelSpecError
from listenbench.baselines._saved import write_saved_meta
from listenbench.baselines.finetune import (
    EarlyStopping,
    TrainConfig,
    entity_view,
    make_finetuned,
    parse_overrides,
    resolve_base_model,
    segments,
)
from listenbench.baselines.finetune._encode import mean_nll, softmax
from listenbench.baselines.finetune._metrics import binary_f1, macro_f1
from listenbench.corpora import Entity, Post


def test_parse_overrides_types_and_none() -> None:
    config = parse_overrides(
        "epochs=2, batch_size=8,learning_rate=1e-4,max_steps=12,eval_every=none,"
        "base_model=/m/xlmr,device=cpu,patience=none"
    )
    assert config == TrainConfig(
        epochs=2,
        batch_size=8,
        learning_rate=1e-4,
        max_steps=12,
        eval_every=None,
        base_model="/m/xlmr",
        device="cpu",
        patience=None,
    )
    assert parse_overrides("", TrainConfig(seed=7)).seed == 7
    assert parse_overrides("seed=3", TrainConfig(seed=7)).seed == 3


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("epoch=2", "unknown setting 'epoch' in 'epoch=2'"),
        ("epochs=two", "epochs must be an integer, got 'two'"),
        ("learning_rate=fast", "learning_rate must be a number, got 'fast'"),
        ("max_steps=0", "max_steps must be at least 1, got 0"),
        ("epochs", "expected KEY=VALUE, found 'epochs'"),
        ("warmup_ratio=1.5", "warmup_ratio must be within [0, 1], got 1.5"),
        ("batch_size=none", "batch_size must be an integer, got 'none'"),
        ("patience=0", "patience must be at least 1, got 0"),
        ("pooling=max", "pooling must be one of mean, cls, got 'max'"),
    ],
)
def test_parse_overrides_errors_are_one_line(spec: str, message: str) -> None:
    with pytest.raises(ModelSpecError) as caught:
        parse_overrides(spec)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text
    assert text.startswith("finetuned: ")


def test_params_are_strings_and_round_trip_json() -> None:
    config = TrainConfig(max_steps=5, learning_rate=2e-5)
    params = config.params()
    assert params["max_steps"] == "5"
    assert params["learning_rate"] == "2e-05"
    assert params["eval_every"] == "none"
    assert all(isinstance(v, str) for v in params.values())
    assert TrainConfig.from_json(config.to_json()) == config


def test_early_stopping_keeps_best_and_stops_after_patience() -> None:
    stop = EarlyStopping(patience=1)
    improved = []
    for metric in (0.40, 0.55, 0.50):
        improved.append(stop.update(metric, 0.6))
        if stop.should_stop:
            break
    assert improved == [True, True, False]
    assert stop.best_index == 1
    assert stop.should_stop


def test_early_stopping_patience_two_and_recovery() -> None:
    stop = EarlyStopping(patience=2)
    seen = []
    for metric in (0.3, 0.2, 0.5, 0.4, 0.45, 0.9):
        stop.update(metric, 1.0)
        seen.append(stop.should_stop)
        if stop.should_stop:
            break
    # 0.2 misses once, 0.5 resets, 0.4 and 0.45 miss twice: stop before 0.9
    assert seen == [False, False, False, False, True]
    assert stop.best_index == 2
    assert stop.best_metric == 0.5


def test_early_stopping_ties_go_to_lower_loss_and_none_never_stops() -> None:
    stop = EarlyStopping(patience=None)
    results = [stop.update(m, loss) for m, loss in ((0.5, 0.7), (0.5, 0.6), (0.5, 0.65), (0.1, 9))]
    assert results == [True, True, False, False]
    assert stop.best_index == 1
    assert not stop.should_stop
    with pytest.raises(ValueError, match="patience must be at least 1"):
        EarlyStopping(0)


def test_entity_view_and_segments() -> None:
    entity = Entity(
        "orange", "Orange", aliases=("Orange", "Orange Bank"), description="French telecom"
    )
    assert entity_view(entity) == "Orange (also: Orange Bank): French telecom"
    assert entity_view(Entity("x", "X")) == "X"
    post = Post("p", "mon forfait Orange", "fr")
    assert segments(post, entity, pair=False) == (
        "Orange (also: Orange Bank): French telecom",
        "mon forfait Orange",
    )
    wic = Post("w", "he sat on the bank", "en", text_pair="the bank raised rates", target="bank")
    assert segments(wic, entity, pair=True) == ("bank: he sat on the bank", "the bank raised rates")
    untargeted = Post("w", "a", "en", text_pair="b")
    assert segments(untargeted, entity, pair=True) == ("a", "b")


def test_metrics_match_hand_computation() -> None:
    gold = np.array([1, 1, 1, 0, 0, 0])
    pred = np.array([1, 1, 0, 1, 0, 0])
    # tp=2, fp=1, fn=1 → F1 = 4/6
    assert binary_f1(gold, pred) == pytest.approx(2 / 3)
    # class 0: tp=2, fp=1, fn=1 → 2/3 as well
    assert binary_f1(gold, pred, positive=0) == pytest.approx(2 / 3)
    assert binary_f1(np.array([0, 0]), np.array([0, 0])) == 0.0
    # classes 0,1,2: F1 = 1, 2/3, 0 (class 2 is predicted once, never gold)
    assert macro_f1(np.array([0, 1, 1]), np.array([0, 1, 2])) == pytest.approx((1 + 2 / 3 + 0) / 3)


def test_softmax_and_nll() -> None:
    logits = np.array([[0.0, np.log(3.0)], [2.0, 2.0]])
    assert np.allclose(softmax(logits), [[0.25, 0.75], [0.5, 0.5]])
    assert mean_nll(logits, np.array([1, 0])) == pytest.approx((-np.log(0.75) - np.log(0.5)) / 2)


def test_base_model_path_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelSpecError, match="is not 'minilm' nor a checkpoint directory"):
        resolve_base_model(str(tmp_path / "missing"))
    with pytest.raises(ModelSpecError, match=r"has no config\.json"):
        resolve_base_model(str(tmp_path))
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelSpecError, match="has no weights"):
        resolve_base_model(str(tmp_path))


def test_factory_errors_without_training(tmp_path: Path) -> None:
    with pytest.raises(ModelSpecError, match="needs a corpus to train on"):
        make_finetuned("", ModelContext())
    with pytest.raises(ModelSpecError, match=r"saved model directory .*missing not found"):
        make_finetuned(str(tmp_path / "missing"), ModelContext())
    with pytest.raises(ModelSpecError, match="not a saved listenbench model"):
        make_finetuned(str(tmp_path), ModelContext())
    other = ModelInfo("tfidf", "tfidf", "1")
    write_saved_meta(tmp_path, type("Other", (), {"info": other})(), format_version=1)
    with pytest.raises(ModelSpecError, match=r"holds a saved 'tfidf' model .*not a fine-tuned"):
        make_finetuned(str(tmp_path), ModelContext())
    with pytest.raises(ModelSpecError, match="unknown setting 'lr'"):
        make_finetuned("lr=1", ModelContext())
