"""`kg build` on the seed articles, end to end with the real model."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import Graph
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.namespaces import KG
from kg.pipeline import build
from kg.queries import load_query
from kg.reader import read_folder
from kg.store.local import LocalStore
from kg.validate import violations

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def rows(graph_path, query_name):
    return LocalStore.from_turtle(graph_path).query(load_query(query_name)).rows


def test_who_met_hamas_lists_kalin_three_times_and_fidan(seed_graph):
    found = {(row[0], row[1], row[2], row[4]) for row in rows(seed_graph, "who-met-hamas")}
    assert ("İbrahim Kalın", "2025-11", "Istanbul", "002_35cd34da39fb3bb3.txt") in found
    assert ("İbrahim Kalın", "2026-03", "Istanbul", "003_d816d484b0658707.txt") in found
    assert ("İbrahim Kalın", None, "Ankara", "004_a05ff47f7670e0e6.txt") in found
    assert ("Hakan Fidan", None, "Istanbul", "002_35cd34da39fb3bb3.txt") in found
    assert "Khalil al-Hayya" not in {row[0] for row in found}  # he came with Hamas


def test_the_graph_conforms_to_the_shapes(seed_graph):
    assert violations(Graph().parse(seed_graph)) == []


def test_turtle_parses_in_a_second_engine(seed_graph):
    store = pyoxigraph.Store()
    store.load(path=str(seed_graph), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(seed_graph))


def test_build_is_deterministic(seed_build, arabic_parser, tmp_path):
    first, _ = seed_build
    second = tmp_path / "again.ttl"
    build(SEEDS, second, arabic_parser)
    assert second.read_bytes() == first.read_bytes()


def test_every_evidence_span_is_the_sentence_in_the_file(seed_graph):
    graph = Graph().parse(seed_graph)
    texts = {item.doc_id: item.text for item in read_folder(SEEDS)}
    checked = 0
    for evidence in graph.subjects(RDF.type, KG.Evidence):
        document = str(graph.value(evidence, PROV.wasDerivedFrom))
        doc_id = document.rsplit("/", 1)[-1]
        start, end = int(graph.value(evidence, KG.start)), int(graph.value(evidence, KG.end))
        assert texts[doc_id][start:end] == str(graph.value(evidence, KG.sentence))
        checked += 1
    assert checked > 10


def test_a_fact_reported_twice_is_one_event_with_two_sources(seed_graph):
    graph = Graph().parse(seed_graph)
    (event,) = graph.subjects(RDF.type, KG.CaseJoining)
    sources = {
        str(graph.value(doc, KG.fileName)) for doc in graph.objects(event, PROV.wasDerivedFrom)
    }
    assert sources == {"000_aa6a5e2b2c7bcff8.txt", "001_e2929590db3c7432.txt"}


def test_the_filer_of_a_case_did_not_join_it(seed_graph):
    found = {(row[1], row[2]) for row in rows(seed_graph, "states-in-cases")}
    assert ("Turkey", "joined") in found
    assert ("South Africa", "plaintiff") in found
    assert ("Israel", "defendant") in found
    assert ("South Africa", "joined") not in found


def test_unlinked_entities_say_so_and_carry_no_wikidata_id(seed_graph):
    graph = Graph().parse(seed_graph)
    unlinked = set(graph.subjects(KG.linkStatus, KG.Unlinked))
    labels = {str(label) for node in unlinked for label in graph.objects(node, RDFS.label)}
    assert {"İbrahim Kalın", "Hakan Fidan", "Khalil al-Hayya"} <= labels  # no checked QID
    assert all(graph.value(node, OWL.sameAs) is None for node in unlinked)
    linked = set(graph.subjects(KG.linkStatus, KG.Linked))
    assert all(
        str(graph.value(node, OWL.sameAs)).startswith("http://www.wikidata.org/entity/Q")
        for node in linked
    )


def test_report_counts_documents_and_facts(seed_build):
    _, report = seed_build
    assert report.documents == 7  # five files, two of them with a «إقرأ أيضاً» tail
    assert report.skipped == []
    assert report.facts["met"] >= 4 and report.facts["memberOf"] >= 8
