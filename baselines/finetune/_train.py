"""Fine-tune a pretrained transformer as a cross-encoder on a corpus's train split.

Example:
    >>> from listenbench.corpora import load_corpus, resolve_task
    >>> corpus = load_corpus("demo")
    >>> task = resolve_task("relevance", corpus.labels)
    >>> result = train(corpus, task, TrainConfig(epochs=1))  # doctest: +SKIP
    >>> result.history.best_epoch, result.model.info.family  # doctest: +SKIP
    (1, 'finetuned')
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from listenbench.baselines._protocol import ModelSpecError
from listenbench.baselines._training import LabelledPairs, labelled_pairs
from listenbench.baselines.finetune._base import (
    BaseModel,
    quiet_transformers,
    require_torch,
    resolve_base_model,
    resolve_device,
)
from listenbench.baselines.finetune._config import TrainConfig
from listenbench.baselines.finetune._early import EarlyStopping
from listenbench.baselines.finetune._encode import Features, collate, encode, logits_of, mean_nll
from listenbench.baselines.finetune._inputs import segment_lists
from listenbench.baselines.finetune._metrics import binary_f1, macro_f1
from listenbench.baselines.finetune._model import FinetunedModel
from listenbench.baselines.finetune._pooling import apply_pooling
from listenbench.corpora import Corpus, Task

#: ``progress(step, total_steps, loss)``, called after every optimizer step.
ProgressCallback = Callable[[int, int, float], None]


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One dev-set evaluation (after an epoch, or every ``eval_every`` steps).

    ``train_loss`` is the mean training loss of the steps since the previous
    evaluation; ``dev_loss`` and ``dev_metric`` are None when the corpus has
    no dev pairs. ``metric`` names the dev metric: ``f1`` of "yes" (binary
    tasks) or ``macro_f1``. ``elapsed`` is seconds since training started.
    """

    epoch: int
    step: int
    train_loss: float
    dev_loss: float | None
    dev_metric: float | None
    metric: str
    improved: bool
    elapsed: float


#: ``on_epoch(evaluation)``, called after every dev evaluation.
EvalCallback = Callable[[Evaluation], None]


@dataclass(frozen=True, slots=True)
class TrainHistory:
    """What happened during :func:`train`.

    ``step_losses`` is the training loss of every optimizer step,
    ``epoch_losses`` their mean per (possibly partial) epoch and
    ``epoch_seconds`` each epoch's wall time including its dev evaluation.
    ``best_epoch``/``best_step`` locate the kept state (the last one when
    there is no dev split). ``total_steps`` is the planned number of steps.
    """

    step_losses: tuple[float, ...]
    epoch_losses: tuple[float, ...]
    epoch_seconds: tuple[float, ...]
    evaluations: tuple[Evaluation, ...]
    best_epoch: int
    best_step: int
    stopped_early: bool
    total_steps: int
    n_train: int
    n_dev: int
    device: str
    seconds: float


@dataclass(frozen=True, slots=True)
class TrainResult:
    """The fine-tuned model (best dev state) and its training history."""

    model: FinetunedModel
    history: TrainHistory


def train(
    corpus: Corpus,
    task: Task,
    config: TrainConfig | None = None,
    *,
    progress: ProgressCallback | None = None,
    on_epoch: EvalCallback | None = None,
) -> TrainResult:
    """Fine-tune ``config.base_model`` on ``corpus``'s train split for ``task``.

    Reads only the train and dev splits (through ``labelled_pairs``). The
    model is ``AutoModelForSequenceClassification`` with one output per task
    class, trained with cross-entropy, AdamW and a linear warm-up/decay
    schedule. The seed fixes the classifier head's initialisation, dropout and
    the order of the training examples. Prints nothing: pass ``progress``
    and ``on_epoch`` to show what is happening.

    Raises:
        ModelSpecError: when torch or the base checkpoint is missing, the
            config names an unusable device, or the train split has no pairs.

    Example:
        >>> from listenbench.corpora import load_corpus, resolve_task
        >>> corpus = load_corpus("demo")
        >>> task = resolve_task("level", corpus.labels)
        >>> result = train(corpus, task, TrainConfig(epochs=1, max_steps=5))  # doctest: +SKIP
        >>> len(result.history.step_losses)  # doctest: +SKIP
        5
    """
    config = config or TrainConfig()
    torch, transformers = require_torch()
    base = resolve_base_model(config.base_model)
    device = resolve_device(torch, config.device)
    train_pairs = labelled_pairs(corpus, task, "train")
    dev_pairs = labelled_pairs(corpus, task, "dev")
    if len(train_pairs) == 0:
        raise ModelSpecError(
            f"finetuned: corpus {corpus.name!r} has no labelled train pairs for task {task.name!r}"
        )
    started = time.perf_counter()
    torch.manual_seed(config.seed)
    with quiet_transformers(transformers):
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(base.path), local_files_only=True
        )
        network = transformers.AutoModelForSequenceClassification.from_pretrained(
            str(base.path),
            num_labels=len(task.classes),
            id2label=dict(enumerate(task.classes)),
            label2id={name: i for i, name in enumerate(task.classes)},
            local_files_only=True,
        )
    apply_pooling(torch, network, config.pooling)
    network.to(device)
    loop = _Loop(torch, transformers, network, tokenizer, task, config, device)
    history = loop.run(train_pairs, dev_pairs, started, progress, on_epoch)
    model = FinetunedModel(
        network,
        tokenizer,
        task=task.name,
        pair=task.pair,
        classes=task.classes,
        config=config,
        meta=_meta(torch, transformers, base, corpus, history),
        device=device,
    )
    return TrainResult(model=model, history=history)


def _meta(
    torch: Any, transformers: Any, base: BaseModel, corpus: Corpus, history: TrainHistory
) -> dict[str, str]:
    meta = base.params()
    meta.update(
        {
            "train_corpus": corpus.name,
            "train_corpus_version": corpus.version,
            "train_corpus_digest": corpus.digest,
            "n_train": str(history.n_train),
            "n_dev": str(history.n_dev),
            "best_epoch": str(history.best_epoch),
            "best_step": str(history.best_step),
            "train_device": history.device,
            "torch_version": str(torch.__version__),
            "transformers_version": str(transformers.__version__),
        }
    )
    return meta


class _Loop:
    """The training loop's state: optimizer, schedule, early stopping, best weights."""

    def __init__(
        self,
        torch: Any,
        transformers: Any,
        network: Any,
        tokenizer: Any,
        task: Task,
        config: TrainConfig,
        device: str,
    ) -> None:
        self.torch = torch
        self.transformers = transformers
        self.network = network
        self.tokenizer = tokenizer
        self.task = task
        self.config = config
        self.device = device
        self.pad_id = int(tokenizer.pad_token_id or 0)

    def _features(self, pairs: LabelledPairs) -> list[Features]:
        firsts, seconds = segment_lists(pairs.posts, pairs.entities, pair=self.task.pair)
        return encode(self.tokenizer, firsts, seconds, self.config.max_length)

    def _optimizer(self, total_steps: int) -> tuple[Any, Any]:
        no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight", "norm.weight")
        named = [(n, p) for n, p in self.network.named_parameters() if p.requires_grad]
        groups = [
            {
                "params": [p for n, p in named if not n.endswith(no_decay)],
                "weight_decay": self.config.weight_decay,
            },
            {"params": [p for n, p in named if n.endswith(no_decay)], "weight_decay": 0.0},
        ]
        optimizer = self.torch.optim.AdamW(groups, lr=self.config.learning_rate)
        warmup = round(self.config.warmup_ratio * total_steps)
        schedule = self.transformers.get_linear_schedule_with_warmup(
            optimizer, num_warmup_steps=warmup, num_training_steps=total_steps
        )
        return optimizer, schedule

    def _evaluate(self, features: list[Features], targets: np.ndarray) -> tuple[float, float]:
        logits = logits_of(
            self.torch,
            self.network,
            features,
            pad_id=self.pad_id,
            batch_size=self.config.eval_batch_size,
            device=self.device,
        )
        predicted = logits.argmax(axis=1)
        if self.task.binary:
            metric = binary_f1(targets, predicted, positive=self.task.class_index("yes"))
        else:
            metric = macro_f1(targets, predicted)
        return metric, mean_nll(logits, targets)

    def run(
        self,
        train_pairs: LabelledPairs,
        dev_pairs: LabelledPairs,
        started: float,
        progress: ProgressCallback | None,
        on_epoch: EvalCallback | None,
    ) -> TrainHistory:
        torch, config = self.torch, self.config
        train_features = self._features(train_pairs)
        train_targets = train_pairs.targets(self.task)
        dev_features = self._features(dev_pairs)
        dev_targets = dev_pairs.targets(self.task)
        n = len(train_features)
        per_epoch = math.ceil(n / config.batch_size)
        total = config.epochs * per_epoch
        if config.max_steps is not None:
            total = min(total, config.max_steps)
        optimizer, schedule = self._optimizer(total)
        order = torch.Generator().manual_seed(config.seed)
        stopper = EarlyStopping(config.patience)
        metric_name = "f1" if self.task.binary else "macro_f1"

        step = 0
        losses: list[float] = []
        epoch_losses: list[float] = []
        epoch_seconds: list[float] = []
        evaluations: list[Evaluation] = []
        best_state: dict[str, Any] | None = None
        best_epoch, best_step = 0, 0
        since_eval: list[float] = []
        stopped = False

        def evaluate(epoch: int) -> None:
            nonlocal best_state, best_epoch, best_step, stopped
            if dev_features:
                metric, dev_loss = self._evaluate(dev_features, dev_targets)
                improved = stopper.update(metric, dev_loss)
                stopped = stopper.should_stop
            else:
                metric, dev_loss, improved = math.nan, math.nan, True
            if improved:
                best_epoch, best_step = epoch, step
                if dev_features:
                    best_state = {
                        key: value.detach().to("cpu", copy=True)
                        for key, value in self.network.state_dict().items()
                    }
            record = Evaluation(
                epoch=epoch,
                step=step,
                train_loss=float(np.mean(since_eval)) if since_eval else math.nan,
                dev_loss=dev_loss if dev_features else None,
                dev_metric=metric if dev_features else None,
                metric=metric_name,
                improved=improved,
                elapsed=time.perf_counter() - started,
            )
            since_eval.clear()
            evaluations.append(record)
            if on_epoch is not None:
                on_epoch(record)

        for epoch in range(1, config.epochs + 1):
            epoch_start = time.perf_counter()
            first_step = len(losses)
            permutation = torch.randperm(n, generator=order).tolist()
            for start in range(0, n, config.batch_size):
                rows = permutation[start : start + config.batch_size]
                loss = self._step(
                    [train_features[i] for i in rows], train_targets[rows], optimizer, schedule
                )
                step += 1
                losses.append(loss)
                since_eval.append(loss)
                if progress is not None:
                    progress(step, total, loss)
                if config.eval_every is not None and step % config.eval_every == 0:
                    evaluate(epoch)
                if stopped or step >= total:
                    break
            if not evaluations or evaluations[-1].step != step:
                evaluate(epoch)
            epoch_losses.append(float(np.mean(losses[first_step:])))
            epoch_seconds.append(time.perf_counter() - epoch_start)
            if stopped or step >= total:
                break

        if best_state is not None and best_step != step:
            self.network.load_state_dict(best_state)
        self.network.eval()
        return TrainHistory(
            step_losses=tuple(losses),
            epoch_losses=tuple(epoch_losses),
            epoch_seconds=tuple(epoch_seconds),
            evaluations=tuple(evaluations),
            best_epoch=best_epoch,
            best_step=best_step,
            stopped_early=stopped and step < total,
            total_steps=total,
            n_train=n,
            n_dev=len(dev_features),
            device=self.device,
            seconds=time.perf_counter() - started,
        )

    def _step(
        self, features: list[Features], targets: np.ndarray, optimizer: Any, schedule: Any
    ) -> float:
        torch = self.torch
        self.network.train()
        batch = collate(torch, features, self.pad_id, self.device)
        labels = torch.as_tensor(targets, dtype=torch.long, device=self.device)
        output = self.network(**batch, labels=labels)
        output.loss.backward()
        torch.nn.utils.clip_grad_norm_(self.network.parameters(), self.config.max_grad_norm)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad(set_to_none=True)
        return float(output.loss.detach().cpu())
