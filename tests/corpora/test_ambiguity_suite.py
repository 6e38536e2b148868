"""The ambiguity suite: its builder, its label quality, its size, splits and baselines.

The suite is built from ``corpora/ambiguity/build/group_*.py`` into a temporary
folder (about a second); the tests check the build against the committed
``corpora/ambiguity/`` files, the requirements of ``notes/suite.md`` (issue 4),
and the label-quality checks of ``listenbench.corpora.find_suspicious``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from listenbench.corpora import (
    Corpus,
    Entity,
    Label,
    Manifest,
    Post,
    Suspicion,
    find_suspicious,
    load_corpus,
)
from listenbench.harness import run

REPO = Path(__file__).resolve().parents[2]
SUITE = REPO / "corpora" / "ambiguity"
BUILD_DIR = SUITE / "build"
LANGUAGES = ("en", "fr", "de", "es", "pl", "pt", "it", "zh-Hans", "zh-Hant", "ja")
FILES = ("posts.jsonl", "entities.jsonl", "labels.jsonl", "queries.txt", "corpus.toml")


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "_ambiguity_build_under_test", BUILD_DIR / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


builder = _load_build()


def _quiet(_message: str) -> None:
    pass


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return builder.build(tmp_path_factory.mktemp("ambiguity"), say=_quiet)


@pytest.fixture(scope="module")
def corpus(built: Any) -> Corpus:
    return load_corpus(built.out_dir)


# --------------------------------------------------------------------------- the built suite


def test_build_is_deterministic(built: Any, tmp_path: Path) -> None:
    again = builder.build(tmp_path / "again", say=_quiet)
    for name in FILES:
        assert (again.out_dir / name).read_bytes() == (built.out_dir / name).read_bytes(), name


def test_committed_corpus_matches_a_fresh_build(built: Any) -> None:
    stale = [
        name
        for name in FILES
        if not (SUITE / name).is_file()
        or (SUITE / name).read_bytes() != (built.out_dir / name).read_bytes()
    ]
    assert stale == [], (
        f"corpora/ambiguity is out of date ({', '.join(stale)}): "
        "run `python corpora/ambiguity/build/build.py`"
    )


def test_every_group_module_was_used(built: Any) -> None:
    assert built.skipped == ()
    assert list(built.groups) == [path.name for path in sorted(BUILD_DIR.glob("group_*.py"))]


def test_built_suite_has_no_suspicious_items(corpus: Corpus) -> None:
    suspicions = [str(s) for s in find_suspicious(corpus, min_pairs=30)]
    assert suspicions == [], "\n".join(suspicions[:20])


def test_suite_size_and_coverage(built: Any, corpus: Corpus) -> None:
    if len(built.groups) < 2:
        pytest.skip("the whole-suite requirements need both group modules")
    lang_of = {post.id: post.lang for post in corpus.posts}
    pairs = Counter(lang_of[label.post_id] for label in corpus.labels)
    assert len(corpus.labels) >= 4000
    assert len(corpus.entities) >= 40
    assert {lang: n for lang, n in pairs.items() if lang in LANGUAGES and n < 200} == {}
    assert set(LANGUAGES) <= set(pairs)
    share = sum(label.relevant for label in corpus.labels) / len(corpus.labels)
    assert 0.40 <= share <= 0.55, share


def test_every_entity_has_30_pairs_and_both_classes(corpus: Corpus) -> None:
    classes: dict[str, set[bool]] = defaultdict(set)
    n: Counter[str] = Counter()
    for label in corpus.labels:
        classes[label.entity_id].add(label.relevant)
        n[label.entity_id] += 1
    assert [e.id for e in corpus.entities if n[e.id] < 30] == []
    assert [e.id for e in corpus.entities if classes[e.id] != {True, False}] == []


def test_group_a_share(built: Any, corpus: Corpus) -> None:
    mine = {e for e, group in built.group_of_entity.items() if group == "group_a.py"}
    assert len(mine) >= 21
    lang_of = {post.id: post.lang for post in corpus.posts}
    labels = [label for label in corpus.labels if label.entity_id in mine]
    assert len(labels) >= 2000
    per_lang = Counter(lang_of[label.post_id] for label in labels)
    assert {lang: per_lang[lang] for lang in LANGUAGES if per_lang[lang] < 110} == {}
    share = sum(label.relevant for label in labels) / len(labels)
    assert 0.45 <= share <= 0.55, share
    # Every group-A entity is in all ten languages, with at least 60 pairs.
    for entity_id in mine:
        own = [label for label in labels if label.entity_id == entity_id]
        assert len(own) >= 60, entity_id
        assert {lang_of[label.post_id] for label in own} >= set(LANGUAGES), entity_id


def test_splits_are_by_family_and_balanced(built: Any, corpus: Corpus) -> None:
    split_of = {post.id: post.split for post in corpus.posts}
    family_splits: dict[str, set[str | None]] = defaultdict(set)
    for post_id, family in built.family_of_post.items():
        family_splits[family].add(split_of[post_id])
    assert {f: s for f, s in family_splits.items() if len(s) != 1} == {}
    pairs = Counter(split_of[label.post_id] for label in corpus.labels)
    total = sum(pairs.values())
    for split, target in (("train", 0.5), ("dev", 0.2), ("test", 0.3)):
        assert abs(pairs[split] / total - target) < 0.07, (split, pairs[split] / total)
    test_classes: dict[str, set[bool]] = defaultdict(set)
    for label in corpus.labels:
        if split_of[label.post_id] == "test":
            test_classes[label.entity_id].add(label.relevant)
    assert [e.id for e in corpus.entities if test_classes[e.id] != {True, False}] == []


def test_levels_sentiment_and_tags_are_covered(corpus: Corpus) -> None:
    levels = Counter(label.level for label in corpus.labels)
    assert all(levels[level] >= 25 for level in ("direct", "about", "competitor", "category"))
    assert levels["none"] >= 500
    tags = Counter(tag for label in corpus.labels for tag in label.tags)
    for tag in ("ambiguous-name", "minimal-pair", "context-dependent", "negation",
                "code-switching", "hashtag", "mention", "emoji", "url", "elongation", "typo",
                "cjk", "traditional", "simplified", "multi-brand", "sarcasm",
                "safe-in-language", "ambiguous-in-language"):  # fmt: skip
        assert tags[tag] >= 5, tag
    by_post: dict[str, list[Label]] = defaultdict(list)
    for label in corpus.labels:
        by_post[label.post_id].append(label)
    opposite = [
        post_id
        for post_id, labs in by_post.items()
        if {"positive", "negative"} <= {lab.sentiment for lab in labs if lab.relevant}
    ]
    assert len(opposite) >= 10


def test_trivial_alias_baseline_is_clearly_below_one(built: Any) -> None:
    result = run(
        str(built.out_dir), models=["alias", "keyword"], log_mlflow=False, n_boot=0, split="all"
    )
    alias, keyword = result.results
    ambiguous = alias.report.get("tag", "ambiguous-name")
    assert ambiguous.n_pairs >= 1000
    assert ambiguous.f1.value < 0.9
    assert alias.report.get("tag", "minimal-pair").f1.value < 0.9
    assert alias.report.overall.f1.value < 0.9
    # Neither baseline solves the suite; the keyword queries are good, not perfect.
    assert keyword.report.overall.f1.value < 0.95
    assert keyword.report.get("tag", "ambiguous-name").recall.value < 0.95


# --------------------------------------------------------------------------- the builder's checks


GOOD_GROUP = """
ENTITIES = [{"id": "apple", "name": "Apple", "aliases": ["iPhone"], "competitors": [],
             "category": "tech", "description": "the company"}]
QUERIES = {"apple": "iphone"}
def items():
    return [
        {"family": "f1", "lang": "en", "text": "my iPhone died #fail", "channel": "twitter",
         "labels": [{"entity_id": "apple", "relevant": True, "level": "about",
                     "sentiment": "negative", "tags": []}]},
        {"family": "f2", "lang": "en", "text": "apple pie", "channel": "twitter",
         "labels": [{"entity_id": "apple", "relevant": False, "level": "none"}]},
    ]
"""


def _write_group(folder: Path, source: str, name: str = "group_x.py") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(source, encoding="utf-8")
    return folder


def test_builder_adds_mechanical_tags_and_ids(tmp_path: Path) -> None:
    src = _write_group(tmp_path / "src", GOOD_GROUP)
    result = builder.build(tmp_path / "out", build_dir=src, say=_quiet)
    assert sorted(post.id for post in result.posts) == ["amb-000001", "amb-000002"]
    by_text = {post.text: post for post in result.posts}
    labels = {label.post_id: label for label in result.labels}
    assert labels[by_text["my iPhone died #fail"].id].tags == ("hashtag",)
    assert labels[by_text["apple pie"].id].tags == ()
    assert {post.split for post in result.posts} == {"test"}  # first family of each stratum
    assert (
        (tmp_path / "out" / "queries.txt").read_text(encoding="utf-8").endswith("apple: iphone\n")
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ('"level": "about"', "relevant=True needs level direct or about"),
        ('"sentiment": "negative"', "a relevant label needs 'sentiment'"),
        ('"tags": []', "unknown tags ['sarcastic']"),
        ('"lang": "en", "text": "my', "'lang' must be a BCP-47 tag"),
    ],
)
def test_builder_errors_name_group_family_and_text(
    tmp_path: Path, change: str, expected: str
) -> None:
    broken = {
        '"level": "about"': GOOD_GROUP.replace('"level": "about"', '"level": "none"'),
        '"sentiment": "negative"': GOOD_GROUP.replace('"sentiment": "negative", ', ""),
        '"tags": []': GOOD_GROUP.replace('"tags": []', '"tags": ["sarcastic"]'),
        '"lang": "en", "text": "my': GOOD_GROUP.replace(
            '"lang": "en", "text": "my', '"lang": "english", "text": "my'
        ),
    }[change]
    src = _write_group(tmp_path / "src", broken)
    with pytest.raises(builder.BuildError) as info:
        builder.build(tmp_path / "out", build_dir=src, say=_quiet)
    message = str(info.value)
    assert message.startswith("group_x.py: item 1 (family 'f1', text 'my iPhone died #fail')")
    assert expected in message


def test_builder_refuses_a_text_in_two_families(tmp_path: Path) -> None:
    src = _write_group(
        tmp_path / "src",
        GOOD_GROUP.replace('"text": "apple pie"', '"text": "my iPhone died #fail"'),
    )
    with pytest.raises(builder.BuildError, match=r"also occurs in group_x\.py family 'f1'"):
        builder.build(tmp_path / "out", build_dir=src, say=_quiet)


def test_builder_skips_an_unfinished_group(tmp_path: Path) -> None:
    src = _write_group(tmp_path / "src", GOOD_GROUP)
    _write_group(src, "ENTITIES = []\n", name="group_y.py")
    messages: list[str] = []
    result = builder.build(tmp_path / "out", build_dir=src, say=messages.append)
    assert result.groups == ("group_x.py",)
    assert result.skipped == ("group_y.py: skipped (AttributeError: group_y.py has no QUERIES)",)
    assert messages == ["warning: " + result.skipped[0]]


def test_builder_requires_both_classes_in_test(tmp_path: Path) -> None:
    # Two relevant families: the second lands in train, the irrelevant one is missing.
    one_class = GOOD_GROUP.replace(
        '"relevant": False, "level": "none"}',
        '"relevant": True, "level": "about", "sentiment": "neutral"}',
    ).replace('"text": "apple pie"', '"text": "iPhone pie"')
    src = _write_group(tmp_path / "src", one_class)
    with pytest.raises(
        builder.BuildError, match=r"apple \(group_x\.py: only relevant test pairs\)"
    ):
        builder.build(tmp_path / "out", build_dir=src, say=_quiet)


# --------------------------------------------------------------------------- find_suspicious


def _corpus(posts: list[Post], labels: list[Label], entities: list[Entity]) -> Corpus:
    manifest = Manifest("t", "1", "CC0-1.0", "tests", ("en",), "")
    return Corpus(
        Path("t"), manifest, tuple(posts), tuple(entities), tuple(labels), "sha256:0", None
    )


APPLE = Entity("apple", "Apple", aliases=("iPhone", "@AppleSupport"))


def test_find_suspicious_flags_each_kind() -> None:
    posts = [
        Post("p1", "Apple pie!", "en", split="train"),
        Post("p2", "apple  PIE!", "en", split="train"),
        Post("p3", "love my new phone", "en", split="train"),
        Post("p4", "Apple pie 2", "en", split="test"),
    ]
    labels = [
        Label("p1", "apple", False, "none"),
        Label("p2", "apple", True, "about", "positive"),
        Label("p3", "apple", True, "about", "positive"),
        Label("p4", "apple", False, "none"),
    ]
    found = find_suspicious(_corpus(posts, labels, [APPLE]), min_pairs=5)
    assert [(s.kind, s.post_ids, s.entity_id) for s in found] == [
        ("conflicting-labels", ("p1", "p2"), "apple"),
        ("relevant-without-alias", ("p3",), "apple"),
        ("near-duplicate-across-splits", ("p1", "p2", "p4"), None),
        ("entity-coverage", (), "apple"),
    ]
    assert str(found[3]) == "entity-coverage: entity 'apple': 4 labelled pairs (fewer than 5)"
    assert "p1: not relevant/none, p2: relevant/about/positive" in found[0].message


def test_find_suspicious_accepts_aliases_in_any_form() -> None:
    posts = [
        Post("p1", "@applesupport help, my IPHONE is dead", "en", split="train"),
        Post("p2", "Ｉｐｈｏｎｅ screen cracked", "en", split="train"),
        Post("p3", "apple crumble", "en", split="test"),
    ]
    labels = [
        Label("p1", "apple", True, "direct", "negative"),
        Label("p2", "apple", True, "about", "negative"),
        Label("p3", "apple", False, "none"),
    ]
    assert find_suspicious(_corpus(posts, labels, [APPLE]), min_pairs=3) == []


def test_find_suspicious_one_class_entity() -> None:
    posts = [Post(f"p{i}", f"apple number {'x' * i}", "en") for i in range(3)]
    labels = [Label(post.id, "apple", False, "none") for post in posts]
    found = find_suspicious(_corpus(posts, labels, [APPLE]), min_pairs=0)
    assert found == [
        Suspicion(
            "entity-coverage", "entity 'apple': one class only (no pairs relevant)", (), "apple"
        )
    ]
