"""Membership (`kg:memberOf`): a composition (تتألف/تتكون/تضم/بمشاركة ... + list of states) or
«X عضو في G». «المجموعة» refers back to the group last named in the article.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.sentence import Sentence, event_date, evidence, sentences, trigger_lemma
from kg.lexicon import Lexicon, nouns, verbs
from kg.normalize import normalize
from kg.types import Entity, Event, Mention

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
_MEMBERSHIP_TRIGGERS = Lexicon.merged(_COMPOSE_VERBS, _PARTICIPATION, _MEMBER_WORDS)
_GROUP_ANAPHORS = {"المجموعه", "مجموعه"}


@Language.component("kg_membership")
def find_memberships(doc: Doc) -> Doc:
    """Add the memberships the article states to `doc._.events`."""
    last_group: Entity | None = None
    known_members: dict[str, list[Entity]] = {}  # group key → members named so far
    for sentence in sentences(doc, doc._.mentions):
        doc._.events.extend(_memberships(doc, sentence, last_group, known_members))
        groups = [m.entity for m in sentence.mentions if m.entity.type == "Group"]
        last_group = groups[-1] if groups else last_group
    return doc


def _memberships(
    doc: Doc,
    sentence: Sentence,
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
                evidence=evidence(doc, sentence, token),
                confidence=0.75,
                rule=rule,
                target=group,
                date=event_date(sentence, start, doc._.article.published),
            )
        )
    return events


def _composes(token: Token) -> bool:
    """A composition trigger: «تتألف/تتكون من», «تضم/تشمل», or «(المشكلة) بمشاركة»."""
    doc = token.doc
    lemma = trigger_lemma(token, _COMPOSE_VERBS)
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
