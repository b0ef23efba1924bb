"""Evaluate: the scorer itself, and a floor under the seed scores so a regression cannot pass quietly."""

from __future__ import annotations

import json

from build_dossier import evaluate

from .conftest import ROOT


def test_scorer_counts_matches_splits_and_flips():
    gold = {
        "actors": [
            {"name": "Ann Lee", "aliases": ["Lee"], "core": True},
            {"name": "Blue Party", "core": False},
        ],
        "positions": [
            {"actor": "Ann Lee", "stance": "support"},
            {"actor": "Blue Party", "stance": "oppose"},
        ],
        "events": [],
        "sources": [],
    }
    dossier = {
        "actors": [
            {"id": "ann-lee", "name": "Ann Lee", "aliases": []},
            {"id": "lee", "name": "Lee", "aliases": []},
            {"id": "x", "name": "Junk", "aliases": []},
            {"id": "blue", "name": "Blue Party", "aliases": []},
        ],
        "positions": [
            {"actor": "ann-lee", "stance": "support"},
            {"actor": "blue", "stance": "support"},
        ],
        "events": [],
        "sources": [],
    }
    s = evaluate.score(gold, dossier)
    assert (s["actors"]["recall"], s["actors"]["precision"]) == (1.0, 0.75)
    assert s["actors"]["duplicates"] == ["Ann Lee"]
    assert (s["stances"]["right"], s["stances"]["flipped"]) == (1, ["Blue Party"])
    assert s["stances"]["by_source"] == {"gold": 2, "right": 1, "missing": 0}


def test_a_predicted_event_counts_for_one_annotated_event_only():
    quote = "The rule was adopted in April 2024, and a judge set it aside that August."
    gold = {
        "actors": [],
        "sources": [],
        "events": [
            {"title": t, "date": d, "precision": "month", "status": "happened",
             "evidence": [{"source": "a.txt", "quote": quote}]}
            for t, d in (("adopted", "2024-04"), ("set aside", "2024-08"))
        ],
    }  # fmt: skip
    dossier = {
        "actors": [],
        "positions": [],
        "sources": [{"file": "a.txt", "id": "a", "published": None}],
        "events": [
            {"id": "e1", "date": "2024-04", "precision": "month", "status": "happened",
             "evidence": [{"source": "a", "quote": quote}]}
        ],
    }  # fmt: skip
    ev = evaluate.score(gold, dossier)["events"]
    # The April event is the adoption's; the ruling was not found, not found with a wrong date.
    assert (ev["found"], ev["exact_date"], ev["wrong_date"]) == (1, 1, 0)
    dossier["events"][0]["date"] = "2023-04"
    ev = evaluate.score(gold, dossier)["events"]
    assert (ev["found"], ev["exact_date"], ev["wrong_date"]) == (2, 0, 2)


def test_seed_dossier_keeps_its_measured_floor(built):
    project, _ = built
    data = json.loads((project / "site" / "data" / "dossier.json").read_text())
    s = evaluate.score(evaluate.load_gold(ROOT / "tests/eval/gold/seeds.yml"), data)
    assert s["actors"]["core_recall"] >= 0.95
    assert s["actors"]["duplicates"] == []  # one actor, one page
    assert s["stances"]["flipped"] == []
    assert s["events"]["wrong_date"] == 0
    assert s["published"]["wrong"] == []
