"""Headless Chromium walks the built site: search, actor page, highlighted source sentence."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ACTOR = "Han Min-koo"
ACTOR_PATH = "actors/han-min-koo/"
TRANSPARENT = {"transparent", "rgba(0, 0, 0, 0)"}

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"http.server exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"http.server did not answer at {url} within {timeout}s")


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """`site` on a free localhost port, for as long as the block runs."""
    assert (site / "index.html").exists(), f"no index.html in {site}"
    port = free_port()
    command = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)]
    server = subprocess.Popen(
        [*command, "--directory", str(site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, server)
        yield url
    finally:
        server.kill()
        server.wait()


@pytest.fixture(scope="session")
def site_url(built) -> Iterator[str]:
    """The site built by this test run (or DOSSIER_SITE, to check another one), on localhost.

    Never ./site: a site left from an earlier build would test yesterday's pages."""
    with serving(Path(os.environ.get("DOSSIER_SITE") or built[0] / "site")) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def quoted(text: str) -> str:
    """The words between the curly quotes of a quote item, without the " — source title" part."""
    text = text.rsplit(" — ", 1)[0]
    match = re.search(r"“(.*)”", text, re.DOTALL)
    return " ".join((match.group(1) if match else text).split())


def test_search_actor_and_source_sentence(browser, site_url, tmp_path):
    keep = os.environ.get("DOSSIER_SCREENSHOTS")  # also copy the screenshots here when set
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)

    requests: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("request", lambda request: requests.append(request.url))

    def screenshot(name: str) -> None:
        page.screenshot(path=tmp_path / name)
        if keep:
            shutil.copy(tmp_path / name, Path(keep) / name)

    try:
        page.goto(site_url, wait_until="networkidle")
        screenshot("home.png")

        page.keyboard.press("/")  # Material's shortcut: opens search and focuses its input
        search = page.locator("input.md-search__input")
        search.wait_for(state="visible")
        assert search.evaluate("el => el === document.activeElement"), "'/' did not focus search"
        search.press_sequentially(ACTOR)
        result = page.locator(f'.md-search-result__item a[href*="{ACTOR_PATH}"]').first
        result.wait_for(state="visible", timeout=10_000)
        result.click()
        page.wait_for_url(re.compile(re.escape(ACTOR_PATH)))
        assert page.locator("article h1").first.inner_text().strip() == ACTOR
        screenshot("actor.png")

        link = page.locator('article a[href*="sources/"][href*="#s"]').first
        quote = quoted(link.locator("xpath=..").inner_text())
        link.click()
        page.wait_for_url(re.compile(r"/sources/.*#s\d+$"))
        fragment = urlsplit(page.url).fragment
        assert re.fullmatch(r"s\d+", fragment), page.url

        assert page.evaluate("document.querySelector(':target')?.id") == fragment
        target = page.locator(f"#{fragment}")
        background = target.evaluate("el => getComputedStyle(el).backgroundColor")
        assert background not in TRANSPARENT, f"#{fragment} is not highlighted ({background})"
        sentence = " ".join(target.inner_text().split())
        assert sentence in quote, f"source sentence {sentence!r} is not in quote {quote!r}"
        screenshot("source.png")
    finally:
        page.close()

    assert requests, "no requests were recorded"
    offenders = sorted({url for url in requests if urlsplit(url).hostname != "127.0.0.1"})
    assert not offenders, "third-party requests:\n" + "\n".join(offenders)


def test_timeline_filters_and_actor_timeline(browser, site_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(site_url + "timeline/", wait_until="networkidle")
        items = page.locator(".timeline li.tl-item")
        total = items.count()
        assert total > 5 and page.locator(".tl-overview .tl-col").count() > 3
        assert items.locator("a[href*='events/']").count() == total  # each item opens its event
        # The seeds recall colonial rule and past tests in passing: background, behind a toggle.
        assert page.locator(".tl-bg-toggle").count() == 1

        actor = (
            page.locator("select[aria-label='Filter by actor'] option")
            .nth(1)
            .get_attribute("value")
        )
        page.select_option("select[aria-label='Filter by actor']", actor)
        shown = page.locator(".timeline li.tl-item:not([hidden])")
        assert 0 < shown.count() < total
        for actors in shown.evaluate_all("els => els.map(e => e.dataset.actors)"):
            assert actor in actors.split()
        assert not page.locator(
            ".timeline li.tl-item[hidden]"
        ).first.is_visible()  # not just marked

        page.select_option("select[aria-label='Filter by actor']", "")
        chip = page.locator(
            ".timeline li.tl-item:not([hidden]) button.tl-actor"
        ).first  # a name on an item filters too
        chosen = chip.get_attribute("data-actor")
        chip.click()
        assert page.locator("select[aria-label='Filter by actor']").input_value() == chosen
        assert 0 < shown.count() < total
        for actors in shown.evaluate_all("els => els.map(e => e.dataset.actors)"):
            assert chosen in actors.split()

        page.select_option("select[aria-label='Filter by actor']", "")
        page.locator(".tl-overview .tl-col:not(.empty)").last.click()  # the latest year
        years = set(shown.evaluate_all("els => els.map(e => e.dataset.year)"))
        assert len(years) == 1 and 0 < shown.count() < total

        page.goto(site_url + ACTOR_PATH, wait_until="networkidle")
        own = page.locator(".timeline.compact li.tl-item")
        assert own.count() > 0 and page.locator(".timeline.compact .tl-col").count() > 0
        assert own.locator("a[href*='events/']").count() == own.count()
    finally:
        page.close()


def test_background_events_are_hidden_until_asked_for_then_muted(browser, site_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(site_url + "timeline/", wait_until="networkidle")
        items = page.locator(".timeline li.tl-item")
        background = page.locator(".timeline li.tl-item.tl-background")
        n = background.count()
        assert 0 < n < items.count()
        year = background.first.get_attribute("data-year")
        own_year = page.locator(f".timeline li.tl-item:not(.tl-background)[data-year='{year}']")
        columns = page.locator(".tl-overview .tl-label")
        toggle = page.get_by_label(re.compile(rf"Show background \({n}\)"))
        assert not toggle.is_checked() and background.first.is_hidden()
        if own_year.count() == 0:  # a year with only background events has no column yet
            assert year not in columns.all_inner_texts()
        assert (
            page.locator(".tl-count").inner_text()
            == f"{items.count() - n} of {items.count()} events"
        )

        toggle.check()
        assert background.first.is_visible() and year in columns.all_inner_texts()
        muted = background.first.evaluate("el => getComputedStyle(el).borderTopStyle")
        plain = page.locator(".timeline li.tl-item:not(.tl-background)").first
        assert (
            muted == "dashed"
            and plain.evaluate("el => getComputedStyle(el).borderTopStyle") != "dashed"
        )

        page.set_viewport_size(
            {"width": 390, "height": 844}
        )  # the toggle adds a row: still fits a phone
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        box = page.locator(".tl-controls").bounding_box()
        assert box and box["x"] + box["width"] <= 390

        # The event page's link to its year on the timeline shows the background at once.
        page.goto(site_url + "timeline/?year=" + year, wait_until="networkidle")
        assert (
            background.first.is_visible()
            and page.get_by_label(re.compile("Show background")).is_checked()
        )
    finally:
        page.close()


PHONE_PAGES = ["", "stances/", "timeline/", "events/", "sources/", "actors/", ACTOR_PATH]


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_pages_fit_a_phone_screen(browser, site_url, path):
    """At 390 px nothing is cut: the page does not scroll sideways and every table fits its box."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    hosts: set[str | None] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    try:
        page.goto(site_url + path, wait_until="networkidle")
        assert hosts == {"127.0.0.1"}, f"third-party requests from /{path}: {hosts}"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        wide = page.locator(".md-typeset__scrollwrap").evaluate_all(
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText.slice(0, 60))"
        )
        assert not wide, f"tables wider than a phone on /{path}: {wide}"
    finally:
        page.close()


def test_timeline_filters_are_finger_sized_on_a_phone(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(site_url + "timeline/", wait_until="networkidle")
        for control in (
            "select[aria-label='Filter by actor']",
            "select[aria-label='Filter by year']",
            ".tl-reset",
        ):
            box = page.locator(control).bounding_box()
            assert box and box["height"] >= 40 and box["x"] + box["width"] <= 390, (control, box)
    finally:
        page.close()


def test_stance_marks_differ_in_shape_and_are_explained(browser, site_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(site_url + "stances/", wait_until="networkidle")
        legend = page.locator(".stance-legend")
        assert legend.locator(".stance-dot").count() == 5
        shape = "el => [getComputedStyle(el).borderRadius, getComputedStyle(el).transform].join()"
        support = legend.locator(".stance-dot.support").evaluate(shape)
        oppose = legend.locator(".stance-dot.oppose").evaluate(shape)
        assert support != oppose, "support and oppose differ only in colour"
        # Each row's quote count opens that actor's quotes further down the page.
        link = page.locator("table a[href^='#']").first
        link.click()
        target = urlsplit(page.url).fragment
        assert page.locator(f"h3#{target} + ul a[href*='#s']").count() > 0
    finally:
        page.close()


@pytest.mark.parametrize("path", ["stances/", ACTOR_PATH])
def test_every_quote_opens_its_own_sentence(browser, site_url, path):
    """Each quote on the page links to a sentence on its source page, and that sentence is the quote."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(site_url + path, wait_until="networkidle")
        links = page.locator("article a[href*='sources/'][href*='#s']").evaluate_all(
            "els => els.map(a => [a.href, a.innerText])"
        )
        assert len(links) > 1
        by_page: dict[str, list[tuple[str, str]]] = {}
        for href, text in links:
            parts = urlsplit(href)
            by_page.setdefault(parts._replace(fragment="").geturl(), []).append(
                (parts.fragment, text)
            )
        for source, quotes in by_page.items():
            page.goto(source, wait_until="load")  # the sentences are static HTML
            for fragment, text in quotes:
                sentence = page.locator(f".source-text #{fragment}")
                assert sentence.count() == 1, f"{source}#{fragment} does not exist"
                said = " ".join(sentence.inner_text().split())
                # The link text is the sentence, in quotation marks unless it opens with its own.
                assert said in " ".join(text.split()), (
                    f"{source}#{fragment}: {said!r} is not {text!r}"
                )
    finally:
        page.close()
