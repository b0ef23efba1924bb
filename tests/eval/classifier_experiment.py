"""Experiment: would a word-based stance classifier add right stances where the rules find none?

Not part of the tool. It needs scikit-learn, which the tool does not depend on:

    .venv/bin/pip install scikit-learn==1.9.1
    .venv/bin/python -m tests.eval.classifier_experiment [SET ...]

For each hand-annotated set in turn, a logistic regression on word and word-pair counts is trained
on the other sets' sentences: the annotated quotes of support and of opposition, and every other
sentence as "none". It is then let loose on the held-out set: for each actor and source where the
rules found no stance, the actor's sentences in that source are classified, and the most confident
side above a threshold is added as a stance. The set is scored with and without the additions, as
`make eval` scores it. So every figure is for text the classifier was not trained on; the rules, on
the other hand, were written while reading most of these sets.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from build_dossier import evaluate, ingest, pipeline, settings
from build_dossier.problems import Problems

EVAL = Path(__file__).resolve().parent
SIDES = ("support", "oppose")
THRESHOLDS = (0.6, 0.7, 0.8)


def built(name: str, tmp: Path) -> tuple[dict, dict, dict[tuple[str, int], str]]:
    """The set's gold annotation, its dossier.json, and its sentences by (source id, number)."""
    folder = EVAL / name
    extra = yaml.safe_load((folder / "policy.yml").read_text("utf-8"))
    root = tmp / name
    (root / "seeds").mkdir(parents=True)
    for f in (folder / "articles").iterdir():
        (root / "seeds" / f.name).write_bytes(f.read_bytes())
    keys = ("policy", "policy_names", "default_country", "region")
    dossier = {k: extra[k] for k in keys if extra.get(k) is not None}
    config = {"site_name": extra.get("title") or extra["policy"], "extra": {"dossier": dossier}}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True))
    pipeline.build(root / "mkdocs.yml", site_build=False)
    conf = settings.load(root / "mkdocs.yml")
    articles = ingest.read_articles(conf.seeds, Problems(), root / pipeline.CACHE)
    extractions, _ = pipeline.extract_with_cache(articles, conf, lambda _: None)  # all cached
    sentences = {(e.article, s.n): s.text for e in extractions.values() for s in e.sentences}
    data = json.loads((root / "docs" / "data" / "dossier.json").read_text("utf-8"))
    return evaluate.load_gold(folder / "gold.yml"), data, sentences


def labelled(gold: dict, sentences: dict) -> tuple[list[str], list[str]]:
    """Every sentence with the side of the annotated quote it is, or "none"."""
    quotes = [
        (p["stance"], evaluate.words(p["quote"]))
        for p in gold.get("positions") or []
        if p.get("quote")
    ]
    texts, labels = [], []
    for text in sentences.values():
        w = evaluate.words(text)
        label = next((s for s, q in quotes if q and len(w & q) >= 0.8 * len(q)), "none")
        if label in (*SIDES, "none"):  # mixed and neutral quotes are left out
            texts.append(text)
            labels.append(label)
    return texts, labels


def additions(model, vectors, data: dict, sentences: dict, threshold: float, alone: bool):
    """A stance for each actor and source the rules left empty, from its most confident sentence."""
    have = {(p["actor"], p["source"]) for p in data["positions"]}
    present: dict[tuple[str, int], set[str]] = {}
    for a in data["actors"]:
        for m in a["mentions"]:
            present.setdefault((m["source"], m["sentence"]), set()).add(a["id"])
    classes = list(model.classes_)
    out = []
    for a in data["actors"]:
        by_source: dict[str, list[int]] = {}
        for m in a["mentions"]:
            by_source.setdefault(m["source"], []).append(m["sentence"])
        for source, numbers in sorted(by_source.items()):
            if (a["id"], source) in have:
                continue
            texts = [
                sentences[(source, n)]
                for n in sorted(set(numbers))
                if (source, n) in sentences and (not alone or len(present[(source, n)]) == 1)
            ]
            if not texts:
                continue
            best = None
            for p in model.predict_proba(vectors.transform(texts)):
                for side in SIDES:
                    sure = p[classes.index(side)]
                    if sure >= threshold and (best is None or sure > best[0]):
                        best = (sure, side)
            if best:
                out.append({"actor": a["id"], "stance": best[1], "source": source})
    return out


def main(names: list[str]) -> None:
    names = names or sorted(
        p.name for p in EVAL.iterdir() if (p / "gold.yml").exists() and (p / "articles").is_dir()
    )
    with tempfile.TemporaryDirectory() as tmp:
        sets = {n: built(n, Path(tmp)) for n in names}
    sets = {n: v for n, v in sets.items() if v[0].get("positions")}
    examples = {n: labelled(gold, sentences) for n, (gold, _, sentences) in sets.items()}
    totals: dict[tuple, list[int]] = {}
    for name, (gold, data, sentences) in sets.items():
        texts = [t for n, (ts, _) in examples.items() if n != name for t in ts]
        labels = [lab for n, (_, ls) in examples.items() if n != name for lab in ls]
        vectors = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        model = LogisticRegression(C=4, max_iter=3000).fit(vectors.fit_transform(texts), labels)
        base = evaluate.score(gold, data)["stances"]
        for alone in (False, True):
            for threshold in THRESHOLDS:
                added = additions(model, vectors, data, sentences, threshold, alone)
                new = evaluate.score(gold, {**data, "positions": data["positions"] + added})
                new = new["stances"]
                row = totals.setdefault((alone, threshold), [0] * 7)
                for i, v in enumerate((
                    base["right"], new["right"], base["gold_actors"],
                    base["by_source"]["right"], new["by_source"]["right"], base["by_source"]["gold"],
                    len(new["flipped"]) - len(base["flipped"]),
                )):  # fmt: skip
                    row[i] += v
    print(f"{len(sets)} sets: {', '.join(sets)}")
    print(
        "sentences        threshold  actors right (rules → with classifier)  per source  flips added"
    )
    for (alone, threshold), r in sorted(totals.items()):
        where = "actor alone" if alone else "any"
        print(
            f"{where:<16} {threshold:<10} {r[0]} → {r[1]} of {r[2]:<27} {r[3]} → {r[4]} of {r[5]}  {r[6]}"
        )


if __name__ == "__main__":
    main([a for a in sys.argv[1:] if re.fullmatch(r"[\w-]+", a)])
