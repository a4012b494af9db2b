"""The vocabularies kg writes, and the prefixes every serialisation and result table uses."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.vocabulary import KG

KGR = Namespace("https://w3id.org/arabic-news-kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgr": str(KGR),
    "wd": str(WD),
    "wdt": str(WDT),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Declare kg's prefixes on `graph` (replacing rdflib's defaults) and return it."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph
