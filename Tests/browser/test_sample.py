"""The fixed sample the browser tests use: every kind of page in every language, chosen the same way every run."""

# Every kind of page the site has (URLs are permanent, so these paths are too). A kind that goes
# missing, or a classifier that stops telling kinds apart, fails here instead of shrinking the sample.
KINDS = {
    "home", "404", "buurtteams/", "buurtteams/*", "wijken/*", "info/", "info/*", "info/*/vergelijk/",
    "organisaties/", "pictogrammen/", "flyers/", "flyers/*", "inloop/", "inloop/*",
    "verhalen/", "verhalen/*", "verhalen/thema/*", "privacy/", "toegankelijkheid/",
}
ROOT_KINDS = {"home", "404"}  # the language chooser and the site-wide 404


def _compare_kinds(kinds: set[str]) -> set[str]:
    """A compare view sets a translation beside its source, so the source language has none."""
    return {kind for kind in kinds if kind.endswith("/vergelijk/")}


def test_sample_has_every_kind_in_every_language(site, report):
    source = site.source_language()
    found = {language: set(site.kinds(language)) for language in site.languages}
    every = set().union(*found.values())
    assert every == KINDS, f"kinds of page: new {sorted(every - KINDS)}, gone {sorted(KINDS - every)}"
    assert set(site.kinds("")) == ROOT_KINDS, f"root pages: {site.kinds('')}"
    missing = []
    for language, kinds in found.items():
        expected = every - _compare_kinds(every) if language == source else every
        if kinds != expected:
            missing.append(f"{language}: no {', '.join(sorted(expected - kinds))}; unexpected {', '.join(sorted(kinds - expected))}")
    assert not missing, "\n".join(missing)
    sample = site.sample()
    assert len(sample) == len(ROOT_KINDS) + sum(len(kinds) for kinds in found.values())
    assert {(page.language, page.kind) for page in sample} == (
        {("", kind) for kind in ROOT_KINDS} | {(language, kind) for language, kinds in found.items() for kind in kinds})
    assert site.sample() == sample, "the sample changed between two calls"
    report.append(f"site: {len(site.pages)} HTML pages in {len(site.languages)} languages; "
                  f"sample of {len(sample)} pages ({len(every)} kinds in each language, no compare view in "
                  f"the source language '{source}', + {len(ROOT_KINDS)} root pages) for axe, phones, "
                  "right-to-left and JavaScript-off")
