"""HttpModel against the example vendor server on 127.0.0.1 (port 0, background thread)."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import numpy as np
import pytest

from listenbench.baselines import ModelContext, ModelSpecError
from listenbench.baselines.vendor import (
    AUTH_ENV,
    OPTIONS_ENV,
    HttpModel,
    HttpOptions,
    VendorResponseError,
    make_http,
    make_https,
    parse_http_spec,
    safe_url,
)
from listenbench.baselines.vendor.example_server import ExampleServer
from listenbench.corpora import Entity, Label, Post, resolve_task

POSTS = [
    Post("p1", "I must get Office off Windows today", "en", channel="twitter", split="test"),
    Post("p2", "Le ciel est orange ce soir", "fr", author="@x", split="test"),
    Post("p3", "我买了苹果手机", "zh-Hans", channel="chat"),
    Post("p4", "nothing to see here", "en"),
    Post("p5", "Orange a coupé ma ligne", "fr"),
]
ENTITIES = [
    Entity("microsoft", "Microsoft", aliases=("Windows", "Office"), category="technology"),
    Entity("apple", "Apple", aliases=("苹果", "iPhone"), competitors=("microsoft",)),
    Entity("orange", "Orange", description="French telecom operator"),
]
# Hand-computed: the example server says relevant iff the name or an alias occurs.
EXPECTED_HITS = np.array(
    [
        [True, False, False],
        [False, False, True],
        [False, True, False],
        [False, False, False],
        [False, False, True],
    ]
)
FAST = dict(timeout_s=2.0, backoff_s=0.01, max_backoff_s=0.05)


@pytest.fixture
def server() -> Iterator[ExampleServer]:
    with ExampleServer() as srv:
        yield srv


def model_for(srv: ExampleServer, **options: object) -> HttpModel:
    merged: dict[str, object] = {**FAST, **options}
    return HttpModel(srv.url, HttpOptions(**merged), environ={})  # type: ignore[arg-type]


def test_happy_path_scores_every_pair_and_sends_only_safe_fields(server: ExampleServer) -> None:
    model = model_for(server, batch_size=2)
    out = model.predict(POSTS, ENTITIES)
    assert out.shape == (5, 3)
    assert out.decisions.tolist() == EXPECTED_HITS.tolist()
    assert out.scores.tolist() == np.where(EXPECTED_HITS, 0.9, 0.1).tolist()
    requests = sorted(server.requests, key=lambda r: r.body["posts"][0]["id"])  # any arrival order
    assert [[p["id"] for p in r.body["posts"]] for r in requests] == [
        ["p1", "p2"],
        ["p3", "p4"],
        ["p5"],
    ]
    body = requests[0].body
    assert body["schema"] == "listenbench.classify/1"
    assert body["task"] == "relevance" and body["classes"] == ["no", "yes"]
    assert body["posts"][0] == {
        "id": "p1",
        "text": "I must get Office off Windows today",
        "lang": "en",
        "channel": "twitter",
    }
    assert body["posts"][1] == {"id": "p2", "text": "Le ciel est orange ce soir", "lang": "fr"}
    assert body["entities"][0] == {
        "id": "microsoft",
        "name": "Microsoft",
        "aliases": ["Windows", "Office"],
        "description": "",
        "category": "technology",
        "competitors": [],
    }
    assert requests[0].headers["Content-Type"].startswith("application/json")
    assert "Authorization" not in requests[0].headers
    host_port = server.url.split("/")[2]
    info = model.info
    assert (info.name, info.family, info.version) == (host_port, "http", "example-alias-1")
    assert info.config == {
        "url": server.url,
        "schema": "listenbench.classify/1",
        "task": "relevance",
        "batch_size": "2",
    }


def test_version_is_unknown_without_the_header(server: ExampleServer) -> None:
    server.configure(model_version=None)
    model = model_for(server)
    model.predict(POSTS[:1], ENTITIES)
    assert model.info.version == "unknown"


def test_empty_calls_send_nothing(server: ExampleServer) -> None:
    model = model_for(server)
    assert model.predict([], ENTITIES).shape == (0, 3)
    assert model.predict(POSTS, []).shape == (5, 0)
    assert server.requests == []


def test_concurrency_does_not_change_results(server: ExampleServer) -> None:
    server.configure(delay_s=0.02)
    posts = [
        Post(f"q{i}", f"post {i} about {'Orange' if i % 3 else 'iPhone'}", "en") for i in range(12)
    ]
    serial = model_for(server, batch_size=1, concurrency=1).predict(posts, ENTITIES)
    parallel = model_for(server, batch_size=1, concurrency=6).predict(posts, ENTITIES)
    assert np.array_equal(serial.scores, parallel.scores)
    assert np.array_equal(serial.decisions, parallel.decisions)
    expected = [[False, i % 3 == 0, i % 3 != 0] for i in range(12)]
    assert parallel.decisions.tolist() == expected
    assert len(server.requests) == 24


def test_retries_after_503_then_succeeds(server: ExampleServer) -> None:
    server.configure(fail_first=2)
    out = model_for(server, retries=3).predict(POSTS, ENTITIES)
    assert out.decisions.tolist() == EXPECTED_HITS.tolist()
    assert len(server.requests) == 3


def test_429_is_retried_and_retry_after_is_honoured(server: ExampleServer) -> None:
    server.configure(fail_first=1, fail_status=429, retry_after=0.3)
    start = time.monotonic()
    out = model_for(server, retries=1, max_backoff_s=5.0).predict(POSTS[:2], ENTITIES)
    assert time.monotonic() - start >= 0.3
    assert out.shape == (2, 3)
    assert len(server.requests) == 2


def test_gives_up_after_the_retries_with_one_clear_line(server: ExampleServer) -> None:
    server.configure(fail_first=100)
    with pytest.raises(VendorResponseError) as err:
        model_for(server, retries=2, batch_size=10).predict(POSTS, ENTITIES)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{server.url} batch 1/1 (posts 1-5 of 5): HTTP 503")
    assert message.endswith("(gave up after 3 attempts)")
    assert len(server.requests) == 3


def test_timeout_is_a_clear_error(server: ExampleServer) -> None:
    server.configure(delay_s=2.0)
    start = time.monotonic()
    with pytest.raises(VendorResponseError) as err:
        model_for(server, timeout_s=0.1, retries=1).predict(POSTS[:1], ENTITIES)
    assert time.monotonic() - start < 1.5
    assert str(err.value) == (
        f"{server.url} batch 1/1 (posts 1-1 of 1): no answer within timeout_s=0.1 "
        "(gave up after 2 attempts)"
    )


def test_connection_refused_is_a_clear_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/classify"
    model = HttpModel(url, HttpOptions(retries=0, timeout_s=1.0), environ={})
    with pytest.raises(VendorResponseError) as err:
        model.predict(POSTS[:1], ENTITIES)
    assert str(err.value) == (
        f"{url} batch 1/1 (posts 1-1 of 1): connection refused (is the server running?) "
        "(gave up after 1 attempt)"
    )


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("not-json", "response is not JSON (Content-Type text/html"),
        ("no-predictions", 'expected a JSON object {"predictions": [...]}, found {"result"'),
        ("missing-pair", "missing 1 of the 6 requested pairs, e.g. (post 'p2', entity 'orange')"),
        ("duplicate-pair", "prediction 7: duplicate pair (post 'p1', entity 'microsoft'), first"),
        ("unknown-pair", "prediction 1: unknown pair (post 'no-such-post', entity 'microsoft')"),
        ("out-of-range", "prediction 1: field 'score': expected a number in [0, 1], found 1.5"),
        ("bad-request", 'HTTP 400 Bad Request: {"error": "bad request (mode bad-request)"}'),
    ],
)
def test_bad_responses_are_one_line_errors_naming_url_and_batch(
    server: ExampleServer, mode: str, expected: str
) -> None:
    server.configure(mode=mode)
    with pytest.raises(VendorResponseError) as err:
        model_for(server, retries=2).predict(POSTS[:2], ENTITIES)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{server.url} batch 1/1 (posts 1-2 of 2): ")
    assert expected in message
    assert len(server.requests) == 1  # schema errors and 4xx are not retried


def test_a_changing_model_version_is_refused(server: ExampleServer) -> None:
    server.configure(mode="version-flip")
    with pytest.raises(VendorResponseError, match="X-Model-Version changed during the run"):
        model_for(server, batch_size=2, concurrency=1).predict(POSTS, ENTITIES)


def test_auth_header_is_sent_but_never_shown(
    server: ExampleServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Bearer sk-very-secret-4242"
    monkeypatch.setenv(AUTH_ENV, secret)
    server.configure(require_auth=secret, fail_first=1)
    model = make_http(server.url + "#backoff_s=0.01,retries=2", ModelContext())
    with caplog.at_level(logging.DEBUG):
        out = model.predict(POSTS, ENTITIES)
    assert out.decisions.tolist() == EXPECTED_HITS.tolist()
    assert [r.headers.get("Authorization") for r in server.requests] == [secret, secret]
    assert "retry 1 of 2" in caplog.text
    shown = [repr(model), str(model.info), caplog.text]
    assert all("sk-very-secret" not in text for text in shown)
    # a wrong token: 401, not retried, and the message names the variable, not the value
    monkeypatch.setenv(AUTH_ENV, "Bearer wrong-token-777")
    with pytest.raises(VendorResponseError) as err:
        make_http(server.url, ModelContext()).predict(POSTS[:1], ENTITIES)
    assert "HTTP 401" in str(err.value) and f"${AUTH_ENV}" in str(err.value)
    assert "wrong-token" not in str(err.value)


def test_custom_auth_env_must_be_set(
    server: ExampleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MY_VENDOR_KEY", raising=False)
    with pytest.raises(ModelSpecError, match="auth_env=MY_VENDOR_KEY names an environment"):
        make_http(server.url + "#auth_env=MY_VENDOR_KEY", ModelContext())
    monkeypatch.setenv("MY_VENDOR_KEY", "Token abc")
    server.configure(require_auth="Token abc")
    out = make_http(server.url + "#auth_env=MY_VENDOR_KEY", ModelContext()).predict(
        POSTS[:1], ENTITIES
    )
    assert out.decisions.tolist() == [[True, False, False]]


def test_rate_limit_spaces_requests(server: ExampleServer) -> None:
    start = time.monotonic()
    model_for(server, batch_size=1, concurrency=4, rate_limit=20.0).predict(POSTS[:4], ENTITIES)
    assert time.monotonic() - start >= 0.14  # 4 requests at 20/s: 3 gaps of 0.05 s


def test_multiclass_task_reads_class_scores(server: ExampleServer) -> None:
    task = resolve_task(
        "level", [Label("a", "e", True, level="about"), Label("b", "e", False, level="none")]
    )
    model = HttpModel(server.url, HttpOptions(**FAST), task=task, environ={})  # type: ignore[arg-type]
    out = model.predict(POSTS[:2], ENTITIES)
    assert out.classes == ("about", "none")
    assert server.requests[0].body["classes"] == ["about", "none"]
    assert server.requests[0].body["task"] == "level"
    # hits -> about (index 0), misses -> none (index 1)
    assert out.predicted_classes().tolist() == [[0, 1, 1], [1, 1, 0]]
    assert model.info.config["task"] == "level"


def test_spec_fragment_and_environment_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(OPTIONS_ENV, "batch_size=8,retries=5")
    url, options = parse_http_spec(
        "https://api.example.com/v1/c?lang=en#batch_size=16&timeout_s=2.5"
    )
    assert url == "https://api.example.com/v1/c?lang=en"
    assert (options.batch_size, options.retries, options.timeout_s) == (16, 5, 2.5)
    assert make_http("//127.0.0.1:9/c#concurrency=2", ModelContext()).options.concurrency == 2
    assert make_http("http://127.0.0.1:9/c", ModelContext()).info.config["url"] == (
        "http://127.0.0.1:9/c"
    )
    assert make_https("//api.example.com/c", ModelContext()).info.name == "api.example.com"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("http://h/c#batch_size=0", "option batch_size: expected an int >= 1, got 0"),
        ("http://h/c#batch_size=many", "option batch_size: expected an int, got 'many'"),
        ("http://h/c#speed=3", "option 'speed=3': expected NAME=VALUE with NAME one of"),
        ("http://h/c#timeout_s=0", "option timeout_s: expected a number > 0, got 0.0"),
        ("http://h/c#auth_env=no-dash", "option auth_env: expected an environment variable"),
        ("ftp://h/c", "expected an http:// or https:// URL with a host, got 'ftp://h/c'"),
        ("http://user:pw@h/c", "the URL carries credentials"),
    ],
)
def test_bad_specs_are_model_spec_errors(spec: str, expected: str) -> None:
    with pytest.raises(ModelSpecError) as err:
        make_http(spec, ModelContext())
    assert expected in str(err.value)
    assert "pw@" not in str(err.value)


def test_safe_url_masks_secret_query_values() -> None:
    assert safe_url("https://h:8443/c?api_key=abc&Token=x&lang=en") == (
        "https://h:8443/c?api_key=***&Token=***&lang=en"
    )
    model = HttpModel("https://h/c?access_token=abc", environ={})
    assert "abc" not in model.info.config["url"] and "abc" not in repr(model)
