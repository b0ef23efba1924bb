"""Dates: relative expressions resolved against the publication date, with tense and precision."""

from __future__ import annotations

from datetime import date

import pytest

from build_dossier.dates import display, named_month_day, relative_to, resolve

TUE = date(2016, 11, 22)


@pytest.mark.parametrize(
    ("words", "tense", "value", "precision"),
    [
        ("Tuesday", "past", "2016-11-22", "day"),  # "approved … on Tuesday", published that Tuesday
        ("Wednesday", "future", "2016-11-23", "day"),  # "will sign … on Wednesday": the next day
        ("Wednesday", "past", "2016-11-16", "day"),
        ("this Friday", "future", "2016-11-25", "day"),
        # "had been pencilled in for this Friday": the Friday of the publication's week.
        ("this Friday", "past", "2016-11-25", "day"),
        ("this Monday", "past", "2016-11-21", "day"),
        ("this Monday", "future", "2016-11-28", "day"),
        ("yesterday", "past", "2016-11-21", "day"),
        ("last Friday", "past", "2016-11-18", "day"),
        # Halves and quarters are spans of months, of a year named or counted from publication.
        ("the second half of 2017", "future", "2017-07", "range"),
        ("in the first half of next year", "future", "2017-01", "range"),
        ("the third quarter of 2015", "past", "2015-07", "range"),
        # "last Monday" on a Tuesday is not yesterday, nor "next Wednesday" tomorrow.
        ("last Monday", "past", "2016-11-14", "day"),
        ("next Wednesday", "future", "2016-11-30", "day"),
        ("next Friday", "future", "2016-11-25", "day"),
        ("Oct. 27", "past", "2016-10-27", "day"),
        ("Nov. 30", "future", "2016-11-30", "day"),
        ("December 2014", "past", "2014-12", "month"),  # a month, not a day
        ("last month", "past", "2016-10", "month"),
        # A possessive date is the same date: "during last year's campaign", "Monday's vote".
        ("during last year's", "past", "2015", "year"),
        ("Monday's", "past", "2016-11-21", "day"),
        ("in April", "past", "2016-04", "month"),
        ("2012", "past", "2012", "year"),
        ("four years ago", "past", "2012", "year"),  # a year, not a day
        ("this year", "past", "2016", "year"),
        ("early 2011", "past", "2011", "year"),
        ("1910-45", "past", "1910", "range"),
        ("from 1910 to 1945", "past", "1910", "range"),
        ("next week", "future", None, "week"),
    ],
)
def test_resolve(words, tense, value, precision):
    d = resolve(words, TUE, tense)
    assert (d.value, d.precision) == (value, precision)
    assert d.derivation.startswith(f"'{words}'")


def test_in_april_before_april_means_last_year():
    assert resolve("in April", date(2025, 2, 10), "past").value == "2024-04"
    assert resolve("in April", date(2025, 2, 10), "future").value == "2025-04"


def test_derivation_reads_as_a_sentence():
    d = resolve("on Wednesday", TUE, "future")
    assert d.derivation == "'on Wednesday', future tense, published Tue 2016-11-22 → Wed 2016-11-23"


def test_without_a_publication_date_relative_words_stay_unresolved():
    d = resolve("on Tuesday", None, "past")
    assert (d.value, d.precision) == (None, "unknown")
    assert resolve("December 2014", None, "past").value == "2014-12"


def test_ranges_and_weeks_keep_their_end():
    assert resolve("1910-45", TUE, "past").end == "1945"
    assert resolve("next week", TUE, "future").end == "2016-12-04"


@pytest.mark.parametrize(
    ("words", "tense", "value", "end"),
    [
        ("from Dec. 5 to Dec. 9", "future", "2016-12-05", "2016-12-09"),
        ("between Nov. 1 and Nov. 9", "past", "2016-11-01", "2016-11-09"),
        ("Oct. 3 to Nov. 4", "past", "2016-10-03", "2016-11-04"),
        ("from December 2015 to February 2016", "past", "2015-12", "2016-02"),
    ],
)
def test_a_span_of_days_or_months_keeps_both_ends(words, tense, value, end):
    d = resolve(words, TUE, tense)
    assert (d.value, d.precision, d.end) == (value, "range", end)


def test_a_span_whose_end_comes_before_its_start_is_left_open():
    assert resolve("from Nov. 9 to Nov. 1", TUE, "past").value is None
    # "and" without "between" lists two days; it is no span.
    assert resolve("Nov. 1 and Nov. 9", TUE, "past").precision != "range"


FRI = date(2019, 2, 8)


@pytest.mark.parametrize(
    ("words", "published", "value"),
    [
        ("last June", FRI, "2018-06"),  # the June before publication
        ("last January", FRI, "2019-01"),
        ("last February", FRI, "2018-02"),  # "last" never means the current month
        ("next April", FRI, "2019-04"),
        ("next January", FRI, "2020-01"),
        ("this March", FRI, "2019-03"),
    ],
)
def test_named_month_counted_from_publication(words, published, value):
    d = resolve(words, published, "past")
    assert (d.value, d.precision) == (value, "month")


def test_a_decade_is_a_decade_not_a_year():
    d = resolve("in the 1980s", FRI, "past")
    assert (d.value, d.precision, d.end) == ("1980", "decade", "1989")


def test_several_years_ago_is_a_year_counted_back():
    assert resolve("three years ago", FRI, "past").value == "2016"
    assert resolve("two months ago", FRI, "past").value == "2018-12"


def test_seasons_give_a_year_only_where_the_hemisphere_settles_it():
    nov = date(2027, 11, 18)
    assert resolve("last spring", nov, "past", hemisphere="north").value == "2027"
    assert resolve("last spring", nov, "past", hemisphere="south").value == "2026"  # Sep-Nov
    # No country to say which: the two readings disagree, so no guess.
    assert resolve("last spring", nov, "past").precision == "unknown"
    assert resolve("last fall", date(2028, 3, 10), "past").value == "2027"  # both agree
    assert resolve("the fall of 2030", nov, "future").value == "2030"
    # Winter runs over New Year: no single year, even with the year named.
    assert resolve("the winter of 2029", nov, "future", hemisphere="north").value is None


def test_a_weekday_before_a_date_is_checked_against_it():
    assert resolve("Sunday, March 10", FRI, "future").value == "2019-03-10"
    # A weekday that does not fall on that day: one of the two is wrong, so neither is used.
    assert resolve("Monday, March 10", FRI, "future").value is None


def test_weekends_are_weeks_and_a_deadline_weekday_looks_ahead():
    d = resolve("last weekend", FRI, "past")
    assert (d.value, d.precision, d.end) == (None, "week", "2019-02-03")
    assert resolve("this weekend", FRI, "future").end == "2019-02-10"
    assert resolve("by Monday", FRI, "future").value == "2019-02-11"
    assert resolve("from next Monday", FRI, "future").value == "2019-02-11"


def test_the_following_year_counts_from_the_year_of_the_date_before():
    from build_dossier.dates import relative_year

    early = resolve("early 2015", FRI, "past")
    assert relative_year("the following year", early).value == "2016"
    assert relative_year("the previous year", resolve("March 2015", FRI, "past")).value == "2014"
    assert relative_year("the following year", resolve("last week", FRI, "past")) is None


def test_n_days_later_counts_from_the_day_it_follows():
    march_1 = resolve("March 1", FRI, "future")
    assert relative_to("two days later", march_1).value == "2019-03-03"
    assert relative_to("a week later", march_1) is None  # weeks are left to the week rules


def test_the_previous_day_counts_from_a_day_of_the_same_sentence():
    thursday = resolve("Thursday", FRI, "past")
    d = relative_to("the previous day", thursday)
    assert (d.value, d.precision) == ("2019-02-06", "day")
    assert "counted from 'Thursday'" in d.derivation
    assert relative_to("the next day", thursday).value == "2019-02-08"
    assert relative_to("the previous day", resolve("last month", FRI, "past")) is None


def test_would_counts_forward_from_the_day_it_was_said():
    said = "said 'Monday' (Mon 2019-02-04)"
    d = resolve("Wednesday", date(2019, 2, 4), "future", said=said)
    assert d.value == "2019-02-06"  # after the saying, though before a Friday publication
    assert said in d.derivation


@pytest.mark.parametrize(
    ("value", "precision", "end", "shown"),
    [
        ("2016-11-22", "day", None, "22 Nov 2016"),
        ("2014-12", "month", None, "Dec 2014"),
        ("2012", "year", None, "2012"),
        ("1910", "range", "1945", "1910–1945"),
        ("2016-11-01", "range", "2016-11-09", "1 Nov – 9 Nov 2016"),
        ("2016-12-28", "range", "2017-01-04", "28 Dec 2016 – 4 Jan 2017"),
        ("2015-12", "range", "2016-02", "Dec 2015 – Feb 2016"),
        ("1990", "decade", "1999", "the 1990s"),
        (None, "week", "2016-11-20", "week of 14–20 Nov 2016"),
        (None, "week", "2016-12-04", "week of 28 Nov – 4 Dec 2016"),
        (None, "week", "2015-01-04", "week of 29 Dec 2014 – 4 Jan 2015"),
        (None, "unknown", None, "date unresolved"),
    ],
)
def test_display_keeps_the_precision(value, precision, end, shown):
    assert display(value, precision, end) == shown


@pytest.mark.parametrize(
    ("words", "tense", "value", "precision"),
    [
        ("1 July", "future", "2019-07-01", "day"),  # day before month, as European papers write
        ("on 1 November", "past", "2018-11-01", "day"),
        ("from July", "future", "2019-07", "month"),
        ("late last year", "past", "2018", "year"),
        ("at the end of this month", "future", "2019-02", "month"),
        ("early next year", "future", "2020", "year"),
        ("in the first quarter of 2020", "future", "2020-01", "range"),  # January to March
        ("by the end of April", "future", "2019-04", "month"),
        ("before the end of September", "future", "2019-09", "month"),
        ("by the end of the year", "future", "2019", "year"),  # the year, not its last day
        ("by the end of May next year", "future", "2020-05", "month"),
    ],
)
def test_more_ways_of_writing_a_date(words, tense, value, precision):
    d = resolve(words, FRI, tense)
    assert (d.value, d.precision) == (value, precision)


def test_a_bound_written_as_as_early_as_is_its_date():
    assert resolve("as early as Thursday", FRI, "future").value == "2019-02-14"
    assert resolve("no later than June", FRI, "future").value == "2019-06"


def test_a_yearless_day_more_than_half_a_year_back_is_left_unresolved():
    # "a final vote scheduled for Nov. 12" read in the past tense on 24 Oct 2024: not Nov 2023.
    far = resolve("Nov. 12", date(2024, 10, 24), "past")
    assert far.value is None and "half a year" in far.derivation
    # A few months back the year before is still what a news story means by it.
    near = resolve("Nov. 12", date(2025, 1, 28), "past")
    assert (near.value, near.precision) == ("2024-11-12", "day")


@pytest.mark.parametrize(
    ("words", "named"),
    [("June 10", (6, 10)), ("set for 10 June", (6, 10)), ("in March", (3, None)),
     ("July 1, 2025", None), ("next week", None)],
)  # fmt: skip
def test_named_month_day_is_what_a_yearless_date_still_says(words, named):
    assert named_month_day(words) == named


def test_a_present_tense_day_long_past_is_left_open_not_guessed():
    # "The start date is March 1" in a September story: not this year's March 1, long past.
    assert resolve("March 1", date(2028, 9, 11), "present").value is None
    assert resolve("September 30", date(2028, 9, 11), "present").value == "2028-09-30"
    assert resolve("April 30", date(2028, 9, 11), "present").value == "2028-04-30"
