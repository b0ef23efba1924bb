"""New: a scaffolded dossier on another policy builds with the installed tool, and refuses to overwrite."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from build_dossier import curation, new, settings
from build_dossier.ingest import slug

from .conftest import ROOT

# Articles on a policy the seeds are not about, used here only as input files.
ARTICLES = sorted((ROOT / "tests" / "eval" / "heldout" / "articles").glob("*.txt"))[:3]
LOCAL = re.compile(r"https?://(127\.0\.0\.1|localhost)[:/]")


def cli(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "build_dossier", *args]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def dossier(tmp_path_factory) -> Path:
    """A new dossier on another policy, with three articles, built for real."""
    folder = tmp_path_factory.mktemp("new") / "plastics"
    done = cli("new", str(folder), "--title", "Plastics", "--policy", "plastics ban",
               cwd=folder.parent)  # fmt: skip
    assert done.returncode == 0, done.stderr
    for article in ARTICLES:
        shutil.copy(article, folder / "seeds" / article.name)
    done = cli("build", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder


def test_new_dossier_builds_pages_for_its_sources(dossier):
    assert not (dossier / "templates").exists()  # the packaged templates served
    for article in ARTICLES:
        page = dossier / "site" / "sources" / slug(article.stem) / "index.html"
        assert page.is_file(), page
    settings = yaml.safe_load((dossier / "mkdocs.yml").read_text())
    assert settings["site_name"] == "Plastics"
    assert settings["extra"]["dossier"]["policy"] == "plastics ban"
    assert "default_country" not in settings["extra"]["dossier"]


def test_scaffold_references_no_third_party_url(tmp_path):
    new.scaffold(tmp_path / "d", title="T", policy="P", country="C")
    scaffolded = [p for p in (tmp_path / "d").rglob("*") if p.is_file()]
    assert len(scaffolded) >= 7
    for path in scaffolded:
        for url in re.findall(r"(?:https?:)?//[\w.-]+[^\s)\"'`]*", path.read_text("utf-8")):
            assert LOCAL.match(url), f"{path.name}: {url}"


def test_built_site_loads_scripts_and_styles_only_from_itself(dossier):
    html = (dossier / "site" / "index.html").read_text("utf-8")
    loaded = re.findall(r'<script[^>]+src="([^"]+)"', html)
    loaded += re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    assert any("dossier.css" in u for u in loaded) and any("timeline.js" in u for u in loaded)
    assert not [u for u in loaded if re.match(r"(https?:)?//", u)]


def test_new_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    done = cli("new", str(tmp_path), "--policy", "plastics ban", cwd=tmp_path)
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1 and "not empty" in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_settings_and_nav_have_the_shape_of_this_repository(tmp_path):
    new.scaffold(tmp_path / "d", title="T", policy="P ban (PB)", names=("the bill",), country="C",
                 site_url="https://example.org/d/", repo_url=None)  # fmt: skip
    ours = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    theirs = yaml.safe_load((tmp_path / "d" / "mkdocs.yml").read_text("utf-8"))
    shared = ("theme", "plugins", "markdown_extensions", "extra_css", "extra_javascript",
              "validation", "nav")  # fmt: skip
    for key in shared:
        assert theirs[key] == ours[key], key
    names = theirs["extra"]["dossier"]["policy_names"]
    assert names[:3] == ["P ban", "PB", "the ban"] and names[-1] == "the bill"
    assert theirs["extra"]["dossier"]["default_country"] == "C"
    assert theirs["site_url"] == "https://example.org/d/" and "repo_url" not in theirs


def test_a_policy_named_for_a_province_writes_its_region(tmp_path):
    new.scaffold(tmp_path / "d", title="T", policy="Manitoba's ban on plastic cups", names=(),
                 country=None, site_url=None, repo_url=None)  # fmt: skip
    theirs = yaml.safe_load((tmp_path / "d" / "mkdocs.yml").read_text("utf-8"))
    assert theirs["extra"]["dossier"]["region"] == "Manitoba"
    conf = settings.load(tmp_path / "d" / "mkdocs.yml")
    assert (conf.region, conf.default_country) == ("Manitoba", "Canada")


def test_curation_examples_cover_every_section_and_are_valid(tmp_path):
    text = (new.SCAFFOLD / "curation.yml").read_text("utf-8")
    assert yaml.safe_load(text) is None  # all commented out: no correction until the user adds one
    example = "\n".join(
        line[2:]
        for line in text.splitlines()
        if line.startswith("# ") and re.match(r"( |[a-z_]+:$)", line[2:])
    )
    data = yaml.safe_load(example)
    assert set(data) == set(curation.SECTIONS)
    assert list(curation.validate(data)) == []


def test_a_dossier_template_overrides_the_packaged_one(dossier, tmp_path):
    copy = tmp_path / "d"
    shutil.copytree(dossier, copy, ignore=shutil.ignore_patterns("site"))
    (copy / "templates").mkdir()
    (copy / "templates" / "home.md.j2").write_text("# Our own home page\n\n{{ title }}\n")
    done = cli("build", "--no-site", cwd=copy)
    assert done.returncode == 0, done.stderr
    assert "Our own home page" in (copy / "docs" / "index.md").read_text()
    assert (copy / "docs" / "stances.md").read_text() == (
        dossier / "docs" / "stances.md"
    ).read_text()


def test_an_installed_wheel_carries_the_templates(tmp_path):
    """A non-editable install (the built wheel, in a folder of its own) scaffolds and builds."""
    # Built from a copy, so the build's scratch files stay out of the working tree.
    source = tmp_path / "source"
    skip = shutil.ignore_patterns(".*", "site", "build", "*.egg-info", "tests", "benchmarks")
    shutil.copytree(ROOT, source, symlinks=True, ignore=skip)
    wheels = tmp_path / "wheels"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", str(source), "-w", str(wheels)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    target = tmp_path / "installed"
    wheel = next(wheels.glob("*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    assert (target / "build_dossier" / "templates" / "source.md.j2").is_file()
    # The wheel's package comes first; its dependencies (spaCy, the model, MkDocs) from this venv.
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import build_dossier; print(build_dossier.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(target)
    work = tmp_path / "work"
    work.mkdir()
    assert cli("new", "d", "--policy", "plastics ban", cwd=work, env=env).returncode == 0
    shutil.copy(ARTICLES[0], work / "d" / "seeds" / ARTICLES[0].name)
    done = cli("build", "--no-site", cwd=work / "d", env=env)
    assert done.returncode == 0, done.stderr
    assert (work / "d" / "docs" / "sources" / f"{slug(ARTICLES[0].stem)}.md").is_file()
