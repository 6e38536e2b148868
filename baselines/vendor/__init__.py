"""Vendors' systems as listenbench models: an HTTP endpoint, or a predictions file.

- :class:`HttpModel` (``--model http://host:port/path#batch_size=32``) POSTs
  posts and entity definitions to a vendor's endpoint (schema:
  ``baselines/vendor/HTTP-SCHEMA.md``) and reads the scores back.
- :class:`PredictionsFileModel` (``--model predictions:vendor.jsonl``) serves
  the scores a vendor returned for a blind export (``listenbench blind``).

Both check what the vendor sent and report problems as :class:`VendorError`
(one line for the endpoint; every problem, with its line, for a file).

Example:
    >>> from listenbench.baselines.vendor import HttpModel, HttpOptions
    >>> HttpModel("http://127.0.0.1:8080/classify", HttpOptions(concurrency=2)).info.family
    'http'
"""

from __future__ import annotations

from listenbench.baselines.vendor._blind_ids import blind_post_ids
from listenbench.baselines.vendor._errors import (
    PredictionsFileError,
    Problem,
    VendorError,
    VendorResponseError,
)
from listenbench.baselines.vendor._http import (
    AUTH_ENV,
    OPTIONS_ENV,
    SCHEMA,
    VERSION_HEADER,
    HttpModel,
    HttpOptions,
    make_http,
    make_https,
    parse_http_spec,
    safe_url,
)
from listenbench.baselines.vendor._predictions_file import (
    FORMAT_VERSION,
    HEADER_KEY,
    PredictionsFile,
    PredictionsFileModel,
    PredictionsHeader,
    make_predictions,
    read_header,
    read_predictions_file,
    scored_posts,
)
from listenbench.baselines.vendor._records import DEFAULT_THRESHOLD, PairPrediction

__all__ = [
    "AUTH_ENV",
    "DEFAULT_THRESHOLD",
    "FORMAT_VERSION",
    "HEADER_KEY",
    "OPTIONS_ENV",
    "SCHEMA",
    "VERSION_HEADER",
    "HttpModel",
    "HttpOptions",
    "PairPrediction",
    "PredictionsFile",
    "PredictionsFileError",
    "PredictionsFileModel",
    "PredictionsHeader",
    "Problem",
    "VendorError",
    "VendorResponseError",
    "blind_post_ids",
    "make_http",
    "make_https",
    "make_predictions",
    "parse_http_spec",
    "read_header",
    "read_predictions_file",
    "safe_url",
    "scored_posts",
]
