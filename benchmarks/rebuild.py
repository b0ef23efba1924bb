"""Benchmark: cold build, no-change rebuild and one-article rebuild on a corpus of N articles.

Run `make bench` (or `python benchmarks/rebuild.py --articles 500`). The corpus is the shipped
seeds repeated, each copy made distinct by a numbered closing paragraph, so that every article is
extracted and paged on its own. Reports the pipeline's own time and `mkdocs build`'s separately.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from build_dossier import pipeline, site  # noqa: E402
from tests.conftest import copy_project  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "dossier")
        seeds = sorted((project / "seeds").glob("*.txt"))
        for i in range(args.articles - len(seeds)):
            src = seeds[i % len(seeds)]
            text = (
                src.read_text("utf-8")
                + f"\n\nThis is copy number {i + 1} of the article, made for the benchmark.\n"
            )
            (project / "seeds" / f"copy_{i + 1:04d}_{src.name}").write_text(text, "utf-8")
        config = project / "mkdocs.yml"
        rows = []
        for label, change in (
            ("cold", lambda: shutil.rmtree(project / ".build_dossier", ignore_errors=True)),
            ("no change", lambda: None),
            ("one new article", lambda: (project / "seeds" / "zz_new.txt").write_text(
                seeds[0].read_text("utf-8") + "\n\nA new closing line for the benchmark.\n", "utf-8")),
        ):  # fmt: skip
            change()
            result = None

            def run():
                nonlocal result
                result = pipeline.build(config, site_build=False)

            ours = timed(run)
            mk = timed(lambda: site.build_site(config))
            pages = sum(1 for _ in (project / "docs").rglob("*.md"))
            rows.append((label, ours, mk, result.extracted, len(result.report.written), pages))
        print(f"{args.articles} articles")
        print(
            f"{'build':<16} {'pipeline s':>10} {'mkdocs s':>9} {'extracted':>9} {'written':>8} {'pages':>6}"
        )
        for label, ours, mk, extracted, written, pages in rows:
            print(f"{label:<16} {ours:>10.1f} {mk:>9.1f} {extracted:>9} {written:>8} {pages:>6}")
        cold, nochange = rows[0][1], rows[1][1]
        print(f"no-change pipeline time is {nochange / cold:.1%} of a cold pipeline run")


if __name__ == "__main__":
    main()
