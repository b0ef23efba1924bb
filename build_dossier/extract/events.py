"""Events: dated happenings in a sentence, with their tense, title and actors."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..dates import (
    MONTH_RE,
    WEEKDAY_RE,
    fmt_day,
    neighbour_shift,
    precision_rank,
    relative_to,
    relative_year,
    resolve,
)
from ..knowledge import Knowledge, knowledge
from ..model import (
    Article,
    DateValue,
    EventClaim,
)
from .stances import dated_by_month_or_year, pluperfect, resolve_holder
from .state import DATE_WORD_RE, Span, State, last_mention

FUTURE_HEADS = {"plan", "expect", "likely", "schedule", "set", "due", "aim", "intend", "hope", "seek", "want", "try", "vow", "push", "decide", "prepare", "poised"}  # fmt: skip
COMMISSIVE = {"promise", "pledge", "vow", "undertake", "threaten", "commit", "decide", "agree"}  # fmt: skip
EVENT_NOUNS_SKIP = {"year", "month", "week", "time", "day", "period", "hiatus"}


def tense_of(v) -> str:
    """ "past", "present" or "future": which way the clause of `v` points from publication."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    lower = {a.lower_ for a in auxes}
    if v.tag_ == "VBG" and not auxes and v.dep_ in ("pcomp", "advcl"):
        # "… after signing it next week": a bare gerund takes the time of the clause it hangs from.
        head = clause_verb(v.head)
        if head is not None and head.i != v.i:
            return tense_of(head)
    if (
        v.tag_ == "VBN"
        and not auxes
        and v.dep_ == "acl"
        and v.lemma_.lower() in FUTURE_HEADS
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)  # "the title set by the board in May"
    ):
        # "the exercise, planned for April": a plan, ahead unless its clause tells it as past
        # ("a vote planned for December did not take place"); said in the past ("said the navy
        # was ready for …") is what is so now.
        verb = clause_of(v.head)
        if verb is None or tense_of(verb) != "past" or reported_state(verb):
            return "future"
    if v.tag_ == "VBG" and not auxes and v.dep_ == "acl" and v.head.dep_ in ("dobj", "pobj"):
        # "is due to hear a motion opposing it on Monday": the participle's time is the verb's
        head = clause_verb(v.head.head)
        if head is not None:
            return tense_of(head)
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
        if head.i != v.i and (head.lemma_.lower() in FUTURE_HEADS | COMMISSIVE):
            head_tense = tense_of(head) if head.pos_ in ("VERB", "AUX") else "present"
            if head.dep_ == "acomp" and head.head.i != head.i:
                head_tense = tense_of(head.head)  # "had been due to take effect": the copula's
            if pluperfect(head) or pluperfect(head.head):
                return "past"  # "had been expected to open in January": a plan of the past
            if head.lemma_.lower() in COMMISSIVE and head_tense == "past":
                # "has pledged to open talks in June": what is pledged lies ahead; "promised
                # in January to begin talks in February": ahead of the promise, so the year's
                # ("threatened on Monday to strike in March" is ahead all the same)
                return "present" if dated_by_month_or_year(head) else "future"
            if head.dep_ == "acomp" and head.head.tag_ == "VBD":
                return "present"  # "was due to be heard on June 3": a plan told in the past
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
        if v.tag_ == "VBD" or lower & {"had", "was", "were"}:
            # "was due to be heard on June 3": a plan told in the past, either side of publication
            return "present"
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


def clause_verb(t):
    """The verb a preposition or adverb hangs from ("after" in "push … after signing")."""
    while t.pos_ in ("ADP", "ADV", "SCONJ") and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def anchor_of(span_tokens):
    """The verb or event noun a date expression modifies."""
    t = span_tokens.root
    while t.dep_ == "conj" and t.head.ent_type_ == "DATE":
        t = t.head  # "in 2006, 2009 and 2013": the list hangs off its first year
    if deadline_of(span_tokens) is not None:
        t = t.head  # "shipped … by Monday's deadline": the shipping, as "by Monday" would be
    t = up_to_content(t.head)
    # "campaigning for a cap in early 2011": a thing, not a happening, passes its date to the verb.
    while t.pos_ == "NOUN" and not is_event_noun(t) and t.head.i != t.i:
        t = up_to_content(t.head)
    if span_tokens.root.head.lower_ == "for" and t.pos_ == "NOUN":
        # "has scheduled hearings on the appeal for March 12": the date the verb sets
        thing = noun_above(t)
        if thing.dep_ == "dobj" and sets_date(thing.head, knowledge()):
            t = thing
    if t.pos_ == "NOUN" and t.dep_ == "dobj":
        t = t.head  # "resumed discussions on Oct. 27": the verb and its object are the event
    copula = t.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in t.children)
    if t.pos_ == "AUX" and t.dep_ != "ROOT" and t.head.pos_ == "VERB" and not copula:
        t = t.head  # not "said the start date would be July 1": that clause is the event
    if t.dep_ == "acl":
        t = with_phrase_noun(t) or t
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


def noun_above(t):
    """The noun a chain of prepositional phrases hangs from: "hearings on the appeal" → hearings."""
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN":
        t = t.head.head
    return t


def with_phrase_noun(t):
    """ "…, with a first reading in parliament planned for April": the date under "planned" dates
    the reading, the event the "with" phrase names, not the sentence's main verb."""
    x = t.head
    while x.head.i != x.i and x.pos_ not in ("VERB", "AUX"):
        if x.dep_ == "pobj" and x.head.lower_ == "with":
            return x if is_event_noun(x) else None
        x = x.head
    return None


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


def event_noun_before(anchor, span, places: bool = False) -> object | None:
    """The nearest event noun between a verb and a date that follows it ("conducted … following
    detonations of nuclear devices in 2006"): when a verb already has a date of its own, a second
    date placed after such a noun dates the noun. `places`: step over "in Ottawa" on the way."""
    first = span.start - 1 if span.start and span.doc[span.start - 1].dep_ == "prep" else span.start
    for t in reversed(span.doc[anchor.i + 1 : first]):
        if places and (
            t.ent_type_ in ("GPE", "LOC", "FAC") or (t.dep_ == "prep" and t.lower_ in ("in", "at"))
        ):
            continue
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
        if t.dep_ not in (
            "xcomp",
            "pcomp",
            "acl",
            "advcl",
            "prep",
            "pobj",
            "dobj",
            "relcl",
            "acomp",
        ) and t.pos_ not in ("NOUN", "PROPN"):
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
        if c.dep_
        in ("det", "amod", "compound", "poss", "nummod", "case", "prt", "aux", "auxpass", "neg")
    }
    for c in tok.children:
        if c.dep_ == "conj" and tok.pos_ == "PROPN" and c.pos_ == "PROPN":
            # "Seoul and Tokyo, which …": both names, without what is said of the second
            near |= {c.i} | {x.i for x in c.children if x.dep_ in ("compound", "det")}
            near |= {x.i for x in tok.children if x.dep_ == "cc" and x.i < c.i}
        if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and len(list(c.subtree)) <= 3):
            near |= {x.i for x in c.subtree}  # "city-wide", "North Korea's"
        # "in talks", "to launch working-level talks": a preposition or verb keeps its object;
        # a verb keeps its subject and what completes it too ("homes would be allowed to connect").
        if c.dep_ in ("pobj", "dobj") and tok.pos_ in ("ADP", "VERB") and c.i not in skip:
            near |= limited(c, skip, 4)
        if (
            c.dep_ in ("nsubj", "nsubjpass", "xcomp")
            and tok.pos_ in ("VERB", "AUX")
            and c.i not in skip
        ):
            near |= limited(c, skip, 4)
        if c.dep_ == "prep" and c.lower_ in ("of", "by") and len(near) < limit:
            near |= {x.i for x in c.subtree if x.i not in skip and len(near) < limit + 4}
    return {i for i in near if i not in skip}


def glued(v, clause, speech: bool) -> bool:
    """A clause the parser hangs off the verb that is not what the verb says or decides: "is not
    new: it voted …", "had switched sides and MPs passed the bill"."""
    if clause.dep_ == "dobj":
        # "tested a rocket in April, and the two furthered negotiations": a second object after
        # "and" is the parser's reading of another clause.
        cc = [x.i for x in v.children if x.dep_ == "cc"]
        first = [x.i for x in v.children if x.dep_ == "dobj" and x.i < clause.i]
        return bool(first and any(first[0] < i < clause.i for i in cc))
    if clause.i < v.i:
        return True
    return clause.pos_ in ("VERB", "AUX") and has_subject(clause) and not speech


TIME_SUBORDINATORS = {"after", "before", "since", "until", "following", "upon", "while", "when", "ahead"}  # fmt: skip


def own_clause(path: list) -> list:
    """The verbs of the anchor's own clause: "vowed to push … after signing it next week" dates
    the signing, so the title stops at the time clause and borrows only its subject."""
    for k, v in enumerate(path[:-1]):
        if v.pos_ not in ("VERB", "AUX"):
            return path  # "banned … under plans unveiled on Tuesday": the noun's clause
        if v.dep_ == "advcl" or (v.dep_ == "pcomp" and v.head.lower_ in TIME_SUBORDINATORS):
            return path[: k + 1]
    return path


def clause_title(anchor, skip: set[int], planned: bool = False) -> str:
    keep: set[int] = set()
    shown: dict[int, str] = {}  # words written otherwise than in the text
    kb = knowledge()
    if anchor.pos_ == "NOUN":
        keep |= limited(anchor, skip, 12)
    else:
        top, path = governing(anchor)
        own = own_clause(path)
        speech = anchor.lemma_.lower() in kb.words("reporting_verbs") | kb.words(
            "announcing_verbs"
        ) | kb.words("belief_verbs") | kb.words("wanting_verbs")
        if len(own) < len(path):
            subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ not in ("which", "who", "that"):
                keep |= limited(subject, skip, 10)
            if planned and anchor.tag_ == "VBG":
                shown[anchor.i] = f"to {anchor.lemma_.lower()}"  # "… to sign it", a headline's plan
        for v in own:
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
                elif c.dep_ in ("aux", "auxpass", "neg", "prt") or (
                    c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == v.i + 1
                ):
                    keep.add(c.i)  # "pushed back", "called off"
                elif c.dep_ == "advmod" and negating(c):
                    keep |= {x.i for x in c.subtree}  # "will no longer be able to": never lose it
                elif c.dep_ == "prep" and not list(c.children):
                    keep.add(c.i)  # a particle the parser calls a preposition: "fell through"
                elif v.i == anchor.i and c.dep_ in ("ccomp", "dobj") and glued(v, c, speech):
                    continue  # "had switched sides and MPs passed the bill": another clause
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
                        c.lower_ in ("with", "between", "into", "against")
                        or (c.lower_ == "for" and len(limited(c, skip, 99)) <= 4)  # "for a cap"
                        or (v.lemma_ == "be" and c.lower_ == "in")
                    )
                ):
                    keep |= limited(c, skip, 6)
    toks = [
        t
        for t in anchor.doc
        if t.i in keep
        and t.i not in skip
        and t.text not in ("--", "—", "(", ")")
        and not bare_setting(t, skip, kb)
    ]
    for t in toks:
        if t.lower_ == "it" and t.dep_ == "dobj":
            thing = document_before(t, kb)
            if thing is not None:
                shown[t.i] = f"the {thing.text}"  # "to sign it" → "to sign the accord"
    words: list[str] = []
    for k, t in enumerate(toks):
        joined = k > 0 and toks[k - 1].i == t.i - 1 and not toks[k - 1].whitespace_
        if joined:
            words[-1] += shown.get(t.i, t.text)
        else:
            words.append(shown.get(t.i, t.text))
    text = re.sub(r",(?:\s*,)+", ",", " ".join(words).replace(" ,", ","))
    text = re.sub(r"^([^,]*), (was|were|has|have|had|is|are) ", r"\1 \2 ", text).strip(" ,;:")
    text = re.sub(r"^(?:and|but|while|as|so|since|after|before)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:'s|’s)\s+", "", text)  # "Monday's announcement" without its day
    return text[:1].upper() + text[1:] if text else ""


PARTICLES = {"back", "off", "up", "out", "down", "forward", "ahead", "through"}


def negating(t) -> bool:
    """ "never", "not", "no longer", "no more": words that turn a clause into its opposite."""
    return t.lower_ in ("never", "not", "n't") or (
        t.lower_ in ("longer", "more") and any(c.lower_ == "no" for c in t.children)
    )


def sets_date(v, kb: Knowledge) -> bool:
    """A verb that sets or moves a date ("scheduled", "set", "postponed", "pushed")."""
    return v.lemma_.lower() in kb.words("scheduling_verbs") | kb.words("rescheduling_verbs")


def bare_setting(t, skip: set[int], kb: Knowledge) -> bool:
    """ "The hearing, scheduled for Thursday, was called off": once its date is left out of the
    title, "scheduled" says nothing."""
    return (
        t.dep_ == "acl"
        and sets_date(t, kb)
        and all(c.i in skip or c.pos_ == "PUNCT" for c in t.children)
    )


def document_before(it, kb: Knowledge):
    """The agreement, bill or plan an object "it" stands for: the last one named before it in the
    sentence ("push for approval of an accord … after signing it")."""
    for t in reversed(it.doc[it.sent.start : it.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() in kb.words("document_words"):
            return t
    return None


def conditional(v) -> bool:
    """Whether a verb is an "if" clause, or what would follow from one ("would repeal it if …")."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    marks = ("if", "unless")
    if any(c.dep_ == "mark" and c.lower_ in marks for c in v.children):
        return True
    # "would repeal it if …" is hypothetical; "will go ahead on Monday if …" is still the plan, and
    # so is "said they would log off on Wednesday if …", the "will" of reported speech.
    # A promise for when the holder has the power ("said it would repeal it in June if it won
    # the election") stays hypothetical, reported or not.
    conditions = [
        c
        for c in v.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
    ]
    power = any(c.lemma_.lower() in knowledge().words("power_verbs") for c in conditions)
    reported = v.dep_ == "ccomp" and v.head.lemma_.lower() in knowledge().words("reporting_verbs")
    hedges = ("could", "might") if reported and not power else ("would", "'d", "could", "might")
    hedged = any(c.dep_ == "aux" and c.lower_ in hedges for c in v.children)
    return hedged and bool(conditions)


def dated_noun(d, verb):
    """The event noun a verb's object names with its date ("won the March 2026 election")."""
    t = d.root
    while t.i != verb.i and t.head.i != t.i:
        if t.pos_ == "NOUN" and is_event_noun(t) and t.head.i == verb.i:
            return t
        t = t.head
    return None


def preposition(d):
    """The preposition a date is the object of ("since" in "since 2011", "by" in "by Monday's
    deadline"), or None."""
    if (deadline := deadline_of(d)) is not None:
        return deadline.head
    return d.root.head if d.root.dep_ == "pobj" else None


def deadline_of(d):
    """ "by Monday's deadline": the deadline a date owns, as the object of a preposition."""
    head = d.root.head
    if d.root.dep_ == "poss" and head.lemma_.lower() == "deadline" and head.dep_ == "pobj":
        return head
    return None


def date_words(d) -> str:
    """The date's words with the preposition that decides their meaning ("since 2011")."""
    prep = preposition(d)
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
    if v.lemma_.lower() == "write" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in v.children
    ):
        return False  # "wrote to the minister on Monday urging her to …": a letter sent
    if v.lemma_.lower() == "tell":  # "told reporters on Tuesday": the object is the listener
        listeners = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        return not any(c.lemma_.lower() in kb.words("hearing_listeners") for c in listeners)
    children = {c.dep_ for c in v.children}
    return bool(children & {"ccomp", "parataxis"}) or not children & {"dobj", "nsubjpass"}


def reported_clause(v):
    """The clause a reporting verb reports ("the minister said Wednesday" → "will push back")."""
    inner = [
        c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
    ]
    if inner:
        return inner[0]
    if v.dep_ in ("ccomp", "parataxis") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
        return v.head
    return None


def announces(v, d, kb: Knowledge) -> bool:
    """Whether a dated saying makes a decision or a change public, so that saying is an event:
    "X will push back the start, the minister said Wednesday", "the two governments said on
    Thursday they have reached agreement", "said on Tuesday the party no longer opposed the
    bill", "said in a joint letter to council last week"."""
    holder = d.root.head
    if holder.lemma_.lower() in kb.words("sent_writings") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in holder.children
    ):
        return True
    said = reported_clause(v)
    if said is None:
        return False
    if makes_act_public(said, kb):
        return True
    if v.lemma_.lower() == "tell":
        return False
    aux = {c.lower_ for c in said.children if c.dep_ in ("aux", "auxpass")}
    # The lede "X will do Y, the minister said Wednesday" announces; "said on Monday it would
    # study the levy" only reports an intention.
    if said.i < v.i and aux & {"will", "'ll", "shall"}:
        return True
    if said.tag_ == "VBN" and aux & {"has", "have", "'ve"}:
        return True
    changes = kb.words("change_of_position_words")
    for c in said.children:
        if c.dep_ == "advmod" and " ".join(x.lower_ for x in c.subtree) in changes:
            return True
    return False


def makes_act_public(said, kb: Knowledge) -> bool:
    """ "said on Monday it would appeal the ruling", "told senators last week that it had asked
    for more time": an act to come, or just done, made public on the day of its saying. An
    attitude ("would support the bill", "would study it"), a refusal or a condition ("would sign
    it if it reaches her desk") is a position or a plan, not news of its own."""
    aux = {c.lower_ for c in said.children if c.dep_ in ("aux", "auxpass")}
    to_come = aux & {"will", "would", "'ll", "'d", "shall"}
    done = said.tag_ == "VBN" and aux & {"has", "have", "had", "'ve", "'d"}
    if not (to_come or done):
        return False
    if said.lemma_.lower() in kb.words("attitude_verbs") | kb.words("judging_verbs"):
        return False
    # "the pact would help …" judges a thing; the act is an actor's, or done to something
    # ("the signing would be rescheduled").
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    passive = any(c.dep_ == "auxpass" for c in said.children)
    if subjects and not passive and not any(acting(s, kb) for s in subjects):
        return False
    return not any(
        c.dep_ == "neg"
        or (c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children))
        for c in said.children
    )


def acting(subject, kb: Knowledge) -> bool:
    """Whether a subject can act: a person, a named body, "it", "the province", "his office"."""
    bodies = kb.words("organisation_heads") | kb.words("body_nouns") | kb.words("group_nouns")
    bodies |= kb.words("region_nouns") | kb.words("municipality_words") | {"office"}
    return (
        subject.tag_ == "PRP"
        or subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or subject.lemma_.lower() in bodies | set(kb.lexicon["government_bodies"])
    )


def dated_report(v, found: list) -> bool:
    """Whether the clause a saying reports carries a date of its own."""
    said = reported_clause(v)
    inside = {t.i for t in said.subtree} if said is not None else set()
    return any(a.i in inside and value.precision != "unknown" for _, a, _, value in found)


def announcement_title(v, skip: set[int]) -> str:
    """ "The health minister said New Zealand's government will push back the start …": who
    said it and what, wherever the text puts the saying."""
    subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
    said = reported_clause(v)
    if subject is None or said is None:
        return clause_title(v, skip)
    who = [t for t in v.doc if t.i in limited(subject, skip, 10) and t.text not in ("--", "—")]
    speaker = "".join(t.text_with_ws for t in who).strip(" ,")
    report = clause_title(said, skip)
    first = next(iter(sorted(said.subtree, key=lambda t: t.i)), None)
    if report and first is not None and first.pos_ != "PROPN":
        report = report[:1].lower() + report[1:]
    return f"{speaker[:1].upper()}{speaker[1:]} said {report}".strip()


def outer_clause(d, anchor):
    """ "said on Monday it would vote": a time between a verb and the subject of the clause it
    introduces belongs to that verb; the parser often hangs it on the inner clause."""
    if anchor.dep_ not in ("ccomp", "parataxis") or not anchor.head.i < d.start < anchor.i:
        return anchor
    if anchor.head.lemma_.lower() not in knowledge().words("reporting_verbs"):
        return anchor  # "It was in January 2011 that they agreed …": the cleft dates its clause
    if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < d.start for c in anchor.children):
        return anchor  # "said that from 2015 to 2018 it had run a trial": inside what was said
    subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.left_edge.i <= d.start and goes_ahead(anchor):
        return anchor  # "said Sunday's match would go ahead": the date is the subject's own
    return anchor.head if subject is not None and subject.i >= d.end else anchor


INVITING = {"invite", "summon", "convene"}


def goes_ahead(v) -> bool:
    """ "would go ahead", "will take place", "would be held": the verb tells whether its subject
    happens; not "Saturday's march would be investigated", which looks back at it."""
    lemma = v.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in v.children)
    return (
        lemma in ("go", "proceed", "happen", "start", "begin", "open")
        or (lemma == "take" and any(c.lower_ == "place" for c in v.children))
        or (lemma in ("hold", "play", "stage") and passive)
    )


def invited_to(noun) -> bool:
    """ "invited the premiers to a meeting on March 29": what one is invited to lies ahead."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in INVITING
    )


def date_anchors(dates: list) -> list[tuple]:
    """Each date with the verb or event noun it modifies; a verb's second date goes to an event
    noun standing just before it, so one sentence's clauses keep their own dates."""
    pairs = [(d, outer_clause(d, anchor_of(d))) for d in dates]
    out = []
    for d, anchor in pairs:
        listed_after = d.root.dep_ == "conj" and d.root.head.ent_type_ == "DATE"
        earlier = [
            x for x, a in pairs if a.i == anchor.i and x.start < d.start and x.root.i != d.root.i
        ]
        if anchor.pos_ != "NOUN" and earlier and not listed_after:
            anchor = event_noun_before(anchor, d) or anchor
        elif anchor.lemma_.lower() in INVITING:
            # "has invited the premiers to a meeting in Ottawa on March 29": the meeting's date
            anchor = event_noun_before(anchor, d, places=True) or anchor
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


def follows_earlier(d, v) -> bool:
    """ "The levy follows a report in May", "comes after a vote on Monday": what a
    present-tense plan follows lies before it, however the verb reads."""
    if v.lemma_.lower() not in ("follow", "come"):
        return False
    objects = [c for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() == "follow"]
    objects += [
        o
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "after"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(d.root.i in {t.i for t in o.subtree} for o in objects)


def scheduled(v) -> bool:
    """Simple present names a schedule in news ("the ban takes effect in January", "parliament
    votes on Thursday"): it points forward from publication."""
    return (
        v.pos_ == "VERB"
        and v.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
    )


def weekly(d) -> bool:
    """ "Monday through Friday", "every Sunday", "on Saturdays": a weekly schedule, no one day."""
    doc = d.doc
    weekday = re.compile(rf"{WEEKDAY_RE}s?", re.I)
    text = " ".join(d.text.split())
    if re.fullmatch(rf"{WEEKDAY_RE}s?\s*(?:through|to|thru|-|–)\s*{WEEKDAY_RE}s?", text, re.I):
        return True
    if re.fullmatch(rf"(?:(?:every|each) {WEEKDAY_RE}|{WEEKDAY_RE}s)", text, re.I):
        return True
    i = d.start  # "each Monday and Tuesday", "every Saturday, Sunday and Monday"
    while i and (weekday.fullmatch(doc[i - 1].text) or doc[i - 1].lower_ in (",", "and", "or")):
        i -= 1
    if weekday.match(text) and i and doc[i - 1].lower_ in ("every", "each"):
        return True
    if not weekday.fullmatch(text):
        return False
    after = doc[d.end : d.end + 2]
    before = doc[max(d.start - 2, 0) : d.start]
    links = ("through", "to", "thru", "-", "–")
    return (
        len(after) == 2 and after[0].lower_ in links and bool(weekday.fullmatch(after[1].text))
    ) or (
        len(before) == 2 and before[1].lower_ in links and bool(weekday.fullmatch(before[0].text))
    )


def compares_since(d) -> bool:
    """A date only compared with: "the highest since 2015", "up from 2021", "fell 40 percent
    from 2019" (with no end to the span)."""
    prep = preposition(d)
    if prep is None or prep.lower_ not in ("since", "from"):
        return False
    before = d.doc[max(prep.i - 3, 0) : prep.i]
    if prep.lower_ == "from":
        if re.search(r"\b(?:to|until|and|through)\b|[-–]", d.text):
            return False  # "fell by 18% from 2012 to 2018": a span, not a baseline
        head = prep.head
        moving = head.lemma_.lower() in CHANGING or any(t.lower_ in ("up", "down") for t in before)
        return moving and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "until") for c in head.children
        )
    return any(t.lower_ == "time" or t.tag_ in ("JJS", "RBS") for t in before)


CHANGING = {"rise", "fall", "drop", "climb", "grow", "increase", "decrease", "decline", "jump", "slip", "shrink"}  # fmt: skip


def deadline_task(v):
    """ "will have until June 2029 to register": a deadline, and registering the thing it dates."""
    if v.lemma_.lower() != "have":
        return None
    return next(
        (
            c
            for c in v.children
            if c.dep_ in ("xcomp", "advcl", "ccomp")
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


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
    periods = knowledge().words("uncalendared_periods")
    for t in sent:
        if t.lower_ in ("recently", "lately") and t.dep_ == "advmod" and t.head.pos_ == "VERB":
            out.append((sent.doc[t.i : t.i + 1], "the text gives no date"))
        # "next term", "this session": periods each school, court or parliament sets for itself.
        mods = [c for c in t.lefts if c.lower_ in ("next", "last", "this", "coming", "previous")]
        if t.lower_ in periods and mods and t.dep_ in ("npadvmod", "pobj"):
            span = sent.doc[mods[0].i : t.i + 1]
            out.append((span, "a period whose dates the text does not give"))
        elif season_time(t):
            span = sent.doc[min(x.i for x in t.subtree) : t.i + 1]
            out.append((span, SEASON_WHY))
    return out


SEASON_WHY = "a season, whose months differ by hemisphere and habit"
SEASON_MODS = {"this", "next", "last", "coming", "previous", "early", "late", "the", "that"}


def season_time(t) -> bool:
    """ "this fall", "next spring", "in the summer": a season used as the time of a clause."""
    if t.lower_ not in knowledge().words("seasons") or t.pos_ != "NOUN":
        return False
    mods = list(t.children)
    if not mods or any(c.lower_ not in SEASON_MODS for c in mods):
        return False  # "the fall of the government" is no time
    return t.dep_ == "npadvmod" or (
        t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "by", "over", "until")
    )


def season_date(d) -> bool:
    """A date entity that is a season ("this summer", "next fall"), with no year."""
    words = [w.lower() for w in d.text.split()]
    return bool(words) and words[-1] in knowledge().words("seasons") and not YEAR_RE.search(d.text)


YEAR_SPAN_RE = re.compile(r"(?:1[89]|20)\d\d (?:to|and|-|–) (?:1[89]|20)\d\d")


def untagged_months(words, dates: list) -> bool:
    """Whether three words are "Month and Month" that no one date of the model's covers whole."""
    first, link, last = words
    return (
        link.lower_ == "and"
        and all(re.fullmatch(MONTH_RE, w.text) for w in (first, last))
        and not any(d.start <= first.i and last.i < d.end for d in dates)
        and not (last.i + 1 < len(words.doc) and YEAR_RE.fullmatch(words.doc[last.i + 1].text))
    )


def date_ranges(dates: list, sent=None) -> list:
    """ "from 2012 to 2018" is one range; the model tags the two years as two dates, or one, or
    none ("spent $2 million from 2015 to 2017 repairing depots"). So is "from December 2027 to
    February 2028", two dates to the model."""
    if sent is not None:
        for t in sent:
            words = sent.doc[t.i + 1 : t.i + 4]
            if t.lower_ not in ("from", "between") or len(words) != 3:
                continue
            if YEAR_SPAN_RE.fullmatch(" ".join(w.text for w in words)):
                span = words
            elif t.lower_ == "between" and untagged_months(words, dates):
                # "between September and February", the model tagging one month or neither;
                # not "moved the vote from March to May", which the rules for moves read
                span = sent.doc[t.i : words.end]
            else:
                continue
            dates = [d for d in dates if d.end <= span.start or d.start >= span.end]
            dates = sorted([*dates, span], key=lambda d: d.start)
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
            and (
                (re.fullmatch(r"\d{4}", prev.text) and re.fullmatch(r"\d{4}", d.text))
                or (
                    prev.start > 0
                    and d.doc[prev.start - 1].lower_ in ("from", "between")
                    and re.search(MONTH_RE, prev.text, re.I)
                    and re.search(MONTH_RE, d.text, re.I)
                )
            )
        ):
            between = prev.start > 0 and d.doc[prev.start - 1].lower_ == "between"
            out[-1] = d.doc[prev.start - between : d.end]  # "between" tells a span from a list
        else:
            out.append(d)
    return out


def that_month(d, value: DateValue, found: list) -> DateValue:
    """ "that August": the August of the year of the last date written before it in the
    sentence, not the one before publication; with none, left open."""
    text = f"that {d.text}"
    years = [v for e, _, _, v in found if e.start < d.start and v.value and YEAR_RE.search(e.text)]
    if not years:
        return DateValue(None, "unknown", None, text, f"'{text}': no year named before it")
    year, ref = years[-1].value[:4], years[-1].text
    month = value.value[5:7]
    why = f"'{text}', the month in the year of '{ref}' before it → {year}-{month}"
    return DateValue(f"{year}-{month}", "month", None, text, why)


def hemisphere_of(country: str | None, kb: Knowledge) -> str | None:
    """Where the dossier's seasons fall; None near the equator or with no country."""
    if country is None or country.lower() in kb.words("equatorial_countries"):
        return None
    return "south" if country.lower() in kb.words("southern_countries") else "north"


def conj_branch(d, anchor):
    """The later conjunct of the anchor's clause a date sits in, or None: "banning exports of
    tin in May 2021 and of zinc from March 2024" → "of zinc …"."""
    t = d.root
    while t.i != anchor.i and t.head.i != t.i:
        if (
            t.dep_ == "conj"
            and t.head.ent_type_ != "DATE"
            and t.pos_ != "VERB"
            and any(a.i == anchor.i for a in t.ancestors)
        ):
            return t
        t = t.head
    return None


def parallel(branch) -> list:
    """The words of the first conjunct that a later one stands for: "of tin" for "of zinc", a
    parser's gap ("exports of tin … and of zinc"); else the first conjunct itself."""
    head = branch.head
    mine = {x.i for x in branch.subtree}
    twin = next(
        (
            x
            for x in head.subtree
            if x.i < branch.i and x.i not in mine and x.lower_ == branch.lower_ and x.i != head.i
        ),
        None,
    )
    if twin is not None:
        return list(twin.subtree)
    if head.pos_ in ("VERB", "AUX"):  # "raised the levy in 2019 and the fuel tax in 2021"
        return [x for c in head.children if c.dep_ == "dobj" and c.i < branch.i for x in c.subtree]
    return [x for x in head.subtree if x.i not in mine]


def nearest(words: str, article: Article, hemisphere: str | None) -> DateValue:
    """A yearless date read both ways from publication, whichever lies nearer; a tie or a date
    that does not resolve both ways stays as read looking back."""
    back = resolve(words, article.published, "past", article.published_basis, hemisphere=hemisphere)
    ahead = resolve(
        words, article.published, "future", article.published_basis, hemisphere=hemisphere
    )
    if not (back.value and ahead.value and article.published) or back.value == ahead.value:
        return back

    def gap(v: DateValue) -> int:
        day = date.fromisoformat((v.value + "-01-01")[:10] if len(v.value) < 10 else v.value)
        return abs((day - article.published).days)

    pick = back if gap(back) <= gap(ahead) else ahead
    return replace(
        pick,
        derivation=f"'{pick.text}', a plan told as called off: of {back.value} and {ahead.value}, "
        f"the nearer to publication ({article.published}) → {pick.value}",
    )


def attributed_to(d):
    """The source a date belongs to when it lies in an attribution ("according to data
    published on Thursday": the data), or None."""
    for a in d.root.ancestors:
        if a.lower_ == "according" and a.dep_ == "prep":
            to = next((c for c in a.children if c.lower_ == "to"), None)
            return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    return None


SOON = ("months", "weeks", "days", "shortly", "just")  # "months before an August election"


def ahead_of_now(d) -> bool:
    """ "The ruling has thrown the plan into doubt weeks before a June referendum": a happening
    some time after a present state lies ahead of publication."""
    doc, gap = d.doc, 2 if d.doc[d.start - 1].lower_ in ("a", "an", "the") else 1
    before = d.start - gap  # "weeks before (a) June referendum"
    if (
        before - 1 < d.sent.start
        or doc[before].lower_ != "before"
        or doc[before - 1].lower_ not in SOON
    ):
        return False
    prep = next((a for a in d.root.ancestors if a.lower_ == "before"), None)
    verb = clause_verb(prep.head) if prep is not None else None
    if verb is None:  # the verb "weeks before" hangs from: "has thrown …"
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & {"has", "have", "is", "are"}) or (verb.tag_ in ("VBZ", "VBP") and not aux)


def year_of_a_thing(d, anchor) -> bool:
    """Whether a year only qualifies a thing in an aim ("a motion to put the levy on the 2030
    ballot"): it dates neither the aim nor the act. A study "in a 2019 study" keeps it, and so
    does a happening ("the 2030 election")."""
    head = d.root.head
    return (
        re.fullmatch(r"\d{4}", d.text.strip()) is not None
        and d.root.dep_ in ("compound", "nummod", "amod", "nmod")
        and head.i >= d.end
        and head.pos_ in ("NOUN", "PROPN")
        and not is_event_noun(head)
        and not head.ent_type_
        and anchor.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    )


def due_thing(d) -> bool:
    """Whether a date is when a thing is due, told beside it ("the spending plan, due at the end of
    May,", "a report due in June"): it dates the thing, not the clause's act. Not "is due to
    vote in May", nor "the vote is due in May", whose date is the event's."""
    prep = preposition(d)
    due = prep.head if prep is not None else None
    if due is None or due.lower_ != "due" or any(c.lower_ == "to" for c in due.children):
        return False
    before = due.doc[due.i - 1] if due.i > 0 else None
    aside = before is not None and before.text == "," and due.dep_ != "acomp"
    thing = due.doc[due.i - 2] if aside and due.i > 1 else due.head
    while aside and thing.dep_ == "pobj" and thing.head.head.pos_ == "NOUN":
        thing = thing.head.head  # "the final vote on the bill, due on Thursday": the vote
    if is_event_noun(thing):
        return False  # "the council elections due in June": the date is the happening's own
    return aside or (due.dep_ in ("amod", "acl") and due.head.pos_ in ("NOUN", "PROPN"))


def year_spoken_of(d, kb: Knowledge) -> bool:
    """Whether a year is the subject of its clause ("2040 is too soon") or names a target ("the
    2040 date was never up for talks"): what the clause is about, not when it happens."""
    if re.fullmatch(r"\d{4}", d.text.strip()) is None:
        return False
    root = d.root
    judged = any(c.dep_ == "acomp" for c in root.head.children)  # not "2029 brought the fines"
    return (root.dep_ in ("nsubj", "nsubjpass") and judged) or (
        root.dep_ in ("compound", "nummod", "amod", "nmod")
        and root.head.i >= d.end
        and root.head.lower_ in kb.words("target_nouns")
    )


def trimmed(e):
    """ "began on Feb. 3 after years of delay": the model runs the date on into a duration; "Four
    Days last spring" (after "Parents for"): it starts the date inside a name."""
    comma = next((t.i for t in e if t.text == ","), None)
    if comma is not None and comma + 1 < e.end:
        after = e.doc[comma + 1]
        if not (after.like_num or DATE_WORD_RE.fullmatch(after.text)):
            e = e.doc[e.start : comma]  # "June 3, a week ahead": the date ends at the comma
    while len(e) > 1 and e[-1].is_punct:
        e = e[:-1]  # "on June 3, two days early": the model may take the comma in
    for t in e[1:]:
        if t.lower_ in ("last", "this", "next") and all(x.is_title for x in e[: t.i - e.start]):
            return e.doc[t.i : e.end]
        if t.lower_ in ("after", "before") and t.i < e.end - 1:  # not "the day before"
            return e.doc[e.start : t.i]
    return e


def is_date(e) -> bool:
    """A date entity, or a time one that names its day ("on Monday night")."""
    if e.label_ == "TIME":
        return bool(re.match(rf"(?:on )?{WEEKDAY_RE} (?:morning|afternoon|evening|night)$", e.text))
    if (
        len(e) == 1
        and e[0].lower_ in knowledge().words("seasons")
        and e[0].dep_ in ("compound", "amod")
        and e[0].head.pos_ in ("NOUN", "PROPN")
        and not is_event_noun(e[0].head)  # "the winter session", "the autumn election": a time
        and e[0].head.lower_ not in knowledge().words("uncalendared_periods")
    ):
        return False  # "winter gas shortfalls": a kind of shortfall, not a time
    return e.label_ == "DATE" and bool(DATE_WORD_RE.search(e.text))


def events_in(sent, spans: list[Span], n: int, p: int, state: State, kb: Knowledge, article: Article) -> list[EventClaim]:  # fmt: skip
    dates = date_ranges([trimmed(e) for e in sent.ents if is_date(e)], sent)
    undated = undated_times(sent)
    date_tokens = {t.i for d in dates for t in d} | {t.i for d, _ in undated for t in d}
    date_tokens |= {
        t.head.i for d in dates for t in d if t.dep_ == "pobj" and t.head.dep_ == "prep"
    }
    # The commas and "and" of a list of dates ("in 2006, 2009 and 2013") go with the dates.
    date_tokens |= {c.i for d in dates for t in d for c in t.children if c.dep_ in ("cc", "punct")}
    found = []  # (date span, anchor, tense, value)
    sayings = []  # the same for "said on Monday": no event, but a base for "would"
    hemisphere = hemisphere_of(state.home, kb)
    announced: set[int] = set()  # sayings that make a decision public: events after all
    for d, anchor in date_anchors(dates):
        if anchor.lower_ in EVENT_NOUNS_SKIP:
            continue
        words = date_words(d)
        if weekly(d):
            continue  # "Monday through Friday": every week, not one day
        if compares_since(d):
            continue  # "the first time since 2010", "the highest since 2015": not this event's date
        if year_of_a_thing(d, anchor):
            continue  # "to put the levy on the 2030 ballot": the ballot's year, not the putting's
        if year_spoken_of(d, kb):
            continue  # "2040 is too soon", "the 2040 target stands": what is judged, not when
        if due_thing(d):
            continue  # "after the spending plan, due at the end of May, is out": the plan's
        if (source := attributed_to(d)) is not None:
            anchor = source  # "…, according to data published on Thursday": the data's day
        prep = preposition(d)
        deadline = False
        if (
            prep is not None
            and prep.lower_ in ("before", "after", "beyond")
            and prep.dep_ == "prep"
        ):
            continue  # "contracts signed before 1 January 2027": a bound, not the day it happens
        if (
            prep is not None
            and prep.lower_ == "by"
            and anchor.dep_ == "acl"
            and anchor.tag_ == "VBG"
        ):
            continue  # "backs a bill ending coal power by 2040": what the law is for
        if conditional(anchor):
            # "would repeal it if it won the March 2026 election": the election is an event, the
            # winning and the repeal only a condition and its consequence.
            anchor = dated_noun(d, anchor)
            if anchor is None:
                continue
        if words.lower().startswith("until "):
            # A bound on a state ("rents could not rise until 2024") is no happening, but a
            # clause it introduces is ("until 2027, when the fee is due to rise").
            when = when_clause(d)
            if when is None and (when := deadline_task(anchor)) is not None:
                deadline = True  # "have until November 1 to comment": a deadline, not a saying
            if when is None and anchor.lemma_.lower() in kb.words("rescheduling_verbs"):
                when = anchor  # "put the hearing off until October": when it is now due
            if when is None:
                continue
            anchor, words = when, d.text
        tense = (
            "future"
            if scheduled(anchor) or invited_to(anchor)
            else setting_tense(anchor, d, kb) or tense_of(anchor)
        )
        if moved_from(d, anchor, kb):
            tense = "present"  # the old date of a plan: it keeps the year of publication
        if ahead_of_now(d):
            tense = "future"  # "has thrown it into doubt weeks before a June vote"
        earlier = follows_earlier(d, anchor)
        if earlier:
            tense = "past"
        value = resolve(
            words, article.published, tense, article.published_basis, hemisphere=hemisphere
        )
        if not earlier and not BARE_WEEKDAY_RE.fullmatch(d.text.strip()) and called_off_then(d):
            # "A strike planned for May 4 was called off", published on May 11; "a rally
            # set for November was called off", in January: the plan was for the nearest
            # such day or month, either side (a weekday is left open below)
            value = nearest(words, article, hemisphere)
        speech = reports_speech(anchor, kb) and not deadline
        if speech and announces(anchor, d, kb):
            speech = False
            announced.add(anchor.i)
        (sayings if speech else found).append((d, anchor, tense, value))
    # "X will sign the pact this week, an official said Wednesday": what is said has its own date
    # and is the event; the saying stays a saying.
    for entry in [f for f in found if f[1].i in announced and dated_report(f[1], found)]:
        found.remove(entry)
        sayings.append(entry)
    # "said on Monday it would vote on Wednesday": "would" looks forward from the saying, which
    # may lie before publication.
    for k, (d, anchor, tense, value) in enumerate(found):
        said = saying_day(anchor, found + sayings, kb)
        if said is not None and tense == "future" and value.precision == "day":
            base = date.fromisoformat(said.value)
            label = f"said {said.text!r} ({fmt_day(base)}), looking forward from then"
            again = resolve(date_words(d), base, tense, said=label, hemisphere=hemisphere)
            found[k] = (d, anchor, tense, again)
    # "the previous day": counted from the nearest day-precise date of the same sentence.
    # Else from the last day-precise date of the sentences before ("… voted on Thursday. The
    # committee had endorsed it the day before").
    days = [(d.start, v) for d, _, _, v in found if v.precision == "day"]
    for k, (d, anchor, tense, value) in enumerate(found):
        words = neighbour_words(d)
        if value.precision == "unknown" and neighbour_shift(words) is not None:
            if any(0 <= start - d.end <= 3 for start, _ in days):
                continue  # "Two days later, on 14 February,": the day is named right after
            near = sorted(days, key=lambda dv: abs(dv[0] - d.start))
            base = near[0][1] if near else earlier_day(state.last_days, tense, article)
            fixed = relative_to(words, base) if base is not None else None
            if fixed:
                found[k] = (d, anchor, tense, fixed)
    # "offered rebates in early 2019, a scheme dropped the following year": from its year.
    dated = [(d.start, v) for d, _, _, v in found if v.value]
    for k, (d, anchor, tense, value) in enumerate(found):
        if value.precision == "unknown" and dated:
            near = min(dated, key=lambda dv: abs(dv[0] - d.start))[1]
            fixed = relative_year(neighbour_words(d), near)
            if fixed:
                found[k] = (d, anchor, tense, fixed)
    # "adopted in April 2024, … set it aside that August": the month of the year named before.
    for k, (d, anchor, tense, value) in enumerate(found):
        if value.precision == "month" and d.start > 0 and d.doc[d.start - 1].lower_ == "that":
            found[k] = (d, anchor, tense, that_month(d, value, found))
    kept = set()
    for k, (d, anchor, tense, value) in enumerate(found):
        why = undecidable(d, anchor, tense, value)
        if why:
            text = " ".join(date_words(d).split())
            found[k] = (
                d,
                anchor,
                tense,
                DateValue(None, "unknown", None, text, f"'{text}': {why}"),
            )
            kept.add(d.start)
    for d, why in undated:
        anchor = anchor_of(d)
        if anchor.pos_ in ("VERB", "AUX", "NOUN") and not reports_speech(anchor, kb):
            text = " ".join(d.text.split())
            value = DateValue(None, "unknown", None, text, f"'{text}': {why}; left unresolved")
            found.append((d, anchor, tense_of(anchor), value))
            kept.add(d.start)
    # Only the sentence right before counts: further back, "the day before" has lost its anchor.
    state.last_days = [v for _, _, _, v in found if v.precision == "day"]
    remember_plural(sent, p, n, state, kb)
    note_cancellations(sent, n, state, kb)
    seen_anchor: dict[tuple, EventClaim] = {}
    branches = [conj_branch(x, a) for x, a, _, _ in found]
    for (d, anchor, tense, value), branch in zip(found, branches, strict=True):
        if value.precision == "unknown" and article.published is not None and d.start not in kept:
            if not season_date(d):
                continue
            value = DateValue(
                None, "unknown", None, value.text, f"'{value.text}': {SEASON_WHY}; left unresolved"
            )  # not a point in time ("less than a month"): no event rather than a guess
        verb = anchor if anchor.pos_ != "NOUN" else anchor.head
        # "pushed the start back from July 1 to …", "originally scheduled for 25 January": the
        # old date of a plan did not hold.
        moved = moved_from(d, anchor, kb) or old_plan(anchor, kb)
        status = (
            "did_not_happen" if moved else event_status(anchor, verb, tense, value, article, kb)
        )
        if status == "happened" and value.precision == "unknown" and is_plan(anchor, tense):
            status = "planned"  # "intended to sign on January 25", its year open: still a plan
        # "banned exports of tin in May 2021 and of zinc from March 2024": each
        # conjunct with a date of its own is its own event, titled without the other
        others = [
            b
            for (_, a, _, _), b in zip(found, branches, strict=True)
            if b is not None and a.i == anchor.i
        ]
        skip = set(date_tokens)
        if branch is not None:
            skip |= {c.i for c in branch.head.children if c.dep_ == "cc"}
            skip |= {x.i for x in parallel(branch)}
        for b in others:
            if branch is None or b.i != branch.i:
                skip |= {x.i for x in b.subtree} | {c.i for c in b.head.children if c.dep_ == "cc"}
        if anchor.i in announced:
            title = announcement_title(anchor, skip)
        else:
            title = clause_title(anchor, skip, status == "planned")
        if branch is not None and branch.head.i == anchor.i:  # "… exports" + "of copper"
            title += " " + " ".join(x.text for x in branch.subtree if x.i not in date_tokens)
        if len(title.split()) < 2 and anchor.pos_ == "NOUN" and anchor.head.pos_ == "VERB":
            title = clause_title(anchor.head, date_tokens)  # "Monday's announcement surprised …"
        if len(title.split()) < 2 and anchor.dep_ == "conj" and anchor.head.dep_ == "acl":
            # "a report commissioned in 2026 and published last November": the report's too
            noun = anchor.head.head
            words = [t.text for t in noun.subtree if t.i <= noun.i and t.i not in date_tokens]
            title = " ".join([*words, anchor.text])
        if len(title.split()) < 2:
            continue
        actors = event_actors(verb, p, n, state, kb)
        title = named_subject(title, verb, p, n, state, kb)
        claim = EventClaim(n, title, value, status, tuple(actors), anchor.lemma_.lower())
        state.plan_terms[claim] = plan_terms(anchor)
        listed = d.root.dep_ == "conj" or any(
            c.dep_ == "conj" and c.ent_type_ == "DATE" for c in d.root.children
        )
        slot = (
            (anchor.i, value.value)
            if listed
            else (anchor.i, moved, branch.i if branch is not None else None)
        )
        prev = seen_anchor.get(slot)
        # "from the fall of 2029 to the fall of 2030": the second date of a move is its own too
        ends_span = any(t.lower_ in ("to", "until") for t in d.doc[max(d.start - 4, 0) : d.start])
        if (
            prev is not None
            and (branch is not None or ends_span)
            and prev.date.precision == value.precision
            and value.value
            and prev.date.value
            and prev.date.value != value.value
            and value.precision in ("day", "month", "year")
        ):  # "banned exports of X in June 2023 and of Y from March 2025": two times, two events
            slot, prev = (*slot, value.value), None
        if prev is None or precision_rank(value) > precision_rank(prev.date):
            seen_anchor[slot] = claim
    return list(seen_anchor.values())


BARE_WEEKDAY_RE = re.compile(rf"(?:on )?{WEEKDAY_RE}", re.I)


def undecidable(d, anchor, tense: str, value: DateValue) -> str | None:
    """Why a resolved date cannot be trusted, or None: the words give a bound or a direction that
    the tense does not settle. An unresolved date is better than a wrong one."""
    head = d.root.head
    if (
        tense != "past"
        and value.value
        and yearless(d.text)
        and value.precision == "month"  # ("the April 1 increase" names its day: a schedule)
        and d.root.dep_ in ("compound", "nmod", "amod", "npadvmod")
        and head.pos_ == "NOUN"
        and head.i > d.root.i
        and head.i != anchor.i  # ("the assembly's December session": the event it dates)
        and any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in head.children)
        and not any(c.dep_ == "aux" and c.lower_ in AHEAD_AUX for c in anchor.children)
    ):
        # "The June fare rise stays in force": a month that names a thing already
        # known may lie either side of publication when only a present tense points ahead
        # ("will back the May 9 shutdown" does; "an August referendum" is news of one ahead)
        return "a month naming a thing may lie either side of publication; left unresolved"
    if tense == "future" and value.value and yearless(d.text):
        setters = {a.i for a in d.root.ancestors}  # the verb the date is set by is no rival
        nearer = [
            t
            for t in d.doc[anchor.i + 1 : d.start]
            if t.pos_ == "VERB"
            and t.tag_ in ("VBN", "VBD")
            and t.dep_ in ("acl", "relcl", "advcl")
            and t.i not in setters
        ]
        if nearer:
            # "will withdraw them, under a plan unveiled by the mayor on Tuesday": the day may
            # date the nearer past verb; read with the future one it would be a week out.
            return f"it may date '{nearer[-1].text}' rather than what lies ahead; left unresolved"
    if (
        tense == "present"
        and value.precision == "day"
        and BARE_WEEKDAY_RE.fullmatch(d.text.strip())
        and anchor.sent.root.pos_ not in ("VERB", "AUX")
    ):
        # "Bids open on Monday and end …", parsed with no verb: which way the day lies
        # from publication is not known
        return "the sentence has no verb to give its tense; left unresolved"
    if BARE_WEEKDAY_RE.fullmatch(d.text.strip()) and called_off_then(d):
        # "A meeting scheduled for Wednesday was cancelled": the day it was due may have passed
        return "a plan told as called off may have been due either side of publication; left unresolved"
    if tense != "past" or not value.value:
        return None
    if date_words(d).lower().startswith("by "):
        # "By July, the party had switched sides": a bound, not when it happened.
        return "a past happening came on or before this, not on it; left unresolved"
    weekday = BARE_WEEKDAY_RE.fullmatch(d.text.strip())
    done = (
        anchor.dep_ == "acl"
        and anchor.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
        and not sets_date(anchor, knowledge())
    )  # "a survey conducted in February": a thing already done, whatever the clause plans
    if yearless(d.text) and not done and planned_above(anchor, pluperfect_too=bool(weekday)):
        # "had planned to call witnesses on Thursday", "said they aimed to sign in January": the
        # plan is told in the past, its day or month may lie either side of publication.
        return "a day or month without a year, of a plan told in the past, may lie either side of publication; left unresolved"
    return None


AHEAD_AUX = {"will", "would", "shall", "'ll", "to"}
YEARLESS_RE = re.compile(
    rf"(?:(?:on|in|at|by|from) )?(?:the )?(?:(?:early|late|mid-) ?)?(?:{WEEKDAY_RE}|{MONTH_RE}(?: \d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH_RE})",
    re.I,
)


def yearless(text: str) -> bool:
    """A weekday, month or month and day that names no year and counts from no other time."""
    return bool(YEARLESS_RE.fullmatch(" ".join(text.split())))


def planned_above(anchor, pluperfect_too: bool = True) -> bool:
    """Whether the anchor is the content of a plan verb above it ("had planned to call …").

    A plan told in the past perfect ("had been due to start in February") was overtaken before
    publication, so its month lies behind; `pluperfect_too` says whether such a plan counts."""
    _, path = governing(anchor)
    plan_words = FUTURE_HEADS | {"plan", "schedule"}
    return any(
        v.i != anchor.i
        and v.pos_ in ("VERB", "AUX", "ADJ")
        and v.lemma_.lower() in plan_words
        and (pluperfect_too or not (pluperfect(v) or pluperfect(v.head)))
        for v in path
    )


def setting_tense(anchor, d, kb: Knowledge) -> str | None:
    """The tense to read a date set by a (re)scheduling verb with: "has been rescheduled for 8 July",
    "postponed to Friday", "scheduled for Thursday, was postponed" look ahead of publication. A
    setting told in the simple past ("was rescheduled for 8 July") may lie either side, so its
    date keeps the year of publication ("present"); a weekday, always near, is read ahead."""
    prep = preposition(d)
    if prep is None or prep.lower_ not in ("for", "to", "until"):
        return None
    if prep.lower_ == "until" and anchor.lemma_.lower() not in kb.words("rescheduling_verbs"):
        return None  # "put off until October" sets a date as "to" does; "stays until" none
    setter = prep.head
    if setter.dep_ in ("advmod", "prt") and setter.lower_ in PARTICLES:
        setter = setter.head  # "put back to October": the parser hangs "to" on "back"
    thing = noun_above(setter)
    if thing.pos_ == "NOUN" and thing.dep_ == "dobj" and thing.head.i == anchor.i:
        setter = anchor  # "has scheduled a hearing (on the appeal) for March 12"
    noun = with_phrase_noun(setter) if setter.dep_ == "acl" else None
    if setter.i != anchor.i and noun is not None and noun.i == anchor.i:
        # "…, with a final vote planned for June": a plan still standing when the clause is told
        # lies ahead; told in the past, it may lie either side, so it keeps the year.
        if sets_date(setter, kb):
            return "present" if noun_clause_tense(anchor) == "past" else "future"
        return None
    if setter.i != anchor.i:
        return None
    lemma = anchor.lemma_.lower()
    if not sets_date(anchor, kb):
        return None
    aux = {c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have", "is", "are", "will", "'s", "'re"}:
        return "future"
    thing = anchor.head if anchor.dep_ == "acl" else None
    # "a vote on the cap, scheduled for …": the parser hangs it on "cap"
    while thing is not None and thing.dep_ == "pobj" and thing.head.head.pos_ == "NOUN":
        thing = thing.head.head
    if thing is not None and cancels(thing.head, kb) and thing.dep_ in ("nsubjpass", "dobj"):
        # "postponed a hearing set for April 11": the day it was due lies ahead of the putting
        # off; but put off "after postponing …" a happening told as past, it keeps the year
        return "present" if done_before_past(thing.head) else "future"
    if (
        thing is not None
        and not aux
        and thing.dep_ == "pobj"
        and noun_clause_tense(thing) == "past"
    ):
        # "left the city on course for the audit, scheduled for October": the plan is
        # no party to the past act, so its month may lie either side and keeps the year
        return "present"
    if thing is not None and not aux and noun_clause_tense(thing) != "past":
        # "sends the bill to a final vote scheduled for Nov. 12": a plan that still stands lies
        # ahead; its bare participle has no tense of its own, the clause around the noun has.
        # "originally scheduled for 25 January" is the old plan: near publication, either side.
        return "present" if old_plan(anchor, kb) else "future"
    asked = kb.words("asking_verbs") | kb.words("wanting_verbs")
    if (
        "to" in aux
        and lemma in kb.words("rescheduling_verbs")
        and anchor.head.lemma_.lower() in asked
        and not pluperfect(anchor.head)
    ):
        return "future"  # "asked to put the levy off until March": a delay asked for lies ahead
    if aux & {"was", "were"}:
        return "present"  # "a review was planned for December": told in the past, either side
    active = not aux and anchor.tag_ == "VBD" and any(c.dep_ == "dobj" for c in anchor.children)
    if not active and lemma not in kb.words("rescheduling_verbs"):
        return None  # "a vote planned for December did not take place": the clause's tense decides
    return "future" if BARE_WEEKDAY_RE.fullmatch(d.text.strip()) else "present"


def done_before_past(v) -> bool:
    """ "heard it on May 20 after postponing …": a bare gerund after "after", in a clause
    told in the past."""
    return (
        v.tag_ == "VBG"
        and v.dep_ == "pcomp"
        and v.head.lower_ == "after"
        and v.head.head.pos_ in ("VERB", "AUX")
        and tense_of(v.head.head) == "past"
    )


def moved_from(d, anchor, kb: Knowledge) -> bool:
    """ "pushed the start date back from July 1 to Jan. 5": the date after "from" is the old date
    of a plan moved to a new one, given in the same clause after "to", "until" or "for"."""
    prep = preposition(d)
    if prep is None or prep.lower_ != "from":
        return False
    if anchor.lemma_.lower() not in kb.words("rescheduling_verbs"):
        return False
    for t in anchor.sent:
        verb = (
            clause_verb(t.head) if t.dep_ == "prep" and t.lower_ in ("to", "until", "for") else None
        )
        if (
            verb is not None
            and verb.i == anchor.i
            and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in t.children)
        ):
            return True
    return False


def old_plan(anchor, kb: Knowledge) -> bool:
    """ "originally scheduled for 25 January", "first set for May": a setting the text marks as
    the plan before the current one."""
    return sets_date(anchor, kb) and any(
        c.lower_ in kb.words("earlier_plan_words") for c in anchor.children
    )


def noun_clause_tense(noun) -> str:
    """The tense of the clause a noun belongs to ("sends the bill to a final vote …" → present)."""
    verb = clause_of(noun)
    return tense_of(verb) if verb is not None else "present"


def clause_of(noun):
    """The verb of the clause a noun belongs to, or None."""
    t = noun
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def reported_state(verb) -> bool:
    """Whether a clause is a state someone said was so ("said the navy was ready"): its past is
    the speaker's present; not a finished act ("said the summit had been a success")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in knowledge().words("reporting_verbs")
        and verb.lemma_ == "be"
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
        and not any(c.dep_ in ("aux", "neg") for c in verb.children)
    )


def after_publication(value: DateValue, published: date | None) -> bool:
    """Whether the whole of a resolved date lies after publication: it cannot have happened yet."""
    if published is None or value.precision == "unknown":
        return False
    if value.precision == "week" and value.end:
        return date.fromisoformat(value.end) - timedelta(days=6) > published
    if not value.value:
        return False
    return value.value > cut_to(published, len(value.value))


def before_publication(value: DateValue, published: date | None) -> bool:
    """Whether the whole of a resolved date lies before publication ("last year", "in 2025")."""
    if published is None or not value.value or value.precision in ("unknown", "week"):
        return False
    last = value.end or value.value
    return last < cut_to(published, len(last))


def cut_to(published: date, size: int) -> str:
    """Publication as a date of the same precision: "2028", "2028-03" or "2028-03-10"."""
    return {4: f"{published:%Y}", 7: f"{published:%Y-%m}"}.get(size, published.isoformat())


def event_status(anchor, verb, tense: str, value: DateValue, article: Article, kb: Knowledge) -> str:  # fmt: skip
    """happened, planned or did_not_happen: a plan called off, a negated past, a date to come."""
    if called_off(anchor, tense, kb):
        return "did_not_happen"
    future = tense == "future" or after_publication(value, article.published)
    if future and before_publication(value, article.published):
        future = False  # "pledged to bring it back in last year's campaign": what is past is
    thing = anchor.head if anchor.dep_ == "acl" else None
    if thing is not None and thing.dep_ in ("nsubj", "nsubjpass") and thing.head.i != thing.i:
        verb = thing.head  # "a vote planned for December did not take place": the vote's fate
    if any(c.dep_ == "neg" for c in verb.children):
        return "planned" if future else "did_not_happen"
    return "planned" if future else "happened"


def elsewhere(v, anchor) -> bool:
    """ "…, and the agency dropped its appeal": a cancelling verb with a subject of its own and an
    object that is neither "it" nor a word of the plan's clause calls off something else."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in v.children)
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    mine = {x.i for x in v.subtree}
    plan = {x.lemma_.lower() for x in anchor.subtree if x.i not in mine}
    return own and all(o.pos_ != "PRON" and o.lemma_.lower() not in plan for o in objects)


def called_off_then(d) -> bool:
    """ "A meeting scheduled for Wednesday was cancelled": a day a plan was set for, in a sentence
    that tells its calling off as done ("was cancelled", "called off", "had called off"); not
    "has been cancelled", nor put off ("was postponed"), which look ahead to the day it was due."""
    kb = knowledge()
    prep = preposition(d)
    if prep is None or prep.lower_ != "for" or not sets_date(prep.head, kb):
        return False
    for v in d.sent:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        told_done = aux & {"was", "were"} or (v.tag_ == "VBD" and not aux) or aux == {"had"}
        if (
            cancels(v, kb)
            and v.lemma_.lower() not in kb.words("rescheduling_verbs")
            and told_done
            and not aux & {"has", "have"}
        ):
            return True
    return False


def cancels(v, kb: Knowledge) -> bool:
    """A verb that has called off or put off a plan ("was postponed", "called off", "pushed back");
    not one that is wished for or still to come ("urged ministers to drop it", "will delay it")."""
    if v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
        return False
    asking = kb.words("wanting_verbs") | kb.words("asking_verbs")
    wished = v.dep_ in ("xcomp", "ccomp", "oprd") and v.head.lemma_.lower() in asking
    if tense_of(v) == "future" or wished:
        return False
    lemma = v.lemma_.lower()
    if lemma in kb.words("cancel_verbs"):
        return True
    after = " ".join([lemma] + [t.lower_ for t in v.doc[v.i + 1 : v.i + 4]])
    return any(after.startswith(phrase) for phrase in kb.words("cancel_phrasal"))


def is_plan(anchor, tense: str) -> bool:
    """A happening the text gives as intended, not done: "will sign", "had planned to visit",
    "sought to clinch", "a vote scheduled for Thursday"."""
    if tense == "future":
        return True
    _, path = governing(anchor)
    heads = [anchor, *(v for v in path if v.i != anchor.i), anchor.head]
    return any(t.lemma_.lower() in FUTURE_HEADS | {"schedule", "plan"} for t in heads)


def called_off(anchor, tense: str, kb: Knowledge) -> bool:
    """Whether the sentence says the happening was called off: the plan is the object of a
    cancelling verb ("the vote, scheduled for Thursday, was postponed"), or a cancelling verb is
    joined to the clause of the plan ("had planned to visit …, but shelved the plan"), or the plan
    is told in the past perfect ("had been due to take effect on 1 January")."""
    if cancels(anchor, kb):
        return False  # "was pushed back on Wednesday": the postponement itself happened
    # "New York's plan, approved in 2019, was put on hold": the approval happened; only a plan or
    # a happening named by a noun is what the cancelling verb calls off.
    setting = FUTURE_HEADS | kb.words("scheduling_verbs") | kb.words("rescheduling_verbs")
    done = (
        anchor.dep_ in ("acl", "relcl")
        and anchor.tag_ in ("VBN", "VBD")
        and tense == "past"
        and anchor.lemma_.lower() not in setting
    )
    for t in anchor.sent:
        if done or not cancels(t, kb):
            continue
        objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.left_edge.i <= anchor.i <= o.right_edge.i for o in objects):
            return True
    if not is_plan(anchor, tense):
        return False
    _, path = governing(anchor)
    if any(
        c.dep_ == "conj" and cancels(c, kb) and not elsewhere(c, anchor)
        for v in path
        for c in v.children
    ):
        return True
    heads = [v for v in path if v.i != anchor.i]
    pluperfect = any(c.lower_ == "had" and c.dep_ == "aux" for v in heads for c in v.children)
    return pluperfect and any(
        v.lemma_.lower() in FUTURE_HEADS | {"plan", "schedule"} for v in heads
    )


def subject_keys(subject, top, p: int, n: int, state: State, kb: Knowledge) -> list[str]:
    """The actors a clause's subject stands for, pronouns included: "Three opposition parties said
    they will …" (who said so), "It asked for …" (the body named last), "they resumed …" (the
    last subject that named several actors, a few sentences back at most)."""
    said = top.head if top.dep_ == "ccomp" and top.head.i != top.i else None
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None) if said else None
    own = state.token_keys.get((p, speaker.i)) if speaker is not None else None
    if speaker is not None and not own:
        named = resolve_holder(speaker, p, state, kb)  # "The opposition Free Democrats said …"
        own = named[0] if len(named) == 1 else None
    if speaker is not None and subject.lower_ in ("they", "it", "he", "she", "we"):
        # "The Socialist group on the council said it would …": the speaker, or no one.
        return [own] if own else []
    if subject.lower_ == "it":
        return body_before(subject, p, n, state)
    keys = resolve_holder(subject, p, state, kb, None, n)
    since, plural = state.last_plural
    if not keys and subject.lower_ == "they" and plural and n - since <= PLURAL_REACH:
        keys = list(plural)
    return keys


def body_before(it, p: int, n: int, state: State) -> list[str]:
    """The organisation, party or country an agentive "it" stands for: named earlier in its
    sentence ("The Kauri Party's opposition is not new: it voted …"), else in the sentence before;
    further back the body named last is a guess."""
    for x in reversed(it.doc[it.sent.start : it.i]):
        key = state.token_keys.get((p, x.i))
        if key and not key.startswith(("person:", "group:")):
            return [key]
    bodies = [m for m in state.mentions if m.sentence == n - 1 and m.kind in ("organisation", "party", "country")]  # fmt: skip
    return [bodies[-1].key] if bodies else []


PLURAL_REACH = 5  # sentences a "they" may look back for the actors it stands for


def remember_plural(sent, p: int, n: int, state: State, kb: Knowledge) -> None:
    """Keep the last subject that names two or more actors ("South Korea and Japan made …")."""
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON":
            keys = resolve_holder(t, p, state, kb)
            if len(keys) >= 2:
                state.last_plural = (n, keys)


def joined_names(keys: list[str], state: State) -> str:
    names = [last_mention(state, k).name for k in keys]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def plan_terms(anchor) -> frozenset[str]:
    """The words a later sentence may use for a planned happening: "will vote" → vote, "will hold a
    rally" → hold, rally; "the summit will take place" → summit."""
    terms = {anchor.lemma_.lower()}
    if anchor.dep_ == "acl":
        terms.add(anchor.head.lemma_.lower())  # "a vote scheduled for Thursday"
    for c in anchor.children:
        if c.dep_ == "dobj" or (c.dep_ in ("nsubj", "nsubjpass") and is_event_noun(c)):
            terms.add(c.lemma_.lower())
    return frozenset(terms - GENERIC_PLANS)


EARLIER_WORDS = {"previous", "earlier", "last", "former", "first", "past", "similar", "another"}
YEAR_RE = re.compile(r"\b\d{4}\b")
GENERIC_PLANS = {"plan", "it", "this", "that", "be", "have", "do", "make", "take", "decision", "move", "measure"}  # fmt: skip


def note_cancellations(sent, n: int, state: State, kb: Knowledge) -> None:
    """Remember what this sentence says was called off ("The rally has been cancelled")."""
    for t in sent:
        if not cancels(t, kb) or any(x.ent_type_ == "DATE" and YEAR_RE.search(x.text) for x in t.subtree):  # fmt: skip
            continue  # "a visit was cancelled in 2019": another one than the plan in view
        for c in t.children:
            earlier = any(m.lower_ in EARLIER_WORDS for m in c.children)
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and not earlier:
                state.called_off.append((n, c.lemma_.lower()))


def called_off_later(events: list[EventClaim], state: State) -> list[EventClaim]:
    """A plan that a later sentence of the article says was called off did not happen."""
    out = []
    for claim in events:
        terms = state.plan_terms.get(claim, frozenset())
        if claim.status == "planned" and any(
            n > claim.sentence and word in terms for n, word in state.called_off
        ):
            claim = replace(claim, status="did_not_happen")
        out.append(claim)
    return out


def named_subject(title: str, verb, p: int, n: int, state: State, kb: Knowledge) -> str:
    """ "They will submit a motion" → "Opposition parties will submit a motion": a title stands
    alone on the timeline, so a pronoun that opens it is replaced by the actors it stands for."""
    first, _, rest = title.partition(" ")
    if first.lower() not in ("they", "it", "he", "she") or not rest:
        return title
    top, _ = governing(verb)
    subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != first.lower():
        return title
    keys = subject_keys(subject, top, p, n, state, kb)
    if not keys and first.lower() == "they":
        return without_pronoun(title, top, kb)
    if not keys or (len(keys) > 1 and first.lower() != "they"):
        return title
    name = joined_names(keys[:4], state)
    return f"{name[:1].upper()}{name[1:]} {rest}"


def without_pronoun(title: str, verb, kb: Knowledge) -> str:
    """ "They resumed discussions" → "Discussions resumed", when no one "they" stands for is known
    and the verb can take its object as subject."""
    obj = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() not in kb.words("ergative_verbs") or len(obj) != 1:
        return title
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return title  # "They will resume talks": the plain form would change the tense
    words = title.split()
    said = f"{words[1]} {obj[0].text}"
    if len(words) != 3 or " ".join(words[1:]) != said:
        return title
    return f"{obj[0].text[:1].upper()}{obj[0].text[1:]} {words[1]}"


def event_actors(v, p: int, n: int, state: State, kb: Knowledge) -> list[str]:
    """Who did it: subjects, "by" agents and partners ("with", "between"), never the target of
    the act ("a motion to dismiss the minister"); an object counts only for verbs of meeting."""
    top, _ = governing(v) if v.pos_ != "NOUN" else (v, [v])
    keys: list[str] = []
    for verb in {top.i: top, v.i: v}.values():
        joint = verb.lemma_.lower() in kb.words("joint_verbs")
        for c in verb.children:
            targets = []
            if c.dep_ == "nsubj" and c.lower_ in ("they", "it", "he", "she", "we"):
                found = subject_keys(c, verb, p, n, state, kb)
                keys += [k for k in found if k not in keys]
                continue
            raised = c.dep_ == "nsubjpass" and any(x.dep_ == "xcomp" for x in verb.children)
            if c.dep_ in ("nsubj", "agent") or raised or (c.dep_ == "dobj" and joint):
                targets = [c]
                if c.lower_ in ("which", "who") and verb.dep_ == "relcl":
                    targets = [verb.head]
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by", "between")):
                targets = [x for x in c.children if x.dep_ == "pobj"]
            for target in targets:
                for k in resolve_holder(target, p, state, kb):
                    if k not in keys:
                        keys.append(k)
    return keys
