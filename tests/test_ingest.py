"""Ingest: page furniture removed, metadata found, bad input reported on one line."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from build_dossier import ingest
from build_dossier.problems import Problems

from .conftest import FIXTURES, ROOT

SEEDS = ROOT / "seeds"


def read(name: str, seeds: Path = SEEDS):
    problems = Problems()
    return ingest.read_article(seeds / name, seeds, problems), problems


def test_wire_story_loses_furniture_and_keeps_its_metadata():
    article, _ = read("001_2ebcd814bd66d2c1.txt")
    text = "\n".join(article.paragraphs)
    assert article.title == "S. Korea, Japan make progress in talks on military intel pact"
    for furniture in (
        "Go to Contents",
        "(ATTN:",
        "Send Feedback",
        "Thanks for your feedback",
        "undated image",
    ):
        assert furniture not in text
    assert article.dateline == "SEOUL, Nov. 9 (Yonhap) --"
    assert article.paragraphs[0].startswith("South Korea and Japan made progress Wednesday")
    assert (article.published, article.published_basis) == (date(2016, 11, 9), "stated")
    assert article.outlet == "Yonhap"


def test_line_wrap_artefact_is_rejoined_and_byline_is_not_text():
    article, _ = read("000_3f7e8eacfcac4a40.txt")
    text = "\n".join(article.paragraphs)
    assert "Moon Sang-gyun" in text and "Sang- gyun" not in text
    assert "\u00a0" not in text
    assert "cwlim34@ajunews.com" not in text and "[Yonhap News Photo]" not in text
    assert article.authors == ("Park Sae-jin", "Lim Chang-won")
    assert article.published == date(2016, 11, 11)  # "Posted", not "Updated"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Porter, political correspondent", ["Jane Porter"]),
        ("By Jane Porter and Ali Khan, Health Editor", ["Jane Porter", "Ali Khan"]),
        ("By Jane Porter, Ali Khan", ["Jane Porter", "Ali Khan"]),
        # Where the writer was, a role before the name, a contact line: no outlet, one writer.
        ("By Jane Porter in Gdansk", ["Jane Porter"]),
        ("By state political reporter Jane Porter", ["Jane Porter"]),
        ("Write to Jane Porter at jporter@example.org", ["Jane Porter"]),
    ],
)
def test_a_role_after_the_byline_name_is_not_an_author(line, authors):
    assert ingest.byline_of(line) == (authors, None)


OUTLETS = FIXTURES / "outlets"


@pytest.mark.parametrize(
    ("name", "title", "authors", "published", "lead", "furniture"),
    [
        (
            "wire_reuters_style.txt",
            "Dutch lawmakers back sugar levy despite industry pushback",
            ("Anna Meijer", "Tom Clarke"),
            date(2016, 11, 8),
            "Dutch lawmakers on Tuesday backed",
            ("Skip to main content", "Our Standards", "Purchase Licensing", "Reporting by"),
        ),
        (
            "newspaper_guardian_style.txt",
            "Health minister defends sugar levy as MPs prepare to vote",
            ("Jane Porter",),
            date(2016, 11, 22),
            "The health minister has defended",
            ("Skip to main", "Ministers say tax", "Reuse this content", "Most viewed"),
        ),
        (
            "agency_ap_style.txt",
            "Spain's Cabinet approves tax on sugary drinks",
            ("Maria Lopez",),
            date(2016, 11, 25),
            "Spain's Cabinet on Friday approved",
            ("Copyright 2016", "All rights reserved", "AP NEWS"),
        ),
        (
            "broadcaster_bbc_style.txt",
            "Sugar tax: Drinks firms 'must reformulate' before levy starts",
            (),
            date(2016, 11, 22),
            "Drinks companies must cut the sugar",
            ("Image caption", "Image copyright", "Related Topics", "iPlayer"),
        ),
    ],
)
def test_pages_copied_from_other_outlets(name, title, authors, published, lead, furniture):
    """Page layouts this tool was not written around: navigation above, trailers below."""
    article, problems = read(name, OUTLETS)
    text = "\n".join(article.paragraphs)
    assert (article.title, article.title_basis) == (title, "stated")
    assert article.authors == authors
    assert article.published == published
    assert article.paragraphs[0].startswith(lead)
    for line in furniture:
        assert line not in text
    assert not problems.errors


@pytest.mark.parametrize(
    "line",
    [
        "Posted: Nov. 18, 2027, 5:42 p.m. | Updated: Nov. 18, 2027, 7:10 p.m.",
        "Published 2028-03-10 | Updated 2028-03-10 11:48 a.m.",
    ],
)
def test_a_labelled_date_line_ending_in_a_time_is_the_pages_date_not_the_story(line):
    """ "p.m." ends the line like a sentence; the label says what the line is."""
    lines = ["Council approves bus lane plan", "By Ann Lee", line, "", LEAD]
    parts = ingest.classify(lines)
    assert line in parts["meta"] and line not in parts["body"]


LEAD = "The city council approved the bus lane plan on Monday after a long and heated debate."


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Copyright The Harbour Daily. All rights reserved.", "The Harbour Daily"),
        ("© 2027 Harbour Daily Media Co. All rights reserved.", "Harbour Daily Media"),
        ("© 2028 The Vistula Post Sp. z o.o. | About us", "The Vistula Post"),
        ("Copyright (c) 2026 Harbour Daily Pty Ltd. All rights reserved.", "Harbour Daily"),
    ],
)
def test_the_copyright_line_names_the_outlet_without_its_legal_form(line, owner):
    assert ingest.copyright_owner(line) == owner


@pytest.mark.parametrize("dateline", ["GDANSK — ", "TORUN/GDANSK - ", "SOPOT, Pol. -- "])
def test_a_bare_dateline_in_capitals_is_no_part_of_the_story(dateline):
    lines = ["Council approves bus lane plan", "By Ann Lee", "", dateline + LEAD]
    article = ingest.parse_text("\n".join(lines), "a.txt")
    assert article.paragraphs[0] == LEAD


def test_the_masthead_names_the_outlet_when_the_page_names_it_again():
    lines = ["HARBOUR LIGHT DAILY", "News | Sport", "Council approves bus lane plan", "", LEAD,
             "Related on Harbour Light Daily", "Harbour Light Daily is an independent publication."]  # fmt: skip
    assert ingest.masthead(lines, "Council approves bus lane plan") == "Harbour Light Daily"
    # A first line the page never names again is a headline or a menu, not a site.
    assert ingest.masthead(lines[1:5], "Council approves bus lane plan") is None
    assert ingest.masthead(["Council approves bus lane plan", LEAD], None) is None


def test_headline_is_the_line_about_the_story_not_the_navigation():
    lines = ["Skip to content", "World news", "Council approves bus lane plan", "By Ann Lee"]
    body = ["The city council approved the bus lane plan on Monday after a long debate."]
    assert ingest.headline_of(lines[:3], body) == "Council approves bus lane plan"
    # Nothing above the story talks about it: no headline, rather than a menu item as one.
    assert ingest.headline_of(["Skip to content", "World news"], body) is None


def test_a_headline_ending_in_a_quote_is_no_paragraph_and_a_slashed_breadcrumb_no_headline():
    lines = [
        "NORLAND WIRE | Norland Wire Service",
        "Home / World / Politics / Defence",
        'Harbour party quits levy hearing; mayor warns against "bloc politics"',
        "",
        "By Ann Lee",
        "",
        "PORTHAVEN, April 17 (NWS) -- The Harbour Party stormed out of a committee hearing on the "
        "levy on Tuesday, and the mayor said on Wednesday that the levy was fair.",
        "The levy was first proposed in 2029.",
    ]
    article = ingest.parse_text("\n".join(lines), "a.txt")
    assert article.title.startswith("Harbour party quits levy hearing")
    assert article.paragraphs[0].startswith("The Harbour Party stormed out")
    assert (article.published, article.published_basis) == (date(2030, 4, 17), "inferred")


def test_a_headline_or_a_paragraph_with_slashes_is_no_breadcrumb():
    lines = ["Levy vote: Yes / No / Abstain tallies released", "", LEAD,
             "Diesel rose to $3.50 / litre / week, the council said on Monday."]  # fmt: skip
    article = ingest.parse_text("\n".join(lines), "a.txt")
    assert article.title == lines[0]
    assert len(article.paragraphs) == 2


def test_dateline_without_year_is_inferred_from_the_weekday_and_says_so():
    article, _ = read("004_711d320877050c39.txt")
    assert (article.published, article.published_basis) == (date(2012, 6, 27), "inferred")
    assert "Wednesday" in article.published_note and "2011" in article.published_note
    assert article.title == "S. Korea, Japan to sign first military accord soon: official"


def test_article_without_a_date_is_unknown_and_the_build_is_told():
    problems = Problems()
    articles = {a.file: a for a in ingest.read_articles(SEEDS, problems)}
    article = articles["003_e7526d7d388919c6.txt"]
    assert article.published is None and article.published_basis == "unknown"
    assert problems.warnings == [
        "seeds/003_e7526d7d388919c6.txt: no publication date in the text; add "
        "`published: YYYY-MM-DD` to 003_e7526d7d388919c6.meta.yml if you know it"
    ]
    assert not any("Log in" in p or "Standards Board" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is a binary file, not text"),
        (b"caf\xe9 au lait", "is not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, content, message):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(
        "A headline here\n\n" + "This is a sentence of the story. " * 3
    )
    problems = Problems()
    articles = [ingest.read_article(p, tmp_path, problems) for p in ingest.discover(tmp_path)]
    assert problems.errors == [f"seeds/bad.txt: {message}"]
    assert [a.file for a in articles if a] == ["good.txt"]


def test_sidecar_supplies_a_date_and_a_broken_one_is_reported(tmp_path):
    body = "Headline of the day\n\nThe committee approved the plan on Tuesday, officials said.\n"
    (tmp_path / "a.txt").write_text(body)
    (tmp_path / "a.meta.yml").write_text("published: 2020-05-06\noutlet: Example Times\n")
    (tmp_path / "b.txt").write_text(body)
    (tmp_path / "b.meta.yml").write_text("published: [oops\n")
    problems = Problems()
    a = ingest.read_article(tmp_path / "a.txt", tmp_path, problems)
    assert (a.published, a.published_basis, a.outlet) == (
        date(2020, 5, 6),
        "curated",
        "Example Times",
    )
    assert ingest.read_article(tmp_path / "b.txt", tmp_path, problems) is None
    assert problems.errors == [
        "seeds/b.meta.yml: not valid YAML at line 2; the article was skipped"
    ]


def test_sidecar_with_unknown_field_names_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Headline of the day\n\nThe committee approved the plan, officials said.\n"
    )
    (tmp_path / "a.meta.yml").write_text("publised: 2020-05-06\n")
    problems = Problems()
    assert ingest.read_article(tmp_path / "a.txt", tmp_path, problems) is None
    assert problems.errors[0].startswith("seeds/a.meta.yml: unknown field 'publised'")


def test_html_page_goes_through_trafilatura():
    article, _ = read("saved_news_page.html", FIXTURES / "ingest")
    assert article.title == "Council approves congestion charge"
    assert article.outlet == "The Riverside Courier"
    assert (article.published, article.published_basis) == (date(2024, 3, 5), "stated")
    assert article.authors == ("Dana Whitfield",)
    text = "\n".join(article.paragraphs)
    assert (
        "Mayor Elena Marsh" in text
        and "Subscribe" not in text
        and "All rights reserved" not in text
    )


def test_markdown_front_matter():
    article, _ = read("front_matter_article.md", FIXTURES / "ingest")
    assert (article.title, article.outlet, article.authors) == (
        "Ministers agree on plastics levy",
        "Example Wire",
        ("Jo Park",),
    )
    assert (article.published, article.published_basis) == (date(2025, 2, 11), "curated")


def test_a_future_target_year_does_not_push_the_inferred_year(tmp_path):
    (tmp_path / "wire.txt").write_text(
        "Port plan approved\n\n"
        "HAMBURG, March 3 (Reuters) -- The city will expand its port, the harbour authority said "
        "on Tuesday.\n\n"
        "The last expansion was finished in 2011 after years of delay.\n\n"
        "The authority aims to double its capacity by 2035.\n",
        encoding="utf-8",
    )
    article, _ = read("wire.txt", tmp_path)
    # 2015 is the first year from 2011 in which March 3 is a Tuesday; "by 2035" is a target.
    assert (article.published, article.published_basis) == (date(2015, 3, 3), "inferred")
    assert "2011" in article.published_note


def page(tmp_path, *paragraphs: str):
    """Read an invented page of these paragraphs, as `read` does; (article, problems)."""
    (tmp_path / "page.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return read("page.txt", tmp_path)


def test_a_saying_the_day_before_the_ledes_day_is_background_not_the_dateline_day(tmp_path):
    article, _ = page(
        tmp_path,
        "Fare rise bites",
        "LYON, Oct. 6 (EFW) -- Commuters crowded the platforms on Sunday, the second day of the "
        "higher fares.",
        "Fares rose on Saturday after the transport board approved the plan in 2026.",
        "The mayor said on Saturday that the rise was fair.",
    )
    # 6 October is a Sunday in 2030 and a Saturday in 2029: the lede's Sunday is the day's news.
    assert (article.published, article.published_basis) == (date(2030, 10, 6), "inferred")
    assert "Sunday" in article.published_note


def test_a_ledes_day_ahead_does_not_displace_the_day_a_thing_was_said(tmp_path):
    article, _ = page(
        tmp_path,
        "Vote ahead",
        "LYON, Oct. 5 (EFW) -- The council will vote on Monday on the fare rise.",
        "Its plan was first put in 2027.",
        "The mayor said on Saturday that the rise was fair.",
    )
    # 5 October is a Saturday in 2030 (and a Monday in 2026, before the plan of 2027)
    assert (article.published, article.published_basis) == (date(2030, 10, 5), "inferred")


def test_a_past_month_bounds_the_inferred_year_from_below(tmp_path):
    article, _ = page(
        tmp_path,
        "Bread price up",
        "CAIRO, Feb. 4 (EFW) -- The price of bread rose, the minister said on Sunday.",
        "The last rise came in June 2029.",
    )
    # 4 February is a Sunday in 2029 (before June 2029, so not then) and in 2035: too far to
    # say, so the date stays unknown rather than 2029.
    assert article.published is None


def wire(tmp_path, *paragraphs: str):
    text = "Fleet deal agreed\n\nOSLO, Sept 14 (NWP) -- Two countries agreed a fishing deal, their "
    text += "governments said on Thursday.\n\n" + "\n\n".join(paragraphs) + "\n"
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    return read("wire.txt", tmp_path)[0]


def test_a_yearless_dateline_with_two_possible_years_stays_unknown_and_names_them(tmp_path):
    # 14 September is a Thursday in 2017 and 2023, both between 2015 (past) and 2025 (ahead).
    article = wire(
        tmp_path,
        "The fleet has lost half its quota since 2015.",
        "They aim to bring the deal into force for the 2025 season.",
    )
    assert (article.published, article.published_basis) == (None, "unknown")
    assert "2017 and 2023" in article.published_note


def test_a_yearless_dateline_is_settled_by_the_other_sources_dates(tmp_path):
    # 28 January is a Tuesday in 2020 and 2025; the other source is from 2024, so 2025.
    (tmp_path / "wire.txt").write_text(
        "Toll vote delayed\n\nPITTSBURGH, Jan. 28 (KWS) -- The council delayed its vote on the toll, "
        "its president said Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "daily.txt").write_text(
        "Mayor proposes a toll\n\nPublished : 11 Jun 2024 - 10:02\n\n"
        "The mayor proposed a toll on cars entering downtown on Monday.\n",
        encoding="utf-8",
    )
    problems = Problems()
    wire = next(a for a in ingest.read_articles(tmp_path, problems) if a.file == "wire.txt")
    assert (wire.published, wire.published_basis) == (date(2025, 1, 28), "inferred")
    assert "2024-06-11" in wire.published_note and not problems.warnings
    # Alone, the same story gives no year: 2020 and 2025 both fit.
    (tmp_path / "daily.txt").unlink()
    alone = ingest.read_articles(tmp_path, problems)[0]
    assert alone.published is None


def dossier_of(tmp_path, wire_lede: str, *stated: str):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "wire.txt").write_text(f"Cup levy approved\n\n{wire_lede}\n", encoding="utf-8")
    for i, published in enumerate(stated):
        (tmp_path / f"daily{i}.txt").write_text(
            f"Cup levy news\n\nPublished : {published} - 10:02\n\n"
            "Ministers and cafe owners debated the proposed levy on disposable cups again.\n",
            encoding="utf-8",
        )
    return next(a for a in ingest.read_articles(tmp_path, Problems()) if a.file == "wire.txt")


def test_a_yearless_dateline_between_the_other_sources_takes_their_year(tmp_path):
    wire = dossier_of(
        tmp_path,
        "DUBLIN, April 22 (EPW) -- Ministers approved a levy on coffee cups on Tuesday.",
        "10 Feb 2026",
        "2 Sep 2026",
    )
    assert (wire.published, wire.published_basis) == (date(2026, 4, 22), "inferred")
    assert "falls between them only in 2026" in wire.published_note


def test_a_yearless_dateline_outside_or_across_the_other_sources_stays_unknown(tmp_path):
    lede = "DUBLIN, April 22 (EPW) -- Ministers approved a levy on coffee cups."
    assert dossier_of(tmp_path / "a", lede, "10 May 2026", "2 Sep 2026").published is None
    # Sources over two years: April 22 falls between them in 2025 and in 2026.
    assert dossier_of(tmp_path / "b", lede, "10 Feb 2025", "2 Sep 2026").published is None


def test_a_weekday_the_story_gives_must_agree_with_the_year_between_the_sources(tmp_path):
    # 22 April 2026 is a Wednesday: "said Friday" contradicts it.
    lede = "DUBLIN, April 22 (EPW) -- Ministers approved a cup levy, the minister said Friday."
    assert dossier_of(tmp_path, lede, "10 Feb 2026", "2 Sep 2026").published is None


def test_a_lede_saying_on_a_weekday_dates_a_yearless_dateline(tmp_path):
    # 21 May is a Wednesday in 2025 only, of the years from 2024 (past) to 2026.
    (tmp_path / "wire.txt").write_text(
        "Age limit criticised\n\nOSLO, May 21 (NWP) -- The plan ran into criticism, with an "
        "industry group saying on Wednesday it would complain.\n\nA similar law passed in "
        "November 2024. The vote is due in 2026.\n",
        encoding="utf-8",
    )
    article = read("wire.txt", tmp_path)[0]
    assert (article.published, article.published_basis) == (date(2025, 5, 21), "inferred")
    assert "saying on Wednesday" in article.published_note


def test_a_copyright_year_on_the_page_bounds_the_inferred_year(tmp_path):
    article = wire(tmp_path, "The fleet has lost half its quota since 2015.", "(c) 2019 NWP")
    assert (article.published, article.published_basis) == (date(2017, 9, 14), "inferred")
    assert "2019" in article.published_note


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("The bridge opened in 1998 and closed in 2004.", [1998, 2004]),
        ("The city will finish the line by 2030.", []),
        ("Work is expected to start in 2026.", []),
        ("Fares stay frozen until 2027, but rose in 2019.", [2019]),
        ("It would be a lifeline for a fleet that has lost half its quota since 2015.", [2015]),
        # "St." does not end the sentence, so "aimed to" still governs 2025.
        ("They aimed to sign in St. John's, with the deal in force for the 2025 season.", []),
        # A date a plan is moved to or runs from is no past year.
        ("The council asked to bring the start forward to July 2026.", []),
        ("Renewals stop from 2028, the plan says.", []),
        # A target it replaces, and what an old plan would have done, are no past years either.
        ("It agreed last week to close the mines by 2040 instead of 2049.", []),
        ("Under the 2015 deal, the last plant would have shut in 2040.", [2015]),
        # A span told as done is past; so is what happened after a "would have" clause, and a
        # relative clause in the past inside a sentence about the future.
        ("A trial ran from 2018 to 2020 and was not extended.", [2018, 2020]),
        (
            "A bill that would have capped fares failed in committee during the 2019 session.",
            [2019],
        ),
        ("Wanjiru, who won the post in the May 2019 vote, will sign the bill.", [2019]),
        # ... and a relative clause in the present inside a sentence about the past.
        ("The agency cut its rating of the port, whose lease expires in 2031.", []),
        ("Rates rose on Monday for a fund which runs until 2035, and again in 2024.", [2024]),
        ("The Greens, who swept the 2027 city vote, backed it.", [2027]),
        (
            "The bank, which is still recovering from the 2020 floods, said Wednesday it backed it.",
            [2020],
        ),
        # Each clause joined by a conjunction keeps its own tense.
        ("A motion failed in March 2024, and the party has no plans to revive it.", [2024]),
        ("The council voted in 2027, and the levy will start in 2029.", [2027]),
        # A plan given up may have been for any year; a year a thing is for, or must come
        # ahead of, is a target.
        ("It said a grid hook-up had been promised for 2031.", []),
        ("Net profit for 2028 rose 12 percent.", [2028]),
        ("The group urged ministers to let firms connect ahead of 2031.", []),
        # A year that names a deadline is a target, whatever the tense around it.
        ("The 2040 date was never up for debate, she said.", []),
    ],
)
def test_past_years_leave_out_targets_and_plans(sentence, years):
    assert ingest.years_referred_to([sentence])[0] == years


@pytest.mark.parametrize(
    ("sentence", "past", "ahead"),
    [
        # The year told is the one counted from the anchor, not the anchor's own.
        ("The poll is due in May, four years after the 2021 vote.", [], [2025]),
        ("The first fund closed three years before the 2022 review.", [2019], []),
        # No count: the year is read as any other ("in the years after the 2008 crash").
        ("Unemployment rose in the years after the 2008 crash.", [2008], []),
    ],
)
def test_a_year_that_anchors_a_count_of_years_stands_for_the_year_counted(sentence, past, ahead):
    assert ingest.years_referred_to([sentence]) == (past, ahead)


def test_a_plan_given_up_tells_no_year_either_way():
    # "had been due to expire in 2027": the plan's year may lie on either side of the story's.
    sentence = "The cap, which had been due to expire in 2027, was renewed in May."
    assert ingest.years_referred_to([sentence]) == ([], [])


def test_dateline_naming_the_country_and_a_trailer_that_ends_the_story(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Port Moresby approves fishing levy\n"
        "PORT MORESBY, Papua New Guinea (AP) — Lawmakers on Tuesday approved a levy on foreign "
        "fishing fleets, officials said.\n"
        "The levy takes effect next year.\n"
        "Reporting by Ana Kila; Editing by Tom Reyes\n"
        "Our Standards: The Trust Principles.\n"
        "All quotes delayed a minimum of 15 minutes and shown here for reference only.\n",
        "utf-8",
    )
    article, _ = read("a.txt", tmp_path)
    assert article.outlet == "AP"
    assert article.paragraphs[0].startswith("Lawmakers on Tuesday")
    assert article.paragraphs[-1] == "The levy takes effect next year."


def test_an_unchanged_article_is_read_back_from_the_cache(tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    shutil.copy(SEEDS / "001_2ebcd814bd66d2c1.txt", seeds / "a.txt")
    first = ingest.read_article(seeds / "a.txt", seeds, Problems(), cache)
    assert len(list(cache.glob("*.article.json"))) == 1
    assert ingest.read_article(seeds / "a.txt", seeds, Problems(), cache) == first
    # A changed file is parsed again, never served stale.
    (seeds / "a.txt").write_text(
        "Council backs bus lanes\n\nThe council backed the plan on Monday.\n"
    )
    changed = ingest.read_article(seeds / "a.txt", seeds, Problems(), cache)
    assert changed.title == "Council backs bus lanes" and changed != first


@pytest.mark.parametrize(
    ("lede", "published", "basis"),
    [
        # 19 March 2024 is a Tuesday: the lede's weekday agrees with the copyright year.
        ("A vote on the levy was pushed back on Tuesday, officials said.", date(2024, 3, 19), "inferred"),
        # The lede names Friday: the copyright year cannot be the dateline's year, so no guess.
        ("A vote on the levy was pushed back on Friday, officials said.", None, "unknown"),
        # No weekday at all: a copyright year alone is not trusted.
        ("A vote on the levy has been pushed back, officials said.", None, "unknown"),
    ],
)  # fmt: skip
def test_a_copyright_year_dates_a_yearless_dateline_only_with_a_weekday_that_agrees(
    tmp_path, lede, published, basis
):
    (tmp_path / "wire.txt").write_text(
        "Levy vote delayed\n\n"
        f"OSLO, March 19 (NPA) - {lede}\n\n"
        "The finance committee wants more time to study the levy.\n\n"
        "(c) 2024 Nordic Press Agency. All rights reserved.\n",
        encoding="utf-8",
    )
    article, _ = read("wire.txt", tmp_path)
    assert (article.published, article.published_basis) == (published, basis)
    if published:
        assert "copyright year is 2024" in article.published_note


def test_a_sentence_opening_with_by_and_a_date_is_not_a_byline():
    assert ingest.byline_of("By November, more than 300 shops had joined the lawsuit.") is None
    assert ingest.byline_of("By the end of 2014, talks had stalled.") is None
    assert ingest.byline_of("By May Jones") == (["May Jones"], None)


def test_bracketed_photo_caption_and_parenthesised_credits_are_not_story():
    text = (
        "Harbour town weighs the levy\n\n"
        "The town council on Monday backed a levy on visiting boats after a long debate in the hall.\n\n"
        "[Photo] Boats crowd the quay at dawn as the season opens. Credit: Ann Dale / Coast Public Media\n\n"
        "The levy would start in the spring, the council said in a short statement after the vote.\n\n"
        "(Reporting by Ola Nord in Bergen; additional reporting by Eva Lie; editing by Tom Berg)\n\n"
        "Coast Public Media is a nonprofit newsroom supported by readers like you.\n"
    )
    article = ingest.parse_text(text, "x.txt")
    body = "\n".join(article.paragraphs)
    assert "The levy would start in the spring" in body
    for furniture in ("[Photo]", "Ann Dale", "Ola Nord", "readers like you"):
        assert furniture not in body


def test_copyright_line_names_the_outlet_and_is_not_story():
    text = (
        "Harbour town weighs the levy\n\n"
        "The town council on Monday backed a levy on visiting boats after a long debate in the hall.\n\n"
        "The levy would start in the spring, the council said in a short statement after the vote.\n\n"
        "(c) The Harbour Review Ltd 2025. Registered in England and Wales.\n"
    )
    article = ingest.parse_text(text, "x.txt")
    assert article.outlet == "The Harbour Review"
    assert not any("Registered" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("The Ledger acknowledges the Traditional Custodians of the lands where we work.", True),
        ("We acknowledge the Traditional Owners of the land on which we meet.", True),
        ("The Courier is an independent publication. All content copyright Courier Media.", True),
        ("The council acknowledges the traditional owners' concerns about the pipeline.", False),
        ("The mayor said the content of the bill was still being drafted.", False),
        # A long footer line that ends in a menu is furniture however long it runs.
        ("The Harbour Ledger is published by Harbour Media Ltd, Port Ellen, in the Western Isles "
         "of Scotland. Contact the newsroom | Advertise | Privacy policy | Terms of use", True),
        ("Votes were 12 | 9 | 3 in the three rounds, the clerk said.", False),
        # a newsletter's promise and a disclaimer
        ("Get the week's council news in your inbox every Friday morning.", True),
        ("All content here is for information only, not advice.", True),
    ],
)  # fmt: skip
def test_footer_lines_of_a_page_are_furniture_and_reporting_is_not(line, furniture):
    assert ingest.is_furniture(line) is furniture


def test_the_title_is_neither_a_photo_caption_nor_the_agency_named_in_the_dateline(tmp_path):
    (tmp_path / "wire.txt").write_text(
        "Norland Press Service\nHome > World\n\nFishers rally as Norland's quota fight heats up\n\n"
        "[Photo: Fishers rally at the harbour in Norland over the quota. Picture: staff]\n\n"
        "OSLO, April 9 (Norland Press Service) -- Norland's quota plan came under fire from "
        "fishers on Wednesday, a day after hundreds rallied at the harbour.\n",
        encoding="utf-8",
    )
    article = read("wire.txt", tmp_path)[0]
    assert article.title == "Fishers rally as Norland's quota fight heats up"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2029.06.04 21:08 KST", date(2029, 6, 4)),
        ("2029/06/04 18:30", date(2029, 6, 4)),
        ("Friday 2nd March 2029, 09:40", date(2029, 3, 2)),
        ("Publicado em 9 fev 2031  ·  Leitura: 4 min", date(2031, 2, 9)),
        ("Publié le 3 mars 2028", date(2028, 3, 3)),
        ("22/11/2027 - 09:47", date(2027, 11, 22)),
    ],
)
def test_a_date_line_in_figures_or_another_language_is_the_pages_date(line, published):
    assert ingest.stated_date([line])[0] == published


def test_a_clear_date_line_wins_over_one_that_reads_two_ways():
    assert ingest.stated_date(["Published 4 November 2027", "04/11/2027 09:47"])[0] == date(
        2027, 11, 4
    )


def test_a_date_in_figures_that_reads_two_ways_is_settled_only_by_the_story(tmp_path):
    page = "Cup levy passes\n\n{stamp}\n\nThe cup levy passed its final vote, the minister said {day}.\n"
    # 4 November 2027 is a Thursday; 11 April 2027 a Sunday.
    (tmp_path / "a.txt").write_text(page.format(stamp="04/11/2027 - 09:47", day="Thursday"))
    article = read("a.txt", tmp_path)[0]
    assert (article.published, article.published_basis) == (date(2027, 11, 4), "inferred")
    (tmp_path / "a.txt").write_text(page.format(stamp="04/11/2027 - 09:47", day="on Monday"))
    article = read("a.txt", tmp_path)[0]
    assert (article.published, article.published_basis) == (None, "unknown")
    assert "4 November 2027 or 11 April 2027" in article.published_note


def test_a_lede_with_the_weekday_before_its_verb_allows_the_day_after_and_a_past_month(tmp_path):
    # An act "on Tuesday" may be filed the day after: 16 February is a Tuesday in 2027 and a
    # Wednesday in 2028, so the lede alone does not settle the year ...
    lede = "OSLO, Feb 16 (NWP) -- The assembly on Tuesday approved the cup levy."
    assert dossier_of(tmp_path / "a", lede, "7 Mar 2028").published is None
    # ... but a bill "tabled in April 2027" rules out February 2027.
    wire = dossier_of(tmp_path / "b", f"{lede} The bill was tabled in April 2027.", "7 Mar 2028")
    assert (wire.published, wire.published_basis) == (date(2028, 2, 16), "inferred")
    assert "from April 2027" in wire.published_note


def test_a_lede_weekday_and_the_day_after_it_named_too_settle_the_filing_day(tmp_path):
    # 16 February is a Tuesday in 2027 and a Wednesday in 2028: "on Tuesday approved" alone
    # fits both, but a count "on Wednesday" says the story was filed the day after.
    lede = (
        "OSLO, Feb 16 (NWP) -- The assembly on Tuesday approved the cup levy. With most votes "
        "counted on Wednesday, the margin was 12."
    )
    wire = dossier_of(tmp_path, lede, "7 Mar 2028")
    assert (wire.published, wire.published_basis) == (date(2028, 2, 16), "inferred")
    assert "the Wednesday the story also names" in wire.published_note


def test_results_for_a_year_are_that_years_past_not_a_target():
    # "Net profit for 2028" looks back: the floor stays 2028, not the listing year before it.
    found, _ = ingest.infer_year(
        3,
        14,
        [
            "OSLO, March 14 (XYZ) -- Net profit for 2028 rose 12 percent, the company said Wednesday.",
            "The firm, which listed in 2018, employs 400 people.",
        ],
        [],
    )
    assert found == date(2029, 3, 14)


def test_a_byline_with_an_email_under_a_standfirst_does_not_end_the_story(tmp_path):
    (tmp_path / "page.txt").write_text(
        "The Harbour Courier\n"
        "Sign in | Register\n\n"
        "Ministers agree to sign in Lisbon a pact on port fees\n\n"
        "The pact would cap port fees for ten years, the transport ministry said.\n\n"
        "By Ana Ruiz - ana.ruiz@harbourcourier.example\n"
        "Tuesday, April 22, 2031, 16:05 (GMT+1)\n\n"
        "Ministers from both countries agreed on Tuesday to sign the port fees pact in Lisbon next "
        "month, the transport ministry said.\n\n"
        "The pact caps fees for ten years and sets up a joint board to review them.\n\n"
        "Shipping firms welcomed the deal, but dock workers said they would protest.\n",
        encoding="utf-8",
    )
    article, _ = read("page.txt", tmp_path)
    assert article.title == "Ministers agree to sign in Lisbon a pact on port fees"
    assert article.authors == ("Ana Ruiz",)
    assert (article.published, article.published_basis) == (date(2031, 4, 22), "stated")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[-1].startswith("Shipping firms welcomed")


def test_a_signature_with_an_email_after_the_story_still_ends_it(tmp_path):
    (tmp_path / "page.txt").write_text(
        "Port fees capped\n\n"
        "Ministers agreed on Tuesday to cap port fees for ten years, the ministry said.\n\n"
        "The pact sets up a joint board to review the fees every year.\n\n"
        "Ana Ruiz - ana.ruiz@harbourcourier.example\n\n"
        "Readers also liked this story about the new ferry timetable and the fare rises.\n",
        encoding="utf-8",
    )
    article, _ = read("page.txt", tmp_path)
    assert len(article.paragraphs) == 2


def test_a_page_whose_story_was_mostly_left_out_says_so(tmp_path):
    story = [
        "The council approved the port fee cap on Tuesday after a long debate, its chair said.",
        "The cap holds fees at this year's level for ten years and sets up a review board.",
        "Shipping firms welcomed the decision, saying it would keep the port competitive.",
        "Dock workers said they would protest outside the council chamber next week.",
        "The board will hold its first meeting in June and report to the council in December.",
        "Its members will be named by the port authority, the unions and the shipping firms.",
    ]
    page = (
        "Fee cap approved\n\n" + story[0] + "\n\nReporting by Ana Ruiz\n\n" + "\n\n".join(story[1:])
    )
    (tmp_path / "page.txt").write_text(page + "\n", encoding="utf-8")
    article, problems = read("page.txt", tmp_path)
    assert article.paragraphs == (story[0],)
    assert problems.warnings == [
        "seeds/page.txt: only 1 paragraph read as the story, and 5 more lines that read like "
        "text were left out as page furniture; check the page"
    ]
    # Read again through the cache, the page says so again: such a page is never cached.
    for _ in range(2):
        problems = Problems()
        ingest.read_article(tmp_path / "page.txt", tmp_path, problems, tmp_path / "cache")
        assert len(problems.warnings) == 1
    # A whole story read says nothing.
    (tmp_path / "page.txt").write_text("Fee cap approved\n\n" + "\n\n".join(story) + "\n")
    assert read("page.txt", tmp_path)[1].warnings == []


def test_bylines_buttons_and_imprints_leave_ordinary_lines_alone():
    assert ingest.byline_of("By AAP - Ann Lee and Tom Hale")[0] == ["Ann Lee", "Tom Hale"]
    assert not ingest.is_furniture("Energy minister vows to resign in protest")
    assert ingest.is_furniture("Sign in | Register")
    assert ingest.is_furniture("The Harbour Post. Licence No. 12/GP. Editor-in-chief: Ann Lee.")
    assert not ingest.is_furniture(
        "The vessel, operating under licence no. 4471 issued in Queensland, was escorted to port."
    )


def test_reader_comments_after_a_signature_are_not_the_story(tmp_path):
    (tmp_path / "page.txt").write_text(
        "Port fees capped\n\n"
        "Ministers agreed on Tuesday to cap port fees for ten years, the ministry said.\n\n"
        "The pact sets up a joint board to review the fees every year.\n\n"
        "Shipping firms welcomed the deal, but dock workers said they would protest.\n\n"
        "By Tom Hale tom.hale@harbourpost.example\n\n"
        "Comments\n\n"
        "This is the best news I have read all year about our port and its future.\n\n"
        "I disagree with the previous comment, the fees are far too high already.\n\n"
        "Nobody asked the dock workers what they think about any of this at all.\n\n"
        "The joint board will be captured by the shipping firms within a year.\n",
        encoding="utf-8",
    )
    article, _ = read("page.txt", tmp_path)
    assert len(article.paragraphs) == 3


def test_a_closing_note_on_who_wrote_the_story_is_its_authors_not_its_text(tmp_path):
    article, _ = page(
        tmp_path,
        "Port fees capped",
        "Ministers agreed on Tuesday to cap port fees for ten years, the ministry said.",
        "Dock workers said they would protest outside the ministry next week.",
        "Ann Lee is the Harbour Monitor's transport correspondent. Tom Hale covers the port for "
        "the Harbour Monitor.",
    )
    assert len(article.paragraphs) == 2
    assert article.authors == ("Ann Lee", "Tom Hale")
    # A last paragraph about someone in the story stays.
    article, _ = page(
        tmp_path,
        "Port fees capped",
        "Ministers agreed on Tuesday to cap port fees for ten years, the ministry said.",
        "Ann Lee is a former reporter who now leads the dock workers' union and opposes the cap.",
    )
    assert len(article.paragraphs) == 2
