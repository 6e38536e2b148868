"""The corpus digest: defined over the three data files' sha256, stable, content-sensitive."""

from __future__ import annotations

import hashlib

import pytest

from listenbench.corpora import corpus_digest, file_sha256, load_corpus


def test_digest_of_known_checksums() -> None:
    shas = {"posts": "a" * 64, "entities": "b" * 64, "labels": "c" * 64, "queries": "d" * 64}
    # printf 'posts\t%s\nentities\t%s\nlabels\t%s\n' aaa… bbb… ccc… | sha256sum
    expected = "sha256:218c1af6f350187f437271cf0e9e00562973bb244d510ec600eaa0faa23b7925"
    assert corpus_digest(shas) == expected  # the queries sha is not part of it
    with pytest.raises(KeyError, match="labels"):
        corpus_digest({"posts": "a" * 64, "entities": "b" * 64})


def test_loaded_digest_matches_the_definition(builder) -> None:
    folder = builder.build()
    sums = [
        hashlib.sha256((folder / name).read_bytes()).hexdigest()
        for name in ("posts.jsonl", "entities.jsonl", "labels.jsonl")
    ]
    lines = f"posts\t{sums[0]}\nentities\t{sums[1]}\nlabels\t{sums[2]}\n"
    expected = "sha256:" + hashlib.sha256(lines.encode()).hexdigest()
    assert load_corpus(folder).digest == expected
    assert file_sha256(folder / "posts.jsonl") == sums[0]


def test_digest_is_stable_and_follows_content(builder) -> None:
    first = load_corpus(builder.build("a")).digest
    assert load_corpus(builder.build("b")).digest == first  # same content, other folder
    builder.top["description"] = '"changed"'
    assert load_corpus(builder.build("c")).digest == first  # manifest metadata: no change
    builder.labels[1]["relevant"] = True
    builder.labels[1]["level"] = "about"
    relabelled = load_corpus(builder.build("d")).digest
    assert relabelled != first
    builder.entities[0]["aliases"] = ["iPhone", "Mac"]
    assert load_corpus(builder.build("e")).digest not in (first, relabelled)
