"""`kg eval-links`: how well a built graph links its entities to Wikidata, against the gold.

tests/gold/entities.tsv lists every mention of the gold documents with its entity key (an
English label of the knowledge base, or ``ar:`` + an Arabic name) and the QID it must link to;
an empty QID means the entity must stay unlinked. Each gold mention is found in the graph by
its entity key (as `kg eval` does), else, when the gold has a QID, by a node linked to it
(an entity the build knew only by an Arabic name, which `kg link` linked), and counted in one
outcome. The graph has entities, not mention spans, and entities are matched over the whole
graph, so this scores linking per entity occurrence, not mention detection.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kg.evaluation import entity_key, gold_rows
from kg.namespaces import KG, WD

OUTCOMES = {
    "correct": "linked correctly",
    "wrong": "linked to another item",
    "unverifiable": "linked, though the gold has no QID",
    "unlinked-correct": "left unlinked correctly",
    "unlinked-missed": "left unlinked, though a QID exists",
    "missing": "not in the graph",
}


@dataclass(frozen=True)
class Outcome:
    document: str
    mention: str
    key: str
    gold: str  # QID, or '' when the entity must stay unlinked
    found: str  # the graph's QID, '' when unlinked, '-' when not in the graph
    outcome: str  # a key of OUTCOMES


@dataclass
class LinkEvaluation:
    outcomes: list[Outcome] = field(default_factory=list)

    def counts(self, distinct: bool = False) -> Counter:
        """Mentions (or distinct entity keys, with `distinct`) per outcome."""
        if distinct:
            return Counter(outcome for _, outcome in {(o.key, o.outcome) for o in self.outcomes})
        return Counter(o.outcome for o in self.outcomes)

    @property
    def accuracy(self) -> float:
        """Share of gold mentions whose link (or absence of one) is right."""
        right = sum(o.outcome in ("correct", "unlinked-correct") for o in self.outcomes)
        return right / len(self.outcomes) if self.outcomes else 0.0


def evaluate_links(graph: Graph, gold_dir: Path) -> LinkEvaluation:
    links = _links_by_key(graph)
    linked = {qid for qids in links.values() for qid in qids}
    result = LinkEvaluation()
    for row in gold_rows(gold_dir / "entities.tsv"):
        gold = row["qid"]
        found = links.get(row["key"])
        if found is None and gold in linked:
            found = {gold}  # known to the build by its Arabic name only, linked by `kg link`
        if found is None:
            outcome, shown = "missing", "-"
        else:
            shown = gold if gold and gold in found else next(iter(sorted(found)), "")
            outcome = _outcome(gold, found)
        result.outcomes.append(
            Outcome(row["document"], row["mention"], row["key"], gold, shown, outcome)
        )
    return result


def _links_by_key(graph: Graph) -> dict[str, set[str]]:
    """Entity key → the QIDs its nodes link to (an empty set when all are unlinked)."""
    links: dict[str, set[str]] = {}
    for node in set(graph.subjects(KG.linkStatus, None)):
        if not isinstance(node, URIRef):
            continue
        qids = {str(item).removeprefix(str(WD)) for item in graph.objects(node, OWL.sameAs)}
        links.setdefault(entity_key(graph, node), set()).update(qids)
    return links


def _outcome(gold: str, found: set[str]) -> str:
    if not found:
        return "unlinked-missed" if gold else "unlinked-correct"
    if not gold:
        return "unverifiable"
    return "correct" if gold in found else "wrong"
