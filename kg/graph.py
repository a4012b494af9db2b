"""Articles, mentions and events to RDF: the only place kg mints IRIs.

Every IRI is derived from content (file hashes, entity keys, event keys), so the same input
gives the same graph, byte for byte. The same event reported by two articles (a copy, a
follow-up) is one event node with two pieces of evidence. Each binary fact an event states
(the relations of `kg.schema`: `kg:met`, `kg:joinedCase`, …) is asserted directly, for simple
queries, and reified as an `rdf:Statement` that carries its confidence and date and points to
its event (`kg:event`), whose evidence gives document, sentence and character offsets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kg.errors import GraphNotBuilt
from kg.files import write_atomically
from kg.namespaces import KG, KGR, PREFIXES, WD, bind_prefixes
from kg.schema import ATTRIBUTES, ENTITY_TYPES, EVENT_KINDS, EVENT_ROLES, Relation, facts
from kg.short_names import ShortNames
from kg.types import Article, Entity, Event, EventDate, Evidence, Mention, Role

_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(entity: Entity) -> URIRef:
    return KGR[f"entity/{entity.key}"]


def document_iri(doc_id: str) -> URIRef:
    return KGR[f"doc/{doc_id}"]


def candidate_iri(entity: URIRef, qid: str) -> URIRef:
    """The node of Wikidata item `qid` proposed for `entity` (`kg link` records it)."""
    return KGR[f"candidate/{_digest(str(entity), qid)}"]


def decision_iri(*fields: str) -> URIRef:
    """The node of an analyst's decision (`kg.curation`), from the cells of its row."""
    return KGR[f"decision/{_digest(*fields)}"]


def agent_iri(who: str) -> URIRef:
    """The prov:Agent an analyst's decisions are attributed to, from the name they gave."""
    return KGR[f"agent/{_digest(who)}"]


def event_key(event: Event) -> str:
    """What makes two reports the same event: kind, participants, place, target, stated date,
    and modality: a meeting one report denies and another reports held are two events (a held
    event's key leaves the modality out, so held events keep the keys they always had)."""
    stated = event.date.value if event.date and event.date.basis == "text" else ""
    sides = sorted(",".join(sorted(e.key for e in side)) for side in event.sides)
    fields = (
        event.kind,
        "|".join(sides),
        event.location.key if event.location else "",
        event.target.key if event.target else "",
        stated,
    )
    return _digest(*fields, event.modality) if event.modality else _digest(*fields)


@dataclass
class _MergedEvent:
    event: Event
    evidence: list[Evidence] = field(default_factory=list)


class GraphBuilder:
    """Collects articles, mentions and events; `graph` merges repeated events across articles,
    once every article is in and the short names are resolved (`kg.short_names`).

    Articles are kept without their text: only the sentences cited as evidence are kept, so
    a build's memory grows with what it extracts, not with the amount of news it reads.
    """

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}  # without their text
        self.sentences: dict[tuple[str, int, int], Literal] = {}  # evidence sentences
        self.entities: dict[str, Entity] = {}
        self.events: dict[str, _MergedEvent] = {}
        self.roles: dict[str, set[Role]] = {}  # entity key → office statements that named it
        self.represents: dict[str, set[str]] = {}  # person key → keys of the states it stands for
        self._names = ShortNames()  # the build's people, to resolve short names across articles
        self._reports: list[Event] = []  # events as read, merged by `graph`

    def add(self, article: Article, mentions: Iterable[Mention], events: Iterable[Event]) -> None:
        mentions = list(mentions)
        self.articles[article.doc_id] = replace(article, text="", regions=())
        self._names.add(article, mentions)
        for mention in mentions:
            self.entities.setdefault(mention.entity.key, mention.entity)
            if mention.role is not None:
                self.roles.setdefault(mention.entity.key, set()).add(mention.role)
            if mention.represents is not None and mention.entity.type == "Person":
                self.entities.setdefault(mention.represents.key, mention.represents)
                self.represents.setdefault(mention.entity.key, set()).add(mention.represents.key)
        for event in events:
            for item in (event.evidence, *event.supporting):
                span = (item.doc_id, item.sentence_start, item.sentence_end)
                sentence = article.text[item.sentence_start : item.sentence_end]
                self.sentences[span] = Literal(sentence, lang=article.lang)
            self._reports.append(event)

    def _merge(self) -> None:
        """Merge the reports into events, in input order, once every article is known: a
        short name is resolved against the people of the whole build (`kg.short_names`)."""
        resolved = self._names.resolved()
        for key in self._names.replaced_everywhere(resolved):
            self.entities.pop(key, None)
        self.events = {}
        for report in self._reports:
            event = _renamed(report, resolved)
            for entity in (*event.participants, event.location, event.target):
                if entity is not None:
                    self.entities.setdefault(entity.key, entity)
            for _, entity in event.roles:
                self.entities.setdefault(entity.key, entity)
            key = self._key(event)
            merged = self.events.get(key)
            if merged is None:
                self.events[key] = _MergedEvent(event, [event.evidence, *event.supporting])
                continue
            merged.evidence.extend([event.evidence, *event.supporting])
            if event.confidence > merged.event.confidence or _earlier(
                event.date, merged.event.date
            ):
                merged.event = _with_date(event, _earliest(event.date, merged.event.date))

    def _key(self, event: Event) -> str:
        """The event's key; two reports dated only by their publication are one event only
        when they were published in the same month (an undated report joins either)."""
        key = event_key(event)
        merged = self.events.get(key)
        if merged is None or not _published_apart(event.date, merged.event.date):
            return key
        assert event.date is not None
        return _digest(key, event.date.value)

    def graph(self) -> Graph:
        self._merge()
        graph = bind_prefixes(Graph())
        for article in self.articles.values():
            _add_article(graph, article)
        for entity in self.entities.values():
            _add_entity(graph, entity)
            for role in self.roles.get(entity.key, ()):
                _add_role(graph, entity, role)
            for body in sorted(self.represents.get(entity.key, ())):
                represents = ATTRIBUTES["represents"].iri
                graph.add((entity_iri(entity), represents, entity_iri(self.entities[body])))
        for key, merged in self.events.items():
            _add_event(graph, key, merged.event, merged.evidence, self.sentences)
        return graph


def _renamed(event: Event, resolved: dict[tuple[str, str], Entity]) -> Event:
    """`event` with each short name its document uses replaced by the person it names."""
    doc_id = event.evidence.doc_id

    def person(entity: Entity) -> Entity:
        return resolved.get((doc_id, entity.key), entity)

    sides = tuple(tuple(dict.fromkeys(person(e) for e in side)) for side in event.sides)
    roles = tuple((name, person(filler)) for name, filler in event.roles)
    named = [e for side in sides for e in side]
    if (sides == event.sides and roles == event.roles) or len(named) != len(set(named)):
        return event  # unchanged, or the short name is a participant named in full beside it
    return replace(event, sides=sides, roles=roles)


def _published_apart(one: EventDate | None, other: EventDate | None) -> bool:
    return (
        one is not None
        and other is not None
        and one.basis == other.basis == "publication"
        and one.value[:7] != other.value[:7]
    )


def _earlier(one: EventDate | None, other: EventDate | None) -> bool:
    return (
        one is not None
        and other is not None
        and one.basis == other.basis == "publication"
        and one.value < other.value
    )


def _earliest(one: EventDate | None, other: EventDate | None) -> EventDate | None:
    if one is None or other is None:
        return one or other
    return one if one.value <= other.value else other


def _with_date(event: Event, date: EventDate | None) -> Event:
    return replace(event, date=date)


def _add_article(graph: Graph, article: Article) -> None:
    node = document_iri(article.doc_id)
    graph.add((node, RDF.type, KG.Document))
    graph.add((node, KG.fileName, Literal(article.source)))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title, lang=article.lang)))
    if article.published:
        graph.add((node, DCTERMS.issued, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.parent_id:
        graph.add((node, DCTERMS.isPartOf, document_iri(article.parent_id)))
    if article.dateline:
        graph.add((node, KG.dateline, Literal(article.dateline, lang=article.lang)))


def _add_entity(graph: Graph, entity: Entity) -> None:
    node = entity_iri(entity)
    graph.add((node, RDF.type, ENTITY_TYPES[entity.type].iri))
    graph.add((node, RDFS.label, Literal(entity.label, lang=entity.lang)))
    if entity.label_en:
        graph.add((node, RDFS.label, Literal(entity.label_en, lang="en")))
    if entity.qid:
        graph.add((node, OWL.sameAs, WD[entity.qid]))
        graph.add((node, KG.linkStatus, KG.Linked))
        graph.add((node, KG.linkSource, Literal(entity.link_source or "table")))
        # A curated table row (or Wikidata itself, via `kg kb update`) names this item.
        graph.add((node, KG.linkScore, Literal(Decimal("1.00"))))
    else:
        graph.add((node, KG.linkStatus, KG.Unlinked))


def _add_role(graph: Graph, entity: Entity, role: Role) -> None:
    """The office statement through which a title in the text was resolved to this person."""
    start = role.start.isoformat() if role.start else ""
    node = KGR[f"role/{_digest(role.office, entity.key, start)}"]
    graph.add((entity_iri(entity), KG.resolvedByRole, node))
    graph.add((node, RDF.type, KG.RoleStatement))
    graph.add((node, KG.office, Literal(role.office, lang="en")))
    graph.add((node, KG.holder, entity_iri(entity)))
    if role.start:
        graph.add((node, KG.startDate, Literal(start, datatype=XSD.date)))
    if role.end:
        graph.add((node, KG.endDate, Literal(role.end.isoformat(), datatype=XSD.date)))


def _date_literal(value: str, precision: str) -> Literal:
    return Literal(value, datatype=_DATATYPES[precision])


def _add_event(
    graph: Graph,
    key: str,
    event: Event,
    evidence: list[Evidence],
    sentences: dict[tuple[str, int, int], Literal],
) -> None:
    kind = EVENT_KINDS[event.kind]
    node = KGR[f"event/{event.kind.lower()}-{key}"]
    graph.add((node, RDF.type, kind.iri))
    graph.add((node, RDFS.label, Literal(_event_label(event), lang="en")))
    for entity in event.participants:
        graph.add((node, KG.participant, entity_iri(entity)))
    if event.location:
        graph.add((node, KG.location, entity_iri(event.location)))
    if event.target and kind.target_iri:
        graph.add((node, kind.target_iri, entity_iri(event.target)))
    for name, filler in event.roles:
        role = EVENT_ROLES[name]
        holder = entity_iri(event.target) if role.on_target and event.target else node
        graph.add((holder, role.iri, entity_iri(filler)))
    if event.modality:
        graph.add((node, KG.modality, Literal(event.modality)))
    confidence = Literal(Decimal(f"{event.confidence:.2f}"))
    graph.add((node, KG.confidence, confidence))
    graph.add((node, KG.rule, Literal(event.rule)))
    if event.date:
        _add_date(graph, node, event.date)
    for item in sorted(set(evidence), key=lambda e: (e.doc_id, e.start)):
        evidence_node = KGR[
            f"evidence/{_digest(item.doc_id, str(item.sentence_start), str(item.start))}"
        ]
        document = document_iri(item.doc_id)
        sentence = sentences[item.doc_id, item.sentence_start, item.sentence_end]
        graph.add((node, KG.evidence, evidence_node))
        graph.add((node, PROV.wasDerivedFrom, document))
        graph.add((evidence_node, RDF.type, KG.Evidence))
        graph.add((evidence_node, PROV.wasDerivedFrom, document))
        graph.add((evidence_node, KG.sentence, sentence))
        graph.add((evidence_node, KG.start, Literal(item.sentence_start)))
        graph.add((evidence_node, KG.end, Literal(item.sentence_end)))
    for subject, relation, obj in facts(event):
        _add_fact(graph, node, event, subject, relation, obj, confidence)


def _add_date(graph: Graph, node: URIRef, date: EventDate) -> None:
    graph.add((node, KG.date, _date_literal(date.value, date.precision)))
    graph.add((node, KG.dateBasis, Literal(date.basis)))
    if date.end_value and date.end_precision:
        graph.add((node, KG.endDate, _date_literal(date.end_value, date.end_precision)))


def _add_fact(
    graph: Graph,
    event_node: URIRef,
    event: Event,
    subject: Entity,
    relation: Relation,
    obj: Entity,
    confidence: Literal,
) -> None:
    predicate = relation.iri
    s, o = entity_iri(subject), entity_iri(obj)
    graph.add((s, predicate, o))
    if relation.symmetric:
        graph.add((o, predicate, s))  # e.g. kg:met: both directions, for plain SPARQL
    fact = KGR[f"fact/{_digest(str(event_node), str(s), relation.name, str(o))}"]
    graph.add((fact, RDF.type, RDF.Statement))
    graph.add((fact, RDF.subject, s))
    graph.add((fact, RDF.predicate, predicate))
    graph.add((fact, RDF.object, o))
    graph.add((fact, KG.event, event_node))
    graph.add((fact, KG.confidence, confidence))
    if event.date:
        graph.add((fact, KG.date, _date_literal(event.date.value, event.date.precision)))


def _event_label(event: Event) -> str:
    names = " – ".join(e.label_en or e.label for e in event.participants)
    parts = [f"{event.kind}: {names}"]
    if event.target:
        parts.append(event.target.label_en or event.target.label)
    if event.location:
        parts.append(event.location.label_en or event.location.label)
    if event.date:
        parts.append(event.date.value)
    return ", ".join(parts)


def write_turtle(graph: Graph, path: Path) -> None:
    """Serialise `graph` to `path` atomically (`kg.files.write_atomically`), with kg's prefixes.

    Oxigraph writes the Turtle: rdflib's Turtle serialiser took seven times as long. The
    triples go to it as N-Triples lines in sorted order, so the file is the same bytes for
    the same graph and each subject's triples are written together; only the prefixes the
    graph uses are declared.
    """
    import pyoxigraph as ox

    ntriples = graph.serialize(format="nt", encoding="utf-8")
    triples = ox.parse(b"\n".join(sorted(ntriples.splitlines())), format=ox.RdfFormat.N_TRIPLES)
    # kg's own IRIs are written whole: their local names hold a slash, which Turtle escapes.
    used = {name: iri for name, iri in PREFIXES.items() if f"<{iri}".encode() in ntriples}
    prefixes = {name: iri for name, iri in used.items() if iri != str(KGR)}
    write_atomically(
        path, lambda out: ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=prefixes)
    )


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
