"""A vendor's classifier behind an HTTP endpoint (schema: ``HTTP-SCHEMA.md``).

:class:`HttpModel` POSTs batches of posts with the entity definitions as JSON
to the vendor's URL and reads one score per (post, entity) back. It retries
connection errors, timeouts, 408, 429 and 5xx with exponential backoff and
jitter (honouring ``Retry-After``), runs a few requests at a time on threads,
can cap the request rate, and sends the value of an environment variable as
the ``Authorization`` header. Results never depend on the concurrency: every
batch is put back in request order.

The spec is the URL itself; options go in its fragment, which HTTP clients
never send to the server (so the URL's own query string stays the vendor's)::

    --model 'http://127.0.0.1:8080/classify#batch_size=32,concurrency=2,timeout_s=10'

Example:
    >>> url, options = parse_http_spec("https://api.example.com/v1/classify#batch_size=16")
    >>> url, options.batch_size, options.concurrency
    ('https://api.example.com/v1/classify', 16, 4)
    >>> safe_url("https://api.example.com/c?api_key=s3cret&lang=en")
    'https://api.example.com/c?api_key=***&lang=en'
"""

from __future__ import annotations

import email.utils
import http.client
import json
import logging
import math
import os
import random
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, fields
from datetime import UTC
from typing import Any

from listenbench.baselines._protocol import ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.vendor._errors import VendorResponseError
from listenbench.baselines.vendor._records import (
    PairPrediction,
    describe,
    parse_prediction,
    predictions_from_grid,
)
from listenbench.corpora import Entity, Post, Task
from listenbench.corpora._tasks import BINARY_CLASSES

#: The ``schema`` value of every request (and of a response that names one).
SCHEMA = "listenbench.classify/1"
#: Default environment variable whose value is sent as the ``Authorization`` header.
AUTH_ENV = "LISTENBENCH_HTTP_AUTH"
#: Environment variable with default options (``batch_size=32,concurrency=2``);
#: the spec's fragment overrides it.
OPTIONS_ENV = "LISTENBENCH_HTTP_OPTIONS"
#: Response header naming the vendor's model version (recorded in ``ModelInfo``).
VERSION_HEADER = "X-Model-Version"
#: HTTP statuses that are retried (besides connection errors and timeouts).
RETRY_STATUSES: frozenset[int] = frozenset({408, 429, *range(500, 600)})

_SECRET_PARAM = re.compile(r"key|token|secret|passw|sig|auth|credential|session", re.IGNORECASE)
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

log = logging.getLogger("listenbench.baselines.vendor.http")


@dataclass(frozen=True, slots=True)
class HttpOptions:
    """How :class:`HttpModel` talks to an endpoint.

    ``batch_size`` posts go in one request (each with all the call's
    entities); ``concurrency`` requests run at a time; a request gets
    ``timeout_s`` seconds and is retried ``retries`` times after connection
    errors, timeouts, 408, 429 and 5xx, waiting ``backoff_s * 2**attempt``
    (half of it jittered, at most ``max_backoff_s``) or the server's
    ``Retry-After``. ``rate_limit`` caps requests per second over all threads
    (0: no cap). ``auth_env`` names the environment variable whose value is
    sent as the ``Authorization`` header.

    Example:
        >>> HttpOptions.parse("batch_size=8,retries=0,rate_limit=2.5")
        HttpOptions(batch_size=8, concurrency=4, timeout_s=30.0, retries=0, backoff_s=0.5, \
max_backoff_s=30.0, rate_limit=2.5, auth_env='LISTENBENCH_HTTP_AUTH')
    """

    batch_size: int = 64
    concurrency: int = 4
    timeout_s: float = 30.0
    retries: int = 3
    backoff_s: float = 0.5
    max_backoff_s: float = 30.0
    rate_limit: float = 0.0
    auth_env: str = AUTH_ENV

    def __post_init__(self) -> None:
        for name in ("batch_size", "concurrency"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ModelSpecError(
                    f"http model option {name}: expected an int >= 1, got {value!r}"
                )
        if isinstance(self.retries, bool) or not isinstance(self.retries, int) or self.retries < 0:
            raise ModelSpecError(
                f"http model option retries: expected an int >= 0, got {self.retries!r}"
            )
        for name, low, strict in (
            ("timeout_s", 0.0, True),
            ("backoff_s", 0.0, False),
            ("max_backoff_s", 0.0, False),
            ("rate_limit", 0.0, False),
        ):
            value = getattr(self, name)
            ok = (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
                and (value > low if strict else value >= low)
            )
            if not ok:
                sign = ">" if strict else ">="
                raise ModelSpecError(
                    f"http model option {name}: expected a number {sign} {low:g}, got {value!r}"
                )
        if not isinstance(self.auth_env, str) or not _ENV_NAME.fullmatch(self.auth_env):
            raise ModelSpecError(
                "http model option auth_env: expected an environment variable name "
                f"such as {AUTH_ENV}, got {self.auth_env!r}"
            )

    @classmethod
    def parse(cls, text: str, base: HttpOptions | None = None) -> HttpOptions:
        """Options from ``name=value`` items separated by ``,`` or ``&`` over ``base``.

        Raises:
            ModelSpecError: for an unknown name or a value of the wrong type.
        """
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {} if base is None else {n: getattr(base, n) for n in known}
        for item in re.split(r"[,&]", text):
            item = item.strip()
            if not item:
                continue
            name, sep, raw = item.partition("=")
            name, raw = name.strip(), raw.strip()
            if not sep or name not in known:
                raise ModelSpecError(
                    f"http model option {item!r}: expected NAME=VALUE with NAME one of "
                    f"{', '.join(known)}"
                )
            default = getattr(cls(), name)
            try:
                if isinstance(default, int):
                    values[name] = int(raw)
                elif isinstance(default, float):
                    values[name] = float(raw)
                else:
                    values[name] = raw
            except ValueError:
                kind = "an int" if isinstance(default, int) else "a number"
                raise ModelSpecError(
                    f"http model option {name}: expected {kind}, got {raw!r}"
                ) from None
        return cls(**values)


def _check_url(url: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ModelSpecError(
            f"http model: expected an http:// or https:// URL with a host, got {safe_url(url)!r}"
        )
    if parts.username is not None or parts.password is not None:
        raise ModelSpecError(
            "http model: the URL carries credentials (user:password@); runs record their "
            f"model specs, so put the Authorization header value in ${AUTH_ENV} instead"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ModelSpecError(f"http model: bad port in URL {safe_url(url)!r}") from None
    return parts


def safe_url(url: str) -> str:
    """The URL without user info and with secret-looking query values masked.

    Example:
        >>> safe_url("http://u:pw@host/p?token=abc&x=1#batch_size=2")
        'http://host/p?token=***&x=1'
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None else f"{host}:{port}"
    query = "&".join(
        f"{piece.partition('=')[0]}=***" if _SECRET_PARAM.search(piece.partition("=")[0]) else piece
        for piece in parts.query.split("&")
        if piece
    )
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def parse_http_spec(spec: str, environ: Mapping[str, str] | None = None) -> tuple[str, HttpOptions]:
    """Split a spec URL into the URL to call and its options.

    Options come from ``$LISTENBENCH_HTTP_OPTIONS`` and then the URL's
    fragment (``#batch_size=32,concurrency=2``), which wins.

    Raises:
        ModelSpecError: for a URL that is not http(s), carries credentials,
            or bad options.
    """
    url, fragment = urllib.parse.urldefrag(spec.strip())
    _check_url(url)
    env = os.environ if environ is None else environ
    options = HttpOptions.parse(env.get(OPTIONS_ENV, ""))
    if fragment:
        options = HttpOptions.parse(urllib.parse.unquote(fragment), base=options)
    return url, options


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date).

    Example:
        >>> parse_retry_after("2"), parse_retry_after("soon")
        (2.0, None)
        >>> parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", now=90.0)
        10.0
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class _RateLimiter:
    """At most ``rate`` acquisitions per second over all threads (0: unlimited)."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self._interval:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self._interval
        if slot > now:
            time.sleep(slot - now)


def _excerpt(data: bytes, limit: int = 160) -> str:
    text = " ".join(data.decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe_error(err: BaseException, timeout_s: float) -> str:
    inner: object = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(inner, TimeoutError) or "timed out" in str(inner):
        return f"no answer within timeout_s={timeout_s:g}"
    if isinstance(inner, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(inner, BaseException):
        return f"{type(inner).__name__}: {inner}" if str(inner) else type(inner).__name__
    return str(inner)


class HttpModel:
    """A vendor's endpoint as a listenbench :class:`~listenbench.baselines.Model`.

    The Authorization value is read from the environment once, sent with
    every request and kept out of ``info``, ``repr`` and every log message.

    Example:
        >>> model = HttpModel("http://127.0.0.1:8080/classify", HttpOptions(batch_size=32))
        >>> model.info.name, model.info.family, model.info.version, model.info.config["batch_size"]
        ('127.0.0.1:8080', 'http', 'unknown', '32')
    """

    def __init__(
        self,
        url: str,
        options: HttpOptions | None = None,
        *,
        task: Task | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        parts = _check_url(url)
        self._url = url
        self._display = safe_url(url)
        host = parts.hostname or ""
        self._name = host if parts.port is None else f"{host}:{parts.port}"
        self._options = options or HttpOptions()
        self._task = task
        env = os.environ if environ is None else environ
        token = env.get(self._options.auth_env) or None
        if token is None and self._options.auth_env != AUTH_ENV:
            raise ModelSpecError(
                f"http model: auth_env={self._options.auth_env} names an environment "
                "variable that is not set"
            )
        if token is not None and ("\n" in token or "\r" in token):
            raise ModelSpecError(
                f"http model: the value of ${self._options.auth_env} contains a line break"
            )
        self.__authorization = token
        self._version: str | None = None
        self._lock = threading.Lock()
        self._limiter = _RateLimiter(self._options.rate_limit)
        self._jitter = random.Random()  # timing only: never changes a result

    @classmethod
    def from_spec(cls, spec: str, context: ModelContext) -> HttpModel:
        """Build from the spec URL (with optional ``#options``) for the run's task."""
        url, options = parse_http_spec(spec)
        return cls(url, options, task=context.task)

    @property
    def options(self) -> HttpOptions:
        return self._options

    @property
    def classes(self) -> tuple[str, ...]:
        """The classes the endpoint is asked for (``("no", "yes")`` for binary tasks)."""
        return BINARY_CLASSES if self._task is None else tuple(self._task.classes)

    @property
    def _binary(self) -> bool:
        return self._task is None or self._task.binary

    @property
    def info(self) -> ModelInfo:
        """Name from the host; version from the endpoint's ``X-Model-Version`` header."""
        return ModelInfo(
            name=self._name,
            family="http",
            version=self._version or "unknown",
            config={
                "url": self._display,
                "schema": SCHEMA,
                "task": "relevance" if self._task is None else self._task.name,
                "batch_size": str(self._options.batch_size),
            },
        )

    def __repr__(self) -> str:
        o = self._options
        return (
            f"HttpModel({self._display!r}, batch_size={o.batch_size}, "
            f"concurrency={o.concurrency}, timeout_s={o.timeout_s:g}, retries={o.retries})"
        )

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Score every (post, entity) pair on the endpoint, ``batch_size`` posts a request.

        Raises:
            VendorResponseError: one line naming the URL and the batch, for an
                endpoint that fails after the retries, answers 4xx, or answers
                something outside the schema (not JSON, missing, duplicate or
                unknown pairs, scores outside [0, 1]).
        """
        n, m = len(posts), len(entities)
        if len({p.id for p in posts}) != n or len({e.id for e in entities}) != m:
            raise ValueError("HttpModel.predict needs distinct post ids and entity ids")
        if n == 0 or m == 0:
            return predictions_from_grid(
                [[] for _ in range(n)], m, record_classes=self.classes, task=self._task
            )
        entity_payload = [_entity_payload(e) for e in entities]
        size = self._options.batch_size
        starts = list(range(0, n, size))
        jobs = [(b, start, posts[start : start + size]) for b, start in enumerate(starts)]

        def work(job: tuple[int, int, Sequence[Post]]) -> list[list[PairPrediction]]:
            b, start, batch = job
            where = (
                f"{self._display} batch {b + 1}/{len(jobs)} "
                f"(posts {start + 1}-{start + len(batch)} of {n})"
            )
            return self._batch(batch, entities, entity_payload, where)

        workers = min(self._options.concurrency, len(jobs))
        if workers == 1:
            results = [work(job) for job in jobs]
        else:
            executor = ThreadPoolExecutor(workers, thread_name_prefix="listenbench-http")
            futures: list[Future[list[list[PairPrediction]]]] = [
                executor.submit(work, job) for job in jobs
            ]
            try:
                results = [future.result() for future in futures]
            finally:
                executor.shutdown(wait=True, cancel_futures=True)
        grid = [row for rows in results for row in rows]
        return predictions_from_grid(grid, m, record_classes=self.classes, task=self._task)

    def _batch(
        self,
        batch: Sequence[Post],
        entities: Sequence[Entity],
        entity_payload: list[dict[str, Any]],
        where: str,
    ) -> list[list[PairPrediction]]:
        request = {
            "schema": SCHEMA,
            "task": "relevance" if self._task is None else self._task.name,
            "classes": list(self.classes),
            "entities": entity_payload,
            "posts": [_post_payload(p) for p in batch],
        }
        body = json.dumps(request, ensure_ascii=False).encode("utf-8")
        raw, content_type, version = self._post(body, where)
        self._note_version(version, where)
        return _parse_response(
            raw, content_type, batch, entities, self.classes, self._binary, where
        )

    def _headers(self) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
            "User-Agent": f"listenbench/{listenbench_version()}",
        }
        if self.__authorization is not None:
            headers["Authorization"] = self.__authorization
        return headers

    def _post(self, body: bytes, where: str) -> tuple[bytes, str, str | None]:
        o = self._options
        attempts = o.retries + 1
        reason = ""
        for attempt in range(attempts):
            self._limiter.wait()
            request = urllib.request.Request(
                self._url, data=body, method="POST", headers=self._headers()
            )
            retry_after: float | None = None
            try:
                with urllib.request.urlopen(request, timeout=o.timeout_s) as response:
                    raw = response.read()
                    return (
                        raw,
                        response.headers.get("Content-Type", ""),
                        response.headers.get(VERSION_HEADER),
                    )
            except urllib.error.HTTPError as err:
                try:
                    detail = _excerpt(err.read())
                except (OSError, http.client.HTTPException):
                    detail = ""
                finally:
                    err.close()
                reason = f"HTTP {err.code} {err.reason}" + (f": {detail}" if detail else "")
                if err.code not in RETRY_STATUSES:
                    hint = ""
                    if err.code in (401, 403):
                        hint = f" (the Authorization header comes from ${o.auth_env})"
                    raise VendorResponseError(f"{where}: {reason}{hint}") from None
                retry_after = parse_retry_after(err.headers.get("Retry-After"))
            except (OSError, http.client.HTTPException) as err:
                reason = _describe_error(err, o.timeout_s)
            if attempt + 1 < attempts:
                wait = self._backoff(attempt, retry_after)
                log.warning(
                    "%s: %s; retry %d of %d in %.2f s", where, reason, attempt + 1, o.retries, wait
                )
                time.sleep(wait)
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        raise VendorResponseError(f"{where}: {reason} (gave up after {tries})")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        o = self._options
        if retry_after is not None:
            return min(retry_after, o.max_backoff_s)
        ceiling = min(o.max_backoff_s, o.backoff_s * 2.0**attempt)
        return ceiling / 2 + self._jitter.uniform(0.0, ceiling / 2)

    def _note_version(self, version: str | None, where: str) -> None:
        if not version or not version.strip():
            return
        version = " ".join(version.split())[:100]
        with self._lock:
            if self._version is None:
                self._version = version
            elif self._version != version:
                raise VendorResponseError(
                    f"{where}: the endpoint's {VERSION_HEADER} changed during the run "
                    f"({self._version!r}, then {version!r}); the scores would mix two models"
                )


def _post_payload(post: Post) -> dict[str, Any]:
    out: dict[str, Any] = {"id": post.id, "text": post.text, "lang": post.lang}
    for name in ("channel", "text_pair", "target"):
        value = getattr(post, name)
        if value is not None:
            out[name] = value
    return out


def _entity_payload(entity: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entity.id,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "description": entity.description,
    }
    if entity.category is not None:
        out["category"] = entity.category
    out["competitors"] = list(entity.competitors)
    return out


def _parse_response(
    raw: bytes,
    content_type: str,
    batch: Sequence[Post],
    entities: Sequence[Entity],
    classes: Sequence[str],
    binary: bool,
    where: str,
) -> list[list[PairPrediction]]:
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise VendorResponseError(
            f"{where}: response is not JSON (Content-Type {content_type or 'missing'}; "
            f"body starts {_excerpt(raw[:80], 60)!r})"
        ) from None
    if not isinstance(payload, dict) or not isinstance(payload.get("predictions"), list):
        raise VendorResponseError(
            f'{where}: expected a JSON object {{"predictions": [...]}}, found {describe(payload)}'
        )
    if "schema" in payload and payload["schema"] != SCHEMA:
        raise VendorResponseError(
            f"{where}: response schema {describe(payload['schema'])}, expected {SCHEMA!r}"
        )
    rows = {post.id: i for i, post in enumerate(batch)}
    cols = {entity.id: j for j, entity in enumerate(entities)}
    grid: list[list[PairPrediction | None]] = [[None] * len(entities) for _ in batch]
    first: dict[tuple[int, int], int] = {}
    problems: list[str] = []
    for k, item in enumerate(payload["predictions"], start=1):
        rec, errors = parse_prediction(item, classes, binary=binary)
        if rec is None:
            problems.extend(f"prediction {k}: {e}" for e in errors)
            continue
        i, j = rows.get(rec.post_id), cols.get(rec.entity_id)
        pair = f"(post {rec.post_id!r}, entity {rec.entity_id!r})"
        if i is None or j is None:
            problems.append(f"prediction {k}: unknown pair {pair}, not in the request")
        elif (i, j) in first:
            problems.append(
                f"prediction {k}: duplicate pair {pair}, first at prediction {first[i, j]}"
            )
        else:
            grid[i][j] = rec
            first[i, j] = k
    missing = [
        (batch[i].id, entities[j].id)
        for i in range(len(batch))
        for j in range(len(entities))
        if grid[i][j] is None
    ]
    if missing:
        post_id, entity_id = missing[0]
        problems.append(
            f"missing {len(missing)} of the {len(batch) * len(entities)} requested pairs, "
            f"e.g. (post {post_id!r}, entity {entity_id!r})"
        )
    if problems:
        more = len(problems) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        raise VendorResponseError(f"{where}: {problems[0]}{tail}")
    return [[rec for rec in row if rec is not None] for row in grid]


def _http_url(arg: str, scheme: str) -> str:
    arg = arg.strip()
    if "://" in arg:
        return arg
    return f"{scheme}:{arg}" if arg.startswith("//") else f"{scheme}://{arg}"


def make_http(arg: str, context: ModelContext) -> HttpModel:
    """Registry factory for ``http``: ``arg`` is the full URL or what follows ``http:``.

    Example:
        >>> make_http("//127.0.0.1:9/classify#batch_size=8", ModelContext()).options.batch_size
        8
    """
    return HttpModel.from_spec(_http_url(arg, "http"), context)


def make_https(arg: str, context: ModelContext) -> HttpModel:
    """Registry factory for ``https``: ``arg`` is the full URL or what follows ``https:``.

    Example:
        >>> make_https("//api.example.com/c", ModelContext()).info.config["url"]
        'https://api.example.com/c'
    """
    return HttpModel.from_spec(_http_url(arg, "https"), context)
