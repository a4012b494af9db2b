"""The SHACL shapes reject a graph that breaks each of them.

Each case breaks one constraint of the seed graph (which conforms) with a SPARQL update and
expects a violation on the path it broke. A shape added to ontology/shapes.ttl without a case
here fails `test_every_shape_has_a_case`.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import run_kg
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SH

from kg.namespaces import PREFIXES
from kg.resources import shapes_path
from kg.validate import violations
from kg.vocabulary import KG

_PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
_PROLOGUE += "PREFIX prov: <http://www.w3.org/ns/prov#>\n"


def _one(pattern: str, var: str = "x") -> str:
    """A WHERE clause binding ?var to the first node matching `pattern`."""
    return f"{{ SELECT ?{var} WHERE {{ {pattern} }} ORDER BY ?{var} LIMIT 1 }}"


_MEETING = _one("?x a kg:Meeting ; kg:location ?l ; kg:date ?d")
_STATE = _one("?x a kg:State ; owl:sameAs ?w")
_UNLINKED = _one("?x a kg:Person ; kg:linkStatus kg:Unlinked")
_CASE = _one("?x a kg:CaseJoining")
_EVIDENCE = _one("?x a kg:Evidence")
_DOCUMENT = _one("?x a kg:Document ; dcterms:issued ?d")
_FACT = _one("?x a rdf:Statement")
_GROUP = _one("?x a kg:Group")
_CITY, _PERSON = _one("?o a kg:City", "o"), _one("?o a kg:Person", "o")
_CASE_NODE = _one("?o a kg:LegalCase", "o")
_OTHER_CITY = "?o a kg:City . FILTER NOT EXISTS { ?x kg:location ?o }"
_MEMBERSHIP = _one("?x a kg:Membership")
_CANDIDATE = "<urn:test:candidate> a kg:LinkCandidate ; kg:linkScore 0.5 ; kg:item"
_DECISION = "<urn:test:decision> a kg:Decision ; kg:affects ?x ; kg:action"


def _remove(focus: str, path: str) -> str:
    return f"DELETE {{ ?x {path} ?old }} WHERE {{ {focus} ?x {path} ?old }}"


def _replace(focus: str, path: str, value: str) -> str:
    delete, insert = f"DELETE {{ ?x {path} ?old }}", f"INSERT {{ ?x {path} {value} }}"
    return f"{delete} {insert} WHERE {{ {focus} ?x {path} ?old }}"


def _add(focus: str, path: str, value: str, where: str = "") -> str:
    return f"INSERT {{ ?x {path} {value} }} WHERE {{ {focus} {where} }}"


# (shape, the path the violation names (None: the node itself), the constraint it breaks,
# the update that breaks it)
CASES = [
    ("EntityShape", "rdfs:label", "MinCount", _remove(_STATE, "rdfs:label")),
    ("EntityShape", "kg:linkStatus", "MinCount", _remove(_STATE, "kg:linkStatus")),
    ("EntityShape", "owl:sameAs", "Pattern", _replace(_STATE, "owl:sameAs", "wd:P31")),
    ("EntityShape", "owl:sameAs", "MaxCount", _add(_STATE, "owl:sameAs", "wd:Q1")),
    ("LinkedShape", "kg:linkStatus", "HasValue", _replace(_STATE, "kg:linkStatus", "kg:Unlinked")),
    ("EventShape", "kg:participant", "MinCount", _remove(_MEETING, "kg:participant")),
    ("EventShape", "kg:participant", "Or", _add(_MEETING, "kg:participant", "?o", _CITY)),
    ("EventShape", "kg:confidence", "MaxInclusive", _replace(_MEETING, "kg:confidence", "1.5")),
    ("EventShape", "kg:rule", "MinCount", _remove(_MEETING, "kg:rule")),
    ("EventShape", "kg:evidence", "MinCount", _remove(_MEETING, "kg:evidence")),
    ("EventShape", "prov:wasDerivedFrom", "MinCount", _remove(_MEETING, "prov:wasDerivedFrom")),
    ("EventShape", "kg:location", "MaxCount", _add(_MEETING, "kg:location", "?o", _OTHER_CITY)),
    ("EventShape", "kg:date", "Or", _replace(_MEETING, "kg:date", "'March'")),
    ("EventShape", "kg:dateBasis", "In", _replace(_MEETING, "kg:dateBasis", "'guess'")),
    ("MeetingShape", "kg:modality", "In", _add(_MEETING, "kg:modality", "'rumoured'")),
    ("MeetingShape", "kg:convener", "Or", _add(_MEETING, "kg:convener", "?o", _CITY)),
    ("CaseJoiningShape", "kg:legalCase", "MinCount", _remove(_CASE, "kg:legalCase")),
    ("CaseJoiningShape", "kg:participant", "Class", _add(_CASE, "kg:participant", "?o", _PERSON)),
    ("MembershipShape", "kg:group", "MinCount", _remove(_MEMBERSHIP, "kg:group")),
    ("EvidenceShape", "kg:sentence", "MinCount", _remove(_EVIDENCE, "kg:sentence")),
    ("EvidenceShape", "kg:start", "MinInclusive", _replace(_EVIDENCE, "kg:start", "-1")),
    ("EvidenceShape", "kg:start", "LessThan", _replace(_EVIDENCE, "kg:start", "100000")),
    ("EvidenceShape", "kg:end", "MinCount", _remove(_EVIDENCE, "kg:end")),
    ("EvidenceShape", "prov:wasDerivedFrom", "MinCount", _remove(_EVIDENCE, "prov:wasDerivedFrom")),
    ("DocumentShape", "kg:fileName", "MinCount", _remove(_DOCUMENT, "kg:fileName")),
    ("DocumentShape", "dcterms:issued", "Datatype", _replace(_DOCUMENT, "dcterms:issued", "'x'")),
    ("DocumentShape", "kg:dateline", "LanguageIn", _add(_DOCUMENT, "kg:dateline", "'Cairo'@en")),
    ("FactShape", "kg:event", "MinCount", _remove(_FACT, "kg:event")),
    ("FactShape", "kg:confidence", "Datatype", _replace(_FACT, "kg:confidence", "'high'")),
    ("FactShape", "rdf:predicate", "In", _replace(_FACT, "rdf:predicate", "kg:rule")),
    ("JoinedCaseShape", "kg:joinedCase", "Class", _add(_STATE, "kg:joinedCase", "?o", _CITY)),
    ("JoinedCaseShape", None, "Class", _add(_UNLINKED, "kg:joinedCase", "?o", _CASE_NODE)),
    ("HeldMeetingInShape", None, "Or", _add(_STATE, "kg:heldMeetingIn", "?o", _CITY)),
    ("HeldMeetingInShape", "kg:heldMeetingIn", "Or",
     _add(_GROUP, "kg:heldMeetingIn", "?o", _PERSON)),
    ("EntityLinkShape", "kg:linkScore", "MaxInclusive", _add(_STATE, "kg:linkScore", "1.5")),
    ("EntityLinkShape", "kg:candidate", "Class", _add(_UNLINKED, "kg:candidate", "?o", _CITY)),
    ("CandidateHolderShape", "kg:linkStatus", "HasValue",
     f"INSERT {{ {_CANDIDATE} wd:Q1 . ?x kg:candidate <urn:test:candidate> }} "
     f"WHERE {{ {_STATE} }}"),
    ("LinkCandidateShape", "kg:item", "Pattern", f"INSERT DATA {{ {_CANDIDATE} wd:P31 }}"),
    ("LinkCandidateShape", "kg:linkScore", "MinCount",
     "INSERT DATA { <urn:test:candidate> a kg:LinkCandidate ; kg:item wd:Q1 }"),
    ("DecisionShape", "kg:action", "In",
     f"INSERT {{ {_DECISION} 'approve' }} WHERE {{ {_STATE} }}"),
    ("DecisionShape", "prov:wasAttributedTo", "MinCount",
     f"INSERT {{ {_DECISION} 'reject' }} WHERE {{ {_STATE} }}"),
]  # fmt: skip


@pytest.fixture(scope="module")
def seed(seed_graph) -> bytes:
    assert violations(Graph().parse(seed_graph)) == []
    return seed_graph.read_bytes()


def _broken(seed: bytes, update: str) -> bytes:
    """The seed graph as Turtle after a case's update."""
    store = ox.Store()
    store.load(seed, format=ox.RdfFormat.TURTLE)
    store.update(_PROLOGUE + update)
    return store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())


def _expand(curie: str) -> str:
    prefix, local = curie.split(":")
    return (PREFIXES.get(prefix) or "http://www.w3.org/ns/prov#") + local


@pytest.mark.parametrize(
    ("shape", "path", "component", "update"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES]
)
def test_the_shapes_reject_a_graph_that_breaks_them(seed, shape, path, component, update):
    broken = _broken(seed, update)
    changed = not isomorphic(Graph().parse(data=broken), Graph().parse(data=seed))
    assert changed, "the update changed nothing: the case tests no constraint"
    found = {(v.path, v.component) for v in violations(Graph().parse(data=broken))}
    expected = (path and _expand(path), f"{component}ConstraintComponent")
    assert expected in found, f"{shape}: {expected} not among {found}"


def _mixed_in_report(graph: Graph) -> list[tuple[str, str | None, str]]:
    """The violations pyshacl finds with kg's whole ontology handed to it (it copies the
    graph to add it): what `violations` must agree with."""
    from pyshacl import validate

    from kg.resources import ontology_path

    _, report, _ = validate(
        graph,
        shacl_graph=Graph().parse(shapes_path()),
        ont_graph=Graph().parse(ontology_path()),
        inference="none",
    )
    return sorted(
        (
            str(report.value(result, SH.focusNode)),
            None if (path := report.value(result, SH.resultPath)) is None else str(path),
            str(report.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
        )
        for result in report.subjects(SH.resultSeverity, SH.Violation)
    )


def test_the_check_agrees_with_the_whole_ontology_and_leaves_the_graph_as_it_was(seed):
    """On every broken graph of the cases, and on one that holds a class statement itself."""
    for shape, _, _, update in CASES:
        graph = Graph().parse(data=_broken(seed, update))
        before = set(graph)
        found = sorted((v.focus, v.path, v.component) for v in violations(graph))
        assert set(graph) == before, shape
        assert found == _mixed_in_report(graph), shape
    graph = Graph().parse(data=seed)
    own = (RDF.Statement, RDFS.subClassOf, RDFS.Resource)
    graph.add(own)
    graph.add((KG.City, RDFS.subClassOf, KG.Place))  # also in the ontology: kept
    before = set(graph)
    assert violations(graph) == [] and set(graph) == before


def test_every_shape_has_a_case():
    shapes = Graph().parse(shapes_path())
    names = {str(node).rsplit("#", 1)[1] for node in shapes.subjects(RDF.type, SH.NodeShape)}
    assert names == {case[0] for case in CASES}


def test_kg_validate_names_three_violations_and_prints_all_with_all(seed_graph, tmp_path):
    store = ox.Store()
    store.load(seed_graph.read_bytes(), format=ox.RdfFormat.TURTLE)
    store.update(_PROLOGUE + "DELETE { ?x kg:rule ?r } WHERE { ?x a kg:Meeting ; kg:rule ?r }")
    broken = tmp_path / "kg.ttl"
    store.dump(broken, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    meetings = len(list(store.query(_PROLOGUE + "SELECT ?x { ?x a kg:Meeting }")))
    assert meetings > 3

    short = run_kg("validate", "--graph", str(broken))
    assert short.returncode == 1 and short.stdout == ""
    assert f"{meetings} SHACL violation(s)" in short.stderr
    assert f"(and {meetings - 3} more: run `kg validate --all --graph {broken}`)" in short.stderr

    every = run_kg("validate", "--all", "--graph", str(broken))
    assert every.returncode == 1
    lines = every.stdout.splitlines()
    assert len(lines) == meetings
    assert all(" https://w3id.org/arabic-news-kg/ontology#rule: " in line for line in lines)
