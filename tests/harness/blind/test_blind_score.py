"""Round trip: export -> the example vendor predicts -> score, checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from listenbench.baselines.vendor import PredictionsFileError
from listenbench.baselines.vendor.example_server import ExampleServer, predict_export
from listenbench.harness import run
from listenbench.harness.blind import BlindError, export_blind, score_blind


def test_round_trip_on_the_tiny_corpus(tiny_corpus: Path, tmp_path: Path) -> None:
    export = export_blind(tiny_corpus, tmp_path / "export")
    predictions = predict_export(export, tmp_path / "vendor.jsonl", name="acme", version="7")
    assert len(predictions.read_text().splitlines()) == 1 + 15
    scored = score_blind(tiny_corpus, predictions, n_boot=0)
    # test split: p1 microsoft (rel), p2 microsoft (not), p3 apple (rel), p4 apple (not),
    # p5 orange (rel). The alias rule fires on all five ("windows", "office", 苹果 twice,
    # "Orange"): TP 3, FP 2, FN 0.
    overall = scored.report.overall
    assert overall.precision.value == pytest.approx(0.6)
    assert overall.recall.value == pytest.approx(1.0)
    assert overall.f1.value == pytest.approx(0.75)
    assert scored.pairs.y_pred.tolist() == [True] * 5
    assert scored.pairs.score.tolist() == [0.9] * 5
    assert scored.pairs.y_true.tolist() == [True, False, True, False, True]
    assert (scored.info.name, scored.info.version, scored.info.family) == (
        "acme",
        "7",
        "predictions",
    )
    assert scored.split == "test"
    assert scored.run.corpus.n_pairs == 5


def test_blind_scores_equal_the_live_endpoint_scores(tmp_path: Path) -> None:
    """The same classifier over HTTP and through a blind export scores the same on demo."""
    export = export_blind("demo", tmp_path / "export")
    blind = score_blind("demo", predict_export(export, tmp_path / "v.jsonl"), n_boot=0)
    with ExampleServer() as server:
        live = run("demo", models=[server.url], n_boot=0, log_mlflow=False)
    assert blind.report.overall.f1.value == live.results[0].report.overall.f1.value
    assert blind.pairs.y_pred.tolist() == live.results[0].pairs.y_pred.tolist()


def test_multiclass_round_trip(tiny_corpus: Path, tmp_path: Path) -> None:
    export = export_blind(tiny_corpus, tmp_path / "export", task="level")
    scored = score_blind(tiny_corpus, predict_export(export, tmp_path / "v.jsonl"), n_boot=0)
    assert scored.run.corpus.task == "level"
    assert scored.run.corpus.classes == ("about", "none")
    # every test post matches an alias -> "about"; gold: about, none, about, none, about
    assert scored.report.overall.accuracy.value == pytest.approx(3 / 5)


def test_bad_files_and_wrong_splits_are_refused(tiny_corpus: Path, tmp_path: Path) -> None:
    export = export_blind(tiny_corpus, tmp_path / "export")
    path = predict_export(export, tmp_path / "v.jsonl")
    with pytest.raises(BlindError, match="holds predictions for split 'test'"):
        score_blind(tiny_corpus, path, split="train", n_boot=0)
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n")
    with pytest.raises(PredictionsFileError) as err:
        score_blind(tiny_corpus, path, n_boot=0)
    assert dict(err.value.kinds()) == {"missing pair": 1}
    with pytest.raises(FileNotFoundError):
        score_blind(tiny_corpus, tmp_path / "nope.jsonl")


def test_a_file_for_another_corpus_is_refused(tiny_corpus: Path, tmp_path: Path) -> None:
    export = export_blind("demo", tmp_path / "export")
    path = predict_export(export, tmp_path / "v.jsonl")
    with pytest.raises(PredictionsFileError) as err:
        score_blind(tiny_corpus, path, n_boot=0)
    assert err.value.problems[0].kind == "wrong corpus"
    header = json.loads(path.read_text().splitlines()[0])
    assert header["corpus"] == "demo"
