"""Cache: each article's ingest and extraction, stored by the digest of its bytes and of the rules."""

from __future__ import annotations

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


def key(digest: str, version: str, settings_digest: str) -> str:
    return f"{digest[:32]}-{version}-{settings_digest[:12]}"


def load(folder: Path, k: str) -> Extraction | None:
    path = folder / f"{k}.json"
    if not path.exists():
        return None
    try:
        d = json.loads(path.read_text("utf-8"))
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
                Membership(x["group"], tuple(x["members"]), x["sentence"]) for x in d["memberships"]
            ),
        )
    except (ValueError, KeyError, TypeError):
        return None  # a cache entry from another version of the tool: extract again


def save(folder: Path, k: str, extraction: Extraction) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"{k}.json.tmp"
    tmp.write_text(json.dumps(asdict(extraction), ensure_ascii=False), "utf-8")
    tmp.replace(folder / f"{k}.json")


def load_article(folder: Path, k: str) -> Article | None:
    path = folder / f"{k}.article.json"
    if not path.exists():
        return None
    try:
        d = json.loads(path.read_text("utf-8"))
        published = date.fromisoformat(d["published"]) if d["published"] else None
        return Article(**{**d, "published": published, "authors": tuple(d["authors"]),
                          "paragraphs": tuple(d["paragraphs"])})  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None


def save_article(folder: Path, k: str, article: Article) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {**asdict(article), "published": article.published and article.published.isoformat()}
    tmp = folder / f"{k}.article.json.tmp"
    tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    tmp.replace(folder / f"{k}.article.json")
