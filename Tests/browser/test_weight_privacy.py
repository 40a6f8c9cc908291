"""Weight and privacy: no request leaves 127.0.0.1 while any page loads, a team page's HTML + CSS
stays under 30 KB, and every page shows the same main text with JavaScript switched off."""

import statistics
import urllib.parse

import pytest

from pool import result as pool_result
from pool import selected

TEAM_PAGE_LIMIT = 30_000  # bytes, uncompressed: HTML plus every stylesheet it links


@pytest.fixture(scope="session")
def visits(pool, request):
    """Every selected page loaded once, by all browsers at once (pages axe-core checked are not
    loaded again)."""
    sample = selected(request.session, ("test_content_shows_without_javascript",), "sample_page")
    pool.visit_all([page.url_path for page in sample], read_text=True)
    every = selected(request.session, ("test_no_request_leaves_the_machine",), "any_page")
    pool.visit_all([page.url_path for page in every], read_text=False)
    return pool.visits


@pytest.fixture(scope="session")
def texts_without_javascript(pool, request):
    def read(browser, page):
        browser.open(page.url_path, javascript=False)
        return browser.run("main_text")

    return pool.map(read, selected(request.session, ("test_content_shows_without_javascript",), "sample_page"))


def test_no_request_leaves_the_machine(visits, any_page):
    urls = pool_result(visits, any_page.url_path)["requests"]
    assert urls, "the performance log recorded no request at all"
    outside = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "about", "blob"):
            continue
        if parts.hostname != "127.0.0.1":
            outside.append(url)
    assert not outside, f"{any_page.label} asked other hosts: " + ", ".join(outside)


def test_team_pages_weigh_under_30_kb(site, report, output_folder):
    rows = []
    for page in site.pages:
        if page.kind != "buurtteams/*":
            continue
        css = sum(path.stat().st_size for path in site.stylesheets(page))
        rows.append((page.size + css, page.size, css, page.label))
    assert rows, "the site has no team page"
    rows.sort(reverse=True)
    lines = [f"{total:6d} B = {html:6d} B HTML + {css:5d} B CSS  {label}" for total, html, css, label in rows]
    (output_folder / "team-page-weight.txt").write_text(
        "Team pages, HTML + CSS, uncompressed (limit 30,000 bytes), heaviest first\n" + "\n".join(lines) + "\n",
        encoding="utf-8")
    totals = [row[0] for row in rows]
    report.append(f"team pages: {len(rows)}, HTML + CSS {min(totals)}–{max(totals)} B (median {int(statistics.median(totals))} B), "
                  f"heaviest {rows[0][3]}; every page in test-output/team-page-weight.txt")
    heavy = [line for line, total in zip(lines, totals) if total >= TEAM_PAGE_LIMIT]
    assert not heavy, "team pages of 30 KB or more:\n" + "\n".join(heavy)


def test_content_shows_without_javascript(visits, texts_without_javascript, sample_page):
    """The main text is the same with and without JavaScript, apart from what the optional scripts
    add or reveal by design (marked data-by-script). Without JavaScript nothing so marked may
    show: the mark cannot hide the page's own content from this comparison."""
    with_script = pool_result(visits, sample_page.url_path)["main_text"]
    without_script = pool_result(texts_without_javascript, sample_page)
    assert len(without_script["text"]) > 20, f"{sample_page.label}: almost no text without JavaScript"
    assert without_script["byScriptShowing"] == 0, (
        f"{sample_page.label}: {without_script['byScriptShowing']} element(s) marked data-by-script show without JavaScript")
    assert without_script["text"] == with_script["text"], f"{sample_page.label}: the main text differs without JavaScript"
