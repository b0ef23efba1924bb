"""Site: run the real `mkdocs build --strict` over docs/ to produce the static site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .problems import DossierError


def mkdocs(args: list[str], config_file: Path, quiet: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", *args, "-f", str(config_file)]
    return subprocess.run(cmd, env=env, capture_output=quiet, text=True, check=False)


def _failure(what: str, done: subprocess.CompletedProcess) -> DossierError:
    """One line from MkDocs' output: its warnings and errors, or its last words."""
    lines = [ln.strip() for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
    detail = "; ".join(ln for ln in lines if "WARNING" in ln or "ERROR" in ln)[:2000]
    return DossierError(f"{what} failed: {detail or (lines[-1] if lines else 'no output')}")


def build_site(config_file: Path) -> None:
    done = mkdocs(["build", "--strict", "--quiet"], config_file)
    if done.returncode != 0:
        raise _failure("mkdocs build --strict", done)


def deploy(config_file: Path, remote: str, branch: str) -> None:
    """Publish the built site to a git branch (GitHub Pages) with `mkdocs gh-deploy`."""
    args = ["gh-deploy", "--force", "--strict", "--remote-name", remote, "--remote-branch", branch]
    done = mkdocs(args, config_file)
    if done.returncode != 0:
        raise _failure("mkdocs gh-deploy", done)
