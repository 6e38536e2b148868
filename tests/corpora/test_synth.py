"""The synthetic firehose: reproducibility, validity, planted labels, distributions, memory."""

from __future__ import annotations

import gc
import itertools
import json
import math
import tomllib
import tracemalloc
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from listenbench.baselines.keyword import KIND_HASHTAG, KIND_MENTION, KeywordModel, tokenize
from listenbench.corpora import Entity, Post, corpus_digest, load_corpus, validate_corpus
from listenbench.corpora._write import jsonl_bytes
from listenbench.corpora.synth import (
    BRANDS,
    CHUNK_SIZE,
    GENERATOR_VERSION,
    LANGUAGE_WEIGHTS,
    SynthBatch,
    SynthError,
    brand_entities,
    encode_utf8,
    iter_batches,
    needle_forms,
    posts_jsonl,
    queries_text,
    synthesize,
)
from listenbench.corpora.synth._vocab import EXTRAS, UNSPACED_LANGUAGES, WORDS

FILES = ("posts.jsonl", "entities.jsonl", "labels.jsonl", "queries.txt", "corpus.toml")


def one_batch(n: int, **kwargs: object) -> SynthBatch:
    [batch] = iter_batches(n, batch_size=n, **kwargs)  # type: ignore[arg-type]
    return batch


@pytest.fixture(scope="module")
def stream() -> SynthBatch:
    """20,000 posts with default settings (1% needles, 1% decoys)."""
    return one_batch(20_000, seed=11)


@pytest.fixture(scope="module")
def dense() -> SynthBatch:
    """6,000 posts with 10% needles and 10% decoys, for label checks."""
    return one_batch(6_000, seed=5, needle_rate=0.1, decoy_rate=0.1)


# --- reproducibility --------------------------------------------------------------------------


def test_same_seed_gives_identical_files_and_another_seed_does_not(tmp_path: Path) -> None:
    a = synthesize(tmp_path / "a", n_posts=3000, seed=3, batch_size=700)
    b = synthesize(tmp_path / "b", n_posts=3000, seed=3, batch_size=100_000)
    c = synthesize(tmp_path / "c", n_posts=3000, seed=4)
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert (a / "posts.jsonl").read_bytes() != (c / "posts.jsonl").read_bytes()
    assert (a / "labels.jsonl").read_bytes() != (c / "labels.jsonl").read_bytes()
    assert (a / "entities.jsonl").read_bytes() == (c / "entities.jsonl").read_bytes()
    assert load_corpus(a).digest == load_corpus(b).digest != load_corpus(c).digest


def test_synthesize_writes_exactly_what_iter_batches_yields(tmp_path: Path) -> None:
    out = synthesize(tmp_path, n_posts=2500, seed=9, needle_rate=0.05, batch_size=1000)
    rows = [json.loads(line) for line in (out / "posts.jsonl").read_text("utf-8").splitlines()]
    batches = list(iter_batches(2500, seed=9, needle_rate=0.05, batch_size=999))
    assert [len(b) for b in batches] == [999, 999, 502]
    assert [r["id"] for r in rows] == [i for b in batches for i in b.ids]
    assert [r["text"] for r in rows] == [t for b in batches for t in b.texts]
    assert [r["lang"] for r in rows] == [x for b in batches for x in b.langs]
    assert [r["channel"] for r in rows] == [x for b in batches for x in b.channels]
    labels = (out / "labels.jsonl").read_bytes()
    assert labels == b"".join(jsonl_bytes(b.labels) for b in batches)


def test_a_shorter_stream_is_a_prefix_of_a_longer_one() -> None:
    short = one_batch(1000, seed=2)
    long = one_batch(CHUNK_SIZE + 100, seed=2)
    assert long.texts[:1000] == short.texts
    assert long.needle_entity[:1000].tolist() == short.needle_entity.tolist()


def test_posts_lines_are_byte_identical_to_write_corpus_records(dense: SynthBatch) -> None:
    assert posts_jsonl(dense) == jsonl_bytes(dense.posts())


# --- validity and manifest --------------------------------------------------------------------


def test_output_validates_without_any_issue_and_records_its_settings(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = synthesize(
        tmp_path / "x",
        n_posts=5000,
        seed=7,
        needle_rate=0.02,
        decoy_rate=0.03,
        batch_size=2000,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(2000, 5000), (4000, 5000), (5000, 5000)]
    assert [str(issue) for issue in validate_corpus(out)] == []
    manifest = tomllib.loads((out / "corpus.toml").read_text("utf-8"))
    assert manifest["name"] == "synth-n5000-s7"
    assert manifest["version"] == GENERATOR_VERSION
    assert manifest["languages"] == list(LANGUAGE_WEIGHTS)
    assert (manifest["seed"], manifest["n_posts"]) == ("7", "5000")
    assert (manifest["needle_rate"], manifest["decoy_rate"]) == ("0.02", "0.03")
    assert manifest["generator_version"] == GENERATOR_VERSION
    assert "relevant=false" in manifest["description"]
    shas = {entry["kind"]: entry["sha256"] for entry in manifest["files"]}
    corpus = load_corpus(out)
    assert corpus.digest == corpus_digest(shas)
    assert len(corpus.posts) == 5000
    assert [e.id for e in corpus.entities] == [b.id for b in BRANDS]


def test_rerunning_into_the_same_folder_replaces_the_corpus(tmp_path: Path) -> None:
    synthesize(tmp_path, n_posts=500, seed=1)
    out = synthesize(tmp_path, n_posts=300, seed=2)
    assert [str(issue) for issue in validate_corpus(out)] == []
    assert len(load_corpus(out).posts) == 300


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_posts": 0}, "n_posts must be at least 1"),
        ({"n_posts": 10, "needle_rate": -0.1}, "needle_rate must be a number between 0 and 1"),
        ({"n_posts": 10, "needle_rate": 0.6, "decoy_rate": 0.5}, "at most 1"),
        ({"n_posts": 10, "languages": ["en", "klingon"]}, "unknown language 'klingon'"),
        ({"n_posts": 10, "languages": []}, "languages is empty"),
        ({"n_posts": 10, "batch_size": 0}, "batch_size must be a positive integer"),
        ({"n_posts": 10, "seed": -1}, "seed must be a non-negative integer"),
    ],
)
def test_bad_arguments_raise_one_line_errors_and_write_nothing(
    tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(SynthError, match=message) as info:
        synthesize(tmp_path / "out", **kwargs)  # type: ignore[arg-type]
    assert "\n" not in str(info.value)
    assert not (tmp_path / "out").exists()


def test_a_file_in_the_way_is_reported(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(SynthError, match="is not a folder"):
        synthesize(tmp_path / "f", n_posts=5)


# --- planted needles and decoys ---------------------------------------------------------------


def within(count: int, n: int, p: float, sds: float = 5.0) -> bool:
    return abs(count - n * p) <= sds * math.sqrt(n * p * (1 - p))


def test_needles_and_decoys_are_planted_at_the_asked_rates(stream: SynthBatch) -> None:
    n = len(stream)
    needles = int((stream.needle_entity >= 0).sum())
    decoys = int((stream.decoy_entity >= 0).sum())
    assert within(needles, n, 0.01) and within(decoys, n, 0.01), (needles, decoys)
    assert not np.any((stream.needle_entity >= 0) & (stream.decoy_entity >= 0))
    dense = one_batch(20_000, seed=12, needle_rate=0.05, decoy_rate=0.03)
    assert within(int((dense.needle_entity >= 0).sum()), 20_000, 0.05)
    assert within(int((dense.decoy_entity >= 0).sum()), 20_000, 0.03)
    per_brand = Counter(dense.needle_entity[dense.needle_entity >= 0].tolist())
    assert sorted(per_brand) == list(range(len(BRANDS)))  # 1000 needles over 20 brands
    none = one_batch(3000, seed=1, needle_rate=0.0, decoy_rate=0.0)
    assert none.marks == () and none.labels == ()


def test_marks_labels_and_entity_arrays_agree(dense: SynthBatch) -> None:
    needles = {m.index: m.entity for m in dense.marks if m.relevant}
    decoys = {m.index: m.entity for m in dense.marks if not m.relevant}
    assert needles == {i: int(e) for i, e in enumerate(dense.needle_entity) if e >= 0}
    assert decoys == {i: int(e) for i, e in enumerate(dense.decoy_entity) if e >= 0}
    assert len(dense.labels) == len(dense.marks)
    ids = dense.ids
    for mark, label in zip(dense.marks, dense.labels, strict=True):
        assert label.post_id == ids[mark.index]
        assert label.entity_id == BRANDS[mark.entity].id
        if mark.relevant:
            assert label.level == ("direct" if mark.tag == "form:handle" else "about")
            assert label.tags == ("needle", mark.tag)
        else:
            assert (label.relevant, label.level, label.tags[0]) == (False, "none", "decoy")
    tags = Counter(m.tag for m in dense.marks)
    for tag in ("form:name", "form:product", "form:hashtag", "form:handle", "form:cjk"):
        assert tags[tag] > 10, tag
    for tag in ("decoy:prefix", "decoy:word", "decoy:lookalike"):
        assert tags[tag] > 10, tag


def folded(text: str) -> list[str]:
    return [token.folded for token in tokenize(text)]


def test_every_planted_surface_is_a_token_sequence_of_its_post(dense: SynthBatch) -> None:
    for mark in dense.marks:
        text = dense.texts[mark.index]
        assert mark.surface in text
        want = folded(mark.surface)
        tokens = tokenize(text)
        got = [t.folded for t in tokens]
        starts = [i for i in range(len(got)) if got[i : i + len(want)] == want]
        assert starts, (mark, text)
        if mark.tag in ("form:hashtag", "form:handle"):
            kind = KIND_HASHTAG if mark.tag == "form:hashtag" else KIND_MENTION
            assert any(tokens[i].kind == kind for i in starts), (mark, text)


def test_brand_queries_find_every_needle_and_nothing_else(dense: SynthBatch) -> None:
    model = KeywordModel.from_text(queries_text())
    entities = list(brand_entities())
    decisions = model.predict(dense.posts(), entities).decisions
    expected = np.zeros_like(decisions)
    needles = np.flatnonzero(dense.needle_entity >= 0)
    expected[needles, dense.needle_entity[needles]] = True
    assert decisions[needles, dense.needle_entity[needles]].all()  # recall 1.0
    decoys = np.flatnonzero(dense.decoy_entity >= 0)
    assert not decisions[decoys].any()  # decoys match no brand
    background = (dense.needle_entity < 0) & (dense.decoy_entity < 0)
    assert not decisions[background].any()
    assert (decisions == expected).all()


def test_word_lists_match_no_query_and_cjk_names_hold_an_unused_character() -> None:
    items = [(w, lang) for lang, words in WORDS.items() for w in (*words, *EXTRAS[lang])]
    posts = [Post(str(i), text, lang) for i, (text, lang) in enumerate(items)]
    entities = [Entity(b.id, b.name) for b in BRANDS]
    decisions = KeywordModel.from_text(queries_text()).predict(posts, entities).decisions
    assert not decisions.any(), [items[i] for i in np.flatnonzero(decisions.any(axis=1))]
    used = set("".join(text for text, _ in items))
    for brand in BRANDS:
        used |= set("".join(brand.word_phrases))
        used |= set((brand.zh_lookalike or "") + (brand.ja_lookalike or ""))
    for brand in BRANDS:
        for name in (brand.zh, brand.ja):
            if name is not None:
                assert set(name) - used, f"{brand.id}: every character of {name} occurs elsewhere"
    # Word brands: the ordinary word occurs in decoys only, never as a needle form.
    for brand in BRANDS:
        if brand.is_word:
            assert brand.name.lower() not in WORDS[str(brand.word_lang)]
            assert all(" " in f.text or f.text[0] in "#@" for f in needle_forms(brand))


def test_word_lists_need_no_json_escaping_and_cjk_words_are_unspaced() -> None:
    for lang, words in WORDS.items():
        for word in (*words, *EXTRAS[lang]):
            assert json.dumps(word, ensure_ascii=False) == f'"{word}"', word
            assert word == word.strip() and word
        if lang in UNSPACED_LANGUAGES:
            for word in words:
                letters = [c for c in word if unicodedata.category(c)[0] in "LMN"]
                assert [t.text for t in tokenize(word)] == letters, word


# --- distributions ----------------------------------------------------------------------------


def test_languages_channels_and_lengths_look_like_a_firehose(stream: SynthBatch) -> None:
    n = len(stream)
    shares = Counter(stream.langs)
    for lang, weight in LANGUAGE_WEIGHTS.items():
        assert abs(shares[lang] / n - weight) < 0.015, (lang, shares[lang] / n)
    assert Counter(stream.channels).most_common(1)[0][0] == "twitter"
    lengths = np.array([len(t) for t in stream.texts])
    langs = np.array(stream.langs)
    cjk = np.isin(langs, sorted(UNSPACED_LANGUAGES))
    latin = lengths[~cjk]
    assert 75 <= np.median(latin) <= 110
    assert np.percentile(latin, 5) >= 30 and np.percentile(latin, 95) <= 260
    assert latin.max() <= 400 and latin.min() >= 15  # targets are clipped, words vary
    assert 35 <= np.median(lengths[cjk]) <= 60 and lengths[cjk].max() <= 280
    assert all(t and t == t.strip() and "  " not in t for t in stream.texts)


def test_scripts_and_social_media_surface_are_present(stream: SynthBatch) -> None:
    def share(lang: str, test: object) -> float:
        texts = [t for t, x in zip(stream.texts, stream.langs, strict=True) if x == lang]
        return sum(bool(test(t)) for t in texts) / len(texts)  # type: ignore[operator]

    def kana(t: str) -> bool:
        return any("\u3040" <= c <= "\u30ff" for c in t)

    assert share("ja", kana) > 0.95 and share("zh-Hans", kana) == 0.0
    assert share("de", lambda t: any(c in t for c in "äöüß")) > 0.3
    assert share("pl", lambda t: any(c in t for c in "ąęłńóśźż")) > 0.3
    joined = "\n".join(stream.texts)
    for marker in ("https://t.co/", "#", "@", "😂", "ｗｗｗ"):
        assert joined.count(marker) > 50, marker
    # Code-switching: English words inside French posts.
    assert share("fr", lambda t: " the " in t or " and " in t) > 0.05


def test_languages_can_be_restricted() -> None:
    batch = one_batch(3000, seed=3, decoy_rate=0.2, languages=["ja", "de"])
    assert set(batch.langs) == {"de", "ja"}


# --- the UTF-8 view ---------------------------------------------------------------------------


def test_utf8_buffer_and_offsets_hold_the_texts(dense: SynthBatch) -> None:
    buf, off = dense.utf8, dense.offsets
    assert buf.dtype == np.uint8 and off.dtype == np.int64 and off.size == len(dense) + 1
    data = buf.tobytes()
    assert [data[a:b].decode() for a, b in itertools.pairwise(off.tolist())] == dense.texts
    buf2, off2 = encode_utf8(["a\nb", "", "ß"])  # the path for texts holding newlines
    assert buf2.tobytes() == "a\nbß".encode() and off2.tolist() == [0, 3, 3, 5]


# --- memory -----------------------------------------------------------------------------------


def peak_bytes(folder: Path, n_posts: int) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        synthesize(folder, n_posts=n_posts, seed=0, batch_size=CHUNK_SIZE)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_posts(tmp_path: Path) -> None:
    synthesize(tmp_path / "warm", n_posts=100)  # build the word tables first
    small = peak_bytes(tmp_path / "small", 10_000)
    large = peak_bytes(tmp_path / "large", 40_000)
    assert large < 1.25 * small, (small, large)
