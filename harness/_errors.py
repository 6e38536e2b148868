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
    from listenbench.corpora import CorpusError
    from listenbench.corpora.importers import ImporterError
    from listenbench.harness._config import ConfigError

    return (
        CorpusError,
        ImporterError,
        QueryFileError,
        QueryCompileError,
        QuerySyntaxError,
        ModelSpecError,
        ConfigError,
        FileNotFoundError,
        IsADirectoryError,
        PermissionError,
    )
