"""One way to talk HTTP to an endpoint: retry what may pass on a later attempt, and turn
every failure into a one-line `EndpointError` that names the URL and what to do."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from kg.errors import EndpointAuthError, EndpointError, EndpointTimeout, EndpointUnreachable
from kg.httpio import HttpFailure
from kg.urls import redact, scrub

T = TypeVar("T")

# Statuses a server sends when it is busy, restarting or behind a proxy that lost it.
TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class Retry:
    """How often to try one exchange: `attempts` in all, waiting `backoff` seconds before
    the second and twice as long before each next one."""

    attempts: int = 3
    backoff: float = 0.5


def _cause(error: BaseException) -> BaseException:
    """The socket-level error inside urllib's wrapper, if any."""
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        return error.reason
    return error


def is_transient(error: BaseException) -> bool:
    """Whether trying the same exchange again may succeed."""
    if isinstance(error, urllib.error.HTTPError):
        return error.code in TRANSIENT_STATUSES
    if isinstance(error, HttpFailure):
        return error.status in TRANSIENT_STATUSES
    cause = _cause(error)
    return isinstance(cause, ConnectionError) and not isinstance(cause, BrokenPipeError)


def describe(error: BaseException, url: str, *, timeout: int, action: str) -> EndpointError:
    """A one-line error for a failed exchange with `url` while trying to `action`; `url`'s
    credentials are masked wherever it or a library's message would show them."""
    failure = _describe(error, redact(url), timeout=timeout, action=action)
    return type(failure)(scrub(str(failure), url))


def _describe(error: BaseException, url: str, *, timeout: int, action: str) -> EndpointError:
    if isinstance(error, urllib.error.HTTPError):
        error = HttpFailure.from_http_error(error)
    if isinstance(error, HttpFailure):
        return _describe_status(error, url, action)
    cause = _cause(error)
    if isinstance(cause, TimeoutError):
        return EndpointTimeout(
            f"{url} did not answer within {timeout} s: raise --timeout, "
            "or try again when the server is less busy"
        )
    if isinstance(cause, ConnectionRefusedError):
        return EndpointUnreachable(
            f"cannot reach {url}: connection refused. Is the server running? "
            "Check the host and port, or start a local one with `kg serve`"
        )
    if isinstance(cause, socket.gaierror):
        return EndpointUnreachable(f"cannot reach {url}: unknown host. Check the URL")
    if isinstance(cause, ConnectionError):
        return EndpointUnreachable(
            f"{url} closed the connection without an answer: check that it is a SPARQL "
            "endpoint and see the server's log (it may limit request sizes)"
        )
    if isinstance(cause, http.client.HTTPException):
        return EndpointError(f"{url} did not answer in HTTP ({cause!r}): check the URL and port")
    if isinstance(cause, OSError):
        return EndpointUnreachable(f"cannot reach {url}: {cause.strerror or cause}")
    return EndpointError(f"{url}: {cause}")


def _describe_status(failure: HttpFailure, url: str, action: str) -> EndpointError:
    status = f"HTTP {failure.status} {failure.reason}".strip()
    detail = f": {failure.detail}" if failure.detail else ""
    if failure.status == 401:
        return EndpointAuthError(
            f"{url} refused the credentials ({status}): give --user and --password "
            "(or KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD) of an account on this endpoint"
        )
    if failure.status == 403:
        return EndpointAuthError(
            f"{url} forbids this request ({status}){detail}: use an account allowed to {action}"
        )
    if failure.status == 404:
        return EndpointError(
            f"nothing at {url} ({status}): check the dataset name in --endpoint "
            "(Fuseki: http://host:3030/DATASET) or give --query-url / --store-url"
        )
    if failure.status == 405:
        return EndpointError(
            f"{url} does not allow this ({status}): if it is a read-only dataset, start "
            "Fuseki with --update; otherwise check --query-url / --store-url"
        )
    if failure.status >= 500:
        return EndpointError(
            f"{url} failed ({status}){detail}. See the server's log, then try again"
        )
    return EndpointError(
        f"{url} refused to {action} ({status}){detail}. Fix what the server names, or see its log"
    )


def with_retries(
    exchange: Callable[[], T], *, url: str, timeout: int, action: str, retry: Retry
) -> T:
    """Run `exchange` (one request to `url` and its answer), again after a growing pause
    while it fails in a way that may pass; raise the last failure as an `EndpointError`."""
    attempt = 1
    while True:
        try:
            return exchange()
        except (OSError, http.client.HTTPException, HttpFailure) as error:
            if attempt >= retry.attempts or not is_transient(error):
                raise describe(error, url, timeout=timeout, action=action) from error
        time.sleep(retry.backoff * 2 ** (attempt - 1))
        attempt += 1
