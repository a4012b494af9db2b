"""The on-disk query store `kg build` writes beside the Turtle file, and when readers trust it."""

from __future__ import annotations

import os
import shutil
import urllib.request
from pathlib import Path

import pytest
from conftest import SAMPLE_GRAPH, run_kg

from kg.serve import OxigraphServer
from kg.store import ondisk
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore


@pytest.fixture
def graph(tmp_path) -> Path:
    path = tmp_path / "kg.ttl"
    shutil.copy(SAMPLE_GRAPH, path)
    return path


def test_a_build_writes_a_fresh_store_beside_the_graph(seed_build):
    output, report = seed_build
    assert report.store == output.with_suffix(".oxigraph")
    assert ondisk.is_fresh(output)
    assert LocalStore.from_turtle(output).count() == report.triples


def test_a_query_builds_the_missing_store_and_then_reads_it(graph):
    assert not ondisk.store_dir(graph).exists()
    counted = LocalStore.from_turtle(graph).count()
    assert ondisk.is_fresh(graph)
    store = ondisk.open_fresh(graph)
    assert store is not None and len(store) == counted


def test_a_graph_rewritten_after_its_store_is_never_answered_from_the_old_store(graph):
    before = LocalStore.from_turtle(graph).count()
    with graph.open("a", encoding="utf-8") as out:  # what `kg link` or an edit would do
        out.write('\n<urn:x:a> <urn:x:b> "added" .\n')
    assert not ondisk.is_fresh(graph)
    assert LocalStore.from_turtle(graph).count() == before + 1
    assert ondisk.is_fresh(graph)


def test_a_touched_graph_makes_the_store_stale(graph):
    LocalStore.from_turtle(graph)
    stat = graph.stat()
    os.utime(graph, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert not ondisk.is_fresh(graph)


def test_a_read_only_folder_falls_back_to_the_turtle_file(graph):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    graph.parent.chmod(0o555)
    try:
        assert LocalStore.from_turtle(graph).count() > 0
        assert not ondisk.store_dir(graph).exists()
    finally:
        graph.parent.chmod(0o755)


def test_a_failed_store_write_leaves_no_half_store(graph):
    graph.write_text("<urn:x:a> <urn:x:b> .\n", encoding="utf-8")  # not Turtle
    with pytest.raises(SyntaxError):
        ondisk.write_store(graph)
    assert sorted(p.name for p in graph.parent.iterdir()) == ["kg.ttl"]


def test_kg_query_reads_the_store_and_prints_what_the_turtle_says(graph):
    first = run_kg("query", "who-met-hamas", "--graph", str(graph), "--format", "csv")
    assert first.returncode == 0, first.stderr
    assert ondisk.is_fresh(graph)
    second = run_kg("query", "who-met-hamas", "--graph", str(graph), "--format", "csv")
    assert second.stdout == first.stdout and len(first.stdout.splitlines()) > 1


@pytest.mark.parametrize("read_only", [True, False])
def test_kg_serve_serves_a_copy_of_the_store_and_never_writes_into_it(graph, read_only):
    LocalStore.from_turtle(graph)  # the fresh store, as kg build leaves it
    triples = LocalStore.from_turtle(graph).count()
    with OxigraphServer.running(graph=graph, port=0, read_only=read_only) as server:
        remote = RemoteStore(server.endpoints)
        assert remote.count() == triples
        if not read_only:
            update = b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
            request = urllib.request.Request(
                server.endpoints.update, update, {"Content-Type": "application/sparql-update"}
            )
            urllib.request.urlopen(request, timeout=10).close()
            assert remote.count() == triples + 1
    assert ondisk.is_fresh(graph)
    assert len(ondisk.open_fresh(graph)) == triples
