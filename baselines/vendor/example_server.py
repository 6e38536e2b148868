"""Run the example vendor endpoint (see ``_example_server``).

Usage::

    python -m listenbench.baselines.vendor.example_server --port 8080
    python -m listenbench.baselines.vendor.example_server --predict-export EXPORT --out P.jsonl

Example:
    >>> from listenbench.baselines.vendor.example_server import ExampleServer, ServerOptions
    >>> ServerOptions(fail_first=2).fail_first
    2
"""

from __future__ import annotations

from listenbench.baselines.vendor._example_server import (
    MODES,
    ExampleServer,
    ReceivedRequest,
    ServerOptions,
    alias_match,
    classify,
    main,
    predict_export,
)

__all__ = [
    "MODES",
    "ExampleServer",
    "ReceivedRequest",
    "ServerOptions",
    "alias_match",
    "classify",
    "main",
    "predict_export",
]

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
