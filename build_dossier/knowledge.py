"""Knowledge: general facts the extractor relies on (countries, titles, stance cues), loaded from data/."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


def _data(name: str) -> dict:
    text = resources.files("build_dossier").joinpath(f"data/{name}").read_text("utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str  # adjective form, for names like "Japanese Cabinet"


@dataclass(frozen=True)
class Region:
    """A province or state with a government of its own."""

    name: str  # "Ontario"
    country: str  # "Canada"


@dataclass(frozen=True)
class Knowledge:
    countries: dict[str, Country]  # any surface form (name, alias, capital) → country
    demonyms: dict[str, Country]  # "Japanese" → Japan
    capitals: frozenset[str]
    blocs: dict[str, str]  # "EU" → "European Union"
    seats: dict[str, str]  # "Brussels" → "European Union", when the article names its bodies
    regions: dict[str, Region]  # "Ontario", "Ontarian", "Hessen" → the region
    lexicon: dict
    word_sets: dict[str, frozenset[str]]  # lower-cased lexicon lists, built once: used per token

    def country(self, text: str) -> Country | None:
        text = strip_possessive(text).removeprefix("the ").removeprefix("The ")
        return self.countries.get(text)

    def region(self, text: str) -> Region | None:
        """The region a name or adjective stands for: "Ontario's", "Bavarian"."""
        text = strip_possessive(text).removeprefix("the ").removeprefix("The ")
        return self.regions.get(text)

    def words(self, key: str) -> frozenset[str]:
        return self.word_sets[key]

    def demonym(self, country_name: str) -> str:
        """ "Japanese" for Japan; the name itself where no demonym is unambiguous."""
        found = self.countries.get(country_name)
        return found.demonym if found else country_name


def plain(text: str) -> str:
    """Without accents: wire copy often drops them ("Joao Brandao" for "João Brandão")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


@cache
def knowledge() -> Knowledge:
    data = _data("countries.yml")
    countries: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    capitals: set[str] = set()
    for entry in data["countries"]:
        dem = (entry.get("demonyms") or [entry["name"]])[0]
        country = Country(entry["name"], dem)
        for surface in [
            entry["name"],
            *(entry.get("aliases") or []),
            *(entry.get("capitals") or []),
        ]:
            countries[str(surface)] = country
        capitals.update(str(c) for c in entry.get("capitals") or [])
        for d in entry.get("demonyms") or []:
            demonyms[str(d)] = country
    blocs, seats = {}, {}
    for entry in data.get("blocs") or []:
        for surface in [entry["name"], *(entry.get("aliases") or [])]:
            blocs[str(surface)] = entry["name"]
        for seat in entry.get("seats") or []:
            seats[str(seat)] = entry["name"]
    data = _data("regions.yml")
    regions = {str(r): Region(str(r), c) for c, names in data["regions"].items() for r in names}
    regions |= {str(form): regions[name] for form, name in data["forms"].items()}
    lexicon = _data("lexicon.yml")
    word_sets = {
        k: frozenset(str(w).lower() for w in v) for k, v in lexicon.items() if isinstance(v, list)
    }
    return Knowledge(
        countries, demonyms, frozenset(capitals), blocs, seats, regions, lexicon, word_sets
    )
