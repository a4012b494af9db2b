"""`kg query`, `kg load` and `kg serve` as a user runs them: the real command, in a process."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DATA_DIR, SAMPLE_GRAPH, run_kg

from kg.serve import free_port
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore

MEETINGS = str(DATA_DIR / "queries" / "meetings.rq")
ENV = {**os.environ, "COLUMNS": "160", "KG_DEBUG": ""}


def kg(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return run_kg(*args, env=ENV, timeout=timeout)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_endpoint_and_local_graph_print_identically(oxigraph_server, fmt):
    query_url = oxigraph_server.endpoints.query
    RemoteStore(oxigraph_server.endpoints).load(SAMPLE_GRAPH)
    local = kg("query", MEETINGS, "--graph", str(SAMPLE_GRAPH), "--format", fmt)
    remote = kg("query", MEETINGS, "--query-url", query_url, "--format", fmt)
    assert local.returncode == remote.returncode == 0, local.stderr + remote.stderr
    assert "kgr:event/meeting-m2" in local.stdout
    assert remote.stdout == local.stdout


def test_kg_load_adds_then_replaces(oxigraph_server, tmp_path):
    urls = oxigraph_server.endpoints
    triples = LocalStore.from_turtle(SAMPLE_GRAPH).count()
    options = ["--query-url", urls.query, "--store-url", urls.store, "--file", str(SAMPLE_GRAPH)]
    added = kg("load", *options)
    assert added.returncode == 0, added.stderr
    assert f"added to the default graph at {urls.store}" in added.stdout
    assert f"it now holds {triples} triples" in added.stdout

    small = tmp_path / "small.ttl"
    small.write_text("<https://x> <https://y> <https://z> .\n")
    replaced = kg("load", *options[:4], "--file", str(small), "--graph", "https://g", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "replaced graph <https://g>" in replaced.stdout and "holds 1 triples" in replaced.stdout
    assert RemoteStore(urls).count() == triples


@pytest.mark.parametrize("service", ["sparql", "query", "update"])
def test_an_endpoint_at_the_server_root_loads_and_answers(oxigraph_server, service):
    endpoint = f"{oxigraph_server.base_url}/{service}"
    loaded = kg("load", "--endpoint", endpoint, "--file", str(SAMPLE_GRAPH))
    assert loaded.returncode == 0, loaded.stderr
    triples = LocalStore.from_turtle(SAMPLE_GRAPH).count()
    assert f"it now holds {triples} triples" in loaded.stdout
    remote = kg("query", MEETINGS, "--endpoint", endpoint, "--format", "csv")
    local = kg("query", MEETINGS, "--graph", str(SAMPLE_GRAPH), "--format", "csv")
    assert remote.returncode == 0, remote.stderr
    assert "meeting-m2" in local.stdout and remote.stdout == local.stdout


def test_a_missing_graph_is_one_line_saying_to_build_it(tmp_path):
    line = one_error_line(kg("query", MEETINGS, "--graph", str(tmp_path / "kg.ttl")))
    assert "run `kg build` first" in line


def test_an_unreachable_endpoint_is_one_line_naming_it():
    dataset = f"http://127.0.0.1:{free_port()}/kg"
    line = one_error_line(kg("query", MEETINGS, "--endpoint", dataset))
    assert f"cannot reach {dataset}/sparql: connection refused" in line


def test_a_fractional_or_zero_timeout_is_a_usage_error():
    for value in ("0", "0.5"):
        done = kg("query", MEETINGS, "--endpoint", "http://127.0.0.1:1/kg", "--timeout", value)
        assert done.returncode == 2, done.stderr
        assert "--timeout" in done.stderr


def test_load_needs_somewhere_to_load_to():
    done = kg("load", "--file", str(SAMPLE_GRAPH))
    assert done.returncode == 2
    assert "--endpoint" in done.stderr and "--store-url" in done.stderr


def test_help_does_not_import_the_endpoint_libraries():
    probe = (
        "import sys; from kg.cli import app\n"
        "try:\n    app(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('SPARQLWrapper', 'pyoxigraph', 'kg')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = done.stdout.strip().splitlines()[-1]
    assert "SPARQLWrapper" not in loaded and "pyoxigraph" not in loaded, loaded


def _read_urls(process: subprocess.Popen[str], deadline: float) -> dict[str, str]:
    urls: dict[str, str] = {}
    assert process.stdout is not None
    while "store" not in urls and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.match(r"\s+(query|update|store):\s+(\S+)", line)
        if match:
            urls[match.group(1)] = match.group(2)
    return urls


def _refuses_connections(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def test_kg_serve_answers_queries_and_stops_cleanly_on_ctrl_c():
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(SAMPLE_GRAPH), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        urls = _read_urls(process, time.monotonic() + 60)
        assert set(urls) == {"query", "update", "store"}, process.stderr
        port = int(urls["query"].rsplit(":", 1)[1].split("/")[0])
        served = kg("query", MEETINGS, "--query-url", urls["query"], "--format", "csv")
        local = kg("query", MEETINGS, "--graph", str(SAMPLE_GRAPH), "--format", "csv")
        assert served.returncode == 0 and served.stdout == local.stdout, served.stderr
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert out.strip().endswith("stopped")
    assert _refuses_connections(port), "the oxigraph server outlived `kg serve`"


def test_kg_serve_on_a_busy_port_says_so():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_error_line(kg("serve", "--graph", str(SAMPLE_GRAPH), "--port", str(port)))
    assert f"cannot serve on 127.0.0.1:{port}" in line and "--port" in line


def test_kg_serve_without_a_graph_says_to_build_it(tmp_path: Path):
    line = one_error_line(kg("serve", "--graph", str(tmp_path / "kg.ttl"), "--port", "0"))
    assert "run `kg build` first" in line
