"""run_checks with fake models whose outcomes are computed by hand on a tiny corpus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from listenbench.baselines import ModelInfo, Predictions
from listenbench.corpora import Corpus, Entity, Post, load_corpus
from listenbench.harness import ConfigError
from listenbench.harness.checks import CheckReport, run_checks
from listenbench.harness.metrics import key_segment
from support import make_corpus

POSTS = [
    {
        "id": "e1",
        "text": "My Orange fibre has been down since Monday, calling support again",
        "lang": "en",
    },
    {"id": "e2", "text": "The sky turned orange over the harbour tonight", "lang": "en"},
    {"id": "e3", "text": "Love my new iPhone, the camera is great", "lang": "en"},
    {"id": "e7", "text": "@orange my bill doubled this month", "lang": "en"},
    {"id": "f1", "text": "Ma Livebox Orange redémarre toute seule, très déçu", "lang": "fr"},
    {"id": "z1", "text": "我的苹果手机真好用，蒙牛牛奶也很好喝", "lang": "zh-Hans"},
    {"id": "j1", "text": "新しいiPhoneのカメラ、最高", "lang": "ja"},
]
ENTITIES = [
    {"id": "orange", "name": "Orange", "aliases": ["@orange", "Livebox"], "category": "telecom"},
    {"id": "apple", "name": "Apple", "aliases": ["iPhone", "苹果"], "category": "electronics"},
    {"id": "蒙牛", "name": "蒙牛", "aliases": ["Mengniu"], "category": "dairy"},
]
LABELS = [
    {
        "post_id": "e1",
        "entity_id": "orange",
        "relevant": True,
        "level": "about",
        "sentiment": "negative",
    },
    {
        "post_id": "e2",
        "entity_id": "orange",
        "relevant": False,
        "level": "none",
        "tags": ["minimal-pair"],
    },
    {
        "post_id": "e3",
        "entity_id": "apple",
        "relevant": True,
        "level": "about",
        "sentiment": "positive",
    },
    {
        "post_id": "e7",
        "entity_id": "orange",
        "relevant": True,
        "level": "direct",
        "sentiment": "negative",
    },
    {
        "post_id": "f1",
        "entity_id": "orange",
        "relevant": True,
        "level": "about",
        "sentiment": "negative",
    },
    {
        "post_id": "z1",
        "entity_id": "apple",
        "relevant": True,
        "level": "about",
        "sentiment": "positive",
    },
    {
        "post_id": "z1",
        "entity_id": "蒙牛",
        "relevant": True,
        "level": "about",
        "sentiment": "positive",
    },
    {
        "post_id": "j1",
        "entity_id": "apple",
        "relevant": True,
        "level": "about",
        "sentiment": "positive",
    },
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = make_corpus(tmp_path_factory.mktemp("checks") / "c", POSTS, ENTITIES, LABELS)
    return load_corpus(str(root))


class _Fake:
    """Relevance from a per-(text, entity) rule; score = 1.0/0.0 unless ``rule`` gives a float."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(name=self.name, family="fake", version="0")

    def rule(self, text: str, entity: Entity) -> float:
        raise NotImplementedError

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        scores = np.array([[self.rule(p.text, e) for e in entities] for p in posts], dtype=float)
        return Predictions(scores=scores, decisions=scores >= 0.5)


class CaseSensitive(_Fake):
    def rule(self, text: str, entity: Entity) -> float:
        return float(entity.name in text)


class Casefolding(_Fake):
    def rule(self, text: str, entity: Entity) -> float:
        return float(entity.name.casefold() in text.casefold())


class LikesGenericNouns(_Fake):
    """Scores a post higher when it does NOT name the entity: fails brand-to-generic."""

    def rule(self, text: str, entity: Entity) -> float:
        names = (entity.name, *entity.aliases)
        return 0.0 if any(n.casefold() in text.casefold() for n in names) else 1.0


class HatesHandles(_Fake):
    def rule(self, text: str, entity: Entity) -> float:
        return 0.0 if "@" in text else 1.0


class NegationAware(Casefolding):
    MARKERS = ("n't", "not", "pas", "disappointed", "不", "ない", "がっかり", "失望")

    def predict_sentiment(
        self, posts: Sequence[Post], entities: Sequence[Entity]
    ) -> NDArray[np.float64]:
        neg = [any(m in p.text.lower() for m in self.MARKERS) for p in posts]
        return np.array([[0.1 if n else 0.9] * len(entities) for n in neg])


class FlatSentiment(Casefolding):
    def predict_sentiment(
        self, posts: Sequence[Post], entities: Sequence[Entity]
    ) -> NDArray[np.float64]:
        return np.full((len(posts), len(entities)), 0.5)


def _counts(report: CheckReport, test_type: str, test: str, **kw: str) -> tuple[int, int]:
    cell = report.cell(test_type, test, **kw)
    return cell.n_cases, cell.n_failed


def test_case_sensitive_model_fails_inv_casing_and_casefolding_one_passes(corpus: Corpus) -> None:
    bad = run_checks(corpus, CaseSensitive("cs"), tests=["INV/casing"])
    # en: e1 upper+lower fail (title keeps 'Orange'); e2 title makes 'Orange';
    # e7 title makes '@Orange' (its lower case is unchanged: no case); e3 never has 'Apple'
    assert _counts(bad, "INV", "casing", lang="en") == (11, 4)
    assert _counts(bad, "INV", "casing", lang="fr") == (3, 2)
    assert _counts(bad, "INV", "casing", lang="ja") == (3, 0)
    assert bad.cell("INV", "casing", lang="zh-Hans").n_cases == 0  # nothing to case
    assert [(s.lang, s.reason) for s in bad.skipped] == [
        (
            "zh-Hans",
            "no post of this language that casing (upper, lower, title) applies to or changes",
        )
    ]
    e1_upper = next(r for r in bad.results if r.post_id == "e1" and r.variant == "upper")
    assert e1_upper.text == "MY ORANGE FIBRE HAS BEEN DOWN SINCE MONDAY, CALLING SUPPORT AGAIN"
    assert (e1_upper.expected, e1_upper.observed, e1_upper.passed) == (
        "relevant (as unperturbed)",
        "not relevant (0.00)",
        False,
    )
    assert (e1_upper.base_decision, e1_upper.decision) == (True, False)

    good = run_checks(corpus, Casefolding("cf"), tests=["INV/casing"])
    assert good.cell("INV", "casing").n_cases == 17
    assert good.cell("INV", "casing").n_failed == 0


def test_mft_handles_unrelated_and_minimal_pairs(corpus: Corpus) -> None:
    tests = ["MFT/handle-complaint", "MFT/unrelated", "MFT/minimal-pair"]
    bad = run_checks(corpus, CaseSensitive("cs"), tests=tests)
    for lang in ("en", "fr", "zh-Hans", "ja"):
        # '@orange' (declared) lacks 'Orange'; '@Apple' and '@蒙牛' (derived) contain the name
        assert _counts(bad, "MFT", "handle-complaint", lang=lang) == (9, 3)
        assert _counts(bad, "MFT", "unrelated", lang=lang) == (9, 0)
    variants = Counter(
        (r.entity_id, r.variant) for r in bad.results if r.test == "handle-complaint"
    )
    assert variants == {
        ("orange", "declared"): 12,
        ("apple", "derived"): 12,
        ("蒙牛", "derived"): 12,
    }
    assert _counts(bad, "MFT", "minimal-pair") == (1, 0)  # 'orange' the colour: not relevant

    good = run_checks(corpus, Casefolding("cf"), tests=tests)
    assert _counts(good, "MFT", "handle-complaint") == (36, 0)
    assert _counts(good, "MFT", "minimal-pair") == (1, 1)  # casefolding finds the colour


def test_dir_relevance_directions(corpus: Corpus) -> None:
    generic = run_checks(corpus, LikesGenericNouns("g"), tests=["DIR/brand-to-generic"])
    assert _counts(generic, "DIR", "brand-to-generic") == (8, 8)  # every labelled pair names it
    case = next(r for r in generic.results if r.post_id == "e3")
    assert case.text == "Love my new the tech company, the camera is great"
    assert case.variant == "tech" and case.observed == "1.000 (Δ +1.000)"
    zh = next(r for r in generic.results if r.post_id == "z1" and r.entity_id == "蒙牛")
    assert zh.text == "我的苹果手机真好用，这个食品牌子牛奶也很好喝"
    assert _counts(
        run_checks(corpus, Casefolding("cf"), tests=["brand-to-generic"]), "DIR", "*"
    ) == (8, 0)

    handles = run_checks(corpus, HatesHandles("h"), tests=["DIR/add-handle"])
    assert _counts(handles, "DIR", "add-handle") == (6, 6)  # e7 already has '@orange'
    e1 = next(r for r in handles.results if r.post_id == "e1")
    assert e1.text.startswith("@orange My Orange fibre")
    assert _counts(run_checks(corpus, Casefolding("cf"), tests=["add-handle"]), "DIR", "*") == (
        6,
        0,
    )


def test_sentiment_tests_skip_without_output_and_judge_with_it(corpus: Corpus) -> None:
    plain = run_checks(corpus, Casefolding("cf"), tests=["DIR/negation", "negative-clause"])
    assert plain.results == ()
    assert {(s.test, s.lang, s.reason) for s in plain.skipped} == {
        ("negation", "*", "model 'cf' has no 'sentiment' output"),
        ("negative-clause", "*", "model 'cf' has no 'sentiment' output"),
    }
    aware = run_checks(corpus, NegationAware("n"), tests=["DIR/negation", "negative-clause"])
    assert _counts(aware, "DIR", "negation") == (24, 0)  # 4 languages x 3 entities x 2 pairs
    assert _counts(aware, "DIR", "negative-clause") == (4, 0)  # the positive pairs
    fr_orange = {
        r.original_text: r.text
        for r in aware.results
        if (r.test, r.lang, r.entity_id) == ("negation", "fr", "orange")
    }
    assert fr_orange == {
        "J'aime vraiment Orange, c'est génial.": "Je n'aime vraiment pas Orange, c'est pas génial.",
        "Orange, c'est un bon rapport qualité-prix.": (
            "Orange, ce n'est pas un bon rapport qualité-prix."
        ),
    }
    flat = run_checks(corpus, FlatSentiment("f"), tests=["DIR/negation", "negative-clause"])
    assert flat.cell("DIR").n_failed == flat.cell("DIR").n_cases == 28  # must actually fall
    assert flat.results[0].expected == "sentiment below 0.500 (tolerance 0.02)"


def test_cap_languages_seed_and_bad_settings(corpus: Corpus) -> None:
    capped = run_checks(corpus, Casefolding("cf"), max_per_test=1)
    per_cell = Counter((r.test_type, r.test, r.lang) for r in capped.results)
    assert per_cell and max(per_cell.values()) == 1
    zh = run_checks(corpus, Casefolding("cf"), languages=["zh"])
    assert zh.languages == ("zh-Hans",) and {r.lang for r in zh.results} == {"zh-Hans"}
    again = run_checks(corpus, Casefolding("cf"), languages=["zh"])
    assert again.results == zh.results  # seeded
    with pytest.raises(ConfigError, match=r"no posts in language 'xx'.*en, "):
        run_checks(corpus, Casefolding("cf"), languages=["xx"])
    with pytest.raises(ConfigError, match="unknown behavioural test 'INV/nope'"):
        run_checks(corpus, Casefolding("cf"), tests=["INV/nope"])
    with pytest.raises(ConfigError, match="max_per_test must be at least 1"):
        run_checks(corpus, Casefolding("cf"), max_per_test=0)
    with pytest.raises(ConfigError, match="tolerance must be >= 0"):
        run_checks(corpus, Casefolding("cf"), tolerance=-0.1)


def test_rows_and_metrics_are_hand_countable_and_mlflow_valid(corpus: Corpus) -> None:
    from mlflow.utils.validation import _validate_metric_name

    report = run_checks(corpus, CaseSensitive("cs"), tests=["INV/casing", "MFT/handle-complaint"])
    metrics = report.flat_metrics()
    assert metrics["check/INV/casing/lang/en/failure_rate"] == pytest.approx(4 / 11)
    assert metrics["check/INV/casing/lang/en/n_cases"] == 11
    assert metrics["check/INV/failure_rate"] == pytest.approx(6 / 17)
    assert metrics["check/MFT/handle-complaint/entity/orange/failure_rate"] == 1.0
    mengniu = key_segment("蒙牛")
    assert metrics[f"check/MFT/handle-complaint/entity/{mengniu}/failure_rate"] == 0.0
    assert metrics["check/failure_rate"] == pytest.approx((6 + 12) / (17 + 36))
    for key in metrics:
        _validate_metric_name(key)
    rows = report.to_rows()
    assert rows[0]["test_type"] == "MFT" and rows[-1]["test_type"] == "INV"
    en_orange = [
        r for r in rows if (r["test"], r["lang"], r["entity"]) == ("casing", "en", "orange")
    ]
    assert en_orange == [
        {
            "test_type": "INV",
            "test": "casing",
            "lang": "en",
            "entity": "orange",
            "n_cases": 8,
            "n_failed": 4,
            "failure_rate": 0.5,
        }
    ]
    summary = report.summary()
    assert summary["n_cases"] == 53 and summary["per_type"]["INV"]["n_failed"] == 6


def test_spec_string_models_get_the_corpus_queries(tiny_corpus: Path) -> None:
    report = run_checks(str(tiny_corpus), "keyword", tests=["MFT/minimal-pair"])
    assert report.model.family == "keyword"
    # the tiny corpus's minimal pair: 'Office off Windows' relevant, 'clean the windows' not
    assert _counts(report, "MFT", "minimal-pair") == (2, 0)
