"""Refresh the golden files from a fresh build of the seeds: `make golden` (review the diff!)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from build_dossier import pipeline

from .conftest import copy_project

GOLDEN = Path(__file__).parent / "golden"


def generated(project: Path) -> dict[str, bytes]:
    """The generated YAML, Markdown, JSON, CSV and feed under docs/, by path."""
    docs = project / "docs"
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.suffix in (".md", ".yml", ".json", ".csv", ".xml") and p.name != "about.md"
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp))
        pipeline.build(project / "mkdocs.yml", site_build=False)
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in generated(project).items():
            target = GOLDEN / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    print(f"golden files refreshed in {GOLDEN}")


if __name__ == "__main__":
    main()
