"""Pipeline: the whole build in one function — ingest → extract → resolve → store → render → write → site."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from . import (
    cache,
    changes,
    curation,
    extract,
    ingest,
    render,
    resolve,
    settings,
    site,
    store,
    write,
)
from .problems import DossierError, Problems

# Per-article ingest and extraction results, keyed by content and rules: never user data.
CACHE = Path(".build_dossier") / "cache"


@dataclass
class Result:
    sources: int
    actors: int
    positions: int
    events: int
    extracted: int  # articles run through the NLP model (the rest came from the cache)
    report: write.WriteReport
    problems: Problems
    seconds: float
    undated: list[str]
    whats_new: str = ""  # this build's line in the history: "1 new source, 3 new actors"


def build(config_file: Path, *, site_build: bool = True, check: bool = False,
          progress: Callable[[str], None] = lambda _: None) -> Result:  # fmt: skip
    start = time.monotonic()
    problems = Problems()
    conf = settings.load(config_file)
    corrections = curation.load(conf.curation)

    # Ingest: every article file, each one's problems reported on one line.
    articles = ingest.read_articles(conf.seeds, problems, conf.root / CACHE)

    # Extract: from the cache where the article and the extractor are unchanged.
    extractions, extracted = extract_with_cache(articles, conf, progress)

    # Resolve: one dossier, corrections applied.
    dossier = resolve.resolve(
        articles, extractions, corrections, conf.title, conf.policy, conf.default_country, problems
    )

    # Store, compare with the last build, render, write: only changed files touch the disk.
    data = store.to_data(dossier)
    files = store.store(data, conf.curation.name)
    history, shown, whats_new = record_history(conf.root / changes.HISTORY, data, problems)
    pages = render.render(
        data, conf.root / "templates", conf.title, conf.policy, conf.curation.name,
        shown, conf.site_url,
    )  # fmt: skip
    committed = {changes.HISTORY: changes.dump(history)} if history else {}
    report = write.write({**files, **pages}, conf.docs, conf.root, check, committed)

    # Site: the real `mkdocs build --strict`.
    if site_build and not check:
        progress("running mkdocs build")
        site.build_site(config_file)
    return Result(
        len(dossier.sources), len(dossier.actors), len(dossier.positions), len(dossier.events), extracted,
        report, problems, time.monotonic() - start,
        [s.file for s in dossier.sources if s.published is None], whats_new,
    )  # fmt: skip


def record_history(path: Path, data: dict, problems: Problems) -> tuple[dict | None, list, str]:
    """The history with this build in it (None if unreadable), its entries for the page, one line.

    An unreadable history is reported and left alone: rewriting it would lose every past entry.
    """
    day = changes.today()
    try:
        history, entry = changes.update(changes.load(path), data, day)
        shown = changes.view(history["builds"])
    except DossierError as e:
        problems.error(None, str(e))
        return None, [], f"not recorded ({path.name} unreadable)"
    except (KeyError, TypeError, AttributeError):  # valid YAML, but not the shape we write
        problems.error(path.name, "not a build history; restore it from git")
        return None, [], f"not recorded ({path.name} unreadable)"
    return history, shown, changes.summary(entry) if entry else "nothing"


def extract_with_cache(articles, conf: settings.Settings, progress):
    folder = conf.root / CACHE
    basis = "\n".join(
        [*conf.policy_names, conf.default_country or "", conf.region or "", conf.model]
    )
    settings_digest = hashlib.sha256(basis.encode()).hexdigest()
    out, todo = {}, []
    for a in articles:
        k = cache.key(a, extract.EXTRACTOR_VERSION, settings_digest)
        hit = cache.load(folder, k)
        if hit is not None:
            out[a.id] = replace(hit, article=a.id)
        else:
            todo.append((a, k))
    if todo:
        done = 0

        def tick(article) -> None:
            nonlocal done
            done += 1
            progress(f"extracting {done}/{len(todo)}: {article.file}")

        fresh = extract.run(
            [a for a, _ in todo],
            conf.model,
            conf.policy_names,
            conf.default_country,
            conf.region,
            tick,
        )
        for a, k in todo:
            cache.save(folder, k, fresh[a.id])
            out[a.id] = fresh[a.id]
    return out, len(todo)
