"""The HTML report opened in headless Chromium: no script runs, links are right, the page renders."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixtures import IMG, make_bundle

from workbench.core.report import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.title = ""
        self._in_title = False
        self.event_attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_title = tag == "title"
        for name, value in attrs:
            if name.startswith("on"):
                self.event_attrs.append(name)
            if tag == "a" and name == "href":
                self.hrefs.append(value or "")

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def test_no_script_runs_and_links_are_only_http(tmp_path: Path) -> None:
    report = write_report(make_bundle(), "html", tmp_path / "report.html")
    dumped = _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", report.as_uri()).stdout
    dom = _Dom()
    dom.feed(dumped)
    # the hostile <script> and onerror set document.title to 'pwned' if they ran
    assert dom.title == f"Verification report: Council approves €4.5m {IMG}"
    assert "script" not in dom.tags and "img" not in dom.tags
    assert dom.event_attrs == []
    assert dom.hrefs == [  # the masthead, the disputed claim's source, then the verified claims' row
        "https://news.example.com/2024/council-bridges",
        "http://traffic.example.org/survey?y=2023&a=<b>",
        "https://city.example.gov/budget-2024.pdf",
    ]
    assert "&lt;script&gt;document.title='pwned';alert(1)&lt;/script&gt;" in dumped  # shown as text


def test_screenshot_renders(tmp_path: Path) -> None:
    report = write_report(make_bundle(), "html", tmp_path / "report.html")
    shot = tmp_path / "shot.png"
    _chromium(
        tmp_path, "--hide-scrollbars", f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri()
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a page with content, not a blank one


def test_control_chromium_does_run_scripts_in_this_setup(tmp_path: Path) -> None:
    """Proves the check above can fail: an unescaped script does change the dumped title."""
    page = tmp_path / "control.html"
    page.write_text(
        "<html><head><title>safe</title></head><body><script>document.title='pwned'</script></body></html>"
    )
    dumped = _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", page.as_uri()).stdout
    dom = _Dom()
    dom.feed(dumped)
    assert dom.title == "pwned"
