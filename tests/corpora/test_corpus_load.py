"""load_corpus, write_corpus, rehash_manifest, subsets and name resolution."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pytest

from listenbench.corpora import (
    CorpusError,
    Entity,
    Label,
    Post,
    builtin_corpora,
    load_corpus,
    rehash_manifest,
    resolve_corpus,
    validate_corpus,
    write_corpus,
)

POSTS = (
    Post("p1", "Loving the new iPhone camera", "en", channel="twitter", split="train"),
    Post("p2", "Recette de tarte aux pommes « Apple »", "fr", split="test"),
    Post(
        "p3",
        "新款 Galaxy 手机",
        "zh-Hans",
        channel="forum",
        created_at="2024-03-01T09:30:00Z",
        author="小明",
        split="test",
    ),
    Post("p4", "No split here", "en"),
)
ENTITIES = (
    Entity(
        "apple",
        "Apple",
        aliases=("iPhone", "苹果"),
        description="Apple Inc.",
        competitors=("samsung",),
        category="consumer electronics",
    ),
    Entity("samsung", "Samsung"),
)
LABELS = (
    Label("p1", "apple", True, level="direct", sentiment="positive", tags=("product:iphone",)),
    Label("p2", "apple", False, level="none"),
    Label("p3", "samsung", True, level="direct"),
    Label("p3", "apple", False),
)


def write(folder: Path, **changes: object) -> Path:
    fields: dict[str, object] = dict(
        name="roundtrip",
        version="2.1.0",
        licence="CC0-1.0",
        source="tests",
        description='A "quoted" description with ünïcödé',
        posts=POSTS,
        entities=ENTITIES,
        labels=LABELS,
        queries_text="apple: apple OR iphone\nsamsung: samsung OR galaxy",
        extra={"homepage": "https://example.org"},
    )
    fields.update(changes)
    return write_corpus(folder, **fields)  # type: ignore[arg-type]


def test_write_then_load_round_trips(tmp_path: Path) -> None:
    folder = write(tmp_path / "c")
    corpus = load_corpus(folder)
    assert corpus.posts == POSTS
    assert corpus.entities == ENTITIES
    assert corpus.labels == LABELS
    assert (corpus.name, corpus.version, corpus.split) == ("roundtrip", "2.1.0", None)
    manifest = corpus.manifest
    assert manifest.languages == ("en", "fr", "zh-Hans")  # from the posts, first use first
    assert manifest.description == 'A "quoted" description with ünïcödé'
    assert manifest.extra == {"homepage": "https://example.org"}
    assert manifest.queries == "queries.txt"
    assert [(f.path, f.kind) for f in manifest.files] == [
        ("posts.jsonl", "posts"),
        ("entities.jsonl", "entities"),
        ("labels.jsonl", "labels"),
        ("queries.txt", "queries"),
    ]
    assert corpus.path == folder.resolve()
    assert corpus.queries_path == folder.resolve() / "queries.txt"
    assert (
        folder / "queries.txt"
    ).read_text() == "apple: apple OR iphone\nsamsung: samsung OR galaxy\n"
    assert validate_corpus(folder) == []


def test_written_jsonl_is_utf8_and_omits_absent_fields(tmp_path: Path) -> None:
    folder = write(tmp_path / "c")
    posts = (folder / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    assert (
        posts[1] == '{"id": "p2", "text": "Recette de tarte aux pommes « Apple »", "lang": "fr", '
        '"split": "test"}'
    )
    assert posts[3] == '{"id": "p4", "text": "No split here", "lang": "en"}'
    labels = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert labels[3] == '{"post_id": "p3", "entity_id": "apple", "relevant": false}'
    entities = (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    assert entities[1] == '{"id": "samsung", "name": "Samsung"}'
    manifest = tomllib.loads((folder / "corpus.toml").read_text(encoding="utf-8"))
    assert (
        manifest["files"][0]["sha256"]
        == hashlib.sha256((folder / "posts.jsonl").read_bytes()).hexdigest()
    )


def test_write_corpus_refuses_an_invalid_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"^labels.jsonl:1: post_id 'p9' is not a post"):
        write(tmp_path / "c", labels=[Label("p9", "apple", True)])


def test_subset_keeps_entities_and_digest(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path / "c"))
    test = corpus.subset("test")
    assert [post.id for post in test.posts] == ["p2", "p3"]
    assert [(label.post_id, label.entity_id) for label in test.labels] == [
        ("p2", "apple"),
        ("p3", "samsung"),
        ("p3", "apple"),
    ]
    assert test.entities == corpus.entities
    assert (test.digest, test.split, test.name) == (corpus.digest, "test", "roundtrip")
    assert test.post_index() == {"p2": 0, "p3": 1}
    assert corpus.entity_index() == {"apple": 0, "samsung": 1}


def test_subset_errors(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path / "c"))
    with pytest.raises(CorpusError, match=r"unknown split 'val': expected one of 'train', "):
        corpus.subset("val")
    with pytest.raises(
        CorpusError,
        match=r"no posts in split 'dev' \(the posts' splits: "
        r"\(none\), test, train\)",
    ):
        corpus.subset("dev")


def test_rehash_keeps_comments_and_fixes_checksums(tmp_path: Path) -> None:
    folder = write(tmp_path / "c")
    manifest_path = folder / "corpus.toml"
    text = manifest_path.read_text(encoding="utf-8")
    text = "# hand-edited corpus\n" + text.replace(
        'path = "labels.jsonl"', 'path = "labels.jsonl"  # gold'
    )
    manifest_path.write_text(text, encoding="utf-8")
    old_sha = hashlib.sha256((folder / "posts.jsonl").read_bytes()).hexdigest()
    with (folder / "posts.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "p5", "text": "one more", "lang": "en"}\n')
    with pytest.raises(CorpusError, match=r"sha256 of 'posts.jsonl' does not match"):
        load_corpus(folder)
    manifest = rehash_manifest(folder)
    new_sha = hashlib.sha256((folder / "posts.jsonl").read_bytes()).hexdigest()
    assert manifest.files[0].sha256 == new_sha
    # only the changed checksum differs: comments and layout are kept
    assert manifest_path.read_text(encoding="utf-8") == text.replace(old_sha, new_sha)
    assert len(load_corpus(folder).posts) == 5


def test_rehash_fills_in_a_missing_sha256_and_reports_missing_files(tmp_path: Path) -> None:
    folder = write(tmp_path / "c")
    manifest_path = folder / "corpus.toml"
    lines = manifest_path.read_text().splitlines(keepends=True)
    lines = [line for line in lines if not line.startswith("sha256 =")]
    manifest_path.write_text("".join(lines))
    assert validate_corpus(folder) != []
    rehash_manifest(folder / "corpus.toml")
    assert validate_corpus(folder) == []
    (folder / "queries.txt").unlink()
    with pytest.raises(
        CorpusError, match=r"^corpus.toml: listed file 'queries.txt' does not exist$"
    ):
        rehash_manifest(folder)


def test_digest_ignores_manifest_metadata_and_queries(tmp_path: Path) -> None:
    first = load_corpus(write(tmp_path / "a"))
    second = load_corpus(
        write(tmp_path / "b", name="other", version="9", description="", queries_text=None)
    )
    assert first.digest == second.digest
    changed = load_corpus(write(tmp_path / "c", labels=LABELS[:3]))
    assert changed.digest != first.digest


def test_resolve_corpus(tmp_path: Path) -> None:
    folder = write(tmp_path / "c")
    assert resolve_corpus(folder) == folder
    assert resolve_corpus(str(folder / "corpus.toml")) == folder
    names = ", ".join(builtin_corpora()) or "none"
    with pytest.raises(CorpusError) as caught:
        load_corpus("no-such-corpus")
    assert str(caught.value) == (
        "no-such-corpus: no corpus folder or built-in corpus of that name "
        f"(built-in corpora: {names})"
    )
    with pytest.raises(CorpusError, match="not a corpus folder"):
        resolve_corpus(folder / "posts.jsonl")
