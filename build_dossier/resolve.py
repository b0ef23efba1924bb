"""Resolve: merge mentions across articles into actors and events, apply curation, build the Dossier."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache

from .curation import Curation
from .dates import precision_rank
from .ingest import slug
from .knowledge import knowledge
from .link import link
from .model import (
    Actor,
    Article,
    DateValue,
    Dossier,
    Event,
    EventClaim,
    Evidence,
    Extraction,
    Position,
    Quote,
    Role,
    Source,
)
from .problems import Problems

STOP = {"the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "its", "their", "it", "they", "that", "has", "have", "had", "was", "were", "is", "be", "will", "would"}  # fmt: skip


def resolve(articles: list[Article], extractions: dict[str, Extraction], curation: Curation,
            title: str, policy: str, default_country: str | None, problems: Problems) -> Dossier:  # fmt: skip
    """One dossier from every article's extraction, with the analyst's corrections applied."""
    articles = sorted(articles, key=lambda a: a.id)
    sources = tuple(to_source(a, extractions[a.id], curation) for a in articles)
    by_id = {s.id: s for s in sources}
    extractions = link(articles, extractions, curation.dated_roles(), default_country)
    key_to_actor, actors = build_actors(articles, extractions, curation, by_id, default_country)
    positions = build_positions(
        articles, extractions, key_to_actor, curation, by_id, actors, problems
    )
    events = build_events(articles, extractions, key_to_actor, by_id)
    for warning in curation.unused():
        problems.warn(curation.path.name, warning)
    return Dossier(title, policy, sources, actors, positions, events)


def to_source(article: Article, extraction: Extraction, curation: Curation) -> Source:
    return Source(
        id=article.id,
        file=article.file,
        title=article.title,
        title_basis=article.title_basis,
        outlet=article.outlet,
        url=article.url,
        published=article.published.isoformat() if article.published else None,
        published_basis=article.published_basis,
        published_note=article.published_note,
        authors=article.authors,
        dateline=article.dateline,
        sentences=extraction.sentences,
    )


def quote(source: Source, n: int) -> Quote:
    return Quote(source.id, n, source.sentences[n - 1].text)


def display_name(key: str, names: Counter, default_country: str | None) -> str:
    if key.startswith("ministry:"):
        formal = [n for n in names if n.lower().startswith("ministry of")]
        country = key.split(":")[1]
        base = (
            max(formal, key=lambda n: (names[n], len(n))) if formal else names.most_common(1)[0][0]
        )
        if country not in (default_country, "?"):
            demonym = knowledge().demonym(country)
            base = f"{demonym} {base}" if not formal else f"{base} ({country})"
        return base
    if key.startswith("person:"):
        return max(names, key=lambda n: (len(n.split()), names[n], n))
    if key.startswith("parliament:"):
        # "Pennsylvania General Assembly" is written; "American Parliament" is made up for
        # "the legislature": the name the text uses wins.
        country = key.split(":", 1)[1]
        made_up = f"{knowledge().demonym(country)} Parliament" if country != "?" else ""
        written = Counter({n: c for n, c in names.items() if n != made_up})
        return (written or names).most_common(1)[0][0]
    return (
        names.most_common(1)[0][0]
        if key.startswith(("country:", "cabinet:", "parliament:"))
        else max(names, key=lambda n: (names[n], len(n), n))
    )


def build_actors(
    articles, extractions, curation: Curation, sources: dict[str, Source], default_country
):
    names: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    surfaces: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, dict[Quote, None]] = defaultdict(dict)  # ordered set: quadratic as a list
    roles: dict[str, dict[tuple, list[str]]] = defaultdict(lambda: defaultdict(list))
    for a in articles:
        for m in extractions[a.id].mentions:
            names[m.key][m.name] += 1
            kinds[m.key][m.kind] += 1
            surface = re.sub(r"^(?:the|The)\s+", "", m.text)
            surface = re.sub(r"(?:'s|’s)$", "", surface)
            surfaces[m.key].add(surface)
            mentions[m.key][quote(sources[a.id], m.sentence)] = None
            if m.role:
                roles[m.key][(m.role, m.role_country)].append(sources[a.id].published or "")
    # Keys → actor names, then the analyst's merges, renames and drops on top.
    key_name = {k: display_name(k, names[k], default_country) for k in names}
    key_name = {k: curation.actor_name(n) for k, n in key_name.items()}
    grouped: dict[str, list[str]] = defaultdict(list)
    for k, n in key_name.items():
        if not curation.dropped(n):
            grouped[n].append(k)
    actors = []
    key_to_actor: dict[str, str] = {}
    used_ids: set[str] = set()
    for name in sorted(grouped):
        keys = sorted(grouped[name])
        actor_id = unique(slug(name), used_ids)
        kind = curation.kind(name) or sum((kinds[k] for k in keys), Counter()).most_common(1)[0][0]
        alias_set = set().union(*(surfaces[k] for k in keys)) | set(curation.aliases(name))
        alias_set |= {names_ for k in keys for names_ in names[k]}
        aliases = tuple(sorted(x for x in alias_set if x != name))
        actor_roles = []
        for k in keys:
            for (title, country), dates in sorted(
                roles[k].items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
            ):
                ds = sorted(d for d in dates if d)
                actor_roles.append(
                    Role(title, country, ds[0] if ds else None, ds[-1] if ds else None, "article")
                )
        actor_roles += curation.roles(name)
        quotes = sorted(
            {q for k in keys for q in mentions[k]}, key=lambda q: (q.source, q.sentence)
        )
        actors.append(Actor(actor_id, name, kind, aliases, tuple(actor_roles), tuple(quotes)))
        for k in keys:
            key_to_actor[k] = actor_id
    return key_to_actor, tuple(actors)


def unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def build_positions(
    articles, extractions, key_to_actor, curation: Curation, sources, actors, problems
):
    found: dict[tuple[str, str, int], Position] = {}
    for a in articles:
        src = sources[a.id]
        ex = extractions[a.id]
        for c in ex.positions:
            actor = key_to_actor.get(c.actor)
            if not actor:
                continue
            q = quote(src, c.sentence)
            found[(actor, a.id, c.sentence)] = Position(
                actor, c.stance, a.id, src.published, q, c.cue, speaker=c.speaker or None
            )
        # Members named for a group carry the group's stance in that article, with its evidence.
        for membership in ex.memberships:
            group = key_to_actor.get(membership.group)
            group_positions = [p for (act, s, _), p in found.items() if act == group and s == a.id]
            for member_key in membership.members:
                member = key_to_actor.get(member_key)
                if not member:
                    continue
                for gp in group_positions:
                    found.setdefault(
                        (member, a.id, gp.quote.sentence),
                        replace(
                            gp,
                            actor=member,
                            via=f"{group} (named as a member in sentence {membership.sentence})",
                        ),
                    )
    positions = [p for p in found.values() if not curation.hidden(p.source, p.quote.text)]
    actor_by_name = {x.name: x.id for x in actors} | {x.id: x.id for x in actors}
    positions = curation.apply_positions(positions, actor_by_name, sources)
    return tuple(
        sorted(positions, key=lambda p: (p.actor, p.date or "", p.source, p.quote.sentence))
    )


# --- events ---------------------------------------------------------------------------------


@cache
def stems(text: str) -> frozenset[str]:
    """Crude stems, so "colonized", "colonial" and "colony" meet."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2]
    return frozenset(re.sub(r"(?:ized|ised|ial|ing|ed|es|e|s|y)$", "", w)[:5] for w in words)


def compatible(a: DateValue, b: DateValue) -> bool:
    """Whether two reports' dates can both be true; an unresolved date contradicts nothing."""
    if a.precision == "unknown" or b.precision == "unknown":
        return True
    if a.value is None or b.value is None:
        return (a.precision == b.precision == "week" and a.end == b.end) or (
            a.value is None and b.value is None and a.precision == "unknown"
        )
    if a.precision == "range" or b.precision == "range":
        return (a.value, a.end) == (b.value, b.end)
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def verb_key(verb: str) -> str:
    """ "approve" and "approval", "sign" and "signing" name one kind of happening."""
    return next(iter(stems(verb)), verb)


def similarity(a: EventClaim, b: EventClaim) -> float:
    sa, sb = stems(a.title) | set(a.actors), stems(b.title) | set(b.actors)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def build_events(articles, extractions, key_to_actor, sources) -> tuple[Event, ...]:
    clusters: list[dict] = []
    # Only clusters from the same year can be compatible, and only the same verb can conflict:
    # looking there alone keeps merging linear in practice (measured by benchmarks/rebuild.py).
    by_year: dict[str, list[dict]] = defaultdict(list)
    by_verb: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        src = sources[a.id]
        for claim in extractions[a.id].events:
            ev = Evidence(a.id, quote(src, claim.sentence), claim.date)
            actors = [key_to_actor[k] for k in claim.actors if k in key_to_actor]
            key = verb_key(claim.verb)
            match = find_cluster(by_year[year_of(claim.date)], by_verb[key], claim, a.id)
            if match is None:
                match = {
                    "claims": [claim],
                    # Distinct claims only, for matching: a happening reported alike by many
                    # sources is compared once (identical claims compare identically).
                    "distinct": {signature(claim): claim},
                    "evidence": [ev],
                    "actors": actors,
                    "conflict": False,
                    "sources": {a.id},
                }
                clusters.append(match)
                by_verb[key].append(match)
            else:
                match["claims"].append(claim)
                match["distinct"].setdefault(signature(claim), claim)
                match["evidence"].append(ev)
                match["sources"].add(a.id)
                match["actors"] += [x for x in actors if x not in match["actors"]]
                if not all(compatible(claim.date, c.date) for c in match["distinct"].values()):
                    match["conflict"] = True
            if not any(c is match for c in by_year[year_of(claim.date)]):
                by_year[year_of(claim.date)].append(match)
    events = []
    used: set[str] = set()
    for c in clusters:
        claims: list[EventClaim] = c["claims"]
        best = max(claims, key=lambda x: (precision_rank(x.date), len(x.title)))
        date = (
            best.date
            if not c["conflict"]
            else DateValue(None, "unknown", None, "", "the sources disagree; see each report")
        )
        status = best.status
        when = date.value or (f"week-{date.end}" if date.precision == "week" else "undated")
        base = f"{when}-{slug(best.title)[:48].rstrip('-')}"
        evidence = sorted(
            {(e.source, e.quote.sentence): e for e in c["evidence"]}.values(),
            key=lambda e: (e.source, e.quote.sentence),
        )
        events.append(
            Event(
                unique(base, used),
                date,
                best.title,
                status,
                tuple(c["actors"]),
                tuple(evidence),
                c["conflict"],
            )
        )
    return tuple(sorted(events, key=lambda e: (e.date.sort_key, e.id)))


def signature(claim: EventClaim) -> tuple:
    return (claim.title, claim.date, claim.verb, claim.actors)


def year_of(d: DateValue) -> str:
    return (d.value or d.end or "")[:4]


def find_cluster(
    same_year: list[dict], same_verb: list[dict], claim: EventClaim, source: str
) -> dict | None:
    for c in same_year:
        for other in c["distinct"].values():
            # A shared exact day or span of years is strong evidence; a shared year is weak.
            needed = {"day": 0.3, "range": 0.1, "month": 0.4}.get(claim.date.precision, 0.5)
            if verb_key(claim.verb) == verb_key(other.verb):
                needed -= 0.15  # the same verb on a compatible date: most likely one happening
            if compatible(claim.date, other.date) and similarity(claim, other) >= needed - 1e-9:
                return c
    for c in same_verb:
        if source in c["sources"]:
            continue
        for other in c["distinct"].values():
            # An undated report of a dated happening (its source gives no publication date)
            # joins it as evidence; two dates that disagree are a conflict to show.
            needed = 0.5 if claim.date.precision == "unknown" else 0.75
            if similarity(claim, other) >= needed:
                return c
    return None
