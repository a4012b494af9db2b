"""`kg query` with parameters, ad-hoc SPARQL and paging, as a user runs it, on the seed graph."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pyoxigraph as ox
import pytest
from conftest import run_kg

from kg.parameters import with_values
from kg.store.remote import RemoteStore

ENV = {**os.environ, "COLUMNS": "200", "KG_DEBUG": ""}
HAMAS_COLUMNS = ["who", "date", "place", "confidence", "source"]


def kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if stdin is None:
        return run_kg(*args, env=ENV)
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], input=stdin, env=ENV, capture_output=True, text=True
    )


def rows(done: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def graph(seed_graph) -> str:
    return str(seed_graph)


@pytest.fixture(scope="module")
def hamas(graph) -> list[dict[str, str]]:
    found = rows(kg("query", "who-met-hamas", "--graph", graph, "--format", "csv"))
    assert len(found) >= 3
    return found


@pytest.mark.parametrize(
    "spelling",
    ["حماس", "حركة حماس", "حركة المقاومة الإسلامية", "حركة المقاومة الاسلاميه",
     "Hamas", "hamas", "Q38799"],
)  # fmt: skip
def test_who_met_an_actor_named_any_way_is_who_met_hamas(graph, hamas, spelling):
    found = rows(kg("query", "who-met", "--actor", spelling, "--graph", graph, "--format", "csv"))
    assert {row["with"] for row in found} == {"Hamas"}
    assert [[row[c] for c in HAMAS_COLUMNS] for row in found] == [
        [row[c] for c in HAMAS_COLUMNS] for row in hamas
    ]


def test_an_unknown_actor_is_one_line_naming_the_closest_names(graph):
    line = error_line(kg("query", "who-met", "--actor", "Hamaz", "--graph", graph))
    assert "no actor 'Hamaz' in the graph" in line and "Hamas" in line


def test_a_value_cannot_change_the_query(graph):
    hostile = '"} } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o'
    line = error_line(kg("query", "who-met", "--actor", hostile, "--graph", graph))
    assert "no actor" in line
    line = error_line(kg("query", "timeline", "--from", '2025" ) } #', "--graph", graph))
    assert "is not a date" in line


def test_a_parameter_the_query_does_not_declare_is_refused(graph):
    line = error_line(kg("query", "who-met-hamas", "--actor", "Turkey", "--graph", graph))
    assert "who-met-hamas.rq takes no parameters, not --actor" in line


def test_meetings_by_city_keeps_only_that_city(graph):
    every = rows(kg("query", "meetings-by-city", "--graph", graph, "--format", "csv"))
    istanbul = rows(
        kg("query", "meetings-by-city", "--city", "إسطنبول", "--graph", graph, "--format", "csv")
    )
    assert istanbul == [row for row in every if row["place"] == "Istanbul"]
    assert 0 < len(istanbul) < len(every)


def test_timeline_between_two_months(graph):
    every = rows(kg("query", "timeline", "--graph", graph, "--format", "csv"))
    between = rows(
        kg("query", "timeline", "--from", "2025-06", "--to", "2025-11", "--graph", graph,
           "--format", "csv")
    )  # fmt: skip
    expected = [row for row in every if row["date"] and "2025-06" <= row["date"][:7] <= "2025-11"]
    assert between == expected and 0 < len(between) < len(every)


def test_the_same_parameters_answer_alike_on_an_endpoint(graph, oxigraph_server):
    RemoteStore(oxigraph_server.endpoints).load(graph)
    query_url = oxigraph_server.endpoints.query
    for args in (
        ("who-met", "--actor", "حماس"),
        ("timeline", "--from", "2025-06", "--to", "2025-11"),
    ):
        local = kg("query", *args, "--graph", graph, "--format", "csv")
        remote = kg("query", *args, "--query-url", query_url, "--format", "csv")
        assert rows(remote) == rows(local) != []


def test_ad_hoc_sparql_from_an_option_and_from_standard_input(graph):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    by_option = rows(kg("query", "--sparql", text, "--graph", graph, "--format", "csv"))
    by_stdin = rows(kg("query", "-", "--graph", graph, "--format", "csv", stdin=text))
    assert by_option == by_stdin and int(by_option[0]["n"]) > 500
    line = error_line(kg("query", "--sparql", "SELECT WHERE", "--graph", graph))
    assert "--sparql is not a valid SPARQL query" in line


def test_the_list_names_every_saved_query_with_its_parameters():
    listed = kg("query", "--list")
    assert listed.returncode == 0, listed.stderr
    for name in ("who-met ", "who-met-hamas", "meetings-by-city", "timeline", "--actor (actor)"):
        assert name in listed.stdout


def test_the_table_is_paged_and_says_how_many_rows_were_left_out(graph):
    total = len(rows(kg("query", "timeline", "--graph", graph, "--format", "csv")))
    table = kg("query", "timeline", "--graph", graph, "--limit", "2", "--offset", "1")
    assert table.returncode == 0, table.stderr
    assert f"rows left out: {total - 2}" in table.stdout
    page = rows(kg("query", "timeline", "--graph", graph, "--format", "csv", "--limit", "2",
                   "--offset", "1"))  # fmt: skip
    assert page == rows(kg("query", "timeline", "--graph", graph, "--format", "csv"))[1:3]


def test_values_open_the_where_clause_whatever_comments_strings_and_iris_hold():
    text = "# WHERE { in a comment\nPREFIX x: <http://x/#WHERE>\n"
    text += 'SELECT ?a WHERE { ?a ?b "WHERE {" FILTER(?a < ?b) }'
    bound = with_values(text, {"actor": ox.NamedNode("http://e/x"), "to": ox.Literal('"}')}, "q")
    assert bound == text.replace(
        "WHERE { ?a", 'WHERE { VALUES (?actor ?to) { (<http://e/x> "\\"}") }  ?a'
    )
    assert len(list(ox.Store().query(bound))) == 0  # still one valid query


def test_csv_rows_are_printed_as_the_engine_finds_them(seed_graph):
    """A cross product far too long for its timeout: its first rows are out before it stops."""
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    done = kg("query", "--sparql", cross, "--graph", str(seed_graph), "--format", "csv",
              "--timeout", "2")  # fmt: skip
    assert done.returncode == 1 and "did not finish within 2 s" in done.stderr
    assert done.stdout.startswith("a,b,c,d,e,f,g,h,i\n") and done.stdout.count("\n") > 1000


@pytest.mark.parametrize("name", ["who-met-hamas", "timeline", "meetings-by-city"])
def test_json_written_row_by_row_is_the_document_json_dumps_writes(seed_graph, name):
    import json

    from kg.queries import saved_query
    from kg.results import render
    from kg.store.local import LocalStore

    result = LocalStore.from_turtle(seed_graph).query(saved_query(name).text)
    document = {
        "columns": result.columns,
        "rows": [dict(zip(result.columns, r, strict=True)) for r in result.rows],
    }
    assert render(result, "json") == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
