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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.dates import DateMention, find_dates
from kg.lexicon import Lexicon, nouns, verbs
from kg.normalize import normalize
from kg.types import Entity, Event, EventDate, Evidence, Mention

ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
PLACE_TYPES = {"City", "Place"}

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
_JOIN_VERBS = verbs("انضم", "تدخل", "التحق")
_JOIN_NOUNS = nouns(انضمام=("انضمام",), تدخل=("تدخل",), التحاق=("التحاق",))
_COMPOSE_VERBS = verbs("تألف", "تكون", "ضم", "شمل")
_NEEDS_MIN = {"تالف", "تكون"}  # «تتألف من», «تتكون من»: without من, تكون is "to be"
_FORMED = verbs("شكل", "تشكل")  # «المشكلة بمشاركة»: formed with the participation of
_PARTICIPATION = nouns(مشاركة=("مشاركة",))
_MEMBERS_OF = {
    "اعضاء",
    "الاعضاء",
    "اعضايها",
}  # «أعضاء مجموعة الاتصال»: the members of another group
_MEMBER_WORDS = nouns(عضو=("عضو", "عضوا", "عضوية"))
# Every word that can set off each rule, for a first pass over a sentence's words.
_MEETING_TRIGGERS = Lexicon.merged(_MEETING_VERBS, _MEETING_NOUNS, _HOLD_VERBS)
_JOIN_TRIGGERS = Lexicon.merged(_JOIN_VERBS, _JOIN_NOUNS)
_MEMBERSHIP_TRIGGERS = Lexicon.merged(_COMPOSE_VERBS, _PARTICIPATION, _MEMBER_WORDS)
_GROUP_ANAPHORS = {"المجموعه", "مجموعه"}


@dataclass(frozen=True)
class _Sentence:
    span: Span
    start: int
    end: int
    mentions: list[Mention]
    words: list[str]  # the forms of the span's tokens

    def tokens_in(self, lexicon: Lexicon) -> Iterator[Token]:
        """The tokens that are a form of a word in `lexicon`: a rule's possible triggers.

        Looking the words up first spares building a Token for every word of the sentence.
        """
        doc, first = self.span.doc, self.span.start
        for offset, word in enumerate(self.words):
            if word in lexicon:
                yield doc[first + offset]

    @cached_property
    def dates(self) -> list[DateMention]:
        """Date expressions of the sentence, in article offsets; read only for a sentence
        that has an event (most have none, and the date patterns are the costly part)."""
        article = self.span.doc._.article
        return [
            replace(date, start=date.start + self.start, end=date.end + self.start)
            for date in find_dates(article.text[self.start : self.end], article.published)
        ]


class EventExtractor:
    """Runs every rule over the sentences of one parsed article."""

    def extract(self, doc: Doc, mentions: list[Mention]) -> list[Event]:
        article = doc._.article
        events: list[Event] = []
        last_group: Entity | None = None
        known_members: dict[str, list[Entity]] = {}  # group key → members named so far
        for sentence in _sentences(doc, mentions):
            events.extend(self._meetings(doc, sentence))
            events.extend(self._case_joinings(doc, sentence))
            events.extend(self._memberships(doc, sentence, last_group, known_members))
            groups = [m.entity for m in sentence.mentions if m.entity.type == "Group"]
            last_group = groups[-1] if groups else last_group
        return merge_within_article(events, article.published)

    # ------------------------------------------------------------ meetings

    def _meetings(self, doc: Doc, sentence: _Sentence) -> list[Event]:
        events = []
        for token in sentence.tokens_in(_MEETING_TRIGGERS):
            lemma = _trigger(token, _MEETING_VERBS, _MEETING_NOUNS, _HOLD_VERBS)
            if lemma is None:
                continue
            if token.text in _HOLD_VERBS and not _governs_meeting_noun(token):
                continue
            if not _reported_as_held(token):
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
            objects = _in_subtrees(doc, actors, _argument_heads(trigger, ("obj",)))
            # «جمع X بـ Y» (brought X together with Y): the object is the first side.
            side_b = [] if trigger.text in _BRINGS_TOGETHER else objects
            if with_token is not None:
                window = (offsets[with_token.i][1], _clause_end(with_token))
                side_b += [m for m in _within(actors, *window) if m not in side_b]
            if trigger.text in _WITH_VERBS and with_token is None:
                return None
            if not side_b and trigger.text in _TRANSITIVE_MEETING_VERBS:
                side_b = _first_group(_within(actors, trigger_end, _clause_end(trigger)))
            side_a = [
                m for m in _in_subtrees(doc, actors, _subject_heads(trigger)) if m not in side_b
            ]
            rule, confidence = f"meeting-{lemma}-parse", 0.85
            if not side_a and side_b:
                first_b = min(m.start for m in side_b)
                side_a = _within(actors, trigger_end, first_b)
                if not side_a:
                    side_a = _first_group(_within(actors, 0, trigger_start)[::-1])
                rule, confidence = f"meeting-{lemma}-order", 0.65
        side_a = _actors_only(side_a)
        side_b = [
            m for m in _actors_only(side_b) if m.entity.key not in {a.entity.key for a in side_a}
        ]
        location = _place(sentence, trigger_start)
        if side_a and side_b:
            sides = (_entities(side_a), _entities(side_b))
        else:
            attendees = _multilateral(doc, sentence, trigger, actors, side_a + side_b)
            if attendees:
                sides, rule, confidence = (_entities(attendees),), "multilateral-meeting", 0.7
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
        for token in sentence.tokens_in(_JOIN_TRIGGERS):
            if _trigger(token, _JOIN_VERBS, _JOIN_NOUNS) is None:
                continue
            start = doc._.offsets[token.i][0]
            case = next((m for m in cases if m.start > start), None)
            if case is None:
                continue
            parties = _case_parties(doc, sentence, case)
            excluded = {entity.key for _, entity in parties}
            candidates = [
                m
                for m in sentence.mentions
                if m.entity.type == "State" and m.entity.key not in excluded and m.end <= case.start
            ]
            # The subject: the nearest state before the trigger (SVO, or a verb before the
            # joining noun), else the first after it (VSO: «انضمت كولومبيا إلى ...»).
            before = [m for m in candidates if m.end <= start]
            joiners = before[-1:] or [m for m in candidates if m.start >= start][:1]
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

    def _memberships(
        self,
        doc: Doc,
        sentence: _Sentence,
        last_group: Entity | None,
        known_members: dict[str, list[Entity]],
    ) -> list[Event]:
        events = []
        states = [m for m in sentence.mentions if m.entity.type == "State"]
        groups = [m for m in sentence.mentions if m.entity.type == "Group"]
        offsets = doc._.offsets
        for token in sentence.tokens_in(_MEMBERSHIP_TRIGGERS):
            start = offsets[token.i][0]
            if _composes(token):
                before = [g for g in groups if g.end <= start]
                after = [g for g in groups if g.start > start]
                # The group is the subject: before the verb (SVO), or right after it (VSO).
                group_mention = before[-1] if before else (after[0] if after else None)
                group = group_mention.entity if group_mention else None
                if group is None and _refers_to_group(sentence.span, token):
                    group = last_group
                list_start = max(start, group_mention.end if group_mention else start)
                members = [m.entity for m in states if m.start > list_start]
                members += _members_of_named_groups(doc, groups, start, group, known_members)
                rule = "membership-list"
            elif token.text in _MEMBER_WORDS:
                after = [g for g in groups if g.start > start]
                group = after[0].entity if after else None
                members = [m.entity for m in states if m.end <= start][-1:]
                rule = "member-of"
            else:
                continue
            if group is None or not members:
                continue
            members = list(dict.fromkeys(m for m in members if m.key != group.key))
            known_members.setdefault(group.key, []).extend(members)
            events.append(
                Event(
                    kind="Membership",
                    sides=(tuple(members),),
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
    offsets = doc._.offsets
    words = doc._.words
    for span in doc.sents:
        start, end = offsets[span.start][0], offsets[span.end - 1][1]
        inside = [m for m in mentions if start <= m.start < end]
        yield _Sentence(span, start, end, inside, words[span.start : span.end])


def _trigger(token: Token, verb_lexicon: Lexicon, *noun_lexicons: Lexicon) -> str | None:
    """The trigger lemma `token` is a form of: a verb form tagged as a verb, a noun form as a noun.

    Verb forms that are also nouns (بحث: research; عقد: contract) must be tagged VERB/AUX.
    """
    # A conjunction the tokenizer left glued to the verb («واجتمع») gets tagged CCONJ or X.
    if token.pos_ in ("VERB", "AUX", "ADJ", "CCONJ", "X"):
        lemma = verb_lexicon.lookup(token.text)
        if lemma is not None:
            return lemma
    if token.pos_ in ("NOUN", "PROPN", "X"):
        for lexicon in noun_lexicons:
            lemma = lexicon.lookup(token.text)
            if lemma is not None:
                return lemma
    return None


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


def _composes(token: Token) -> bool:
    """A composition trigger: «تتألف/تتكون من», «تضم/تشمل», or «(المشكلة) بمشاركة»."""
    doc = token.doc
    lemma = _trigger(token, _COMPOSE_VERBS)
    if lemma is not None:
        following = [normalize(t.text) for t in doc[token.i + 1 : min(token.sent.end, token.i + 4)]]
        return lemma not in _NEEDS_MIN or "من" in following
    if token.text in _PARTICIPATION:
        preceding = doc[max(token.sent.start, token.i - 3) : token.i]
        return any(
            t.text in _FORMED or normalize(t.text).lstrip("ال").startswith("مشكل")
            for t in preceding
        )
    return False


def _governs_meeting_noun(verb: Token) -> bool:
    following = verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 4)]
    return any(
        child.text in _MEETING_NOUNS and child.dep_ in ("obj", "nsubj", "nsubj:pass")
        for child in verb.children
    ) or any(t.text in _MEETING_NOUNS for t in following)


def _next_word(token: Token, folded: str) -> Token | None:
    following = token.doc[token.i + 1 : min(token.sent.end, token.i + 3)]
    return next((t for t in following if normalize(t.text) == folded), None)


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
    doc: Doc, sentence: _Sentence, trigger: Token, actors: list[Mention], found: list[Mention]
) -> list[Mention]:
    """Who attends a meeting that has no two sides: a group or body convening it, and those who
    take part in it («شاركت أنقرة في اجتماع مجموعة مدريد», «وتشارك في اجتماع 7 دول هي ...»).

    Attendees are one side, so no `met` pair is read between them; a group among them with a
    place gives `heldMeetingIn`.
    """
    offsets = doc._.offsets
    convening = [
        m
        for m in _in_subtrees(doc, actors, [trigger])
        if m.entity.type in ("Group", "Organization")
    ]
    convening += [m for m in found if m.entity.type == "Group" and m not in convening]
    participation = next(
        (
            t
            for t in doc[max(trigger.sent.start, trigger.i - 4) : trigger.i]
            if _trigger(t, _PARTICIPATE) is not None
        ),
        None,
    )
    if participation is None:
        return convening
    start, end = offsets[participation.i][0], _clause_end(participation)
    subjects = _in_subtrees(doc, actors, _argument_heads(participation, ("nsubj",)))
    if not subjects:  # VSO «شاركت أنقرة في ...», or the attendees listed after the meeting noun
        subjects = [m for m in _within(actors, start, end) if m not in convening]
    return convening + [m for m in subjects if m not in convening]


def _within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start < end]


def _first_group(mentions: list[Mention]) -> list[Mention]:
    """The first mention, with the others on the same span (an anaphor stands for several)."""
    if not mentions:
        return []
    span = (mentions[0].start, mentions[0].end)
    return [m for m in mentions if (m.start, m.end) == span]


_CLAUSE_BREAKS = {"؛", ";", "حيث", "بينما", "فيما"}


def _clause_end(token: Token) -> int:
    """Offset where the clause that `token` starts ends.

    A clause ends at a semicolon, a clause connective, a finite verb, or a comma that does
    not continue a list: «برئيس الوزراء القطري ...، ورئيس المخابرات المصرية ...» goes on
    after the comma, «... في أنقرة، حيث تناول ...» stops.
    """
    doc = token.doc
    for following in doc[token.i + 1 : token.sent.end]:
        if following.text in _CLAUSE_BREAKS or following.pos_ in ("VERB", "AUX"):
            return doc._.offsets[following.i][0]
        if following.text in ("،", ",") and not _continues_list(following):
            return doc._.offsets[following.i][0]
    return doc._.offsets[token.sent.end - 1][1]


def _continues_list(comma: Token) -> bool:
    """Whether the words after a comma add an item to a list (و + a noun, or «إضافة إلى»)."""
    doc = comma.doc
    if comma.i + 1 >= comma.sent.end:
        return False
    following = doc[comma.i + 1]
    word = normalize(following.text)
    if word == "و" or word == "اضافه":
        return True
    return word.startswith("و") and following.pos_ in ("NOUN", "PROPN", "X")


def _argument_heads(trigger: Token, deps: tuple[str, ...]) -> list[Token]:
    return [child for child in trigger.children if child.dep_ in deps]


def _subject_heads(trigger: Token) -> list[Token]:
    """Subjects of the trigger, or of the verb a meeting noun depends on (عقد قالن لقاء)."""
    heads = _argument_heads(trigger, ("nsubj",))
    if not heads and trigger.pos_ == "NOUN" and trigger.head is not trigger:
        heads = _argument_heads(trigger.head, ("nsubj",))
    return heads


def _in_subtrees(doc: Doc, mentions: list[Mention], heads: list[Token]) -> list[Mention]:
    """Mentions inside the subtree of any head, or containing a head (a name the parse split
    into two arguments, «الرئيس الأمريكي | دونالد ترمب», is still one argument)."""
    spans = []
    for head in heads:
        subtree = list(head.subtree)
        head_start = doc._.offsets[head.i][0]
        spans.append((doc._.offsets[subtree[0].i][0], doc._.offsets[subtree[-1].i][1], head_start))
    return [
        m
        for m in mentions
        if any((s <= m.start and m.end <= e) or m.start <= h < m.end for s, e, h in spans)
    ]


def _actors_only(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity.type in ACTOR_TYPES]


def _entities(mentions: list[Mention]) -> tuple[Entity, ...]:
    return tuple(dict.fromkeys(m.entity for m in mentions))


def _place(sentence: _Sentence, after: int) -> Entity | None:
    places = [m for m in sentence.mentions if m.entity.type in PLACE_TYPES]
    later = [m for m in places if m.start >= after]
    chosen = (later or places)[:1]
    return chosen[0].entity if chosen else None


def _members_of_named_groups(
    doc: Doc,
    groups: list[Mention],
    start: int,
    target: Entity | None,
    known: dict[str, list[Entity]],
) -> list[Entity]:
    """Members of a group named as «أعضاء G» in a composition list: they are members too."""
    text = doc._.article.text
    members: list[Entity] = []
    for group in groups:
        if group.start <= start or (target is not None and group.entity.key == target.key):
            continue
        words = normalize(text[max(start, group.start - 20) : group.start]).split()
        if words and words[-1] in _MEMBERS_OF:
            members.extend(known.get(group.entity.key, []))
    return members


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
    """The date the sentence gives (nearest after the trigger), else the publication month."""
    if sentence.dates:
        later = [d for d in sentence.dates if d.start >= trigger_start]
        chosen = (later or sentence.dates)[0]
        return EventDate(
            chosen.value, chosen.precision, "text", chosen.end_value, chosen.end_precision
        )
    if published is None:
        return None
    return EventDate(published.strftime("%Y-%m"), "month", "publication")
