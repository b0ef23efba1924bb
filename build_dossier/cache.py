"""Cache: each article's ingest and extraction, stored by the digest of its bytes and of the rules."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .model import (
    Article,
    DateValue,
    EventClaim,
    Extraction,
    Membership,
    Mention,
    PositionClaim,
    Sentence,
)


def key(article: Article, version: str, settings_digest: str) -> str:
    """An extraction's key: the article's bytes and its publication date (another source can
    settle a yearless dateline), the extractor's version and the settings it ran with."""
    dated = hashlib.sha256(f"{article.digest}\0{article.published}".encode()).hexdigest()
    return f"{dated[:32]}-{version}-{settings_digest[:12]}"


def load(folder: Path, k: str) -> Extraction | None:
    d = _read(folder / f"{k}.json")
    if d is None:
        return None
    try:
        return Extraction(
            article=d["article"],
            sentences=tuple(Sentence(**x) for x in d["sentences"]),
            mentions=tuple(Mention(**x) for x in d["mentions"]),
            positions=tuple(PositionClaim(**x) for x in d["positions"]),
            events=tuple(
                EventClaim(**{**x, "date": DateValue(**x["date"]), "actors": tuple(x["actors"])})
                for x in d["events"]
            ),
            memberships=tuple(
                Membership(x["group"], tuple(x["members"]), x["sentence"], x["relation"])
                for x in d["memberships"]
            ),
        )
    except (ValueError, KeyError, TypeError):
        return None  # a cache entry from another version of the tool: extract again


def save(folder: Path, k: str, extraction: Extraction) -> None:
    _write(folder / f"{k}.json", asdict(extraction))


def load_article(folder: Path, k: str) -> Article | None:
    d = _read(folder / f"{k}.article.json")
    if d is None:
        return None
    try:
        published = date.fromisoformat(d["published"]) if d["published"] else None
        return Article(**{**d, "published": published, "authors": tuple(d["authors"]),
                          "paragraphs": tuple(d["paragraphs"])})  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None


def save_article(folder: Path, k: str, article: Article) -> None:
    data = {**asdict(article), "published": article.published and article.published.isoformat()}
    _write(folder / f"{k}.article.json", data)


def _read(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text("utf-8")) if path.exists() else None
    except ValueError:
        return None


def _write(path: Path, data: dict) -> None:
    """Written whole or not at all: a build cut short leaves no half-written entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    tmp.replace(path)
