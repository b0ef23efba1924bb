"""Serve: the real live preview picks up a new article in seeds/, a curation edit and a new templates/ folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from build_dossier import new
from build_dossier.ingest import slug

from .conftest import ROOT

ARTICLES = sorted((ROOT / "tests" / "eval" / "heldout" / "articles").glob("*.txt"))[:2]
TIMEOUT = 90  # seconds: a rebuild loads the spaCy model and MkDocs rebuilds the site


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str = "", log: Path | None = None) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.5)
    output = log.read_text(errors="replace")[-3000:] if log else ""
    pytest.fail(f"{url} did not serve {text!r} within {TIMEOUT}s; serve said:\n{output}")


@pytest.mark.slow
def test_serve_rebuilds_on_new_seed_curation_edit_and_templates(tmp_path):
    folder = tmp_path / "dossier"
    new.scaffold(folder, title="Plastics", policy="plastics ban")
    shutil.copy(ARTICLES[0], folder / "seeds" / ARTICLES[0].name)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "build_dossier", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=folder, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        wait_for(f"{base}/", "Plastics", log)
        assert fetch(f"{base}/sources/{slug(ARTICLES[1].stem)}/") is None

        # A file dropped into seeds/ by hand appears without a restart.
        shutil.copy(ARTICLES[1], folder / "seeds" / ARTICLES[1].name)
        wait_for(f"{base}/sources/{slug(ARTICLES[1].stem)}/", "", log)

        # A correction appears too: rename an actor the build found.
        actors = yaml.safe_load((folder / "docs" / "data" / "actors.yml").read_text("utf-8"))
        name = actors["actors"][0]["name"]
        shown = "Renamed By The Analyst"
        (folder / "curation.yml").write_text(yaml.safe_dump({"rename": {name: shown}}))
        page = wait_for(f"{base}/actors/{slug(shown)}/", shown, log)
        assert shown in page
        actors_page = wait_for(f"{base}/actors/", shown, log)
        assert f">{name}<" not in actors_page

        # A templates/ folder made while serving overrides the packaged template from then on.
        settle(log)
        (folder / "templates").mkdir()
        time.sleep(1)  # the folder alone triggers a rebuild; the file comes after it
        (folder / "templates" / "home.md.j2").write_text("# Our own home page\n")
        wait_for(f"{base}/", "Our own home page", log)

        # A plain kill of serve stops its MkDocs server as well: the port is free again.
        server.terminate()
        assert server.wait(timeout=30) == 0
        with socket.socket() as s:
            # SO_REUSEADDR: connections just closed may linger; a listener must not.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("127.0.0.1", port))
    finally:
        stop(server)


def settle(log: Path) -> None:
    """Wait until serve has finished rebuilding: its log stops growing (a rebuild must not trigger
    another one, by reading or writing files serve watches)."""
    deadline = time.monotonic() + TIMEOUT
    size, still = -1, 0
    while still < 6:
        if time.monotonic() > deadline:
            pytest.fail(
                f"serve kept rebuilding for {TIMEOUT}s with no change made:\n{log.read_text()[-1000:]}"
            )
        time.sleep(0.5)
        now = log.stat().st_size
        size, still = now, (still + 1 if now == size else 0)


def stop(process: subprocess.Popen) -> None:
    """Kill the process and everything it started (they share its process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def test_serve_fails_with_one_line_when_the_address_is_taken(tmp_path):
    folder = tmp_path / "dossier"
    new.scaffold(folder, title="Plastics", policy="plastics ban")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "build_dossier", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
        )  # fmt: skip
        try:
            _, err = server.communicate(timeout=TIMEOUT)
        finally:
            stop(server)
    assert server.returncode != 0
    assert "Error: mkdocs serve stopped with exit code" in err
