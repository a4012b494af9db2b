"""Events and relations from parsed sentences and their mentions.

Each rule finds a trigger word by its folded lemma (so every inflection and clitic form
counts: اجتمع/اجتمعت/يجتمع، لقاء/اللقاء/للقاء) and reads its arguments from the dependency
parse — the subject, object and «مع» phrases of the trigger, with their whole subtrees, so a
delegation («وفد من حماس برئاسة خليل الحية») brings its organisation and its head. Where the
parse leaves a side empty (its LAS is 68), word order inside the sentence fills it in, with a
lower confidence.

- Meeting (`met`): استقبل، التقى، اجتمع، بحث/ناقش/تباحث مع، أجرى محادثات، لقاء، اجتماع، محادثات.
  Participants on opposite sides meet; «بين X و Y» gives the two sides directly.
- Meeting of a group (`heldMeetingIn`): a meeting noun or verb whose sentence names a Group
  and a city where it was held.
- CaseJoining (`joinedCase`): انضمام/انضمت/تدخل ... قضية; the filer («المرفوعة من قبل X») and the
  respondent («ضد Y») are the case's plaintiff and defendant, not joiners.
- Membership (`memberOf`): a composition (تتألف/تتكون/تضم/بمشاركة ... + list of states) or
  «X عضو في G». «المجموعة» refers back to the group last named in the article.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.dates import DateMention, find_dates
from kg.normalize import normalize
from kg.types import Entity, Event, EventDate, Evidence, Mention

ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
PLACE_TYPES = {"City", "Place"}

# Folded lemmas (kg.normalize on the lemma without diacritics).
_MEETING_VERBS = {"استقبل", "التقي", "لقي", "اجتمع", "بحث", "ناقش", "تباحث", "حاور", "زار"}
_WITH_VERBS = {"بحث", "ناقش", "تباحث", "حاور"}  # need «مع» to be a meeting
_MEETING_NOUNS = {"لقاء", "اجتماع", "محادثه", "مباحثه", "قمه", "مشاوره"}
_HOLD_VERBS = {"اجري", "عقد", "انعقد"}
_JOIN_WORDS = {"انضمام", "انضم", "تدخل", "التحق", "التحاق"}
_COMPOSE_WORDS = {"تالف", "تكون", "ضم", "شمل", "مشارکه", "مشاركه", "شكل"}
_MEMBER_WORDS = {"عضو", "عضوا", "عضويه"}
_GROUP_ANAPHORS = {"المجموعه", "مجموعه"}
_PLACE_CUES = {"في", "ب", "مدينه", "العاصمه"}


@dataclass(frozen=True)
class _Sentence:
    span: Span
    start: int
    end: int
    mentions: list[Mention]
    dates: list[DateMention]


class EventExtractor:
    """Runs every rule over the sentences of one parsed article."""

    def extract(self, doc: Doc, mentions: list[Mention]) -> list[Event]:
        article = doc._.article
        events: list[Event] = []
        last_group: Entity | None = None
        for sentence in _sentences(doc, mentions):
            events.extend(self._meetings(doc, sentence))
            events.extend(self._case_joinings(doc, sentence))
            events.extend(self._memberships(doc, sentence, last_group))
            groups = [m.entity for m in sentence.mentions if m.entity.type == "Group"]
            last_group = groups[-1] if groups else last_group
        return merge_within_article(events, article.published)

    # ------------------------------------------------------------ meetings

    def _meetings(self, doc: Doc, sentence: _Sentence) -> list[Event]:
        events = []
        for token in sentence.span:
            lemma = _lemma(token)
            is_verb = token.pos_ in ("VERB", "AUX")
            if is_verb and lemma in _HOLD_VERBS and not _governs_meeting_noun(token):
                continue
            if not (
                (is_verb and (lemma in _MEETING_VERBS or lemma in _HOLD_VERBS))
                or (token.pos_ == "NOUN" and lemma in _MEETING_NOUNS)
            ):
                continue
            event = self._meeting(doc, sentence, token, lemma)
            if event is not None:
                events.append(event)
        return events

    def _meeting(self, doc: Doc, sentence: _Sentence, trigger: Token, lemma: str) -> Event | None:
        actors = [m for m in sentence.mentions if m.entity.type in ACTOR_TYPES]
        if not actors:
            return None
        offsets = doc._.offsets
        trigger_start, trigger_end = offsets[trigger.i]
        between = _next_word(trigger, "بين")
        groups = [m for m in actors if m.entity.type == "Group"]
        if between is not None:
            after = [m for m in actors if m.start >= offsets[between.i][1]]
            side_a, side_b, rule, confidence = after[:1], after[1:], "meeting-between", 0.8
        else:
            with_token = _with_after(trigger)
            side_b = _in_subtrees(doc, actors, _argument_heads(trigger, ("obj",)))
            if with_token is not None:
                side_b += [
                    m for m in actors if m.start >= offsets[with_token.i][1] and m not in side_b
                ]
            if lemma in _WITH_VERBS and with_token is None:
                return None
            side_a = [
                m for m in _in_subtrees(doc, actors, _subject_heads(trigger)) if m not in side_b
            ]
            rule, confidence = f"meeting-{lemma}-parse", 0.85
            if not side_a and side_b:
                first_b = min(m.start for m in side_b)
                side_a = [m for m in actors if trigger_end <= m.start < first_b]
                if not side_a:
                    side_a = [m for m in actors if m.end <= trigger_start][-1:]
                rule, confidence = f"meeting-{lemma}-order", 0.65
        side_a = _actors_only(side_a)
        side_b = [
            m for m in _actors_only(side_b) if m.entity.key not in {a.entity.key for a in side_a}
        ]
        location = _place(sentence, trigger_start)
        if side_a and side_b:
            sides = (_entities(side_a), _entities(side_b))
        elif groups and location is not None:
            sides, rule, confidence = (_entities(groups),), "group-meeting", 0.75
        else:
            return None
        return Event(
            kind="Meeting",
            sides=sides,
            evidence=_evidence(doc, sentence, trigger),
            confidence=confidence,
            rule=rule,
            location=location,
            date=_event_date(sentence, trigger_start, doc._.article.published),
        )

    # ------------------------------------------------------------ legal cases

    def _case_joinings(self, doc: Doc, sentence: _Sentence) -> list[Event]:
        events = []
        cases = [m for m in sentence.mentions if m.entity.type == "LegalCase"]
        if not cases:
            return events
        for token in sentence.span:
            if _lemma(token) not in _JOIN_WORDS and _stem(token) not in _JOIN_WORDS:
                continue
            start = doc._.offsets[token.i][0]
            case = next((m for m in cases if m.start > start), None)
            if case is None:
                continue
            parties = _case_parties(doc, sentence, case)
            excluded = {entity.key for _, entity in parties}
            joiners = [
                m
                for m in sentence.mentions
                if m.entity.type == "State" and m.end <= start and m.entity.key not in excluded
            ]
            if not joiners:
                continue
            events.append(
                Event(
                    kind="CaseJoining",
                    sides=((joiners[-1].entity,),),
                    evidence=_evidence(doc, sentence, token),
                    confidence=0.8,
                    rule="join-case",
                    target=case.entity,
                    date=_event_date(sentence, start, doc._.article.published),
                    roles=parties,
                )
            )
        return events

    # ------------------------------------------------------------ membership

    def _memberships(self, doc: Doc, sentence: _Sentence, last_group: Entity | None) -> list[Event]:
        events = []
        states = [m for m in sentence.mentions if m.entity.type == "State"]
        groups = [m for m in sentence.mentions if m.entity.type == "Group"]
        for token in sentence.span:
            word = _stem(token)
            lemma = _lemma(token)
            start = doc._.offsets[token.i][0]
            if lemma in _COMPOSE_WORDS or word in _COMPOSE_WORDS:
                before = [g for g in groups if g.end <= start]
                group = before[-1].entity if before else None
                if group is None and _refers_to_group(sentence.span, token):
                    group = last_group
                members = [m for m in states if m.start > start]
                rule = "membership-list"
            elif word in _MEMBER_WORDS or lemma in _MEMBER_WORDS:
                after = [g for g in groups if g.start > start]
                group = after[0].entity if after else None
                members = [m for m in states if m.end <= start][-1:]
                rule = "member-of"
            else:
                continue
            if group is None or not members:
                continue
            events.append(
                Event(
                    kind="Membership",
                    sides=(_entities(members),),
                    evidence=_evidence(doc, sentence, token),
                    confidence=0.75,
                    rule=rule,
                    target=group,
                    date=_event_date(sentence, start, doc._.article.published),
                )
            )
        return events


# ---------------------------------------------------------------- merging


def merge_within_article(events: list[Event], published: datetime.date | None) -> list[Event]:
    """One meeting reported by several sentences of an article (headline, lead, body) is one event.

    Two meetings merge when they share a participant and neither their places nor their
    dates disagree. Other events are kept as they are (cross-article merging is the graph's job).
    """
    merged: list[Event] = []
    for event in events:
        partner = next((m for m in merged if _same_meeting(m, event)), None)
        if partner is None:
            merged.append(event)
            continue
        merged[merged.index(partner)] = _combine(partner, event)
    return merged


def _same_meeting(one: Event, other: Event) -> bool:
    if one.kind != "Meeting" or other.kind != "Meeting":
        return False
    if not {e.key for e in one.participants} & {e.key for e in other.participants}:
        return False
    if one.location and other.location and one.location.key != other.location.key:
        return False
    if one.date and other.date and one.date.basis == other.date.basis == "text":
        return one.date.value == other.date.value
    return True


def _combine(first: Event, second: Event) -> Event:
    """The meeting `first` completed by `second`: union of sides, place and date where missing."""
    sides = [list(side) for side in first.sides]
    for index, side in enumerate(second.sides):
        if index >= len(sides):
            sides.append([])
        known = {e.key for s in sides for e in s}
        sides[index].extend(e for e in side if e.key not in known)
    date = first.date
    if date is None or (
        date.basis == "publication" and second.date and second.date.basis == "text"
    ):
        date = second.date
    best = first if first.confidence >= second.confidence else second
    return Event(
        kind="Meeting",
        sides=tuple(tuple(side) for side in sides if side),
        evidence=best.evidence,
        confidence=max(first.confidence, second.confidence),
        rule=best.rule,
        location=first.location or second.location,
        date=date,
        supporting=(*first.supporting, first.evidence, *second.supporting, second.evidence),
    )


# ---------------------------------------------------------------- helpers


def _sentences(doc: Doc, mentions: list[Mention]) -> Iterable[_Sentence]:
    article = doc._.article
    for span in doc.sents:
        start, end = doc._.offsets[span.start][0], doc._.offsets[span.end - 1][1]
        inside = [m for m in mentions if start <= m.start < end]
        dates = find_dates(article.text[start:end], article.published)
        shifted = [
            DateMention(
                d.start + start,
                d.end + start,
                d.value,
                d.precision,
                d.end_value,
                d.end_precision,
                d.relative,
            )
            for d in dates
        ]
        yield _Sentence(span, start, end, inside, shifted)


def _lemma(token: Token) -> str:
    return normalize(token.lemma_ or token.text)


def _stem(token: Token) -> str:
    """The token's folded form without the article and proclitics (للانضمام → انضمام)."""
    word = normalize(token.text)
    for prefix in ("وبال", "وال", "بال", "لل", "كال", "فال", "ال", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _governs_meeting_noun(verb: Token) -> bool:
    return any(
        _lemma(child) in _MEETING_NOUNS and child.dep_ in ("obj", "nsubj", "nsubj:pass")
        for child in verb.children
    ) or (verb.i + 1 < len(verb.doc) and _lemma(verb.doc[verb.i + 1]) in _MEETING_NOUNS)


def _next_word(token: Token, folded: str) -> Token | None:
    following = token.doc[token.i + 1 : min(token.sent.end, token.i + 3)]
    return next((t for t in following if normalize(t.text) == folded), None)


def _with_after(trigger: Token) -> Token | None:
    """The first «مع» after the trigger in its sentence, before another meeting trigger."""
    for token in trigger.doc[trigger.i + 1 : trigger.sent.end]:
        if normalize(token.text) == "مع":
            return token
    return None


def _argument_heads(trigger: Token, deps: tuple[str, ...]) -> list[Token]:
    return [child for child in trigger.children if child.dep_ in deps]


def _subject_heads(trigger: Token) -> list[Token]:
    """Subjects of the trigger, or of the verb a meeting noun depends on (عقد قالن لقاء)."""
    heads = _argument_heads(trigger, ("nsubj",))
    if not heads and trigger.pos_ == "NOUN" and trigger.head is not trigger:
        heads = _argument_heads(trigger.head, ("nsubj",))
    return heads


def _in_subtrees(doc: Doc, mentions: list[Mention], heads: list[Token]) -> list[Mention]:
    spans = []
    for head in heads:
        subtree = list(head.subtree)
        spans.append((doc._.offsets[subtree[0].i][0], doc._.offsets[subtree[-1].i][1]))
    return [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans)]


def _actors_only(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity.type in ACTOR_TYPES]


def _entities(mentions: list[Mention]) -> tuple[Entity, ...]:
    return tuple(dict.fromkeys(m.entity for m in mentions))


def _place(sentence: _Sentence, after: int) -> Entity | None:
    places = [m for m in sentence.mentions if m.entity.type in PLACE_TYPES]
    later = [m for m in places if m.start >= after]
    chosen = (later or places)[:1]
    return chosen[0].entity if chosen else None


def _refers_to_group(span: Span, trigger: Token) -> bool:
    """Whether «المجموعة» is the subject of a composition verb (تتألف المجموعة من ...)."""
    window = span.doc[max(span.start, trigger.i - 2) : min(span.end, trigger.i + 3)]
    return any(normalize(t.text) in _GROUP_ANAPHORS for t in window)


def _case_parties(doc: Doc, sentence: _Sentence, case: Mention) -> tuple[tuple[str, Entity], ...]:
    """The states named after the case as its filer («المرفوعة من قبل X») or respondent («ضد Y»)."""
    text = doc._.article.text
    parties = []
    for mention in sentence.mentions:
        if mention.start <= case.start or mention.entity.type != "State":
            continue
        before = normalize(text[max(case.start, mention.start - 25) : mention.start])
        if "ضد" in before.split()[-1:] or before.rstrip().endswith("ضد"):
            parties.append(("defendant", mention.entity))
        elif "قبل" in before or "رفعت" in before or "رفعها" in before:
            parties.append(("plaintiff", mention.entity))
    return tuple(parties)


def _evidence(doc: Doc, sentence: _Sentence, trigger: Token) -> Evidence:
    start, end = doc._.offsets[trigger.i]
    return Evidence(doc._.article.doc_id, sentence.start, sentence.end, start, end)


def _event_date(
    sentence: _Sentence, trigger_start: int, published: datetime.date | None
) -> EventDate | None:
    """The date the sentence gives (the one nearest after the trigger first), else the publication month."""
    if sentence.dates:
        later = [d for d in sentence.dates if d.start >= trigger_start]
        chosen = (later or sentence.dates)[0]
        return EventDate(
            chosen.value, chosen.precision, "text", chosen.end_value, chosen.end_precision
        )
    if published is None:
        return None
    return EventDate(published.strftime("%Y-%m"), "month", "publication")
