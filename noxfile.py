"""Developer sessions: `nox -s tests` (the CI gate), `nox -s lint`, `nox -s bench`.

Tests run against the *installed* package (a wheel built from this tree),
not the source folders, so packaging mistakes fail here first.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Install the wheel with test extras and run the default test suite."""
    session.install(".[test,models]")
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs)
    if not session.posargs:
        # The examples in the docstrings are tests too.
        session.run(
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--doctest-modules",
            "harness",
            "corpora",
            "baselines",
            "kernels",
        )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff (lint + format check) and mypy --strict on the installed package."""
    session.install(".[dev]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # mypy cannot follow the package-dir mapping, and on the installed wheel it
    # would only see the __init__ files: check the sources through a
    # listenbench/ tree of symlinks instead.
    repo = Path.cwd()
    tree = Path(session.create_tmp()) / "mypy-src"
    (tree / "listenbench").mkdir(parents=True, exist_ok=True)
    packages = ("harness", "corpora", "baselines", "kernels")
    for name in packages:
        link = tree / "listenbench" / name
        if not link.is_symlink():
            link.symlink_to(repo / name, target_is_directory=True)
    session.chdir(tree)
    args = [arg for name in packages for arg in ("-p", f"listenbench.{name}")]
    session.run("mypy", "--config-file", str(repo / "pyproject.toml"), *args)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """pytest-benchmark suite (not part of the default test run)."""
    session.install(".[test,models]")
    session.run("pytest", "tests", "--benchmark-only", "--benchmark-enable", *session.posargs)
