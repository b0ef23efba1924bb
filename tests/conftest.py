"""Shared fixtures: the real spaCy model and one real build of the shipped seeds in a scratch folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from build_dossier import pipeline

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
# History entries are dated from SOURCE_DATE_EPOCH: a fixed day keeps golden pages independent of
# the day the tests run (2026-01-01).
os.environ["SOURCE_DATE_EPOCH"] = "1767225600"


def copy_project(dest: Path) -> Path:
    """A dossier folder like the repository's: settings, seeds, templates, hand-written docs."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "curation.yml"):
        shutil.copy(ROOT / name, dest / name)
    for name in ("seeds", "templates", "overrides"):
        shutil.copytree(ROOT / name, dest / name)
    (dest / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "about.md", dest / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    return dest


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Path, pipeline.Result]:
    """The seed dossier built once, for real: extraction, pages and `mkdocs build --strict`."""
    project = copy_project(tmp_path_factory.mktemp("dossier"))
    result = pipeline.build(project / "mkdocs.yml")
    return project, result


@pytest.fixture(scope="session")
def nlp():
    from build_dossier.extract import load_nlp
    from build_dossier.settings import DEFAULT_MODEL

    return load_nlp(DEFAULT_MODEL)
