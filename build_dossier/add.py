"""Add: copy new article files (or fetched pages) into seeds/, refusing exact duplicates."""

from __future__ import annotations

import hashlib
import shutil
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from .ingest import ARTICLE_SUFFIXES, discover, sidecar_path, slug
from .problems import DossierError


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _free_name(seeds: Path, name: str) -> Path:
    target = seeds / name
    n = 2
    while target.exists():
        target = seeds / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return target


def add(items: list[str], seeds: Path) -> list[str]:
    """Store each path or URL as a seed; returns one line per item saying what happened."""
    seeds.mkdir(parents=True, exist_ok=True)
    known = {_digest(p.read_bytes()): p for p in discover(seeds)}
    lines = []
    for item in items:
        if urlparse(item).scheme in ("http", "https"):
            data, name = (
                fetch(item),
                f"{slug(urlparse(item).netloc + urlparse(item).path)[:80]}.html",
            )
        else:
            path = Path(item)
            if not path.is_file():
                raise DossierError(f"{item}: no such file")
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                raise DossierError(
                    f"{item}: not an article file (expected {', '.join(ARTICLE_SUFFIXES)})"
                )
            data, name = path.read_bytes(), path.name
        digest = _digest(data)
        if digest in known:
            lines.append(
                f"skipped {item}: the same bytes are already in seeds/{known[digest].name}"
            )
            continue
        target = _free_name(seeds, name)
        target.write_bytes(data)
        known[digest] = target
        if not urlparse(item).scheme and sidecar_path(Path(item)).exists():
            shutil.copy(sidecar_path(Path(item)), sidecar_path(target))
        lines.append(f"added {item} as seeds/{target.name}")
    return lines


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "build-dossier"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()
    except OSError as e:
        raise DossierError(f"{url}: could not fetch the page ({getattr(e, 'reason', e)})") from None
