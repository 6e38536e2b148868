"""An embedding cache keyed by (encoder id, SHA-256 of the text), in memory and on disk.

On disk every encoder has a folder ``$LISTENBENCH_CACHE_DIR/embeddings/<safe id>/``
(default cache dir ``~/.cache/listenbench``) of *shards*: ``.npz`` files, each
holding the full encoder id, an (n, 32) array of text digests and the (n, dim)
float32 vectors. A shard is written under a temporary name and renamed into
place, so readers only ever see complete shards; every writer picks a fresh
random name, so two processes can share a folder. A shard that cannot be read
or does not fit (truncated, corrupt, wrong dimension) is ignored and removed,
and its texts are simply encoded again. When a folder holds more than
``max_shards`` shards, the cache writes one merged shard and deletes the ones
it merged.

Example:
    >>> import tempfile
    >>> from listenbench.baselines.embed import HashEncoder
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     cached = CachedEncoder(HashEncoder(), cache_dir=tmp)
    ...     first = cached.encode(["hello", "world", "hello"])
    ...     again = CachedEncoder(HashEncoder(), cache_dir=tmp).encode(["world"])
    ...     (cached.misses, bool((again[0] == first[1]).all()))
    (2, True)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines.embed._encoders import Encoder, check_output, safe_encoder_id

#: Environment variable naming listenbench's cache folder.
CACHE_DIR_ENV = "LISTENBENCH_CACHE_DIR"
_SHARD_SUFFIX = ".npz"
_DIGEST_BYTES = 32


def default_cache_dir() -> Path:
    """``$LISTENBENCH_CACHE_DIR``, or ``~/.cache/listenbench``.

    Example:
        >>> isinstance(default_cache_dir(), Path)
        True
    """
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "listenbench"


def text_digest(text: str) -> bytes:
    """SHA-256 of a text's UTF-8 bytes: the cache key of one text (with the encoder id).

    Example:
        >>> text_digest("abc").hex()[:16]
        'ba7816bf8f01cfea'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class CachedEncoder:
    """Wraps an encoder so each distinct text is encoded once per encoder id.

    ``encode`` looks every text up in memory, then in shards other processes
    may have written since, and hands only the texts still missing (each once)
    to the inner encoder; the new vectors are written as one shard.
    ``persist=False`` (or a cache folder that cannot be written, after one
    warning) keeps the cache in memory only. ``hits`` and ``misses`` count
    texts served from the cache and texts encoded.
    """

    def __init__(
        self,
        inner: Encoder,
        cache_dir: str | Path | None = None,
        *,
        persist: bool = True,
        max_shards: int = 64,
    ) -> None:
        self.inner = inner
        root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.directory = root / "embeddings" / safe_encoder_id(inner.id)
        self.persist = persist
        self.max_shards = max_shards
        self.hits = 0
        self.misses = 0
        self._memory: dict[bytes, NDArray[np.float32]] = {}
        self._loaded: set[str] = set()

    @property
    def id(self) -> str:
        return self.inner.id

    @property
    def dim(self) -> int:
        return self.inner.dim

    def __repr__(self) -> str:
        return f"CachedEncoder({self.inner.id!r}, {str(self.directory)!r})"

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Vectors of ``texts`` (cached where possible), shape (n, dim), unit rows."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not a single string")
        digests = [text_digest(t) for t in texts]
        missing = self._missing(digests, texts)
        if missing and self.persist:
            self._refresh()
            missing = self._missing(digests, texts)
        if missing:
            keys = list(missing)
            todo = [missing[k] for k in keys]
            vectors = check_output(self.inner, todo, self.inner.encode(todo))
            for key, vector in zip(keys, vectors, strict=True):
                self._memory[key] = vector
            self.misses += len(keys)
            if self.persist:
                self._write(keys, vectors)
        self.hits += len(digests) - len(missing)
        out = np.empty((len(digests), self.inner.dim), dtype=np.float32)
        for row, key in enumerate(digests):
            out[row] = self._memory[key]
        return out

    def _missing(self, digests: list[bytes], texts: Sequence[str]) -> dict[bytes, str]:
        missing: dict[bytes, str] = {}
        for key, text in zip(digests, texts, strict=True):
            if key not in self._memory:
                missing[key] = text
        return missing

    # ---- on-disk shards -------------------------------------------------------------

    def _shards(self) -> list[Path]:
        try:
            return sorted(self.directory.glob("*" + _SHARD_SUFFIX))
        except OSError:
            return []

    def _refresh(self) -> None:
        """Load the shards not read yet (written earlier or by another process)."""
        for path in self._shards():
            if path.name in self._loaded:
                continue
            self._loaded.add(path.name)
            self._read(path)

    def _read(self, path: Path) -> None:
        dim = self.inner.dim
        try:
            with np.load(path, allow_pickle=False) as z:
                shard_id = str(z["id"])
                keys = np.asarray(z["keys"])
                vectors = np.asarray(z["vectors"])
        except FileNotFoundError:
            return  # merged and removed by another process meanwhile
        except Exception:  # truncated or corrupt: ignore, drop it, re-encode its texts
            self._discard(path)
            return
        if shard_id != self.inner.id:
            return  # another encoder's folder name collided: not ours to judge
        n = keys.shape[0] if keys.ndim == 2 else -1
        if (
            keys.dtype != np.uint8
            or keys.shape != (n, _DIGEST_BYTES)
            or vectors.dtype != np.float32
            or vectors.shape != (n, dim)
            or not np.all(np.isfinite(vectors))
        ):
            self._discard(path)
            return
        for key, vector in zip(keys, vectors, strict=True):
            self._memory.setdefault(key.tobytes(), vector)

    def _discard(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()

    def _write(self, keys: list[bytes], vectors: NDArray[np.float32]) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            name = self._write_shard(keys, vectors)
            self._loaded.add(name)
            if len(self._shards()) > self.max_shards:
                self._compact()
        except OSError as err:
            warnings.warn(
                f"embedding cache {self.directory} is not writable ({err}); "
                "keeping embeddings in memory only",
                stacklevel=3,
            )
            self.persist = False

    def _write_shard(self, keys: list[bytes], vectors: NDArray[np.float32]) -> str:
        name = uuid.uuid4().hex + _SHARD_SUFFIX
        tmp = self.directory / f".{name}.tmp"
        key_array = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), -1)
        try:
            with tmp.open("wb") as handle:
                np.savez(
                    handle,
                    id=np.array(self.inner.id),
                    keys=key_array,
                    vectors=np.ascontiguousarray(vectors, dtype=np.float32),
                )
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.directory / name)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        return name

    def _compact(self) -> None:
        """Merge everything this process knows into one shard; delete the shards merged."""
        self._refresh()
        merged = set(self._loaded)
        keys = list(self._memory)
        vectors = np.stack([self._memory[k] for k in keys]).astype(np.float32)
        name = self._write_shard(keys, vectors)
        for old in merged:
            if old != name:
                self._discard(self.directory / old)
        self._loaded = {name}


def encoder_cache_counters(*encoders: object) -> tuple[int, int]:
    """Summed (hits, misses) of the distinct :class:`CachedEncoder` among ``encoders``.

    Example:
        >>> encoder_cache_counters(object())
        (0, 0)
    """
    seen: dict[int, CachedEncoder] = {id(e): e for e in encoders if isinstance(e, CachedEncoder)}
    return sum(e.hits for e in seen.values()), sum(e.misses for e in seen.values())
