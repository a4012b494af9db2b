"""`kg eval`: precision, recall and F1 of a built graph against a gold annotation.

The gold (tests/gold/) names entities by their English label in the knowledge base, or
``ar:<Arabic name>`` for actors the base does not know. Relations are compared as sets at
corpus level (`met` as unordered pairs); gold rows with polarity ``-`` are facts that must not
be produced, and each one produced is reported; rows with polarity ``?`` are left unscored
(produced or not, they count neither way). Meetings are matched one to one on their
participants, then their places and dates are scored on the matched pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.namespaces import KG
from kg.schema import RELATIONS
from kg.tsv import read_rows
from kg.udeval import Score


@dataclass
class Evaluation:
    relations: dict[str, Score] = field(default_factory=dict)
    forbidden: list[tuple[str, str, str]] = field(default_factory=list)  # produced "-" facts
    missed: dict[str, list[tuple]] = field(default_factory=dict)
    spurious: dict[str, list[tuple]] = field(default_factory=dict)
    meetings: Score = field(default_factory=lambda: Score(0, 0, 0))
    place_correct: int = 0
    date_correct: int = 0


@dataclass(frozen=True)
class GoldMeeting:
    participants: frozenset[str]
    place: str
    date: str


def evaluate(graph: Graph, gold_dir: Path) -> Evaluation:
    positives, negatives, unscored = _gold_relations(gold_dir / "relations.tsv")
    predicted = predicted_relations(graph)
    result = Evaluation()
    for relation in RELATIONS:
        gold = positives.get(relation, set())
        found = predicted.get(relation, set()) - unscored.get(relation, set())
        result.relations[relation] = Score(len(gold), len(found), len(gold & found))
        result.missed[relation] = sorted(gold - found)
        result.spurious[relation] = sorted(found - gold)
        result.forbidden += [
            (relation, *fact) for fact in sorted(found & negatives.get(relation, set()))
        ]
    _score_meetings(result, _gold_meetings(gold_dir / "meetings.tsv"), predicted_meetings(graph))
    return result


def entity_key(graph: Graph, node: URIRef) -> str:
    """The gold's name for a graph entity: its English label, else ``ar:`` + its Arabic label."""
    labels = {literal.language: str(literal) for literal in graph.objects(node, RDFS.label)}
    return labels.get("en") or f"ar:{labels.get('ar', node)}"


def predicted_relations(graph: Graph) -> dict[str, set[tuple]]:
    facts: dict[str, set[tuple]] = {}
    for fact in graph.subjects(RDF.type, RDF.Statement):
        relation = str(graph.value(fact, RDF.predicate)).removeprefix(str(KG))
        subject = entity_key(graph, graph.value(fact, RDF.subject))
        obj = entity_key(graph, graph.value(fact, RDF.object))
        facts.setdefault(relation, set()).add(_fact(relation, subject, obj))
    return facts


def predicted_meetings(graph: Graph) -> list[GoldMeeting]:
    meetings = []
    for node in graph.subjects(RDF.type, KG.Meeting):
        participants = frozenset(entity_key(graph, p) for p in graph.objects(node, KG.participant))
        location = graph.value(node, KG.location)
        date = graph.value(node, KG.date)
        meetings.append(
            GoldMeeting(
                participants,
                entity_key(graph, location) if location is not None else "",
                str(date) if date is not None else "",
            )
        )
    return meetings


def _fact(relation: str, subject: str, obj: str) -> tuple:
    if RELATIONS[relation].symmetric:
        return tuple(sorted((subject, obj)))
    return (subject, obj)


def gold_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a gold annotation table; a missing table is a one-line error."""
    if not path.is_file():
        raise InputError(f"no gold annotation at {path}")
    return read_rows(path)


def _gold_relations(path: Path) -> tuple[dict[str, set[tuple]], ...]:
    """Gold facts by polarity: must be produced (+), must not be (-), unscored (?)."""
    by_polarity: dict[str, dict[str, set[tuple]]] = {"+": {}, "-": {}, "?": {}}
    for row in gold_rows(path):
        fact = _fact(row["relation"], row["subject"], row["object"])
        by_polarity[row["polarity"]].setdefault(row["relation"], set()).add(fact)
    return by_polarity["+"], by_polarity["-"], by_polarity["?"]


def _gold_meetings(path: Path) -> list[GoldMeeting]:
    return [
        GoldMeeting(
            frozenset(p for p in row["participants"].split("|") if p), row["place"], row["date"]
        )
        for row in gold_rows(path)
    ]


def _score_meetings(result: Evaluation, gold: list[GoldMeeting], found: list[GoldMeeting]) -> None:
    """Match meetings one to one by participant overlap (Jaccard ≥ 0.5), best pairs first."""
    pairs = []
    for g_index, g in enumerate(gold):
        for f_index, f in enumerate(found):
            overlap = len(g.participants & f.participants) / len(g.participants | f.participants)
            if overlap >= 0.5:
                pairs.append((overlap, g_index, f_index))
    used_gold, used_found = set(), set()
    for _, g_index, f_index in sorted(pairs, reverse=True):
        if g_index in used_gold or f_index in used_found:
            continue
        used_gold.add(g_index)
        used_found.add(f_index)
        result.place_correct += gold[g_index].place == found[f_index].place
        result.date_correct += gold[g_index].date == found[f_index].date
    result.meetings = Score(len(gold), len(found), len(used_gold))
