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

from . import changes, pipeline, settings
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


CHANGES = {"created", "modified", "moved", "deleted"}


class _Changed(FileSystemEventHandler):
    def __init__(self, root: Path) -> None:
        self.pending = threading.Event()
        self.templates = os.path.abspath(root / "templates")
        self.history = os.path.abspath(
            root / changes.HISTORY
        )  # the build writes it: no rebuild for that

    def on_any_event(self, event) -> None:
        if event.event_type not in CHANGES:  # the rebuild itself opens and reads these files
            return
        path = os.path.abspath(event.src_path)
        # A templates/ folder made after serve started must be watched from then on.
        if event.is_directory:
            if path == self.templates:
                self.pending.set()
        elif "/.build_dossier/" not in path and path != self.history:
            self.pending.set()


def watch(observer, handler: _Changed, conf, watched: set[Path]) -> None:
    """Watch seeds/ and templates/ (each once, from when it exists) and the dossier folder's own files."""
    for path in (conf.seeds, conf.root / "templates", conf.curation.parent):
        if path.exists() and path not in watched:
            observer.schedule(handler, str(path), recursive=path != conf.curation.parent)
            watched.add(path)


def serve(config_file: Path, dev_addr: str) -> None:
    conf = settings.load(config_file)
    rebuild(config_file)
    handler = _Changed(conf.root)
    observer = Observer()
    watched: set[Path] = set()
    watch(observer, handler, conf, watched)
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
                watch(observer, handler, conf, watched)
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
