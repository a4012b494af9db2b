"""`kg eval`: precision, recall and F1 of a built graph against a gold annotation.

The gold (tests/gold/) names entities by their English label in the knowledge base, or
``ar:<Arabic name>`` for the others. An ``ar:`` name is compared in kg's folded spelling
(`kg.normalize`), and one the knowledge base knows as the alias of exactly one entity (for a
person's full name, in any spelling of its long vowels) stands for that entity: a gold
written before the base knew Denmark says ``ar:الدنمارك``; the graph says ``Denmark``. A case
«X ضد Y» is compared without its case noun (دعوى، قضية، شكوى).
Relations are compared as sets at corpus level (symmetric ones as unordered
pairs); gold rows with polarity ``-`` are facts that must not be produced, and each one
produced is reported; rows with polarity ``?`` are left unscored (produced or not, they count
neither way). Meetings that took place (no `kg:modality`) are matched one to one on their
participants, then their places and dates are scored on the matched pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.extract.triggers import triggers
from kg.family_names import same_name, skeleton, without_patronym
from kg.kb import KnowledgeBase, default_kb
from kg.lang.ar.cases import AGAINST
from kg.lang.ar.morphology import name_spellings, person_spellings
from kg.lang.ar.words import FILIATION
from kg.namespaces import KG
from kg.normalize import normalize
from kg.schema import ACTORS, PLACES, RELATIONS
from kg.scores import Score
from kg.tsv import read_rows


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


class Keys:
    """One spelling for the gold's entity keys and the graph's: English labels as they are,
    ``ar:`` names folded, and an ``ar:`` name the knowledge base knows as one entity's alias
    replaced by that entity's key."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._by_alias: dict[str, dict[str, str]] = {}  # folded alias → key → entity type
        self._by_skeleton: dict[str, dict[str, str]] = {}  # a person's name, without long vowels
        for entry in kb.entries:
            key = _key_of(entry.entity.label_en, entry.entity.label)
            for alias in entry.aliases:
                for form in _article_forms(normalize(alias)):
                    self._by_alias.setdefault(form, {})[key] = entry.entity.type
                if entry.entity.type == "Person" and len(alias.split()) > 1:
                    self._by_skeleton.setdefault(skeleton(alias), {})[alias] = key
                for spelling in person_spellings(alias) if entry.entity.type == "Person" else ():
                    # «سيرجي لافروف», «علي الخامنئي»: the spellings kg reads as this person
                    self._by_alias.setdefault(spelling, {})[key] = entry.entity.type

    def __call__(self, key: str, types: frozenset[str] = frozenset()) -> str:
        """The key in one spelling; `types` are the entity types the slot takes (a `met`
        side takes actors: «ar:الكويت» is then the state, not the city)."""
        if not key.startswith("ar:"):
            return key
        folded = normalize(key.removeprefix("ar:"))
        if "LegalCase" in types:
            folded = _by_parties(folded)
        # «يون سوك-يول» is the name the base spells «يون سوك يول»
        candidates = self._by_alias.get(folded) or self._by_alias.get(folded.replace("-", " "), {})
        fitting = [k for k, kind in candidates.items() if not types or kind in types]
        if not fitting and (not types or "Person" in types):
            # «مولود جاووش أوغلو» is the person the base spells «مولود جاويش أوغلو»
            spellings = self._by_skeleton.get(skeleton(folded), {})
            fitting = sorted({k for alias, k in spellings.items() if same_name(alias, folded)})
        if not fitting and (not types or "Person" in types):
            # «فيصل بن فرحان بن عبدالله»: the name the base knows and a grandfather's, as kg
            # reads it in the text; «عادل بن أحمد الجبير»: and the father's between
            short = without_patronym(folded) or _without_ancestry(folded)
            found = self._by_alias.get(short, {}) if short != folded else {}
            fitting = [k for k, kind in found.items() if kind == "Person"]
        return fitting[0] if len(fitting) == 1 else f"ar:{folded}"


def _without_ancestry(name: str) -> str:
    """A folded name without the «بن X» links after its first three words."""
    words = name.split()
    while len(words) > _NAME_AND_FATHER and words[-2] in FILIATION:
        words = words[:-2]
    return " ".join(words)


_NAME_AND_FATHER = 3  # «فيصل بن فرحان»


def _by_parties(case: str) -> str:
    """A case named «X ضد Y» after its case noun, without the noun: «دعوى غامبيا ضد ميانمار»
    and «قضية غامبيا ضد ميانمار» are one case, known by its parties (as kg keys it), and
    writers name it with either noun."""
    noun, _, parties = case.partition(" ")
    if f" {AGAINST} " in f" {parties} " and triggers().noun_frame(noun) == "case":
        return parties
    return case


def _key_of(label_en: str | None, label: str) -> str:
    return label_en or f"ar:{label}"


def _article_forms(folded: str) -> tuple[str, ...]:
    """A folded name with and without the article ال (الدنمارك / دنمارك), and with its
    «عبد ال…» parts written the other way (عبدالله / عبد الله)."""
    spellings = [" ".join(words) for words in name_spellings(folded.split())]
    with_article = [(f, f[2:]) if f.startswith("ال") else (f, "ال" + f) for f in spellings]
    return tuple(form for pair in with_article for form in pair)


def evaluate(graph: Graph, gold_dir: Path, kb: KnowledgeBase | None = None) -> Evaluation:
    keys = Keys(kb or default_kb())
    positives, negatives, unscored = (
        _canonical(facts, keys) for facts in _gold_relations(gold_dir / "relations.tsv")
    )
    predicted = _canonical(predicted_relations(graph), keys)
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
    gold_meetings = [_canonical_meeting(m, keys) for m in _gold_meetings(gold_dir / "meetings.tsv")]
    found_meetings = [_canonical_meeting(m, keys) for m in predicted_meetings(graph)]
    _score_meetings(result, gold_meetings, found_meetings)
    return result


def _canonical(facts: dict[str, set[tuple]], keys: Keys) -> dict[str, set[tuple]]:
    canonical = {}
    for relation, pairs in facts.items():
        domain, range_ = RELATIONS[relation].domain, RELATIONS[relation].range
        canonical[relation] = {_fact(relation, keys(s, domain), keys(o, range_)) for s, o in pairs}
    return canonical


def _canonical_meeting(meeting: GoldMeeting, keys: Keys) -> GoldMeeting:
    participants = frozenset(keys(p, ACTORS) for p in meeting.participants)
    place = keys(meeting.place, PLACES) if meeting.place else ""
    return GoldMeeting(participants, place, meeting.date)


def entity_key(graph: Graph, node: URIRef) -> str:
    """The gold's name for a graph entity: its English label, else ``ar:`` + its Arabic label."""
    labels = {literal.language: str(literal) for literal in graph.objects(node, RDFS.label)}
    return _key_of(labels.get("en"), labels.get("ar", str(node)))


def predicted_relations(graph: Graph) -> dict[str, set[tuple]]:
    facts: dict[str, set[tuple]] = {}
    for fact in graph.subjects(RDF.type, RDF.Statement):
        relation = str(graph.value(fact, RDF.predicate)).removeprefix(str(KG))
        subject = entity_key(graph, graph.value(fact, RDF.subject))
        obj = entity_key(graph, graph.value(fact, RDF.object))
        facts.setdefault(relation, set()).add(_fact(relation, subject, obj))
    return facts


def predicted_meetings(graph: Graph) -> list[GoldMeeting]:
    """The meetings of the graph that took place (a phone call or a planned meeting did not)."""
    meetings = []
    for node in graph.subjects(RDF.type, KG.Meeting):
        if graph.value(node, KG.modality) is not None:
            continue
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
