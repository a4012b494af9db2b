"""Membership (`kg:memberOf`): who belongs to a group or an organisation.

- Composition: a body's subject verb (تضم، تشمل، تتألف من، تتكون من) or «المشكلة بمشاركة»
  with the states listed after it («وتضم مجموعة لاهاي كلاً من جنوب أفريقيا وكولومبيا»);
  «المجموعة» refers back to the group last named in the article, and «أعضاء G» in the list
  brings in the members of G the article named.
- Membership words: «X عضو في Y», «بصفتها عضواً غير دائم في مجلس الأمن» (the state named
  before), «الدول الأعضاء في Y وهي A و B» (the states listed after); and «دول Y [الست]، وهي
  A و B» with no membership word at all.
- Joining a body: «انضمت X إلى منظمة Y» (a joining verb whose target is a group or an
  organisation, not a case: that is `kg.extract.cases`), or the noun once the joining is done
  («بعد انضمام X إلى Y»).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.cooperation_formats import members_named
from kg.extract.clauses import clause_characters
from kg.extract.grammar import (
    governing_subjects,
    listed_with,
    pronoun_child,
    roles,
    said_of,
    tokens_between,
    without_mentions,
)
from kg.extract.meeting_lists import listed_from
from kg.extract.meeting_subjects import glued_pronoun
from kg.extract.member_titles import members_titled
from kg.extract.modality import expected, negated, to_come
from kg.extract.sentence import Sentence, event_date, evidence, sentences
from kg.extract.triggers import (
    COMPOSED,
    FOUNDING,
    PARTICIPATION,
    Trigger,
    rule_words,
    triggers,
)
from kg.lang.ar.cases import NOT_JOINING
from kg.lang.ar.grammar import BEYOND, IN_ITS_MEMBERSHIP
from kg.lang.ar.meetings import CAPACITY
from kg.lang.ar.membership import (
    ADMITTING,
    AFTER_JOINING,
    ASPIRING,
    COUNT_WORDS,
    FIRST_OR_LAST,
    FOREMOST,
    FOUNDED,
    FOUNDED_IT,
    FOUNDERS_GAP,
    FOUNDING_WORD,
    GOING_ON,
    GROUP_ANAPHORS,
    LEAVING,
    LIST_OPENERS,
    MEMBER_GAP,
    MEMBER_LINKS,
    MEMBER_REACH,
    MEMBERS_OF,
    NEEDS_MIN,
    NOT_A_MEMBER,
    ONLY_ONE_IN,
    OTHER_STATES,
    OTHER_STATES_GLUED,
    PARTICLE_PRONOUNS,
    PARTNER_IN,
    REMAINING,
    SEEKING,
    STATES_OR_STATE,
    STATES_WORDS,
    STILL,
    SUBJECT_PRONOUNS,
    SYSTEM_WORDS,
)
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.words import RELATIVE_PRONOUNS
from kg.lexicon import verbs
from kg.mention_anaphors import STATES_BY_HOLDER
from kg.mention_spans import end_in_sentence, ends_a_sentence, start_in_sentence, starts_a_sentence
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.person_names import last_words
from kg.schema import BODIES
from kg.types import Entity, Event, Mention

_FORMED = verbs("شكل", "تشكل")  # «المشكلة بمشاركة»: formed with the participation of
_MEMBER_ROLES = {"State", "Organization"}


@Language.component("kg_membership")
def find_memberships(doc: Doc) -> Doc:
    """Add the memberships the article states to `doc._.events`."""
    last_group: Entity | None = None
    known_members: dict[str, list[Entity]] = {}  # group key → members named so far
    told: list[Event] = []  # the memberships of the sentence before
    for sentence in sentences(doc, doc._.mentions):
        denied = _denied_of_it(doc, sentence)
        if denied is not None:
            # «صارت مصر والأردن والعراق أعضاء في مجلس التعاون! – لا، ليست أعضاء فيه»: the
            # sentence before is answered no
            doc._.events = [e for e in doc._.events if not (e in told and e.target == denied)]
        told = _memberships(doc, sentence, last_group, known_members)
        doc._.events.extend(told)
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
    lexicon = triggers()
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    bodies = [m for m in sentence.mentions if m.entity.type in BODIES]
    # a body listed among a group's members is one when the tables know it («الاتحاد
    # الأوروبي»), not a party or union the NER read («تضم حزب البعث»: its people); «من وزراء
    # خارجية السعودية وقطر»: the states the ministers the names stand for represent
    members_named = states + [m for m in bodies if m.entity.type == "Organization" and m.entity.qid]
    members_named += [
        replace(m, entity=m.represents)
        for m in sentence.mentions
        if m.rule in STATES_BY_HOLDER and m.represents is not None
    ]
    members_named.sort(key=lambda m: m.start)
    offsets = doc._.offsets
    told: list[Entity] = []  # the members a member word of the sentence named last
    for token in sentence.tokens_in(rule_words()):
        trigger = (
            lexicon.of(token) or _participation(token) or _founding(token) or _composed_of(token)
        )
        if trigger is None or (trigger != _COMPOSITION and _still_to_come(token)):
            continue
        if _listing_a_delegation(doc, token):
            continue  # «وضم في عضويته X و Y»: who was in a delegation
        start = offsets[token.i][0]
        composes = trigger.frame == "compose" and _composes(token, trigger)
        after = [g for g in bodies if g.start > start]
        named_next = (
            composes
            and bool(after)
            and _named_next(doc._.article.text, offsets[token.i][1], after[0])
        )
        # «وتتألف اللجنة، التي كلفتها القمة …، من …»: the body right after the verb is its
        # subject, whatever meeting a relative clause on it names (not «القمة التي ضمت …»)
        subject_next = named_next and _relative_before(token) is None
        if composes and (
            subject_next or not _of_a_meeting(token) or _of_a_body(doc, token, bodies)
        ):
            before = [g for g in bodies if g.end <= start]
            # The body is the subject: before the verb (SVO), or right after it (VSO), where
            # «المجموعة» may stand for the group named last («وتضم المجموعة الدول الأعضاء في
            # اللجنة …»: the committee is in the list, not the subject).
            relative = _relative_before(token)
            if relative is not None:
                # «الاكتشافات … التي تشمل …», «اللجنة الرباعية التي شكلتها الهيئة … وتضم …»:
                # the subject is the relative's antecedent
                before = [g for g in before if _antecedent_of(doc, g, relative)]
            else:
                before = _outside_closed_relatives(doc, token, before)
            if named_next:
                # «تضم رابطة آسيان A و B، فيما يضم مجلس التعاون C»: a body of the clause
                # before is not the subject of this one's verb
                before = [g for g in before if g.start >= clause_characters(token)[0]]
            anaphor = not before and not named_next and _refers_to_group(sentence.span, token)
            group_mention = before[-1] if before else (after[0] if named_next else None)
            group = group_mention.entity if group_mention else None
            if group is None and anaphor:
                group = last_group
            list_start = max(start, group_mention.end if group_mention else start)
            # «ويضم اتحاد المغرب العربي، الذي لم يعقد أي قمة منذ قمة تونس، كلا من …»: the
            # list comes after the relative clause on the body
            list_start = _past_relative_clause(doc._.article.text, list_start)
            # one list: «… هي A و B، إضافة إلى C التي …، فيما تشارك D بصفة مراقب»; a body
            # may be a member too («تضم الولايات المتحدة والاتحاد الأوروبي وروسيا»)
            after = [m for m in members_named if m.start > list_start]
            if after and after[0].start >= clause_characters(token)[1]:
                after = []  # «تضم آسيان عشر دول، وتنتظر تيمور الشرقية قبولها»: another clause
            if after and _far_from_the_verb(doc._.article.text[list_start : after[0].start]):
                after = []  # «التي تضم 10 أعضاء ببحث التعاون … مع الصين»: no list of its own
            listed = listed_from(after, doc._.article.text, list_start)
            gone = _left_later(doc, sentence, listed)
            members = [m.entity for m in listed if m.entity not in gone]
            members += _members_of_named_groups(doc, bodies, start, group, known_members)
            rule = "membership-list"
        elif trigger.frame == "member" and not _aspired(token) and not _denied(token):
            group, members = _member_of(doc, token, states, bodies)
            if not members:
                # «X عضو مؤسس في Y وعضو في Z», «…، كما يعد عضواً في Z»: the same members
                members = told
            told = members
            rule = "member-of"
            # «من الدول الأعضاء في الاتحاد الأوروبي وحلف شمال الأطلسي»: of both
            events += _of_the_bodies_joined(doc, sentence, token, group, members, bodies, rule)
        elif trigger.frame == "join" and (
            trigger.pos == "verb" or _completed(token) or _dated_done(doc, sentence, token)
        ):
            group, members = _joined_body(doc, token, sentence, bodies)
            rule = "joined-body"
            # «وتنتمي ألمانيا إلى الاتحاد الأوروبي ومجموعة السبع»: to both
            events += _of_the_bodies_joined(doc, sentence, token, group, members, bodies, rule)
            if group is None and (foremost := _bodies_it_belongs_to(doc, token, bodies)):
                # «التي تنتمي إليها الجزائر، وعلى رأسها A و B»: each body listed
                group, members = foremost[0].entity, _joiners(doc, token, sentence, foremost[0])
                for body in foremost[1:]:
                    events.append(
                        _membership(doc, sentence, token, start, body.entity, members, rule)
                    )
            elif group is None and (named := _body_named_before(doc, token)) is not None:
                # «يضم التحالف … ، وانضمت إليه سلطنة عمان»: «ه» is the body named last
                group, members = named.entity, _who_joined_it(doc, token, sentence, named)
        elif trigger.frame == "join" and (admitting := _admitting(doc, token, bodies)):
            group, members = admitting.entity, _joiner_named(doc, token, states)
            rule = "admitted"
        else:
            continue
        if group is None:
            continue
        members = list(dict.fromkeys(m for m in members if m.key != group.key))
        if not members:
            continue
        known_members.setdefault(group.key, []).extend(members)
        events.append(_membership(doc, sentence, token, start, group, members, rule))
    named = _named_members(doc, sentence)
    return (
        events
        + _states_of(doc, sentence)
        + _founders(doc, sentence)
        + _chairs(doc, sentence)
        + named
        + _members_described(doc, sentence)
        + _titled_members(doc, sentence)
        + _chair_taken(doc, sentence)
    )


def _titled_members(doc: Doc, sentence: Sentence) -> list[Event]:
    """«X، العضو في مجلس النواب الليبي»: the person a member title names sits in the body
    (`members_titled`)."""
    text = doc._.article.text
    people = [m for m in sentence.mentions if m.entity.type == "Person"]
    bodies = [m for m in sentence.mentions if m.entity.type in BODIES]
    return _after_each_body(
        doc, sentence, bodies, lambda body: members_titled(text, body, people), "member-titled"
    )


def _members_described(doc: Doc, sentence: Sentence) -> list[Event]:
    """«بقيت المجر الدولة الوحيدة في الاتحاد الأوروبي التي …»: the state named right before
    «الدولة الوحيدة في» (or with «هي» between) is a member of the body after it; «السعودية،
    شريكة الإمارات في عضوية مجلس التعاون»: so are the state before «شريكة» and its partner."""
    text = doc._.article.text
    states = [m for m in sentence.mentions if m.entity.type == "State"]

    def described(body: Mention) -> list[Entity]:
        window = max(0, body.start - _PHRASE_REACH)
        folded, offsets = normalize_with_offsets(text[window : body.start])
        phrase = ONLY_ONE_IN.search(folded) or PARTNER_IN.search(folded)
        if phrase is None:
            return []
        start, end = (window + at for at in original_span(offsets, *phrase.span()))
        before = [m for m in states if m.end <= start]
        gap = normalize(text[before[-1].end : start]).strip(" ،,").split() if before else ["—"]
        if not set(gap) <= SUBJECT_PRONOUNS:
            return []
        partners = [m.entity for m in states if start <= m.start and m.end <= end]
        return [before[-1].entity, *partners]

    bodies = [m for m in sentence.mentions if m.entity.type in BODIES]
    return _after_each_body(doc, sentence, bodies, described, "member-described")


_PHRASE_REACH = 70  # characters: «الدولة العربية الوحيدة في », «شريكة X في عضوية »


def _named_members(doc: Doc, sentence: Sentence) -> list[Event]:
    """«آلية التعاون الثلاثي بين مصر واليونان وقبرص»: the states a format's name lists."""
    text = doc._.article.text
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    return _after_each_body(
        doc, sentence, sentence.mentions, lambda body: members_named(text, body, states), "named"
    )


def _after_each_body(
    doc: Doc,
    sentence: Sentence,
    bodies: Iterable[Mention],
    read: Callable[[Mention], list[Entity]],
    rule: str,
) -> list[Event]:
    """A membership of each body whose members `read` finds after its name, dated from there."""
    events = []
    for body in bodies:
        members = read(body)
        if members:
            token = next(t for t in sentence.span if doc._.offsets[t.i][1] >= body.end)
            events.append(_membership(doc, sentence, token, body.end, body.entity, members, rule))
    return events


def _of_the_bodies_joined(
    doc: Doc,
    sentence: Sentence,
    token: Token,
    group: Entity | None,
    members: list[Entity],
    bodies: list[Mention],
    rule: str,
) -> list[Event]:
    """The memberships of `members` in each body «و» joins to `group`, the first body after
    the word (`_bodies_joined_to`)."""
    start = doc._.offsets[token.i][0]
    events = []
    for also in _bodies_joined_to(doc._.article.text, group, start, bodies):
        joined = [m for m in dict.fromkeys(members) if m.key != also.key]
        if joined:
            events.append(_membership(doc, sentence, token, start, also, joined, rule))
    return events


def _named_next(text: str, verb_end: int, body: Mention) -> bool:
    """Whether the body is named right after the verb, or after a word for what it is
    («وتضم منظومة مجلس التعاون ست دول»)."""
    gap = normalize(text[verb_end : body.start]).translate(_QUOTES).split()
    return not gap or (len(gap) == 1 and gap[0] in SYSTEM_WORDS)


def _listing_a_delegation(doc: Doc, token: Token) -> bool:
    """Whether a member word lists the members of a delegation («ترأس الوفد X، وضم في عضويته
    Y و Z»), not a body's."""
    first = max(token.sent.start, token.i - _COMPOSITION_WORDS)
    start, end = doc._.offsets[first][0], doc._.offsets[token.i][1]
    return _DELEGATION_MEMBERS.search(normalize(doc._.article.text[start:end])) is not None


_DELEGATION_MEMBERS = re.compile(rf"{IN_ITS_MEMBERSHIP}$")


_COMPOSITION_WORDS = 3  # «وضم في عضويته»: the verb, its preposition (or glued on) and the word


def _still_to_come(token: Token) -> bool:
    """«ستنضم قبرص إلى الاتحاد», «في حال ضمت قبرص الى عضوية الاتحاد», «من المنتظر أن تصبح
    إيران عضواً»: the trigger, or the verb it hangs from (at most two words up), is in the
    future, under a condition or expected; «لا تتمتع فلسطين بعضوية كاملة» denies it. «ستبقى
    عضوا في الجامعة» and «لا تزال عضوا» tell a membership now."""
    if _pronoun_before(token.doc._.article.text, token.doc._.offsets[token.i][0]):
        return False  # «لم تتقدم بطلب للانضمام … وهي عضو في Y»: a sentence of its own
    verb = next((w for w in (token, token.head, token.head.head) if w.pos_ == "VERB"), None)
    if verb is None:
        return False
    word = without_conjunction(normalize(verb.text))
    remains = verb is not token and word.removeprefix("س").startswith(REMAINING)
    if remains or word in STILL:
        return False
    # a verb after the trigger tells of its own («الكاميرون، العضوين في …، لم تعترضا»)
    told_before = verb.i <= token.i
    return to_come(verb) or (told_before and (expected(verb) or negated(verb)))


def _denied_of_it(doc: Doc, sentence: Sentence) -> Entity | None:
    """The body of a denied member word with «فيه»/«فيها» after it and no state named before
    it in the sentence («لا يا سارة، ليست أعضاء فيه»): a membership the line told is denied;
    the body is the one named last before on that line."""
    for token in sentence.tokens_in(rule_words()):
        trigger = triggers().of(token)
        if trigger is None or trigger.frame != "member" or not _denied(token):
            continue
        start = doc._.offsets[token.i][0]
        if any(m.entity.type == "State" and m.end <= start for m in sentence.mentions):
            continue
        following = "".join(doc._.folded[token.i + 1 : token.i + 3])
        if not following.startswith(("فيه", "فيها")):  # «فيه», «في | ه»
            continue
        bodies = _bodies_on_the_line(doc, start)
        return bodies[-1].entity if bodies else None
    return None


def _bodies_on_the_line(doc: Doc, start: int) -> list[Mention]:
    """The bodies the article names before `start` on the same line."""
    text = doc._.article.text
    return [
        g
        for g in doc._.mentions
        if g.entity.type in BODIES and g.end <= start and "\n" not in text[g.end : start]
    ]


def _membership(
    doc: Doc,
    sentence: Sentence,
    token: Token,
    start: int,
    group: Entity,
    members: list[Entity],
    rule: str,
) -> Event:
    """The membership `token` tells, dated from `start`."""
    return Event(
        kind="Membership",
        sides=(tuple(members),),
        evidence=evidence(doc, sentence, token),
        confidence=0.75,
        rule=rule,
        target=group,
        date=event_date(sentence, start, doc._.article.published),
    )


def _participation(token: Token) -> Trigger | None:
    """«(المشكلة) بمشاركة X و Y»: a composition told by the participation noun."""
    if token.text not in PARTICIPATION:
        return None
    return Trigger("مشاركة", "noun", "member", "compose", False)


def _composed_of(token: Token) -> Trigger | None:
    """«لجنة الاتصال، المؤلفة من الأردن والسعودية»: a composition told by the participle,
    with «من» right after it."""
    following = token.doc._.folded[token.i + 1] if token.i + 1 < len(token.doc) else ""
    if token.text not in COMPOSED or following != "من":
        return None
    return _COMPOSITION


# a participle tells the composition whatever the tense of the verb it hangs from
_COMPOSITION = Trigger("مؤلفة", "noun", "member", "compose", False)


def _founding(token: Token) -> Trigger | None:
    """«من الدول المؤسسة لجامعة الدول العربية»: the founding states are members; «مؤسسة»
    names an institution unless «الدول» goes before it."""
    if token.text not in FOUNDING or starts_a_sentence(token):
        return None
    if normalize(token.nbor(-1).text) not in STATES_WORDS:
        return None
    return Trigger("مؤسسة", "noun", "member", "member", False)


_FROM_REACH = 8  # words between «تتكون» and its «من»: a body's name may stand between


def _of_a_meeting(verb: Token) -> bool:
    """«تلتها قمة ثلاثية ضمت الصين»: a meeting that brought states together, whose subject
    (or the noun its clause qualifies) is a meeting noun, or a tour that takes in states
    («جولة في دول المغرب العربي تشمل الجزائر وتونس»); no body's membership."""
    recent = verb.doc[start_in_sentence(verb, verb.i - _TOUR_REACH) : verb.i]
    return any(triggers().nouns.lookup(word.text) for word in said_of(verb)) or any(
        normalize(word.text).removeprefix("ال") in _TOURS for word in recent
    )


_TOURS = {"جوله", "جولات"}
_TOUR_REACH = 6  # «جولة في دول المغرب العربي تشمل»: the tour's words before the verb


def _composes(token: Token, trigger: Trigger) -> bool:
    """A composition: «تتألف/تتكون من», «تضم/تشمل», or «(المشكلة) بمشاركة»."""
    doc = token.doc
    if trigger == _COMPOSITION:
        return True
    if trigger.pos == "verb":
        # «تتكون من», or past the body's name: «تتكون منظمة الدول الثماني النامية من …»
        reach = end_in_sentence(token, token.i + 1 + _FROM_REACH)
        following = [normalize(t.text) for t in doc[token.i + 1 : reach]]
        return trigger.lemma not in NEEDS_MIN or "من" in following or _from_past_a_relative(token)
    preceding = doc[start_in_sentence(token, token.i - 3) : token.i]
    return any(
        t.text in _FORMED or normalize(t.text).lstrip("ال").startswith("مشكل") for t in preceding
    )


def _from_past_a_relative(verb: Token) -> bool:
    """«وتتألف اللجنة، التي كلفتها القمة …، من وزراء خارجية …»: «من» right after a relative
    clause set off by commas after the body's name."""
    doc = verb.doc
    reach = end_in_sentence(verb, verb.i + 1 + _FROM_REACH)
    comma = next((t for t in doc[verb.i + 1 : reach] if t.text in CLAUSE_MARKS), None)
    if comma is None:
        return False
    text = doc._.article.text
    start = doc._.offsets[comma.i][0]
    past = _past_relative_clause(text, start)
    return past != start and normalize(text[past : past + _FROM_CHARS]).split()[:1] == ["من"]


_FROM_CHARS = 6  # « من وزراء»: the characters that hold «من» right after the clause


def _aspired(word: Token) -> bool:
    """«أوكرانيا، المرشحة لعضوية الاتحاد الأوروبي», «طلب عضوية», «تطالب البرازيل بمقعد دائم»:
    a membership sought, not had."""
    before = [without_conjunction(normalize(t.text)) for t in word.doc[max(0, word.i - 4) : word.i]]
    return (bool(before) and before[-1] in ASPIRING) or bool(SEEKING.intersection(before))


def _denied(word: Token) -> bool:
    """«والمملكة ليست عضوا في الحلف», «دولة غير عضو في المجلس», «لم تعد عضوا», «فليستا من
    أعضائها»: a membership the sentence denies."""
    index = word.i - 1
    if index > word.sent.start and word.doc._.folded[index] == "من":
        index -= 1  # «فليستا من أعضائها»
    before = word.doc._.folded[index] if index >= word.sent.start else ""
    # «دون أن تكون عضوا فيها»: without being one
    without = word.doc._.folded[max(word.sent.start, word.i - 3) : word.i]
    # «فيما تغيب السعودية عن عضوية المجلس»: absent from it
    absent = before == "عن" and bool(_ABSENT & {without_conjunction(w) for w in without})
    return (
        without_conjunction(before) in NOT_A_MEMBER
        or negated(word)
        or bool(_WITHOUT & {*without})
        or absent
        or _negated_copula_before(word)
    )


_WITHOUT = {"دون", "بدون"}  # folded
_ABSENT = {"تغيب", "يغيب", "غابت", "غاب", "غياب"}  # folded: to be absent («عن عضوية»)
# «لم تكن/يكن», «لن تكون», «لم تعد»: a copula its particle negates (folded)
_NEGATIONS = {"لم", "لن", "ولم", "ولن"}
_COPULAS = {"تكن", "يكن", "تكون", "يكون", "تعد", "يعد"}
_SUBJECT_REACH = 4  # the words a subject may take between the copula and the member word


def _negated_copula_before(word: Token) -> bool:
    """«بينما لم تكن الكويت عضواً فيها», «وليست سويسرا عضواً»: a negated copula before the
    state the member word is said of, within a few words and no comma."""
    folded = word.doc._.folded
    first = max(word.sent.start, word.i - _SUBJECT_REACH - 2)
    for index in range(word.i - 1, first - 1, -1):
        if folded[index] in CLAUSE_MARKS:
            return False
        if without_conjunction(folded[index]) in NOT_A_MEMBER - {"غير"}:
            return True
        if folded[index] in _COPULAS and index > 0 and folded[index - 1] in _NEGATIONS:
            return True
    return False


def _member_of(
    doc: Doc, token: Token, states: list[Mention], bodies: list[Mention]
) -> tuple[Entity | None, list[Entity]]:
    """«X عضو في Y»: the body after the word; the states listed after the body («الدول الأعضاء
    في Y وهي A و B»), else the state named last before the word."""
    start = doc._.offsets[token.i][0]
    after = [g for g in bodies if g.start > start]
    text = doc._.article.text
    if (among := _members_among(doc, token, states, bodies)) is not None:
        return among
    owner = _relative_owner(doc, token, bodies)
    if owner is not None:
        # «حلف شمال الأطلسي، الذي تعد تركيا وألمانيا من أعضائه»
        inside = [m for m in states if owner.end < m.start and m.end <= start]
        return owner.entity, [m.entity for m in _listed_up_to(text, inside)]
    names_after = bool(after) and _member_word_names(
        normalize(text[doc._.offsets[token.i][1] : after[0].start]), _belonging(token)
    )
    as_member = None if names_after else _in_its_capacity(doc, token, states, bodies)
    if as_member is not None:
        return as_member  # «تشارك X في اجتماعات Y بصفتها دولة عضواً مؤسساً»
    if not after:
        return _its_members(doc, token, states, bodies)
    if not names_after:
        # «مصر والأردن عضوان فيه، … ولا يُكتب «الاتحاد المتوسطي»»: the body after is not the
        # one the word names; a pronoun after it may be
        return _its_members(doc, token, states, bodies)
    group = after[0]
    listed = _listed_after(text, group, states)
    if listed is None and _of_the_states(doc, token):
        listed = _apposed(text, group, states)
    if listed:
        return group.entity, listed
    here = [m for m in states if m.end <= start]
    before = here or _subject_of_the_sentence_before(doc, token)
    pronoun = bool(before) and _pronoun_before(text, start)
    if pronoun and here:
        # «الكويت لم تتقدم بطلب للانضمام إلى المجموعة وهي عضو في مجلس التعاون»: «هي» is the
        # state the sentence is about, named first
        before = [m for m in before if m.start >= doc._.offsets[token.sent.start][0]][:1]
    elif before and _particle_pronoun_before(text, start):
        # «… في حين ترتبط تونس بالاتحاد …، علما أنها عضو في …»: the state named last, when
        # no other is listed with it («إيطاليا وهولندا» would be «أنهما»)
        pronoun = True
        before = before[-1:] if len(_listed_up_to(text, before)) == 1 else []
    gap = _past_relative(normalize(text[before[-1].end : start])) if before else ""
    if not pronoun and (len(gap.split()) > MEMBER_REACH or _other_states(gap)):
        # «موسكو … تستطلع رأي الدول الأعضاء في الحلف»: a state named far before the member
        # word is not who it says is a member (a relative clause on it is skipped: «السعودية
        # والهند، التي شاركت في الاجتماعين، من أعضاء مجموعة العشرين»)
        before = []
    members = [m.entity for m in _listed_up_to(text, before)]
    if members and normalize(token.text).lstrip("و").removeprefix("ال").startswith("عضو"):
        # «تعد البرازيل عضواً مؤسساً في ميركوسور إلى جانب الأرجنتين والأوروغواي», «تشاد،
        # العضو في Y إلى جانب A و B»: members too
        members += [m.entity for m in _alongside(text, group.end, states)]
    return group.entity, members


def _in_its_capacity(
    doc: Doc, token: Token, states: list[Mention], bodies: list[Mention]
) -> tuple[Entity, list[Entity]] | None:
    """«تشارك الجزائر في اجتماعات أوبك بصفتها دولة عضواً مؤسساً»: a member word in a phrase
    of capacity («بصفتها», «بوصفها») names no body after it: the member is the state the
    clause opened with, of the body named between it and the phrase; None when it is not so."""
    folded = doc._.folded
    first = start_in_sentence(token, token.i - _CAPACITY_REACH)
    # «بصفتها», which the tokenizer may cut before its pronoun («بصفت | ها»)
    capacity = next(
        (
            i
            for i in range(token.i - 1, first - 1, -1)
            if folded[i] in CAPACITY or folded[i] + folded[i + 1] in CAPACITY
        ),
        None,
    )
    if capacity is None:
        return None
    before = doc._.offsets[capacity][0]
    body = [g for g in bodies if g.end <= before][-1:]
    subject = [m for m in states if m.end <= (body[0].start if body else 0)][:1]
    if not body or not subject:
        return None
    return body[0].entity, [subject[0].entity]


_CAPACITY_REACH = 4  # «بصفت | ها دولة عضواً»: the capacity word, its pronoun, a noun


def _members_among(
    doc: Doc, token: Token, states: list[Mention], bodies: list[Mention]
) -> tuple[Entity, list[Entity]] | None:
    """«… مجلس البحر الأحمر، رغم أن الدول الثماني الأعضاء فيه، ومنها A و B، …»: the states a
    list «ومنها», «من بينها» or «وهي» names right after «الأعضاء فيه» are members of the body
    the article named last before the word."""
    text, (start, end) = doc._.article.text, doc._.offsets[token.i]
    folded, offsets = normalize_with_offsets(text[end : end + _AMONG_REACH])
    opened = _IN_IT_AMONG.match(folded)
    named = [g for g in doc._.mentions if g.entity.type in BODIES and g.end <= start]
    if opened is None or not named:
        return None
    list_start = end + original_span(offsets, *opened.span())[1]
    listed = [m for m in states if m.start >= list_start]
    if not listed or text[list_start : listed[0].start].strip():
        return None
    return named[-1].entity, [m.entity for m in listed_from(listed, text, list_start)]


_AMONG_REACH = 24  # characters: « فيه، ومن بينها »
_IN_IT_AMONG = re.compile(
    r"\s*(?:فيه|فيها|فيهما)\s*[،,]?\s*(?:و?منها|و?من بينها|و?بينها|و?هي)(?![\w])"
)


def _of_the_states(doc: Doc, token: Token) -> bool:
    """Whether the member word describes «الدول» named just before it («الدول الخمس دائمة
    العضوية في», «والدول الأعضاء في»)."""
    before = doc._.folded[start_in_sentence(token, token.i - _STATES_REACH) : token.i]
    return any(without_conjunction(word) in STATES_WORDS for word in before)


_STATES_REACH = 3  # «الدول الخمس دائمة العضوية»: the words between «الدول» and the member word


def _apposed(text: str, group: Mention, states: list[Mention]) -> list[Entity]:
    """The states set off by a comma right after the body, named in apposition to «الدول»
    before it («الدول الخمس دائمة العضوية في مجلس الأمن، الولايات المتحدة وروسيا …»)."""
    following = [m for m in states if m.start >= group.end]
    if not following or text[group.end : following[0].start].strip() not in ("،", ","):
        return []
    return [m.entity for m in listed_from(following, text, following[0].start)]


def _other_states(gap: str) -> bool:
    """«قادة A و B، ونظراءهم في الدول الأعضاء في الاتحاد الأوروبي»: the member word is on the
    states a preposition (or «و») brings in, not on the states named before them."""
    words = gap.split()
    if words and words[-1] in OTHER_STATES_GLUED:
        return True
    return len(words) > 1 and words[-1] in STATES_WORDS and words[-2] in OTHER_STATES


def _past_relative(gap: str) -> str:
    """The words between a state and a member word, less a relative clause set off by commas
    right after the state («، التي شاركت في الاجتماعين،»)."""
    words = gap.replace("،", " ، ").replace(",", " ، ").split()
    if len(words) > 2 and words[0] == "،" and words[1] in RELATIVE_PRONOUNS and "،" in words[2:]:
        words = words[words.index("،", 2) + 1 :]
    return " ".join(words)


_SET_OFF = re.compile(r"\s*[،,]\s*(\S+)[^،,.]*[،,]")


def _past_relative_clause(text: str, end: int) -> int:
    """Where the text goes on after a relative clause set off by commas right at `end`
    («، الذي لم يعقد أي قمة منذ 1994،») or a participle's phrase («، المشكلة بقرار من مجلس
    الجامعة،»: a feminine participle of a derived verb, «الم…ة»), else `end`."""
    match = _SET_OFF.match(text, end)
    word = normalize(match.group(1)) if match is not None else ""
    participle = word.startswith("الم") and word.endswith("ه")
    return match.end() if word in RELATIVE_PRONOUNS or participle else end


def _subject_of_the_sentence_before(doc: Doc, token: Token) -> list[Mention]:
    """«جيبوتي عضو في الاتحاد الأفريقي. وهي عضو أيضاً في «إيغاد»»: a sentence that opens on
    «وهي» goes on about the state the sentence before it opened with."""
    first = token.sent.start
    opening = normalize(doc._.article.text[doc._.offsets[first][0] : doc._.offsets[token.i][0]])
    if first == 0 or "".join(opening.split()).removeprefix("و") not in SUBJECT_PRONOUNS:
        return []
    before = doc[first - 1].sent
    start, end = doc._.offsets[before.start][0], doc._.offsets[first][0]
    states = [m for m in doc._.mentions if m.entity.type == "State" and start <= m.start < end]
    return sorted(states, key=lambda m: m.start)[:1]


def _pronoun_before(text: str, start: int) -> bool:
    """Whether «هي» or «هو» (with «و» or not) stands right before the member word."""
    previous = normalize(text[max(0, start - _PRONOUN_CHARS) : start]).split()[-1:]
    return bool(previous) and previous[0].removeprefix("و") in SUBJECT_PRONOUNS


_PRONOUN_CHARS = 6  # «وهي »


def _particle_pronoun_before(text: str, start: int) -> bool:
    """Whether a particle with a pronoun («أنها», «كونها») stands right before the member
    word."""
    previous = normalize(text[max(0, start - _PARTICLE_CHARS) : start]).split()[-1:]
    return bool(previous) and previous[0] in PARTICLE_PRONOUNS


_PARTICLE_CHARS = 8  # «لكونها »


_QUOTES = str.maketrans(dict.fromkeys('«»“”"()', " "))
_SINCE_YEAR = re.compile(r"^\s*(?:منذ|عام)\s+\d{4}")


def _bodies_joined_to(
    text: str, group: Entity | None, start: int, bodies: list[Mention]
) -> list[Entity]:
    """The bodies joined by «و» to the first body after the member word («الأعضاء في الاتحاد
    الأوروبي وحلف شمال الأطلسي»)."""
    after = [g for g in bodies if g.start > start]
    if group is None or not after or after[0].entity != group:
        return []
    joined, last = [], after[0]
    for body in after[1:]:
        # «عضو في جامعة الدول العربية منذ 1973 وفي اتحاد المغرب العربي», «عضوين في الهيئة
        # الحكومية للتنمية «إيقاد» والاتحاد الأفريقي» (the body's short name after it)
        gap = _SINCE_YEAR.sub("", normalize(text[last.end : body.start]).translate(_QUOTES))
        if not gap.split() and body.entity == last.entity:
            last = body
            continue
        if gap.split() not in (["و"], ["،"], [","], ["وفي"], ["و", "في"]):
            break
        joined.append(body.entity)
        last = body
    return [body for body in dict.fromkeys(joined) if body != group]


def _outside_closed_relatives(doc: Doc, verb: Token, bodies: list[Mention]) -> list[Mention]:
    """«والرباعية، التي انبثقت عن قمة إيغاد في جيبوتي، تضم A و B»: a body named in a relative
    clause a comma closes before the verb is not its subject (the clause's antecedent is)."""
    text = doc._.article.text
    verb_start = doc._.offsets[verb.i][0]
    for index in range(verb.sent.start, verb.i):
        if doc._.folded[index] not in RELATIVE_PRONOUNS:
            continue
        opening = doc._.offsets[index][0]
        closing = text.rfind("،", opening, verb_start)
        inside = [b for b in bodies if opening < b.start < closing]
        if inside and len(inside) < len(bodies):
            return [b for b in bodies if b not in inside]
    return bodies


def _relative_owner(doc: Doc, token: Token, bodies: list[Mention]) -> Mention | None:
    """The body a member word's pronoun stands for, when the word is in a relative clause on
    the body («حلف شمال الأطلسي، الذي تعد تركيا وألمانيا من أعضائه»)."""
    word = normalize(token.text)
    following = None if ends_a_sentence(token) else doc[token.i + 1]
    if not (word.endswith(_MEMBERS_OF_IT) or (following is not None and following.pos_ == "PRON")):
        return None
    text = doc._.article.text
    for index in range(token.i - 1, start_in_sentence(token, token.i - _RELATIVE_REACH) - 1, -1):
        if normalize(doc[index].text) in RELATIVE_PRONOUNS:
            start = doc._.offsets[index][0]
            return next(
                (b for b in bodies if b.end <= start and not text[b.end : start].strip(" ،,")), None
            )
    return None


# «أعضائه», «أعضاؤها»: the plural with a pronoun, folded; «عضوية» (membership) is not one
_MEMBERS_OF_IT = ("ايه", "ايها", "اوه", "اوها", "اءه", "اءها")
_RELATIVE_REACH = 6  # words: «الذي تعد تركيا وألمانيا من أعضائه»


def _listed_after(text: str, group: Mention, states: list[Mention]) -> list[Entity] | None:
    """The states listed after a body's name behind «وهي»/«:» («الدول الأعضاء في Y وهي A و B»,
    «دول المجلس الست، وهي A و B»), or None when no list opens there."""
    opener = _list_opener(text, group.end)
    if opener is None:
        return None
    listed = [m for m in states if m.start > opener]
    if listed:
        # «ومنها A و B، فيما شارك مندوب C»: the list ends where another word goes on, and
        # where a preposition opens another phrase («مثل A و B، وإلى C التي لا …»)
        listed = listed_from(listed, text, listed[0].start)
        cut = next(
            (
                i
                for i in range(1, len(listed))
                if _preposition_between(text, *listed[i - 1 : i + 1])
            ),
            len(listed),
        )
        listed = listed[:cut]
    if not listed or len(normalize(text[opener : listed[0].start]).split()) > _OPENER_GAP:
        # «عضواً في الحلف والاتحاد، وهي ثاني أكبر مورد للأسلحة إلى إسرائيل»: «هي» is the
        # state again, saying something else; no list opens
        return None
    # «وهي السعودية والأردن …، إلى جانب إسبانيا وإيرلندا»: the others are not members of Y
    end = next(
        (m.start for m in listed if BEYOND.search(normalize(text[group.end : m.start]))), None
    )
    return [m.entity for m in listed if end is None or m.start < end]


_OPENER_GAP = 3  # «وهي كل من A»: the opener and the words before the first state listed


def _preposition_between(text: str, first: Mention, second: Mention) -> bool:
    """Whether a preposition stands between two names of a list («بولندا ورومانيا، وإلى
    أوكرانيا»): the second is in another phrase."""
    words = normalize(text[first.end : second.start]).replace("،", " ").split()
    return any(without_conjunction(word) in _PREPOSITIONS for word in words)


_PREPOSITIONS = {"الي", "في", "علي", "مع", "من", "عن"}


def _states_of(doc: Doc, sentence: Sentence) -> list[Event]:
    """«دول المجلس الست، وهي A و B …», «ثماني دول في تحالف Y، هي A و B»: the states of a
    body, listed after its name."""
    text = doc._.article.text
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    events = []
    for body in (m for m in sentence.mentions if m.entity.type in BODIES):
        before = normalize(text[max(sentence.start, body.start - 12) : body.start]).split()
        if before[-1:] == ["في"]:  # «ثماني دول في تحالف أوبك بلس، هي A و B»
            before.pop()
        if not before or before[-1].lstrip("و") not in STATES_WORDS:
            continue
        members = _listed_after(text, body, states)
        if members:
            token = next(t for t in sentence.span if doc._.offsets[t.i][1] > body.start)
            event = _membership(doc, sentence, token, body.start, body.entity, members, "states-of")
            events.append(event)
    return events


def _chairs(doc: Doc, sentence: Sentence) -> list[Event]:
    """«مجموعة مينسك التي تشترك في رئاستها فرنسا وروسيا والولايات المتحدة», «الجامعة التي
    تترأس البحرين دورتها»: the states that chair a body, in a relative clause on it, are its
    members."""
    text = doc._.article.text
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    events = []
    for body in (m for m in sentence.mentions if m.entity.type in BODIES):
        chaired = _CHAIRED_BY.match(normalize(text[body.end : body.end + _CHAIR_REACH]))
        if chaired is None:
            continue
        after = [m for m in states if m.start >= body.end]
        words = after and normalize(text[body.end : after[0].start]).split()
        if not words or len(words) > _CHAIR_WORDS:
            continue
        chairs = [m.entity for m in listed_from(after, text, after[0].start)]
        token = next(t for t in sentence.span if doc._.offsets[t.i][1] > body.end)
        events.append(_membership(doc, sentence, token, body.end, body.entity, chairs, "chairs"))
    return events


def _chair_taken(doc: Doc, sentence: Sentence) -> list[Event]:
    """«وقد تسلمت رئاسة الاتحاد الأفريقي من جنوب أفريقيا», «تتولى موريتانيا رئاسة الاتحاد»:
    the state that takes a body's chair (the one named last before the verb in the sentence)
    and the one it takes it from are its members."""
    text = doc._.article.text
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    events = []
    for body in (m for m in sentence.mentions if m.entity.type in BODIES):
        window = max(sentence.start, body.start - _CHAIR_REACH)
        folded, offsets = normalize_with_offsets(text[window : body.start])
        taken = _CHAIR_TAKEN.search(folded)
        if taken is None:
            continue
        verb_start = window + original_span(offsets, *taken.span())[0]
        # the subject of the sentence's clauses, not past a heading's colon
        before = [
            m.entity for m in states if m.end <= verb_start and ":" not in text[m.end : verb_start]
        ]
        from_state = _FROM_STATE.match(text, body.end)
        given_by = [m.entity for m in states if from_state and m.start == from_state.end()]
        takers = [m.entity for m in states if verb_start <= m.start < body.start] or before[-1:]
        members = list(dict.fromkeys(takers + given_by))
        if members:
            token = next(t for t in sentence.span if doc._.offsets[t.i][1] >= body.end)
            rule = "chair-taken"
            events.append(_membership(doc, sentence, token, body.end, body.entity, members, rule))
    return events


# «تسلمت رئاسة», «تتولى موريتانيا الرئاسة الدورية لـ», right before the body (folded)
_CHAIR_TAKEN = re.compile(
    r"(?<!\w)[وف]?(?:تسلمت|تسلم|استلمت|تولت|تتولي|يتولي)(?:\s+\S+){0,2}\s+"
    r"(?:ال)?رياسه(?:\s+الدوريه)?\s*(?:ل)?\s*$"
)
_FROM_STATE = re.compile(r"\s+من\s+")  # «… رئاسة الاتحاد من جنوب أفريقيا»: who handed it over


# «التي تترأسها», «التي تشترك في رئاستها منذ 1997», «الذي يرأس دورته الحالية» (folded)
_CHAIRED_BY = re.compile(
    r"\s*[،,]?\s*(?:التي|الذي)\s+(?:(?:تشترك|يشترك|اشتركت|تتولي|يتولي|تولت)\s+(?:في\s+)?)?"
    r"(?:تتراس|يتراس|تراست|تراس|ترووس|رياس|يراس)"
)
_CHAIR_REACH = 60  # characters after the body's name
_CHAIR_WORDS = 8  # words between the body and the first state: the clause's verb and a date


def _founders(doc: Doc, sentence: Sentence) -> list[Event]:
    """«تأسست الجامعة …، ووقعت ميثاقها سبع دول هي: A، وB», «وأسستها تسع دول بينها A و B»: the
    states that founded the body named last before the verb, or signed its charter."""
    text = doc._.article.text
    folded, offsets = normalize_with_offsets(text[sentence.start : sentence.end])
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    events = []
    for match in FOUNDED.finditer(folded):
        end = sentence.start + original_span(offsets, *match.span())[1]
        founded = _body_and_founders(text, end, sentence.mentions)
        if founded is not None:
            token = next(t for t in sentence.span if doc._.offsets[t.i][1] >= end)
            events.append(_membership(doc, sentence, token, end, *founded, "founders"))
    for match in FOUNDED_IT.finditer(folded):
        start, end = (sentence.start + at for at in original_span(offsets, *match.span()))
        bodies = [m for m in sentence.mentions if m.entity.type in BODIES and m.end <= start]
        after = [m for m in states if m.start >= end]
        if (
            not bodies
            or not after
            or len(normalize(text[end : after[0].start]).split()) > FOUNDERS_GAP
        ):
            continue
        founders = [m.entity for m in listed_from(after, text, after[0].start)]
        token = next(t for t in sentence.span if doc._.offsets[t.i][1] > start)
        events.append(
            _membership(doc, sentence, token, start, bodies[-1].entity, founders, "founders")
        )
    bodies = [m for m in sentence.mentions if m.entity.type in BODIES]
    return events + _after_each_body(
        doc, sentence, bodies, lambda body: _founding_states(text, body, states), "founders"
    )


def _founding_states(text: str, body: Mention, states: list[Mention]) -> list[Entity]:
    """«الدول السبع المؤسسة للمنتدى، وهي A و B …», «الأعضاء المؤسسون في المنظمة: A، B»: the
    states listed right after a body its founders' word names (a count, «دول» or a list opener
    between)."""
    if not FOUNDING_WORD.search(normalize(text[max(0, body.start - _FOUNDING_REACH) : body.start])):
        return []
    after = [m for m in states if m.start >= body.end]
    if not after:
        return []
    words = normalize(text[body.end : after[0].start]).replace(":", " : ").split()
    opening = COUNT_WORDS | STATES_WORDS | LIST_OPENERS | {"،", ","}
    if len(words) > _OPENER_GAP or any(w not in opening for w in words):
        return []
    listed = [m.entity for m in listed_from(after, text, after[0].start)]
    return listed if len(listed) > 1 else []


_FOUNDING_REACH = 20  # characters before the body: «المؤسسة ل», «المؤسسين في»


def _body_and_founders(
    text: str, end: int, mentions: list[Mention]
) -> tuple[Entity, list[Entity]] | None:
    """The body a founding verb ending at `end` takes and the states that founded it, named
    after the verb in either order: the body, then its founders past a date («أسّس منظمة
    البلدان المصدرة للنفط عام 1960 العراق وإيران …»), or the founders, then the body («أسست
    مصر والعراق وسوريا … الجامعة»)."""
    after = [m for m in mentions if m.start >= end and m.entity.type in BODIES | {"State"}]
    if not after or text[end : after[0].start].strip():
        return None
    first = after[0]
    if first.entity.type in BODIES:
        states = [m for m in after if m.entity.type == "State" and m.start >= first.end]
        if not states or not _close(text[first.end : states[0].start]):
            return None
        return first.entity, [m.entity for m in listed_from(states, text, states[0].start)]
    founders = listed_from([m for m in after if m.entity.type == "State"], text, first.start)
    bodies = [m for m in after if m.entity.type in BODIES and m.start >= founders[-1].end]
    if not bodies or not _close(text[founders[-1].end : bodies[0].start]):
        return None
    return bodies[0].entity, [m.entity for m in founders]


def _close(gap: str) -> bool:
    """Whether a few words at most, no clause mark, stand between the body and its founders
    («عام 1960»)."""
    return len(gap.split()) <= FOUNDERS_GAP and not any(mark in gap for mark in CLAUSE_MARKS)


def _member_word_names(gap: str, belonging: bool) -> bool:
    """Whether the body after a member word is the one it names: «عضو (غير دائم) في Y», «عضو
    Y», «الأعضاء بY», and «الانتماء إلى Y» (`belonging`); not «أعضاء الغرف التجارية واتحاد …» or
    «أعضاء مجلس إدارة اتحاد …», whose members are the people of another body."""
    words = gap.translate(_QUOTES).split()  # «عضو أيضاً في «إيغاد»»
    if len(gap.strip()) <= 1:  # nothing, or a glued «ب»/«ل»
        return True
    if belonging:
        return words == [_TO]
    return words[-1] in MEMBER_LINKS and len(words) <= MEMBER_GAP


_TO = "الي"  # «إلى», folded
_BELONGING = "انتماء"  # the member noun that takes «إلى»


def _belonging(token: Token) -> bool:
    return without_conjunction(normalize(token.text)).removeprefix("ال").startswith(_BELONGING)


def _its_members(
    doc: Doc, token: Token, states: list[Mention], bodies: list[Mention]
) -> tuple[Entity | None, list[Entity]]:
    """«… في أعمال الجمعية البرلمانية الآسيوية بصفة مراقب، بينما تتمتع البحرين والعراق
    بعضويتها الكاملة»: a member word with a pronoun is of the body the sentence named last
    before it, and the states listed between that body and the word are its members; or those
    listed right after it (`_listed_as_its_members`)."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        following is not None
        and following.i + 1 < len(doc)
        and doc._.folded[following.i + 1] in MEMBER_LINKS
    ):
        following = doc[following.i + 1]  # «عضوين كاملين فيها», «عضواً مؤسساً فيه»
    if following is not None and doc._.folded[following.i] in MEMBER_LINKS:
        # «مصر والأردن عضوان فيه»: the pronoun after the link
        following = doc[following.i + 1] if following.i + 1 < len(doc) else None
    glued = token.text.endswith(("ها", "ه"))  # not «عضوية», which folds to «ه» too
    listed = _listed_as_its_members(doc, token, states)
    if not listed and not glued and (following is None or following.pos_ != "PRON"):
        return None, []
    if (token.i > 0 and doc._.folded[token.i - 1] in _OUTSIDE) or negated(token):
        return None, []  # «تقع المملكة المتحدة خارج عضويته»: no member
    start, text = doc._.offsets[token.i][0], doc._.article.text
    before = [g for g in bodies if g.end <= start]  # the sentence's, its label's included
    if listed and not before:
        # «… في مجلس التعاون! … ليست أعضاء فيه؛ أعضاؤه ست دول: …»: the body named last on
        # the line
        before = _bodies_on_the_line(doc, start)
    if not before:
        return None, []
    group = before[-1]
    if listed:
        # «وزراء دفاع دول مجلس التعاون … لمجلس الدفاع المشترك … الدول الست الأعضاء: …»: the
        # body whose states the sentence named («دول X»), else the one named last
        group = ([g for g in before if _word_before(text, g) in STATES_WORDS] or [group])[-1]
        return group.entity, listed
    named = _listed_up_to(text, [m for m in states if group.end <= m.start and m.end <= start])
    if named and _word_before(text, named[0]) in NOT_A_MEMBER:
        return None, []  # «وليس الصين عضوا فيها»: the negation before the state
    return group.entity, [m.entity for m in named]


_OUTSIDE = {"خارج"}  # folded


def _word_before(text: str, mention: Mention) -> str:
    """The word right before a name, folded, without «و/ف» («وليس الصين», «دول مجلس
    التعاون»)."""
    before = last_words(text, mention.start, 1)
    return without_conjunction(normalize(before[0])) if before else ""


def _listed_as_its_members(doc: Doc, token: Token, states: list[Mention]) -> list[Entity]:
    """«وأعضاؤه مصر والأردن …», «أعضاؤه ست دول: A و B», «الدول الست الأعضاء: A و B»: the
    states listed right after «its members» (past a count, «دول» and a list opener), or after
    «the member states» and an opener, which are the body's; none after «من» («تعد تركيا من
    أعضائه»: the states are before it)."""
    word, end = normalize(token.text).removeprefix("و"), doc._.offsets[token.i][1]
    pronoun = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if pronoun is not None and pronoun.pos_ == "PRON" and doc._.offsets[pronoun.i][0] == end:
        word, end = word + doc._.folded[pronoun.i], doc._.offsets[pronoun.i][1]  # «أعضاؤ | ها»
    before = doc._.folded[token.i - 1] if token.i > 0 else ""
    its = word.endswith(_MEMBERS_OF_IT) and without_conjunction(before) != "من"
    # «وتشارك فيها الدول الست الأعضاء: A و B»: the states a body's states are, listed
    the_states = word == _THE_MEMBERS and _of_the_states(doc, token)
    text = doc._.article.text
    after = [m for m in states if m.start >= end]
    if not (its or the_states) or not after:
        return []
    words = normalize(text[end : after[0].start]).replace(":", " : ").split()
    opening = COUNT_WORDS | STATES_WORDS | LIST_OPENERS
    if len(words) > _OPENER_GAP or any(w not in opening and not w.isdigit() for w in words):
        return []
    if the_states and not set(words) & LIST_OPENERS:
        return []  # «الدول الأعضاء مصر …»: no opener, no list of the body's
    return [m.entity for m in listed_from(after, text, after[0].start)]


_THE_MEMBERS = "الاعضاء"  # folded


def _relative_before(token: Token) -> Token | None:
    """The relative pronoun that opens the verb's clause: right before it, or before the verb
    of the relative clause «و» joins it to («التي شكلتها الهيئة الحكومية للتنمية وتضم …»),
    with no comma between."""
    if starts_a_sentence(token):
        return None
    if normalize(token.nbor(-1).text) in RELATIVE_PRONOUNS:
        return token.nbor(-1)
    doc = token.doc
    joined = normalize(token.text).startswith("و") or normalize(token.nbor(-1).text) == "و"
    for before in reversed(doc[max(token.sent.start, token.i - _RELATIVE_REACH) : token.i]):
        if not joined or before.text in "،,.؛":
            return None
        if normalize(before.text) in RELATIVE_PRONOUNS:
            following = doc[before.i + 1]
            return before if following.pos_ == "VERB" else None
    return None


_RELATIVE_REACH = 12  # «التي شكلتها الهيئة الحكومية للتنمية «إيغاد» وتضم»


def _of_a_body(doc: Doc, token: Token, bodies: list[Mention]) -> bool:
    """«اللجنة الوزارية المكلفة من القمة المشتركة، التي تضم …»: a relative clause whose verb
    may describe a body named before it, even where the parse hung it on a meeting noun."""
    relative = _relative_before(token)
    start = doc._.offsets[token.i][0]
    return relative is not None and any(
        _antecedent_of(doc, body, relative) for body in bodies if body.end <= start
    )


def _antecedent_of(doc: Doc, body: Mention, relative: Token) -> bool:
    """Whether `body` ends right before the relative pronoun that opens the verb's clause, or
    an adjective's phrase between («اللجنة الخماسية المعنية بلبنان، التي تضم …»), or what
    it is for («صيغة موسكو» للتشاور بشأن أفغانستان، التي تضم …»)."""
    if body.end > doc._.offsets[relative.i][0]:
        return False  # «الهيئة» inside the relative clause is its verb's subject
    gap = normalize(doc._.article.text[body.end : doc._.offsets[relative.i][0]]).strip(' ،,»"')
    words = gap.split()
    # a participle's phrase may be longer («المكلفة من القمة المشتركة»)
    reach = _PARTICIPLE_PHRASE if words and words[0].startswith("الم") else _DESCRIBED
    return not words or (
        len(words) <= reach and words[0].startswith(("ال", "لل")) and "،" not in gap
    )


_DESCRIBED = 3  # «المعنية بالملف اللبناني»: the words of an adjective's phrase
_PARTICIPLE_PHRASE = 5  # «المنبثقة عن القمة العربية الإسلامية المشتركة»


def _alongside(text: str, end: int, states: list[Mention]) -> list[Mention]:
    """The states listed right after `end` behind «إلى جانب» (or «بالإضافة إلى» …)."""
    after = [m for m in states if m.start > end]
    if not after:
        return []
    gap = normalize(text[end : after[0].start]).strip(" ،,()")
    if not BEYOND.fullmatch(gap.split(")")[-1].strip(" ،,")):
        return []
    listed = [after[0]]
    for mention in after[1:]:
        between = normalize(text[listed[-1].end : mention.start]).strip()
        if between not in ("و", "،", ","):
            break
        listed.append(mention)
    return listed


def _list_opener(text: str, end: int) -> int | None:
    """Where «وهي»/«هي»/«:» opens the list of a body's members right after its name, or after
    the rest of its description up to a comma («اللجنة الوزارية … المكلفة من القمة المشتركة،
    وهي السعودية …»)."""
    clause = re.split(r"[.؛;]", text[end : end + 80])[0]
    parts = clause.split("،")
    for index, part in enumerate(parts[:2]):
        words = normalize(part).replace(":", " : ").split()
        words = list(itertools.dropwhile(lambda w: w in COUNT_WORDS or w.isdigit(), words))
        if words and words[0] in LIST_OPENERS:
            return end + len("،".join(parts[:index])) + 1
    return None


def _listed_up_to(text: str, mentions: list[Mention]) -> list[Mention]:
    """The last of `mentions` and those listed with it by «و» or commas («المغرب وموريتانيا
    عضوان», «مصر والأردن وتونس من الدول الأعضاء»), or on its span («البلدان الثلاثة»)."""
    listed = mentions[-1:]
    for mention in reversed(mentions[:-1]):
        if (mention.start, mention.end) == (listed[0].start, listed[0].end):
            listed.insert(0, mention)  # several states on one span («البلدان الثلاثة»)
            continue
        gap = normalize(text[mention.end : listed[0].start])
        joined = gap.strip(" ،,") == "و"
        # «مصر، الأردن وتونس»: a comma lists only before a «و»; «فرنسا مصر، العضو» is no list
        if not (joined or (len(listed) > 1 and gap.strip() in ("،", ","))):
            break
        listed.insert(0, mention)
    return listed


def _completed(noun: Token) -> bool:
    """«بعد انضمام فنلندا»: a joining noun tells a membership only once done; «وافقت على
    انضمام السويد», «طلب الانضمام», «دعم انضمام» are a joining still to come."""
    before = noun.doc[start_in_sentence(noun, noun.i - 2) : noun.i]
    after = any(normalize(t.text).lstrip("و") in AFTER_JOINING for t in before)
    return after or _first_or_last(noun)


def _dated_done(doc: Doc, sentence: Sentence, noun: Token) -> bool:
    """«ترصد الدراسة انضمام بوليفيا إلى «ميركوسور» … في 8 يوليو 2024»: a joining noun whose
    own phrase (up to a clause mark) dates it before the article was published is done; not
    one sought, denied or refused («رفض الأردن الانضمام إليه …»)."""
    published = doc._.article.published
    before = [
        without_conjunction(t) for t in doc._.folded[max(sentence.span.start, noun.i - 3) : noun.i]
    ]
    if (
        published is None
        or _aspired(noun)
        or _denied(noun)
        or any(w.startswith(NOT_JOINING) for w in before)
    ):
        return False
    text = doc._.article.text
    start = doc._.offsets[noun.i][1]
    mark = re.search(f"[{CLAUSE_MARKS}]", text[start : sentence.end])
    end = start + mark.start() if mark else sentence.end
    return any(
        start <= d.start < end
        and not d.relative
        and d.value < published.isoformat()[: len(d.value)]
        for d in sentence.dates
    )


def _named_first_or_last(doc: Doc, noun: Token, members: list[Mention]) -> list[Entity]:
    """«وكانت جزر القمر آخر الدول انضماماً إليها»: the state named right before «آخر»."""
    if not _first_or_last(noun):
        return []
    ordinal_start = doc._.offsets[noun.i - 2][0]
    before = [m for m in members if m.end <= ordinal_start]
    text = doc._.article.text
    return (
        [before[-1].entity] if before and not text[before[-1].end : ordinal_start].strip() else []
    )


def _first_or_last(noun: Token) -> bool:
    """«وكانت جزر القمر آخر الدول انضماماً إليها»: whether the two words before a joining noun
    make its state the first or last to join (done)."""
    words = noun.doc._.folded[max(noun.sent.start, noun.i - 2) : noun.i]
    return len(words) == 2 and words[0] in FIRST_OR_LAST and words[1] in STATES_OR_STATE


def _admitting(doc: Doc, noun: Token, bodies: list[Mention]) -> Mention | None:
    """«قبلت منظمة شنغهاي انضمام إيران»: the body that accepted a joining, the subject of
    «قبل/وافق» over the noun (a state that approves another's joining admits no one: «وافقت
    المجر على انضمام السويد»)."""
    verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun.head.head
    word = normalize(verb.text)
    if verb.pos_ not in ("VERB", "AUX") or verb.morph.get("Aspect") != ["Perf"]:
        return None  # done, not to come («يوافق … إذا»)
    if not (word.startswith(ADMITTING) or without_conjunction(word).startswith(ADMITTING)):
        return None
    subjects = [doc._.offsets[c.i][0] for c in verb.children if c.dep_.startswith("nsubj")]
    return next((b for b in bodies if any(b.start <= s < b.end for s in subjects)), None)


def _joiner_named(doc: Doc, noun: Token, states: list[Mention]) -> list[Entity]:
    """The state named right after the joining noun («انضمام إيران»)."""
    end = doc._.offsets[noun.i][1]
    text = doc._.article.text
    return [m.entity for m in states if m.start > end and not text[end : m.start].strip()][:1]


def _bodies_it_belongs_to(doc: Doc, verb: Token, bodies: list[Mention]) -> list[Mention]:
    """«المجموعات التي تنتمي إليها الجزائر، وعلى رأسها جامعة الدول العربية والاتحاد
    الإفريقي»: the bodies a list opened by «وعلى رأسها» (or «في مقدمتها», «ومنها») names after a
    joining verb with «إليها», which stands for them."""
    text = doc._.article.text
    start = doc._.offsets[verb.i][1]
    following = normalize(text[start : start + _TO_IT_REACH]).split()
    if not following or following[0] not in _TO_IT:
        return []
    end = doc._.offsets[verb.sent.end - 1][1]
    folded, offsets = normalize_with_offsets(text[start:end])
    opener = FOREMOST.search(folded)
    if opener is None:
        return []
    list_start = start + original_span(offsets, *opener.span())[1]
    after = [b for b in bodies if b.start >= list_start]
    if not after or text[list_start : after[0].start].strip(" ،,"):
        return []
    return listed_from(after, text, list_start)


_TO_IT = {"اليها", "اليه", "اليهما"}  # «إليها»: to it, to them (folded)


def _body_named_before(doc: Doc, verb: Token) -> Mention | None:
    """The body «إليه» or «إليها» right after a joining verb stands for: the one the article
    named last before the verb («وانضمت إليه سلطنة عمان»)."""
    text = doc._.article.text
    start = doc._.offsets[verb.i]
    following = normalize(text[start[1] : start[1] + _TO_IT_REACH]).split()
    if not following or following[0] not in _TO_IT - {"اليهما"}:
        return None
    named = [m for m in doc._.mentions if m.entity.type in BODIES and m.end <= start[0]]
    body = max(named, key=lambda m: m.end, default=None)
    if body is None or _meeting_noun_between(doc, body.end, start[0]):
        return None  # «عقدت اللجنة اجتماعها …، وانضم إليه وزراء»: «ه» is the meeting
    return body


def _meeting_noun_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a meeting noun stands between `start` and `end` («اجتماعها»)."""
    lexicon = triggers()
    return any(
        (trigger := lexicon.of(token)) is not None
        and trigger.family == "meeting"
        and trigger.pos == "noun"
        for token in tokens_between(doc, start, end)
    )


def _who_joined_it(doc: Doc, verb: Token, sentence: Sentence, body: Mention) -> list[Entity]:
    """Who joined the body «إليه» stands for: the name a relative pronoun right before the
    verb refers to («جنوب أفريقيا التي انضمت إليها»), else the names right after «إليه»
    («وانضمت إليه سلطنة عمان», «الاتحاد من أجل المتوسط الذي تنتمي إليه إيطاليا ومالطا»: the
    antecedent is the body); none when the joiners are no names («ينضم إليه الأعضاء الجدد»)."""
    members = [
        m for m in sentence.mentions if m.entity.type in _MEMBER_ROLES and m.entity != body.entity
    ]
    text = doc._.article.text
    verb_end = doc._.offsets[verb.i][1]
    if verb.i > 0 and doc._.folded[verb.i - 1] in RELATIVE_PRONOUNS:
        relative = doc._.offsets[verb.i - 1][0]
        before = [
            m for m in members if m.end <= relative and not text[m.end : relative].strip(" ،,")
        ]
        if before:
            return [m.entity for m in before[-1:]]
    if first_or_last := _named_first_or_last(doc, verb, members):
        return first_or_last
    # not past its clause («… تنتمي إليه إسبانيا وأيرلندا، وأن إسبانيا والنرويج عضوان …»)
    end = clause_characters(verb)[1]
    after = [m for m in members if m.start > verb_end and m.end <= end]
    if not after or len(normalize(text[verb_end : after[0].start]).split()) > 1:
        return []
    return [m.entity for m in listed_from(after, text, after[0].start)]


_TO_IT_REACH = 8


def _joined_body(
    doc: Doc, token: Token, sentence: Sentence, bodies: list[Mention]
) -> tuple[Entity | None, list[Entity]]:
    """«انضمت X إلى منظمة Y»: the subject joins the body the verb goes to."""
    start = doc._.offsets[token.i][1]
    target = next((g for g in bodies if g.start >= start), None)
    if target is None:
        return None, []
    text = doc._.article.text
    # «تنتمي ليبيا وتركيا معا إلى …»: the joiners' names between, and the «و» that list
    # them, are no distance; nor is a date («وانضمت X رسمياً مطلع الشهر الجاري إلى …»)
    told = [*sentence.mentions, *sentence.dates]
    gap = normalize(without_mentions(text, start, target.start, told)).split()
    gap = [word for word in gap if word != "و"]
    glued = text[target.start - 1 : target.start] == "ل"  # «انضم لمنطقة التجارة»
    if not (glued or (gap and gap[-1] == "الي")) or len(gap) > 3:
        return None, []
    return target.entity, _joiners(doc, token, sentence, target)


def _joiners(doc: Doc, token: Token, sentence: Sentence, target: Mention) -> list[Entity]:
    """Who joins `target` with a joining verb: its subject, else what the parse read for one."""
    start = doc._.offsets[token.i][1]
    candidates = [m for m in sentence.mentions if m.entity.type in _MEMBER_ROLES]
    found = roles(doc, token, candidates, frozenset())
    # «انضم» takes no object: one the parse found is the subject, before the body («وانضمت
    # إندونيسيا رسميا إلى …», the adverb misparsed) or after it («انضمت إلى الحلف في العام
    # نفسه بريطانيا ثم باكستان», also when the parse hung it loosely), with the names listed
    # beside it
    after_body = found.objects[:1] or [m for m in found.loose if m.start >= target.end][:1]
    joiners = listed_with(doc, found.subjects or found.owners or after_body, candidates)
    # «وتعد فنلندا والسويد أحدث الدول التي انضمت إلى الحلف»: the last name before the verb,
    # with those listed beside it
    joiners = joiners or listed_with(
        doc, [m for m in found.loose if m.end <= start][-1:], candidates
    )
    named = [m.entity for m in joiners] or _named_first_or_last(doc, token, candidates)
    if not named and (pronoun_child(token) or glued_pronoun(token)):
        # «استضافت موريتانيا القمة بعد انضمامها إلى الجامعة»: «ها» is the subject of the verb
        # the noun depends on
        named = [m.entity for m in governing_subjects(doc, token, candidates)]
    if not named and token.pos_ in ("VERB", "AUX") and _goes_on(doc, token):
        # «ليبيا عضو في «أوبك» …، كما تنتمي إلى منظمة …»: a verb with no subject of its own
        # goes on about the state the sentence opened with
        states = [m for m in candidates if m.entity.type == "State" and m.end <= start]
        named = [m.entity for m in states[:1]]
    return [e for e in named if e.key != target.entity.key]


def _goes_on(doc: Doc, verb: Token) -> bool:
    """Whether a connective that carries the subject on opens the verb's clause («كما»)."""
    previous = doc._.folded[verb.i - 1] if verb.i > verb.sent.start else ""
    return without_conjunction(previous) in GOING_ON


def _left_later(doc: Doc, sentence: Sentence, listed: list[Mention]) -> set[Entity]:
    """The members of a list the sentence says left the body after it («… وقطر ومصر، قبل
    أن تُستبعد قطر منه»): the name right after a verb of leaving or exclusion."""
    if not listed:
        return set()
    text = doc._.article.text
    list_end = max(m.end for m in listed)
    folded, offsets = normalize_with_offsets(text[list_end : sentence.end])
    gone = set()
    for match in re.finditer(r"\S+", folded):
        if not without_conjunction(match[0]).startswith(LEAVING):
            continue
        after = list_end + offsets[match.end() - 1] + 1
        named = [m for m in sentence.mentions if m.start >= after]
        if named and not text[after : named[0].start].strip():
            gone.add(named[0].entity)
    return gone


def _far_from_the_verb(gap: str) -> bool:
    """Whether more than a count and a word for members («10 أعضاء هي», «في عضويته») stand
    between a composition verb and the first name after it, or a «مع» or «بين» of another
    phrase; a clause set off by commas before the list («وتضم المجموعة، التي أعلن عن تأسيسها
    …، كلاً من») is not counted."""
    words = normalize(re.split(r"[،,]", gap)[-1]).split()
    # «شملت 26 شخصاً بين روسيا ودول غربية»: who was exchanged between them («من بينها» lists)
    between = any(w == "بين" and words[i - 1 : i] != ["من"] for i, w in enumerate(words))
    return len(words) > _LIST_OPENING_WORDS or any(w in _WITH for w in words) or between


_LIST_OPENING_WORDS = 12  # «في عضويتها ثلاث عشرة دولة من بينها المملكة و»
_WITH = {"مع", "ومع"}


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
        if words and words[-1] in MEMBERS_OF:
            members.extend(known.get(group.entity.key, []))
    return members


def _refers_to_group(span: Span, trigger: Token) -> bool:
    """Whether «المجموعة» is the subject of a composition verb (تتألف المجموعة من ...)."""
    window = span.doc[max(span.start, trigger.i - 2) : min(span.end, trigger.i + 3)]
    return any(normalize(t.text) in GROUP_ANAPHORS for t in window)
