"""Settings: the dossier's configuration, and the policy names derived when none are given."""

from __future__ import annotations

import pytest

from build_dossier import settings
from build_dossier.problems import DossierError


def test_policy_names_follow_the_kind_of_policy():
    names = settings.derived_policy_names("Sugar levy")
    assert names[0] == "Sugar levy"
    assert {"the levy", "the tax", "Sugar tax"} <= set(names)


def test_acronym_in_parentheses_is_a_name_and_not_part_of_the_full_name():
    names = settings.derived_policy_names("Paris Climate Agreement (PCA)")
    assert names[:2] == ["Paris Climate Agreement", "PCA"]
    assert {"the pact", "the deal", "Climate agreement"} <= set(names)


def test_unknown_kind_gives_only_the_name():
    assert settings.derived_policy_names("Four-day work week") == ["Four-day work week"]
    # What comes before the first preposition is the short name the press uses.
    assert settings.derived_policy_names("Four-day week for schools") == [
        "Four-day week for schools",
        "Four-day week",
    ]


def test_a_policy_described_at_length_is_named_by_the_kind_before_its_first_preposition():
    names = settings.derived_policy_names("Goa ban on plastic cups for street vendors")
    assert names[:2] == ["Goa ban on plastic cups for street vendors", "Goa ban"]
    assert {"the ban", "the prohibition"} <= set(names)
    # A kind word before the first preposition ends the short name too.
    names = settings.derived_policy_names("Norland's ban requiring shops to charge for bags")
    assert {"Norland's ban", "the ban"} <= set(names)
    # A name in brackets gives the words for its own kind: "(… Act)" is "the law", "the bill".
    names = settings.derived_policy_names(
        "Norland's ban on phones in schools (Quiet Classrooms Act)"
    )
    assert {"Quiet Classrooms Act", "the ban", "the law", "the bill"} <= set(names)
    # A name that is the kind alone adds no bare word of its own.
    assert "Ban" not in settings.derived_policy_names("Ban on phones in classrooms")


def test_names_are_derived_only_when_the_settings_give_none(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nextra:\n  dossier:\n    policy: Plastic bag ban\n")
    assert "the ban" in settings.load(config).policy_names
    config.write_text(
        "site_name: T\nextra:\n  dossier:\n    policy: Plastic bag ban\n    policy_names: [bag ban]\n"
    )
    assert settings.load(config).policy_names == ("Plastic bag ban", "bag ban")


def test_a_title_under_extra_dossier_points_to_mkdocs_site_name(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: T\nextra:\n  dossier:\n    policy: Levy\n    title: Levy dossier\n"
    )
    with pytest.raises(DossierError, match="top-level 'site_name'"):
        settings.load(config)


def test_a_policy_named_for_a_province_or_state_is_that_regions(tmp_path):
    assert settings.derived_region("Manitoba's ban on plastic cups") == "Manitoba"
    assert settings.derived_region("A Queensland state levy on sugar") == "Queensland"
    assert settings.derived_region("The Bavarian speed limit") == "Bavaria"
    assert settings.derived_region("The Norland sugar levy") is None
    # A region of another country than the dossier's is a place's name, not the policy's owner.
    assert settings.derived_region("The Victoria line fare rise", "United Kingdom") is None
    assert settings.derived_region("Victoria's gas ban", "Australia") == "Victoria"
    # "Washington" is also a capital: the country's, never the state's, unless the settings say so.
    assert settings.derived_region("Washington's tariffs on steel") is None
    # A capital is the policy's owner only when the policy names the city's own body.
    assert settings.derived_region("Athens' ban on tour buses, passed by Athens City Council") == (
        "Athens"
    )
    assert settings.derived_region("The Athens Metropolitan Government's tourist tax") == "Athens"
    assert settings.derived_region("Athens' ban on exports of olive oil") is None
    assert settings.derived_region("The Athens government's pension reform") is None
    # Any other city is the owner when the policy names it as a body.
    assert settings.derived_region("The City of Eastvale's ban on leaf blowers") == "Eastvale"
    assert settings.derived_region("Norton City Council's parking levy") == "Norton"
    assert settings.derived_region("Norton city's tourist fee") == "Norton"
    assert settings.derived_region("Norton's tourist fee") is None  # a place, or a country's town
    assert settings.derived_region("Salt Lake City's idling ban") == "Salt Lake City"
    assert settings.derived_region("City of Edinburgh Council's levy") == "Edinburgh"
    assert settings.derived_region("A fee agreed under the City of Eastvale stadium deal") is None
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nextra:\n  dossier:\n    policy: Manitoba's bag ban\n")
    conf = settings.load(config)
    assert (conf.region, conf.default_country) == ("Manitoba", "Canada")
    config.write_text(
        "site_name: T\nextra:\n  dossier:\n    policy: Manitoba's bag ban\n    region: null\n"
    )
    assert settings.load(config).region is None


def test_a_policy_described_in_a_sentence_is_named_by_its_first_clause_and_its_proper_names():
    def names(policy: str) -> set[str]:
        return set(settings.derived_policy_names(policy))

    assert {"Clean Air Bill", "the bill", "the law"} <= names(
        "Norland's Clean Air Bill, which would ban diesel cars from city centres"
    )
    assert {"Mutual Access Agreement", "the agreement"} <= names(
        "The Mutual Access Agreement between Norland and Sudland, signed in May 2029"
    )
    assert {"general speed limit", "speed limit", "the limit"} <= names(
        "A general speed limit of 120 km/h on Norland's motorways"
    )
    # Names after a colon, and in nested brackets; not a description in brackets.
    got = names(
        "Norland's cap on rent increases (2% a year, for old buildings): Initiative 12 / "
        "Proposition 7 (Fair Rents (Norland) Act)"
    )
    assert {"Initiative 12", "Proposition 7", "Fair Rents (Norland) Act", "the cap"} <= got
    assert not [n for n in got if n.startswith("2%")]
    # The removal of a thing is also named by the thing, which extraction turns round.
    assert {"fuel subsidy", "the subsidy", "subsidy removal", "the removal"} <= names(
        "Sudland's removal of the remaining fuel subsidy from 1 May 2030, paired with cash transfers"
    )
