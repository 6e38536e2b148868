"""run_bench end to end on tiny inputs: result shape, JSON, plots, MLflow, missing peers."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import mlflow
import pytest

from listenbench.corpora.synth import iter_batches
from listenbench.harness.bench import (
    PEER_NAMES,
    BenchConfig,
    BenchError,
    BenchResult,
    PostBatch,
    batches_from_texts,
    log_to_mlflow,
    parse_counts,
    parse_peers,
    render_table,
    run_bench,
    table_markdown,
    write_outputs,
)
from listenbench.harness.bench._ours import thread_control

PEER_MODULES = {"hyperscan": "hyperscan", "re2": "re2", "pyahocorasick": "ahocorasick"}
PEER_MODULES |= {"flashtext": "flashtext"}

TINY = BenchConfig(
    posts=1000,
    queries=(10,),
    threads=(1,),
    repeats=2,
    batch_size=400,
    agreement_posts=300,
    needle_rate=0.05,
)


@pytest.fixture(scope="module")
def result() -> BenchResult:
    messages: list[str] = []
    out = run_bench(TINY, progress=messages.append)
    assert any("1,000 / 1,000 posts streamed" in m for m in messages)
    return out


def _installed(name: str) -> bool:
    if name == "re":
        return True
    try:
        importlib.import_module(PEER_MODULES[name])
    except ImportError:
        return False
    return True


def test_result_has_one_row_per_engine_and_times_every_post(result: BenchResult) -> None:
    engines = [r.engine for r in result.runs]
    assert engines[:2] == ["listenbench", "listenbench-terms"]
    assert sorted(engines[2:]) == sorted(PEER_NAMES)
    texts = [t for b in iter_batches(1000, seed=0, needle_rate=0.05) for t in b.texts]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    assert result.stream_posts == {10: 1000} and result.stream_bytes == {10: n_bytes}
    assert result.n_terms[10] > 10
    for r in result.runs:
        if r.role == "peer" and not _installed(r.engine):
            assert r.status == "skipped" and "not installed" in r.note
            continue
        assert r.status == "ok", r.note
        assert (r.posts, r.bytes, r.extrapolated) == (1000, n_bytes, False)
        assert len(r.seconds_repeats) == 2 and r.seconds > 0
        if r.engine == "re2":  # lazily built DFA: its first pass over each batch counts
            assert r.seconds == r.seconds_repeats[0] and "first pass" in r.note
        else:
            assert r.seconds == pytest.approx(sum(r.seconds_repeats) / 2)
        assert r.mb_per_second == pytest.approx(n_bytes / r.seconds / 1e6)
        assert r.threads == 1 and r.n_queries == 10


def test_agreement_and_hits_on_the_sample(result: BenchResult) -> None:
    terms = result.run("listenbench-terms", 10)
    assert terms.agreement is None and terms.hits > 0
    assert result.run("listenbench", 10).hits > 0
    for name in PEER_NAMES:
        if not _installed(name):
            continue
        a = result.run(name, 10).agreement
        assert a is not None and a.sample_posts == 300
        assert a.both + a.only_ours == terms.hits  # listenbench-terms is the reference
        if name in ("re", "flashtext"):
            # Non-overlapping, longest-first: "Quillara Glow" hides "quillara".
            assert a.rate > 0.5
        else:
            assert a.rate > 0.9


def test_ratio_is_relative_to_the_fastest_peer(result: BenchResult) -> None:
    best = result.fastest_peer(10)
    assert best is not None and result.ratio(best) == pytest.approx(1.0)
    ours = result.run("listenbench", 10)
    assert result.ratio(ours) == pytest.approx(ours.mb_per_second / best.mb_per_second)


def test_curve_has_a_point_per_batch_and_engine(result: BenchResult) -> None:
    ours = [p for p in result.curve if p.engine == "listenbench"]
    assert [p.posts for p in ours] == [400, 800, 1000]
    assert ours[-1].seconds == pytest.approx(sum(result.run("listenbench", 10).seconds_repeats) / 2)
    memory = [p for p in result.curve if p.engine == "process"]
    assert [p.posts for p in memory] == [400, 800, 1000]


def test_json_round_trip(result: BenchResult) -> None:
    again = BenchResult.from_json(result.to_json())
    assert again == result
    data = json.loads(result.to_json())
    row = next(r for r in data["runs"] if r["engine"] == "listenbench")
    assert row["mb_per_second"] == pytest.approx(result.run("listenbench", 10).mb_per_second)
    assert "ratio_to_fastest_peer" in row and data["config"]["queries"] == [10]


def test_table_and_markdown(result: BenchResult) -> None:
    table = render_table(result)
    assert table.row_count == len(result.runs)
    engines = [str(c) for c in table.columns[1].cells]
    assert engines[:2] == ["listenbench", "listenbench-terms"]
    assert "10 queries" in list(table.columns[2].cells)
    markdown = table_markdown(result, columns=["engine", "MB/s"])
    assert markdown.splitlines()[0] == "| engine | MB/s |"
    assert len(markdown.splitlines()) == 2 + len(result.runs)


def test_write_outputs_writes_json_and_pngs(result: BenchResult, tmp_path: Path) -> None:
    paths = write_outputs(result, tmp_path / "out")
    names = [p.name for p in paths]
    assert names == [
        "bench.json",
        "bench-engines.png",
        "bench-queries.png",
        "bench-threads.png",
        "bench-posts.png",
    ]
    assert BenchResult.from_json(paths[0].read_text(encoding="utf-8")) == result
    for png in paths[1:]:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000


def test_log_to_mlflow(result: BenchResult, mlflow_uri: str) -> None:
    run_id = log_to_mlflow(result, mlflow_uri, "bench-test")
    client = mlflow.MlflowClient(mlflow_uri)
    logged = client.get_run(run_id)
    params = logged.data.params
    assert (params["posts"], params["queries"], params["seed"], params["threads"]) == (
        "1000",
        "10",
        "0",
        "1",
    )
    metrics = logged.data.metrics
    ours = result.run("listenbench", 10)
    assert metrics["mb_per_s/listenbench/q10/t1"] == pytest.approx(ours.mb_per_second)
    assert metrics["ratio_to_fastest_peer/listenbench/q10/t1"] == pytest.approx(result.ratio(ours))
    assert "build_s/listenbench/q10" in metrics and "jit_s" in metrics
    curve = client.get_metric_history(run_id, "curve_mb_per_s/listenbench/q10/t1")
    assert sorted(m.step for m in curve) == [400, 800, 1000]
    assert logged.data.tags["listenbench.kind"] == "bench"
    assert logged.data.tags["numba.version"]
    artifacts = {a.path for a in client.list_artifacts(run_id, "bench")}
    assert {"bench/bench.json", "bench/bench-engines.png", "bench/bench-posts.png"} <= artifacts
    assert logged.info.status == "FINISHED"


def test_runs_without_any_optional_peer_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in PEER_MODULES.values():
        monkeypatch.setitem(sys.modules, module, None)  # `import` now fails
    texts = ["Zorvex Fold!", "nothing here", "#QuillaraGlow 奎拉拉"] * 20
    source = batches_from_texts(texts, ["en"] * 60, [None] * 60, batch_size=25)
    config = BenchConfig(posts=60, queries=(4,), threads=(1,), repeats=1, agreement_posts=10)
    result = run_bench(config, source=source)
    status = {r.engine: r.status for r in result.runs}
    assert status == {
        "listenbench": "ok",
        "listenbench-terms": "ok",
        "re": "ok",
        "hyperscan": "skipped",
        "re2": "skipped",
        "pyahocorasick": "skipped",
        "flashtext": "skipped",
    }
    assert result.run("hyperscan", 4).note.startswith("not installed (pip install hyperscan)")
    assert any(n.startswith("Not installed here: flashtext") for n in result.notes)
    assert result.fastest_peer(4) == result.run("re", 4)
    assert render_table(result).row_count == 7


def test_a_peer_that_fails_is_reported_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from listenbench.harness.bench._peers import RePeer

    def boom(self: RePeer) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(RePeer, "build", boom)
    texts = ["Zorvex Fold!", "nothing here"] * 10
    source = batches_from_texts(texts, ["en"] * 20, [None] * 20)
    config = BenchConfig(posts=20, queries=(2,), threads=(1,), peers=("re",), repeats=1)
    result = run_bench(config, source=source)
    failed = result.run("re", 2)
    assert failed.status == "failed" and not failed.ok
    assert failed.note == "failed to build or warm up: RuntimeError: boom"
    assert result.run("listenbench", 2).ok and result.fastest_peer(2) is None
    assert result.ratio(result.run("listenbench", 2)) is None
    assert "failed to build" in str(list(render_table(result).columns[-1].cells))


def test_capped_sample_and_time_budget_are_extrapolated() -> None:
    texts = [f"post {i} about zorvex" for i in range(300)]
    source = batches_from_texts(texts, ["en"] * 300, [None] * 300, batch_size=100)
    slow = ("re", "flashtext") if _installed("flashtext") else ("re",)
    capped = BenchConfig(
        posts=300, queries=(2,), threads=(1,), peers=slow, repeats=1,
        agreement_posts=10, sample_posts=150,
    )  # fmt: skip
    result = run_bench(capped, source=source)
    for name in slow:
        r = result.run(name, 2)
        assert (r.posts, r.extrapolated) == (150, True)
        assert "timed on 150 posts (capped sample of 150 posts)" in r.note
    assert result.run("listenbench", 2).posts == 300

    budget = capped.with_(peers=(), budget_seconds=1e-9)
    result = run_bench(budget, source=source)
    ours = result.run("listenbench", 2)
    # The budget is checked before each chunk: the first batch is done, then it stops.
    assert (ours.posts, ours.extrapolated) == (100, True)
    assert "time budget" in ours.note


def test_a_real_corpus_as_the_post_source(tiny_corpus: Path) -> None:
    config = BenchConfig(corpus=str(tiny_corpus), posts=4, queries=(2,), threads=(1,),
                         peers=("re",), repeats=1)  # fmt: skip
    result = run_bench(config)
    assert result.source.startswith("tiny@") and result.stream_posts == {2: 4}


def test_bad_configurations_are_one_line_errors() -> None:
    for kwargs, message in (
        ({"posts": 0}, "posts must be at least 1, got 0"),
        ({"queries": ()}, "at least one query-set size is needed"),
        ({"queries": (10, 10)}, "query-set sizes repeat"),
        ({"peers": ("hyperscan", "grep")}, "unknown peer 'grep': expected some of hyperscan"),
        ({"threads": (0,)}, "every thread count must be at least 1, got 0"),
        ({"budget_seconds": 0.0}, "budget_seconds must be a positive number"),
    ):
        with pytest.raises(BenchError, match=message):
            BenchConfig(**kwargs)  # type: ignore[arg-type]
    if thread_control():  # only kernels with thread control check the count
        with pytest.raises(BenchError, match="thread count 999 is more than"):
            run_bench(BenchConfig(posts=1, threads=(999,)), source=lambda: iter(()))
    with pytest.raises(BenchError, match="synthetic firehose: unknown language 'xx'"):
        run_bench(BenchConfig(posts=10, languages=("en", "xx")))


def test_command_line_lists() -> None:
    assert parse_counts("10,100, 1k,10_000,1m") == (10, 100, 1000, 10_000, 1_000_000)
    assert parse_counts("all") == (10, 100, 1_000, 10_000, 100_000)
    for bad in ("", "10,", "0", "-5", "1.5", "ten"):
        with pytest.raises(BenchError, match=r"--queries: .* is not a positive whole number"):
            parse_counts(bad)
    assert parse_peers("RE2, hyperscan,re2") == ("re2", "hyperscan")
    assert parse_peers("all") == PEER_NAMES and parse_peers("none") == ()
    with pytest.raises(BenchError, match="--peers: unknown peer 'hs'"):
        parse_peers("hs")


def test_an_empty_source_is_an_error() -> None:
    config = BenchConfig(posts=1, queries=(2,), threads=(1,), peers=())
    with pytest.raises(BenchError, match="the post source yielded no posts"):
        run_bench(config, source=lambda: iter(()))


def test_post_batch_layout() -> None:
    batch = PostBatch.from_texts(["a\nb", "", "é"], ["en", "fr", "en"], [None, "x", "x"])
    assert batch.data == b"\na\nb\n\n\xc3\xa9\n"
    assert batch.offsets.tolist() == [1, 5, 6, 9] and batch.n_bytes == 5
    for i, text in enumerate(["a\nb", "", "é"]):
        lo, hi = batch.offsets[i], batch.offsets[i + 1] - 1
        assert batch.data[lo:hi].decode() == text and batch.data[hi : hi + 1] == b"\n"
    assert batch.lang_ids.tolist() == [0, 1, 0] and batch.lang_values == ("en", "fr")
    assert batch.channel_ids.tolist() == [-1, 0, 0] and batch.channel_values == ("x",)
    assert batch.slice(1, 3).texts == ("", "é")
