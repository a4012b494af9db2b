"""The registry in kg.schema agrees with the ontology and the SHACL shapes."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import KG, WDT
from kg.schema import (
    ATTRIBUTES,
    ENTITY_TYPES,
    EVENT_KINDS,
    EVENT_ROLES,
    RELATIONS,
    entity_type,
    facts,
)
from kg.types import Entity, Event, Evidence

SH = "http://www.w3.org/ns/shacl#"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    from kg.resources import ontology_path

    return Graph().parse(ontology_path())


@pytest.fixture(scope="module")
def shapes() -> Graph:
    from kg.resources import shapes_path

    return Graph().parse(shapes_path())


def _entity_types_of(ontology: Graph, node) -> set[str]:
    """The registry's entity types a class stands for: itself, its subclasses, its union."""
    found = set()
    for union in ontology.objects(node, OWL.equivalentClass):
        for member_list in ontology.objects(union, OWL.unionOf):
            for member in Collection(ontology, member_list):
                found |= _entity_types_of(ontology, member)
    for sub in ontology.subjects(RDFS.subClassOf, node):
        found |= _entity_types_of(ontology, sub)
    name = str(node).removeprefix(str(KG))
    if name in ENTITY_TYPES:
        found.add(name)
    return found


@pytest.mark.parametrize("name", sorted(ENTITY_TYPES))
def test_every_entity_type_is_an_ontology_class(ontology, name):
    assert (ENTITY_TYPES[name].iri, RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", sorted(EVENT_KINDS))
def test_every_event_kind_is_an_event_class(ontology, name):
    kind = EVENT_KINDS[name]
    assert (kind.iri, RDFS.subClassOf, KG.Event) in ontology
    if kind.target:
        assert (kind.target_iri, RDFS.domain, kind.iri) in ontology
        (target_range,) = ontology.objects(kind.target_iri, RDFS.range)
        assert _entity_types_of(ontology, target_range) == set(kind.target_types)


@pytest.mark.parametrize("name", sorted(EVENT_ROLES))
def test_every_event_role_is_a_property_with_its_range(ontology, name):
    role = EVENT_ROLES[name]
    assert (role.iri, RDF.type, OWL.ObjectProperty) in ontology
    (role_range,) = ontology.objects(role.iri, RDFS.range)
    assert set(role.types) <= _entity_types_of(ontology, role_range)
    if role.wikidata:
        assert (role.iri, OWL.equivalentProperty, WDT[role.wikidata]) in ontology


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_every_relation_agrees_with_the_ontology(ontology, name):
    relation = RELATIONS[name]
    assert (relation.iri, RDF.type, OWL.ObjectProperty) in ontology
    assert ((relation.iri, RDF.type, OWL.SymmetricProperty) in ontology) == relation.symmetric
    (domain,) = ontology.objects(relation.iri, RDFS.domain)
    (range_,) = ontology.objects(relation.iri, RDFS.range)
    assert _entity_types_of(ontology, domain) == set(relation.domain)
    assert _entity_types_of(ontology, range_) == set(relation.range)
    assert relation.event_kind in EVENT_KINDS
    if relation.wikidata:
        assert (relation.iri, OWL.equivalentProperty, WDT[relation.wikidata]) in ontology


def test_no_relation_in_the_ontology_is_missing_from_the_registry(ontology):
    """Every property linking two actors or an actor to a place or case is a relation."""
    binary = {
        str(p).removeprefix(str(KG))
        for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
        if str(p).startswith(str(KG))
        and any(_entity_types_of(ontology, d) for d in ontology.objects(p, RDFS.domain))
        and any(_entity_types_of(ontology, r) for r in ontology.objects(p, RDFS.range))
    }
    roles = {name for name, role in EVENT_ROLES.items() if role.on_target}
    assert binary - roles - set(ATTRIBUTES) == set(RELATIONS)


@pytest.mark.parametrize("name", sorted(ATTRIBUTES))
def test_every_attribute_agrees_with_the_ontology(ontology, name):
    attribute = ATTRIBUTES[name]
    assert (attribute.iri, RDF.type, OWL.ObjectProperty) in ontology
    (domain,) = ontology.objects(attribute.iri, RDFS.domain)
    (range_,) = ontology.objects(attribute.iri, RDFS.range)
    assert _entity_types_of(ontology, domain) == set(attribute.domain)
    assert _entity_types_of(ontology, range_) == set(attribute.range)


def test_the_shapes_allow_exactly_the_registered_relations_as_facts(shapes):
    (shape,) = shapes.subjects(URIRef(SH + "targetClass"), RDF.Statement)
    allowed = set()
    for prop in shapes.objects(shape, URIRef(SH + "property")):
        for values in shapes.objects(prop, URIRef(SH + "in")):
            allowed |= set(Collection(shapes, values))
    assert allowed == {relation.iri for relation in RELATIONS.values()}


def test_the_shapes_check_every_event_kind(shapes):
    targets = set(shapes.objects(None, URIRef(SH + "targetClass")))
    assert {kind.iri for kind in EVENT_KINDS.values()} <= targets


def test_table_spellings_map_to_types():
    assert entity_type("state").name == "State"
    assert entity_type("organization").name == "Organization"
    assert entity_type("legal case").name == "LegalCase"
    with pytest.raises(KeyError):
        entity_type("planet")


def _meeting(**changes) -> Event:
    turkey = Entity("Q43", "State", "تركيا", "Turkey")
    hamas = Entity("Q38799", "Organization", "حماس", "Hamas")
    group = Entity("g", "Group", "مجموعة", "G")
    city = Entity("Q406", "City", "إسطنبول", "Istanbul")
    base = Event(
        kind="Meeting",
        sides=((turkey,), (hamas, group)),
        evidence=Evidence("d", 0, 10, 0, 3),
        confidence=0.8,
        rule="test",
        location=city,
        roles=(("convener", group),),
    )
    return Event(**{**base.__dict__, **changes})


def test_a_held_meeting_states_met_across_sides_and_where_its_convener_met():
    stated = {(s.key, r.name, o.key) for s, r, o in facts(_meeting())}
    assert stated == {("Q43", "met", "Q38799"), ("Q43", "met", "g"), ("g", "heldMeetingIn", "Q406")}


@pytest.mark.parametrize("modality", ["phone", "planned", "denied", "unconfirmed"])
def test_a_meeting_that_did_not_take_place_states_no_fact(modality):
    assert facts(_meeting(modality=modality)) == []
