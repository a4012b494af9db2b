"""URLs as kg shows and compares them: credentials never shown, origins compared exactly.

A user may write credentials into a URL (``http://user:pass@host/...``); every message that
names a URL goes through `redact`, so the password never reaches a terminal or a log.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# What stands between the scheme (if any) and the host: ``user:password@``.
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#@]*@")


def redact(url: str) -> str:
    """`url` with its user and password (if any) replaced by ``***``; also when the user
    left out the scheme (``user:pass@host/...``)."""
    return _USERINFO.sub(r"\1***@", url, count=1)


def scrub(text: str, url: str) -> str:
    """`text` (say, an error a library raised about `url`) with `url`'s credentials masked."""
    userinfo = urlsplit(url).netloc.rpartition("@")[0]
    return text.replace(userinfo, "***") if userinfo else text


def credentials(url: str) -> tuple[str, str] | None:
    """The user and password written into `url`, if both are."""
    parts = urlsplit(url)
    if parts.username is None or parts.password is None:
        return None
    return parts.username, parts.password


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port: two URLs of one origin reach the same server."""
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or ""), port_of(parts)


def host_and_port(url: str) -> str:
    """``host:port`` as written in `url` (lower case, credentials dropped)."""
    return urlsplit(url).netloc.rpartition("@")[2].lower()


def port_of(parts: SplitResult) -> int | None:
    """The port a URL connects to: the explicit one, else its scheme's default."""
    return parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
