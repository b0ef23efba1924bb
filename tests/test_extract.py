"""Extract: the real spaCy model plus rules, on sentences shaped like the known failure modes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.tokens import Span

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
    def go(*paragraphs, published=date(2016, 11, 22), country=None, region=None, names=NAMES):
        a = article(*paragraphs, published=published)
        return extract(a, list(nlp.pipe(a.paragraphs)), names, country, region)

    return go


def keys(ex) -> set[str]:
    return {m.key for m in ex.mentions}


def fixed(nlp, text: str, ents: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    """What fix_entities makes of `text` when the model tags it as `ents` (start, end, label):
    the model's errors as seen on news text, pinned so that a new model does not hide them
    (None: as the model tags it)."""
    from spacy.tokens import Span

    from build_dossier.extract.actors import fix_entities
    from build_dossier.knowledge import knowledge

    doc = nlp(text)
    if ents is not None:
        doc.ents = [Span(doc, a, b, label) for a, b, label in ents]
    return [(x.text, x.label) for x in fix_entities(doc, knowledge())]


def test_hyphenated_name_is_whole_and_a_missile_is_not_a_person(run):
    ex = run(
        '"We have reached agreement," spokesman Moon Sang-gyun told reporters.',
        "The North test-fired intermediate-range Musudan missiles this year.",
    )
    assert "person:moon sang-gyun" in keys(ex)
    # No full name for it here: only a lone word for resolve to match (it finds none; see link).
    assert [k for k in keys(ex) if "musudan" in k] == ["surname:musudan"]


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
        ("group:opposition party", "oppose"),
        ("group:progressive group", "oppose"),
    }
    assert ex.memberships[0].group == "group:opposition party"
    assert len(ex.memberships[0].members) == 3


def test_anonymous_official_is_attributed_to_the_institution(run):
    ex = run('"The pact will help us," a defense ministry official said.', country="South Korea")
    assert [(p.actor, p.stance) for p in ex.positions] == [
        ("ministry:South Korea:defense", "support")
    ]


def test_outer_judgement_decides_over_the_inner_verb(run):
    ex = run("But opposition lawmakers said that it is still inappropriate to clinch the accord.")
    assert [(p.actor, p.stance) for p in ex.positions] == [("group:opposition party", "oppose")]


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


# --- names, groups, collectives and roles (one actor, one key) ---------------------------------


def named(ex) -> dict[str, str]:
    return {m.text: m.key for m in ex.mentions}


def test_honorific_is_not_part_of_the_name_and_not_a_role(run):
    ex = run(
        "Ms Solberg said the levy was fair.",
        "Dr. Piotr Nowak and Mrs Lind's husband John Lind met.",
    )
    assert "surname:solberg" in keys(ex)  # no full name here: left for resolve to link
    nowak = next(m for m in ex.mentions if m.key == "person:piotr nowak")
    assert nowak.role is None
    assert not any("mrs" in k or "ms " in k for k in keys(ex))


def test_surname_the_model_calls_an_organisation_is_the_person(run):
    ex = run("Environment Minister Hanna Lind presented the levy on Monday. Lind said it was fair.")
    assert keys(ex) == {"person:hanna lind"}


def test_long_name_cut_at_a_preposition_is_extended_but_a_short_one_is_not(run):
    ex = run(
        "The Norland Council for the Protection of Coastal Waters by Fishermen opposed the levy.",
        "The petition was signed for Greenpeace by Coastal Fishermen.",
    )
    assert "org:norland council for the protection of coastal waters by fishermen" in keys(ex)
    assert {"org:greenpeace", "org:coastal fishermen"} <= keys(ex)


def test_bare_head_noun_is_the_named_organisation(run):
    ex = run("The European Commission reviewed the levy. The Commission's staff said no.")
    assert keys(ex) == {"org:european commission"}


def test_groups_worded_differently_share_one_key(run):
    ex = run(
        "Environmental groups opposed the levy. Green groups protested and environmental NGOs sued.",
        "Opposition parties, the opposition bloc and opposition lawmakers rejected it.",
        "Campaigners said it was weak.",
    )
    assert keys(ex) == {"group:environmental group", "group:opposition party"}


def test_organised_groups_and_the_people_they_speak_for_stay_apart(run):
    ex = run("Consumer groups backed the levy, but consumers interviewed in Lima were split.")
    assert {"group:consumer group", "group:consumer"} <= keys(ex)


def test_groups_with_different_modifiers_stay_apart(run):
    ex = run("Civic groups and business groups disagreed about the levy.")
    assert keys(ex) == {"group:civic group", "group:business"}


def test_a_public_a_military_and_an_administration_are_actors(run):
    ex = run(
        "Many Norwegians oppose the levy, and the Japanese military stayed silent.",
        "The preceding Lee Myung-bak administration tried in 2012. Japan's military power grew.",
        country="South Korea",
    )
    assert keys(ex) == {
        "group:norwegian public",
        "military:Japan",
        "org:lee myung-bak administration",
        "country:Japan",
    }  # not "Lee Myung-bak" acting, and "military power" is no actor


def test_role_said_without_a_name_is_this_articles_holder_of_that_office(run):
    ex = run(
        "Korea's Minister of National Defense Kim Kwan-jin and Japan's Defense Minister "
        "Toshimi Kitazawa met in Tokyo.",
        "The defense minister said the accord would help. Japan's defense minister agreed.",
        country="South Korea",
    )
    said = [m.key for m in ex.mentions if m.sentence > 1 and m.kind == "person"]
    assert said == ["person:kim kwan-jin", "person:toshimi kitazawa"]


def test_role_with_no_holder_here_is_left_for_resolve(run):
    ex = run("The foreign minister said the accord would help.", country="South Korea")
    assert keys(ex) == {"role:South Korea:foreign affairs minister"}


def test_bare_title_is_someone_else_than_the_people_in_its_sentence(run):
    ex = run(
        "Fisheries Minister Anna Brekke presented the quota.",
        "Prime Minister Jan Holm backed the minister.",
        "Later the minister said both ministers agreed.",  # two ministers named: no guess
    )
    said = [(m.sentence, m.key) for m in ex.mentions if m.text == "minister"]
    assert said == [(2, "person:anna brekke")]
    brekke = next(m for m in ex.mentions if m.key == "person:anna brekke")
    assert brekke.role == "Fisheries Minister"


def test_credited_journalists_are_not_actors(run):
    ex = run(
        "Fisheries Minister Anna Brekke presented the quota.",
        "Reporting by Anne Holt; Editing by Piet Arne.",
        "Per Arne contributed reporting from Osland.",
    )
    assert keys(ex) == {"person:anna brekke"}


def test_a_blocs_seat_is_the_bloc_only_when_the_story_is_about_it(run):
    ex = run("Brussels said it supported the levy, which the European Commission reviewed.")
    assert keys(ex) == {"org:european commission"}
    ex = run("Brussels and Belgium's regions backed the levy, the European Commission said.")
    assert "country:Belgium" in keys(ex) and named(ex)["Brussels"] == "country:Belgium"
    ex = run("Brussels backed the levy.")
    assert keys(ex) == {"country:Belgium"}


def test_a_title_after_a_body_is_the_persons_and_a_demonym_opens_a_bodys_name(run):
    ex = run(
        '"We accept it," Harbour Board General Manager Ana Ruiz said.',
        "The Chilean Growers' Union said it would fight the levy.",
        "Protesters marched on the Ministry of Water in Nairobi.",
        "The march set off from Harbour Circus shortly after noon.",
    )
    assert keys(ex) >= {"org:harbour board", "person:ana ruiz", "org:chilean growers' union"}
    assert "org:harbour board general" not in keys(ex)
    assert not any("nairobi" in k or "circus" in k for k in keys(ex))


def test_a_middle_initial_does_not_make_another_person(run):
    ex = run("Senator John F. Kennedy spoke. Later John Kennedy and Robert Kennedy left.")
    assert keys(ex) == {"person:john kennedy", "person:robert kennedy"}


def test_formal_names_survive_their_common_words(run):
    ex = run(
        "The Department for Transport (DfT) approved the levy, and Labour's Louise Haigh objected.",
        "Business groups, including the Federation of Small Businesses, opposed the levy.",
        "Mayor of London Sadiq Khan backed it. The British public backs the levy.",
        country="United Kingdom",
    )
    names = {m.name for m in ex.mentions}
    assert {"Department for Transport", "Labour", "Federation of Small Businesses"} <= names
    assert {"person:sadiq khan", "group:british public", "group:business"} <= keys(ex)
    dft = next(m for m in ex.mentions if m.text == "DfT")
    assert dft.kind == "organisation"  # the model calls it a person; resolve matches its initials


def test_a_named_countrys_body_is_not_the_last_one_with_that_head(run):
    ex = run(
        "Japan's Cabinet will endorse the accord this week.",
        "The approval by South Korea's Cabinet on Tuesday completed the procedures.",
        country="South Korea",
    )
    cabinets = [m.key for m in ex.mentions if m.text == "Cabinet"]
    assert cabinets == ["cabinet:Japan", "cabinet:South Korea"]


def test_a_title_inside_the_name_span_and_a_party_as_its_people(run):
    ex = run(
        "The agency finalized the rule, EPA Administrator Michael Regan said on Thursday.",
        "Republicans vowed to overturn the rule.",
        country="United States",
    )
    regan = next(m for m in ex.mentions if m.kind == "person")
    assert (regan.key, regan.role) == ("person:michael regan", "Administrator")
    assert "par:republicans" in keys(ex)


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


def test_a_body_the_model_cut_and_called_a_person_is_one_organisation(nlp):
    # The model's error as seen on news text: the place tagged apart, the rest taken for a person.
    assert fixed(
        nlp,
        "The Rangitoto Medical Federation said the levy would save lives.",
        [(1, 2, "GPE"), (2, 4, "PERSON")],
    ) == [("Rangitoto Medical Federation", "ORG")]


def test_a_court_the_model_took_for_a_building_is_one_body(nlp):
    # The model's error as seen on news text: a tribunal tagged as a facility, its remit apart.
    assert fixed(
        nlp,
        "But the Ninth Circuit Tribunal in Fiscal Matters upheld the suspension of the levy.",
        [(1, 5, "FAC"), (6, 8, "ORG")],
    ) == [("Ninth Circuit Tribunal in Fiscal Matters", "ORG")]
    # A court in a place is not named for it.
    assert fixed(
        nlp,
        "The Administrative Court in Tromsø rejected the appeal against the levy.",
        [(0, 3, "ORG"), (4, 5, "GPE")],
    ) == [
        ("Administrative Court", "ORG"),
        ("Tromsø", "GPE"),
    ]


def test_a_law_named_in_the_text_is_not_an_actor(run):
    ex = run(
        "Ministers introduced the Sale of Tobacco (Retail Licensing) Amendment Bill on Monday."
    )
    assert keys(ex) == set()
    ex = run("Bill Tanner, a publican, said the levy would hurt pubs.")
    assert "person:bill tanner" in keys(ex)


def test_two_years_joined_by_to_are_one_range_and_a_list_is_not(run):
    ex = run(
        "A voluntary code, run by the grocers, operated from 2012 to 2018 before it was dropped."
    )
    assert [(e.date.value, e.date.precision, e.date.end) for e in ex.events] == [
        ("2012", "range", "2018")
    ]
    ex = run("The North conducted nuclear tests in 2006, 2009 and 2013.")
    assert {e.date.value for e in ex.events} == {"2006", "2009", "2013"}


def test_an_announced_decision_is_an_event_but_a_dated_saying_is_not(run):
    ex = run("The Harbour Party announced on Monday that it would back the levy.")
    assert [(e.verb, e.date.value) for e in ex.events] == [("announce", "2016-11-21")]
    ex = run("The Harbour Party said on Monday that it would study the levy.")
    assert [e.verb for e in ex.events] == []


def test_a_year_range_the_model_missed_and_a_deadline_are_events(run):
    ex = run(
        "The county spent $2 million from 2015 to 2017 repairing bus depots.",
        "Small shops will have until June 2029 to register for the levy.",
        published=date(2026, 5, 19),
    )
    assert sorted((e.date.value, e.date.precision, e.date.end, e.status) for e in ex.events) == [
        ("2015", "range", "2017", "happened"),
        ("2029-06", "month", None, "planned"),
    ]
    # A deadline to comment or reply is no saying.
    ex = run("Shipowners have until November 1 to comment.", published=date(2026, 9, 10))
    assert [(e.date.value, e.status) for e in ex.events] == [("2026-11-01", "planned")]
    # A bound on a state is still no happening.
    assert not run("Rents could not rise until 2024.").events


def test_a_day_named_right_after_n_days_later_is_the_day(run):
    ex = run(
        "The panel held hearings on April 4 and passed the levy three days later.",
        "Two days later, on 14 February, 60 lorries drove into the square in protest.",
    )
    assert sorted(e.date.value for e in ex.events) == ["2016-02-14", "2016-04-04", "2016-04-07"]


def test_writing_to_someone_is_a_letter_sent_not_a_saying(run):
    ex = run("The mayor wrote to the minister last week asking him to pause the levy.")
    assert [(e.date.precision, e.status) for e in ex.events] == [("week", "happened")]
    assert not run("The mayor wrote last week that the levy was flawed.").events


def test_what_a_plan_follows_lies_before_it(run):
    ex = run("The levy follows a report in May by the city's panel.")
    assert [(e.date.value, e.status) for e in ex.events] == [("2016-05", "happened")]


def test_a_dated_saying_that_makes_an_act_public_is_an_event(run):
    ex = run("The Grocers Guild said on Friday it would challenge the ruling.")
    assert [(e.verb, e.date.value, e.status) for e in ex.events] == [
        ("say", "2016-11-18", "happened")
    ]
    ex = run("The ministry said on Monday that the signing would be postponed.")
    assert [e.date.value for e in ex.events] == ["2016-11-21"]
    # An attitude, a refusal, a condition or a judgement of a thing is not news of its own.
    for sentence in (
        "The Grocers Guild said on Friday it would support the levy.",
        "The Grocers Guild said on Friday it would not appeal the ruling.",
        "The mayor said on Friday she would sign the levy if it reaches her desk.",
        "The mayor said on Friday the levy would help small shops.",
    ):
        assert not run(sentence).events, sentence


# --- stances: one rule each, with the cases that must say nothing ------------------------------


def stances(ex) -> set[tuple[str, str]]:
    return {(p.actor, p.stance) for p in ex.positions}


def test_a_policy_that_would_hit_someone_is_opposed_and_hitting_a_target_is_not(run):
    ex = run(
        "The Grocers Guild said the levy would hit low-paid workers hardest.",
        "The Harbour Party said the levy would hurt small shops.",
        "The ministry said the levy would hit its targets.",
    )
    assert stances(ex) == {("org:grocers guild", "oppose"), ("par:harbour party", "oppose")}


def test_a_time_clause_about_the_policy_only_places_the_act(run):
    ex = run(
        "The Harbour Party said it would table a motion to repeal the levy before it comes into force."
    )
    assert stances(ex) == {("par:harbour party", "oppose")}


def test_reported_speech_credits_the_subject_of_the_speech_verb(run):
    ex = run("The Transport Workers Guild insisted the levy would hurt night-shift staff.")
    assert stances(ex) == {("org:transport workers guild", "oppose")}


def test_quote_followed_by_its_attribution_and_we_inside_it(run):
    ex = run('"We will campaign for the levy in every district," said Mayor Ruth Calder.')
    assert stances(ex) == {("person:ruth calder", "support")}
    assert ex.positions[0].speaker == "Mayor Ruth Calder"


def test_pronoun_goes_to_the_last_person_named(run):
    ex = run(
        "Councillor Omar Haddad spoke at the town hall on Monday.",
        "He said the levy was unfair to families in the suburbs.",
    )
    assert stances(ex) == {("person:omar haddad", "oppose")}


def test_according_to_credits_the_named_speaker(run):
    ex = run("According to Senator Ines Duarte, it is wrong to push the levy through this month.")
    assert stances(ex) == {("person:ines duarte", "oppose")}


def test_anonymous_official_speaks_for_the_ministry_named_before(run):
    ex = run(
        "The transport ministry published its figures on Monday.",
        '"The levy will pay for itself within three years," a ministry official said.',
        country="Portugal",
    )
    assert stances(ex) == {("ministry:Portugal:transport", "support")}


def test_did_not_oppose_is_neutral_not_support(run):
    ex = run(
        "The Chamber of Shipping did not oppose the levy, but asked for a delay for small ports."
    )
    assert stances(ex) == {("org:chamber of shipping", "neutral")}


def test_will_not_accept_is_opposition(run):
    ex = run("The Harbour Pilots Association said it would not accept the levy.")
    assert stances(ex) == {("org:harbour pilots association", "oppose")}


def test_hedge_overrules_the_cue_it_governs(run):
    ex = run("The Regional Bus Federation has yet to decide whether to back the levy.")
    assert stances(ex) == {("org:regional bus federation", "neutral")}


def test_welcomed_parts_but_criticised_is_mixed(run):
    ex = run(
        "The Cyclists Union welcomed parts of the levy but criticised its timetable for taxis."
    )
    assert {s for _, s in stances(ex)} == {"mixed"}


def test_conflicting_cues_without_contrast_say_nothing(run):
    ex = run("The Motorists Club backed the levy and rejected the levy in one statement.")
    assert stances(ex) == set()


def test_policy_not_the_object_gives_no_stance(run):
    ex = run(
        "The Green League criticised the mayor for his handling of the traffic data, "
        "and the levy starts in May."
    )
    assert stances(ex) == set()


def test_helping_with_something_else_is_not_support(run):
    ex = run(
        "The Freight Council said it would not challenge the levy and would help its members prepare."
    )
    assert stances(ex) == {("org:freight council", "neutral")}


def test_wanting_defers_to_what_is_wanted(run):
    ex = run("The Taxi Owners Guild is seeking to scrap the levy before the summer.")
    assert stances(ex) == {("org:taxi owners guild", "oppose")}


def test_modifier_between_article_and_policy_name(run):
    ex = run("The Ferry Operators Federation said the final levy was unworkable.")
    assert stances(ex) == {("org:ferry operators federation", "oppose")}


def test_campaigning_for_a_withdrawal_is_opposition(run):
    ex = run("The Dockers Union is campaigning for the withdrawal of the levy.")
    assert {s for _, s in stances(ex)} == {"oppose"}


def test_passive_agent_holds_the_stance(run):
    ex = run("The levy was proposed by the Harbour Authority last spring.")
    assert stances(ex) == {("org:harbour authority", "support")}


def test_a_cue_under_whether_is_not_a_stance(run):
    ex = run("The Freight Council has not said whether it will challenge the levy.")
    assert stances(ex) == set()


def test_refusing_to_back_is_opposition(run):
    ex = run("The Freight Council refused to back the levy.")
    assert stances(ex) == {("org:freight council", "oppose")}


def test_a_clause_with_its_own_subject_keeps_its_holder(run):
    ex = run(
        "Angry residents marched through the old town, and the council said it backed the levy."
    )
    assert not any(actor.endswith("residents") for actor, _ in stances(ex))


def test_relative_pronoun_standing_for_the_policy(run):
    ex = run("The levy, which the Freight Council opposes, takes effect in May.")
    assert stances(ex) == {("org:freight council", "oppose")}


def test_noun_of_the_policy_names_a_supporter(run):
    ex = run("Mayor Lina Ortiz is a strong supporter of the levy.")
    assert stances(ex) == {("person:lina ortiz", "support")}


def test_each_clause_is_credited_to_its_own_speaker(run):
    ex = run(
        "The Shopkeepers Guild said the levy would cost jobs, "
        "but the Cyclists Federation said it would save lives."
    )
    got = {(p.actor, p.stance, p.speaker) for p in ex.positions}
    assert got == {
        ("org:shopkeepers guild", "oppose", "The Shopkeepers Guild"),
        ("org:cyclists federation", "support", "the Cyclists Federation"),
    }


def test_rejecting_claims_against_the_policy_is_not_opposing_it(run):
    ex = run("The minister rejected claims that the levy would hurt small shops.")
    assert stances(ex) == set()


def test_calling_the_opposition_to_the_policy_misguided_defends_it(run):
    # Calling the opposition misguided defends the levy; it never makes the mayor its opponent.
    ex = run("Mayor Lina Ortiz said the opposition to the levy was misguided.")
    assert stances(ex) == {("person:lina ortiz", "support")}


def test_an_earlier_stance_yields_to_the_current_one(run):
    ex = run("The Haulage Association, which had opposed the levy, now supports it.")
    assert stances(ex) == {("org:haulage association", "support")}


def test_it_said_is_the_organisation_named_last(run):
    ex = run(
        "The Fishing Federation met on Monday.",
        "It said the levy was unfair to small ports.",
    )
    assert stances(ex) == {("org:fishing federation", "oppose")}
    assert ex.positions[0].speaker == "Fishing Federation"


def test_a_judgement_on_something_else_is_not_about_the_policy(run):
    ex = run("Mayor Lina Ortiz said the levy had proved its critics wrong.")
    assert ("person:lina ortiz", "oppose") not in stances(ex)


def test_a_divided_group_is_mixed(run):
    ex = run("Small business owners are divided over the levy.")
    assert stances(ex) == {("group:small business", "mixed")}


def test_a_named_spokesperson_shares_the_stance_of_the_body(run):
    ex = run(
        "The Liberty Party still wants the levy repealed, its leader Sam Okafor told reporters."
    )
    assert stances(ex) == {("par:liberty party", "oppose"), ("person:sam okafor", "oppose")}


def test_a_reporter_of_someone_elses_plan_does_not_share_it(run):
    ex = run("The Liberty Party will vote against the levy, Mayor Lina Ortiz said.")
    assert stances(ex) == {("par:liberty party", "oppose")}


def test_stopping_short_of_endorsing_is_neutral(run):
    ex = run("The Fishing Federation stopped short of endorsing the levy.")
    assert stances(ex) == {("org:fishing federation", "neutral")}


def test_among_the_supporters(run):
    ex = run("The Green Alliance is among the strongest supporters of the levy.")
    assert stances(ex) == {("org:green alliance", "support")}


def test_not_against_is_neutral(run):
    ex = run("The Chamber of Shipping said it was not against the levy in principle.")
    assert stances(ex) == {("org:chamber of shipping", "neutral")}


def test_dropping_opposition_is_not_opposition(run):
    ex = run("The Fishing Federation dropped its opposition to the levy.")
    assert stances(ex) == {("org:fishing federation", "neutral")}


def test_no_plans_to_scrap_is_not_opposition(run):
    ex = run("Mayor Lina Ortiz, who introduced the levy, said she had no plans to scrap it.")
    assert stances(ex) == {("person:lina ortiz", "support")}


def test_once_backed_yields_to_what_is_said_now(run):
    ex = run("The Liberty Party, which once backed the levy, now says it should be scrapped.")
    assert stances(ex) == {("par:liberty party", "oppose")}


def test_a_stance_held_before_and_said_to_be_over_is_no_stance_now(run):
    # What she backs now is not the policy; what she warned of before is no longer her stance.
    ex = run(
        "Chief Ama Boateng, who had warned in May that the levy could put hundreds out of work, "
        "now says she backs the inspections."
    )
    assert stances(ex) == set()
    ex = run(
        "Chief Yaw Darko, the head of the Birim council of elders, who had opposed the levy in "
        "May, now says he backs the inspections."
    )
    assert not [s for s in stances(ex) if s[1] == "oppose"]
    # Without the "now", the old warning is still the last word the article gives; nor does a
    # "now" on something other than a stance end it.
    ex = run("The Harbour Party, which had opposed the levy, said on Monday it would study it.")
    assert stances(ex) == {("par:harbour party", "oppose")}
    ex = run(
        "The Harbour Party, which had opposed the levy since 2020, now holds the balance of power."
    )
    assert stances(ex) == {("par:harbour party", "oppose")}


def test_a_policy_named_only_in_a_time_clause_or_an_aside_is_not_the_cue_s_object(run):
    # "when the levy was first proposed" says when, not who proposed it ("when" as an adverb).
    ex = run(
        "Acme Ports, which shelved its new terminal when the levy was first proposed, said the "
        "work was still on hold."
    )
    assert not [s for s in stances(ex) if "acme" in s[0]]
    ex = run(
        "Its chief executive, Tom Reed, complained that the firm had not been asked once while "
        "the levy was drafted."
    )
    assert not stances(ex)
    # An act of its own in a "when" clause is still the actor's.
    ex = run(
        "Residents protested outside the town hall when the Norton City Council approved the levy."
    )
    assert ("org:norton city council", "support") in stances(ex)
    # What goes ahead is the terminal; the levy is only in an aside on the subject.
    ex = run(
        "Acme Ports said on Friday it will go ahead with a smaller terminal, the scheme it "
        "paused in May in protest against the levy."
    )
    assert ("org:acme ports", "support") not in stances(ex)
    # A vote for what a relative clause names is a vote for that thing.
    ex = run(
        "The Harbour Party says it cannot back the levy as drafted.",
        '"Ten pounds is not a figure our members could ever vote for," said Ann Reed, the '
        "party's finance spokeswoman.",
    )
    assert ("par:harbour party", "support") not in stances(ex)


def test_a_relative_clause_is_its_head_noun_s_even_when_that_names_no_one(run):
    # The small party vowed to kill the levy; the mayor who made a pact with it did not.
    ex = run(
        "Mayor Tom Hale won the vote on the levy on Tuesday after a pact with a small party "
        "that had vowed to kill the levy."
    )
    assert ("person:tom hale", "oppose") not in stances(ex)
    ex = run("The Harbour Party, which had vowed to kill the levy, said it would abstain.")
    assert stances(ex) == {("par:harbour party", "oppose")}
    # A noun in apposition, after "is", or in a partitive stands for the one named: theirs.
    ex = run("The Harbour Party is the only party that opposes the levy.")
    assert stances(ex) == {("par:harbour party", "oppose")}
    ex = run("Tom Hale was among the Harbour Party members who voted to scrap the levy.")
    assert ("person:tom hale", "oppose") in stances(ex)
    ex = run(
        "The ruling disappointed Parents for Quiet Streets, the parents' network that "
        "campaigned for the levy for three years."
    )
    assert stances(ex) == {("org:parents for quiet streets", "support")}


def test_opposition_naming_a_party_is_no_stance_of_its_own(run):
    # "main opposition" + a possessive name: the parser hangs "opposition" as a noun modifier.
    ex = run("The main opposition Citizens' Renewal Party (CRP) also attacked the levy.")
    assert stances(ex) == {("par:citizens' renewal party", "oppose")}


def test_members_named_with_including(run):
    ex = run(
        "Opponents of the levy, including the Motorists Association, staged a protest on Monday."
    )
    assert [(m.group, m.members) for m in ex.memberships] == [
        ("group:opponent", ("org:motorists association",))
    ]


def test_he_added_goes_on_with_the_last_speaker(run):
    ex = run(
        '"The figures are good," a transport ministry official said, citing a study by Ana Costa.',
        "He added that the levy would pay for itself.",
        country="Portugal",
    )
    assert stances(ex) == {("ministry:Portugal:transport", "support")}


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The Fishing Federation welcomed the decision to scrap the levy.", "oppose"),
        ("The Fishing Federation criticised the decision to scrap the levy.", "support"),
        ("The Fishing Federation supports scrapping the levy.", "oppose"),
        ("The Fishing Federation condemned the levy as unfair.", "oppose"),
        ("The Fishing Federation rejected the levy, saying it would cost jobs.", "oppose"),
    ],
)
def test_an_outer_cue_takes_in_the_cue_it_governs(run, sentence, stance):
    assert stances(run(sentence)) == {("org:fishing federation", stance)}


def test_a_clause_with_its_own_subject_after_while(run):
    ex = run("The Fishing Federation welcomed the levy, while angry farmers condemned it.")
    assert stances(ex) == {("org:fishing federation", "support"), ("group:angry farmer", "oppose")}


def test_a_statement_from_a_body_is_that_body_speaking(run):
    ex = run("A statement from the Fishing Federation said the levy was unfair.")
    assert stances(ex) == {("org:fishing federation", "oppose")}


def test_still_studying_is_neutral_but_having_reviewed_is_not(run):
    ex = run(
        "The Fishing Federation said it was still studying the levy.",
        "The Chamber of Shipping said it had reviewed the levy carefully.",
    )
    assert stances(ex) == {("org:fishing federation", "neutral")}


def test_a_speaker_elsewhere_in_the_sentence_does_not_hold_the_stance(run):
    ex = run(
        "The council met on Monday.",
        "Many praised the levy on Monday, although the council said the fee was too low.",
    )
    assert stances(ex) == set()


def test_it_has_threatened_is_the_body_named_last(run):
    ex = run(
        "The Fishing Federation still opposes the levy.",
        "It has threatened to take the council to court if the levy goes ahead.",
    )
    assert stances(ex) == {("org:fishing federation", "oppose")}
    assert [p.sentence for p in ex.positions] == [1, 2]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The Fishing Federation said the levy would cut traffic.", "support"),
        ("The Fishing Federation said the levy would cost jobs and raise prices.", "oppose"),
        ("The Fishing Federation said the levy would not reduce pollution.", "oppose"),
        ("The Fishing Federation said the levy would boost tourism.", "support"),
    ],
)
def test_what_the_policy_is_said_to_do(run, sentence, stance):
    assert stances(run(sentence)) == {("org:fishing federation", stance)}


def test_an_effect_of_something_else_is_not_a_stance(run):
    ex = run(
        "The Fishing Federation said the new harbour would cut traffic, and the levy starts in May."
    )
    assert stances(ex) == set()


def test_an_indefinite_name_counts_only_when_it_is_brought_in(run):
    ex = run(
        "The Fishing Federation on Monday proposed a levy on harbour fuel.",
        "The Chamber of Shipping opposed a levy on cruise tickets in 2019.",
    )
    assert stances(ex) == {("org:fishing federation", "support")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fishing Federation said it would fight any attempt to weaken the levy.",
        "The Fishing Federation said it would resist calls to scrap the levy.",
        "The Fishing Federation opposes any delay to the levy.",
        "The Fishing Federation denied that it opposed the levy.",
    ],
)
def test_stances_aimed_at_something_else_are_not_taken(run, sentence):
    assert not any(s == "oppose" for _, s in stances(run(sentence)))


def test_a_negated_belief_turns_the_clause_it_holds(run):
    ex = run("The Fishing Federation does not believe the levy will hurt trade.")
    assert stances(ex) == {("org:fishing federation", "neutral")}


def test_a_judgement_of_someone_elses_stance_leaves_it_theirs(run):
    ex = run("Mayor Lina Ortiz said the Fishing Federation was wrong to oppose the levy.")
    assert ("org:fishing federation", "oppose") in stances(ex)
    assert ("org:fishing federation", "support") not in stances(ex)


def test_regretting_support_is_not_support(run):
    ex = run("The Fishing Federation said it regretted its support for the levy.")
    assert ("org:fishing federation", "support") not in stances(ex)


def test_opposition_beside_the_verb_is_its_holders(run):
    ex = run("The levy was approved despite opposition from the Fishing Federation.")
    assert stances(ex) == {("org:fishing federation", "oppose")}


def test_a_relative_clause_on_the_subject_does_not_aim_the_main_verb(run):
    ex = run("The Fishing Federation, which backs the levy, criticised the Chamber of Shipping.")
    assert stances(ex) == {("org:fishing federation", "support")}


def test_a_named_head_speaks_for_the_body(run):
    ex = run("Anna Berg, the president of the Fishing Federation, welcomed the levy.")
    assert stances(ex) == {("person:anna berg", "support"), ("org:fishing federation", "support")}


def test_it_after_an_unknown_subject_is_not_guessed(run):
    ex = run(
        "The Fishing Federation met on Monday.",
        "The small group of harbour pilots said it would vote for the levy.",
    )
    assert stances(ex) == set()


def test_a_quotation_ending_in_this_sentence_is_credited_to_its_speaker(run):
    ex = run(
        '"We cannot wait any longer.',
        'The levy is the only way to give the streets back to people," Mayor Rui Carvalho said.',
    )
    assert [(p.actor, p.stance, p.speaker) for p in ex.positions] == [
        ("person:rui carvalho", "support", "Mayor Rui Carvalho")
    ]


def test_unnamed_people_who_take_a_stance_are_a_group(run):
    assert stances(run("Farmers have opposed the levy since it was announced.")) == {
        ("group:farmer", "oppose")
    }
    assert stances(run("Publicans, by contrast, have broadly welcomed the levy.")) == {
        ("group:publican", "support")
    }
    # Plural nouns that are not people, or people who take no stance, are no actors.
    assert keys(run("Prices rose after the levy.")) == set()
    assert keys(run("Farmers harvested early this year.")) == set()


def test_a_body_the_model_did_not_tag_is_found_by_its_head_word(run):
    ex = run("The Brewers and Distillers Council called for the levy to be scrapped.")
    assert stances(ex) == {("org:brewers and distillers council", "oppose")}


def test_a_call_of_ones_own_counts_and_a_fight_against_an_attempt_does_not(run):
    assert stances(run("The Brewers Council repeated its call to abandon the levy.")) == {
        ("org:brewers council", "oppose")
    }
    assert (
        stances(run("The Brewers Council vowed to fight any attempt to weaken the levy.")) == set()
    )


def test_an_office_holder_speaking_for_the_government_shares_its_stance(run):
    ex = run(
        "Prime Minister Anna Reid said the government would introduce the levy next month.",
        country="Norland",
    )
    assert stances(ex) == {("country:Norland", "support"), ("person:anna reid", "support")}
    ex = run(
        "Anna Reid, a farmer, said the government would introduce the levy.", country="Norland"
    )
    assert ("person:anna reid", "support") not in stances(ex)


def test_the_author_of_the_policy_backs_it(run):
    assert stances(run("Environment Minister Anna Berg presented the levy in February.")) == {
        ("person:anna berg", "support")
    }
    assert stances(
        run("The levy, drafted by the Ministry of Finance, adds a fee.", country="Norland")
    ) == {("ministry:Norland:finance", "support")}
    # The author's levy, opposed by another: each keeps its own stance, neither is nested.
    assert stances(run("The Farmers Union opposed the government's levy.", country="Norland")) == {
        ("country:Norland", "support"),
        ("org:farmers union", "oppose"),
    }


def test_going_ahead_as_planned_is_support_and_a_delay_or_a_condition_is_not(run):
    ex = run("Finance Minister Anna Berg said the levy would come into force in September.")
    assert stances(ex) == {("person:anna berg", "support")}
    assert (
        stances(run("The levy will not take effect in May, Finance Minister Anna Berg said."))
        == set()
    )
    ex = run("The Brewers Council said it would sue if the levy goes ahead.")
    assert ("org:brewers council", "support") not in stances(ex)


def test_the_blanket_levy_is_the_levy(run):
    assert stances(run("The Brewers Council said it opposed the blanket levy.")) == {
        ("org:brewers council", "oppose")
    }


def test_members_listed_between_dashes_are_each_a_body(run):
    ex = run(
        "Three unions - the Farmers Federation, the Growers Union and Fields United - said"
        " the levy would ruin them."
    )
    assert {"org:farmers federation", "org:growers union", "org:fields united"} <= keys(ex)


def test_an_event_title_opened_by_a_pronoun_names_who_it_stands_for(run):
    ex = run(
        "Three opposition parties -- the Green Party, the Farmers Party and the Sea Party -- said"
        " they will submit a motion against the levy on Nov. 30."
    )
    assert [e.title for e in ex.events] == [
        "Opposition parties will submit a motion against the levy"
    ]


def test_a_date_in_a_time_clause_dates_that_clause_not_the_main_verb(run):
    ex = run(
        "The agency vowed on Friday to seek approval of the treaty after signing it as early as"
        " next week.",
        published=date(2016, 11, 11),
    )
    week = next(e for e in ex.events if e.date.precision == "week")
    assert "vowed" not in week.title and "sign" in week.title
    assert week.status == "planned"
    friday = by_value(ex)["2016-11-11"]
    assert "vowed" in friday.title and "sign" not in friday.title


@pytest.mark.parametrize(
    ("paragraphs", "published", "value"),
    [
        # The plan is the object of the cancelling verb; "for Thursday" looks ahead of the postponing.
        (["The vote on the budget, scheduled for Thursday, was postponed, a spokesman confirmed."],
         date(2025, 3, 19), "2025-03-20"),
        # A cancelling verb joined to the clause of the plan.
        (["The minister had planned to visit Paris last month, but cancelled the trip."],
         date(2016, 6, 3), "2016-05"),
        # A plan told in the past perfect: and "had been due" is the January before, not after.
        (["The tax had been due to take effect in January."], date(2016, 6, 1), "2016-01"),
        # A later sentence of the article calls it off.
        (["Farmers will hold a rally in the capital on Saturday.", "The rally was called off."],
         date(2016, 6, 1), "2016-06-04"),
        # The noun a planned date hangs from did not take place.
        (["A referendum planned for March did not take place."], date(2016, 6, 1), "2016-03"),
    ],
)  # fmt: skip
def test_a_plan_called_off_did_not_happen(run, paragraphs, published, value):
    ex = run(*paragraphs, published=published)
    assert [(e.date.value, e.status) for e in ex.events] == [(value, "did_not_happen")]


def test_a_plan_put_off_before_a_past_happening_keeps_the_year(run):
    # The putting off is told as done before the court's hearing, itself past: the day it was
    # set for is no day ahead of publication.
    ex = run(
        "The tribunal heard the case on May 20 after postponing a session set for May 6.",
        published=date(2029, 7, 2),
    )
    assert ("2029-05-06", "did_not_happen") in [(e.date.value, e.status) for e in ex.events]


def test_a_cancellation_only_asked_for_or_of_another_act_leaves_the_event_as_it_was(run):
    ex = run(
        "The council will vote on the plan on Thursday.",
        "Unions urged the council to postpone the vote.",
        "The two governments signed the pact in 2012, but the opposition scrapped it later.",
        published=date(2016, 6, 1),
    )
    assert {e.date.value: e.status for e in ex.events} == {
        "2016-06-02": "planned",
        "2012": "happened",
    }


def test_a_rescheduled_date_looks_ahead_and_stays_planned(run):
    ex = run("The vote has been rescheduled for 8 July.", published=date(2025, 6, 18))
    assert [(e.date.value, e.status) for e in ex.events] == [("2025-07-08", "planned")]


def test_put_off_until_a_month_is_when_it_is_now_due_not_what_a_thing_beside_it_is_due(run):
    ex = run(
        "The council has put the hearing off until October so that it can be held after the "
        "spending plan, due at the end of May, is published.",
        published=date(2031, 4, 4),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2031-10", "planned")]
    ex = run("The government will table a report due in May.", published=date(2031, 7, 4))
    assert [e.date.value for e in ex.events if e.date.value] == []
    ex = run(
        "She will campaign for the council elections due in June.",
        published=date(2031, 3, 14),
    )
    assert "2031-06" in by_value(ex)
    ex = run("The final vote on the bill, due on Thursday, could be delayed.")
    assert "2016-11-24" in by_value(ex)


def test_a_delay_asked_for_lies_ahead_and_a_plan_beside_a_past_act_keeps_the_year(run):
    ex = run(
        "The league wrote on Tuesday asking to put the levy off until March.",
        published=date(2026, 8, 20),
    )
    assert "2027-03" in by_value(ex)
    ex = run(
        "The ruling left the city on course for the bank's first audit, scheduled for October.",
        published=date(2030, 7, 16),
    )
    assert [e.date.value for e in ex.events] == ["2030-10"]


def test_a_month_that_names_a_known_thing_is_left_unresolved_unless_told_as_past(run):
    ex = run("The June fare rise stays in force.", published=date(2031, 3, 14))
    assert [(e.date.value, e.date.precision) for e in ex.events] == [(None, "unknown")]
    assert "either side" in ex.events[0].date.derivation
    ex = run("The June fare rise was approved.", published=date(2031, 3, 14))
    assert [e.date.value for e in ex.events] == ["2030-06"]
    ex = run("The party said it would back the May 9 shutdown.", published=date(2029, 4, 20))
    assert [e.date.value for e in ex.events] == ["2029-05-09"]


def test_by_a_past_date_is_a_bound_left_unresolved(run):
    ex = run("By July, the party had switched sides.", published=date(2016, 8, 29))
    assert [(e.date.value, e.date.precision) for e in ex.events] == [(None, "unknown")]
    assert "on or before" in ex.events[0].date.derivation


def test_event_actors_are_the_agents_not_the_target(run):
    ex = run(
        "Three opposition parties said they will submit a motion to dismiss Finance Minister"
        " John Smith on Friday."
    )
    (motion,) = ex.events
    assert motion.actors and not any(k.startswith("person:") for k in motion.actors)
    assert "dismiss" in motion.title


def test_they_in_a_title_names_the_actors_it_stands_for(run):
    ex = run(
        "France and Germany held talks in Paris on Monday.",
        "Officials described the mood as good.",
        "They resumed negotiations in Berlin on Thursday.",
        published=date(2016, 11, 18),
    )
    resumed = by_value(ex)["2016-11-17"]
    assert resumed.title.startswith("France and Germany resumed")
    assert set(resumed.actors) == {"country:France", "country:Germany"}


def test_a_title_does_not_glue_a_second_clause(run):
    ex = run(
        "The Harbour Party's opposition is not new: it voted against a similar bill two years ago.",
        published=date(2016, 6, 1),
    )
    (vote,) = ex.events
    assert vote.title.startswith("Harbour Party voted against") and "new" not in vote.title


def test_a_weekday_of_a_plan_told_in_the_past_is_left_unresolved(run):
    ex = run(
        "Lawyers had planned to call 12 witnesses on Thursday, but dropped the plan.",
        "The agency vowed on Tuesday to defend the levy.",
        published=date(2021, 12, 14),
    )
    assert {(e.date.value, e.status) for e in ex.events} == {
        (None, "did_not_happen"),
        ("2021-12-14", "happened"),
    }


def test_next_term_is_a_time_left_unresolved_not_dropped(run):
    ex = run(
        "The department said schools would draw up their own rules next term.",
        published=date(2025, 2, 12),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [(None, "planned")]
    assert "'next term'" in ex.events[0].date.derivation


@pytest.mark.parametrize(
    ("sentence", "start", "absent"),
    [
        ("Norway also unsuccessfully tested a new rocket in April, and the two furthered negotiations.",
         "Norway tested a new rocket", "negotiations"),
        ("Oslo and Stockholm, which are still at odds over fishing rights, are seeking to conclude the deal by the end of this year.",
         "Oslo and Stockholm are seeking", "odds"),
    ],
)  # fmt: skip
def test_a_title_keeps_both_named_subjects_but_not_a_glued_clause(run, sentence, start, absent):
    ex = run(sentence, published=date(2016, 6, 1))
    (event,) = ex.events
    assert event.title.startswith(start) and absent not in event.title


@pytest.mark.parametrize(
    ("sentence", "published", "title"),
    [
        ("The hearing, scheduled for Thursday, was called off, a clerk said.", date(2021, 12, 14),
         "The hearing was called off"),
        ("The senate has pushed back its review of the levy to June.", date(2019, 3, 5),
         "The senate has pushed back its review of the levy"),
        ("The agency vowed to seek approval of the treaty after signing it next week.",
         date(2016, 11, 11), "The agency to sign the treaty"),
    ],
)  # fmt: skip
def test_a_title_reads_on_its_own(run, sentence, published, title):
    ex = run(sentence, published=published)
    assert [e.title for e in ex.events] == [title]


@pytest.mark.parametrize(
    ("published", "status"), [(date(2025, 6, 18), "planned"), (date(2025, 7, 20), "happened")]
)
def test_a_date_set_in_the_simple_past_keeps_the_year_of_publication(run, published, status):
    ex = run("The vote was rescheduled for 8 July.", published=published)
    assert [(e.date.value, e.status) for e in ex.events] == [("2025-07-08", status)]


def test_an_earlier_cancellation_does_not_call_off_the_plan_in_view(run):
    ex = run(
        "The minister will visit Japan on Monday.",
        "A previous visit was cancelled in 2014.",
        published=date(2016, 6, 1),
    )
    assert by_value(ex)["2016-06-06"].status == "planned"


def test_an_unresolved_they_is_rephrased_away_when_the_verb_allows(run):
    ex = run(
        "The vote comes two weeks after they resumed talks on Oct. 27.",
        published=date(2016, 11, 22),
    )
    assert [e.title for e in ex.events] == ["Talks resumed"]


def test_a_time_right_after_said_dates_the_saying_not_the_clause_after_it(run):
    ex = run(
        "The Green group on Oslo city council said on Monday it would vote for the levy.",
        "It was in January 2011 that the two towns agreed to share a harbour.",
        published=date(2026, 10, 28),
    )
    # Monday is the day of the saying, not of the vote; the cleft still dates its own clause.
    assert [(e.date.value, e.title) for e in ex.events] == [
        ("2011-01", "The two towns agreed to share a harbour")
    ]


# --- unseen-topic failure classes (blind sets): holders the parse or the model missed ----------


def test_speech_verb_beside_the_clause_credits_its_subject(run):
    ex = run(
        "The transport ministry drafted new rules for ports on Monday.",
        "The levy will take effect in May, the ministry said.",
        country="Portugal",
    )
    assert stances(ex) == {("ministry:Portugal:transport", "support")}
    # No one named beside it: the article's own words, no holder.
    assert stances(run("The levy will take effect in May, a report said.")) == set()


def test_a_title_before_a_name_the_model_took_for_a_place_makes_a_person(run):
    ex = run("According to central bank governor Lydia Park, it is too early to judge the levy.")
    assert stances(ex) == {("person:lydia park", "neutral")}


def test_a_kind_of_body_before_a_name_makes_it_a_body(run):
    ex = run("Environmental group Zero welcomed the levy on Monday.")  # a number to the model
    assert stances(ex) == {("org:zero", "support")}


def test_a_party_name_cut_short_by_the_model_is_mended(run):
    ex = run("The Social Democrats said they would vote against the levy.")
    assert stances(ex) == {("par:social democrats", "oppose")}


def test_a_group_named_by_its_politics_is_a_party_and_a_description_is_not_it(run):
    ex = run(
        "The Socialist group on the city council said it would vote for the levy.",
        "The Liberal Democrats, the largest opposition group on the council, said they would"
        " vote against the levy.",
    )
    assert stances(ex) == {
        ("par:socialist group", "support"),
        ("par:liberal democrats", "oppose"),
    }


def test_a_parliament_is_named_with_the_country_adjective(run):
    ex = run("New Zealand's parliament passed the levy on Thursday.")
    assert [m.name for m in ex.mentions if m.key == "parliament:New Zealand"] == [
        "New Zealand Parliament"
    ]


def test_the_body_a_policy_passed_in_backs_it(run):
    ex = run(
        "The levy passed its second reading in Parliament on Tuesday night, 73 votes to 47.",
        country="Portugal",
    )
    assert stances(ex) == {("parliament:Portugal", "support")}
    # Passing something else in Parliament says nothing about the levy.
    ex = run("The motion passed in Parliament, and the levy starts in May.", country="Portugal")
    assert ("parliament:Portugal", "support") not in stances(ex)


def test_swinging_or_being_fully_behind_the_policy_is_support(run):
    ex = run(
        'Prime Minister Anna Reid said she remained "fully behind" the levy.',
        "The Farmers Party swung behind it on Monday after the levy was amended.",
    )
    assert stances(ex) == {("person:anna reid", "support"), ("par:farmers party", "support")}


def test_nothing_to_fear_from_the_policy_is_support(run):
    ex = run("Harbour master Ines Duarte said other ports had nothing to fear from the levy.")
    assert stances(ex) == {("person:ines duarte", "support")}


def test_the_name_given_to_the_policy_says_where_one_stands(run, nlp):
    ex = run(
        "The Traders Association said the levy would drive shoppers away, and its president,"
        ' Joana Lopes, called it "a tax on small shops".'
    )
    assert ("person:joana lopes", "oppose") in stances(ex)
    ex = run("Mayor Rui Costa called the levy a victory for clean air.")
    assert stances(ex) == {("person:rui costa", "support")}
    # A name the policy's own name contains is a description ("the tax … a tax on sugar").
    a = article("Mayor Rui Costa called the tax a tax on sugar.")
    ex = extract(a, list(nlp.pipe(a.paragraphs)), ("the tax",), None)
    assert stances(ex) == set()


def test_her_department_is_the_ministry_of_her_office(run):
    ex = run(
        "Education Secretary Helen Marlowe said the levy was overdue.",
        "The levy would still take effect in September, her department said.",
        country="Portugal",
    )
    assert ("ministry:Portugal:education", "support") in stances(ex)


def test_how_the_policy_will_work_is_support_only_from_the_government_side(run):
    ex = run("Health Minister Aroha Reid said the levy will apply from September.")
    assert stances(ex) == {("person:aroha reid", "support")}
    ex = run(
        "The health ministry will review the levy every two years.",
        country="Portugal",
    )
    assert stances(ex) == {("ministry:Portugal:health", "support")}
    # The same words from critics, or from an opposition spokesperson, describe; they back nothing.
    assert stances(run("Critics said the levy would apply to every bottle.")) == set()
    ex = run("Opposition spokesperson Sam Hill said the levy would apply to every bottle.")
    assert stances(ex) == set()
    # Another country's government may describe a policy it fights.
    ex = run(
        "The Spanish government said the levy would apply to Spanish ferries.", country="Portugal"
    )
    assert stances(ex) == set()
    # "will not apply to …" is a limit of the policy, not a stance.
    ex = run("Health Minister Aroha Reid said the levy will not apply to hospitals.")
    assert stances(ex) == set()


def test_a_regional_government_is_not_the_countrys(run):
    ex = run("The Welsh Government said it was still considering the levy.", country="Portugal")
    assert stances(ex) == {("org:government of wales", "neutral")}
    ex = run("The Kestrel Government said it was still considering the levy.", country="Portugal")
    assert stances(ex) == {("org:kestrel government", "neutral")}
    ex = run("The Federal Government backed the levy.", country="Portugal")
    assert stances(ex) == {("country:Portugal", "support")}
    # "Korean" is the last word of "South Korean": the country's, not a region's.
    ex = run("The Korean cabinet approved the levy.", country="South Korea")
    assert stances(ex) == {("cabinet:South Korea", "support")}


def test_a_capital_whose_own_policy_it_is_acts_as_the_city_not_the_country(run):
    ex = run(
        "Athens defended the ban on Monday.",
        "Tour operators in Athens protested against the ban.",
        "The city said it would keep the ban in place.",
        country="Greece",
        region="Athens",
        names=("the ban",),
    )
    assert stances(ex) >= {("org:government of athens", "support")}
    assert not [k for k in keys(ex) if k.startswith("country:")]
    # Not another city, and "the government" is still the country's.
    ex = run(
        "Officials in Thessaloniki said the city would copy the ban.",
        "The government will contest the ban in court, a spokesman said.",
        country="Greece",
        region="Athens",
        names=("the ban",),
    )
    assert not [k for k in keys(ex) if "athens" in k]
    assert "country:Greece" in keys(ex)


def test_another_city_whose_own_policy_it_is_acts_as_the_city_of_its_name(run):
    ex = run(
        "Eastvale defended the ban on Monday.",
        "The city said it would keep the ban in place.",
        country="Canada",
        region="Eastvale",
        names=("the ban",),
    )
    assert stances(ex) == {("org:city of eastvale", "support")}
    assert {m.name for m in ex.mentions if m.key == "org:city of eastvale"} == {"City of Eastvale"}


def test_a_capitals_metropolitan_government_is_the_citys_not_the_countrys(run):
    ex = run(
        "The Athens Metropolitan Government backed the ban.", country="Greece", names=("the ban",)
    )
    assert stances(ex) == {("org:government of athens", "support")}
    ex = run("The Athens government backed the ban.", country="Greece", names=("the ban",))
    assert stances(ex) == {("country:Greece", "support")}
    # "the city government" is a city's: the dossier's own city, else the one another article names
    ex = run(
        "The city government backed the ban.", country="Greece", region="Athens", names=("the ban",)
    )
    assert stances(ex) == {("org:government of athens", "support")}
    ex = run("The city government backed the ban.", country="Greece", names=("the ban",))
    assert not [k for k in keys(ex) if k.startswith("country:")]


def test_an_office_of_several_words_before_a_name_is_no_body(run):
    ex = run(
        "The ruling was welcomed. A press officer for Head of Government Lucía Paredes Olmos "
        "said the administration would defend the levy."
    )
    assert not [k for k in keys(ex) if "head of government" in k]
    assert "person:lucía paredes olmos" in keys(ex) or "person:lucia paredes olmos" in keys(ex)


def test_an_assembly_line_is_no_assembly(run):
    ex = run("Acme plans a new assembly line near the port.", country="Greece")
    assert not [k for k in keys(ex) if k.startswith("parliament:")]
    ex = run("A parliament spokesman said the levy was lawful.", country="Greece")
    assert "parliament:Greece" in keys(ex)
    ex = run("Parliament members voted 150 to 120 for the levy.", country="Greece")
    assert "parliament:Greece" in keys(ex)


def test_backing_only_the_aim_with_a_reservation_is_mixed(run):
    ex = run(
        "The Bus Union, which backs the aim of the levy but says it needs money, met on Monday."
    )
    assert stances(ex) == {("org:bus union", "mixed")}
    ex = run("The Bus Union backs the aim of the levy.")
    assert stances(ex) == {("org:bus union", "support")}


def test_the_plan_after_the_policy_was_named_is_the_policy(run):
    ex = run(
        "The government unveiled the levy on Tuesday.",
        "The Harbour Workers Union, the main opposition party, urged ministers to drop the plan.",
    )
    assert ("org:harbour workers union", "oppose") in stances(ex)
    # Before the policy is named, or with words of its own, "the plan" is some other plan.
    assert stances(run("The Harbour Workers Union urged ministers to drop the plan.")) == set()
    ex = run(
        "The government unveiled the levy on Tuesday.",
        "The Harbour Workers Union urged ministers to drop the plan to widen the road.",
    )
    assert ("org:harbour workers union", "oppose") not in stances(ex)


def test_a_hedge_yields_to_a_clear_stance_later_in_the_same_article(run):
    ex = run(
        "The Harbour Workers Union said it did not oppose the levy now that ports were exempt.",
        'The Harbour Workers Union said: "We will support this levy."',
    )
    assert stances(ex) == {("org:harbour workers union", "support")}


def test_an_amount_before_the_policy_name_is_still_the_policy_but_a_year_is_not(run):
    ex = run("The Grocers Alliance criticised the $2.20 levy as too high.")
    assert stances(ex) == {("org:grocers alliance", "oppose")}
    assert stances(run("The Grocers Alliance criticised the 2019 levy.")) == set()


def test_welcoming_the_aim_but_criticising_the_policy_is_mixed(run):
    ex = run(
        "The Grocers Alliance welcomed the aim of reducing harm but criticised the levy as too high."
    )
    assert stances(ex) == {("org:grocers alliance", "mixed")}


def test_a_bare_indefinite_policy_judged_is_the_policy_but_a_named_other_one_is_not(run):
    ex = run("The Devices Council said it opposed a blanket levy.")
    assert stances(ex) == {("org:devices council", "oppose")}
    assert stances(run("The Devices Council backed a levy on sugar.")) == set()


def test_a_hedge_does_not_yield_to_a_stance_held_before(run):
    ex = run(
        "The Harbour Workers Union had opposed the levy.",
        "The Harbour Workers Union now says it has yet to decide on the levy.",
    )
    assert ("org:harbour workers union", "neutral") in stances(ex)


def test_failing_to_pass_credits_no_one(run):
    ex = run("The levy failed to pass in Parliament on Tuesday.", country="Portugal")
    assert stances(ex) == set()


def test_a_country_that_enacted_the_same_kind_of_policy_backs_it(run, nlp):
    names = ("the phone ban", "ban on mobile phones in schools")
    a = article(
        "The minister points to France, which passed a law banning phones in schools in 2018.",
        "Ireland adopted a similar ban in 2020.",
        "Japan, which passed a law banning whaling, was not mentioned.",
        "Spain did not adopt a similar ban.",
    )
    ex = extract(a, list(nlp.pipe(a.paragraphs)), names, None)
    assert stances(ex) == {("country:France", "support"), ("country:Ireland", "support")}


def test_a_stance_held_until_something_changed_yields_to_the_current_one(run):
    ex = run(
        "The Farmers Party and the Sea Party voted against the levy.",
        "The Harbour Workers Union was against it too, until the government agreed to an exemption."
        " It now backs the levy.",
        country="Portugal",
    )
    assert ("org:harbour workers union", "support") in stances(ex)
    assert ("org:harbour workers union", "oppose") not in stances(ex)
    assert ("country:Portugal", "support") not in stances(ex)  # "It" is the Guild, the subject


def test_an_earlier_stance_told_in_a_later_article_is_not_its_current_one(run):
    ex = run(
        '"We will support this levy," Sam Hill said.',
        "In February, Mr Hill had called the levy a gimmick and urged ministers to drop it.",
    )
    assert stances(ex) == {("person:sam hill", "support")}
    # Told alone, the earlier stance is all the article says: it stays.
    ex = run("In February, Sam Hill had called the levy a gimmick.")
    assert stances(ex) == {("person:sam hill", "oppose")}


def test_the_government_side_telling_what_the_policy_will_do_backs_it(run):
    ex = run(
        "The levy was introduced by Finance Minister Kari Lunde in March.",
        "Lunde said the levy would cover every hotel and campsite in the country.",
    )
    assert [p.sentence for p in ex.positions if p.actor == "person:kari lunde"] == [1, 2]
    # The same telling by anyone else is a description, and any stance cue comes first.
    assert stances(run("The Harbour Workers Union said the levy would cover every hotel.")) == set()
    # What it will cost or bring is no sign of support: a ministry may say it of a bill it fights.
    ex = run("Finance Minister Kari Lunde said the levy would cost 2 billion crowns.")
    assert stances(ex) == set()
    ex = run("Finance Minister Kari Lunde admitted the levy would hurt small hotels.")
    assert stances(ex) == {("person:kari lunde", "oppose")}


def test_the_decision_after_the_policy_was_named_is_the_policy(run):
    ex = run(
        "Parliament approved the levy on Thursday.",
        "Labour Minister Claire Donovan welcomed the decision.",
    )
    assert ("person:claire donovan", "support") in stances(ex)


def test_fearing_what_the_policy_will_do_is_opposition(run):
    ex = run("The Hotel Owners Guild said it feared the levy would drive visitors away.")
    assert stances(ex) == {("org:hotel owners guild", "oppose")}


def test_threatening_to_challenge_the_policy_is_opposition_not_its_reverse(run):
    ex = run(
        "The Plastics Industry Association said the levy was unfair and threatened to challenge"
        " it in court."
    )
    assert stances(ex) == {("org:plastics industry association", "oppose")}


def test_expecting_the_policy_to_pass_is_a_forecast_not_a_stance(run):
    ex = run("Senator Pablo Ruiz said he expected the levy to pass easily.")
    assert stances(ex) == set()


def test_a_kind_of_business_before_a_name_the_model_took_for_a_person_makes_a_body(run):
    ex = run("Supermarket chain Lider said it backed the levy.")
    assert stances(ex) == {("org:lider", "support")}


def test_a_quotation_over_two_sentences_is_credited_where_it_closes(run):
    ex = run(
        'Finance Minister Kari Lunde said the levy would start in May. "The levy is a disaster'
        ' for small hotels. Nobody asked us," said Anna Berg, chair of the Hotel Owners Guild.'
    )
    assert ("person:anna berg", "oppose") in stances(ex)
    assert ("person:kari lunde", "oppose") not in stances(ex)


def test_he_is_a_person_named_since_the_last_speaker(run):
    ex = run(
        '"We welcome the levy," the Green Alliance said in a statement.',
        'Union leader Tom Brady was blunter. "This levy is wrong," he said.',
    )
    assert stances(ex) == {("org:green alliance", "support"), ("person:tom brady", "oppose")}


def test_what_a_holder_says_it_holds_now_overrules_what_it_told_before(run):
    ex = run(
        '"We opposed this levy because it handed money to the supermarkets. That money now goes'
        ' to clinics, and so we support it," party leader Jonah Petrie said.'
    )
    assert stances(ex) == {("person:jonah petrie", "support")}
    # "now that …" is a reason, not a time: the stance before it stays.
    ex = run(
        "The Harbour Workers Union said it would vote for the levy.",
        "The Harbour Workers Union said it did not oppose the levy now that ports were exempt.",
    )
    assert ("org:harbour workers union", "support") in stances(ex)


def test_ministers_are_the_government_and_others_concerns_stay_theirs(run):
    ex = run(
        "The levy was announced on Tuesday.",
        "Ministers say the levy will end the constant congestion in the old town.",
        country="Portugal",
    )
    assert stances(ex) == {("country:Portugal", "support")}
    ex = run(
        "The vote on the levy was postponed as ministers sought time to address the unions'"
        " concerns.",
        country="Portugal",
    )
    assert stances(ex) == set()
    # Ministers of some other body are not the government.
    ex = run("EU finance ministers opposed the levy.", country="Portugal")
    assert ("country:Portugal", "oppose") not in stances(ex)


def test_names_cut_at_and_or_a_comma_are_whole(run):
    ex = run(
        "The pact was settled, according to a joint statement issued by Iceland's Ministry of "
        "Culture, Science and Trade and Fisheries and Oceans Canada.",
        "Appearing before the Standing Committee on Forests and Rivers, the minister defended "
        "the pact. The committee will hear from the Department of Forests and Rivers' chief "
        "scientist next week.",
        country="Canada",
    )
    assert keys(ex) == {
        "country:Iceland",
        "ministry:Iceland:culture, science and trade",
        "org:fisheries and oceans canada",
        "org:standing committee on forests and rivers",
        "ministry:Canada:forests and rivers",
    }


def test_towns_streets_rivers_and_buildings_are_not_actors(run):
    ex = run(
        "Two trawlers were sitting at the dock in Harbour Grace, said Martin Dale.",
        "Trucks crossing Crosstown Boulevard and the Fort Pitt Tunnel approach would pay the levy.",
        "Cameras on the bridges over the Allegheny and Monongahela rivers would read plates.",
        "Boats sounded their horns outside the Confederation Building.",
        "Sheila Parsons, the mayor of Twillingate, said her council opposed the levy.",
        'In Twillingate, Parsons said the levy would hurt. "It is bad for Twillingate," she said.',
        "In Anna Berg's view the levy is fair.",
    )
    assert keys(ex) == {"person:martin dale", "person:sheila parsons", "person:anna berg"}
    # Streets and squares named in other languages are places too.
    ex = run(
        "Tables crowd the cafés of Via Carrera on summer nights.",
        "Activists plan to hand out leaflets in Piazza della Loggia in June.",
        "Taxi drivers blocked the Calle Sol and the Rua Augusta on Monday.",
    )
    assert not [k for k in keys(ex) if any(w in k for w in ("via", "piazza", "calle", "rua"))]
    # Camps and bases are places; storms and drills are happenings.
    ex = run(
        "Soldiers will train at Waikare Military Camp next year.",
        "Engineers repaired clinics damaged by Cyclone Tavita last year.",
        "Exercise Kiwi Shield will begin in September, said Anna Berg.",
    )
    assert keys(ex) == {"person:anna berg"}


def test_a_long_title_the_model_runs_into_the_name_is_cut_off(run):
    ex = run(
        '"It is a good deal," Iceland\'s Minister of Fisheries and Ocean Policy Halvard Nygaard '
        "told reporters."
    )
    assert keys(ex) == {"country:Iceland", "person:halvard nygaard"}


def test_a_numbered_bill_and_an_adjective_are_not_actors(run):
    ex = run(
        "Brandt introduced a similar bill, Senate Bill 1190, last fall.",
        "The ministry needed time for consultations with Indigenous and coastal communities.",
    )
    assert not any("1190" in k or "indigenous" in k for k in keys(ex))


def test_a_legislature_is_called_what_the_text_calls_it(run):
    ex = run(
        "The bill would bar any town from charging drivers unless the General Assembly agrees.",
        "Mayors need the legislature's approval first.",
        "The Storting, Norway's parliament, approved the pact last month.",
        country="United States",
    )
    names = {m.key: m.name for m in ex.mentions if m.key.startswith("parliament:")}
    assert names == {
        "parliament:United States": "General Assembly",
        "parliament:Norway": "Storting",
    }


def test_a_provinces_government_is_not_the_countrys(run):
    ex = run(
        "The government of Nova Scotia has taken a more cautious line on the pact.",
        "The provincial government is now openly behind the deal, and the province said so.",
        country="Canada",
    )
    assert keys(ex) == {"org:government of nova scotia"}


def test_a_call_after_a_reported_clause_is_the_speakers(run):
    # The parser joins "called" to what Ann Holt said of the council.
    ex = run(
        'Ann Holt said the Harbour Board had "lost its way" and called for the levy to be scrapped.'
    )
    assert stances(ex) == {("person:ann holt", "oppose")}


def test_welcoming_the_decision_on_a_policy_passed_is_taking_its_side(run):
    ex = run(
        "Lawmakers passed the levy on Monday.",
        "The Harbour League welcomed the decision. The Bus Union condemned the outcome.",
    )
    assert stances(ex) == {("org:harbour league", "support"), ("org:bus union", "oppose")}
    # Before anything was done to it, "the outcome" is no side.
    ex = run("Lawmakers will vote on the levy.", "The Harbour League welcomed the outcome.")
    assert stances(ex) == set()


def test_warning_of_the_harm_a_policy_would_do_opposes_it(run):
    ex = run(
        "The levy starts in May.",
        "The Corner Shops Association warned that small retailers would bear the cost.",
        "Doctors warned that delaying it would cost lives.",
        "The Bus Union said it backed the aim but warned that fares could rise.",
    )
    assert ("org:corner shops association", "oppose") in stances(ex)
    assert not [a for a, s in stances(ex) if a == "group:doctor"]
    assert ("org:bus union", "oppose") not in stances(ex)


def test_an_acronym_skips_the_small_words_of_a_name_in_any_language(run):
    ex = run("Members of the Samahang Bayan sa Dagat (SBD) marched on Monday.")
    assert "org:samahang bayan sa dagat" in keys(ex)


def test_ratifying_or_burying_a_policy_and_the_members_of_a_party(run):
    ex = run(
        "The Senate voted 15-8 to concur in the pact's ratification.",
        "Its president, Jo Lima, said the Farmers League would lobby senators to bury the levy.",
        "Members of the Sunrise Party voted against the levy.",
    )
    assert {
        ("org:senate", "support"),
        ("person:jo lima", "oppose"),
        ("par:sunrise party", "oppose"),
    } <= stances(ex)


def test_an_unnamed_member_that_fought_the_policy_is_not_its_group(run):
    ex = run("Bus unions, among them one that fought the levy, say the first week went well.")
    assert stances(ex) == set()
    ex = run("The Bus Union, which fought the levy, has given up.")
    assert stances(ex) == {("org:bus union", "oppose")}


def test_becoming_an_ally_or_remaining_a_critic_is_a_side(run):
    ex = run(
        "The levy starts in May.",
        "The Harbour League, whose chair once called the levy unworkable, has become an ally.",
        "The Bus Union remains a fierce critic. Ann Holt is an ally of the mayor.",
        "Jo Lima is a consumer advocate.",
    )
    assert ("org:harbour league", "support") in stances(ex)
    assert ("org:bus union", "oppose") in stances(ex)
    assert {"person:ann holt", "person:jo lima"} <= keys(ex)
    assert not [a for a, _ in stances(ex) if a in ("person:ann holt", "person:jo lima")]


def test_a_long_office_before_a_name_and_a_people_word_before_a_party(run):
    ex = run(
        "Clean Air and Coastal Economy Secretary Ann Holt said the levy stays.",
        "The Scottish Conservatives will oppose the levy.",
    )
    assert keys(ex) == {"person:ann holt", "par:scottish conservatives"}


def test_the_side_after_a_gap_is_the_last_partys(run):
    ex = run(
        "MPs passed the levy at third reading by 61 votes to 40, with the Greens, Labour and the "
        "Liberal Democrats voting yes and the Tories against."
    )
    assert {(a, s) for a, s in stances(ex) if a.startswith("par:")} == {
        ("par:greens", "support"),
        ("par:liberal democrats", "support"),
        ("par:tories", "oppose"),
    }
    ex = run("The Greens voted in favour and the Conservatives against the levy.")
    assert stances(ex) == {("par:greens", "support"), ("par:conservatives", "oppose")}


def test_an_untagged_body_named_over_a_possessive_a_number_or_a_hyphen(nlp):
    from build_dossier.extract.actors import fix_entities
    from build_dossier.knowledge import knowledge

    for text, name in [
        ("The Halina Women's Network asked lawmakers to drop the pact.", "Halina Women's Network"),
        ("Members of the Clause 12 Citizens' Network staged a sit-in.", "Clause 12 Citizens' Network"),
        ("The Nordland Small-Craft Anglers' Union says trawlers compete.", "Nordland Small-Craft Anglers' Union"),
    ]:  # fmt: skip
        found = [s.text for s in fix_entities(nlp(text), knowledge()) if s.label == "ORG"]
        assert found == [name]


def test_long_names_with_particles_and_suffixes_and_without_their_accents(run):
    ex = run(
        "Its president, Ana Brito Sales Júnior, said the federation would fight the levy.",
        "Deputy Rosa Fontes dos Reis said she would back it.",
        "Senator Wellington Lima Neto voted against it.",
        "Ana Brito Sales Junior later said the levy was unfair.",
    )
    people = {m.key for m in ex.mentions if m.kind == "person"}
    assert {
        "person:ana brito sales junior",  # both spellings, one person
        "person:rosa fontes dos reis",
        "person:wellington lima neto",  # a capital's name after a title is a first name
    } <= people
    assert "country:New Zealand" not in keys(ex)


def test_a_name_with_a_nickname_in_quotes_is_one_person(run):
    ex = run('Senator Ana "Benny" Cruz said the pact "is a promise, not a treaty."')
    assert "person:ana cruz" in keys(ex)
    assert {m.name for m in ex.mentions if m.kind == "person"} == {"Ana Cruz"}


def test_a_court_threat_against_others_on_the_policys_behalf_is_no_opposition(run):
    ex = run(
        "Ana Ruiz, a prosecutor, said her office used the levy's rules and would go to court if "
        "firms kept dodging payments."
    )
    assert stances(ex) == set()
    ex = run("The retailers said they were ready to go to court if the levy was not withdrawn.")
    assert stances(ex) == {("group:retailer", "oppose")}
    # A condition on those who make the policy is a threat against them.
    ex = run(
        "The retailers said they would use the levy's rules and go to court if the council did "
        "not soften them."
    )
    assert {actor for actor, _ in stances(ex)} == {"group:retailer"}


def test_in_a_provinces_own_dossier_its_government_is_the_government(run):
    ex = run(
        "Manitoba tightened the levy in 2021, and the province says it has worked.",
        "The government will defend the levy, the provincial government said on Monday.",
        "Ministers say the levy stays. The federal government in Ottawa would not comment.",
        "Farmers across Manitoba and Manitoba farmers' groups were not consulted.",
        "Premier Ann Holt said so. The Holt government has delayed the levy.",
        country="Canada",
        region="Manitoba",
    )
    home = [m.text for m in ex.mentions if m.key == "org:government of manitoba"]
    assert home == [
        *("Manitoba", "province", "government", "provincial government", "Ministers"),
        "Holt government",
    ]
    assert "country:Canada" in keys(ex)  # the federal government, and Ottawa
    assert {m.name for m in ex.mentions if m.key == "org:government of manitoba"} == {"Manitoba"}


def test_a_regions_legislature_and_its_government_by_other_names(run):
    ex = run(
        "Manitoba's legislature passed the levy. The bill went to the Legislative Assembly.",
        "The Scottish Parliament voted for it.",
        "The State will set up a fund, and the Manitoba government will pay for it.",
        country="Canada",
        region="Manitoba",
    )
    got = {(m.text, m.name, m.key) for m in ex.mentions}
    assert ("Manitoba's legislature", "Manitoba legislature", "parliament:Manitoba") in got
    assert ("Legislative Assembly", "Manitoba Legislative Assembly", "parliament:Manitoba") in got
    assert ("Scottish Parliament", "Scottish Parliament", "parliament:Scotland") in got
    home = {m.text for m in ex.mentions if m.key == "org:government of manitoba"}
    assert home == {"State", "Manitoba government"}


def test_another_region_acts_only_as_a_subject_or_through_its_government(run):
    ex = run(
        "Saxony said it would copy the levy. Trade with Saxony and Saxony's farms grew.",
        "The Bavarian state government rejected the levy.",
        "Queensland Premier Ann Holt said the state would not follow, and the province agreed.",
        country="Germany",
    )
    got = [(m.text, m.key) for m in ex.mentions if m.key.startswith("org:government of")]
    assert got == [
        ("Saxony", "org:government of saxony"),
        ("Bavarian state government", "org:government of bavaria"),
        ("Queensland", "org:government of queensland"),
        ("province", "org:government of queensland"),
    ]


def test_the_city_acting_is_the_city_whose_mayor_is_named(run):
    ex = run(
        "Ann Holt, the mayor of Leeds, proposed the levy on Tuesday.",
        "City officials say the levy is legal. The city argues that its charter allows the levy.",
    )
    city = [m for m in ex.mentions if m.key == "org:city of leeds"]
    assert {m.text for m in city} == {"City", "city"} and city[0].name == "City of Leeds"


def test_the_sources_own_outlet_is_not_an_actor(nlp):
    a = replace(
        article('"We changed the deal," the minister told Fish Weekly. Greenpeace said no.'),
        outlet="Fish Weekly Media",
    )
    ex = extract(a, list(nlp.pipe(a.paragraphs)), NAMES, None)
    assert keys(ex) == {"org:greenpeace"}


def test_people_who_fish_are_one_group_whatever_the_word(run):
    ex = run(
        "The levy angered inshore harvesters in the north.",
        "Inshore fishermen said the levy would cost them their boats.",
    )
    assert keys(ex) == {"group:inshore harvester"}


def test_he_after_a_titled_name_taken_for_a_body_is_not_the_last_speaker(run):
    # The model may take "Minister of Trade and Ocean Policy Halvor Nygren" for an
    # organisation; "he" then may be him, so the quotation is no one's rather than Marit Solberg's.
    ex = run(
        '"This is a deal for two big lobbies," said the association\'s leader, Marit Solberg.',
        "Sweden's Minister of Trade and Ocean Policy Halvor Nygren played down the criticism.",
        '"The deal is good for Sweden, and we look forward to signing it," he said.',
    )
    assert ("person:marit solberg", "support") not in stances(ex)


def test_opposition_from_someone_is_never_the_sentence_subjects(run):
    ex = run(
        "The signing of the deal was delayed after Portugal asked for more time to answer"
        " opposition from the coast."
    )
    assert not any(s == "oppose" and k.startswith("country:") for k, s in stances(ex))


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The Harbour Workers Union has lined up behind the deal.", "support"),
        ("The Harbour Workers Union remains fully committed to the deal.", "support"),
        (
            '"The deal is good for our ports," Harbour Workers Union chair Ada Lunde said.',
            "support",
        ),
        ("The Harbour Workers Union said it could no longer fully back the deal.", "mixed"),
        ("The Harbour Workers Union said it had no position on the deal.", "neutral"),
    ],
)
def test_more_ways_to_state_a_stance(run, sentence, stance):
    assert stance in {s for _, s in stances(run(sentence))}


def test_the_idea_and_the_outline_stand_for_a_policy_already_named(run):
    ex = run(
        "The levy was unveiled on Monday.", "The Harbour Workers Union lined up against the idea."
    )
    assert stances(ex) == {("org:harbour workers union", "oppose")}
    ex = run("The deal was agreed on Monday.", "The Harbour Workers Union welcomed the outline.")
    assert stances(ex) == {("org:harbour workers union", "support")}
    # Not before the policy is named: "the idea" is then something else.
    ex = run("The Harbour Workers Union lined up against the idea.")
    assert stances(ex) == set()


def test_a_quotation_opened_after_a_speaker_goes_on_with_them(run):
    ex = run(
        '"Riders have paid for decades," said Sarah Jennings, the union\'s organiser. "We still want'
        ' the levy. But every cent should go to buses."'
    )
    assert ("person:sarah jennings", "support") in stances(ex)
    # Wanting it gone is opposing it.
    ex = run("The Harbour Workers Union wants the levy scrapped.")
    assert stances(ex) == {("org:harbour workers union", "oppose")}


def test_a_stance_noun_given_to_the_policy_by_a_light_verb(run):
    ex = run("The Harbour Workers Union gave preliminary approval on Monday to the levy.")
    assert stances(ex) == {("org:harbour workers union", "support")}
    ex = run("The Harbour Workers Union gave the levy its approval in October.")
    assert stances(ex) == {("org:harbour workers union", "support")}
    # Approval given to something else is not the policy's.
    ex = run("The Harbour Workers Union gave approval to the budget, despite the levy.")
    assert stances(ex) == set()


def test_barring_the_policys_own_act_opposes_it(nlp):
    names = ("the charge", "congestion charge")
    a = article(
        "Senator Paul Brandt introduced a bill that would bar any city from charging drivers to"
        " enter its centre.",
        "Mayor Anna Kowal said she would fight it.",
    )
    ex = extract(a, list(nlp.pipe(a.paragraphs)), names, None)
    # Brandt opposes the charge; he does not support it by introducing the bill, and "it" after
    # the barred act is the bill, not the charge.
    assert stances(ex) == {("person:paul brandt", "oppose")}


def test_a_title_the_parser_made_the_subject_speaks_as_the_person_in_it(run):
    ex = run(
        "Danish Ambassador to Chile Lise Holmgaard said in a statement last week that Copenhagen"
        ' remained "fully committed" to concluding the deal.'
    )
    assert ("person:lise holmgaard", "support") in stances(ex)


def test_support_in_principle_with_a_reservation_is_mixed(run):
    ex = run(
        'Regional Minister Tom Harker said the province supported "closer ties in principle" but'
        " wanted a cap on the number of vessels written into the deal."
    )
    # Held by "the province" (its government, named in other articles) or by its minister: mixed.
    assert {stance for _, stance in stances(ex)} == {"mixed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Workers Union wants the levy to fail.",
        "The Harbour Workers Union wants a cap written into the levy.",
    ],
)
def test_wanting_something_of_the_policy_is_not_support(run, sentence):
    assert ("org:harbour workers union", "support") not in stances(run(sentence))


def test_the_policys_ally_is_the_subject_not_the_policy(run):
    ex = run("The Harbour Workers Union has become the levy's most reliable ally.")
    assert stances(ex) == {("org:harbour workers union", "support")}


def test_a_vote_scheduled_for_a_day_is_a_plan_in_the_year_of_publication(run):
    ex = run(
        "The 5-4 vote sends the bill to a final vote scheduled for Nov. 12.",
        published=date(2024, 10, 24),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2024-11-12", "planned")]
    # Across the turn of the year the plan still lies ahead.
    ex = run(
        "The bill now goes to a final vote scheduled for Jan. 5.", published=date(2024, 12, 20)
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2025-01-05", "planned")]


def test_a_plan_moved_from_one_date_to_another(run):
    ex = run(
        "The administration has pushed the start date back from July 1, 2025, the target the mayor "
        "set at the outset, to Jan. 5, 2026, to allow time for camera installation.",
        published=date(2025, 6, 20),
    )
    assert sorted((e.date.value, e.status) for e in ex.events) == [
        ("2025-07-01", "did_not_happen"),
        ("2026-01-05", "planned"),
    ]


def test_a_season_is_a_time_left_unresolved(run):
    ex = run(
        "The agency's board is expected to vote on that plan this fall.",
        "The fall of the government surprised nobody in March.",
        published=date(2025, 6, 20),
    )
    season = [e for e in ex.events if e.sentence == 1]
    assert [(e.date.value, e.status) for e in season] == [(None, "planned")]
    assert "season" in season[0].date.derivation


def test_a_weekday_span_is_a_weekly_schedule_not_a_day(run):
    ex = run("Cameras would read license plates from 6 a.m. to 7 p.m., Monday through Friday.")
    assert ex.events == ()
    # So is a weekday said to recur: no one Saturday is the march's date.
    ex = run(
        "Cyclists have marched every Saturday against the levy.",
        "Drivers protested against the levy each Monday outside the depot.",
        "Stallholders picketed the town hall over the levy each Thursday and Friday.",
    )
    assert [e.date.value for e in ex.events if e.date.value] == []


def test_a_weekday_inside_the_subject_of_what_was_said_dates_that_subject(run):
    # "said Sunday's X would …" is not "said on Sunday": the match lies ahead, told as planned.
    ex = run("The club said Sunday's match would go ahead under the levy, without fireworks.")
    assert [(e.date.value, e.status) for e in ex.events] == [("2016-11-27", "planned")]
    # … but only when what is said is whether it happens: this march is behind us.
    ex = run("Police said Saturday's march against the levy would be investigated.")
    assert [(e.date.value, e.status) for e in ex.events] == [("2016-11-19", "happened")]


def test_a_span_of_months_the_model_tagged_half_of_is_one_range(run):
    ex = run(
        "The Transport Agency said traffic fell by half between September and February.",
        published=date(2030, 3, 12),
    )
    assert [(e.date.value, e.date.precision, e.date.end) for e in ex.events] == [
        ("2029-09", "range", "2030-02")
    ]
    ex = run(
        "The Transport Agency said traffic fell by half between September and February.",
        published=date(2029, 10, 15),
    )
    assert [(e.date.value, e.date.end) for e in ex.events] == [("2028-09", "2029-02")]
    # A move "from March to May" is left to the rules for moves: the March date did not happen.
    ex = run(
        "The council postponed the vote on the levy from March to May.", published=date(2030, 2, 10)
    )
    assert [e.status for e in ex.events] == ["did_not_happen"]


def test_a_month_of_a_plan_told_in_the_past_is_not_guessed(run):
    ex = run(
        "The two sides said they aimed to sign the treaty in January.",
        "The minister said the government intended to sign the treaty on January 25.",
        published=date(2023, 9, 14),
    )
    assert ex.events and all(e.date.value is None for e in ex.events)


def test_a_dated_saying_that_makes_a_decision_or_change_public_is_an_event(run):
    ex = run(
        "The government will push back the start of the levy by six months, the minister said Wednesday.",
        "The Harbour Party said on Tuesday that it no longer opposed the levy.",
        "Canada and Norway have reached agreement on a treaty, the two governments said on Monday.",
        "Three business groups said in a joint letter to council last week that the levy was unfair.",
        "The mayor said on Tuesday that the levy was working.",
        published=date(2016, 11, 23),
    )
    dated = {e.sentence: e for e in ex.events}
    assert sorted(dated) == [1, 2, 3, 4]
    assert dated[1].date.value == "2016-11-23" and "will push back" in dated[1].title
    assert dated[1].title.startswith("The minister said")
    assert dated[2].date.value == "2016-11-22" and dated[3].date.value == "2016-11-21"
    assert dated[4].date.precision == "week"


def test_a_saying_whose_report_has_its_own_date_stays_a_saying(run):
    ex = run(
        "South Korea and Japan will sign a military pact as early as this week, an official said Wednesday."
    )
    assert [(e.date.precision, e.status, e.verb) for e in ex.events] == [
        ("week", "planned", "sign")
    ]


def test_what_was_done_to_a_plan_later_put_on_hold_still_happened(run):
    ex = run(
        "The city's plan, approved by lawmakers in 2019, was put on hold last week.",
        "The visit, arranged for Monday, was called off.",
        published=date(2024, 6, 11),
    )
    status = {(e.sentence, e.date.value): e.status for e in ex.events}
    assert status[(1, "2019")] == "happened"
    # Called off, told in the simple past: the Monday may have been either side of publication.
    assert status[(2, None)] == "did_not_happen"


def test_a_date_originally_set_is_the_old_plan_that_did_not_hold(run):
    ex = run(
        "The signing, originally scheduled for 25 January in the capital, will now take place "
        "in Oslo on 18 April, officials confirmed.",
        published=date(2024, 2, 9),
    )
    assert sorted((e.date.value, e.status) for e in ex.events) == [
        ("2024-01-25", "did_not_happen"),
        ("2024-04-18", "planned"),
    ]


def test_a_plan_told_in_the_past_whose_date_is_left_open_is_still_a_plan(run):
    ex = run(
        "The minister said the government intended to sign the treaty on January 25.",
        published=date(2023, 11, 21),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [(None, "planned")]


def test_a_titled_officer_speaks_for_the_body_named_with_them(run):
    ex = run(
        "The Harbour League said it would fight the levy.",
        '"Nobody asked us," said its chairwoman, Ann Lee.',
        "Brook Council leader Tom Hale said little.",
        "Sam Ortiz of the Harbour League was in the room.",
        "Kim Roe and the Brook Council met on Monday.",
    )
    relations = {(m.group, m.members, m.relation) for m in ex.memberships}
    assert relations == {
        ("org:harbour league", ("person:ann lee",), "speaks_for"),
        ("org:brook council", ("person:tom hale",), "speaks_for"),
        ("org:harbour league", ("person:sam ortiz",), "belongs_to"),
    }


def test_its_in_an_attribution_is_not_a_body_named_inside_the_quotation(run):
    ex = run(
        "Youth Voices Norland, an organisation of youth clubs, said it had not been consulted.",
        '"The Parliament never asks us," said its chair, Eva Berg.',
    )
    assert [(m.group, m.relation) for m in ex.memberships] == [
        ("org:youth voices norland", "speaks_for")
    ]


def test_a_name_after_an_office_and_its_domain_is_the_whole_name(run):
    ex = run("Minister for Digital Affairs Jan Ole Berg said the levy would work.")
    assert "person:jan ole berg" in keys(ex)
    assert not [k for k in keys(ex) if "affairs" in k]


def test_a_campaign_named_for_its_cause_keeps_the_people_it_names(run):
    ex = run(
        "The parents' network Parents for Screen-Free Schools backed the levy.",
        "Support for Screen-Free Schools grew.",
        "The Norland Agency for Digital Government reviewed the levy.",
    )
    assert {
        "org:parents for screen-free schools",
        "org:norland agency for digital government",
    } <= keys(ex)
    assert "org:support for screen-free schools" not in keys(ex)


def test_a_campaign_the_model_reads_as_a_place_and_a_date_is_a_body(run):
    ex = run(
        "Ohio Parents for Four Days delivered a petition against the levy.",
        "Farmers Against the Levy rallied in Dublin.",
        "Parents for years have complained about the levy.",
    )
    assert {"org:ohio parents for four days", "org:farmers against the levy"} <= keys(ex)
    assert not [k for k in keys(ex) if "years" in k]


def test_a_long_apposition_does_not_hide_who_welcomed_it(run):
    ex = run(
        "Parents for Quiet Roads, a network founded in 2022 that says it has 4,000 members, "
        "welcomed the levy."
    )
    assert [(p.actor, p.stance) for p in ex.positions] == [
        ("org:parents for quiet roads", "support")
    ]


def test_a_vote_with_no_object_is_on_the_policy_once_it_is_named(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "The Green Party and the Farmers Party voted against.",
        "The Harbour League said it would vote in favour.",
        "The Labour Party did not vote against.",
        "Two MPs voted against the amendment.",
        "Council President Tom Hale voted yes.",
    )
    assert {(p.actor, p.stance, p.cue) for p in ex.positions} == {
        ("par:green party", "oppose", "voted against"),
        ("par:farmers party", "oppose", "voted against"),
        ("org:harbour league", "support", "vote in favour"),
        ("person:tom hale", "support", "voted yes"),
    }


def test_a_vote_on_a_day_and_a_vote_told_of_those_among_whom_one_was_cast(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Senator Ana Cruz voted in favour on Tuesday.",
        "Senator Rui Lima was among the 11 who voted no.",
        "Senator Eva Roth was among those who voted against.",
        "Senator Tom Hale voted no on the amendment.",
        "Senator Ina Berg was not among those who voted no.",
        "Senator Ola Dahl denied reports that he was among those who voted no.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("person:ana cruz", "support"),
        ("person:rui lima", "oppose"),
        ("person:eva roth", "oppose"),
    }


def test_a_holder_who_has_not_decided_what_to_do_about_the_policy_is_neutral(run):
    ex = run(
        "Parliament passed the levy on Tuesday.",
        "Governor Ann Lee has not made up her mind.",
        "Mayor Tom Hale has not said whether he will sign it.",
        "Senator Rui Lima has yet to decide whether to back it.",
        "Senator Eva Roth has not said whether she will run again.",
        '"She has not made up her mind," Senator Eva Roth said.',
        "Senator Ola Dahl has not made up his mind about seeking a second term.",
        "Senator Ina Berg has not said what she will do about the teachers' strike.",
    )
    assert stances(ex) == {
        ("org:parliament", "support"),
        ("person:ann lee", "neutral"),
        ("person:tom hale", "neutral"),
        ("person:rui lima", "neutral"),
    }


def test_a_bare_hedge_after_the_policy_is_named_is_neutral_but_one_on_something_else_is_not(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Governor Ann Lee has not taken a position.",
        "The Harbour League has taken no position on the delay.",
        "The Farmers Party remained undecided.",
        "The Green Party has been more ambivalent.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("person:ann lee", "neutral"),
        ("par:farmers party", "neutral"),
        ("par:green party", "mixed"),
    }


def test_the_regional_government_is_not_the_country(run):
    ex = run(
        "The levy passed. The regional government has been more ambivalent.", country="Norland"
    )
    assert not [p for p in ex.positions if p.actor.startswith("country:")]


def test_those_joined_in_an_act_and_whose_votes_carried_it_share_it(run):
    ex = run(
        "The Harbour League joined the Green Party and the Labour Party in a motion calling for "
        "the levy to be scrapped.",
        "Senator Ann Lee joined all 14 Republicans in voting for the levy.",
        "The Norton City Council approved the levy on Monday with the votes of the Farmers Party.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("org:harbour league", "oppose"),
        ("par:green party", "oppose"),
        ("par:labour party", "oppose"),
        ("person:ann lee", "support"),
        ("par:republicans", "support"),
        ("org:norton city council", "support"),
        ("par:farmers party", "support"),
    }


def test_what_a_motion_asks_is_its_movers_aim_and_rejecting_it_is_the_opposite(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "In April the Green Party put forward a motion calling for the levy to be scrapped.",
        "The Labour Party rejected a motion calling for the levy to be scrapped.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("par:green party", "oppose"),
        ("par:labour party", "support"),
    }


def test_a_stance_told_in_a_past_relative_clause_yields_to_the_one_held_now(run):
    ex = run(
        "The Harbour League, which in April called for the levy to be scrapped, said on Monday "
        "that it would now support the levy."
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {("org:harbour league", "support")}


def test_those_won_over_support_it_now_and_a_softened_opponent_is_mixed(run):
    ex = run(
        "The Housing Guild opposed the levy in May.",
        "The compromise won over the Housing Guild.",
        "The exemption won back the Farmers Party, which had threatened to oppose the levy.",
        "The Green League failed to win over the Labour Party.",
        "The Harbour League, which had fought the levy since January, softened its tone.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("org:housing guild", "support"),
        ("par:farmers party", "support"),
        ("org:harbour league", "mixed"),
    }


def test_welcoming_the_vote_takes_the_side_the_vote_took(run):
    ex = run(
        "The Norland Parliament on Thursday voted to delete the levy from the budget.",
        "The Harbour League welcomed the vote.",
        "The Farmers Party condemned the vote.",
        "The Green Party voted against the levy.",  # a party's own vote is no outcome
        "The Labour Party welcomed the vote.",
    )
    assert {(p.actor, p.stance) for p in ex.positions if "parliament" not in p.actor} == {
        ("org:harbour league", "oppose"),
        ("par:farmers party", "support"),
        ("par:green party", "oppose"),
        ("par:labour party", "oppose"),
    }


def test_a_one_word_chamber_passing_the_policy_is_an_outcome_too(run):
    ex = run("The House passed the levy on Monday.", "The Harbour League welcomed the vote.")
    assert ("org:harbour league", "support") in stances(ex)


def test_a_court_suspending_the_policy_is_the_outcome_its_background_does_not_undo(run):
    ex = run(
        "A district judge on Friday suspended the levy on plastic crates.",
        "The city council approved the levy in March, and it took effect in April.",
        "The Harbour League welcomed the decision.",
    )
    assert ("org:harbour league", "oppose") in stances(ex)
    assert ("org:harbour league", "support") not in stances(ex)


def test_all_but_one_of_a_party_votes_as_the_party_and_a_vote_on_another_question_is_none(run):
    ex = run(
        "All but two of the chamber's Republicans voted for the levy.",
        "The Greens voted no on the amendment.",
    )
    assert stances(ex) == {("par:republicans", "support")}


def test_voting_with_the_government_takes_its_side(run):
    ex = run(
        "The government will introduce the levy in May.",
        "The Green Party voted with the government.",
        "The Farmers Party voted with the opposition.",
        country="Norland",
    )
    assert {(p.actor, p.stance) for p in ex.positions} >= {
        ("par:green party", "support"),
        ("par:farmers party", "oppose"),
    }


def test_a_date_after_said_that_dates_what_was_said(run):
    ex = run(
        "The Harbour League said that from 2015 to 2018 it had run a trial of the levy.",
        "The minister said on Tuesday the cabinet would approve the levy on Friday.",
        published=date(2016, 11, 24),
    )
    dated = {(e.date.value, e.date.precision) for e in ex.events}
    assert ("2015", "range") in dated  # the trial's years, not a saying's
    assert ("2016-11-25", "day") in dated and ("2016-11-22", "day") not in dated


def test_names_the_model_takes_for_bodies_or_products_beside_a_title_or_occupation_are_people(
    run, nlp
):
    paragraphs = (
        "Norland Premier Amrinder Dhaliwal took the opposite view.",
        "Trade lawyer Marcus Obi-Lundgren of Eastvale said the list was short.",
    )
    # What the model makes of them, which this mends: a body, a body run on into "of".
    labels = [{e.label_ for e in nlp(p).ents} for p in paragraphs]
    assert "ORG" in labels[0] and "ORG" in labels[1]
    ex = run(*paragraphs)
    people = {k for k in keys(ex) if k.startswith("person:")}
    assert people >= {"person:amrinder dhaliwal", "person:marcus obi-lundgren"}
    assert not [k for k in keys(ex) if k.startswith("org:") and ("dhaliwal" in k or "obi" in k)]


def test_a_name_the_model_calls_a_product_is_a_person_when_described_as_one(nlp):
    text = "Ana Ferrer, director of the city's tourism foundation, said the plan was unfair."
    # as the model labels some such names
    assert fixed(nlp, text, [(0, 2, "PRODUCT")])[:1] == [("Ana Ferrer", "PERSON")]


def test_no_stance_from_a_frame_a_whether_clause_or_a_concern_removed(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Under the levy, the Harbour League would scrap its own fees.",
        "The Green League had sought legal advice on whether the levy could be challenged.",
        "The Farmers Party said the exemption removed its main concern about the levy.",
        "The Labour Party said the levy was a concern.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {("par:labour party", "oppose")}


def test_a_condition_on_something_else_makes_a_threat_mixed_but_one_on_the_policy_does_not(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "The Green League said it would go to court if the government did not widen the levy.",
        "The Harbour League warned that it would go to court if the levy was approved.",
        "The governor said she would sign the levy if it reached her desk.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} >= {
        ("par:green league", "mixed"),
        ("org:harbour league", "oppose"),
    }
    assert ("par:green league", "oppose") not in {(p.actor, p.stance) for p in ex.positions}


def test_a_date_the_model_runs_into_a_duration_keeps_its_day(run):
    ex = run(
        "The levy began on Jan. 5 after years of delays.",
        "The council voted on Thursday. The committee had endorsed it the day before.",
        published=date(2025, 1, 20),
    )
    dated = {e.date.value for e in ex.events}
    assert {"2025-01-05", "2025-01-16", "2025-01-15"} <= dated


def test_indian_honorifics_are_not_part_of_the_name(run):
    ex = run("Shri T. Anandan said the levy was wrong.", "Smt. Meera Iyer said it was fair.")
    assert {"person:t. anandan", "person:meera iyer"} <= keys(ex)


def test_the_governments_plan_is_the_policy_but_a_partys_plan_is_not(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Majority Leader Ann Lee said she stood behind the Treasury's plan.",
        "The Green League backed the Farmers Party's plan.",
    )
    assert {
        (p.actor, p.stance) for p in ex.positions if p.actor.startswith(("person", "par", "org:g"))
    } == {("person:ann lee", "support")}


def test_pausing_suspending_and_breaking_rules_are_opposition_and_courts_take_no_side(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Governor Ann Lee called on the prime minister to hit pause on the levy.",
        "The Harbour League repeated its call for the government to suspend the levy.",
        "The Green League said the levy ignored the investments farmers had made.",
        "The minister rejected calls to suspend the levy.",
        "The High Court of Justice rejected a request by the Farmers Party to suspend the levy.",
    )
    got = {(p.actor, p.stance) for p in ex.positions}
    assert {
        ("person:ann lee", "oppose"),
        ("org:harbour league", "oppose"),
        ("par:green league", "oppose"),
        ("org:high court of justice", "neutral"),
    } <= got
    assert ("org:high court of justice", "support") not in got


def test_voting_with_the_government_counts_in_a_sentence_that_names_the_policy(run):
    ex = run(
        "The government will introduce the levy in May.",
        "The levy passed by 78 votes to 60, with the Green Party voting with the government.",
        country="Norland",
    )
    assert ("par:green party", "support") in {(p.actor, p.stance) for p in ex.positions}


def test_a_stance_in_a_clause_or_apposition_of_its_own_is_not_the_sentence_subjects(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Mayor Ann Lee said the vote would give the levy a foundation it had lacked since 2014, "
        "when a majority of voters rejected it.",
        "She and Tom Hale of the Harbour League, the most prominent voice against the levy, will "
        "debate next month.",
        "The Green League, which last month criticised the levy as a delay, said on Thursday it "
        "would now campaign for it.",
    )
    got = {(p.actor, p.stance) for p in ex.positions}
    assert ("person:ann lee", "oppose") not in got
    assert ("org:green league", "support") in got or ("par:green league", "support") in got
    assert not [a for a, s in got if s == "oppose" and "green" in a]


def test_the_yes_side_supports_a_policy_put_to_a_vote_and_the_no_side_opposes_it(run):
    ex = run(
        "Voters will decide on the levy in a referendum in September.",
        "The Harbour League is campaigning for a no, while the Green League has joined the yes side.",
        "The Farmers Party is leafleting for a yes.",
        "The Labour Party backed a yes vote on the budget.",
    )
    got = {(p.actor, p.stance) for p in ex.positions}
    assert {("org:harbour league", "oppose"), ("par:farmers party", "support")} <= got
    assert {("org:green league", "support"), ("par:green league", "support")} & got
    assert not [a for a, _ in got if "labour" in a]


def test_a_second_participle_of_a_described_noun_is_its_own_dated_event(run):
    ex = run(
        "A report commissioned by the ministry in early 2026 and published last November found "
        "that the levy had cut waste.",
        published=date(2028, 2, 9),
    )
    assert {(e.title, e.date.value) for e in ex.events} >= {("A report published", "2027-11")}


def test_a_said_clause_that_gives_a_date_dates_its_own_subject(run):
    ex = run(
        "The agency said the earliest realistic start date for the levy would be July 1, 2029.",
        published=date(2028, 9, 11),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2029-07-01", "planned")]


def test_calling_someone_elses_protest_names_is_not_protesting(run):
    ex = run(
        "Miners staged a sit-in against the deal.",
        'The Ministry of Fisheries called the protest "regrettable" and said the deal stood.',
        'Union leader Ann Lee called the protest "a show for the cameras".',
    )
    assert not [p for p in ex.positions if p.stance == "oppose" and "miners" not in p.actor]


def test_a_bare_vote_before_the_policy_is_named_is_no_stance(run):
    ex = run("The Green Party voted against.")
    assert ex.positions == ()


def test_a_plan_in_a_with_phrase_is_its_own_event_with_its_own_date(run):
    ex = run(
        "The ministry said the levy would go out for consultation, with a first reading in "
        "parliament planned for April.",
        "Talks ended in January, with a final vote planned for March.",
        published=date(2025, 2, 18),
    )
    dated = {(e.date.value, e.status) for e in ex.events if e.date.value}
    # Told in the past, the plan keeps the year of publication rather than a year before.
    assert dated == {("2025-04", "planned"), ("2025-01", "happened"), ("2025-03", "planned")}


def test_all_before_a_party_is_not_part_of_its_name(run):
    ex = run(
        "The levy passed 25 votes to 20. All Harbour League members voted for the levy and all "
        "Norland Country Alliance members voted against it."
    )
    assert {"org:harbour league", "org:norland country alliance"} <= keys(ex)
    assert not [k for k in keys(ex) if k.split(":")[1].startswith("all ")]


def test_an_office_domain_before_a_title_is_not_a_body_but_a_party_before_leader_is(run):
    ex = run(
        "Federal Energy Minister Mark Trewin said the levy would help.",
        "Green League leader Ann Lee said it would not.",
    )
    assert "person:mark trewin" in keys(ex)
    assert not [k for k in keys(ex) if "energy" in k]
    assert "par:green league" in keys(ex) or "org:green league" in keys(ex)


def test_a_bill_named_with_a_hyphenated_bracket_is_not_an_actor(run):
    ex = run(
        "The state will introduce the Planning and Building (All-Electric Homes) Amendment Bill."
    )
    assert not [k for k in keys(ex) if "planning" in k]


def test_an_office_the_model_calls_a_body_is_the_person_holding_it(run):
    ex = run(
        "Marchers called on Premier Joan Carrick to delay the levy.",
        "Three bodies said in a joint letter to the Premier that the levy should be scrapped.",
    )
    assert keys(ex) >= {"person:joan carrick"}
    assert "org:premier" not in keys(ex)


def test_wanting_another_act_done_to_the_policy_is_no_stance(run):
    ex = run(
        "The government tabled the levy.",
        "The Green League said it would seek to refer the levy to a committee.",
        "The Harbour League sought to clinch the levy.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {("org:harbour league", "support")}


def test_a_body_named_after_its_kind_or_as_its_city_is_an_actor(run):
    ex = run(
        "The climate coalition Warm Our Homes said the levy was overdue.",
        "The City of Eastvale also welcomed the announcement.",
        "The group Tuesday said no.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("org:warm our homes", "support"),
        ("org:city of eastvale", "support"),
    }
    assert "group:climate coalition" not in keys(ex)


def test_an_effect_counted_in_thousands_is_on_what_is_counted(run):
    ex = run(
        "The Electrical Trades Union said the levy would create thousands of jobs.",
        "The Harbour League said the levy would add millions in costs.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("org:electrical trades union", "support"),
        ("org:harbour league", "oppose"),
    }


def test_defending_the_compromise_is_not_backing_the_policy_as_proposed(run):
    ex = run(
        "The committee cut the levy to 0.2 percent.",
        "Committee chairman Tom Hale had defended the compromise on the floor, arguing that it "
        "protected savers.",
    )
    assert ex.positions == ()


def test_the_companys_chief_executive_speaks_for_the_company_named_before(run):
    ex = run(
        "Norland Telecom Ltd said the levy was bad.",
        '"It will hurt," said Ann Lee, the company\'s chief executive.',
    )
    assert [(m.group, m.members, m.relation) for m in ex.memberships] == [
        ("org:norland telecom ltd", ("person:ann lee",), "speaks_for")
    ]


def test_an_event_title_keeps_its_negation_and_a_bound_is_not_a_date(run):
    ex = run(
        "New homes will no longer be able to connect to gas from 1 January 2027.",
        "Premier Ann Lee announced on Wednesday that homes with a contract signed before "
        "1 March 2027 would be allowed to connect to gas.",
        published=date(2025, 2, 12),
    )
    titles = {(e.title, e.date.value) for e in ex.events}
    assert ("New homes will no longer be able to connect", "2027-01-01") in titles
    assert (
        "Premier Ann Lee announced homes would be allowed to connect to gas",
        "2025-02-12",
    ) in titles
    assert not [t for t, d in titles if d == "2027-03-01"]


def test_a_condition_and_what_would_follow_from_it_are_not_events(run):
    ex = run(
        "The opposition said it would repeal the levy if it won the March 2026 state election.",
        "If the levy had come in 2020, we'd be having this argument in 2040.",
        "The vote will go ahead on Monday if the committee agrees.",
        published=date(2025, 6, 18),
    )
    assert {(e.title, e.date.value, e.status) for e in ex.events} == {
        ("The state election", "2026-03", "planned"),
        ("The vote will go ahead", "2025-06-23", "planned"),
    }


def test_a_group_named_only_inside_a_quotation_is_not_an_actor(run):
    ex = run(
        '"This is a real plan for real workers," the union\'s secretary said.',
        "Residents opposed the levy.",
    )
    assert keys(ex) == {"group:resident"}


def test_with_the_exemption_in_place_a_vote_for_the_policy_is_still_support(run):
    ex = run(
        '"With the exemption in place, we will vote for the levy," party leader Tom Hale said.'
    )
    assert [(p.actor, p.stance) for p in ex.positions] == [("person:tom hale", "support")]


def test_a_chambers_leader_does_not_speak_for_the_chamber(run):
    ex = run(
        "The Norland Senate passed the levy.",
        "Senate Minority Leader Tom Hale said his party would try again to narrow the levy.",
    )
    assert not [m for m in ex.memberships if m.relation == "speaks_for"]


def test_he_in_what_a_person_said_is_that_person_even_after_another_was_named(run):
    ex = run(
        "Ann Lee, a tech founder, welcomed the levy.",
        "Tom Hale, founder of the Harbour firm Brightwater Robotics, said he still thought the levy "
        "went too far.",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("person:ann lee", "support"),
        ("person:tom hale", "oppose"),
    }


def test_a_court_rejecting_a_request_to_suspend_the_policy_takes_no_side(run):
    ex = run(
        "The High Court on Monday rejected a request by the Harbour League to suspend the levy "
        "while it rules on the appeal."
    )
    assert [(p.actor, p.stance) for p in ex.positions] == [("org:high court", "neutral")]


def test_a_weekday_that_may_date_a_nearer_past_verb_is_left_open(run):
    ex = run(
        "The council will withdraw existing licences from the old town, under a plan unveiled "
        "by the mayor, Ann Lee, on Tuesday.",
        published=date(2026, 1, 14),
    )
    assert [e.date.value for e in ex.events] == [None]


def test_a_vote_put_back_to_a_month_looks_ahead(run):
    ex = run(
        "The vote on the levy, which had been pencilled in for this Thursday, has been put back "
        "to October.",
        published=date(2026, 9, 2),
    )
    assert {(e.date.value, e.status) for e in ex.events} >= {("2026-10", "planned")}
    assert "2026-09-03" in {e.date.value for e in ex.events}


def test_a_letter_that_says_nothing_is_not_a_speaker_and_a_bracket_ends_a_name(run):
    ex = run(
        '"It is not protection," spokesperson Tom Hale said.',
        "The Alliance of Harbour Workers' Federations (AHWF), which had turned against the minister "
        "in May, said the side letter met its main demands and that it would now back the levy.",
    )
    assert [(p.actor, p.stance) for p in ex.positions] == [
        ("org:alliance of harbour workers' federations", "support")
    ]


def test_a_stance_held_before_yields_to_the_one_held_now_in_the_same_sentence(run):
    ex = run(
        "The Harbour League, which had turned against the levy in May, said it would now back the "
        "levy."
    )
    assert [(p.actor, p.stance) for p in ex.positions] == [("org:harbour league", "support")]


def test_a_stance_with_no_object_is_on_the_policy_once_it_is_named(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "Business groups remained opposed.",
        "The Harbour League is supportive.",
        "The Farmers Union is not opposed.",
        "Fishermen were opposed to the new road.",
    )
    assert {(p.actor, p.stance, p.cue) for p in ex.positions} == {
        ("group:business", "oppose", "remained opposed"),
        ("org:harbour league", "support", "is supportive"),
    }


def test_an_adjective_on_a_noun_said_of_the_policy_judges_it(run):
    ex = run(
        'The Harbour League said in a statement that the levy was "the wrong tax at the wrong '
        'time".',
        "The Farmers Union said the levy was a good idea.",
        "The Green Party rejected claims that the levy was a good idea.",
    )
    # What the claims say is not the Green Party's stance.
    assert stances(ex) == {("org:harbour league", "oppose"), ("org:farmers union", "support")}


def test_a_passive_act_that_only_says_when_is_no_ones_stance(run):
    ex = run(
        "The Harbour League repeated its opposition to the levy, and said it had asked to meet "
        "the minister before the levy was signed."
    )
    assert stances(ex) == {("org:harbour league", "oppose")}


def test_what_a_speaker_says_of_their_own_party_is_their_stance(run):
    ex = run(
        'Green Party leader Ann Lee said the delay "proves it is unworkable" and that her party '
        "would keep pushing for the levy to be abandoned altogether."
    )
    assert ("person:ann lee", "oppose") in stances(ex)


def test_a_name_after_a_title_the_model_leaves_untagged_is_a_person(run):
    ex = run(
        "Taoiseach Eamon Brody defended the levy on Tuesday.",
        "Attorney General Ray Adebayo, who testified for the levy in May, spoke again.",
    )
    assert stances(ex) >= {("person:eamon brody", "support"), ("person:ray adebayo", "support")}
    # A title before a document's name does not make it a person.
    ex = run("Defence Minister Information Agreement talks resumed on the levy.")
    assert not [m for m in ex.mentions if m.key.startswith("person:")]


def test_a_vote_for_the_policy_in_any_tense_and_all_of_a_partys_members(run):
    ex = run(
        "Ann Lee voted for the levy.",
        "All Green League members are voting for the levy, and every Harbour Party member voted "
        "against it.",
        "Three members of the Farmers Union voted against the levy.",
    )
    assert stances(ex) == {
        ("person:ann lee", "support"),
        ("par:green league", "support"),
        ("par:harbour party", "oppose"),
    }


def test_a_weekday_night_dates_its_event(run):
    ex = run("The council on Monday night passed a motion on the levy.", published=date(2025, 4, 9))
    assert [(e.date.value, e.status) for e in ex.events] == [("2025-04-07", "happened")]


def test_that_month_is_in_the_year_named_before_it_and_anothers_act_cancels_nothing(run):
    ex = run(
        "The agency adopted a rule in April 2024, but a judge in Texas set it aside that August, "
        "and the agency dropped its appeal last year.",
        "The court heard the case that March.",
        published=date(2026, 2, 11),
    )
    dated = {e.title: (e.date.value, e.status) for e in ex.events}
    assert ("2024-08", "happened") in dated.values()
    assert ("2024-04", "happened") in dated.values()
    # With no year named before it, "that March" is left open, not put before publication.
    assert not any(e.date.value == "2025-03" for e in ex.events)


def test_telling_a_committee_is_a_hearing_not_a_saying(run):
    ex = run(
        "Governor Ann Lee told the finance committee on Monday that the levy, proposed in the "
        "Budget Bill, 2026, would hurt traders.",
        "The minister told reporters on Monday that the levy was fair.",
        published=date(2026, 5, 19),
    )
    hearings = [e for e in ex.events if e.date.value == "2026-05-18"]
    assert [(e.status, "committee" in e.title) for e in hearings] == [("happened", True)]


def test_a_name_in_apposition_to_a_role_or_run_into_a_place_is_a_person(run):
    ex = run(
        '"People change quickly," said its director, Caoimhe Rafter.',
        "Its managing director, Fergal Moynihan, said the levy was overdue.",
    )
    assert {"person:caoimhe rafter", "person:fergal moynihan"} <= keys(ex)
    assert not [k for k in keys(ex) if k.startswith("country:")]


def test_a_three_part_name_whose_words_the_model_reads_as_others_is_one_person(run):
    ex = run(
        "Its secretary-general, Joseph Kamau Were, said drivers were never asked.",
        "Hamisi Said Kombo, chairman of the traders' association, said the levy was unfair.",
        "Senator Wanjiku Atieno Okoth urged the two sides to meet.",
    )
    people = {k for k in keys(ex) if k.startswith("person:")}
    assert {
        "person:joseph kamau were",
        "person:hamisi said kombo",
        "person:wanjiku atieno okoth",
    } <= people
    assert not {"person:joseph kamau", "person:kombo", "person:wanjiku atieno"} & people


def test_a_forum_is_a_body_and_the_city_before_it_is_part_of_its_name(run):
    ex = run(
        "The Mombasa Cyclists Forum said the levy was unfair.",
        "Mombasa Traders Association backed the levy.",
    )
    assert {"org:mombasa cyclists forum", "org:mombasa traders association"} <= keys(ex)


def test_the_outlet_and_part_of_its_name_are_no_actors():
    from build_dossier.extract.actors import names_outlet, outlet_names
    from build_dossier.knowledge import knowledge

    outlets = outlet_names("Harbour Light Kenya", knowledge())
    assert names_outlet("harbour light", outlets) and names_outlet("light kenya", outlets)
    assert not names_outlet("kenya", outlets)  # one word of it may be a country that acts
    assert names_outlet("clarion", outlet_names("The Riverside Clarion", knowledge()))


def test_a_county_member_title_is_no_part_of_the_name(run):
    ex = run("Transport CEC Member Achieng Wanjala said the levy would be tabled next week.")
    assert "person:achieng wanjala" in keys(ex)
    assert not [k for k in keys(ex) if "member" in k]


def test_a_title_inside_the_name_and_a_body_named_in_two_halves(run):
    ex = run(
        "Hokkaido Gov. Tadashi Arima met the mayor.",
        "The Sendai Hotel and Inn Association said the levy was fair.",
    )
    assert {"person:tadashi arima", "org:sendai hotel and inn association"} <= keys(ex)
    assert not [k for k in keys(ex) if "gov." in k or k == "org:inn association"]


def split_names(nlp, text: str, *parts: str) -> list[str]:
    """The names fix_entities gives when the model tags `parts` of `text` as separate bodies."""
    from build_dossier.extract.actors import fix_entities
    from build_dossier.knowledge import knowledge

    doc = nlp(text)
    ents = []
    for part in parts:
        at = text.index(part)
        ents.append(doc.char_span(at, at + len(part), label="ORG"))
    doc.ents = [Span(doc, e.start, e.end, "ORG") for e in ents]
    return [doc[s.start : s.end].text for s in fix_entities(doc, knowledge())]


def test_a_body_named_for_two_trades_or_two_remits_is_one_body(nlp):
    # The model tags such names in two halves now and then; the halves are put together.
    text = "The Riverside Retail and Hospitality Chamber said the levy would hurt."
    assert split_names(nlp, text, "Riverside Retail") == [
        "Riverside Retail and Hospitality Chamber"
    ]
    text = "The Standing Committee on Housing and Regional Planning backed the levy."
    assert split_names(nlp, text, "Standing Committee on Housing", "Regional Planning") == [
        "Standing Committee on Housing and Regional Planning"
    ]
    # Each half with a head word of its own is a body of its own.
    text = "The Growers Union and Fields United Council met the minister."
    assert split_names(nlp, text, "Growers Union") == ["Growers Union", "Fields United Council"]


def test_a_capital_opening_a_county_name_is_no_person_after_it(run):
    ex = run("Kampala City County will keep minibuses out of the centre under the levy.")
    assert not [k for k in keys(ex) if k.startswith("person:")]


def test_a_towns_own_assembly_in_lower_case_is_a_body_and_a_capitals_government_is_not(run):
    ex = run(
        "The Nagoya city assembly on Wednesday approved the levy.",
        "The Seoul government said no.",
    )
    assert ("org:nagoya city assembly", "support") in stances(ex)
    assert not [k for k in keys(ex) if "seoul" in k]


def test_a_name_with_a_bracketed_acronym_is_a_body_not_a_person(run):
    ex = run(
        "Her party, Acción Vecinal Murciana (AVM), backed the levy.",
        "Sen. Dana Whitcomb (D-Ohio) backed the levy.",
    )
    assert stances(ex) == {
        ("org:acción vecinal murciana", "support"),
        ("person:dana whitcomb", "support"),
    }


def test_people_counted_or_rallying_are_the_group_that_acts(run):
    ex = run(
        "Parliament debated the levy.",
        "Farmers rallied against the levy outside parliament.",
        "Hundreds of publicans marched against the levy.",
        "Some analysts said the levy was a mistake.",
        "Groups urged ministers to scrap the levy.",
    )
    # Bare "groups" names nobody; the others are groups of their own.
    assert stances(ex) == {
        ("group:farmer", "oppose"),
        ("group:publican", "oppose"),
        ("group:analyst", "oppose"),
    }


def test_they_is_the_group_named_before_it_not_another_clauses_subject(run):
    ex = run(
        "Three senators on Wednesday demanded that the government submit the deal to the Senate, "
        "warning that they could block the deal."
    )
    assert stances(ex) == {("group:senator", "oppose")}


def test_public_opposition_is_the_publics_and_a_place_is_not_what_it_is_about(run):
    ex = run(
        "They resumed talks on the pact last week, four years after an attempt collapsed in the "
        "face of public opposition in Seoul."
    )
    assert ("group:south korean public", "oppose") in stances(ex)
    ex = run("The public opinion on the pact is split.")
    assert not [m for m in ex.mentions if m.key.endswith("public")]


def test_asking_another_to_act_is_the_askers_stance_and_backing_down_is_no_backing(run):
    ex = run(
        "Parliament debated the levy.",
        "The Harbour League repeated its call for the government to scrap the levy.",
        "An official said the government would not back down on the size of the levy.",
        "Ministers pushed back the levy.",
    )
    assert stances(ex) == {("org:harbour league", "oppose")}


def test_an_earlier_version_is_another_policy_and_a_condition_makes_a_stance_mixed(run):
    ex = run(
        "Parliament dropped an earlier version of the levy in 2025.",
        "Green Party leader Ann Lee said she would support the levy if the rate is cut.",
        "The Labour Party promised to repeal the levy if it wins the election.",
    )
    assert stances(ex) == {
        ("person:ann lee", "mixed"),
        ("par:green party", "mixed"),
        ("par:labour party", "oppose"),
    }


@pytest.mark.parametrize(
    "condition",
    [
        "as long as the revenue stays with the board",
        "so long as the revenue stays with the board",
        "provided the revenue stays with the board",
        "on condition that the revenue stays with the board",
    ],
)
def test_conditions_worded_like_if_make_a_stance_mixed(run, condition):
    ex = run(f"Union leader Mia Sorensen said the union would accept the levy {condition}.")
    assert stances(ex) == {("person:mia sorensen", "mixed")}


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Senator Ana Cruz backed the levy, providing the decisive vote in committee.", "support"),
        ("Senator Ana Cruz rejected the levy, provided with new figures on its cost.", "oppose"),
        (
            "Senator Ana Cruz said she would oppose the levy as long as she remained in the House.",
            "oppose",
        ),
    ],
)
def test_a_participle_or_a_span_of_time_is_no_condition(run, sentence, stance):
    assert stances(run(sentence)) == {("person:ana cruz", stance)}


def test_a_chamber_named_in_an_aside_does_not_make_a_party_a_deciding_body(run):
    # the party's rejection is its stance, not the Senate's vote: a reaction after it has no
    # outcome to judge
    ex = run(
        "The Green Party, which holds nine of the 40 Senate seats, rejected the levy.",
        "Fishing groups cheered.",
    )
    assert stances(ex) == {("par:green party", "oppose")}


def test_backing_given_conditionally_is_mixed(run):
    ex = run('The Green Party said it now backed the levy "conditionally".')
    assert stances(ex) == {("par:green party", "mixed")}


def test_an_indefinite_name_enacted_is_the_policy_when_its_words_are_the_policys(run):
    names = ("water charge rise", "the rise")
    ex = run(
        "The Water Board on Tuesday approved an average 8 percent rise in water charges.",
        names=names,
    )
    assert stances(ex) == {("org:water board", "support")}
    ex = run("The Water Board on Tuesday approved a rise in staff numbers.", names=names)
    assert stances(ex) == set()


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ('The Harbour League said the levy "is not negotiable".', "support"),
        ("The Harbour League said the levy is non-negotiable.", "support"),
        ("The Harbour League said the levy is negotiable.", None),
        ('"Repeal of the levy is non-negotiable," the Harbour League said.', None),
        ("The Harbour League said the levy would contribute to peace and stability.", "support"),
        ("The Harbour League will argue in defence of the levy in court.", "support"),
        ("The Harbour League filed a brief in defence of the boats fined under the levy.", None),
        ("The Harbour League complained that the levy favoured big ports.", "oppose"),
        ("The Harbour League complained that the levy had stalled in the Senate.", None),
        ("The Harbour League complained that the levy does not go far enough.", None),
    ],
)
def test_defence_complaint_and_what_is_not_negotiable(run, sentence, stance):
    expected = {("org:harbour league", stance)} if stance else set()
    assert stances(run(sentence)) == expected


def test_an_adjective_given_as_a_label_judges_the_policy(run):
    ex = run('Dealer Ana Cruz called the pact "ridiculous".')
    assert stances(ex) == {("person:ana cruz", "oppose")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Miners Federation gave the pact a lukewarm welcome.",
        "The Miners Federation cautiously welcomed the pact.",
        'The Miners Federation called the pact "a good start, but years late".',
    ],
)
def test_backing_held_back_is_mixed(run, sentence):
    assert stances(run(sentence)) == {("org:miners federation", "mixed")}


def test_an_act_done_tentatively_is_no_reservation(run):
    ex = run(
        "The Harbour Ministry vowed Friday to push for cabinet approval of the pact after signing "
        "it tentatively as early as next week."
    )
    assert {s for a, s in stances(ex) if "harbour" in a} == {"support"}


def test_a_harm_denied_is_no_defence_of_the_policy(run):
    # "does not destroy jobs" may be a defence, or "does not just hurt X, it hurts Y": no side
    ex = run('"The levy does not just hurt households, it hurts every shop," Ana Cruz said.')
    assert ("person:ana cruz", "support") not in stances(ex)


@pytest.mark.parametrize("label", ["a win-win result", "long overdue"])
def test_praise_in_a_label(run, label):
    ex = run(f'Foreign Minister Ana Cruz called the pact "{label}".')
    assert stances(ex) == {("person:ana cruz", "support")}


def test_a_model_is_no_praise(run):
    ex = run("Union leader Karl Brandt called the pact a model of how not to negotiate.")
    assert ("person:karl brandt", "support") not in stances(ex)


@pytest.mark.parametrize(
    "sentence",
    [
        # news of the policy announced is no backing of it, unless it goes ahead
        "The Harbour Chamber announced that the levy will cost its members $4 million.",
        "Ann Lee announced that the levy is dead.",
        # a misgiving about others or a delay is no reservation about the policy
        "Ann Lee welcomed the levy but warned opponents not to stand in its way.",
        "Ann Lee welcomed the levy but complained that opponents had spread misinformation.",
        "Ann Lee welcomed the levy but questioned why it took ten years.",
        # weakening or raising it is its holder's stance only when wished for
        "Ann Lee accused the government of watering down the levy.",
        "Ann Lee warned that lobbyists would try to water down the levy.",
        # the end of a scandal, a remedy for a disaster: no attack
        'Ann Lee called the levy "a remedy for the scandal of empty homes".',
        'Ann Lee called the levy "the end of a scandal".',
    ],
)
def test_a_reviewers_misfires_stay_mended(run, sentence):
    sides = {side for actor, side in stances(run(sentence)) if actor == "person:ann lee"}
    assert sides <= {"support"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ann Lee said she would never support the levy, without giving reasons.", "oppose"),
        ("Ann Lee said she would not support the levy without hesitation.", "oppose"),
        ("Ann Lee said the Harbour Guild would not comply with the levy.", None),
    ],
)
def test_no_terms_no_hesitation_and_refusing_to_comply(run, sentence, expected):
    sides = {side for actor, side in stances(run(sentence)) if actor == "person:ann lee"}
    assert sides == ({expected} if expected else set())
    if expected is None:
        assert ("org:harbour guild", "oppose") in stances(run(sentence))


def test_lawyers_speak_for_their_owner_and_a_body_named_for_a_school_is_a_body(run):
    ex = run("The Harbour Guild's lawyers argued that the levy was unlawful.")
    assert stances(ex) == {("org:harbour guild", "oppose")}
    ex = run("The Peel school board voted to oppose the levy.")
    assert not [s for s in stances(ex) if "peel" not in s[0]]
    assert [s for s in stances(ex) if "peel" in s[0]]


def test_a_chamber_voting_to_triple_the_policy_passes_it(run):
    ex = run(
        "The Eastvale City Council voted 11-4 on Friday to triple the levy.",
        'The Harbour Guild called the vote "a win for every renter in the valley".',
    )
    assert stances(ex) == {
        ("org:eastvale city council", "support"),
        ("org:harbour guild", "support"),
    }


def test_wanting_the_policy_watered_down_is_mixed_and_not_watered_down_is_support(run):
    ex = run('The Harbour Guild has urged council not to "water down" the levy.')
    assert stances(ex) == {("org:harbour guild", "support")}
    ex = run("The Harbour Guild wants the council to dilute the levy.")
    assert stances(ex) == {("org:harbour guild", "mixed")}


def test_not_backing_the_policy_without_something_is_backing_it_on_terms(run):
    ex = run("Ann Lee said she would not support the levy without written protections.")
    assert stances(ex) == {("person:ann lee", "mixed")}
    ex = run("Ann Lee said she would not support the levy.")  # no terms: against it
    assert stances(ex) == {("person:ann lee", "oppose")}
    # "it" after the policy, as the object of the cue's own preposition
    ex = run("Ann Lee liked the levy's aims but would not vote for it unless rates fell.")
    assert stances(ex) == {("person:ann lee", "mixed")}


def test_a_date_set_for_the_object_of_a_scheduling_verb_lies_ahead(run):
    ex = run(
        "The court has scheduled a hearing for March 12.",
        "The court has scheduled hearings on the appeal for April 2.",
        published=date(2030, 2, 4),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [
        ("2030-03-12", "planned"),
        ("2030-04-02", "planned"),
    ]


def test_a_meeting_told_as_cancelled_may_have_been_due_either_side(run):
    ex = run(
        "A meeting between the growers and the minister scheduled for Wednesday was cancelled.",
        published=date(2027, 3, 19),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [(None, "did_not_happen")]
    assert "either side" in ex.events[0].date.derivation


def test_a_meeting_one_is_invited_to_and_a_vote_scheduled_then_postponed_lie_ahead(run):
    ex = run(
        "The premier has invited the mayors to a summit in Norton on March 29, her office said.",
        "A vote in parliament on the levy, scheduled for Thursday, was postponed.",
        published=date(2027, 3, 17),
    )
    assert {(e.date.value, e.status) for e in ex.events} == {
        ("2027-03-29", "planned"),
        ("2027-03-18", "did_not_happen"),
    }


def test_a_thing_done_in_a_month_is_dated_though_the_clause_tells_a_plan(run):
    ex = run(
        "The federation said its members expected costs to rise, according to a survey of 1,200 "
        "members conducted in February.",
        "They said they aimed to sign the levy in January.",
        published=date(2027, 3, 17),
    )
    assert {(e.date.value, e.status) for e in ex.events} == {
        ("2027-02", "happened"),
        (None, "planned"),
    }


def test_a_chambers_leader_speaks_for_no_chamber(run):
    ex = run("Senate Minority Leader Dana Corley said her caucus would reject the levy.")
    assert stances(ex) == {("person:dana corley", "oppose")}
    # Her party, named with her, is the body she speaks for.
    ex = run(
        "Senate Minority Leader Dana Corley of the Harbour Unity Party said her caucus would "
        "reject the levy."
    )
    assert stances(ex) == {("person:dana corley", "oppose"), ("par:harbour unity party", "oppose")}


def test_a_places_first_policy_is_where_it_is_and_a_persons_is_whose(nlp):
    names = ("the congestion charge", "congestion charge")
    a = article("Drivers in Kassel face Germany's first congestion charge.",
                "Drivers face Mayor Ann Lee's first congestion charge.")  # fmt: skip
    ex = extract(a, list(nlp.pipe(a.paragraphs)), names, None)
    assert stances(ex) == {("person:ann lee", "support")}


def test_a_hyphenated_title_is_one_office_and_its_president_is_the_bodys_own(run):
    ex = run(
        "Minister-President Ilse Brandauer said the levy would start in May.",
        "The Pottery Guild objected. Its president, Hans-Jörg Pfeiffer, said the levy was unfair.",
        country="Austria",
    )
    roles = {m.key: m.role for m in ex.mentions if m.role}
    assert roles["person:ilse brandauer"] == "Minister-President"
    assert "person:hans-jorg pfeiffer" in keys(ex)
    # The premier describing how it will work is her support; the guild's president is not her.
    assert ("person:ilse brandauer", "support") in stances(ex)
    assert ("person:hans-jorg pfeiffer", "oppose") in stances(ex)
    assert ("person:ilse brandauer", "oppose") not in stances(ex)


def test_a_chair_before_a_name_is_a_title(run):
    ex = run("Chair Mereana Tuhoe said the levy was overdue.")
    assert ("person:mereana tuhoe", "support") in stances(ex)


def test_a_countrys_opposition_doing_something_is_its_opposition_benches_not_its_stance(run):
    ex = run("Norway's opposition stormed out of the committee's session on the levy.")
    assert ("country:Norway", "oppose") not in stances(ex)
    ex = run("Norway's opposition to the levy has hardened.")
    assert ("country:Norway", "oppose") in stances(ex)


def test_names_lose_a_closing_dash_and_a_clause_and_a_court_is_a_body(nlp):
    # As the model tags them: a dash, a clause run into a name, a court taken for a place.
    text = (
        "Health groups - the Harbour Nutrition Society - and the left-wing Workers and Fishers "
        "Movement will petition the Federal Council before the recess starts, and the Eastern "
        "Cape High Court will hear them."
    )
    ents = [(4, 8, "ORG"), (13, 14, "ORG"), (15, 17, "ORG"), (19, 25, "ORG"), (28, 33, "LOC")]
    assert fixed(nlp, text, ents) == [
        ("Harbour Nutrition Society", "ORG"),
        ("Workers and Fishers Movement", "ORG"),
        ("Federal Council", "ORG"),
        ("Eastern Cape High Court", "ORG"),
    ]


def test_names_like_streets_storms_trades_or_clauses_stay_who_they_are(run):
    ex = run(
        "Calle Andersson said the levy was unfair, and Dave Camp agreed.",
        "Hurricane Energy said the levy would cost it dearly.",
        "Ann Lee, a film maker, said the levy was unfair.",
        "Paul Murphy of People Before Profit said the levy was unfair.",
    )
    assert {
        "person:calle andersson",
        "person:dave camp",
        "org:hurricane energy",
        "person:ann lee",
    } <= keys(ex)
    assert [k for k in keys(ex) if "people before profit" in k]
    # A place's own acronym after "of" is the place's, not the body's before it.
    ex = run("BHP of Western Australia (WA) said the levy was unfair.", "WA backed the levy.")
    assert ("org:bhp", "support") not in stances(ex)
    # A currency is no Crown.
    assert "country:Denmark" not in keys(run("The Danish crown rallied after the levy passed."))


def test_a_military_rank_before_a_name_is_a_title(run):
    ex = run(
        "The Chief of Defence Force, Air Marshal Rangi Kereama, said the army backed the levy.",
        "The commander, Major-General Tevita Rokoua, told the committee the levy would help.",
    )
    assert {"person:rangi kereama", "person:tevita rokoua"} <= keys(ex)
    assert not [k for k in keys(ex) if "marshal" in k or "major" in k]
    # A firm named like a rank stays a firm; a title the model calls a body is still its holder.
    assert keys(run("Admiral Insurance said the levy was unfair.")) == {"org:admiral insurance"}
    ex = run("Premier Ann Holt backed the levy.", "Fishers sent a letter to the Premier.")
    assert [m.key for m in ex.mentions if m.text == "Premier"] == ["person:ann holt"]


def test_an_embassy_speaks_for_its_country_and_the_crown_is_the_state(run):
    ex = run(
        'The Chilean Embassy called the levy "a provocation".',
        "A spokesman for Canada's High Commission said the levy was unfair.",
        "Local trusts say the Crown has not consulted them about the levy.",
        country="Australia",
    )
    assert {"country:Chile", "country:Canada", "country:Australia"} <= keys(ex)
    assert not [k for k in keys(ex) if "embassy" in k or "commission" in k or "crown" in k]


def test_a_name_described_as_a_maker_or_a_firm_is_a_body_not_a_person(run):
    ex = run("Kestrel Sauer, a Leeds-based crisp maker, said the levy was unfair.")
    assert keys(ex) == {"org:kestrel sauer"}
    ex = run("Verde Civico, the green party in the mayor's coalition, voted in favour of the levy.")
    assert "person:verde civico" not in keys(ex)
    # A person described by work, or by a body's name, stays a person.
    ex = run(
        "Anna Berg, a union organiser, said the levy was unfair.",
        "Marta Lind, an airline pilot, agreed.",
    )
    assert keys(ex) == {"person:anna berg", "person:marta lind"}


def test_an_acronym_after_the_place_a_body_is_for_stands_for_the_body(run):
    ex = run(
        "The case before the Regional Planning Tribunal for Liguria (TRP) was lodged on Monday.",
        "The TRP rejected it.",
    )
    assert {m.key for m in ex.mentions if m.text == "TRP"} == {"org:regional planning tribunal"}


def test_a_name_whose_initials_spell_the_bracketed_acronym_is_one_body(run):
    ex = run(
        "The Kavala Lok Sangh Party (KLSP) said it would fight the levy.",
        "Jan Ruml of the Guild of Moravian Potters' Associations (GMPA) said the levy was fair.",
    )
    assert {"par:kavala lok sangh party", "org:guild of moravian potters' associations"} <= keys(ex)
    assert [m.key for m in ex.mentions if m.text == "KLSP"] == ["par:kavala lok sangh party"]
    # Letters that spell no run of capitals before them define nothing.
    ex = run("Officials in Prague (EU) said the levy was fair.")
    assert not [k for k in keys(ex) if "prague" in k and k.startswith("org:")]


def test_backing_a_strike_while_calling_the_policy_names_is_not_backing_the_policy(run):
    ex = run("The Harbour Party said it would back the strike, calling the levy a gimmick.")
    assert ("par:harbour party", "support") not in stances(ex)
    # Nor is a clause joined to it with "and that …" the backing's object.
    ex = run(
        "Kestrel Freight, a Dover-based haulier, told reporters it backed the petition "
        'and that the levy "treats lorries like polluters without any basis".'
    )
    assert not [s for s in stances(ex) if s[1] == "support"]
    # A verb that shares its object with the next one still takes it.
    assert ("par:harbour party", "support") in stances(
        run("The Harbour Party backed and signed the levy.")
    )


def test_a_chamber_enacting_an_indefinite_policy_enacts_this_one(run):
    ex = run("The Eastvale City Council on Wednesday approved a levy on takeaway cups.")
    assert ("org:eastvale city council", "support") in stances(ex)
    ex = run("Shops said they would accept a levy on takeaway cups.")
    assert not stances(ex)


def test_a_currency_sign_a_led_suffix_and_a_hyphened_people_word_are_not_names(run):
    ex = run(
        "The guild said the levy would cost ₹900 crore a year.",
        "The KNP-led council backed the levy.",
        "Office-goers at a tea stall said they would pay the levy.",
    )
    assert not [k for k in keys(ex) if "₹" in k or k.endswith("-led")]
    assert "org:knp" in keys(ex)
    assert [m.text for m in ex.mentions if m.kind == "group"] == ["office-goers"]


def test_a_group_named_for_its_people_is_those_people(run):
    ex = run(
        "Residents' groups welcomed the levy.",
        "Residents said the levy was overdue.",
        "The main dock workers' unions opposed the levy, and the workers' unions said so again.",
    )
    groups = {m.text: m.key for m in ex.mentions if m.kind == "group"}
    assert groups["residents' groups"] == groups["residents"] == "group:resident"
    assert groups["main dock workers' unions"] == groups["workers' unions"] == "group:worker union"
    assert "main dock workers'" not in groups


def test_two_dates_joined_as_a_span_are_one_event_with_both_ends(run):
    ex = run(
        "Inspectors fined 300 stalls between Nov. 1 and Nov. 9, city data show.",
        "The council had run a pilot from December 2015 to February 2016, she said.",
    )
    spans = {(e.date.value, e.date.precision, e.date.end) for e in ex.events}
    assert spans == {("2016-11-01", "range", "2016-11-09"), ("2015-12", "range", "2016-02")}


def test_a_weekday_in_a_sentence_parsed_with_no_verb_is_left_open(run):
    ex = run("Bids open on Monday and end on Dec. 28.")
    monday = next(e.date for e in ex.events if e.date.text == "Monday")
    assert monday.value is None and "no verb" in monday.derivation


def test_a_date_set_in_the_past_tense_keeps_the_year_of_publication(run):
    ex = run(
        "A spokeswoman said an audit of the levy was planned for December.",
        "A hearing was scheduled for March.",
    )
    got = {e.date.text: (e.date.value, e.status) for e in ex.events}
    assert got == {"December": ("2016-12", "planned"), "March": ("2016-03", "happened")}


def test_a_bare_stance_counts_though_the_policy_is_named_in_another_clause(run):
    ex = run(
        "The Harbour Party remains opposed, citing a survey in which most shoppers were against "
        "the levy."
    )
    assert ("par:harbour party", "oppose") in stances(ex)


def test_wanting_the_policy_extended_is_support_and_calling_it_unlawful_opposition(run):
    ex = run(
        "The Green League asked ministers to extend the levy to all cafes.",
        "The Motor Club said the levy was unconstitutional.",
        "The Grain Board said it would extend its claim to the final text of the levy.",
        "The ministry extended the deadline for the levy.",
    )
    assert stances(ex) == {("par:green league", "support"), ("org:motor club", "oppose")}


def test_whose_members_voted_is_the_bodys_vote_and_a_legal_challenge_is_opposition(run):
    ex = run(
        "The Green League, whose three aldermen voted against the levy, said it would fight on.",
        "The Harbour Party said it would apply for a judicial review of the levy.",
        "The Grain Board filed a legal challenge to the levy.",
    )
    assert stances(ex) == {
        ("par:green league", "oppose"),
        ("par:harbour party", "oppose"),
        ("org:grain board", "oppose"),
    }


def test_a_feeling_about_the_policy_is_a_stance_and_one_about_a_clause_is_not(run):
    ex = run(
        "Mayor Ann Lee said she was delighted with the levy.",
        "The Motor Club said it was disappointed with the levy.",
        "The Harbour Party said it was pleased that the levy was delayed.",
        "The levy disappointed drivers.",
    )
    assert stances(ex) == {("person:ann lee", "support"), ("org:motor club", "oppose")}


def test_what_a_threat_demands_unless_is_the_threateners_stance(run):
    ex = run(
        "The Grain Board said it would lodge a claim unless the Eastvale City Council withdrew "
        "the levy.",
        "The Harbour Party said it would strike unless the council passed the levy.",
    )
    assert stances(ex) == {("org:grain board", "oppose"), ("par:harbour party", "support")}


def test_an_unknown_acronym_the_model_calls_a_place_is_a_body(run):
    ex = run("The KNM, too, now backs the levy.", "Officials in the UAE said the levy was fair.")
    assert ("org:knm", "support") in stances(ex)
    assert "country:United Arab Emirates" in keys(ex)


def test_backing_the_aim_with_a_reservation_is_mixed_though_the_policy_is_not_named(run):
    ex = run(
        "The Harbour Party opposed the levy.",
        "Its leader said the Green League backed the goal but asked for a later start.",
        "The Grain Board backed the idea.",
        "The Tenants Union backed in principle, but wants changes.",
    )
    # With no reservation, "the idea" after the levy is named is the levy, backed outright.
    assert stances(ex) == {
        ("par:harbour party", "oppose"),
        ("par:green league", "mixed"),
        ("org:grain board", "support"),
        ("org:tenants union", "mixed"),
    }


def test_a_stance_softened_or_kept_counts_though_the_policy_is_not_named(run):
    ex = run(
        "The Harbour Party opposed the levy. The Grain Board backed it.",
        "The Harbour Party has softened its stand.",
        "The Grain Board has not changed its view.",
        "The Green League has not changed its view.",  # no stance before: nothing to keep
        "The Tenants Union has dropped its objections.",
    )
    got = {(p.actor, p.stance, p.sentence) for p in ex.positions}
    assert ("par:harbour party", "mixed", 3) in got and ("org:grain board", "support", 4) in got
    assert ("org:tenants union", "support", 6) in got
    assert not [p for p in ex.positions if p.actor == "par:green league"]


def test_parties_in_a_with_clause_voting_for_or_against_take_that_side(run):
    ex = run(
        "Parliament debated the levy on Tuesday.",
        "The vote was 72 to 58, with the Green Party and the Farmers Party voting in favour.",
        "The Harbour Party voted against, joined by Senator Ann Lee.",
    )
    assert stances(ex) == {
        ("par:green party", "support"),
        ("par:farmers party", "support"),
        ("par:harbour party", "oppose"),
        ("person:ann lee", "oppose"),
    }


def test_asking_a_court_to_stop_or_strike_down_the_policy_opposes_it(run):
    ex = run(
        "The Grocers Guild said it would ask the courts in the spring to stop the levy.",
        "The Harbour Party asked the judges to strike down the levy.",
        "The minister said the levy would stop the dumping of cups.",
    )
    assert stances(ex) == {("org:grocers guild", "oppose"), ("par:harbour party", "oppose")}


def test_a_label_that_says_the_policy_does_harm_opposes_and_a_praised_step_supports(run):
    ex = run(
        'The Harbour Party called the levy "a symbolic act that damages the high street".',
        'Mayor Tom Reed called the levy "a historic step".',
        "The Green Party called the levy a step.",
    )
    assert stances(ex) == {("par:harbour party", "oppose"), ("person:tom reed", "support")}


def test_a_label_on_the_vote_judges_its_outcome(run):
    ex = run(
        "Parliament passed the levy on Tuesday.",
        'Mayor Tom Reed called the vote "a good day for the coast".',
        'Ann Lee of the Grocers Guild said the result was "a historic step".',
        'Jo Hale said the vote on the harbour closure was "a historic step".',  # another vote
        'Senator Bo Park called the result "a mistake the country will regret".',
    )
    assert {(p.actor, p.stance) for p in ex.positions if p.sentence > 1} == {
        ("person:tom reed", "support"),
        ("person:ann lee", "support"),
        ("person:bo park", "oppose"),
    }


def test_the_announcement_is_the_policy_when_the_name_is_only_in_a_relative_clause(run):
    ex = run(
        "Ministers relaunched the levy on Monday.",
        "The Green Party, whose MPs sat on the first panel for the levy, welcomed the announcement.",
    )
    assert ("par:green party", "support") in stances(ex)


def test_stances_on_what_the_policy_undoes_are_turned_round(nlp):
    names = ("The removal of the fuel subsidy from January", "fuel subsidy", "the removal")
    a = article(
        "Finance Minister Ann Lee said she would scrap the fuel subsidy in January.",
        "The Drivers Union vowed to defend the fuel subsidy.",
        "The Harbour Party opposes the removal.",
        "The Senate approved a bill that ends the fuel subsidy.",
    )
    ex = extract(a, list(nlp.pipe(a.paragraphs)), names, None, None)
    assert {(p.actor, p.stance) for p in ex.positions} == {
        ("person:ann lee", "support"),
        ("org:drivers union", "oppose"),
        ("par:harbour party", "oppose"),
        ("org:senate", "support"),
    }


def test_a_date_the_model_runs_into_a_comma_still_dates_its_verb(run):
    ex = run(
        "Parents began gathering names on April 20 and delivered them on June 3, a week ahead "
        "of the deadline.",
        published=date(2030, 9, 24),
    )
    assert sorted(e.date.value for e in ex.events) == ["2030-04-20", "2030-06-03"]


def test_a_participle_or_a_plan_in_a_participle_takes_the_time_of_its_clause(run):
    ex = run(
        "The council is due to hear a motion opposing the levy on Monday.",
        "The minister said the navy was ready for the first exercise, planned for April.",
        "The judges found that the wording set by the board in January describes the levy.",
        published=date(2030, 2, 7),
    )
    assert {e.date.value for e in ex.events} == {"2030-02-11", "2030-04", "2030-01"}


def test_not_softening_keeps_the_stance_held_and_dead_on_arrival_opposes(run):
    ex = run(
        "The Harbour Party opposes the levy.",
        "Ministers debated the levy again on Monday.",
        "The Harbour Party has not softened.",
        "The Green Party has not softened.",  # no stance held before in this article: nothing
        'Senator Tom Reed said the levy was "dead on arrival" in the Senate.',
    )
    assert {(p.actor, p.stance, p.sentence) for p in ex.positions} == {
        ("par:harbour party", "oppose", 1),
        ("par:harbour party", "oppose", 3),
        ("person:tom reed", "oppose", 5),
    }


def test_honorifics_hyphenated_names_two_part_remits_and_plural_possessive_names(run):
    ex = run(
        "The Ministry of Coastal Affairs and Flood Defence said on Tuesday that the grants "
        "would be late.",
        "A Coastal Affairs ministry official said the money was there.",
        "Regional Governor Adaeze Obi-Kalu welcomed the levy, and Hajiya Amina Bello-Dikko "
        "said it was fair.",
        "The Harbour Mayors' Forum endorsed the levy.",
        country="Nigeria",
    )
    assert keys(ex) >= {
        "ministry:Nigeria:coastal affairs and flood defence",
        "person:adaeze obi-kalu",
        "person:amina bello-dikko",
        "org:harbour mayors' forum",
    }
    assert not any(k.endswith(":coastal affairs") for k in keys(ex))


def test_a_stakeholder_rejecting_the_policy_is_no_outcome_to_welcome(run):
    ex = run(
        "The Farmers Union rejected the levy within hours.",
        "Mayor Tom Reed welcomed the decision.",
    )
    assert stances(ex) == {("org:farmers union", "oppose"), ("person:tom reed", "support")}


def test_a_year_that_only_qualifies_a_thing_in_an_aim_dates_nothing(run):
    ex = run(
        "A motion tabled in January to put the levy on the 2033 ballot failed in committee.",
        "A 2019 study found that traffic fell.",
        published=date(2031, 3, 4),
    )
    assert sorted(e.date.value for e in ex.events) == ["2019", "2031-01"]


def test_a_second_dated_conjunct_is_found_by_the_parse_and_from_a_month_is_its_start(nlp, run):
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from build_dossier.extract.events import conj_branch, parallel

    # The parse the model gives "… banned exports of tin in June 2023 and of zinc from
    # January 2025" when it reads the second "of" as a gapped conjunct of the verb.
    words = [
        "The",
        "state",
        "banned",
        "exports",
        "of",
        "tin",
        "in",
        "June",
        "2023",
        "and",
        "of",
        "zinc",
        "from",
        "January",
        "2025",
        ".",
    ]
    heads = [1, 2, 2, 2, 3, 4, 2, 6, 7, 2, 2, 10, 11, 12, 13, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "nummod", "cc",
            "conj", "pobj", "prep", "pobj", "nummod", "punct"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    doc.ents = [SpacySpan(doc, 7, 9, "DATE"), SpacySpan(doc, 13, 15, "DATE")]
    verb = doc[2]
    assert conj_branch(doc[7:9], verb) is None  # the first conjunct is the clause's own
    branch = conj_branch(doc[13:15], verb)
    assert branch is not None and branch.i == 10
    assert [t.text for t in parallel(branch)] == ["of", "tin"]  # left out of the second's title
    ex = run("Sales of kerosene were banned from January 2025.", published=date(2029, 11, 14))
    assert [e.date.value for e in ex.events] == ["2025-01"]
    ex = run("Cup use fell 40 percent from 2019.", published=date(2029, 11, 14))
    assert not ex.events  # a baseline compared with, no happening
    ex = run("The council raised the parking fee in 2019 and the bus fare in 2021.")
    assert sorted((e.date.value, e.title) for e in ex.events) == [
        ("2019", "The council raised the parking fee"),
        ("2021", "The council raised the bus fare"),
    ]


def test_a_union_named_congress_rejecting_the_policy_is_no_outcome_but_a_senate_is(run):
    ex = run(
        "The Harbour Trades Congress rejected the levy within hours.",
        "Mayor Tom Reed welcomed the decision.",
    )
    assert ("person:tom reed", "oppose") not in stances(ex)
    ex = run("The Senate rejected the levy on Monday.", "Mayor Tom Reed welcomed the decision.")
    assert ("person:tom reed", "oppose") in stances(ex)


def test_one_name_after_a_title_a_company_after_its_legal_form_and_no_remit_in_a_name(run):
    ex = run(
        "The governor wrote to President Suharyo about the levy.",
        "PT Sinar Harbour Nikel said it could live with the levy.",
        "Coordinating Minister for Maritime Affairs Joko Wirawan said the levy would stay.",
        country="Indonesia",
    )
    assert keys(ex) >= {
        "person:suharyo",
        "org:pt sinar harbour nikel",
        "person:joko wirawan",
    }


def test_a_plan_for_a_day_of_the_year_called_off_keeps_the_year_of_publication(run):
    ex = run(
        "A strike planned for May 4 was called off once the minister agreed to talks.",
        published=date(2026, 5, 11),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2026-05-04", "did_not_happen")]
    ex = run("A rally planned for November was called off.", published=date(2028, 1, 16))
    assert [(e.date.value, e.status) for e in ex.events] == [("2027-11", "did_not_happen")]


def test_what_speculation_said_is_no_stance_even_when_the_parse_loses_the_noun(run):
    ex = run(
        "The Harbour League confirmed it would not ask the judges to rule on the levy, "
        "ending months of speculation that it would challenge it.",
        "The Farmers Union said that it would challenge the levy.",
    )
    assert stances(ex) == {("org:farmers union", "oppose")}


def test_members_of_a_regions_own_house_are_that_house_in_its_dossier(run):
    ex = run("MSPs passed the levy by 76 votes to 45.", country="United Kingdom", region="Scotland")
    assert ("parliament:Scotland", "support") in stances(ex)
    ex = run("MSPs passed the levy by 76 votes to 45.", country="United Kingdom")
    assert not any(k.startswith("parliament:") for k in keys(ex))  # which house is not known


def test_a_treasurer_or_an_alderman_is_a_title_not_part_of_the_name(run):
    ex = run("State Treasurer Ola Rennick and Alderman Kim Pike said the levy would hold.")
    assert keys(ex) >= {"person:ola rennick", "person:kim pike"}


def test_a_plan_called_off_in_an_active_clause_keeps_the_nearer_day(run):
    ex = run(
        "The dockers' union had called off a strike set for March 8 once the port agreed to "
        "mediation.",
        published=date(2031, 4, 16),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2031-03-08", "did_not_happen")]


def test_a_hearing_set_for_a_month_in_the_simple_past_keeps_the_year_of_publication(run):
    ex = run("The judge fixed the main hearing of the case for July.", published=date(2031, 4, 16))
    assert [(e.date.value, e.status) for e in ex.events] == [("2031-07", "planned")]


def test_a_happening_months_after_a_present_state_lies_ahead(run):
    ex = run(
        "The ruling has thrown the plan into doubt weeks before an August referendum.",
        published=date(2031, 4, 16),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2031-08", "planned")]


def test_the_day_figures_were_released_dates_the_figures_not_what_they_report(run):
    ex = run(
        "Farmers shipped 2 million tonnes by the deadline, according to data the ministry "
        "published on Thursday.",
        published=date(2031, 4, 16),
    )
    assert [(e.title, e.date.value) for e in ex.events] == [
        ("Data the ministry published", "2031-04-10")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A warning of what the policy would do opposes it; of what undoing it would do, backs it.
        ("The Harbour Traders Association warned that the levy would drive shoppers to the malls.",
         {("org:harbour traders association", "oppose")}),
        ("The Harbour Traders Association warned that scrapping the levy would bring traffic back.",
         {("org:harbour traders association", "support")}),
        # Warning someone of the levy's start date is news, not a stance.
        ("The Harbour Traders Association warned drivers that the levy would start on Monday.", set()),
        # A warning of what someone else must do is no stance on the levy.
        ("The Harbour Consumer Voice warned that the council had to explain the levy so that it "
         "would not surprise anyone.", set()),
    ],
)  # fmt: skip
def test_a_warning_of_what_the_policy_would_do(run, sentence, expected):
    assert stances(run(sentence)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Tom Reed, a councillor, described the levy as a cash grab."], {("person:tom reed", "oppose")}),
        (["Tom Reed dismissed the levy as a gimmick."], {("person:tom reed", "oppose")}),
        (['Councillor Tom Reed called the levy "a war on motorists".'], {("person:tom reed", "oppose")}),
        (["The council voted on Tuesday to introduce the levy from June.",
          '"It\'s a tax on working people, plain and simple," said Ben Okafor.'],
         {("person:ben okafor", "oppose")}),
        # Not a label the levy is denied, nor a plain description.
        (["The levy is not a tax on working people, Ben Okafor said."], set()),
        (["Tom Reed described the levy as the council's biggest decision in a decade."], set()),
    ],
)  # fmt: skip
def test_a_label_given_after_as_or_by_the_copula(run, paragraphs, expected):
    assert stances(run(*paragraphs)) == expected


def test_sides_listed_after_with_go_to_the_actors_before_each(run):
    ex = run(
        "The Harbour Trades Council is split over the levy, with transport unions in favour and "
        "retail unions against."
    )
    assert {("group:transport union", "support")} <= stances(ex)
    assert ("group:transport union", "oppose") not in stances(ex)
    ex = run("The council approved the levy, with Labour in favour and the Tories against.")
    assert {("org:labour", "support"), ("par:tories", "oppose")} <= stances(ex)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ('"This will kill the high street," said Ben Okafor, chair of the Taxi Owners\' Guild.',
         ("person:ben okafor", "oppose")),
        ('"It will wreck the night-time economy," said Ben Okafor.', ("person:ben okafor", "oppose")),
        ('"It will kill congestion in the old town," said Ben Okafor.', ("person:ben okafor", "support")),
        # "it" after a person whose body is only named beside him is the policy, not the body.
        ("Ben Okafor, chair of the Taxi Owners' Guild, said it would hurt the high street.",
         ("person:ben okafor", "oppose")),
    ],
)  # fmt: skip
def test_what_this_or_it_will_destroy_after_the_policy_is_named(run, quote, expected):
    ex = run("The council voted on Tuesday to introduce the levy from June.", quote)
    assert expected in stances(ex)


def test_a_name_the_model_cuts_at_a_plurals_apostrophe_is_the_whole_body(run):
    ex = run("The Commuters' League vowed to keep fighting the levy.")
    assert stances(ex) == {("org:commuters' league", "oppose")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Harbour Chamber of Commerce urged the council to rethink the levy.", "oppose"),
        ("The Harbour Chamber of Commerce has threatened legal action over the levy.", "oppose"),
        ('The Harbour Chamber of Commerce called the levy "a dark day for traders".', "oppose"),
        ('The Harbour Chamber of Commerce called the levy "a blunt instrument".', "oppose"),
        ('The Harbour Chamber of Commerce called the levy "a rerun of a fiasco".', "oppose"),
        ('The Harbour Chamber of Commerce called the levy "a toll on recovery".', "oppose"),
        ('The Harbour Chamber of Commerce called the levy "a fair price for cleaner air".',
         "support"),
        ("The Harbour Chamber of Commerce said it had no view on the levy.", "neutral"),
        ("The Harbour Chamber of Commerce said it would decide its position on the levy in May.",
         "neutral"),
    ],
)  # fmt: skip
def test_more_ways_of_taking_a_side(run, sentence, expected):
    assert stances(run(sentence)) == {("org:harbour chamber of commerce", expected)}


def test_a_unit_written_in_small_letters_is_no_body(run):
    ex = run("The limit of 130km/h (81mph) starts in July.")
    assert not any("km" in k for k in keys(ex))


def test_a_national_chamber_known_by_name_is_a_body_whatever_the_model_says(run):
    ex = run(
        "The levy needs the approval of the Bundestag and of the Bundesrat.",
        "The Lok Sabha passed the levy.",
    )
    # A lower or only house is its country's parliament, an upper house a body of its own.
    assert {"parliament:Germany", "org:bundesrat", "parliament:India"} <= keys(ex)
    assert not any(k.startswith("person:") for k in keys(ex))


def test_a_one_word_name_set_off_by_commas_after_a_body_is_that_body(run):
    ex = run(
        "The minister said a new National Harbour Company, Harbco, would run the levy.",
        "Harbco was set up by law in 2026.",
    )
    assert {m.text: m.key for m in ex.mentions}["Harbco"] == "org:national harbour company"
    assert not any(k.startswith(("person:", "surname:")) for k in keys(ex))


def test_a_group_named_with_the_dossiers_own_demonym_is_the_plain_group(run):
    ex = run(
        "Employers say the levy is a burden.",
        "Kenyan employers paid 7 billion shillings.",
        "British employers were not affected.",
        country="Kenya",
    )
    assert {"group:employer", "group:british employer"} <= keys(ex)
    assert "group:kenyan employer" not in keys(ex)


def test_they_after_a_speaker_is_that_speaker(run):
    ex = run(
        "The levy goes to a vote next week.",
        "Opposition parties say they will vote against it, while the Greens said they would "
        "back it.",
    )
    assert stances(ex) == {("group:opposition party", "oppose"), ("par:greens", "support")}


def test_it_before_the_policy_is_named_again_is_the_policy(run):
    ex = run(
        "The levy goes to a vote next week.",
        "Opposition parties say they will vote against it, but the Unity Party said it would "
        "challenge the levy in court.",
    )
    assert ("group:opposition party", "oppose") in stances(ex)


def test_a_plan_told_by_what_the_policy_does_is_the_policy(run):
    ex = run(
        "Trade unions have come out against the Treasury's plan to take three per cent of each "
        "employee's monthly pay to build social housing.",
        names=("a levy of three per cent of monthly pay for housing", "the social housing levy"),
    )
    assert ("group:trade union", "oppose") in stances(ex)
    ex = run(
        "Trade unions have come out against the Treasury's plan to build a road.",
        names=("a levy of three per cent of monthly pay for housing", "the social housing levy"),
    )
    assert stances(ex) == set()
    # Words of the description alone are not enough: a road plan for the same workers.
    ex = run(
        "Trade unions have come out against the Treasury's plan to build a road for employees "
        "on monthly pay.",
        names=("a levy of three per cent of monthly pay for housing", "the social housing levy"),
    )
    assert stances(ex) == set()


def test_a_date_run_into_a_bodys_name_is_not_part_of_it(nlp):
    # The model runs a date into a body's name now and then; here the entity is set by hand:
    # "the Harbour Assembly on May 9".
    text = "The levy was passed by the Harbour Assembly on May 9 by 18 votes to 9."
    assert fixed(nlp, text, [(5, 11, "ORG")]) == [("Harbour Assembly", "ORG")]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The Harbour Fishermen's Association said it would take the levy to the Supreme Court.",
         "org:harbour fishermen's association"),
        ("Coastal Fisheries Ltd said it would file for arbitration if the levy passed.",
         "org:coastal fisheries ltd"),
    ],
)  # fmt: skip
def test_going_to_court_or_arbitration_against_the_policy(run, sentence, key):
    assert stances(run(sentence)) == {(key, "oppose")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Finance Minister Ruth Ambala said the levy would fund 200,000 affordable homes.",
         {("person:ruth ambala", "support")}),
        ("Finance Minister Ruth Ambala said the levy was working.", {("person:ruth ambala", "support")}),
        ("Finance Minister Ruth Ambala said the levy was not working.", {("person:ruth ambala", "oppose")}),
        ("The levy is working its way through the council, Ruth Ambala said.", set()),
        # Hedged down, funding is no praise.
        ("Finance Minister Ruth Ambala said the levy would only fund a new bureaucracy.", set()),
    ],
)  # fmt: skip
def test_what_the_policy_funds_and_whether_it_works(run, sentence, expected):
    assert stances(run(sentence)) == expected


@pytest.mark.parametrize(
    ("reaction", "expected"),
    [
        ("The Harbour Farmers Union said it would appeal.", {("org:harbour farmers union", "oppose")}),
        ('"We will keep fighting," said Ann Lee.', {("person:ann lee", "oppose")}),
        ("The Harbour Farmers Union vowed to fight on.", {("org:harbour farmers union", "oppose")}),
        # An appeal to someone is no appeal against the vote.
        ("The Harbour Farmers Union said it would appeal to voters.", set()),
    ],
)  # fmt: skip
def test_a_bare_reaction_just_after_a_vote_is_against_its_outcome(run, reaction, expected):
    ex = run("The council approved the levy on Tuesday.", reaction)
    assert stances(ex) - {("org:council", "support")} == expected


def test_an_appeal_after_a_court_halted_the_policy_is_against_the_halt(run):
    ex = run(
        "The levy was approved by the Harbour Council in March.",
        "Two weeks later a district judge granted an interim suspension sought by the hauliers.",
        "The Harbour Council appealed, but a higher court upheld the suspension.",
    )
    assert ("org:harbour council", "oppose") not in stances(ex)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Labour group welcomed the levy but said the fee should be lower for residents.", "mixed"),
        ("The Labour group backed the levy but sought an exemption covering delivery vans.", "mixed"),
        ("The Labour group supports the levy, but warned that carers needed an exemption.", "mixed"),
        # a warning is a reservation whatever its words; so after saying it was good
        ("The Labour group welcomed the levy but warned that the money would not cover storage.",
         "mixed"),
        ('The Labour group said the levy was "a first step" but warned that it would do little.',
         "mixed"),
        ("The Labour group backed the levy but warned that policing it would need more staff.",
         "support"),
        # Wanting more of it, or sooner, is no reservation against it.
        ("The Labour group called the levy a step forward but said it should go further.", "support"),
        ("The Labour group backed the levy but urged the council to act sooner.", "support"),
        ("The Labour group backed the levy but said the rate should be higher.", "support"),
    ],
)  # fmt: skip
def test_backing_with_a_reservation_after_but_is_mixed(run, sentence, expected):
    assert stances(run(sentence)) == {("par:labour group", expected)}


@pytest.mark.parametrize(
    ("effect", "expected"),
    [
        ("would drive up costs for small shops", "oppose"),
        ("would bring down pollution", "support"),
        ("would lead to job losses", "oppose"),
        ("would force dozens of shops to close", "oppose"),
        ("would put 2,000 jobs at risk", "oppose"),
        ("would make housing unaffordable", "oppose"),
        ("would make the harbour safer", "support"),
        ("would drive tourists away", "oppose"),
        ("would cut deaths from air pollution", "support"),
    ],
)
def test_what_the_policy_is_said_to_bring_about(run, effect, expected):
    ex = run(f"The Harbour Traders Association said the levy {effect}.")
    assert stances(ex) == {("org:harbour traders association", expected)}


def test_what_undoing_the_policy_would_bring_about_takes_the_other_side(run):
    ex = run("The Harbour Traders Association said scrapping the levy would drive up costs.")
    assert stances(ex) == {("org:harbour traders association", "support")}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ministry has promised to open talks with the fishers in June.", "2028-06"),
        ("The union threatened on Monday to strike in March.", "2029-03"),
        ("The parties agreed to meet again in June.", "2028-06"),
        # A promise told in the past perfect was a plan of the past.
        ("The union had threatened to strike in March.", "2028-03"),
    ],
)
def test_what_is_promised_lies_ahead_of_the_promise(run, sentence, value):
    ex = run(sentence, published=date(2028, 5, 18))
    assert value in [e.date.value for e in ex.events]


def test_a_promise_dated_in_the_past_happened(run):
    ex = run(
        "The Forward Party pledged to bring the levy back during last year's election campaign.",
        published=date(2027, 2, 10),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [("2026", "happened")]


def test_people_named_with_a_speaking_group_are_a_group_too(run):
    ex = run("Farmers and fishers protested against the levy.")
    assert stances(ex) == {("group:farmer", "oppose"), ("group:fisher", "oppose")}


@pytest.mark.parametrize(
    ("reaction", "expected"),
    [
        ('Ann Lee said she was "deeply disappointed" by the vote.', {("person:ann lee", "oppose")}),
        ("Mayor Tom Bright said he was delighted.", {("person:tom bright", "support")}),
        ('The Cyclists\' Alliance said it was "thrilled".', {("org:cyclists' alliance", "support")}),
        ('"Today is a great day for the harbour," said Mayor Tom Bright.',
         {("person:tom bright", "support")}),
        # Feelings about something else are no reaction to the vote; nor is a stranger's.
        ("Ann Lee said she was disappointed by the weather.", set()),
        ("Mayor Tom Bright said he was pleased that talks with the unions would go on.", set()),
        ("Separately, Harbour Rovers manager Ken Hale said he was delighted.", set()),
        # A sentence that is the reaction and nothing else, by anyone; not pleased is dismayed.
        ("Shipowners were hostile.", {("group:shipowner", "oppose")}),
        ("Shipowners remain unhappy.", {("group:shipowner", "oppose")}),
        ("Shipowners are not happy.", {("group:shipowner", "oppose")}),
        ("Shipowners were less enthusiastic.", {("group:shipowner", "oppose")}),
        ("Ferry operators reacted angrily.", {("group:ferry operator", "oppose")}),
        ("Shipowners reacted with delight.", {("group:shipowner", "support")}),
    ],
)  # fmt: skip
def test_how_people_feel_just_after_a_vote_is_their_side_of_it(run, reaction, expected):
    ex = run(
        "Mayor Tom Bright, Ann Lee and the Cyclists' Alliance spoke at the hearing.",
        "The council approved the levy on Tuesday.",
        reaction,
    )
    assert stances(ex) - {("org:council", "support")} == expected


def test_a_bare_reaction_to_the_policy_just_unveiled_judges_the_policy(run):
    ex = run(
        "The finance minister unveiled the levy on Wednesday.", "Ferry operators reacted angrily."
    )
    assert ("group:ferry operator", "oppose") in stances(ex)
    # Not to a proposal to scrap it, nor to one still to come.
    for first in (
        "The opposition proposed scrapping the levy on Monday.",
        "The minister will announce the levy on Monday.",
    ):
        ex = run(first, "Ferry operators reacted angrily.")
        assert not [s for s in stances(ex) if s[0] == "group:ferry operator"], first


@pytest.mark.parametrize(
    ("announcement", "expected"),
    [
        ("Finance Minister Ann Lee announced on Monday that the levy will double.", "support"),
        ("Ann Lee announced that the levy would rise from October 1.", "support"),
        # What is announced is the policy undone, put off or held back: no backing of it.
        ("Ann Lee announced that the levy will be scrapped.", None),
        ("Ann Lee announced that the levy will not rise this year.", None),
        ("Ann Lee announced that the levy would be delayed.", None),
        ("Ann Lee announced that she would scrap the levy.", None),
    ],
)
def test_announcing_that_the_policy_goes_ahead_backs_it(run, announcement, expected):
    sides = {side for actor, side in stances(run(announcement)) if actor == "person:ann lee"}
    assert ("support" in sides) == (expected == "support")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a suit seeks is its bringers' side, not turned round by the suit
        ("Farmers filed a lawsuit seeking to overturn the levy.", {("group:farmer", "oppose")}),
        ("A judge has accepted a suit by the dairy industry seeking to strike down the levy, "
         "the court said on Friday.", {("group:dairy industry", "oppose")}),
        # complying is no side; having to comply is no one's stance
        ("Acme Energy says it will comply with the levy.", {("org:acme energy", "neutral")}),
        ("The minister said firms must comply with the levy.", set()),
        # lifting the policy undoes it; "it" as what a wish would have done
        ("The Harbour Guild submitted a petition in November asking for the levy to be lifted.",
         {("org:harbour guild", "oppose")}),
        ('The Harbour Party has called the levy "a policy for the rich" and wants it scrapped.',
         {("par:harbour party", "oppose")}),
        # lifting it to a figure raises it
        ("The Harbour Council voted in May to lift the levy from 2 to 3 per cent.",
         set()),
        # what a motion calls for, its tabling takes in
        ("The Harbour Party has put down a motion calling for the levy to be scrapped.",
         {("par:harbour party", "oppose")}),
    ],
)  # fmt: skip
def test_suing_to_undo_the_policy_opposes_it_and_complying_takes_no_side(run, sentence, expected):
    assert stances(run(sentence)) == expected


def test_some_councillors_against_are_not_the_council_and_a_challenge_withstood_is_not_ones_own(
    run,
):
    ex = run("The seven councillors who voted against the levy said it was unfair.")
    assert ("group:some councillor", "oppose") in stances(ex)  # not "group:councillor", the council
    ex = run(
        "Ann Lee withdrew her motion to apply the levy to 2028 after the city solicitor, Brigitta "
        "Farkas, advised that charging past years would not survive a court challenge."
    )
    assert not [s for s in stances(ex) if s[0] == "person:brigitta farkas"]


def test_a_bare_reaction_judges_the_last_thing_done_to_the_policy_however_far_back(run):
    filler = ("The levy was first proposed in 2024.", "Ann Lee chairs the ferry board.")
    ex = run(
        "The minister announced on Monday that the levy will double.",
        *filler,
        "Ann Lee urged MPs to pass the levy.",
        "Cargo shippers reacted angrily.",
    )
    assert ("group:cargo shipper", "oppose") in stances(ex)
    # its name says which shippers, as its key does
    assert {m.name for m in ex.mentions if m.key == "group:cargo shipper"} == {"cargo shippers"}
    # far from the news, only right after a side taken on the policy, and only a sentence
    # that is the reaction and nothing else
    ex = run(
        "The council approved the levy on Tuesday.",
        "Traders had lobbied hard.",
        "In other news, the Tigers won the championship.",
        "Fans were jubilant.",
    )
    assert not [s for s in stances(ex) if s[0] == "group:fan"]
    ex = run(
        "The minister announced on Monday that the levy will double.",
        *filler,
        "Traders have lobbied hard.",
        "Ann Lee said she was disappointed.",
    )
    assert ("person:ann lee", "oppose") not in stances(ex)


def test_a_group_split_over_the_policy_is_of_two_minds_not_one_split_in_a_year(run):
    ex = run("The council approved the levy on Tuesday.", "Residents are split.")
    assert ("group:resident", "mixed") in stances(ex)
    ex = run("The council approved the levy on Tuesday.", "The Harbour Party split in 2019.")
    assert not [s for s in stances(ex) if s[0] == "par:harbour party"]


@pytest.mark.parametrize(
    "reaction",
    [
        "Fans were furious after the match was cancelled.",
        "Protesters reacted angrily to the police.",
        "Teachers were unhappy with their pay offer.",
        "Not all brewers were unhappy.",
        "Some farmers were happy.",
        "Voters are divided on immigration.",
        "Farmers had been furious.",
    ],
)
def test_a_short_sentence_about_something_else_or_part_of_a_group_is_no_reaction(run, reaction):
    ex = run("Parliament passed the levy on Tuesday.", reaction)
    assert stances(ex) == {("org:parliament", "support")}


def test_a_label_with_a_but_after_it_never_turns_a_welcome_of_the_vote_round(run):
    # a "mixed" label judging an outcome is mixed, not the outcome's opposite
    ex = run(
        "Parliament passed the levy on Tuesday.",
        'Tom Hale said the vote was "a first step" but asked for more.',
        'Ana Cruz called the vote "a historic step, but months late".',
    )
    assert ("person:tom hale", "support") in stances(ex)
    assert ("person:ana cruz", "oppose") not in stances(ex)


def test_a_signing_is_an_outcome_a_bare_reaction_takes_a_side_on(run):
    ex = run("Trade Minister Ana Cruz signed the pact on Tuesday.", "Farmers were jubilant.")
    assert ("group:farmer", "support") in stances(ex)
    ex = run("Opposition MPs signed a petition against the pact.", "Farmers were jubilant.")
    assert ("group:farmer", "support") not in stances(ex)


def test_grieved_by_the_vote_is_against_what_it_did(run):
    ex = run(
        "Parliament passed the levy on Tuesday.",
        "The Green Party said it was grieved by the result.",
    )
    assert ("par:green party", "oppose") in stances(ex)


def test_a_vote_dated_with_its_year_is_background_and_no_less_is_as_much(run):
    ex = run(
        "The Senate first approved the levy in a vote on March 9, 2019.",
        "It was repealed in 2022.",
        "Farmers were jubilant.",
        published=date(2027, 3, 10),
    )
    assert ("group:farmer", "support") not in stances(ex)
    ex = run("Parliament passed the levy on Tuesday.", "Growers were no less enthusiastic.")
    assert ("group:grower", "oppose") not in stances(ex)


def test_a_reaction_counts_after_a_vote_told_late_in_the_article(run):
    ex = run(
        "The levy was first proposed in 2024.",
        "It would charge visiting boats a daily fee.",
        "Ann Lee chairs the Harbour Farmers Union.",
        "Traders have lobbied hard.",
        "The council approved the levy on Tuesday.",
        "Ann Lee said she was disappointed.",
    )
    assert ("person:ann lee", "oppose") in stances(ex)


def test_feeling_pleased_after_a_vote_against_the_policy_opposes_it(run):
    ex = run(
        "Ann Lee spoke at the hearing.",
        "The council rejected the levy on Tuesday.",
        "Ann Lee said she was relieved.",
    )
    assert ("person:ann lee", "oppose") in stances(ex)


@pytest.mark.parametrize(
    ("sentence", "wanted", "unwanted"),
    [
        # a body named before the words that call it one, however the model parses its name
        ("Homes Not Hovels, a coalition of tenant groups, called the levy a good start.",
         "org:homes not hovels", None),
        ("Ann Lee, a union organiser, said the levy was unfair.", "person:ann lee", None),
        # a person named after her role, however the model tags her
        ("Councillor Ann Lee withdrew her motion after the city solicitor, Brigitta Farkas, "
         "advised that a retroactive charge would be unlikely to survive a court challenge.",
         "person:brigitta farkas", "org:brigitta farkas"),
        # a building or a district named before its noun, a portfolio before a title: no actors
        ("Ann Lee spoke to a crowded meeting at the Westbrook library on Friday.",
         "person:ann lee", "org:westbrook"),
        ("Budget chief Ann Lee said the levy would fund housing.", "person:ann lee", "org:budget"),
        ("The levy should cover every city in the Greater Eastvale Area.", None,
         "org:greater eastvale area"),
        # a body's lawyers are the body, whatever they file
        ("Acme Energy said its lawyers would file for an injunction against the levy in April.",
         "org:acme energy", "group:lawyer"),
        # a place named for a royal is no two people
        ("A provincial official said Queen's Park would not block the levy.", None,
         "surname:park"),
    ],
)  # fmt: skip
def test_names_the_model_reads_wrong_around_their_description(run, sentence, wanted, unwanted):
    found = keys(run(sentence))
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Indigenous communities demanded a vote on the levy.", "group:indigenous community"),
        ("Pupils at the school protested against the levy.", "group:pupil"),
        ("Opposition senators walked out before the vote on the levy.", "group:opposition senator"),
    ],
)
def test_more_plural_nouns_for_people_are_groups(run, sentence, key):
    assert key in keys(run(sentence))


def test_communities_affected_by_the_policy_are_no_group(run):
    assert not any(
        k.startswith("group:") for k in keys(run("The levy would hurt rural communities."))
    )


def test_a_happening_by_a_days_deadline_is_dated_as_by_that_day(run):
    ex = run("Farmers shipped 2 million tonnes by Monday's deadline.", published=date(2031, 4, 16))
    assert [(e.title, e.date.text) for e in ex.events] == [
        ("Farmers shipped 2 million tonnes", "by Monday")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The levy has won the backing of the Harbour Traders Association.", "support"),
        ("The levy faces fierce opposition from the Harbour Traders Association.", "oppose"),
    ],
)
def test_support_or_opposition_the_policy_receives_is_its_givers(run, sentence, expected):
    assert stances(run(sentence)) == {("org:harbour traders association", expected)}


def test_her_backing_given_by_an_unnamed_officer_is_not_the_last_womans(run):
    ex = run(
        "Ann Lee spoke first.",
        "Later the council leader, who had warned that villages could be left behind, gave the "
        "levy her backing.",
    )
    assert stances(ex) == set()
    ex = run("The Harbour Traders Association gave the levy its backing.")
    assert stances(ex) == {("org:harbour traders association", "support")}


@pytest.mark.parametrize(
    "second",
    [
        "So does the Harbour Chamber of Commerce.",
        "The Harbour Chamber of Commerce echoed those concerns.",
        "The Harbour Chamber of Commerce agreed.",
    ],
)
def test_a_body_that_does_the_same_as_the_one_before_takes_its_side(run, second):
    ex = run("The Harbour Traders Association opposes the levy.", second)
    assert ("org:harbour chamber of commerce", "oppose") in stances(ex)


def test_as_does_and_neither_nor_carry_the_side_to_each(run):
    ex = run(
        "The Harbour Traders Association opposes the levy, as does the Harbour Chamber of Commerce."
    )
    assert ("org:harbour chamber of commerce", "oppose") in stances(ex)
    ex = run(
        "Neither the Harbour Traders Association nor the Harbour Chamber of Commerce supports the levy."
    )
    assert stances(ex) == {
        ("org:harbour traders association", "oppose"),
        ("org:harbour chamber of commerce", "oppose"),
    }


def test_agreeing_to_do_something_else_is_no_echo(run):
    ex = run(
        "The Harbour Traders Association opposes the levy.",
        "The Harbour Chamber of Commerce agreed to meet the mayor.",
    )
    assert ("org:harbour chamber of commerce", "oppose") not in stances(ex)


def test_a_body_named_in_french_or_spanish_keeps_its_lower_case_words(run):
    ex = run(
        "The Collectif des pêcheurs de Dunmore, which represents 300 crews, said the levy "
        "would ruin them.",
        "The Mouvement citoyen pour la mer welcomed the levy.",
        "The Partido Verde (PV) and the Parti vert uni (PVU) voted for the levy.",
        "The council de facto approved the levy, and the Ministry of Transport welcomed it.",
    )
    assert ("org:collectif des pêcheurs de dunmore", "oppose") in stances(ex)
    assert ("org:mouvement citoyen pour la mer", "support") in stances(ex)
    # Its acronym spells the lower-case words too, and "Parti" heads a party as "Party" ends one.
    assert [m.key for m in ex.mentions if m.text == "PVU"] == ["par:parti vert uni"]
    assert ("par:parti vert uni", "support") in stances(ex)
    assert not [k for k in keys(ex) if "facto" in k]
    # After a noun for a body, a name in capitals with a particle is one body's.
    ex = run(
        "The doctors' association Medici per l'Acqua Pulita welcomed the levy.",
        "Ten per cent of shops closed.",
    )
    assert keys(ex) == {"org:medici per l'acqua pulita"}


def test_lawyers_for_a_body_speak_for_it(run):
    ex = run("Lawyers for the Harbour Guild argued that the levy was unlawful.")
    assert stances(ex) == {("org:harbour guild", "oppose")}
    assert not [k for k in keys(ex) if "lawyer" in k]


def test_what_a_party_did_before_in_a_relative_clause_yields_to_what_it_says_now(run):
    ex = run(
        "The Harbour Party, whose councillors backed the levy in committee in May, said on "
        "Monday that its MPs would reject it unless the fee was halved."
    )
    # "its MPs" are the party's; opposing it unless it changes opposes it as it stands.
    assert stances(ex) == {("par:harbour party", "oppose")}
    ex = run("Party leader Ann Lee, who in October said she backed the levy, spoke on Monday.")
    assert [(p.actor, p.when) for p in ex.positions] == [("person:ann lee", "before")]


def test_refusing_to_undo_the_policy_keeps_it(run):
    ex = run("The council will not scrap the levy, its leader Ann Lee said.")
    assert stances(ex) == {("person:ann lee", "support")}
    ex = run("Mayor Ann Lee was ready to talk to traders but would not withdraw the levy.")
    assert stances(ex) == {("person:ann lee", "support")}
    # Not a promise no longer made, nor an objection not dropped.
    ex = run("The Harbour Party no longer promises to repeal the levy.")
    assert ("par:harbour party", "support") not in stances(ex)
    ex = run("An official said Canada had not abandoned its objection to the levy.")
    assert stances(ex) == {("country:Canada", "oppose")}


def test_rebutting_the_criticism_of_the_policy_defends_it(run):
    for text in (
        "Tom Reed, the party's spokesman, said the criticism of the levy was unfair.",
        "Mayor Ann Lee dismissed criticism of the levy as scaremongering.",
        "Tom Reed said the fears about the levy were overblown.",
    ):
        assert {s for _, s in stances(run(text))} == {"support"}, text
    assert {s for _, s in stances(run("Tom Reed said the levy was unfair."))} == {"oppose"}


def test_what_others_are_urged_to_do_before_is_not_the_speakers_act(run):
    ex = run("Tom Reed urged members to study the levy before attacking it.")
    assert ("person:tom reed", "oppose") not in stances(ex)
    ex = run("Ann Lee said the council would study the levy before endorsing it.")
    assert stances(ex) == {("person:ann lee", "support")}


def test_the_idea_after_a_threat_is_the_threat_and_pushing_back_is_no_push(run):
    ex = run(
        "The levy starts in May.",
        "The Harbour Guild, which threatened in May to go to court, dropped the idea in August.",
        "The Dock Union urged the council to push the levy back by two years.",
    )
    assert not stances(ex)


def test_a_partys_own_bloc_is_the_party_and_its_leader_speaks_for_it(run):
    ex = run(
        "The Harbour Party (HP) met on Monday.",
        "Tom Reed said his Harbour Party bloc would vote in favour of the levy.",
        "Ann Lee said her HP caucus would vote against the levy.",
    )
    assert stances(ex) >= {
        ("par:harbour party", "support"),
        ("person:tom reed", "support"),
        ("person:ann lee", "oppose"),
    }
    assert not [k for k in keys(ex) if k.startswith("group:")]


def test_no_vote_without_an_article_is_none_held_not_the_no_side(run):
    ex = run('"We want the levy, but not with secret clauses and no vote," Tom Reed said.')
    assert ("person:tom reed", "oppose") not in stances(ex)
    # "campaigning for" a no vote on the levy is against it, not for it.
    ex = run("The Harbour Party is campaigning for a no vote on the levy.")
    assert stances(ex) == {("par:harbour party", "oppose")}


def test_what_is_said_of_a_delay_to_the_policy_is_the_other_side(run):
    cases = {
        "The Harbour Union opposes any delay to the levy.": "support",
        "The Harbour Union backed the levy but opposed any delay to it.": "support",
        "The Harbour Union said another delay to the levy would hurt firms that invested.": "support",
        "The Harbour Union called for a delay to the levy.": "oppose",
        "The Harbour Union called for the levy to be delayed.": "oppose",
        "The Harbour Union called for the levy to be pushed back a year.": "oppose",
        "The Harbour Union called for the levy to be introduced in May.": "support",
    }
    for text, side in cases.items():
        assert stances(run(text)) == {("org:harbour union", side)}, text
    assert not stances(run("The Harbour Union called for talks on the levy."))
    assert not stances(run("The Harbour Union called for the levy figures to be released."))


def test_a_threat_reported_with_would_and_a_day_is_planned_for_that_day(run):
    ex = run(
        "Dock workers said they would strike again next Wednesday if the council refused to "
        "meet them.",
        "Labour said it would repeal the levy if it won the May 2027 election.",
        published=date(2028, 3, 17),
    )
    # Reported "would" is "will"; a real hypothetical keeps only its dated event, the election.
    assert [(e.status, e.date.value) for e in ex.events] == [
        ("planned", "2028-03-22"),
        ("happened", "2027-05"),
    ]


def test_review_misfires_on_delays_calls_and_his_or_her_stay_fixed(run):
    # Found by a reviewer probing this session's rules; each gave a wrong side.
    cases = {
        "The Harbour Union called for the levy, saying delays on buses had become unbearable.": {
            ("org:harbour union", "support")
        },
        "The Green Party called for the levy to put money back into buses.": set(),
        "Mayor Ann Lee hailed the sharp drop in traffic caused by the levy.": {
            ("person:ann lee", "support")
        },
        "The Harbour Union welcomed the end of the consultation on the levy.": {
            ("org:harbour union", "support")
        },
        "Mayor Ann Lee rejected calls for the levy to be delayed.": {("person:ann lee", "support")},
        "Tom Reed said his opponents would vote against the levy.": {("group:opponent", "oppose")},
        "The Green Party could not block the levy, which passed by 30 votes to 12.": set(),
        "The Harbour Union, which backed the levy last year, said the mayor should thank it "
        "instead of attacking it.": {("org:harbour union", "support")},
        "The Harbour Union opposed the levy back in March.": {("org:harbour union", "oppose")},
    }
    for text, want in cases.items():
        got = stances(run(text))
        assert got == want or (not want and not any(s == "support" for _, s in got)), text


def test_a_polls_share_of_a_people_is_its_public_and_presidents_of_countries_are_them(run):
    ex = run("A survey published on Friday showed 62 percent of Danes opposed the levy.")
    assert stances(ex) == {("group:danish public", "oppose")}
    ex = run("A poll suggested 44 per cent of Britons were against the levy.")
    assert stances(ex) == {("group:british public", "oppose")}
    ex = run("The presidents of France and Germany signed the levy on Tuesday.")
    assert stances(ex) == {("country:France", "support"), ("country:Germany", "support")}
    assert not [k for k in keys(ex) if k.startswith("group:")]


def test_a_bodys_country_in_its_name_and_the_members_it_lists(run):
    ex = run(
        "The Kenya Anti-Smoking Network called the levy unfair.",
        "Last week's march was led by the Harbour Alliance for a Smoke-Free Port, whose members "
        "include the Dock Workers Union, the Fishermen Guild and the Council of Mothers.",
        "The Harbour Alliance for a Smoke-Free Port opposes the levy.",
    )
    assert ("org:kenya anti-smoking network", "oppose") in stances(ex)
    members = {k for m in ex.memberships if m.relation == "member" for k in m.members}
    assert {"org:dock workers union", "org:council of mothers"} <= members
    assert {m.group for m in ex.memberships if m.relation == "member"} == {
        "org:harbour alliance for a smoke-free port"
    }


def test_a_name_of_words_before_a_country_is_a_body_not_a_place(nlp):
    # The model's error as seen on news text: a party named for its country taken for a place,
    # or for part of one.
    assert fixed(
        nlp,
        "The motion was tabled by Rise Portugal, the centre-right opposition party.",
        [(5, 7, "GPE")],
    ) == [("Rise Portugal", "ORG")]
    assert fixed(
        nlp, "Campaigners such as Fair Share Portugal said the levy should stay.", [(4, 6, "GPE")]
    ) == [("Fair Share Portugal", "ORG")]
    # A place named so stays a place.
    assert fixed(
        nlp, "Officials in Northern Ireland said the levy would not apply there.", [(2, 4, "GPE")]
    ) == [("Northern Ireland", "GPE")]


def test_a_ministry_named_for_a_list_of_remits_is_one_body(nlp):
    # The model's errors as seen on news text: a list of remits cut at its comma, or before its
    # "and the …".
    assert fixed(
        nlp,
        "A spokesman for the Department of Fisheries, Culture and Sport said the levy would stay.",
        [(4, 7, "ORG"), (8, 11, "ORG")],
    ) == [("Department of Fisheries, Culture and Sport", "ORG")]
    assert fixed(
        nlp,
        "The Joint Committee on Transport, Energy and the Environment will meet on the levy.",
        [(0, 7, "ORG")],
    ) == [("Joint Committee on Transport, Energy and the Environment", "ORG")]
    # Not a list that runs on into a person or another body.
    text = "The Department of Health, Finance Minister Ana Lee and the Central Bank met."
    assert ("Department of Health, Finance", "ORG") not in fixed(nlp, text)


def test_a_councillor_or_td_before_a_name_and_a_party_acronym_after_it_is_a_person(run):
    ex = run(
        "Cllr Róisín Tallon (NLP) told the chamber the levy was unfair.",
        "Local TD Fiachra Brogan (NLP) told a packed hall the levy was unfair.",
    )
    assert {"person:roisin tallon", "person:fiachra brogan"} <= keys(ex)


def test_a_county_written_co_is_a_place(run):
    ex = run("The levy was opposed by Hollow Fields Ltd, of Ballymore, Co. Kerry.")
    assert not [k for k in keys(ex) if "kerry" in k]


def test_an_appeal_by_one_body_against_another_names_two_bodies(run):
    ex = run(
        "The tribunal will rule on a challenge by Lough Mask Holdings against Westmeath County "
        "Council's levy next month."
    )
    assert {"org:lough mask holdings", "org:westmeath county council"} <= keys(ex)


def test_a_lower_case_description_of_a_named_body_is_that_body(run):
    ex = run(
        "The Eastfield Residents' Alliance has fought the levy for a year.",
        "The residents' alliance has vowed to fight the levy in court.",
    )
    assert [m.key for m in ex.mentions if m.sentence == 2] == ["org:eastfield residents' alliance"]
    # A single word is no such description: farmers are not the "Young Farmers".
    ex = run("Young Farmers backed the levy.", "Farmers said the levy was unfair.")
    assert "org:young farmers" not in {m.key for m in ex.mentions if m.sentence == 2}


def test_a_seat_of_government_named_for_the_government_is_its_country(run):
    ex = run("An aide said the Casa Rosada would not budge on the levy.")
    assert "country:Argentina" in keys(ex)
    ex = run("The Kremlin rejected the levy.")
    assert "country:Russia" in keys(ex)


def test_a_hope_told_in_the_past_is_a_plan_whose_month_is_not_guessed(run):
    # The model's lemma for "hoped" is "hop": a plan all the same, which may lie either side.
    ex = run(
        "The minister said she hoped to put the levy to a cabinet vote in October.",
        published=date(2029, 7, 3),
    )
    assert [(e.date.value, e.status) for e in ex.events] == [(None, "planned")]


def test_a_body_the_model_tagged_once_is_found_where_it_did_not(nlp):
    from spacy.tokens import Span

    from build_dossier.extract.actors import fix_entities, untagged_bodies
    from build_dossier.knowledge import knowledge

    # The model's error as seen on news text: a name written in camel case, tagged only once.
    docs = [
        nlp("NordGrid, which runs the power network, backed the levy."),
        nlp("NordGrid said it supported the levy."),
        nlp("Government sources said the levy would stay."),
    ]
    docs[0].ents = [Span(docs[0], 0, 1, "ORG")]
    docs[1].ents = []
    docs[2].ents = []
    found = untagged_bodies(docs, [fix_entities(d, knowledge()) for d in docs])
    assert [[(s.text, s.label) for s in spans] for spans in found] == [
        [("NordGrid", "ORG")],
        [("NordGrid", "ORG")],
        [],
    ]


def test_a_regional_government_named_by_its_adjective_is_that_regions(run):
    ex = run("The Murcian regional government has backed the levy since May.")
    assert keys(ex) == {"org:government of murcia"}


def test_a_kind_of_body_written_before_its_name_is_no_group_and_no_part_of_the_name(run):
    ex = run(
        "The dockers' union Sindicato Unido de Estibadores backs the levy.",
        "Airport operator Aeródromos del Sur Gestión said the levy would cut traffic.",
    )
    assert not [k for k in keys(ex) if k.startswith("group:")]
    assert "Aeródromos del Sur Gestión" in {m.name for m in ex.mentions}


def test_a_name_the_model_cut_or_took_for_a_place_after_its_kind_is_a_body(nlp):
    # The model's errors as seen on news text: half a pollster's name; a fund manager's
    # name opening with its kind's acronym taken for a place.
    assert fixed(
        nlp, "Polling firm Opinia Andina said most people backed the levy.", [(3, 4, "ORG")]
    ) == [("Opinia Andina", "ORG")]
    assert fixed(
        nlp, "AFP Altiplano, a smaller rival, said little about the levy.", [(0, 2, "LOC")]
    ) == [("AFP Altiplano", "ORG")]


def test_a_deputy_before_a_name_is_a_title(nlp):
    # The model's error as seen on news text: the deputy's name left untagged.
    assert ("Rocío Mardones", "PERSON") in fixed(
        nlp, "Deputy Rocío Mardones of the Humanist Front said the levy was overdue.", []
    )
    # … the whole of it, small words and all.
    assert ("Joana Prates da Cunha", "PERSON") in fixed(
        nlp, "Deputy Joana Prates da Cunha of the Rural Party said the levy was unfair.", []
    )


def test_a_vote_that_passed_part_of_the_policy_and_failed_another_has_no_side_to_welcome(run):
    ex = run(
        "The lower house on Monday approved the levy, but its main part, the harbour fund, "
        "fell two votes short.",
        "The Harbour League welcomed the vote.",
        names=("the levy", "the harbour fund"),
    )
    assert not [s for s in stances(ex) if s[0] == "org:harbour league"]


def test_approving_a_version_of_the_policy_is_an_outcome_and_a_duty_to_approve_it_is_none(run):
    ex = run(
        "The council approved the first draft of the levy on Monday by 20 votes to 11.",
        "It must be approved again at a second reading.",
        "Shopkeepers welcomed the vote.",
    )
    assert ("group:shopkeeper", "support") in stances(ex)
    ex = run(
        "The levy must be approved again at a second reading.", "Shopkeepers welcomed the vote."
    )
    assert not stances(ex)


def test_an_appeal_with_the_constitutional_court_against_the_policy_opposes_it(run):
    ex = run("The Coastal Party has taken its appeal with the Constitutional Court over the levy.")
    assert stances(ex) == {("par:coastal party", "oppose")}
    # Where something is argued is no side: the government defends the levy there.
    ex = run("The government defended the levy before the Constitutional Court on Monday.")
    assert ("country:Norland", "oppose") not in stances(ex)


def test_a_chamber_named_for_its_members_is_a_legislature_its_leaders_do_not_speak_for(run):
    ex = run(
        "The Chamber of Deputies approved the levy late on Wednesday.",
        "The Rural Party's leader in the Chamber, Joana Prates da Cunha, said the measure would "
        "ruin farmers.",
    )
    assert not [m for m in ex.memberships if "chamber" in m.group]
    from build_dossier.extract.stances import is_legislature
    from build_dossier.knowledge import knowledge

    assert is_legislature("org:federal chamber of deputies", knowledge())
    assert not is_legislature("org:chamber of commerce", knowledge())


def test_outcomes_told_with_their_own_day_or_undone_in_part_are_read_as_they_are(run):
    # "on Tuesday, March 9" is the news's own day, not background.
    ex = run(
        "Parliament approved the levy on Tuesday, March 9, by 90 votes to 60.",
        "The Farmers' Union welcomed the vote.",
        published=date(2027, 3, 10),
    )
    assert ("org:farmers' union", "support") in stances(ex)
    # Nor is a day inside the phrase that tells how it was done ("in a vote on Tuesday, March 9").
    for told in ("in a final vote on March 9.", "in a vote on Tuesday, March 9."):
        ex = run(
            f"The Senate rejected the levy {told}",
            "The Farmers' Union welcomed the vote.",
            published=date(2027, 3, 10),
        )
        assert ("org:farmers' union", "oppose") in stances(ex), told
    # Rejecting a delay of the policy is no defeat of it.
    ex = run("Lawmakers rejected a delay of the levy.", "Environmental groups welcomed the vote.")
    assert ("group:environmental group", "oppose") not in stances(ex)
    # Revenue falling short is no vote falling short.
    ex = run(
        "Parliament passed the levy on Tuesday.",
        "Revenue from the levy fell short of forecasts last year, the treasury said.",
        "The Harbour League welcomed the vote.",
    )
    assert stances(ex) >= {("org:harbour league", "support")}
    assert ("org:harbour league", "oppose") not in stances(ex)
    # A warning in the same sentence as the welcome is kept beside it.
    ex = run(
        "Parliament passed the levy on Tuesday.",
        "The Harbour League welcomed the vote but warned that the levy would hurt small farms.",
    )
    assert ("org:harbour league", "oppose") in stances(ex) or (
        "org:harbour league",
        "mixed",
    ) in stances(ex)


def test_a_company_ending_a_sentence_with_co_takes_no_name_from_the_next(run):
    ex = run("The plan was drafted by Harlow & Co. Ann Lee said she opposed the levy.")
    assert "person:ann lee" in keys(ex)


def test_a_link_word_the_model_runs_into_a_name_is_cut_off(nlp):
    # The model's errors as seen on news text: "of" taken into a person's name, or into a
    # body's name whose remit then stands apart.
    assert fixed(
        nlp,
        "Marta Kovač of the Harbour Policy Institute said the toll would work.",
        [(0, 3, "PERSON"), (3, 7, "ORG")],
    ) == [("Marta Kovač", "PERSON"), ("Harbour Policy Institute", "ORG")]
    assert fixed(
        nlp,
        "Marta Kovač of the Harbour Policy Institute said the toll would work.",
        [(0, 3, "ORG"), (3, 7, "ORG")],
    ) == [("Marta Kovač", "PERSON"), ("Harbour Policy Institute", "ORG")]
    assert fixed(
        nlp,
        "The Northern Command of the Coast Guard said the patrols would go on.",
        [(0, 4, "ORG"), (4, 7, "ORG")],
    ) == [("Northern Command of the Coast Guard", "ORG")]


def test_a_year_that_is_spoken_of_or_a_laws_aim_dates_no_event(run):
    ex = run(
        '"We think 2040 is too soon," said Ana Ruiz.',
        "The 2040 date was never up for negotiation, the minister said.",
        "The Greens said on Tuesday they would back a bill ending coal power by 2040.",
        "The grid operator warned in 2029 that the state faces winter power shortfalls.",
        published=date(2031, 3, 4),
    )
    assert [(e.title, e.date.value) for e in ex.events] == []
    # A year that dates a happening named by the noun still does.
    ex = run("The 2030 election was won by the Greens.", published=date(2031, 3, 4))
    assert [e.date.value for e in ex.events] == ["2030"]


def test_a_name_opening_the_sentence_is_whole_and_a_deputys_seat_is_no_person(run):
    ex = run(
        "Vu Thi Lan Chi, a National Assembly deputy from Binh Dinh who sits on the defence "
        "committee, said deputies should be told more about the terms.",
        "Vu Thi Lan Chi, the Binh Dinh deputy who had warned against the deal, came out satisfied.",
        country="Vietnam",
    )
    people = {k for k in keys(ex) if k.startswith("person:")}
    assert people == {"person:vu thi lan chi"}
    # A role opening the sentence is not the name's first word.
    ex = run("Convenor Joyce Atieno Makokha said the county had delivered 140 of 200 buses.")
    assert "person:joyce atieno makokha" in keys(ex)


def test_a_long_office_with_and_before_a_name_is_the_persons_title(run):
    ex = run(
        "Minister of Water and Rural Affairs Karim Abdel-Fattah said the tariff would stay.",
        "Minister for Digital Affairs Jan Ole Berg said the levy would stay.",
        "Minister of Finance and Ann Lee met on Monday.",
    )
    roles = {m.key: m.role for m in ex.mentions if m.key.startswith("person:")}
    assert roles == {
        "person:karim abdel-fattah": "Minister of Water and Rural Affairs",
        "person:jan ole berg": "Minister for Digital Affairs",
        "person:ann lee": None,
    }


def test_a_government_named_for_a_premier_titled_later_is_the_regions(run):
    ex = run(
        "Coal power will end by 2040, the Holt government announced on Tuesday.",
        "Premier Ann Holt said the plan was fair.",
        country="Australia",
        region="Victoria",
    )
    assert [m.key for m in ex.mentions if "government" in m.text] == ["org:government of victoria"]


def test_the_opposition_is_the_party_the_article_calls_so(run):
    ex = run(
        "The Opposition says it will tear the plan up if it wins in November.",
        "Opposition Leader Ann Holt said the Harbour Party would repeal the ban.",
        "The Harbour Party opposition voted against the bill, and the opposition will fight on.",
        country="Australia",
    )
    opposition = [(m.sentence, m.key) for m in ex.mentions if m.text.lower() == "opposition"]
    assert {x[1] for x in opposition} == {"par:harbour party"}
    assert {x[0] for x in opposition} == {1, 3}
    # Without a party named as the opposition, it stays what it was.
    ex = run("The Opposition says it will tear the plan up.", country="Australia")
    assert "par:harbour party" not in keys(ex)


def test_a_demand_that_someone_undo_the_policy_is_the_demanders_stance(run):
    ex = run(
        "The Harbour Party called the levy a tax grab and demanded that the government withdraw it.",
        names=("the levy",),
        country="Australia",
    )
    assert {(p.actor, p.stance) for p in ex.positions} == {("par:harbour party", "oppose")}


def test_the_new_name_and_office_rules_leave_ordinary_text_alone(run):
    # Guards found by a review of this session's rules, on invented sentences.
    ex = run("Businessman Tom Hale said the levy was unfair.", "Tom Hale later said so again.")
    assert {k for k in keys(ex) if k.startswith("person:")} == {"person:tom hale"}
    ex = run("A spokesman from Tom Hale's office said the senator opposed the levy.")
    assert "person:tom hale" in keys(ex)
    ex = run("Secretary of State Ann Lee and Defence Secretary Tom Hale backed the ban.")
    roles = {m.key: m.role for m in ex.mentions if m.key.startswith("person:")}
    assert roles == {"person:ann lee": "Secretary of State", "person:tom hale": "Defence Secretary"}
    ex = run("The levy was unfair, said a spokesman for Coastal Gas of Perth.")
    assert "org:coastal gas" in keys(ex)
    ex = run(
        "The opposition Liberal Party said the levy was a tax grab.",
        "The opposition to the ban has grown among farmers.",
        country="Australia",
    )
    assert [m.sentence for m in ex.mentions if m.key == "par:liberal party"] == [1]
    ex = run(
        "Opposition Leader Ann Lee accused the Labor Party of betraying workers with the levy.",
        "The opposition has vowed to repeal the levy.",
        country="Australia",
    )
    assert [m.sentence for m in ex.mentions if m.key == "par:labor party"] == [1]


def test_a_season_before_an_event_noun_and_a_year_that_acts_still_date_events(run):
    ex = run(
        "The winter session of parliament will debate the ban.",
        "2029 brought the first fines under the ban.",
        published=date(2031, 3, 4),
    )
    assert "2029" in {e.date.value for e in ex.events}
    assert any("session" in e.title for e in ex.events)
