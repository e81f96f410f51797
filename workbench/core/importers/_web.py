"""Fetching an article over HTTP(S) with one overall time-out and a size limit (standard library only).

One deadline covers the whole fetch: finding the host, connecting, the TLS handshake, every redirect
hop, the headers and the body. Every socket operation may wait only for the time left, and a
watchdog cuts the connection when the deadline passes, so a server that drips its headers a byte at
a time cannot hold the import longer than the time-out. Redirects are followed here, at most
:data:`MAX_REDIRECTS`, and only to http(s) addresses; an address with a user name or password is
refused, never sent. A body shorter than its ``Content-Length`` is refused as cut off.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.request
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from workbench import __version__
from workbench.core.errors import ImportFailedError
from workbench.core.formatting import format_size
from workbench.core.importers._common import is_web_address  # noqa: F401 - kept importable from here

USER_AGENT = f"Mozilla/5.0 (compatible; Workbench/{__version__}; newsroom fact-checking)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
MAX_REDIRECTS = 10
"""Redirects followed for one address; more is reported as a loop."""
_REDIRECT_CODES = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_SAVE_HINT = "save the page from your browser and open the file, or paste its text"
_URL_SAFE = "/%:@!$&'()*+,;=-._~"
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1",
    "Accept-Encoding": "identity",
}


@dataclass
class Fetched:
    """The bytes of a page and what the server said about them."""

    data: bytes
    url: str
    """The final address, after redirects."""
    content_type: str
    charset: str | None



def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


class _Deadline:
    """One time limit for a whole fetch, and a watchdog that cuts the connection when it passes."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._end = time.monotonic() + timeout
        self.expired = False
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        """Seconds left; :class:`TimeoutError` once none are."""
        left = self._end - time.monotonic()
        if left <= 0 or self.expired:
            raise TimeoutError
        return left

    def watch(self, sock: socket.socket) -> None:
        """Cut ``sock`` at the deadline. A duplicate descriptor is kept: shutting it down ends the
        connection even after the socket has been wrapped for TLS."""
        duplicate = sock.dup()
        with self._lock:
            if self.expired:
                duplicate.close()
                raise TimeoutError
            self._watched.append(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._watched:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def release(self) -> None:
        """Stop watching the sockets of a finished request (their duplicates would keep them open)."""
        with self._lock:
            for sock in self._watched:
                sock.close()
            self._watched.clear()

    def close(self) -> None:
        self._timer.cancel()
        self.release()


def _resolve(host: str, port: int, deadline: _Deadline) -> list[tuple]:
    """``getaddrinfo`` within the time left (it cannot be interrupted, so it runs in a thread)."""
    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["addresses"] = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
        except OSError as exc:
            result["error"] = exc

    thread = threading.Thread(target=work, name="workbench-resolve", daemon=True)
    thread.start()
    thread.join(deadline.left())
    if thread.is_alive():
        raise TimeoutError
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["addresses"]  # type: ignore[return-value]


def _open_socket(host: str, port: int, deadline: _Deadline) -> socket.socket:
    """A connected socket to ``host``, watched by the deadline."""
    error: OSError | None = None
    for family, kind, proto, _name, address in _resolve(host, port, deadline):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(deadline.left())
            sock.connect(address)
            deadline.watch(sock)
        except OSError as exc:
            sock.close()
            if isinstance(exc, TimeoutError):
                raise
            error = exc
            continue
        return sock
    raise error or OSError(f"no address for {host}")


def _proxy_for(url: str) -> str | None:
    """The proxy the system settings name for ``url`` (as urllib would use), if any."""
    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _connection(url: str, deadline: _Deadline) -> tuple[http.client.HTTPConnection, str, dict[str, str]]:
    """A connection for ``url`` (through the system's proxy, if one is set), the request target,
    and extra headers."""
    parts = urlsplit(url)
    target = quote(parts.path, safe=_URL_SAFE) or "/"
    target += (f"?{quote(parts.query, safe=_URL_SAFE + '?')}" if parts.query else "")
    headers: dict[str, str] = {}
    proxy = _proxy_for(url)
    host, port = parts.hostname or "", parts.port
    connect_host, connect_port = host, port
    proxy_auth: str | None = None
    if proxy:
        proxy_parts = urlsplit(proxy)
        connect_host, connect_port = proxy_parts.hostname or "", proxy_parts.port or 8080
        if proxy_parts.username is not None:
            pair = f"{unquote(proxy_parts.username)}:{unquote(proxy_parts.password or '')}"
            proxy_auth = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            connect_host, connect_port, timeout=deadline.left(), context=ssl.create_default_context()
        )
        if proxy:
            connection.set_tunnel(
                host, port or 443, headers={"Proxy-Authorization": proxy_auth} if proxy_auth else None
            )
    else:
        connection = http.client.HTTPConnection(connect_host, connect_port, timeout=deadline.left())
        if proxy:
            netloc = host if ":" not in host else f"[{host}]"
            target = f"http://{netloc}{f':{port}' if port else ''}{target}"
            if proxy_auth:
                headers["Proxy-Authorization"] = proxy_auth
    # http.client's hook for opening the socket: ours resolves and connects within the deadline.
    connection._create_connection = lambda address, *args: _open_socket(address[0], address[1], deadline)  # type: ignore[attr-defined]
    return connection, target, headers


def _refuse_user_info(url: str) -> None:
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return
    shown = parts.username or ""
    if parts.password is not None:
        shown += ":***"
    raise ImportFailedError(
        f"web addresses with a user name or password are not opened; remove '{shown}@' from the address"
    )


def _reason_message(url: str, reason: object, timeout: float) -> str:
    host = _host(url)
    if isinstance(reason, socket.gaierror):
        return f"cannot find the site {host}; check the address and your internet connection"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection; check the address, or try again later"
    if isinstance(reason, TimeoutError):
        return f"{host} did not answer within {timeout:g} s; try again later, or {_SAVE_HINT}"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the secure connection to {host} failed (certificate not trusted); {_SAVE_HINT}"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection to {host} failed; {_SAVE_HINT}"
    if isinstance(reason, ConnectionError):
        return f"the connection to {host} was cut off; try again later, or {_SAVE_HINT}"
    if isinstance(reason, http.client.HTTPException):
        return f"{host} sent an answer that is not valid HTTP; try again later, or {_SAVE_HINT}"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"cannot fetch {url}: {text}; check the address, or {_SAVE_HINT}"


def _http_error_message(url: str, code: int, reason: str) -> str:
    host = _host(url)
    if code == 404 or code == 410:
        return f"{host} has no page at {url} ({code} {reason}); check the address"
    if code in (401, 403, 451):
        return f"{host} refused access to the page ({code} {reason}); {_SAVE_HINT}"
    if code == 429:
        return f"{host} is limiting requests ({code} {reason}); wait a minute and try again"
    if code >= 500:
        return f"{host} had an error ({code} {reason}); try again later, or {_SAVE_HINT}"
    return f"{host} answered {code} {reason} for {url}; check the address, or {_SAVE_HINT}"


def _next_address(url: str, location: str | None, code: int, reason: str, seen: set[str]) -> str:
    """Where a redirect from ``url`` leads, refused unless it is a new http(s) address."""
    host = _host(url)
    if not location or not location.strip():
        raise ImportFailedError(
            f"{host} answered {code} {reason} without saying where the page moved; check the address"
        )
    target = urljoin(url, location.strip())
    parts = urlsplit(target)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ImportFailedError(
            f"{host} redirects to an address that is not http(s) ({scheme or location.strip()[:40]}:), "
            "which Workbench does not open; open the article's own web page instead"
        )
    if parts.username is not None or parts.password is not None:
        raise ImportFailedError(
            f"{host} redirects to an address with a user name or password, which is not opened; check the address"
        )
    if parts._replace(fragment="").geturl() in seen:
        raise ImportFailedError(f"{host} redirects in a loop; check the address")
    return target


def _decoder(encoding: str, url: str) -> Any:
    """A zlib decompressor for a gzip- or deflate-packed body, ``None`` for an unpacked one."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(wbits=32 + zlib.MAX_WBITS)  # gzip or zlib header, detected
    raise ImportFailedError(f"{_host(url)} sent the page packed as {encoding!r}, which Workbench cannot unpack; {_SAVE_HINT}")


def _read_body(
    response: http.client.HTTPResponse,
    sock: socket.socket | None,
    url: str,
    deadline: _Deadline,
    max_bytes: int,
) -> bytes:
    """The body, never more than ``max_bytes`` (after unpacking), refused when cut off."""
    host = _host(url)
    declared = response.length
    too_big = f"{url} is larger than {format_size(max_bytes)}; pages that big are not accepted — {_SAVE_HINT}"
    decoder = _decoder(response.getheader("Content-Encoding", ""), url)
    chunks: list[bytes] = []
    received = total = 0
    while True:
        if sock is not None:
            sock.settimeout(deadline.left())
        try:
            raw = response.read1(_CHUNK)
        except http.client.IncompleteRead:
            if deadline.expired:
                raise TimeoutError from None
            raise ImportFailedError(
                f"the download of {host} was cut off after {received} bytes; try again"
            ) from None
        if not raw:
            break
        received += len(raw)
        if decoder is not None:
            try:
                raw = decoder.decompress(raw, max_bytes - total + 1)
            except zlib.error:
                raise ImportFailedError(f"{host} sent a page that cannot be unpacked; try again, or {_SAVE_HINT}") from None
        total += len(raw)
        if total > max_bytes:
            raise ImportFailedError(too_big)
        chunks.append(raw)
    if declared is not None and received < declared:
        if deadline.expired:
            raise TimeoutError
        raise ImportFailedError(f"the download of {host} was cut off after {received} of {declared} bytes; try again")
    if declared is None and deadline.expired:
        raise TimeoutError  # the watchdog, not the server, ended the body
    if decoder is not None and not decoder.eof:
        raise ImportFailedError(f"the download of {host} was cut off after {received} bytes; try again")
    return b"".join(chunks)


def _get(url: str, deadline: _Deadline, max_bytes: int, seen: set[str]) -> Fetched | str:
    """One request: the page, or the next address when the server redirects."""
    connection, target, extra = _connection(url, deadline)
    try:
        connection.request("GET", target, headers={**_HEADERS, **extra})
        if connection.sock is not None:
            connection.sock.settimeout(deadline.left())
        response = connection.getresponse()
        code, reason = response.status, response.reason or ""
        if code in _REDIRECT_CODES:
            return _next_address(url, response.getheader("Location"), code, reason, seen)
        if not 200 <= code < 300:
            raise ImportFailedError(_http_error_message(url, code, reason))
        headers = response.headers
        content_type = (headers.get_content_type() or "").lower() if headers.get("Content-Type") else ""
        if content_type and not content_type.startswith(HTML_TYPES + TEXT_TYPES):
            raise ImportFailedError(
                f"{url} is not a web page but {content_type}; download it and open a file Workbench reads, or paste its text"
            )
        if response.length is not None and response.length > max_bytes:
            raise ImportFailedError(
                f"{url} is {format_size(response.length)}; pages over {format_size(max_bytes)} are not accepted — {_SAVE_HINT}"
            )
        data = _read_body(response, connection.sock, url, deadline, max_bytes)
        return Fetched(data=data, url=url, content_type=content_type, charset=headers.get_content_charset())
    finally:
        connection.close()
        deadline.release()


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url``; refuse more than ``max_bytes``, slower than ``timeout`` s overall, or errors."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        valid = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        valid = False
    if not valid:
        raise ImportFailedError(f"{url} is not a web address; use one that starts with http:// or https://")
    _refuse_user_info(url)
    deadline = _Deadline(timeout)
    seen: set[str] = set()
    current = url
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            seen.add(urlsplit(current)._replace(fragment="").geturl())
            try:
                result = _get(current, deadline, max_bytes, seen)
            except ImportFailedError:
                raise
            except (OSError, http.client.HTTPException) as exc:
                reason: object = TimeoutError() if deadline.expired else exc
                raise ImportFailedError(_reason_message(current, reason, timeout)) from None
            except ValueError as exc:  # a malformed address (bad port, control characters...)
                if deadline.expired:
                    raise ImportFailedError(_reason_message(current, TimeoutError(), timeout)) from None
                raise ImportFailedError(f"{current} is not a valid web address ({exc}); check it") from None
            if isinstance(result, Fetched):
                if not result.data.strip():
                    raise ImportFailedError(
                        f"{current} returned an empty page; check the address, or {_SAVE_HINT}"
                    )
                return result
            current = result
        raise ImportFailedError(f"{_host(url)} redirects more than {MAX_REDIRECTS} times; check the address")
    finally:
        deadline.close()
