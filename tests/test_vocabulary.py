"""kg's ontology terms form a closed namespace generated from ontology/kg.ttl."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from kg.namespaces import KG

ROOT = Path(__file__).parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("vocabulary", ROOT / "scripts" / "vocabulary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_vocabulary_module_is_the_one_the_ontology_generates():
    generated = _generator().module_text()
    assert (ROOT / "kg" / "vocabulary.py").read_text(encoding="utf-8") == generated, (
        "kg/vocabulary.py is stale: run python scripts/vocabulary.py"
    )


def test_a_term_the_ontology_lacks_raises_instead_of_minting_an_iri():
    assert str(KG.Meeting) == "https://w3id.org/arabic-news-kg/ontology#Meeting"
    with pytest.raises(AttributeError):
        _ = KG.Meetin
    with pytest.raises(AttributeError):
        _ = KG["heldMeetingAt"]


def test_a_term_added_to_the_ontology_appears_in_the_generated_module(tmp_path):
    ontology = tmp_path / "kg.ttl"
    ontology.write_text(
        (ROOT / "ontology" / "kg.ttl").read_text(encoding="utf-8")
        + '\nkg:signedAgreement a owl:ObjectProperty ; rdfs:comment "Signed an agreement."@en .\n',
        encoding="utf-8",
    )
    text = _generator().module_text(ontology)
    assert re.search(r"# Signed an agreement\.\n    signedAgreement: URIRef\n", text)


def test_only_the_graph_module_mints_kg_resource_iris():
    minting = [
        path.name
        for path in (ROOT / "kg").rglob("*.py")
        if re.search(r"\bKGR\[", path.read_text(encoding="utf-8")) and path.name != "graph.py"
    ]
    assert minting == []
