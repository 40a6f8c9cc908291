"""The fixed sample the browser tests use: every kind of page in every language, chosen the same way every run."""


def test_sample_has_every_kind_in_every_language(site, report):
    kinds = {language: set(site.kinds(language)) for language in site.languages}
    every = set().union(*kinds.values())
    missing = [f"{language}: no {', '.join(sorted(every - found))}" for language, found in kinds.items() if found != every]
    assert not missing, "\n".join(missing)
    sample = site.sample()
    assert len(sample) == len(site.kinds("")) + len(every) * len(site.languages)
    assert site.sample() == sample, "the sample changed between two calls"
    report.append(f"site: {len(site.pages)} HTML pages in {len(site.languages)} languages; "
                  f"sample of {len(sample)} pages ({len(every)} kinds × {len(site.languages)} languages + "
                  f"{len(site.kinds(''))} root pages) for axe, phones, right-to-left and JavaScript-off")
