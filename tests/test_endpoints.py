"""RemoteStore against a real `oxigraph serve`, and against a local server that misbehaves."""

from __future__ import annotations

import base64
import json
import time
import urllib.parse
from pathlib import Path

import pytest
from conftest import SAMPLE_GRAPH, SAMPLE_QUERIES, Answer

from kg.errors import (
    EndpointAuthError,
    EndpointError,
    EndpointTimeout,
    EndpointUnreachable,
    GraphNotBuilt,
)
from kg.queries import load_query
from kg.resources import query_path, saved_queries
from kg.results import render
from kg.serve import free_port
from kg.store import Endpoints, resolve_endpoints
from kg.store.http import Retry
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore

FAST = Retry(attempts=3, backoff=0.01)
EMPTY_SELECT = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()
NAMED = "https://w3id.org/arabic-news-kg/graph/sample"


def assert_same_answers(queries: list[Path], remote: RemoteStore, local: LocalStore) -> None:
    """Every query answers the same remotely and locally, and prints the same when ordered."""
    for query in queries:
        text = load_query(query)
        here, there = local.query(text), remote.query(text)
        assert there.comparable() == here.comparable(), query.name
        if "ORDER BY" in text:
            assert render(there, width=200) == render(here, width=200), query.name


def test_sample_queries_answer_the_same_remotely_and_locally(oxigraph_server):
    remote = RemoteStore(oxigraph_server.endpoints)
    remote.load(SAMPLE_GRAPH)
    assert_same_answers(SAMPLE_QUERIES, remote, LocalStore.from_turtle(SAMPLE_GRAPH))


def test_saved_queries_answer_on_the_sample_the_same_remotely_and_locally(oxigraph_server):
    remote = RemoteStore(oxigraph_server.endpoints)
    remote.load(SAMPLE_GRAPH)
    local = LocalStore.from_turtle(SAMPLE_GRAPH)
    queries = [query_path(name) for name in saved_queries()]
    assert queries, "no saved queries in queries/"
    for query in queries:
        assert local.query(load_query(query)).rows, f"{query.name} finds nothing in the sample"
    assert_same_answers(queries, remote, local)


def test_saved_queries_answer_on_the_seed_graph_the_same_remotely_and_locally(
    request, oxigraph_server
):
    try:
        seed_graph = request.getfixturevalue("seed_graph")
    except pytest.FixtureLookupError:
        pytest.skip("seed_graph fixture not available")
    remote = RemoteStore(oxigraph_server.endpoints)
    remote.load(seed_graph)
    local = LocalStore.from_turtle(seed_graph)
    assert_same_answers([query_path(name) for name in saved_queries()], remote, local)
    # Loading the same build again adds nothing (the build mints IRIs, no blank nodes).
    before = remote.count()
    remote.load(seed_graph)
    assert remote.count() == before == local.count()


def test_load_reports_the_triples_now_in_the_graph(oxigraph_server):
    report = RemoteStore(oxigraph_server.endpoints).load(SAMPLE_GRAPH, graph=NAMED)
    assert report.triples == LocalStore.from_turtle(SAMPLE_GRAPH).count()
    assert report.target == oxigraph_server.endpoints.store
    assert report.bytes == SAMPLE_GRAPH.stat().st_size
    assert (report.graph, report.replaced) == (NAMED, False)


def test_loading_the_same_graph_twice_leaves_the_same_triples(oxigraph_server):
    remote = RemoteStore(oxigraph_server.endpoints)
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    remote.load(SAMPLE_GRAPH)
    first = remote.query(everything).comparable()
    remote.load(SAMPLE_GRAPH)
    assert remote.query(everything).comparable() == first


def test_append_adds_and_replace_replaces(oxigraph_server, tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .\n"
        "kg:x kg:met kg:y .\nkg:y kg:met kg:x .\n",
        encoding="utf-8",
    )
    remote = RemoteStore(oxigraph_server.endpoints)
    sample = remote.load(SAMPLE_GRAPH, graph=NAMED).triples
    assert remote.load(extra, graph=NAMED).triples == sample + 2
    assert remote.load(extra, graph=NAMED, replace=True).triples == 2
    assert remote.count() == 0, "a named-graph load must leave the default graph alone"
    assert remote.load(SAMPLE_GRAPH, replace=True).triples == sample
    assert remote.load(extra, replace=True).triples == 2


def test_a_rejected_load_adds_nothing_and_says_so(oxigraph_server, tmp_path):
    broken = tmp_path / "broken.ttl"
    valid = SAMPLE_GRAPH.read_text(encoding="utf-8")
    broken.write_text(valid + "\n<https://x> <https://y> .\n", encoding="utf-8")
    remote = RemoteStore(oxigraph_server.endpoints, retry=FAST)
    before = remote.load(SAMPLE_GRAPH, graph=NAMED).triples
    with pytest.raises(EndpointError, match=r"refused to load data \(HTTP 400"):
        remote.load(broken, graph=NAMED)
    assert remote.count(NAMED) == before
    with pytest.raises(EndpointError, match=r"line \d+ column \d+"):
        remote.load(broken, graph=NAMED, replace=True)
    assert remote.count(NAMED) == before, "a failed replace must keep the old graph"


def test_a_missing_file_is_not_sent(oxigraph_server, tmp_path):
    with pytest.raises(GraphNotBuilt, match="run `kg build` first"):
        RemoteStore(oxigraph_server.endpoints).load(tmp_path / "kg.ttl")


def test_fuseki_layout_is_derived_from_the_dataset_url():
    endpoints = resolve_endpoints("http://localhost:3030/kg/")
    assert endpoints == Endpoints(
        query="http://localhost:3030/kg/sparql",
        update="http://localhost:3030/kg/update",
        store="http://localhost:3030/kg/data",
    )
    for service in ("sparql", "query/", "data"):
        assert resolve_endpoints(f"http://localhost:3030/kg/{service}") == endpoints
    for service in ("sparql", "query", "data", "get"):  # a dataset on a path of its own
        assert resolve_endpoints(f"http://h/fuseki/kg/{service}") == Endpoints(
            query="http://h/fuseki/kg/sparql",
            update="http://h/fuseki/kg/update",
            store="http://h/fuseki/kg/data",
        )
    data = resolve_endpoints("http://h:3030/data")  # a dataset named "data", not a service
    assert data is not None and data.query == "http://h:3030/data/sparql"
    explicit = resolve_endpoints("http://h:3030/kg", query_url="http://o:7878/query")
    assert explicit is not None
    assert (explicit.query, explicit.store) == ("http://o:7878/query", "http://h:3030/kg/data")
    assert resolve_endpoints() is None
    with pytest.raises(EndpointError, match="not an http"):
        resolve_endpoints("localhost:3030/kg")


@pytest.mark.parametrize(
    ("service", "query", "update"),
    [("sparql", "sparql", "sparql"), ("query/", "query", "update"), ("update", "query", "update")],
)
def test_a_service_at_the_server_root_is_that_service_not_a_dataset(service, query, update):
    assert resolve_endpoints(f"http://u:p@h:7878/{service}") == Endpoints(
        query=f"http://u:p@h:7878/{query}",
        update=f"http://u:p@h:7878/{update}",
        store="http://u:p@h:7878/store",
    )


def test_queries_are_posted_with_content_negotiation_only(fault_server):
    server = fault_server(Answer(200, EMPTY_SELECT, "application/sparql-results+json"))
    store = RemoteStore(resolve_endpoints(f"{server.url}/kg"))
    assert store.query("SELECT ?x WHERE { ?x ?p ?o }").rows == []
    (request,) = server.received
    assert (request.method, request.path) == ("POST", "/kg/sparql")
    form = urllib.parse.parse_qs(request.body.decode())
    assert list(form) == ["query"], "Fuseki rejects format=/output= parameters"
    assert "application/sparql-results+json" in request.headers["Accept"]


def test_credentials_go_in_a_basic_auth_header(fault_server):
    count = {
        "head": {"vars": ["triples"]},
        "results": {
            "bindings": [
                {
                    "triples": {
                        "type": "literal",
                        # the file's own count: a load is checked against it
                        "value": str(LocalStore.from_turtle(SAMPLE_GRAPH).count()),
                        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                    }
                }
            ]
        },
    }
    server = fault_server(
        Answer(200, EMPTY_SELECT, "application/sparql-results+json"),  # the query
        Answer(200),  # HEAD on the store before the upload
        Answer(204),  # the upload
        Answer(200, json.dumps(count).encode(), "application/sparql-results+json"),
    )
    endpoints = Endpoints(query=f"{server.url}/query", store=f"{server.url}/store")
    store = RemoteStore(endpoints, user="kg", password="s3cret:x")
    store.query("SELECT ?x WHERE { ?x ?p ?o }")
    assert (
        store.load(SAMPLE_GRAPH, graph=NAMED).triples
        == LocalStore.from_turtle(SAMPLE_GRAPH).count()
    )
    expected = "Basic " + base64.b64encode(b"kg:s3cret:x").decode()
    assert [r.headers.get("Authorization") for r in server.received] == [expected] * 4
    head, post = server.received[1:3]
    assert (head.method, post.method) == ("HEAD", "POST")
    assert post.path == "/store?" + urllib.parse.urlencode({"graph": NAMED})
    assert post.headers["Content-Type"].startswith("text/turtle")
    assert post.body == SAMPLE_GRAPH.read_bytes()


def test_half_given_credentials_are_refused():
    with pytest.raises(EndpointError, match="both --user and --password"):
        RemoteStore(Endpoints(query="http://127.0.0.1:1/q"), user="kg")


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials_say_what_to_do(fault_server, status):
    server = fault_server(Answer(status, b"go away"))
    store = RemoteStore(Endpoints(query=f"{server.url}/query"), retry=FAST)
    with pytest.raises(EndpointAuthError) as caught:
        store.query("ASK {}")
    message = str(caught.value)
    assert f"{server.url}/query" in message and f"HTTP {status}" in message
    assert ("--user" in message) if status == 401 else ("allowed to run queries" in message)
    assert len(server.received) == 1, "an auth failure is not retried"


def test_a_missing_dataset_says_to_check_its_name(fault_server):
    server = fault_server(Answer(404, b"No dataset"))
    store = RemoteStore(resolve_endpoints(f"{server.url}/nokg"), retry=FAST)
    with pytest.raises(EndpointError, match=r"nothing at .*/nokg/data \(HTTP 404.*dataset name"):
        store.load(SAMPLE_GRAPH)


def test_a_server_error_is_reported_once_with_its_message(fault_server):
    server = fault_server(Answer(500, b"<html><body>TDB2 is full</body></html>", "text/html"))
    store = RemoteStore(Endpoints(query=f"{server.url}/sparql"), retry=FAST)
    with pytest.raises(EndpointError) as caught:
        store.query("SELECT * WHERE { ?s ?p ?o }")
    message = str(caught.value)
    assert "\n" not in message
    assert f"{server.url}/sparql failed (HTTP 500" in message and "TDB2 is full" in message
    assert len(server.received) == 1, "a 500 is not retried"


def test_transient_failures_are_retried_with_backoff(fault_server):
    server = fault_server(
        Answer(503, b"busy"),
        Answer(502, b"proxy lost it"),
        Answer(200, EMPTY_SELECT, "application/sparql-results+json"),
    )
    store = RemoteStore(Endpoints(query=f"{server.url}/sparql"), retry=Retry(3, backoff=0.1))
    started = time.monotonic()
    assert store.query("SELECT ?x WHERE { ?x ?p ?o }").columns == ["x"]
    assert len(server.received) == 3
    assert time.monotonic() - started >= 0.1 + 0.2


def test_transient_failures_give_up_after_the_last_attempt(fault_server):
    server = fault_server(Answer(200), Answer(503, b"still busy"))
    store = RemoteStore(Endpoints(store=f"{server.url}/store"), retry=FAST)
    with pytest.raises(EndpointError, match=r"HTTP 503 .*still busy"):
        store.load(SAMPLE_GRAPH)
    assert [r.method for r in server.received] == ["HEAD", "POST", "POST", "POST"]


def test_an_unreachable_endpoint_says_so(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/kg/sparql"
    store = RemoteStore(Endpoints(query=url), retry=FAST)
    with pytest.raises(EndpointUnreachable, match=f"cannot reach {url}: connection refused"):
        store.query("ASK {}")


def test_a_slow_endpoint_times_out_after_whole_seconds(fault_server):
    server = fault_server(Answer(200, EMPTY_SELECT, "application/sparql-results+json", delay=3))
    store = RemoteStore(Endpoints(query=f"{server.url}/sparql"), timeout=1, retry=FAST)
    started = time.monotonic()
    with pytest.raises(EndpointTimeout, match="did not answer within 1 s"):
        store.query("ASK {}")
    assert time.monotonic() - started < 2.5
    assert len(server.received) == 1, "a timeout is not retried"


def test_fractional_timeouts_are_refused():
    with pytest.raises(ValueError, match="whole number of seconds"):
        RemoteStore(Endpoints(query="http://127.0.0.1:1/q"), timeout=0.5)  # type: ignore[arg-type]


def test_an_answer_that_is_not_sparql_is_named(fault_server):
    server = fault_server(Answer(200, b"<html>Fuseki admin</html>", "text/html"))
    store = RemoteStore(Endpoints(query=f"{server.url}/"))
    with pytest.raises(EndpointError, match=r"did not answer with SPARQL results \(got text/html"):
        store.query("SELECT * WHERE { ?s ?p ?o }")


def test_broken_sparql_json_is_named(fault_server):
    server = fault_server(Answer(200, b'{"head": {"vars": ["x"]}, "res', "application/json"))
    store = RemoteStore(Endpoints(query=f"{server.url}/sparql"))
    with pytest.raises(EndpointError, match="did not answer with SPARQL results"):
        store.query("SELECT * WHERE { ?s ?p ?o }")


def test_a_read_only_dataset_says_to_start_fuseki_with_update(fault_server):
    server = fault_server(Answer(200), Answer(405, b"Method Not Allowed"))
    store = RemoteStore(resolve_endpoints(f"{server.url}/kg"), retry=FAST)
    with pytest.raises(EndpointError, match=r"/kg/data does not allow this .*--update"):
        store.load(SAMPLE_GRAPH, replace=True)
    assert [r.method for r in server.received] == ["HEAD", "PUT"]
