"""The deployment configuration (deploy/nginx/) served by Debian's nginx over a fresh build.

Builds the site into a temporary folder (SOURCE_DATE_EPOCH pinned), starts nginx on 127.0.0.1
with a free port and a temporary prefix (never the system's nginx service), and checks headers,
content types, redirects and 404 pages with real HTTP requests. `make deploy-test` runs it.
"""

from __future__ import annotations

import http.client
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
BUILD_DATE_EPOCH = "1795651200"  # 2026-11-26
CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
REFERRER_META = re.compile(r'<meta name="referrer" content="([^"]+)">')


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
    if not found:
        pytest.fail("nginx is not installed; `make deploy-test` installs Debian's nginx")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, root: pathlib.Path, port: int):
        self.site = root / "site"
        self.port = port

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """One request, redirects not followed; header names lower-case."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()


@pytest.fixture(scope="module")
def server():
    binary = os.environ.get("WIJKWIJZER", str(REPOSITORY / ".build/debug/wijkwijzer"))
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no wijkwijzer binary at {binary}; `make deploy-test` builds it")
    nginx = nginx_binary()
    root = pathlib.Path(tempfile.mkdtemp(prefix="wijkwijzer-deploy-"))
    root.chmod(0o755)
    process = None
    try:
        environment = dict(os.environ, SOURCE_DATE_EPOCH=BUILD_DATE_EPOCH)
        subprocess.run([binary, "build", "--quiet", "--root", str(REPOSITORY), "--output", str(root / "site")],
                       check=True, env=environment)
        add_calendar_and_card(root / "site")
        (root / "temp").mkdir()
        (root / "wijkwijzer").symlink_to(REPOSITORY / "deploy" / "nginx")
        port = free_port()
        template = (REPOSITORY / "Tests/deploy/nginx-test.conf").read_text(encoding="utf-8")
        config = root / "nginx.conf"
        values = {
            "@prefix@": str(root), "@port@": str(port), "@site@": str(root / "site"),
            # As root, nginx's workers would switch to a user that cannot read the build.
            "@user@": "user root;" if os.geteuid() == 0 else "",
        }
        for placeholder, value in values.items():
            template = template.replace(placeholder, value)
        config.write_text(template, encoding="utf-8")
        command = [nginx, "-p", f"{root}/", "-c", str(config), "-e", str(root / "error.log")]
        checked = subprocess.run(command + ["-t"], capture_output=True, text=True)
        assert checked.returncode == 0, f"nginx -t refused the configuration:\n{checked.stderr}"
        assert "[warn]" not in checked.stderr and "[emerg]" not in checked.stderr, checked.stderr
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for(port, process, root)
        yield Server(root, port)
    finally:
        if process is not None:
            process.send_signal(signal.SIGQUIT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(root, ignore_errors=True)


def wait_for(port: int, process: subprocess.Popen, root: pathlib.Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (root / "error.log").read_text(errors="replace") if (root / "error.log").exists() else ""
            pytest.fail(f"nginx stopped at once (exit {process.returncode}):\n{log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("nginx did not start listening within 15 seconds")


def add_calendar_and_card(site: pathlib.Path) -> None:
    """Calendar files and vCards come with the walk-in schedules (issue 5); until the build
    makes them, the test serves one of each of its own."""
    if not any(site.rglob("*.ics")):
        (site / "nl" / "deploy-test.ics").write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    if not any(site.rglob("*.vcf")):
        (site / "nl" / "deploy-test.vcf").write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Test\r\nEND:VCARD\r\n")


def languages(server: Server) -> list[str]:
    chooser = (server.site / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<li lang="[^"]+" dir="[^"]+"><a href="([a-z0-9-]+)/">', chooser)


def assert_security_headers(headers: dict[str, str], where: str) -> None:
    csp = headers.get("content-security-policy", "")
    assert csp.startswith("default-src 'self'"), f"{where}: Content-Security-Policy is {csp!r}"
    assert "frame-ancestors 'none'" in csp, where
    assert headers.get("referrer-policy") == "no-referrer", where
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("server") == "nginx", f"{where}: the Server header shows {headers.get('server')!r}"


def test_pages_carry_the_policy_of_their_meta_tags(server):
    for path in ["/nl/", "/ar/verhalen/hulp-met-school/", "/tr/toegankelijkheid/", "/"]:
        status, headers, body = server.get(path)
        assert status == 200, path
        assert headers["content-type"] == "text/html; charset=utf-8", path
        assert_security_headers(headers, path)
        page = body.decode("utf-8")
        meta = CSP_META.search(page)
        assert meta, f"{path} has no CSP meta tag"
        # The header enforces what the page itself asks for, plus what only a header can say.
        assert headers["content-security-policy"] == meta.group(1) + "; frame-ancestors 'none'", path
        assert headers["referrer-policy"] == REFERRER_META.search(page).group(1), path


def test_html_is_cached_briefly_and_hashed_assets_for_a_year(server):
    status, headers, body = server.get("/nl/")
    assert headers["cache-control"] == "public, max-age=300"
    assets = re.findall(r'href="\.\./(assets/site-[0-9a-f]{10}\.css)"', body.decode("utf-8"))
    script = re.findall(r'src="(assets/suggest-language-[0-9a-f]{10}\.js)"', (server.site / "index.html").read_text())
    assert assets and script
    for path, content_type in [(assets[0], "text/css; charset=utf-8"), (script[0], "application/javascript; charset=utf-8")]:
        status, headers, _ = server.get("/" + path)
        assert status == 200, path
        assert headers["content-type"] == content_type, path
        assert headers["cache-control"] == "public, max-age=31536000, immutable", path
        assert_security_headers(headers, path)


def test_calendar_card_sitemap_and_robots_types(server):
    ics = next(server.site.rglob("*.ics")).relative_to(server.site).as_posix()
    vcf = next(server.site.rglob("*.vcf")).relative_to(server.site).as_posix()
    expected = {
        ics: "text/calendar; charset=utf-8",
        vcf: "text/vcard; charset=utf-8",
        "sitemap.xml": "application/xml; charset=utf-8",
        "robots.txt": "text/plain; charset=utf-8",
    }
    for path, content_type in expected.items():
        status, headers, _ = server.get("/" + path)
        assert status == 200, path
        assert headers["content-type"] == content_type, path
        assert_security_headers(headers, path)


def test_each_language_has_its_own_404_page(server):
    prefixes = languages(server)
    assert prefixes == ["nl", "makkelijk", "tr", "ar", "pl"]
    for prefix in prefixes:
        for path in [f"/{prefix}/bestaat-niet", f"/{prefix}/buurtteams/bestaat-niet/", f"/{prefix}/verhalen/x/y.html"]:
            status, headers, body = server.get(path)
            assert status == 404, path
            assert body == (server.site / prefix / "404.html").read_bytes(), f"{path} is not /{prefix}/404.html"
            assert headers["content-type"] == "text/html; charset=utf-8", path
            assert_security_headers(headers, path)
    assert 'lang="ar" dir="rtl"' in server.get("/ar/bestaat-niet")[2].decode("utf-8")


def test_other_missing_addresses_get_the_root_404_page(server):
    root_404 = (server.site / "404.html").read_bytes()
    for path in ["/bestaat-niet", "/xx/bestaat-niet", "/assets/bestaat-niet.css", "/.wijkwijzer-site"]:
        status, headers, body = server.get(path)
        assert status == 404, path
        assert body == root_404, path
        assert_security_headers(headers, path)


def test_folders_redirect_to_their_slash_with_a_path_only(server):
    status, headers, _ = server.get("/tr")
    assert status == 301
    assert headers["location"] == "/tr/"
    assert_security_headers(headers, "/tr")


def test_the_browser_language_is_used_only_at_the_bare_root(server):
    cases = {
        "tr-TR,tr;q=0.9,en;q=0.8": (302, "/tr/"),
        "ar-SA,ar;q=0.9": (302, "/ar/"),
        "pl": (302, "/pl/"),
        "en-GB,en;q=0.9,tr;q=0.5": (200, None),  # only the first language counts: the chooser
        "": (200, None),
    }
    chooser = (server.site / "index.html").read_bytes()
    for accept, (expected_status, location) in cases.items():
        status, headers, body = server.get("/", {"Accept-Language": accept} if accept else {})
        assert status == expected_status, accept
        assert headers.get("location") == location, accept
        assert "Accept-Language" in headers.get("vary", ""), accept
        assert_security_headers(headers, f"/ ({accept})")
        if status == 200:
            assert body == chooser
    # A chosen language is never overridden, and the chooser stays reachable.
    for path in ["/nl/", "/index.html", "/ar/verhalen/"]:
        status, _, _ = server.get(path, {"Accept-Language": "tr"})
        assert status == 200, path
