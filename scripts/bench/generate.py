#!/usr/bin/env python3
"""Generates the benchmark's synthetic site twice: as a Wijkwijzer site and as the same content for Hugo.

    generate.py PAGES OUTPUT_FOLDER

A different kind of site from scripts/generate-large-site.py (teams and wijken, for the scale and
killed-build tests): here every page is an information page of rich Markdown, the one kind of page
Hugo can render from the same files. PAGES Markdown pages in total, in the five languages of the
Utrecht site (PAGES / 5 pages, each in nl, nl-simple, tr, ar and pl), with front matter, headings,
lists, a table and links to other pages. Writes OUTPUT_FOLDER/wijkwijzer (content/, translations/
copied from this repository) and OUTPUT_FOLDER/hugo (config, content, minimal layouts).
Deterministic: the same PAGES gives the same files.
"""

import os
import shutil
import sys

LANGUAGES = [
    # id, lang, name, direction, prefix, fallback
    ("nl", "nl", "Nederlands", "ltr", "nl", []),
    ("nl-simple", "nl", "Makkelijk Nederlands", "ltr", "makkelijk", ["nl"]),
    ("tr", "tr", "Türkçe", "ltr", "tr", ["nl-simple", "nl"]),
    ("ar", "ar", "العربية", "rtl", "ar", ["nl-simple", "nl"]),
    ("pl", "pl", "Polski", "ltr", "pl", ["nl-simple", "nl"]),
]

WORDS = {
    "nl": "buurtteam hulp gratis afspraak wijk gezin brief formulier tolk vrijwilliger".split(),
    "nl-simple": "hulp gratis buurt team vragen brief helpen praten samen goed".split(),
    "tr": "mahalle ekip yardım ücretsiz randevu aile mektup form tercüman gönüllü".split(),
    "ar": "فريق الحي مساعدة مجانية موعد عائلة رسالة استمارة مترجم متطوع".split(),
    "pl": "zespół dzielnica pomoc bezpłatna wizyta rodzina list formularz tłumacz wolontariusz".split(),
}

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def words(language, seed, count):
    vocabulary = WORDS[language]
    return " ".join(vocabulary[(seed * 7 + index * 3) % len(vocabulary)] for index in range(count))


def sentences(language, seed, count):
    """`count` words as sentences of at most 12 words (easy-read pages use at most 15), without
    the final full stop."""
    text = words(language, seed, count)
    parts = text.split()
    return ". ".join(" ".join(parts[start:start + 12]).capitalize() for start in range(0, len(parts), 12))


def body(language, number, slugs, link):
    """About 1 KB of Markdown: headings, paragraphs, a list, a table, internal and external links."""
    other = slugs[(number + 1) % len(slugs)]
    third = slugs[(number + 7) % len(slugs)]
    return f"""{sentences(language, number, 24)}.

## {words(language, number + 1, 3).capitalize()}

{sentences(language, number + 2, 30)}. {link(other, words(language, number + 3, 2))}.

- {words(language, number + 4, 6)}
- {words(language, number + 5, 7)}
- {words(language, number + 6, 5)}, {link(third, words(language, number + 7, 2))}

### {words(language, number + 8, 2).capitalize()}

| {words(language, 1, 1)} | {words(language, 2, 1)} | {words(language, 3, 1)} |
|---|---|---|
| {number} | {words(language, number, 2)} | 09:30 |
| {number + 1} | {words(language, number + 9, 2)} | 13:00 |

{sentences(language, number + 10, 40)}. See [the municipality](https://www.utrecht.nl/) or write to
[info@example.org](mailto:info@example.org).

1. {words(language, number + 11, 5)}
2. {words(language, number + 12, 6)}
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def wijkwijzer_site(folder, slugs):
    languages = ""
    for identifier, lang, name, direction, prefix, fallback in LANGUAGES:
        languages += (f"  - id: {identifier}\n    lang: {lang}\n    name: {name}\n    direction: {direction}\n"
                      f"    prefix: {prefix}\n    fallback: [{', '.join(fallback)}]\n")
    write(f"{folder}/content/site.yaml",
          "title: Benchmark\nbase_url: https://bench.example.org\ndefault_language: nl\n"
          "sample_data: true\nbuild_date: 2026-11-26\n"
          "contact:\n  phone: \"+31 30 099 1999\"\n  email: bench@example.org\n"
          "languages:\n" + languages)
    os.makedirs(f"{folder}/translations", exist_ok=True)
    for identifier, *_ in LANGUAGES:
        shutil.copy(f"{REPOSITORY}/translations/{identifier}.yaml", f"{folder}/translations/{identifier}.yaml")
    for identifier, *_ in LANGUAGES:
        write(f"{folder}/content/home/{identifier}.md",
              f"---\ntitle: {words(identifier, 0, 2).capitalize()}\n---\n{sentences(identifier, 1, 30)}.\n")
    for number, slug in enumerate(slugs):
        for identifier, *_ in LANGUAGES:
            text = body(identifier, number, slugs, lambda target, label: f"[{label}](page:{target})")
            write(f"{folder}/content/pages/{slug}/{identifier}.md",
                  f"---\ntitle: {words(identifier, number, 3).capitalize()} {number}\n"
                  f"description: {words(identifier, number + 1, 8).capitalize()}.\n---\n{text}")


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="/site.css">
</head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>
{{ .Content }}
</article>{{ end }}
"""

HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }} <span>{{ . }}</span>{{ end }}</li>
{{ end }}</ul>{{ end }}
"""


def hugo_site(folder, slugs):
    languages = ""
    for weight, (identifier, lang, name, direction, prefix, _) in enumerate(LANGUAGES, start=1):
        languages += (f'[languages.{identifier}]\nlanguageCode = "{lang}"\nlanguageName = "{name}"\n'
                      f'languageDirection = "{direction}"\nweight = {weight}\ncontentDir = "content/{identifier}"\n\n')
    write(f"{folder}/hugo.toml",
          'baseURL = "https://bench.example.org/"\ntitle = "Benchmark"\ndefaultContentLanguage = "nl"\n'
          'defaultContentLanguageInSubdir = true\ndisableKinds = ["taxonomy", "term", "RSS"]\n\n' + languages)
    write(f"{folder}/layouts/_default/baseof.html", HUGO_BASEOF)
    write(f"{folder}/layouts/_default/single.html", HUGO_SINGLE)
    write(f"{folder}/layouts/_default/list.html", HUGO_LIST)
    write(f"{folder}/layouts/index.html", HUGO_LIST)
    write(f"{folder}/static/site.css", "body { font-family: sans-serif; }\n")
    for identifier, *_ in LANGUAGES:
        write(f"{folder}/content/{identifier}/_index.md",
              f"---\ntitle: {words(identifier, 0, 2).capitalize()}\n---\n{sentences(identifier, 1, 30)}.\n")
        write(f"{folder}/content/{identifier}/info/_index.md", "---\ntitle: Info\n---\n")
    for number, slug in enumerate(slugs):
        for identifier, *_ in LANGUAGES:
            text = body(identifier, number, slugs, lambda target, label: f"[{label}](../{target}/)")
            write(f"{folder}/content/{identifier}/info/{slug}.md",
                  f"---\ntitle: \"{words(identifier, number, 3).capitalize()} {number}\"\n"
                  f"description: \"{words(identifier, number + 1, 8).capitalize()}.\"\n"
                  f"translationKey: \"{slug}\"\n---\n{text}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    pages = int(sys.argv[1])
    output = sys.argv[2]
    slugs = [f"pagina-{number:05d}" for number in range(max(1, pages // len(LANGUAGES)))]
    for name in ("wijkwijzer", "hugo"):
        shutil.rmtree(f"{output}/{name}", ignore_errors=True)
    wijkwijzer_site(f"{output}/wijkwijzer", slugs)
    hugo_site(f"{output}/hugo", slugs)
    print(f"{len(slugs) * len(LANGUAGES)} pages in {len(LANGUAGES)} languages → {output}/wijkwijzer, {output}/hugo")


if __name__ == "__main__":
    main()
