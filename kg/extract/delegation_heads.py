"""Talks told by who headed each delegation: «في جولة ترأس فيها وفد الحكومة X ووفد الحوثيين
Y», «ترأس خلالها الوفد السعودي X، فيما ترأس الوفد الإيراني Y». The heads met; a party that is
not a state (a movement, a body) is on its head's side, and a state is its head."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.meeting_frames import Reading, chairing
from kg.lang.ar.morphology import without_conjunction
from kg.types import Entity, Mention

_DELEGATION = "وفد"  # folded, bare: «وفد», «الوفد», «ووفد»
_FIRST_REACH = 3  # «ترأس فيها وفد», «ترأس خلالها الوفد»: words between the verb and «وفد»


def delegations_headed(doc: Doc, verb: Token, actors: list[Mention]) -> Reading | None:
    """The meeting of the heads of two delegations or more a chairing verb names, each after
    its «وفد», or None unless every delegation has its head named."""
    folded = doc._.folded
    if not chairing(folded[verb.i]):
        return None
    words = doc[verb.i + 1 : verb.sent.end]
    marks = [t for t in words if _delegation(folded[t.i])]
    if len(marks) < 2 or marks[0].i - verb.i > _FIRST_REACH:
        return None
    offsets = doc._.offsets
    ends = [offsets[t.i][0] for t in marks[1:]] + [offsets[verb.sent.end - 1][1]]
    sides: list[tuple[Entity, ...]] = []
    for mark, end in zip(marks, ends, strict=True):
        named = [m for m in actors if offsets[mark.i][0] <= m.start and m.end <= end]
        head = next((m for m in named if m.entity.type == "Person"), None)
        if head is None:
            return None
        party = [m.entity for m in named if m.end <= head.start and m.entity.type != "State"]
        sides.append((*party[:1], head.entity))
    if len({side[-1] for side in sides}) < len(sides):
        return None
    return Reading(tuple(sides), (), "meeting-delegation-heads", 0.7)


def _delegation(word: str) -> bool:
    return without_conjunction(word).removeprefix("ال") == _DELEGATION
