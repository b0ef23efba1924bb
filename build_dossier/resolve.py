"""Resolve: merge mentions across articles into actors and events, apply curation, build the Dossier."""

from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from .curation import Curation
from .dates import named_month_day, precision_rank
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
        country = key.split(":", 1)[1]  # or a province's or state's name
        made_up = {f"{knowledge().demonym(country)} Parliament", f"{country} legislature"}
        written = Counter({n: c for n, c in names.items() if n not in made_up})
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
        curated = curation.roles(name)
        actor_roles = [r for r in actor_roles if not any(covers(c, r) for c in curated)] + curated
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
            if membership.relation != "member":
                continue
            group = key_to_actor.get(membership.group)
            via = f"{group} (named as a member in sentence {membership.sentence})"
            for member in filter(None, map(key_to_actor.get, membership.members)):
                pass_on(found, a.id, group, member, via, "member")
        # A body and the officer who speaks for it share a stance in the article where one of
        # them shows none of its own: what the chair says, the group says, and the other way.
        # One who only belongs to it ("Ann Lee of the Green League") takes its stance, not gives.
        own = {act for (act, s, _) in found if s == a.id}
        for membership in ex.memberships:
            body = key_to_actor.get(membership.group)
            person = key_to_actor.get(membership.members[0]) if membership.members else None
            if membership.relation not in ("speaks_for", "belongs_to") or not body or not person:
                continue
            ways = [(body, person, "speaks_for"), (person, body, "spoken_for")]
            for giver, taker, relation in ways[: 2 if membership.relation == "speaks_for" else 1]:
                if taker not in own:
                    via = f"{giver} (speaks for, sentence {membership.sentence})"
                    pass_on(found, a.id, giver, taker, via, relation, own_only=True)
    positions = [p for p in found.values() if not curation.hidden(p.source, p.quote.text)]
    actor_by_name = {x.name: x.id for x in actors} | {x.id: x.id for x in actors}
    positions = curation.apply_positions(positions, actor_by_name, sources)
    return tuple(
        sorted(positions, key=lambda p: (p.actor, p.date or "", p.source, p.quote.sentence))
    )


def pass_on(found: dict, article: str, giver, taker: str, via: str, relation: str,
            own_only: bool = False) -> None:  # fmt: skip
    """Give `taker` the stances `giver` shows in one article, each marked with how it came;
    `own_only`: not those `giver` itself inherited."""
    for (act, source, sentence), gp in list(found.items()):
        if act == giver and source == article and not (own_only and gp.via):
            found.setdefault(
                (taker, article, sentence),
                replace(gp, actor=taker, via=via, via_relation=relation),
            )


# --- events ---------------------------------------------------------------------------------

# A happening that ended this long before the first source was published is background the
# sources recall in passing ("colonial rule from 1910 to 1945"), not what they report on.
BACKGROUND_GAP = timedelta(days=365)
# How much two reports' words must share to be one happening, by the date they share: a shared
# day is strong evidence, a shared year weak, one equal span of years strong again.
NEEDED = {"day": 0.3, "month": 0.4, "range": 0.1}  # anything vaguer: 0.5
SAME_VERB_BONUS = 0.15
# Dates that disagree join only reports told in nearly the same words (synonyms do not count),
# with the same verb: "resumed talks on Oct. 27" and "resumed negotiations last week" may be two.
NEEDED_DESPITE_DATES = 0.75
# ... and only dates this close: the same words years apart report a happening that recurs.
MAX_DISAGREEMENT = timedelta(days=31)
STATE_KEYS = {"country", "cabinet", "parliament", "ministry", "military"}
PRONOUNS = {"they", "it", "he", "she", "we", "this", "these", "those"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}  # fmt: skip


def crude_stem(word: str) -> str:
    stem = re.sub(r"(?:ized|ised|ial|ing|ed|es|e|s|y)$", "", word)
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # "banned", "scrapped" → "ban", "scrap"
    return stem[:5]


@cache
def synonym_stems() -> dict[str, str]:
    """Stem → the stem of its group's first word (lexicon `event_synonyms`)."""
    out: dict[str, str] = {}
    for group in knowledge().lexicon.get("event_synonyms") or []:
        head = crude_stem(str(group[0]).lower())
        for word in group:
            out.setdefault(crude_stem(str(word).lower()), head)
    return out


@cache
def raw_stems(text: str) -> frozenset[str]:
    """Crude stems, so "colonized", "colonial" and "colony" meet."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2]
    return frozenset(map(crude_stem, words))


@cache
def stems(text: str) -> frozenset[str]:
    """Crude stems with synonyms made one: "discussions" and "negotiations" meet."""
    synonyms = synonym_stems()
    return frozenset(synonyms.get(s, s) for s in raw_stems(text))


@cache
def numbers(text: str) -> frozenset[str]:
    """Ordinals and figures: "first reading" and "second reading" are two happenings."""
    words = re.findall(r"[a-z]+|\d[\d,.]*", text.lower())
    return frozenset(w for w in words if w in ORDINALS or w[0].isdigit())


@cache
def countries(keys: tuple[str, ...]) -> frozenset[str]:
    """The countries whose state bodies act ("cabinet:Japan", "ministry:Japan:defense" → Japan)."""
    found = (k.split(":")[1] for k in keys if k.split(":")[0] in STATE_KEYS and k.count(":"))
    return frozenset(c for c in found if c != "?")


def clash(a: EventClaim, b: EventClaim) -> bool:
    """Reports that cannot be of one happening: other ordinals or figures, or other countries
    acting ("Japan's cabinet approved", "Korea's cabinet approved" on one day are two)."""
    na, nb = numbers(a.title), numbers(b.title)
    ca, cb = countries(a.actors), countries(b.actors)
    return bool(na and nb and na != nb) or bool(ca and cb and not ca & cb)


PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}  # "2029", "2029-10", "2029-10-15"


@cache
def span(d: DateValue) -> tuple[date, date] | None:
    """The first and last day a date can mean; None when it is unresolved."""
    try:
        if d.precision == "day":
            day = date.fromisoformat(d.value or "")
            return day, day
        if d.precision == "month":
            y, m = int(d.value[:4]), int(d.value[5:7])
            return date(y, m, 1), date(y, m, monthrange(y, m)[1])
        if d.precision == "year":
            return date(int(d.value), 1, 1), date(int(d.value), 12, 31)
        if d.precision in ("range", "decade"):
            first = span(
                DateValue(d.value, PRECISION_OF_LENGTH.get(len(d.value), ""), None, "", "")
            )
            last = span(
                DateValue(d.end, PRECISION_OF_LENGTH.get(len(d.end or ""), ""), None, "", "")
            )
            return first[0], last[1]  # "1910–1945", "15 Oct – 14 Nov 2029"
        if d.precision == "week":
            last = date.fromisoformat(d.end or "")
            return last - timedelta(days=6), last
    except (TypeError, ValueError):
        pass
    return None


def apart(a: DateValue, b: DateValue) -> timedelta:
    """The gap between two dates' spans (none when they overlap or one is unresolved)."""
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return timedelta(0)
    return max(max(sa[0], sb[0]) - min(sa[1], sb[1]), timedelta(0))


def names_within(a: DateValue, b: DateValue) -> bool:
    """Whether the month and day an unresolved date still names ("June 10", its year unknown)
    can fall within another report's date."""
    named = named_month_day(a.text) if span(a) is None else None
    found = span(b)
    if named is None or found is None:
        return True
    month, day = named
    for year in range(found[0].year, found[1].year + 1):
        last = monthrange(year, month)[1]
        first, end = (
            (date(year, month, day), date(year, month, day))
            if day and day <= last
            else (date(year, month, 1), date(year, month, last))
        )
        if first <= found[1] and end >= found[0]:
            return True
    return False


def width(d: DateValue) -> int:
    """How many days a date leaves open: the narrowest report dates a merged event."""
    found = span(d)
    return (found[1] - found[0]).days if found else 10**9


def compatible(a: DateValue, b: DateValue) -> bool:
    """Whether two reports' dates can both be true; an unresolved date contradicts nothing.

    A span of years says how long something lasted, so it agrees only with the same span."""
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return True
    if "range" in (a.precision, b.precision):
        return sa == sb
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def verb_key(verb: str) -> str:
    """ "approve" and "approval", "sign" and "signing" name one kind of happening."""
    return next(iter(stems(verb)), verb)


def similarity(a: EventClaim, b: EventClaim, synonyms: bool = True) -> float:
    words = stems if synonyms else raw_stems
    sa, sb = words(a.title) | set(a.actors), words(b.title) | set(b.actors)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def needed(a: EventClaim, b: EventClaim) -> float:
    """The similarity two reports with compatible dates need to be one happening."""
    shared = max((a.date, b.date), key=width)
    bonus = SAME_VERB_BONUS if verb_key(a.verb) == verb_key(b.verb) else 0.0
    return NEEDED.get(shared.precision, 0.5) - bonus


@dataclass
class Cluster:
    """Reports of one happening, gathered across sources."""

    reports: list[tuple[str, EventClaim]]  # (source id, claim)
    distinct: dict[tuple, EventClaim]  # identical claims compare identically: keep one
    evidence: list[Evidence]
    actors: list[str]
    conflict: bool = False

    @property
    def sources(self) -> set[str]:
        return {s for s, _ in self.reports}

    @property
    def date(self) -> DateValue:
        return min((c.date for c in self.distinct.values()), key=width)


def signature(claim: EventClaim) -> tuple:
    return (claim.title, claim.date, claim.verb, claim.actors)


def year_of(d: DateValue) -> str:
    return (d.value or d.end or "")[:4]


def fit(claim: EventClaim, source: str, cluster: Cluster) -> float | None:
    """How well a report fits a cluster (its best similarity), or None when it cannot join."""
    others = [o for o in cluster.distinct.values() if not clash(claim, o)]
    if len(others) < len(cluster.distinct):
        return None
    if not all(
        names_within(claim.date, o.date) and names_within(o.date, claim.date) for o in others
    ):
        return None  # "set for June 10" (its year unknown) is not the vote set for Nov. 12
    if all(compatible(claim.date, o.date) for o in others):
        scores = [s for o in others if (s := similarity(claim, o)) >= needed(claim, o) - 1e-9]
    elif source in cluster.sources:
        return None  # one article giving two dates reports two happenings
    else:
        scores = [
            s
            for o in others
            if verb_key(claim.verb) == verb_key(o.verb)
            and apart(claim.date, o.date) <= MAX_DISAGREEMENT
            and (s := similarity(claim, o, synonyms=False)) >= NEEDED_DESPITE_DATES
        ]
    return max(scores, default=None)


def find_cluster(candidates: list[Cluster], claim: EventClaim, source: str) -> Cluster | None:
    """The cluster the report fits best. An undated report that fits two happenings whose dates
    disagree joins neither: it cannot tell which it reports, and joining would date it."""
    scored = [(f, c) for c in candidates if (f := fit(claim, source, c)) is not None]
    if not scored:
        return None
    best = max(scored, key=lambda fc: fc[0])[1]  # the first of equals: the earlier cluster
    if span(claim.date) is None and any(not compatible(best.date, c.date) for _, c in scored):
        return None
    return best


def covers(curated: Role, attested: Role) -> bool:
    """Whether a curated role already says what the sources attest: the same title, in the same
    country (or one they leave unsaid), over dates inside the curated term."""
    same = curated.title.lower() == attested.title.lower() and attested.country in (
        None,
        curated.country,
    )
    inside = all(
        d is None
        or (
            (curated.start or "") <= d
            and (curated.end is None or d[: len(curated.end)] <= curated.end)
        )
        for d in (attested.start, attested.end)
    )
    return same and inside


def build_events(articles, extractions, key_to_actor, sources) -> tuple[Event, ...]:
    clusters: list[Cluster] = []
    # Only clusters from the same year can be compatible, and only the same verb can conflict:
    # looking there alone keeps merging linear in practice (measured by benchmarks/rebuild.py).
    by_year: dict[str, list[Cluster]] = defaultdict(list)
    by_verb: dict[str, list[Cluster]] = defaultdict(list)
    placed: dict[tuple, Cluster] = {}
    # The most precise reports first: they anchor a happening, and vaguer ones ("this year",
    # undated) then join the one they fit best, whatever order the articles come in.
    reports = [(a.id, claim) for a in articles for claim in extractions[a.id].events]
    for source, claim in sorted(reports, key=lambda r: width(r[1].date)):
        year, key = year_of(claim.date), verb_key(claim.verb)
        # A report told exactly like an earlier one (a wire story reprinted) joins it at once.
        match = placed.get(signature(claim))
        if match is None:
            candidates = list({id(c): c for c in by_year[year] + by_verb[key]}.values())
            match = find_cluster(candidates, claim, source)
        if match is None:
            match = Cluster([], {}, [], [])
            clusters.append(match)
        if not all(compatible(claim.date, c.date) for c in match.distinct.values()):
            match.conflict = True
        match.reports.append((source, claim))
        match.distinct.setdefault(signature(claim), claim)
        placed[signature(claim)] = match
        match.evidence.append(Evidence(source, quote(sources[source], claim.sentence), claim.date))
        actors = [key_to_actor[k] for k in claim.actors if k in key_to_actor]
        match.actors += [x for x in actors if x not in match.actors]
        for index, k in ((by_year, year), (by_verb, key)):
            if not any(c is match for c in index[k]):
                index[k].append(match)
    first = min((s.published for s in sources.values() if s.published), default=None)
    used: set[str] = set()
    events = [to_event(c, sources, first, used) for c in clusters]
    return tuple(sorted(events, key=lambda e: (e.date.sort_key, e.id)))


def to_event(c: Cluster, sources: dict[str, Source], first: str | None, used: set[str]) -> Event:
    claims = [claim for _, claim in c.reports]
    best = min(claims, key=lambda x: (width(x.date), -precision_rank(x.date), -len(x.title)))
    # A title stands alone on the timeline: one that opens with "They" reads worse than any other.
    title = min(claims, key=lambda x: (opens_with_pronoun(x.title), x != best, -len(x.title)))
    date_ = common_date(claims) if c.conflict else best.date
    # The latest report knows best whether a plan went ahead.
    _, latest = max(c.reports, key=lambda r: sources[r[0]].published or "")
    when = date_.value or (f"week-{date_.end}" if date_.precision == "week" else "undated")
    base = f"{when}-{slug(title.title)[:48].rstrip('-')}"
    evidence = sorted(
        {(e.source, e.quote.sentence): e for e in c.evidence}.values(),
        key=lambda e: (e.source, e.quote.sentence),
    )
    return Event(
        unique(base, used),
        date_,
        title.title,
        latest.status,
        tuple(c.actors),
        tuple(evidence),
        c.conflict,
        background(claims if c.conflict else [best], first),
    )


def common_date(claims: list[EventClaim]) -> DateValue:
    """When reports disagree, the month or year all of them put the happening in, if any: what
    every source says, and enough to place the event on the timeline."""
    spans = [found for c in claims if (found := span(c.date))]
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    why = "the sources disagree on the date; see each report"
    if first.year != last.year:
        return DateValue(None, "unknown", None, "", why)
    if first.month == last.month:
        value = f"{first:%Y-%m}"
        return DateValue(value, "month", None, "", f"{why}. Every report puts it in {value}")
    return DateValue(
        str(first.year), "year", None, "", f"{why}. Every report puts it in {first.year}"
    )


def opens_with_pronoun(title: str) -> bool:
    return title.split(" ", 1)[0].lower() in PRONOUNS


def background(claims: list[EventClaim], first_published: str | None) -> bool:
    """Whether every date the reports give ended well before the first source was published."""
    if not first_published:
        return False
    cutoff = date.fromisoformat(first_published) - BACKGROUND_GAP
    spans = [span(c.date) for c in claims]
    return bool(spans) and all(s is not None and s[1] < cutoff for s in spans)
