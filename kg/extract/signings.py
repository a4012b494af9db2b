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
from kg.extract.meeting_attendance import listed_after_word, taking_part
from kg.extract.meeting_frames import Reading
from kg.extract.meeting_lists import apart, stands_for, with_their_sides
from kg.extract.meeting_sides import read_trigger
from kg.extract.sentence import Sentence, entities
from kg.extract.triggers import Trigger, triggers
from kg.lang.ar.meetings import WITNESSES
from kg.lang.ar.words import DUAL_TITLES
from kg.normalize import normalize
from kg.schema import BODIES
from kg.types import Entity, Mention


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
    reading = reading or _signed_for_parties(doc, verb, actors) or _dual_signers(doc, verb, actors)
    listed = _listed_signers(doc, verb, actors) if verb.pos_ in ("VERB", "AUX") else []
    if reading is None and len(listed) > 1:
        # «وقع المذكرة وزراء النقل العراقي X والتركي Y …»: the list after the verb signed,
        # however the parse hung it
        reading = Reading(tuple((e,) for e in listed), (), "meeting-وقع-listed", 0.7)
    if reading is not None and _delegations_signed(verb, reading, actors):
        # the delegations met; who sponsored or attended it («برعاية X») is a third party
        patrons = entities([m for m in taking_part(doc, verb, actors) if m.entity.type == "Person"])
        sides = reading.sides + ((patrons,) if patrons else ())
        return replace(reading, sides=sides, rule=f"{reading.rule}-delegations")
    parties = reading if reading is not None else _parties_between(doc, verb, actors)
    if parties is not None and _between_parties(parties):
        return _attended_by_the_parties(doc, verb, parties, actors)
    if reading is None or not _signed_in_person(reading):
        return None
    signers = {e for side in reading.sides for e in side}
    if len(listed) > len(signers) and signers <= set(listed):
        # «ووقع المذكرة وزراء الزراعة الأردني X والعراقي Y والمصري Z»: one list of signers,
        # however the parse hung its first name
        signers = set(listed)
        reading = replace(reading, sides=tuple((e,) for e in listed))
    if len(reading.sides) == 2 and len(signers) > 2:
        # «وقّع ترامب والسيسي وأمير قطر وأردوغان وثيقة»: each signer of another state met
        # every other one
        groups = apart(doc, [m for m in actors if m.entity in signers])
        if len(groups) > 2:
            return replace(reading, sides=groups, rule=f"{reading.rule}-peers")
    # «وقع X و Y مذكرة تفاهم، بحضور رئيس الحكومة Z»: whoever attended sat with the signer of
    # his own state
    present = [m for m in taking_part(doc, verb, actors) if m.entity.type == "Person"]
    return replace(reading, sides=with_their_sides(doc, reading.sides, present))


def _listed_signers(doc: Doc, verb: Token, actors: list[Mention]) -> list[Entity]:
    """The people listed one after another from the first named after the verb, in its
    clause («X و Y و Z», titles between), up to the first other word («بحضور»)."""
    _, end = clause_of(verb)
    stop = doc._.offsets[end - 1][1]
    present = taking_part(doc, verb, actors)  # «في حضور البرهان وحمدوك»: who attended
    people = [m for m in actors if m.start < stop and m.entity.type == "Person"]
    return entities(listed_after_word(doc, verb, [m for m in people if m not in present])[1])


def _dual_signers(doc: Doc, verb: Token, actors: list[Mention]) -> Reading | None:
    """«ووقع يومها وزيرا خارجية البلدين X و Y إعلان نوايا»: the two people listed after a dual
    title in the signing's clause, however the parse hung them."""
    _, end = clause_of(verb)
    dual = next((t for t in doc[verb.i + 1 : end] if doc._.folded[t.i] in DUAL_TITLES), None)
    if dual is None:
        return None
    people = [m for m in actors if m.entity.type == "Person"]
    listed = entities(listed_after_word(doc, dual, people)[1])
    if len(listed) != 2:
        return None
    return Reading(((listed[0],), (listed[1],)), (), "meeting-وقع-dual", 0.75)


def _parties_between(doc: Doc, noun: Token, actors: list[Mention]) -> Reading | None:
    """«توقيع مذكرة التفاهم بين تونس والاتحاد الأوروبي»: the two parties listed after the
    «بين» of the signing noun's clause, however the parse hung it."""
    _, end = clause_of(noun)
    between = next((t for t in doc[noun.i + 1 : end] if doc._.folded[t.i] == _BETWEEN), None)
    if between is None:
        return None
    listed = entities(listed_after_word(doc, between, actors)[1])
    return (
        Reading(((listed[0],), (listed[1],)), (), "meeting-توقيع-parties", 0.7)
        if len(listed) == 2
        else None
    )


_BETWEEN = "بين"


def _between_parties(reading: Reading) -> bool:
    """Whether two states or bodies, and no person, are a signing's two sides."""
    parties = [e for side in reading.sides for e in side]
    return len(reading.sides) == 2 and all(e.type in BODIES | {"State"} for e in parties)


def _attended_by_the_parties(
    doc: Doc, verb: Token, reading: Reading, actors: list[Mention]
) -> Reading | None:
    """«توقيع مذكرة التفاهم بين تونس والاتحاد الأوروبي بحضور رئيس الجمهورية X ورئيسة المفوضية
    الأوروبية Y»: the people who attended a signing of two states or bodies met, each on the
    side of the party he stands for; one who stands for neither sits with the party that is a
    body, when one is (the leaders of a union's member states), else nobody is placed."""
    people = entities([m for m in taking_part(doc, verb, actors) if m.entity.type == "Person"])
    marks = stands_for(doc)
    bodies = [i for i, side in enumerate(reading.sides) if all(e.type in BODIES for e in side)]
    sides: tuple[list[Entity], list[Entity]] = ([], [])
    for person in people:
        own = marks.get(person.key, set())
        index = next(
            (i for i, side in enumerate(reading.sides) if own & {e.key for e in side}),
            bodies[0] if len(bodies) == 1 else None,
        )
        if index is None:
            return None
        sides[index].append(person)
    if not all(sides):
        return None
    return Reading((tuple(sides[0]), tuple(sides[1])), (), "meeting-توقيع-parties-present", 0.7)


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
    («ووقع الاتفاق عن الحكومة X، فيما وقعه عن الجبهة Y») or name its next party («…، وعن
    حركة حماس Y»)."""
    lexicon = triggers()
    _, end = clause_of(verb)
    while end < verb.sent.end:
        opening = verb.doc[end : min(end + 2, verb.sent.end)]
        words = [normalize(t.text) for t in opening]
        next_party = words[:1] == ["وعن"] or words == ["و", "عن"]
        if not next_party and not any(
            t.pos_ == "VERB" and lexicon.of(t) == lexicon.of(verb) for t in opening
        ):
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


def _delegations_signed(verb: Token, reading: Reading, actors: list[Mention]) -> bool:
    """«وقّع وفدا حركة حماس وحركة فتح اتفاقاً»: the delegations of two bodies or states, which
    the word right after the verb opens and the names up to the next comma tell, signed it
    together: they met."""
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if following is None or normalize(following.text) not in _DELEGATIONS:
        return False
    if len(reading.sides) != 2 or reading.rule.endswith("-attended"):
        return False
    end = next((t.i for t in doc[following.i : verb.sent.end] if t.text in "،,"), verb.sent.end)
    start, stop = doc._.offsets[following.i][1], doc._.offsets[end - 1][1]
    named = {m.entity for m in actors if start <= m.start and m.end <= stop}
    return all(e in named for side in reading.sides for e in side)


_DELEGATIONS = {"وفدا", "وفدي", "وفود"}  # folded: the dual and the plural of «وفد»


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
