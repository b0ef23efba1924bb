"""Actors: correct spaCy's entities and turn every name, title, role and group in a sentence into a mention."""

from __future__ import annotations

import re
from functools import cache

from ..dates import MONTH_RE, WEEKDAY_RE
from ..knowledge import Knowledge, Region, knowledge, plain
from ..model import (
    Article,
    Mention,
)
from .state import (
    PEOPLE_SUFFIX_RE,
    Span,
    State,
    counts,
    cue_table,
    last_mention,
    phrase,
    quoted_tokens,
)

# The English words the model knows (filled in by load_nlp): what a capitalised word opening a
# sentence may be besides a name.
english_words: set[str] = set()


# Heads of bodies whose name may open with a demonym ("Chilean Growers' Union"); not those
# of government bodies, which "the Chinese Ministry of Commerce" names as the country's.
NAMED_BODY_HEADS = {"union", "association", "federation", "confederation", "chamber", "guild", "alliance", "society", "league", "institute", "foundation", "coalition", "network", "forum", "movement", "trust", "consortium"}  # fmt: skip


def fix_entities(doc, kb: Knowledge) -> list[Span]:
    """The model's entities, mended where it is known to go wrong on news text."""
    spans: list[Span] = []
    taken = 0  # an organisation's name extended over later entities ("… by Japan") owns them
    political = kb.words("political_words")
    remit = domain_words(kb)
    # (office's domain, name's start, name's end)
    titled = names_after_office(doc, kb) + names_after_title(doc, kb) + nicknamed(doc, kb)
    ents = [
        e for e in mend_conjoined(doc, kb) if not any(e[0] < b and a < e[1] for a, _, b in titled)
    ]
    ents = named_chambers(doc, ents, kb)
    royal = royal_names(doc, kb)
    ents = [
        e for e in ents if not (e[2] == "PERSON" and any(e[0] < b and a < e[1] for a, b in royal))
    ]
    for start, end, label in sorted(ents + [(a, b, "PERSON") for _, a, b in titled]):
        if label in ("PRODUCT", "WORK_OF_ART", "FAC", "ORG") and described_as_person(
            doc[start:end], kb
        ):
            label = "PERSON"  # "Ana Ferrer, director of …", a product to the model
        if end - start > 1 and doc[end - 1].text in ("'s", "’s"):
            end -= 1  # "Westmeath County Council's": the body, not its possession
        while (
            label == "ORG"
            and end - start > 1
            and end < len(doc)
            and doc[end - 1].lower_ in kb.words("title_words")
            and doc[end].is_title
            and (doc[end].lower_ in kb.words("title_words") or doc[end].ent_type_ == "PERSON")
        ):
            end -= 1  # "Port Board General" + "Manager Ann Lee": the title is the person's, not the body's
        if label == "FAC" and doc[end - 1].lower_ in kb.words("organisation_heads"):
            label = "ORG"  # "… County Council", a building to the model
        co = start and doc[start - 1].text == "Co." and not doc[start].is_sent_start
        if label in ("PERSON", "ORG") and co:  # not "… by McKinsey & Co. Ann Lee said …"
            start -= 1
        if label in ("PERSON", "ORG") and doc[start].text == "Co." and end - start > 1:
            label = "GPE"  # "Swords, Co. Dublin": an Irish county, not a company or a person
        if label in ("FAC", "ORG") and doc[end - 1].lower_ in kb.words("court_heads"):
            label = "ORG"  # "the Third Tribunal", a building to the model
            end = court_remit(doc, end, kb)
        if label not in ("PERSON", "ORG", "GPE", "NORP", "LOC") or start < taken:
            continue
        if (
            label in ("GPE", "LOC")
            and end - start > 1
            and doc[start].text.isupper()
            and is_acronym(doc[start].text)
            and not (kb.country(doc[start:end].text) or kb.region(doc[start:end].text))
        ):
            label = "ORG"  # "AFP Cordillera": a body whose name opens with its kind's acronym
        j = capitalised_from(doc, start, untagged=True)
        if j < start and j and doc[j - 1].is_lower and doc[j - 1].lower_ in kb.words("body_nouns"):
            start = j  # "polling firm Pulso" + "Ciudadano": the whole name after the kind
        if label == "GPE" and named_after_country(doc, start, end, kb):
            label = "ORG"  # "Rise Portugal", "Fair Share Portugal": a body, to the model a place
            # (a word or two the model left out, no more)
            start = capitalised_from(doc, start, floor=max(taken, start - 2))
        if not any(ch.isalpha() for ch in doc[start:end].text):
            continue  # "₹" in "₹900 crore": a currency sign, to the model a body
        text = doc[start:end].text
        if label == "ORG" and "/" in text and not any(ch.isupper() for ch in text):
            continue  # "130 km/h": a unit, to the model a body
        if text.lower() in kb.words("title_phrases") and end < len(doc) and doc[end].is_title:
            continue  # "Head of Government X": an office before a name, to the model a body
        if portfolio(doc, start, end, kb):
            continue  # "Budget chief X", "Housing critic Y": a portfolio, to the model a body
        offices = sorted(kb.words("title_phrases"), key=len, reverse=True)
        office = next((t for t in offices if text.lower().startswith(t + " ")), None)
        if (
            label == "ORG"
            and office
            and all(t.is_title for t in doc[start + len(office.split()) : end])
        ):
            start, label = start + len(office.split()), "PERSON"  # … or the office and the name
        if (
            label in ("GPE", "LOC")
            and end - start == 1
            and doc[start].text.isupper()
            and is_acronym(doc[start].text)
            and not kb.country(doc[start].text)
        ):
            label = "ORG"  # "The NTM now backs the ban": an unknown acronym is a body, not a place
        if (
            label in ("GPE", "LOC")
            and end - start == 1
            and start > 0
            and doc[start - 1].is_title
            and doc[start - 1].lower_ in kb.words("name_titles")
            and not kb.country(doc[start].text)
            and doc[start].text not in kb.demonyms
        ):
            label = "PERSON"  # "President Suharyo", a place to the model: one name after a title
        # "the Ministry of …": drop the determiner; "North Korea's": drop the possessive.
        while start < end and doc[start].lower_ in DETERMINERS:
            start += 1  # "all Green League members": the name is "Green League"
        if (
            end - start > 2
            and doc[start].is_sent_start
            and doc[start].lower_ in knowledge().words("opening_prepositions")
        ):
            start += 1  # "Without Coastal Green, the bill …": the sentence's, not the name's
        if label == "ORG" and doc[end - 1].text in ("'", "’"):
            end = plural_possessive_name(doc, end, kb)  # "Harbour Mayors'" + "Forum"
        elif (
            label in ("ORG", "NORP")
            and end < len(doc)
            and doc[end].text in ("'", "’")
            and doc[end - 1].lower_.endswith("s")
            and (longer := plural_possessive_name(doc, end + 1, kb)) > end + 1
        ):
            end, label = longer, "ORG"  # "Motorists" (a people, to the model) + "' League"
        if end - start > 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        while end - start > 1 and doc[end - 1].text in ("-", "–", "—", ","):
            end -= 1  # "… Nutrition Society -" before a closing dash: the dash is not the name's
        cut = next(
            (t.i for t in doc[start + 1 : end] if t.is_lower and t.lower_ in CLAUSE_OPENERS), None
        )
        if label == "ORG" and cut is not None:
            end = cut  # "the Federal Council" + "before the recess": a clause begins
        dated = next(
            (
                t.i
                for t in doc[start + 1 : end - 1]
                if t.lower_ in ("on", "in") and dated_by(t.nbor())
            ),
            None,
        )
        if label == "ORG" and dated is not None:
            end = dated  # "the Harbour Assembly on May 9": the date is not the name's
        placed = next(
            (
                t.i
                for t in doc[start + 1 : end - 1]
                if t.lower_ == "in"
                and (kb.country(doc[t.i + 1 : end].text) or kb.region(doc[t.i + 1 : end].text))
            ),
            None,
        )
        if label == "ORG" and placed is not None:
            end = placed  # "the Ministry of Water in Nairobi": where it sits is not its name
        if (
            label == "ORG"
            and start > 0
            and doc[start - 1].text in kb.demonyms
            and doc[start - 1].ent_type_ in ("", "NORP")
            and doc[end - 1].lower_ in NAMED_BODY_HEADS
        ):
            # "the Chilean Growers' Union": the demonym is part of a body's own name
            start -= 1
            spans = [x for x in spans if x.end <= start]
        bracket = next((t.i for t in doc[start + 1 : end] if t.text == "("), None)
        if bracket is not None:
            end = bracket  # "Alliance of Workers (AFW": the acronym in brackets is its own mention
        # Hyphenated names the model cuts short: "Moon Sang" + "-gyun".
        while (
            label in ("PERSON", "ORG")
            and end + 1 < len(doc)
            and doc[end].text in ("-", "‐")
            and doc[end - 1].whitespace_ == ""
            and doc[end].whitespace_ == ""
            and doc[end + 1].is_alpha
            and doc[end + 1].lower_ not in LED_BY  # "the FBP-led government": the FBP
        ):
            end += 2
        ranked = hyphenated_title(doc, start, kb)
        if ranked and label == "ORG" and 2 <= end - ranked <= 3:
            start, label = ranked, "PERSON"  # "Major-General Tevita Rokoua", one body to the model
        if (
            label == "ORG"
            and 3 <= end - start <= 4
            and doc[start].lower_ in kb.words("name_titles")
            and all(t.is_title for t in doc[start + 1 : end])
            and not any(is_org_word(t.lower_, kb) for t in doc[start + 1 : end])
        ):
            label = "PERSON"  # "Taoiseach Eamon Brody", a body to the model: a title and a name
        # "Ms Solberg", "Mrs Lind's": an honorific is not part of the name.
        if end - start > 1 and doc[start].lower_ in HONORIFICS and label in ("PERSON", "ORG"):
            label = "PERSON"  # the model calls "Ms Solberg" an organisation now and then
        while label == "PERSON" and end - start > 1 and doc[start].lower_ in HONORIFICS:
            start += 1
        while (
            label == "PERSON" and end - start > 2 and doc[start].lower_ in kb.words("title_words")
        ):
            start += 1  # "Administrator Michael Regan": the title is not the name
        inner = [
            t.i for t in doc[start : max(start, end - 2)] if t.lower_ in kb.words("title_words")
        ]
        if label == "PERSON" and inner:
            start = inner[-1] + 1  # "Hokkaido Gov. Tadashi Arima": a place, a title, the name
        # "Medical Federation" (a person to the model), "Educators United" (a place): a name that
        # ends in an organisation's head word is a body, whatever the model called it.
        if doc[end - 1].lower_ in body_heads(kb) and (
            (label == "PERSON" and end - start > 1)
            or (label in ("GPE", "LOC", "FAC") and not kb.country(doc[start:end].text))
        ):
            label = "ORG"  # also "the Eastern Cape High Court", a place to the model
        if (
            label == "PERSON"
            and end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and len(doc[end + 1].text) >= 2
            and doc[end + 1].text.isalpha()
            and doc[end + 1].text.isupper()
            and initialled(doc[end + 1].text, doc[start:end])
        ):
            # "Acción Vecinal Murciana (AVM)": a person has no acronym; "Ann Lee (WCP)" is her party
            label = "ORG"
        while end - start > 1 and doc[end - 1].lower_ in NAME_LINKS | {"on", "at", "in"}:
            end -= 1  # "Ana Ruiz of" + "the Policy Institute": the model took the link word too
            if (
                label == "ORG"
                and doc[end].lower_ == "of"
                and end + 1 < len(doc)
                and doc[end + 1].lower_ == "the"  # not "Coastal Gas of Perth"
                and 2 <= end - start <= 3
                and all(t.is_title and not is_org_word(t.lower_, kb) for t in doc[start:end])
                and doc[end - 1].lower_ not in body_heads(kb)
            ):
                label = "PERSON"  # … and called her a body: a name, then where she works
        of = next((t.i for t in doc[start + 1 : end] if t.lower_ == "of"), None)
        if label == "ORG" and of is not None and described_as_person(doc[start:of], kb):
            label, end = "PERSON", of  # "trade lawyer Ann Lee of Norton": the name ends at "of"
        if label == "ORG" and described_as_person(doc[start:end], kb):
            label = "PERSON"  # "Tom Hale, founder of …": an office or role names a person
        if label == "ORG" and end < len(doc):
            end = extend_org(doc, start, end, kb)
        if label == "ORG" and start >= 2:
            start = cause_name_start(doc, start, end, kb)
        if label == "ORG" and doc[end - 1].lower_ in kb.words("organisation_heads"):
            start = extend_org_left(doc, start, spans, kb)
        if names_a_document(doc, start, end, kb):
            continue  # "… (Minimum Unit Pricing) Amendment Bill": a law, not an actor
        if names_a_happening(doc, start, end, kb):
            continue  # "Cyclone Nora", "Exercise Kiwi Shield": a storm, a drill
        if label in ("ORG", "PERSON", "NORP") and names_a_place(doc, start, end, label, kb):
            label = "LOC"
        if label == "ORG" and end - start == 1 and doc[start].pos_ == "ADJ":
            continue  # "with Indigenous and coastal communities": a word for a kind, not a name
        if label == "ORG" and part_of_title(doc, end, kb):
            continue  # "Federal Energy" + "Minister Ann Lee": the office's domain, not a body
        if (
            label == "ORG"
            and end < len(doc)
            and doc[end].lower_ in ("ministry", "department")
            and not is_org_word(doc[end - 1].lower_, kb)  # "a World Health Organization department"
        ):
            continue  # "Coastal Affairs" + "ministry official": the ministry's remit
        if (
            label == "ORG"
            and not any(t.is_title for t in doc[start:end])
            and doc[end - 1].lower_ in kb.words("body_nouns")
            and end < len(doc)
            and doc[end].is_title
        ):
            continue  # "the youth umbrella group" + "Youth Voices": the name after it is the body
        start, label = after_long_title(doc, start, end, label, kb)
        while (
            label == "PERSON"
            and start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not doc[start - 1].ent_type_
            and (
                not doc[start - 1].is_sent_start
                # "Vo" + "Thi Mai Linh, a deputy …": the name's first word, opening the sentence
                or (
                    doc[start - 1].dep_ == "compound"
                    and start <= doc[start - 1].head.i < end
                    # "Convenor", "Businessman" + "Ann Lee": a word, not the name's
                    and not role_word(doc[start - 1].lower_, kb)
                    and doc[start - 1].lower_ not in english_words
                )
            )
            and doc[start - 1].lower_ not in kb.words("title_words") | HONORIFICS | remit
            and not kb.country(doc[start - 1].text)
            and doc[start - 1].text not in kb.demonyms
        ):
            start -= 1  # "Mayor of London Sadiq Khan": the model took only "Khan"
        if label in ("PERSON", "ORG", "GPE") and company_prefix(doc, start, end, kb):
            start, label = start - 1, "ORG"  # "PT Harbour Nikel": a company, to the model a person
        if (
            label == "NORP"
            and end < len(doc)
            and doc[end].is_title
            and doc[end].lower_ in kb.words("party_words")
        ):
            end += 1  # "Scottish" + "Conservatives": the party, not a people
        if label in ("NORP", "ORG") and doc[end - 1].lower_ in kb.words("party_words"):
            while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in political:
                start -= 1  # "Social" + "Democrats": the party's whole name
            if end - start > 1:
                label = "ORG"  # a party, not a people
        if start >= end:
            continue
        prev = spans[-1] if spans else None
        if (
            label == "PERSON"
            and prev is not None
            and prev.end == start
            and prev.end - prev.start == 1
            and doc[prev.start].is_title
            and (not kb.country(doc[prev.start].text) or after_title(doc, prev.start, kb))
            and doc[prev.start].text not in kb.demonyms
            and (
                (prev.label in ("GPE", "LOC", "NORP") and not doc[prev.start].is_sent_start)
                or (prev.label == "ORG" and not is_org_word(doc[prev.start].lower_, kb))
            )
        ):
            # "Fergal" (a place to the model) + "Moynihan", "Hamisi" (a body) + "Said
            # Kombo": one name
            start = spans.pop().start
        if label == "PERSON":
            end = name_tail(doc, start, end, kb)  # "Joseph Kamau Were,": not the verb
        # "Seoul Yasumasa Nagamine": a place run into a person's name.
        for cut in (1, 2, 3):
            head = doc[start : start + cut].text
            rest = doc[start + cut : end]
            if (
                kb.country(head)
                and not after_title(doc, start, kb)
                and 2 <= len(rest) <= 4
                and all(t.is_title for t in rest if t.is_alpha)
                and not any(
                    t.lower_ in kb.words("title_words") or is_org_word(t.lower_, kb) for t in rest
                )
                and rest[-1].lower_ not in kb.words("municipality_words")  # "Kampala City County"
            ):
                spans.append(Span(doc, start, start + cut, "GPE"))
                start, label = start + cut, "PERSON"
                break
        spans.append(Span(doc, start, end, label))
        taken = end
    spans = [local_body(doc, s, kb) for s in spans]
    spans += bracketed_acronyms(doc, spans)
    named = introduced_bodies(doc, spans, kb) + campaign_groups(doc, spans, kb)
    for more in (spelled_out(doc, spans), romance_names(doc, spans)):
        named += [x for x in more if not any(x.start < y.end and y.start < x.end for y in named)]
    spans = [s for s in spans if not any(s.start < b.end and b.start < s.end for b in named)]
    bodies = unlabelled_bodies(doc, spans + named, kb)
    spans = [s for s in spans if not any(s.start < b.end and b.start < s.end for b in bodies)]
    named = [s for s in named if not any(s.start < b.end and b.start < s.end for b in bodies)]
    people = titled_people(doc, spans + named + bodies, kb)
    return sorted(spans + named + bodies + people, key=lambda s: s.start)


def name_tail(doc, start: int, end: int, kb: Knowledge) -> int:
    """Where a person's name really ends: the capitalised words after the model's end, with the
    particles between them, when the name ends there ("Wanjiku Atieno" + "Okoth urged …",
    "Joseph Kamau" + "Were,", "Ana Brito" + "Sales Júnior,", "Rosa Lima" + "dos Reis")."""
    i = end
    # Two names the model cut apart ("Ana" + "Brandão Lima") join only if the first is all
    # name; not "Labour MSP" + "Ann Holt", nor "party leader" + "Ana Lima".
    whole = all(t.is_title for t in doc[start:end])
    while i < len(doc) and i - start < 6:
        t = doc[i]
        if t.lower_ in NAME_PARTICLES and i + 1 < len(doc) and more_name(doc[i + 1], kb, whole):
            i += 2
        elif more_name(t, kb, whole):
            i += 1
        else:
            break
    after = doc[i] if i < len(doc) else None
    return i if after is None or after.is_punct or after.is_lower else end


# Small words inside people's names: "Rosa Lima dos Reis", "Ursula von der Leyen".
NAME_PARTICLES = {"da", "das", "do", "dos", "de", "del", "della", "di", "du", "van", "von", "der",
                  "den", "ter", "bin", "binti"}  # fmt: skip


NAME_SUFFIXES = {"júnior", "junior", "jr", "neto", "filho", "sobrinho", "ii", "iii", "iv"}


def after_title(doc, i: int, kb: Knowledge) -> bool:
    """ "Senator Wellington" + "Lima Neto": a capital's name right after a title is a first name
    ("Ambassador to Seoul" + "Yasumasa Nagamine" is not)."""
    return i > 0 and doc[i - 1].lower_ in kb.words("title_words")


def more_name(t, kb: Knowledge, person_too: bool = False) -> bool:
    """A capitalised word mid-sentence that may go on a name: no title, day, month, known place
    or word of an organisation's name; or a generation's mark ("Júnior", "Neto", "Jr.")."""
    if t.lower_.rstrip(".") in NAME_SUFFIXES and not t.is_sent_start:
        return True
    return (
        t.is_title
        and t.is_alpha
        and not t.is_sent_start
        and t.ent_type_ in ("", "GPE", "LOC", *(("PERSON",) if person_too else ()))
        and not kb.country(t.text)
        and t.text not in kb.demonyms
        and t.lower_ not in kb.words("title_words") | HONORIFICS | CALENDAR_WORDS
        and not is_org_word(t.lower_, kb)
    )


CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jr", "sr",
}  # fmt: skip


def titled_people(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """ "Taoiseach Eamon Brody defended …", "said its director, Ann Rafter.": two or three
    capitalised words after an office's title, or in apposition to a role, which the model left
    untagged, are a person's name."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    titles = kb.words("title_words") | kb.words("role_nouns")
    out: list[Span] = []
    roles = kb.words("role_nouns") | kb.words("spokesperson_titles")
    for t in doc[:-2]:
        titled = is_name_title(t, kb)
        # "said its director, Ann Rafter.": a name in apposition to a role
        named = t.text == "," and t.i > 0 and doc[t.i - 1].lower_ in roles
        if not (titled or named) or t.i + 1 in covered:
            continue
        end, words = t.i + 1, 0
        while end < len(doc) and words < 4 and doc[end].is_title and doc[end].is_alpha:
            end, words = hyphen_end(doc, end + 1), words + 1
        run = doc[t.i + 1 : end]
        if (
            2 <= words <= 3
            and all(
                (x.pos_ == "PROPN" or x.text == "-") and x.i not in covered and not x.ent_type_
                for x in run
            )
            and not any(x.lower_ in titles or is_org_word(x.lower_, kb) for x in run)
            and not kb.country(run.text)
            and not names_a_document(doc, run.start, run.end, kb)
        ):
            # "Deputy Ana Pinheiro" + "da Rocha"
            out.append(Span(doc, run.start, name_tail(doc, run.start, run.end, kb), "PERSON"))
    return out


def introduced_bodies(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """ "Youth Voices Norland, an organisation of youth clubs, said …", "the climate coalition
    Warm Our Homes", "the City of Eastvale": capitalised words that the words around them call
    a group, a charity, a company, a city… name a body, whatever the model made of them (nothing,
    or a place at the end)."""
    out: list[Span] = [*named_after_kind(doc, spans, kb), *cities_of(doc, spans, kb)]
    for t in doc:
        if any(x.start <= t.i < x.end for x in out):
            continue
        if not (t.is_title and t.pos_ == "PROPN") or not any(
            c.dep_ == "appos" and (c.lower_ in kb.words("body_nouns") or based_trade(c, kb))
            for c in t.children
        ):
            continue
        start = t.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].dep_ in ("compound", "amod"):
            start -= 1
        if start >= 2:
            start = cause_name_start(doc, start, t.i + 1, kb)
        inside = [s for s in spans if s.start < t.i + 1 and start < s.end]
        if t.i - start < 1 or any(s.label == "PERSON" or s.start < start for s in inside):
            continue
        if kb.country(doc[start : t.i + 1].text) or (len(inside) == 1 and inside[0].start == start):
            continue  # a country, or a name the model already has whole
        out.append(Span(doc, start, t.i + 1, "ORG"))
    for x in called_bodies(doc, spans, kb):
        if not any(x.start < y.end and y.start < x.end for y in out):
            out.append(x)
    return out


def called_bodies(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """ "Streets Not Silos, a coalition of residents' groups, said …": a sentence that opens with
    capitalised words and then calls them a body, read by the words alone, for a name that the
    model parses as a clause of its own."""
    out = []
    for sent in doc.sents:
        end = sent.start
        while end < sent.end and (doc[end].is_title or doc[end].lower_ in ("of", "and", "for")):
            end += 1
        if end - sent.start < 2 or not doc[end - 1].is_title or end + 3 > len(doc):
            continue
        if doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
            continue
        kind = next(
            (x for x in doc[end + 2 : end + 5] if x.pos_ == "NOUN" and not noun_on(x)), None
        )
        if kind is None or kind.lower_ not in kb.words("body_nouns"):
            continue  # ("a union organiser" is a person)
        words = doc[sent.start : end]
        if any(x.ent_type_ in ("DATE", "TIME", "PERSON", "GPE") for x in words) or words[
            0
        ].pos_ in ("ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ"):
            continue  # "On Monday, a group of …", "Ghana, a country …"
        if any(s.start < end and sent.start < s.end and s.label != "ORG" for s in spans):
            continue
        out.append(Span(doc, sent.start, end, "ORG"))
    return out


def noun_on(t) -> bool:
    """Whether a noun goes on into another one ("union" in "a union organiser")."""
    return t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN")


def named_after_kind(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """ "the climate coalition Warm Our Homes": a name right after a noun for a kind of body,
    when the model tagged none of it."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lower_ not in kb.words("body_nouns") or t.i + 2 > len(doc):
            continue
        end = t.i + 1
        while end < len(doc) and (
            (doc[end].is_title and doc[end].ent_type_ not in ("DATE", "TIME", "PERSON"))
            or (
                doc[end].lower_ in ("for", "of", "and", "the")
                and end + 1 < len(doc)
                and doc[end + 1].is_title
            )
        ):
            end += 1
        if end - (t.i + 1) < 2 or any(s.start < end and t.i < s.end for s in spans):
            continue
        out.append(Span(doc, t.i + 1, end, "ORG"))
    return out


def cities_of(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """ "The City of Eastvale also welcomed it": a council named as its city, untagged."""
    out = []
    for t in doc[:-2]:
        nxt = doc[t.i + 2]
        if (
            t.is_title
            and t.lower_ in kb.words("municipality_words")
            and (doc[t.i + 1].lower_ == "of" and nxt.is_title and nxt.pos_ == "PROPN")
        ):
            end = t.i + 3
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if not any(s.start < end and t.i < s.end and s.label != "GPE" for s in spans):
                out.append(Span(doc, t.i, end, "ORG"))
    return out


ROYALS = {"king", "queen", "prince", "princess"}


def royal_names(doc, kb: Knowledge) -> list[tuple[int, int]]:
    """ "King's Cross", "Queen's Gardens": a place named for a royal, which the model may take for two
    people ("Queen" and "Gardens"); not "Queen's College", a body by its head word."""
    out = []
    for t in doc[:-2]:
        after = doc[t.i + 2]
        royal = t.lower_ in ROYALS and t.is_title and t.nbor().text in ("'s", "’s")
        if royal and after.is_title and not is_org_word(after.lower_, kb):
            out.append((t.i, t.i + 3))
    return out


def described_as_person(span, kb: Knowledge) -> bool:
    """A two- or three-word name in apposition with a person's role ("X, founder of …",
    "X, the group's director")."""
    roles = kb.words("role_nouns") | kb.words("spokesperson_titles") | kb.words("occupation_nouns")
    roles |= kb.words("counsel_nouns")
    words = [t for t in span if t.is_alpha]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    if any(t.text in ("'s", "’s") for t in span):
        return False  # "King's Cross, a spokesperson for …": a place's name, not a person's
    if any(is_org_word(t.lower_, kb) for t in words):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in kb.words("occupation_nouns"):
        return True  # "trade lawyer Tom Ekberg-Obi"
    if span.root.dep_ == "appos" and span.root.head.lower_ in roles:
        return True  # "its president, Hans-Peter Vogt,"
    doc, start, end = span.doc, span.start, span.end
    if (
        start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].is_lower
        and doc[start - 2].lower_ in roles
        and end < len(doc)
        and doc[end].text == ","
    ):
        return True  # "the city solicitor, Ann Lee, advised …", however the model parses it
    return any(c.dep_ == "appos" and c.lower_ in roles for c in span.root.children)


def part_of_title(doc, end: int, kb: Knowledge) -> bool:
    """Whether a name runs on into an office and the holder's name: "Federal Energy" before
    "Minister Ann Lee". A leader or chair is not an office here: "Green League leader Ann Lee"
    names the League."""
    # "Clean Air" + "and Coastal Economy Secretary Ann Lee": over the rest of a long domain
    while end + 1 < len(doc) and (doc[end].lower_ == "and" or doc[end].is_title):
        if doc[end].lower_ in kb.words("role_nouns"):
            break
        end += 1
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in kb.words("role_nouns")
        and doc[end].is_title
        and doc[end + 1].is_title
        and doc[end + 1].ent_type_ == "PERSON"
    )


def company_prefix(doc, start: int, end: int, kb: Knowledge) -> bool:
    """Whether a legal form written before a name ("PT", as printed) stands just before it: a
    name of two words or more, not a time zone after a clock time ("10 a.m. PT")."""
    return (
        start > 0
        and end - start >= 2
        and doc[start - 1].text in kb.lexicon["company_prefixes"]
        and not (
            start > 1 and (doc[start - 2].like_num or doc[start - 2].lower_ in ("a.m.", "p.m."))
        )
    )


def domain_words(kb: Knowledge) -> frozenset[str]:
    """The words of ministries' remits ("economic", "affairs"): never part of a person's name."""
    return frozenset(
        {w for phrase in kb.lexicon["ministry_domains"] for w in phrase.split()} - {"and"}
    )


def portfolio(doc, start: int, end: int, kb: Knowledge) -> bool:
    """ "Budget" in "Budget chief Ann Lee": a one-word remit before a title and a name."""
    return (
        end - start == 1
        and end + 1 < len(doc)
        and doc[start].lower_ in remit_words(kb)
        and doc[end].lower_ in kb.words("title_words") | {"critic"}
        and doc[end + 1].is_title
    )


def remit_words(kb: Knowledge) -> frozenset[str]:
    """Words a ministry's remit is made of ("Flood Defence", "Water Resources")."""
    return domain_words(kb) | kb.words("remit_words")


def named_chambers(doc, ents: list[tuple[int, int, str]], kb: Knowledge) -> list[tuple]:
    """The entities with each national chamber known by name ("the Bundesrat", "the Lok Sabha")
    as an organisation: the model calls them people, peoples or products, or leaves them out."""
    names = {n.lower() for n in kb.lexicon["parliaments"]} | kb.words("upper_houses")
    ents = [
        (a, b, "ORG" if doc[a:b].text.lower().removeprefix("the ") in names else label)
        for a, b, label in ents
    ]
    covered = {i for a, b, _ in ents for i in range(a, b)}
    for t in doc:
        for end in (t.i + 2, t.i + 1):
            if end <= len(doc) and t.is_title and doc[t.i : end].text.lower() in names:
                if not covered & set(range(t.i, end)):
                    ents.append((t.i, end, "ORG"))
                    covered.update(range(t.i, end))
                break
    return ents


def dated_by(t) -> bool:
    """Whether a word opens a date: "March", "Tuesday"."""
    return re.fullmatch(rf"{MONTH_RE}|{WEEKDAY_RE}", t.text) is not None


def plural_possessive_name(doc, end: int, kb: Knowledge) -> int:
    """The end of a name the model cut after a plural's apostrophe ("The Harbour Mayors'" +
    "Forum"): the capitalised words after it, up to an organisation's head word."""
    for k in range(end, min(end + 3, len(doc))):
        if not doc[k].is_title:
            break
        if doc[k].lower_ in kb.words("organisation_heads"):
            return k + 1
    return end


def hyphen_end(doc, i: int) -> int:
    """Past a hyphen that joins the word before `i` to a capitalised one ("Babafemi-Cole")."""
    while (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_title
    ):
        i += 2
    return i


def is_name_title(t, kb: Knowledge) -> bool:
    """A title written as one before a name: "Senator", "TD", "MSP"; not "senator"."""
    return (t.is_title or t.is_upper) and t.lower_ in kb.words("name_titles")


def names_after_title(doc, kb: Knowledge) -> list[tuple[int, int, int]]:
    """ "Premier Ann Dhaliwal said": two or three capitalised words after a person's title, which
    the model took for one or two organisations or a product, are the title holder's name."""
    out = []
    for t in doc[:-2]:
        if not is_name_title(t, kb):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        run = doc[t.i + 1 : end]
        labels = {x.ent_type_ for x in run}
        if (
            2 <= len(run) <= 3
            and labels & {"ORG", "PRODUCT", "WORK_OF_ART"}  # all untagged: see titled_people
            and labels <= {"ORG", "PRODUCT", "WORK_OF_ART", ""}
            and not any(
                is_org_word(x.lower_, kb) or x.lower_ in kb.words("title_words") for x in run
            )
            and not kb.country(run.text)
            and (
                end == len(doc) or not doc[end].is_title or doc[end].ent_type_ != run[-1].ent_type_
            )
        ):
            out.append((t.i, run.start, run.end))
    return out


def names_after_office(doc, kb: Knowledge) -> list[tuple[int, int, int]]:
    """ "Minister for Digital Affairs Jan Ole Berg said": the name after an office's domain.

    The model runs the domain into the name ("Digital Affairs Jan" + "Ole Berg"). The domain ends
    at its last domain word ("affairs", "health", "transport"); the two to four capitalised words
    after it, up to the verb, are the name. Each found as (domain's start, name's start, end).
    """
    domain = domain_words(kb)
    out = []
    for t in doc[:-3]:
        if t.lower_ not in kb.words("role_nouns") or doc[t.i + 1].lower_ not in ("for", "of"):
            continue
        run = []
        for x in doc[t.i + 2 :]:
            if x.ent_type_ in ("DATE", "TIME"):
                break
            # "Water and Rural Affairs", "Abdel" + "-" + "Fattah": the office and the name go on
            joined = x.text == "-" and not x.whitespace_ and run and not run[-1].whitespace_
            linked = x.lower_ in ("and", ",") and bool(run) and run[-1].ent_type_ != "PERSON"
            if not (x.is_title or joined or linked) or (
                (joined or linked) and not (x.i + 1 < len(doc) and doc[x.i + 1].is_title)
            ):
                break
            run.append(x)
        ends = [x.i for x in run[:-2] if x.lower_ in domain]
        if ends and any(x.lower_ in ("and", ",") for x in doc[ends[-1] + 1 : run[-1].i + 1]):
            continue  # "Minister of Finance and Ann Lee": two people, not one long office
        if ends and 2 <= run[-1].i - ends[-1] <= 4:
            out.append((t.i + 2, ends[-1] + 1, run[-1].i + 1))
    return out


def relabelled(ent, kb: Knowledge) -> str:
    """The model's label, mended where the words around a name say what it is: "Reserve Bank
    governor Lydia Park" (a facility to the model) is a person, "environmental group Zero" (a
    place to the model) a body."""
    label = ent.label_
    named = all(t.is_title and t.is_alpha for t in ent)
    if label not in ("GPE", "LOC", "FAC", "CARDINAL", "PERSON") or kb.country(ent.text):
        return label
    if label == "PERSON" and described_as_body(ent.root, kb):
        return "ORG"  # "Harbour Vapes, a Leeds-based e-cigarette maker, said …"
    if ent.start == 0:
        return label
    before = ent.doc[ent.start - 1]
    if label == "PERSON":  # "supermarket chain Lider", "environmental group Oceana Chile"
        return "ORG" if before.lower_ in kb.words("body_nouns") and before.is_lower else label
    if before.lower_ in kb.words("role_nouns") | kb.words("spokesperson_titles"):
        return "PERSON" if len(ent) > 1 and named and label != "CARDINAL" else label
    if before.lower_ in kb.words("body_nouns") and before.is_lower and named:
        return "ORG"
    return label


def hyphenated_title(doc, i: int, kb: Knowledge) -> int:
    """Where the name after a hyphenated title starting at i begins ("Major-General", "Vice-
    Admiral"), or 0 when there is none."""
    hyphened = i + 3 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
    return i + 3 if hyphened and doc[i : i + 3].text.lower() in kb.words("name_titles") else 0


def described_as_body(t, kb: Knowledge) -> bool:
    """Whether a name's apposition calls it a body: "Y, the green party in the coalition", "X,
    a Leeds-based e-cigarette maker"; not "Z, a film maker"."""
    return any(
        c.dep_ == "appos"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)
        and (c.lower_ in kb.words("body_nouns") or based_trade(c, kb))
        for c in t.children
    )


def based_trade(t, kb: Knowledge) -> bool:
    """ "a Leeds-based e-cigarette maker": a trade said of a firm, not of a person."""
    return t.lower_ in kb.words("trade_nouns") and any(
        d.lower_ == "based" and d.dep_ == "amod" for d in t.children
    )


def mend_conjoined(doc, kb: Knowledge) -> list[tuple[int, int, str]]:
    """The model's entities, with names cut at "and" or a comma put right.

    "Department of Fisheries and" + "Oceans": a name that ends in "and" goes on over the
    capitalised words after it. "Ministry of Trade, Industry and Fisheries and Fisheries" +
    "Oceans Canada": a name lists its domains with one "and"; a second one begins the next name.
    """
    ents = [(e.start, e.end, relabelled(e, kb)) for e in doc.ents]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(ents):
        start, end, label = ents[i]
        i += 1
        if label == "ORG":
            ands = [t.i for t in doc[start + 1 : end - 1] if t.lower_ in ("and", "&")]
            if len(ands) >= 2 and doc[ands[1] + 1].is_title:
                out.append((start, ands[1], label))
                start = ands[1] + 1
                nxt = ents[i] if i < len(ents) else None
                if nxt and nxt[0] == end + 1 and doc[end].lower_ in ("and", "&"):
                    end, i = nxt[1], i + 1  # "Fisheries" + "and" + "Oceans Canada"
            if doc[end - 1].lower_ in ("and", "&", ","):
                while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                    end += 1
                while i < len(ents) and ents[i][0] < end:
                    end, i = max(end, ents[i][1]), i + 1
            while end - start > 1 and doc[end - 1].lower_ in ("and", "&", ","):
                end -= 1
            if start >= 2 and doc[start - 1].lower_ == "and" and kb.country(doc[end - 1].text):
                # "Fisheries" + "and" + "Oceans Canada": a department named for its domains.
                if out and out[-1][1] == start - 1 and out[-1][1] - out[-1][0] == 1:
                    start = out.pop()[0]
                elif doc[start - 2].is_title and not doc[start - 2].ent_type_:
                    start -= 2
        out.append((start, end, label))
    return out


def local_body(doc, s: Span, kb: Knowledge) -> Span:
    """ "the Eastvale city assembly", "the Norton county assembly": a town's own council or
    assembly, written in lower case after the place, is a body, not the place."""
    if s.label not in ("GPE", "LOC") or kb.country(s.text):
        return s
    i = s.end
    if i < len(doc) and doc[i].lower_ in kb.words("municipality_words") | LOCAL_BODY_WORDS:
        i += 1
    if i < len(doc) and doc[i].lower_ in ("assembly", "council") and doc[i].is_lower:
        return Span(doc, s.start, i + 1, "ORG")
    if i > s.end and i < len(doc) and doc[i].lower_ == "government" and doc[i - 1].is_lower:
        return Span(doc, s.start, i + 1, "ORG")  # "the Eastvale city government"
    return s


LOCAL_BODY_WORDS = {"municipal", "metropolitan", "prefectural", "provincial", "regional", "state"}


def bracketed_acronyms(doc, spans: list[Span]) -> list[Span]:
    """ "the Lakeside Riders Association (LARA)": the acronym the model left untagged, so
    that it is defined for the body it follows."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [
        Span(doc, b + 1, b + 2, "ORG")
        for s in spans
        if s.label == "ORG"
        and (b := bracket_after(doc, s.end)) + 2 < len(doc)
        and doc[b].text == "("
        and doc[b + 2].text == ")"
        and b + 1 not in taken
        and is_acronym(doc[b + 1].text)
    ]


def bracket_after(doc, end: int) -> int:
    """Where the bracket after a name opens: right after it, or after the place it is for
    ("the Regional Planning Tribunal" + "for Liguria (TRP)"), which the acronym spans too."""
    k = end + 1
    if end < len(doc) and doc[end].lower_ in ("for", "of", "in"):
        while k < len(doc) and k <= end + 3 and doc[k].is_title:
            k += 1
        place = "".join(t.text[0] for t in doc[end + 1 : k]).upper()
        if k > end + 1 and k + 1 < len(doc) and doc[k].text == "(" and doc[k + 1].text != place:
            return k  # (not "BHP of Western Australia (WA)": the place's own acronym)
    return end


def bracket_owner(doc, bracket: int) -> int:
    """The last token of the name a bracket follows: the one right before it, or the one before
    the place the name is for, whose bracket bracket_after finds."""
    ends = range(max(bracket - 4, 1), bracket - 1)  # where "for", "of" or "in" may stand
    return next(
        (e - 1 for e in ends if not doc[e].is_title and bracket_after(doc, e) == bracket),
        bracket - 1,
    )


LED_BY = {"led", "backed", "run", "owned", "based", "funded", "controlled", "dominated", "aligned"}


def spelled_out(doc, spans: list[Span]) -> list[Span]:
    """ "The Kaveri Jan Party (KJP)", "the Federation of Coast Traders' Associations (FCTA)": a
    capitalised name whose initials spell the acronym in brackets after it is a body, whatever
    the model made of its words (nothing, or a place and a body)."""
    out: list[Span] = []
    for t in doc[1:-2]:
        if t.text != "(" or doc[t.i + 2].text != ")" or not is_acronym(doc[t.i + 1].text):
            continue
        letters = doc[t.i + 1].text.lower()
        start, initials = t.i, []  # (token index, initial), from the right
        while start > 0:
            w = doc[start - 1]
            if w.is_title or (w.is_upper and w.is_alpha):
                initials.append((w.i, w.lower_[0]))
            elif elided(w) and w.is_lower:
                initials.append((w.i, w.lower_[2]))  # "Parti de l'unité …": "u"
            elif w.is_lower and w.is_alpha and w.lower_ not in NAME_JOINERS and len(initials) < 5:
                # "Conseil québécois du détail (CQD)": names in French, Spanish or Italian keep
                # their adjectives and nouns in lower case, and the acronym spells them too.
                initials.append((w.i, w.lower_[0]))
            elif not (w.lower_ in NAME_JOINERS or w.text in ("-", "'", "’", "'s", "’s")):
                break
            start -= 1
        initials.reverse()
        # The name starts at the capital that the acronym's first letter stands for, as near the
        # bracket as its letters allow; every letter must stand for a word, in order.
        for k, (i, first) in reversed(list(enumerate(initials))):
            if (
                not doc[i].is_lower
                and first == letters[0]
                and spells(letters, [x for _, x in initials[k:]])
            ):
                if initials[-1][0] - i >= 1:
                    span = Span(doc, i, t.i, "ORG")
                    if not any(x.start == i and x.end == t.i and x.label == "ORG" for x in spans):
                        out.append(span)
                    if not any(x.start <= t.i + 1 < x.end for x in spans):
                        out.append(Span(doc, t.i + 1, t.i + 2, "ORG"))  # defined for the body
                break
    return out


# The small words inside a name that its acronym skips: "Alliance of …", "Samahang Bayan sa …",
# "Associação dos …", "Bündnis für …".
NAME_JOINERS = {"of", "and", "for", "the", "&", "on", "in", "o", "des", "la", "le", "y", "e", "et",
                "und", "für", "sa", "ng"} | NAME_PARTICLES  # fmt: skip


# French and Italian articles run into the next word: "l'unité", "d'abord".
ELIDED = {"l'", "d'", "l’", "d’"}


def elided(w) -> bool:
    return w.lower_[:2] in ELIDED and len(w) > 3


def romance_names(doc, spans: list[Span]) -> list[Span]:
    """ "The Collectif des pêcheurs de Dunmore", "the Mouvement citoyen pour la mer": a
    body named in French, Spanish, Portuguese or Italian, whose lower-case words and articles
    the model reads as a person, a stray noun or nothing."""
    quoted = {i for sent in doc.sents for i in quoted_tokens(sent)}  # "La rentrée s'est …"
    skip = quoted | {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    loanwords = knowledge().words("loanwords")
    kinds = knowledge().words("body_nouns")
    out: list[Span] = []
    for t in doc:
        if not t.is_title or not t.is_alpha or t.i in skip or (out and out[-1].end > t.i):
            continue
        if t.lower_ in DETERMINERS:
            continue
        if t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start:
            continue  # the name starts further left, or is an English one ("Harbour Guild des …")
        end, lower = t.i + 1, 0
        while end < len(doc) and end - t.i < 8:
            w = doc[end]
            if romance_particle(w):
                pass
            elif w.text == "-" and not w.whitespace_ and not doc[end - 1].whitespace_:
                pass  # "Lumière-du-Nord"
            elif not w.is_alpha or w.tag_ in VERB_TAGS or w.lower_ in loanwords or w.i in quoted:
                break
            elif w.is_lower and (w.is_stop or w.lower_ in kinds):
                break  # English again: "… de Dunmore, which is …", "Airport operator Aeropuertos …"
            elif w.is_lower:
                lower += 1
            end += 1
        while end > t.i + 1 and doc[end - 1].lower_ in ROMANCE_PARTICLES | {"per"}:
            end -= 1
        # A particle inside the name and a word in lower case: "Annelies de Wit" and "Banco de
        # Portugal" are all capitals, and the model names them itself; but after a noun for a
        # body ("the group Amici del Mare") the name is a body's, in capitals or not.
        inside = any(romance_particle(w) for w in doc[t.i : end])
        kind = t.i > 0 and doc[t.i - 1].is_lower and doc[t.i - 1].lower_ in kinds
        if inside and (lower or kind):
            out.append(Span(doc, t.i, end, "ORG"))
    return out


def romance_particle(w) -> bool:
    """ "de", "della", "l'Aria"; and Italian "per" before a name ("Medici per l'Acqua Pulita"),
    not in "per cent"."""
    if w.lower_ == "per":
        after = w.doc[w.i + 1] if w.i + 1 < len(w.doc) else None
        return after is not None and (elided(after) or after.is_title)
    return w.lower_ in ROMANCE_PARTICLES or elided(w)


# Articles and prepositions inside such names; not those English has too ("do", "a", "en").
ROMANCE_PARTICLES = {"de", "des", "du", "la", "le", "les", "pour", "et", "del", "della", "delle", "dei",
                     "degli", "di", "dos", "das", "da", "para", "por", "pela", "pelo", "au", "aux",
                     "sur"}  # fmt: skip
VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ", "VBP", "MD"}


def spells(letters: str, initials: list[str]) -> bool:
    """Whether an acronym's letters are the words' initials in order, first and last included
    ("FCTA" for Federation, Coast, Traders, Associations), with at most one word left out."""
    if not initials or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    j = 0
    for x in initials:
        if j < len(letters) and x == letters[j]:
            j += 1
    return j == len(letters) and len(initials) - len(letters) <= 1


def campaign_groups(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """ "Ohio Parents for Four Days", "Farmers Against the Levy": a campaign named for its
    people and its cause, which the model reads as a place and a date, or not at all."""
    out: list[Span] = []
    named = {i for s in spans if s.label in ("ORG", "PERSON") for i in range(s.start, s.end)}
    for t in doc:
        if t.i in named or not (t.is_title and t.tag_ in ("NNS", "NNPS") and people_noun(t, kb)):
            continue
        if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in ("for", "against"):
            continue
        if (
            singular(t.lower_) in knowledge().words("counsel_nouns")
            and doc[t.i + 2].lower_ == "the"
        ):
            continue  # "Lawyers for the Harbour Guild": the guild's lawyers, not a campaign
        end = t.i + 2
        while end + 1 < len(doc) and name_word(doc, end):
            end += 1
        if end == t.i + 2 or (out and out[-1].end > t.i):
            continue
        start = t.i
        before = doc[start - 1] if start else None
        if before is not None and before.is_title and before.ent_type_ in ("GPE", "LOC"):
            start -= 1  # "Ohio Parents for …": the place is part of the name
        out.append(Span(doc, start, end, "ORG"))
    return out


def name_word(doc, i: int) -> bool:
    """Whether a word goes on a capitalised name: "Five", "the" or "-" before a capital."""
    t, after = doc[i], doc[i + 1]
    joins = t.lower_ in ("the", "a", "of", "and") or (t.text == "-" and not doc[i - 1].whitespace_)
    return t.is_title or (joins and after.is_title)


def unlabelled_bodies(doc, spans: list[Span], kb: Knowledge) -> list[Span]:
    """Names of bodies the model did not tag at all: "The Brewers and Distillers Council called …"
    — capitalised words ending in an organisation's head word ("Council", "Federation")."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    remit = remit_words(kb)
    out: list[Span] = []
    for t in doc:
        if t.i in covered or not t.is_title or t.lower_ not in kb.words("organisation_heads"):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].i not in covered:
            continue  # the name goes on ("Council Tax"): not its head
        start = extend_org_left(doc, t.i, [], kb)
        # "the Harbour Women's Network", "the Clause 12 Citizens' Network", "the Small-Craft
        # Anglers' Union": over a possessive, a number or a hyphen inside the name
        # ("… Federation of Ontario" goes on past the head; "German …" is Germany's: left alone)
        further = t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"
        while (
            not further
            and start >= 2
            and (doc[start - 1].text in ("'s", "’s", "'", "’", "-") or doc[start - 1].like_num)
            and doc[start - 2].is_title
            and doc[start - 2].i not in covered
            and not doc[start - 2].is_sent_start
        ):
            start = extend_org_left(doc, start - 2, [], kb)
        if start > 0 and (kb.country(doc[start - 1].text) or doc[start - 1].text in kb.demonyms):
            # "the Kenya Anti-Smoking Network", "the West Norland Retail Association": a name
            # people gave their body has its country or region in it
            begin = start - 1
            while (
                begin > 0
                and doc[begin - 1].is_title
                and doc[begin - 1].lower_ not in DETERMINERS
                and begin - 1 not in covered
            ):
                begin -= 1
            own = (
                t.lower_ in knowledge().words("civil_heads")
                and begin >= 1
                and doc[begin - 1].lower_ == "the"
                and not any(i in covered for i in range(begin, start))
            )
            if not own:
                continue  # "German Federal Agency": the country's own agency, left to the model
            start = begin
        # "The Harbour Retail" (tagged) + "and Hospitality Chamber": one body named for two trades;
        # not "a deal between Acme Fisheries and Harbour Council", two bodies
        halves = [s for s in spans if start <= s.start and s.end + 1 < t.i]
        half = max(halves, key=lambda s: s.start, default=None)
        trades = half is not None and all(
            w.lower_ in remit for w in [doc[half.end - 1], *doc[half.end + 1 : t.i]]
        )
        inside = set()
        if (
            trades
            and joined_half(doc, half, half.end, kb)
            and not covered & set(range(half.end, t.i))
        ):
            start, inside = half.start, set(range(half.start, half.end))
        # Not into another name: "the Growers Union and Fields United" are two bodies.
        while start < t.i and (
            any(i in covered - inside for i in range(start, t.i)) or not doc[start].is_title
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
    while start > 0:
        prev = doc[start - 1]
        tagged = bool(spans) and spans[-1].start == start - 1 == spans[-1].end - 1
        if prev.is_sent_start and not (tagged and spans[-1].label in ("GPE", "LOC")):
            break  # a capital that only opens the sentence, unless the model named a place
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
            if joined_half(doc, spans[-1], start, kb):
                return spans.pop().start  # "Sendai Hotel" + "and Inn Association": one body
            if spans[-1].label not in ("GPE", "NORP", "LOC") or spans[-1].end - spans[-1].start > 1:
                break
            spans.pop()
        start -= 1
    while doc[start].lower_ in ("and", "&"):
        start += 1  # "… Union and Fields United": the "and" joined two names, it began none
    return start


def joined_half(doc, span: Span, start: int, kb: Knowledge) -> bool:
    """Whether a body the model tagged just before "and" is the first half of one name: it ends
    in no head word of its own ("Hotel and Inn Association", not "Farmers Union and …")."""
    return (
        span.label == "ORG"
        and doc[start].lower_ in ("and", "&")
        and not is_org_word(doc[span.end - 1].lower_, kb)
        and doc[span.end - 1].lower_ not in kb.words("party_words")
    )


def capitalised_from(doc, start: int, floor: int = 0, untagged: bool = False) -> int:
    """Where the capitalised words just before `start` begin, not before `floor`, nor over a
    sentence's first word (`untagged`: nor over a word the model tagged)."""
    while (
        start > floor
        and doc[start - 1].is_title
        and not doc[start - 1].is_sent_start
        and not (untagged and doc[start - 1].ent_type_)
    ):
        start -= 1
    return start


def named_after_country(doc, start: int, end: int, kb: Knowledge) -> bool:
    """ "Rise Portugal", "Statistics Norway": a name of words before a country's that is no
    place ("Northern Ireland", "Greater Nigeria") is a body's."""
    text = doc[start:end].text
    words = [t.lower_ for t in doc[start : end - 1]]
    return (
        end - start >= 2
        and getattr(kb.country(doc[end - 1].text), "name", None) == doc[end - 1].text  # no capital
        and not (kb.country(text) or kb.region(text))
        and not set(words) & kb.words("place_prefixes")
        and not any(kb.country(t.text) or kb.region(t.text) for t in doc[start : end - 1])
        and all(t.is_title for t in doc[start:end])
    )


STREET_LEADS = {"in", "of", "on", "at", "along", "near", "off", "into", "the", "from", "to", "for",
                "outside", "across", "through", "around", "towards", "down", "past"}  # fmt: skip


def names_a_happening(doc, start: int, end: int, kb: Knowledge) -> bool:
    """ "Exercise Kiwi Shield"; "damaged by Cyclone Nora", a storm after a word that says what
    it did or when; not "Hurricane Energy said", "Storm Huntley wrote"."""
    first = doc[start]
    if end - start < 2 or not first.is_title or first.lower_ not in kb.words("happening_words"):
        return False
    if first.lower_ == "exercise":
        return True
    return start > 0 and doc[start - 1].lower_ in STORM_LEADS


def facility(t, kb: Knowledge) -> bool:
    """ "library", or "community" in "community centre": a building or ground, named before."""
    facilities = kb.words("facility_nouns")
    if t.dep_ == "compound":  # "the Elmdale school board": a body named for its place
        return t.head.lower_ in facilities
    return t.lower_ in facilities


STORM_LEADS = {"by", "after", "from", "during", "before", "since", "when", "as", "that", "following", "amid"}  # fmt: skip


def names_a_place(doc, start: int, end: int, label: str, kb: Knowledge) -> bool:
    """ "Crosstown Boulevard", "Harbour Grace", "the Allegheny and Monongahela rivers", "In
    Norton, the mayor said …": a street, a building, a river or a town, not an actor."""
    places = kb.words("place_words")
    words = [t.lower_ for t in doc[start:end]]
    head = name_head(" ".join(words))
    if is_org_word(head, kb) or kb.country(doc[start:end].text):
        return False  # "Committee on Forests and Rivers", "Downing Street" (the government)
    if head in places or words[0] in places:
        return True
    before = doc[start - 1] if start > 0 else None
    if label != "PERSON" and head in kb.words("place_heads"):
        return True  # "Karaka Military Camp"
    if (
        end - start > 1
        and words[0] in kb.words("street_prefixes")
        and before is not None
        and before.lower_ in STREET_LEADS
    ):
        return True  # "the cafés of Via Roma"
    j = end
    if j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].is_title:
        j += 1
        while j < len(doc) and doc[j].is_title:
            j += 1  # "the Allegheny and Monongahela rivers"
    if (
        j < len(doc)
        and doc[j].lower_ in places
        and (not doc[j].is_title or doc[j].lower_ == "area")
    ):
        return True  # ("the Greater Norton" + "Area": the model's name cut before its head)
    if j < len(doc) and not doc[j].is_title and facility(doc[j], kb):
        return True  # "at the Westmoor library"
    possessive = end < len(doc) and doc[end].text in ("'s", "’s", "'", "’")
    if label == "PERSON" and before is not None and before.lower_ in ("in", "at", "near", "into"):
        return not possessive  # "docked in Harbour Grace", but not "at Kim's request"
    if start >= 2 and before.lower_ == "of" and doc[start - 2].lower_ in kb.words("place_titles"):
        return True  # "the mayor of Norton"
    people = kb.words("title_words") | kb.words("group_nouns") | kb.words("chamber_members")
    if (
        label == "PERSON"
        and start >= 2
        and before.lower_ == "from"
        and doc[start - 2].lower_ in people
        and not possessive  # "a spokesman from Tom Hale's office"
    ):
        return True  # "a deputy from Binh Dinh": where she sits for, not a person
    if (
        label == "PERSON"
        and before is not None
        and before.lower_ in ("the", "a", "an")
        and end < len(doc)
        and doc[end].is_lower
        and doc[end].lower_ in people
    ):
        return True  # "the Binh Dinh deputy"
    # "In Norton, Mayor Ann Lie said …": a place set before the sentence.
    return (
        before is not None
        and before.lower_ == "in"
        and before.is_sent_start
        and end < len(doc)
        and doc[end].text == ","
        and end - start == 1
        and not is_acronym(doc[start].text)
        and not is_org_word(doc[start].lower_, kb)
    )


def after_long_title(doc, start: int, end: int, label: str, kb: Knowledge) -> tuple[int, str]:
    """ "Minister of Fisheries and" + "Ocean Policy Anna Lund": the model took the end of a
    long title for part of the name. The name is the last two words (three with an initial)."""
    if label not in ("ORG", "PERSON") or end - start < 3 or start < 3:
        return start, label
    if doc[start - 1].lower_ not in ("and", "of", ","):
        return start, label
    i = start - 1
    while i > 0 and (doc[i].is_title or doc[i].lower_ in ("of", "and", ",")):
        if doc[i].lower_ in kb.words("role_nouns") and doc[i + 1].lower_ == "of":
            break
        i -= 1
    if doc[i].lower_ not in kb.words("role_nouns") or doc[i + 1].lower_ != "of":
        return start, label
    tail = doc[start:end]
    if any(is_org_word(t.lower_, kb) for t in tail) or not all(t.is_title for t in tail):
        return start, label
    name = 3 if re.fullmatch(r"[A-Z]\.", doc[end - 2].text) else 2
    return end - name, "PERSON"


def names_a_document(doc, start: int, end: int, kb: Knowledge) -> bool:
    """Whether the name, or the capitalised run it opens, ends in "Bill", "Act", "Treaty"…, or is
    one numbered ("Bill 1190")."""
    docs = kb.words("document_words")
    if any(t.like_num for t in doc[start:end]) and any(
        t.is_title and t.lower_ in docs for t in doc[start:end]
    ):
        return True
    last, j = doc[end - 1], end
    while j < len(doc) and j < end + 8 and (doc[j].text in ("(", ")", "-") or doc[j].is_title):
        last, j = doc[j], j + 1
    return last.is_title and last.lower_ in kb.words("document_words")


DETERMINERS = {"the", "a", "an", "all", "both", "every", "each"}
# Words in lower case that open a clause, never a name's own: "the National Assembly before …".
CLAUSE_OPENERS = {"before", "after", "until", "since", "while", "when", "because", "unless", "than"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "madam", "shri", "sri", "smt", "smt.", "shrimati", "thiru", "tmt"}  # fmt: skip
NAME_LINKS = {"by", "for", "of", "against", "and", "the"}


def cause_name_start(doc, start: int, end: int, kb: Knowledge) -> int:
    """ "Parents for" + "Safe Streets": a campaign named "<People> for <cause>" the model began
    at the cause. A capital that opens a sentence proves little: it takes a plural ("Parents",
    "Doctors") or an apposition after the name."""
    link, first = doc[start - 1], doc[start - 2]
    if link.lower_ not in ("for", "against") or not first.is_title or first.ent_type_:
        return start
    if first.lower_ in kb.words("title_words") or first.pos_ not in ("NOUN", "PROPN"):
        return start
    if (
        first.is_sent_start
        and first.tag_ not in ("NNS", "NNPS")
        and not (end < len(doc) and doc[end].text == ",")
    ):
        return start
    return start - 2


def initialled(acronym: str, name) -> bool:
    """Whether an acronym may stand for a name: its first and last letters are the name's first
    and last words' ("Klimaforum Tirol (KFT)"), not another's ("Ann Lee (WCP)", her party)."""
    words = [t.text for t in name if t.is_title]
    return bool(words) and acronym[0] == words[0][0] and acronym[-1] == words[-1][0]


def court_remit(doc, end: int, kb: Knowledge) -> int:
    """ "Tribunal" + "in Fiscal Matters": a court named for the cases it hears, not a
    court in a place ("the Court in Leipzig")."""
    if end >= len(doc) or doc[end].lower_ not in ("in", "for"):
        return end
    k = end + 1
    while k < len(doc) and doc[k].is_title:
        k += 1
    return k if k > end + 1 and doc[k - 1].lower_ in kb.words("court_remits") else end


def extend_org(doc, start: int, end: int, kb: Knowledge) -> int:
    """The end of a long formal name the model cut at a preposition.

    "Council for the Women Drafted for Military Sexual Slavery" + "by Japan": a name that already
    runs on with a preposition ("… for …") goes on while the words after the next preposition are
    capitalised name words. A short name ("Samsung") is never extended: "sued by Apple" is a verb.
    """
    inner = {t.lower_ for t in doc[start + 1 : end]}
    # "Danish Agency" + "for Digital Government": an agency or council is named for its remit.
    if not inner & (NAME_LINKS - {"the", "and"} | {"on"}) and doc[end - 1].lower_ not in kb.words(
        "organisation_heads"
    ):
        return end
    i = end
    remit = remit_words(kb)
    org_heads = body_heads(kb)
    while i < len(doc) and (doc[i].lower_ in NAME_LINKS - {"the"} or listed_remit(doc, i, remit)):
        # "Ministry of Coastal Affairs" + "and Flood Defence": a remit of two parts; not
        # "… and the Central Bank", "… and Kenya"
        j = i + 1
        while j < len(doc) and doc[j].lower_ in ("the", "a", "an") and doc[i].lower_ != "and":
            j += 1  # "Alliance for a Smoke-Free Harbour"
        if doc[i].lower_ == "and" and j < len(doc) and doc[j].lower_ == "the":
            j += 1  # "… on Climate, Energy" + "and the Environment": a remit, checked below
        k = j
        while k < len(doc) and doc[k].ent_type_ not in ("DATE", "TIME"):
            hyphen = doc[k].text == "-" and not doc[k - 1].whitespace_ and k + 1 < len(doc)
            if not (doc[k].is_title or (hyphen and doc[k + 1].is_title and k > j)):
                break
            k += 1
        if (
            k == j
            or (
                doc[i].lower_ in ("and", ",")
                and (
                    "and" in {t.lower_ for t in doc[start:i]}  # "Culture, Science and Trade": whole
                    or not inner & {"of", "for", "on"}  # "X Council" + "and Y": two bodies
                    or k - j > 3
                    # a remit's words only: not "… of Defense and Lockheed Martin", "… and Governor X"
                    or not all(x.lower_ in remit for x in doc[j:k])
                )
            )
            # "an appeal by X Holdings" + "against Y County Council": another body
            or (doc[i].lower_ in ("against", "by") and doc[k - 1].lower_ in org_heads)
        ):
            break
        i = end = k
    return end


def listed_remit(doc, i: int, remit: frozenset[str]) -> bool:
    """ "Department of Enterprise" + ", Tourism and Employment": a comma that goes on listing
    the remit, up to its "and"."""
    if doc[i].text != ",":
        return False
    k = i + 1
    while k < len(doc) and doc[k].is_title and doc[k].lower_ in remit:
        k += 1
    return k > i + 1 and k < len(doc) and doc[k].lower_ in ("and", ",")


def is_party_name(low: str, kb: Knowledge) -> bool:
    """ "Justice Party", "Christian Democratic Union" are parties; "Farmers Union" is not."""
    words = low.replace("’", "'").split()
    if words[-1] in kb.words("party_words") or words[0] in kb.words("party_words_first"):
        return True
    return words[-1] in kb.words("party_heads_if_political") and bool(
        set(words) & kb.words("political_words")
    )


def role_word(word: str, kb: Knowledge) -> bool:
    """A word for what someone does: "convenor", "analyst", "senator"."""
    return word in kb.words("spokesperson_titles") | kb.words("occupation_nouns") | kb.words(
        "name_titles"
    )


def body_heads(kb: Knowledge) -> frozenset[str]:
    """Last words of a body's name: an organisation's ("Council", "Union") or a court's."""
    return kb.words("organisation_heads") | kb.words("court_heads")


def is_org_word(word: str, kb: Knowledge) -> bool:
    return (
        word in kb.lexicon["government_bodies"]
        or word in kb.words("party_words")
        or word in kb.words("organisation_heads")
    )


def nicknamed(doc, kb: Knowledge) -> list[tuple[int, int, int]]:
    """'Senator Ana "Benny" Cruz': a name with a nickname in quotes, which the model cuts in two
    (the span's text leaves the nickname out)."""
    found = []
    for i, t in enumerate(doc):
        if t.text not in ('"', "“") or i == 0:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].is_title:
            j += 1
        if j == i + 1 or j + 1 >= len(doc) or doc[j].text not in ('"', "”"):
            continue
        start, end = i, j + 1
        while start > 0 and given_name_word(doc[start - 1], kb):
            start -= 1
        while end < len(doc) and given_name_word(doc[end], kb):
            end += 1
        if start < i and end > j + 1:
            found.append((start, start, end))
    return found


def given_name_word(t, kb: Knowledge) -> bool:
    """A capitalised proper noun that is no title: a word of a person's name."""
    return t.is_title and t.pos_ == "PROPN" and t.lower_ not in kb.words("title_words")


def person_key(name: str) -> str:
    """ "John F. Kennedy" and "John Kennedy" are one person: a middle initial is not in the key,
    nor are accents."""
    words = plain(name).replace("‐", "-").lower().split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not re.fullmatch(r"\w\.?", w)), words[-1]]
    return "person:" + " ".join(words)


def untagged_bodies(docs: list, spans_by_doc: list[list[Span]]) -> list[list[Span]]:
    """Each paragraph's names, and the names of bodies the model tagged in one sentence of the
    article but left untagged in another ("EirGrid said it supported …"), word for word."""
    # (not a one-word name of a common shape: "Government" at a sentence's start)
    names = {
        tuple(t.text for t in s.tokens)
        for spans in spans_by_doc
        for s in spans
        if s.label == "ORG" and (s.end - s.start > 1 or any(ch.isupper() for ch in s.text[1:]))
    }
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):  # the longest name first, always
        by_first.setdefault(name[0], []).append(name)
    out = []
    for doc, spans in zip(docs, spans_by_doc, strict=True):
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = list(spans)
        for i in range(len(doc)):
            for name in by_first.get(doc[i].text, ()):
                end = i + len(name)
                if (
                    end <= len(doc)
                    and tuple(t.text for t in doc[i:end]) == name
                    and not taken & set(range(i, end))
                    and not (end < len(doc) and doc[end].is_title)  # part of a longer name
                    and not (i and doc[i - 1].is_title and not doc[i - 1].is_sent_start)
                ):
                    found.append(Span(doc, i, end, "ORG"))
                    taken |= set(range(i, end))
        out.append(sorted(found, key=lambda s: s.start))
    return out


def collect_people(spans_by_doc: list[list[Span]], state: State) -> None:
    """Full names in the article, so that a later "Kim" or "Abe" finds its person, and who is
    titled a region's head anywhere in it ("the Holt government" before "Premier Ann
    Holt")."""
    kb = knowledge()
    for spans in spans_by_doc:
        for s in spans:
            if s.label == "PERSON" and len(s.text.split()) >= 2:
                key = person_key(s.text)
                parts = s.text.split()
                for part in (parts[0], parts[-1]):
                    state.people.setdefault(part, key)
                role, country = title_before(s, kb)
                before = s.doc[max(0, s.start - 3) : s.start].text.lower()
                if (
                    role
                    and role.lower() in kb.words("region_head_titles")  # not "Chinese Premier"
                    and country is None
                    and not re.search(r"\b(?:former|then)\b", before)
                ):
                    state.region_heads.add(key)


OPPOSITION_NAMES = ("opposition", "state opposition")  # what the model tags for "the Opposition"


def opposition_party(spans_by_doc: list[list[Span]], kb: Knowledge) -> tuple[str, str, str] | None:
    """(key, name, kind) of the one party the article calls the opposition: "the opposition Liberal
    Alliance", "the Harbour Party opposition", or the party named where the Opposition Leader
    speaks ("Opposition Leader Ann Lee said the Harbour Party would …")."""
    found = set()
    for spans in spans_by_doc:
        for s in spans:
            if s.label != "ORG" or s.text.lower() in OPPOSITION_NAMES:
                continue
            doc, text = s.doc, s.text
            before = doc[s.start - 1] if s.start > 0 else None
            after = doc[s.end] if s.end < len(doc) else None
            sent = doc[s.start].sent.text.lower()
            leader = "opposition leader" in sent or "leader of the opposition" in sent
            if not (
                text.lower().startswith("opposition ")
                or (before is not None and before.lower_ == "opposition")
                or (
                    after is not None
                    and after.lower_ == "opposition"
                    and s.tokens.root.head == after
                )
                or (leader and is_party_name(text.lower(), kb) and leads_or_acts(s))
            ):
                continue
            name = re.sub(r"^(?:the\s+)?opposition\s+", "", text, flags=re.I)
            kind = "party" if is_party_name(name.lower(), kb) else "organisation"
            found.add((f"{kind[:3]}:{name.lower()}", name, kind))
    return found.pop() if len(found) == 1 else None


def leads_or_acts(s: Span) -> bool:
    """ "… said the Harbour Party would repeal it", "… who took over the Harbour Party":
    the leader's own party, not one attacked ("accused the Labor Party of …")."""
    root = s.tokens.root
    return root.dep_ in ("nsubj", "nsubjpass") or (
        root.dep_ == "dobj" and root.head.lemma_.lower() in ("lead", "head", "take", "run")
    )


def cabinet_members(t, kb: Knowledge) -> bool:
    """A bare "ministers" acting or speaking; not "EU ministers", "finance ministers of the G7"."""
    return (
        t.lower_ in kb.words("cabinet_nouns")
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and all(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    )


def lone_surname(t, state: State, kb: Knowledge) -> bool:
    """ "Lunde said …": a name part of a person named in full before, speaking or taking a
    stance on their own (not "Per Arne contributed reporting"), which the model did not tag."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return (
        t.is_title
        and not t.ent_type_
        and t.dep_ == "nsubj"
        and t.text in state.people
        and not (before is not None and before.is_title and before.pos_ == "PROPN")
        and (
            t.head.lemma_.lower() in kb.words("reporting_verbs")
            or t.head.lemma_.lower() in cue_table()[0]
        )
    )


def last_name(state: State, key: str) -> str:
    """The name a person key was last mentioned by in full, or the key's own words."""
    full = [m.name for m in state.mentions if m.key == key and len(m.name.split()) > 1]
    return full[-1] if full else key.removeprefix("person:").title()


def name_head(name: str) -> str:
    """The noun a name is about: "council" in "Korean Council for the Women …", not "women"."""
    words = name.lower().split()
    for i, w in enumerate(words[1:], 1):
        if w in NAME_LINKS | {"on"}:  # "Standing Committee on Fisheries and Oceans"
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
    return "surname:" + plain(word).replace("‐", "-").lower()


def is_group_noun(t, kb: Knowledge) -> bool:
    return t.lower_ in kb.words("group_nouns") and t.tag_ in ("NNS", "NNPS")


def recent_person(word: str, state: State) -> str | None:
    """A lone "Kim" is the Kim named most recently, not the first one in the article."""
    for m in reversed(state.mentions):
        if m.kind == "person" and len(m.name.split()) > 1 and word in m.name.split():
            return m.key
    return None


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
    outlets = outlet_names(article.outlet or "", kb)
    for s in spans:
        text = s.text
        if names_outlet(text.lower(), outlets):
            continue  # the page's own site, whatever the model calls it
        if s.label == "PERSON" and all(t.lower_ in kb.words("title_words") for t in s.tokens):
            continue  # "the CS said": a title alone, not a name
        if (
            s.label == "ORG"
            and is_group_noun(s.tokens[-1], kb)
            and not any(t.lower_ in NAME_LINKS for t in s.tokens)
            and s.tokens[-1].lower_ not in kb.words("party_words")  # "the Scottish Conservatives"
        ):
            continue  # "Environmental groups" at a sentence start: a group, found below
        used.update(range(s.start, s.end))
        if short := short_name(s, p, state):  # "a new National Harbour Company, Harbco, …"
            state.acronyms[text] = short
            add(state, p, s.tokens, Mention(n, text, text, last_mention(state, short).kind, short))
            continue
        if s.label == "PERSON" and len(s.tokens) == 1 and is_acronym(text):
            s = Span(s.doc, s.start, s.end, "ORG")  # "DfT", "TfL": an acronym, not a name
        elif s.label == "ORG" and len(s.tokens) == 1 and text in state.people:
            s = Span(s.doc, s.start, s.end, "PERSON")  # "Lind said": the model's ORG is a surname
        country = kb.country(text)
        seat = seat_of(text, state, kb)
        if seat:
            add(state, p, s.tokens, Mention(n, text, seat.name, seat.kind, seat.key))
            continue
        if state.region and s.label == "ORG" and text.lower().removeprefix("the ") in REGION_WORDS:
            governing = state.region  # "the State will set up a fund" (Indian English)
        else:
            governing = region_in_name(GOVERNMENT_NAME_RE, text, kb)
        if governing:
            add(state, p, s.tokens, region_government_mention(n, text, governing))
            continue
        name = text.removeprefix("the ").removeprefix("The ")
        if own := kb.lexicon["parliaments"].get(name):  # "the Folketing": Denmark's
            add(state, p, s.tokens, Mention(n, text, name, "organisation", f"parliament:{own}"))
            continue
        sitting = region_in_name(LEGISLATURE_NAME_RE, text, kb)
        if sitting:
            key = f"parliament:{sitting.name}"
            add(
                state, p, s.tokens, Mention(n, text, text.removeprefix("the "), "organisation", key)
            )
            continue
        region = kb.region(text)
        if state.region and text == state.region.name:
            region = state.region  # the capital whose own policy this is: its government
        if region and (region == state.region or not country):
            root = s.tokens.root
            if governs(root, region, state, kb):
                add(state, p, s.tokens, region_government_mention(n, text, region))
            elif root.dep_ == "compound" and root.head.lower_ in kb.words("title_words"):
                # "Manitoba Premier Ann Holt": her "province" is Manitoba's.
                mention = region_government_mention(n, text, region)
                add(state, p, s.tokens, mention)
                state.last_by_head["<region>"] = mention.key
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
        if s.label == "NORP" and text.split()[-1].lower() in kb.words("party_words"):
            # "Republicans", "the Scottish Conservatives": a party's people, named as the party.
            name = re.sub(r"^(?:the|The)\s+", "", text)
            add(state, p, s.tokens, Mention(n, text, name, "party", f"par:{name.lower()}"))
            continue
        if len(s.tokens) == 1 and s.label != "NORP" and plural_demonym(text, s.tokens[0].tag_, kb):
            used.discard(s.start)
            continue  # "Danes", a body to the model: the people, found below
        if s.label == "NORP":
            people = plural_demonym(text, s.tokens.root.tag_, kb)
            if people:
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
            if len(words) == 2 and words[0].lower() in kb.words("title_words"):
                words = words[1:]  # "CS Holt", "Sen. Holt": a short title before a surname
            if len(words) == 1:
                # A lone word with no full name here ("Solberg", or "Musudan", a missile) is left
                # to resolve, which looks for the full name in the other articles.
                before = s.doc[s.start - 1].lower_ if s.start > 0 else ""
                titled = before in kb.words("name_titles") and before not in HONORIFICS
                key = (
                    recent_person(words[0], state)
                    or state.people.get(words[0])
                    # "President Suharyo": a one-name person, unless resolve finds a full name
                    or (person_key(words[0]) if titled else surname_key(words[0]))
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
            or (low in kb.words("title_words") and next_word(s) in kb.words("title_words"))
            # "Major-General", an organisation to the model
            or ("-" in low and low in kb.words("name_titles"))
            or text in kb.demonyms
            or text in state.places  # "… better for Norton" after "the mayor of Norton"
        ):
            continue
        body = government_body(s.tokens, kb, default_country, state)
        if body:
            add(state, p, s.tokens, body(n, text))
            continue
        if (mission := mission_of(s.tokens, kb)) is not None:
            name = mission.name  # "the Chinese Embassy" speaks for China
            add(state, p, s.tokens, Mention(n, text, name, "country", f"country:{name}"))
            continue
        earlier = state.last_by_head.get(low) if len(s.tokens) == 1 else None
        if earlier and name_head(last_mention(state, earlier).name) == low:
            last = last_mention(state, earlier)  # "the Commission" after "the European Commission"
            add(state, p, s.tokens, Mention(n, text, last.name, last.kind, earlier))
            continue
        if len(s.tokens) == 1 and low in kb.words("role_nouns"):
            # "a letter to the Premier": the model's organisation is an office and its holder.
            holder = role_holder(s.tokens[0], n, kb, state, default_country)
            if holder:
                add(state, p, s.tokens, holder)
            continue
        defined = defined_acronym(s, p, state)
        if defined:  # "the Housing Builders Association (HBA)", then "the HBA"
            state.acronyms[text] = defined
            add(
                state,
                p,
                s.tokens,
                Mention(n, text, text, last_mention(state, defined).kind, defined),
            )
            continue
        if state.opposition and low in OPPOSITION_NAMES:
            key, name, kind = state.opposition  # "The Opposition said …": the party named as it
            add(state, p, s.tokens, Mention(n, text, name, kind, key))
            continue
        kind = "party" if is_party_name(low, kb) else "organisation"
        name = re.sub(r"^(?:ruling|opposition|main|minor)\s+", "", text, flags=re.I)
        add(state, p, s.tokens, Mention(n, text, name, kind, f"{kind[:3]}:{name.lower()}"))
    # Bodies of government in lower case, groups, anaphora ("the ministry", "the council").
    quoted = quoted_tokens(sent)
    for t in sent:
        if t.i in used or (t.pos_ not in ("NOUN", "PROPN") and t.lower_ != "public"):
            continue
        if (people := plural_demonym(t.text, t.tag_, kb)) and t.i not in quoted and polled(t):
            add(state, p, [t], public(n, t.text, people.name, kb))  # "58 percent of Danes"
            continue
        if t.lower_ in kb.words("body_nouns") and any(
            s.start == t.i + 1 and s.label == "ORG" for s in spans
        ):
            continue  # "the climate coalition Warm Our Homes": the kind of the body named next
        if state.region and cabinet_members(t, kb):
            add(state, p, [t], region_government_mention(n, t.text, state.region))
            continue
        if default_country and cabinet_members(t, kb):
            # "ministers say it will end the distraction": the government, as one actor.
            key = f"country:{default_country}"
            add(state, p, [t], Mention(n, t.text, default_country, "country", key))
            continue
        if (
            state.opposition
            and t.lower_ == "opposition"
            and t.dep_ in ("nsubj", "nsubjpass")  # not "the opposition to the ban has grown"
            and not any(c.dep_ == "prep" for c in t.children)
            and any(c.lower_ == "the" for c in t.lefts)
        ):
            key, name, kind = state.opposition  # "the opposition also remains opposed"
            add(state, p, [t], Mention(n, t.text, name, kind, key))
            continue
        if lone_surname(t, state, kb):
            # "Lunde said …": a surname named in full before, which the model missed here.
            key = state.people[t.text]
            add(state, p, [t], Mention(n, t.text, last_name(state, key), "person", key))
            continue
        region = regional_government(t, n, kb, state) or city_government(t, n, kb, state)
        if region:
            add(state, p, [t], region)
            continue
        collective = collective_of(t, n, p, kb, default_country, state)
        if collective and t.i in quoted:
            continue  # '"the public wants this"': inside a quotation, a figure of speech
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
        faction = faction_of(t, kb)
        if faction:
            name = " ".join(x.text for x in faction)
            add(state, p, faction, Mention(n, name, name, "party", f"par:{name.lower()}"))
            continue
        named = next(
            (
                k
                for c in t.lefts
                if c.dep_ == "compound"
                and (k := state.token_keys.get((p, c.i)))
                and k.startswith(("org:", "par:"))
            ),
            None,
        )
        if named and t.lower_ in kb.words("faction_nouns"):
            # "his Frente Costero bloc": the party's own bloc is the party
            known = last_mention(state, named)
            add(state, p, [t], Mention(n, known.text, known.name, known.kind, named))
            continue
        group = group_name(t, kb) if t.i not in quoted else None  # not '"for real workers"'
        described = t.head if t.dep_ == "poss" else t  # "the rail workers' union Federación …"
        if group and any(s.start == described.i + 1 for s in spans):
            continue  # a description of the name after it
        if group and (body := named_body(group, state)):
            # "the residents' alliance" after "the Eastfield Residents' Alliance": that body
            known = last_mention(state, body)
            add(state, p, [t], Mention(n, group, known.name, known.kind, body))
            continue
        if group:
            home = kb.countries.get(default_country or "")
            # "Irish employers" in a dossier on Ireland are its "employers"
            mods = [
                c
                for c in t.lefts
                if group_modifier(c, kb) and not (home and kb.demonyms.get(c.text) == home)
            ]
            key = group_key(t, mods, kb)
            if some_members(t, kb):
                # "the nine councillors who voted against": some of the council, not the council
                key = key.replace("group:", "group:some ", 1)
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
            and not any(c.dep_ in ("amod", "compound") for c in t.lefts)  # "the largest group": new
            and t.lower_ not in ("official", "officials")
        ):
            key = state.last_by_head[t.lower_]
            last = last_mention(state, key)
            add(state, p, [t], Mention(n, f"the {t.text}", last.name, last.kind, key))


def some_members(t, kb: Knowledge) -> bool:
    """ "nine councillors", "some deputies": a count of a chamber's members, not all of them."""
    return t.lower_ in kb.words("chamber_members") and any(
        c.dep_ == "nummod" or (c.dep_ in ("det", "amod") and c.lower_ in SOME_WORDS)
        for c in t.children
    )


SOME_WORDS = {"some", "several", "many", "few", "most", "other", "dissenting", "rebel"}


def named_body(words: str, state: State) -> str | None:
    """The key of the one body named before whose name ends in these words ("residents'
    alliance" in "Eastfield Residents' Alliance"); not one word ("farmers", "Young Farmers")."""
    if len(words.split()) < 2:
        return None
    tail = " " + words.lower().replace("’", "'")
    keys = {
        m.key
        for m in state.mentions
        if m.kind in ("organisation", "party")
        and (" " + m.name.lower().replace("’", "'")).endswith(tail)
        and m.name.lower() != words.lower()
    }
    return keys.pop() if len(keys) == 1 else None


def regional_government(t, n: int, kb: Knowledge, state: State) -> Mention | None:
    """ "The government of Nova Scotia", "the province of Ontario", then "the provincial
    government" or "the province": a province's government, not the country's."""
    regions = kb.words("region_nouns") | ({"state"} if state.region else set())
    adjectives = kb.words("region_adjectives")
    if t.lower_ not in regions | {"government"}:
        return None
    place = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in place.children if c.dep_ == "pobj"), None) if place else None
    if place is not None and place.ent_type_ == "GPE":
        name = t.doc[place.left_edge.i : place.right_edge.i + 1].text
        if kb.country(name) or not all(w.is_title or w.lower_ == "and" for w in place.subtree):
            return None  # "the government of Canada" is the country's
        key = f"org:government of {name.lower()}"
        state.last_by_head["<region>"] = key
        return Mention(n, phrase(t), f"Government of {name}", "organisation", key)
    lefts = {c.lower_ for c in t.lefts}
    if not lefts & {"the", "this"} or (t.lower_ == "government" and not lefts & adjectives):
        return None
    # the capitalised words before it, as one name: "the Bavarian state government", but "the
    # New South Wales government" is not Wales's
    titled = [c for c in t.lefts if c.is_title and c.dep_ in ("amod", "compound")]
    words = [w for c in titled for w in c.subtree if w.is_title]
    named = kb.region(t.doc[words[0].i : words[-1].i + 1].text) if words else None
    if named:
        mention = region_government_mention(n, phrase(t), named)
        state.last_by_head["<region>"] = mention.key
        return mention
    if "<region>" in state.last_by_head:
        key = state.last_by_head["<region>"]
        return Mention(n, phrase(t), last_mention(state, key).name, "organisation", key)
    if state.region and not own_city(state, kb):  # in a capital city's, the country's
        return region_government_mention(n, phrase(t), state.region)
    return Mention(
        n, phrase(t), phrase(t), "organisation", "region:?"
    )  # another article may name it


def region_government_mention(n: int, text: str, region: Region) -> Mention:
    """A province's or state's government, named as its place is: "Ontario", like "Canada"; a
    city's other than a capital, as the press names it: "City of Eastvale"."""
    kb = knowledge()
    if not kb.region(region.name) and region.name not in kb.capitals:
        name = f"City of {region.name}"
        return Mention(n, text, name, "organisation", f"org:{name.lower()}")
    return Mention(n, text, region.name, "organisation", f"org:government of {region.name.lower()}")


REGION_WORDS = {"state", "province", "region", "territory", "canton"}
GOVERNMENT_NAME_RE = re.compile(
    r"(?:the )?(?:government|state|province) of (?P<of>.+)"
    r"|(?:the )?(?P<own>.+?)(?:'s|’s)? (?:state |provincial )?(?:government|cabinet)",
    re.I,
)


def region_in_name(pattern: re.Pattern, text: str, kb: Knowledge) -> Region | None:
    """The region a body's name, which the model takes for an organisation, belongs to: "the South
    Australian Government", "Government of Ontario" (GOVERNMENT_NAME_RE); "the Scottish
    Parliament", "Legislative Assembly of Ontario" (LEGISLATURE_NAME_RE)."""
    found = pattern.fullmatch(text)
    return kb.region(found["of"] or found["own"]) if found else None


# Prepositions that put a place where something happens, not acting: "schools in Ontario".
PLACING = {"in", "across", "throughout", "around", "outside", "within", "into", "to", "from", "near",
           "at", "over", "beyond", "for", "of", "between"}  # fmt: skip


def governs(root, region: Region, state: State, kb: Knowledge) -> bool:
    """Whether a province or state named in a sentence is its government acting ("Hesse will
    introduce …", "Bavaria's cabinet"), not a place ("schools across Ontario", "Ontario students").
    The dossier's own region acts wherever it is not a place; another one only as a subject."""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if (
        root.dep_ == "poss"
    ):  # "Ontario's ban", "Bavaria's cabinet"; "Ontario's legislature" is its own
        if kb.lexicon["government_bodies"].get(root.head.lower_) == "parliament":
            return False
        return region == state.region or root.head.lower_ in kb.lexicon["government_bodies"]
    if region != state.region or root.dep_ in ("compound", "amod", "nmod", "npadvmod", "appos"):
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in PLACING)


def own_city(state: State, kb: Knowledge) -> Region | None:
    """The dossier's region when it is a capital city, not a province or state."""
    return state.region if state.region and not kb.region(state.region.name) else None


def placed(t) -> bool:
    """Whether a name stands where a place does: "in Thessaloniki", "the mayor of Patras"."""
    return t.ent_type_ == "GPE" or (t.dep_ == "pobj" and t.head.lower_ in PLACING)


def city_government(t, n: int, kb: Knowledge, state: State) -> Mention | None:
    """ "Norton Mayor Ann Lie" or "the mayor of Norton" names the city; then "the city argues …"
    or "City officials say …" is the City of Norton acting, not a place."""
    if t.lower_ in kb.words("place_titles"):
        of = [g for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for c in [*t.lefts, *of]:
            if c.ent_type_ == "GPE" and c.dep_ in ("compound", "pobj") and not kb.country(c.text):
                place = t.doc[c.left_edge.i : c.i + 1].text
                state.city = (f"org:city of {place.lower()}", f"City of {place}")
        return None
    if t.lower_ != "city":
        return None
    acting = t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in t.lefts)
    speaking = t.dep_ == "compound" and t.head.lower_ in kb.words("speaker_nouns")
    if not (acting or speaking):
        return None
    city = own_city(state, kb)
    # "officials in Thessaloniki said the city …": a place, whatever the model says
    others = [e for e in t.sent.ents if e.text != city.name and placed(e.root)] if city else []
    if city and not others:  # the dossier's own city, when the sentence names no other
        return region_government_mention(n, phrase(t), city)
    key, name = state.city or ("city:?", phrase(t))  # another article may name the city
    return Mention(n, phrase(t), name, "organisation", key)


def short_name(s: Span, p: int, state: State) -> str | None:
    """The body a one-word name stands for when it is set off by commas after the body's full
    name ("a new National Harbour Company, Harbco, will …"), or was so defined before."""
    t = s.tokens.root
    if len(s.tokens) != 1 or not t.is_title or is_acronym(t.text):
        return None  # acronyms: see defined_acronym
    if t.text in state.acronyms:
        return state.acronyms[t.text]
    doc = s.doc
    if (
        t.dep_ != "appos"
        or doc[s.start - 1].text != ","
        or s.end >= len(doc)
        or doc[s.end].text != ","
    ):
        return None
    key = state.token_keys.get((p, t.head.i))
    return key if key and key.startswith(("org:", "par:")) else None


def defined_acronym(s: Span, p: int, state: State) -> str | None:
    """The body an acronym stands for: the name it follows in brackets, or was defined for."""
    if not is_acronym(s.text) or len(s.tokens) != 1:
        return None
    if s.text in state.acronyms:
        return state.acronyms[s.text]
    doc = s.doc
    if s.start < 2 or s.end >= len(doc) or doc[s.start - 1].text != "(" or doc[s.end].text != ")":
        return None
    key = state.token_keys.get((p, s.start - 2))
    if not key:
        key = state.token_keys.get((p, bracket_owner(doc, s.start - 1)))
    return key if key and key.startswith(("org:", "par:")) else None


def outlet_names(outlet: str, kb: Knowledge) -> set[str]:
    """ "The Norland Standard" is also "Norland Standard" and "the Standard"; "Fish Weekly
    Media", "Fish Weekly"."""
    low = outlet.lower().removeprefix("the ")
    names = {outlet.lower(), low} - {""}
    *rest, last = low.split() or [""]
    if rest and (last in kb.words("media_words") | {"media"} or kb.country(outlet.split()[-1])):
        # "Fish Weekly Media", "Harbour Light Kenya": also without the last word
        names.add(" ".join(rest))
    elif rest and not (
        kb.country(last) or kb.region(last) or last in kb.words("organisation_heads") | GENERIC_LAST
    ):
        names.add(last)  # "The Riverside Clarion": "she told the Clarion"
    return names


# Last words of outlets' names that name something else too ("Radio Free Europe", "The Nation").
GENERIC_LAST = {"europe", "asia", "africa", "america", "americas", "world", "nation", "news", "agency", "today", "now", "online", "live"}  # fmt: skip


def names_outlet(low: str, outlets: set[str]) -> bool:
    """Whether a name is the outlet's, or two or more of its words ("Light Kenya")."""
    return low in outlets or (
        " " in low and any(re.search(rf"\b{re.escape(low)}\b", o) for o in outlets)
    )


PUBLIC_STANCES = {"opposition", "support", "anger", "outcry", "backlash", "protest", "resistance"}


def place_of(noun, kb: Knowledge):
    """The country of "… in Seoul" after a noun, if any."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.dep_ == "pobj" and (found := kb.country(o.text)):
                    return found
    return None


def polled(t) -> bool:
    """ "58 percent of Danes", "most Danes say": a people as a poll or a speaker counts them;
    not "the system Danes use"."""
    of_count = t.dep_ == "pobj" and t.head.lower_ == "of" and counts(t.head.head)
    return of_count or (t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ != "relcl")


def plural_demonym(text: str, tag: str, kb: Knowledge):
    """The country whose people a plural word names ("Danes", "Many New Zealanders", tagged as a
    plural noun); else None."""
    if tag not in ("NNPS", "NNS") or not text.endswith("s"):
        return None
    return kb.demonyms.get(text[:-1])


def public(n: int, text: str, country: str, kb: Knowledge) -> Mention:
    name = f"{kb.demonym(country)} public"
    return Mention(n, text, name, "group", f"group:{name.lower()}", None, country)


def collective_of(t, n: int, p: int, kb: Knowledge, default_country: str | None, state: State):
    """A country's public or military, or a leader's administration, named as one actor."""
    voiced = t.lower_ == "public" and t.head.lemma_.lower() in PUBLIC_STANCES
    if t.dep_ in ("compound", "amod") and t.head.i != t.i and not voiced:
        return None  # "military power", "public opinion": a modifier, not the actor
    country = qualifier_country([t], kb) or place_of(t.head, kb)
    if voiced and t.dep_ == "amod" and (country or default_country):
        # "in the face of public opposition in Seoul": the public holds that opposition
        return public(n, t.text, (country.name if country else default_country), kb)
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
    if leader and kb.region(leader):  # "the Kerala government", its name taken for a person's
        return region_government_mention(n, phrase(t), kb.region(leader))
    if leader and not (state.region and heads_region(leader, state, kb)):  # else a region's
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
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in lefts):
        return None  # "its president": a body's officer, not whoever holds the country's office
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


def heads_region(leader: str, state: State, kb: Knowledge) -> bool:
    """Whether the article has titled this leader as a region's head ("Premier Ann Holt")."""
    key = state.people.get(leader.split()[-1])
    heads = kb.words("region_head_titles")
    return bool(key) and (
        key in state.region_heads
        or any(
            holder == key and role.split(":")[-1] in heads for role, holder in state.roles.items()
        )
    )


def qualifier_country(tokens, kb: Knowledge):
    """The country a body belongs to: "Japan's Cabinet", "the Japanese cabinet", "Seoul's ministry"."""
    head = tokens[-1]
    candidates = list(tokens[:-1]) + [c for c in head.lefts]
    first = tokens[0]
    if first.i >= 2 and first.doc[first.i - 1].text in ("'s", "’s"):
        candidates.append(first.doc[first.i - 2])  # "Norway's Ministry of Trade, Industry and …"
    for c in candidates:
        for text in (c.text, c.doc[c.left_edge.i : c.i + 1].text):
            found = kb.country(text) or kb.demonyms.get(text)
            if found:
                return found
    return None


@cache
def country_words() -> frozenset[str]:
    """Demonyms, and the last words of countries' names and demonyms ("Korean" of "South Korean")."""
    kb = knowledge()
    names = [*kb.demonyms, *kb.countries]
    return frozenset(names) | {n.split()[-1] for n in names}


def regional(tokens, kb: Knowledge, default_country: str | None) -> bool:
    """Whether a body is qualified by a people or place that is not a known country ("Welsh"),
    nor the dossier's own country ("Estavia's", "Estavian" where the countries list lacks it)."""
    head = tokens[-1]
    generic = kb.words("political_words") | kb.words("government_qualifiers") | {"the"}
    own = (default_country or "").lower()
    return any(
        c.is_title
        and c.pos_ in ("PROPN", "ADJ")
        and c.lower_ not in generic
        and c.text not in country_words()
        and not kb.country(c.text)
        and not (own and c.lower_.startswith(own[: max(4, len(own) - 2)]))
        for c in [*tokens[:-1], *head.lefts]
    )


def named_ministry(domain: str, country: str | None, state: State) -> str | None:
    """The remit of a ministry the article has named in full, whose name begins with `domain`."""
    prefix = f"ministry:{country or '?'}:"
    return next(
        (
            m.key.removeprefix(prefix)
            for m in reversed(state.mentions)
            if m.key.startswith(prefix) and m.key.removeprefix(prefix).startswith(f"{domain} and ")
        ),
        None,
    )


ASSEMBLED = {"line", "plant", "hall", "kit", "point", "worker"}


def mission_of(tokens, kb: Knowledge):
    """The country whose embassy, consulate or high commission this is ("the Chinese Embassy",
    "New Zealand's High Commission"); None for any other name."""
    words = [t.lower_ for t in tokens]
    if words[-1:] not in (["embassy"], ["consulate"]) and words[-2:] != ["high", "commission"]:
        return None
    return qualifier_country(tokens, kb)


def government_body(tokens, kb: Knowledge, default_country: str | None, state: State):
    tokens = list(tokens)
    bodies = kb.lexicon["government_bodies"]
    words = [t.lower_ for t in tokens]
    kind = next((bodies[w] for w in words if w in bodies), None)
    if kind is None:
        return None
    if "crown" in words and (words != ["crown"] or tokens[0].text != "Crown"):
        return None  # "the Danish crown", a currency; "the Crown" alone is the state
    head = tokens[-1]
    if (
        len(words) == 1
        and words[0] in HOUSE_MEMBERS
        and any(c.dep_ in ("amod", "compound", "nmod") for c in head.lefts)
    ):
        return None  # "opposition MPs", "Labour MSPs": a group of them, not the house
    if words == ["assembly"] and head.dep_ == "compound" and head.head.lemma_ in ASSEMBLED:
        return None  # "a new assembly line": a factory's, no body
    if kind == "ministry" and (len(tokens) == 1 or words[-1] == "ministry"):
        remit_parts = [
            x.lower_
            for c in head.lefts
            if c.dep_ in ("compound", "amod")
            for x in c.subtree  # "Coastal Affairs ministry": the whole remit
            if x.i < head.i
            and x.dep_ != "det"  # "the Mines ministry", with "the" hung on "Mines"
            and not (kb.country(x.text) or x.text in kb.demonyms or x.is_punct)
        ]  # "a Norwegian ministry official": a country's ministry, not one for "Norwegian"
        ministry_of = re.search(r"(?:ministry|department) (?:of|for) (.+)$", " ".join(words))
        domain_text = ministry_of[1] if ministry_of else " ".join(remit_parts)
    else:
        ministry_of = re.search(r"(?:ministry|department) (?:of|for) (.+)$", " ".join(words))
        domain_text = (
            ministry_of[1] if ministry_of else " ".join(w for w in words[:-1] if w not in ("the",))
        )
    country = qualifier_country(tokens, kb)
    if kind == "government" and {"metropolitan", "city", "municipal"} & {
        *words,
        *(c.lower_ for c in head.lefts),
    }:
        # "the Tokyo Metropolitan Government": the capital's own, not its country's; "the city
        # government" in a capital city's own dossier: that city's
        city = next((t.text for t in [*tokens, *head.lefts] if t.text in kb.capitals), None)
        if city:
            own = Region(city, country.name if country else "?")
            return lambda n, text: region_government_mention(n, text, own)
        if (home := own_city(state, kb)) and not country:
            return lambda n, text: region_government_mention(n, text, home)
        if not country:  # another article may name the city; never the country
            return lambda n, text: Mention(n, text, text, "organisation", "city:?")
    region = regional_body(tokens, kind, country, kb, state)
    if region:
        return lambda n, text: region_government_mention(n, text, region)
    region = regional_legislature(tokens, kind, country, kb, state)
    if region:
        key = f"parliament:{region.name}"
        head = tokens[-1]
        qualifier = next((w for w in [*tokens[:-1], *head.lefts] if kb.region(w.text)), None)
        own = [t for t in tokens if t.lower_ not in ("the", "state", "'s", "’s") and t.is_title]
        if qualifier is not None and head.is_title and qualifier.is_title:
            name = f"{qualifier.text} {head.text}"  # "Scottish Parliament", "Oregon Legislature"
        elif (
            own
            and own[-1].i == head.i
            and not kb.region(own[0].text)
            and head.lower_ not in HOUSE_MEMBERS
        ):
            name = f"{region.name} {' '.join(t.text for t in own)}"  # "… Legislative Assembly"
        else:
            name = known_name(state, key) or f"{region.name} legislature"
        return lambda n, text: Mention(n, text, name, "organisation", key)
    if tokens[-1].lower_ in REGION_HOUSE_MEMBERS:
        return None  # MSPs outside a dossier on their region: which house is not known
    if kind != "ministry" and country is None and regional(tokens, kb, default_country):
        return None  # "the Welsh Government", "the Bavarian cabinet": a body of its own
    country_name = country.name if country else default_country
    domain_text = domain_text.replace(" ,", ",")
    if kind == "ministry":
        domains = kb.lexicon["ministry_domains"]
        domain_text = re.sub(r"^.*?(?:'s|’s)\s+", "", domain_text).strip()
        domain = domains.get(domain_text) or domains.get(domain_text.removeprefix("national "))
        if not domain_text:
            domain = office_domain(head, state, kb)  # "her department": the minister's own
        if not domain:
            if domain_text:
                # "a Coastal Affairs ministry official" after "the Ministry of Coastal
                # Affairs and Flood Defence": the ministry named before, by its first words
                domain = named_ministry(domain_text, country_name, state) or domain_text
            elif state.last_by_head.get("ministry"):
                key = state.last_by_head["ministry"]
                name = last_mention(state, key).name
                return lambda n, text: Mention(n, text, name, "organisation", key)
            else:
                return None
        formal = " ".join(tokens[i].text for i in range(len(tokens)) if words[i] not in ("the",))
        formal = re.sub(r"^.*?(?:'s|’s)\s+", "", formal).replace(" ,", ",")
        name = formal if ministry_of else f"{(domain_text or domain).title()} Ministry"
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
        key = f"{kind}:{country_name}"
        name = f"{kb.demonym(country_name)} {kind.title()}"
        if kind == "parliament":
            # "the General Assembly", "The Storting, Norway's parliament": the name the text uses;
            # "the legislature" is the one named before, and only failing that "… Parliament".
            name = (
                written_name(tokens, kb)
                or named_in_apposition(head)
                or known_name(state, key)
                or name
            )
        return lambda n, text: Mention(n, text, name, "organisation", key)
    return None


def qualifiers(tokens) -> list:
    """The words that may say whose a body is: its own, its head's modifiers, an owner before
    "'s" ("Hesse's cabinet")."""
    head, first = tokens[-1], tokens[0]
    words = [*tokens[:-1], *head.lefts]
    if first.i >= 2 and first.doc[first.i - 1].text in ("'s", "’s"):
        words.append(first.doc[first.i - 2])
    return words


def named_region(words, kb: Knowledge) -> Region | None:
    """The region one of those words (or the phrase it ends) names: "Bavarian", "Tamil Nadu"."""
    for w in words:
        for text in (w.text, w.doc[w.left_edge.i : w.i + 1].text):
            if kb.region(text):
                return kb.region(text)
    return None


def regional_body(tokens, kind: str, country, kb: Knowledge, state: State) -> Region | None:
    """The region whose government or cabinet this is: one the words name ("the Bavarian state
    government", "Hesse's cabinet"), or in a region's own dossier an unqualified one ("the
    government", "the state government"), where "the federal government" stays the country's."""
    if kind not in ("government", "cabinet") or country is not None:
        return None
    words = qualifiers(tokens)
    named = named_region(words, kb)
    if named:
        return named
    if state.region and any(heads_region(w.text, state, kb) for w in words if w.is_title):
        return state.region  # "the Holt government", where Ann Holt is the premier
    if not state.region or regional(tokens, kb, state.home):
        return None  # "the Welsh Government" where no region is known: a body of its own
    if any(w.lower_ in kb.words("national_qualifiers") for w in words):
        return None
    if own_city(state, kb):
        return None  # a capital city's own dossier: "the government" is still the country's
    if len(tokens) == 1 and not any(w.lower_ in ("the", "this") for w in words):
        return None  # "government officials": no body named
    return state.region


# Members of a house named for their seats ("MPs", "MSPs"); those of a region's own house.
HOUSE_MEMBERS = {"mps", "msps", "mpps", "mlas", "tds"}
REGION_HOUSE_MEMBERS = {"msps", "mpps", "mlas"}


def regional_legislature(tokens, kind: str, country, kb: Knowledge, state: State) -> Region | None:
    """The region whose legislature this is: one the words name ("the Scottish Parliament",
    "Ontario's legislature"), or in a region's own dossier "the legislature", "the assembly"."""
    if kind != "parliament" or country is not None or tokens[-1].lower_ in HOUSE_MEMBERS:
        # "MSPs passed the bill" in Scotland's dossier: its own house; MPs sit in the country's
        return state.region if tokens[-1].lower_ in REGION_HOUSE_MEMBERS else None
    head = tokens[-1]
    words = qualifiers(tokens)
    named = named_region(words, kb)
    if named:
        return named
    if (
        state.region
        and head.lower_ in ("legislature", "assembly")
        and not any(w.lower_ in kb.words("national_qualifiers") for w in words)
        and not regional(tokens, kb, state.home)
    ):
        return state.region
    return None


LEGISLATURE_NAME_RE = re.compile(
    r"(?:the )?(?:legislative assembly|legislature|parliament) of (?P<of>.+)"
    r"|(?:the )?(?P<own>.+?)(?:'s|’s)? (?:state |provincial )?(?:legislature|parliament|assembly)",
    re.I,
)


def faction_of(t, kb: Knowledge) -> list | None:
    """ "The Socialist group on the council": a political group named by its politics alone."""
    if t.tag_ != "NN" or t.lower_ not in kb.words("faction_nouns"):
        return None
    mods = [
        c
        for c in t.lefts
        if c.dep_ in ("amod", "compound") and c.is_title and c.lower_ in kb.words("political_words")
    ]
    return [*mods, t] if mods else None


def office_domain(head, state: State, kb: Knowledge) -> str | None:
    """ "Education Secretary Helen Marlowe … her department": the domain of the office held by
    the person a possessive pronoun stands for (the last person named with a title)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        return None
    person = next((m for m in reversed(state.mentions) if m.kind == "person"), None)
    roles = [m.role for m in state.mentions if person and m.key == person.key and m.role]
    if not roles:
        return None
    role = roles[-1].lower()
    domains = kb.lexicon["ministry_domains"]
    found = [d for d in sorted(domains, key=len, reverse=True) if re.search(rf"\b{d}\b", role)]
    return domains[found[0]] if found else None


def written_name(tokens, kb: Knowledge) -> str | None:
    """A body's own name as written, without its country: "General Assembly", "Storting"."""
    words = []
    for t in tokens:
        if t.text == ",":
            break
        if t.lower_ in ("the", "state", "'s", "’s") or kb.country(t.text) or t.text in kb.demonyms:
            continue
        words.append(t)
    if not words or not all(t.is_title for t in words) or words[-1].lower_ in HOUSE_MEMBERS:
        return None
    return " ".join(t.text for t in words)


def named_in_apposition(t) -> str | None:
    """ "The Storting, Norway's parliament": the name the body is given beside its description."""
    doc = t.doc
    found = [t.head] if t.dep_ == "appos" else []
    # …which the model may also hang on the description: "Storting" ← "parliament".
    found += [
        c for c in t.children if c.dep_ in ("appos", "nmod") and abs(c.i - t.i) > 1 and c.i + 1 < len(doc)
        and (doc[c.i + 1].text == "," or doc[c.i - 1].text == ",")
    ]  # fmt: skip
    for named in found:
        if named.pos_ == "PROPN" and named.is_title and not named.ent_type_:
            words = [c for c in named.lefts if c.dep_ == "compound" and c.is_title] + [named]
            return " ".join(w.text for w in words)
    return None


def known_name(state: State, key: str) -> str | None:
    return next((m.name for m in reversed(state.mentions) if m.key == key), None)


def group_name(t, kb: Knowledge) -> str | None:
    if t.tag_ not in ("NNS", "NN", "NNPS"):
        return None
    if people_owner(t, kb) and t.head.lower_ in kb.words("group_nouns"):
        return None  # "workers'" in "the dock workers' unions": named with the unions
    if t.lower_ not in kb.words("group_nouns"):
        if not speaking_people(t, kb):
            return None
        if singular(t.lower_) in knowledge().words("counsel_nouns") and any(
            c.lower_ == "for" or c.dep_ == "poss" for c in t.children
        ):
            return None  # "lawyers for the guild", "the guild's lawyers": they speak for it
        if any(c.lower_ == "of" and any(o.ent_type_ == "GPE" for o in c.subtree) for c in t.rights):
            return None  # "the presidents of Peru and Chile": their countries
        if t.i >= 2 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 2].whitespace_:
            return t.doc[t.i - 2 : t.i + 1].text.lower()  # "office-goers", not "goers"
        kinds = [c for c in t.lefts if c.dep_ == "compound" and c.is_alpha and not c.is_stop]
        if not kinds:
            return t.lower_
        # "Beverage makers reacted angrily": which makers, as the key has it (not "angry makers")
        return t.doc[kinds[0].left_edge.i : t.i + 1].text.lower()
    mods = [c for c in t.lefts if group_modifier(c, kb) and c.is_alpha and not c.is_stop]
    if not mods:
        # "Groups urged …": which groups, the text does not say ("both groups" does).
        if singular(t.lower_) in UNNAMED_BODIES and not any(c.dep_ == "det" for c in t.children):
            return None
        return (
            t.lower_
            if t.lower_
            in ("critics", "protesters", "activists", "opponents", "demonstrators", "campaigners")
            or speaking_people(t, kb)
            else None
        )
    start = min(c.left_edge.i for c in mods)
    words = [w for w in t.doc[start : t.i + 1] if w.is_alpha and not w.like_num and w.pos_ != "DET"]
    text = " ".join(w.text + ("'" if people_owner(w, kb) else "") for w in words)
    return text[0].lower() + text[1:] if text and words[0].pos_ != "PROPN" else text


def group_modifier(c, kb: Knowledge) -> bool:
    """A word before a group noun that says which group: "environmental", "opposition",
    "residents'"."""
    return c.dep_ in ("amod", "compound", "nmod") or people_owner(c, kb)


def people_owner(c, kb: Knowledge) -> bool:
    """ "residents'" in "residents' welfare associations": people whose groups they are, part of
    the groups' name (not "the city's", an owner)."""
    return (
        c.dep_ == "poss"
        and c.lower_.endswith("s")
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].text in ("'", "’")
        and people_noun(c, kb)
    )


UNNAMED_BODIES = {
    "group",
    "organisation",
    "organization",
    "body",
    "association",
    "ngo",
    "institution",
}


def people_noun(t, kb: Knowledge) -> bool:
    """ "farmers", "residents", "parents", or a group noun: a word for people."""
    return t.lower_ in kb.words("group_nouns") or PEOPLE_SUFFIX_RE.search(t.lower_) is not None


def speaking_people(t, kb: Knowledge) -> bool:
    """ "Farmers have opposed the levy", "Publicans welcomed it": a plural noun for people who
    speak or take a stance is a group of its own, though the text gives it no name."""
    subject = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and counts(t.head.head):
        subject = t.head.head  # "Hundreds of farmers rallied against it"
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head  # "Dockers and fishers have come out against it"
    passive = subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in ("split", "divide")
    if t.tag_ != "NNS" or not (subject.dep_ == "nsubj" or passive):
        return False  # (a group "split" or "divided" is the subject of a passive)
    if t.lower_ in kb.words("not_people"):
        return False
    if not people_noun(t, kb) and t.lower_ not in kb.words("acting_only_nouns"):
        return False
    lemma = subject.head.lemma_.lower()
    if lemma in LEGAL_ACTS and singular(t.lower_) in kb.words("counsel_nouns"):
        return False  # "Lawyers filed the papers": for someone else
    return (
        lemma in kb.words("reporting_verbs")
        or lemma in cue_table()[0]
        or lemma in kb.words("protest_verbs")
        or reaction_verb(subject.head, kb)
    )


LEGAL_ACTS = {"file", "sue", "appeal"}


def reaction_verb(v, kb: Knowledge) -> bool:
    """ "were furious", "remain unhappy", "are split", "reacted angrily": a reaction, which
    makes its subject a group that takes a side (see stances.felt)."""
    if not bare_clause(v):
        return False  # "were unhappy with their pay offer": about something else
    lemma = v.lemma_.lower()
    if lemma in ("be", "remain", "seem", "feel"):
        feelings = kb.words("pleased_words") | kb.words("dismayed_words") | {"split", "divided"}
        return any(c.dep_ == "acomp" and c.lower_ in feelings for c in v.children)
    return lemma in ("react", "split", "divide")


BARE_REACTION = 8  # words in a sentence that is a reaction and nothing else ("Unions are split.")


def bare_clause(v) -> bool:
    """A short sentence whose verb has no phrase or clause saying what about: "Farmers were
    furious.", "Hauliers reacted with alarm."; not "… unhappy with their pay offer", "furious
    after the match was cancelled", "reacted angrily to the police"."""
    manner = ("along", "with") if v.lemma_.lower() == "react" else ("along",)  # "with alarm"
    return (
        sum(not x.is_punct for x in v.sent) <= BARE_REACTION
        and not any(
            c.dep_ in ("prep", "advcl", "ccomp", "xcomp") and c.lower_ not in manner
            for c in v.children
        )
        and not any(x.dep_ == "prep" for c in v.children if c.dep_ == "acomp" for x in c.children)
    )


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
    owners = [c for c in mods if people_owner(c, kb)]
    if owners:
        # "miners' unions" = "the main coal miners' unions"; "residents' groups" = "residents"
        head = singular(t.lower_)
        people = singular(owners[-1].lower_)
        return f"group:{people}" + ("" if head in UNNAMED_BODIES else f" {head}")
    words = []
    for c in mods:
        for w in c.subtree:
            if w.is_alpha and not w.is_stop and w.pos_ != "DET" and w.i < t.i:
                lemma = w.lemma_.lower()
                words.append(same_mod.get(lemma, lemma))
    head = same_head.get(singular(t.lower_), singular(t.lower_))
    words = list(dict.fromkeys(words))
    if words and f"{words[-1]} {head}" in (kb.lexicon.get("group_compounds") or {}):
        head = kb.lexicon["group_compounds"][f"{words.pop()} {head}"]  # "business owners"
    return "group:" + " ".join([*words, head])


def title_before(s: Span, kb: Knowledge) -> tuple[str | None, str | None]:
    """The title written before a person's name ("Japanese Ambassador to Seoul …")."""
    doc, i = s.doc, s.start - 1
    titles = kb.words("title_words")
    words: list[str] = []
    country = None
    links = ("and", ",", "of", "for")
    whole = False  # "Minister of Water and Rural Affairs Karim Abdel-Fattah": the whole office
    k = i
    while k >= 0 and i - k < 8 and doc[i].lower_ not in links:
        if doc[k].lower_ in kb.words("role_nouns") and doc[k + 1].lower_ in ("of", "for"):
            words, i, whole = [t.text for t in doc[k : i + 1]], k - 1, True
            break
        if not (doc[k].is_title or doc[k].lower_ in links) or doc[k].ent_type_ == "PERSON":
            break  # (nor run back over another person: "… Ann Lee and Defence Secretary Tom Hale")
        k -= 1
    while i >= 0 and not whole:
        t = doc[i]
        if (
            t.lower_ in titles
            or (t.text == "-" and i > 0 and doc[i - 1].lower_ == "then")
            # "Minister-President", "Secretary-General": one title, not a "President"
            or (t.text == "-" and words and i > 0 and doc[i - 1].lower_ in titles)
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
    role = role.replace(" - ", "-")
    role = re.sub(r"^(?:then-?|former)\s*", "", role, flags=re.I).strip()
    role = re.sub(r"^[A-Z][\w.]*(?:'s|’s)\s+", "", role)
    if role.lower() in HONORIFICS:
        return None, None  # "Ms." is a courtesy, not an office
    return (role or None), country
