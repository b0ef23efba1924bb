"""Serve: live preview — MkDocs serves docs/, and edits to seeds/, curation or templates rebuild it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import click
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from . import pipeline, settings
from .problems import DossierError


def rebuild(config_file: Path) -> None:
    try:
        result = pipeline.build(config_file, site_build=False)
    except DossierError as e:
        click.echo(f"Error: {e}", err=True)
        return
    for line in result.problems.errors:
        click.echo(f"Error: {line}", err=True)
    click.echo(
        f"rebuilt: {len(result.report.written)} files changed ({result.extracted} extracted); "
        f"what's new: {result.whats_new}"
    )


class _Changed(FileSystemEventHandler):
    def __init__(self) -> None:
        self.pending = threading.Event()

    def on_any_event(self, event) -> None:
        if not event.is_directory and "/.build_dossier/" not in str(event.src_path):
            self.pending.set()


def serve(config_file: Path, dev_addr: str) -> None:
    conf = settings.load(config_file)
    rebuild(config_file)
    handler = _Changed()
    observer = Observer()
    for path in (conf.seeds, conf.root / "templates"):
        if path.exists():
            observer.schedule(handler, str(path), recursive=True)
    observer.schedule(handler, str(conf.curation.parent), recursive=False)
    observer.start()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--livereload",
            "-a",
            dev_addr,
            "-f",
            str(config_file),
        ],
        env=env,
    )
    # A plain `kill` (SIGTERM) must stop the MkDocs server too, not leave it running on its port.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    died = False
    try:
        while server.poll() is None:
            if handler.pending.wait(0.5):
                time.sleep(0.3)  # let an editor finish saving
                handler.pending.clear()
                rebuild(config_file)
        died = True
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if died and server.returncode != 0:  # e.g. the address is in use; MkDocs said why above
        raise DossierError(f"mkdocs serve stopped with exit code {server.returncode}")
