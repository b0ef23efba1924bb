"""CLI: thin click commands over the library; a user's mistake becomes one `Error: …` line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, pipeline
from .problems import DossierError

CONFIG = click.option(
    "-f", "--config-file", type=click.Path(path_type=Path), default=Path("mkdocs.yml"), show_default=True,
    help="The dossier's mkdocs.yml (its extra.dossier block holds the dossier settings).",
)  # fmt: skip


@click.group()
@click.version_option(__version__, prog_name="build-dossier")
def main() -> None:
    """Turn news articles in seeds/ into a sourced policy dossier site.

    \b
    Example:
      build-dossier build          # seeds/ → docs/ → site/
      build-dossier serve          # live preview at http://127.0.0.1:8000
      build-dossier new DIR --policy "…"   # start a dossier on another policy
    """


@main.command()
@CONFIG
@click.option(
    "--strict", is_flag=True, help="Treat warnings (stale curation, undated sources…) as failure."
)
@click.option("--no-site", is_flag=True, help="Write docs/ and data, but skip `mkdocs build`.")
@click.option("--check", is_flag=True, help="Write nothing; fail if docs/ is not up to date.")
def build(config_file: Path, strict: bool, no_site: bool, check: bool) -> None:
    """Build the dossier: extract, write docs/, run `mkdocs build --strict`.

    \b
    Example:
      build-dossier build --strict
    """
    progress = (
        (lambda msg: click.echo(f"  {msg}", err=True)) if sys.stderr.isatty() or True else None
    )
    try:
        result = pipeline.build(config_file, site_build=not no_site, check=check, progress=progress)
    except DossierError as e:
        raise click.ClickException(str(e)) from None
    for line in result.problems.errors:
        click.echo(f"Error: {line}", err=True)
    for line in result.problems.warnings:
        click.echo(f"Warning: {line}", err=True)
    r = result.report
    click.echo(
        f"{result.sources} sources, {result.actors} actors, {result.positions} positions, "
        f"{result.events} events; {result.extracted} extracted, {len(r.written)} files written, "
        f"{len(r.unchanged)} unchanged, {len(r.removed)} removed"
        f"{f', {len(result.undated)} without a publication date' if result.undated else ''}"
        f" in {result.seconds:.1f}s"
    )
    click.echo(f"what's new: {result.whats_new}")
    if check and (r.written or r.removed):
        raise click.ClickException(
            f"docs/ is out of date: {len(r.written) + len(r.removed)} files would change"
        )
    if result.problems.errors or (strict and result.problems.warnings):
        sys.exit(1)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--title", default=None, help="The site's title (default: the policy).")
@click.option("--policy", required=True, help="The policy, as a reader would name it.")
@click.option(
    "--policy-name", "names", multiple=True, help="Another name the press uses for it (repeatable)."
)
@click.option("--country", default=None, help="The country an unqualified 'the government' means.")
@click.option("--site-url", default=None, help="Where the site will be published.")
@click.option("--repo-url", default=None, help="The dossier's git repository.")
def new(
    folder: Path,
    title: str | None,
    policy: str,
    names: tuple[str, ...],
    country: str | None,
    site_url: str | None,
    repo_url: str | None,
) -> None:
    """Create a new dossier project in FOLDER (which must not exist, or be empty).

    \b
    Example:
      build-dossier new water --policy "Clean Water Act (CWA)" --policy-name "the act"
    """
    from . import new as scaffolding

    try:
        created = scaffolding.scaffold(
            folder, title=title or policy, policy=policy, names=names, country=country,
            site_url=site_url, repo_url=repo_url,
        )  # fmt: skip
    except DossierError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"created {len(created)} files in {folder}; next: put articles in {folder}/seeds/,")
    click.echo(f"then run `build-dossier build` in {folder} (see {folder}/README.md)")


@main.command()
@CONFIG
@click.argument("items", nargs=-1, required=True)
def add(config_file: Path, items: tuple[str, ...]) -> None:
    """Copy article files, or pages fetched from URLs, into seeds/; exact duplicates are refused.

    \b
    Example:
      build-dossier add ~/Downloads/article.html https://example.org/news/story
    """
    from . import add as adding
    from . import settings

    try:
        for line in adding.add(list(items), settings.load(config_file).seeds):
            click.echo(line)
    except DossierError as e:
        raise click.ClickException(str(e)) from None


@main.command()
@CONFIG
@click.option("--remote", default="origin", show_default=True, help="The git remote to push to.")
@click.option(
    "--branch", default="gh-pages", show_default=True, help="The branch GitHub Pages serves."
)
def deploy(config_file: Path, remote: str, branch: str) -> None:
    """Build the dossier, then publish site/ to GitHub Pages (`mkdocs gh-deploy`).

    \b
    Example:
      build-dossier deploy --remote origin
    """
    from . import site

    try:
        pipeline.build(config_file, site_build=False)
        site.deploy(config_file, remote, branch)
    except DossierError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"published to {remote}/{branch}")


@main.command()
@CONFIG
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True)
def serve(config_file: Path, dev_addr: str) -> None:
    """Preview the site with live reload; rebuilds when seeds/ or the curation file change.

    \b
    Example:
      build-dossier serve -a 127.0.0.1:8001
    """
    from .serve import serve as run

    try:
        run(config_file, dev_addr)
    except DossierError as e:
        raise click.ClickException(str(e)) from None


@main.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--seeds",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Articles to build from (default: the dossier's seeds/).",
)
@click.option(
    "--settings",
    "settings_file",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="A YAML file with title, policy, policy_names, default_country (default: mkdocs.yml).",
)
@CONFIG
def evaluate(gold: Path, seeds: Path | None, settings_file: Path | None, config_file: Path) -> None:
    """Score extraction against a hand annotation, building the articles in a scratch folder.

    \b
    Example:
      build-dossier evaluate tests/eval/gold/seeds.yml
    """
    from . import evaluate as ev

    try:
        data = ev.build_for_evaluation(config_file, seeds, settings_file)
    except DossierError as e:
        raise click.ClickException(str(e)) from None
    click.echo(ev.report(ev.score(ev.load_gold(gold), data)))
