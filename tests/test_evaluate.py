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


def test_seed_dossier_keeps_its_measured_floor(built):
    project, _ = built
    data = json.loads((project / "site" / "data" / "dossier.json").read_text())
    s = evaluate.score(evaluate.load_gold(ROOT / "tests/eval/gold/seeds.yml"), data)
    assert s["actors"]["core_recall"] >= 0.95
    assert s["actors"]["duplicates"] == []  # one actor, one page
    assert s["stances"]["flipped"] == []
    assert s["events"]["wrong_date"] == 0
    assert s["published"]["wrong"] == []
