"""A polite client for Wikidata's query service (WDQS) or any SPARQL endpoint shaped like it.

WDQS throttles by User-Agent and IP, answers HTTP 429 with a ``Retry-After`` header when a
client uses too much query time, and bans clients that ignore it. So this client sends a
descriptive User-Agent with a contact (the Wikimedia User-Agent policy), runs one request at a
time, waits as long as ``Retry-After`` says (a minute when a 429 does not say), and keeps every
answer in an on-disk cache keyed by endpoint and query, so a re-run asks nothing again
(``refresh=True`` asks anyway and rewrites the cache).

Large item sets go out in ``VALUES`` batches, long answers in ``LIMIT``/``OFFSET`` pages.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import json
import re
import time
import urllib.error
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template

from kg import __version__
from kg.errors import EndpointError, MalformedAnswer, Throttled
from kg.files import write_atomically
from kg.settings import settings
from kg.store.http import HttpFailure, Retry, describe, is_transient
from kg.urls import redact

WDQS = "https://query.wikidata.org/sparql"
PROJECT_URL = "https://w3id.org/arabic-news-kg"
BATCH = 200  # items per VALUES block: well under WDQS's request-size and time limits
PAGE = 5000  # rows per LIMIT/OFFSET page
NO_RETRY_AFTER_WAIT = 60.0  # WDQS asks clients that get a 429 without Retry-After to wait 1 min
MAX_WAIT = 300.0  # a longer Retry-After means: come back later, not: sleep in a command

RETRY = Retry(attempts=4, backoff=1.0)


ENTITY = "http://www.wikidata.org/entity/"
QID = re.compile(r"Q[1-9][0-9]*")  # a Wikidata item ID, as kg accepts one anywhere


class Row(dict[str, str]):
    """One result row: variable → value. A variable the query always binds but the row lacks
    is a malformed answer, not a KeyError (optional ones are read with ``get`` or ``in``)."""

    def __missing__(self, name: str) -> str:
        raise MalformedAnswer(f"a row without ?{name}")


def user_agent() -> str:
    """kg's User-Agent: tool, version, contact ($KG_CONTACT adds the operator's), library."""
    import SPARQLWrapper

    contact = "; ".join(filter(None, (PROJECT_URL, settings().contact)))
    return f"kg/{__version__} ({contact}) SPARQLWrapper/{SPARQLWrapper.__version__}"


def items(qids: Iterable[str]) -> list[str]:
    """Wikidata items as SPARQL terms: ``wd:Q43``."""
    return [f"wd:{qid}" for qid in qids]


def literal(text: str, lang: str) -> str:
    """A string as a SPARQL literal in a language: ``"أنقرة"@ar``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'


def arabic(text: str) -> str:
    """An Arabic string as a SPARQL literal: ``"أنقرة"@ar``."""
    return literal(text, "ar")


def qid(iri: str) -> str:
    """The QID of a Wikidata item IRI; `MalformedAnswer` for anything else (a property, a
    malformed QID, another site's IRI), which must never reach a table or a graph."""
    local = iri.removeprefix(ENTITY)
    if local == iri or not QID.fullmatch(local):
        raise MalformedAnswer(f"{iri!r} where a Wikidata item ({ENTITY}Q<digits>) belongs")
    return local


def qid_order(item: str) -> int:
    """A QID's number, to sort items as Wikidata numbers them (Q43 before Q406)."""
    digits = item.removeprefix("Q")
    return int(digits) if digits.isdigit() else 0


PREFIXES = """\
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@dataclass
class Client:
    """SELECT queries against one endpoint, cached on disk, retried when throttled.

    `timeout` is in whole seconds (SPARQLWrapper truncates it to an int). `requests` counts
    the queries actually sent, cache hits excluded; `oldest` is when the oldest answer used
    was fetched (a POSIX time), so a table built from the cache can say how fresh it is.
    """

    endpoint: str = WDQS
    cache: Path | None = None
    refresh: bool = False
    timeout: int = 60
    retry: Retry = RETRY
    requests: int = 0
    oldest: float | None = None

    @property
    def shown(self) -> str:
        """The endpoint as messages and files name it: without the credentials of its URL."""
        return redact(self.endpoint)

    def select(self, query: str) -> list[Row]:
        """The rows of one SELECT query: variable → value (IRI or lexical form)."""
        text = PREFIXES + query
        path = self._cache_path(text)
        if path is not None and path.is_file() and not self.refresh:
            rows, fetched = self._rows(path.read_bytes()), path.stat().st_mtime
        else:
            body, fetched = self._post(text), time.time()
            rows = self._rows(body)
            if path is not None:
                write_atomically(path, lambda out: out.write(body))  # only answers that parsed
                fetched = path.stat().st_mtime  # what a re-run from the cache will report
        self.oldest = fetched if self.oldest is None else min(self.oldest, fetched)
        return rows

    def pages(self, query: str, size: int = PAGE) -> Iterator[Row]:
        """Every row of `query` (which must have an ORDER BY), fetched `size` rows at a time."""
        offset = 0
        while True:
            rows = self.select(f"{query}\nLIMIT {size} OFFSET {offset}")
            yield from rows
            if len(rows) < size:
                return
            offset += size

    def batches(self, template: str, terms: Iterable[str], size: int = BATCH) -> Iterator[Row]:
        """Rows of `template` run once per `size` SPARQL terms, its ``$items`` filled with them."""
        ordered = sorted(set(terms))
        for start in range(0, len(ordered), size):
            chunk = " ".join(ordered[start : start + size])
            yield from self.pages(Template(template).substitute(items=chunk))

    def _rows(self, body: bytes) -> list[Row]:
        try:
            bindings = json.loads(body)["results"]["bindings"]
            rows = [Row({name: cell["value"] for name, cell in row.items()}) for row in bindings]
            if any(not isinstance(value, str) for row in rows for value in row.values()):
                raise TypeError("a value that is not a string")
            return rows
        except (ValueError, KeyError, TypeError, AttributeError):
            raise EndpointError(
                f"{self.shown} did not answer with SPARQL JSON results: "
                "check that --endpoint is a SPARQL query URL"
            ) from None

    def _cache_path(self, text: str) -> Path | None:
        if self.cache is None:
            return None
        digest = hashlib.sha256(f"{self.endpoint}\n{text}".encode()).hexdigest()
        return self.cache / "wdqs" / digest[:2] / f"{digest}.json"

    def _post(self, text: str) -> bytes:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        from kg.store.remote import failure_of

        wrapper = SPARQLWrapper(self.endpoint, agent=user_agent())
        wrapper.setMethod(POST)
        wrapper.setOnlyConneg(True)
        wrapper.setTimeout(self.timeout)
        wrapper.setReturnFormat(JSON)
        wrapper.setQuery(text)
        attempt = 1
        while True:
            self.requests += 1
            try:
                with wrapper.query().response as response:
                    return response.read()
            except SPARQLWrapperException as error:
                failure: BaseException = failure_of(error)
            except (OSError, http.client.HTTPException) as error:
                failure = error
            wait = self._pause(failure, attempt)
            if wait is None:
                raise self._error(failure) from failure
            time.sleep(wait)
            attempt += 1

    def _pause(self, failure: BaseException, attempt: int) -> float | None:
        """Seconds to wait before trying again, or None to give up."""
        if attempt >= self.retry.attempts or not is_transient(failure):
            return None
        asked = _retry_after(failure)
        if asked is not None:
            return asked if asked <= MAX_WAIT else None
        if _status(failure) == 429:
            return NO_RETRY_AFTER_WAIT
        return self.retry.backoff * 2 ** (attempt - 1)

    def _error(self, failure: BaseException) -> EndpointError:
        if _status(failure) == 429:
            asked = _retry_after(failure)
            later = f"in {asked:.0f} s" if asked else "in a few minutes"
            return Throttled(
                f"{self.shown} throttled kg (HTTP 429 Too Many Requests): run again {later}; "
                "what was fetched is cached and will not be asked again"
            )
        return describe(failure, self.endpoint, timeout=self.timeout, action="run queries")


def _status(failure: BaseException) -> int | None:
    if isinstance(failure, urllib.error.HTTPError):
        return failure.code
    if isinstance(failure, HttpFailure):
        return failure.status
    return None


def _retry_after(failure: BaseException) -> float | None:
    """The wait a ``Retry-After`` header asks for: seconds, or an HTTP date."""
    if not isinstance(failure, urllib.error.HTTPError) or failure.headers is None:
        return None
    value = failure.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
