"""An example vendor endpoint: the HTTP schema (``HTTP-SCHEMA.md``) in ~100 lines.

It classifies with a deliberately trivial rule — a post is relevant to an
entity when the entity's name or an alias occurs in it, casefolded — and has
knobs for tests: fail the first N requests (503 with ``Retry-After``), answer
slowly, require an Authorization value, or answer something broken (see
:data:`MODES`). Vendors can copy it as a template; ``predict_export`` shows
the blind-evaluation side (read an export, write a predictions file).

Run it::

    python -m listenbench.baselines.vendor.example_server --port 8080
    listenbench run --corpus demo --model http://127.0.0.1:8080/classify

Example:
    >>> request = {"schema": SCHEMA, "task": "relevance", "classes": ["no", "yes"],
    ...            "entities": [{"id": "apple", "name": "Apple", "aliases": ["iPhone"]}],
    ...            "posts": [{"id": "1", "text": "my new iphone", "lang": "en"}]}
    >>> classify(request)["predictions"]
    [{'post_id': '1', 'entity_id': 'apple', 'score': 0.9, 'decision': True}]
"""

from __future__ import annotations

import argparse
import json
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from listenbench.baselines.vendor._http import SCHEMA, VERSION_HEADER

#: Answers the server can give instead of a correct one (``ServerOptions.mode``).
MODES: tuple[str, ...] = (
    "ok",
    "not-json",  # an HTML page
    "no-predictions",  # a JSON object without "predictions"
    "missing-pair",  # drops the last pair
    "duplicate-pair",  # repeats the first pair
    "unknown-pair",  # renames the first pair's post
    "out-of-range",  # first score 1.5
    "bad-request",  # HTTP 400
    "version-flip",  # X-Model-Version alternates between requests
)
#: Scores of the trivial classifier for a match and a miss.
HIT_SCORE, MISS_SCORE = 0.9, 0.1


@dataclass(frozen=True, slots=True)
class ServerOptions:
    """Test knobs of :class:`ExampleServer`.

    The first ``fail_first`` requests get ``fail_status`` (with
    ``Retry-After: retry_after`` when set); every answer waits ``delay_s``;
    ``require_auth`` is the only Authorization value accepted (None: any).
    """

    fail_first: int = 0
    fail_status: int = 503
    retry_after: float | None = None
    delay_s: float = 0.0
    mode: str = "ok"
    model_version: str | None = "example-alias-1"
    require_auth: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r} (expected one of {', '.join(MODES)})")


@dataclass(frozen=True, slots=True)
class ReceivedRequest:
    """One request as the server saw it (for tests)."""

    path: str
    headers: Mapping[str, str]
    body: Any


def alias_match(text: str, entity: Mapping[str, Any]) -> bool:
    """Whether the entity's name or an alias occurs in ``text`` (casefolded substring).

    Example:
        >>> alias_match("Orange sky", {"name": "Orange", "aliases": []})
        True
    """
    haystack = text.casefold()
    names = [entity.get("name") or "", *(entity.get("aliases") or [])]
    return any(name and str(name).casefold() in haystack for name in names)


def _pick(classes: Sequence[str], hit: bool) -> str:
    prefer = ("about", "direct", "positive", "neutral") if hit else ("none", "neutral")
    for name in prefer:
        if name in classes:
            return name
    return classes[0] if hit else classes[-1]


def classify(request: Mapping[str, Any]) -> dict[str, Any]:
    """The response to a classify request: one prediction per (post, entity).

    Binary tasks (classes ``no``, ``yes``) get a score and a decision;
    multi-class tasks all their weight on one class: ``about``-like on a
    match, ``none``-like otherwise.
    """
    classes = list(request.get("classes") or ["no", "yes"])
    binary = sorted(classes) == ["no", "yes"]
    out: list[dict[str, Any]] = []
    for post in request.get("posts", []):
        text = " ".join(t for t in (post.get("text"), post.get("text_pair")) if t)
        for entity in request.get("entities", []):
            hit = alias_match(text, entity)
            item: dict[str, Any] = {"post_id": post["id"], "entity_id": entity["id"]}
            if binary:
                item["score"] = HIT_SCORE if hit else MISS_SCORE
                item["decision"] = hit
            else:
                chosen = _pick(classes, hit)
                item["class_scores"] = {c: 1.0 if c == chosen else 0.0 for c in classes}
            out.append(item)
    return {"schema": SCHEMA, "predictions": out}


def _corrupt(body: dict[str, Any], mode: str) -> dict[str, Any]:
    preds = body["predictions"]
    if mode == "no-predictions":
        return {"result": preds}
    if not preds:
        return body
    if mode == "missing-pair":
        preds.pop()
    elif mode == "duplicate-pair":
        preds.append(dict(preds[0]))
    elif mode == "unknown-pair":
        preds[0]["post_id"] = "no-such-post"
    elif mode == "out-of-range":
        preds[0]["score"] = 1.5
    return body


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: ExampleServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.app.verbose:
            super().log_message(format, *args)

    def _send(
        self,
        status: int,
        payload: object,
        headers: Mapping[str, str] | None = None,
        content_type: str = "application/json",
    ) -> None:
        data = (
            payload
            if isinstance(payload, bytes)
            else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        )
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            pass

    def do_GET(self) -> None:
        self._send(200, {"schema": SCHEMA, "status": "ok"})

    def do_POST(self) -> None:
        app = self.server.app
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        number, opts = app._record(self.path, dict(self.headers.items()), raw)
        if number <= opts.fail_first:
            retry = {} if opts.retry_after is None else {"Retry-After": f"{opts.retry_after:g}"}
            self._send(opts.fail_status, {"error": "temporarily unavailable (fail_first)"}, retry)
            return
        if opts.delay_s and app._stopping.wait(opts.delay_s):
            return
        if self.path.split("?")[0] != "/classify":
            self._send(404, {"error": f"no such endpoint {self.path}; POST to /classify"})
            return
        if opts.require_auth is not None and self.headers.get("Authorization") != opts.require_auth:
            self._send(401, {"error": "missing or wrong Authorization header"})
            return
        try:
            request = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            self._send(400, {"error": "request body is not JSON"})
            return
        if not isinstance(request, dict) or request.get("schema") != SCHEMA:
            self._send(400, {"error": f"expected schema {SCHEMA!r}"})
            return
        if opts.mode == "bad-request":
            self._send(400, {"error": "bad request (mode bad-request)"})
            return
        headers = {}
        if opts.model_version is not None:
            version = opts.model_version
            if opts.mode == "version-flip":
                version += "-b" if number % 2 == 0 else "-a"
            headers[VERSION_HEADER] = version
        if opts.mode == "not-json":
            self._send(200, b"<html><body>Service Unavailable</body></html>", headers, "text/html")
            return
        self._send(200, _corrupt(classify(request), opts.mode), headers)


class ExampleServer:
    """The example endpoint on a background thread (``port=0``: any free port).

    Example:
        >>> with ExampleServer() as server:
        ...     server.url.startswith("http://127.0.0.1:"), server.url.endswith("/classify")
        (True, True)
    """

    def __init__(
        self,
        options: ServerOptions | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        verbose: bool = False,
    ) -> None:
        self.options = options or ServerOptions()
        self.verbose = verbose
        self._lock = threading.Lock()
        self._received: list[ReceivedRequest] = []
        self._stopping = threading.Event()
        self._server = _Server((host, port), _Handler)
        self._server.app = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The classify URL."""
        host, port = self._server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}/classify"

    @property
    def requests(self) -> list[ReceivedRequest]:
        """The requests received so far, in arrival order."""
        with self._lock:
            return list(self._received)

    def configure(self, **changes: Any) -> None:
        """Change knobs (and restart the ``fail_first`` count)."""
        with self._lock:
            self.options = replace(self.options, **changes)
            self._received.clear()

    def _record(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, ServerOptions]:
        try:
            body: Any = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            body = None
        with self._lock:
            self._received.append(ReceivedRequest(path, headers, body))
            return len(self._received), self.options

    def start(self) -> ExampleServer:
        """Serve on a daemon thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="example-vendor", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on this thread until interrupted."""
        self._server.serve_forever()

    def close(self) -> None:
        """Stop serving and release the port."""
        self._stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> ExampleServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def predict_export(
    export_dir: str | Path,
    out: str | Path,
    *,
    name: str = "example-alias",
    version: str = "1",
) -> Path:
    """Write a predictions file for a blind export with the trivial classifier.

    What a vendor does with an export: read ``blind.json``, the posts and the
    entities, predict every (post, entity) pair, write the header from
    ``blind.json``'s ``predictions_header`` (with the system's name and
    version) and one line per pair.
    """
    folder = Path(export_dir)
    manifest = json.loads((folder / "blind.json").read_text(encoding="utf-8"))
    request = {
        "schema": SCHEMA,
        "task": manifest["task"],
        "classes": manifest["classes"],
        "entities": _read_jsonl(folder / manifest["files"]["entities"]),
        "posts": _read_jsonl(folder / manifest["files"]["posts"]),
    }
    header = dict(manifest["predictions_header"])
    header["model"] = {"name": name, "version": version}
    lines = [header, *classify(request)["predictions"]]
    target = Path(out)
    target.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the example endpoint, or predict a blind export (``--predict-export``)."""
    parser = argparse.ArgumentParser(
        prog="python -m listenbench.baselines.vendor.example_server",
        description="Example listenbench vendor endpoint (alias-match classifier).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--fail-first", type=int, default=0, help="answer the first N with 503")
    parser.add_argument("--retry-after", type=float, default=None, help="Retry-After seconds")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--mode", choices=MODES, default="ok", help="answer correctly or not")
    parser.add_argument("--model-version", default="example-alias-1")
    parser.add_argument(
        "--require-auth-env",
        default=None,
        metavar="VAR",
        help="only accept the Authorization value held by this environment variable",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    parser.add_argument(
        "--predict-export", type=Path, default=None, metavar="DIR", help="predict a blind export"
    )
    parser.add_argument("--out", type=Path, default=Path("predictions.jsonl"))
    args = parser.parse_args(argv)
    if args.predict_export is not None:
        path = predict_export(args.predict_export, args.out)
        print(f"wrote {path}")
        return 0
    auth = None
    if args.require_auth_env:
        auth = os.environ.get(args.require_auth_env)
        if auth is None:
            parser.error(f"--require-auth-env: ${args.require_auth_env} is not set")
    options = ServerOptions(
        fail_first=args.fail_first,
        retry_after=args.retry_after,
        delay_s=args.delay,
        mode=args.mode,
        model_version=args.model_version,
        require_auth=auth,
    )
    server = ExampleServer(options, args.host, args.port, verbose=args.verbose)
    print(f"listening on {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0
