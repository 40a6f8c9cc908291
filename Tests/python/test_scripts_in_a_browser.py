"""The two optional scripts in headless Chromium, with the clock set: "open now" on the right day and
time (not on a closed day), and the postcode finder answering as you type. Skipped when Selenium,
Chromium or chromedriver is missing (the pages are complete without the scripts)."""
import functools
import http.server
import os
import shutil
import threading

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Chromium and chromedriver are not installed")


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    yield driver
    driver.quit()


def open_at(browser, url, utc_instant):
    """Loads `url` with the page's clock set to `utc_instant` (ISO, UTC)."""
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": f"""
        (() => {{ const fixed = Date.parse("{utc_instant}"); const Real = Date;
          class Fake extends Real {{ constructor(...a) {{ super(...(a.length ? a : [fixed])); }} static now() {{ return fixed; }} }}
          window.Date = Fake; }})();"""})
    browser.get(url)


def labels(browser, name):
    return [element.text for element in browser.find_elements(By.CLASS_NAME, name)]


def test_open_now_on_a_thursday_morning(browser, server):
    open_at(browser, f"{server}/nl/buurtteams/kanaleneiland/", "2026-12-03T09:15:00Z")  # 10:15 in Utrecht
    assert labels(browser, "today-label") == ["Vandaag"]
    assert labels(browser, "open-now") == ["Nu open"]
    row = browser.find_element(By.CSS_SELECTOR, "tbody.today")
    assert row.get_attribute("data-day") == "thursday"


def test_not_open_on_a_closed_day(browser, server):
    open_at(browser, f"{server}/ar/buurtteams/kanaleneiland/", "2026-12-25T09:15:00Z")  # Christmas, a Friday
    assert labels(browser, "today-label") == ["اليوم"]
    assert labels(browser, "open-now") == []


def test_postcode_finder_answers_as_you_type(browser, server):
    open_at(browser, f"{server}/tr/", "2026-12-03T09:15:00Z")
    finder = browser.find_element(By.ID, "finder")
    assert finder.get_attribute("hidden") is None, "the script shows the finder once the index is loaded"
    field = browser.find_element(By.ID, "finder-postcode")
    answer = browser.find_element(By.ID, "finder-answer")
    for typed, team in [("3563", "Buurtteam Overvecht-Zuid"), ("3521 ab", "Buurtteam Binnenstad"),
                        ("3521KL", "Buurtteam Dichterswijk en Rivierenwijk")]:
        field.clear()
        field.send_keys(typed)
        links = answer.find_elements(By.TAG_NAME, "a")
        assert [link.text for link in links] == [team], typed
        assert "nerede oturursanız oturun" in answer.text, "the answer always says every team helps"
    field.clear()
    field.send_keys("3521")
    assert len(answer.find_elements(By.TAG_NAME, "a")) == 2
    field.clear()
    field.send_keys("9999")
    assert answer.find_elements(By.TAG_NAME, "a") == []
    assert "bilmiyoruz" in answer.text
