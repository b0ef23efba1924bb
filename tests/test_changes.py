"""Changes: comparing two builds' data, the history file, and the Atom feed made from it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from build_dossier import changes, pipeline, render
from build_dossier.problems import DossierError, Problems

NS = {"a": "http://www.w3.org/2005/Atom"}


def source(sid: str) -> dict:
    return {"id": sid, "title": f"Title of {sid}"}


def actor(aid: str) -> dict:
    return {"id": aid, "name": aid.replace("-", " ").title()}


def position(aid: str, stance: str, sid: str, date: str) -> dict:
    return {"actor": aid, "stance": stance, "source": sid, "date": date}


def event(eid: str, date: str | None, cited: list[tuple[str, int]], precision: str = "day") -> dict:
    return {
        "id": eid,
        "date": date,
        "precision": precision if date else "unknown",
        "date_end": None,
        "title": f"Event {eid}",
        "evidence": [{"source": s, "sentence": n} for s, n in cited],
    }


def dossier(sources=(), actors=(), positions=(), events=()) -> dict:
    return {
        "sources": [source(s) for s in sources],
        "actors": [actor(a) for a in actors],
        "positions": list(positions),
        "events": list(events),
    }


OLD = dossier(
    sources=["a", "b"],
    actors=["kim", "lee", "park"],
    positions=[position("kim", "support", "a", "2016-01-01"), position("lee", "oppose", "b", None)],
    events=[
        event("2016-signing", "2016", [("a", 3)], "year"),
        event("2016-05-01-talks", "2016-05-01", [("b", 1)]),
        event("2015-02-02-visit", "2015-02-02", [("b", 7)]),
    ],
)


def test_compare_finds_new_and_removed_sources_actors_and_changed_stances():
    new = dossier(
        sources=["a", "b", "c"],
        actors=["kim", "lee", "choi"],
        positions=[
            position("kim", "support", "a", "2016-01-01"),
            position("kim", "oppose", "c", "2016-06-01"),  # a second stance later: "changed"
            position("lee", "oppose", "b", None),
            position("choi", "support", "c", "2016-06-01"),
        ],
        events=OLD["events"],
    )
    found = changes.compare(changes.snapshot(OLD), changes.snapshot(new))
    assert found.sources_added == (changes.Item("c", "Title of c"),)
    assert found.sources_removed == ()
    assert [x.id for x in found.actors_added] == ["choi"]
    assert [x.id for x in found.actors_removed] == ["park"]
    assert found.stances_changed == (changes.Change("kim", "Kim", "support", "changed"),)
    assert not (found.events_added or found.events_redated or found.events_removed)


def test_a_re_dated_event_is_found_by_the_sentences_it_cites_though_its_id_changed():
    new = dict(OLD)
    new["events"] = [
        event("2016-11-23-signing", "2016-11-23", [("a", 3), ("c", 2)]),  # more precise now
        event("2016-05-01-talks", "2016-05-01", [("b", 1)]),
        event("2017-04-04-summit", "2017-04-04", [("c", 5)]),
    ]
    found = changes.compare(changes.snapshot(OLD), changes.snapshot(new))
    assert found.events_redated == (
        changes.Change("2016-11-23-signing", "Event 2016-11-23-signing", "2016", "2016-11-23"),
    )
    assert [x.id for x in found.events_added] == ["2017-04-04-summit"]
    assert [(x.id, x.date) for x in found.events_removed] == [("2015-02-02-visit", "2015-02-02")]
    assert not (found.sources_added or found.actors_added or found.stances_changed)


def test_the_history_keeps_a_few_sentences_per_event_and_still_recognises_it():
    cited = [(s, n) for s in "abcdef" for n in (1, 2)]
    history, _ = changes.update(None, dossier(events=[event("2016-deal", "2016", cited)]), "d1")
    assert history["snapshot"]["events"]["2016-deal"]["evidence"] == ["a#1", "b#1", "c#1"]
    moved = dossier(events=[event("2016-03-01-deal", "2016-03-01", [("c", 1), ("g", 4)])])
    _, entry = changes.update(history, moved, "d2")
    assert entry["events_redated"] == [
        {
            "id": "2016-03-01-deal",
            "label": "Event 2016-03-01-deal",
            "old": "2016",
            "new": "2016-03-01",
        }
    ]
    assert "events_added" not in entry and "events_removed" not in entry


def test_first_build_is_one_entry_and_a_build_without_change_adds_none():
    history, entry = changes.update(None, OLD, "2026-01-01")
    assert entry == {"date": "2026-01-01", "first_build": {"sources": 2, "actors": 3, "events": 3}}
    assert changes.summary(entry) == "first build: 2 sources, 3 actors, 3 events"
    again, none = changes.update(history, OLD, "2026-01-02")
    assert none is None and changes.dump(again) == changes.dump(history)
    later = dossier(sources=["a", "b", "c"], actors=["kim", "lee", "park"], events=OLD["events"])
    third, entry = changes.update(again, later, "2026-01-03")
    assert [b["date"] for b in third["builds"]] == ["2026-01-01", "2026-01-03"]
    assert changes.summary(entry) == "1 new source, 2 stances changed"


def test_the_history_file_reads_back_to_the_same_bytes(tmp_path):
    history, _ = changes.update(None, OLD, "2026-01-01")
    history, _ = changes.update(history, dossier(sources=["a"], actors=["kim"]), "2026-01-02")
    text = changes.dump(history)
    path = tmp_path / changes.HISTORY
    path.write_text(text, "utf-8")
    assert changes.dump(changes.load(path)) == text
    assert text.startswith("# Generated by build-dossier; do not edit.")
    assert changes.load(tmp_path / "missing.yml") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("builds: [\n", "history.yml: not valid YAML at line 2"),
        ("builds: []\n", "history.yml: not a build history"),
    ],
)
def test_an_unreadable_history_is_a_one_line_error(tmp_path, text, message):
    path = tmp_path / changes.HISTORY
    path.write_text(text)
    with pytest.raises(DossierError, match=f"^{message}"):
        changes.load(path)


def test_a_history_of_the_wrong_shape_is_reported_not_a_traceback(tmp_path):
    path = tmp_path / changes.HISTORY
    path.write_text(
        "builds:\n- date: '2026-01-01'\n  actors_added: 3\n"
        "snapshot: {sources: {}, actors: {}, events: {}}\n"
    )
    problems = Problems()
    history, shown, line = pipeline.record_history(path, OLD, problems)
    assert (history, shown) == (None, [])
    assert problems.errors == ["history.yml: not a build history; restore it from git"]
    assert line == "not recorded (history.yml unreadable)"


def test_the_entry_date_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1479859200")
    assert changes.today() == "2016-11-23"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(DossierError, match=r"^SOURCE_DATE_EPOCH: expected whole seconds"):
        changes.today()


def test_the_feed_is_atom_with_one_entry_per_build_and_links_under_site_url():
    history, _ = changes.update(None, OLD, "2026-01-01")
    history, _ = changes.update(history, dossier(sources=["a", "c"], actors=["kim"]), "2026-01-02")
    known = {"sources": {"a", "c"}, "actors": {"kim"}, "events": set()}
    text = render.feed(
        changes.view(history["builds"]), known, "Dossier", "https://example.org/d", "<!-- m -->"
    )
    root = ET.fromstring(text.encode())
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = root.findall("a:entry", NS)
    assert len(entries) == len(history["builds"]) == 2
    newest = entries[0]
    assert newest.find("a:updated", NS).text == "2026-01-02T00:00:00Z"
    assert newest.find("a:id", NS).text == "https://example.org/d/whats-new/#build-2"
    content = newest.find("a:content", NS).text
    assert 'href="https://example.org/d/sources/c/"' in content
    # Gone items have no page to link to: named, not linked.
    assert "Title of b" in content and "sources/b/" not in content
    assert len({e.find("a:id", NS).text for e in entries}) == 2
