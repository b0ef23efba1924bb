"""Extract: find actor mentions, stances on the policy and dated events in one article (spaCy plus rules)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from .dates import (
    MONTH_RE,
    NEIGHBOUR_DAYS,
    WEEKDAY_RE,
    fmt_day,
    precision_rank,
    relative_to,
    resolve,
)
from .knowledge import Knowledge, knowledge
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
from .problems import DossierError

# Bump when a change to the rules changes what extract returns: it keys the extraction cache.
EXTRACTOR_VERSION = "24"

QUOTE_CHARS = "\"“”'‘’"
DATE_WORD_RE = re.compile(rf"\b(?:\d{{4}}|\d{{3}}0s|{MONTH_RE}|{WEEKDAY_RE}|yesterday|today|tomorrow|(?:week|month|year|day|decade)s?)\b", re.I)  # fmt: skip


@cache
def load_nlp(model: str):
    import spacy  # imported here: loading spaCy takes a second, and only extract needs it

    try:
        return spacy.load(model)
    except OSError:
        raise DossierError(
            f"spaCy model '{model}' is not installed; run `make site` (it installs the pinned "
            "model) or set extra.dossier.model in mkdocs.yml to a model you have"
        ) from None


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
        return self.tokens.text


@dataclass
class State:
    """What one article has said so far: who spoke last, which ministry "the ministry" means."""

    mentions: list[Mention] = field(default_factory=list)
    token_keys: dict[tuple[int, int], str] = field(default_factory=dict)
    last_by_head: dict[str, str] = field(default_factory=dict)  # "council" → key
    last_by_kind: dict[str, str] = field(default_factory=dict)
    last_speaker: str | None = None
    people: dict[str, str] = field(default_factory=dict)  # name part → person key
    groups: dict[str, str] = field(default_factory=dict)  # "group" → "group:environmental group"
    roles: dict[str, str] = field(default_factory=dict)  # role_key → person key
    named: list[str] = field(default_factory=list)  # every place and body the article names
    last_days: list = field(
        default_factory=list
    )  # the day-precise dates of the last dated sentence


def extract(
    article: Article, docs: list, policy_names: Iterable[str], default_country: str | None
) -> Extraction:
    """Everything extract finds in one article, from its paragraphs already run through spaCy."""
    kb = knowledge()
    state = State()
    policy_re = policy_pattern(tuple(policy_names))
    sentences: list[Sentence] = []
    positions: list[PositionClaim] = []
    events: list[EventClaim] = []
    memberships: list[Membership] = []
    spans_by_doc = [fix_entities(doc, kb) for doc in docs]
    collect_people(spans_by_doc, state)
    state.named = [s.text for spans in spans_by_doc for s in spans if s.label != "PERSON"]
    n = 0
    named_before = False  # whether the sentence before named the policy ("It will …" may mean it)
    for p, (doc, spans) in enumerate(zip(docs, spans_by_doc, strict=True)):
        for sent in doc.sents:
            n += 1
            text = sent.text.strip()
            if not text:
                n -= 1
                continue
            sentences.append(Sentence(n, p + 1, text))
            sent_spans = [s for s in spans if sent.start <= s.start < sent.end]
            mentions_in(sent, sent_spans, n, p, state, kb, default_country, article, policy_re)
            memberships += memberships_in(sent, n, p, state)
            policy = policy_tokens(sent, policy_re) | introduced(sent, tuple(policy_names))
            named_now = bool(policy)
            if not policy and named_before:
                policy = policy_pronouns(sent, p, state)
            if policy:
                positions += stances_in(sent, n, p, policy, state, kb)
            named_before = named_now
            speaker_update(sent, n, p, state, kb)
            events += events_in(sent, sent_spans, n, p, state, kb, article)
    return Extraction(
        article=article.id,
        sentences=tuple(sentences),
        mentions=tuple(state.mentions),
        positions=tuple(positions),
        events=tuple(events),
        memberships=tuple(memberships),
    )


# --- entities -------------------------------------------------------------------------------


def fix_entities(doc, kb: Knowledge) -> list[Span]:
    """The model's entities, mended where it is known to go wrong on news text."""
    spans: list[Span] = []
    taken = 0  # an organisation's name extended over later entities ("… by Japan") owns them
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC") or ent.start < taken:
            continue
        start, end, label = ent.start, ent.end, ent.label_
        # "the Ministry of …": drop the article; "North Korea's": drop the possessive.
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        if end - start > 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        # Hyphenated names the model cuts short: "Moon Sang" + "-gyun".
        while (
            label in ("PERSON", "ORG")
            and end + 1 < len(doc)
            and doc[end].text in ("-", "‐")
            and doc[end - 1].whitespace_ == ""
            and doc[end].whitespace_ == ""
            and doc[end + 1].is_alpha
        ):
            end += 2
        # "Ms Solberg", "Mrs Lind's": an honorific is not part of the name.
        if end - start > 1 and doc[start].lower_ in HONORIFICS and label in ("PERSON", "ORG"):
            label = "PERSON"  # the model calls "Ms Solberg" an organisation now and then
        while label == "PERSON" and end - start > 1 and doc[start].lower_ in HONORIFICS:
            start += 1
        while (
            label == "PERSON" and end - start > 2 and doc[start].lower_ in kb.words("title_words")
        ):
            start += 1  # "Administrator Michael Regan": the title is not the name
        # "Medical Federation" (a person to the model), "Educators United" (a place): a name that
        # ends in an organisation's head word is a body, whatever the model called it.
        if doc[end - 1].lower_ in kb.words("organisation_heads") and (
            (label == "PERSON" and end - start > 1)
            or (label in ("GPE", "LOC") and not kb.country(doc[start:end].text))
        ):
            label = "ORG"
        if label == "ORG" and end < len(doc):
            end = extend_org(doc, start, end)
        if label == "ORG" and doc[end - 1].lower_ in kb.words("organisation_heads"):
            start = extend_org_left(doc, start, spans, kb)
        if names_a_document(doc, start, end, kb):
            continue  # "… (Minimum Unit Pricing) Amendment Bill": a law, not an actor
        while (
            label == "PERSON"
            and start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not doc[start - 1].ent_type_
            and not doc[start - 1].is_sent_start
            and doc[start - 1].lower_ not in kb.words("title_words") | HONORIFICS
        ):
            start -= 1  # "Mayor of London Sadiq Khan": the model took only "Khan"
        if start >= end:
            continue
        # "Seoul Yasumasa Nagamine": a place run into a person's name.
        for cut in (1, 2, 3):
            head = doc[start : start + cut].text
            rest = doc[start + cut : end]
            if (
                kb.country(head)
                and 2 <= len(rest) <= 4
                and all(t.is_title for t in rest if t.is_alpha)
                and not any(
                    t.lower_ in kb.words("title_words") or is_org_word(t.lower_, kb) for t in rest
                )
            ):
                spans.append(Span(doc, start, start + cut, "GPE"))
                start, label = start + cut, "PERSON"
                break
        spans.append(Span(doc, start, end, label))
        taken = end
    return sorted(spans + unlabelled_bodies(doc, spans, kb), key=lambda s: s.start)


def unlabelled_bodies(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """Names of bodies the model did not tag at all: "The Brewers and Distillers Council called …"
    — capitalised words ending in an organisation's head word ("Council", "Federation")."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for t in doc:
        if t.i in covered or not t.is_title or t.lower_ not in kb.words("organisation_heads"):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].i not in covered:
            continue  # the name goes on ("Council Tax"): not its head
        start = extend_org_left(doc, t.i, [], kb)
        # Not into another name: "the Growers Union and Fields United" are two bodies.
        while start < t.i and (
            any(i in covered for i in range(start, t.i)) or not doc[start].is_title
        ):
            start += 1
        if start < t.i:
            out.append(Span(doc, start, t.i + 1, "ORG"))
    return out


def extend_org_left(doc, start: int, spans: list[Span], kb: Knowledge) -> int:
    """The start of a body's name the model began too late: "Aotearoa" + "Medical Federation".

    Capitalised words right before it belong to the name, and so does a place the model tagged
    on its own, unless it is a known country or demonym ("Japanese Cabinet" is the Cabinet of Japan).
    """
    while start > 0 and not doc[start - 1].is_sent_start:
        prev = doc[start - 1]
        if prev.lower_ in ("and", "&") and start > 1 and doc[start - 2].is_title:
            start -= 1  # "Brewers and Distillers Council": the model began after the "and"
            continue
        if not (prev.is_title and prev.pos_ in ("PROPN", "NOUN")) or prev.lower_ in kb.words(
            "title_words"
        ):
            break
        if kb.country(prev.text) or prev.text in kb.demonyms:
            break
        if spans and spans[-1].end == start:
            if spans[-1].label not in ("GPE", "NORP", "LOC") or spans[-1].end - spans[-1].start > 1:
                break
            spans.pop()
        start -= 1
    while doc[start].lower_ in ("and", "&"):
        start += 1  # "… Union and Fields United": the "and" joined two names, it began none
    return start


def names_a_document(doc, start: int, end: int, kb: Knowledge) -> bool:
    """Whether the name, or the capitalised run it opens, ends in "Bill", "Act", "Treaty"…"""
    last, j = doc[end - 1], end
    while j < len(doc) and j < end + 6 and (doc[j].text in "()" or doc[j].is_title):
        last, j = doc[j], j + 1
    return last.is_title and last.lower_ in kb.words("document_words")


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "madam"}  # fmt: skip
NAME_LINKS = {"by", "for", "of", "against", "and", "the"}


def extend_org(doc, start: int, end: int) -> int:
    """The end of a long formal name the model cut at a preposition.

    "Council for the Women Drafted for Military Sexual Slavery" + "by Japan": a name that already
    runs on with a preposition ("… for …") goes on while the words after the next preposition are
    capitalised name words. A short name ("Samsung") is never extended: "sued by Apple" is a verb.
    """
    inner = {t.lower_ for t in doc[start + 1 : end]}
    if not inner & (NAME_LINKS - {"the", "and"}):
        return end
    i = end
    while i < len(doc) and doc[i].lower_ in NAME_LINKS - {"and", "the"}:
        j = i + 1
        while j < len(doc) and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and doc[k].is_title and doc[k].ent_type_ not in ("DATE", "TIME"):
            k += 1
        if k == j:
            break
        i = end = k
    return end


def is_party_name(low: str, kb: Knowledge) -> bool:
    """ "Justice Party", "Christian Democratic Union" are parties; "Farmers Union" is not."""
    words = low.replace("’", "'").split()
    if words[-1] in kb.words("party_words"):
        return True
    return words[-1] in kb.words("party_heads_if_political") and bool(
        set(words) & kb.words("political_words")
    )


def is_org_word(word: str, kb: Knowledge) -> bool:
    return (
        word in kb.lexicon["government_bodies"]
        or word in kb.words("party_words")
        or word in kb.words("organisation_heads")
    )


def person_key(name: str) -> str:
    """ "John F. Kennedy" and "John Kennedy" are one person: a middle initial is not in the key."""
    words = name.replace("‐", "-").lower().split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not re.fullmatch(r"\w\.?", w)), words[-1]]
    return "person:" + " ".join(words)


def collect_people(spans_by_doc: list[list[Span]], state: State) -> None:
    """Full names in the article, so that a later "Kim" or "Abe" finds its person."""
    for spans in spans_by_doc:
        for s in spans:
            if s.label == "PERSON" and len(s.text.split()) >= 2:
                key = person_key(s.text)
                parts = s.text.split()
                for part in (parts[0], parts[-1]):
                    state.people.setdefault(part, key)


def name_head(name: str) -> str:
    """The noun a name is about: "council" in "Korean Council for the Women …", not "women"."""
    words = name.lower().split()
    for i, w in enumerate(words[1:], 1):
        if w in NAME_LINKS:
            return words[i - 1]
    return words[-1] if words else ""


def seat_of(text: str, state: State, kb: Knowledge) -> Mention | None:
    """ "Brussels" in a story about "the European Commission": the bloc's body, not Belgium."""
    bloc = kb.seats.get(text)
    country = kb.country(text)
    if not bloc or not country:
        return None
    prefix = bloc.split()[0].lower() + " "
    named = [kb.blocs.get(t, t) for t in state.named if t != text]
    if any(kb.country(t) == country for t in named):
        return None  # Belgium itself is in the story: its capital is its capital
    for m in reversed(state.mentions):
        if m.key == f"org:{bloc.lower()}" or (
            m.kind == "organisation" and m.name.lower().startswith(prefix)
        ):
            return m
    body = next((t for t in named if t == bloc or t.lower().startswith(prefix)), None)
    if body:  # named later in the article
        return Mention(0, text, body, "organisation", f"org:{body.lower()}")
    return None


def next_word(s: Span) -> str:
    return s.doc[s.end].lower_ if s.end < len(s.doc) else ""


def is_acronym(text: str) -> bool:
    return text.isalpha() and sum(c.isupper() for c in text) >= 2


def is_credit(s: Span, kb: Knowledge) -> bool:
    """ "Reporting by Anne Holt; editing by …", "Anne Holt contributed reporting"."""
    doc, credits = s.doc, kb.words("credit_words")
    before = [t.lower_ for t in doc[max(0, s.start - 3) : s.start]]
    after = doc[s.end].lower_ if s.end < len(doc) else ""
    return (len(before) >= 2 and before[-1] == "by" and before[-2] in credits) or after in (
        "contributed",
        "contributes",
    )


def surname_key(word: str) -> str:
    """A key for a lone name that resolve matches to a full name in another article."""
    return "surname:" + word.replace("‐", "-").lower()


def is_group_noun(t, kb: Knowledge) -> bool:
    return t.lower_ in kb.words("group_nouns") and t.tag_ in ("NNS", "NNPS")


def recent_person(word: str, state: State) -> str | None:
    """A lone "Kim" is the Kim named most recently, not the first one in the article."""
    for m in reversed(state.mentions):
        if m.kind == "person" and len(m.name.split()) > 1 and word in m.name.split():
            return m.key
    return None


def last_mention(state: State, key: str) -> Mention:
    return next(m for m in reversed(state.mentions) if m.key == key)


def add(state: State, p: int, tokens, mention: Mention) -> None:
    state.mentions.append(mention)
    tokens = list(tokens)
    for t in tokens:
        state.token_keys[(p, t.i)] = mention.key
    if mention.kind in ("organisation", "party") and tokens:
        # "the council" after "the Korean Council for …": the head noun, not the last word.
        heads = {mention.name.split()[-1].lower(), tokens[-1].lower_}
        heads |= {
            t.lower_
            for t in tokens
            if t.dep_ in ("ROOT", "nsubj", "pobj", "dobj") or t.head.i not in {x.i for x in tokens}
        }
        for h in heads:
            state.last_by_head[h] = mention.key
    state.last_by_kind[mention.kind] = mention.key


def mentions_in(sent, spans: list[Span], n: int, p: int, state: State, kb: Knowledge,
                default_country: str | None, article: Article, policy_re: re.Pattern) -> None:  # fmt: skip
    used: set[int] = set()
    media = kb.words("media_words")
    docs_words = kb.words("document_words")
    outlet = (article.outlet or "").lower()
    for s in spans:
        text = s.text
        if (
            s.label == "ORG"
            and is_group_noun(s.tokens[-1], kb)
            and not any(t.lower_ in NAME_LINKS for t in s.tokens)
        ):
            continue  # "Environmental groups" at a sentence start: a group, found below
        used.update(range(s.start, s.end))
        if s.label == "PERSON" and len(s.tokens) == 1 and is_acronym(text):
            s = Span(s.doc, s.start, s.end, "ORG")  # "DfT", "TfL": an acronym, not a name
        elif s.label == "ORG" and len(s.tokens) == 1 and text in state.people:
            s = Span(s.doc, s.start, s.end, "PERSON")  # "Lind said": the model's ORG is a surname
        country = kb.country(text)
        seat = seat_of(text, state, kb)
        if seat:
            add(state, p, s.tokens, Mention(n, text, seat.name, seat.kind, seat.key))
            continue
        if s.label in ("GPE", "LOC") or (country and s.label in ("ORG", "PERSON")):
            if country:
                add(
                    state,
                    p,
                    s.tokens,
                    Mention(n, text, country.name, "country", f"country:{country.name}"),
                )
            elif text in kb.blocs:
                name = kb.blocs[text]
                add(
                    state,
                    p,
                    s.tokens,
                    Mention(n, text, name, "organisation", f"org:{name.lower()}"),
                )
            continue
        if s.label == "NORP" and text.lower() in kb.words("party_words"):
            # "Republicans", "Democrats": a party's people, named as the party.
            add(state, p, s.tokens, Mention(n, text, text, "party", f"par:{text.lower()}"))
            continue
        if s.label == "NORP":
            people = kb.demonyms.get(text[:-1]) if text.endswith("s") else None
            if people and s.tokens.root.tag_ in ("NNPS", "NNS"):
                # "Many South Koreans": the people of a country, as one public.
                add(state, p, s.tokens, public(n, text, people.name, kb))
            elif len(s.tokens) == 1 and speaking_people(s.tokens[0], kb):
                # "Publicans … welcomed the plan": the model's NORP is a group of people.
                key = f"group:{singular(text.lower())}"
                add(state, p, s.tokens, Mention(n, text, text.lower(), "group", key))
            continue
        if s.label == "PERSON":
            if text in article.authors or is_credit(s, kb):
                continue  # a journalist credited for the story is its author, not an actor
            if s.tokens.root.head.i >= s.end and leader_of(s.tokens.root.head, kb):
                continue  # the name of an administration, found below, not the leader acting
            words = text.split()
            if len(words) == 1:
                # A lone word with no full name here ("Solberg", or "Musudan", a missile) is left
                # to resolve, which looks for the full name in the other articles.
                key = (
                    recent_person(words[0], state)
                    or state.people.get(words[0])
                    or surname_key(words[0])
                )
            else:
                key = person_key(text)
            role, role_country = title_before(s, kb)
            if role:
                state.roles[role_key(role, role_country or default_country)] = key
            add(state, p, s.tokens, Mention(n, text, text, "person", key, role, role_country))
            continue
        # Organisations.
        low = text.lower()
        low_words = set(re.findall(r"[\w.]+", low))
        if text in kb.blocs:
            name = kb.blocs[text]
            add(state, p, s.tokens, Mention(n, text, name, "organisation", f"org:{name.lower()}"))
            continue
        if (
            policy_re.fullmatch(text)
            or low_words & docs_words
            or low_words & media
            or low == outlet
            or (low in kb.words("title_words") and next_word(s) in kb.words("title_words"))
            or text in kb.demonyms
        ):
            continue
        body = government_body(s.tokens, kb, default_country, state)
        if body:
            add(state, p, s.tokens, body(n, text))
            continue
        earlier = state.last_by_head.get(low) if len(s.tokens) == 1 else None
        if earlier and name_head(last_mention(state, earlier).name) == low:
            last = last_mention(state, earlier)  # "the Commission" after "the European Commission"
            add(state, p, s.tokens, Mention(n, text, last.name, last.kind, earlier))
            continue
        kind = "party" if is_party_name(low, kb) else "organisation"
        name = re.sub(r"^(?:ruling|opposition|main|minor)\s+", "", text, flags=re.I)
        add(state, p, s.tokens, Mention(n, text, name, kind, f"{kind[:3]}:{name.lower()}"))
    # Bodies of government in lower case, groups, anaphora ("the ministry", "the council").
    for t in sent:
        if t.i in used or (t.pos_ not in ("NOUN", "PROPN") and t.lower_ != "public"):
            continue
        collective = collective_of(t, n, p, kb, default_country, state)
        if collective:
            add(state, p, [t], collective)
            continue
        holder = role_holder(t, n, kb, state, default_country)
        if holder:
            add(state, p, [t], holder)
            continue
        body = government_body([t], kb, default_country, state)
        if body:
            add(state, p, [t], body(n, phrase(t)))
            continue
        group = group_name(t, kb)
        if group:
            mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod")]
            key = group_key(t, mods, kb)
            head = key.split()[-1].removeprefix("group:")
            name = group
            if not mods and head in state.groups:
                # A bare "campaigners" after "environmental campaigners": the same camp.
                key = state.groups[head]
                name = last_mention(state, key).name
            state.groups[head] = key
            add(state, p, [*mods, t], Mention(n, group, name, "group", key))
            continue
        if (
            t.lower_ in state.last_by_head
            and any(c.lower_ == "the" for c in t.lefts)
            and t.lower_ not in ("official", "officials")
        ):
            key = state.last_by_head[t.lower_]
            last = last_mention(state, key)
            add(state, p, [t], Mention(n, f"the {t.text}", last.name, last.kind, key))


def public(n: int, text: str, country: str, kb: Knowledge) -> Mention:
    name = f"{kb.demonym(country)} public"
    return Mention(n, text, name, "group", f"group:{name.lower()}", None, country)


def collective_of(t, n: int, p: int, kb: Knowledge, default_country: str | None, state: State):
    """A country's public or military, or a leader's administration, named as one actor."""
    if t.dep_ in ("compound", "amod") and t.head.i != t.i:
        return None  # "military power", "public opinion": a modifier, not the actor
    country = qualifier_country([t], kb)
    if (
        t.lower_ == "public"
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss")
        and (country or default_country)
    ):
        return public(n, phrase(t), (country.name if country else default_country), kb)
    if kb.lexicon["government_bodies"].get(t.lower_) == "military" and country:
        name = f"{kb.demonym(country.name)} military"
        return Mention(n, phrase(t), name, "organisation", f"military:{country.name}")
    leader = leader_of(t, kb)
    if leader:
        name = f"{leader} {t.lower_}"
        return Mention(n, phrase(t), name, "organisation", f"org:{name.lower()}")
    return None


def role_key(title: str, country: str | None) -> str:
    """One key per office and country: "Minister of National Defense" = "defense minister"."""
    words = title.lower().replace("then-", "").split()
    words = [w for w in words if w not in ("former", "then", "acting")]
    text = " ".join(words)
    found = re.fullmatch(r"(\w+) of (.+)", text)
    if found:
        text = f"{found[2]} {found[1]}"
    domains = knowledge().lexicon["ministry_domains"]
    *domain, head = text.split() or [""]
    domain_text = " ".join(domain)
    domain_text = domains.get(
        domain_text, domains.get(domain_text.removeprefix("national "), domain_text)
    )
    return f"role:{country or '?'}:" + " ".join(x for x in (domain_text, head) if x)


def role_holder(
    t, n: int, kb: Knowledge, state: State, default_country: str | None
) -> Mention | None:
    """ "the defense minister": the person this article gave that title, else a role key."""
    if t.lower_ not in kb.words("role_nouns") or t.dep_ in ("compound", "appos"):
        return None
    if any(x.ent_type_ == "PERSON" for x in t.doc[t.i + 1 : t.right_edge.i + 2]) or any(
        c.dep_ == "prep" for c in t.rights
    ):
        return None  # a title before a name, or "Minister of …": the name is the mention
    lefts = list(t.lefts)
    if not any(c.lower_ == "the" or c.dep_ == "poss" for c in lefts):
        return None  # "a minister", "ministers": not one person
    words = [c.lower_ for c in lefts if c.dep_ in ("compound", "amod")]
    words = [w for w in words if w in kb.words("title_words") and w not in ("former", "then")]
    country = qualifier_country([t], kb)
    country_name = country.name if country else default_country
    title = " ".join([*words, t.lower_])
    key = state.roles.get(role_key(title, country_name))
    if key is None and not words:
        # "the minister" after "Environment Minister Hanna Lind", if she is the only minister
        # named, and not in this very sentence ("Holm backed the minister" is someone else).
        here = {m.key for m in state.mentions if m.sentence == n}
        ends = f" {t.lower_}"
        found = {v for r, v in state.roles.items() if r.endswith(ends) and v not in here}
        key = found.pop() if len(found) == 1 else None
    if key:
        return Mention(n, phrase(t), last_mention(state, key).name, "person", key)
    if not words:
        return None
    return Mention(
        n, phrase(t), title, "person", role_key(title, country_name), title.title(), country_name
    )


def leader_of(t, kb: Knowledge) -> str | None:
    """ "Lee Myung-bak" in "the Lee Myung-bak administration": a leader's government."""
    if kb.lexicon["government_bodies"].get(t.lower_) != "government":
        return None
    names = [c for c in t.lefts if c.ent_type_ == "PERSON" and c.dep_ == "compound"]
    if not names:
        return None
    start = names[0].i
    while start > 0 and t.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    return t.doc[start : t.i].text


def phrase(t) -> str:
    """A noun with its left modifiers, as written ("South Korea's defense ministry")."""
    left = [c for c in t.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
    start = min([t.i, *(c.left_edge.i for c in left)])
    return t.doc[start : t.i + 1].text


def qualifier_country(tokens, kb: Knowledge):
    """The country a body belongs to: "Japan's Cabinet", "the Japanese cabinet", "Seoul's ministry"."""
    head = tokens[-1]
    candidates = list(tokens[:-1]) + [c for c in head.lefts]
    for c in candidates:
        for text in (c.text, c.doc[c.left_edge.i : c.i + 1].text):
            found = kb.country(text) or kb.demonyms.get(text)
            if found:
                return found
    return None


def government_body(tokens, kb: Knowledge, default_country: str | None, state: State):
    tokens = list(tokens)
    bodies = kb.lexicon["government_bodies"]
    words = [t.lower_ for t in tokens]
    kind = next((bodies[w] for w in words if w in bodies), None)
    if kind is None:
        return None
    head = tokens[-1]
    if kind == "ministry" and (len(tokens) == 1 or words[-1] == "ministry"):
        domain_words = [c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod")]
        ministry_of = re.search(r"(?:ministry|department) (?:of|for) (.+)$", " ".join(words))
        domain_text = ministry_of[1] if ministry_of else " ".join(domain_words)
    else:
        ministry_of = re.search(r"(?:ministry|department) (?:of|for) (.+)$", " ".join(words))
        domain_text = (
            ministry_of[1] if ministry_of else " ".join(w for w in words[:-1] if w not in ("the",))
        )
    country = qualifier_country(tokens, kb)
    country_name = country.name if country else default_country
    if kind == "ministry":
        domains = kb.lexicon["ministry_domains"]
        domain_text = re.sub(r"^.*?(?:'s|’s)\s+", "", domain_text).strip()
        domain = domains.get(domain_text) or domains.get(domain_text.removeprefix("national "))
        if not domain:
            if domain_text:
                domain = domain_text  # an unfamiliar ministry keeps its own words
            elif state.last_by_head.get("ministry"):
                key = state.last_by_head["ministry"]
                name = last_mention(state, key).name
                return lambda n, text: Mention(n, text, name, "organisation", key)
            else:
                return None
        formal = " ".join(tokens[i].text for i in range(len(tokens)) if words[i] not in ("the",))
        formal = re.sub(r"^.*?(?:'s|’s)\s+", "", formal)
        name = formal if ministry_of else f"{domain.title()} Ministry"
        key = f"ministry:{country_name or '?'}:{domain}"
        return lambda n, text: Mention(n, text, name, "organisation", key, None, country_name)
    if not country_name:
        return None
    if kind == "government":
        if (
            tokens[0].lower_ != "the"
            and not country
            and len(tokens) == 1
            and not any(c.lower_ == "the" for c in head.lefts)
        ):
            return None
        return lambda n, text: Mention(n, text, country_name, "country", f"country:{country_name}")
    if kind in ("cabinet", "parliament"):
        demonym = kb.demonym(country_name)
        name = f"{demonym} {kind.title()}"
        return lambda n, text: Mention(n, text, name, "organisation", f"{kind}:{country_name}")
    return None


def group_name(t, kb: Knowledge) -> str | None:
    if t.tag_ not in ("NNS", "NN", "NNPS"):
        return None
    if t.lower_ not in kb.words("group_nouns"):
        return t.lower_ if speaking_people(t, kb) else None
    mods = [
        c
        for c in t.lefts
        if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and not c.is_stop
    ]
    if not mods:
        return (
            t.lower_
            if t.lower_
            in ("critics", "protesters", "activists", "opponents", "demonstrators", "campaigners")
            or speaking_people(t, kb)
            else None
        )
    start = min(c.left_edge.i for c in mods)
    words = [w for w in t.doc[start : t.i + 1] if w.is_alpha and not w.like_num and w.pos_ != "DET"]
    text = " ".join(w.text for w in words)
    return text[0].lower() + text[1:] if text and words[0].pos_ != "PROPN" else text


PEOPLE_SUFFIX_RE = re.compile(r"(?:ans|ers|ists|ors|ents|ians|eurs|ees)$")


def speaking_people(t, kb: Knowledge) -> bool:
    """ "Farmers have opposed the levy", "Publicans welcomed it": a plural noun for people who
    speak or take a stance is a group of its own, though the text gives it no name."""
    if t.tag_ != "NNS" or t.dep_ != "nsubj" or t.lower_ in kb.words("not_people"):
        return False
    if t.lower_ not in kb.words("group_nouns") and not PEOPLE_SUFFIX_RE.search(t.lower_):
        return False
    lemma = t.head.lemma_.lower()
    return lemma in kb.words("reporting_verbs") or lemma in cue_table()[0]


def singular(word: str) -> str:
    """ "groups" → "group", "businesses" → "business", "parties" → "party" (a noun's lemma is
    not always at hand: the model leaves "Groups" as it is when it takes it for a name)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def group_key(t, mods, kb: Knowledge) -> str:
    """One key for a group however it is worded: "environmental group(s)", "green groups",
    "opposition parties" / "opposition bloc" / "opposition lawmakers"."""
    same_head = kb.lexicon.get("group_synonyms") or {}
    same_mod = kb.lexicon.get("group_modifier_synonyms") or {}
    words = []
    for c in mods:
        for w in c.subtree:
            if w.is_alpha and not w.is_stop and w.pos_ != "DET" and w.i < t.i:
                lemma = w.lemma_.lower()
                words.append(same_mod.get(lemma, lemma))
    head = singular(t.lower_)
    return "group:" + " ".join([*dict.fromkeys(words), same_head.get(head, head)])


def title_before(s: Span, kb: Knowledge) -> tuple[str | None, str | None]:
    """The title written before a person's name ("Japanese Ambassador to Seoul …")."""
    doc, i = s.doc, s.start - 1
    titles = kb.words("title_words")
    words: list[str] = []
    country = None
    while i >= 0:
        t = doc[i]
        if (
            t.lower_ in titles
            or (t.text == "-" and i > 0 and doc[i - 1].lower_ == "then")
            or (t.lower_ == "of" and words and i > 0 and doc[i - 1].lower_ in titles)
            or (
                words
                and words[0].lower() in kb.words("role_nouns")
                and t.is_title
                and not t.ent_type_
            )
        ):  # "Minister of National Defense Kim Kwan-jin", "Fisheries Minister Anna Brekke"
            words.insert(0, t.text)
            i -= 1
        elif (
            kb.country(t.text)
            and i >= 2
            and doc[i - 1].lower_ == "to"
            and doc[i - 2].lower_ in titles
        ):
            words[0:0] = [doc[i - 1].text, t.text]  # "Ambassador to Seoul"
            i -= 2
        else:
            break
    if not words:
        return None, None
    j = i
    while j >= 0 and doc[j].text in ("'s", "’s", "'"):
        j -= 1
    for k in (3, 2, 1):
        text = doc[max(0, j - k + 1) : j + 1].text
        found = kb.demonyms.get(text) or kb.country(text)
        if found:
            country = found.name
            break
    role = " ".join(words).replace("then - ", "").replace("then -", "").replace(" 's", "'s")
    role = re.sub(r"^(?:then-?|former)\s*", "", role, flags=re.I).strip()
    role = re.sub(r"^[A-Z][\w.]*(?:'s|’s)\s+", "", role)
    if role.lower() in HONORIFICS:
        return None, None  # "Ms." is a courtesy, not an office
    return (role or None), country


# --- stances --------------------------------------------------------------------------------

# Which side a negated cue counts for: "will not accept" opposes, but "did not oppose" only stops
# short of opposing, so it is neutral; a negated hedge says nothing.
NEGATED = {"support": "oppose", "oppose": "neutral", "neutral": "neutral"}
CONTRAST = {"but", "while", "although", "though", "whereas", "however", "yet"}
OBJECTS = {"dobj", "pobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "advcl", "pcomp"}
DOUBLE_QUOTES = '"“”'
ADJUNCTS = {"despite", "amid", "after", "before", "during", "since", "because", "due", "following", "in"}  # fmt: skip
QUALIFIERS = {"compound", "amod", "poss", "nmod"}  # "New Zealand" in "the New Zealand Employers …"


@dataclass(frozen=True)
class Cue:
    """A word or phrase in a sentence that expresses a stance, anchored on one token."""

    token: object
    stance: str
    words: str
    ids: frozenset[int]  # every token of the cue's words
    defer: bool = False  # a verb of wanting: a cue it governs decides
    owner: bool = False  # the policy's author ("the minister's levy"): its own holder, never nested

    @property
    def background(self) -> bool:
        """ "which had opposed the levy": an earlier stance, overruled by a current one."""
        return any(
            (c.lower_ == "had" and c.dep_ == "aux")
            or c.lower_ in ("once", "previously", "formerly")
            for c in self.token.children
        )


def policy_pattern(names: tuple[str, ...]) -> re.Pattern:
    alts = sorted({re.escape(n.strip()) for n in names if n.strip()}, key=len, reverse=True)
    alts = [a.replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*") for a in alts]
    # "the bill" is also "the final bill", "the proposed bill".
    mods = "|".join(re.escape(w) for w in sorted(knowledge().words("policy_modifiers")))
    the = r"the[\s-]+"
    alts = [
        rf"(?:the|this)[\s-]+(?:(?:{mods})[\s-]+)?" + a[len(the) :]
        if a.lower().startswith(the)
        else a
        for a in alts
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)


@cache
def indefinite_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """ "a bill", "a new levy" for a policy called "the bill", "the levy"."""
    short = sorted({n.strip()[4:] for n in names if n.strip().lower().startswith("the ")})
    if not short:
        return None
    alts = "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in short)
    mods = "|".join(re.escape(w) for w in sorted(knowledge().words("policy_modifiers")))
    return re.compile(rf"(?<![\w-])an?[\s-]+(?:(?:{mods})[\s-]+)?(?:{alts})(?![\w-])", re.I)


def introduced(sent, names: tuple[str, ...]) -> set[int]:
    """ "The government unveiled a bill that would …": an indefinite name is the policy only as
    the object of a verb that brings it in (otherwise "such a pact" may be another one)."""
    pattern = indefinite_pattern(names)
    if pattern is None:
        return set()
    found = policy_tokens(sent, pattern)
    verbs = knowledge().words("introducing_verbs")
    doc = sent.doc
    if any(doc[i].dep_ == "dobj" and doc[i].head.lemma_.lower() in verbs for i in found):
        return found
    return set()


def policy_pronouns(sent, p: int, state: State) -> set[int]:
    """ "The ban takes effect in May. Critics say it will hurt …": "it" for the policy just named.

    A subject "it" only when no organisation, party or country is named before it in the
    sentence: in "The ministry said it would …", "it" is the ministry.
    """
    out: set[int] = set()
    body_named = False
    for t in sent:
        key = state.token_keys.get((p, t.i))
        body_named = body_named or bool(key and not key.startswith(("person:", "group:")))
        if t.lower_ == "it" and (
            t.dep_ in ("dobj", "pobj") or (t.dep_ in ("nsubj", "nsubjpass") and not body_named)
        ):
            out.add(t.i)
    return out


def policy_tokens(sent, policy_re: re.Pattern) -> set[int]:
    text = sent.text
    found: set[int] = set()
    for m in policy_re.finditer(text):
        a, b = sent.start_char + m.start(), sent.start_char + m.end()
        found.update(t.i for t in sent if t.idx < b and t.idx + len(t) > a)
    return found


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


def cues_in(sent, policy: set[int]) -> list[Cue]:
    """Each stance cue in the sentence that is about the policy, negation already applied."""
    lemmas, phrases = cue_table()
    found = []
    words = [t.lower_ for t in sent]
    claimed: set[int] = set()
    for tokens, stance, cue in phrases:
        for k in range(len(words) - len(tokens) + 1):
            if words[k : k + len(tokens)] == tokens and sent[k].i not in claimed:
                span = sent[k : k + len(tokens)]
                if hypothetical(span.root):
                    continue  # "… if the levy goes ahead": a condition, not a stance
                if cue.get("negated") == "skip" and is_negated(span.root):
                    continue  # "will not take effect in May": a delay, not a stance
                if is_about_policy(span.root, policy, cue.get("policy", False)):
                    ids = frozenset(t.i for t in span)
                    defer = cue.get("defer", False)
                    found.append(Cue(span.root, negate(span.root, stance), span.text, ids, defer))
                    claimed.update(t.i for t in span)
    for t in sent:
        if t.i in claimed or t.i in policy or t.dep_ in ("compound", "amod") or hypothetical(t):
            continue  # "opposition parties", "the necessary votes": a modifier, not a stance
        if reported_content(t):
            continue
        for stance, cue in lemmas.get(t.lemma_.lower(), []):
            if (cue.get("pos") and t.pos_ != cue["pos"]) or (
                cue.get("tag") and t.tag_ != cue["tag"]
            ):
                continue
            if is_about_policy(t, policy, cue.get("policy", False)):
                ids = frozenset([t.i])
                found.append(Cue(t, negate(t, stance), t.text, ids, cue.get("defer", False)))
    found += [c for t in sent if t.i not in claimed for c in effect_cue(t, policy)]
    found += [c for t in sent if (c := ownership_cue(t, policy))]
    found = [c for c in found if not aimed_elsewhere(c.token, found, policy)]
    # "seeking to scrap the pact": the inner cue says what is wanted, the outer one only wanting;
    # "dropped its opposition": the inner cue, reversed, says it all.
    reversal = knowledge().words("reversal_verbs")
    found = [
        c
        for c in found
        if not (
            (c.defer or c.token.lemma_.lower() in reversal)
            and any(o.token.i in {x.i for x in c.token.subtree} for o in found if o is not c)
        )
    ]
    return [c for c in found if c.stance]


def aimed_elsewhere(t, found: list[Cue], policy: set[int]) -> bool:
    """A cue aimed at an action ("fight any attempt to weaken the levy", "resist calls to scrap
    it") says nothing about the policy unless the action is itself a cue we can take in."""
    cue_ids = {i for c in found for i in c.ids}
    for obj in (c for c in t.children if c.dep_ in ("dobj", "pobj")):
        if is_action(obj, policy) and not cue_ids & {x.i for x in obj.subtree}:
            return True
    # A cue inside such an action counts only when an outer cue takes it in (see composed).
    actions = [x for x in t.ancestors if is_action(x, policy)]
    if actions and actions[0].head.lemma_.lower() in knowledge().words("owning_verbs"):
        return False  # "repeated its call to abandon the levy": the caller's own aim
    return bool(actions) and not any(x.i in cue_ids for x in t.ancestors)


def is_action(x, policy: set[int]) -> bool:
    """ "attempt to weaken …", "calls to scrap …": an action noun with a verb saying what it aims at."""
    return (
        x.pos_ == "NOUN"
        and x.i not in policy
        and x.lemma_.lower() in knowledge().words("action_nouns")
        and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in x.children)
    )


def ownership_cue(t, policy: set[int]) -> Cue | None:
    """ "Environment Minister Anna Berg's levy", "the government's plan": the policy's author backs it."""
    if t.i not in policy or t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
        return None
    owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    words = t.doc[owner.left_edge.i : t.i + 1].text
    return Cue(t, "support", words, frozenset([t.i]), owner=True)


def effect_cue(t, policy: set[int]) -> list[Cue]:
    """ "The charge would cut traffic": lessening a harm or bringing a good is support."""
    kb = knowledge()
    verb = t.lemma_.lower()
    sign = (
        1 if verb in kb.words("raising_verbs") else -1 if verb in kb.words("lessening_verbs") else 0
    )
    if not sign or t.pos_ != "VERB" or not is_about_policy(t, policy, "subject"):
        return []
    for obj in (c for c in t.children if c.dep_ == "dobj"):
        noun = obj.lemma_.lower()
        value = 1 if noun in kb.words("goods") else -1 if noun in kb.words("harms") else 0
        if value:
            stance = "support" if sign * value > 0 else "oppose"
            words = t.doc[t.i : obj.i + 1].text
            return [Cue(t, negate(t, stance), words, frozenset([t.i, obj.i]))]
    return []


def negate(t, stance: str) -> str | None:
    """The stance a cue counts for once a "not", "never" or "no longer" on it is taken into account."""
    negated = is_negated(t)
    complement = t.dep_ in ("acomp", "attr", "oprd") or (
        t.pos_ != "VERB" and (t.dep_ == "xcomp" or t.head.lemma_ == "be")
    )
    if complement:
        negated = negated or is_negated(t.head)  # "is not against the ban", "was not opposed"
    if t.dep_ in ("acl", "relcl", "xcomp", "pcomp") and no_intention(t):
        negated = not negated  # "has no plans to scrap it", "no intention of signing"
    if t.dep_ == "dobj" and t.head.lemma_.lower() in knowledge().words("reversal_verbs"):
        negated = not negated  # "dropped its opposition to the ban"
    if denied(t):
        negated = not negated  # "does not believe the ban will hurt", "denied that it opposed"
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in knowledge().words("refusal_verbs"):
        negated = not negated  # "refused to sign", "declined to back"
    elif t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lower_ == "short":
        return "neutral"  # "stopped short of endorsing": not a stance either way
    elif t.dep_ == "xcomp" and t.head.lemma_.lower() in knowledge().words("wanting_verbs"):
        negated = negated or is_negated(t.head)  # "does not want to sign"
    return NEGATED.get(stance) if negated else stance


def denied(t) -> bool:
    """Whether a cue sits in what a negated belief or a denial says ("does not think that …")."""
    kb = knowledge()
    for clause in (t, *t.ancestors):
        if clause.dep_ == "ccomp":
            verb = clause.head
            lemma = verb.lemma_.lower()
            if lemma in kb.words("denial_verbs") or (
                lemma in kb.words("belief_verbs") and is_negated(verb)
            ):
                return True
    return False


def no_intention(t) -> bool:
    """Whether a verb completes a noun negated by "no" ("no plans to …", "no intention of …")."""
    noun = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "of" else t.head
    return noun.pos_ == "NOUN" and any(c.lower_ == "no" for c in noun.children)


def is_negated(t) -> bool:
    return any(
        c.dep_ == "neg"
        or c.lower_ == "never"
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        for c in t.children
    )


def has_policy_arg(t, policy: set[int]) -> bool:
    # "wants the law repealed": a bare participle's subject is what it is done to.
    bare = not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    patient = bare and (
        t.tag_ == "VBN"
        or (
            t.dep_ in ("ccomp", "xcomp")
            and t.head.lemma_.lower() in knowledge().words("wanting_verbs")
        )
    )
    for c in t.children:
        if c.dep_ in ("csubj", "aux", "neg", "advmod") or (c.dep_ == "nsubj" and not patient):
            continue
        if any(x.i in policy for x in c.subtree):
            return True
    return False


def is_about_policy(t, policy: set[int], needs: bool | str) -> bool:
    """Whether a cue speaks of the policy, not of something else named in the same sentence.

    A cue that must take the policy as its argument ("sign the pact") needs it there. Any other cue
    ("opposed the deal", "the pact would help") counts when the policy, or "it" after the policy
    was named, is among its arguments; when it has arguments that are all about something else
    ("criticised the minister", "help members prepare") it does not count; and a cue with no
    argument at all ("strong protests by …", "it is wrong") counts for the sentence's policy.
    """
    if needs == "subject":
        return any(names_policy(c, policy) or stands_for(c, policy) for c in subjects_of(t))
    if needs == "sentence":
        return bool(policy)  # "take … to court": the sentence names the policy, that will do
    if modifies_policy(t, policy):
        return False  # "opposes any delay to the levy", "backed an exemption from it"
    if needs:
        return (
            has_policy_arg(t, policy)
            or passive_on(t, policy)
            or relative_on(t, policy)
            or (t.tag_ != "VBD" and refers_back(t, policy, only_it=True))
        )
    args = [c for c in t.children if c.dep_ in OBJECTS and not is_agent(c)]
    content = knowledge().words("content_nouns")
    if any(c.lemma_.lower() in content for c in args):
        return False  # "rejected claims that the ban would …": the claim is the object, not the ban
    if judges_actor(t, policy):
        return False  # "X was wrong to oppose the levy": a judgement of X, X's own stance inside
    if any(names_policy(c, policy) for c in args) or any(
        names_policy(c, policy, core=True) for c in subjects_of(t)
    ):
        return True
    if refers_back(t, policy) or relative_on(t, policy):
        return True
    if t.pos_ in ("ADJ", "NOUN") and any(
        s.lower_ not in ("it", "this", "that") for s in subjects_of(t)
    ):
        return False  # "its critics wrong", "critics are wrong": a judgement on something else
    return not args


def modifies_policy(t, policy: set[int]) -> bool:
    """Whether the cue's object is a change to the policy rather than the policy itself."""
    changes = knowledge().words("modification_nouns")
    objects = [c for c in t.children if c.dep_ in ("dobj", "attr")]
    objects += [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(
        o.lemma_.lower() in changes and any(x.i in policy or x.lower_ == "its" for x in o.subtree)
        for o in objects
    )


def judges_actor(t, policy: set[int]) -> bool:
    """An adjective on someone's action ("X was wrong to oppose …", "right to back …")."""
    action = any(c.dep_ == "xcomp" for c in (*t.children, *t.head.children))
    return (
        t.pos_ == "ADJ"
        and action
        and any(
            s.lower_ not in ("it", "this", "that") and not names_policy(s, policy)
            for s in subjects_of(t)
        )
    )


def names_policy(c, policy: set[int], core: bool = False) -> bool:
    """Whether a phrase names the policy; `core`: not just in a clause hung on it ("X, which
    backs the levy, criticised Y" does not make the criticism about the levy)."""
    skip = set()
    if core:
        skip = {x.i for d in c.children if d.dep_ in ("relcl", "acl", "appos") for x in d.subtree}
    return any(x.i in policy and x.i not in skip for x in c.subtree)


def stands_for(c, policy: set[int]) -> bool:
    """ "The ban …, but critics say it will …", "the ban, which will …": a pronoun for the policy."""
    if c.lower_ == "it":
        return bool(policy) and min(policy) < c.i
    return c.lower_ in ("which", "that") and c.head.dep_ == "relcl" and c.head.head.i in policy


def passive_on(t, policy: set[int]) -> bool:
    """ "its call for the levy to be scrapped": a passive infinitive right after the policy."""
    doc = t.doc
    return (
        any(c.dep_ == "auxpass" for c in t.children)
        and t.i >= 3
        and [doc[t.i - 2].lower_, doc[t.i - 1].lower_] == ["to", "be"]
        and doc[t.i - 3].i in policy
    )


def relative_on(t, policy: set[int]) -> bool:
    """ "the ban, which the federation opposes": the relative pronoun stands for the policy."""
    if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i in policy:
        return True  # "the levy, drafted by the ministry": the participle's object is the policy
    return (
        t.dep_ == "relcl"
        and t.head.i in policy
        and any(c.lower_ in ("which", "that") and c.dep_ in ("dobj", "pobj") for c in t.children)
    )


def reported_content(t) -> bool:
    """ "claims that the ban would hurt …": what a claim says is not its reporter's view."""
    content = knowledge().words("content_nouns")
    return any(x.pos_ == "NOUN" and x.lemma_.lower() in content for x in t.ancestors)


def hypothetical(t) -> bool:
    """ "has not said whether it will challenge the ban", "if parliament passes the bill"."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if")
        for x in (t, *t.ancestors)
        for c in x.children
    )


def subjects_of(t) -> list:
    """The subjects of a verb, or of the verb an adjective or noun complements ("the law is unfair")."""
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if t.dep_ in ("acomp", "attr"):
        subjects += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if t.dep_ == "oprd":  # "called the ban unworkable", "proved its critics wrong": the object
        subjects += [c for c in t.head.children if c.dep_ == "dobj"]
    if t.dep_ == "conj" and not subjects and t.head.i != t.i:
        return subjects_of(t.head)  # "would cost jobs and raise prices": the same subject
    return subjects


def is_agent(c) -> bool:
    """ "by …", "from …" after a noun name who holds the stance, not what it is about."""
    return c.dep_ == "prep" and c.lower_ in ("by", "from", "among", "within")


def refers_back(t, policy: set[int], only_it: bool = False) -> bool:
    """ "… the bill, but … criticised its timetable": a pronoun after the policy stands for it.

    `only_it`: "it" as the direct object ("now supports it"), for cues that need the policy itself.
    """
    first = min(policy, default=None)
    if first is None or t.i < first:
        return False
    if only_it:
        modal = any(c.tag_ == "MD" for c in t.children)  # "it should be scrapped"
        return any(
            c.lower_ == "it"
            and c.i > first
            and (c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and modal))
            for c in t.children
        )
    return any(
        x.lower_ in ("it", "its") and x.i > first
        for c in t.children
        if c.dep_ in OBJECTS and not is_agent(c)
        for x in c.subtree
    )


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


def coordinated(t) -> list:
    """A token and those coordinated or in apposition with it ("Han … and … Nagamine")."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("conj", "appos"):
            out += coordinated(c)
        elif c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON":
            out.append(c)
    return out


@dataclass
class Context:
    """What attribution needs to know about one sentence."""

    n: int
    p: int
    state: State
    kb: Knowledge
    quoted: set[int]
    speaker: list[str]  # who the sentence says is speaking, as actor keys
    speaker_text: str
    policy: set[int]  # tokens that name the policy


def resolve_holder(
    t, p: int, state: State, kb: Knowledge, ctx: Context | None = None, n: int = 0
) -> list[str]:
    """Actor keys for a subject; `n` set means the subject of a speech verb in sentence n."""
    keys: list[str] = []
    for tok in coordinated(t):
        key = state.token_keys.get((p, tok.i))
        if key:
            keys.append(key)
            continue
        low = tok.lower_
        if tok.dep_ == "conj" and tok.pos_ == "PROPN":
            # "Minister A and Ambassador to Seoul B": the parser hangs B off the title; take the
            # first person named after the title.
            person = next_person(tok, p, state)
            if person:
                keys.append(person)
        elif low in kb.words("speaker_nouns"):
            inst = institution(tok, p, state)
            if inst:
                keys.append(inst)
        elif low in ("we", "i", "our", "us", "my", "me") and ctx and tok.i in ctx.quoted:
            keys += ctx.speaker  # "we" inside a quotation is whoever the quotation is credited to
        elif low in ("he", "she") and not ctx and state.last_speaker:
            keys.append(state.last_speaker)  # '"…," he said': quotes go on with the last speaker
        elif low == "it" and not ctx and n and agentive_it(tok, ctx):
            body = last_body(tok, p, state, n)  # "It said …": the organisation named last
            if body:
                keys.append(body)
        elif low in ("he", "she", "his", "her"):
            person = last_person(tok, p, state, ctx.n if ctx else n)
            if person:
                keys.append(person)
        elif low in ("we", "i") and state.last_speaker:
            keys.append(state.last_speaker)
        elif low == "side":
            for c in tok.lefts:
                found = kb.demonyms.get(c.text) or kb.country(c.text)
                if found:
                    keys.append(f"country:{found.name}")
    return list(dict.fromkeys(keys))


def last_person(tok, p: int, state: State, n: int) -> str | None:
    """ "He", "she": the person named last before the pronoun, in this sentence or earlier."""
    for x in reversed(tok.doc[tok.sent.start : tok.i]):
        key = state.token_keys.get((p, x.i))
        if key and key.startswith("person:"):
            return key
    earlier = [m for m in state.mentions if m.kind == "person" and m.sentence < n]
    return earlier[-1].key if earlier else None


def agentive_it(tok, ctx: Context | None) -> bool:
    """Whether "it" is someone doing something, not the policy or "it is wrong to …"."""
    if ctx and (tok.i in ctx.policy or policy_just_named(tok, ctx)):
        return False
    return tok.dep_ == "nsubj" and tok.head.lemma_ != "be"


def policy_just_named(tok, ctx: Context) -> bool:
    """ "rejected the bill, saying it would cost jobs": no actor named between the policy and "it"."""
    before = [i for i in ctx.policy if i < tok.i]
    if not before:
        return False
    between = range(max(before) + 1, tok.i)
    return not any((ctx.p, i) in ctx.state.token_keys for i in between)


def last_body(tok, p: int, state: State, n: int) -> str | None:
    """The organisation, party or country named last before "it", in this sentence or earlier."""
    bodies = ("organisation", "party", "country")
    for x in reversed(tok.doc[tok.sent.start : tok.i]):
        key = state.token_keys.get((p, x.i))
        if key and not key.startswith(("person:", "group:")) and x.dep_ not in QUALIFIERS:
            return key
    earlier = [m for m in state.mentions if m.kind in bodies and m.sentence < n]
    return earlier[-1].key if earlier else None


def next_person(tok, p: int, state: State) -> str | None:
    """The person named within a few words after a title, before the clause goes on."""
    for x in tok.doc[tok.i + 1 : tok.i + 7]:
        if x.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ"):
            return None
        key = state.token_keys.get((p, x.i))
        if key and key.startswith("person:"):
            return key
    return None


def institution(tok, p: int, state: State) -> str | None:
    """The body an anonymous official speaks for ("a defense ministry official", "the official")."""
    inside = [state.token_keys[(p, x.i)] for x in tok.subtree if (p, x.i) in state.token_keys]
    orgs = [k for k in inside if not k.startswith(("country:", "person:"))]
    if orgs or inside:
        return (orgs or inside)[0]
    if any(c.lower_ in ("the", "he", "she") for c in tok.lefts) or tok.lower_ in ("he", "she"):
        return state.last_speaker
    if any(c.lower_ == "government" for c in tok.lefts):
        return state.last_by_kind.get("country")
    return None


def governor(found: Cue, cues: list[Cue]) -> Cue | None:
    """The cue that governs this one ("inappropriate" over "clinch"), if any; not one it is only
    coordinated with ("welcomed parts … but criticised …")."""
    outer = {i: c for c in cues if c is not found for i in c.ids}
    t, came_from = found.token, found.token
    while t.head.i != t.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.dep_ in (
            "advcl",
            "relcl",
        ):
            return None  # a clause of its own ("which had opposed …", "saying it would …")
        if t.dep_ == "prep" and t.lower_ in ADJUNCTS:
            return None  # "approved despite opposition from …": beside the verb, not its object
        came_from, t = t, t.head
        if came_from.dep_ == "conj":
            continue
        if t.i in outer:
            return outer[t.i]
        for c in t.children:
            if c.i in outer and c.i != came_from.i and c.dep_ in ("acomp", "attr"):
                return outer[c.i]
    return None


SIGN = {"support": 1, "oppose": -1}


def composed(cues: list[Cue]) -> list[Cue]:
    """Outer cues take in the cues they govern; the governed ones are not counted on their own.

    Signs multiply: "inappropriate to clinch" and "welcomed the decision to scrap" oppose,
    "criticised the decision to scrap" supports; a hedge over anything stays neutral; an outer cue
    whose governed cues disagree says nothing.
    """
    governed: dict[int, list[Cue]] = {}
    inner: set[int] = set()
    for c in cues:
        g = None if c.owner else governor(c, [x for x in cues if not x.owner])
        if g is not None:
            governed.setdefault(id(g), []).append(c)
            inner.add(id(c))
    out = []
    for c in cues:
        if id(c) in inner:
            continue
        results = {compose(c.stance, d) for d in governed.get(id(c), [])} or {c.stance}
        if len(results) == 1 and None not in results:
            out.append(replace(c, stance=results.pop()))
    return out


def compose(outer: str, inner: Cue) -> str | None:
    """What an outer cue says once the cue it governs is taken in.

    An event ("to scrap", "the cancellation of") multiplies; a judgement of the same thing
    ("criticised it as unworkable", "a lawsuit against") only agrees, or conflicts.
    """
    if outer == "neutral" or inner.stance == "neutral":
        return outer
    if outer not in SIGN or inner.stance not in SIGN:
        return None
    event = inner.token.pos_ == "VERB" or inner.token.lemma_.lower() in knowledge().words(
        "stance_event_nouns"
    )
    if event:
        return "support" if SIGN[outer] * SIGN[inner.stance] > 0 else "oppose"
    return outer if outer == inner.stance else None


def holders_of(found: Cue, ctx: Context) -> list[str]:
    """Who holds the stance a cue expresses: the agent of a noun, or the subject up the tree."""
    p, state, kb = ctx.p, ctx.state, ctx.kb
    cue = found.token
    if found.owner:  # "the minister's levy": the owner named, or no one
        owner = next(c for c in cue.children if c.dep_ == "poss")
        return resolve_holder(owner, p, state, kb, ctx)
    own = state.token_keys.get((p, cue.i))
    if own and cue.dep_ in ("nsubj", "nsubjpass"):
        return [own]  # "critics of the levy say …": the noun names its holders
    for c in cue.children:
        if c.dep_ == "agent":  # "the ban was proposed by the ministry"
            keys = [
                k
                for o in c.children
                if o.dep_ == "pobj"
                for k in resolve_holder(o, p, state, kb, ctx)
            ]
            if keys:
                return keys
    if cue.pos_ == "NOUN":
        for c in cue.children:
            if c.dep_ == "poss":
                keys = resolve_holder(c, p, state, kb, ctx)
                if keys:
                    return keys
            if is_agent(c) or (c.dep_ == "prep" and c.lower_ == "of"):  # "the support of X"
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        keys = resolve_holder(obj, p, state, kb, ctx)
                        if keys:
                            return keys
        if (cue.head.pos_ == "ADP" or cue.head.dep_ == "prep") and cue.head.lower_ not in (
            "for",
            "among",
        ):
            return []  # "due to strong opposition": a cause; but "calling for the repeal" is a wish
        if cue.dep_ in ("nsubj", "nsubjpass"):
            return []  # "the opposition to the ban was misguided, he said": not the speaker's
    t = cue
    pending_it = None  # "It has threatened to …": the body named last, if nothing better turns up
    while True:
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if pending_it is None:
            pending_it = next(
                (s for s in subjects if s.lower_ == "it" and agentive_it(s, ctx)), None
            )
        if t.dep_ == "relcl" and any(c.lower_ in ("which", "who", "that") for c in subjects):
            subjects = [t.head]
        # The subject of a speech verb outside quotes is a speaker: "He added that …" goes on
        # with whoever spoke last, as in attribution.
        speech = t.lemma_.lower() in kb.words("reporting_verbs") and t.i not in ctx.quoted
        keys = [
            k
            for s in subjects
            for k in (
                resolve_holder(s, p, state, kb, n=ctx.n)
                if speech
                else resolve_holder(s, p, state, kb, ctx)
            )
        ]
        if keys:
            return list(dict.fromkeys(keys))
        if t.i != cue.i and any(s.pos_ in ("NOUN", "PROPN") for s in subjects):
            pending_it = None  # "The Socialist group … said it would …": "it" is that group
        if t.dep_ in ("conj", "advcl") and any(
            not names_policy(s, ctx.policy) and s.lower_ != "it" for s in subjects
        ):
            return []  # a clause with a subject of its own ("while farmers …") borrows no other's
        if t.head.i == t.i:
            break
        t = t.head
    # "According to X, it is too early to judge …"; a quotation credited to X. Not a speaker
    # found elsewhere in the sentence ("Zero praised …, although it said …").
    if cue.i in ctx.quoted or any(x.lower_ == "according" for x in cue.sent):
        return ctx.speaker
    body = last_body(pending_it, p, state, ctx.n) if pending_it is not None else None
    return [body] if body else []


def speech_verbs(sent, kb: Knowledge) -> list:
    reporting = kb.words("reporting_verbs")
    return [t for t in sent if t.lemma_.lower() in reporting and t.pos_ in ("VERB", "AUX")]


def attribution(sent, n: int, p: int, state: State, kb: Knowledge, quoted: set[int]):
    """(speaker keys, speaker as written) for a sentence; a verb inside a quotation is not it."""
    candidates = []
    for t in speech_verbs(sent, kb):
        if t.i in quoted:
            continue
        candidates += [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            candidates += [c for c in t.nbor().children if c.dep_ == "pobj"]
    for c in candidates:
        keys = resolve_holder(c, p, state, kb, n=n)
        if keys:
            return keys, speaker_words(c)
    return [], ""


def speaker_words(t) -> str:
    """The speaker as written, without a relative clause ("X, which had warned …, said")."""
    cut = {
        x.i
        for c in t.children
        if c.dep_ in ("relcl", "acl") or (c.dep_ == "punct" and c.text not in "-‐")
        for x in c.subtree
    }
    span = list(t.subtree)
    tokens = [x for x in t.doc[span[0].i : span[-1].i + 1] if x.i not in cut]
    end = tokens[-1].i
    while (
        end + 1 < len(t.doc)
        and (not t.doc[end].whitespace_ or t.doc[end].text in "-‐")
        and (t.doc[end + 1].is_alpha or t.doc[end + 1].text in "-‐")
    ):
        end += 1  # "Han Min" + "-koo", "Moon Sang-" + " gyun": the name the parser cut short
        tokens.append(t.doc[end])
    words: list[str] = []
    prev = None
    for x in tokens:
        if prev is not None and prev.i == x.i - 1 and not prev.whitespace_:
            words[-1] += x.text  # "Sang-gyun", "S.": written without a space
        else:
            words.append(x.text)
        prev = x
    return " ".join(words).strip(" ,")


def is_direct_quote(sent) -> bool:
    text = sent.text.strip()
    return bool(text) and text[0] in QUOTE_CHARS and text.rstrip()[-1] in QUOTE_CHARS


def stances_in(
    sent, n: int, p: int, policy: set[int], state: State, kb: Knowledge
) -> list[PositionClaim]:
    """Each holder's stance in one sentence that names the policy, with who said it."""
    cues = cues_in(sent, policy)
    if not cues:
        return []
    quoted = quoted_tokens(sent)
    speaker, speaker_text = attribution(sent, n, p, state, kb, quoted)
    if not speaker and is_direct_quote(sent) and state.last_speaker:
        speaker = [state.last_speaker]
        speaker_text = last_mention(state, state.last_speaker).name
    ctx = Context(n, p, state, kb, quoted, speaker, speaker_text, policy)
    by_holder: dict[str, list[Cue]] = {}
    for cue in composed(cues):
        holders = holders_of(cue, ctx)
        voice = spokesperson(cue.token, holders, ctx)
        bodies = [b for h in holders if (b := body_spoken_for(h, sent, ctx))]
        for h in dict.fromkeys(holders + ([voice] if voice else []) + bodies):
            by_holder.setdefault(h, []).append(cue)
    contrast = any(t.lower_ in CONTRAST for t in sent)
    claims = []
    for holder, found in by_holder.items():
        found = [c for c in found if not c.background] or found
        stance = combined({c.stance for c in found}, contrast)
        if stance:
            words = ", ".join(dict.fromkeys(c.words for c in found))
            speaker = speaker_for(found[0].token, ctx)
            claims.append(PositionClaim(holder, stance, n, words, speaker))
    return claims


def spoken_by(subject, ctx: Context) -> str:
    """A speaker as written; a pronoun ("it said", "he said") as the name it stands for."""
    if subject.pos_ == "PRON" and subject.i not in ctx.quoted:
        keys = resolve_holder(subject, ctx.p, ctx.state, ctx.kb, n=ctx.n)
        return last_mention(ctx.state, keys[0]).name if keys else ""
    return speaker_words(subject)


def speech_subject(cue, ctx: Context):
    """The subject of the nearest speech verb above a cue, outside quotation marks."""
    reporting = ctx.kb.words("reporting_verbs")
    for x in (cue, *cue.ancestors):
        if x.lemma_.lower() in reporting and x.pos_ in ("VERB", "AUX") and x.i not in ctx.quoted:
            return next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def spokesperson(cue, holders: list[str], ctx: Context) -> str | None:
    """A named person speaking for the holder ("…, its leader Sam Okafor said") shares its stance."""
    subject = speech_subject(cue, ctx)
    if subject is None or not holders or any(h.startswith("person:") for h in holders):
        return None
    keys = resolve_holder(subject, ctx.p, ctx.state, ctx.kb, n=ctx.n)
    person = next((k for k in keys if k.startswith("person:")), None)
    phrase = list(subject.subtree)
    speaks_for = any(t.lower_ in ("its", "their") and t.dep_ == "poss" for t in phrase) or any(
        ctx.state.token_keys.get((ctx.p, t.i)) in holders for t in phrase
    )
    # "Prime Minister Anna Reid said the government would …": an office holder speaks for it.
    official = any(t.lower_ in ctx.kb.words("title_words") for t in phrase) and any(
        h.startswith(("country:", "ministry:", "cabinet:")) for h in holders
    )
    return person if person and (speaks_for or official) else None


def body_spoken_for(holder: str, sent, ctx: Context) -> str | None:
    """The organisation a named person heads or speaks for, as the sentence names it ("Anna
    Berg, president of the Fishing Federation, …", "the federation's chair, Anna Berg")."""
    if not holder.startswith("person:"):
        return None
    titles = ctx.kb.words("spokesperson_titles")
    for tok in sent:
        if ctx.state.token_keys.get((ctx.p, tok.i)) != holder:
            continue
        phrase = tok
        while (
            phrase.dep_ in ("compound", "flat", "appos", "pobj", "prep")
            and phrase.head.i != phrase.i
        ):
            phrase = phrase.head
        words = list(phrase.subtree)
        if not any(w.lower_ in titles for w in words):
            return None
        for w in words:
            key = ctx.state.token_keys.get((ctx.p, w.i))
            if key and key != holder and not key.startswith(("person:", "country:", "group:")):
                return key
        return None
    return None


def speaker_for(cue, ctx: Context) -> str:
    """Who the sentence credits with the words that carry a cue, as written; "" for the article."""
    subject = speech_subject(cue, ctx)
    if subject is not None:
        return spoken_by(subject, ctx)
    if cue.i in ctx.quoted or any(t.lower_ == "according" for t in cue.sent):
        return ctx.speaker_text
    return ""


def combined(stances: set[str], contrast: bool) -> str | None:
    """One holder's stance from the cues of one sentence; None when they disagree unexplained.

    A hedge yields to a clear stance; support and opposition together are "mixed" only when the
    sentence sets them against each other ("welcomed parts … but criticised …"). Otherwise the
    evidence conflicts and saying nothing is better than risking a flipped stance.
    """
    polar = stances - {"neutral"}
    if len(polar) == 1:
        return polar.pop()
    if not polar:
        return "neutral" if stances else None
    return "mixed" if contrast else None


def speaker_update(sent, n: int, p: int, state: State, kb: Knowledge) -> None:
    keys = attribution(sent, n, p, state, kb, quoted_tokens(sent))[0]
    if keys:
        state.last_speaker = keys[0]


def memberships_in(sent, n: int, p: int, state: State) -> list[Membership]:
    """ "Three opposition parties -- the Democratic Party, the People's Party and … --" """
    out = []
    toks = list(sent)
    for i, t in enumerate(toks):
        key = state.token_keys.get((p, t.i))
        if not key or not key.startswith("group:"):
            continue
        if i + 1 < len(toks) and toks[i + 1].text in ("--", "—", "–", "(", ":", ","):
            closer = {"(": ")"}.get(toks[i + 1].text, toks[i + 1].text)
            members: list[str] = []
            for u in toks[i + 2 :]:
                if u.text == closer or (closer == "," and u.dep_ in ("ROOT",)):
                    break
                k = state.token_keys.get((p, u.i))
                if k and k != key and not k.startswith("group:") and k not in members:
                    members.append(k)
            if len(members) >= 2:
                out.append(Membership(key, tuple(members), n))
                continue
        named = examples(t, p, state, key)
        if named:
            out.append(Membership(key, tuple(named), n))
    return out


def examples(t, p: int, state: State, key: str) -> list[str]:
    """ "Opponents, including the Motorists Association and …", "groups such as …": named members."""
    members: list[str] = []
    for c in t.children:
        if c.dep_ != "prep" or not (
            c.lower_ == "including" or (c.lower_ == "as" and c.nbor(-1).lower_ == "such")
        ):
            continue
        for obj in (o for o in c.children if o.dep_ == "pobj"):
            for x in obj.subtree:
                k = state.token_keys.get((p, x.i))
                if k and k != key and not k.startswith("group:") and k not in members:
                    members.append(k)
    return members


# --- events ---------------------------------------------------------------------------------

FUTURE_HEADS = {"plan", "expect", "likely", "schedule", "set", "due", "aim", "intend", "hope", "seek", "want", "try", "vow", "push", "decide", "prepare", "poised"}  # fmt: skip
EVENT_NOUNS_SKIP = {"year", "month", "week", "time", "day", "period", "hiatus"}


def tense_of(v) -> str:
    """ "past", "present" or "future": which way the clause of `v` points from publication."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    lower = {a.lower_ for a in auxes}
    if lower & {"will", "'ll", "shall", "wo"}:
        return "future"
    if lower & {"could", "can"} and any(c.dep_ == "neg" for c in v.children):
        return "past"  # "the parties could not agree on Monday": a past inability
    # "said they would hold a rally on Saturday", "the cap could take effect in February": a plan,
    # unless it looks back ("would have").
    if lower & {"would", "could", "might", "may", "should", "must"} and not lower & {"have", "had"}:
        return "future"
    if "to" in lower or (v.tag_ == "VB" and not lower):
        head = v.head
        if head.i != v.i and (head.lemma_.lower() in FUTURE_HEADS):
            head_tense = tense_of(head) if head.pos_ in ("VERB", "AUX") else "present"
            return (
                "future"
                if head_tense != "past" or head.lemma_.lower() in ("likely", "expect")
                else "past"
            )
        if head.i != v.i and head.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "ADP"):
            head_tense = tense_of(head)
            if head.lemma_ == "be" and head_tense == "present" and "to" in lower:
                return "future"  # "the law is to take effect on Jan. 1"
            return head_tense
    if any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_HEADS for c in v.children):
        return "future"  # "the fee is due to rise", "the vote is likely"
    if v.tag_ in ("VBD",) or lower & {"had", "did", "was", "were", "has", "have"}:
        return "past"
    if v.tag_ == "VBN" and lower & {"is", "are", "am", "'s", "'re"}:
        return "present"  # "is set to vote", "is scheduled to be debated": a present passive
    if v.tag_ == "VBN":
        return "past"
    if v.pos_ in ("NOUN", "ADJ", "ADP", "PROPN") and v.head.i != v.i:
        return tense_of(v.head)
    return "present"


def anchor_of(span_tokens):
    """The verb or event noun a date expression modifies."""
    t = span_tokens.root
    while t.dep_ == "conj" and t.head.ent_type_ == "DATE":
        t = t.head  # "in 2006, 2009 and 2013": the list hangs off its first year
    t = up_to_content(t.head)
    # "campaigning for a cap in early 2011": a thing, not a happening, passes its date to the verb.
    while t.pos_ == "NOUN" and not is_event_noun(t) and t.head.i != t.i:
        t = up_to_content(t.head)
    if t.pos_ == "NOUN" and t.dep_ == "dobj":
        t = t.head  # "resumed discussions on Oct. 27": the verb and its object are the event
    if t.pos_ == "AUX" and t.dep_ != "ROOT" and t.head.pos_ == "VERB":
        t = t.head
    if t.lemma_ == "be":
        # "It was in January 2011 that X and Y agreed …": the event is in the cleft clause.
        clause = [
            c for c in t.children if c.dep_ in ("ccomp", "relcl", "advcl") and c.pos_ == "VERB"
        ]
        if clause and any(
            (c.lower_ == "it" and c.dep_ == "expl") or c.lower_ == "it" for c in t.lefts
        ):
            t = clause[0]
    return t


def up_to_content(t):
    while t.pos_ not in ("VERB", "AUX", "NOUN") and t.head.i != t.i:
        t = t.head
    return t


EVENT_SUFFIX_RE = re.compile(r"(?:tions?|sions?|ments?|ings?|als?|ures?)$")


def is_event_noun(t) -> bool:
    """A noun that names a happening ("shelling", "talks", "approval"), not a thing or a body."""
    kb = knowledge()
    low = t.lower_
    if t.ent_type_ or low in kb.words("not_event_nouns"):
        return False
    return low in kb.words("event_nouns") or bool(EVENT_SUFFIX_RE.search(low))


def event_noun_before(anchor, span) -> object | None:
    """The nearest event noun between a verb and a date that follows it ("conducted … following
    detonations of nuclear devices in 2006"): when a verb already has a date of its own, a second
    date placed after such a noun dates the noun."""
    first = span.start - 1 if span.start and span.doc[span.start - 1].dep_ == "prep" else span.start
    for t in reversed(span.doc[anchor.i + 1 : first]):
        if t.pos_ == "ADP" and t.dep_ == "prep" and t.lower_ != "of":
            return None  # "negotiations in Tokyo … after a botched attempt": too far to be its noun
        passing = t.tag_ == "VBG" and t.dep_ in ("prep", "advcl")  # "following", "including"
        if t.pos_ in ("VERB", "AUX") and not passing and t.dep_ != "amod":
            return None  # another clause sits between them: the parser's verb stands
        if t.pos_ == "NOUN" and is_event_noun(t) and t.dep_ in ("pobj", "dobj", "nsubj", "conj"):
            return t
    return None


def has_subject(v) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def governing(v):
    """The finite clause a non-finite verb belongs to ("sought" for "to clinch")."""
    path = [v]
    t = v
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.head.i != t.i:
        if (
            t.dep_ not in ("xcomp", "pcomp", "acl", "advcl", "prep", "pobj", "dobj", "relcl")
            and t.pos_ != "NOUN"
        ):
            break
        t = t.head
        path.append(t)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return v, [v]
    return t, path


def limited(tok, skip: set[int], limit: int) -> set[int]:
    sub = [x for x in tok.subtree if x.i not in skip]
    if len(sub) <= limit:
        return {x.i for x in sub}
    near = {tok.i} | {
        c.i
        for c in tok.children
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "case", "prt", "aux", "neg")
    }
    for c in tok.children:
        if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and len(list(c.subtree)) <= 3):
            near |= {x.i for x in c.subtree}  # "city-wide", "North Korea's"
        # "in talks", "to launch working-level talks": a preposition or verb keeps its object.
        if c.dep_ in ("pobj", "dobj") and tok.pos_ in ("ADP", "VERB") and c.i not in skip:
            near |= limited(c, skip, 4)
        if c.dep_ == "prep" and c.lower_ in ("of", "by") and len(near) < limit:
            near |= {x.i for x in c.subtree if x.i not in skip and len(near) < limit + 4}
    return {i for i in near if i not in skip}


def clause_title(anchor, skip: set[int]) -> str:
    keep: set[int] = set()
    if anchor.pos_ == "NOUN":
        keep |= limited(anchor, skip, 12)
    else:
        top, path = governing(anchor)
        for v in path:
            keep.add(v.i)
            if v.pos_ == "NOUN":
                keep |= {c.i for c in v.children if c.dep_ in ("det", "amod", "compound", "poss")}
            children = list(v.children)
            if v.i == top.i and v.dep_ == "acl" and not has_subject(v):
                keep |= limited(v.head, skip, 6)  # "a code, run by grocers, operated …": the code
            if v.i == top.i and v.dep_ == "conj" and not has_subject(v):
                # "Groups began campaigning …, and delivered a petition": the shared subject.
                children += [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for c in children:
                if c.dep_ in ("nsubj", "nsubjpass") and v.i == top.i:
                    if c.lower_ in ("which", "who", "that") and v.dep_ == "relcl":
                        keep |= limited(v.head, skip, 6)
                    else:
                        keep |= limited(c, skip, 10)
                elif c.dep_ in ("aux", "auxpass", "neg", "prt"):
                    keep.add(c.i)
                elif c.dep_ == "prep" and not list(c.children):
                    keep.add(c.i)  # a particle the parser calls a preposition: "fell through"
                elif v.i == anchor.i and c.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp"):
                    keep |= limited(c, skip, 10)
                elif c.dep_ == "dobj" and len(list(c.subtree)) == 1:
                    keep.add(c.i)  # "take place", "took effect": the object completes the verb
                elif v.i == anchor.i and c.dep_ == "xcomp":
                    keep |= limited(c, skip, 8)
                elif (
                    v.i == anchor.i
                    and c.dep_ == "prep"
                    and (
                        c.lower_ in ("with", "between", "into")
                        or (v.lemma_ == "be" and c.lower_ == "in")
                    )
                ):
                    keep |= limited(c, skip, 6)
    toks = [
        t
        for t in anchor.doc
        if t.i in keep and t.i not in skip and t.text not in ("--", "—", "(", ")")
    ]
    words: list[str] = []
    for k, t in enumerate(toks):
        joined = k > 0 and toks[k - 1].i == t.i - 1 and not toks[k - 1].whitespace_
        if joined:
            words[-1] += t.text
        else:
            words.append(t.text)
    text = " ".join(words).replace(" ,", ",").strip(" ,;:")
    text = re.sub(r"^(?:and|but|while|as|so|since|after|before)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:'s|’s)\s+", "", text)  # "Monday's announcement" without its day
    return text[:1].upper() + text[1:] if text else ""


def date_words(d) -> str:
    """The date's words with the preposition that decides their meaning ("since 2011")."""
    prep = d.root.head if d.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("since", "by", "from", "within", "until"):
        return f"{prep.text} {d.text}"
    return d.text


def reports_speech(v, kb: Knowledge) -> bool:
    """ "said on Wednesday" dates a statement, not a happening; "announced the freeze in June" and
    "reported long queues on Monday" (an object, no reported clause) are happenings."""
    if v.lemma_.lower() not in kb.words("reporting_verbs"):
        return False
    if v.lemma_.lower() in kb.words("announcing_verbs"):
        return False  # "announced on Monday that it would back the bill": a decision made public
    if v.lemma_.lower() == "tell":
        return True  # "told reporters on Tuesday": the object is the listener, not a happening
    children = {c.dep_ for c in v.children}
    return bool(children & {"ccomp", "parataxis"}) or not children & {"dobj", "nsubjpass"}


def date_anchors(dates: list) -> list[tuple]:
    """Each date with the verb or event noun it modifies; a verb's second date goes to an event
    noun standing just before it, so one sentence's clauses keep their own dates."""
    pairs = [(d, anchor_of(d)) for d in dates]
    out = []
    for d, anchor in pairs:
        listed_after = d.root.dep_ == "conj" and d.root.head.ent_type_ == "DATE"
        earlier = [
            x for x, a in pairs if a.i == anchor.i and x.start < d.start and x.root.i != d.root.i
        ]
        if anchor.pos_ != "NOUN" and earlier and not listed_after:
            anchor = event_noun_before(anchor, d) or anchor
        out.append((d, anchor))
    # A listed date ("2006, 2009 and 2013") follows its list head.
    heads = {d.root.i: a for d, a in out}
    fixed = []
    for d, anchor in out:
        r = d.root
        while r.dep_ == "conj" and r.head.ent_type_ == "DATE" and r.head.i in heads:
            r = r.head
        fixed.append((d, heads.get(r.i, anchor)))
    return fixed


def earlier_day(days: list, tense: str, article: Article):
    """The one day of the sentence before that "the day before" can count from: a past clause
    cannot count from a day after publication; with two candidates left, no guess."""
    if tense != "future" and article.published is not None:
        days = [v for v in days if v.value <= article.published.isoformat()]
    return days[0] if len(days) == 1 else None


def neighbour_words(d) -> str:
    """ "the day before": the model's DATE span often stops at "the day"."""
    doc, words = d.doc, " ".join(d.text.split())
    if d.end < len(doc) and doc[d.end].lower_ in ("before", "after", "earlier", "later"):
        words = f"{words} {doc[d.end].text}"
    return words


def scheduled(v) -> bool:
    """Simple present names a schedule in news ("the ban takes effect in January", "parliament
    votes on Thursday"): it points forward from publication."""
    return (
        v.pos_ == "VERB"
        and v.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
    )


def compares_since(d) -> bool:
    prep = d.root.head if d.root.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "since":
        return False
    before = d.doc[max(prep.i - 3, 0) : prep.i]
    return any(t.lower_ == "time" or t.tag_ in ("JJS", "RBS") for t in before)


def when_clause(d):
    """The clause a date introduces with "when" ("until 2027, when the fee is due to rise")."""
    for c in d.root.children:
        if c.dep_ == "relcl" and any(g.lower_ == "when" for g in c.children):
            return c
    return None


def saying_day(anchor, found: list, kb: Knowledge):
    """The resolved day of the reporting verb a "would" clause hangs from, if the text gives it."""
    aux = {c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")}
    if not aux & {"would", "could", "might"}:
        return None
    t = anchor
    while t.head.i != t.i and t.lemma_.lower() not in kb.words("reporting_verbs"):
        t = t.head
    for _, other, _, value in found:
        if other.i == t.i and value.precision == "day" and t.i != anchor.i:
            return value
    return None


def undated_times(sent) -> list[tuple]:
    """Times a happening is given without a date: "during World War II", "has recently asked".
    They make events too, honestly unresolved, so background facts are not lost."""
    out = []
    for e in sent.ents:
        if e.label_ == "EVENT" and e.root.dep_ == "pobj" and e.root.head.lower_ == "during":
            out.append((e, "a named period, not a calendar date"))
    for t in sent:
        if t.lower_ in ("recently", "lately") and t.dep_ == "advmod" and t.head.pos_ == "VERB":
            out.append((sent.doc[t.i : t.i + 1], "the text gives no date"))
    return out


def year_ranges(dates: list) -> list:
    """ "from 2012 to 2018" is one range; the model tags the two years as two dates."""
    out = []
    for d in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.start == prev.end + 1
            and (
                d.doc[prev.end].lower_ in ("to", "-", "–")
                # "between 2009 and 2014" is a range; "in 2006, 2009 and 2013" is a list.
                or (
                    d.doc[prev.end].lower_ == "and"
                    and prev.start > 0
                    and d.doc[prev.start - 1].lower_ == "between"
                )
            )
            and re.fullmatch(r"\d{4}", prev.text)
            and re.fullmatch(r"\d{4}", d.text)
        ):
            out[-1] = d.doc[prev.start : d.end]
        else:
            out.append(d)
    return out


def events_in(sent, spans: list[Span], n: int, p: int, state: State, kb: Knowledge, article: Article) -> list[EventClaim]:  # fmt: skip
    dates = year_ranges(
        [e for e in sent.ents if e.label_ == "DATE" and DATE_WORD_RE.search(e.text)]
    )
    undated = undated_times(sent)
    date_tokens = {t.i for d in dates for t in d} | {t.i for d, _ in undated for t in d}
    date_tokens |= {
        t.head.i for d in dates for t in d if t.dep_ == "pobj" and t.head.dep_ == "prep"
    }
    # The commas and "and" of a list of dates ("in 2006, 2009 and 2013") go with the dates.
    date_tokens |= {c.i for d in dates for t in d for c in t.children if c.dep_ in ("cc", "punct")}
    found = []  # (date span, anchor, tense, value)
    sayings = []  # the same for "said on Monday": no event, but a base for "would"
    for d, anchor in date_anchors(dates):
        if anchor.lower_ in EVENT_NOUNS_SKIP:
            continue
        words = date_words(d)
        if compares_since(d):
            continue  # "the first time since 2010", "the highest since 2015": not this event's date
        if words.lower().startswith("until "):
            # A bound on a state ("rents could not rise until 2024") is no happening, but a
            # clause it introduces is ("until 2027, when the fee is due to rise").
            when = when_clause(d)
            if when is None:
                continue
            anchor, words = when, d.text
        tense = "future" if scheduled(anchor) else tense_of(anchor)
        value = resolve(words, article.published, tense, article.published_basis)
        (sayings if reports_speech(anchor, kb) else found).append((d, anchor, tense, value))
    # "said on Monday it would vote on Wednesday": "would" looks forward from the saying, which
    # may lie before publication.
    for k, (d, anchor, tense, value) in enumerate(found):
        said = saying_day(anchor, found + sayings, kb)
        if said is not None and tense == "future" and value.precision == "day":
            base = date.fromisoformat(said.value)
            label = f"said {said.text!r} ({fmt_day(base)}), looking forward from then"
            found[k] = (d, anchor, tense, resolve(date_words(d), base, tense, said=label))
    # "the previous day": counted from the nearest day-precise date of the same sentence.
    # Else from the last day-precise date of the sentences before ("… voted on Thursday. The
    # committee had endorsed it the day before").
    days = [(d.start, v) for d, _, _, v in found if v.precision == "day"]
    for k, (d, anchor, tense, value) in enumerate(found):
        words = neighbour_words(d)
        if value.precision == "unknown" and words.lower() in NEIGHBOUR_DAYS:
            near = sorted(days, key=lambda dv: abs(dv[0] - d.start))
            base = near[0][1] if near else earlier_day(state.last_days, tense, article)
            fixed = relative_to(words, base) if base is not None else None
            if fixed:
                found[k] = (d, anchor, tense, fixed)
    kept = set()
    for d, why in undated:
        anchor = anchor_of(d)
        if anchor.pos_ in ("VERB", "AUX", "NOUN") and not reports_speech(anchor, kb):
            text = " ".join(d.text.split())
            value = DateValue(None, "unknown", None, text, f"'{text}': {why}; left unresolved")
            found.append((d, anchor, tense_of(anchor), value))
            kept.add(d.start)
    # Only the sentence right before counts: further back, "the day before" has lost its anchor.
    state.last_days = [v for _, _, _, v in found if v.precision == "day"]
    seen_anchor: dict[tuple, EventClaim] = {}
    for d, anchor, tense, value in found:
        if value.precision == "unknown" and article.published is not None and d.start not in kept:
            continue  # not a point in time ("less than a month"): no event rather than a guess
        title = clause_title(anchor, date_tokens)
        if len(title.split()) < 2 and anchor.pos_ == "NOUN" and anchor.head.pos_ == "VERB":
            title = clause_title(anchor.head, date_tokens)  # "Monday's announcement surprised …"
        if len(title.split()) < 2:
            continue
        verb = anchor if anchor.pos_ != "NOUN" else anchor.head
        actors = event_actors(verb, p, state, kb)
        title = named_subject(title, verb, p, state, kb)
        status = "planned" if tense == "future" else "happened"
        if any(c.dep_ == "neg" for c in verb.children):
            status = "did_not_happen" if tense != "future" else "planned"
        claim = EventClaim(n, title, value, status, tuple(actors), anchor.lemma_.lower())
        listed = d.root.dep_ == "conj" or any(
            c.dep_ == "conj" and c.ent_type_ == "DATE" for c in d.root.children
        )
        slot = (anchor.i, value.value) if listed else (anchor.i,)
        prev = seen_anchor.get(slot)
        if prev is None or precision_rank(value) > precision_rank(prev.date):
            seen_anchor[slot] = claim
    return list(seen_anchor.values())


def named_subject(title: str, verb, p: int, state: State, kb: Knowledge) -> str:
    """ "They will submit a motion" → "Opposition parties will submit a motion": a title stands
    alone on the timeline, so a pronoun that opens it is replaced by the one actor it stands for."""
    first, _, rest = title.partition(" ")
    if first.lower() not in ("they", "it", "he", "she") or not rest:
        return title
    top, _ = governing(verb)
    subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != first.lower():
        return title
    # "Three opposition parties … said they will submit …": "they" is who said so.
    said = top.head if top.dep_ == "ccomp" and top.head.i != top.i else None
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None) if said else None
    own = state.token_keys.get((p, speaker.i)) if speaker is not None else None
    keys = [own] if own else resolve_holder(subject, p, state, kb)
    if len(keys) != 1:
        return title
    name = last_mention(state, keys[0]).name
    return f"{name[:1].upper()}{name[1:]} {rest}"


def event_actors(v, p: int, state: State, kb: Knowledge) -> list[str]:
    top, _ = governing(v) if v.pos_ != "NOUN" else (v, [v])
    keys: list[str] = []
    for verb in {top.i: top, v.i: v}.values():
        for c in verb.children:
            targets = []
            if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                targets = [c]
                if c.lower_ in ("which", "who") and verb.dep_ == "relcl":
                    targets = [verb.head]
            elif c.dep_ in ("agent",) or (
                c.dep_ == "prep" and c.lower_ in ("with", "by", "between")
            ):
                targets = [x for x in c.children if x.dep_ == "pobj"]
            for target in targets:
                for k in resolve_holder(target, p, state, kb):
                    if k not in keys:
                        keys.append(k)
    return keys


def run(articles: list[Article], nlp_model: str, policy_names: Iterable[str], default_country: str | None,
        progress: Callable[[Article], None] | None = None) -> dict[str, Extraction]:  # fmt: skip
    """Extract every article, running spaCy over all paragraphs in one batch."""
    nlp = load_nlp(nlp_model)
    names = tuple(policy_names)
    out = {}
    for article in articles:
        docs = list(nlp.pipe(article.paragraphs))
        out[article.id] = extract(article, docs, names, default_country)
        if progress:
            progress(article)
    return out
