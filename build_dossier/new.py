"""New: scaffold a dossier project for any policy topic, built by the installed tool."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from .problems import DossierError
from .render import md_escape
from .settings import derived_policy_names, derived_region

HERE = Path(__file__).parent
SCAFFOLD = HERE / "scaffold"
# The packaged docs assets are a symlink to this repository's docs/assets, so there is one copy;
# a new dossier gets its own copy, which is then the user's to change.
ASSETS = HERE / "assets"
OVERRIDES = HERE / "overrides"  # likewise a symlink: Material's page template with the feed link

# The site's top-level pages, in menu order: the one place a new dossier's nav comes from.
NAV = (
    ("Home", "index.md"),
    ("What's new", "whats-new.md"),
    ("Who stands where", "stances.md"),
    ("Timeline", "timeline.md"),
    ("Actors", "actors/index.md"),
    ("Events", "events/index.md"),
    ("Sources", "sources/index.md"),
    ("Data", "data/index.md"),
    ("About", "about.md"),
)


def policy_names(policy: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The names derived from the policy's own name and kind, plus any given, written out for the
    analyst to edit."""
    names = [*derived_policy_names(policy), *(n.strip() for n in extra if n.strip())]
    return [n for n in dict.fromkeys(names) if n != policy.strip()]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(SCAFFOLD),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    # A JSON string is a valid YAML scalar: quotes, colons and '#' in a title stay text.
    env.filters["yaml"] = lambda s: json.dumps(str(s), ensure_ascii=False)
    env.filters["md"] = md_escape
    return env


def files(
    title: str,
    policy: str,
    names: tuple[str, ...] = (),
    country: str | None = None,
    site_url: str | None = None,
    repo_url: str | None = None,
) -> dict[str, bytes]:
    """Every file of a new dossier, as {relative path: content}."""
    env = _environment()
    ctx = {
        "title": title,
        "policy": policy,
        "policy_names": policy_names(policy, names),
        "country": country,
        "region": derived_region(policy),
        "site_url": site_url,
        "repo_url": repo_url,
        "nav": NAV,
    }
    out = {
        "mkdocs.yml": env.get_template("mkdocs.yml.j2").render(ctx).encode(),
        "README.md": env.get_template("README.md.j2").render(ctx).encode(),
        "docs/about.md": env.get_template("about.md.j2").render(ctx).encode(),
        "curation.yml": (SCAFFOLD / "curation.yml").read_bytes(),
        ".gitignore": (SCAFFOLD / "gitignore").read_bytes(),
        "seeds/.gitkeep": b"",
    }
    for asset in sorted(ASSETS.iterdir()):
        out[f"docs/assets/{asset.name}"] = asset.read_bytes()
    for override in sorted(OVERRIDES.iterdir()):
        out[f"overrides/{override.name}"] = override.read_bytes()
    return out


def scaffold(folder: Path, **settings) -> list[str]:
    """Create the dossier in `folder`, which must be new or empty; nothing is ever overwritten."""
    if folder.exists() and not folder.is_dir():
        raise DossierError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise DossierError(f"{folder}: exists and is not empty; choose a new folder")
    if not settings["policy"].strip():
        raise DossierError("--policy: expected the policy's name, found nothing")
    content = files(**settings)
    for rel, data in content.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as f:  # "x": fail rather than overwrite a file made meanwhile
            f.write(data)
    return sorted(content)
