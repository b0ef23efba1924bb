"""Link (resolve stage): partial names, acronyms and roles across articles find their one actor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from build_dossier.extract import extract
from build_dossier.link import link
from build_dossier.model import Role
from tests.test_extract import NAMES, article


@pytest.fixture
def dossier(nlp):
    """Extract each (id, published, text) article, then link them all, as resolve does."""

    def go(*items, roles=(), country="Norland", region=None):
        articles, extractions = [], {}
        for aid, published, text in items:
            a = replace(article(text, published=published), id=aid)
            articles.append(a)
            extractions[aid] = extract(a, list(nlp.pipe(a.paragraphs)), NAMES, country, region)
        return link(articles, extractions, list(roles), country)

    return go


def keys_in(linked, aid: str) -> set[str]:
    return {m.key for m in linked[aid].mentions}


D1, D2 = date(2021, 3, 1), date(2021, 3, 8)


def test_surname_in_another_article_is_the_one_full_name(dossier):
    linked = dossier(
        ("a", D1, "Environment Minister Ingrid Solberg presented the levy."),
        ("b", D2, "Solberg said the levy would pass."),
    )
    assert keys_in(linked, "b") == {"person:ingrid solberg"}


def test_surname_shared_by_two_people_is_not_guessed(dossier):
    linked = dossier(
        ("a", D1, "Kim Kwan-jin met Kim Eul-dong in Seoul."),
        ("b", D1, "Kim Jong-il died in 2011."),
        ("c", D2, "Kim said the levy would pass."),
    )
    assert keys_in(linked, "c") == set()  # three Kims in the dossier: no page for a bare "Kim"
    assert keys_in(linked, "a") == {"person:kim kwan-jin", "person:kim eul-dong"} | {
        "country:South Korea"
    }


def test_lone_word_with_no_full_name_anywhere_is_left_out(dossier):
    linked = dossier(("a", D1, "The North test-fired intermediate-range Musudan missiles."))
    assert not any("musudan" in k for k in keys_in(linked, "a"))


def test_one_name_after_a_title_is_a_person_unless_a_full_name_ends_so(dossier):
    linked = dossier(
        ("a", D1, "The governor wrote to President Suharyo about the levy."),
        (
            "b",
            D2,
            "President Ola Nordmann signed the levy. The governor wrote to President Nordmann.",
        ),
    )
    assert "person:suharyo" in keys_in(linked, "a")
    assert keys_in(linked, "b") >= {"person:ola nordmann"}
    assert "person:nordmann" not in keys_in(linked, "b")


def test_a_company_named_after_its_legal_form_is_also_its_name_without_it(dossier):
    linked = dossier(
        ("a", D1, "PT Sinar Harbour Nikel said the levy would close its smelter."),
        ("b", D2, "The smelter operator Sinar Harbour Nikel said the same."),
    )
    assert keys_in(linked, "a") == {"org:pt sinar harbour nikel"}
    assert keys_in(linked, "b") <= keys_in(linked, "a")


def test_bare_head_noun_and_acronym_in_another_article(dossier):
    linked = dossier(
        ("a", D1, "The European Commission and the Nordic Fishermen's Association met."),
        ("b", D2, "The Commission said no, and the NFA agreed."),
    )
    assert keys_in(linked, "b") == {"org:european commission", "org:nordic fishermen's association"}


def test_an_acronym_defined_in_brackets_and_a_company_without_its_legal_form(dossier):
    linked = dossier(
        ("a", D1, "The Lakeside Riders Association (LARA) met Quillon Data Inc. on Monday."),
        ("b", D2, "LARA said no. Quillon Data said nothing, and Quillon later agreed."),
    )
    assert keys_in(linked, "b") == {"org:lakeside riders association", "org:quillon data inc."}


def test_a_name_written_family_name_first_is_the_same_person(dossier):
    linked = dossier(
        ("a", D1, "Mayor Kenji Saito presented the levy."),
        ("b", D2, "Mayor Saito Kenji said the levy was fair."),
    )
    assert keys_in(linked, "a") == keys_in(linked, "b") == {"person:kenji saito"}


def test_bare_head_noun_shared_by_two_organisations_is_not_merged(dossier):
    linked = dossier(
        ("a", D1, "The European Commission met the National Election Commission."),
        ("b", D2, "The Commission said no."),
    )
    assert keys_in(linked, "b") == set()  # neither, and no third page "Commission"


def test_role_is_the_holder_nearest_in_time_not_an_earlier_one(dossier):
    linked = dossier(
        ("old", date(2012, 6, 27), "Defense Minister Kim Kwan-jin planned a visit."),
        ("new", date(2016, 11, 9), "Defense Minister Han Min-koo told lawmakers the pact helps."),
        ("later", date(2016, 11, 22), "The defense minister will sign the pact."),
        country="South Korea",
    )
    assert keys_in(linked, "later") == {"person:han min-koo"}


def test_role_with_no_holder_within_a_year_is_left_out(dossier):
    linked = dossier(
        ("old", date(2012, 6, 27), "Defense Minister Kim Kwan-jin planned a visit."),
        ("later", date(2016, 11, 22), "The defense minister will sign the pact."),
        country="South Korea",
    )
    assert keys_in(linked, "later") == set()


def test_curated_dated_role_decides_when_the_text_does_not(dossier):
    curated = [("Anna Brekke", Role("Defense Minister", None, "2016-01", "2017-05", "curation"))]
    linked = dossier(
        ("old", date(2012, 6, 27), "Defense Minister Kim Kwan-jin planned a visit."),
        ("named", date(2014, 1, 5), "Lawmakers questioned Anna Brekke about the budget."),
        ("later", date(2016, 11, 22), "The defense minister will sign the pact."),
        ("after", date(2017, 8, 1), "The defense minister will sign the pact."),
        roles=curated,
        country="South Korea",
    )
    assert keys_in(linked, "later") == {"person:anna brekke"}
    assert keys_in(linked, "after") == set()  # her curated term ended in May 2017


def test_mixed_case_acronym_counts_the_small_words(dossier):
    linked = dossier(
        ("a", D1, "The Department for Transport approved the levy."),
        ("b", D2, "The DfT said the levy would stay."),
        country="United Kingdom",
    )
    assert keys_in(linked, "b") == keys_in(linked, "a")


def test_a_name_without_its_middle_name_is_the_same_person(dossier):
    linked = dossier(
        ("a", D1, "Sen. Shelley Moore Capito of West Virginia opposed the levy."),
        ("b", D2, "Lawmakers questioned Shelley Capito about the levy."),
        country="United States",
    )
    assert "person:shelley moore capito" in keys_in(linked, "b")


def test_surname_with_a_particle_is_the_full_name(dossier):
    linked = dossier(
        ("a", D1, "Health Minister Marit van Dijk presented the levy on Monday."),
        ("b", D2, '"It pays for itself," Van Dijk told reporters.'),
    )
    assert keys_in(linked, "b") == {"person:marit van dijk"}


def test_role_of_an_unknown_country_is_not_taken_from_another_article(dossier):
    # No default country: "the health minister" of one outlet may be another country's minister.
    linked = dossier(
        ("a", D1, "Health Minister Ann Berg presented the levy on Monday."),
        ("b", D2, "The health minister said the levy would save lives."),
        country=None,
    )
    assert keys_in(linked, "b") == set()


def test_shorter_forms_of_a_name_are_the_one_body_they_shorten(dossier):
    linked = dossier(
        (
            "a",
            D1,
            "Iceland's Department of Fisheries and Oceans and the Coastal Alliance Party met.",
        ),
        ("b", D2, "Fisheries and Oceans Iceland said no, and the Coastal Alliance agreed."),
        ("c", D1, "The Norton City Council backed the levy. Members of City Council spoke."),
    )
    assert keys_in(linked, "b") == {
        "ministry:Iceland:fisheries and oceans",
        "par:coastal alliance party",
    }
    assert keys_in(linked, "c") == {"org:norton city council"}


def test_a_party_named_without_its_place_is_the_one_party(dossier):
    linked = dossier(
        ("a", D1, "The reaction from downtown businesses and Harrisburg Republicans was swift."),
        ("b", D2, "Republicans said the levy would hurt commuters."),
    )
    assert "par:harrisburg republicans" in keys_in(linked, "a")
    assert keys_in(linked, "b") == {"par:harrisburg republicans"}


def test_a_ministry_named_for_one_of_its_domains_is_the_one_that_lists_it(dossier):
    linked = dossier(
        ("a", D1, "Iceland's Ministry of Culture, Trade and Fisheries backed the pact."),
        ("b", D2, "Iceland's fisheries ministry said the pact would pass."),
    )
    assert keys_in(linked, "b") == {
        "country:Iceland",
        "ministry:Iceland:culture, trade and fisheries",
    }


def test_parliament_and_mps_are_the_house_of_commons_the_dossier_names(dossier):
    linked = dossier(
        ("a", D1, "The minister told a House of Commons committee the levy was fair."),
        ("b", D2, "The Coastal Party will fight the levy in Parliament. The minister told MPs."),
    )
    assert "org:house of commons" in keys_in(linked, "b")
    assert not any(k.startswith("parliament:") for k in keys_in(linked, "b"))


def test_the_house_is_the_parliament_when_no_house_is_named(dossier):
    linked = dossier(
        ("a", D1, "The minister told MPs the levy was fair."),
        ("b", D2, "The House will vote on the levy on Monday."),
    )
    assert keys_in(linked, "b") == {"parliament:Norland"}


def test_the_house_is_the_national_assembly_the_dossier_names(dossier):
    linked = dossier(
        ("a", D1, "The National Assembly passed the levy by 189 votes to 97."),
        ("b", D2, "The Unity Party, which holds most seats in the House, backs the levy."),
    )
    assert "parliament:Norland" in keys_in(linked, "a") & keys_in(linked, "b")
    assert "org:house" not in keys_in(linked, "b")


def test_the_provincial_government_is_the_one_province_the_dossier_names(dossier):
    linked = dossier(
        ("a", D1, "The government of Nova Scotia has taken a more cautious line on the levy."),
        ("b", D2, "The provincial government said the levy would pass."),
    )
    assert keys_in(linked, "b") == {"org:government of nova scotia"}


def test_the_provincial_government_is_never_the_dossiers_own_city(dossier):
    linked = dossier(
        ("a", D1, "Athens defended the levy on Monday. The city said it would keep the levy."),
        ("b", D2, "The provincial government said the levy would pass."),
        country="Greece",
        region="Athens",
    )
    assert "org:government of athens" in keys_in(linked, "a")
    assert "org:government of athens" not in keys_in(linked, "b")


def test_the_city_in_another_article_is_the_one_city_named(dossier):
    linked = dossier(
        ("a", D1, "Ann Holt, the mayor of Leeds, proposed the levy. The city backed it."),
        ("b", D2, "The city argues that its charter allows the levy."),
    )
    assert keys_in(linked, "b") == {"org:city of leeds"}


def test_a_described_committee_is_the_one_committee_named(dossier):
    linked = dossier(
        (
            "a",
            D1,
            "She told a House of Commons committee that the levy was fair. Appearing before "
            "the Standing Committee on Forests and Rivers, she defended it.",
        ),
    )
    assert keys_in(linked, "a") == {"org:standing committee on forests and rivers"}


def test_a_towns_own_council_is_not_the_one_council_named(dossier):
    linked = dossier(
        (
            "a",
            D1,
            "The Aviation Norland Council said the levy was illegal. The Eastvale municipal "
            "council, which long sat on the fence, now backs the levy.",
        ),
    )
    assert keys_in(linked, "a") == {
        "org:aviation norland council",
        "org:eastvale municipal council",
    }


def test_a_group_said_more_narrowly_is_the_same_group(dossier):
    linked = dossier(
        (
            "a",
            D1,
            "Downtown business owners were not won over. Three business groups said in a "
            "joint letter that the levy was unfair.",
        ),
    )
    assert keys_in(linked, "a") == {"group:downtown business"}


def test_a_bare_title_before_the_name_in_an_undated_article_is_that_person(dossier):
    linked = dossier(
        ("a", None, "The Premier's office said the levy would pass. Premier Ann Lee agreed."),
    )
    assert keys_in(linked, "a") == {"person:ann lee"}


def test_a_bracketed_acronym_is_the_body_it_follows_in_every_article(dossier):
    linked = dossier(
        ("a", D1, "The Harbour Builders Association of Norland (HBA) backed the levy."),
        ("b", D2, "The HBA said the levy would pass."),
    )
    assert keys_in(linked, "b") == {"org:harbour builders association of norland"}


def test_a_bank_named_without_its_country_is_the_one_named_with_it(dossier):
    linked = dossier(
        ("a", D1, "The Central Bank of Chile warned about the levy."),
        ("b", D2, "The Central Bank said the levy would hurt savers."),
    )
    assert keys_in(linked, "b") == {"org:central bank of chile"}


def test_a_name_with_a_particle_without_its_first_name_is_the_full_name(dossier):
    linked = dossier(
        ("a", D1, "Governor Ana Paula Lima da Costa presented the levy."),
        ("b", D2, "Lima da Costa said the levy would pass."),
    )
    assert keys_in(linked, "b") == {"person:ana paula lima da costa"}


def test_a_stance_held_before_yields_to_the_current_one_once_the_names_are_linked(dossier):
    linked = dossier(
        ("a", D1, "The Coastal Green Party said on Monday it would back the levy."),
        (
            "b",
            D2,
            "Coastal Green said on Tuesday it would vote against the levy.\n"
            "The Coastal Green Party, which had backed the levy in October, met on Monday.",
        ),
    )
    assert {(p.actor, p.stance) for p in linked["b"].positions} == {
        ("par:coastal green party", "oppose")
    }


def test_a_few_of_a_group_are_not_the_whole_group(dossier):
    linked = dossier(
        ("a", D1, "Opposition parties have come out against the levy."),
        ("b", D2, "Several small opposition parties voted for the levy."),
    )
    assert {(p.actor, p.stance) for p in linked["a"].positions} == {
        ("group:opposition party", "oppose")
    }


def test_a_party_named_with_party_in_lower_case_is_that_party_not_another(dossier):
    linked = dossier(
        ("a", D1, "The Sea Renewal party backed the levy. The Free Farmers' Party opposed it."),
        ("b", D2, "Sea Renewal voted for the levy, and so did the Free Farmers' Party."),
    )
    assert keys_in(linked, "b") == {"par:sea renewal party", "par:free farmers' party"}


def test_a_company_without_its_legal_form_is_that_company_but_a_person_stays_one(dossier):
    # The model reads the name without its form as a person once and as a body once.
    linked = dossier(
        ("a", D1, "Fjellvik Marin ASA said it would cut 40 jobs because of the levy."),
        (
            "b",
            D2,
            "Fjellvik Marin, which froze its hatchery in March, said the levy was too high. "
            "The levy will cost Fjellvik Marin about NOK 300 million a year. Shares in Fjellvik "
            "fell 4 per cent.",
        ),
    )
    assert keys_in(linked, "b") == {"org:fjellvik marin asa"}
    # A person named like a company named after her is still a person.
    linked = dossier(
        ("a", D1, "Kari Moen Ltd said on Monday it would cut 40 jobs because of the levy."),
        (
            "b",
            D2,
            "Kari Moen, the finance spokeswoman of the Harbour Party, said the levy was fair.",
        ),
    )
    assert "person:kari moen" in keys_in(linked, "b")


def test_a_ministry_named_for_its_domain_is_the_home_country_s_ministry(dossier):
    linked = dossier(
        (
            "a",
            D1,
            "The Harbour Union called off its strike after meeting the Lands ministry.",
        ),
        (
            "b",
            D2,
            "The mayor said the town had asked the Lands ministry to fund twelve extra rangers.",
        ),
    )
    assert len({k for k in keys_in(linked, "a") | keys_in(linked, "b") if "lands" in k}) == 1


def test_a_city_acting_is_the_one_executive_body_named_for_it(nlp):
    items = [
        ("a", "The Athens People's Committee signed the ban on Tuesday."),
        ("b", "Athens defended the ban on Monday."),
    ]
    articles, extractions = [], {}
    for aid, text in items:
        a = replace(article(text, published=D1), id=aid)
        articles.append(a)
        extractions[aid] = extract(
            a, list(nlp.pipe(a.paragraphs)), ("the ban",), "Greece", "Athens"
        )
    linked = link(articles, extractions, [], "Greece")
    assert keys_in(linked, "b") == {"org:athens people's committee"}


def test_a_body_one_article_gives_a_country_is_that_body_where_another_does_not(dossier):
    linked = dossier(
        ("a", D1, "The levy passed Spain's Congress of Deputies after a long debate."),
        ("b", D2, "The Congress of Deputies will debate the levy again."),
        country="Spain",
    )
    assert keys_in(linked, "a") == {"country:Spain", "parliament:Spain"}
    assert keys_in(linked, "b") == {"parliament:Spain"}


def test_a_holding_company_said_by_its_first_word_is_that_company(dossier):
    linked = dossier(
        ("a", D1, "Kilbrin Data Holdings opposed the levy in March."),
        ("b", D2, "Kilbrin, the developer, said it would appeal against the levy."),
    )
    assert keys_in(linked, "b") == {"org:kilbrin data holdings"}


def test_the_last_two_names_of_a_person_taken_for_a_body_are_that_person():
    from build_dossier.link import Names, partial

    # The model's error as seen on news text: a two-word surname alone tagged as a body.
    here, everywhere = Names(), Names()
    everywhere.add("person:marisol ibarra cantu", "Marisol Ibarra Cantú", "person")
    everywhere.titled.add("person:marisol ibarra cantu")  # "Senator Marisol Ibarra Cantú"
    assert partial("org:ibarra cantú", "Ibarra Cantú", here, everywhere) == (
        "person:marisol ibarra cantu"
    )
    # … and so is all of her name, written without its accents in another article.
    assert partial("org:marisol ibarra cantu", "Marisol Ibarra Cantu", here, everywhere) == (
        "person:marisol ibarra cantu"
    )


def test_councillors_of_a_named_council_or_party_are_that_council_or_party(dossier):
    linked = dossier(
        ("a", D1, "Ardmore County Council refused to exempt the depot from the levy."),
        (
            "b",
            D2,
            "Ardmore councillors voted on Monday to back the levy. The Harbour Party said the "
            "levy would cost jobs, and Harbour Party councillors voted against it.",
        ),
    )
    keys = keys_in(linked, "b")
    assert "org:ardmore county council" in keys
    assert not [k for k in keys if k.startswith("group:")]


def test_a_body_of_another_country_with_the_same_name_is_not_given_its_country(dossier):
    # Portugal's parliament shares its name with Mozambique's, the dossier's own.
    linked = dossier(
        ("a", D1, "Portugal's Assembly of the Republic passed a similar levy last year."),
        ("b", D2, "The Assembly of the Republic will debate the levy again."),
        country="Mozambique",
    )
    assert "parliament:Portugal" not in keys_in(linked, "b")
