"""The in-page checks themselves, on small pages made to break them: each must report the fault
(otherwise a clean site would prove nothing)."""

import urllib.parse


def _show(browser, body: str, *, lang="nl", direction="ltr", width=320):
    html = (f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>body{{margin:0;font:1.125rem/1.6 sans-serif}} a{{color:#0b4f8a}}</style></head><body>{body}</body></html>')
    browser.open("about:blank", width=width)
    browser.driver.get("data:text/html;charset=utf-8," + urllib.parse.quote(html))


def test_overflow_check_sees_a_wide_page(browser):
    _show(browser, '<main><p>short</p><pre>' + "x" * 80 + "</pre></main>")
    result = browser.run("overflow", 1)
    assert result["scrollWidth"] > result["viewport"] and result["offenders"]


def test_overflow_check_sees_text_that_only_fits_unzoomed(browser):
    _show(browser, '<main><p style="white-space:nowrap">Buurtteam Overvecht</p></main>')
    assert not browser.run("overflow", 1)["offenders"]
    assert browser.run("overflow", 2)["offenders"]


def test_tap_target_check_applies_wcag_2_5_8(browser):
    _show(browser, """
      <p><a id="tiny" href="#a" style="display:inline-block;width:10px;height:10px;overflow:hidden"></a><a href="#b" style="display:inline-block;width:40px;height:40px">b</a></p>
      <p>Call <a id="inline" href="tel:112" style="font-size:10px">112</a> when it is urgent.</p>
      <p><a id="spaced" href="#s" style="display:inline-block;width:16px;height:16px;margin:40px">s</a></p>
      <a class="action" href="tel:+31300991234" style="display:inline-block;height:30px">Call</a>
    """)
    result = browser.run("tap_targets")
    failing = " ".join(f["target"] + " " + f["rule"] for f in result["failures"])
    assert "a#tiny" in failing, failing
    assert "a.action" in failing and "44" in failing, failing
    assert "a#inline" not in failing and "a#spaced" not in failing, failing
    assert result["inline"] == 1 and result["spaced"] == 1, result


def test_ltr_check_sees_an_unisolated_phone_number(browser):
    _show(browser, '<p>اتصل بالرقم +31 30 099 1234 أو <bdi dir="ltr">+31 30 099 4321</bdi> في <bdi dir="ltr">09:30</bdi></p>',
          lang="ar", direction="rtl")
    result = browser.run("ltr_data")
    assert [w["value"] for w in result["wrong"]] == ["+31 30 099 1234"], result
    assert result["counts"]["phone"] == 2 and result["counts"]["time"] == 1, result


def test_latin_text_check_sees_unmarked_dutch(browser):
    _show(browser, '<p>في منطقة Overvecht و <bdi lang="nl">Zuilen</bdi></p>', lang="ar", direction="rtl")
    assert [piece["text"] for piece in browser.run("latin_text")] == ["في منطقة Overvecht و"]


def test_main_text_leaves_out_only_what_scripts_add(browser):
    _show(browser, '<main><h2>Maandag <strong data-by-script>Vandaag</strong></h2><p>09:00 tot 12:00</p>'
                   '<div data-by-script hidden>Uw postcode</div></main>')
    assert browser.run("main_text") == {"text": "Maandag 09:00 tot 12:00", "byScriptShowing": 1}
