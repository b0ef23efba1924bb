"""What the parts of extraction share: entity spans, what an article has said so far, the stance cue table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..dates import (
    MONTH_RE,
    WEEKDAY_RE,
)
from ..knowledge import Region, knowledge
from ..model import (
    Mention,
)

QUOTE_CHARS = "\"“”'‘’"
DOUBLE_QUOTES = '"“”'
DATE_WORD_RE = re.compile(rf"\b(?:\d{{4}}|\d{{3}}0s|{MONTH_RE}|{WEEKDAY_RE}|yesterday|today|tomorrow|spring|summer|autumn|fall|winter|(?:week|weekend|month|year|day|decade)s?)\b", re.I)  # fmt: skip


@dataclass
class Span:
    """An entity span in one paragraph doc, after our corrections to the model's output."""

    doc: object
    start: int
    end: int
    label: str

    @property
    def tokens(self):
        return self.doc[self.start : self.end]

    @property
    def text(self) -> str:
        if self.label == "PERSON":  # 'Ana "Benny" Cruz' is Ana Cruz
            return NICKNAME_RE.sub(" ", self.tokens.text)
        return self.tokens.text


NICKNAME_RE = re.compile(r"\s+[\"“][^\"“”]+[\"”]\s+")


@dataclass
class State:
    """What one article has said so far: who spoke last, which ministry "the ministry" means."""

    mentions: list[Mention] = field(default_factory=list)
    token_keys: dict[tuple[int, int], str] = field(default_factory=dict)
    last_by_head: dict[str, str] = field(default_factory=dict)  # "council" → key
    last_by_kind: dict[str, str] = field(default_factory=dict)
    home: str | None = None  # the dossier's own country
    region: Region | None = None  # the dossier's own province or state, if its policy is one's
    last_speaker: str | None = None
    last_speaker_n: int = 0  # the sentence the last speaker spoke in
    people: dict[str, str] = field(default_factory=dict)  # name part → person key
    groups: dict[str, str] = field(default_factory=dict)  # "group" → "group:environmental group"
    roles: dict[str, str] = field(default_factory=dict)  # role_key → person key
    region_heads: set[str] = field(default_factory=set)  # people titled "Premier" and the like
    opposition: tuple[str, str, str] | None = None  # (key, name, kind): "the opposition" party
    named: list[str] = field(default_factory=list)  # every place and body the article names
    past: set[tuple[str, int]] = field(default_factory=set)  # (holder, sentence): a former stance
    now: set[tuple[str, int]] = field(default_factory=set)  # (holder, sentence): held "now"
    subject_body: tuple[int, str] | None = None  # (sentence, key): the body a sentence was about
    places: set[str] = field(default_factory=set)  # names the article uses for a place somewhere
    city: tuple[str, str] | None = None  # (key, name) of the city whose mayor the article names
    titled_subject_n: int = 0  # the last sentence whose subject was a titled name taken for a body
    last_days: list = field(
        default_factory=list
    )  # the day-precise dates of the last dated sentence
    # The last subject that named two or more actors ("South Korea and Japan"), with its sentence:
    # what a later "they" most likely stands for.
    last_plural: tuple[int, list[str]] = (0, [])
    # What the article says was called off, (sentence, word), and the words each event (a frozen,
    # hashable record) may be called by later: "will vote on Thursday" … "The vote was postponed".
    called_off: list[tuple[int, str]] = field(default_factory=list)
    plan_terms: dict = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  # "HBA" → the key of the name it follows
    # What the last vote on the policy did to it ("support": passed; "oppose": struck it out), and
    # each holder's last clear stance: what "welcomed the vote" and "voted with the government" mean.
    outcome: str | None = None
    outcome_n: int = 0  # the sentence that told it
    background: set[int] = field(default_factory=set)  # sentences of outcomes told by their month
    halt_n: int = 0  # the sentence that told of a court halting the policy ("granted a suspension")
    last_stance: tuple[int, str] = (0, "")  # (sentence, the one clear side its claims took)
    held: dict[str, str] = field(default_factory=dict)


def last_mention(state: State, key: str) -> Mention:
    return next(m for m in reversed(state.mentions) if m.key == key)


def phrase(t) -> str:
    """A noun with its left modifiers, as written ("South Korea's defense ministry")."""
    left = [c for c in t.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
    start = min([t.i, *(c.left_edge.i for c in left)])
    return t.doc[start : t.i + 1].text


@cache
def cue_table() -> tuple[dict, list]:
    lemmas: dict[str, list[tuple[str, dict]]] = {}
    phrases: list[tuple[list[str], str, dict]] = []
    for stance, cues in knowledge().lexicon["stance_cues"].items():
        for cue in cues:
            if "lemma" in cue and "phrase" not in cue:
                lemmas.setdefault(cue["lemma"], []).append((stance, cue))
            else:
                phrases.append((cue["phrase"].split(), stance, cue))
    return lemmas, phrases


def quoted_tokens(sent) -> set[int]:
    """Indices of tokens between double quotation marks; a sentence that ends a quotation begun
    in the sentence before ('The charge is the only way," he said.') is quoted up to its mark."""
    marks = [t for t in sent if t.text in DOUBLE_QUOTES]
    opened = marks and marks[0].text in ('"', "”") and marks[0].i > sent.start
    inside = bool(opened and (marks[0].text == "”" or len(marks) % 2 == 1))
    out: set[int] = set()
    for t in sent:
        if t.text in DOUBLE_QUOTES:
            inside = not inside if t.text == '"' else t.text == "“"
            continue
        if inside:
            out.add(t.i)
    return out


# Plural nouns for people: "farmers", "economists", "residents", "politicians", "employees".
PEOPLE_SUFFIX_RE = re.compile(r"(?:ans|ers|ists|ors|ents|ians|eurs|ees)$")


def counts(t) -> bool:
    """ "Hundreds", "about 300", "dozens": a number of people, not who they are."""
    return t.like_num or t.lower_ in COUNT_NOUNS


COUNT_NOUNS = {"hundreds", "thousands", "dozens", "scores", "tens", "millions", "some", "many", "all", "most",
               # "58 percent of Britons opposed it", "a majority of voters": a poll's share
               "percent", "cent", "%", "majority", "half", "third", "quarter", "proportion"}  # fmt: skip
