"""Evaluate: score a built dossier against a hand annotation (actors, stances, events, dates)."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import yaml

from . import pipeline, settings

OPPOSITE = {"support": "oppose", "oppose": "support"}


def norm(name: str) -> str:
    name = re.sub(r"(?:'s|’s)$", "", str(name).strip())
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return " ".join(name.replace("’", "'").lower().split())


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def match_actors(gold: list[dict], predicted: list[dict]) -> dict[str, list[str]]:
    """Gold actor name → ids of predicted actors whose name or aliases meet its name or aliases."""
    out: dict[str, list[str]] = {}
    for g in gold:
        forms = {norm(g["name"]), *(norm(a) for a in g.get("aliases") or [])}
        out[g["name"]] = [p["id"] for p in predicted if norm(p["name"]) in forms]
        if not out[g["name"]]:
            out[g["name"]] = [
                p["id"] for p in predicted if {norm(a) for a in p["aliases"]} & {norm(g["name"])}
            ]
    return out


def score(gold: dict, dossier: dict) -> dict:
    actors = dossier["actors"]
    matched = match_actors(gold["actors"], actors)
    found = {k for k, v in matched.items() if v}
    matched_ids = {i for v in matched.values() for i in v}
    core = [g["name"] for g in gold["actors"] if g.get("core")]
    tp_pred = sum(1 for a in actors if a["id"] in matched_ids)
    precision = tp_pred / len(actors) if actors else 0.0
    recall = len(found) / len(gold["actors"]) if gold["actors"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    duplicates = sorted(k for k, v in matched.items() if len(v) > 1)
    unmatched_predicted = sorted(a["name"] for a in actors if a["id"] not in matched_ids)

    # Stance per actor: the set of stances over all sources, gold vs predicted.
    gold_stance: dict[str, set[str]] = {}
    for p in gold.get("positions") or []:
        gold_stance.setdefault(p["actor"], set()).add(p["stance"])
    pred_stance: dict[str, set[str]] = {}
    for p in dossier["positions"]:
        pred_stance.setdefault(p["actor"], set()).add(p["stance"])
    right, flipped, missing, wrong_list = 0, [], [], []
    for name, stances in gold_stance.items():
        got = set().union(*(pred_stance.get(i, set()) for i in matched.get(name, [])))
        got_main = got - {"mixed"} if len(got) > 1 else got
        if not got:
            missing.append(name)
        elif got_main == stances or got == stances:
            right += 1
        else:
            wrong_list.append(f"{name}: {sorted(stances)} vs {sorted(got)}")
            if any(OPPOSITE.get(s) in got for s in stances) and not (got & stances):
                flipped.append(name)

    # The same per source: each annotated (actor, source) stance against what that source gave
    # the actor. Finer than the per-actor rule, which fails an actor for one source missed.
    src_id = {s["file"]: s["id"] for s in dossier["sources"]}
    by_source: dict[tuple[str, str], set[str]] = {}
    for p in dossier["positions"]:
        by_source.setdefault((p["actor"], p.get("source", "")), set()).add(p["stance"])
    pairs = {(p["actor"], p.get("source", "")): p["stance"] for p in gold.get("positions") or []}
    pair_right = pair_missing = 0
    for (name, file), stance in pairs.items():
        got = set().union(
            *(by_source.get((i, src_id.get(file, "")), set()) for i in matched.get(name, []))
        )
        pair_right += stance in got and OPPOSITE.get(stance) not in got
        pair_missing += not got

    # Events: found when a predicted event cites the same sentence of the same source. A predicted
    # event that is the exact match of one annotated event is no candidate for another one citing
    # the same sentence ("adopted in April 2024 … set aside that August"): it counts once.
    ev_found, exact, wrong_dates, status_right, inexact = 0, 0, [], 0, []
    gold_events = gold.get("events") or []
    candidates = [event_candidates(g, dossier["events"], src_id) for g in gold_events]
    best = [exact_match(g, cands) for g, cands in zip(gold_events, candidates, strict=True)]
    taken = {e["id"] for e in best if e is not None}
    for g, cands, match in zip(gold_events, candidates, best, strict=True):
        if match is None:
            cands = [e for e in cands if e["id"] not in taken]
        if not cands:
            continue
        ev_found += 1
        status_right += any(e.get("status") == g.get("status") for e in cands)
        gdate = None if g.get("date") is None else str(g["date"])
        if match is not None:
            exact += 1
        elif all(e["date"] is not None and not compatible(e["date"], gdate) for e in cands):
            wrong_dates.append(
                f"{g['title']}: {gdate} vs {sorted({str(e['date']) for e in cands})}"
            )
        else:  # left open, or right but coarser or finer than annotated
            got = sorted({f"{e['date']} ({e['precision']})" for e in cands})
            inexact.append(f"{g['title']}: {gdate} ({g.get('precision')}) vs {got}")

    # Publication dates.
    pub_right, pub_wrong = 0, []
    pred_pub = {s["file"]: s["published"] for s in dossier["sources"]}
    for s in gold.get("sources") or []:
        want = str(s["published"]) if s.get("published") else None
        if pred_pub.get(s["file"]) == want:
            pub_right += 1
        elif pred_pub.get(s["file"]) is not None:
            pub_wrong.append(f"{s['file']}: {want} vs {pred_pub.get(s['file'])}")

    n_events = len(gold.get("events") or [])
    return {
        "actors": {"gold": len(gold["actors"]), "predicted": len(actors), "precision": precision, "recall": recall, "f1": f1,
                   "core_recall": sum(1 for c in core if c in found) / len(core) if core else 0.0,
                   "missed": sorted(set(matched) - found), "not_in_gold": unmatched_predicted, "duplicates": duplicates},
        "stances": {"gold_actors": len(gold_stance), "right": right, "accuracy": right / len(gold_stance) if gold_stance else 0.0,
                    "flipped": flipped, "missing": missing, "wrong": wrong_list,
                    "by_source": {"gold": len(pairs), "right": pair_right, "missing": pair_missing}},
        "events": {"gold": n_events, "found": ev_found, "exact_date": exact, "wrong_date": len(wrong_dates), "status_right": status_right,
                   "found_rate": ev_found / n_events if n_events else 0.0, "exact_rate": exact / n_events if n_events else 0.0,
                   "wrong": wrong_dates, "inexact": inexact},
        "published": {"right": pub_right, "of": len(gold.get("sources") or []), "wrong": pub_wrong},
    }  # fmt: skip


def event_candidates(g: dict, events: list[dict], src_id: dict) -> list[dict]:
    """The predicted events that cite a sentence the annotated event cites."""
    return [
        e
        for e in events
        if any(
            src_id.get(ge["source"]) == v["source"]
            and len(words(v["quote"]) & words(ge["quote"])) >= 0.8 * len(words(ge["quote"]))
            for v in e["evidence"]
            for ge in g["evidence"]
        )
    ]


def exact_match(g: dict, cands: list[dict]) -> dict | None:
    gdate = None if g.get("date") is None else str(g["date"])
    return next(
        (
            e
            for e in cands
            if e["date"] == gdate and (gdate is None or e["precision"] == g.get("precision"))
        ),
        None,
    )


def compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def report(s: dict) -> str:
    a, st, ev, pub = s["actors"], s["stances"], s["events"], s["published"]
    bs = st["by_source"]
    lines = [
        f"actors:    P {a['precision']:.2f}  R {a['recall']:.2f}  F1 {a['f1']:.2f}  core recall {a['core_recall']:.2f}"
        f"  ({a['predicted']} predicted, {a['gold']} annotated, {len(a['duplicates'])} split across pages)",
        f"stances:   {st['right']}/{st['gold_actors']} actors right ({st['accuracy']:.0%}), {len(st['flipped'])} flipped, {len(st['missing'])} missing",
        f"per source: {bs['right']}/{bs['gold']} actor-source stances right ({bs['right'] / bs['gold'] if bs['gold'] else 0:.0%}), {bs['missing']} missing",
        f"events:    {ev['found']}/{ev['gold']} found ({ev['found_rate']:.0%}), {ev['exact_date']} with exact date and precision ({ev['exact_rate']:.0%}), {ev['wrong_date']} with a wrong date, {ev['status_right']} with the right status",
        f"published: {pub['right']}/{pub['of']} right, {len(pub['wrong'])} wrong",
    ]
    for label, items in (("missed actors", a["missed"]), ("not in annotation", a["not_in_gold"]), ("split", a["duplicates"]),
                         ("stance wrong", st["wrong"]), ("stance missing", st["missing"]), ("date wrong", ev["wrong"]), ("date not exact", ev["inexact"]), ("published wrong", pub["wrong"])):  # fmt: skip
        if items:
            lines.append(f"  {label}: " + "; ".join(items))
    return "\n".join(lines)


def load_gold(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def build_for_evaluation(config_file: Path, seeds: Path | None, settings_file: Path | None) -> dict:
    """Build articles in a scratch folder, without curation, and return their dossier.json.

    `settings_file` (title, policy, policy_names, default_country) replaces the dossier's own
    settings, so articles on another policy can be scored with this dossier's templates.
    """
    here = settings.load(config_file)
    if settings_file:
        extra = yaml.safe_load(settings_file.read_text("utf-8"))
        title = extra.get("title") or extra["policy"]
    else:
        extra = {
            "policy": here.policy,
            "policy_names": list(here.policy_names),
            "default_country": here.default_country,
        }
        title = here.title
    dossier = {"policy": extra["policy"], "policy_names": extra.get("policy_names") or [],
               "default_country": extra.get("default_country")}  # fmt: skip
    if "region" in extra:
        dossier["region"] = extra["region"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(seeds or here.seeds, root / "seeds")
        if (here.root / "templates").is_dir():  # else the packaged templates serve
            shutil.copytree(here.root / "templates", root / "templates")
        config = {"site_name": title, "extra": {"dossier": dossier}}
        (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True))
        pipeline.build(root / "mkdocs.yml", site_build=False)
        return json.loads((root / "docs" / "data" / "dossier.json").read_text("utf-8"))
