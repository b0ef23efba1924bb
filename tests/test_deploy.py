"""Deploy: `build-dossier deploy` pushes the built site to a local bare repository standing in for GitHub."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import copy_project

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
}


def git(*args, cwd):
    return subprocess.run(
        ["git", *args], cwd=cwd, env=GIT_ENV, check=True, capture_output=True, text=True
    )


def test_deploy_pushes_the_site_to_the_pages_branch(tmp_path):
    project = copy_project(tmp_path / "dossier")
    remote = tmp_path / "remote.git"
    git("init", "--bare", "-q", str(remote), cwd=tmp_path)
    git("init", "-q", "-b", "main", cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "-qm", "dossier", cwd=project)
    git("remote", "add", "origin", str(remote), cwd=project)
    done = subprocess.run(
        [sys.executable, "-m", "build_dossier", "deploy"],
        cwd=project,
        env=GIT_ENV,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("published to origin/gh-pages")
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).stdout.split()
    assert {"index.html", "data/dossier.json", "timeline/index.html", ".nojekyll"} <= set(files)
