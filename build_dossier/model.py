"""Typed records that flow between the pipeline stages (ingest → extract → resolve → store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("person", "organisation", "party", "country", "group")
STANCES = ("support", "oppose", "neutral", "mixed")
PRECISIONS = ("day", "month", "year", "range", "week", "decade")
STATUSES = ("happened", "planned", "did_not_happen")
PUBLISHED_BASES = ("stated", "inferred", "curated", "unknown")


@dataclass(frozen=True)
class Article:
    """One input article after ingest: metadata plus body paragraphs cleaned of page furniture."""

    id: str
    file: str  # path relative to the seeds folder
    title: str
    title_basis: str  # "stated" (a headline line) or "derived" (from the first sentence)
    outlet: str | None
    url: str | None
    published: date | None
    published_basis: str  # one of PUBLISHED_BASES
    published_note: str  # how the date was found, in a line a reader can check
    authors: tuple[str, ...]
    dateline: str | None
    paragraphs: tuple[str, ...]
    digest: str  # sha256 of the raw bytes and the sidecar: the extraction cache key


@dataclass(frozen=True)
class Sentence:
    n: int  # 1-based, in reading order: the anchor #s<n> on the source page
    paragraph: int
    text: str


@dataclass(frozen=True)
class DateValue:
    """A calendar date with an honest precision, and how it was derived."""

    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY per precision; None when unresolved
    precision: str  # one of PRECISIONS, or "unknown"
    end: str | None = None  # for ranges, weeks and decades
    text: str = ""  # the words in the article
    derivation: str = ""  # "'on Wednesday', future tense, published Tue 2016-11-22 → 2016-11-23"

    @property
    def sort_key(self) -> str:
        return self.value or self.end or "9999"


@dataclass(frozen=True)
class Mention:
    """A span of an article that names an actor, with what is needed to resolve it."""

    sentence: int
    text: str  # surface form as written
    name: str  # the name with titles, articles and possessives stripped
    kind: str
    key: (
        str  # resolution key: "country:Japan", "person:han min-koo", "ministry:South Korea:defense"
    )
    role: str | None = None  # title written before a person's name ("Defense Minister")
    role_country: str | None = None


@dataclass(frozen=True)
class PositionClaim:
    actor: str  # mention key of the holder
    stance: str
    sentence: int
    cue: str  # the words that carry the stance, for the reader and for debugging
    speaker: str  # who is speaking, as written ("a defense ministry official")
    # "before": held before and no longer ("which had opposed the levy"); "now": said to be held
    # now ("now backs it"). Settled again once partial names are linked (see stances.settled).
    when: str = ""


@dataclass(frozen=True)
class EventClaim:
    sentence: int
    title: str
    date: DateValue
    status: str
    actors: tuple[str, ...]  # mention keys
    verb: str  # lemma of the main verb, used to merge reports of one happening


@dataclass(frozen=True)
class Membership:
    group: str  # mention key of the group, or of the body its spokesperson speaks for
    members: tuple[str, ...]
    sentence: int
    relation: str = "member"  # or "speaks_for" (its named officer), "belongs_to" ("X of the Y")


@dataclass(frozen=True)
class Extraction:
    """Everything extract found in one article; cached by the article's digest."""

    article: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    positions: tuple[PositionClaim, ...]
    events: tuple[EventClaim, ...]
    memberships: tuple[Membership, ...] = ()


@dataclass(frozen=True)
class Quote:
    source: str
    sentence: int
    text: str


@dataclass(frozen=True)
class Role:
    title: str
    country: str | None
    start: str | None  # earliest date the role is attested (or curated)
    end: str | None
    basis: str  # "article" or "curation"


@dataclass(frozen=True)
class Source:
    id: str
    file: str
    title: str
    title_basis: str
    outlet: str | None
    url: str | None
    published: str | None
    published_basis: str
    published_note: str
    authors: tuple[str, ...]
    dateline: str | None
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    mentions: tuple[Quote, ...]
    members: tuple[str, ...] = ()  # for groups: actor ids named as members


@dataclass(frozen=True)
class Position:
    actor: str
    stance: str
    source: str
    date: str | None  # the source's publication date
    quote: Quote
    cue: str
    via: str | None = None  # the actor it is inherited from, with the sentence that says how
    basis: str = "extracted"  # or "curated"
    speaker: str | None = None  # who the sentence credits with the words, as written
    via_relation: str | None = None  # "member", "speaks_for" (via is the body) or "spoken_for"


@dataclass(frozen=True)
class Evidence:
    source: str
    quote: Quote
    date: DateValue


@dataclass(frozen=True)
class Event:
    id: str
    date: DateValue
    title: str
    status: str
    actors: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    conflict: bool = False  # the sources give dates that cannot all be true
    background: bool = False  # ended well before the first source: recalled, not reported on


@dataclass(frozen=True)
class Dossier:
    title: str
    policy: str
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    positions: tuple[Position, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())
