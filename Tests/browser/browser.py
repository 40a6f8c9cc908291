"""One headless Chromium driven through selenium, with phone emulation, JavaScript on/off and the network log."""

from __future__ import annotations

import base64
import json
import os
import pathlib
import shutil
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHECKS = pathlib.Path(__file__).parent / "checks"

# Flags that keep Chromium from calling home on its own (updates, sync, safe browsing), so the
# network log holds only what the page asked for.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",  # required as root
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
    "--force-color-profile=srgb",
    "--window-size=1280,900",
]


def executable(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(f"none of {names} is installed; run `make browser-test`, which installs them")


class Browser:
    """Loads pages of the local site the way a phone or a desktop shows them."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium fetch a driver
        options = webdriver.ChromeOptions()
        options.binary_location = executable("chromium", "chromium-browser")
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        # Only the network events: the page and timeline events would only make the log longer.
        options.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
        self.driver = webdriver.Chrome(options=options, service=Service(executable("chromedriver")))
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(120)  # axe-core on a long page, on a busy machine
        self._scripts: dict[str, str] = {}
        self._metrics: dict | None = None  # the phone emulation in force (None: the desktop window)
        self._javascript = True

    def quit(self) -> None:
        self.driver.quit()

    def url(self, page_path: str) -> str:
        return urllib.parse.urljoin(self.base_url, page_path)

    def open(self, page_path: str, *, width: int | None = None, height: int = 800, javascript: bool = True) -> None:
        """Opens a page. With `width`, emulates a phone of that many CSS pixels (headless Chromium
        will not make a window narrower than 500 px, so the DevTools override does it)."""
        metrics = None if width is None else {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True}
        self.emulate(metrics)
        if javascript != self._javascript:  # each DevTools command is a round trip: only on change
            self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not javascript})
            self._javascript = javascript
        self.driver.get(self.url(page_path))

    def emulate(self, metrics: dict | None) -> None:
        """Sets the device metrics override (None: the desktop window), when it changes."""
        if metrics == self._metrics:
            return
        if metrics is None:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        else:
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        self._metrics = metrics

    def visit(self, page_path: str, *, read_text: bool = True) -> dict:
        """Opens the page at desktop size with JavaScript and returns the URLs it requested
        (nothing else may be loading meanwhile) and, when asked, the text of its main content
        (see checks/main_text.js; None otherwise)."""
        self.requested_urls()  # forget the requests of earlier pages
        self.open(page_path)
        return {"requests": self.requested_urls(), "main_text": self.run("main_text") if read_text else None}

    def run(self, check: str, *args):
        """Runs `checks/<check>.js` (a function body, with `describe` from checks/describe.js) in the page."""
        if check not in self._scripts:
            self._scripts[check] = "\n".join(
                (CHECKS / f"{name}.js").read_text(encoding="utf-8") for name in ("describe", check))
        return self.driver.execute_script(self._scripts[check], *args)

    def requested_urls(self) -> list[str]:
        """Every URL the page asked for since the last call (from the performance log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def screenshot(self, page_path: str, width: int, target: pathlib.Path) -> None:
        """A full-length PNG of the page at `width` CSS pixels."""
        self.open(page_path, width=width, height=844)
        full_height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.emulate({"width": width, "height": int(full_height), "deviceScaleFactor": 1, "mobile": True})
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(shot["data"]))
