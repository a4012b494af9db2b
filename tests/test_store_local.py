"""The local pyoxigraph store, saved-query loading and the canonical result rendering."""

from __future__ import annotations

import json

import pytest
from conftest import DATA_DIR, SAMPLE_GRAPH

from kg import store
from kg.errors import GraphNotBuilt, MalformedQuery, UnknownQuery, UnknownStore
from kg.queries import load_query, query_form
from kg.resources import saved_queries
from kg.results import QueryResult, compact_iri, literal_text, render
from kg.store.local import LocalStore

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def sample() -> LocalStore:
    return LocalStore.from_turtle(SAMPLE_GRAPH)


def test_select_rows_are_canonical_text_with_none_for_unbound(sample):
    result = sample.query(load_query(DATA_DIR / "queries" / "meetings.rq"))
    assert result.columns == ["meeting", "place", "date", "participants"]
    assert result.rows == [
        ("kgr:event/meeting-m1", "Istanbul", "2024-04-20", "2"),
        ("kgr:event/meeting-m2", "Doha", None, "3"),
        ("kgr:event/meeting-m3", None, "2024-03", "2"),
    ]


def test_numbers_are_spelled_one_way_whatever_the_store_kept(sample):
    result = sample.query(load_query(DATA_DIR / "queries" / "confidence-by-kind.rq"))
    assert [row[2:4] for row in result.rows] == [("0.85", "0.85"), ("0.6", "0.9"), ("0.7", "0.7")]
    spans = sample.query(load_query(DATA_DIR / "queries" / "evidence-spans.rq"))
    assert [row[1:4] for row in spans.rows][2] == ("120", "198", "78")


@pytest.mark.parametrize(
    ("lexical", "datatype", "text"),
    [
        ("0120", "integer", "120"),
        ("0.90", "decimal", "0.9"),
        ("3", "decimal", "3.0"),
        ("100", "decimal", "100.0"),
        ("7.0E-1", "double", "0.7"),
        ("0.7e0", "double", "0.7"),
        ("3", "double", "3.0"),
        ("-INF", "double", "-INF"),
        ("1", "boolean", "true"),
        ("2024-03", "gYearMonth", "2024-03"),
        ("abc", "integer", "abc"),
    ],
)
def test_literal_text(lexical, datatype, text):
    assert literal_text(lexical, XSD + datatype) == text


@pytest.mark.parametrize(
    ("iri", "text"),
    [
        ("https://w3id.org/arabic-news-kg/ontology#Meeting", "kg:Meeting"),
        ("https://w3id.org/arabic-news-kg/id/entity/Q38799", "kgr:entity/Q38799"),
        ("http://www.wikidata.org/entity/Q38799", "wd:Q38799"),
        ("http://www.wikidata.org/prop/direct/P31", "wdt:P31"),
        ("http://www.w3.org/2001/XMLSchema#date", "xsd:date"),
        (
            "https://w3id.org/arabic-news-kg/id/doc/a?b=c",
            "<https://w3id.org/arabic-news-kg/id/doc/a?b=c>",
        ),
        ("https://example.org/x", "<https://example.org/x>"),
    ],
)
def test_compact_iri(iri, text):
    assert compact_iri(iri) == text


def test_ask_and_construct(sample):
    assert sample.query(load_query(DATA_DIR / "queries" / "hamas-met-anyone.rq")).boolean is True
    graph = sample.query(load_query(DATA_DIR / "queries" / "state-contacts.rq"))
    assert graph.columns == ["subject", "predicate", "object"]
    assert sorted(graph.rows) == [
        ("kgr:entity/Q43", "kg:met", "kgr:entity/Q846"),
        ("kgr:entity/Q846", "kg:met", "kgr:entity/Q43"),
    ]


def test_comparable_ignores_column_and_row_order_but_not_multiplicity():
    one = QueryResult(["a", "b"], [("1", None), ("2", "x")])
    same = QueryResult(["b", "a"], [("x", "2"), (None, "1")])
    doubled = QueryResult(["a", "b"], [("1", None), ("2", "x"), ("2", "x")])
    assert one.comparable() == same.comparable()
    assert one.comparable() != doubled.comparable()


def test_render_table_keeps_brackets_and_arabic(sample):
    result = sample.query(load_query(DATA_DIR / "queries" / "evidence-spans.rq"))
    table = render(result, "table", width=300)
    assert "[تحديث] التقى وزير الخارجية القطري" in table
    assert "4 rows" in table
    assert render(QueryResult([], [], boolean=False)) == "false\n"


def test_render_csv_and_json(sample):
    result = sample.query(load_query(DATA_DIR / "queries" / "meetings.rq"))
    lines = render(result, "csv").splitlines()
    assert lines[0] == "meeting,place,date,participants"
    assert lines[2] == "kgr:event/meeting-m2,Doha,,3"
    document = json.loads(render(result, "json"))
    assert document["columns"] == result.columns
    assert document["rows"][1] == {
        "meeting": "kgr:event/meeting-m2",
        "place": "Doha",
        "date": None,
        "participants": "3",
    }
    assert json.loads(render(QueryResult([], [], boolean=True), "json")) == {"boolean": True}
    with pytest.raises(ValueError, match="unknown output format"):
        render(result, "xml")  # type: ignore[arg-type]


def test_a_missing_graph_says_to_build_it(tmp_path):
    with pytest.raises(GraphNotBuilt, match=r"no graph at .*kg\.ttl: run `kg build` first"):
        LocalStore.from_turtle(tmp_path / "kg.ttl")


def test_broken_turtle_is_named_with_its_position(tmp_path):
    broken = tmp_path / "kg.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .\nkg:a kg:b .\n")
    with pytest.raises(GraphNotBuilt) as caught:
        LocalStore.from_turtle(broken)
    message = str(caught.value)
    assert str(broken) in message and "line 2" in message and "\n" not in message


def test_append_and_replace_locally(tmp_path):
    local = LocalStore.from_turtle(SAMPLE_GRAPH)
    size = local.count()
    extra = tmp_path / "extra.ttl"
    extra.write_text("<https://x> <https://y> <https://z> .\n")
    assert local.load(extra).triples == size + 1
    assert local.load(extra, replace=True).triples == 1
    assert local.load(SAMPLE_GRAPH, graph="https://g").triples == size


def test_every_saved_query_parses():
    assert saved_queries()
    for name in saved_queries():
        assert query_form(load_query(name)) in ("select", "ask", "graph")


def test_query_forms():
    assert query_form("SELECT * WHERE { ?s ?p ?o }") == "select"
    assert query_form("ASK { ?s ?p ?o }") == "ask"
    assert query_form("CONSTRUCT WHERE { ?s ?p ?o }") == "graph"
    assert query_form("DESCRIBE <https://x>") == "graph"


def test_a_malformed_query_names_file_and_position(tmp_path):
    query = tmp_path / "broken.rq"
    query.write_text("PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#>\nSELECT ?x WHERE {\n")
    with pytest.raises(MalformedQuery, match=r"broken\.rq is not a valid SPARQL query: .*3:1"):
        load_query(query)


def test_an_update_is_not_a_saved_query(tmp_path):
    query = tmp_path / "wipe.rq"
    query.write_text("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(MalformedQuery, match=r"wipe\.rq"):
        load_query(query)


def test_an_unknown_query_lists_the_saved_ones():
    with pytest.raises(UnknownQuery, match=r"Available: .*who-met-hamas\.rq"):
        load_query("who-met-nobody")


def test_stores_are_chosen_by_name():
    assert store.get("local") is LocalStore
    assert store.get("fuseki").__name__ == "RemoteStore"
    with pytest.raises(UnknownStore, match="Available: local, remote"):
        store.get("virtuoso")


def test_who_met_hamas_leaves_the_place_empty_for_a_meeting_without_one(seed_graph, tmp_path):
    """The query reads place names through a guard on meetings without a place; without the
    guard such a meeting would pick up every city's name."""
    import pyoxigraph as ox

    graph = ox.Store()
    graph.load(path=seed_graph, format=ox.RdfFormat.TURTLE)
    location = ox.NamedNode("https://w3id.org/arabic-news-kg/ontology#location")
    for quad in list(graph.quads_for_pattern(None, location, None)):
        graph.remove(quad)
    placeless = tmp_path / "placeless.ttl"
    graph.dump(placeless, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())

    query = load_query("who-met-hamas.rq")
    with_places = LocalStore.from_turtle(seed_graph).query(query)
    without = LocalStore.from_turtle(placeless).query(query)
    place = with_places.columns.index("place")

    def rest(rows):
        return sorted((row[:place] + row[place + 1 :] for row in rows), key=str)

    assert any(row[place] for row in with_places.rows)
    assert [row[place] for row in without.rows] == [None] * len(with_places.rows)
    assert rest(without.rows) == rest(with_places.rows)
