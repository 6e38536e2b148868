"""Built-in corpora (shipped inside the package) and name → folder resolution.

Example:
    >>> sorted(builtin_corpora())  # doctest: +SKIP
    ['demo']
"""

from __future__ import annotations

from pathlib import Path

from listenbench.corpora._issues import CorpusError, ValidationIssue
from listenbench.corpora._manifest import MANIFEST_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def builtin_corpora() -> dict[str, Path]:
    """Name → folder of each corpus shipped in the package, sorted by name.

    A built-in corpus is any sub-folder of the ``corpora`` package holding a
    ``corpus.toml``; its name is the folder's name.

    Example:
        >>> all(path.joinpath("corpus.toml").is_file() for path in builtin_corpora().values())
        True
    """
    found = {
        child.name: child
        for child in _PACKAGE_DIR.iterdir()
        if child.is_dir() and (child / MANIFEST_NAME).is_file()
    }
    return dict(sorted(found.items()))


def resolve_corpus(name_or_path: str | Path) -> Path:
    """The folder of a corpus given as a path (folder or its corpus.toml) or a built-in name.

    A folder holding a corpus.toml wins over a built-in of the same name; a
    built-in name wins over a folder without one (a stray ``demo/`` folder in
    the working directory does not hide the built-in demo). Raises
    :class:`CorpusError`, listing the built-in names, when neither matches.

    Example:
        >>> resolve_corpus("no-such-corpus")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora._issues.CorpusError: no-such-corpus: no corpus folder ...
    """
    path = Path(name_or_path)
    if path.is_dir() and (path / MANIFEST_NAME).is_file():
        return path
    if path.is_file() and path.name == MANIFEST_NAME:
        return path.parent
    builtins = builtin_corpora()
    if isinstance(name_or_path, str) and name_or_path in builtins:
        return builtins[name_or_path]
    if path.is_dir():
        return path
    names = ", ".join(builtins) or "none"
    if path.exists():
        message = f"not a corpus folder (expected a folder holding {MANIFEST_NAME})"
    else:
        message = f"no corpus folder or built-in corpus of that name (built-in corpora: {names})"
    raise CorpusError([ValidationIssue(str(name_or_path), None, message)])
