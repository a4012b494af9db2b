"""The WDQS client against a real local SPARQL server: User-Agent, 429 with Retry-After, cache,
paging, and one-line errors."""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from conftest import Answer, QuietHandler

from kg.errors import EndpointError, EndpointUnreachable, Throttled
from kg.serve import free_port
from kg.store.http import Retry
from kg.wikidata import PROJECT_URL, Client, arabic, items, literal
from kg.wikidata_items import fetch, named, search

FAST = Retry(attempts=3, backoff=0.01)
STATES = "SELECT ?state WHERE { ?state wdt:P31 wd:Q3624078 } ORDER BY ?state"


@dataclass
class Throttle:
    """A stand-in for a busy WDQS: the first `refusals` requests get 429 with Retry-After,
    the others go to the real endpoint behind it."""

    url: str
    user_agents: list[str] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)


@pytest.fixture
def throttle(wikidata_server, http_server) -> Callable[..., Throttle]:
    def start(refusals: int = 1, retry_after: str = "1") -> Throttle:
        state = Throttle(url="")

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                state.user_agents.append(self.headers.get("User-Agent", ""))
                state.arrivals.append(time.monotonic())
                if len(state.arrivals) <= refusals:
                    self.send_response(429)
                    self.send_header("Retry-After", retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                request = urllib.request.Request(
                    wikidata_server.endpoints.query,
                    data=body,
                    headers={
                        k: v for k, v in self.headers.items() if k in ("Content-Type", "Accept")
                    },
                )
                with urllib.request.urlopen(request, timeout=10) as upstream:
                    answer = upstream.read()
                    content_type = upstream.headers["Content-Type"]
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        state.url = http_server(Handler) + "/sparql"
        return state

    return start


def test_select_reads_wikidata_shaped_answers(wikidata_server, tmp_path):
    client = Client(wikidata_server.endpoints.query, cache=tmp_path)
    states = {row["state"].rsplit("/", 1)[1] for row in client.select(STATES)}
    assert {"Q43", "Q79", "Q810", "Q842", "Q219060", "Q233", "Q822", "Q1016"} == states


def test_a_429_is_waited_out_as_retry_after_says_then_answered(throttle, tmp_path):
    stand_in = throttle(refusals=1, retry_after="1")
    client = Client(stand_in.url, cache=tmp_path, retry=FAST)
    rows = client.select(STATES)
    assert len(rows) == 8
    assert len(stand_in.arrivals) == 2
    assert stand_in.arrivals[1] - stand_in.arrivals[0] >= 1.0  # not the 0.01 s backoff
    assert client.requests == 2


def test_the_user_agent_names_kg_and_a_contact(throttle, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CONTACT", "newsroom@example.org")
    stand_in = throttle(refusals=0)
    Client(stand_in.url, cache=tmp_path).select(STATES)
    (agent,) = stand_in.user_agents
    assert agent.startswith("kg/")
    assert PROJECT_URL in agent and "newsroom@example.org" in agent and "SPARQLWrapper/" in agent


def test_throttled_to_the_end_is_one_line_saying_to_come_back(throttle, tmp_path):
    stand_in = throttle(refusals=99, retry_after="0")
    client = Client(stand_in.url, cache=tmp_path, retry=FAST)
    with pytest.raises(Throttled, match=r"HTTP 429.*run again.*cached") as raised:
        client.select(STATES)
    assert "\n" not in str(raised.value)
    assert len(stand_in.arrivals) == FAST.attempts


def test_a_retry_after_too_long_to_sleep_through_gives_up_at_once(throttle, tmp_path):
    stand_in = throttle(refusals=99, retry_after="3600")
    client = Client(stand_in.url, cache=tmp_path, retry=FAST)
    with pytest.raises(Throttled, match="in 3600 s"):
        client.select(STATES)
    assert len(stand_in.arrivals) == 1


def test_a_rerun_is_answered_from_the_cache_unless_refreshed(throttle, tmp_path):
    stand_in = throttle(refusals=0)
    Client(stand_in.url, cache=tmp_path).select(STATES)
    again = Client(stand_in.url, cache=tmp_path)
    assert len(again.select(STATES)) == 8
    assert again.requests == 0 and len(stand_in.arrivals) == 1
    refreshed = Client(stand_in.url, cache=tmp_path, refresh=True)
    refreshed.select(STATES)
    assert refreshed.requests == 1 and len(stand_in.arrivals) == 2


def test_long_answers_come_in_pages(wikidata_server, tmp_path):
    client = Client(wikidata_server.endpoints.query, cache=tmp_path)
    rows = list(client.pages(STATES, size=3))
    assert len(rows) == 8 and client.requests == 3
    assert rows == client.select(STATES)


def test_item_sets_go_out_in_batches(wikidata_server, tmp_path):
    client = Client(wikidata_server.endpoints.query, cache=tmp_path)
    query = "SELECT * WHERE { VALUES ?item { $items } ?item rdfs:label ?label } ORDER BY ?label"
    rows = list(client.batches(query, items(["Q43", "Q79", "Q810"]), size=2))
    assert len(rows) == 6 and client.requests == 2


def test_fetch_reads_names_kinds_countries_and_sitelinks(wikidata_server, tmp_path):
    client = Client(wikidata_server.endpoints.query, cache=tmp_path)
    found = fetch(client, ["Q43", "Q406", "Q249206", "Q900000022"])
    turkey, istanbul, minister, street = (
        found[q] for q in ("Q43", "Q406", "Q249206", "Q900000022")
    )
    assert (turkey.kind, turkey.label_ar, turkey.sitelinks) == ("state", "تركيا", 330)
    assert "الجمهورية التركية" in turkey.aliases_ar
    assert istanbul.kind == "city"  # an instance of a subclass of city (P31/P279*)
    assert (minister.kind, minister.countries) == ("person", {"Q43"})
    assert street.kind is None


def test_search_finds_items_by_exact_arabic_label_or_alias(wikidata_server, tmp_path):
    client = Client(wikidata_server.endpoints.query, cache=tmp_path)
    assert search(client, ["عمان"]) == {"Q842", "Q3805"}
    assert search(client, ["أحمد يوسف"]) == {"Q900000020", "Q900000021", "Q900000022"}
    assert search(client, ["عمان"]) == search(client, ["عمان"])


def test_named_says_which_items_carry_a_name_in_a_language_and_how(wikidata_server, tmp_path):
    client = Client(wikidata_server.endpoints.query, cache=tmp_path)
    found = named(client, [("طرابلس", "ar"), ("Tripoli", "en"), ("حركة فتح", "ar")])
    assert sorted(found) == [
        ("Q3579", "Tripoli", "en", "label"),
        ("Q3579", "طرابلس", "ar", "label"),
        ("Q900000050", "Tripoli", "en", "label"),
        ("Q900000050", "طرابلس", "ar", "label"),
        ("Q900000065", "حركة فتح", "ar", "alias"),
        ("Q900000066", "حركة فتح", "ar", "alias"),
    ]
    assert named(client, [("طرابلس", "en")]) == []  # the language is part of the name


def test_quotes_in_a_name_cannot_break_the_query():
    assert arabic('a "b" \\ c') == '"a \\"b\\" \\\\ c"@ar'
    assert literal('say "hi"', "en") == '"say \\"hi\\""@en'


def test_an_endpoint_that_is_down_is_one_line_naming_it(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    client = Client(url, cache=tmp_path, retry=FAST)
    with pytest.raises(EndpointUnreachable, match=r"cannot reach .*connection refused") as raised:
        client.select(STATES)
    assert url in str(raised.value) and "\n" not in str(raised.value)


def test_an_answer_that_is_not_sparql_json_is_named_and_not_cached(fault_server, tmp_path):
    server = fault_server(Answer(200, b"<html>a login page</html>", "text/html"))
    client = Client(f"{server.url}/sparql", cache=tmp_path)
    with pytest.raises(EndpointError, match="did not answer with SPARQL JSON results"):
        client.select(STATES)
    assert not list(tmp_path.rglob("*.json"))
