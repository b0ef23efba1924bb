"""Resolve (events): reports of one happening merge into one event; disagreeing dates show a conflict."""

from __future__ import annotations

from types import SimpleNamespace

from build_dossier.model import DateValue, EventClaim, Extraction, Sentence, Source
from build_dossier.resolve import build_events

MONTH = DateValue("2014-12", "month", None, "December 2014", "'December 2014', a month → 2014-12")
UNRESOLVED = DateValue(None, "unknown", None, "Tuesday", "'Tuesday': publication date unknown")


def source(sid: str, text: str) -> Source:
    return Source(sid, f"{sid}.txt", sid, "stated", None, None, None, "stated", "", (), None,
                  (Sentence(1, 1, text),))  # fmt: skip


def build(*reports: tuple[str, str, str, DateValue, str, tuple[str, ...]]):
    """Each report: (source id, sentence, title, date, verb, actor keys)."""
    sources = {sid: source(sid, text) for sid, text, *_ in reports}
    extractions = {
        sid: Extraction(sid, sources[sid].sentences, (), (), (EventClaim(1, title, d, "happened", actors, verb),))
        for sid, _, title, d, verb, actors in reports
    }  # fmt: skip
    articles = [SimpleNamespace(id=sid) for sid in sources]
    keys = {k: k.split(":")[1].lower().replace(" ", "-") for *_, actors in reports for k in actors}
    return build_events(articles, extractions, keys, sources)


def test_one_happening_from_three_sources_is_one_event():
    us, kr, jp = "country:United States", "country:South Korea", "country:Japan"
    events = build(
        ("a", "In December 2014, the United States, Korea and Japan signed a deal.",
         "The United States, Korea and Japan signed a deal", MONTH, "sign", (us, kr, jp)),
        ("b", "In December 2014, Korea, the U.S. and Japan signed a preliminary deal.",
         "Korea, the U.S. and Japan signed a preliminary deal", MONTH, "sign", (kr, us, jp)),
        ("c", "In December 2014, Korea, the US and Japan signed a preliminary deal.",
         "Korea, the US and Japan signed a preliminary deal", MONTH, "sign", (kr, us, jp)),
    )  # fmt: skip
    assert len(events) == 1
    assert [v.source for v in events[0].evidence] == ["a", "b", "c"]
    assert events[0].date.value == "2014-12" and not events[0].conflict


def test_an_undated_report_joins_without_a_conflict():
    events = build(
        ("a", "On Tuesday the cabinet approved the pact.", "The cabinet approved the pact",
         DateValue("2012-06-26", "day", None, "Tuesday", "…"), "approve", ()),
        ("b", "On Tuesday the cabinet approved the pact.", "The cabinet approved the pact",
         UNRESOLVED, "approve", ()),
    )  # fmt: skip
    assert len(events) == 1 and not events[0].conflict
    assert events[0].date.value == "2012-06-26"


def test_dates_that_disagree_are_a_conflict_not_a_choice():
    events = build(
        ("a", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         DateValue("2012-06-26", "day", None, "Tuesday", "…"), "approve", ()),
        ("b", "The cabinet approved the pact on Friday.", "The cabinet approved the pact",
         DateValue("2012-06-29", "day", None, "Friday", "…"), "approve", ()),
    )  # fmt: skip
    assert len(events) == 1 and events[0].conflict
    assert events[0].date.value is None
    assert {v.date.value for v in events[0].evidence} == {"2012-06-26", "2012-06-29"}


def test_a_verb_and_its_noun_are_one_kind_of_happening():
    day = DateValue("2012-06-26", "day", None, "Tuesday", "…")
    events = build(
        ("a", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day, "approve", ("cabinet:Korea",)),
        ("b", "The approval by the cabinet of the pact on Tuesday.", "The approval by the cabinet of the pact",
         day, "approval", ("cabinet:Korea",)),
    )  # fmt: skip
    assert len(events) == 1
