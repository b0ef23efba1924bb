"""Dates: relative expressions resolved against the publication date, with tense and precision."""

from __future__ import annotations

from datetime import date

import pytest

from build_dossier.dates import resolve

TUE = date(2016, 11, 22)


@pytest.mark.parametrize(
    ("words", "tense", "value", "precision"),
    [
        ("Tuesday", "past", "2016-11-22", "day"),  # "approved … on Tuesday", published that Tuesday
        ("Wednesday", "future", "2016-11-23", "day"),  # "will sign … on Wednesday": the next day
        ("Wednesday", "past", "2016-11-16", "day"),
        ("this Friday", "future", "2016-11-25", "day"),
        ("yesterday", "past", "2016-11-21", "day"),
        ("Oct. 27", "past", "2016-10-27", "day"),
        ("Nov. 30", "future", "2016-11-30", "day"),
        ("December 2014", "past", "2014-12", "month"),  # a month, not a day
        ("last month", "past", "2016-10", "month"),
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
