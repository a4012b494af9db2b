"""SHACL validation of a graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg.errors import GraphNotBuilt, ShapesViolated
from kg.namespaces import KG
from kg.resources import ontology_path, shapes_path


def violations(graph: Graph) -> list[str]:
    """One line per SHACL violation: focus node, path and message."""
    from pyshacl import validate
    from rdflib.namespace import SH

    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    conforms, report, _ = validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=False
    )
    if conforms:
        return []
    lines = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.append(f"{focus} {path}: {message}")
    return sorted(lines)


def check_conforms(graph: Graph) -> None:
    """Raise `ShapesViolated` naming the first violations when `graph` breaks the shapes."""
    found = violations(graph)
    if found:
        shown = "; ".join(found[:3])
        more = f" (and {len(found) - 3} more: run `kg validate`)" if len(found) > 3 else ""
        raise ShapesViolated(f"{len(found)} SHACL violation(s): {shown}{more}")


def load_graph(path: Path) -> Graph:
    """Parse a Turtle file `kg build` wrote, with a one-line error when it is missing, broken,
    or holds no kg data (an empty graph has no node to break a shape, so it would "conform")."""
    if not path.is_file():
        raise GraphNotBuilt(f"no graph at {path}: run `kg build` first")
    if path.stat().st_size == 0:
        raise GraphNotBuilt(f"{path} is empty: not a graph of kg's; run `kg build` first")
    try:
        graph = Graph().parse(path, format="turtle")
    except Exception as error:  # rdflib raises several parser-specific types
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise GraphNotBuilt(f"{path} is not valid Turtle: {reason}") from error
    if not any(str(kind).startswith(str(KG)) for kind in graph.objects(None, RDF.type)):
        raise GraphNotBuilt(
            f"{path} holds no kg data ({len(graph)} triples, none typed with a class of kg's "
            "ontology): not a graph `kg build` wrote"
        )
    return graph
