"""Cheap phones: at 320×640 and 390×844 (emulated through DevTools), no page scrolls sideways,
tap targets are large enough (WCAG 2.5.8, 44×44 for the main actions), and text zoomed to 200%
still fits the width."""

import pytest

from pool import result as pool_result

PHONES = [pytest.param(320, 640, id="320x640"), pytest.param(390, 844, id="390x844")]


@pytest.fixture(scope="session")
def phone(sample_results):
    """Every selected page measured on each phone (layout, tap targets, then 200% text) on the
    page's one load (sample_load.py), by all browsers at once, for the three tests below."""
    return lambda page, width, height: pool_result(pool_result(sample_results, page), (width, height))


def _overflow_message(page, result):
    lines = [f"{page.label}: page is {result['scrollWidth']} px wide in a {result['viewport']} px viewport"]
    lines += [f"    {offender}" for offender in result["offenders"]]
    return "\n".join(lines)


@pytest.mark.parametrize("width, height", PHONES)
def test_no_sideways_scrolling(phone, sample_page, width, height):
    result = phone(sample_page, width, height)["layout"]
    assert result["viewport"] == width
    assert result["scrollWidth"] <= result["viewport"] and not result["offenders"], _overflow_message(sample_page, result)


@pytest.mark.parametrize("width, height", PHONES)
def test_text_at_200_percent_fits(phone, sample_page, width, height):
    """Text zoom (the root font size doubled, as a phone's "larger text" setting does): the page
    reflows instead of scrolling sideways, and no text runs off the screen."""
    result = phone(sample_page, width, height)["zoomed"]
    assert result["scrollWidth"] <= result["viewport"] and not result["offenders"], _overflow_message(sample_page, result)


_targets = {"pages": 0, "count": 0, "inline": 0, "spaced": 0}


@pytest.mark.parametrize("width, height", PHONES)
def test_tap_targets_are_large_enough(phone, sample_page, width, height, report):
    result = phone(sample_page, width, height)["targets"]
    assert result["count"] > 0, "no link on the page"
    if not _targets["pages"]:
        report.append(lambda: (f"tap targets: {_targets['count']} measured on {_targets['pages']} page views; "
                               f"{_targets['inline']} exempt as links inside a line of text, {_targets['spaced']} "
                               "small but spaced (WCAG 2.5.8 exceptions)"))
    for key in ("count", "inline", "spaced"):
        _targets[key] += result[key]
    _targets["pages"] += 1
    if sample_page.kind == "buurtteams/*":
        actions = result["actions"]
        assert any(href.startswith("tel:") for href in actions), f"no call action among {actions}"
        assert any(href.startswith("https://wa.me/") for href in actions), f"no WhatsApp action among {actions}"
        assert any("openstreetmap.org" in href for href in actions), f"no map action among {actions}"
    lines = [f"{sample_page.label} at {width} px: {f['target']} is {f['size']} px: {f['rule']}" for f in result["failures"]]
    assert not lines, f"{len(lines)} tap target(s) too small:\n" + "\n".join(lines)
