"""SHACL validation of a graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg.errors import GraphNotBuilt, ShapesViolated
from kg.namespaces import KG
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
    """Every SHACL violation of `graph` against kg's shapes, sorted."""
    from pyshacl import validate
    from rdflib.namespace import SH

    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    conforms, report, _ = validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=False
    )
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


def load_graph(path: Path) -> Graph:
    """Parse a Turtle file `kg build` wrote, with a one-line error when it is missing, broken,
    or holds no kg data (an empty graph has no node to break a shape, so it would "conform")."""
    if not path.is_file():
        raise GraphNotBuilt.missing(path)
    if path.stat().st_size == 0:
        raise GraphNotBuilt(f"{path} is empty: not a graph of kg's; run `kg build` first")
    try:
        graph = Graph().parse(path, format="turtle")
    except Exception as error:  # rdflib raises several parser-specific types
        raise GraphNotBuilt(f"{path} is not valid Turtle: {_parse_reason(error)}") from error
    if not any(str(kind).startswith(str(KG)) for kind in graph.objects(None, RDF.type)):
        raise GraphNotBuilt(
            f"{path} holds no kg data ({len(graph)} triples, none typed with a class of kg's "
            "ontology): not a graph `kg build` wrote"
        )
    return graph


def _parse_reason(error: Exception) -> str:
    """rdflib's Turtle error on one line: «line 2: Bad syntax (newline found in string
    literal)», without the position header on a line of its own and the quoted input."""
    text = str(error)
    where = re.match(r"at line (\d+) of <[^>]*>:\s*", text)
    if where:
        text = f"line {where[1]}: {text[where.end() :]}"
    text = text.split(" at ^ in:", 1)[0]
    return " ".join(text.split()) or type(error).__name__
