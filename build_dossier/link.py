"""Link: give a partial name, an acronym or a bare head noun the key of the one actor it names.

Extract sees one article; an article that says only "Solberg", "the Commission" or "NFA" leaves a
key that resolve could not join to "Ingrid Solberg", "European Commission" or "Nordic Fishermen's
Association" named in another article. Here every article's keys are rewritten, once all are
known: to the full name in the same article if there is one, else to the only one in the dossier.
Two candidates and no way to choose: the mention is left out rather than merged by guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from .extract.actors import is_acronym, name_head, person_key, role_key
from .extract.stances import settled
from .knowledge import knowledge, plain
from .model import Article, Extraction, Membership, Role

LOCAL_WORDS = {"municipal", "local", "district", "regional", "parish", "provincial", "county"}
SKIP_INITIAL = {"the", "of", "for", "and", "on", "in", "to", "by", "a", "an", "&"}


@dataclass
class Names:
    """Full names by the word that may stand for them, in one article or in the whole dossier."""

    people: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    heads: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    initials: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    full: dict[str, str] = field(default_factory=dict)  # key → its full name
    ends: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    home: str | None = None  # the dossier's default country
    groups: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # "coastal alliance" for "Coastal Alliance Party"; "city council" for "Norton City Council".
    stems: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    tails: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # "quillon" for "Quillon Data Inc.": a company's first word, said alone.
    firsts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # ("norland", "fisheries") for the Norland "Ministry of Trade and Fisheries".
    ministries: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # the words the text used for it: "Assembleia da República" for the "Portuguese Parliament"
    said: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    titled: set[str] = field(default_factory=set)  # people named with a title ("Senator …")

    def add(self, key: str, name: str, kind: str, text: str = "") -> None:
        self.kinds.setdefault(key, kind)
        self.names[key].add(name)
        self.said[key].update({w.lower().removeprefix("the ") for w in (name, text) if w})
        if (
            key.startswith("group:")
            and " " in key
            and key[6:].split()[0] not in knowledge().words("size_words")
        ):
            # "group:business" for "group:downtown business": the same camp, said more narrowly;
            # not "small opposition parties", some of the opposition parties.
            self.groups["group:" + key.split(" ", 1)[1]].add(key)
        if key.startswith("ministry:"):
            _, country, domain = key.split(":", 2)
            self.ministries[(country.lower(), domain)].add(key)
            parts = domain_parts(domain)
            for part in parts if len(parts) > 1 else ():
                self.ministries[(country.lower(), part)].add(key)
        words = name.split()
        if kind in ("organisation", "party") and is_acronym(name) and " " in key:
            self.initials[name.lower()].add(key)  # "HBA", defined in brackets after the name
        if len(words) < 2:
            return
        self.full.setdefault(key, name)
        if kind in ("organisation", "party"):
            low = [w.lower() for w in words]
            # not "a House of Commons committee"; but "the Terra Nova party" is that party
            if low[-1] in heads() and (words[-1][:1].isupper() or kind == "party"):
                self.stems[" ".join(low[:-1])].add(key)
            if low[-1] in knowledge().words("company_suffixes"):
                self.stems[" ".join(low[:-1])].add(key)  # "Quillon Data" for "… Inc."
                self.firsts[low[0]].add(key)
            if len(words) > 2 and knowledge().country(words[-1]):
                # "Youth Voices" for "Youth Voices Norway", "Central Bank" for "… of Norway".
                cut = 2 if low[-2] == "of" else 1
                self.stems[" ".join(low[:-cut])].add(key)
            # A party keeps its name without a place before it ("Springfield Republicans"), a body
            # needs two words ("Norton City Council" → "City Council", never "Council").
            shortest = 1 if kind == "party" else 2
            for cut in (1, 2):
                if (
                    len(low) - cut >= shortest
                    and words[cut][:1].isupper()
                    and low[cut] not in SKIP_INITIAL
                ):
                    self.tails[" ".join(low[cut:])].add(key)
        if kind == "person":
            words = plain(" ".join(words)).split()  # as in the keys: "Brandao" finds "Brandão"
            for part in (words[0], words[-1]):
                self.people[part.lower()].add(key)
            if len(words) > 2:  # "Shelley Moore Capito", for a later "Shelley Capito"
                self.ends[(words[0].lower(), words[-1].lower())].add(key)
                # …and "Marit van Dijk", for a later "Van Dijk" at the start of a sentence;
                # "Ana Paula Lima da Costa", for a later "Lima da Costa".
                for k in range(1, len(words) - 1):
                    if k == 1 or words[k][:1].isupper():
                        self.people[" ".join(words[k:]).lower()].add(key)
        elif kind in ("organisation", "party"):
            self.heads[name_head(name)].add(key)
            for found in initials(name):
                self.initials[found].add(key)


def heads() -> set[str]:
    kb = knowledge()
    return kb.words("organisation_heads") | kb.words("party_words")


def domain_parts(domain: str) -> list[str]:
    """ "trade, industry and fisheries" → its three domains."""
    return [p for p in re.split(r",\s*|\s+and\s+", domain) if p]


def initials(name: str) -> set[str]:
    """ "nfa" for "Nordic Fishermen's Association"; "tfl" and "tl" for "Transport for London"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    big = [w for w in words if w.lower() not in SKIP_INITIAL]
    return {"".join(w[0] for w in ws).lower() for ws in (words, big)}


def one(*candidates: set[str]) -> str | None:
    """The first place that names exactly one actor; an ambiguous place ends the search."""
    for found in candidates:
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    return None


def partial(key: str, text: str, here: Names, everywhere: Names) -> str | None:
    """The full key a partial one stands for; None when it stands for nobody or for several."""
    if key.startswith("surname:"):
        word = key.removeprefix("surname:")
        return one(here.people[word], everywhere.people[word])
    if key.startswith("person:") and " " not in key:
        # "President Suharyo": the one full name that ends so, else a person of one name
        word = key.removeprefix("person:")
        return one(here.people[word] - {key}, everywhere.people[word] - {key}) or key
    if key.startswith("person:") and (party := party_stem(key, here, everywhere)):
        return party  # "Coastal Green", a person to the model, for the "Coastal Green Party"
    if key.startswith("person:") and len(key.split()) == 2:
        first, last = key.removeprefix("person:").split()
        # "Saito Kenji" and "Kenji Saito": one person, family name first or last; the
        # key that sorts first stands for both.
        turned = f"person:{last} {first}"
        if turned in everywhere.full and turned < key:
            return turned
        rest = f"{first} {last}"
        return (
            one(here.ends[(first, last)], everywhere.ends[(first, last)])
            or one(here.people[rest], everywhere.people[rest])
            or key
        )
    if key.startswith("person:") and len(key.split()) > 2:
        # "Lima da Costa", all of a longer name but its first: that longer name
        rest = key.removeprefix("person:")
        return one(here.people[rest] - {key}, everywhere.people[rest] - {key}) or key
    if key.startswith("ministry:"):
        _, country, domain = key.split(":", 2)
        if len(domain_parts(domain)) == 1:
            # "the fisheries ministry" of a country whose one ministry for it has a longer name.
            wider = (country.lower(), domain)
            return one(here.ministries[wider] - {key}, everywhere.ministries[wider] - {key}) or key
    if key in ("region:?", "city:?"):
        # "the provincial government" or "the city" where this article names no province or
        # city: the dossier's one.
        prefix = "org:government of " if key == "region:?" else "org:city of "
        regions = {r.lower() for r in knowledge().regions}

        def fits(k: str) -> bool:
            # (a province's or state's: not a capital city's own, whose key is made the same way)
            return k.startswith(prefix) and (key == "city:?" or k[len(prefix) :] in regions)

        return one(*({k for k in n.names if fits(k)} for n in (here, everywhere)))
    if key.startswith("parliament:"):
        return lower_house(key, here, everywhere) or key
    if key.startswith("group:") and (council := councillors_body(key, here, everywhere)):
        return council
    if key.startswith("group:") and (here.groups[key] or everywhere.groups[key]):
        return one(here.groups[key], everywhere.groups[key]) or key
    if key.startswith("org:") and (named := named_so(key, everywhere)):
        return named  # "the Sejm", which another article gave its country
    if (
        key.startswith("org:")
        and " " in key
        and text[:1].isupper()
        and not company_named(key.removeprefix("org:"), here, everywhere)
    ):
        # "Ibarra Cantú", a body to the model, for "Senator Marisol Ibarra Cantú"
        rest = plain(key.removeprefix("org:"))
        if f"person:{rest}" in everywhere.titled:
            return f"person:{rest}"  # her whole name, a body to the model here only
        if (person := one(here.people[rest], everywhere.people[rest])) in everywhere.titled:
            return person
    if key.startswith("par:") or (key.startswith("org:") and " " in key):
        return longer_name(key, here, everywhere)
    if key.startswith("org:") and " " not in key:
        word = key.removeprefix("org:")
        person = plain(word)
        if text[:1].isupper() and (here.people[person] or everywhere.people[person]):
            found = one(here.people[person], everywhere.people[person])  # "Lind", an ORG to it
            # ("Havel", the first word of a "person" who is a body: that body)
            return (party_stem(found, here, everywhere) if found else None) or found
        table = everywhere.initials if is_acronym(text) else everywhere.heads
        local = here.initials if table is everywhere.initials else here.heads
        if local[word] or table[word]:
            # "the Commission" with two commissions in view: no page of its own either.
            return one(local[word], table[word])
        if text[:1].isupper() and (here.firsts[word] or everywhere.firsts[word]):
            return one(here.firsts[word], everywhere.firsts[word]) or key
        home = f"parliament:{everywhere.home}"
        if word in knowledge().words("lower_house_words") and no_congress(home, everywhere):
            # "the House", where no House is named: the parliament, called "Parliament", "MPs"
            # or "the National Assembly"; a congress has two houses, so not its
            return home
    return key


def councillors_body(key: str, here: Names, everywhere: Names) -> str | None:
    """ "Ardmore councillors" are the Ardmore County Council voting, "Green councillors" the Green
    party's; bare "councillors", the one council this article names."""
    *place, head = key.removeprefix("group:").split()
    if head not in ("councillor", "councilor"):
        return None
    if not place:
        return one({k for k in here.full if k.startswith("org:") and k.endswith(" council")})
    place_words = " ".join(place)
    councils = [
        {
            k
            for k in n.full
            if k.startswith("org:")
            and k.endswith(" council")
            and k[4:].startswith(place_words + " ")
        }
        for n in (here, everywhere)
    ]
    named = [
        {k for k in (f"org:{place_words}", f"par:{place_words}") if k in n.full}
        for n in (here, everywhere)
    ]
    return one(*councils) or one(*named)


def named_so(key: str, everywhere: Names) -> str | None:
    """The one body of the dossier's own country of this very name, which one article gave its
    country ("Portugal's Assembly of the Republic") and another did not."""
    names = {n.lower().removeprefix("the ") for n in everywhere.names[key]}
    home = (f"parliament:{everywhere.home}", f"ministry:{everywhere.home}:")
    # (only the dossier's own country's: a body of that name may be another country's too)
    return one({k for k, said in everywhere.said.items() if k.startswith(home) and names & said})


def unnamed_parliament(key: str, everywhere: Names) -> bool:
    """Whether the text calls this parliament only "Parliament", "MPs" or nothing of its own."""
    if not everywhere.names[key]:
        return False
    country = key.split(":", 1)[1]
    generic = {"parliament", "mps", f"{knowledge().demonym(country)} parliament".lower()}
    return all(n.lower() in generic for n in everywhere.names[key])


def no_congress(key: str, everywhere: Names) -> bool:
    """Whether the dossier names this parliament, and never as a congress of two houses ("the
    National Assembly", "Parliament"), so that "the House" can only be it."""
    names = {n.lower() for n in everywhere.names[key]}
    return bool(names) and not any("congress" in n for n in names)


def lower_house(key: str, here: Names, everywhere: Names) -> str | None:
    """ "Parliament" or "MPs", in a dossier that names the House of Commons, are that house.

    Only a parliament the text never gives a name of its own ("General Assembly" stays itself).
    """
    if key != f"parliament:{everywhere.home}" or not unnamed_parliament(key, everywhere):
        return None  # another country's parliament is not this one's House of Commons
    houses = knowledge().words("lower_houses")

    def named(names: Names) -> set[str]:
        return {k for k, ns in names.names.items() if any(n.lower() in houses for n in ns)}

    return one(named(here), named(everywhere))


def party_stem(key: str, here: Names, everywhere: Names) -> str | None:
    """The one party whose name is this "person's" name and "Party", or the one body of that very
    name: the model reads a name in another language as a person now and then."""
    name = key.split(":", 1)[1]
    if " " not in name or key in everywhere.titled:
        return None  # ("Senator Ana Ruiz" is a person, whatever another article made of her)
    parties = [{k for k in n.stems[name] if k.startswith("par:")} for n in (here, everywhere)]
    # "Unidad Costera Norte", a person here and a body in another article: the body
    bodies = [
        {k for k in n.full if k.startswith(("org:", "par:")) and plain(k.split(":", 1)[1]) == name}
        for n in (here, everywhere)
    ]
    found = one(*parties) or one(*bodies)
    if found and found.startswith("org:"):  # … and that body is "… ASA", named in full elsewhere
        return company_named(found.split(":", 1)[1], here, everywhere) or found
    return found


def company_named(name: str, here: Names, everywhere: Names) -> str | None:
    """The one company whose name is this one and a legal form ("Fjordvik Laks ASA")."""
    suffixes = knowledge().words("company_suffixes")
    found = [
        {k for k in n.stems[name] if k.rsplit(" ", 1)[-1] in suffixes} for n in (here, everywhere)
    ]
    return one(*found)


def longer_name(key: str, here: Names, everywhere: Names) -> str:
    """The one actor a shorter form of a name stands for, or the key itself.

    A person's name the model took for a body; "Fisheries Canada" for that country's
    department of fisheries; "Coastal Alliance" for the "Coastal Alliance Party"; "City Council"
    for the "Norton City Council".
    """
    name = key.split(":", 1)[1]
    person = person_key(name)
    if key.startswith("org:") and (found := company_named(name, here, everywhere)):
        return found  # "Fjordvik Laks" for "Fjordvik Laks ASA", also where a person is read
    if person in everywhere.full:
        return party_stem(person, here, everywhere) or person
    words = everywhere.full.get(key, name).split()
    country = knowledge().country(words[-1])
    if (
        country
        and len(words) > 1
        and (found := ministry(country.name, words[:-1], here, everywhere))
    ):
        return found
    city = name.removeprefix("government of ")
    if city != name and not knowledge().region(city):
        # A city's government, "Vientiane" acting: the one executive body named for that city
        found = one(city_executive(city, here), city_executive(city, everywhere))
        if found:
            return found
    # "the Mines ministry", a body to one article, the home country's ministry to another
    home = everywhere.home if len(words) > 1 and words[-1].lower() == "ministry" else None
    if home and (found := ministry(home, words[:-1], here, everywhere)):
        return found
    local = knowledge().words("municipality_words") | LOCAL_WORDS
    party = words[-1] in knowledge().words("party_words")  # "the Blue Horizon party": its name
    if (
        words[-1].islower()
        and words[-1] in heads()
        and not party
        and not local & {w.lower() for w in words}
    ):
        # "a House of Commons committee": a description of the one committee named here; but
        # "the Eastvale municipal council" is a town's own council, not the one body named here.
        found = one(here.heads[words[-1]] - {key}, everywhere.heads[words[-1]] - {key})
        if found:
            return found
    return (
        one(here.stems[name], everywhere.stems[name])
        or one(here.tails[name] - {key}, everywhere.tails[name] - {key})
        or key
    )


def ministry(country: str, domain: list[str], here: Names, everywhere: Names) -> str | None:
    """The one ministry of a country for a domain ("Fisheries" of Canada), named in full."""
    wanted = (country.lower(), " ".join(domain).lower())
    return one(here.ministries[wanted], everywhere.ministries[wanted])


def city_executive(city: str, names: Names) -> set[str]:
    """The bodies named for a city that run it ("the Vientiane People's Committee"); not its council,
    congress or assembly, which may be the city's legislature."""
    executives = tuple(knowledge().words("city_executives"))
    return {
        k
        for k, full in names.full.items()
        if k.startswith("org:")
        and full.lower().replace("’", "'").startswith(city + " ")
        and full.lower().replace("’", "'").endswith(executives)
    }


def link(
    articles: list[Article],
    extractions: dict[str, Extraction],
    curated_roles: list[tuple[str, Role]] = (),
    default_country: str | None = None,
) -> dict[str, Extraction]:
    """Every article's extraction with partial keys replaced by full ones, or dropped.

    `curated_roles`: (actor name, Role) pairs from the curation file; they win over articles.
    """
    everywhere = Names(home=default_country)
    local: dict[str, Names] = {}
    held: dict[str, list[tuple[str, str]]] = defaultdict(list)  # title → (date, person key)
    for a in articles:
        local[a.id] = Names()
        day = a.published.isoformat() if a.published else ""
        for m in extractions[a.id].mentions:
            everywhere.add(m.key, m.name, m.kind, m.text)
            local[a.id].add(m.key, m.name, m.kind, m.text)
            if m.role and m.key.startswith("person:"):
                everywhere.titled.add(m.key)
            if m.role and m.key.startswith("person:") and day:
                held[role_key(m.role, m.role_country or default_country)].append((day, m.key))
    by_name = {name: key for key, name in everywhere.full.items() if key.startswith("person:")}
    curated = [
        (role_key(r.title, r.country or default_country), by_name.get(name), r)
        for name, r in curated_roles
    ]
    out = {}
    for a in articles:
        ex = extractions[a.id]
        texts = {m.key: m.text for m in ex.mentions}
        day = a.published.isoformat() if a.published else ""
        own = own_holders(ex, default_country)
        table = {
            k: (
                own.get(k) or holder(k, day, held, curated)
                if k.startswith("role:")
                else partial(k, t, local[a.id], everywhere)
            )
            for k, t in texts.items()
        }
        for k, v in table.items():
            if v and v != k and v.startswith(("org:", "par:")) and " " in v:
                table[k] = longer_name(
                    v, local[a.id], everywhere
                )  # "the Fisheries" → its department
        ex = relabel(ex, table, everywhere.full, everywhere.kinds)
        # "Coastal Green, which had backed the bill, …" and "the Coastal Green Party now
        # opposes it" are one holder only now: what it held before yields again
        out[a.id] = replace(ex, positions=tuple(settled(list(ex.positions))))
    return out


def own_holders(ex: Extraction, default_country: str | None) -> dict[str, str]:
    """Titles the article itself gives one person ("the Premier's office" … "Premier Ann Lee"):
    a bare title said before the name is that person, dated or not."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in ex.mentions:
        if m.role and m.key.startswith("person:"):
            found[role_key(m.role, m.role_country or default_country)].add(m.key)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def holder(key: str, day: str, held: dict, curated: list) -> str | None:
    """Who held a title on the article's day: the curation file's dated roles first, then the
    person the other articles gave that title nearest in time (within a year; a tie is no one)."""
    if not day:
        return None
    for title, person, r in curated:
        if (
            title == key
            and person
            and (r.start or "") <= day
            and day[: len(r.end or "")] <= (r.end or "~")
        ):
            return person
    if key.startswith("role:?:"):
        return None  # "the health minister" of which country? Another article's may be another's.
    near = sorted((days_between(d, day), k) for d, k in held.get(key, ()))
    near = [(gap, k) for gap, k in near if gap <= 366]
    if not near or (len(near) > 1 and near[1][0] == near[0][0] and near[1][1] != near[0][1]):
        return None
    return near[0][1]


def days_between(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def relabel(
    ex: Extraction, table: dict[str, str | None], full: dict[str, str], kinds: dict[str, str]
) -> Extraction:
    def new(key: str) -> str | None:
        return table.get(key, key)

    mentions = tuple(
        replace(
            m,
            key=new(m.key),
            name=full.get(new(m.key), m.name),
            kind=kinds.get(new(m.key), m.kind),
        )
        if new(m.key) != m.key
        else m
        for m in ex.mentions
        if new(m.key)
    )
    positions = tuple(replace(p, actor=new(p.actor)) for p in ex.positions if new(p.actor))
    events = tuple(
        replace(e, actors=tuple(dict.fromkeys(k for k in map(new, e.actors) if k)))
        for e in ex.events
    )
    memberships = tuple(
        Membership(new(x.group), tuple(k for k in map(new, x.members) if k), x.sentence, x.relation)
        for x in ex.memberships
        if new(x.group)
    )
    return replace(
        ex, mentions=mentions, positions=positions, events=events, memberships=memberships
    )
