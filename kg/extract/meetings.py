"""Meetings: who met whom, where and when (`kg:met`, and `kg:heldMeetingIn` for the body that
convened a meeting).

Triggers: استقبل، التقى، اجتمع، بحث/ناقش/تباحث مع، أجرى محادثات، لقاء، اجتماع، محادثات.
Participants on opposite sides meet; «بين X و Y» gives the two sides directly.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.sentence import (
    Sentence,
    actors_only,
    argument_heads,
    clause_end,
    entities,
    event_date,
    evidence,
    first_group,
    in_subtrees,
    next_word,
    place,
    sentences,
    subject_heads,
    trigger_lemma,
    within,
)
from kg.lexicon import Lexicon, nouns, verbs
from kg.normalize import normalize
from kg.schema import ACTORS
from kg.types import Event, Mention

_MEETING_VERBS = verbs("استقبل", "التقى", "اجتمع", "بحث", "ناقش", "تباحث", "حاور", "جمع")
_WITH_VERBS = verbs("بحث", "ناقش", "تباحث", "حاور")  # a meeting only with «مع»
_TRANSITIVE_MEETING_VERBS = verbs("استقبل", "التقى")  # the object is the other side
_BRINGS_TOGETHER = verbs("جمع")
_MEETS_WITH_BI = verbs("التقى", "اجتمع", "جمع")  # «التقى بوفد حماس»: ب marks the other side
_MEETING_NOUNS = nouns(
    لقاء=("لقاء", "لقاءات"),
    اجتماع=("اجتماع",),
    محادثات=("محادثة", "محادثات"),
    مباحثات=("مباحثة", "مباحثات"),
    قمة=("قمة",),
    مشاورات=("مشاورات",),
)
_PARTICIPATE = verbs("شارك")  # «شاركت X في اجتماع ...»: X attends
_HOLD_VERBS = verbs("أجرى", "عقد", "انعقد")  # a meeting when they govern a meeting noun
_MEETING_TRIGGERS = Lexicon.merged(_MEETING_VERBS, _MEETING_NOUNS, _HOLD_VERBS)


@Language.component("kg_meetings")
def find_meetings(doc: Doc) -> Doc:
    """Add the meetings each sentence reports to `doc._.events`."""
    for sentence in sentences(doc, doc._.mentions):
        doc._.events.extend(_meetings(doc, sentence))
    return doc


def _meetings(doc: Doc, sentence: Sentence) -> list[Event]:
    events = []
    for token in sentence.tokens_in(_MEETING_TRIGGERS):
        lemma = trigger_lemma(token, _MEETING_VERBS, _MEETING_NOUNS, _HOLD_VERBS)
        if lemma is None:
            continue
        if token.text in _HOLD_VERBS and not _governs_meeting_noun(token):
            continue
        if not _reported_as_held(token):
            continue
        event = _meeting(doc, sentence, token, lemma)
        if event is not None:
            events.append(event)
    return events


def _meeting(doc: Doc, sentence: Sentence, trigger: Token, lemma: str) -> Event | None:
    actors = [m for m in sentence.mentions if m.entity.type in ACTORS]
    if not actors:
        return None
    offsets = doc._.offsets
    trigger_start, trigger_end = offsets[trigger.i]
    between = next_word(trigger, "بين")
    groups = [m for m in actors if m.entity.type == "Group"]
    if between is not None:
        after = [m for m in actors if m.start >= offsets[between.i][1]]
        side_a, side_b, rule, confidence = after[:1], after[1:], "meeting-between", 0.8
    else:
        with_token = _with_after(trigger)
        objects = in_subtrees(doc, actors, argument_heads(trigger, ("obj",)))
        # «جمع X بـ Y» (brought X together with Y): the object is the first side.
        side_b = [] if trigger.text in _BRINGS_TOGETHER else objects
        if with_token is not None:
            window = (offsets[with_token.i][1], clause_end(with_token))
            side_b += [m for m in within(actors, *window) if m not in side_b]
        if trigger.text in _WITH_VERBS and with_token is None:
            return None
        if not side_b and trigger.text in _TRANSITIVE_MEETING_VERBS:
            side_b = first_group(within(actors, trigger_end, clause_end(trigger)))
        side_a = [m for m in in_subtrees(doc, actors, subject_heads(trigger)) if m not in side_b]
        rule, confidence = f"meeting-{lemma}-parse", 0.85
        if not side_a and side_b:
            first_b = min(m.start for m in side_b)
            side_a = within(actors, trigger_end, first_b)
            if not side_a:
                side_a = first_group(within(actors, 0, trigger_start)[::-1])
            rule, confidence = f"meeting-{lemma}-order", 0.65
    side_a = actors_only(side_a)
    side_b = [m for m in actors_only(side_b) if m.entity.key not in {a.entity.key for a in side_a}]
    location = place(sentence, trigger_start)
    if side_a and side_b:
        sides = (entities(side_a), entities(side_b))
    else:
        attendees = _multilateral(doc, sentence, trigger, actors, side_a + side_b)
        if attendees:
            sides, rule, confidence = (entities(attendees),), "multilateral-meeting", 0.7
        elif groups and location is not None:
            sides, rule, confidence = (entities(groups),), "group-meeting", 0.75
        else:
            return None
    return Event(
        kind="Meeting",
        sides=sides,
        evidence=evidence(doc, sentence, trigger),
        confidence=confidence,
        rule=rule,
        location=location,
        date=event_date(sentence, trigger_start, doc._.article.published),
        roles=tuple(("convener", e) for side in sides for e in side if e.type == "Group"),
    )


_NOT_HELD_BEFORE = {
    "المقرر",
    "مقرر",
    "سوف",
    "يعتزم",
    "تعتزم",
    "يزمع",
    "تزمع",
    "يتوقع",
    "ويتوقع",
    "يرتقب",
    "لم",
    "لن",
    "نفي",
    "نفت",
    "ينفي",
    "تنفي",
    "نافيا",
    "نافيه",
}

_NOT_HELD_AFTER = {"المرتقب", "المقرر", "المزمع", "المقبل", "القادم", "المحتمل", "المرتقبه"}

_BY_PHONE = {"هاتفي", "هاتفيا", "الهاتفي", "هاتفيه", "الهاتفيه"}


def _reported_as_held(trigger: Token) -> bool:
    """Whether the text reports the meeting as having taken place.

    Planned («من المقرر أن يستقبل», «سيلتقي», «اللقاء المرتقب»), denied or negated («نفى ...
    أي لقاء», «لم يلتق») meetings and phone calls («اتصال هاتفي», «بحثا هاتفياً») are not.
    """
    doc = trigger.doc
    word = normalize(trigger.text)
    if (word[:1] == "س" or word[:2] in ("وس", "فس")) and _MEETING_VERBS.is_prefixed_form(
        trigger.text, "س"
    ):
        return False
    before = {normalize(t.text) for t in doc[max(trigger.sent.start, trigger.i - 4) : trigger.i]}
    after = {normalize(t.text) for t in doc[trigger.i + 1 : min(trigger.sent.end, trigger.i + 3)]}
    around = {
        normalize(t.text)
        for t in doc[max(trigger.sent.start, trigger.i - 6) : min(trigger.sent.end, trigger.i + 7)]
    }
    return not (before & _NOT_HELD_BEFORE or after & _NOT_HELD_AFTER or around & _BY_PHONE)


def _governs_meeting_noun(verb: Token) -> bool:
    following = verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 4)]
    return any(
        child.text in _MEETING_NOUNS and child.dep_ in ("obj", "nsubj", "nsubj:pass")
        for child in verb.children
    ) or any(t.text in _MEETING_NOUNS for t in following)


def _with_after(trigger: Token) -> Token | None:
    """The word that introduces the other side: the first «مع» after the trigger, or the
    preposition ب of «التقى/اجتمع بـ» (met with)."""
    takes_bi = trigger.text in _MEETS_WITH_BI
    for token in trigger.doc[trigger.i + 1 : trigger.sent.end]:
        word = normalize(token.text)
        if word == "مع" or (takes_bi and word == "ب" and token.pos_ == "ADP"):
            return token
    return None


def _multilateral(
    doc: Doc, sentence: Sentence, trigger: Token, actors: list[Mention], found: list[Mention]
) -> list[Mention]:
    """Who attends a meeting that has no two sides: a group or body convening it, and those who
    take part in it («شاركت أنقرة في اجتماع مجموعة مدريد», «وتشارك في اجتماع 7 دول هي ...»).

    Attendees are one side, so no `met` pair is read between them; a group among them with a
    place gives `heldMeetingIn`.
    """
    offsets = doc._.offsets
    convening = [
        m for m in in_subtrees(doc, actors, [trigger]) if m.entity.type in ("Group", "Organization")
    ]
    convening += [m for m in found if m.entity.type == "Group" and m not in convening]
    participation = next(
        (
            t
            for t in doc[max(trigger.sent.start, trigger.i - 4) : trigger.i]
            if trigger_lemma(t, _PARTICIPATE) is not None
        ),
        None,
    )
    if participation is None:
        return convening
    start, end = offsets[participation.i][0], clause_end(participation)
    subjects = in_subtrees(doc, actors, argument_heads(participation, ("nsubj",)))
    if not subjects:  # VSO «شاركت أنقرة في ...», or the attendees listed after the meeting noun
        subjects = [m for m in within(actors, start, end) if m not in convening]
    return convening + [m for m in subjects if m not in convening]
