"""Which exceptions are the user's input problems (one-line message, exit 2)."""

from __future__ import annotations


def user_error_types() -> tuple[type[BaseException], ...]:
    """Exception types that mean bad input rather than a bug in listenbench.

    Example:
        >>> FileNotFoundError in user_error_types()
        True
    """
    from listenbench.baselines import ModelSpecError
    from listenbench.baselines.keyword import QueryCompileError, QueryFileError, QuerySyntaxError
    from listenbench.baselines.vendor import VendorError
    from listenbench.corpora import CorpusError, TaskError
    from listenbench.corpora.importers import ImporterError
    from listenbench.harness._config import ConfigError
    from listenbench.harness.blind import BlindError

    return (
        CorpusError,
        ImporterError,
        QueryFileError,
        QueryCompileError,
        QuerySyntaxError,
        ModelSpecError,
        ConfigError,
        TaskError,
        VendorError,
        BlindError,
        FileNotFoundError,
        IsADirectoryError,
        PermissionError,
    )
