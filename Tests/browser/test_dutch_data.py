"""Dutch data is marked lang="nl" on every page of every other language, whatever its script.

The data is entered once, in Dutch (content/teams, wijken, locations): names of teams, wijken,
buurten, places and organisations, streets, contact persons and their roles, public-transport
text. The browser check of Latin text (test_rtl.py) can see it in Arabic pages only; this check
reads the data from content/ and looks for it in the text of every page of the Turkish, Arabic and
Polish sites (no browser needed). Text a translator wrote into that language's own strings, pages
or event titles is the translator's choice (a proper name kept in Dutch) and is left alone."""

from __future__ import annotations

import functools
import html.parser
import re

import yaml

from paths import REPOSITORY

# Elements whose text is not shown as page text, and elements that have no end tag.
HIDDEN = {"head", "script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _load(folder: str) -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for path in sorted((REPOSITORY / "content" / folder).glob("*.yaml"))]


@functools.cache
def data_strings() -> tuple[str, ...]:
    """Every Dutch name and text of the data, longest first (so a name wins over a part of it)."""
    found: set[str] = set()
    for team in _load("teams"):
        found.add(team.get("name", ""))
        found.update(team.get("buurten") or [])
        contact = team.get("contact") or {}
        found.update(contact.get(key) or "" for key in ("name", "role"))
    for wijk in _load("wijken"):
        found.add(wijk.get("name", ""))
        found.update(wijk.get("buurten") or [])
        found.update(partner.get("name", "") for partner in wijk.get("partners") or [])
    for place in _load("locations"):
        found.update(place.get(key) or "" for key in ("name", "address"))
        found.add((place.get("accessibility") or {}).get("public_transport") or "")
    return tuple(sorted((text for text in found if len(text) > 2), key=lambda text: (-len(text), text)))


@functools.cache
def translator_text(language_id: str) -> str:
    """All that translators wrote in one language: its string table, its pages and event titles."""
    sources = [REPOSITORY / "translations" / f"{language_id}.yaml"]
    sources += sorted((REPOSITORY / "content").glob(f"**/{language_id}.md"))
    text = "\n".join(path.read_text(encoding="utf-8") for path in sources if path.is_file())
    titles = [(event.get("title") or {}).get(language_id, "") for event in _load("events")]
    return text + "\n" + "\n".join(titles)


class _TextByLanguage(html.parser.HTMLParser):
    """The text of a page's body, piece by piece, each with the `lang` in force around it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.pieces: list[tuple[str, str]] = []  # (lang, text)

    def _lang(self) -> str:
        return next((lang for _, lang in reversed(self.stack) if lang is not None), "")

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if data.strip() and not any(tag in HIDDEN for tag, _ in self.stack):
            self.pieces.append((self._lang(), data))


def _pattern(strings: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(text) for text in strings) + r")(?!\w)")


def test_the_data_is_known():
    strings = data_strings()
    assert len(strings) > 100, f"only {len(strings)} data strings read from content/"
    assert "Buurtteam Zuilen" in strings and "Contactpersoon migrantenorganisaties" in strings


def test_parser_sees_unmarked_data():
    parser = _TextByLanguage()
    parser.feed('<html lang="tr"><head><title>Buurtteam Zuilen</title></head><body><h1 lang="nl">Buurtteam Zuilen</h1>'
                '<p>Buurtteam Zuilen<br>ekibi</p></body></html>')
    unmarked = [text for lang, text in parser.pieces if lang != "nl" and _pattern(data_strings()).search(text)]
    assert unmarked == ["Buurtteam Zuilen"]


def test_dutch_data_is_marked_dutch_in_every_language(site, report):
    source = site.source_language()
    source_lang = re.search(r'<html lang="([^"]+)"', (site.root / source / "index.html").read_text(encoding="utf-8"))
    assert source_lang, "the source language's home page has no lang"
    pattern = _pattern(data_strings())
    unmarked: list[str] = []
    checked = 0
    for page in site.pages:
        html = (site.root / page.path).read_text(encoding="utf-8")
        page_lang = re.search(r'<html lang="([^"]+)"', html)
        if not page_lang or page_lang.group(1) == source_lang.group(1):
            continue
        checked += 1
        own = translator_text(_language_id(site, page.language))
        parser = _TextByLanguage()
        parser.feed(html)
        for lang, text in parser.pieces:
            if lang == source_lang.group(1):
                continue
            for match in pattern.finditer(text):
                if match.group(0) not in own:
                    unmarked.append(f"{page.label}: '{match.group(0)}' in \"{' '.join(text.split())[:80]}\" has lang=\"{lang}\"")
    report.append(f"Dutch data: {len(data_strings())} names and texts from content/ looked for on {checked} pages "
                  f"in other languages; {len(unmarked)} unmarked")
    assert checked > 0, "no page in another language than the source"
    assert not unmarked, f"{len(unmarked)} piece(s) of Dutch data without lang=\"nl\":\n" + "\n".join(unmarked[:60])


def _language_id(site, prefix: str) -> str:
    """The language id (file name of its tables) of a URL prefix, from content/site.yaml."""
    config = yaml.safe_load((REPOSITORY / "content" / "site.yaml").read_text(encoding="utf-8"))
    for language in config.get("languages") or []:
        if language.get("prefix") == prefix:
            return language.get("id", prefix)
    return prefix
