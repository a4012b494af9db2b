"""SHACL validation of a graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.errors import ShapesViolated
from kg.resources import ontology_path, shapes_path


@dataclass(frozen=True)
class Violation:
    """One SHACL violation: the node, the path (None for the node itself), the constraint
    component broken (``MinCountConstraintComponent``...) and the shape's message."""

    focus: str
    path: str | None
    component: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} {self.path}: {self.message}"


def violations(graph: Graph) -> list[Violation]:
    """Every SHACL violation of `graph` against kg's shapes, sorted.

    SHACL reads one thing of the ontology: the class hierarchy (a kg:Person is a kg:Actor).
    Handing pyshacl the whole ontology makes it copy the graph to add it; adding the
    ontology's ``rdfs:subClassOf`` statements to `graph` for the check, and taking them out
    again, gives the same report without the copy (a fifth of the check's time).
    """
    from pyshacl import validate
    from rdflib.namespace import RDFS, SH

    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    added = [t for t in ontology.triples((None, RDFS.subClassOf, None)) if t not in graph]
    for triple in added:
        graph.add(triple)
    try:
        conforms, report, _ = validate(graph, shacl_graph=shapes, inference="none", advanced=False)
    finally:
        for triple in added:
            graph.remove(triple)
    if conforms:
        return []
    found = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        path = report.value(result, SH.resultPath)
        component = str(report.value(result, SH.sourceConstraintComponent))
        found.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=None if path is None else str(path),
                component=component.rsplit("#", 1)[-1],
                message=str(report.value(result, SH.resultMessage)),
            )
        )
    return sorted(found, key=str)


def check_conforms(graph: Graph, rest: str = "") -> None:
    """Raise `ShapesViolated` naming the first violations when `graph` breaks the shapes;
    `rest` is the command that prints the others (none for a graph that was never written)."""
    found = violations(graph)
    if found:
        shown = "; ".join(map(str, found[:3]))
        more = ""
        if len(found) > 3:
            more = f" (and {len(found) - 3} more" + (f": run `{rest}`)" if rest else ")")
        raise ShapesViolated(f"{len(found)} SHACL violation(s): {shown}{more}")
