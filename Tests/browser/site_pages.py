"""The generated site as the browser suite sees it: its languages, pages, page kinds and the fixed sample."""

from __future__ import annotations

import dataclasses
import functools
import pathlib
import re


@dataclasses.dataclass(frozen=True)
class Page:
    """One generated HTML file."""

    path: str  # relative to the site root, with forward slashes: "ar/buurtteams/zuilen/index.html"
    language: str  # the URL prefix ("nl", "makkelijk", "ar" …), or "" for the root pages
    kind: str  # "home", "buurtteams/*", "info/", "404" …
    size: int  # bytes

    @property
    def url_path(self) -> str:
        """The path a browser asks for: folders end in "/"."""
        return self.path[: -len("index.html")] if self.path.endswith("index.html") else self.path

    @property
    def label(self) -> str:
        return "/" + self.url_path


class SitePages:
    """Every HTML page below `root`, grouped by language and kind."""

    def __init__(self, root: pathlib.Path):
        self.root = root
        files = sorted(p for p in root.rglob("*.html") if p.is_file())
        relative = [p.relative_to(root).as_posix() for p in files]
        self.languages = sorted(
            {r.split("/")[0] for r in relative if r.count("/") == 1 and r.endswith("/index.html")}
        )
        self.pages = [self._page(r) for r in relative]

    def _page(self, relative: str) -> Page:
        parts = relative.split("/")
        language = parts[0] if len(parts) > 1 and parts[0] in self.languages else ""
        inside = parts[1:] if language else parts
        return Page(relative, language, self._kind(language, inside), (self.root / relative).stat().st_size)

    def _kind(self, language: str, inside: list[str]) -> str:
        """A page's kind is its path inside the language with every varying folder replaced by `*`:
        `buurtteams/zuilen/index.html` is `buurtteams/*`, `info/tolk/vergelijk/index.html` is
        `info/*/vergelijk/`, `verhalen/thema/werk/index.html` is `verhalen/thema/*`. A folder below
        a section varies when it is a page (holds an index.html) among others in its parent, so a
        new kind of page is found without code; the sections themselves (`buurtteams/`, `info/`)
        are kinds of their own."""
        if inside == ["index.html"]:
            return "home"
        if len(inside) == 1:
            return inside[0].removesuffix(".html")
        folders = inside[:-1]
        base = [language] if language else []

        def varies(depth: int) -> bool:
            return (depth > 0 and self.root.joinpath(*base, *folders[:depth + 1], "index.html").is_file()
                    and self._pages_below(*base, *folders[:depth]) > 1)

        parts = ["*" if varies(depth) else folder for depth, folder in enumerate(folders)]
        return "/".join(parts) + ("" if parts[-1] == "*" else "/")

    @functools.cache
    def _pages_below(self, *folder: str) -> int:
        """How many folders right below `folder` hold an index.html."""
        return sum(1 for d in self.root.joinpath(*folder).iterdir() if (d / "index.html").is_file())

    def by_language(self, language: str) -> list[Page]:
        return [p for p in self.pages if p.language == language]

    def kinds(self, language: str) -> list[str]:
        return sorted({p.kind for p in self.by_language(language)})

    def sample(self) -> list[Page]:
        """The fixed sample: for every language (and the root), one page of every kind: the
        largest file of that kind, ties broken by path. Never random, never rotating: the same
        site gives the same sample."""
        chosen = []
        for language in [""] + self.languages:
            for kind in self.kinds(language):
                candidates = [p for p in self.by_language(language) if p.kind == kind]
                chosen.append(max(candidates, key=lambda p: (p.size, _reverse(p.path))))
        return chosen

    def source_language(self) -> str:
        """The language the others translate: the one a home page's `x-default` alternate opens."""
        home = (self.root / self.languages[0] / "index.html").read_text(encoding="utf-8")
        match = re.search(r'<link rel="alternate" hreflang="x-default" href="[^"]*?/([^/"]+)/"', home)
        if not match or match.group(1) not in self.languages:
            raise ValueError("the root page names no x-default language among " + ", ".join(self.languages))
        return match.group(1)

    def rtl_languages(self) -> list[str]:
        """Languages whose home page says dir="rtl" on <html>."""
        return [language for language in self.languages
                if re.search(r'<html\b[^>]*\bdir="rtl"',
                             (self.root / language / "index.html").read_text(encoding="utf-8")[:400])]

    def stylesheets(self, page: Page) -> list[pathlib.Path]:
        """The local stylesheets a page links to."""
        html = (self.root / page.path).read_text(encoding="utf-8")
        folder = (self.root / page.path).parent
        hrefs = re.findall(r'<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"', html)
        hrefs += re.findall(r'<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="stylesheet"', html)
        return [
            (self.root / href.lstrip("/") if href.startswith("/") else folder / href).resolve()
            for href in dict.fromkeys(hrefs)
        ]


def _reverse(path: str) -> tuple[int, ...]:
    """Sorts paths descending so `max` prefers the alphabetically first one among equal sizes."""
    return tuple(-ord(c) for c in path)
