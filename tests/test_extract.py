"""Extract: the real spaCy model plus rules, on sentences shaped like the known failure modes."""

from __future__ import annotations

from datetime import date

import pytest

from build_dossier.extract import extract
from build_dossier.model import Article

NAMES = ("the pact", "the accord", "the levy", "the deal")


def article(*paragraphs: str, published: date | None = date(2016, 11, 22)) -> Article:
    return Article(
        "t",
        "t.txt",
        "T",
        "stated",
        None,
        None,
        published,
        "stated" if published else "unknown",
        "",
        (),
        None,
        paragraphs,
        "",
    )


@pytest.fixture
def run(nlp):
    def go(*paragraphs, published=date(2016, 11, 22), country=None):
        a = article(*paragraphs, published=published)
        return extract(a, list(nlp.pipe(a.paragraphs)), NAMES, country)

    return go


def keys(ex) -> set[str]:
    return {m.key for m in ex.mentions}


def test_hyphenated_name_is_whole_and_a_missile_is_not_a_person(run):
    ex = run(
        '"We have reached agreement," spokesman Moon Sang-gyun told reporters.',
        "The North test-fired intermediate-range Musudan missiles this year.",
    )
    assert "person:moon sang-gyun" in keys(ex)
    assert not any("musudan" in k for k in keys(ex))


def test_place_run_into_a_name_is_split_and_the_title_kept(run):
    ex = run(
        "Japanese Ambassador to Seoul Yasumasa Nagamine will sign the accord in Seoul on Wednesday."
    )
    person = next(m for m in ex.mentions if m.key == "person:yasumasa nagamine")
    assert person.role == "Ambassador to Seoul" and person.role_country == "Japan"
    assert "country:South Korea" in keys(ex)


def test_lone_surname_is_the_person_named_most_recently(run):
    ex = run(
        "Defense Minister Kim Kwan-jin had planned to visit Japan.",
        "Rep. Kim Eul-dong of the ruling Saenuri Party spoke to reporters.",
        '"The national sentiment will not accept signing the pact," Kim said by telephone.',
    )
    stances = {(p.actor, p.stance) for p in ex.positions}
    assert stances == {("person:kim eul-dong", "oppose")}


def test_capital_and_possessive_resolve_to_the_country(run):
    ex = run("North Korea's missile tests worried Seoul and Tokyo.")
    assert {"country:North Korea", "country:South Korea", "country:Japan"} <= keys(ex)


def test_group_stance_and_its_members(run):
    ex = run(
        "Opposition parties and progressive activists have opposed the deal.",
        "Three opposition parties -- the Democratic Party, the People's Party and the Justice Party -- said they will file a motion.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("group:opposition parties", "oppose"),
        ("group:progressive activists", "oppose"),
    }
    assert ex.memberships[0].group == "group:opposition parties"
    assert len(ex.memberships[0].members) == 3


def test_anonymous_official_is_attributed_to_the_institution(run):
    ex = run('"The pact will help us," a defense ministry official said.', country="South Korea")
    assert [(p.actor, p.stance) for p in ex.positions] == [
        ("ministry:South Korea:defense", "support")
    ]


def test_outer_judgement_decides_over_the_inner_verb(run):
    ex = run("But opposition lawmakers said that it is still inappropriate to clinch the accord.")
    assert [(p.actor, p.stance) for p in ex.positions] == [("group:opposition lawmakers", "oppose")]


def test_future_weekday_goes_forward_and_past_goes_back(run):
    ex = run(
        "The government on Tuesday approved the pact with Japan.",
        "The two ministers will officially sign the agreement in Seoul on Wednesday.",
        country="South Korea",
    )
    dated = {e.date.value: e.status for e in ex.events}
    assert dated == {"2016-11-22": "happened", "2016-11-23": "planned"}


def test_no_publication_date_means_unresolved_not_guessed(run):
    ex = run("On Tuesday, the cabinet approved the deal.", published=None, country="South Korea")
    assert [e.date.value for e in ex.events] == [None]


def test_sentences_are_numbered_in_reading_order(run):
    ex = run("First sentence here. Second one here.", "Third in a new paragraph.")
    assert [(s.n, s.paragraph) for s in ex.sentences] == [(1, 1), (2, 1), (3, 2)]


def by_value(ex) -> dict:
    return {e.date.value: e for e in ex.events}


def test_each_listed_date_dates_its_own_clause(run):
    ex = run(
        "The company closed two plants this year after strikes at its factories in 2004, 2007 and 2011."
    )
    dated = by_value(ex)
    assert {"2016", "2004", "2007", "2011"} <= set(dated)
    assert "closed" in dated["2016"].title
    for year in ("2004", "2007", "2011"):
        assert "closed" not in dated[year].title and "strikes" in dated[year].title.lower()


def test_coordinated_clauses_keep_their_own_dates_and_subject(run):
    ex = run(
        "Farmers began protesting against the quota in early 2015, and blocked the main road in March.",
        published=date(2016, 6, 1),
    )
    dated = by_value(ex)
    assert dated["2015"].date.precision == "year" and "began" in dated["2015"].title
    assert dated["2016-03"].date.precision == "month"
    assert dated["2016-03"].title.startswith("Farmers blocked")


def test_the_previous_day_is_the_day_before_the_other_date(run):
    ex = run(
        "The senate passed the bill on Thursday, after a committee approved it the previous day.",
        published=date(2016, 11, 21),
    )
    dated = by_value(ex)
    assert "passed" in dated["2016-11-17"].title and "approved" in dated["2016-11-16"].title


def test_would_after_a_dated_saying_counts_from_the_saying(run):
    ex = run(
        "The council said on Monday that it would vote on the plan on Wednesday.",
        published=date(2016, 11, 25),
    )
    vote = next(e for e in ex.events if e.verb == "vote")
    assert vote.date.value == "2016-11-23" and "said 'Monday'" in vote.date.derivation


def test_would_without_a_dated_saying_looks_forward(run):
    ex = run("Tenants said they would hold a rally on Saturday.", published=date(2016, 11, 23))
    assert [(e.date.value, e.status) for e in ex.events] == [("2016-11-26", "planned")]


def test_a_dated_statement_is_not_an_event_but_an_announcement_is(run):
    ex = run(
        "The mayor said on Tuesday that the plan was ready.",
        "The mayor announced the closure of the port on Tuesday.",
        "The mayor told reporters on Tuesday that the plan was ready.",
    )
    assert [(e.sentence, e.verb) for e in ex.events] == [(2, "announce")]


def test_a_bound_is_not_a_happening(run):
    ex = run("Fares will stay frozen until 2020, the operator said.")
    assert ex.events == ()


def test_a_thing_passes_its_date_to_the_verb(run):
    ex = run("Residents handed a petition about higher rents to the council in April.")
    (event,) = ex.events
    assert event.verb == "hand" and event.date.value == "2016-04"


def test_the_day_before_counts_from_the_sentence_before_only_when_it_is_clear(run):
    ex = run(
        "The assembly voted on Thursday to ban the boats.",
        "Its committee had endorsed the plan the day before.",
        published=date(2016, 11, 25),
    )
    assert by_value(ex)["2016-11-23"].verb == "endorse"
    ex = run(
        "The assembly voted on Thursday to ban the boats from 1 July next year.",
        "Its committee had endorsed the plan the day before.",
        published=date(2016, 11, 25),
    )
    # A past clause cannot count from 1 July next year; the one day left is Thursday.
    assert by_value(ex)["2016-11-23"].verb == "endorse"
    ex = run(
        "The assembly voted on Thursday and the mayor spoke on Friday.",
        "Its committee had endorsed the plan the day before.",
        published=date(2016, 11, 25),
    )
    assert all(e.verb != "endorse" for e in ex.events)  # two candidates: no guess


def test_a_when_clause_takes_the_date_it_hangs_from(run):
    ex = run("Drivers will pay 20 kroner per trip until 2027, when the fee is due to rise.")
    assert [(e.date.value, e.status) for e in ex.events] == [("2027", "planned")]


def test_a_happening_without_a_date_is_kept_unresolved(run):
    ex = run(
        "Thousands of villagers were displaced during the Second World War.",
        "The ministry has recently asked the regions to report their losses.",
        "The ministry said on Tuesday that it was ready.",
    )
    assert [(e.sentence, e.date.value, e.date.precision) for e in ex.events] == [
        (1, None, "unknown"),
        (2, None, "unknown"),
    ]
    assert "named period" in ex.events[0].date.derivation


def test_simple_present_is_a_schedule(run):
    ex = run(
        "The toll takes effect in January.",
        "Parliament votes on the toll on Thursday.",
        published=date(2016, 11, 22),
    )
    assert {(e.date.value, e.status) for e in ex.events} == {
        ("2017-01", "planned"),
        ("2016-11-24", "planned"),
    }


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Parliament is set to vote on the toll on Thursday.", "2016-11-24"),
        ("The toll is scheduled to be debated on Monday.", "2016-11-28"),
        ("The toll is to take effect on Jan. 1.", "2017-01-01"),
        ("The toll was approved on Monday.", "2016-11-21"),
    ],
)
def test_present_passive_and_be_to_look_forward(run, sentence, value):
    assert [e.date.value for e in run(sentence).events] == [value]


def test_could_not_looks_back(run):
    ex = run("The parties could not agree on Monday.", published=date(2016, 11, 25))
    assert [(e.date.value, e.status) for e in ex.events] == [("2016-11-21", "did_not_happen")]


def test_since_after_a_superlative_is_a_comparison_not_a_date(run):
    ex = run(
        "Sales fell for the first time since 2010.", "Prices rose at the fastest pace since 2015."
    )
    assert ex.events == ()


def test_a_second_date_does_not_jump_to_a_distant_noun(run):
    ex = run("They resumed negotiations in Oslo last week after a failed attempt three years ago.")
    dated = {e.date.precision: e for e in ex.events}
    assert "resumed" in dated["week"].title
    assert "resumed" not in dated["year"].title and dated["year"].date.value == "2013"


def test_a_when_clause_after_a_date_does_not_take_the_date_away(run):
    ex = run("The toll was announced in June, when the mayor said the city could not wait.")
    assert [(e.verb, e.date.value) for e in ex.events] == [("announce", "2016-06")]
