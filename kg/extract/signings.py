"""Signings: two or more people who sign an agreement together met (`kg:met`); states or bodies
that sign one («وقعت ليبيا وإيطاليا اتفاقا»), or one person alone, tell no meeting.

«وقع» is read as a reciprocal verb («وقع X ونظيره Y», «وقع X مع Y»), else by the parties each
signer signs for («ووقع عن الحكومة X، وعن المجلس الانتقالي Y»).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_of
from kg.extract.meeting_frames import Reading
from kg.extract.meeting_lists import apart
from kg.extract.meeting_sides import read_trigger
from kg.extract.sentence import Sentence
from kg.extract.triggers import Trigger, triggers
from kg.lang.ar.meetings import WITNESSES
from kg.normalize import normalize
from kg.types import Mention


def read_signing(
    doc: Doc,
    sentence: Sentence,
    verb: Token,
    trigger: Trigger,
    support: tuple[Token, Trigger] | None,
    actors: list[Mention],
) -> Reading | None:
    """The sides of a signing that was a meeting, else None."""
    reciprocal = replace(trigger, frame="reciprocal")  # the sides of «اجتمع X و Y»
    witnesses = _witnesses(doc, verb, actors)
    if witnesses:
        # «ووقع الرئيسان X و Y على الاتفاق بصفتهما شاهدين»: they attended the signing reported
        return Reading((tuple(m.entity for m in witnesses),), (), "meeting-وقع-attended", 0.7)
    reading = read_trigger(doc, sentence, verb, reciprocal, support, actors)
    reading = reading or _signed_for_parties(doc, verb, actors)
    if reading is None or not _signed_in_person(reading):
        return None
    signers = {e for side in reading.sides for e in side}
    if len(reading.sides) == 2 and len(signers) > 2:
        # «وقّع ترامب والسيسي وأمير قطر وأردوغان وثيقة»: each signer of another state met
        # every other one
        groups = apart(doc, [m for m in actors if m.entity in signers])
        if len(groups) > 2:
            return replace(reading, sides=groups, rule=f"{reading.rule}-peers")
    return reading


def _witnesses(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """The people of a signing's clause that says they signed as witnesses («بصفتهما شاهدين»),
    or «بالصفة نفسها» (as the witnesses named before them in the sentence)."""
    _, end = clause_of(verb)
    clause = doc[verb.i + 1 : end]
    witnessed = any(normalize(t.text) in WITNESSES for t in clause)
    if not witnessed and any(normalize(t.text) in WITNESSES for t in doc[verb.sent.start : verb.i]):
        witnessed = any(map(_same_capacity, clause))
    if not witnessed:
        return []
    start, stop = doc._.offsets[verb.i][1], doc._.offsets[end - 1][1]
    return [m for m in actors if start <= m.start < stop and m.entity.type == "Person"]


def _signed_for_parties(doc: Doc, verb: Token, actors: list[Mention]) -> Reading | None:
    """«ووقع الاتفاق عن الحكومة X، وعن المجلس الانتقالي Y»: the first person after each «عن»
    signed for that party, each his own side."""
    lexicon = triggers()
    earlier = [t for t in doc[verb.sent.start : verb.i] if lexicon.of(t) == lexicon.of(verb)]
    if any(_signing_clauses_end(t) > verb.i for t in earlier):
        return None  # «فيما وقعه عن الجبهة Y»: the parties of the signing read before
    end = _signing_clauses_end(verb)
    marks = [t for t in doc[verb.i + 1 : end] if normalize(t.text) in _FOR_A_PARTY]
    starts = [doc._.offsets[t.i][1] for t in marks] + [doc._.offsets[end - 1][1]]
    signers = []
    for start, stop in pairwise(starts):
        people = [m for m in actors if start <= m.start < stop and m.entity.type == "Person"]
        signers += [(people[0].entity,)] if people else []
    if len(signers) < 2:
        return None
    return Reading(tuple(signers), (), "meeting-وقع-parties", 0.75)


def _signing_clauses_end(verb: Token) -> int:
    """Where the signing's clause ends, past the clauses that go on with the same signing
    («ووقع الاتفاق عن الحكومة X، فيما وقعه عن الجبهة Y»)."""
    lexicon = triggers()
    _, end = clause_of(verb)
    while end < verb.sent.end:
        opening = verb.doc[end : min(end + 2, verb.sent.end)]
        if not any(t.pos_ == "VERB" and lexicon.of(t) == lexicon.of(verb) for t in opening):
            break
        end = clause_of(verb.doc[end])[1]
    return end


def _same_capacity(token: Token) -> bool:
    """«بالصفة نفسها», «بالصفة ذاتها»: in the same capacity."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    same = following is not None and normalize(following.text) in _SAME
    return normalize(token.text) in _CAPACITY and same


_CAPACITY, _SAME = {"بالصفه", "صفه", "الصفه"}, {"نفسها", "ذاتها", "نفس", "ذات"}
_FOR_A_PARTY = {"عن", "وعن"}  # «عن الجانب المصري», «وعن المجلس الانتقالي»


def _signed_in_person(reading: Reading) -> bool:
    """Whether a signing was a meeting: two or more people signed it, and nobody else
    («وقعت ليبيا وإيطاليا اتفاقا», «وقع وزير الخارجية اتفاقا مع الأردن»: a state signs a
    treaty, which tells no one met; «بحضور X» attendees are added later)."""
    signers = {entity.key: entity for side in reading.sides for entity in side}
    return (
        not reading.rule.endswith("-attended")
        and not reading.conveners
        and len(signers) > 1
        and all(entity.type == "Person" for entity in signers.values())
    )
