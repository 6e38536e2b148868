"""CliRunner tests for every command, including bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from listenbench.harness.cli import EXIT_USER_ERROR, main
from support import TINY_ENTITIES, TINY_LABELS, TINY_POSTS, make_corpus, shared_data_dir


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == EXIT_USER_ERROR
    assert "Traceback" not in err
    first = err.strip().splitlines()[0]
    assert first.startswith("Error: ")
    for needle in needles:
        assert needle in err


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["quickstart"],
        ["run"],
        ["models"],
        ["corpus"],
        ["corpus", "list"],
        ["corpus", "show"],
        ["corpus", "validate"],
        ["corpus", "import"],
        ["corpus", "rehash"],
        ["corpus", "synth"],
        ["corpus", "lint"],
        ["check"],
        ["bench"],
        ["query"],
        ["query", "check"],
        ["query", "test"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    code, out, _ = invoke(*command, "--help")
    assert code == 0
    assert "Usage:" in out
    assert len(out.splitlines()) > 4


def test_quickstart_prints_leaderboard_and_where_results_are(
    tmp_path: Path, mlflow_uri: str
) -> None:
    code, out, err = invoke(
        "quickstart",
        "--results",
        str(tmp_path / "res"),
        "--tracking-uri",
        mlflow_uri,
        "--n-boot",
        "200",
        "--model",
        "keyword",
        "--model",
        "alias",
    )
    assert code == 0, err
    assert "leaderboard" in out
    assert "keyword:queries.txt" in out and "alias" in out
    assert "lang=ja" in out and "lang=zh-Hans" in out
    assert f"mlflow ui --backend-store-uri {mlflow_uri}" in out
    summary = json.loads((tmp_path / "res" / "quickstart.json").read_text())
    assert summary["corpus"]["name"] == "demo"
    assert {m["model"] for m in summary["models"]} == {"keyword:queries.txt", "alias"}


def test_run_writes_json_and_shows_requested_slices(tiny_corpus: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "out.json"
    code, out, err = invoke(
        "run",
        "--corpus",
        str(tiny_corpus),
        "--model",
        "keyword",
        "--model",
        "alias",
        "--no-mlflow",
        "--n-boot",
        "50",
        "--slices",
        "lang,entity",
        "--json",
        str(out_json),
    )
    assert code == 0, err
    assert "entity=microsoft" in out and "lang=fr" in out
    summary = json.loads(out_json.read_text())
    keyword = next(
        m
        for m in summary["models"]
        if m["family"] == "keyword" and m["model"].startswith("keyword")
    )
    assert keyword["f1"][0] == pytest.approx(2 * 0.75 / 1.75)


def test_run_with_unknown_corpus_lists_builtins() -> None:
    code, _, err = invoke("run", "--corpus", "no-such-corpus", "--no-mlflow")
    assert_one_line_error(code, err, "no-such-corpus", "demo")


def test_run_with_unknown_model_family(tiny_corpus: Path) -> None:
    code, _, err = invoke("run", "--corpus", str(tiny_corpus), "--model", "bogus", "--no-mlflow")
    assert_one_line_error(code, err, "unknown model family 'bogus'")


def test_run_with_missing_query_file(tiny_corpus: Path) -> None:
    code, _, err = invoke(
        "run", "--corpus", str(tiny_corpus), "--model", "keyword:/nope/q.txt", "--no-mlflow"
    )
    assert_one_line_error(code, err, "/nope/q.txt")


def test_run_with_bad_query_syntax_names_file_line_and_column(
    tmp_path: Path, tiny_corpus: Path
) -> None:
    queries = tmp_path / "bad.txt"
    queries.write_text("microsoft: office windows\napple: apple\n", encoding="utf-8")
    code, _, err = invoke(
        "run", "--corpus", str(tiny_corpus), "--model", f"keyword:{queries}", "--no-mlflow"
    )
    assert_one_line_error(code, err, "bad.txt:1:")


def test_run_on_corpus_with_broken_jsonl_line(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "c", TINY_POSTS, TINY_ENTITIES, TINY_LABELS)
    posts = root / "posts.jsonl"
    lines = posts.read_text(encoding="utf-8").splitlines()
    lines[2] = '{"id": "p3", "text": "broken'
    posts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = invoke("run", "--corpus", str(root), "--model", "alias", "--no-mlflow")
    assert_one_line_error(code, err, "posts.jsonl:3")


def test_corpus_validate_reports_every_problem(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "c", TINY_POSTS, TINY_ENTITIES, TINY_LABELS)
    posts = root / "posts.jsonl"
    lines = posts.read_text(encoding="utf-8").splitlines()
    lines[1] = "not json"
    lines[3] = json.dumps({"id": "p4", "text": "x", "lang": 42})
    posts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = invoke("corpus", "validate", str(root))
    assert code == EXIT_USER_ERROR
    assert "posts.jsonl:2" in err and "posts.jsonl:4" in err
    assert "Traceback" not in err


def test_corpus_validate_ok_and_show_and_list(tiny_corpus: Path) -> None:
    code, out, _ = invoke("corpus", "validate", str(tiny_corpus))
    assert code == 0 and "OK" in out
    code, out, _ = invoke("corpus", "show", str(tiny_corpus))
    assert code == 0 and "sha256:" in out and "zh-Hans" in out
    code, out, _ = invoke("corpus", "list")
    assert code == 0 and "demo" in out and "germeval2017" in out
    assert "ambiguity" in out and "corpus synth" in out


def test_corpus_validate_missing_folder() -> None:
    code, _, err = invoke("corpus", "validate", "/no/such/corpus")
    assert code == EXIT_USER_ERROR and "Traceback" not in err


@pytest.mark.skipif(shared_data_dir() is None, reason="../shared/data is not present")
def test_corpus_import_germeval_slice(tmp_path: Path) -> None:
    data = shared_data_dir()
    assert data is not None
    out = tmp_path / "ge"
    code, stdout, err = invoke(
        "corpus",
        "import",
        "germeval2017",
        str(data / "germeval2017" / "dev.tsv"),
        str(out),
        "--limit",
        "120",
    )
    assert code == 0, err
    assert "wrote corpus" in stdout
    code, stdout, err = invoke(
        "run",
        "--corpus",
        str(out),
        "--model",
        "keyword",
        "--split",
        "all",
        "--no-mlflow",
        "--n-boot",
        "50",
    )
    assert code == 0, err
    assert "keyword:queries.txt" in stdout


def test_corpus_import_unknown_importer(tmp_path: Path) -> None:
    code, _, err = invoke("corpus", "import", "nope", str(tmp_path), str(tmp_path / "o"))
    assert_one_line_error(code, err, "nope", "germeval2017")


def test_query_check_and_test(tmp_path: Path) -> None:
    good = tmp_path / "q.txt"
    good.write_text("apple: apple NOT pie\n", encoding="utf-8")
    code, out, _ = invoke("query", "check", str(good))
    assert code == 0 and "1 queries" in out
    bad = tmp_path / "bad.txt"
    bad.write_text("apple: (apple OR\n", encoding="utf-8")
    code, _, err = invoke("query", "check", str(bad))
    assert_one_line_error(code, err, "bad.txt:1:")
    code, out, _ = invoke(
        "query",
        "test",
        "{Office} NEAR/3 {Windows}",
        "get Office off Windows",
        "clean the windows of my office",
    )
    assert code == 0
    assert out.splitlines() == [
        "MATCH  get Office off Windows",
        "no     clean the windows of my office",
    ]


def test_query_test_syntax_error_shows_caret() -> None:
    code, _, err = invoke("query", "test", "apple AND", "x")
    assert_one_line_error(code, err)
    assert "^" in err


def test_models_lists_families() -> None:
    code, out, _ = invoke("models")
    assert code == 0 and "keyword" in out and "alias" in out


def test_corpus_synth_writes_a_valid_reproducible_corpus(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        code, stdout, err = invoke("corpus", "synth", str(out), "--posts", "3000", "--seed", "5")
        assert code == 0, err
        assert "wrote synthetic corpus" in stdout
    assert (a / "posts.jsonl").read_bytes() == (b / "posts.jsonl").read_bytes()
    code, out, _ = invoke("corpus", "validate", str(a))
    assert code == 0 and "OK" in out
    code, out, err = invoke(
        "run",
        "--corpus",
        str(a),
        "--model",
        "keyword",
        "--split",
        "all",
        "--no-mlflow",
        "--n-boot",
        "0",
    )
    assert code == 0, err


def test_corpus_synth_rejects_bad_languages(tmp_path: Path) -> None:
    code, _, err = invoke(
        "corpus", "synth", str(tmp_path / "x"), "--posts", "10", "--languages", "xx"
    )
    assert code == 2 and "Traceback" not in err


def test_check_prints_failure_rates_and_logs_to_mlflow(tmp_path: Path, mlflow_uri: str) -> None:
    out_json = tmp_path / "check.json"
    code, out, err = invoke(
        "check",
        "--corpus",
        "demo",
        "--model",
        "keyword",
        "--lang",
        "fr,ja",
        "--tracking-uri",
        mlflow_uri,
        "--json",
        str(out_json),
        "--max-per-test",
        "20",
    )
    assert code == 0, err
    assert "MFT" in out and "INV" in out and "DIR" in out
    assert "logged to MLflow run" in out
    (summary,) = json.loads(out_json.read_text())
    assert summary


def test_check_with_unknown_test_is_a_one_line_error() -> None:
    code, _, err = invoke("check", "--corpus", "demo", "--tests", "INV/nope", "--no-mlflow")
    assert_one_line_error(code, err, "nope")


def test_corpus_lint_clean_and_dirty(tmp_path: Path) -> None:
    code, out, _ = invoke("corpus", "lint", "ambiguity")
    assert code == 0 and "OK" in out
    posts = [dict(p) for p in TINY_POSTS] + [dict(TINY_POSTS[0], id="p7")]
    labels = [*TINY_LABELS, dict(TINY_LABELS[0], post_id="p7", relevant=False)]
    root = make_corpus(tmp_path / "dirty", posts, TINY_ENTITIES, labels)
    code, out, _ = invoke("corpus", "lint", str(root), "--min-pairs", "1")
    assert code == 1
    assert "conflicting-labels" in out


def test_bench_small_run_writes_outputs(tmp_path: Path, mlflow_uri: str) -> None:
    code, out, err = invoke(
        "bench",
        "--posts",
        "2000",
        "--queries",
        "10",
        "--peers",
        "none",
        "--repeats",
        "1",
        "--threads",
        "1",
        "--agreement-posts",
        "100",
        "--out",
        str(tmp_path / "b"),
        "--tracking-uri",
        mlflow_uri,
    )
    assert code == 0, err
    assert "listenbench" in out and "MB/s" in out
    assert (tmp_path / "b" / "bench.json").is_file()
    assert "logged to MLflow run" in out


def test_bench_bad_counts_are_one_line_errors() -> None:
    code, _, err = invoke("bench", "--queries", "lots", "--no-mlflow")
    assert code == 2 and "Traceback" not in err


def test_quickstart_runs_every_installed_family_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from listenbench.harness import _registry

    monkeypatch.setattr(_registry, "QUICKSTART_MODELS", ("keyword", "majority", "nosuch"))
    monkeypatch.setitem(_registry.REQUIREMENTS, "nosuch", (("no_such_module_xyz",), "x"))
    assert _registry.installed_quickstart_models() == ("keyword", "majority")
    code, _out, err = invoke(
        "quickstart", "--results", str(tmp_path / "r"), "--no-mlflow", "--n-boot", "0"
    )
    assert code == 0, err
    summary = json.loads((tmp_path / "r" / "quickstart.json").read_text())
    assert [m["model"] for m in summary["models"]] == ["keyword:queries.txt", "majority"]


def test_corpus_list_shows_builtins_folders_in_dir_importers_and_synth(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    import shutil

    shutil.copytree(tiny_corpus, tmp_path / "mine")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "corpus.toml").write_text("name = \n", encoding="utf-8")
    code, out, err = invoke("corpus", "list", "--dir", str(tmp_path))
    assert code == 0, err
    assert "ambiguity" in out and "demo" in out
    assert f"Corpus folders in {tmp_path}" in out
    assert "mine" in out and "tiny" in out
    assert "(invalid corpus.toml)" in out
    assert "xlmt_sentiment" in out and "corpus synth" in out


def test_run_reports_failed_models_after_the_leaderboard_and_exits_2(tiny_corpus: Path) -> None:
    code, out, err = invoke(
        "run",
        "--corpus",
        str(tiny_corpus),
        "--model",
        "alias",
        "--model",
        "nosuch",
        "--no-mlflow",
        "--n-boot",
        "0",
    )
    assert code == EXIT_USER_ERROR
    assert "leaderboard" in out and "alias" in out
    assert "Error: model nosuch: unknown model family 'nosuch'" in err
    assert "1 of 2 model(s) failed; the other 1 scored" in err
