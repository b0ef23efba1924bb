"""Add: new articles are copied into seeds/ (or fetched from a local server); duplicates are refused."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from build_dossier.add import add
from build_dossier.problems import DossierError

from .conftest import FIXTURES


def test_paths_are_copied_and_an_exact_duplicate_is_refused(tmp_path):
    seeds = tmp_path / "seeds"
    page = FIXTURES / "ingest" / "saved_news_page.html"
    assert add([str(page)], seeds) == [f"added {page} as seeds/saved_news_page.html"]
    assert add([str(page)], seeds) == [
        f"skipped {page}: the same bytes are already in seeds/saved_news_page.html"
    ]
    assert (seeds / "saved_news_page.html").read_bytes() == page.read_bytes()


def test_a_non_article_file_is_an_error_naming_it(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(DossierError, match=r"notes.pdf: not an article file"):
        add([str(tmp_path / "notes.pdf")], tmp_path / "seeds")


def test_url_is_fetched_from_a_local_server(tmp_path):
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES / "ingest")
    )
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/saved_news_page.html"
        (line,) = add([url], tmp_path / "seeds")
        assert line.startswith(f"added {url} as seeds/127-0-0-1-")
        stored = next((tmp_path / "seeds").glob("*.html"))
        assert stored.read_bytes() == (FIXTURES / "ingest" / "saved_news_page.html").read_bytes()
    finally:
        server.shutdown()
