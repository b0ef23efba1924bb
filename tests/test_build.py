"""End to end: seeds → YAML → pages → `mkdocs build --strict`, deterministic, incremental, golden."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import yaml

from build_dossier import changes, ingest, pipeline, render

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
    history = (project / changes.HISTORY).read_bytes()
    again = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert again.extracted == 0 and again.report.written == [] and generated(project) == before
    assert again.whats_new == "nothing" and (project / changes.HISTORY).read_bytes() == history
    # A clean build: no cache, no manifest, only the committed history.
    clean = copy_project(tmp_path / "clean")
    shutil.copy(project / changes.HISTORY, clean / changes.HISTORY)
    pipeline.build(clean / "mkdocs.yml", site_build=False)
    assert generated(clean) == before and (clean / changes.HISTORY).read_bytes() == history


def test_whats_new_page_and_feed_list_a_new_article_and_what_it_brought(tmp_path):
    project = copy_project(tmp_path / "p")
    held = tmp_path / "held"
    held.mkdir()
    last = ingest.discover(project / "seeds")[-1]
    for path in project.joinpath("seeds").glob(last.stem + ".*"):  # the article and its sidecar
        shutil.move(path, held / path.name)
    pipeline.build(project / "mkdocs.yml", site_build=False)
    before = json.loads((project / "docs/data/dossier.json").read_text())
    for path in held.iterdir():
        shutil.move(path, project / "seeds" / path.name)
    result = pipeline.build(project / "mkdocs.yml")  # with `mkdocs build --strict`: links hold
    after = json.loads((project / "docs/data/dossier.json").read_text())

    (new_source,) = {s["id"] for s in after["sources"]} - {s["id"] for s in before["sources"]}
    new_actors = {a["id"] for a in after["actors"]} - {a["id"] for a in before["actors"]}
    assert new_actors, "the held-back article should bring actors of its own"
    old_stance, new_stance = stances(before), stances(after)
    changed = {a for a in old_stance.keys() & new_stance.keys() if old_stance[a] != new_stance[a]}
    changed |= {a for a in new_stance.keys() - old_stance.keys() if a not in new_actors}
    assert result.whats_new.startswith(f"1 new source, {len(new_actors)} new actors")

    page = (project / "docs/whats-new.md").read_text()
    newest = page.split("{ #build-2 }")[1].split("{ #build-1 }")[0]
    assert f"(sources/{new_source}.md)" in newest
    for a in new_actors | changed:
        assert f"(actors/{a}.md)" in newest
    assert "[Subscribe (Atom)](feed.xml)" in page

    feed = ET.parse(project / "docs/feed.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    history = yaml.safe_load((project / changes.HISTORY).read_text())
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed" and len(entries) == 2
    assert len(history["builds"]) == 2 and "first_build" in history["builds"][0]
    content = entries[0].find("{http://www.w3.org/2005/Atom}content").text
    assert f'href="sources/{new_source}/"' in content
    assert all(f'href="actors/{a}/"' in content for a in new_actors | changed)
    assert 'type="application/atom+xml"' in (project / "site/whats-new/index.html").read_text()

    # Nothing new: no entry, nothing rewritten.
    text = (project / changes.HISTORY).read_bytes()
    same = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert same.report.written == [] and (project / changes.HISTORY).read_bytes() == text


def stances(data: dict) -> dict[str, str]:
    """Each actor's overall stance, as the dossier pages show it."""
    by_actor: dict[str, list] = {}
    for p in sorted(data["positions"], key=lambda p: (p["date"] or "", p["source"])):
        by_actor.setdefault(p["actor"], []).append(p)
    return {a: render.stance_summary(ps)["overall"] for a, ps in by_actor.items()}


def test_an_unreadable_history_is_reported_and_left_alone(tmp_path):
    project = copy_project(tmp_path / "p")
    broken = "# Generated by build-dossier; do not edit.\nbuilds: [\n"
    (project / changes.HISTORY).write_text(broken)
    result = pipeline.build(project / "mkdocs.yml", site_build=False)
    assert result.problems.errors == ["history.yml: not valid YAML at line 3"]
    assert (project / changes.HISTORY).read_text() == broken  # past entries are never lost
    assert result.sources == 5 and (project / "docs/whats-new.md").exists()


def test_check_mode_records_no_history(tmp_path):
    project = copy_project(tmp_path / "p")
    result = pipeline.build(project / "mkdocs.yml", check=True)
    assert "history.yml" in result.report.written and not (project / changes.HISTORY).exists()


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
    assert "what's new: first build: 5 sources, " in done.stdout.splitlines()[1]


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
    han = next(a for a in data["actors"] if a["id"] == "han-min-koo")
    assert [r["start"] for r in han["roles"] if r["basis"] == "curation"] == ["2014-06"]
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

    # On the actor's page the change is one line, then each quote in its own list item, not code.
    import markdown

    page = (project / "docs/actors/harbour-pilots-association.md").read_text()
    page = page.split("## Timeline")[0]  # the position section
    html = markdown.markdown(page, extensions=["attr_list", "md_in_html", "tables"])
    assert "<pre>" not in html and html.count('<a href="../sources/') == 2
    assert html.count("<li>") >= 2 and "Stance changed over time" in html.split("<li>")[0]
