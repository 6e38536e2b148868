"""The TF-IDF + logistic regression baseline (family ``tfidf``).

Design (chosen on the dev splits of the built-in corpora, see ``README.md``):
one model serves every entity. A (post, entity) pair is described by

- the character n-gram TF-IDF of the post (``char_wb``, default 2-5,
  sublinear tf; pair tasks: both texts and their shared n-grams), and
- one entity-dependent feature, ``mention``: 1 when the entity's name or an
  alias occurs in the post (the ``alias`` baseline's rule).

A single class-balanced logistic regression learns from all entities' train
pairs, so the n-gram weights are shared ("a product context", "a fruit
context") and the mention flag ties the score to the entity asked about; an
entity unseen in training is scored the same way. Per-entity models and
entity-crossed n-grams overfit the few dozen train pairs per entity and
scored lower on dev.

Binary tasks score P(yes) and decide ``score >= threshold`` (0.5, or tuned on
dev with ``threshold=dev``); multi-class tasks score every class of the task
(classes absent from train get 0).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np
import scipy.sparse as sp
import sklearn
from numpy.typing import NDArray
from scipy.special import expit, softmax
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from listenbench.baselines._protocol import ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.baselines._saved import (
    SavedModelError,
    check_format_version,
    read_saved_meta,
    write_saved_meta,
)
from listenbench.baselines._training import LabelledPairs, labelled_pairs, training_setup
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.tfidf._features import (
    CharTfidf,
    mention_matrix,
    n_post_features,
    post_features,
    post_texts,
)
from listenbench.baselines.tfidf._params import THRESHOLD_DEV, TfidfParams, parse_params
from listenbench.corpora import TASK_KINDS, Corpus, Entity, Post, Task

#: On-disk format of a saved TF-IDF model (``tfidf.json`` + ``arrays.npz``).
FORMAT_VERSION = 1
_MAX_ITER = 2000


class TfidfModel:
    """Character n-gram TF-IDF + logistic regression, trained on the train split.

    Build it with :meth:`fit` (or the ``tfidf[:KEY=VAL,...]`` spec through
    :func:`make_tfidf`); save it with :meth:`save` and read it back with
    :meth:`load` or ``load_saved_model``. Loading reads JSON and a ``.npz``
    with ``allow_pickle=False``: a saved directory is data, never code.

    Example:
        >>> from listenbench.corpora import load_corpus, resolve_task
        >>> corpus = load_corpus("demo")
        >>> model = TfidfModel.fit(corpus, resolve_task("relevance", corpus.labels))
        >>> model.predict(corpus.posts[:3], corpus.entities[:2]).shape
        (3, 2)
    """

    def __init__(
        self,
        *,
        params: TfidfParams,
        task: Task,
        tfidf: CharTfidf,
        present: Sequence[int],
        coef: NDArray[np.float64],
        intercept: NDArray[np.float64],
        threshold: float,
        info: ModelInfo,
    ) -> None:
        self.params = params
        self.task = task
        self.tfidf = tfidf
        #: Indices into ``task.classes`` of the classes the regression knows.
        self.present = tuple(int(i) for i in present)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.threshold = float(threshold)
        self._info = info
        #: Wall time of :meth:`fit` (not part of ``info``: it does not change the output).
        self.train_seconds: float | None = None
        n_features = n_post_features(tfidf, task.pair) + (1 if params.mention else 0)
        rows = 1 if task.binary else len(self.present)
        if self.coef.shape != (rows, n_features) or self.intercept.shape != (rows,):
            raise ValueError(
                f"coef {self.coef.shape} / intercept {self.intercept.shape} do not match "
                f"{rows} output(s) x {n_features} features"
            )

    # -- training ---------------------------------------------------------------

    @classmethod
    def fit(
        cls,
        corpus: Corpus,
        task: Task,
        params: TfidfParams | None = None,
        seed: int = 0,
    ) -> TfidfModel:
        """Train on ``corpus``'s train split (and tune the threshold on dev if asked).

        Raises:
            ModelSpecError: when the train split has no labelled pair, or only one class.
        """
        params = params or TfidfParams()
        started = time.perf_counter()
        train = labelled_pairs(corpus, task, "train")
        if not len(train):
            raise ModelSpecError(
                f"tfidf: corpus {corpus.name!r} has no labelled train pairs for task {task.name!r}"
            )
        y = train.targets(task)
        present = np.unique(y)
        if present.size < 2:
            raise ModelSpecError(
                f"tfidf: the train split of corpus {corpus.name!r} has only class "
                f"{task.classes[int(present[0])]!r} for task {task.name!r}; need at least two"
            )
        unique_posts = list({p.id: p for p in train.posts}.values())
        tfidf = CharTfidf.fit(
            post_texts(unique_posts, task.pair), params.ngram, params.min_df, params.max_features
        )
        x = _pair_features(tfidf, train, task.pair, params.mention)
        regression = LogisticRegression(
            C=params.C,
            class_weight="balanced",
            solver=_solver(task),
            max_iter=_MAX_ITER,
            random_state=seed,
        )
        # One BLAS thread: faster for problems this size, and no fight over shared cores.
        with threadpool_limits(limits=1, user_api="blas"):
            regression.fit(x, y)
        coef = np.asarray(regression.coef_, dtype=np.float64)
        intercept = np.asarray(regression.intercept_, dtype=np.float64)
        if not task.binary and present.size == 2:
            # A two-class regression has one logit; softmax([0, z]) == sigmoid(z).
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.concatenate([[0.0], intercept])
        config = {
            **params.as_config(),
            "analyzer": "char_wb",
            "sublinear_tf": "true",
            "lowercase": "true",
            "class_weight": "balanced",
            "solver": _solver(task),
            "max_iter": str(_MAX_ITER),
            "seed": str(seed),
            "task": task.name,
            "classes": ",".join(task.classes),
            "train_corpus": corpus.name,
            "train_corpus_digest": corpus.digest,
            "n_train": str(len(train)),
            "n_train_posts": str(len(unique_posts)),
            "n_features": str(x.shape[1]),
            "sklearn_version": sklearn.__version__,
        }
        spec = params.spec()
        info = ModelInfo(
            name="tfidf" + (f":{spec}" if spec else ""),
            family="tfidf",
            version=listenbench_version(),
            config=config,
        )
        model = cls(
            params=params,
            task=task,
            tfidf=tfidf,
            present=present.tolist(),
            coef=coef,
            intercept=intercept,
            threshold=0.5,
            info=info,
        )
        if task.binary:
            threshold, source = _choose_threshold(model, corpus, task, params)
            config["threshold"] = repr(threshold)
            config["threshold_source"] = source
            model.threshold = threshold
        else:
            config["threshold"] = "n/a"
            config["threshold_source"] = "arg-max class"
        model._info = ModelInfo(info.name, info.family, info.version, dict(config))
        model.train_seconds = time.perf_counter() - started
        return model

    @classmethod
    def from_spec(cls, arg: str, context: ModelContext) -> TfidfModel:
        """Parse ``arg`` (``KEY=VAL,...``) and train on ``context.corpus``."""
        params = parse_params(arg)
        corpus, task = training_setup(context, "tfidf")
        return cls.fit(corpus, task, params, seed=context.seed)

    # -- prediction -------------------------------------------------------------

    @property
    def info(self) -> ModelInfo:
        return self._info

    def logits(self, posts: Sequence[Post], entities: Sequence[Entity]) -> NDArray[np.float64]:
        """Regression outputs per (post, entity): shape (n_posts, n_entities, n_outputs)."""
        n_post = n_post_features(self.tfidf, self.task.pair)
        x = post_features(self.tfidf, posts, self.task.pair)
        base = np.asarray(x @ self.coef[:, :n_post].T) + self.intercept  # (n, k)
        out = np.broadcast_to(base[:, None, :], (len(posts), len(entities), base.shape[1]))
        if self.params.mention:
            m = mention_matrix(posts, entities)
            out = out + m[:, :, None] * self.coef[:, n_post][None, None, :]
        return np.array(out, dtype=np.float64)

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Score every (post, entity) pair; columns follow ``entities``."""
        z = self.logits(posts, entities)
        if self.task.binary:
            scores = np.asarray(expit(z[:, :, 0]), dtype=np.float64)
            return Predictions(scores=scores, decisions=scores >= self.threshold)
        full = np.zeros((len(posts), len(entities), len(self.task.classes)), dtype=np.float64)
        if z.size:
            full[:, :, list(self.present)] = softmax(z, axis=2)
        return Predictions.from_class_scores(full, self.task.classes)

    # -- saving -----------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the model to the directory ``path``: ``tfidf.json``, ``arrays.npz``
        and ``listenbench-model.json``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        state = {
            "params": self.params.to_json(),
            "task": self.task.name,
            "classes": list(self.task.classes),
            "present": list(self.present),
            "threshold": self.threshold,
            "ngram": list(self.tfidf.ngram),
            "vocabulary": list(self.tfidf.terms),
        }
        (path / "tfidf.json").write_text(json.dumps(state, ensure_ascii=True), encoding="utf-8")
        np.savez(path / "arrays.npz", idf=self.tfidf.idf, coef=self.coef, intercept=self.intercept)
        write_saved_meta(path, self, format_version=FORMAT_VERSION)

    @classmethod
    def load(cls, path: Path) -> Self:
        """Read a model written by :meth:`save` (no pickle is involved).

        Raises:
            SavedModelError: for a missing or inconsistent directory.
        """
        path = Path(path)
        meta = read_saved_meta(path)
        check_format_version(path, meta, FORMAT_VERSION)
        try:
            state = json.loads((path / "tfidf.json").read_text(encoding="utf-8"))
            with np.load(path / "arrays.npz", allow_pickle=False) as arrays:
                idf, coef, intercept = arrays["idf"], arrays["coef"], arrays["intercept"]
            kind = TASK_KINDS[state["task"]]
            task = Task(kind, tuple(str(c) for c in state["classes"]))
            ngram = (int(state["ngram"][0]), int(state["ngram"][1]))
            return cls(
                params=TfidfParams.from_json(state["params"]),
                task=task,
                tfidf=CharTfidf([str(t) for t in state["vocabulary"]], idf, ngram),
                present=[int(i) for i in state["present"]],
                coef=coef,
                intercept=intercept,
                threshold=float(state["threshold"]),
                info=meta.info,
            )
        except (OSError, KeyError, TypeError, ValueError, IndexError) as err:
            raise SavedModelError(f"{path}: not a readable tfidf model ({err})") from None


def make_tfidf(arg: str, context: ModelContext) -> TfidfModel:
    """Registry factory for ``tfidf`` / ``tfidf:KEY=VAL,...`` (trains on the run's corpus).

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> make_tfidf("C=2", ModelContext(corpus=load_corpus("demo"))).info.name
        'tfidf:C=2'
    """
    return TfidfModel.from_spec(arg, context)


def _solver(task: Task) -> str:
    # liblinear is fast and deterministic for binary problems; lbfgs fits a true
    # multinomial model for multi-class ones.
    return "liblinear" if task.binary else "lbfgs"


def _pair_features(tfidf: CharTfidf, pairs: LabelledPairs, pair: bool, mention: bool) -> Any:
    """Rows of the regression's design matrix for labelled (post, entity) pairs."""
    post_rows: dict[str, int] = {}
    posts: list[Post] = []
    for p in pairs.posts:
        if p.id not in post_rows:
            post_rows[p.id] = len(posts)
            posts.append(p)
    x = post_features(tfidf, posts, pair)[[post_rows[p.id] for p in pairs.posts]]
    if not mention:
        return x
    entity_cols: dict[str, int] = {}
    entities: list[Entity] = []
    for e in pairs.entities:
        if e.id not in entity_cols:
            entity_cols[e.id] = len(entities)
            entities.append(e)
    grid = mention_matrix(posts, entities)
    flags = grid[
        [post_rows[p.id] for p in pairs.posts], [entity_cols[e.id] for e in pairs.entities]
    ]
    return sp.hstack([x, sp.csr_matrix(flags[:, None])], format="csr")


def _choose_threshold(
    model: TfidfModel, corpus: Corpus, task: Task, params: TfidfParams
) -> tuple[float, str]:
    """The binary threshold and where it came from (``fixed`` or ``dev-f1``)."""
    if params.threshold != THRESHOLD_DEV:
        return float(params.threshold), "fixed"
    dev = labelled_pairs(corpus, task, "dev")
    y = dev.targets(task) == task.class_index("yes")
    if not len(dev) or not y.any():
        return 0.5, "fixed 0.5 (no positive dev pairs to tune on)"
    posts = list({p.id: p for p in dev.posts}.values())
    entities = list({e.id: e for e in dev.entities}.values())
    rows = {p.id: i for i, p in enumerate(posts)}
    cols = {e.id: j for j, e in enumerate(entities)}
    grid = model.predict(posts, entities).scores
    scores = grid[[rows[p.id] for p in dev.posts], [cols[e.id] for e in dev.entities]]
    return best_f1_threshold(scores, y), f"dev-f1 ({len(dev)} dev pairs)"


def best_f1_threshold(scores: NDArray[np.float64], gold: NDArray[np.bool_]) -> float:
    """The threshold t maximizing F1 of ``scores >= t`` (ties: the one nearest 0.5).

    Example:
        >>> best_f1_threshold(np.array([0.9, 0.7, 0.4, 0.2]), np.array([True, True, True, False]))
        0.4
    """
    order = np.argsort(-scores, kind="stable")
    s, g = scores[order], gold[order]
    tp = np.cumsum(g)
    k = np.arange(1, len(s) + 1)
    f1 = 2 * tp / (k + g.sum())
    # Only cut between distinct scores: position i means "predict the top i+1".
    valid = np.append(s[:-1] > s[1:], True)
    candidates = np.flatnonzero(valid)
    best = f1[candidates].max()
    ties = candidates[np.isclose(f1[candidates], best)]
    pick = ties[np.argmin(np.abs(s[ties] - 0.5))]
    return float(s[pick])
