"""Score the predictions file a vendor returned for a blind export.

Scoring is an ordinary listenbench run with the model
``predictions:PATH`` (:class:`~listenbench.baselines.vendor.PredictionsFileModel`):
the file is checked against the corpus (digest, ids, fields, every pair of the
split exactly once), then the labelled pairs of the split are scored with the
harness metrics, bootstrap intervals and slices, like any other model.

Example:
    >>> import tempfile, pathlib
    >>> from listenbench.baselines.vendor.example_server import predict_export
    >>> from listenbench.harness.blind import export_blind
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     export = export_blind("demo", pathlib.Path(tmp, "export"))
    ...     preds = predict_export(export, pathlib.Path(tmp, "vendor.jsonl"))
    ...     scored = score_blind("demo", preds, n_boot=0)
    >>> scored.info.name, scored.info.family, scored.split, len(scored.pairs) > 50
    ('example-alias', 'predictions', 'test', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from listenbench.baselines import ModelInfo
from listenbench.baselines.vendor import HEADER_KEY, read_header
from listenbench.corpora import Corpus
from listenbench.harness._results import ModelResult, RunResult
from listenbench.harness.blind._export import EXPORT_SPLITS, BlindError
from listenbench.harness.metrics import MetricReport, PairTable


@dataclass(frozen=True, slots=True)
class BlindScore:
    """The scored predictions: the run (for the leaderboard) and its one result."""

    run: RunResult
    predictions_path: Path
    split: str

    @property
    def result(self) -> ModelResult:
        """The vendor's result: metrics, the per-pair table, throughput."""
        return self.run.results[0]

    @property
    def report(self) -> MetricReport:
        """Metrics overall and per slice, with bootstrap intervals."""
        return self.result.report

    @property
    def pairs(self) -> PairTable:
        """One row per scored (labelled) pair: gold, prediction and score."""
        return self.result.pairs

    @property
    def info(self) -> ModelInfo:
        """The vendor's system as its header names it (family ``predictions``)."""
        return self.result.info


def score_blind(
    corpus: Corpus | str | Path,
    predictions_path: str | Path,
    *,
    split: str | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    log_mlflow: bool = False,
    **run_options: object,
) -> BlindScore:
    """Check a predictions file against ``corpus`` and score it.

    ``split`` and the task default to those the file's header names; a
    different ``split`` is refused. Other keyword arguments go to
    :func:`listenbench.harness.run` (``slice_kinds``, ``tracking_uri``, ...).
    A loaded ``corpus`` is scored from its folder.

    Raises:
        PredictionsFileError: listing every problem of the file (with lines).
        BlindError: for a split other than the file's.
        FileNotFoundError: when the predictions file does not exist.
    """
    from listenbench.harness._runner import run

    path = Path(predictions_path)
    if not path.is_file():
        raise FileNotFoundError(f"predictions file not found: {path}")
    header = read_header(path) or {}
    if HEADER_KEY not in header:
        header = {}
    made_for = header.get("split") if header.get("split") in EXPORT_SPLITS else None
    if split is not None and made_for is not None and split != made_for:
        raise BlindError(
            f"{path} holds predictions for split {made_for!r} (its header says so), not "
            f"{split!r}; score it with split {made_for!r}"
        )
    chosen = split or made_for or "test"
    task = header.get("task") if isinstance(header.get("task"), str) else None
    source = str(corpus.path) if isinstance(corpus, Corpus) else str(corpus)
    options: dict[str, object] = dict(run_options)
    if task is not None:
        options.setdefault("task", task)
    options.update(
        split=chosen, n_boot=n_boot, seed=seed, confidence=confidence, log_mlflow=log_mlflow
    )
    result = run(source, models=[f"predictions:{path}"], **cast(dict[str, Any], options))
    return BlindScore(run=result, predictions_path=path, split=result.corpus.split)
