"""One HTTP exchange under one deadline, with redirects and credentials under kg's control.

Why not urllib's opener: its timeout bounds each socket operation, so a server that sends
one byte every second holds a download for ever; it follows redirects by itself, turning an
upload into an empty GET and sending the ``Authorization`` header to whatever host the
redirect names. Here a watchdog shuts the socket down when the deadline passes, whatever
phase the exchange is in (connect, send, headers, body); redirects are followed only as the
caller allows; credentials go only to the origin they were given for.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import re
import socket
import threading
import time
import urllib.error
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urljoin, urlsplit

from kg.errors import EndpointRedirect
from kg.urls import credentials, origin, port_of, redact

Redirects = Literal["never", "same-origin", "any"]
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
CHUNK = 1 << 16
# Of an error answer only the start is read: its first line goes into kg's message.
ERROR_BODY = 1 << 16


@dataclass(frozen=True)
class Response:
    """An answer: its status, media type (``text/html``) and body (empty when the caller
    gave a `sink` to write it to, or for a redirect)."""

    status: int
    content_type: str
    body: bytes


class HttpFailure(Exception):
    """An HTTP error status, whichever client received it, with the server's message
    shortened to one line in `detail`."""

    def __init__(self, status: int, reason: str = "", body: bytes = b"") -> None:
        super().__init__(f"HTTP {status} {reason}".strip())
        self.status = status
        self.reason = reason or http.client.responses.get(status, "")
        self.detail = _first_line(body)

    @classmethod
    def from_http_error(cls, error: urllib.error.HTTPError) -> HttpFailure:
        try:
            body = error.read()
        except OSError:
            body = b""
        return cls(error.code, str(error.reason or ""), body)


def _first_line(body: bytes) -> str:
    """The server's message, short enough for one line: tags and blank space removed."""
    text = re.sub(r"<[^>]+>", " ", body.decode("utf-8", errors="replace"))
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:197] + "..."


def exchange(
    method: str,
    url: str,
    *,
    timeout: float,
    headers: Mapping[str, str] | None = None,
    body: bytes | Path | None = None,
    auth: tuple[str, str] | None = None,
    redirects: Redirects = "never",
    sink: BinaryIO | None = None,
    option: str = "its URL",
) -> Response:
    """Send one request and read its whole answer within `timeout` seconds in all (every
    redirect included), or raise `TimeoutError`.

    `auth` (else credentials written in `url`) is sent as basic auth, and only to `url`'s
    origin. A redirect is followed as `redirects` allows, with the same method and body,
    or raised as `EndpointRedirect` naming the new location and the `option` that would
    take it. An error status raises `HttpFailure`; socket errors pass through as `OSError`.
    """
    deadline = time.monotonic() + timeout
    auth = auth or credentials(url)
    home, current = origin(url), url
    for _ in range(MAX_REDIRECTS + 1):
        sent = dict(headers or {})
        if auth is not None and origin(current) == home:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            sent["Authorization"] = f"Basic {token}"
        response, location = _once(method, current, sent, body, deadline, timeout, sink)
        if location is None:
            return response
        target = urljoin(current, location)
        if redirects == "never" or (redirects == "same-origin" and origin(target) != home):
            what = "a redirect of this request" if redirects == "never" else "it to another host"
            raise EndpointRedirect(
                f"{redact(current)} redirects to {redact(target)} (HTTP {response.status}); "
                f"kg does not follow {what}: if you trust that address, "
                f"give {option} {redact(target)}"
            )
        current = target
    raise EndpointRedirect(f"{redact(url)} redirects more than {MAX_REDIRECTS} times")


def _once(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes | Path | None,
    deadline: float,
    timeout: float,
    sink: BinaryIO | None,
) -> tuple[Response, str | None]:
    """One request: its answer, and where it redirects to (None if it does not)."""
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError(f"no complete answer within {timeout} s")
    # The port always given: http.client would read the end of an IPv6 address as one.
    connection = kind(parts.hostname or "", port_of(parts), timeout=remaining)
    watchdog = _Watchdog(connection, deadline)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        # Started first, so that a TLS handshake sent byte by byte is cut too (the connect
        # itself is bounded by the socket's timeout).
        watchdog.start()
        connection.connect()
        if isinstance(body, Path):
            headers["Content-Length"] = str(body.stat().st_size)
            with body.open("rb") as stream:
                # http.client sends a file block by block: never the whole file in memory.
                connection.request(method, target, body=stream, headers=headers)
        else:
            connection.request(method, target, body=body, headers=headers)
        answer = connection.getresponse()
        content_type = answer.headers.get_content_type()
        location = answer.headers.get("Location")
        if answer.status in REDIRECT_STATUSES and location:
            return Response(answer.status, content_type, b""), location
        if answer.status >= 400:
            raise HttpFailure(answer.status, answer.reason, answer.read(ERROR_BODY))
        if sink is None or method == "HEAD":
            data = answer.read()
        else:
            while chunk := answer.read(CHUNK):
                sink.write(chunk)
            data = b""
        return Response(answer.status, content_type, data), None
    except (OSError, http.client.HTTPException) as error:
        if watchdog.fired:
            raise TimeoutError(f"no complete answer within {timeout} s") from error
        raise
    finally:
        watchdog.cancel()
        connection.close()


class _Watchdog:
    """Shuts a connection's socket down at `deadline` (a `time.monotonic` time): a read or
    write blocked in another thread then returns at once, so no phase of the exchange
    outlives the deadline."""

    def __init__(self, connection: http.client.HTTPConnection, deadline: float) -> None:
        self.connection = connection
        self.deadline = deadline
        self.fired = False
        self._timer: threading.Timer | None = None

    def start(self) -> None:
        self._timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def _fire(self) -> None:
        self.fired = True
        sock = self.connection.sock
        if sock is not None:
            # The plain socket's shutdown, also under TLS: SSLSocket.shutdown would drop
            # its TLS state while the other thread reads.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
