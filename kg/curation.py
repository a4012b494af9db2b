"""Analyst corrections that survive a rebuild: the curation file beside the input.

A graph is rebuilt from the articles whenever they, the rules or the model change, so a
correction made in the graph itself would be lost. An analyst's decisions live instead in one
plain tab-separated file beside the articles, ``<input>/curation.tsv`` (the reader takes only
``*.txt``, so it is never read as an article). `kg build` applies it to every graph it builds,
after the graph is made and before it is validated and written, and records each decision it
applied in the graph as a `kg:Decision` (who, when, why, what it changed). `kg curate` appends
rows after checking them against the last build.

The file: a header row naming the columns below, in this order, then one decision per row.
Cells are separated by tabs, with no quoting (a cell holds no tab); blank lines and lines
starting with ``#`` are skipped; a cell a decision does not use stays empty.

=========  ==================================================================================
decision   ``reject``, ``link``, ``unlink``, ``merge`` or ``rename``
subject    the entity the decision is about (for ``merge``, the one that survives)
relation   ``reject`` only: ``met``, ``joinedCase``, ``heldMeetingIn`` or ``memberOf``
object     ``reject``: the fact's other entity; ``merge``: the entity merged into the subject
document   ``reject`` only: the article's file name (or its IRI); empty: every article
value      ``link``: the Wikidata QID (``Q[1-9][0-9]*``); ``unlink``: the QID it must be linked
           to now (optional); ``rename``: the new label (Arabic script replaces the Arabic
           label, anything else the English one)
who        who decided (``kg curate``: $USER)
when       when, ISO 8601 (``kg curate``: now, in UTC)
why        why (``kg curate`` requires it; a row written by hand may leave it empty)
=========  ==================================================================================

An entity is named as an analyst would: its label in any spelling kg folds
(`kg.normalize.normalize`), its English label, a label it had before a ``rename`` or a
``merge`` (kept as skos:altLabel), when no label fits, a name kg's knowledge base knows it by
(«حماس» for «حركة المقاومة الإسلامية»), its QID, or its IRI (``kgr:entity/…`` or in full). A
name that fits several entities is an error listing them (give the IRI instead).

Rows apply in file order, each to the graph the rows above it left. What a decision does:

- ``reject``: the facts (reified statements) of that relation between the two entities, in
  either direction for ``met``, whose event was read from the document, are removed; the direct
  triple goes when no remaining statement states it; the event goes with its last fact (an
  event that also states other facts stays). An event several articles reported is one fact:
  rejecting it in one of them rejects it.
- ``link`` sets the entity's Wikidata link (kg:linkSource "curation", score 1), replacing any
  link or candidates it had; ``unlink`` removes its link.
- ``merge``: the object's statements move to the subject, whose IRI, kind and labels stay (the
  object's labels become skos:altLabel); the subject takes the object's link if it had none.
  Facts between the two (they met) go, as a rejected fact does. Only entities of one kind
  merge.
- ``rename`` replaces the label of that script; the old one becomes skos:altLabel.

A decision that matches nothing in the new graph (its fact is gone, its entity not in the
graph, the link already so) is not applied and is reported, one line each; the build goes on.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.errors import CurationError
from kg.files import write_atomically
from kg.graph import agent_iri, decision_iri, entity_iri, load_graph
from kg.kb import default_kb
from kg.linker import clear_candidates
from kg.namespaces import KG, PREFIXES, WD
from kg.normalize import name_key
from kg.results import compact_iri
from kg.schema import RELATIONS
from kg.wikidata import QID

FILE_NAME = "curation.tsv"
COLUMNS = ("decision", "subject", "relation", "object", "document", "value", "who", "when", "why")
_ARABIC = re.compile(r"[\u0600-\u06ff]")

# The cells each decision uses, and which of them may stay empty.
_USES = {
    "reject": ("subject", "relation", "object", "document"),
    "link": ("subject", "value"),
    "unlink": ("subject", "value"),
    "merge": ("subject", "object"),
    "rename": ("subject", "value"),
}
_OPTIONAL = {("reject", "document"), ("unlink", "value")}
_RECORD = ("who", "when", "why")
# What an entity node says about itself; `merge` does not copy these from the merged entity.
_OWN = {RDF.type, RDFS.label, SKOS.altLabel, KG.linkStatus, OWL.sameAs, KG.linkSource}
_OWN |= {KG.linkScore, KG.candidate}
_LINK = (OWL.sameAs, KG.linkSource, KG.linkScore, KG.linkStatus)
_SYMMETRIC = {relation.iri for relation in RELATIONS.values() if relation.symmetric}


@dataclass(frozen=True)
class Decision:
    """One row of the curation file; `line` is where it is (0: not written yet)."""

    decision: str
    subject: str
    relation: str = ""
    object: str = ""
    document: str = ""
    value: str = ""
    who: str = ""
    when: str = ""
    why: str = ""
    line: int = field(default=0, compare=False)

    def cells(self) -> tuple[str, ...]:
        return tuple(getattr(self, column) for column in COLUMNS)

    def __str__(self) -> str:
        if self.decision == "reject":
            where = f"in {self.document}" if self.document else "in every document"
            return f"reject «{self.subject}» {self.relation} «{self.object}» {where}"
        if self.decision == "merge":
            return f"merge «{self.object}» into «{self.subject}»"
        value = {"link": " to ", "unlink": " from ", "rename": " to "}[self.decision]
        return f"{self.decision} «{self.subject}»" + (f"{value}{self.value}" if self.value else "")


@dataclass(frozen=True)
class Unmatched:
    """A decision the graph gave nothing to act on, and why."""

    decision: Decision
    reason: str

    def __str__(self) -> str:
        return f"line {self.decision.line}: {self.decision} matches nothing: {self.reason}"


@dataclass
class CurationReport:
    """What `apply_curation` did with the file at `path`."""

    path: Path
    applied: list[Decision] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)


class _NoMatch(Exception):
    """The decision has nothing to act on in this graph (reported, not an error)."""


# ---------------------------------------------------------------- the file


def curation_file(input_dir: Path) -> Path:
    """Where the analyst's decisions for the articles of `input_dir` live."""
    return input_dir / FILE_NAME


def read_decisions(path: Path) -> list[Decision]:
    """The decisions of the curation file at `path` (none when there is no file), checked."""
    if not path.is_file():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CurationError(f"cannot read {path}: {error}") from None
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and line[0] != "#"]
    if not rows:
        return []
    (number, header), *body = rows
    if tuple(cell.strip() for cell in header.split("\t")) != COLUMNS:
        raise CurationError(
            f"{path} line {number}: the header must be the columns {' '.join(COLUMNS)}, "
            "separated by tabs"
        )
    decisions = []
    for number, line in body:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > len(COLUMNS):
            raise CurationError(f"{path} line {number}: {len(cells)} cells, at most {len(COLUMNS)}")
        decision = Decision(*cells, *[""] * (len(COLUMNS) - len(cells)), line=number)
        check(decision, f"{path} line {number}")
        decisions.append(decision)
    return decisions


def check(decision: Decision, where: str) -> None:
    """Raise `CurationError` (prefixed with `where`) unless `decision` is well formed."""
    if decision.decision not in _USES:
        raise CurationError(
            f"{where}: unknown decision «{decision.decision}»: use {', '.join(_USES)}"
        )
    uses = ("decision", *_USES[decision.decision])
    for column in COLUMNS:
        cell = getattr(decision, column)
        if "\t" in cell or "\n" in cell:
            raise CurationError(f"{where}: the {column} holds a tab or a line break")
        if cell and column not in uses + _RECORD:
            raise CurationError(f"{where}: a {decision.decision} decision has no {column}")
        required = column in uses + _RECORD[:2] and (decision.decision, column) not in _OPTIONAL
        if required and not cell:
            raise CurationError(f"{where}: a {decision.decision} decision needs a {column}")
    if decision.relation and decision.relation.removeprefix("kg:") not in RELATIONS:
        raise CurationError(
            f"{where}: unknown relation «{decision.relation}»: use {', '.join(RELATIONS)}"
        )
    if decision.decision in ("link", "unlink") and not QID.fullmatch(decision.value or "Q1"):
        raise CurationError(f"{where}: «{decision.value}» is not a Wikidata QID (Q123)")
    if decision.decision == "merge" and decision.subject == decision.object:
        raise CurationError(f"{where}: an entity is merged with another one, not itself")
    _timestamp(decision.when, where)


def _timestamp(when: str, where: str) -> datetime.datetime:
    """`when` as a date and time (UTC unless it says otherwise)."""
    try:
        moment = datetime.datetime.fromisoformat(when)
    except ValueError:
        raise CurationError(
            f"{where}: when «{when}» is not an ISO 8601 date and time (2025-11-30T09:15:00Z)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


# ---------------------------------------------------------------- applying it


def apply_curation(graph: Graph, input_dir: Path) -> CurationReport:
    """Apply the curation file of `input_dir` to `graph`, recording each decision applied.

    A decision that matches nothing is listed in the report's `unmatched`; a malformed file
    or a name that fits several entities raises `CurationError`.
    """
    path = curation_file(input_dir)
    report = CurationReport(path)
    for decision in read_decisions(path):
        try:
            affected = _apply(graph, decision, f"{path} line {decision.line}")
        except _NoMatch as reason:
            report.unmatched.append(Unmatched(decision, str(reason)))
            continue
        _record(graph, decision, affected)
        report.applied.append(decision)
    return report


def curate(decision: Decision, input_dir: Path, graph_path: Path) -> Path:
    """Append `decision` to the curation file of `input_dir`, atomically, once it is checked
    against the graph at `graph_path` (the last build) with the file's decisions applied (rows
    written since that build count too): it must act on something there, so a decision is not
    written twice, under any of the entity's names."""
    path = curation_file(input_dir)
    check(decision, "the decision")
    graph = load_graph(graph_path)
    apply_curation(graph, input_dir)
    decision = _pinned(graph, decision)
    try:
        _apply(graph, decision, "the decision")
    except _NoMatch as reason:
        raise CurationError(
            f"{decision} matches nothing in {graph_path} with {path} applied: {reason}"
        ) from None
    text = path.read_text(encoding="utf-8") if path.is_file() else "\t".join(COLUMNS) + "\n"
    if not text.endswith("\n"):
        text += "\n"
    body = (text + "\t".join(decision.cells()) + "\n").encode("utf-8")
    write_atomically(path, lambda out: out.write(body))
    return path


def _pinned(graph: Graph, decision: Decision) -> Decision:
    """An unlink with the item the entity is linked to now, so that it never removes a link
    a later knowledge base gives it, which the analyst has not seen."""
    if decision.decision != "unlink" or decision.value:
        return decision
    node = resolve(graph, decision.subject, "the decision")
    item = graph.value(node, OWL.sameAs) if node is not None else None
    return decision if item is None else replace(decision, value=str(item).removeprefix(str(WD)))


def _apply(graph: Graph, decision: Decision, where: str) -> list[URIRef]:
    """Carry out `decision` on `graph`; the nodes it affected."""
    return _ACTIONS[decision.decision](graph, decision, where)


def _record(graph: Graph, decision: Decision, affected: list[URIRef]) -> None:
    node = decision_iri(*decision.cells())
    agent = agent_iri(decision.who)
    graph.add((node, RDF.type, KG.Decision))
    graph.add((node, KG.action, Literal(decision.decision)))
    graph.add((node, RDFS.label, Literal(str(decision))))
    graph.add((node, PROV.wasAttributedTo, agent))
    graph.add((agent, RDF.type, PROV.Agent))
    graph.add((agent, RDFS.label, Literal(decision.who)))
    graph.add((node, DCTERMS.created, Literal(_timestamp(decision.when, ""))))
    if decision.why:
        graph.add((node, RDFS.comment, Literal(decision.why)))
    for item in affected:
        graph.add((node, KG.affects, item))


# ---------------------------------------------------------------- names


def resolve(graph: Graph, name: str, where: str) -> URIRef | None:
    """The entity `name` names in `graph`, None when none does; `CurationError` naming the
    candidates when several do."""
    found = named(graph, name)
    if len(found) > 1:
        listed = ", ".join(f"{compact_iri(node)} ({_label(graph, node)})" for node in found)
        raise CurationError(
            f"{where}: «{name}» names {len(found)} entities: {listed}; name one by its IRI"
        )
    return found[0] if found else None


def named(graph: Graph, name: str) -> list[URIRef]:
    """Every entity `name` may stand for: by IRI, QID, or label in any spelling kg folds."""
    iri = _iri(name)
    if iri is not None:
        return [iri] if (iri, KG.linkStatus, None) in graph else []
    if QID.fullmatch(name):
        return sorted(s for s in graph.subjects(OWL.sameAs, WD[name]) if isinstance(s, URIRef))
    key = name_key(name)
    found = {
        node
        for predicate in (RDFS.label, SKOS.altLabel)
        for node, label in graph.subject_objects(predicate)
        if isinstance(node, URIRef) and name_key(str(label)) == key
    }
    if not found:  # «حماس», which the graph labels «حركة المقاومة الإسلامية»
        found = {entity_iri(entity) for entity in default_kb().named(name)}
    return sorted(node for node in found if (node, KG.linkStatus, None) in graph)


def _iri(name: str) -> URIRef | None:
    """The IRI `name` writes, in full or compacted as kg prints it (``kgr:entity/Q38799``)."""
    if name.startswith(("http://", "https://")):
        return URIRef(name)
    prefix, colon, local = name.partition(":")
    return URIRef(PREFIXES[prefix] + local) if colon and prefix in PREFIXES else None


def _label(graph: Graph, node: URIRef) -> str:
    labels = {label.language: str(label) for label in graph.objects(node, RDFS.label)}
    return labels.get("ar") or labels.get("en") or ""


def _entity(graph: Graph, name: str, where: str) -> URIRef:
    node = resolve(graph, name, where)
    if node is None:
        raise _NoMatch(f"no entity «{name}» in the graph")
    return node


def _documents(graph: Graph, name: str) -> set[URIRef]:
    """The document nodes of an article's file name or IRI, with their parts."""
    iri = _iri(name)
    if iri is not None:
        found = {iri} if (iri, RDF.type, KG.Document) in graph else set()
    else:
        found = {node for node in graph.subjects(KG.fileName, Literal(name))}
    parts = {part for node in found for part in graph.subjects(DCTERMS.isPartOf, node)}
    return {node for node in found | parts if isinstance(node, URIRef)}


# ---------------------------------------------------------------- decisions


def _reject(graph: Graph, decision: Decision, where: str) -> list[URIRef]:
    subject = _entity(graph, decision.subject, where)
    obj = _entity(graph, decision.object, where)
    relation = RELATIONS[decision.relation.removeprefix("kg:")]
    documents = _documents(graph, decision.document) if decision.document else None
    if documents == set():
        raise _NoMatch(f"no document {decision.document} in the graph")
    pairs = {(subject, obj), (obj, subject)} if relation.symmetric else {(subject, obj)}
    found = sorted(
        fact
        for fact in graph.subjects(RDF.predicate, relation.iri)
        if isinstance(fact, URIRef)
        and (graph.value(fact, RDF.subject), graph.value(fact, RDF.object)) in pairs
        and (documents is None or _read_from(graph, fact, documents))
    )
    if not found:
        raise _NoMatch("no such fact in the graph")
    for fact in found:
        _remove_fact(graph, fact)
    return [*found, subject, obj]


def _read_from(graph: Graph, fact: URIRef, documents: set[URIRef]) -> bool:
    event = graph.value(fact, KG.event)
    return any((event, PROV.wasDerivedFrom, document) in graph for document in documents)


def _remove_fact(graph: Graph, fact: URIRef) -> None:
    """Remove a reified statement, its direct triple unless another statement states it, and
    its event when it was the event's last fact."""
    s, p, o = (graph.value(fact, term) for term in (RDF.subject, RDF.predicate, RDF.object))
    symmetric = p in _SYMMETRIC
    event = graph.value(fact, KG.event)
    graph.remove((fact, None, None))
    if not (_stated(graph, s, p, o) or (symmetric and _stated(graph, o, p, s))):
        graph.remove((s, p, o))
        if symmetric:
            graph.remove((o, p, s))
    if event is not None and next(graph.subjects(KG.event, event), None) is None:
        evidence = list(graph.objects(event, KG.evidence))
        graph.remove((event, None, None))
        for item in evidence:
            if next(graph.subjects(KG.evidence, item), None) is None:
                graph.remove((item, None, None))


def _stated(graph: Graph, s: object, p: object, o: object) -> bool:
    """Whether a reified statement of `graph` states (s, p, o)."""
    return any(
        (fact, RDF.predicate, p) in graph and (fact, RDF.object, o) in graph
        for fact in graph.subjects(RDF.subject, s)
    )


def _link(graph: Graph, decision: Decision, where: str) -> list[URIRef]:
    node = _entity(graph, decision.subject, where)
    if (node, OWL.sameAs, WD[decision.value]) in graph:
        raise _NoMatch(f"it is already linked to {decision.value}")
    set_link(graph, node, WD[decision.value], Literal("curation"), Literal(Decimal("1.00")))
    return [node]


def set_link(graph: Graph, node: URIRef, item: URIRef, source: Literal, score: Literal) -> None:
    """Link `node` to the Wikidata `item`, replacing its link or candidates."""
    for predicate in _LINK:
        graph.remove((node, predicate, None))
    clear_candidates(graph, node)
    graph.add((node, KG.linkStatus, KG.Linked))
    graph.add((node, OWL.sameAs, item))
    graph.add((node, KG.linkSource, source))
    graph.add((node, KG.linkScore, score))


def _unlink(graph: Graph, decision: Decision, where: str) -> list[URIRef]:
    node = _entity(graph, decision.subject, where)
    item = graph.value(node, OWL.sameAs)
    if item is None:
        raise _NoMatch("it is not linked")
    if decision.value and item != WD[decision.value]:
        raise _NoMatch(f"it is linked to {str(item).removeprefix(str(WD))}, not {decision.value}")
    for predicate in _LINK:
        graph.remove((node, predicate, None))
    graph.add((node, KG.linkStatus, KG.Unlinked))
    return [node]


def _merge(graph: Graph, decision: Decision, where: str) -> list[URIRef]:
    survivor = _entity(graph, decision.subject, where)
    merged = _entity(graph, decision.object, where)
    if survivor == merged:
        raise _NoMatch("they are one entity already")
    kinds = {node: set(graph.objects(node, RDF.type)) for node in (survivor, merged)}
    if kinds[survivor] != kinds[merged]:
        names = " and ".join(
            f"«{name}» is a {', '.join(compact_iri(k) for k in sorted(kinds[node]))}"
            for name, node in ((decision.subject, survivor), (decision.object, merged))
        )
        raise CurationError(f"{where}: {names}: only entities of one kind merge")
    item = graph.value(merged, OWL.sameAs)
    if item is not None and graph.value(survivor, OWL.sameAs) is None:
        source, score = graph.value(merged, KG.linkSource), graph.value(merged, KG.linkScore)
        set_link(graph, survivor, item, source, score)
    own = set(graph.objects(survivor, RDFS.label))
    for predicate in (RDFS.label, SKOS.altLabel):
        for label in graph.objects(merged, predicate):
            if label not in own:
                graph.add((survivor, SKOS.altLabel, label))
    clear_candidates(graph, merged)
    for predicate, value in list(graph.predicate_objects(merged)):
        if predicate not in _OWN:
            graph.add((survivor, predicate, value))
    for node, predicate in list(graph.subject_predicates(merged)):
        if predicate != KG.affects:  # earlier decisions keep naming what they changed
            graph.add((node, predicate, survivor))
            graph.remove((node, predicate, merged))
    graph.remove((merged, None, None))
    for fact in list(graph.subjects(RDF.subject, survivor)):
        if (fact, RDF.object, survivor) in graph:  # the two met: no one meets themself
            _remove_fact(graph, fact)
    return [survivor, merged]


def _rename(graph: Graph, decision: Decision, where: str) -> list[URIRef]:
    node = _entity(graph, decision.subject, where)
    language = "ar" if _ARABIC.search(decision.value) else "en"
    new = Literal(decision.value, lang=language)
    old = [label for label in graph.objects(node, RDFS.label) if label.language == language]
    if old == [new]:
        raise _NoMatch(f"its label is «{decision.value}» already")
    for label in old:
        graph.remove((node, RDFS.label, label))
        graph.add((node, SKOS.altLabel, label))
    graph.remove((node, SKOS.altLabel, new))
    graph.add((node, RDFS.label, new))
    return [node]


_ACTIONS: dict[str, Callable[[Graph, Decision, str], list[URIRef]]] = {
    "reject": _reject,
    "link": _link,
    "unlink": _unlink,
    "merge": _merge,
    "rename": _rename,
}
