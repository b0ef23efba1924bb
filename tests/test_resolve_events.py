"""Resolve (events): reports of one happening merge into one event; disagreeing dates show a conflict."""

from __future__ import annotations

from types import SimpleNamespace

from build_dossier import render, store
from build_dossier.model import DateValue, Dossier, EventClaim, Extraction, Sentence, Source
from build_dossier.resolve import build_events

from .conftest import ROOT

MONTH = DateValue("2014-12", "month", None, "December 2014", "'December 2014', a month → 2014-12")
UNRESOLVED = DateValue(None, "unknown", None, "Tuesday", "'Tuesday': publication date unknown")


def source(sid: str, text: str, published: str | None = None) -> Source:
    return Source(sid, f"{sid}.txt", sid, "stated", None, None, published, "stated", "", (), None,
                  (Sentence(1, 1, text),))  # fmt: skip


def day(value: str, text: str = "on a day") -> DateValue:
    return DateValue(value, "day", None, text, f"'{text}' → {value}")


def build(*reports: tuple[str, str, str, DateValue, str, tuple[str, ...]], published=None,
          status: dict[str, str] | None = None, published_by: dict[str, str] | None = None):  # fmt: skip
    """Each report: (source id, sentence, title, date, verb, actor keys); one per source."""
    published_by = published_by or {}
    sources = {
        sid: source(sid, text, published_by.get(sid, published)) for sid, text, *_ in reports
    }
    status = status or {}
    extractions = {
        sid: Extraction(sid, sources[sid].sentences, (), (), (EventClaim(1, title, d, status.get(sid, "happened"), actors, verb),))
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
    # Neither day is picked; the month both give places the event.
    assert (events[0].date.value, events[0].date.precision) == ("2012-06", "month")
    assert {v.date.value for v in events[0].evidence} == {"2012-06-26", "2012-06-29"}


def test_dates_that_disagree_across_years_leave_the_date_open():
    events = build(
        ("a", "The two nations initialled the pact in 2011.", "The two nations initialled the pact",
         DateValue("2011", "year", None, "2011", "…"), "initial", ()),
        ("b", "The two nations initialled the pact in 2012.", "The two nations initialled the pact",
         DateValue("2012", "year", None, "2012", "…"), "initial", ()),
    )  # fmt: skip
    assert len(events) == 1 and events[0].conflict
    assert (events[0].date.value, events[0].date.precision) == (None, "unknown")


def test_the_same_words_years_apart_are_two_happenings_not_a_conflict():
    events = build(
        ("a", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day("2012-06-26", "Tuesday"), "approve", ()),
        ("b", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day("2016-11-22", "Tuesday"), "approve", ()),
    )  # fmt: skip
    assert [e.date.value for e in events] == ["2012-06-26", "2016-11-22"]
    assert not any(e.conflict for e in events)


def test_a_verb_and_its_noun_are_one_kind_of_happening():
    day = DateValue("2012-06-26", "day", None, "Tuesday", "…")
    events = build(
        ("a", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day, "approve", ("cabinet:Korea",)),
        ("b", "The approval by the cabinet of the pact on Tuesday.", "The approval by the cabinet of the pact",
         day, "approval", ("cabinet:Korea",)),
    )  # fmt: skip
    assert len(events) == 1


def test_synonymous_heads_on_a_compatible_date_are_one_happening():
    """ "Resumed negotiations this year" and "resumed discussions on Oct. 27" share too few words
    to merge on a shared year alone; that discussions are negotiations makes them one."""
    year = DateValue("2016", "year", None, "this year", "'this year' → 2016")
    events = build(
        ("a", "The two nations resumed negotiations this year.", "The two nations resumed negotiations",
         year, "resume", ()),
        ("b", "They resumed discussions on Oct. 27.", "They resumed discussions",
         day("2016-10-27", "Oct. 27"), "resume", ()),
    )  # fmt: skip
    assert len(events) == 1 and not events[0].conflict
    assert events[0].date.value == "2016-10-27"


def test_synonymous_verbs_on_one_day_are_one_happening():
    tuesday = day("2016-11-22", "Tuesday")
    events = build(
        ("a", "The cabinet endorsed the deal on Tuesday.", "The cabinet endorsed the deal",
         tuesday, "endorse", ()),
        ("b", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         tuesday, "approve", ()),
    )  # fmt: skip
    assert len(events) == 1


def test_a_rule_that_applies_and_one_that_takes_effect_on_one_day_are_one_happening():
    first = day("2032-01-01", "January 1")
    events = build(
        ("a", "The higher fee will apply from January 1.", "The higher fee will apply",
         first, "apply", ()),
        ("b", "The new fee takes effect on January 1.", "The new fee takes effect",
         first, "take", ()),
        ("c", "Ferry firms took the ministry to court on January 1.",
         "Ferry firms took the ministry to court", first, "take", ()),
    )  # fmt: skip
    assert sorted(len(e.evidence) for e in events) == [1, 2]


def test_precise_dates_that_disagree_keep_reports_apart_unless_told_alike():
    """Synonyms are not enough when the dates disagree: the reports may be two happenings."""
    week = DateValue(None, "week", "2016-11-06", "last week", "'last week' → the week …")
    events = build(
        ("a", "They resumed discussions on Oct. 27.", "They resumed discussions",
         day("2016-10-27", "Oct. 27"), "resume", ()),
        ("b", "They resumed negotiations in Tokyo last week.", "They resumed negotiations",
         week, "resume", ()),
    )  # fmt: skip
    assert len(events) == 2 and not any(e.conflict for e in events)
    assert {e.date.value for e in events} == {"2016-10-27", None}


def test_a_conflict_is_shown_with_each_sources_date_on_the_event_page():
    reports = [
        ("a", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day("2012-06-26", "Tuesday"), "approve", ()),
        ("b", "The cabinet approved the pact on Friday.", "The cabinet approved the pact",
         day("2012-06-29", "Friday"), "approve", ()),
    ]  # fmt: skip
    events = build(*reports)
    sources = tuple(source(sid, text) for sid, text, *_ in reports)
    data = store.to_data(Dossier("T", "the pact", sources, (), (), events))
    page = render.render(data, ROOT / "templates", "T", "the pact", "curation.yml")
    text = page[f"events/{events[0].id}.md"]
    warning = text.split("The sources disagree on the date", 1)[1].split("## Reported by")[0]
    assert "26 Jun 2012" in warning and "29 Jun 2012" in warning
    assert "](../sources/a.md#s1)" in warning and "](../sources/b.md#s1)" in warning
    assert "All of them put it in Jun 2012" in warning


def test_an_undated_report_that_fits_two_dated_happenings_joins_neither():
    events = build(
        ("a", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day("2012-06-26"), "approve", ()),
        ("b", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day("2016-11-22"), "approve", ()),
        ("c", "On Tuesday the cabinet approved the pact.", "The cabinet approved the pact",
         UNRESOLVED, "approve", ()),
    )  # fmt: skip
    undated = [e for e in events if [v.source for v in e.evidence] == ["c"]]
    assert len(undated) == 1 and undated[0].date.value is None


def test_different_ordinals_are_different_happenings():
    events = build(
        ("a", "The bill passed its first reading on Wednesday.", "The bill passed its first reading",
         day("2023-03-29"), "pass", ()),
        ("b", "The bill passed its second reading.", "The bill passed its second reading",
         UNRESOLVED, "pass", ()),
    )  # fmt: skip
    assert len(events) == 2


def test_an_undated_report_finds_a_happening_by_any_of_its_verbs():
    """The happening was first reported with "vote"; a later "passed" report must still find it."""
    march = DateValue("2023-03", "month", None, "March", "'March' → 2023-03")
    events = build(
        ("a", "Parliament voted on the bill's first reading on Wednesday.",
         "Parliament voted on the bill's first reading", day("2023-03-29"), "vote", ()),
        ("b", "The bill passed its first reading in March.", "The bill passed its first reading",
         march, "pass", ()),
        ("c", "The bill passed its first reading.", "The bill passed its first reading",
         UNRESOLVED, "pass", ()),
    )  # fmt: skip
    assert len(events) == 1 and events[0].date.value == "2023-03-29"


def test_the_merged_date_is_one_a_source_gives_and_order_does_not_matter():
    """A week and a month that overlap: the event takes the narrower report's date as written,
    never a day or span of its own making, whichever article comes first."""
    week = DateValue(None, "week", "2016-11-06", "last week", "'last week' → the week …")
    nov = DateValue("2016-11", "month", None, "November", "'November' → 2016-11")
    one = ("a", "They resumed talks last week.", "They resumed talks", week, "resume", ())
    two = ("b", "They resumed talks in November.", "They resumed talks", nov, "resume", ())
    for reports in ((one, two), (two, one)):
        events = build(*reports)
        assert len(events) == 1 and not events[0].conflict
        assert (events[0].date.value, events[0].date.end) == (None, "2016-11-06")


def test_happenings_long_before_the_first_source_are_background():
    colonial = DateValue("1910", "range", "1945", "1910-45", "'1910-45' → 1910–1945")
    events = build(
        ("a", "Japan ruled Korea from 1910-45.", "Japan ruled Korea", colonial, "rule", ()),
        ("b", "The cabinet approved the pact on Tuesday.", "The cabinet approved the pact",
         day("2016-11-22"), "approve", ()),
        ("c", "The two nations resumed talks last year.", "The two nations resumed talks",
         DateValue("2015", "year", None, "last year", "…"), "resume", ()),
        ("d", "Talks stalled.", "Talks stalled", UNRESOLVED, "stall", ()),
        published="2016-11-23",
    )  # fmt: skip
    background = {e.evidence[0].source: e.background for e in events}
    assert background == {"a": True, "b": False, "c": False, "d": False}
    sources = tuple(source(e.evidence[0].source, e.evidence[0].quote.text) for e in events)
    data = store.to_data(Dossier("T", "the pact", sources, (), (), events))
    assert [e["background"] for e in data["events"]] == [e.background for e in events]
    pages = render.render(data, ROOT / "templates", "T", "the pact", "curation.yml")
    noted = {e.evidence[0].source for e in events if "*Background:" in pages[f"events/{e.id}.md"]}
    assert noted == {"a"}


def test_an_announcement_and_a_later_happening_stay_apart():
    events = build(
        ("a", "The party announced on Tuesday that it would back the bill.",
         "The party announced that it would back the bill", day("2025-06-17"), "announce", ()),
        ("b", "The party announced its new leader on 15 July.", "The party announced its new leader",
         day("2025-07-15"), "announce", ()),
        ("c", "MPs passed the bill in July.", "MPs passed the bill",
         DateValue("2025-07", "month", None, "July", "…"), "pass", ()),
    )  # fmt: skip
    assert len(events) == 3 and not any(e.conflict for e in events)
    assert [e.date.value for e in events] == ["2025-06-17", "2025-07", "2025-07-15"]


def test_a_merged_event_takes_a_title_that_stands_alone():
    year = DateValue("2016", "year", None, "this year", "'this year' → 2016")
    events = build(
        ("a", "The two nations resumed negotiations this year.", "The two nations resumed negotiations",
         year, "resume", ()),
        ("b", "They resumed negotiations on Oct. 27.", "They resumed negotiations",
         day("2016-10-27", "Oct. 27"), "resume", ()),
    )  # fmt: skip
    assert len(events) == 1 and events[0].date.value == "2016-10-27"
    assert events[0].title == "The two nations resumed negotiations"


def test_the_latest_report_says_whether_a_plan_went_ahead():
    wednesday = day("2016-11-23", "Wednesday")
    events = build(
        ("a", "They will sign the pact on Wednesday.", "They will sign the pact", wednesday, "sign", ()),
        ("b", "They signed the pact on Wednesday.", "They signed the pact", wednesday, "sign", ()),
        status={"a": "planned"},
        published_by={"a": "2016-11-22", "b": "2016-11-24"},
    )  # fmt: skip
    assert len(events) == 1 and events[0].status == "happened"


def test_two_countries_doing_the_same_on_one_day_are_two_happenings():
    tuesday = day("2016-11-22", "Tuesday")
    events = build(
        ("a", "Japan's cabinet approved the pact on Tuesday.", "Japan's cabinet approved the pact",
         tuesday, "approve", ("cabinet:Japan",)),
        ("b", "South Korea's cabinet approved the pact on Tuesday.",
         "South Korea's cabinet approved the pact", tuesday, "approve", ("cabinet:South Korea",)),
        ("c", "The Korean cabinet approved the pact on Tuesday.", "The Korean cabinet approved the pact",
         tuesday, "approve", ("country:South Korea",)),
    )  # fmt: skip
    assert sorted(len(e.evidence) for e in events) == [1, 2]


def test_an_undated_report_naming_another_month_does_not_join():
    # The article's date is unknown, so "April" stays unresolved; it still is not 12 June.
    april = DateValue(None, "unknown", None, "April", "'April': publication date unknown")
    events = build(
        ("a", "The final vote had been scheduled for June 12 but was postponed.",
         "The final vote had been scheduled", day("2025-06-12", "June 12"), "schedule", ()),
        ("b", "The debate had been scheduled for April but was pushed back.",
         "The debate had been scheduled", april, "schedule", ()),
    )  # fmt: skip
    assert len(events) == 2
    assert {e.date.value for e in events} == {"2025-06-12", None}


def test_an_undated_report_of_another_named_day_does_not_join():
    # The second source has no publication date, so "June 10" has no year; it still is not Nov. 12.
    events = build(
        ("a", "Council put off a final vote that had been set for Nov. 12.", "A final vote had been set",
         day("2024-11-12", "Nov. 12"), "set", ()),
        ("b", "A committee hearing that had been set for June 10 was cancelled.", "A hearing had been set",
         DateValue(None, "unknown", None, "June 10", "'June 10': publication date unknown"), "set", ()),
    )  # fmt: skip
    assert len(events) == 2
    undated = next(e for e in events if e.date.value is None)
    assert [v.source for v in undated.evidence] == ["b"]
