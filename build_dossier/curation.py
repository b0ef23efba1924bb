"""Curation: load and validate the analyst's corrections file, and answer resolve's questions from it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from .model import KINDS, STANCES, Position, Quote, Role
from .problems import DossierError, yaml_error

SECTIONS = {
    "rename": "mapping: extracted name → the name to show",
    "merge": "list of {into: name, from: [names]}",
    "drop": "list of names that are not actors",
    "aliases": "mapping: name → [other names it goes by]",
    "kinds": "mapping: name → person|organisation|party|country|group",
    "roles": "list of {actor, title, country, start, end}",
    "positions": "list of {actor, source, stance, quote} to add or correct",
    "hide_quotes": "list of {source, quote} that must not count as evidence",
}

TEMPLATE = """\
# Corrections to what build-dossier extracted. This file is yours: the tool reads it and never
# writes it. Every key is optional. A correction that no longer matches anything is reported as a
# warning (and fails `build-dossier build --strict`), so this file does not quietly rot.
#
# rename:      {Extracted Name: Name To Show}
# merge:       [{into: Name, from: [Other Name, Another]}]
# drop:        [Name that is not an actor]
# aliases:     {Name: [Other name it goes by]}
# kinds:       {Name: person | organisation | party | country | group}
# roles:       [{actor: Name, title: Defense Minister, country: Somewhere, start: 2016-01, end: 2017-05}]
# positions:   [{actor: Name, source: file.txt, stance: support | oppose | neutral | mixed,
#                quote: "a sentence copied verbatim from that source"}]
# hide_quotes: [{source: file.txt, quote: "a sentence that must not count as evidence"}]
"""


@dataclass
class Curation:
    path: Path
    data: dict = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    # --- actors ---
    def actor_name(self, name: str) -> str:
        for entry in self.data.get("merge") or []:
            if name in entry["from"] or name == entry["into"]:
                self.used.add(f"merge:{name}")
                return self.actor_name_renamed(entry["into"])
        return self.actor_name_renamed(name)

    def actor_name_renamed(self, name: str) -> str:
        renames = self.data.get("rename") or {}
        if name in renames:
            self.used.add(f"rename:{name}")
            return renames[name]
        return name

    def dropped(self, name: str) -> bool:
        if name in (self.data.get("drop") or []):
            self.used.add(f"drop:{name}")
            return True
        return False

    def aliases(self, name: str) -> list[str]:
        found = (self.data.get("aliases") or {}).get(name) or []
        if found:
            self.used.add(f"aliases:{name}")
        return found

    def kind(self, name: str) -> str | None:
        found = (self.data.get("kinds") or {}).get(name)
        if found:
            self.used.add(f"kinds:{name}")
        return found

    def roles(self, name: str) -> list[Role]:
        out = []
        for r in self.data.get("roles") or []:
            if r["actor"] == name:
                self.used.add(f"roles:{name}")
                out.append(self._role(r))
        return out

    def dated_roles(self) -> list[tuple[str, Role]]:
        """Every curated (actor name, role): resolve dates "the defense minister" with them."""
        return [(r["actor"], self._role(r)) for r in self.data.get("roles") or []]

    @staticmethod
    def _role(r: dict) -> Role:
        return Role(
            r["title"], r.get("country"), _iso(r.get("start")), _iso(r.get("end")), "curation"
        )

    # --- positions ---
    def hidden(self, source: str, text: str) -> bool:
        for h in self.data.get("hide_quotes") or []:
            if _source_id(h["source"]) == source and h["quote"].strip() == text:
                self.used.add(f"hide:{h['quote'][:40]}")
                return True
        return False

    def apply_positions(
        self, positions: list[Position], actor_ids: dict[str, str], sources: dict
    ) -> list[Position]:
        out = list(positions)
        for entry in self.data.get("positions") or []:
            label = f"positions: {entry['actor']} in {entry['source']}"
            actor = actor_ids.get(entry["actor"])
            source = sources.get(_source_id(entry["source"]))
            if actor is None or source is None:
                continue  # reported by unused()
            n = next((s.n for s in source.sentences if entry["quote"].strip() in s.text), None)
            if n is None:
                raise DossierError(
                    f"{self.path.name}: {label}: the quote does not occur verbatim in "
                    f"{source.file}; copy the sentence from the source page"
                )
            self.used.add(label)
            out = [p for p in out if not (p.actor == actor and p.source == source.id)]
            q = Quote(source.id, n, source.sentences[n - 1].text)
            out.append(
                Position(
                    actor,
                    entry["stance"],
                    source.id,
                    source.published,
                    q,
                    "curated",
                    None,
                    "curated",
                )
            )
        return out

    def unused(self) -> list[str]:
        """Corrections that matched nothing in this build: stale, or a typo."""
        out = []
        for name in self.data.get("drop") or []:
            if f"drop:{name}" not in self.used:
                out.append(f"drop: '{name}' matches no extracted actor")
        for name in self.data.get("rename") or {}:
            if f"rename:{name}" not in self.used:
                out.append(f"rename: '{name}' matches no extracted actor")
        for entry in self.data.get("merge") or []:
            for name in entry["from"]:
                if f"merge:{name}" not in self.used:
                    out.append(
                        f"merge: '{name}' (into '{entry['into']}') matches no extracted actor"
                    )
        for section in ("aliases", "kinds"):
            for name in self.data.get(section) or {}:
                if f"{section}:{name}" not in self.used:
                    out.append(f"{section}: '{name}' matches no actor")
        for r in self.data.get("roles") or []:
            if f"roles:{r['actor']}" not in self.used:
                out.append(f"roles: '{r['actor']}' matches no actor")
        for entry in self.data.get("positions") or []:
            if f"positions: {entry['actor']} in {entry['source']}" not in self.used:
                out.append(
                    f"positions: '{entry['actor']}' in '{entry['source']}' matches no actor or source"
                )
        for h in self.data.get("hide_quotes") or []:
            if f"hide:{h['quote'][:40]}" not in self.used:
                out.append(
                    f"hide_quotes: the quote '{h['quote'][:40]}…' is not evidence for anything in {h['source']}"
                )
        return out


def _iso(value) -> str | None:
    return (
        value.isoformat()
        if isinstance(value, date)
        else (str(value) if value is not None else None)
    )


def _source_id(file: str) -> str:
    from .ingest import slug

    return slug(Path(file).with_suffix("").as_posix())


def load(path: Path) -> Curation:
    """Read and validate the curation file; every mistake found is reported at once."""
    if not path.exists():
        return Curation(path)
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except UnicodeDecodeError:
        raise DossierError(f"{path.name}: not UTF-8 text") from None
    except yaml.YAMLError as e:
        raise DossierError(yaml_error(path.name, e)) from None
    if not isinstance(data, dict):
        raise DossierError(f"{path.name}: expected a mapping of sections ({', '.join(SECTIONS)})")
    errors = list(validate(data))
    if errors:
        raise DossierError(f"{path.name}: " + f"\n{path.name}: ".join(errors))
    return Curation(path, data)


def _expect(where: str, expected: str, found) -> str:
    return f"'{where}': expected {expected}, found {found!r}"


def validate(data: dict):
    for key in data:
        if key not in SECTIONS:
            close = difflib.get_close_matches(key, SECTIONS, n=1)
            yield f"unknown section '{key}'" + (
                f"; did you mean '{close[0]}'?"
                if close
                else f"; expected one of {', '.join(SECTIONS)}"
            )
    for key in ("rename", "aliases", "kinds"):
        value = data.get(key)
        if value is not None and not isinstance(value, dict):
            yield _expect(key, SECTIONS[key], value)
    for name, kind in (
        (data.get("kinds") or {}).items() if isinstance(data.get("kinds"), dict) else []
    ):
        if kind not in KINDS:
            close = difflib.get_close_matches(str(kind), KINDS, n=1)
            yield _expect(f"kinds.{name}", " | ".join(KINDS), kind) + (
                f"; did you mean '{close[0]}'?" if close else ""
            )
    for key in ("drop",):
        value = data.get(key)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            yield _expect(key, "a list of names", value)
    for i, entry in enumerate(data.get("merge") or []):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("into"), str)
            and isinstance(entry.get("from"), list)
        ):
            yield _expect(f"merge[{i}]", "{into: name, from: [names]}", entry)
    for i, entry in enumerate(data.get("roles") or []):
        if not (isinstance(entry, dict) and {"actor", "title"} <= set(entry)):
            yield _expect(f"roles[{i}]", "{actor, title, country, start, end}", entry)
    for i, entry in enumerate(data.get("positions") or []):
        where = f"positions[{i}]"
        if not (isinstance(entry, dict) and {"actor", "source", "stance", "quote"} <= set(entry)):
            yield _expect(where, "{actor, source, stance, quote}", entry)
            continue
        if entry["stance"] not in STANCES:
            close = difflib.get_close_matches(str(entry["stance"]), STANCES, n=1)
            yield _expect(f"{where}.stance", " | ".join(STANCES), entry["stance"]) + (
                f"; did you mean '{close[0]}'?" if close else ""
            )
    for i, entry in enumerate(data.get("hide_quotes") or []):
        if not (isinstance(entry, dict) and {"source", "quote"} <= set(entry)):
            yield _expect(f"hide_quotes[{i}]", "{source, quote}", entry)
