"""Hostile queries and hostile servers (issue 11, items 1, 3, 5 and 7), as a user meets them:
`kg query`, `kg load` and `kg models download` in a process, against real servers on 127.0.0.1
that record what reaches them."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA_DIR, SAMPLE_GRAPH, Answer, QuietHandler, run_kg

from kg.serve import free_port
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore

MEETINGS = str(DATA_DIR / "queries" / "meetings.rq")
ENV = {**os.environ, "COLUMNS": "160", "KG_DEBUG": ""}
EMPTY_SELECT = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()
SPARQL_JSON = "application/sparql-results+json"
SECRET = "s3cret-pw"
# Four patterns joined on nothing: 184^4 solutions, minutes of work for pyoxigraph.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def kg(*args: str, timeout: float = 60, env: dict[str, str] | None = None):
    return run_kg(*args, env=env or ENV, timeout=timeout)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def rq(tmp_path: Path, text: str, name: str = "q.rq") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def host_of(url: str) -> str:
    return url.split("//", 1)[1].split("/", 1)[0]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]


@pytest.fixture
def drip_server(http_server) -> str:
    """A server that reads the request, then sends a valid answer one byte every 2 s."""

    class Drip(QuietHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            answer = (
                b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                + f"Content-Length: {len(EMPTY_SELECT)}\r\n\r\n".encode()
                + EMPTY_SELECT
            )
            try:
                for byte in answer:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(2)
            except OSError:
                pass  # the client gave up, as it should

        do_GET = do_POST = do_PUT = do_HEAD = _answer

    return http_server(Drip)


def redirector(http_server, target: str, status: int = 302) -> str:
    """A server that redirects every request to the same path on `target`."""

    class Redirect(QuietHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(status)
            self.send_header("Location", target + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = do_PUT = do_HEAD = _answer

    return http_server(Redirect)


# ------------------------------------------------------------------ 1. SERVICE


@pytest.mark.parametrize(
    "pattern",
    [
        "SERVICE <{url}/sparql> {{ ?s ?p ?o }}",
        "BIND(<{url}/sparql> AS ?where) SERVICE ?where {{}}",
        "OPTIONAL {{ SELECT * WHERE {{ service silent remote:sparql {{ ?s ?p ?o }} }} }}",
        r"\u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }}",
    ],
    ids=["iri", "variable", "prefixed-silent-nested", "escaped-keyword"],
)
def test_a_local_query_calling_a_service_is_refused_and_sends_nothing(
    fault_server, tmp_path, pattern
):
    recorder = fault_server(Answer(200, EMPTY_SELECT, SPARQL_JSON))
    body = pattern.format(url=recorder.url)
    query = rq(tmp_path, f"PREFIX remote: <{recorder.url}/> SELECT * WHERE {{ {body} }}")
    for allowed in ([], ["--allow-service", "example.org"]):
        line = one_error_line(kg("query", query, "--graph", str(SAMPLE_GRAPH), *allowed))
        assert "--allow-service" in line and "SERVICE" in line
        if "?where" not in pattern:
            assert host_of(recorder.url) in line
    assert recorder.received == [], "a refused SERVICE call reached its host"


def test_allow_service_lets_a_local_query_call_that_host(oxigraph_server, tmp_path):
    RemoteStore(oxigraph_server.endpoints).load(SAMPLE_GRAPH)
    url = oxigraph_server.endpoints.query
    query = rq(tmp_path, f"SELECT (COUNT(*) AS ?n) WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    empty = tmp_path / "empty.ttl"
    empty.write_text("")
    done = kg(
        "query", query, "--graph", str(empty), "--allow-service", host_of(url), "--format", "csv"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", str(LocalStore.from_turtle(SAMPLE_GRAPH).count())]


def test_the_check_of_an_endpoint_query_never_calls_its_service(fault_server, tmp_path):
    recorder = fault_server(Answer(200, EMPTY_SELECT, SPARQL_JSON))
    endpoint = fault_server(Answer(200, EMPTY_SELECT, SPARQL_JSON))
    query = rq(tmp_path, f"ASK {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}")
    kg("query", query, "--query-url", f"{endpoint.url}/sparql")
    assert recorder.received == [], "kg's syntax check evaluated the SERVICE call"
    assert len(endpoint.received) == 1


def test_a_service_that_never_answers_stops_at_the_timeout(silent_port, tmp_path):
    url = f"http://127.0.0.1:{silent_port}/sparql"
    query = rq(tmp_path, f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    started = time.monotonic()
    done = kg(
        "query", query, "-g", str(SAMPLE_GRAPH), "--allow-service", "127.0.0.1", "--timeout", "2",
        timeout=30,
    )  # fmt: skip
    assert "within 2 s" in one_error_line(done)
    assert time.monotonic() - started < 15


def test_an_allowed_service_that_fails_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    query = rq(tmp_path, f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    done = kg("query", query, "-g", str(SAMPLE_GRAPH), "--allow-service", "127.0.0.1")
    assert "the query failed" in one_error_line(done)


# ------------------------------------------------------------------ 3. redirects


def test_an_upload_is_not_redirected_and_keeps_its_credentials(fault_server, http_server):
    target = fault_server(Answer(204))
    moved = redirector(http_server, target.url)
    done = kg(
        "load", "--store-url", f"{moved}/store", "--file", str(SAMPLE_GRAPH),
        "--user", "kg", "--password", SECRET,
    )  # fmt: skip
    line = one_error_line(done)
    assert f"{target.url}/store" in line and "redirect" in line
    assert target.received == [], "the redirect target got the upload or the credentials"


def test_a_query_is_not_redirected_to_another_origin(fault_server, http_server):
    target = fault_server(Answer(200, EMPTY_SELECT, SPARQL_JSON))
    moved = redirector(http_server, target.url, status=301)
    url = f"{moved}/sparql"
    done = kg("query", MEETINGS, "--query-url", url, "--user", "kg", "--password", SECRET)
    line = one_error_line(done)
    assert f"{target.url}/sparql" in line and "--query-url" in line
    assert target.received == [], "the query (and credentials) went to another origin"


def test_a_same_origin_redirect_of_a_query_is_followed(http_server):
    seen: list[tuple[str, str | None]] = []

    class Moved(QuietHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append((self.path, self.headers.get("Authorization")))
            if self.path == "/old":
                self.send_response(307)
                self.send_header("Location", "/sparql")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", SPARQL_JSON)
            self.send_header("Content-Length", str(len(EMPTY_SELECT)))
            self.end_headers()
            self.wfile.write(EMPTY_SELECT)

    url = http_server(Moved)
    done = kg("query", MEETINGS, "--query-url", f"{url}/old", "--user", "kg", "--password", SECRET)
    assert done.returncode == 0, done.stderr
    assert [path for path, _ in seen] == ["/old", "/sparql"]
    assert seen[0][1] == seen[1][1] is not None


def test_an_html_page_answering_an_upload_is_a_failure(fault_server):
    page = fault_server(Answer(200), Answer(200, b"<html><h1>Welcome</h1></html>", "text/html"))
    done = kg("load", "--store-url", f"{page.url}/store", "--file", str(SAMPLE_GRAPH))
    assert "HTML" in one_error_line(done)


def test_a_load_the_store_did_not_keep_is_a_failure(fault_server, oxigraph_server):
    sink = fault_server(Answer(204))
    done = kg(
        "load", "--store-url", f"{sink.url}/store", "--query-url", oxigraph_server.endpoints.query,
        "--file", str(SAMPLE_GRAPH),
    )  # fmt: skip
    line = one_error_line(done)
    assert "0 triples" in line and str(LocalStore.from_turtle(SAMPLE_GRAPH).count()) in line


# ------------------------------------------------------------------ 5. credentials in URLs


def with_secret(url: str) -> str:
    scheme, rest = url.split("//", 1)
    return f"{scheme}//kg:{SECRET}@{rest}"


@pytest.mark.parametrize("case", ["unknown host", "refused", "404", "500"])
def test_credentials_in_a_url_never_appear_in_a_message(fault_server, case):
    if case == "unknown host":
        url = "http://bad,host:8080"  # refused by the resolver itself: no DNS query leaves
    elif case == "refused":
        url = f"http://127.0.0.1:{free_port()}"
    else:
        url = fault_server(Answer(int(case), f"boom at {with_secret('http://x')}".encode())).url
    for args in (
        ("query", MEETINGS, "--query-url", with_secret(f"{url}/sparql")),
        ("load", "--store-url", with_secret(f"{url}/store"), "--file", str(SAMPLE_GRAPH)),
    ):
        line = one_error_line(kg(*args))
        assert SECRET not in line, line
        assert host_of(url) in line, line


@pytest.mark.parametrize("answer", [Answer(200, b"<html>not SPARQL</html>"), Answer(500, b"boom")])
def test_credentials_of_a_wikidata_endpoint_are_never_printed(fault_server, tmp_path, answer):
    url = with_secret(fault_server(answer, answer, answer).url + "/sparql")
    env = {**ENV, "KG_KB_DIR": str(tmp_path / "kb"), "KG_CACHE_DIR": str(tmp_path / "cache")}
    line = one_error_line(run_kg("kb", "update", "--endpoint", url, env=env))
    assert SECRET not in line and "***@127.0.0.1" in line, line


def test_credentials_in_a_url_without_its_scheme_are_not_printed():
    line = one_error_line(kg("query", MEETINGS, "--query-url", f"kg:{SECRET}@127.0.0.1:1/sparql"))
    assert SECRET not in line and "http://***@127.0.0.1:1/sparql" in line


def test_credentials_in_a_url_are_used_but_not_printed(oxigraph_server):
    store = with_secret(oxigraph_server.endpoints.store)
    done = kg("load", "--store-url", store, "--file", str(SAMPLE_GRAPH))
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout and host_of(store).split("@")[1] in done.stdout


# ------------------------------------------------------------------ 7. hangs


def test_a_local_query_stops_at_its_timeout(tmp_path):
    started = time.monotonic()
    done = kg(
        "query", rq(tmp_path, CROSS_PRODUCT), "-g", str(SAMPLE_GRAPH), "--timeout", "2", timeout=30
    )
    assert "within 2 s" in one_error_line(done)
    assert time.monotonic() - started < 15


def test_ctrl_c_stops_a_local_query_with_one_line(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "query", rq(tmp_path, CROSS_PRODUCT), "-g", str(SAMPLE_GRAPH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        time.sleep(3)
        assert process.poll() is None, process.communicate()
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)  # a loaded machine is slow to stop
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "stopped" in lines[0], err


@pytest.mark.parametrize("command", ["query", "load", "models download"])
def test_a_dripping_server_cannot_outlast_the_timeout(drip_server, tmp_path, command):
    env = {**ENV, "XDG_DATA_HOME": str(tmp_path / "data"), "KG_MODEL": str(tmp_path / "model")}
    args = {
        "query": ["query", MEETINGS, "--query-url", f"{drip_server}/sparql"],
        "load": ["load", "--store-url", f"{drip_server}/store", "--file", str(SAMPLE_GRAPH)],
        "models download": ["models", "download", "--url", f"{drip_server}/ar.udpipe"],
    }[command]
    started = time.monotonic()
    line = one_error_line(kg(*args, "--timeout", "3", env=env, timeout=40))
    assert "3 s" in line
    assert time.monotonic() - started < 12
    assert not (tmp_path / "data" / "kg").exists()


@pytest.mark.parametrize("where", ["local", "endpoint"])
def test_deep_nesting_is_refused_before_any_engine_sees_it(fault_server, tmp_path, where):
    endpoint = fault_server(Answer(200, EMPTY_SELECT, SPARQL_JSON))
    deep = rq(tmp_path, "SELECT * WHERE " + "{ " * 3000 + "?s ?p ?o " + "} " * 3000)
    target = ["-g", str(SAMPLE_GRAPH)] if where == "local" else ["--query-url", endpoint.url]
    line = one_error_line(kg("query", deep, *target))
    assert "nest" in line and "3000" in line
    assert endpoint.received == []


def test_nesting_within_the_bound_still_runs(tmp_path):
    nested = rq(tmp_path, "SELECT * WHERE " + "{ " * 60 + "?s a ?o " + "} " * 60)
    done = kg("query", nested, "-g", str(SAMPLE_GRAPH), "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) > 1
