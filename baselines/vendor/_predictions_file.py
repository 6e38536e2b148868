"""Predictions a vendor returned for a blind export, as a listenbench model.

A predictions file is JSON Lines: a header object, then one object per
(post, entity) pair of the export::

    {"listenbench_predictions": 1, "corpus": "demo", "corpus_digest": "sha256:…",
     "split": "test", "task": "relevance", "post_ids": "blind",
     "model": {"name": "acme-listen", "version": "2026-03"}}
    {"post_id": "b0c1…", "entity_id": "apple", "score": 0.93, "decision": true}
    {"post_id": "b0c1…", "entity_id": "shell", "score": 0.02}

``score`` is the probability that the post is relevant (binary tasks; the
decision defaults to ``score >= 0.5``); multi-class tasks give
``class_scores`` with a score for every class the export lists. The file is
checked as a whole against the corpus — its digest, every id, every field,
every pair of the exported split exactly once — and every problem is
reported together, with its line (:class:`PredictionsFileError`).

Example:
    >>> from listenbench.corpora import load_corpus
    >>> read_predictions_file("nosuch.jsonl", load_corpus("demo"))
    Traceback (most recent call last):
    ...
    listenbench.baselines.vendor._errors.PredictionsFileError: nosuch.jsonl: no such file
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from listenbench.baselines._protocol import ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.baselines.vendor._blind_ids import blind_post_ids
from listenbench.baselines.vendor._errors import PredictionsFileError, Problem, VendorError
from listenbench.baselines.vendor._records import (
    PairPrediction,
    describe,
    parse_prediction,
    predictions_from_grid,
)
from listenbench.corpora import SPLITS, TASK_KINDS, Corpus, Entity, Post, Task, load_corpus
from listenbench.corpora import resolve_task as _resolve_task

#: The header key (and its value, the format version) that starts every file.
HEADER_KEY = "listenbench_predictions"
FORMAT_VERSION = 1
#: How a file names posts: by the export's opaque ids, or by the corpus's own.
POST_ID_SCHEMES: tuple[str, ...] = ("blind", "corpus")
#: The ``split`` values a header may name (``all``: a corpus scored whole).
HEADER_SPLITS: tuple[str, ...] = (*SPLITS, "all")


@dataclass(frozen=True, slots=True)
class PredictionsHeader:
    """The checked first line of a predictions file."""

    corpus_digest: str
    split: str
    task: str
    model_name: str
    model_version: str
    post_ids: str = "blind"
    corpus: str | None = None


@dataclass(frozen=True)
class PredictionsFile:
    """A checked predictions file: its pairs keyed by (corpus post id, entity id).

    ``classes`` are the classes of the pairs' ``class_scores`` (every class
    of the task type); ``file_ids`` maps corpus post ids to the ids the file
    uses (for messages).
    """

    path: Path
    sha256: str
    header: PredictionsHeader
    classes: tuple[str, ...]
    records: Mapping[tuple[str, str], PairPrediction]
    file_ids: Mapping[str, str]


def scored_posts(corpus: Corpus, split: str) -> tuple[Post, ...]:
    """The posts a split covers: all of them for ``"all"`` or a corpus without splits.

    This is the rule of the harness's ``select_split``: an export, its
    predictions file and the scoring run all cover the same posts.

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> demo = load_corpus("demo")
        >>> len(scored_posts(demo, "all")) == len(demo.posts) > len(scored_posts(demo, "test"))
        True
    """
    if split == "all" or not any(post.split for post in corpus.posts):
        return tuple(corpus.posts)
    return tuple(post for post in corpus.posts if post.split == split)


class _Collector:
    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def add(self, line: int | None, kind: str, message: str) -> None:
        self.problems.append(Problem(self.name, line, kind, message))


def _read_lines(
    data: bytes, out: _Collector
) -> tuple[int | None, object, list[tuple[int, object]]]:
    """(header line or None, header object or None when broken, the other lines)."""
    header_line: int | None = None
    header: object = None
    rows: list[tuple[int, object]] = []
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        obj: object = None
        try:
            text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as err:
            out.add(lineno, "bad JSON", f"expected UTF-8 text, found byte {raw[err.start]:#04x}")
            text = None
        if text is not None:
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as err:
                out.add(
                    lineno,
                    "bad JSON",
                    f"column {err.colno}: {err.msg}; expected one JSON object per line, "
                    f"found {describe(text.strip())}",
                )
                text = None
        if header_line is None:
            header_line = lineno
            header = obj if text is not None else None
        elif text is not None:
            rows.append((lineno, obj))
    return header_line, header, rows


def _check_header(
    obj: object, line: int, corpus: Corpus, expected_task: str | None, out: _Collector
) -> dict[str, Any]:
    """The header's usable fields (missing where broken); problems go to ``out``."""
    example = (
        f'{{"{HEADER_KEY}": 1, "corpus_digest": ..., "split": ..., "task": ..., '
        '"model": {"name": ..., "version": ...}} (copy predictions_header from blind.json)'
    )
    if not isinstance(obj, dict) or HEADER_KEY not in obj:
        what = "a prediction" if isinstance(obj, dict) and "post_id" in obj else describe(obj)
        out.add(line, "header", f"expected the header object {example}, found {what}")
        return {}
    fields: dict[str, Any] = {}
    if obj[HEADER_KEY] != FORMAT_VERSION or isinstance(obj[HEADER_KEY], bool):
        out.add(
            line,
            "header",
            f"header field {HEADER_KEY!r}: expected {FORMAT_VERSION} (the only format "
            f"version), found {describe(obj[HEADER_KEY])}",
        )
    digest = obj.get("corpus_digest")
    if not isinstance(digest, str):
        out.add(
            line,
            "header",
            "header field 'corpus_digest': expected the digest string from blind.json, "
            f"found {describe(digest) if 'corpus_digest' in obj else 'nothing'}",
        )
    elif digest != corpus.digest:
        out.add(
            line,
            "wrong corpus",
            f"header field 'corpus_digest': expected {corpus.digest} (corpus {corpus.name} "
            f"{corpus.version}), found {digest}; the file was made for another corpus "
            "or corpus version",
        )
    else:
        fields["corpus_digest"] = digest
    split = obj.get("split")
    if split not in HEADER_SPLITS:
        out.add(
            line,
            "header",
            f"header field 'split': expected one of {', '.join(HEADER_SPLITS)}, "
            f"found {describe(split) if 'split' in obj else 'nothing'}",
        )
    else:
        fields["split"] = split
    task = obj.get("task")
    if task not in TASK_KINDS:
        out.add(
            line,
            "header",
            f"header field 'task': expected one of {', '.join(TASK_KINDS)}, "
            f"found {describe(task) if 'task' in obj else 'nothing'}",
        )
    elif expected_task is not None and task != expected_task:
        out.add(
            line,
            "header",
            f"header field 'task': expected {expected_task!r} (the task being scored), "
            f"found {task!r}",
        )
    else:
        fields["task"] = task
    model = obj.get("model")
    name = model.get("name") if isinstance(model, dict) else None
    version = model.get("version", "unknown") if isinstance(model, dict) else None
    if not isinstance(name, str) or not name.strip():
        out.add(
            line,
            "header",
            'header field \'model\': expected {"name": "YOUR-SYSTEM", "version": ...}, '
            f"found {describe(model) if 'model' in obj else 'nothing'}",
        )
    elif not isinstance(version, str) or not version.strip():
        out.add(
            line,
            "header",
            f"header field 'model.version': expected a string, found {describe(version)}",
        )
    else:
        fields["model_name"] = name.strip()
        fields["model_version"] = version.strip()
    scheme = obj.get("post_ids", "blind")
    if scheme not in POST_ID_SCHEMES:
        out.add(
            line,
            "header",
            f"header field 'post_ids': expected one of {', '.join(POST_ID_SCHEMES)}, "
            f"found {describe(scheme)}",
        )
    else:
        fields["post_ids"] = scheme
    corpus_name = obj.get("corpus")
    fields["corpus"] = corpus_name if isinstance(corpus_name, str) else None
    return fields


def read_predictions_file(
    path: str | Path, corpus: Corpus, *, task: str | None = None
) -> PredictionsFile:
    """Read and check a predictions file against ``corpus`` (the whole corpus).

    ``task`` is the task being scored; the header must name the same one.

    Raises:
        PredictionsFileError: with every problem found: a header for another
            corpus digest, split, task or format; bad JSON; bad fields or
            scores; unknown or duplicate ids; pairs of the split with no
            prediction.
    """
    file = Path(path)
    out = _Collector(str(path))
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise PredictionsFileError(
            path, [Problem(str(path), None, "file", "no such file")]
        ) from None
    except OSError as err:
        problem = Problem(str(path), None, "file", f"cannot read it ({err.strerror or err})")
        raise PredictionsFileError(path, [problem]) from None

    header_line, header_obj, rows = _read_lines(data, out)
    if header_line is None:
        out.add(
            None,
            "header",
            f'the file is empty; expected a header line {{"{HEADER_KEY}": 1, ...}} '
            "then one line per (post, entity) pair",
        )
        raise PredictionsFileError(path, out.problems)
    fields: dict[str, Any] = {}
    if header_obj is not None or not out.problems:
        fields = _check_header(header_obj, header_line, corpus, task, out)

    kind = TASK_KINDS[fields.get("task") or task or "relevance"]
    classes = kind.all_classes
    scheme = fields.get("post_ids", "blind")
    file_ids = blind_post_ids(corpus) if scheme == "blind" else {p.id: p.id for p in corpus.posts}
    corpus_ids = {fid: cid for cid, fid in file_ids.items()}
    split = fields.get("split")
    in_split = None if split is None else {p.id for p in scored_posts(corpus, split)}
    entity_ids = {e.id for e in corpus.entities}
    known_entities = ", ".join(sorted(entity_ids)[:8]) + (", …" if len(entity_ids) > 8 else "")
    records: dict[tuple[str, str], PairPrediction] = {}
    first_line: dict[tuple[str, str], int] = {}
    for lineno, obj in rows:
        rec, errors = parse_prediction(obj, classes, binary=kind.binary)
        for error in errors:
            out.add(lineno, "bad field", error)
        if rec is None:
            continue
        cid = corpus_ids.get(rec.post_id)
        bad = False
        if cid is None:
            what = "blind id of a post" if scheme == "blind" else "post id"
            out.add(
                lineno,
                "unknown id",
                f"unknown post_id {rec.post_id!r} (expected the {what} of corpus {corpus.name})",
            )
            bad = True
        elif in_split is not None and cid not in in_split:
            out.add(
                lineno,
                "unknown id",
                f"post_id {rec.post_id!r} is not a post of split {split!r} (the header's split)",
            )
            bad = True
        if rec.entity_id not in entity_ids:
            out.add(
                lineno,
                "unknown id",
                f"unknown entity_id {rec.entity_id!r} (expected one of: {known_entities})",
            )
            bad = True
        if bad or cid is None:
            continue
        key = (cid, rec.entity_id)
        if key in first_line:
            out.add(
                lineno,
                "duplicate pair",
                f"second prediction for (post {rec.post_id!r}, entity {rec.entity_id!r}); "
                f"the first is on line {first_line[key]}",
            )
            continue
        first_line[key] = lineno
        records[key] = rec

    if split is not None:
        posts = sorted(scored_posts(corpus, split), key=lambda p: file_ids[p.id])
        for post in posts:
            for entity in corpus.entities:
                if (post.id, entity.id) not in records:
                    out.add(
                        None,
                        "missing pair",
                        f"no prediction for (post {file_ids[post.id]!r}, entity {entity.id!r})",
                    )
    if out.problems:
        ordered = sorted(out.problems, key=lambda p: (p.line is None, p.line or 0))
        raise PredictionsFileError(path, ordered)
    header = PredictionsHeader(
        corpus_digest=fields["corpus_digest"],
        split=fields["split"],
        task=fields["task"],
        model_name=fields["model_name"],
        model_version=fields["model_version"],
        post_ids=scheme,
        corpus=fields["corpus"],
    )
    return PredictionsFile(
        path=file,
        sha256=hashlib.sha256(data).hexdigest(),
        header=header,
        classes=classes,
        records=records,
        file_ids=file_ids,
    )


def read_header(path: str | Path) -> dict[str, Any] | None:
    """The first line of a predictions file as a JSON object, or None (no checks).

    Example:
        >>> read_header("nosuch.jsonl") is None
        True
    """
    try:
        with Path(path).open("rb") as handle:
            for raw in handle:
                if raw.strip():
                    obj = json.loads(raw.decode("utf-8-sig"))
                    return obj if isinstance(obj, dict) else None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return None


class PredictionsFileModel:
    """Serves the scores of a predictions file to the harness, pair by pair.

    Example:
        >>> import pathlib, tempfile
        >>> from listenbench.corpora import load_corpus
        >>> demo = load_corpus("demo")
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = pathlib.Path(tmp, "v.jsonl")
        ...     _ = path.write_text('{"listenbench_predictions": 1}\\n')
        ...     try:
        ...         PredictionsFileModel(path, demo)
        ...     except PredictionsFileError as err:
        ...         print(len(err.problems), dict(err.kinds()))
        4 {'header': 4}
    """

    def __init__(self, path: str | Path, corpus: Corpus, task: Task | None = None) -> None:
        self._file = read_predictions_file(path, corpus, task=None if task is None else task.name)
        header = self._file.header
        if task is None and not TASK_KINDS[header.task].binary:
            task = _resolve_task(header.task, corpus.labels)
        self._task = task
        self._corpus_name = corpus.name

    @classmethod
    def from_spec(cls, arg: str, context: ModelContext) -> PredictionsFileModel:
        """Build from ``predictions:PATH`` for the run's corpus and task."""
        return make_predictions(arg, context)

    @property
    def file(self) -> PredictionsFile:
        return self._file

    @property
    def info(self) -> ModelInfo:
        """The vendor's model name and version from the header; the file's hash."""
        h = self._file.header
        return ModelInfo(
            name=h.model_name,
            family="predictions",
            version=h.model_version,
            config={
                "file": self._file.path.name,
                "file_sha256": self._file.sha256,
                "corpus_digest": h.corpus_digest,
                "split": h.split,
                "task": h.task,
                "post_ids": h.post_ids,
            },
        )

    def __repr__(self) -> str:
        return f"PredictionsFileModel({str(self._file.path)!r})"

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Look every pair up in the file.

        Raises:
            VendorError: for a pair the file has no prediction for (a split
                other than the file's).
        """
        records = self._file.records
        grid: list[list[PairPrediction]] = []
        for post in posts:
            row: list[PairPrediction] = []
            for entity in entities:
                rec = records.get((post.id, entity.id))
                if rec is None:
                    h = self._file.header
                    fid = self._file.file_ids.get(post.id, post.id)
                    raise VendorError(
                        f"predictions file {self._file.path} has no prediction for (post "
                        f"{fid!r} = corpus post {post.id!r}, entity {entity.id!r}); it covers "
                        f"split {h.split!r} of corpus {self._corpus_name}: score that split "
                        f"(--split {h.split})"
                    )
                row.append(rec)
            grid.append(row)
        return predictions_from_grid(
            grid, len(entities), record_classes=self._file.classes, task=self._task
        )


def make_predictions(arg: str, context: ModelContext) -> PredictionsFileModel:
    """Registry factory for ``predictions:PATH``; checks the file against the run's corpus.

    Example:
        >>> make_predictions("", ModelContext())
        Traceback (most recent call last):
        ...
        listenbench.baselines._protocol.ModelSpecError: model 'predictions' needs a file: \
--model predictions:PATH (the predictions a vendor returned for a blind export)
    """
    if not arg.strip():
        raise ModelSpecError(
            "model 'predictions' needs a file: --model predictions:PATH "
            "(the predictions a vendor returned for a blind export)"
        )
    corpus = context.corpus
    if corpus is None and context.corpus_path:
        corpus = load_corpus(context.corpus_path)
    if corpus is None:
        raise ModelSpecError(
            "model 'predictions' needs the corpus its file was made for (run it with --corpus)"
        )
    return PredictionsFileModel(arg.strip(), corpus, context.task)
