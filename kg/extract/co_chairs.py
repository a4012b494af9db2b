"""Meetings told by their co-chairs: «عقد المؤتمر برئاسة مشتركة من X و Y», «افتتح X المؤتمر،
الذي ترأسه بالاشتراك مع Y». Those who chair a meeting together met there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.grammar import token_at, verb_subjects
from kg.extract.meeting_frames import Reading, chairing
from kg.extract.meeting_lists import listed_from
from kg.extract.sentence import Sentence, entities
from kg.extract.triggers import triggers
from kg.normalize import normalize_with_offsets
from kg.types import Entity, Mention

# «برئاسة مشتركة من/بين X و Y», «تحت الرئاسة المشتركة لـ X و Y» (folded)
_JOINTLY_CHAIRED = re.compile(r"(?<!\w)(?:برياسه مشتركه|الرياسه المشتركه)(?: (?:من|بين))?(?!\w)")
_TOGETHER_WITH = re.compile(r"(?<!\w)بالاشتراك مع(?!\w)")  # «ترأسه بالاشتراك مع Y»
_JOINT_WORDS = re.compile(r"مشتركه|اشتراك")  # the words both patterns need (folded)
_CHAIR_GAP = 3  # words between a chairing verb and «بالاشتراك» («ترأسه أمس بالاشتراك»)


def co_chaired(
    doc: Doc, sentence: Sentence, actors: list[Mention]
) -> Iterator[tuple[Token, Reading]]:
    """The meeting of each pair of co-chairs a sentence about a meeting names, with the word
    that tells it."""
    words = doc._.folded[sentence.span.start : sentence.span.end]
    if not any(_JOINT_WORDS.search(word) for word in words):
        return  # most sentences: no word of a joint chair, nothing to fold again
    if not any(_of_a_meeting(t) for t in sentence.span):
        return
    text = doc._.article.text
    folded, offsets = normalize_with_offsets(text[sentence.start : sentence.end])
    for match in _JOINTLY_CHAIRED.finditer(folded):
        start = sentence.start + offsets[match.end() - 1] + 1
        chairs = entities(listed_from(_after(actors, start), text, start))
        if len(chairs) >= 2:
            yield token_at(doc, start), _reading(tuple((chair,) for chair in chairs))
    for match in _TOGETHER_WITH.finditer(folded):
        start = sentence.start + offsets[match.start()]
        verb = _chairing_verb_before(doc, token_at(doc, start))
        if verb is None:
            continue
        end = sentence.start + offsets[match.end() - 1] + 1
        partners = entities(listed_from(_after(actors, end), text, end))
        chair = entities(_chair_of(doc, verb, actors))
        if chair and partners and not set(chair) & set(partners):
            yield verb, _reading((chair, partners))


def chair_beside(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """«المؤتمر، الذي ترأسه بالاشتراك مع Y»: who chaired beside the partners «بالاشتراك مع»
    names after the chairing verb (its subject, else the person named first before it); none
    without the phrase."""
    last = min(verb.sent.end, verb.i + _CHAIR_GAP + 4) - 1
    after = doc._.article.text[doc._.offsets[verb.i][1] : doc._.offsets[last][1]]
    if not _TOGETHER_WITH.search(normalize_with_offsets(after)[0]):
        return []
    return _chair_of(doc, verb, actors)


def _chair_of(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    return verb_subjects(doc, verb, actors) or _first_person_before(actors, verb)


def _reading(sides: tuple[tuple[Entity, ...], ...]) -> Reading:
    return Reading(sides, (), "meeting-co-chaired", 0.7)


def _of_a_meeting(token: Token) -> bool:
    trigger = triggers().of(token)
    return trigger is not None and trigger.family == "meeting"


def _after(actors: list[Mention], start: int) -> list[Mention]:
    return sorted((m for m in actors if m.start >= start), key=lambda m: m.start)


def _chairing_verb_before(doc: Doc, token: Token) -> Token | None:
    """«ترأسه بالاشتراك مع»: the chairing verb a few words before «بالاشتراك»."""
    first = max(token.sent.start, token.i - _CHAIR_GAP - 2)
    before = reversed(doc[first : token.i])
    folded = doc._.folded
    return next((t for t in before if chairing(folded[t.i])), None)


def _first_person_before(actors: list[Mention], verb: Token) -> list[Mention]:
    """«افتتح X المؤتمر، الذي ترأسه بالاشتراك مع Y»: the one who opened what he chaired."""
    start = verb.doc._.offsets[verb.i][0]
    before = [m for m in actors if m.end <= start and m.entity.type == "Person"]
    return before[:1]
