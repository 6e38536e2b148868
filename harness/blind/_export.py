"""Blind export: what a vendor needs to predict a split, and nothing label-bearing.

``export_blind`` writes a folder for a vendor:

- ``posts.jsonl`` — the split's posts: ``id``, ``text``, ``lang`` and, when
  set, ``channel``, ``text_pair``, ``target``. No split, author, timestamp.
- ``entities.jsonl`` — every entity: ``id``, ``name``, ``aliases``,
  ``description``, ``category`` (when set), ``competitors``.
- ``blind.json`` — the manifest: corpus name, version and digest, split,
  task, classes, counts, and the header the predictions file must start with.
- ``README.txt`` — the predictions format, for the vendor.

Leakage, and how the export avoids it:

- *Which pairs are labelled.* A corpus labels some (post, entity) pairs, not
  the whole grid, and in the built-in corpora the pairs chosen correlate with
  the answer (a post about Apple is labelled for Apple; the fruit post for
  Apple too, but rarely for Shell). Listing the labelled pairs would hand the
  vendor that signal, so the export asks for *every* pair of the split's
  posts × all entities and the scorer scores only the labelled ones. The
  vendor predicts ``posts × entities`` lines; nothing tells it which count.
- *Post ids and order.* Corpus ids can encode how a corpus was written (the
  demo numbers posts entity by entity, minimal pair by minimal pair), so posts
  are renamed to opaque ids (an HMAC keyed by the corpus's posts file, see
  ``listenbench.baselines.vendor._blind_ids``) and listed in the order of
  those ids.
- *Classes.* A multi-class export lists every class of the task type (all
  five levels, all four sentiments), not only those that occur in the labels.
- *The digest.* ``blind.json`` carries the corpus digest, which hashes the
  labels file among others; recovering labels from it means guessing the
  exact bytes of the whole corpus, including the posts of other splits and
  fields the export leaves out.

The posts of a split are a property of the posts (their ``split`` field),
not of the labels, so relabelling a corpus changes nothing in the export but
the digest (``tests/harness/blind`` flips every label and compares).

Example:
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = export_blind("demo", tmp + "/export")
    ...     manifest = read_blind_manifest(out)
    >>> manifest["split"], manifest["counts"]["entities"], manifest["classes"]
    ('test', 16, ['no', 'yes'])
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from listenbench.baselines._version import listenbench_version
from listenbench.baselines.vendor import FORMAT_VERSION, HEADER_KEY, blind_post_ids, scored_posts
from listenbench.corpora import TASK_KINDS, Corpus, TaskError, load_corpus, resolve_task

#: The manifest's file name and format version.
MANIFEST_NAME = "blind.json"
BLIND_FORMAT = 1
#: The files an export writes.
EXPORT_FILES: tuple[str, ...] = ("posts.jsonl", "entities.jsonl", MANIFEST_NAME, "README.txt")
#: Splits an export may cover (``all``: every post).
EXPORT_SPLITS: tuple[str, ...] = ("train", "dev", "test", "all")


class BlindError(ValueError):
    """A blind export or scoring request that cannot work (one clear line)."""


def _load(corpus: Corpus | str | Path) -> Corpus:
    return corpus if isinstance(corpus, Corpus) else load_corpus(corpus)


def resolve_export_split(corpus: Corpus, split: str) -> str:
    """The split an export of ``split`` covers: ``"all"`` for a corpus without splits.

    Raises:
        BlindError: for an unknown split, or one without posts.

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> resolve_export_split(load_corpus("demo"), "dev")
        'dev'
    """
    if split not in EXPORT_SPLITS:
        raise BlindError(f"unknown split {split!r}: expected one of {', '.join(EXPORT_SPLITS)}")
    present = sorted({post.split for post in corpus.posts if post.split})
    if split == "all" or not present:
        return "all"
    if split not in present:
        raise BlindError(
            f"corpus {corpus.name!r} has no posts in split {split!r} "
            f"(it has: {', '.join(present)}, or use split 'all')"
        )
    return split


def _jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _readme(manifest: Mapping[str, Any]) -> str:
    header = json.dumps(manifest["predictions_header"], ensure_ascii=False)
    counts = manifest["counts"]
    binary = TASK_KINDS[manifest["task"]].binary
    classes = ", ".join(manifest["classes"])
    if binary:
        example = (
            '{"post_id": "<post id>", "entity_id": "<entity id>", "score": 0.87, "decision": true}'
        )
        fields = (
            "  score        required: probability that the post is relevant to the entity,\n"
            "               a number in [0, 1]\n"
            "  decision     optional: your yes/no call (default: score >= 0.5)\n"
        )
    else:
        scores = ", ".join(f'"{c}": 0.0' for c in manifest["classes"])
        example = (
            f'{{"post_id": "<post id>", "entity_id": "<entity id>", "class_scores": {{{scores}}}}}'
        )
        fields = (
            f"  class_scores required: an object with a score in [0, 1] for each class\n"
            f"               ({classes}) and no other key; the highest is your answer\n"
        )
    return f"""\
listenbench blind evaluation — corpus {manifest["corpus"]} {manifest["corpus_version"]}, \
split {manifest["split"]}, task {manifest["task"]}

Task: {manifest["task_description"]}
Classes: {classes}

Files
  posts.jsonl     {counts["posts"]} posts: id, text, lang, and when known channel,
                  text_pair and target (pair tasks)
  entities.jsonl  {counts["entities"]} entities: id, name, aliases, description,
                  category, competitors
  blind.json      this export's manifest

What to send back: one JSON Lines file (UTF-8), {counts["predictions"] + 1} lines:

1. this header line, exactly, with your system's name and version filled in:

{header}

2. one line per (post, entity) pair: EVERY post of posts.jsonl with EVERY
   entity of entities.jsonl ({counts["posts"]} x {counts["entities"]} = \
{counts["predictions"]} lines), in any order, e.g.

{example}

  post_id      the post's id from posts.jsonl (ids are opaque: keep them as they are)
  entity_id    the entity's id from entities.jsonl
{fields}
Other keys are ignored. The file is checked before scoring: a missing,
repeated or unknown pair, a score outside [0, 1] or a changed header is
reported with its line number, and nothing is scored until every problem is
fixed. Only some pairs are scored; which ones is not part of this export.
"""


def export_blind(
    corpus: Corpus | str | Path,
    out_dir: str | Path,
    split: str = "test",
    *,
    task: str | None = None,
    force: bool = False,
) -> Path:
    """Write a blind export of one split of ``corpus`` to ``out_dir``; return it.

    ``corpus`` is a loaded corpus, a folder or a built-in name; ``task``
    defaults to the corpus's own. ``out_dir`` must not exist or be empty,
    unless ``force`` (then the export's files in it are replaced).

    Raises:
        BlindError: for an unknown split or task, or a non-empty ``out_dir``.

    Example:
        >>> import json, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = export_blind("demo", tmp + "/x", split="dev")
        ...     first = json.loads((out / "posts.jsonl").read_text().splitlines()[0])
        >>> sorted(first)[:3], first["id"][:1]
        (['channel', 'id', 'lang'], 'b')
    """
    full = _load(corpus)
    scope = resolve_export_split(full, split)
    try:
        resolved = resolve_task(task or full.manifest.task, full.labels)
    except TaskError as err:
        raise BlindError(f"corpus {full.name!r}: {err}") from None
    kind = resolved.kind
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise BlindError(f"{out} exists and is not a folder; choose a new folder for the export")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise BlindError(f"{out} is not empty; choose a new folder (or pass --force to overwrite)")

    ids = blind_post_ids(full)
    posts = sorted(scored_posts(full, scope), key=lambda p: ids[p.id])
    post_rows: list[dict[str, Any]] = []
    for post in posts:
        row: dict[str, Any] = {"id": ids[post.id], "text": post.text, "lang": post.lang}
        for name in ("channel", "text_pair", "target"):
            value = getattr(post, name)
            if value is not None:
                row[name] = value
        post_rows.append(row)
    entity_rows: list[dict[str, Any]] = []
    for entity in full.entities:
        erow: dict[str, Any] = {
            "id": entity.id,
            "name": entity.name,
            "aliases": list(entity.aliases),
            "description": entity.description,
        }
        if entity.category is not None:
            erow["category"] = entity.category
        erow["competitors"] = list(entity.competitors)
        entity_rows.append(erow)

    predictions_header = {
        HEADER_KEY: FORMAT_VERSION,
        "corpus": full.name,
        "corpus_digest": full.digest,
        "split": scope,
        "task": kind.name,
        "post_ids": "blind",
        "model": {"name": "YOUR-SYSTEM", "version": "YOUR-VERSION"},
    }
    manifest: dict[str, Any] = {
        "listenbench_blind": BLIND_FORMAT,
        "corpus": full.name,
        "corpus_version": full.version,
        "corpus_digest": full.digest,
        "split": scope,
        "task": kind.name,
        "task_description": kind.description,
        "classes": list(kind.all_classes),
        "files": {"posts": "posts.jsonl", "entities": "entities.jsonl"},
        "counts": {
            "posts": len(post_rows),
            "entities": len(entity_rows),
            "predictions": len(post_rows) * len(entity_rows),
        },
        "predict": "every (post, entity) pair: each post of posts.jsonl with each entity",
        "predictions_header": predictions_header,
        "exported_by": f"listenbench {listenbench_version()}",
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "posts.jsonl").write_text(_jsonl(post_rows), encoding="utf-8")
    (out / "entities.jsonl").write_text(_jsonl(entity_rows), encoding="utf-8")
    (out / MANIFEST_NAME).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "README.txt").write_text(_readme(manifest), encoding="utf-8")
    return out


def read_blind_manifest(export_dir: str | Path) -> dict[str, Any]:
    """The ``blind.json`` of an export.

    Raises:
        BlindError: when the folder has no readable ``blind.json``.
    """
    path = Path(export_dir) / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BlindError(f"{path}: no such file (is {export_dir} a blind export?)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise BlindError(f"{path}: not a readable JSON manifest ({err})") from None
    if not isinstance(data, dict) or data.get("listenbench_blind") != BLIND_FORMAT:
        raise BlindError(f"{path}: expected a listenbench blind manifest (listenbench_blind: 1)")
    return data
