"""The embedding cache: only missing texts reach the encoder; shards survive crashes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import numpy as np
import pytest

from listenbench.baselines.embed import (
    CachedEncoder,
    EncoderError,
    HashEncoder,
    default_cache_dir,
    safe_encoder_id,
    text_digest,
)


def _shards(cached: CachedEncoder) -> list[Path]:
    return sorted(cached.directory.glob("*.npz"))


def test_second_encode_of_same_texts_calls_inner_with_nothing(tmp_path, counting_encoder):
    inner = counting_encoder()
    cached = CachedEncoder(inner, tmp_path)
    first = cached.encode(["apple", "pear", "apple"])
    second = cached.encode(["pear", "apple"])
    assert inner.calls == [["apple", "pear"]]  # duplicates encoded once, then nothing
    np.testing.assert_array_equal(second, first[[1, 0]])
    np.testing.assert_array_equal(first, HashEncoder(32).encode(["apple", "pear", "apple"]))
    assert (cached.hits, cached.misses) == (3, 2)


def test_only_uncached_texts_are_encoded(tmp_path, counting_encoder):
    inner = counting_encoder()
    cached = CachedEncoder(inner, tmp_path)
    cached.encode(["a", "b"])
    out = cached.encode(["b", "c", "a", "d"])
    assert inner.calls == [["a", "b"], ["c", "d"]]
    np.testing.assert_array_equal(out, HashEncoder(32).encode(["b", "c", "a", "d"]))


def test_vectors_persist_for_a_new_process_on_the_same_folder(tmp_path, counting_encoder):
    CachedEncoder(counting_encoder(), tmp_path).encode(["x", "y"])
    fresh_inner = counting_encoder()
    fresh = CachedEncoder(fresh_inner, tmp_path)
    out = fresh.encode(["y", "x"])
    assert fresh_inner.calls == []
    np.testing.assert_array_equal(out, HashEncoder(32).encode(["y", "x"]))
    assert fresh.directory == tmp_path / "embeddings" / safe_encoder_id("counting:v1")
    assert not list(fresh.directory.glob(".*.tmp"))  # no temporary file left behind


def test_encoders_with_different_ids_do_not_share_vectors(tmp_path, counting_encoder):
    CachedEncoder(counting_encoder(id="enc-a"), tmp_path).encode(["x"])
    other = counting_encoder(id="enc-b")
    CachedEncoder(other, tmp_path).encode(["x"])
    assert other.calls == [["x"]]


def test_shard_written_by_another_instance_is_picked_up_on_a_miss(tmp_path, counting_encoder):
    a_inner, b_inner = counting_encoder(), counting_encoder()
    a, b = CachedEncoder(a_inner, tmp_path), CachedEncoder(b_inner, tmp_path)
    b.encode(["warm"])  # b has scanned the folder already
    a.encode(["shared", "only-a"])
    b.encode(["shared", "only-a", "new"])
    assert b_inner.calls == [["warm"], ["new"]]


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty"],
)
def test_corrupt_shard_is_ignored_removed_and_recomputed(tmp_path, counting_encoder, damage):
    cached = CachedEncoder(counting_encoder(), tmp_path)
    expected = cached.encode(["alpha", "beta"])
    (shard,) = _shards(cached)
    data = shard.read_bytes()
    if damage == "garbage":
        shard.write_bytes(b"not a zip file at all")
    elif damage == "truncated":
        shard.write_bytes(data[: len(data) // 2])
    else:
        shard.write_bytes(b"")
    inner = counting_encoder()
    again = CachedEncoder(inner, tmp_path)
    out = again.encode(["alpha", "beta"])
    assert inner.calls == [["alpha", "beta"]]
    np.testing.assert_array_equal(out, expected)
    assert shard not in _shards(again)  # the damaged shard is gone, a new one replaces it
    assert len(_shards(again)) == 1


def test_shard_of_the_wrong_dimension_is_ignored(tmp_path, counting_encoder):
    CachedEncoder(counting_encoder(dim=32), tmp_path).encode(["alpha"])
    inner = counting_encoder(dim=16)  # same id, different dim: the old shard does not fit
    out = CachedEncoder(inner, tmp_path).encode(["alpha"])
    assert inner.calls == [["alpha"]]
    assert out.shape == (1, 16)


def test_shard_holding_another_encoder_id_is_skipped_not_trusted(tmp_path, counting_encoder):
    source = CachedEncoder(counting_encoder(id="enc-a"), tmp_path)
    source.encode(["alpha"])
    target = CachedEncoder(counting_encoder(id="enc-b"), tmp_path)
    target.directory.mkdir(parents=True)
    (shard,) = _shards(source)
    (target.directory / shard.name).write_bytes(shard.read_bytes())  # a stray shard
    target.encode(["alpha"])
    assert target.inner.calls == [["alpha"]]  # type: ignore[attr-defined]


def test_many_shards_are_merged(tmp_path, counting_encoder):
    cached = CachedEncoder(counting_encoder(), tmp_path, max_shards=3)
    texts = [f"text {i}" for i in range(6)]
    for text in texts:
        cached.encode([text])
    assert 1 <= len(_shards(cached)) <= 3
    inner = counting_encoder()
    np.testing.assert_array_equal(
        CachedEncoder(inner, tmp_path).encode(texts), HashEncoder(32).encode(texts)
    )
    assert inner.calls == []


def test_unwritable_cache_folder_warns_once_and_keeps_vectors_in_memory(tmp_path, counting_encoder):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    inner = counting_encoder()
    cached = CachedEncoder(inner, blocker)
    with pytest.warns(UserWarning, match="not writable"):
        cached.encode(["a"])
    assert cached.persist is False
    cached.encode(["a", "b"])
    assert inner.calls == [["a"], ["b"]]


def test_memory_only_cache_writes_nothing(tmp_path, counting_encoder):
    cached = CachedEncoder(counting_encoder(), tmp_path, persist=False)
    cached.encode(["a"])
    assert not (tmp_path / "embeddings").exists()


def test_encoder_returning_a_wrong_shape_is_a_clear_error(tmp_path):
    class Broken:
        id = "broken:v1"
        dim = 4

        def encode(self, texts):
            return np.ones((len(texts), 3), dtype=np.float32)

    with pytest.raises(
        EncoderError, match=r"returned an array of shape \(2, 3\), expected \(2, 4\)"
    ):
        CachedEncoder(Broken(), tmp_path).encode(["a", "b"])


def test_default_cache_dir_follows_the_environment(tmp_path, monkeypatch, counting_encoder):
    monkeypatch.setenv("LISTENBENCH_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert default_cache_dir() == tmp_path / "elsewhere"
    cached = CachedEncoder(counting_encoder())
    assert cached.directory.parent == tmp_path / "elsewhere" / "embeddings"
    monkeypatch.delenv("LISTENBENCH_CACHE_DIR")
    assert default_cache_dir() == Path.home() / ".cache" / "listenbench"


def test_text_digest_is_sha256_of_utf8():
    import hashlib

    assert text_digest("苹果") == hashlib.sha256("苹果".encode()).digest()


def _worker(folder: str, start: int) -> None:
    cached = CachedEncoder(HashEncoder(32), folder, max_shards=4)
    for i in range(start, start + 12):
        cached.encode([f"text {i}", f"text {i + 1}"])


def test_two_processes_share_a_folder(tmp_path):
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_worker, args=(str(tmp_path), s)) for s in (0, 6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
    assert [p.exitcode for p in procs] == [0, 0]
    texts = [f"text {i}" for i in range(19)]

    class Refuse(HashEncoder):
        def encode(self, texts):
            raise AssertionError(f"should be cached: {texts}")

    out = CachedEncoder(Refuse(32), tmp_path).encode(texts)
    np.testing.assert_array_equal(out, HashEncoder(32).encode(texts))
