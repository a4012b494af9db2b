"""The queries mean the same on Apache Jena (ARQ and TDB2, Fuseki's engine) as locally.

Runs scripts/jena_check.py, which needs Java and Debian's libapache-jena-java (.ci/jena.sh).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA_DIR, SAMPLE_GRAPH

from kg.store.local import LocalStore

CHECK = Path(__file__).parents[1] / "scripts" / "jena_check.py"
COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

pytestmark = [
    pytest.mark.java,
    pytest.mark.skipif(shutil.which("java") is None, reason="java not found: run .ci/jena.sh"),
    pytest.mark.skipif(
        not Path("/usr/share/java/jena-arq.jar").is_file(),
        reason="Apache Jena not installed: run .ci/jena.sh (libapache-jena-java)",
    ),
]


def jena_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECK), *args], capture_output=True, text=True, check=False
    )


def test_sample_queries_agree_on_arq_tdb2_and_the_local_engine():
    done = jena_check("--graph", str(SAMPLE_GRAPH), "--queries", str(DATA_DIR / "queries"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "riot --validate" in done.stdout and "valid Turtle" in done.stdout
    assert done.stdout.count("same answer as the local engine") == 2 * 6


def test_saved_queries_agree_on_the_sample():
    done = jena_check("--graph", str(SAMPLE_GRAPH))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "jena check passed" in done.stdout


def test_saved_queries_agree_on_the_seed_graph(seed_graph):
    done = jena_check("--graph", str(seed_graph))
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_engine_dependent_query_is_reported():
    done = jena_check("--graph", str(SAMPLE_GRAPH), "--queries", str(DATA_DIR / "engines-differ"))
    assert done.returncode == 1
    assert "MISMATCH arq str-of-double.rq" in done.stderr
    assert "MISMATCH tdb2 str-of-double.rq" in done.stderr


def test_invalid_turtle_fails_validation(tmp_path):
    graph = tmp_path / "kg.ttl"
    graph.write_text(
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<https://x> <https://y> "zero"^^xsd:integer .\n'
    )
    done = jena_check("--graph", str(graph), "--queries", str(tmp_path))
    assert done.returncode == 1
    assert "riot --validate" in done.stderr and "not valid for datatype" in done.stderr


def test_the_readme_tdb2_commands_work_with_debians_jena(tmp_path):
    """The README's Debian recipe: the printed classpath runs TDB2's loader and query tool."""
    done = jena_check("--classpath", str(tmp_path / "resources"))
    assert done.returncode == 0, done.stderr
    java = ["java", "-cp", done.stdout.strip()]
    database = str(tmp_path / "db")
    loaded = subprocess.run(
        [*java, "tdb2.tdbloader", "--loc", database, str(SAMPLE_GRAPH)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert loaded.returncode == 0, loaded.stderr
    counted = subprocess.run(
        [*java, "tdb2.tdbquery", "--loc", database, "--results", "CSV", COUNT_TRIPLES],
        capture_output=True,
        text=True,
        check=False,
    )
    assert counted.returncode == 0, counted.stderr
    assert int(counted.stdout.split()[-1]) == LocalStore.from_turtle(SAMPLE_GRAPH).count()
