"""The ontology contract: terms outside tools query, labels, and agreement with the graph."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import KG
from kg.resources import ontology_path, project_dir, saved_queries, shapes_path

CONTRACT_CLASSES = ["Person", "State", "Organization", "Group", "City", "LegalCase", "Meeting"]
CONTRACT_OBJECT_PROPERTIES = [
    "met",
    "joinedCase",
    "heldMeetingIn",
    "memberOf",
    "participant",
    "location",
    "plaintiff",
    "defendant",
]
WIKIDATA_ALIGNMENT = {
    "participant": "P710",
    "location": "P276",
    "date": "P585",
    "memberOf": "P463",
    "plaintiff": "P1620",
    "defendant": "P1591",
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path())


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_contract_classes_exist(ontology, name):
    assert (KG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", CONTRACT_OBJECT_PROPERTIES)
def test_contract_object_properties_exist(ontology, name):
    assert (KG[name], RDF.type, OWL.ObjectProperty) in ontology


def test_met_is_symmetric_and_date_is_a_datatype_property(ontology):
    assert (KG.met, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.date, RDF.type, OWL.DatatypeProperty) in ontology


@pytest.mark.parametrize(("name", "pid"), sorted(WIKIDATA_ALIGNMENT.items()))
def test_aligned_with_wikidata_properties(ontology, name, pid):
    wdt = URIRef(f"http://www.wikidata.org/prop/direct/{pid}")
    assert (KG[name], OWL.equivalentProperty, wdt) in ontology


def test_every_term_has_english_and_arabic_labels(ontology):
    for term in set(ontology.subjects()) - {URIRef(str(KG).rstrip("#"))}:
        if not isinstance(term, URIRef) or not str(term).startswith(str(KG)):
            continue
        languages = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"en", "ar"} <= languages, term


def _kg_terms(text: str) -> set[str]:
    return set(re.findall(r"\bkg:([A-Za-z]+)", text))


def test_queries_and_shapes_use_only_defined_terms(ontology):
    defined = {
        str(s).removeprefix(str(KG)) for s in ontology.subjects() if str(s).startswith(str(KG))
    }
    used = _kg_terms(shapes_path().read_text(encoding="utf-8"))
    for name in saved_queries():
        used |= _kg_terms((project_dir("queries") / name).read_text(encoding="utf-8"))
    assert used - defined == set()


def test_the_built_graph_uses_only_defined_terms(ontology, seed_graph):
    defined = set(ontology.subjects())
    graph = Graph().parse(seed_graph)
    used = {p for p in graph.predicates() if str(p).startswith(str(KG))}
    used |= {o for o in graph.objects(None, RDF.type) if str(o).startswith(str(KG))}
    assert used - defined == set()


@pytest.mark.parametrize("name", saved_queries())
def test_each_saved_query_says_what_it_answers(name):
    first = (project_dir("queries") / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "?" in first


@pytest.mark.parametrize("name", saved_queries())
def test_each_saved_query_answers_on_the_seeds(seed_graph, name):
    from kg.queries import load_query
    from kg.store.local import LocalStore

    assert LocalStore.from_turtle(seed_graph).query(load_query(name)).rows
