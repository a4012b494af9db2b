"""Hostile input for the models, the KB update and validation (issue 11, items 8, 9, 13): a bad
model never replaces a good one, a misbehaving Wikidata endpoint never replaces good tables, and
a file with no kg data is not called a conforming graph."""

from __future__ import annotations

import subprocess

import pytest
from conftest import run_kg


def one_line_error(done: subprocess.CompletedProcess[str], fragment: str) -> str:
    """The single stderr line of a failed `kg`, checked to hold `fragment`."""
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert fragment in line
    return line


# ---------------------------------------------------------------- 13. kg validate


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "is empty"),
        ("@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .\n# nothing\n", "no kg data"),
        ("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", "no kg data"),
    ],
    ids=["zero-bytes", "zero-triples", "no-kg-class"],
)
def test_validate_refuses_a_file_with_no_kg_data(tmp_path, text, fragment):
    graph = tmp_path / "kg.ttl"
    graph.write_text(text, encoding="utf-8")
    line = one_line_error(run_kg("validate", "--graph", str(graph), cwd=tmp_path), fragment)
    assert "conforms" not in line
