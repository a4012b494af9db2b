"""`kg link`: reconcile the entities a build left unlinked with Wikidata, or record why not.

For each unlinked person, state, city or organisation in a built graph:
1. spell its Arabic label the ways Wikidata may write it (hamza on alef, ta marbuta, alef
   maqsura, diacritics, with or without the article ال);
2. find candidates with those names in the local knowledge base (the shipped tables and the
   tables of `kg kb update`) and, with `online`, by exact rdfs:label/skos:altLabel @ar
   lookup on a SPARQL endpoint;
3. keep candidates of the expected kind (Q5, Q3624078/Q6256, Q515 and subclasses, Q43229 and
   subclasses) and score them: how the name matched, whether the candidate's country is linked
   in the same documents, and how well known it is;
4. link the best candidate when it reaches the threshold and beats the runner-up by a margin
   (owl:sameAs, kg:linkSource, kg:linkScore); otherwise keep the entity unlinked and record
   the candidates with their scores (kg:candidate) for a person to decide.

No ID is ever made up: every link and candidate is an item the knowledge base or the endpoint
returned under that name.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.errors import MalformedAnswer
from kg.files import claim
from kg.graph import candidate_iri, load_graph, write_turtle
from kg.kb import KbEntry, shipped_kb, updated_kb
from kg.lang.ar.orthography import ALEFS, SWAPS
from kg.namespaces import KG, WD, bind_prefixes
from kg.normalize import normalize, printable, strip_diacritics_with_offsets
from kg.validate import check_conforms
from kg.wikidata import Client, qid_order
from kg.wikidata_items import Item, fetch, search

THRESHOLD = 0.8
MARGIN = 0.1  # the best candidate must beat the runner-up by this much
LABEL, ALIAS, VARIANT = 1.0, 0.8, 0.6  # the name matched the label, an alias, a looser variant
NAME_WEIGHT, CONTEXT_WEIGHT, POPULARITY_WEIGHT = 0.8, 0.15, 0.05
MAX_CANDIDATES = 5  # recorded per undecided entity
MAX_SPELLINGS = 32  # per label, for the online lookup

# Graph class → the kind of Wikidata item it may link to (kg.wikidata_items.KINDS).
EXPECTED = {"Person": "person", "State": "state", "City": "city", "Organization": "organisation"}
_ROLES = (KG.participant, KG.location, KG.legalCase, KG.group)


@dataclass(frozen=True)
class Candidate:
    """A Wikidata item that may be the entity, with what scoring needs to know about it."""

    qid: str
    kind: str | None
    names: dict[str, float]  # folded Arabic name → LABEL or ALIAS
    labels: tuple[tuple[str, str], ...] = ()  # (language, label) to show a person
    countries: frozenset[str] = frozenset()
    sitelinks: int = 0
    source: str = "kb"  # "kb" (local tables) or "online"


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float


@dataclass
class LinkReport:
    linked: list[tuple[str, str, float]] = field(default_factory=list)  # label, QID, score
    undecided: int = 0  # kept unlinked, candidates recorded
    unmatched: int = 0  # kept unlinked, no candidate of the expected kind
    skipped: int = 0  # kinds kg does not link (groups, cases, events, territories)
    unlinked_by_analyst: int = 0  # an analyst's decision (kg curate unlink) keeps unlinked


@dataclass(frozen=True)
class _Unlinked:
    node: URIRef
    kind: str
    labels: tuple[str, ...]  # Arabic


def link(
    graph_path: Path,
    *,
    online: bool = False,
    client: Client | None = None,
    threshold: float = THRESHOLD,
) -> LinkReport:
    """Link what can be linked in the graph at `graph_path`, and rewrite it in place; the
    graph is claimed meanwhile (`kg.files.claim`), so no other kg rewrites it in between."""
    with claim(graph_path):
        graph = bind_prefixes(load_graph(graph_path))
        entities, report = _unlinked(graph)
        pool = _local_candidates()
        if online:
            pool = _with_online(pool, entities, client or Client())
        context = _context(graph)
        by_name: dict[str, list[Candidate]] = {}
        for candidate in pool.values():
            for name in candidate.names:
                by_name.setdefault(name, []).append(candidate)
        for entity in entities:
            scored = _rank(entity, by_name, context.get(entity.node, set()))
            if not scored:
                report.unmatched += 1
                continue  # candidates an earlier run recorded (online, say) are kept
            clear_candidates(graph, entity.node)
            if _decisive(scored, threshold):
                best = scored[0]
                _write_link(graph, entity.node, best)
                report.linked.append((entity.labels[0], best.candidate.qid, best.score))
            else:
                _write_candidates(graph, entity.node, scored[:MAX_CANDIDATES])
                report.undecided += 1
        check_conforms(graph)
        write_turtle(graph, graph_path)
    return report


# ---------------------------------------------------------------- names


def spellings(label: str, limit: int = MAX_SPELLINGS) -> list[str]:
    """Ways Wikidata may spell `label`, the label itself first.

    «انقره» → «انقره», «انقرة», «أنقره», «أنقرة», …; diacritics are dropped as an option too.
    """
    plain = strip_diacritics_with_offsets(label)[0]
    options = [_word_spellings(word) for word in plain.split()]
    found = dict.fromkeys([label, plain])
    for words in itertools.islice(itertools.product(*options), limit):
        found.setdefault(" ".join(words))
    return list(found) + [_toggle_article(spelling) for spelling in found]


def _word_spellings(word: str) -> list[str]:
    starts = [word]
    stem_at = 2 if word.startswith("ال") and len(word) > 3 else 0
    if word[stem_at] in ALEFS:
        starts += [word[:stem_at] + alef + word[stem_at + 1 :] for alef in ALEFS]
    found = []
    for start in starts:
        found.append(start)
        if len(start) > 2 and start[-1] in SWAPS:
            found.append(start[:-1] + SWAPS[start[-1]])
    return list(dict.fromkeys(found))


def _toggle_article(text: str) -> str:
    """The name with its article ال removed, or added when it has none."""
    if text.startswith("ال") and len(text.split()[0]) > 3:
        return text[2:]
    return "ال" + text


def name_score(label: str, candidate: Candidate) -> float:
    """LABEL or ALIAS when the folded label is one of the candidate's names, VARIANT when only
    the label with the article toggled is, else 0."""
    folded = normalize(label)
    if folded in candidate.names:
        return candidate.names[folded]
    return VARIANT if _toggle_article(folded) in candidate.names else 0.0


def score(entity: _Unlinked, candidate: Candidate, context: set[str]) -> float:
    """The candidate's score in [0, 1]; 0 when it is not of the expected kind."""
    if candidate.kind != entity.kind:
        return 0.0
    name = max(name_score(label, candidate) for label in entity.labels)
    if not name:
        return 0.0
    shared = 1.0 if candidate.countries & context else 0.0
    popularity = min(1.0, math.log10(1 + candidate.sitelinks) / 3)
    return round(NAME_WEIGHT * name + CONTEXT_WEIGHT * shared + POPULARITY_WEIGHT * popularity, 2)


# ---------------------------------------------------------------- candidates


def _local_candidates() -> dict[str, Candidate]:
    """Every linkable entry of the shipped and updated tables, by QID (shipped first)."""
    update = updated_kb()
    entries = shipped_kb().entries + (update.entries if update else [])
    pool: dict[str, Candidate] = {}
    for entry in entries:
        if entry.entity.qid and entry.entity.qid not in pool:
            pool[entry.entity.qid] = _from_entry(entry)
    return pool


def _from_entry(entry: KbEntry) -> Candidate:
    entity = entry.entity
    names = {normalize(alias): ALIAS for alias in entry.aliases}
    names[normalize(entity.label)] = LABEL
    labels = [(entity.lang, entity.label)] + ([("en", entity.label_en)] if entity.label_en else [])
    return Candidate(
        qid=entity.qid or "",
        kind=EXPECTED.get(entity.type),
        names=names,
        labels=tuple(labels),
        countries=frozenset(entry.countries),
        sitelinks=entry.sitelinks,
    )


def _from_item(item: Item) -> Candidate:
    names = {normalize(alias): ALIAS for alias in item.aliases_ar}
    if item.label_ar:
        names[normalize(item.label_ar)] = LABEL
    return Candidate(
        qid=item.qid,
        kind=item.kind,
        names=names,
        labels=tuple(sorted(_shown(item.labels).items())),
        countries=frozenset(item.countries),
        sitelinks=item.sitelinks,
        source="online",
    )


def _shown(labels: dict[str, str]) -> dict[str, str]:
    """An endpoint's labels as the graph shows them: a line break or an escape sequence in one
    would reach every table and terminal that prints the candidates."""
    cleaned = {lang: printable(label) for lang, label in labels.items()}
    return {lang: label for lang, label in cleaned.items() if label}


def _with_online(
    pool: dict[str, Candidate], entities: list[_Unlinked], client: Client
) -> dict[str, Candidate]:
    """`pool` plus the items the endpoint names like the entities; its facts win."""
    names = {s for entity in entities for label in entity.labels for s in spellings(label)}
    try:
        found = search(client, names) if names else set()
        online = {qid: _from_item(item) for qid, item in fetch(client, found).items()}
    except MalformedAnswer as error:
        raise MalformedAnswer(
            f"{client.shown} answered {error}: nothing linked, the graph is unchanged"
        ) from None
    return {**pool, **online}


def _rank(
    entity: _Unlinked, by_name: dict[str, list[Candidate]], context: set[str]
) -> list[Scored]:
    """The candidates named like the entity, of its kind, best first."""
    folded = {normalize(label) for label in entity.labels}
    named = {
        candidate.qid: candidate
        for name in folded | {_toggle_article(name) for name in folded}
        for candidate in by_name.get(name, [])
    }
    scored = [Scored(c, score(entity, c, context)) for c in named.values()]
    return sorted(
        (s for s in scored if s.score > 0), key=lambda s: (-s.score, qid_order(s.candidate.qid))
    )


def _decisive(scored: list[Scored], threshold: float) -> bool:
    if not scored or scored[0].score < threshold:
        return False
    return len(scored) == 1 or round(scored[0].score - scored[1].score, 2) >= MARGIN


# ---------------------------------------------------------------- graph


def _unlinked(graph: Graph) -> tuple[list[_Unlinked], LinkReport]:
    report = LinkReport()
    entities = []
    unlinks = graph.subjects(KG.action, Literal("unlink"))  # kg.curation's decisions
    kept = {node for decision in unlinks for node in graph.objects(decision, KG.affects)}
    for node in sorted(graph.subjects(KG.linkStatus, KG.Unlinked)):
        if node in kept:
            report.unlinked_by_analyst += 1
            continue
        types = [str(t).removeprefix(str(KG)) for t in graph.objects(node, RDF.type)]
        kind = next((EXPECTED[t] for t in types if t in EXPECTED), None)
        labels = tuple(
            sorted(
                str(label) for label in graph.objects(node, RDFS.label) if label.language == "ar"
            )
        )
        if kind is None or not labels:
            report.skipped += 1
            continue
        entities.append(_Unlinked(node, kind, labels))
    return entities, report


def _context(graph: Graph) -> dict[URIRef, set[str]]:
    """For each entity, the QIDs of the linked entities its documents' events involve."""
    in_document: dict[URIRef, set[URIRef]] = {}
    for event in set(graph.subjects(PROV.wasDerivedFrom, None)):
        involved = {obj for role in _ROLES for obj in graph.objects(event, role)}
        for document in graph.objects(event, PROV.wasDerivedFrom):
            in_document.setdefault(document, set()).update(involved)
    context: dict[URIRef, set[str]] = {}
    for involved in in_document.values():
        linked = {str(item).removeprefix(str(WD)) for e in involved for item in _same_as(graph, e)}
        for entity in involved:
            context.setdefault(entity, set()).update(linked)
    return context


def _same_as(graph: Graph, node: URIRef) -> Iterable[URIRef]:
    return (item for item in graph.objects(node, OWL.sameAs) if isinstance(item, URIRef))


def clear_candidates(graph: Graph, node: URIRef) -> None:
    """Forget the candidates an earlier `kg link` recorded, before recording new ones."""
    for candidate in list(graph.objects(node, KG.candidate)):
        graph.remove((candidate, None, None))
        graph.remove((node, KG.candidate, candidate))


def _write_link(graph: Graph, node: URIRef, best: Scored) -> None:
    graph.remove((node, KG.linkStatus, KG.Unlinked))
    graph.add((node, KG.linkStatus, KG.Linked))
    graph.add((node, OWL.sameAs, WD[best.candidate.qid]))
    graph.add((node, KG.linkSource, Literal(best.candidate.source)))
    graph.add((node, KG.linkScore, _decimal(best.score)))


def _write_candidates(graph: Graph, node: URIRef, scored: list[Scored]) -> None:
    for item in scored:
        candidate = candidate_iri(node, item.candidate.qid)
        graph.add((node, KG.candidate, candidate))
        graph.add((candidate, RDF.type, KG.LinkCandidate))
        graph.add((candidate, KG.item, WD[item.candidate.qid]))
        graph.add((candidate, KG.linkScore, _decimal(item.score)))
        graph.add((candidate, KG.linkSource, Literal(item.candidate.source)))
        for language, label in item.candidate.labels:
            graph.add((candidate, RDFS.label, Literal(label, lang=language)))


def _decimal(value: float) -> Literal:
    return Literal(Decimal(f"{value:.2f}"))
