"""Fetching an article over HTTP(S) with a time-out and a size limit (standard library only)."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from workbench import __version__
from workbench.core.errors import ImportFailedError
from workbench.core.formatting import format_size

USER_AGENT = f"Mozilla/5.0 (compatible; Workbench/{__version__}; newsroom fact-checking)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_CHUNK = 64 * 1024
_SAVE_HINT = "save the page from your browser and open the file, or paste its text"


@dataclass
class Fetched:
    """The bytes of a page and what the server said about them."""

    data: bytes
    url: str
    """The final address, after redirects."""
    content_type: str
    charset: str | None


def is_web_address(source: str) -> bool:
    """True for strings that start with ``http://`` or ``https://``."""
    return source.strip().lower().startswith(("http://", "https://"))



def _host(url: str) -> str:
    return urlsplit(url).hostname or url


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


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url``; refuse more than ``max_bytes``, slower than ``timeout`` s overall, or errors."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ImportFailedError(f"{url} is not a web address; use one that starts with http:// or https://")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            final_url = response.geturl() or url
            content_type = (headers.get_content_type() or "").lower() if headers.get("Content-Type") else ""
            charset = headers.get_content_charset()
            if content_type and not content_type.startswith(HTML_TYPES + TEXT_TYPES):
                raise ImportFailedError(
                    f"{url} is not a web page but {content_type}; download it and open a file Workbench reads, or paste its text"
                )
            length = headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise ImportFailedError(
                    f"{url} is {format_size(int(length))}; pages over {format_size(max_bytes)} are not accepted — {_SAVE_HINT}"
                )
            chunks: list[bytes] = []
            total = 0
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise ImportFailedError(
                        f"{url} is larger than {format_size(max_bytes)}; pages that big are not accepted — {_SAVE_HINT}"
                    )
                chunks.append(chunk)
    except ImportFailedError:
        raise
    except urllib.error.HTTPError as exc:
        raise ImportFailedError(_http_error_message(url, exc.code, exc.reason or "")) from None
    except urllib.error.URLError as exc:
        raise ImportFailedError(_reason_message(url, exc.reason, timeout)) from None
    except TimeoutError as exc:
        raise ImportFailedError(_reason_message(url, exc, timeout)) from None
    except (OSError, http.client.HTTPException) as exc:
        raise ImportFailedError(_reason_message(url, exc, timeout)) from None
    except ValueError as exc:
        raise ImportFailedError(f"{url} is not a valid web address ({exc}); check it") from None
    data = b"".join(chunks)
    if not data.strip():
        raise ImportFailedError(f"{url} returned an empty page; check the address, or {_SAVE_HINT}")
    return Fetched(data=data, url=final_url, content_type=content_type, charset=charset)
