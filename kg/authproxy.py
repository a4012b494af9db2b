"""The front of `kg serve`: a small reverse proxy before `oxigraph serve`, with a password
when the server is writable, and kg's own pages (the `kg view` page at /view).

Oxigraph's server has no authentication and serves only its own routes, so `kg serve` runs it
on a private loopback port and puts this proxy on the public address. It answers the paths of
its `pages` itself and forwards every other request. When writable, every request must carry
HTTP basic-auth credentials that kg generated (401 otherwise), and a request a browser marks as
coming from another site (an `Origin` that is not this server's, or `Sec-Fetch-Site:
cross-site`) is refused with 403 even with them: a browser attaches remembered basic-auth
credentials to a form that another web page posts here. Bodies go through in blocks both ways,
so a large `kg load` or a large answer is never held in memory.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import http.client
import secrets
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.errors import KgError

BLOCK = 64 * 1024
# What kg's pages may do: run and style with what they carry inline, load nothing.
PAGE_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
)
# Read and dropped before a refusal, so that the client sees the status rather than a reset
# connection; a refused client may not make the proxy read more than this.
REFUSED_BODY_LIMIT = 1024 * 1024
# Headers about one connection, not the message (RFC 9110 section 7.6.1): never forwarded.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


@dataclass(frozen=True)
class Credentials:
    """The basic-auth user and password a writable `kg serve` accepts."""

    user: str
    password: str

    @classmethod
    def generate(cls, user: str = "kg") -> Credentials:
        """A fresh random password (32 URL-safe characters, 192 bits)."""
        return cls(user, secrets.token_urlsafe(24))

    def accept(self, authorization: str | None) -> bool:
        """Whether an `Authorization` header carries exactly these credentials (compared in
        constant time, so the answer's timing does not leak how much of a guess was right)."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(token.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        expected = f"{self.user}:{self.password}".encode()
        return hmac.compare_digest(given, expected)


class AuthProxy(ThreadingHTTPServer):
    """Listens on a public address, answers GET and HEAD of the paths of `pages` (path → a
    function making the HTML, called at the first request) and forwards the other requests to
    `upstream`; with `credentials`, only authenticated requests from no other site are
    answered.

    Binding happens in the constructor (an `OSError` if the address is taken); `start` serves
    in a daemon thread and `close` stops it.
    """

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        upstream: tuple[str, int],
        credentials: Credentials | None,
        pages: Mapping[str, Callable[[], bytes]] | None = None,
    ) -> None:
        super().__init__(address, _Handler)
        self.upstream = upstream
        self.credentials = credentials
        # Made once, when first asked for: a page costs seconds on a big graph.
        self.pages = {path: cache(make) for path, make in (pages or {}).items()}

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, name="kg-auth-proxy", daemon=True).start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    # One request per connection: an answer of unknown length then simply ends with the
    # connection, so it can be passed on as it comes, block by block, without re-chunking.
    protocol_version = "HTTP/1.0"
    # Seconds a client may stay silent: idle connections do not hold threads for ever.
    timeout = 120
    server: AuthProxy

    def do_GET(self) -> None:
        self._forward()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: `kg serve`'s terminal shows its announcement, not one line per request."""

    def _forward(self) -> None:
        credentials = self.server.credentials
        if credentials is not None and self._cross_site():
            self._refuse(403, "cross-site requests are refused")
            return
        if credentials is not None and not credentials.accept(self.headers.get("Authorization")):
            challenge = {"WWW-Authenticate": 'Basic realm="kg serve", charset="UTF-8"'}
            self._refuse(401, "give the user and password `kg serve` printed", challenge)
            return
        make = self.server.pages.get(urllib.parse.urlsplit(self.path).path)
        if make is not None and self.command in ("GET", "HEAD"):
            try:
                page = make()
            except KgError as error:
                self._answer(503, " ".join(str(error).split()))
                return
            self._page(page)
            return
        headers = {
            name: value
            for name, value in self.headers.items()
            # The proxy answered no `100 Continue`, and the body follows anyway.
            if name.lower() not in HOP_BY_HOP | {"authorization", "host", "expect"}
        }
        upstream = http.client.HTTPConnection(*self.server.upstream)
        try:
            # A body without a length (chunked) is re-sent chunked: http.client does that for
            # an iterator when no Content-Length is given.
            upstream.request(self.command, self.path, body=self._body(), headers=headers)
            answer = upstream.getresponse()
        except ValueError:
            self._answer(400, "malformed request body")
            return
        except OSError:
            self._answer(502, "the oxigraph server behind `kg serve` did not answer")
            return
        try:
            self.send_response_only(answer.status, answer.reason)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    self.send_header(name, value)
            self.end_headers()
            while block := answer.read1(BLOCK):
                self.wfile.write(block)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; nothing to answer
        finally:
            upstream.close()

    def _page(self, page: bytes) -> None:
        """One of kg's own pages: self-contained HTML that may load nothing (its scripts are
        inline), whose text the browser may not reinterpret."""
        try:
            self.send_response_only(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy", PAGE_POLICY)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(page)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _cross_site(self) -> bool:
        """Whether a browser says this request comes from another site's page."""
        if self.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
            return True
        origin = self.headers.get("Origin")
        return origin is not None and urllib.parse.urlsplit(origin).netloc != self.headers.get(
            "Host"
        )

    def _body(self) -> Iterator[bytes] | None:
        length = self.headers.get("Content-Length")
        if length is not None:
            return self._fixed(int(length))
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._chunks()
        return None

    def _fixed(self, length: int) -> Iterator[bytes]:
        while length > 0:
            block = self.rfile.read(min(BLOCK, length))
            if not block:
                return
            length -= len(block)
            yield block

    def _chunks(self) -> Iterator[bytes]:
        """The decoded blocks of a chunked request body (RFC 9112 section 7.1)."""
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline().strip():  # trailer fields, then the blank line
                    pass
                return
            yield from self._fixed(size)
            self.rfile.readline()  # the CRLF after the chunk

    def _refuse(self, status: int, why: str, headers: dict[str, str] | None = None) -> None:
        """Answer `status` after reading (a bounded part of) the body, so that the client
        gets the answer instead of a connection reset by unread data."""
        dropped = 0
        try:
            for block in self._body() or ():
                dropped += len(block)
                if dropped > REFUSED_BODY_LIMIT:
                    break
        except (ValueError, OSError):
            pass  # a malformed or cut body: refused all the same
        self._answer(status, why, headers)

    def _answer(self, status: int, why: str, headers: dict[str, str] | None = None) -> None:
        text = f"{status} {http.client.responses[status]}: {why}\n".encode()
        try:
            self.send_response_only(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(text)
        except (BrokenPipeError, ConnectionResetError):
            pass
