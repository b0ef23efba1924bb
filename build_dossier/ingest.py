"""Ingest: read article files (.txt, .html, .md) and their sidecars into clean Article records."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from . import cache as cache_store
from . import dates
from .dates import (
    FULL_DATE_RE,
    MONTH_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    named_month_day,
    numeric_readings,
    parse_full_date,
)
from .knowledge import knowledge
from .model import Article
from .problems import DossierError, Problems, yaml_error

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
SIDECAR_SUFFIX = ".meta.yml"
SIDECAR_KEYS = ("title", "outlet", "url", "published", "authors", "dateline")
TERMINAL = tuple('.?!"”’)')


@cache
def furniture() -> dict:
    text = resources.files("build_dossier").joinpath("data/furniture.yml").read_text("utf-8")
    return yaml.safe_load(text)


def discover(seeds: Path) -> list[Path]:
    """Article files under `seeds`, in a stable order; sidecars and other files are skipped."""
    return sorted(
        p
        for p in seeds.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )


def sidecar_path(article: Path) -> Path:
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def read_article(
    path: Path, seeds: Path, problems: Problems, cache_dir: Path | None = None
) -> Article | None:
    """Read one article; on a user's mistake report one line and return None.

    With `cache_dir`, an article whose bytes, sidecar and ingest rules are unchanged is read
    back from there instead of being parsed again.
    """
    rel = path.relative_to(seeds).as_posix()
    try:
        raw = path.read_bytes()
        meta_raw, meta = read_sidecar(sidecar_path(path))
        digest = hashlib.sha256(raw + b"\0" + meta_raw).hexdigest()
        key = hashlib.sha256(f"{rel}\0{digest}\0{rules_digest()}".encode()).hexdigest()[:40]
        article = cache_store.load_article(cache_dir, key) if cache_dir else None
        left = 0  # lines that read like text but were left out: only a freshly read page has any
        if article is None:
            text = decode(raw)
            article = parse(text, rel, path.suffix.lower())
            article = apply_sidecar(replace(article, digest=digest), meta)
            kept = len(article.paragraphs)
            if path.suffix.lower() == ".txt" and kept:
                left = left_out(text, article)
            # (a page mostly left out is never cached, so that every build says so)
            if cache_dir and kept and not mostly_left_out(left, kept):
                cache_store.save_article(cache_dir, key, article)
    except OSError as e:
        problems.error(f"seeds/{rel}", f"cannot be read ({e.strerror})")
        return None
    except DossierError as e:
        problems.error(f"seeds/{rel}" if not str(e).startswith("seeds/") else "", str(e))
        return None
    if not article.paragraphs:
        problems.error(f"seeds/{rel}", "no article text found after removing page furniture")
        return None
    kept = len(article.paragraphs)
    if mostly_left_out(left, kept):
        problems.warn(
            f"seeds/{rel}",
            f"only {kept} paragraph{'s' * (kept > 1)} read "
            f"as the story, and {left} more lines "
            "that read like text were left out as page furniture; check the page",
        )
    return article


def mostly_left_out(left: int, kept: int) -> bool:
    """Whether the lines left out of a page outweigh its story's paragraphs."""
    return left > 2 * kept + 2


def left_out(text: str, article: Article) -> int:
    """How many lines of the page read like a story's text but are not in the article."""
    kept = " ".join(article.paragraphs)
    lines = join_wrapped(normalise(text).split("\n"))
    return sum(1 for x in lines if is_body(x) and not is_furniture(x) and x.strip() not in kept)


def read_articles(seeds: Path, problems: Problems, cache_dir: Path | None = None) -> list[Article]:
    """Every article in seeds/, yearless datelines settled by the others, the undated reported."""
    paths = discover(seeds)
    articles = date_from_dossier(
        [a for p in paths if (a := read_article(p, seeds, problems, cache_dir))]
    )
    for a in articles:
        if a.published is None:
            problems.warn(
                f"seeds/{a.file}",
                f"no publication date in the text; add `published: YYYY-MM-DD` to "
                f"{sidecar_path(Path(a.file)).name} if you know it",
            )
    return articles


def parse(text: str, rel: str, suffix: str) -> Article:
    if suffix in (".html", ".htm"):
        return parse_html(text, rel)
    if suffix == ".md":
        return parse_markdown(text, rel)
    return parse_text(text, rel)


@cache
def rules_digest() -> str:
    """A digest of the ingest rules (this code, the dates code, the furniture data and the
    lexicon, whose target nouns it reads): a cached article is stale as soon as any of them
    changes."""
    parts = [Path(__file__).read_bytes(), Path(dates.__file__).read_bytes()]
    for data in ("data/furniture.yml", "data/lexicon.yml"):
        parts.append(resources.files("build_dossier").joinpath(data).read_bytes())
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def decode(raw: bytes) -> str:
    if not raw.strip():
        raise DossierError("is empty")
    if b"\0" in raw[:8192]:
        raise DossierError("is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DossierError(
            f"is not UTF-8 text (byte 0x{raw[e.start]:02x} at offset {e.start}); save it as UTF-8"
        ) from None


# --- sidecars -------------------------------------------------------------------------------


def read_sidecar(path: Path) -> tuple[bytes, dict]:
    if not path.exists():
        return b"", {}
    raw = path.read_bytes()
    where = f"seeds/{path.name}"
    try:
        data = yaml.safe_load(raw.decode("utf-8")) or {}
    except (UnicodeDecodeError, yaml.YAMLError) as e:
        raise DossierError(f"{yaml_error(where, e)}; the article was skipped") from None
    if not isinstance(data, dict):
        raise DossierError(f"{where}: expected a mapping of fields, found {type(data).__name__}")
    for key in data:
        if key not in SIDECAR_KEYS:
            raise DossierError(
                f"{where}: unknown field '{key}'; expected one of {', '.join(SIDECAR_KEYS)}"
            )
    published = data.get("published")
    if published is not None and not isinstance(published, date):
        raise DossierError(f"{where}: 'published' expected a date YYYY-MM-DD, found {published!r}")
    authors = data.get("authors")
    if authors is not None and not (
        isinstance(authors, list) and all(isinstance(a, str) for a in authors)
    ):
        raise DossierError(f"{where}: 'authors' expected a list of names, found {authors!r}")
    return raw, data


def apply_sidecar(article: Article, meta: dict) -> Article:
    changes: dict = {k: meta[k] for k in ("title", "outlet", "url", "dateline") if k in meta}
    if "authors" in meta:
        changes["authors"] = tuple(meta["authors"])
    if "published" in meta:
        changes.update(
            published=meta["published"],
            published_basis="curated",
            published_note=f"given in the sidecar {Path(article.file).stem}{SIDECAR_SUFFIX}",
        )
    if "title" in meta:
        changes["title_basis"] = "curated"
    return replace(article, **changes)


# --- text normalisation ---------------------------------------------------------------------

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_HYPHEN_NOT_JOINED = {"and", "or", "to", "nor", "but", "as"}


def normalise(text: str) -> str:
    """Unicode NFC, plain spaces, no invisible characters, and line-wrap hyphens rejoined."""
    text = unicodedata.normalize("NFC", text).translate(_SPACES).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    # "Sang- gyun" is a word broken at a line end and re-flowed; "pre- and post-war" is not.
    return re.sub(
        r"\b([A-Za-z]+)- ([a-z]+)\b",
        lambda m: m[0] if m[2] in _HYPHEN_NOT_JOINED else f"{m[1]}-{m[2]}",
        text,
    )


def join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin hard-wrapped lines: a line with no closing punctuation followed by a lower-case one."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and line[0].islower() and not out[-1].endswith(TERMINAL):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# --- line classification --------------------------------------------------------------------

WIRE_TAG_RE = re.compile(
    r"^\((?:LEAD|URGENT|UPDATE[^)]*|CORRECTED|ATTN:[^)]*|\d+(?:st|nd|rd|th) LD[^)]*|News Focus"
    r"|Interview|[A-Z][A-Za-z ]+ Feature|EDITORIAL|News Analysis)\)\s*",
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# "© 2023 The Norland Standard. All rights reserved.", "(c) Fish Weekly AS | Privacy": the owner.
COPYRIGHT_OWNER_RE = re.compile(
    r"^(?:(?i:copyright)\s*)?(?:©|\(c\))?\s*(?:(?i:copyright)\s*)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<name>[A-Z][\w&'’ -]+?)(?:,?\s+(?:Ltd|Limited|Inc|LLC|AS|ASA|plc|GmbH|AB|SA|Pty(?:\.?\s+Ltd)?|Corp|Co|B\.V|N\.V|S\.A|S\.L|Sp\. z o\.o))?\.?"
    r"(?:\s+(?:19|20)\d\d)?\s*(?:\.|\||$)"
)
DATE_LABEL_RE = re.compile(r"\b(Published|Posted|Updated|Modified|Date|First published)\s*:?", re.I)


@cache
def furniture_lines() -> frozenset[str]:
    return frozenset(f.lower() for f in furniture()["lines"])


@cache
def furniture_re(key: str) -> re.Pattern:
    """One pattern for a list of regular expressions in furniture.yml ("patterns", "story_ends")."""
    return re.compile("|".join(f"(?:{p})" for p in furniture()[key]), re.I)


@cache
def buttons_re() -> re.Pattern:
    """A page's buttons ("sign in", "log in") as whole words in a line."""
    return re.compile(rf"\b(?:{'|'.join(furniture()['buttons'])})\b")


def agencies() -> list[str]:
    return furniture()["agencies"]


@cache
def credit_re() -> re.Pattern:
    names = "|".join(map(re.escape, agencies()))
    return re.compile(rf"\s*[(\[](?:{names})(?: (?:News )?Photo)?[)\]]\s*$|\s*\[[^\]]*Photo\]\s*$")


DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?(?:,\s+[A-Z][A-Za-z.'’ -]{{1,30}}?)?),?\s+(?:(?P<md>{MONTH_RE}\s+\d{{1,2}})(?:,\s+(?P<year>\d{{4}}))?\s+)?"
    r"\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s*(?:--|—|–|-)\s*"
)


# "PORTHAVEN —", "ASHFORD, Ore. --", "BONN/COLOGNE -": a place in capitals opening the story, with no
# date or agency.
PLACE_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’ /-]{1,30}[A-Z.](?:,\s+[A-Z][A-Za-z.]{1,12})?\s+(?:—|–|--|-)\s+"
)


def words(line: str) -> int:
    return len(line.split())


def is_furniture(line: str) -> bool:
    low = line.lower()
    data = furniture()
    if low in furniture_lines() or len(line) < 3:
        return True
    if low.startswith("home >") or line.count(" > ") >= 2 or slashed_crumbs(line):
        return True  # a breadcrumb: "Home > World", "Home / Pacific / Politics"
    if line.count(" | ") >= 3:
        return True  # "Contact the newsroom | Advertise | Privacy policy | Terms": a menu
    if WIRE_TAG_RE.fullmatch(line) or furniture_re("patterns").match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) / len(letters) < 0.5:
        return True  # a UI string in another script on an English page
    if buttons_re().search(low) and (
        words(line) < 4 or low.startswith(tuple(data["buttons"])) or re.search(r"\s[|/•·]\s", line)
    ):
        return True  # "Sign in | Register", "Sign up for our briefing …"; not "… to sign in Lisbon"
    return words(line) < 20 and any(p.lower() in low for p in data["phrases"])


def quoted_headline(line: str, after: list[str]) -> bool:
    """'Mayor warns against "bloc politics"' right above a wire's dateline: a headline that ends
    in a quote, not a sentence ('… "a good deal."'). (Elsewhere such a line may be a standfirst
    under the headline, which the story goes on from.)"""
    following = next((x for x in after if is_body(x)), "")  # past the byline and buttons
    return (
        bool(DATELINE_RE.match(following))
        and words(line) <= 20
        and line[-1] in "\"”’'"
        and line[-2].isalnum()
        and not re.search(r"[.?!]\s", line)
    )


def slashed_crumbs(line: str) -> bool:
    """ "Home / Pacific / Politics", "You are here: Home / Politics / Congestion charge": section
    names, each a capitalised word or three; not a headline or a figure with slashes in it."""
    line = re.sub(r"^you are here:\s*", "", line, flags=re.I)
    parts = line.split(" / ")
    return (
        len(parts) >= 3
        and (parts[0].lower() == "home" or all(len(x.split()) <= 3 for x in parts))
        and all(x[:1].isupper() and not re.search(r"[\d:;.!?$€£]", x) for x in parts)
    )


def is_caption(line: str, last: bool) -> bool:
    if any(line.lower().startswith(c.lower()) for c in furniture()["caption_starts"]):
        return True
    if re.search(r"\[[^\]]*Photo\]\s*$", line):
        return True
    # A short paragraph signed "(Yonhap)" in the middle of a story is a photo caption; at the
    # end it is the agency's credit on the last paragraph.
    return not last and bool(credit_re().search(line)) and words(line) < 40


def is_body(line: str) -> bool:
    return words(line) >= 6 and (line.endswith(TERMINAL) or words(line) >= 25)


NOT_BYLINE_RE = re.compile(
    rf"^By\s+(?:(?:{MONTH_RE}|{WEEKDAY_RE})(?![A-Za-z])|\d|(?:the|then|now|early|late|mid|last|next|this)\b)"
)


def byline_of(line: str) -> tuple[list[str], str | None] | None:
    """Authors (and an outlet named before them) from a byline, or None if not a byline."""
    if NOT_BYLINE_RE.match(line) and is_body(line):
        return None  # "By July, the party had switched sides.": a time, not a writer
    m = re.match(r"^By\s+(.+)$", line)
    text = None
    if m:
        text = m[1]
    elif EMAIL_RE.search(line) and words(line) <= 12:
        text = line
    elif (role := role_byline(line)) is not None:
        return [role], None
    if text is None:
        return None
    text = EMAIL_RE.sub(" ", text)
    text = re.sub(r"\s+[-–—]\s*$", "", text.strip())  # "By Ann Lee - ann@…": the dash before it
    # "Write to Ann Lee at …": a contact line names the writer too.
    text = re.sub(r"^(?:write to|contact|e-?mail|follow)\s+", "", text, flags=re.I)
    text = re.split(r"\s+(?:Posted|Published|Updated)\b|[\[\]=|;]", text)[0]
    # "By Ann Lee in Katowice", "… at the Capitol": where the writer was is no part of the name.
    text = re.split(r"\s+(?:in|at|from)\s+(?=[A-Z])|\s+at\s*$", text)[0]
    # "By Jane Porter, political correspondent": the role after the comma is not a second author.
    roles = tuple(furniture()["byline_roles"])
    parts = [n for n in re.split(r",\s*|\s+and\s+", text) if n.strip()]
    names = [n.split() for n in parts if not n.strip().lower().endswith(roles)]
    if not names or any(len(n) > 8 for n in names):
        return None
    outlet = None
    if len(names[0]) > 3:  # "Aju News Lim Chang-won": an outlet, then a two- or three-part name
        before, names[0] = " ".join(names[0][:-2]).rstrip(" -–—"), names[0][-2:]
        # "state political reporter Ann Lee": a role, not an outlet, before the name
        outlet = before if before[:1].isupper() else None
    # Wire bylines shout ("By MARIA LOPEZ"); the name is "Maria Lopez".
    return [" ".join(n).title() if " ".join(n).isupper() else " ".join(n) for n in names], outlet


WRITER_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"


def writers_note(paragraph: str) -> list[str]:
    """The writers a closing note names, when every sentence of it says who wrote the story:
    "Ann Lee is the Courier's Lisbon correspondent. Tom Hale covers Spain for the Courier."."""
    roles = "|".join(re.escape(r) for r in furniture()["byline_roles"])
    note = re.compile(
        rf"({WRITER_NAME})\s+(?:is|was)\s+(?:the|a|an)\s+[^.]{{0,60}}\b(?:{roles})s?\b[^.]{{0,40}}\."
        rf"|({WRITER_NAME})\s+(?:covers|reports on|writes about)\s+[^.]{{1,60}}\s+for\s+(?:the\s+)?[A-Z][^.]{{0,40}}\."
    )
    sentences = [x for x in re.split(r"(?<=\.)\s+", paragraph.strip()) if x]
    found = [note.fullmatch(x) for x in sentences]
    if not sentences or not all(found) or len(sentences) > 3:
        return []
    return [m[1] or m[2] for m in found]


def role_byline(line: str) -> str | None:
    """The name in a byline that ends with the writer's role: "Jane Porter Health correspondent"."""
    tokens = line.split()
    low = line.lower()
    if not 3 <= len(tokens) <= 7 or not any(low.endswith(r) for r in furniture()["byline_roles"]):
        return None
    if not all(t[0].isupper() for t in tokens[:2]) or not all(t.isalpha() for t in tokens[:2]):
        return None
    return " ".join(tokens[:2])


def only_a_date(line: str) -> bool:
    """ "Tuesday, April 22, 2031, 16:05 (GMT+7)": a date and time, with no words of a sentence."""
    rest = FULL_DATE_RE.sub(" ", line)
    rest = re.sub(rf"\b{WEEKDAY_RE}\b|\([^)]*\)|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?", " ", rest)
    return not re.search(r"[A-Za-z]{2,}", rest)


def classify(lines: list[str]) -> dict:
    """Split lines into headline, metadata lines, byline and body paragraphs."""
    body: list[str] = []
    meta: list[str] = []
    candidates: list[str] = []
    authors: list[str] = []
    outlet = None
    body_idx = [
        i for i, line in enumerate(lines) if line and is_body(line) and not is_furniture(line)
    ]
    last_body = body_idx[-1] if body_idx else -1
    for i, line in enumerate(lines):
        if not line:
            continue
        if body and furniture_re("story_ends").match(line):
            meta.append(line)
            break
        by = byline_of(line)
        if by and words(line) <= 20:
            authors += [a for a in by[0] if a not in authors]
            outlet = outlet or by[1]
            meta.append(line)
            # A signature with an e-mail address ends the story; what follows is chrome. Not
            # a byline under a standfirst, with the story still to come.
            if (
                body
                and EMAIL_RE.search(line)
                and (len(body) > 1 or sum(j > i for j in body_idx) < len(body))
            ):
                break
            continue
        # "Posted: Nov. 18, 2027, 5:42 p.m.": a labelled date line, though "p.m." ends like a sentence
        labelled = DATE_LABEL_RE.match(line) is not None or only_a_date(line)
        if FULL_DATE_RE.search(line) and words(line) <= 15 and (labelled or not is_body(line)):
            meta.append(line)
            continue
        if is_furniture(line):
            continue
        if is_body(line) and not (not body and quoted_headline(line, lines[i + 1 :])):
            if is_caption(line, i == last_body):
                continue
            body.append(line)
            continue
        tagless = WIRE_TAG_RE.sub("", line).strip()
        if not body and 3 <= words(tagless) <= 30 and not is_caption(tagless, False):
            candidates.append(tagless)  # a photo caption talks about the lead too: never a title
        # Anything else short after the story started is chrome ("with the Korea JoongAng Daily").
    headline = headline_of(candidates, body)
    if headline:
        body = [p for p in body if p != headline]
    outlet = outlet or next(filter(None, map(copyright_owner, lines)), None)
    return {"headline": headline, "meta": meta, "body": body, "authors": authors, "outlet": outlet}


def masthead(lines: list[str], headline: str | None) -> str | None:
    """The site's name at the top of the page ("HARBOUR LIGHT DAILY"), when the page names it again
    below ("Related on Harbour Light", "Join the Harbour Light weekly"): so it is no headline or menu.
    Written as the page writes it in running text, where it does."""
    first = next((x for x in lines if x.strip() and not is_furniture(x)), "")
    name = re.split(r"\s+(?:\||--|—)\s+", first.strip())[0]
    parts = name.split()
    if not 1 < len(parts) <= 6 or re.search(r"[\d.!?:,]", name) or name == headline:
        return None
    core = [w for w in parts if w.lower() != "the"][:2]
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, core)) + r"\b", re.I)
    rest = [x for x in lines if x is not first]
    found = [m for x in rest for m in [pattern.search(x)] if m]
    if not found:
        return None
    full = re.compile(r"\b" + r"\s+".join(map(re.escape, parts)) + r"\b", re.I)
    cased = [m[0] for x in rest for m in [full.search(x)] if m and not m[0].isupper()]
    return cased[0] if cased else name if not name.isupper() else name.title()


def copyright_owner(line: str) -> str | None:
    """The outlet a copyright line names ("© 2023 The Norland Standard. All rights reserved.")."""
    if not re.match(r"\s*(?:©|\(c\)|copyright\b)", line, re.I) or words(line) > 30:
        return None
    m = COPYRIGHT_OWNER_RE.match(line.strip())
    name = m["name"].strip() if m else ""
    return name if len(name.split()) <= 6 and not re.search(r"\d", name) else None


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def headline_of(candidates: list[str], body: list[str]) -> str | None:
    """The line above the story that shares most words with its lead; the first one on a tie.

    Copied pages carry navigation ("Skip to main content"), section names and a standfirst above
    the story; the headline is the line that talks about what the lead talks about.
    """
    if len(candidates) <= 1 or not body:
        return candidates[0] if candidates else None
    # Not the dateline: its agency ("OSLO, April 9 (Norland Press) --") is the site's banner.
    lead = stems(" ".join([DATELINE_RE.sub("", body[0], count=1), *body[1:2]]))
    scores = [len(stems(c) & lead) for c in candidates]
    best = max(scores)
    return candidates[scores.index(best)] if best else None


# --- publication dates ----------------------------------------------------------------------


def stated_date(meta_lines: list[str]) -> tuple[date | None, str | tuple] | None:
    """The publication date printed on the page: prefer "Published"/"Posted" over "Updated".
    A date in figures that reads two ways ("04/11/2027") gives None and both readings."""
    candidates, two_ways = [], None
    for line in meta_lines:
        for m in FULL_DATE_RE.finditer(line):
            label = None
            for lab in DATE_LABEL_RE.finditer(line[: m.start()]):
                label = lab[1].lower()
            d = parse_full_date(m[0])
            if d:
                candidates.append((label in ("updated", "modified"), d, f"{line!r}"))
            elif len(readings := numeric_readings(m[0]) or []) == 2 and label not in (
                "updated",
                "modified",
            ):
                two_ways = two_ways or (m[0], readings)
    if not candidates:
        return (None, two_ways) if two_ways else None
    candidates.sort(key=lambda c: c[0])
    _, d, line = candidates[0]
    return d, f"stated on the page: {line}"


def infer_year(
    month: int, day: int, paragraphs: list[str], page: list[str]
) -> tuple[date | None, str] | None:
    """Infer the year of a dateline that has none, from a weekday the story gives for that day.

    Wire copy reports the day's news as "an official said Wednesday": the dateline day is that
    weekday. The year must lie between the latest year the story refers to as past and the
    earliest it refers to as ahead (or a copyright year on the page), and be the only such year:
    otherwise the date stays unknown, with the years it could be.
    """
    m = weekday_said(paragraphs)
    if not m:
        return None
    weekday = WEEKDAYS.index(m[1].lower())
    past, ahead = years_referred_to(paragraphs)
    if (year := page_year(page)) is not None:
        ahead.append(year)
    if not past:
        return None
    floor = max(past)
    # Without a year ahead, only the years just after the floor: a weekday falls on the same
    # date again 5, 6 or 11 years later, so within five years there is at most one.
    ceiling = min(ahead) if ahead else floor + 4
    found = weekday_dates(month, day, weekday, range(floor, ceiling + 1))
    bounds = f"between {floor} (the latest year it refers to as past) and {ceiling}" + (
        " (the earliest it refers to as ahead, or the page's copyright year)" if ahead else ""
    )
    # "… since June 2024": a February dateline is not from 2024
    found = [d for d in found if d >= (past_floor(paragraphs) or date.min)]
    if len(found) == 1:
        d = found[0]
        return d, (
            f"inferred: the dateline gives {d:%B} {day} without a year; the story says "
            f"'{m[0]}', and the only year {bounds} in which {d:%B} {day} is a {m[1]} is {d.year}"
        )
    if len(found) > 1:
        years = ", ".join(str(d.year) for d in found[:-1]) + f" and {found[-1].year}"
        return None, (
            f"the dateline gives {found[0]:%B} {day} but no year; the story says '{m[0]}', and "
            f"{found[0]:%B} {day} is a {m[1]} in {years}, all {bounds}: the text does not settle it"
        )
    return None


# The day's news in a wire lede: "an official said Wednesday"; more loosely, "was pushed back on
# Wednesday" (LEDE_WEEKDAY_RE), which only a second source of evidence may rely on.
SAID = r"said|says|saying|announced|told [\w ]{1,30}?"
SAID_WEEKDAY_RE = re.compile(rf"\b(?:{SAID})\s+(?:on\s+)?({WEEKDAY_RE})\b")
LEDE_WEEKDAY_RE = re.compile(
    rf"\b(?:{SAID}|\w+ed(?:\s+(?:back|off|up|out|down))?)\s+(?:on\s+)?({WEEKDAY_RE})\b"
    rf"|\bon\s+({WEEKDAY_RE})\s+\w+ed\b"  # "The government on Thursday refused …"
)


def lede_weekday(lede: str) -> tuple[str, str] | None:
    """The words and the weekday of the lede's news: "was pushed back on Wednesday"."""
    m = LEDE_WEEKDAY_RE.search(lede)
    return (m[0], m[1] or m[2]) if m else None


def weekday_said(paragraphs) -> tuple[str, str] | None:
    """The weekday of the day's news in a wire lede: "an official said Wednesday".

    A saying told after a lede that names a day one to three days later is that day's
    background: "Queues formed on Sunday …" then "The minister said on Saturday …" is Sunday's
    story.
    """
    m = SAID_WEEKDAY_RE.search(" ".join(paragraphs[:3]))
    lede = paragraphs[0] if paragraphs else ""
    if not m or m[0] in lede:
        return (m[0], m[1]) if m else None
    said = WEEKDAYS.index(m[1].lower())
    for later in re.finditer(rf"\b(?:on\s+)?({WEEKDAY_RE})\b", lede):
        clause = JOINED_CLAUSE_RE.split(lede[: later.start()])[-1]
        if FUTURE_CUE_RE.search(clause) or not PAST_VERB_RE.search(clause):
            continue  # "… will vote on Thursday", "is to vote on Tuesday": a day ahead
        if 1 <= (WEEKDAYS.index(later[1].lower()) - said) % 7 <= 3:
            return later[0], later[1]
    return m[0], m[1]


def weekday_dates(
    month: int, day: int, weekday: int, years, late: bool = False, floor: date = date.min
) -> list[date]:
    """The dates of that month and day, over those years, that fall on that weekday (or the day
    after it, when `late`), not before `floor`."""
    after = (0, 1) if late else (0,)
    return [
        d
        for y in years
        if (d := dates.valid(y, month, day)) and d >= floor and (d.weekday() - weekday) % 7 in after
    ]


def date_from_dossier(articles: list[Article]) -> list[Article]:
    """Yearless datelines the text left open, settled by the dossier's other sources.

    A story filed among sources published from June 2024 to October 2024 is from 2023 to 2025;
    if its dateline day falls on the weekday it names in one year of those only, that is its year.
    The span is the stated dates of the other sources, widened by a year on each side; the years
    the text refers to as past still bound it from below. With no weekday to go by, a dateline
    day that falls between the first and the last of the other sources in one year only, within
    the years the text allows, is from that year.
    """
    stated = sorted(a.published for a in articles if a.published and a.published_basis == "stated")
    if not stated:
        return articles
    out = []
    for a in articles:
        m = DATELINE_RE.match(f"{a.dateline} ") if a.published is None and a.dateline else None
        settled = by_weekday(a, m, stated) or between(a, m, stated) if m and m["md"] else None
        if settled:
            a = replace(
                a, published=settled[0], published_basis="inferred", published_note=settled[1]
            )
        out.append(a)
    return out


def by_weekday(a: Article, m: re.Match, stated: list[date]) -> tuple[date, str] | None:
    """ "said Tuesday" on January 28, among sources from 2024: the one year near them in which
    that day is a Tuesday."""
    lede = a.paragraphs[0] if a.paragraphs else ""
    said = weekday_said(a.paragraphs)
    # "The Senate on Tuesday approved …": wire copy may be filed the day after the act it reports
    late = said is None
    said = said or lede_weekday(lede)
    if not said:
        return None
    month, day = named_month_day(m["md"])
    past, _ = years_referred_to(list(a.paragraphs))
    floor = past_floor(list(a.paragraphs)) or date.min
    lo, hi = max([stated[0].year - 1, *past]), stated[-1].year + 1
    weekday = WEEKDAYS.index(said[1].lower())
    found = weekday_dates(month, day, weekday, range(lo, hi + 1), late, floor)
    after = late and len(found) > 1 and named_day_after(a.paragraphs[:3], weekday)
    if after:
        # "Voters on Tuesday approved … With the votes counted on Wednesday": filed the day after
        found = [d for d in found if d.weekday() == (weekday + 1) % 7]
    if len(found) != 1:
        return None
    d = found[0]
    return d, (
        f"inferred: the dateline gives {d:%B} {day} without a year; the story says "
        f"'{said[0]}', and the other sources were published from {stated[0]} to {stated[-1]}: "
        f"of the years {lo} to {hi}"
        + (f", from {floor:%B %Y} (the latest month it tells as past)" if floor > date.min else "")
        + f", {d:%B} {day} is a {said[1]}{' or the day after one' if late else ''}"
        + (f" (the {d:%A} the story also names)" if after else "")
        + f" only in {d.year}"
    )


def named_day_after(paragraphs, weekday: int) -> bool:
    """Whether the story's first paragraphs tell of something done on the weekday after
    `weekday` ("counted on Wednesday"), not planned for it ("must sign it by Wednesday")."""
    after = WEEKDAYS[(weekday + 1) % 7]
    done = rf"\b(?:\w+ed|said|told|met|won|lost|began|held)\s+(?:[\w,]+\s+){{0,3}}?(?:on|late|early)\s+{after}\b"
    return re.search(done, " ".join(paragraphs), re.I) is not None


def between(a: Article, m: re.Match, stated: list[date]) -> tuple[date, str] | None:
    """ "DUBLIN, April 22 (EPW)" among sources from 10 February to 2 September 2026: 2026, when
    no year the story refers to as past comes later, none ahead comes earlier, and a weekday it
    gives for the day's news ("said Wednesday") agrees."""
    month, day = named_month_day(m["md"])
    past, ahead = years_referred_to(list(a.paragraphs))
    said = weekday_said(a.paragraphs)
    found = [
        d
        for y in range(stated[0].year, stated[-1].year + 1)
        if (d := dates.valid(y, month, day))
        and stated[0] < d < stated[-1]
        and y >= max(past, default=y)
        and y <= min(ahead, default=y)
        and (not said or (d.weekday() - WEEKDAYS.index(said[1].lower())) % 7 in (0, 1))
    ]  # (wire copy filed overnight may give the day before its dateline: "said on Monday")
    if len(found) != 1:
        return None
    d = found[0]
    return d, (
        f"inferred: the dateline gives {d:%B} {day} without a year; the other sources were "
        f"published from {stated[0]} to {stated[-1]}, and {d:%B} {day} falls between them only "
        f"in {d.year}" + (f", a {said[1]} as the story's '{said[0]}' says" if said else "")
    )


# "… was defeated in 2026, and the party has no plans to …": clauses that keep their own tense.
JOINED_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# A year in a sentence about the future ("homes by 2030", "will take effect in 2025") is a target,
# not a year the story looks back on, so it cannot be a floor for the publication year.
FUTURE_CUE_RE = re.compile(
    r"\b(?:will|would|shall|'ll|due (?:in|by)|(?:plans?|planned|expected|aims?|aimed|due|scheduled|set) to"
    r"|targets?|deadline)\b",
    re.I,
)
# "by 2030", "until the end of 2027", "forward to July 2026", "renewals stop from 2028", "by 2040
# instead of 2049", "a connection booked for 2031", "ahead of 2031": a year a plan runs to or from,
# or is set for, which says nothing of when the story was written ("profits for 2028" do).
TARGET_YEAR_RE = re.compile(
    r"\b(?:by|until|till|through|before|to|from|ahead of|instead of|rather than"
    r"|(?:offered|planned|scheduled|set|slated|promised|earmarked|booked|targeted) for)"
    r"\s+(?:the end of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?$",
    re.I,
)
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@cache
def target_noun_re() -> re.Pattern:
    """ "The 2040 date was never up for talks": a year before one of the lexicon's
    target_nouns names a target, not a past year."""
    nouns = sorted(knowledge().words("target_nouns"), key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, nouns))})s?\b", re.I)


COUNTERFACTUAL_RE = re.compile(r"\b(?:would|could|should|might) have\b", re.I)
# "The cap, which had been due to expire in 2027, was renewed": a plan that was
# dropped, whose year may lie either side of the story's.
SUPERSEDED_PLAN_RE = re.compile(
    r"\b(?:had been|was|were)\s+(?:due|expected|scheduled|set|supposed|meant|planned)\s+to\b"
    r"[^,;]*$",
    re.I,
)  # ("the fall was due to a drought in 2028": a past year, but no year ahead either)
DONE_SPAN_RE = re.compile(
    r"\b(?:was|were|had|ran|lasted|\w{2,}ed)\s+(?:from|between)\s+(?:\d{4}\s+(?:to|and)\s+)?$",
    re.I,
)
# "four years after the 2021 vote", "two years before 2030": a year that only anchors another.
ANCHOR_RE = re.compile(r"\b(\d+|[a-z]+)\s+years?\s+(after|before)\s+(?:the\s+)?$", re.I)
RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*$", re.I)
# A relative clause that tells what is scheduled: "which expires in", "whose term ends in"; not
# "which is still recovering from the 2025 floods", a present that looks back.
SCHEDULED_CLAUSE_RE = re.compile(
    r",\s*(?:which|who|whose\s+\w+)\s+(?:expires|ends|lapses|starts|begins|falls due)\b", re.I
)
PAST_VERB_RE = re.compile(
    r"\b(?:was|were|had|did|won|lost|took|held|ran|began|came|became|\w{2,}ed)\b", re.I
)
SINCE_RE = re.compile(r"\bsince\s+$", re.I)  # "would be a lifeline … lost since 2015": past
# "St. John's", "Mr. Kim", "Sept. 14": a full stop that does not end the sentence.
SENTENCE_END_RE = re.compile(
    r"(?<!\bSt\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bNo\.)(?<!\bMrs\.)(?<!\bSen\.)"
    r"(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bJan\.)(?<!\bFeb\.)(?<!\bAug\.)(?<!\bSep\.)"
    r"(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)(?<!\bDec\.)(?<=[.!?])\s+"
)


def years_referred_to(paragraphs: list[str]) -> tuple[list[int], list[int]]:
    """Years the story refers to as past, and years it refers to as ahead (plans, not targets)."""
    past, ahead = [], []
    for year, _, told_past, _ in referred_to(paragraphs):
        (past if told_past else ahead).append(year)
    return past, ahead


def past_floor(paragraphs: list[str]) -> date | None:
    """The first day of the latest month the story tells as past ("was filed in April 2027"):
    the story is from that month or later."""
    months = [
        date(y, mo, 1)
        for y, mo, told_past, part in referred_to(paragraphs)
        if told_past and mo and PAST_VERB_RE.search(part)  # not "takes effect in July 2026"
    ]
    return max(months, default=None)


MONTH_BEFORE_RE = re.compile(rf"\b({MONTH_RE})\s+(?:of\s+)?$", re.I)


def referred_to(paragraphs: list[str]):
    """(year, month or None, whether told as past, its clause) for each year the story names, but
    targets."""
    # "… was defeated in March 2026, and the government has no plans to revisit it": each clause
    # joined by a conjunction keeps its own tense.
    parts = (
        c for s in SENTENCE_END_RE.split(" ".join(paragraphs)) for c in JOINED_CLAUSE_RE.split(s)
    )
    for part in parts:
        future = bool(FUTURE_CUE_RE.search(COUNTERFACTUAL_RE.sub("", part)))
        for m in YEAR_RE.finditer(part):
            before = part[: m.start()]
            if counterfactual(before) or SUPERSEDED_PLAN_RE.search(before):
                continue  # "the last plant would have shut in 2040": neither past nor ahead
            # "ran from 2018 to 2020": a span the story tells as done is past, not a plan's bound
            target = TARGET_YEAR_RE.search(before) and not DONE_SPAN_RE.search(before)
            target = target or target_noun_re().match(part, m.end())
            month = MONTH_BEFORE_RE.search(before)
            mo = named_month_day(f"{month[1]} 1")[0] if month else None
            # "X, who won the post in the May 2019 vote, will sign …": a relative clause
            # keeps its own tense, whatever the sentence around it does.
            clause = RELATIVE_CLAUSE_RE.search(before)
            if anchor := ANCHOR_RE.search(before):
                # "the poll due in May, four years after the 2021 vote": the year told is
                # the election's, 2027; the vote's says nothing of when the story was written.
                count = anchor[1].lower()
                n = int(count) if count.isdigit() else dates.NUMBER_WORDS.get(count)
                if n:  # ("in the years after the 2008 crash": no count, read as usual below)
                    sign = 1 if anchor[2].lower() == "after" else -1
                    yield int(m[1]) + sign * n, None, not future, part
                    continue
            if target:
                continue
            if SINCE_RE.search(before) or (clause and told_as_past(clause[0])):
                yield int(m[1]), mo, True, part
            elif clause and SCHEDULED_CLAUSE_RE.match(clause[0]):
                # "downgraded the port over its lease, which expires in 2030": what the
                # clause says is scheduled lies ahead, whatever the sentence around it did
                yield int(m[1]), mo, False, part
            else:
                yield int(m[1]), mo, not future, part


COPYRIGHT_YEAR_RE = re.compile(r"(?:\(c\)|©|copyright)\s*(?:\(c\)\s*|©\s*)?((?:19|20)\d\d)\b", re.I)


def told_as_past(clause: str) -> bool:
    return not FUTURE_CUE_RE.search(clause) and PAST_VERB_RE.search(clause) is not None


def counterfactual(before: str) -> bool:
    """Whether a year is what "would have" happened: "the plant would have shut in 2040", but not
    "a bill that would have capped fares failed in committee during the 2019 session", where a
    second verb after the participle takes the sentence back to what did happen."""
    found = list(COUNTERFACTUAL_RE.finditer(before))
    return bool(found) and len(PAST_VERB_RE.findall(before[found[-1].end() :])) < 2


def page_year(lines: list[str]) -> int | None:
    """The year of the page's copyright line ("(c) 2025 Meridian Press Association"), if any."""
    years = [int(m[1]) for line in lines for m in COPYRIGHT_YEAR_RE.finditer(line)]
    return years[-1] if years else None


def year_from_page(month: int, day: int, year: int | None, paragraphs: list[str]):
    """The copyright year as the dateline's year, only when the lede's weekday falls on that day in
    that year and the story refers to no later year as past: a page may show a newer copyright."""
    m = lede_weekday(paragraphs[0]) if paragraphs and year else None
    if not m or any(y > year for y in years_referred_to(paragraphs)[0]):
        return None
    found = weekday_dates(month, day, WEEKDAYS.index(m[1].lower()), [year])
    if not found:
        return None
    d = found[0]
    return d, (
        f"inferred: the dateline gives {d:%B} {day} without a year; the page's copyright year is "
        f"{year}, and the lede's '{m[0]}' falls on {d:%B} {day} in {year}"
    )


def publication(
    meta_lines: list[str], dateline: dict | None, paragraphs: list[str], page: list[str]
):
    stated = stated_date(meta_lines)
    if dateline and dateline.get("year"):
        d = date(int(dateline["year"]), *named_month_day(dateline["md"]))
        return d, "stated", f"stated in the dateline '{dateline['text']}'"
    if stated and stated[0] is None:
        return either_way(*stated[1], paragraphs)
    if stated:
        return stated[0], "stated", stated[1]
    if dateline and dateline.get("md"):
        mo, day = named_month_day(dateline["md"])
        inferred = infer_year(mo, day, paragraphs, page) or year_from_page(
            mo, day, page_year(page), paragraphs
        )
        if inferred:
            return inferred[0], "inferred" if inferred[0] else "unknown", inferred[1]
        return (
            None,
            "unknown",
            f"the dateline gives '{dateline['md']}' but no year, and the text does not settle it",
        )
    return None, "unknown", "the text gives no publication date"


def either_way(printed: str, readings: list[date], paragraphs: list[str]):
    """ "04/11/2027" is 4 November or 11 April: the one the story's "said Thursday" falls on."""
    said = weekday_said(paragraphs)
    fits = [d for d in readings if said and d.weekday() == WEEKDAYS.index(said[1].lower())]
    if len(fits) == 1:
        return (
            fits[0],
            "inferred",
            (
                f"inferred: the page prints '{printed}', which reads as {readings[0]:%-d %B %Y} or "
                f"{readings[1]:%-d %B %Y}; the story says '{said[0]}', and only {fits[0]:%-d %B} is a "
                f"{said[1]}"
            ),
        )
    return (
        None,
        "unknown",
        (
            f"the page prints '{printed}', which reads as {readings[0]:%-d %B %Y} or "
            f"{readings[1]:%-d %B %Y}, and the text does not settle which"
        ),
    )


# --- formats --------------------------------------------------------------------------------


def parse_text(text: str, rel: str, title: str | None = None, outlet: str | None = None) -> Article:
    lines = join_wrapped(normalise(text).split("\n"))
    parts = classify(lines)
    body = parts["body"]
    dateline = None
    if body:
        m = DATELINE_RE.match(body[0])
        if m and (m["md"] or m["agency"] in agencies()):
            dateline = {**m.groupdict(), "text": m[0].strip()}
            body[0] = body[0][m.end() :]
        elif bare := PLACE_DATELINE_RE.match(body[0]):
            body[0] = body[0][bare.end() :]  # where the story was filed: no actor, no date
    # The agency's closing credit "(Yonhap)" names the outlet and is not part of the story.
    credit = credit_re()
    if body and (cm := credit.search(body[-1])):
        outlet = outlet or cm[0].strip(" ()[]")
        body[-1] = body[-1][: cm.start()].rstrip()
    authors = list(parts["authors"])
    if body and (writers := writers_note(body[-1])):
        body.pop()  # "Ann Lee is the Courier's Lisbon correspondent.": who wrote it, not the story
        authors += [w for w in writers if w not in authors]
    outlet = outlet or (dateline["agency"] if dateline else None) or parts["outlet"]
    headline = title or parts["headline"]
    outlet = outlet or masthead(lines, headline)
    published, basis, note = publication(parts["meta"], dateline, body, lines)
    title_basis = "stated"
    if not headline:
        first = body[0] if body else Path(rel).stem
        headline = " ".join(first.split()[:12]) + ("…" if words(first) > 12 else "")
        title_basis = "derived"
    return Article(
        id=slug(Path(rel).with_suffix("").as_posix()),
        file=rel,
        title=headline,
        title_basis=title_basis,
        outlet=outlet,
        url=None,
        published=published,
        published_basis=basis,
        published_note=note,
        authors=tuple(authors),
        dateline=dateline["text"] if dateline else None,
        paragraphs=tuple(p for p in body if p),
        digest="",
    )


def parse_html(text: str, rel: str) -> Article:
    """A saved news page: trafilatura finds the story and its metadata; the text rules do the rest."""
    import trafilatura  # imported here: it is slow to import and only .html files need it

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise DossierError("no article text found in the HTML page")
    article = parse_text(doc.text, rel, title=doc.title, outlet=doc.sitename)
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    changes: dict = {"url": doc.url, "authors": authors or article.authors}
    if doc.date and article.published_basis != "stated":
        changes.update(
            published=date.fromisoformat(doc.date[:10]),
            published_basis="stated",
            published_note=f"stated in the page's metadata ({doc.date[:10]})",
        )
    return replace(article, **changes)


def parse_markdown(text: str, rel: str) -> Article:
    """Markdown with YAML front matter (title, outlet, published, authors, url)."""
    meta: dict = {}
    m = re.match(r"^---\n(.*?)\n---\n?", text.lstrip("\ufeff"), re.S)
    if m:
        try:
            meta = yaml.safe_load(m[1]) or {}
        except yaml.YAMLError:
            raise DossierError("front matter is not valid YAML") from None
        if not isinstance(meta, dict):
            raise DossierError("front matter must be a mapping of fields")
        text = text[m.end() :]
    title = meta.get("title")
    heading = re.match(r"^\s*#\s+(.+)\n", text)
    if heading:
        title = title or heading[1].strip()
        text = text[heading.end() :]
    article = parse_text(text, rel, title=title, outlet=meta.get("outlet"))
    unknown = sorted(set(meta) - set(SIDECAR_KEYS))
    if unknown:
        raise DossierError(
            f"unknown front matter field '{unknown[0]}'; expected one of {', '.join(SIDECAR_KEYS)}"
        )
    published = meta.get("published")
    if published is not None and not isinstance(published, date):
        raise DossierError(
            f"front matter 'published' expected a date YYYY-MM-DD, found {published!r}"
        )
    return (
        apply_sidecar(article, {k: v for k, v in meta.items() if k != "title"}) if meta else article
    )


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"
