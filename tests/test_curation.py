"""Curation: validated with errors naming file, key, expected and found; stale fixes are warned about."""

from __future__ import annotations

import pytest

from build_dossier import curation
from build_dossier.problems import DossierError


def load(tmp_path, text: str):
    path = tmp_path / "curation.yml"
    path.write_text(text)
    return curation.load(path)


def test_unknown_section_suggests_the_right_one(tmp_path):
    with pytest.raises(DossierError) as e:
        load(tmp_path, "mergee: []\n")
    assert str(e.value) == "curation.yml: unknown section 'mergee'; did you mean 'merge'?"


def test_bad_stance_names_the_key_and_what_was_found(tmp_path):
    with pytest.raises(DossierError) as e:
        load(tmp_path, "positions:\n  - {actor: A, source: a.txt, stance: suport, quote: x}\n")
    assert str(e.value) == (
        "curation.yml: 'positions[0].stance': expected support | oppose | neutral | mixed, "
        "found 'suport'; did you mean 'support'?"
    )


def test_broken_yaml_is_one_line(tmp_path):
    with pytest.raises(DossierError, match=r"^curation.yml: not valid YAML at line 3$"):
        load(tmp_path, "drop:\n  - [unclosed\n")


def test_corrections_that_match_nothing_are_reported(tmp_path):
    c = load(tmp_path, "drop: [Nobody]\nrename: {Someone: Someone Else}\n")
    assert c.dropped("Somebody") is False
    assert c.unused() == [
        "drop: 'Nobody' matches no extracted actor",
        "rename: 'Someone' matches no extracted actor",
    ]


def test_merge_and_rename_compose(tmp_path):
    c = load(
        tmp_path,
        "merge: [{into: opposition parties, from: [opposition bloc]}]\nrename: {opposition parties: Opposition parties}\n",
    )
    assert c.actor_name("opposition bloc") == "Opposition parties"
    assert c.unused() == []


def test_a_curated_role_replaces_the_row_the_sources_attest_within_it():
    from build_dossier.model import Role
    from build_dossier.resolve import covers

    curated = Role("Defense Minister", "South Korea", "2014-06", "2017-07", "curation")
    assert covers(curated, Role("Defense Minister", None, "2016-11-09", "2016-11-22", "article"))
    # Another country, another title, or dates outside the curated term: a row of its own.
    assert not covers(curated, Role("Defense Minister", "Japan", "2016-11-09", None, "article"))
    assert not covers(curated, Role("Foreign Minister", None, "2016-11-09", None, "article"))
    assert not covers(curated, Role("Defense Minister", None, "2012-06-27", None, "article"))
