"""Fetching articles over HTTP from a local server on 127.0.0.1: success and every failure."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from workbench.core.errors import ImportFailedError
from workbench.core.importers import load_article, load_url

PAGE = (Path(__file__).parent / "data" / "article_boilerplate.html").read_bytes()
NO_ARTICLE = (Path(__file__).parent / "data" / "no_article.html").read_bytes()
SEEN_AGENTS: list[str] = []
SEEN_REQUESTS: list[tuple[str, str]] = []  # (path, Authorization header)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", length: bool = True
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        SEEN_REQUESTS.append((self.path, self.headers.get("Authorization", "")))
        path = self.path
        if path.startswith("http://"):  # asked as a proxy: serve the same pages
            path = "/" + path.split("/", 3)[3]
        try:
            if path == "/article":
                self._send(200, PAGE)
            elif path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/article")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/plain":
                self._send(
                    200,
                    "Plain story: council spends €4.5m.\r\nSecond line.\r\n".encode("cp1252"),
                    "text/plain; charset=windows-1252",
                )
            elif path == "/missing":
                self._send(404, b"<html><body>Not found</body></html>")
            elif path == "/broken":
                self._send(500, b"<html><body>Internal error</body></html>")
            elif path == "/slow":
                time.sleep(3)
                self._send(200, PAGE)
            elif path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<html>" + b"x" * 1024)
            elif path == "/huge-streamed":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"y" * 65536 + b"</p>"
                for _ in range(200):  # ~13 MB unless the client stops reading
                    self.wfile.write(chunk)
            elif path == "/pdf":
                self._send(200, b"%PDF-1.7 ...", "application/pdf")
            elif path == "/image":
                self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
            elif path == "/empty":
                self._send(200, b"")
            elif path == "/home":
                self._send(200, NO_ARTICLE)
            elif path == "/drip-headers":
                # a status line, then one header byte every 50 ms: each read is quick, the whole is not
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
                for _ in range(60):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.05)
                self.wfile.write(b"\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE)
            elif path.startswith("/hop/"):
                hop = int(path.rsplit("/", 1)[1])
                time.sleep(0.3)
                self._redirect(f"/hop/{hop + 1}" if hop < 6 else "/article")
            elif path == "/cut-off":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(PAGE) + 5000))
                self.end_headers()
                self.wfile.write(PAGE)  # then the connection closes, 5000 bytes short
            elif path == "/to-ftp":
                self._redirect("ftp://127.0.0.1:1/article.html")
            elif path == "/to-file":
                self._redirect("file:///etc/passwd", 301)
            elif path == "/loop":
                self._redirect("/loop-2")
            elif path == "/loop-2":
                self._redirect("/loop")
            elif path.startswith("/chain/"):
                self._redirect(f"/chain/{int(path.rsplit('/', 1)[1]) + 1}", 307)
            elif path == "/gzip":
                body = gzip.compress(PAGE)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Encoding", "gzip")  # although we asked for identity
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif path == "/gzip-bomb":
                body = gzip.compress(b"<p>" + b"z" * (50 * 1024 * 1024) + b"</p>")
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self._send(404, b"")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_fetches_an_article_page(server: str) -> None:
    article = load_article(f"{server}/article", timeout=5)
    assert "The city council voted on Tuesday to spend €4.5 million" in article.text
    assert "ADVERTISEMENT" not in article.text
    assert article.title == "Council approves €4.5m budget for bridges"
    assert article.publisher == "The Daily Ledger"
    assert article.published == "2024-03-14"
    assert article.url == "https://ledger.example.com/news/2024/03/14/bridges-budget"  # canonical wins
    assert article.origin == article.url
    assert article.location == f"{server}/article"
    assert "Workbench" in SEEN_AGENTS[-1]
    assert article.found_from["url"] == article.found_from["title"] == "from the page's metadata"


def test_follows_redirects(server: str) -> None:
    article = load_url(f"{server}/redirect", timeout=5)
    assert article.location == f"{server}/article"


def test_plain_text_page_uses_the_declared_charset(server: str) -> None:
    article = load_url(f"{server}/plain", timeout=5)
    assert article.text == "Plain story: council spends €4.5m.\nSecond line.\n"
    assert article.format == "text"
    assert article.origin == f"{server}/plain"
    assert article.found_from == {"title": "from the text's first line", "url": "from the page's address"}


@pytest.mark.parametrize(
    ("path", "pattern"),
    [
        ("/missing", r"no page at .*404.*check the address"),
        ("/broken", r"had an error \(500.*try again later"),
        ("/pdf", r"not a web page but application/pdf"),
        ("/image", r"not a web page but image/png"),
        ("/empty", r"empty page"),
        ("/home", r"no article text found"),
    ],
)
def test_bad_pages_give_a_clear_message(server: str, path: str, pattern: str) -> None:
    with pytest.raises(ImportFailedError, match=pattern):
        load_url(server + path, timeout=5)


def test_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailedError, match=r"did not answer within 0.5 s"):
        load_url(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_trickling_body_stops_at_the_overall_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailedError, match="did not answer within 1 s"):
        load_url(f"{server}/drip", timeout=1)
    assert time.monotonic() - started < 3


def test_declared_oversized_page_is_refused_before_reading(server: str) -> None:
    with pytest.raises(ImportFailedError, match=r"50 MB; pages over 20 MB are not accepted"):
        load_url(f"{server}/huge-declared", timeout=5)


def test_streamed_oversized_page_stops_at_the_limit(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailedError, match=r"larger than 1 MB"):
        load_url(f"{server}/huge-streamed", timeout=10, max_bytes=1024 * 1024)
    assert time.monotonic() - started < 5


def test_refused_port() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(ImportFailedError, match="refused the connection"):
        load_url(f"http://127.0.0.1:{port}/article", timeout=2)


def test_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(ImportFailedError, match="cannot find the site news.invalid"):
        load_url("https://news.invalid/story", timeout=2)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "http://", "javascript:alert(1)"])
def test_not_a_web_address(url: str) -> None:
    with pytest.raises(ImportFailedError, match="not a web address"):
        load_url(url)


def test_headers_dripped_a_byte_at_a_time_stop_at_the_overall_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailedError, match=r"did not answer within 1 s"):
        load_url(f"{server}/drip-headers", timeout=1)
    assert time.monotonic() - started < 2


def test_the_deadline_covers_every_redirect_hop(server: str) -> None:
    started = time.monotonic()  # seven hops of 0.3 s: each one quick, together over the time-out
    with pytest.raises(ImportFailedError, match=r"did not answer within 1 s"):
        load_url(f"{server}/hop/0", timeout=1)
    assert time.monotonic() - started < 2


def test_a_download_shorter_than_its_length_is_refused(server: str) -> None:
    size = len(PAGE)
    with pytest.raises(ImportFailedError) as info:
        load_url(f"{server}/cut-off", timeout=5)
    assert str(info.value) == f"the download of 127.0.0.1 was cut off after {size} of {size + 5000} bytes; try again"


@pytest.mark.parametrize(("path", "target"), [("/to-ftp", "ftp"), ("/to-file", "file")])
def test_redirects_to_other_schemes_are_not_followed(server: str, path: str, target: str) -> None:
    with pytest.raises(ImportFailedError) as info:
        load_url(server + path, timeout=2)
    assert str(info.value) == (
        f"127.0.0.1 redirects to an address that is not http(s) ({target}:), which Workbench does not open; "
        "open the article's own web page instead"
    )


def test_a_redirect_loop_is_one_line(server: str) -> None:
    with pytest.raises(ImportFailedError) as info:
        load_url(f"{server}/loop", timeout=2)
    assert str(info.value) == "127.0.0.1 redirects in a loop; check the address"


def test_redirects_stop_after_ten_hops(server: str) -> None:
    before = len(SEEN_REQUESTS)
    with pytest.raises(ImportFailedError) as info:
        load_url(f"{server}/chain/0", timeout=5)
    assert str(info.value) == "127.0.0.1 redirects more than 10 times; check the address"
    assert len(SEEN_REQUESTS) - before == 11  # the address and ten redirects


def test_addresses_with_a_user_name_or_password_are_refused_without_sending_them(server: str) -> None:
    before = len(SEEN_REQUESTS)
    url = server.replace("http://", "http://editor:s3cret@") + "/article"
    with pytest.raises(ImportFailedError) as info:
        load_url(url, timeout=2)
    message = str(info.value)
    assert message == (
        "web addresses with a user name or password are not opened; remove 'editor:***@' from the address"
    )
    assert "s3cret" not in message
    assert len(SEEN_REQUESTS) == before  # nothing was sent


def test_a_packed_page_is_unpacked_although_identity_was_asked(server: str) -> None:
    article = load_url(f"{server}/gzip", timeout=5)
    assert "The city council voted on Tuesday to spend €4.5 million" in article.text


def test_a_packed_page_is_held_to_the_size_limit_after_unpacking(server: str) -> None:
    with pytest.raises(ImportFailedError, match=r"larger than 1 MB; pages that big are not accepted"):
        load_url(f"{server}/gzip-bomb", timeout=5, max_bytes=1024 * 1024)


def test_the_system_proxy_is_used(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", server)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    article = load_url("http://ledger.example.invalid/article", timeout=5)
    assert SEEN_REQUESTS[-1][0] == "http://ledger.example.invalid/article"
    assert article.location == "http://ledger.example.invalid/article"


def test_the_deadline_leaves_no_thread_behind(server: str) -> None:
    before = threading.active_count()
    load_url(f"{server}/article", timeout=5)
    deadline = time.monotonic() + 2
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() <= before
