"""The installed listenbench version."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def listenbench_version() -> str:
    """Return the installed distribution's version (``"0+unknown"`` from a bare checkout).

    Example:
        >>> isinstance(listenbench_version(), str)
        True
    """
    try:
        return version("listenbench")
    except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
        return "0+unknown"
