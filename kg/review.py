"""`kg review`: what the last build is least sure of, so an analyst knows where to look.

Three kinds of rows, each with a sentence of evidence and the `kg curate` command that would
act on it:

- the facts of lowest confidence (`kg curate reject`);
- unlinked entities with the link candidates `kg link` recorded (`kg curate link`);
- conflicting dates: the same pair of actors met on different dates (one row per fact, so
  the wrong one can be rejected).

Entities are named in the commands by their English label, else their Arabic label, when that
names them alone, else by IRI, so each command resolves to the entity the row shows.
"""

from __future__ import annotations

import shlex
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.curation import named
from kg.namespaces import KG, WD
from kg.results import compact_iri
from kg.schema import RELATIONS

_WHY = "REASON"  # the analyst replaces it: `kg curate` needs a reason


@dataclass(frozen=True)
class ReviewItem:
    """One row of `kg review`."""

    kind: str  # "conflicting date", "link candidate", "low confidence"
    about: str  # what the row is about, in words
    measure: str  # the date, the candidate's score, the confidence
    source: str  # the article's file name
    evidence: str  # a sentence that says it
    command: tuple[str, ...]  # the `kg curate` command line that would act on it

    @property
    def command_line(self) -> str:
        return shlex.join(self.command)


@dataclass(frozen=True)
class _Fact:
    node: URIRef
    subject: URIRef
    relation: str
    object: URIRef
    confidence: Decimal
    date: str
    source: str
    evidence: str


def review(graph: Graph, limit: int = 10) -> list[ReviewItem]:
    """Up to `limit` rows of each kind: conflicting dates, link candidates, low confidence."""
    facts = sorted(_facts(graph), key=lambda fact: (fact.confidence, str(fact.node)))
    return [
        *list(_conflicts(graph, facts))[:limit],
        *list(_candidates(graph))[:limit],
        *(_reject(graph, fact, "low confidence", str(fact.confidence)) for fact in facts[:limit]),
    ]


def _facts(graph: Graph) -> Iterator[_Fact]:
    names = {relation.iri: name for name, relation in RELATIONS.items()}
    for node in graph.subjects(RDF.type, RDF.Statement):
        event = graph.value(node, KG.event)
        date = graph.value(node, KG.date)
        yield _Fact(
            node=node,
            subject=graph.value(node, RDF.subject),
            relation=names[graph.value(node, RDF.predicate)],
            object=graph.value(node, RDF.object),
            confidence=graph.value(node, KG.confidence).toPython(),
            date="" if date is None else str(date),
            source=_source(graph, event),
            evidence=_sentence(graph, event),
        )


def _conflicts(graph: Graph, facts: list[_Fact]) -> Iterator[ReviewItem]:
    pairs: dict[frozenset[URIRef], list[_Fact]] = defaultdict(list)
    for fact in facts:
        if fact.relation == "met" and fact.date:
            pairs[frozenset((fact.subject, fact.object))].append(fact)
    for pair in sorted(pairs, key=lambda pair: sorted(map(str, pair))):
        dated = pairs[pair]
        if len({fact.date for fact in dated}) > 1:
            for fact in sorted(dated, key=lambda fact: (fact.date, fact.source)):
                yield _reject(graph, fact, "conflicting date", fact.date)


def _reject(graph: Graph, fact: _Fact, kind: str, measure: str) -> ReviewItem:
    subject, obj = _name(graph, fact.subject), _name(graph, fact.object)
    document = ("--document", fact.source) if fact.source else ()
    return ReviewItem(
        kind=kind,
        about=f"{_label(graph, fact.subject)} {fact.relation} {_label(graph, fact.object)}",
        measure=measure,
        source=fact.source,
        evidence=fact.evidence,
        command=("kg", "curate", "reject", subject, fact.relation, obj, *document, "--why", _WHY),
    )


def _candidates(graph: Graph) -> Iterator[ReviewItem]:
    for entity in sorted(set(graph.subjects(KG.candidate, None))):
        options = sorted(
            graph.objects(entity, KG.candidate),
            key=lambda c: (-graph.value(c, KG.linkScore).toPython(), str(c)),
        )
        event = next(iter(sorted(_events_of(graph, entity))), None)
        for candidate in options:
            qid = str(graph.value(candidate, KG.item)).removeprefix(str(WD))
            yield ReviewItem(
                kind="link candidate",
                about=f"{_label(graph, entity)} → {qid} ({_label(graph, candidate)})",
                measure=str(graph.value(candidate, KG.linkScore)),
                source=_source(graph, event),
                evidence=_sentence(graph, event),
                command=("kg", "curate", "link", _name(graph, entity), qid, "--why", _WHY),
            )


def _events_of(graph: Graph, entity: URIRef) -> set[URIRef]:
    return {node for node in graph.subjects(None, entity) if (node, KG.evidence, None) in graph}


def _sentence(graph: Graph, event: URIRef | None) -> str:
    evidence = sorted(graph.objects(event, KG.evidence)) if event is not None else []
    return str(graph.value(evidence[0], KG.sentence)) if evidence else ""


def _source(graph: Graph, event: URIRef | None) -> str:
    if event is None:
        return ""
    documents = graph.objects(event, PROV.wasDerivedFrom)
    files = sorted(str(graph.value(document, KG.fileName)) for document in documents)
    return files[0] if files else ""


def _label(graph: Graph, node: URIRef) -> str:
    labels = {label.language: str(label) for label in graph.objects(node, RDFS.label)}
    return labels.get("en") or labels.get("ar") or compact_iri(str(node))


def _name(graph: Graph, node: URIRef) -> str:
    """A name `kg curate` resolves to `node` alone: its English label (plain to type in a
    terminal), else its Arabic one, else its IRI."""
    labels = {label.language: str(label) for label in graph.objects(node, RDFS.label)}
    for language in ("en", "ar"):
        if language in labels and named(graph, labels[language]) == [node]:
            return labels[language]
    return compact_iri(str(node))
