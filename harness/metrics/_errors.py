"""Exception types of :mod:`listenbench.harness.metrics`."""

from __future__ import annotations


class MetricsError(ValueError):
    """Bad input to the metrics package (a malformed pair table, an unknown option, ...).

    The message is one line naming what was found and what was expected.

    Example:
        >>> try:
        ...     raise MetricsError("confidence must lie in (0, 1), found 1.5")
        ... except ValueError as exc:
        ...     print(exc)
        confidence must lie in (0, 1), found 1.5
    """


class UnknownSliceError(MetricsError, KeyError):
    """A slice asked of a :class:`MetricReport` that the report does not hold."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""
