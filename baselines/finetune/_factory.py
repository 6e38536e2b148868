"""The ``finetuned`` model spec: train now, or load a saved fine-tune.

Spec forms (``--model finetuned...``):

- ``finetuned`` — fine-tune the default config on the run's corpus (seed = the run's seed);
- ``finetuned:KEY=VAL,...`` — the same with settings changed (``epochs=1,base_model=/path``);
- ``finetuned:PATH`` — a directory written by ``FinetunedModel.save``.

Example:
    >>> from listenbench.baselines import ModelContext
    >>> make_finetuned("epochs=1", ModelContext())
    Traceback (most recent call last):
    ...
    listenbench.baselines._protocol.ModelSpecError: model family 'finetuned' is trained and \
needs a corpus to train on
"""

from __future__ import annotations

from pathlib import Path

from listenbench.baselines._protocol import ModelContext, ModelSpecError
from listenbench.baselines._saved import read_saved_meta
from listenbench.baselines._training import training_setup
from listenbench.baselines.finetune._config import TrainConfig, parse_overrides
from listenbench.baselines.finetune._model import CLASS_PATH, FAMILY, FinetunedModel
from listenbench.baselines.finetune._train import EvalCallback, ProgressCallback, train

#: One-line help for the model registry.
HELP = (
    "fine-tuned cross-encoder (MiniLM-L6 by default): 'finetuned' trains on the corpus's "
    "train split, 'finetuned:KEY=VAL,...' changes settings, 'finetuned:PATH' loads a saved model"
)


def make_finetuned(
    arg: str,
    context: ModelContext,
    *,
    progress: ProgressCallback | None = None,
    on_epoch: EvalCallback | None = None,
) -> FinetunedModel:
    """Build the model a ``finetuned[:ARG]`` spec names (see the module docstring).

    Training uses ``context.corpus`` (train split; dev for early stopping) and
    ``context.task``; the config's seed is ``context.seed`` unless ``seed=`` is
    given. Prints nothing: ``progress``/``on_epoch`` are passed to
    :func:`~listenbench.baselines.finetune.train`.

    Raises:
        ModelSpecError: for a bad setting, a missing saved model, no corpus to
            train on, or a saved model made for another task.

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> context = ModelContext(seed=1, corpus=load_corpus("demo"))
        >>> make_finetuned("epochs=1,batch_size=8", context).info.name  # doctest: +SKIP
        'finetuned:epochs=1,batch_size=8'
    """
    arg = arg.strip()
    if arg and "=" not in arg:
        return _load_for(Path(arg), context)
    if arg and Path(arg).is_dir():
        return _load_for(Path(arg), context)
    config = parse_overrides(arg, TrainConfig(seed=context.seed))
    corpus, task = training_setup(context, FAMILY)
    return train(corpus, task, config, progress=progress, on_epoch=on_epoch).model


def _load_for(path: Path, context: ModelContext) -> FinetunedModel:
    if not path.exists():
        raise ModelSpecError(
            f"finetuned: saved model directory {path} not found "
            "(settings are written KEY=VALUE, e.g. finetuned:epochs=1)"
        )
    meta = read_saved_meta(path)
    if meta.class_path != CLASS_PATH:
        raise ModelSpecError(
            f"finetuned: {path} holds a saved {meta.family!r} model ({meta.class_path}), "
            "not a fine-tuned one"
        )
    model = FinetunedModel.load(path)
    task = context.task
    if task is not None and task.name != model.task:
        raise ModelSpecError(
            f"finetuned: the model in {path} was trained for task {model.task!r}, "
            f"and this run scores task {task.name!r}"
        )
    return model
