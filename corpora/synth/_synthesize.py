"""Write a synthetic firehose to a corpus folder, streaming, in bounded memory.

The posts and labels files are written batch by batch and hashed while they
are written; the manifest is written last, with the checksums, through the
corpora package's own manifest writer. Nothing is read back, so memory does
not grow with the number of posts.

Example:
    >>> import tempfile
    >>> from listenbench.corpora import validate_corpus
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = synthesize(tmp, n_posts=300, seed=1)
    ...     [str(i) for i in validate_corpus(out) if i.is_error]
    []
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from listenbench.corpora._manifest import MANIFEST_NAME, dumps_manifest
from listenbench.corpora._schema import FileEntry, Manifest
from listenbench.corpora._write import (
    ENTITIES_FILE,
    LABELS_FILE,
    POSTS_FILE,
    QUERIES_FILE,
    jsonl_bytes,
)
from listenbench.corpora.synth._brands import BRANDS, brand_entities, queries_text
from listenbench.corpora.synth._generate import SynthBatch, iter_spec
from listenbench.corpora.synth._spec import GENERATOR_VERSION, SynthError, SynthSpec

#: Licence of generated corpora (generated text, no rights reserved).
LICENCE = "CC0-1.0"

# Characters that JSON must escape; synthetic texts have none (a test checks
# the word lists), but a batch that had one would take the json.dumps path.
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')


class _HashingFile:
    """A binary file that hashes what is written to it (SHA-256)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sha256 = hashlib.sha256()
        self.size = 0
        self._handle: BinaryIO | None = None

    def __enter__(self) -> _HashingFile:
        self._handle = self.path.open("wb")
        return self

    def write(self, data: bytes) -> None:
        assert self._handle is not None
        self._handle.write(data)
        self.sha256.update(data)
        self.size += len(data)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            self._handle.close()


def posts_jsonl(batch: SynthBatch) -> bytes:
    """The batch's lines of ``posts.jsonl``, byte for byte what ``write_corpus`` writes.

    Example:
        >>> from listenbench.corpora.synth._generate import iter_batches
        >>> line = posts_jsonl(next(iter_batches(1, seed=4))).decode()
        >>> line.startswith('{"id": "s000000000", "text": ') and line.endswith('"}\\n')
        True
    """
    ids, texts = batch.ids, batch.texts
    if _NEEDS_ESCAPE.search("".join(texts)) is not None:
        escaped: bytes = jsonl_bytes(batch.posts())
        return escaped
    lines = [
        f'{{"id": "{pid}", "text": "{text}", "lang": "{lang}", "channel": "{channel}"}}\n'
        for pid, text, lang, channel in zip(ids, texts, batch.langs, batch.channels, strict=True)
    ]
    return "".join(lines).encode("utf-8")


def _description(spec: SynthSpec) -> str:
    return (
        f"Synthetic multilingual social-media firehose: {spec.n_posts} generated posts "
        f"(Zipfian word salad in {', '.join(spec.languages)}, with emoji, hashtags, @mentions, "
        f"links and full-width text) made by listenbench.corpora.synth {GENERATOR_VERSION}, "
        f"seed {spec.seed}; the same settings give byte-identical files. "
        f"Needles: with probability {spec.needle_rate} a post mentions one of "
        f"{len(BRANDS)} invented brands by name, product, #hashtag, @handle or CJK name; "
        "it is labelled relevant=true, level 'direct' for the @handle and 'about' otherwise, "
        "tags 'needle' and 'form:<name|product|hashtag|handle|cjk>'. "
        f"Decoys: with probability {spec.decoy_rate} a post holds a lookalike of one brand "
        "(a longer made-up word starting with its name, a CJK name with one character "
        "changed, or the ordinary word three brands are named after, used in its ordinary "
        "sense); it is labelled relevant=false, level 'none', tags 'decoy' and "
        "'decoy:<prefix|lookalike|word>'. All other (post, brand) pairs are unlabelled and "
        "not scored. queries.txt finds every needle and no decoy."
    )


def synthesize(
    out_dir: str | Path,
    *,
    n_posts: int,
    seed: int = 0,
    needle_rate: float = 0.01,
    decoy_rate: float = 0.01,
    languages: Sequence[str] | None = None,
    batch_size: int = 100_000,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write a synthetic firehose corpus of ``n_posts`` posts to ``out_dir``.

    Writes ``posts.jsonl``, ``entities.jsonl``, ``labels.jsonl``,
    ``queries.txt`` and ``corpus.toml`` (with the files' SHA-256 and the
    generator settings), creating the folder if needed and replacing files of
    the same names. Memory is bounded by ``batch_size``, not ``n_posts``; the
    output is the same for every ``batch_size``. The result is not re-read
    (that would cost memory in proportion to ``n_posts``): run
    ``validate_corpus`` on it if you want to. ``progress(done, n_posts)`` is
    called after each batch. Raises :class:`SynthError` on bad arguments or
    when the folder cannot be written.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = synthesize(tmp, n_posts=50, seed=2, needle_rate=0.1)
        ...     sorted(p.name for p in out.iterdir())
        ['corpus.toml', 'entities.jsonl', 'labels.jsonl', 'posts.jsonl', 'queries.txt']
    """
    spec = SynthSpec.make(
        n_posts, seed=seed, needle_rate=needle_rate, decoy_rate=decoy_rate, languages=languages
    )
    if spec.n_posts < 1:
        raise SynthError(f"n_posts must be at least 1 (a corpus needs posts), got {n_posts}")
    batches = iter_spec(spec, batch_size=batch_size)  # checks batch_size before any writing
    folder = Path(out_dir)
    try:
        if folder.exists() and not folder.is_dir():
            raise SynthError(f"{folder}: exists and is not a folder (expected a corpus folder)")
        folder.mkdir(parents=True, exist_ok=True)
        # A manifest left from an earlier run would describe files being replaced.
        (folder / MANIFEST_NAME).unlink(missing_ok=True)
        with (
            _HashingFile(folder / POSTS_FILE) as posts,
            _HashingFile(folder / LABELS_FILE) as labels,
        ):
            done = 0
            for batch in batches:
                posts.write(posts_jsonl(batch))
                labels.write(jsonl_bytes(batch.labels))
                done += len(batch)
                if progress is not None:
                    progress(done, spec.n_posts)
        small = {
            ENTITIES_FILE: jsonl_bytes(brand_entities()),
            QUERIES_FILE: queries_text().encode("utf-8"),
        }
        for name, data in small.items():
            (folder / name).write_bytes(data)
        files = (
            FileEntry(POSTS_FILE, posts.sha256.hexdigest(), "posts"),
            FileEntry(ENTITIES_FILE, hashlib.sha256(small[ENTITIES_FILE]).hexdigest(), "entities"),
            FileEntry(LABELS_FILE, labels.sha256.hexdigest(), "labels"),
            FileEntry(QUERIES_FILE, hashlib.sha256(small[QUERIES_FILE]).hexdigest(), "queries"),
        )
        manifest = Manifest(
            name=spec.name,
            version=GENERATOR_VERSION,
            licence=LICENCE,
            source=f"Generated by listenbench.corpora.synth {GENERATOR_VERSION}",
            languages=spec.languages,
            description=_description(spec),
            files=files,
            extra=spec.describe(),
            queries=QUERIES_FILE,
        )
        (folder / MANIFEST_NAME).write_text(dumps_manifest(manifest), encoding="utf-8")
    except OSError as exc:
        where = exc.filename if exc.filename is not None else folder
        raise SynthError(f"{where}: cannot write the synthetic corpus: {exc.strerror}") from None
    return folder
