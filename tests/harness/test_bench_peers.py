"""Each peer engine on hand-made posts whose hits are known, and the agreement figures.

Peer packages are optional: a peer whose package is missing is skipped here,
and the "not installed" path is tested by making its import fail.
"""

from __future__ import annotations

import importlib
import sys

import numpy as np
import pytest

from listenbench.baselines.keyword import KIND_HASHTAG, KIND_MENTION
from listenbench.harness.bench import (
    PEER_NAMES,
    BenchTerm,
    EngineUnavailable,
    PostBatch,
    agreement,
    make_peer,
)
from listenbench.harness.bench._ours import OursEngine
from listenbench.harness.bench._peers import PEER_PACKAGES, edges

MODULES = {
    "hyperscan": "hyperscan",
    "re2": "re2",
    "pyahocorasick": "ahocorasick",
    "flashtext": "flashtext",
    "re": "re",
}

TERMS = [
    BenchTerm("nike"),  # 0
    BenchTerm("苹果"),  # 1
    BenchTerm("café"),  # 2
    BenchTerm("zorvex fold"),  # 3
    BenchTerm("zorvexfold", KIND_HASHTAG),  # 4
    BenchTerm("zorvex_support", KIND_MENTION),  # 5
    BenchTerm("straße"),  # 6
]

POSTS = [
    ("喜欢Nike鞋", {0}),  # 0: CJK around a Latin word is a boundary
    ("nikes", set()),  # 1: no partial words
    ("我买了苹果手机", {1}),  # 2: CJK matches as a substring
    ("CAFÉ au lait", {2}),  # 3: non-ASCII case
    ("the Zorvex Fold!", {3}),  # 4: phrase
    ("#ZorvexFold rocks", {4}),  # 5: hashtag
    ("mail a#zorvexfold", set()),  # 6: '#' after a letter is no hashtag
    ("hi @zorvex_support", {5}),  # 7: mention
    ("STRASSE", {6}),  # 8: full casefolding (ß = ss)
    ("Straße", {6}),  # 9
    ("nike’s", {0}),  # 10: typographic apostrophe is a boundary
    ("(nike)", {0}),  # 11
    ("ニケnike", {0}),  # 12: kana before a Latin word
    ("NIKE", {0}),  # 13
    ("nikeé", set()),  # 14: é is a word character
]

EXPECTED = {(p, t) for p, (_, terms) in enumerate(POSTS) for t in terms}

#: What each peer gets wrong on POSTS, by design: (missed pairs, extra pairs).
DEVIATIONS: dict[str, tuple[set[tuple[int, int]], set[tuple[int, int]]]] = {
    "hyperscan": ({(8, 6)}, set()),  # no full casefolding
    "re2": ({(8, 6)}, set()),
    "pyahocorasick": (set(), set()),  # works on casefolded text
    "flashtext": ({(8, 6)}, {(14, 0)}),  # non-ASCII letters are boundaries to it
    "re": ({(8, 6)}, set()),  # simple case folding only
}


def _batch() -> PostBatch:
    texts = [text for text, _ in POSTS]
    return PostBatch.from_texts(texts, ["en"] * len(texts), [None] * len(texts))


def _installed(name: str) -> bool:
    if name == "re":
        return True
    try:
        importlib.import_module(MODULES[name])
    except ImportError:
        return False
    return True


def _peer_or_skip(name: str):  # type: ignore[no-untyped-def]
    if not _installed(name):
        pytest.skip(f"{name} is not installed (pip install {PEER_PACKAGES[name]})")
    peer = make_peer(name, TERMS)
    peer.build()
    return peer


def _as_set(pairs: np.ndarray) -> set[tuple[int, int]]:
    return {(int(p), int(t)) for p, t in pairs}


def test_every_peer_has_a_deviation_entry_and_a_package() -> None:
    assert set(DEVIATIONS) == set(PEER_NAMES) == set(PEER_PACKAGES)


def test_listenbench_finds_exactly_the_expected_hits() -> None:
    ours = OursEngine("listenbench-terms", "terms", [t.node() for t in TERMS])
    ours.build()
    batch = _batch()
    found = ours.pairs(ours.scan(batch, 0, len(batch), 1), batch, 0, len(batch))
    assert _as_set(found) == EXPECTED
    shifted = ours.pairs(ours.scan(batch, 9, 15, 1), batch, 9, 15)
    assert _as_set(shifted) == {(p - 9, t) for p, t in EXPECTED if p >= 9}


def test_listenbench_str_entry_point_gives_the_same_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    import listenbench.harness.bench._ours as ours_module

    monkeypatch.setattr(ours_module, "sparse_entry_point", lambda: False)
    ours = OursEngine("listenbench-terms", "terms", [t.node() for t in TERMS])
    assert not ours.sparse and ours.method == "Numba kernel via match (str)"
    ours.build()
    batch = _batch()
    found = ours.scan(batch, 0, len(batch), 1)
    assert found.shape == (len(POSTS), len(TERMS))  # the dense bool result of match()
    assert _as_set(ours.pairs(found, batch, 0, len(batch))) == EXPECTED
    shifted = ours.pairs(ours.scan(batch, 9, 15, 1), batch, 9, 15)
    assert _as_set(shifted) == {(p - 9, t) for p, t in EXPECTED if p >= 9}


def test_boundary_rules_of_terms() -> None:
    assert [edges(t) for t in TERMS] == [(1, 1), (0, 0), (1, 1), (1, 1), (2, 1), (2, 1), (1, 1)]


@pytest.mark.parametrize("name", PEER_NAMES)
def test_peer_hits_and_its_agreement_with_listenbench(name: str) -> None:
    peer = _peer_or_skip(name)
    batch = _batch()
    found = peer.pairs(peer.scan(batch, 0, len(batch), 1), batch, 0, len(batch))
    missed, extra = DEVIATIONS[name]
    assert _as_set(found) == (EXPECTED - missed) | extra

    a = agreement(np.array(sorted(EXPECTED)), found, sample_posts=len(POSTS))
    assert (a.both, a.only_ours, a.only_peer) == (
        len(EXPECTED) - len(missed),
        len(missed),
        len(extra),
    )
    assert a.posts_differing == len({p for p, _ in missed | extra})
    union = len(EXPECTED) + len(extra)
    assert a.rate == pytest.approx((len(EXPECTED) - len(missed)) / union)
    assert a.post_rate == pytest.approx(1 - a.posts_differing / len(POSTS))


@pytest.mark.parametrize("name", PEER_NAMES)
def test_peer_scans_of_slices_give_slice_relative_posts(name: str) -> None:
    peer = _peer_or_skip(name)
    batch = _batch()
    whole = _as_set(peer.pairs(peer.scan(batch, 0, len(batch), 1), batch, 0, len(batch)))
    parts: set[tuple[int, int]] = set()
    for lo, hi in ((0, 4), (4, 9), (9, len(batch))):
        found = peer.pairs(peer.scan(batch, lo, hi, 1), batch, lo, hi)
        assert all(0 <= p < hi - lo for p, _ in _as_set(found))
        parts |= {(p + lo, t) for p, t in _as_set(found)}
    assert parts == whole


def test_re_reports_non_overlapping_matches_only() -> None:
    peer = make_peer("re", [BenchTerm("zorvex"), BenchTerm("zorvex fold")])
    peer.build()
    batch = PostBatch.from_texts(["Zorvex Fold", "zorvex!"], ["en", "en"], [None, None])
    found = peer.pairs(peer.scan(batch, 0, 2, 1), batch, 0, 2)
    assert _as_set(found) == {(0, 1), (1, 0)}  # listenbench would also have (0, 0)


@pytest.mark.parametrize("name", [n for n in PEER_NAMES if n != "re"])
def test_a_missing_peer_package_is_reported_not_raised(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, MODULES[name], None)  # makes `import` fail
    with pytest.raises(
        EngineUnavailable, match=rf"not installed \(pip install {PEER_PACKAGES[name]}\)"
    ):
        make_peer(name, TERMS)


def test_re_refuses_more_terms_than_it_can_handle() -> None:
    terms = [BenchTerm(f"w{i}") for i in range(30_001)]
    with pytest.raises(EngineUnavailable, match="30,001 terms is more than 30,000"):
        make_peer("re", terms)


def test_agreement_counts_by_hand() -> None:
    ours = np.array([[0, 0], [0, 1], [2, 3], [2, 3]])  # duplicate rows count once
    peer = np.array([[0, 1], [1, 0], [2, 3]])
    a = agreement(ours, peer, sample_posts=5)
    assert (a.both, a.only_ours, a.only_peer, a.posts_differing) == (2, 1, 1, 2)
    assert a.rate == pytest.approx(2 / 4)
    assert a.post_rate == pytest.approx(3 / 5)
    empty = agreement(np.zeros((0, 2)), np.zeros((0, 2)), sample_posts=3)
    assert (empty.rate, empty.post_rate) == (1.0, 1.0)


def test_re2_reports_a_set_it_cannot_compile() -> None:
    if not _installed("re2"):
        pytest.skip("google-re2 is not installed")
    peer = make_peer("re2", [BenchTerm(f"zorvex{i}") for i in range(2_000)])
    peer.max_mem = 1 << 16  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError, match=r"re2\.Set could not compile 2,000 patterns"):
        peer.build()
