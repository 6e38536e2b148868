"""Every corpus shipped inside the package validates without errors."""

from __future__ import annotations

import pytest

from listenbench.corpora import builtin_corpora, load_corpus, resolve_corpus, validate_corpus

BUILTINS = sorted(builtin_corpora())


@pytest.mark.parametrize(
    "name",
    BUILTINS or [pytest.param("", marks=pytest.mark.skip(reason="no built-in corpus yet"))],
)
def test_builtin_corpus_validates(name: str) -> None:
    path = builtin_corpora()[name]
    assert resolve_corpus(name) == path
    problems = [str(issue) for issue in validate_corpus(path) if issue.severity == "error"]
    assert problems == []
    corpus = load_corpus(name)
    assert corpus.name == name, "a built-in corpus's manifest name must equal its folder name"
    assert corpus.posts and corpus.entities and corpus.labels
