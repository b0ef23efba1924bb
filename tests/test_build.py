"""End to end: seeds → YAML → pages → `mkdocs build --strict`, deterministic, incremental, golden."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import jsonschema

from build_dossier import ingest, pipeline

from .conftest import ROOT, copy_project
from .golden import GOLDEN, generated


def test_site_is_built_with_strict_mkdocs(built):
    project, result = built
    site = project / "site"
    assert (site / "index.html").exists() and (site / "timeline" / "index.html").exists()
    assert (
        result.sources == 5 and result.actors > 10 and result.positions > 10 and result.events > 10
    )
    assert result.undated == ["003_e7526d7d388919c6.txt"]


def test_json_export_follows_the_schema_and_quotes_are_verbatim(built):
    project, _ = built
    data = json.loads((project / "site" / "data" / "dossier.json").read_text())
    schema = json.loads((ROOT / "schema" / "dossier.schema.json").read_text())
    jsonschema.validate(data, schema)
    texts = {
        s["id"]: ingest.normalise((project / "seeds" / s["file"]).read_text())
        for s in data["sources"]
    }
    normalised = {k: " ".join(v.split()) for k, v in texts.items()}
    for p in data["positions"]:
        assert " ".join(p["quote"].split()) in normalised[p["source"]]
    for e in data["events"]:
        for v in e["evidence"]:
            assert " ".join(v["quote"].split()) in normalised[v["source"]]


def test_no_page_furniture_or_weapons_become_actors(built):
    project, _ = built
    names = {
        a["name"].lower()
        for a in json.loads((project / "site/data/dossier.json").read_text())["actors"]
    }
    for junk in (
        "attn",
        "ld",
        "rss",
        "news photo",
        "twitter",
        "musudan",
        "yonhap",
        "defense",
        "gsomia",
    ):
        assert junk not in names
    assert {"han min-koo", "moon sang-gyun", "yasumasa nagamine", "kim eul-dong"} <= names


def test_generated_files_match_the_golden_files(built):
    project, _ = built
    got = generated(project)
    want = {
        p.relative_to(GOLDEN).as_posix(): p.read_bytes()
        for p in sorted(GOLDEN.rglob("*"))
        if p.is_file()
    }
    assert sorted(got) == sorted(want), "pages added or removed: run `make golden` and review"
    changed = [k for k in got if got[k] != want[k]]
    assert not changed, (
        f"{len(changed)} files differ from tests/golden (run `make golden` and review): {changed[:5]}"
    )


def test_rebuild_from_cache_equals_a_clean_build_and_writes_nothing(built, tmp_path):
    project, _ = built
    before = generated(project)
    again = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert again.extracted == 0 and again.report.written == [] and generated(project) == before
    clean = copy_project(tmp_path / "clean")
    pipeline.build(clean / "mkdocs.yml", site_build=False)
    assert generated(clean) == before


def test_new_article_is_the_only_one_extracted_and_a_removed_one_leaves_nothing(built, tmp_path):
    project = copy_project(tmp_path / "p")
    pipeline.build(project / "mkdocs.yml", site_build=False)
    shutil.copy(
        ROOT / "tests/fixtures/ingest/front_matter_article.md", project / "seeds" / "levy.md"
    )
    added = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert added.extracted == 1 and added.sources == 6
    (project / "seeds" / "levy.md").unlink()
    removed = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert removed.sources == 5 and "sources/levy.md" in removed.report.removed


def test_cli_reports_a_bad_article_in_one_line_and_builds_the_rest(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    done = subprocess.run(
        [sys.executable, "-m", "build_dossier", "build", "--no-site"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "Error: seeds/broken.txt: is a binary file, not text" in done.stderr.splitlines()
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("5 sources,")


def test_corrections_hold_after_new_articles_arrive(tmp_path):
    project = copy_project(tmp_path / "p")
    pipeline.build(project / "mkdocs.yml", site_build=False)
    shutil.copy(
        ROOT / "tests/fixtures/ingest/front_matter_article.md", project / "seeds" / "levy.md"
    )
    result = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert result.problems.warnings == [
        "seeds/003_e7526d7d388919c6.txt: no publication date in the text; add `published: YYYY-MM-DD` "
        "to 003_e7526d7d388919c6.meta.yml if you know it"
    ]  # no curation warning: every correction still matched something
    data = json.loads((project / "docs/data/dossier.json").read_text())
    names = {a["name"] for a in data["actors"]}
    assert "opposition parties" in names and not names & {"opposition bloc", "opposition lawmakers"}
    assert "Korean Council for the Women Drafted for Military Sexual Slavery by Japan" in names
    curated = [p for p in data["positions"] if p["basis"] == "curated"]
    assert [(p["actor"], p["stance"]) for p in curated] == [("yasumasa-nagamine", "support")]
    assert (project / "curation.yml").read_bytes() == (ROOT / "curation.yml").read_bytes()


def test_a_stance_that_changes_shows_as_a_change_with_its_speaker(tmp_path):
    import yaml

    project = copy_project(tmp_path / "p")
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    (project / "seeds" / "a.txt").write_text(
        "Pilots oppose harbour levy\nPublished : Mar. 2, 2026 - 09:40\n\n"
        "The Harbour Pilots Association rejected the harbour levy on Monday.\n"
    )
    (project / "seeds" / "b.txt").write_text(
        "Pilots now back harbour levy\nPublished : May 4, 2026 - 10:00\n\n"
        '"We now support the harbour levy," said Anna Berg, who chairs the Harbour Pilots '
        "Association.\nThe Harbour Pilots Association said it would back the harbour levy.\n"
    )
    dossier = {"policy": "harbour levy", "policy_names": ["harbour levy"]}
    config = {"site_name": "Levy", "extra": {"dossier": dossier}}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config))
    pipeline.build(project / "mkdocs.yml", site_build=False)
    data = json.loads((project / "docs/data/dossier.json").read_text())
    pilots = sorted(
        (p["date"], p["stance"]) for p in data["positions"] if p["actor"].startswith("harbour")
    )
    assert pilots == [("2026-03-02", "oppose"), ("2026-05-04", "support")]
    berg = [p for p in data["positions"] if p["actor"] == "anna-berg"]
    assert [(p["stance"], p["speaker"]) for p in berg] == [("support", "Anna Berg")]
    stances_page = (project / "docs/stances.md").read_text()
    row = next(line for line in stances_page.splitlines() if "Harbour Pilots" in line)
    assert "changed" in row and row.index("oppose") < row.rindex("support")
