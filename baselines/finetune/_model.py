"""A fine-tuned cross-encoder behind the listenbench Model protocol, and its saved form.

A saved model is a directory: the network and tokenizer as written by
``save_pretrained``, ``finetune.json`` (task, classes, training config and
provenance) and ``listenbench-model.json`` (family, class path and
:class:`ModelInfo`, which ``load_saved_model`` dispatches on).

Example:
    >>> from listenbench.corpora import load_corpus, resolve_task
    >>> corpus = load_corpus("demo")
    >>> task = resolve_task("relevance", corpus.labels)
    >>> from listenbench.baselines.finetune import TrainConfig, train
    >>> model = train(corpus, task, TrainConfig(epochs=1)).model  # doctest: +SKIP
    >>> model.save(Path("ft-demo"))  # doctest: +SKIP
    >>> from listenbench.baselines._saved import load_saved_model
    >>> load_saved_model("ft-demo").info == model.info  # doctest: +SKIP
    True
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelInfo, ModelSpecError, Predictions
from listenbench.baselines._saved import (
    SavedModelError,
    check_format_version,
    read_saved_meta,
    write_saved_meta,
)
from listenbench.baselines._training import pair_index
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.finetune._base import quiet_transformers, require_torch, resolve_device
from listenbench.baselines.finetune._config import TrainConfig
from listenbench.baselines.finetune._encode import encode, logits_of, softmax
from listenbench.baselines.finetune._inputs import segment_lists
from listenbench.baselines.finetune._pooling import apply_pooling
from listenbench.corpora import TASK_KINDS, Entity, Post

#: Model family name (registry spec ``finetuned``).
FAMILY = "finetuned"
#: On-disk format of a saved fine-tune (checkpoint + ``finetune.json``).
SAVE_FORMAT_VERSION = 1
#: Task, classes, training config and provenance of a saved fine-tune.
FINETUNE_FILE = "finetune.json"
#: Classes of a binary task (listenbench's convention: negative first).
_BINARY_CLASSES = ("no", "yes")


class FinetunedModel:
    """A sequence-classification transformer scoring (entity, post) pairs.

    Binary tasks: ``scores`` is the probability of "yes" and ``decisions``
    whether it reaches the config's ``threshold``. Multi-class tasks: the
    softmax over ``classes`` as ``class_scores``. Build one with
    :func:`~listenbench.baselines.finetune.train` or :meth:`load`.

    ``meta`` records where the weights came from (base checkpoint, train
    corpus and digest, best epoch, library versions); with the config it makes
    up :attr:`info`.

    Example:
        >>> model = FinetunedModel.load(Path("ft-demo"), device="cpu")  # doctest: +SKIP
        >>> model.predict(corpus.posts[:4], corpus.entities).shape  # doctest: +SKIP
        (4, 16)
    """

    def __init__(
        self,
        network: Any,
        tokenizer: Any,
        *,
        task: str,
        pair: bool,
        classes: Sequence[str],
        config: TrainConfig,
        meta: Mapping[str, str],
        device: str,
        info: ModelInfo | None = None,
    ) -> None:
        if int(network.config.num_labels) != len(classes):
            raise ModelSpecError(
                f"finetuned: the network has {network.config.num_labels} outputs "
                f"but the task has {len(classes)} classes ({', '.join(classes)})"
            )
        kind = TASK_KINDS.get(task)
        binary = kind.binary if kind is not None else tuple(classes) == _BINARY_CLASSES
        self._torch, _ = require_torch()
        self.network = network
        self.tokenizer = tokenizer
        self.task = task
        self.pair = pair
        self.classes = tuple(classes)
        self.binary = binary
        self.config = config
        self.meta = dict(meta)
        self.device = device
        spec = config.spec()
        self._info = info or ModelInfo(
            name=FAMILY + (f":{spec}" if spec else ""),
            family=FAMILY,
            version=listenbench_version(),
            config=info_config(task, self.classes, config, self.meta),
        )
        if binary and self.classes != _BINARY_CLASSES:
            raise ModelSpecError(
                f"finetuned: binary task {task!r} needs classes no,yes, got {','.join(classes)}"
            )
        self.network.eval()

    @property
    def info(self) -> ModelInfo:
        return self._info

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Score every (post, entity) pair of the grid; shape ``(len(posts), len(entities))``."""
        n, m = len(posts), len(entities)
        rows, cols = pair_index(posts, entities)
        probs = self.pair_probabilities(
            [posts[i] for i in rows.tolist()], [entities[j] for j in cols.tolist()]
        )
        if self.binary:
            scores = probs[:, self.classes.index(_BINARY_CLASSES[1])].reshape(n, m)
            return Predictions(scores=scores, decisions=scores >= self.config.threshold)
        return Predictions.from_class_scores(probs.reshape(n, m, len(self.classes)), self.classes)

    def pair_probabilities(
        self, posts: Sequence[Post], entities: Sequence[Entity]
    ) -> NDArray[np.float64]:
        """Class probabilities ``(n, n_classes)`` of parallel ``posts`` and ``entities``."""
        return softmax(self.pair_logits(posts, entities))

    def pair_logits(self, posts: Sequence[Post], entities: Sequence[Entity]) -> NDArray[np.float64]:
        """Raw logits ``(n, n_classes)`` of parallel ``posts`` and ``entities``."""
        firsts, seconds = segment_lists(posts, entities, pair=self.pair)
        features = encode(self.tokenizer, firsts, seconds, self.config.max_length)
        return logits_of(
            self._torch,
            self.network,
            features,
            pad_id=int(self.tokenizer.pad_token_id or 0),
            batch_size=self.config.eval_batch_size,
            device=self.device,
        )

    def save(self, path: Path) -> None:
        """Write the model to directory ``path`` (created; files in it are replaced).

        Writes the network and tokenizer (``save_pretrained``, safetensors),
        ``finetune.json`` and ``listenbench-model.json``.

        Raises:
            SavedModelError: when ``path`` exists and is not a directory.
        """
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise SavedModelError(f"finetuned: cannot save to {path}: it exists and is a file")
        path.mkdir(parents=True, exist_ok=True)
        self.network.save_pretrained(str(path))
        self.tokenizer.save_pretrained(str(path))
        details = {
            "task": self.task,
            "pair": self.pair,
            "classes": list(self.classes),
            "train_config": self.config.to_json(),
            "meta": self.meta,
        }
        text = json.dumps(details, indent=2, ensure_ascii=False, sort_keys=True)
        (path / FINETUNE_FILE).write_text(text + "\n", encoding="utf-8")
        write_saved_meta(path, self, format_version=SAVE_FORMAT_VERSION)

    @classmethod
    def load(cls, path: Path, device: str = "auto") -> Self:
        """Load a model written by :meth:`save`, onto ``device`` (``auto``: CUDA if present).

        The loaded model's :attr:`info` is the saved one. Loading reads JSON and
        safetensors weights only (no pickle).

        Raises:
            SavedModelError: when ``path`` is not a readable saved fine-tuned model.
        """
        path = Path(path)
        if not path.is_dir():
            raise SavedModelError(f"finetuned: saved model directory {path} not found")
        meta = read_saved_meta(path)
        check_format_version(path, meta, SAVE_FORMAT_VERSION)
        details_path = path / FINETUNE_FILE
        try:
            details = json.loads(details_path.read_text(encoding="utf-8"))
            task = str(details["task"])
            pair = bool(details["pair"])
            classes = [str(c) for c in details["classes"]]
            saved_config = dict(details["train_config"])
            # fine-tunes saved before ``pooling`` existed used the checkpoint's own pooler
            saved_config.setdefault("pooling", "cls")
            config = TrainConfig.from_json(saved_config)
            provenance = {str(k): str(v) for k, v in dict(details["meta"]).items()}
        except json.JSONDecodeError as error:
            raise SavedModelError(
                f"{details_path}:{error.lineno}:{error.colno}: invalid JSON ({error.msg})"
            ) from None
        except (OSError, UnicodeDecodeError, KeyError, TypeError, ValueError) as error:
            raise SavedModelError(
                f"{details_path}: not a readable fine-tuned model description ({error!r})"
            ) from None
        torch, transformers = require_torch()
        where = resolve_device(torch, device)
        with quiet_transformers(transformers):
            try:
                tokenizer = transformers.AutoTokenizer.from_pretrained(
                    str(path), local_files_only=True
                )
                network = transformers.AutoModelForSequenceClassification.from_pretrained(
                    str(path), local_files_only=True
                )
            except (OSError, ValueError) as error:
                lines = str(error).strip().splitlines()
                why = lines[0] if lines else repr(error)
                raise SavedModelError(
                    f"finetuned: cannot load the network in {path}: {why}"
                ) from None
        apply_pooling(torch, network, config.pooling)
        network.to(where)
        return cls(
            network,
            tokenizer,
            task=task,
            pair=pair,
            classes=classes,
            config=config,
            meta=provenance,
            device=where,
            info=meta.info,
        )


def info_config(
    task: str, classes: Sequence[str], config: TrainConfig, meta: Mapping[str, str]
) -> dict[str, str]:
    """The :class:`ModelInfo` config: task, classes, hyperparameters and provenance.

    Example:
        >>> c = info_config("relevance", ("no", "yes"), TrainConfig(), {"best_epoch": "2"})
        >>> c["task"], c["classes"], c["learning_rate"], c["best_epoch"]
        ('relevance', 'no,yes', '0.0002', '2')
    """
    out = {"task": task, "classes": ",".join(classes)}
    out.update(config.params())
    out.update(meta)
    return out


#: Dotted path recorded in ``listenbench-model.json`` (``load_saved_model`` imports it).
CLASS_PATH = f"{FinetunedModel.__module__}.{FinetunedModel.__qualname__}"
