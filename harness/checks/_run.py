"""Run the behavioural tests: sample cases, predict them in batches, judge them.

Cases are sampled per test and language (round-robin over entities, so that
a cap still covers every entity), then all posts of one test type and model
output go to the model in a single call. Everything is seeded: the same
seed, corpus and model give the same cases and verdicts.

Example:
    >>> report = run_checks("demo", "keyword", seed=0)  # doctest: +SKIP
    >>> report.cell("INV", "casing").failure_rate  # doctest: +SKIP
    0.07
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines import Model, ModelContext, ModelInfo, Predictions
from listenbench.corpora import Corpus, Entity, Post, load_corpus, resolve_task
from listenbench.harness._config import ConfigError
from listenbench.harness._registry import load_model
from listenbench.harness._results import CorpusInfo
from listenbench.harness.checks._report import CaseResult, CheckReport, SkippedTest
from listenbench.harness.checks._tests import (
    RELEVANCE,
    SENTIMENT,
    CaseSpec,
    CheckContext,
    CheckTest,
    Source,
    select_tests,
)

#: Default cap on cases per test and language.
DEFAULT_MAX_PER_TEST = 300
#: Default DIR tolerance: score changes this small count as "no change".
DEFAULT_TOLERANCE = 0.02

Scores = tuple[NDArray[np.float64], "NDArray[np.bool_] | None"]


@dataclass(frozen=True, slots=True)
class Output:
    """A model output the tests can read: relevance (every model) or an optional one.

    ``read`` returns scores of shape (n_posts, n_entities) and, for outputs
    with yes/no decisions, the decisions (else None).
    """

    name: str
    description: str
    available: Callable[[Model], bool]
    read: Callable[[Model, Sequence[Post], Sequence[Entity]], Scores]


def _check_shape(
    name: str, model: Model, array: NDArray[np.generic], expected: tuple[int, int]
) -> None:
    if array.shape != expected:
        raise ValueError(
            f"model {model.info.name!r} returned {name} of shape {array.shape}, "
            f"expected {expected} (posts x entities)"
        )


def _read_relevance(model: Model, posts: Sequence[Post], entities: Sequence[Entity]) -> Scores:
    predictions = model.predict(posts, entities)
    _check_shape("predictions", model, predictions.scores, (len(posts), len(entities)))
    return predictions.scores, predictions.decisions


def _has_sentiment(model: Model) -> bool:
    return callable(getattr(model, "predict_sentiment", None))


def _has_relevance(model: Model) -> bool:
    return not isinstance(model, ClassSentiment)


class ClassSentiment:
    """A model trained for the ``sentiment`` task, seen by the checks as a sentiment output.

    ``predict_sentiment`` is P(positive) − P(negative) from the model's class
    scores (higher is more positive); relevance tests are skipped for it.

    Example:
        >>> from listenbench.baselines import ModelInfo, Predictions
        >>> class Fixed:
        ...     info = ModelInfo("fixed", "test", "1")
        ...     def predict(self, posts, entities):
        ...         cs = np.array([[[0.1, 0.2, 0.7]]] * len(posts))
        ...         return Predictions.from_class_scores(cs, ("negative", "neutral", "positive"))
        >>> ClassSentiment(Fixed()).predict_sentiment([Post("p", "t", "en")], [Entity("e", "E")])
        array([[0.6]])
    """

    def __init__(self, model: Model) -> None:
        self._model = model

    @property
    def info(self) -> ModelInfo:
        return self._model.info

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        return self._model.predict(posts, entities)

    def predict_sentiment(
        self, posts: Sequence[Post], entities: Sequence[Entity]
    ) -> NDArray[np.float64]:
        out = self._model.predict(posts, entities)
        scores = out.class_scores
        if scores is None:
            raise ConfigError(f"model {self.info.name!r} returned no sentiment class scores")

        def share(name: str) -> NDArray[np.float64]:
            if name not in out.classes:
                return np.zeros(out.shape, dtype=np.float64)
            return np.asarray(scores[:, :, out.classes.index(name)], dtype=np.float64)

        return share("positive") - share("negative")


def _read_sentiment(model: Model, posts: Sequence[Post], entities: Sequence[Entity]) -> Scores:
    predict_sentiment = model.predict_sentiment  # type: ignore[attr-defined]
    scores = np.asarray(predict_sentiment(posts, entities), dtype=np.float64)
    _check_shape("sentiment scores", model, scores, (len(posts), len(entities)))
    return scores, None


#: The outputs tests may need, by name. ``sentiment`` is read from a model's
#: ``predict_sentiment(posts, entities)``: an array (n_posts, n_entities) of how
#: positive each post is about each entity, higher is more positive.
OUTPUTS: dict[str, Output] = {
    RELEVANCE: Output(RELEVANCE, "relevance scores and decisions", _has_relevance, _read_relevance),
    SENTIMENT: Output(
        SENTIMENT, "positive sentiment per (post, entity)", _has_sentiment, _read_sentiment
    ),
}


def register_output(output: Output) -> None:
    """Make an output readable by tests (or change how one is read).

    Example:
        >>> register_output(OUTPUTS["sentiment"])
    """
    OUTPUTS[output.name] = output


def _select_languages(present: Sequence[str], wanted: Sequence[str] | None) -> tuple[str, ...]:
    if not wanted:
        return tuple(present)
    chosen: list[str] = []
    for raw in wanted:
        tag = raw.strip().lower()
        hits = [
            lang for lang in present if lang.lower() == tag or lang.lower().startswith(tag + "-")
        ]
        if not hits:
            raise ConfigError(
                f"no posts in language {raw!r} in this corpus (it has: {', '.join(present)})"
            )
        chosen += [h for h in hits if h not in chosen]
    return tuple(lang for lang in present if lang in chosen)


def sample_cases(
    ctx: CheckContext, test: CheckTest, lang: str, max_cases: int | None
) -> list[CaseSpec]:
    """Up to ``max_cases`` cases of one test and language, taking sources round-robin
    over entities in a seeded order."""
    groups = test.sources(ctx, lang)
    rng = ctx.rng("sample", test.key, lang)
    queues: list[deque[Source]] = []
    for entity_id in sorted(groups):
        items = list(groups[entity_id])
        rng.shuffle(items)
        queues.append(deque(items))
    rng.shuffle(queues)
    specs: list[CaseSpec] = []
    while queues and (max_cases is None or len(specs) < max_cases):
        remaining: list[deque[Source]] = []
        for queue in queues:
            if max_cases is not None and len(specs) >= max_cases:
                break
            specs.extend(test.expand(ctx, queue.popleft()))
            if queue:
                remaining.append(queue)
        queues = remaining
    return specs if max_cases is None else specs[:max_cases]


def _label(decision: bool | None) -> str:
    return "relevant" if decision else "not relevant"


def _judge(
    spec: CaseSpec,
    score: float,
    decision: bool | None,
    base_score: float | None,
    base_decision: bool | None,
    tolerance: float,
) -> tuple[bool, str, str]:
    if spec.test_type == "MFT":
        return (
            decision == spec.expect_relevant,
            _label(spec.expect_relevant),
            (f"{_label(decision)} ({score:.2f})"),
        )
    assert base_score is not None
    if spec.test_type == "INV":
        if decision is not None and base_decision is not None:
            return (
                decision == base_decision,
                f"{_label(base_decision)} (as unperturbed)",
                f"{_label(decision)} ({score:.2f})",
            )
        ok = abs(score - base_score) <= tolerance
        return ok, f"{spec.output} {base_score:.3f} ± {tolerance:g}", f"{score:.3f}"
    delta = score - base_score
    if spec.direction < 0:
        ok = delta < -tolerance if spec.strict else delta <= tolerance
        phrase = "below" if spec.strict else "not above"
    else:
        ok = delta > tolerance if spec.strict else delta >= -tolerance
        phrase = "above" if spec.strict else "not below"
    expected = f"{spec.output} {phrase} {base_score:.3f} (tolerance {tolerance:g})"
    return ok, expected, f"{score:.3f} (Δ {delta:+.3f})"


def _evaluate(
    model: Model,
    entities: Sequence[Entity],
    output: Output,
    specs: Sequence[CaseSpec],
    tolerance: float,
) -> list[CaseResult]:
    posts: list[Post] = []
    slots: dict[tuple[str, str, str, str | None], int] = {}

    def slot(post: Post) -> int:
        key = (post.id, post.text, post.lang, post.channel)
        if key not in slots:
            slots[key] = len(posts)
            posts.append(post)
        return slots[key]

    where = [(slot(s.post), None if s.base is None else slot(s.base)) for s in specs]
    scores, decisions = output.read(model, posts, entities)
    column = {e.id: j for j, e in enumerate(entities)}
    results: list[CaseResult] = []
    for spec, (i, b) in zip(specs, where, strict=True):
        j = column[spec.entity_id]
        score = float(scores[i, j])
        decision = None if decisions is None else bool(decisions[i, j])
        base_score = None if b is None else float(scores[b, j])
        base_decision = None if b is None or decisions is None else bool(decisions[b, j])
        passed, expected, observed = _judge(
            spec, score, decision, base_score, base_decision, tolerance
        )
        results.append(
            CaseResult(
                test_type=spec.test_type,
                test=spec.test,
                variant=spec.variant,
                lang=spec.lang,
                entity_id=spec.entity_id,
                post_id=spec.post_id,
                original_text=spec.original_text,
                text=spec.post.text,
                expected=expected,
                observed=observed,
                passed=passed,
                score=score,
                base_score=base_score,
                decision=decision,
                base_decision=base_decision,
            )
        )
    return results


def run_checks(
    corpus: Corpus | str,
    model: Model | str,
    *,
    seed: int = 0,
    max_per_test: int | None = DEFAULT_MAX_PER_TEST,
    languages: Sequence[str] | None = None,
    tests: Sequence[str] | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    progress: Callable[[str], None] | None = None,
    training_corpus: Corpus | None = None,
    task: str = "relevance",
) -> CheckReport:
    """Run the MFT, INV and DIR tests of a model on a corpus, per language and entity.

    ``corpus`` is a loaded corpus (e.g. one split of it) or a name/path;
    a model given as a spec of a trained family (tfidf, embed, finetuned) is
    trained on ``training_corpus`` (default: ``corpus``), whose train split it uses;
    with ``task="sentiment"`` it is trained for sentiment and only the tests
    that read a sentiment output (DIR negation, ...) run;
    ``model`` a model or a spec such as ``keyword`` (built with the corpus's
    query file). ``max_per_test`` caps the cases per test and language (None:
    all); ``languages`` keeps only those post languages (``zh`` matches
    ``zh-Hans`` and ``zh-Hant``); ``tests`` keeps only some tests (``INV``,
    ``INV/casing``, ``negation``); ``tolerance`` is the DIR score slack.
    Tests that need an output the model lacks (``sentiment``) are skipped
    and listed in the report.

    Raises ``ConfigError`` for a bad setting (unknown test or language,
    ``max_per_test`` < 1, negative tolerance).

    Example:
        >>> report = run_checks("demo", "alias", tests=["INV/casing"], languages=["fr"])
        >>> report.cell("INV", "casing", "fr").failure_rate
        0.0
    """
    start = time.perf_counter()
    say = progress or (lambda _msg: None)
    if max_per_test is not None and max_per_test < 1:
        raise ConfigError(f"max_per_test must be at least 1 (or None for all), got {max_per_test}")
    if not tolerance >= 0:
        raise ConfigError(f"the DIR tolerance must be >= 0, got {tolerance}")
    chosen = select_tests(tests)
    if isinstance(corpus, str):
        say(f"loading corpus {corpus}")
        corpus = load_corpus(corpus)
    if isinstance(model, str):
        say(f"building model {model}")
        context = ModelContext(
            corpus_path=str(corpus.path),
            queries_path=None if corpus.queries_path is None else str(corpus.queries_path),
            seed=seed,
            task=resolve_task(task, (training_corpus or corpus).labels),
            corpus=training_corpus or corpus,
        )
        model = load_model(model, context)
        if task == "sentiment":
            model = ClassSentiment(model)
    ctx = CheckContext(corpus, seed)
    langs = _select_languages(ctx.langs, languages)

    skipped: list[SkippedTest] = []
    batches: dict[tuple[str, str], list[CaseSpec]] = {}
    for test in chosen:
        output = OUTPUTS.get(test.output)
        if output is None or not output.available(model):
            reason = f"model {model.info.name!r} has no {test.output!r} output"
            skipped.append(SkippedTest(test.test_type, test.name, "*", reason))
            continue
        say(f"making cases for {test.key}")
        for lang in langs:
            specs = sample_cases(ctx, test, lang, max_per_test)
            if specs:
                batches.setdefault((test.test_type, test.output), []).extend(specs)
            else:
                skipped.append(
                    SkippedTest(test.test_type, test.name, lang, test.empty_reason(ctx, lang))
                )

    results: list[CaseResult] = []
    for (test_type, output_name), specs in batches.items():
        say(f"predicting {len(specs)} {test_type} cases ({output_name})")
        results += _evaluate(model, corpus.entities, OUTPUTS[output_name], specs, tolerance)

    info = CorpusInfo(
        name=corpus.name,
        version=corpus.version,
        digest=corpus.digest,
        path=str(corpus.path),
        split=corpus.split or "all",
        n_posts=len(corpus.posts),
        n_entities=len(corpus.entities),
        n_pairs=len(corpus.labels),
        task=corpus.manifest.task,
    )
    return CheckReport(
        model=model.info,
        corpus=info,
        seed=seed,
        max_per_test=max_per_test,
        tolerance=tolerance,
        languages=langs,
        tests=tuple(t.key for t in chosen),
        results=tuple(results),
        skipped=tuple(skipped),
        seconds=time.perf_counter() - start,
    )
