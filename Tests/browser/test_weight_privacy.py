"""Weight and privacy: no request leaves 127.0.0.1 while a page loads, a team page's HTML + CSS
stays under 30 KB, and every page shows the same main text with JavaScript switched off.

Privacy is proven twice. In the browser, the performance log of every page of the sample (every
kind of page in every language; every page with WIJKWIJZER_PRIVACY_PAGES=all) holds no request to
another host. In the files, every page of the site names nothing to load from another host and
carries the Content-Security-Policy that makes the browser refuse any other host: pages of one
kind differ only in content, and content cannot add anything to load (images and raw HTML are
refused when the site is built)."""

import html.parser
import re
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
    every = selected(request.session, ("test_no_request_leaves_the_machine",), "privacy_page")
    pool.visit_all([page.url_path for page in every], read_text=False)
    return pool.visits


@pytest.fixture(scope="session")
def texts_without_javascript(pool, request):
    def read(browser, page):
        browser.open(page.url_path, javascript=False)
        return browser.run("main_text")

    return pool.map(read, selected(request.session, ("test_content_shows_without_javascript",), "sample_page"))


def test_no_request_leaves_the_machine(visits, privacy_page):
    urls = pool_result(visits, privacy_page.url_path)["requests"]
    assert urls, "the performance log recorded no request at all"
    outside = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "about", "blob"):
            continue
        if parts.hostname != "127.0.0.1":
            outside.append(url)
    assert not outside, f"{privacy_page.label} asked other hosts: " + ", ".join(outside)


# The policy every page carries (as the deployment's header does); `default-src 'self'` makes the
# browser refuse anything from another host, whatever the page asks for.
POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
# Attributes through which an element makes the browser fetch something as the page loads.
LOADING = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "audio": ("src",),
    "video": ("src", "poster"), "track": ("src",), "iframe": ("src",), "frame": ("src",), "embed": ("src",),
    "object": ("data",), "input": ("src",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"), "body": ("background",),
}
LINK_NOT_FETCHED = {"canonical", "alternate"}  # <link rel> values the browser does not load
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.I)


def _outside(url: str) -> bool:
    """Whether loading `url` from a page of this site would contact another host."""
    parts = urllib.parse.urlsplit(url.strip())
    return parts.scheme.lower() not in ("", "data") or bool(parts.netloc)


class _Loads(html.parser.HTMLParser):
    """Everything a page would load, its Content-Security-Policy, and whether it has a <base>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.policies: list[str] = []
        self.base = False
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and values.get("http-equiv", "").lower() == "content-security-policy":
            self.policies.append(values.get("content", ""))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.urls.append(values.get("content", "").partition("url=")[2])
        if tag == "base":
            self.base = True
        if tag == "link" and not set(values.get("rel", "").lower().split()) & LINK_NOT_FETCHED:
            self.urls.append(values.get("href", ""))
        for name in LOADING.get(tag, ()):
            if name in values:
                value = values[name]
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()] if "srcset" in name else [value]
        if "style" in values:
            self.urls += [next(u for u in match if u) for match in CSS_URL.findall(values["style"])]
        self.in_style = tag == "style"

    def handle_data(self, data):
        if self.in_style:
            self.urls += [next(u for u in match if u) for match in CSS_URL.findall(data)]

    def handle_endtag(self, tag):
        self.in_style = False


def test_every_page_loads_only_from_its_own_site(site, report):
    wrong = []
    stylesheets = set()
    for page in site.pages:
        loads = _Loads()
        loads.feed((site.root / page.path).read_text(encoding="utf-8"))
        if loads.policies != [POLICY]:
            wrong.append(f"{page.label}: Content-Security-Policy {loads.policies}, expected [{POLICY!r}]")
        if loads.base:
            wrong.append(f"{page.label}: has a <base> element")
        wrong += [f"{page.label}: loads {url}" for url in loads.urls if _outside(url)]
        stylesheets.update(site.stylesheets(page))
    for stylesheet in sorted(stylesheets):
        text = stylesheet.read_text(encoding="utf-8")
        wrong += [f"{stylesheet.name}: loads {url}" for match in CSS_URL.findall(text)
                  for url in [next(u for u in match if u)] if _outside(url)]
    report.append(f"privacy in the files: {len(site.pages)} pages and {len(stylesheets)} stylesheets "
                  "name nothing to load from another host, and every page carries the policy that forbids it")
    assert stylesheets, "no page links a stylesheet"
    assert not wrong, f"{len(wrong)} problem(s):\n" + "\n".join(wrong[:40])


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


def test_file_check_sees_what_a_page_would_load():
    loads = _Loads()
    loads.feed(f'<html><head><meta http-equiv="Content-Security-Policy" content="{POLICY}">'
               '<link rel="stylesheet" href="https://cdn.example.com/a.css"><link rel="canonical" href="https://example.org/">'
               '<script src="//tracker.example.com/t.js"></script></head><body style="background:url(http://x.example/b.png)">'
               '<img srcset="a.png 1x, https://img.example.com/b.png 2x" src="data:image/png;base64,AA">'
               '<svg><use href="#icon"/></svg><style>@import "https://fonts.example.com/f.css";</style></body></html>')
    assert loads.policies == [POLICY] and not loads.base
    assert [url for url in loads.urls if _outside(url)] == [
        "https://cdn.example.com/a.css", "//tracker.example.com/t.js", "http://x.example/b.png",
        "https://img.example.com/b.png", "https://fonts.example.com/f.css"]
