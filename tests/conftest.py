"""Shared fixtures: a tiny corpus written on the fly, a fast temporary MLflow store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import TINY_ENTITIES, TINY_LABELS, TINY_POSTS, TINY_QUERIES, make_corpus


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """A 6-post corpus with known keyword outcomes (see TINY_QUERIES)."""
    return make_corpus(tmp_path / "tiny", TINY_POSTS, TINY_ENTITIES, TINY_LABELS, TINY_QUERIES)


@pytest.fixture(scope="session")
def _mlflow_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite tracking store migrated once per session (migrations take seconds)."""
    import mlflow

    db = tmp_path_factory.mktemp("mlflow-template") / "mlflow.db"
    mlflow.MlflowClient(f"sqlite:///{db}").search_experiments()
    return db


@pytest.fixture
def mlflow_uri(tmp_path: Path, _mlflow_template: Path) -> str:
    """A fresh, pre-migrated SQLite tracking URI for one test."""
    db = tmp_path / "results" / "mlflow.db"
    db.parent.mkdir(parents=True)
    shutil.copy(_mlflow_template, db)
    return f"sqlite:///{db}"
