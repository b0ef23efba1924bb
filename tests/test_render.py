"""Render: what the pages say of an actor's stance over time."""

from __future__ import annotations

from build_dossier import render


def position(stance: str, source: str, date: str | None) -> dict:
    return {"stance": stance, "source": source, "date": date}


def test_a_change_is_kept_in_date_order_and_an_undated_source_makes_no_change():
    changed = render.stance_summary(
        [position("support", "b", "2025-06-01"), position("oppose", "a", "2025-02-01")]
    )
    assert changed["overall"] == "changed"
    assert [s["stance"] for s in changed["sequence"]] == ["oppose", "support"]
    # Undated, the other source cannot be placed before or after: a disagreement, not a change.
    unplaced = render.stance_summary(
        [position("support", "u", None), position("oppose", "a", "2025-02-01")]
    )
    assert (unplaced["overall"], unplaced["latest"]) == ("mixed", "oppose")
    assert len(unplaced["sequence"]) == 1
    agreeing = render.stance_summary(
        [position("oppose", "u", None), position("oppose", "a", "2025-02-01")]
    )
    assert agreeing["overall"] == "oppose"
