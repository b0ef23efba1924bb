"""Cache: each article's extraction stored by the digest of its bytes and the extractor's version."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .model import DateValue, EventClaim, Extraction, Membership, Mention, PositionClaim, Sentence


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
