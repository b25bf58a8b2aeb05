"""The release page in a real browser: headless Chromium (Debian's `chromium`, driven by
Playwright) opens the served page of the seed release, sees the overview, charts, map and
tables drawn, runs a query in the SQL box and follows a quote to its highlighted sentence;
the page asks nothing of the network. Skipped, with the reason, where no browser, no
Playwright or no page assets are installed (`.ci/run` installs all three)."""

from __future__ import annotations

import shutil
import threading

import pytest

from flows.release_server import release_server
from tests.transforms.release.conftest import RELEASE_ID, hand_made_tables, write_hand_made_release
from transforms.release.page import ASSETS, vendor_problems, write_page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# What Chromium needs to run headless as root on a machine with no network but loopback.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed: make test installs "
                                      "requirements-test.lock")
    if not shutil.which(CHROMIUM):
        pytest.skip("no Chromium: install Debian's browser with `apt-get install -y chromium`")
    if vendor_problems(ASSETS):
        pytest.skip(f"page assets missing ({', '.join(sorted(vendor_problems(ASSETS)))}): "
                    f"run `make page-assets` (needs Node.js and npm)")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _serve(folder):
    server = release_server(folder, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture
def open_page(browser):
    """Open a release folder's page, served on loopback; every request is recorded."""
    servers, pages = [], []

    def open_(folder):
        server, url = _serve(folder)
        servers.append(server)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        pages.append(page)
        page.requests = []
        page.errors = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(url)
        page.wait_for_selector("body[data-ready=true]")
        return page, url

    yield open_
    for page in pages:
        page.close()
    for server in servers:
        server.shutdown()
        server.server_close()


def _count(page, selector: str) -> int:
    return page.locator(selector).count()


def test_seed_release_page_draws_its_overview_charts_map_and_tables(seed_release, open_page):
    output, summary = seed_release
    page, url = open_page(output / "latest")
    assert _count(page, "#overview .tile") >= 10
    assert page.inner_text("#overview .tiles").startswith(str(summary.row_counts["articles"]))
    assert _count(page, "#category-chart svg rect.bar") >= 2
    # The seeds carry no dates: the timeline says so instead of drawing an empty chart.
    assert "No dated figure" in page.inner_text("#timeline-chart")
    assert int(page.get_attribute("#map-view", "data-countries")) > 150
    assert _count(page, "#map-view circle.point") == int(page.get_attribute("#map-view",
                                                                             "data-points"))
    assert _count(page, "#map-view circle.point") > 5
    assert int(page.get_attribute("#quotes-table", "data-rows")) == summary.row_counts["quotes"]
    assert int(page.get_attribute("#facts-table", "data-rows")) == summary.row_counts["facts"]
    assert page.errors == []
    assert all(u.startswith(url) or u.startswith(("data:", "blob:")) for u in page.requests)


def test_search_narrows_the_quotes_and_the_conflict_box_the_facts(seed_release, open_page):
    output, summary = seed_release
    page, _ = open_page(output / "latest")
    page.fill("#quotes-search", "Haimour")
    narrowed = int(page.get_attribute("#quotes-table", "data-rows"))
    assert 0 < narrowed < summary.row_counts["quotes"]
    page.check("#facts-conflicts")
    assert _count(page, "#facts-table tbody tr") == _count(page, "#facts-table tr.conflict") > 0


def test_sql_box_runs_duckdb_wasm_over_the_release_parquet_files(seed_release, open_page):
    output, summary = seed_release
    page, url = open_page(output / "latest")
    page.fill("#sql-text", "select count(*) as n, count(distinct article_id) as articles "
                           "from mentions join articles using (article_id)")
    page.click("#sql-run")
    page.wait_for_function("document.querySelector('#sql-result').dataset.rows !== undefined",
                           timeout=90_000)
    assert page.get_attribute("#sql-result", "data-rows") == "1", page.inner_text("#sql-status")
    cells = page.locator("#sql-result td").all_inner_texts()
    assert cells == [str(summary.row_counts["mentions"]), str(summary.row_counts["articles"])]
    assert any(u == url + "mentions.parquet" for u in page.requests)
    assert all(u.startswith(url) or u.startswith(("data:", "blob:")) for u in page.requests)


def test_a_quote_opens_its_article_with_the_sentence_highlighted(seed_release, open_page):
    output, _ = seed_release
    page, _ = open_page(output / "latest")
    link = page.locator("#quotes-table a.sentence-link").first
    quote = link.inner_text()
    link.click()
    page.wait_for_selector("#article:not([hidden]) mark.value")
    assert page.inner_text("#article mark.value") == quote
    assert quote in page.inner_text("#article-body")


def test_timeline_draws_dated_figures_that_open_their_sentence(tmp_path, open_page):
    # The seeds have no dates; two reports of a flood, dated, written by hand.
    folder = tmp_path / RELEASE_ID
    manifest = write_hand_made_release(folder, hand_made_tables())
    assert write_page(folder, manifest, ASSETS) == []
    page, _ = open_page(folder)
    dots = page.locator("#timeline-chart circle.dot")
    assert dots.count() == 2
    dots.first.dispatch_event("click")
    page.wait_for_selector("#article:not([hidden]) mark.value")
    assert page.inner_text("#article mark.value") == "at least 12"
    assert "".join(page.locator("#article mark").all_inner_texts()) == (
        "Floods killed at least 12 people in Lyon on Sunday, police said.")
