"""Meetings with no two sides: convened by a body («اجتماع مجلس الجامعة») or attended
(«بمشاركة/بحضور X», «شاركت X في اجتماع», «وحضر اللقاء X»), whose attendees join a meeting the
article just reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import clause_characters, clause_of
from kg.extract.co_chairs import chair_beside
from kg.extract.grammar import (
    Roles,
    governing_subjects,
    listed_as_absent,
    on_behalf_of,
    path_of,
    roles,
    tokens_between,
    verb_subjects,
)
from kg.extract.meeting_frames import INHERITED, Reading, chairing, in_a_persons_title
from kg.extract.meeting_lists import (
    and_then_title,
    apart,
    companion_marker,
    hosted,
    listed_from,
    stands_for,
    stands_with,
)
from kg.extract.modality import modality, negated
from kg.extract.not_meetings import at_the_level_of
from kg.extract.sentence import Sentence, entities
from kg.extract.triggers import Trigger, triggers
from kg.lang.ar.clauses import CONJUNCTIONS, CONNECTIVES
from kg.lang.ar.grammar import AMONG_THEM, COMPOSED_OF, COMPOSITION_ENDS, KANA, RELATIVES
from kg.lang.ar.meetings import (
    AT_THE_HEAD,
    ATTENDANCE_NOUNS,
    CALLED,
    CAPACITY,
    CHAIRED_BY,
    CHAIRING,
    COUNTED_PEOPLE,
    GATHERINGS,
    LIST_GLUE,
    LIST_OPENERS,
    ORGANS,
    PEOPLE_PLURALS,
    PRESENT,
    PRONOUNS,
    RECEIVING,
    SESSION_CHAIR,
    SPOUSES,
    SUMMIT,
    TO_IT,
    WITH_PRONOUNS,
)
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.words import ALONGSIDE, DUAL_COLLECTIVES, POSTINGS, TITLE_HEADS
from kg.lexicon import nouns, verbs
from kg.mention_spans import (
    end_in_sentence,
    ends_a_sentence,
    is_guess,
    start_in_sentence,
    starts_a_sentence,
)
from kg.normalize import normalize
from kg.person_names import last_words
from kg.schema import ACTORS, BODIES
from kg.types import Entity, Event, EventDate, Mention

_ATTENDANCE = nouns(**{word: (word,) for word in ATTENDANCE_NOUNS})
_ATTENDANCE_WORDS = {normalize(word) for word in ATTENDANCE_NOUNS}


# The rule's suffix on a conference its host opened with guests taking part («افتتح X أعمال
# المؤتمر بمشاركة A و B»), and on what joins it: who else attended it is one more guest.
HOSTED = "-hosted"


def with_attendees(
    doc: Doc, noun: Token, reading: Reading, when: EventDate | None = None
) -> Iterator[Event]:
    """«وحضر اللقاء وزير الخارجية»: who attended the meeting the article just reported joins
    its first side (the host's, or the subject's), unless he is of the guests' state («وزير
    الخارجية الغاني», «عن الجانب الغاني»); «اللقاءين» (dual) is the last two meetings,
    «اللقاءات» (plural) those the host of the last one held in a row. Who attended a
    conference its host opened (`HOSTED`) is one more guest. A meeting the text dates on
    another day than the attendance (`when`) is not the one attended («وكان X قد حضر في
    الثاني من أبريل مراسم تنصيب Y»)."""
    held = [e for e in held_meetings(doc) if not _on_another_day(e.date, when)]
    named = _taken_part_in(noun, doc)
    if named is not None:
        # «وشهد المؤتمر مشاركة X، … كما حضره Y»: one more of those who took part in it
        joined = named.sides[0] + tuple(e for e in reading.sides[0] if e not in named.sides[0])
        yield replace(named, sides=(joined,), rule=reading.rule, confidence=0.7)
        return
    convened = (trigger := triggers().of(noun)) is not None and trigger.convened
    conference = _hosted_conference(held, convened)
    if conference is not None:
        host, guests = conference.sides[:2]
        sides = hosted(doc, host, guests + reading.sides[0])
        rule = f"{reading.rule}{HOSTED}"
        yield replace(conference, sides=sides, rule=rule, confidence=0.7)
        return
    count = _meetings_named(normalize(noun.text), held)
    marked = {e.key for e in reading.sides[0] if e.type == "State"}  # «عن الجانب الغاني»
    attendees = tuple(e for e in reading.sides[0] if e.key not in marked)
    sided = _side_marks(doc, noun, attendees)
    states = represented_states(doc) | sided
    posted = _posted(doc)
    marks = stands_for(doc)
    for meeting in held[-count:] if len(held) >= count else []:
        # «برعاية الأمير X وبحضوره … وحضر المراسم ولي عهده Y»: Y is on his third party's side
        others = [
            tuple(side) + tuple(e for e in attendees if _of_side(marks, e, side))
            for side in meeting.sides[2:]
        ]
        joined = {e for side in others for e in side}
        rest = [e for e in attendees if e not in joined]
        third = () if marked else _third_party(doc, rest, meeting.sides, meeting.rule)
        placed = [e for e in rest if e not in third]
        host, guests = _placed(states, posted, meeting.sides[:2], tuple(placed), marked, sided)
        sides = (host, guests, *others) + ((third,) if third else ())
        yield replace(meeting, sides=sides, rule=reading.rule, confidence=0.7)


def _taken_part_in(verb: Token, doc: Doc) -> Event | None:
    """The conference those who took part in it tell (one side, no host), which the first
    meeting noun of the verb's sentence names, when the verb attends it by a pronoun and
    another meeting was told since: «وشهد المؤتمر مشاركة X، الذي التقاه Z، كما حضره W»: «ه»
    is the conference, not Z's meeting."""
    if verb.pos_ not in ("VERB", "AUX") or not with_object_pronoun(verb):
        return None
    lexicon = triggers()
    lemma = next(
        (lemma for t in doc[verb.sent.start : verb.i] if (lemma := lexicon.nouns.lookup(t.text))),
        None,
    )
    meetings = [e for e in doc._.events if e.kind == "Meeting" and e.modality is None]
    named = [e for e in meetings if lemma is not None and e.rule.startswith(f"meeting-{lemma}")]
    if not named or len(named[-1].sides) != 1 or meetings[-1] is named[-1]:
        return None
    return named[-1]


def party_guests(doc: Doc, noun: Token, reading: Reading) -> tuple[Token, Reading] | None:
    """«أقام القنصل العام X حفل استقبال بمناسبة العيد الوطني … وحضر الحفل Y»: who attended a
    party or banquet whose host the article named («أقام X حفل …», the same noun before, in
    this sentence or the two before) and no guest is one more guest of its host: the party's
    noun, where and when it was held, and the reading. None when no host is named or the
    attendees are the host."""
    lemma = triggers().nouns.lookup(noun.text)
    if lemma not in PARTIES:
        return None
    first = noun.sent.start
    for _ in range(_PARTY_SENTENCES):
        first = doc[first - 1].sent.start if first > 0 else first
    actors = [m for m in doc._.mentions if m.entity.type in ACTORS]
    for token in reversed(doc[first : noun.i]):
        if triggers().nouns.lookup(token.text) != lemma or not _given(token):
            continue
        hosts = [m for m in governing_subjects(doc, token, actors) if m.entity.type in _HOSTS]
        guests = tuple(e for e in reading.sides[0] if e not in entities(hosts))
        if hosts and guests:
            return token, Reading((entities(hosts), guests), (), f"{reading.rule}{HOSTED}", 0.7)
    return None


def _given(party: Token) -> bool:
    """«أقام X حفل استقبال», «نظمت X مأدبة»: a party its verb says someone gave (not «قاطع
    حفل التوقيع»: a ceremony boycotted)."""
    verb = without_conjunction(normalize(party.head.text))
    return party.dep_ == "obj" and verb.startswith(_GIVING)


PARTIES = {"حفل", "مادبه"}  # folded lemmas: a reception or party, a banquet
_GIVING = ("اقام", "يقيم", "تقيم", "نظم", "ينظم", "تنظم")  # folded: gave, gives a party
_PARTY_SENTENCES = 2
_HOSTS = {"Person", "Organization"}


def _on_another_day(one: EventDate | None, other: EventDate | None) -> bool:
    """Whether the text dates two events on days that cannot be the same."""
    if one is None or other is None or one.basis != "text" or other.basis != "text":
        return False
    shorter = min(len(one.value), len(other.value))
    return one.value[:shorter] != other.value[:shorter]


def foremost_guests(
    doc: Doc, sentence: Span, actors: list[Mention]
) -> tuple[Token, Reading] | None:
    """«استقبل X، اليوم، قادة ورؤساء الوفود المشاركة في القمة. وكان في مقدمة الحضور A، وB»:
    the people named at the head of those present are guests of whom the sentence before
    says received them (its reception verb's subject); the noun «الحضور» and the reading."""
    words = [w for w in doc._.folded[sentence.start : sentence.start + 6] if w != "و"]
    if words and without_conjunction(words[0]) in KANA:
        words = words[1:]
    if len(words) < 3 or words[0] != "في" or words[1] not in AT_THE_HEAD or words[2] not in PRESENT:
        return None
    noun = next(t for t in sentence if doc._.folded[t.i] == words[2])
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    start, stop = doc._.offsets[before.start][0], doc._.offsets[before.end - 1][1]
    earlier = [m for m in doc._.mentions if start <= m.start < stop]
    receptions = (t for t in before if triggers().verbs.lookup(t.text) in RECEIVING)
    hosts = next((found for verb in receptions if (found := verb_subjects(doc, verb, earlier))), [])
    end = doc._.offsets[noun.i][1]
    after = sorted((m for m in actors if m.start >= end), key=lambda m: m.start)
    listed = listed_from(after, doc._.article.text, end)
    guests = [m for m in listed if m.entity.type == "Person"]  # not a body in a guest's title
    if not hosts or not guests:
        return None
    sides = hosted(doc, entities(hosts), entities(guests))
    # a conference its host received: who «شارك في القمة» next is one more guest
    return noun, Reading(sides, (), f"meeting-استقبل-foremost{HOSTED}", 0.7)


def _meetings_named(word: str, held: list[Event]) -> int:
    """How many of the meetings told last a meeting noun names: two for a dual, for a plural
    all those in a row whose first side is the last one's host, else one."""
    if word.endswith("ين"):
        return 2
    if not word.endswith("ات") or not held:
        return 1
    host = set(held[-1].sides[0])
    count = 0
    for meeting in reversed(held):
        if not host & set(meeting.sides[0]):
            break
        count += 1
    return count


def _of_side(marks: dict[str, set[str]], person: Entity, side: tuple[Entity, ...]) -> bool:
    """Whether `person`, not on `side`, stands for what someone on it stands for."""
    return person not in side and stands_with(marks, person, side)


def with_delegation_members(doc: Doc, verb: Token, actors: list[Mention]) -> Iterator[Event]:
    """«وضم الوفد X والنائبين Y و Z»: the people a delegation the article just named is made of
    join its side of the meeting just reported, the side of what it stands for (the state of
    «والوفد المرافق له», the body of «وفد من حماس»)."""
    start = doc._.offsets[verb.i][0]
    # «والوفد المرافق لها، الذي ضم X و Y»: the delegation the relative clause is about
    antecedent = _delegation_before_a_relative(doc, verb)
    after = _the_delegation_after(doc, verb)
    if after is None and antecedent is None:
        return
    named = (m for m in reversed(doc._.mentions) if m.end <= start and _a_delegation(doc, m))
    # «فيما ضم الوفد الروسي X»: the state named with «الوفد» itself, else the one named before
    own = _states_delegation(doc, after)
    delegation = antecedent or own or next(named, None)
    held = held_meetings(doc)
    if not held:
        return
    meeting = held[-1]
    # «وضم الوفد الأمريكي X و Y، في حين ترأس الوفد الأوكراني Z»: the clause's people only
    end = doc._.offsets[clause_of(verb)[1] - 1][1]
    people = [m for m in actors if start < m.start < end and m.entity.type == "Person"]
    side = None
    if delegation is not None:
        side = next((i for i, s in enumerate(meeting.sides) if delegation.entity in s), None)
    if side is None and (delegation is None or delegation is own):
        # «فيما ضم الوفد التركي وزير الخارجية X»: the side of the state its people stand for
        marks = stands_for(doc)
        sides = {
            i for i, s in enumerate(meeting.sides) for m in people if _of_side(marks, m.entity, s)
        }
        side = sides.pop() if len(sides) == 1 else None
    if side is None or not people:
        return
    sides = list(meeting.sides)
    # «فيما ضم الوفد الروسي X و Y»: a state alone on its side is now told by its people
    alone = delegation is not None and _alone_on_its_side(sides[side], delegation.entity)
    sides[side] = tuple(dict.fromkeys((() if alone else sides[side]) + entities(people)))
    if len({e for s in sides for e in s}) == sum(len(s) for s in sides):  # no one on both
        if alone:
            doc._.events.remove(meeting)  # told again, with the people in the state's place
        yield replace(meeting, sides=tuple(sides), rule="meeting-delegation", confidence=0.7)


def _alone_on_its_side(side: tuple[Entity, ...], state: Entity) -> bool:
    return state.type == "State" and side == (state,)


def _states_delegation(doc: Doc, after: Token | None) -> Mention | None:
    """The state whose delegation «الوفد» right after the verb is («الوفد الروسي»): a state's
    mention opening at «الوفد» or on the word after it."""
    if after is None:
        return None
    offsets = doc._.offsets
    reach = offsets[min(after.i + 1, len(offsets) - 1)][1]
    return next(
        (
            m
            for m in doc._.mentions
            if offsets[after.i][0] <= m.start <= reach and m.entity.type == "State"
        ),
        None,
    )


def _delegation_before_a_relative(doc: Doc, verb: Token) -> Mention | None:
    """The delegation named right before the relative pronoun that opens the verb's clause
    («والوفد المرافق لها، الذي ضم …»), if any."""
    if verb.i < 1 or doc._.folded[verb.i - 1] not in RELATIVES:
        return None
    relative_start = doc._.offsets[verb.i - 1][0]
    text = doc._.article.text
    return next(
        (
            m
            for m in doc._.mentions
            if _a_delegation(doc, m) and not text[m.end : relative_start].strip(" ،,")
        ),
        None,
    )


def with_delegation_head(doc: Doc, verb: Token, actors: list[Mention]) -> Iterator[Event]:
    """«وترأس الوفد الإيراني X، فيما ترأس الوفد الأمريكي Y»: the person who headed a state's
    delegation to the meeting just reported stands for the state there; the meeting is told
    again with him in the state's place (and taken from the events told so far)."""
    after = _the_delegation_after(doc, verb) or _a_states_delegation_after(doc, verb)
    held = held_meetings(doc)
    if not chairing(doc._.folded[verb.i]) or after is None or not held:
        return
    offsets = doc._.offsets
    _, end = clause_of(verb)
    named = [m for m in actors if offsets[after.i][0] <= m.start < offsets[end - 1][1]]
    # the state's mention opens at «الوفد» («الوفد الإيراني») or right after «وفد»
    reach = offsets[min(after.i + 1, len(offsets) - 1)][1]
    delegation = next((m for m in named if m.start <= reach), None)
    if delegation is None or delegation.entity.type != "State":
        return
    people = [m for m in named if m.entity.type == "Person"]
    head = people[0].entity if people else None
    members = _delegation_members(doc, verb, people[0], actors) if people else []
    meeting = held[-1]
    side = next((i for i, s in enumerate(meeting.sides) if delegation.entity in s), None)
    replaced = {delegation.entity}
    if side is None and (side := _the_side_left(meeting)) is not None:
        replaced = set(meeting.sides[side])  # «حكومة طالبان»: the body its head stands for
    if side is None and meeting.rule.endswith(HOSTED):
        # «وشارك في القمة A و B، فيما رأس وفد دولة الإمارات X»: one more guest of the summit
        side = 1
    if head is None or side is None or any(head in s for s in meeting.sides):
        return
    sides = list(meeting.sides)
    sides[side] = (*(e for e in sides[side] if e not in replaced), head, *members)
    # told again, with the head in the state's place (and no earlier telling of it kept)
    everyone = {e for s in meeting.sides for e in s}
    for told in [e for e in held if e.evidence == meeting.evidence]:
        if {e for s in told.sides for e in s} <= everyone:
            doc._.events.remove(told)
    rule = "meeting-delegation-head" + (HOSTED if meeting.rule.endswith(HOSTED) else "")
    yield replace(meeting, sides=tuple(sides), rule=rule, confidence=0.7)


def _delegation_members(
    doc: Doc, verb: Token, head: Mention, actors: list[Mention]
) -> list[Entity]:
    """«ترأس الوفد الأوكراني X، بعضوية A و B», «…، وضم في عضويته A و B»: the people listed
    after a word of membership that follows the head, in the verb's sentence, up to another
    clause («فيما ترأس الوفد …»)."""
    text = doc._.article.text
    end = doc._.offsets[verb.sent.end - 1][1]
    people = [m for m in actors if head.end < m.start < end and m.entity.type == "Person"]
    members = []
    for person in people:
        gap = normalize(text[head.end : person.start])
        if COMPOSITION_ENDS.search(gap) or not COMPOSED_OF.search(gap):
            break
        members.append(person.entity)
    return members


def _the_side_left(meeting: Event) -> int | None:
    """«ترأس الوفد الباكستاني X، فيما ترأس الوفد الأفغاني Y» after talks «بين باكستان وحكومة
    طالبان»: with one side told by its head already, the other side, named by a body and not
    by the head's state, is the one the second head leads."""
    if len(meeting.sides) != 2:
        return None
    people = [any(e.type == "Person" for e in side) for side in meeting.sides]
    return people.index(False) if people.count(False) == 1 else None


def _a_states_delegation_after(doc: Doc, verb: Token) -> Token | None:
    """«وفد» right after the verb and a state right after it («رأس وفد دولة الإمارات X»)."""
    after = None if ends_a_sentence(verb) else doc[verb.i + 1]
    one_more = after is not None and not ends_a_sentence(after)
    return after if one_more and doc._.folded[after.i] == _A_DELEGATION else None


_A_DELEGATION = "وفد"


def _the_delegation_after(doc: Doc, verb: Token) -> Token | None:
    """«الوفد» or «الجانب» right after the verb («وضم الوفد …», «وترأس الوفد …»), if it is
    there."""
    after = None if ends_a_sentence(verb) else doc[verb.i + 1]
    return after if after is not None and doc._.folded[after.i] in _THE_DELEGATION else None


_THE_DELEGATION = {"الوفد", "الجانب"}  # «وضم الجانب الباكستاني فيها X و Y»: its side


def the_delegation_named(doc: Doc, verb: Token) -> list[Mention]:
    """«وعقد الوفد في وقت لاحق جلسة مباحثات مع X»: «الوفد» alone right after the verb, its
    subject, is the delegation the article named last («وفد اللجنة الوزارية»: the committee
    it stands for); none for a state's own («الوفد الروسي»)."""
    after = _the_delegation_after(doc, verb)
    if after is None or doc._.folded[after.i] != _BARE_DELEGATION or _named_with(doc, after):
        return []
    start = doc._.offsets[verb.i][0]
    named = (m for m in reversed(doc._.mentions) if m.end <= start and _a_delegation(doc, m))
    last = next(named, None)
    return [last] if last is not None else []


_BARE_DELEGATION = "الوفد"


def _named_with(doc: Doc, delegation: Token) -> bool:
    """Whether «الوفد» says whose it is or which («الوفد الحوثي», «الوفد الروسي», «الوفد نفسه»):
    a name or a word of sameness right after it."""
    following = delegation.i + 1
    if following >= len(doc):
        return False
    if doc._.folded[following] in _SAME:
        return True
    start, end = doc._.offsets[following]
    return any(m.start <= start < m.end or start <= m.start < end for m in doc._.mentions)


_SAME = {"نفسه", "ذاته"}  # «الوفد نفسه»: the delegation told as doing something before


def held_meetings(doc: Doc) -> list[Event]:
    """The meetings of two sides or more the article has told so far as held."""
    return [
        e for e in doc._.events if e.kind == "Meeting" and len(e.sides) > 1 and e.modality is None
    ]


def counted_guests(doc: Doc, verb: Token, hosts: list[Mention]) -> tuple[Entity, ...]:
    """«واستقبل رئيس الوزراء X الوزراء الضيوف الثلاثة»: a plural of people and a count right
    after the verb name those of the meeting the article told last who do not stand with the
    hosts, when they are as many as the count."""
    if not hosts:
        return ()
    _, end = clause_of(verb)
    after_hosts = next(
        (t.i for t in doc[verb.i : end] if doc._.offsets[t.i][0] >= hosts[-1].end), end
    )
    words = doc._.folded[after_hosts : min(end, after_hosts + _COUNTED_REACH)]
    counts = [COUNTED_PEOPLE[w] for w in words if w in COUNTED_PEOPLE]
    held = held_meetings(doc)
    if len(counts) != 1 or not set(words) & PEOPLE_PLURALS or not held:
        return ()
    marks = stands_for(doc)
    host_side = entities(hosts)
    guests = tuple(
        e
        for e in held[-1].participants
        if e.type == "Person" and e not in host_side and not stands_with(marks, e, host_side)
    )
    return guests if len(guests) == counts[0] else ()


_COUNTED_REACH = 4  # «الوزراء الضيوف الثلاثة»: the plural, its apposition and the count


def _a_delegation(doc: Doc, mention: Mention) -> bool:
    """Whether a mention's words name a delegation («والوفد المرافق له», «وفدا من حماس»), or
    the word right before it does, in construct («وفد اللجنة الوزارية»: the committee's
    delegation; not «وضم الوفد X»: a member)."""
    text = doc._.article.text
    words = normalize(text[mention.start : mention.end]).split()
    before = [normalize(word) for word in last_words(text, mention.start, 1)]
    return any(word.removeprefix("و").removeprefix("ال").startswith("وفد") for word in words) or (
        before[:1] in (["وفد"], ["ووفد"], ["بوفد"], ["لوفد"])
    )


def attended_it(doc: Doc, verb: Token, actors: list[Mention]) -> Reading | None:
    """«فيما حضرها عن الجانب الروسي X», «وشارك فيها X»: an attendance verb whose object is a
    pronoun attends the meeting just reported; its people join it (`with_attendees`), none
    when it is negated («ولم يحضرها X») or in the present («يشارك فيه X»), and none whose
    side kg cannot tell (no state in his title, no «عن الجانب X»)."""
    following = [
        normalize(t.text) for t in verb.doc[verb.i + 1 : end_in_sentence(verb, verb.i + 3)]
    ]
    in_it = following[:1] == ["في"] and following[1:2] in (["ها"], ["ه"])
    # «يشارك فيه» (present) is who will attend a meeting proposed, not one just reported
    told = negated(verb) or verb.morph.get("Aspect") == ["Imp"]
    told = told or modality(verb, False) == "phone"  # «شارك X في القمة عبر الاتصال المرئي»
    # «كما حضر X و Y» after a conference its host opened: they attended it
    hosted_last = _hosted_conference(held_meetings(verb.doc)) is not None
    bare = hosted_last and not (set(following) & _NOT_BARE)
    if told or not (with_object_pronoun(verb) or in_it or bare) or _describes_a_noun(verb):
        return None
    if _new_meeting_before(verb):
        return None  # «قمة …، ترأسها X»: the new meeting's own (`_chaired_or_attended_after`)
    # «مؤتمر دولي استضافه X، وشاركت فيه A و B»: a conference told with its host is read here
    named = _meeting_named_by(verb) if in_it or with_object_pronoun(verb) else None
    hosted_here = named is not None and _hosted_by_its_verb(named)
    if not hosted_here and _unread_occasion_before(doc, verb):
        return None  # «وأقام X مأدبة غداء على شرف ضيوفه، حضرها Y»: the banquet's, not the last
    if _shared_with_the_host(verb) is not None:
        return None  # the reception's own (`co_hosted`)
    found = roles(doc, verb, actors, frozenset())
    chaired = _chaired_by_pronoun(doc, verb, found) if in_it or with_object_pronoun(verb) else None
    if chaired is not None:
        return Reading(chaired, (), f"meeting-attended-it{HOSTED}", 0.7)
    side = [m for m in found.topics + found.loose if _under_a_side(doc, m)]
    people = [m for m in found.subjects + found.objects + side if m.entity.type == "Person"]
    # only those whose side kg can tell: of a state their title names, or after «عن الجانب X»
    marked = _side_marks(doc, verb, entities(people))
    people = [m for m in people if m.represents is not None or m.entity.key in marked]
    return Reading((entities(people),), (), "meeting-attended-it", 0.7) if people else None


def _chaired_by_pronoun(
    doc: Doc, verb: Token, found: Roles
) -> tuple[tuple[Entity, ...], ...] | None:
    """«وترأس القمة X. وشارك فيها A و B»: who takes part in a meeting the pronoun names, whose
    chairs its sentence named (`_chairs_of`), is their guest; else None. «القمة التي استضافها X
    وترأسها Y، وشارك فيها Z»: Y chaired what X hosted, a side of his own: all three met."""
    if triggers().verbs.lookup(verb.text) == CHAIRING:
        return None
    noun = _meeting_named_by(verb)
    if noun is None:
        return None
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    chairs = _chairs_of(doc, noun, people)
    if not chairs and noun.sent != verb.sent:
        # «س: أين عُقدت القمة؟ ج: عُقدت في جدة برئاسة X، وشارك فيها A و B»: the chair the
        # verb's own sentence names
        chairs = _chaired_before(doc, doc[verb.sent.start], verb, people)
    if not chairs and definite(noun):
        # «عُقدت القمة في برازيليا بدعوة من الرئيس X، وحضرها Y»: who called it, in between (a
        # new summit's «برئاسة X، شارك فيها Y» is its noun's own: `_chaired_or_attended_after`)
        chairs = _chaired_before(doc, noun, verb, people) or _chairs_told_before(doc, noun)
    taking_part = [m for m in found.subjects + found.objects if m.entity.type == "Person"]
    taking_part += _listed_after_verb(doc, verb, people)
    taking_part = taking_part or _states_taking_part(doc, verb)
    chairs = chairs or _chairs_by_capacity(doc, taking_part)
    sides = _chairs_host(doc, chairs, taking_part)
    if sides is None:
        return None
    second = tuple(e for e in entities(_second_host(doc, noun, people)) if e not in sides[0])
    guests = tuple(e for e in sides[1] if e not in second)
    return (sides[0], second, guests) if second and guests else sides


def _states_taking_part(doc: Doc, verb: Token) -> list[Mention]:
    """«استضافه X، وشاركت فيه مصر والسعودية»: the states that took part when no one is named,
    as the verb's own subjects (not «وزراء خارجية الإمارات وقطر», their unnamed ministers)."""
    states = [m for m in doc._.mentions if m.entity.type == "State"]
    listed = _listed_after_verb(doc, verb, states)
    gap = doc._.article.text[doc._.offsets[verb.i][1] : listed[0].start] if listed else ""
    return listed if set(normalize(gap).split()) <= _IN_IT else []


_IN_IT = {"في", "فيه", "فيها", "ه", "ها"}  # folded: «وشاركت فيه»


def _meeting_named_by(verb: Token) -> Token | None:
    """The convened meeting noun an attendance verb's pronoun names («فيها», «حضرها»): the last
    one before it in its sentence or the one before, of the pronoun's gender (a feminine noun
    ends in «ة»: «القمة», «الجلسة»; «فيه» is «الاجتماع», «المؤتمر»)."""
    doc = verb.doc
    lexicon = triggers()
    feminine = _feminine_pronoun(verb)
    start = start_in_sentence(verb, 0)
    first = start_in_sentence(doc[start - 1], 0) if start else 0
    for token in reversed(doc[first : verb.i]):
        trigger = lexicon.of(token)
        if trigger is None or trigger.pos != "noun" or not trigger.convened:
            continue
        if token.i and doc._.folded[token.i - 1] in _CHAIR_TITLES:
            continue  # «بصفته رئيس الدورة الحالية»: a title, not the meeting
        if normalize(token.text).endswith("ه") == feminine:
            return token  # not a plural («قاعة المؤتمرات»: a venue's name)
    return None


def _feminine_noun(noun: Token) -> bool:
    """A meeting noun a feminine pronoun stands for: «القمة», «الجلسة» (folded «ه»), and a
    plural («الاجتماعات», «المباحثات»)."""
    return normalize(noun.text).endswith(("ه", "ات"))


def _feminine_pronoun(verb: Token) -> bool:
    """Whether the pronoun an attendance verb takes is feminine: «حضرها», «حضر | ها», «شارك
    | في | ها» (a feminine meeting noun ends in «ة», folded «ه»)."""
    after = [normalize(t.text) for t in verb.doc[verb.i + 1 : verb.i + 3]]
    return normalize(verb.text).endswith("ها") or "ها" in after


_CHAIR_TITLES = {"رييس", "رييسه", "رييسا", "رييسي"}  # «رئيس الدورة» (folded)


def _told_again(doc: Doc, noun: Token) -> bool:
    """Whether a definite meeting noun names again the meeting the article told last by the
    same noun («عقدا … جلسة موسعة … وشارك في الجلسة الموسعة X و Y»), not by another word of
    its sentence («التقى X Y على هامش قمة …، ويحضر القمة Z»)."""
    held = held_meetings(doc)
    if not held or not definite(noun):
        return False
    lexicon = triggers()
    lemma = lexicon.nouns.lookup(noun.text)
    if lemma == _SESSION and _opening_or_closing(doc, noun):
        return True  # «وحضر الجلسة الافتتاحية X»: a session of the talks just reported
    told = held[-1].evidence
    words = tokens_between(doc, told.start, told.end)
    return any(t.i < noun.i and lexicon.nouns.lookup(t.text) == lemma for t in words)


def _opening_or_closing(doc: Doc, session: Token) -> bool:
    """Whether an opening or closing session is one of talks: no summit or conference told
    before it, whose session it would be («حضر زيلينسكي الجلسة الافتتاحية» of the summit)."""
    following = session.i + 1
    if following >= session.sent.end or doc._.folded[following] not in _PARTS_OF_TALKS:
        return False
    nouns = triggers().nouns
    return not any(nouns.lookup(t.text) in GATHERINGS for t in doc[: session.i])


_SESSION = "جلسه"
_PARTS_OF_TALKS = {"الافتتاحيه", "الختاميه"}  # folded: the opening and closing sessions


def _hosted_conference(held: list[Event], convened: bool = False) -> Event | None:
    """The last of the meetings told so far (`held_meetings`), when it is a conference its
    host opened (`HOSTED`); with `convened` (the attended noun names a summit or a session:
    «وحضر الجلسة الافتتاحية X»), the last such conference, a reception told since apart."""
    hosted = [e for e in (held if convened else held[-1:]) if e.rule.endswith(HOSTED)]
    return hosted[-1] if hosted else None


# What an attendance verb attends when it names it: a place word, a meeting's noun or «في»
_NOT_BARE = {"في", "الى", "الي"}


def co_hosted(doc: Doc, reception: Token, reading: Reading, actors: list[Mention]) -> Reading:
    """«استقبل X … الرئيس Y، وشاركه في الاستقبال Z»: Z received the guests with their host,
    whatever his state and whatever the parse made of him in the reception's clause."""
    text = doc._.article.text
    for verb in reception.doc[reception.i + 1 : reception.sent.end]:
        noun = _shared_with_the_host(verb)
        if noun is None:
            continue
        # named after «في الاستقبال», however the parse hung them
        end = doc._.offsets[noun.i][1]
        named = listed_from([m for m in actors if m.start >= end], text, end)
        hosts = tuple(e for e in entities(named) if e.type == "Person")
        if hosts:
            guests = tuple(tuple(e for e in side if e not in hosts) for side in reading.sides[1:])
            host = tuple(dict.fromkeys(reading.sides[0] + hosts))
            return replace(reading, sides=(host, *guests))
    return reading


def with_hosts_of_their_state(doc: Doc, reading: Reading) -> Reading:
    """«استقبل الرئيس X ورئيس الوزراء Y، في قصر الاتحادية، العاهل الأردني Z»: of a reception's
    guests, those whose titles say they stand for the host's state, beside guests of another
    state, received them with him."""
    if len(reading.sides) != 2:
        return reading
    states = represented_states(doc)
    host, guests = reading.sides
    home = {states.get(e.key) for e in host} - {None}
    own = tuple(e for e in guests if states.get(e.key) in home)
    foreign = tuple(e for e in guests if e not in own)
    if not own or not foreign or any(states.get(e.key) is None for e in foreign):
        return reading
    return replace(reading, sides=(host + own, foreign))


def _shared_with_the_host(verb: Token) -> Token | None:
    """The noun after «وشاركه في» («الاستقبال»): a form of «شارك» whose pronoun is the host."""
    doc = verb.doc
    after = verb.i + 2 if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "PRON" else verb.i + 1
    if (
        triggers().verbs.lookup(verb.text) != _SHARED
        or not with_object_pronoun(verb)
        or after + 1 >= end_in_sentence(verb, after + 2)
        or normalize(doc[after].text) != "في"
    ):
        return None
    return doc[after + 1]


_SHARED = "شارك"


def _unread_occasion_before(doc: Doc, verb: Token) -> bool:
    """Whether the verb's sentence names a new meeting noun before it (its pronoun's) of which
    kg made no meeting: the people who attended that did not attend the last one reported
    («وحضر المحادثات X، فيما حضرها Y»: the talks reported, named again)."""
    lexicon = triggers()
    first = verb.sent.start  # read once: `Token.sent` walks the sentence
    occasion = any(
        (trigger := lexicon.of(token)) is not None
        and trigger.family == "meeting"
        and trigger.pos == "noun"
        and not definite(token)
        for token in doc[first : verb.i]
    )
    start = doc._.offsets[first][0]
    return occasion and not any(e.evidence.sentence_start == start for e in held_meetings(doc))


def _chairing_verb_before(noun: Token) -> Token | None:
    """The verb before a meeting noun, in its clause, that chairs or hosts it («ترأس X أشغال
    القمة», «استضاف X قمة»), with the noun its object; not one before another meeting noun,
    nor one whose object the noun is not («ترأس X وفد بلاده إلى القمة»: the delegation)."""
    lexicon = triggers()
    first, _ = clause_of(noun)
    folded = noun.doc._.folded
    for token in reversed(noun.doc[first : noun.i]):
        # (not a noun in a title: «X، بصفته رئيس الدورة الحالية للمجلس، …»)
        titled = token.i > 0 and folded[token.i - 1] in TITLE_HEADS
        if token.pos_ == "NOUN" and lexicon.of(token) is not None and not titled:
            return None  # the verb before another meeting noun chairs that one
        # the parse may tag «وترأس» opening a sentence as a conjunction
        hosting = (row := lexicon.of(token)) is not None and row.frame in _HOSTING_FRAMES
        if lexicon.verbs.lookup(token.text) == CHAIRING or hosting:
            return token if _object_of(noun) else None
    return None


def _hosted_by_its_verb(noun: Token) -> bool:
    """«مؤتمر دولي بشأن السودان استضافه X، وشاركت فيه A و B», «ترأس X اجتماعاً …، حضره A و B»:
    a meeting a verb says who hosted or chaired (before it, or right after it by its pronoun);
    who attends it is his guest (`_chaired_by_pronoun`)."""
    chairing = _chairing_verb_before(noun)
    if chairing is not None:
        # a person its subject (not «استضافت أديس أبابا قمة … برئاسة X»: the noun's own chair)
        people = [m for m in noun.doc._.mentions if m.entity.type == "Person"]
        chairs = _listed_after_verb(noun.doc, chairing, people)
        return bool(chairs) and chairs[0].start < noun.doc._.offsets[noun.i][0]
    verb = _verb_after(noun)
    hosting = verb is not None and (row := triggers().of(verb)) is not None
    if hosting and row.frame in _HOSTING_FRAMES and with_object_pronoun(verb):
        return True
    return _hosting_past_a_name(noun) is not None  # «القمة الحادية والثلاثين …، التي استضافها X»


def _verb_after(noun: Token) -> Token | None:
    """The first verb within a few words after a meeting noun; «اجتماعٌ ثلاثي استضافه X»: the
    parse may tag one a noun after an adjective, which the lexicon still knows."""
    following = noun.doc[noun.i + 1 : end_in_sentence(noun, noun.i + _CHAIR_REACH)]
    verbs = triggers().verbs
    return next((t for t in following if t.pos_ == "VERB" or verbs.lookup(t.text)), None)


def _new_meeting_before(verb: Token) -> bool:
    """Whether the verb's pronoun is a new summit, conference or session of the clause before
    («قمة استثنائية، ترأسها X»), not a banquet or talks, which have sides of their own."""
    first, _ = clause_of(verb)
    lexicon = triggers()
    before = verb.doc[start_in_sentence(verb, first - 8) : first]
    convened = [t for t in before if (trigger := lexicon.of(t)) and trigger.convened]
    return any(_attending_verb_after(t) == verb for t in convened)


def attended_by(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«حيث عقد لقاء مع رؤساء الكتل النيابية حضره X و Y»: the names after the first verb past
    a meeting noun, to the sentence's end, when that verb attends it (its pronoun the noun, in
    a clause on it: «حضره», «شارك فيها»), are whom the meeting was with."""
    lexicon = triggers()
    verb = next(
        (t for t in noun.doc[noun.i + 1 : noun.sent.end] if t.pos_ in ("VERB", "AUX")), None
    )
    trigger = lexicon.of(verb) if verb is not None else None
    if trigger is None or not (
        (trigger.lemma == _ATTENDED and with_object_pronoun(verb))
        or (trigger.lemma == _SHARED and _in_it(verb) and _chaired(noun))
    ):
        return []  # «ترأسها X و Y»: who chaired it are its sides, not its guests
    if not _describes_a_noun(verb) or negated(verb):
        return []
    start, end = doc._.offsets[verb.i][1], doc._.offsets[verb.sent.end - 1][1]
    text = doc._.article.text
    # «… نائباً عن أمير الكويت Y»: whom one stood in for was not there
    return [m for m in actors if start <= m.start and m.end <= end and not on_behalf_of(text, m)]


_ATTENDED = "حضر"


def _chaired(noun: Token) -> bool:
    """«ترأس X جلسة شارك فيها Y»: a meeting noun a chairing verb governs, whose participants
    met its chair (in «اجتماع لوزراء خارجية الحلف، شارك فيه X», X is one of them)."""
    return triggers().verbs.lookup(noun.head.text) == CHAIRING


def _describes_a_noun(verb: Token) -> bool:
    """«أقام حفل استقبال على شرف …، حضره X»: a clause with no «و», «ف», «فيما» or «كما» to
    open it, hung on an indefinite noun before it, tells who attended that, not the meeting
    reported («خلال اللقاء الذي حضره X»: the meeting reported)."""
    previous = "" if starts_a_sentence(verb) else normalize(verb.doc[verb.i - 1].text)
    opened = normalize(verb.text)[:1] in CONJUNCTIONS or previous in _CLAUSE_OPENERS
    noun = verb.head
    hung = verb.dep_.startswith("acl") and noun.i < verb.i and not definite(noun)
    return hung and not opened


_CLAUSE_OPENERS = CONJUNCTIONS | CONNECTIVES | {"قد", "وقد"}  # «فيما حضرها», «وقد حضره»


def _side_marks(doc: Doc, noun: Token, attendees: tuple[Entity, ...]) -> dict[str, str]:
    """Each attendee → the state of the «عن الجانب X» that goes before him in the sentence
    («وشارك في اللقاء عن الجانب الفلسطيني A، وعن الجانب الإسرائيلي B»)."""
    sentence, offsets = noun.sent, doc._.offsets  # each read once: both are costly
    start, end = offsets[sentence.start][0], offsets[sentence.end - 1][1]
    text = doc._.article.text
    in_sentence = [m for m in doc._.mentions if start <= m.start and m.end <= end]
    marks = [
        m
        for m in in_sentence
        if m.entity.type == "State"
        and normalize(text[m.start : m.end]).startswith(_SIDE)
        and last_words(text, m.start, 1) in _FOR_THE_SIDE
    ]
    keys = {e.key for e in attendees}
    found: dict[str, str] = {}
    for mention in in_sentence:
        before = [m for m in marks if m.end <= mention.start]
        if mention.entity.key in keys and before and mention.entity.key not in found:
            found[mention.entity.key] = before[-1].entity.key
    return found


def by_their_sides(
    doc: Doc, noun: Token, attendees: list[Mention]
) -> tuple[tuple[Entity, ...], ...]:
    """«أقام على شرفه مأدبة حضرها عن الجانب الأردني A و B، وعن الجانب الإيطالي C»: the
    attendees of a meeting noun grouped by the «عن الجانب X» each comes after, when two
    sides or more are named that way; the side words themselves are no one."""
    text = doc._.article.text
    people = [m for m in attendees if not normalize(text[m.start : m.end]).startswith(_SIDE)]
    marks = _side_marks(doc, noun, entities(people))
    groups: dict[str, list[Entity]] = {}
    for person in entities(people):
        if person.key in marks:
            groups.setdefault(marks[person.key], []).append(person)
    return tuple(tuple(group) for group in groups.values()) if len(groups) > 1 else ()


_SIDE = "الجانب"
# «عن الجانب الفلسطيني», SPA's «حضر الاستقبال من الجانب السعودي … ومن الجانب الإيراني …»
_FOR_THE_SIDE = (["عن"], ["وعن"], ["من"], ["ومن"])


def with_clause_attendees(
    doc: Doc, token: Token, reading: Reading, actors: list[Mention], received: bool
) -> Reading | None:
    """«التقى X Y بحضور Z و W»: who attended a two-sided meeting, named after «بحضور» or
    «بمشاركة» in its clause, is on his own state's side, however the parse hung him. One
    whose state kg does not know joins the host of a reception (`received`: «استقبل X Y
    بحضور Z»: the host's people attend), unless his title posts him at the host's state
    (`_posted`); elsewhere he stays where the parse put him, and on no side if nowhere (the
    subject of «التقى» may be the visitor). Companions («برفقة X») join the side they go
    along with; None when that leaves a side empty, as when a reception's only guest was
    an attendee."""
    states = represented_states(doc)
    sided = {e for side in reading.sides for e in side}
    named, marker = _attending(doc, token, actors)
    attending = entities(named)
    if marker is not None and companion_marker(marker):
        return _with_companions(doc, reading, attending, marker, actors)
    # the states and bodies of the sides' other members: an attendee who stands for none of
    # them has no side of his own there («نبيه بري» for «أمل» at a US–Lebanon meeting)
    stood_for = {states.get(e.key, e.key) for e in sided if e not in attending}
    moved = tuple(
        e
        for e in attending
        if states.get(e.key) in stood_for or e.type == "State" or (received and e.key not in states)
    )
    host, guests = (tuple(e for e in side if e not in moved) for side in reading.sides)
    if moved and received and not guests:
        return None  # «استقبل X بحضور Z»: the parse took an attendee for the guest kg missed
    others = [tuple(e for e in side if e not in attending) for side in reading.sides]
    unsided = [e for e in attending if e not in sided]
    third = _third_party(doc, unsided, others, reading.rule)
    if third and host and guests and not moved:
        return replace(reading, sides=(host, guests, third))
    home = None if moved or received else _side_of_no_state(states, reading, attending)
    if home is not None:
        return _moved(reading, unsided, home) or reading
    if not moved or not host or not guests:
        return reading
    sides = _placed(states, _posted(doc), (host, guests), moved, set())
    sides = _beside_the_one_before(sides, attending, moved, states)
    return replace(reading, sides=sides + ((third,) if third else ()))


def with_the_chairs(doc: Doc, noun: Token, reading: Reading) -> Reading:
    """«ترأس X، بصفته …، و Y اليوم أعمال الاجتماع الوزاري بين مجلس التعاون والاتحاد الأوروبي»:
    a meeting told between bodies or states, with no one on its sides, is held by the people
    the chairing verb before it names (`_chairing_verb_before`; not «برئاسة», which a summit
    told next may own). Each sits on the side of the body or state his title says he stands
    for; one whose own no side holds, on a side no chair took yet."""
    verb = _chairing_verb_before(noun)
    chairing = verb is not None and triggers().verbs.lookup(verb.text) == CHAIRING
    if not chairing or any(e.type == "Person" for side in reading.sides for e in side):
        return reading
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    start = doc._.offsets[noun.i][0]
    # its subjects, named before the noun (not «ترأس الاجتماع …، بمشاركة وفد برئاسة X»)
    listed = [m for m in _listed_after_verb(doc, verb, people) if m.end <= start]
    gap = doc._.article.text[doc._.offsets[verb.i][1] : listed[0].start] if listed else ""
    if _WITH in normalize(gap).split():
        return reading  # «ترأس مع X اجتماع اللجنة»: X is the partner of a chair not named
    chairs = entities(listed)
    if not chairs:
        return reading
    states = represented_states(doc)
    sides, unplaced = _seated(
        reading, chairs, lambda chair, side: any(e.key == states.get(chair.key) for e in side)
    )
    free = [side for side in sides if not any(e.type == "Person" for e in side)]
    for chair, side in zip(unplaced, free, strict=False):
        side.append(chair)
    left = tuple((chair,) for chair in unplaced[len(free) :])
    return replace(reading, sides=tuple(tuple(side) for side in sides) + left)


def with_envoys_beside_their_own(doc: Doc, reading: Reading) -> Reading:
    """«وكان في استقباله وزير الخارجية اللبناني X وسفير المملكة لدى لبنان Y»: in a meeting of
    two sides, an envoy of a side whose title says he stands for a state no one else on his
    side stands for, but someone on the other side does, is on that side: the guest's
    ambassador who welcomed him stood with him."""
    if len(reading.sides) != 2:
        return reading
    states = represented_states(doc)
    envoys = _envoys(doc)
    sides = [list(side) for side in reading.sides]
    for index, side in enumerate(sides):
        other = sides[1 - index]
        theirs = {states.get(e.key) for e in other} - {None}
        for person in [e for e in side if e.key in envoys]:
            own = states.get(person.key)
            rest = {states.get(e.key) for e in side if e != person}
            if own in theirs and own not in rest and rest - {None}:
                side.remove(person)
                other.append(person)
    if all(sides):
        return replace(reading, sides=tuple(map(tuple, sides)))
    return reading


def _beside_the_one_before(
    sides: tuple[tuple[Entity, ...], ...],
    attending: tuple[Entity, ...],
    moved: tuple[Entity, ...],
    states: dict[str, Entity],
) -> tuple[tuple[Entity, ...], ...]:
    """«بحضور نائب رئيس الحكومة X ووزيرة الشؤون الاجتماعية Y»: an attendee whose state kg
    does not know sits on the side of the attendee listed right before him."""
    sides = [tuple(side) for side in sides]
    for before, attendee in pairwise(attending):
        if attendee in moved or attendee.key in states or any(attendee in s for s in sides):
            continue
        home = next((i for i, side in enumerate(sides) if before in side), None)
        if home is not None:
            sides[home] += (attendee,)
    return tuple(sides)


def _side_of_no_state(
    states: dict[str, str], reading: Reading, attending: list[Entity]
) -> int | None:
    """«هوكشتاين يلتقي الرئيس ميشال عون بحضور نائب رئيس مجلس النواب الياس بو صعب واللواء
    عباس ابراهيم»: attendees of a meeting of two, one of them of a state neither side is
    known to stand for, are of the one side whose state kg does not know (the president's,
    not the US envoy's): the index of that side, if there is one."""
    if len(reading.sides) != 2:
        return None
    own = [{states[e.key] for e in side if e.key in states} for side in reading.sides]
    theirs = {states[e.key] for e in attending if e.key in states}
    unknown = [i for i, side in enumerate(own) if not side]
    if len(unknown) != 1 or not theirs or theirs & set().union(*own):
        return None
    return unknown[0]


def with_peer_attendees(doc: Doc, token: Token, reading: Reading, actors: list[Mention]) -> Reading:
    """«جمع العاهل في مقر إقامته الرئيس X والرئيس Y والأمير Z، بحضور W و V»: the people who
    attended a meeting of three sides or more, named after «بحضور», are one side more."""
    named, marker = _attending(doc, token, actors)
    if marker is not None and companion_marker(marker):
        return reading
    sided = {e for side in reading.sides for e in side}
    more = tuple(e for e in entities(named) if e.type == "Person" and e not in sided)
    if not more:
        return reading
    # «وقّعها وزراء النقل العراقي X والتركي Y …، بحضور الرئيس التركي Z ورئيس الوزراء العراقي
    # W»: an attendee who stands for what one side stands for sits on that side
    marks = stands_for(doc)
    sides, rest = _seated(reading, more, lambda person, side: stands_with(marks, person, side))
    return replace(reading, sides=(*map(tuple, sides), *((tuple(rest),) if rest else ())))


def _seated(
    reading: Reading,
    people: Iterable[Entity],
    belongs: Callable[[Entity, list[Entity]], bool],
) -> tuple[list[list[Entity]], list[Entity]]:
    """The reading's sides with each person added to the first one he `belongs` to, and the
    people who belong to none."""
    sides = [list(side) for side in reading.sides]
    rest = []
    for person in people:
        side = next((s for s in sides if belongs(person, s)), None)
        (side if side is not None else rest).append(person)
    return sides, rest


_SIGNING = "meeting-وقع"


def _third_party(
    doc: Doc, attendees: list[Entity], sides: Sequence[tuple[Entity, ...]], rule: str
) -> tuple[Entity, ...]:
    """The attendees who stand for a third state, none the sides stand for: a party of their
    own, who met both («وقع الرئيسان التشادي X والسوداني Y اتفاقا بحضور الرئيس السنغالي Z»).
    Only where each side has someone whose state, body or office the text gives (the Lebanese
    prime minister attending his president's meeting is no third party), or at a signing
    where no side has a state: foreign leaders attend the government's and a movement's
    («ووقع عن الحكومة X، وعن الحركة Y، بحضور الرئيس النيجيري Z»)."""
    marks = stands_for(doc)
    of_a_state = {
        m.entity.key for m in doc._.mentions if m.represents and m.represents.type == "State"
    }
    stood_for = {mark for side in sides for e in side for mark in marks.get(e.key, ())}
    stateless = rule.startswith(_SIGNING) and not {e.key for s in sides for e in s} & of_a_state
    if not stateless and not all(any(marks.get(e.key) for e in side) for side in sides):
        return ()
    return tuple(
        e
        for e in attendees
        if e.type == "Person" and e.key in of_a_state and not marks[e.key] & stood_for
    )


def represented_states(doc: Doc) -> dict[str, str]:
    """Each person's key → the key of the state his title says he represents."""
    return {m.entity.key: m.represents.key for m in doc._.mentions if m.represents is not None}


def _envoys(doc: Doc) -> set[str]:
    """The keys of the people whose title the text gives is an envoy's («السفير», «المبعوث»):
    an envoy stands for his own state wherever he is."""
    text = doc._.article.text
    return {
        m.entity.key
        for m in doc._.mentions
        if m.entity.type == "Person" and POSTINGS & _titled_words(text, m)
    }


def _titled_words(text: str, mention: Mention) -> set[str]:
    """The folded words of a person's mention and the word before it («وسفير خادم الحرمين
    الشريفين X»: the envoy of the king's title the mention starts with), without «و»."""
    before = normalize(text[max(0, mention.start - _WORD_BEFORE) : mention.start]).split()[-1:]
    words = before + normalize(text[mention.start : mention.end]).split()
    return {without_conjunction(w) for w in words}


_WORD_BEFORE = 12  # characters that hold the word before a mention


def _posted(doc: Doc) -> dict[str, str]:
    """Each person's key → the key of the state his title posts him at, when it names no
    state he stands for: «سفير المملكة لدى الكويت» is posted at Kuwait, so not Kuwait's man."""
    text = doc._.article.text
    states = {
        normalize(e.label): e.key
        for m in doc._.mentions
        for e in (m.entity, m.represents)
        if e is not None and e.type == "State"
    }
    posted = {}
    for mention in doc._.mentions:
        if mention.entity.type != "Person" or mention.represents is not None:
            continue
        _, at, where = normalize(text[mention.start : mention.end]).partition(" لدي ")
        after_style = where.partition(" ")[2]  # «لدى دولة الكويت»
        state = next(
            (
                key
                for label, key in states.items()
                if label in (where[: len(label)], after_style[: len(label)])
            ),
            None,
        )
        if at and state is not None:
            posted[mention.entity.key] = state
    return posted


def _placed(
    states: dict[str, str],
    posted: dict[str, str],
    sides: tuple[tuple[Entity, ...], ...],
    attendees: tuple[Entity, ...],
    marked: set[str],
    sided: dict[str, str] | None = None,
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """The two sides with the attendees added: on the guests' side those of the guests'
    state (`states`: a person's key → his state's; or `marked` for it), an envoy posted
    at the host's state (`posted`, by `_posted`) and one named after another state's «من
    الجانب X» than the host's (`sided`), on the host's the others."""
    sided = sided or {}
    host_states = {states.get(e.key, e.key) for e in sides[0]}
    guest_states = {states.get(e.key, e.key) for e in sides[1]} - host_states
    # «وحضر الاجتماع عن الجانب اللبناني X»: the side the host's known state is not
    known = {states[e.key] for e in sides[0] if e.key in states}
    not_the_hosts = bool(marked and known) and not marked & known

    def of_the_guests(e: Entity) -> bool:
        if known and e.key in sided:  # «ومن الجانب الإيراني X»: his own side's mark
            return sided[e.key] not in known
        if guest_states and e.key in sided:  # a host of no known state: the guests' mark
            return sided[e.key] in guest_states
        return bool(
            not_the_hosts
            or (marked | {states.get(e.key)}) & guest_states
            or posted.get(e.key) in host_states
        )

    theirs = tuple(e for e in attendees if of_the_guests(e))
    ours = tuple(e for e in attendees if e not in theirs)
    host = tuple(dict.fromkeys(sides[0] + ours))
    return host, tuple(e for e in dict.fromkeys(sides[1] + theirs) if e not in host)


def with_spouses(doc: Doc, reading: Reading, actors: list[Mention]) -> Reading | None:
    """«التقى X وزوجته Y الرئيس Z وزوجته W»: a spouse named right after someone on a side is on
    that side, wherever the parse hung her; None when that leaves the other side empty."""
    text = doc._.article.text
    placed = [m for m in actors if any(m.entity in side for side in reading.sides)]
    for before, spouse in pairwise(sorted(placed, key=lambda m: m.start)):
        gap = normalize(text[before.end : spouse.start]).split()
        if gap == ["و"]:  # «وقرينته جيل بايدن»: her mention begins with the spouse word
            gap = ["و" + normalize(text[spouse.start : spouse.end]).split()[0]]
        if not gap or gap[0] not in SPOUSES or len(gap) > _SPOUSE_GAP:
            continue
        home = next(i for i, side in enumerate(reading.sides) if before.entity in side)
        if spouse.entity not in reading.sides[home]:
            reading = _moved(reading, [spouse.entity], home)
            if reading is None:
                return None  # the spouse was the only guest the parse found: whom they met is lost
    return reading


_SPOUSE_GAP = 3  # «وزوجته» and up to two words of her name the tables did not take («بنغ»)


def with_the_delegations_led(doc: Doc, reading: Reading, actors: list[Mention]) -> Reading:
    """«وشارك في الاجتماع X، على رأس وفد من الحركة»: the body or state whose delegation a
    person on a side heads is on his side."""
    text = doc._.article.text
    ordered = sorted(actors, key=lambda m: m.start)
    for person, following in pairwise(ordered):
        if person.entity.type != "Person" or following.entity.type not in BODIES | {"State"}:
            continue
        if not _LEADING.fullmatch(normalize(text[person.end : following.start])):
            continue
        home = next((i for i, side in enumerate(reading.sides) if person.entity in side), None)
        placed = any(following.entity in side for side in reading.sides)
        if home is not None and not placed:
            # one more on a side, none taken from another: no side left empty
            reading = _moved(reading, [following.entity], home) or reading
    return reading


# «، على رأس وفد من», «على رأس وفد رفيع المستوى عن» (folded): the words between the head of a
# delegation and whom it stands for
_LEADING = re.compile(r"\s*،?\s*و?علي راس وفد(?: رفيع المستوي)?(?: يمثل| من| عن)?\s*(?:ل|ب)?")


def at_home_of(doc: Doc, noun: Token, reading: Reading, actors: list[Mention]) -> Reading:
    """«عقد قادة الإطار التنسيقي اجتماعاً في منزل زعيم ائتلاف النصر X، بحضور Y»: the person
    whose home the meeting was held in hosts it, and meets each other person there (a body
    that held it stays its convener)."""
    text = doc._.article.text
    _, end = clause_characters(noun)
    after = doc._.offsets[noun.i][1]
    host = next(
        (
            m.entity
            for m in actors
            if m.entity.type == "Person"
            and after <= m.start < end
            and _at_home(last_words(text, m.start, 2))
        ),
        None,
    )
    if host is None:
        return reading
    guests = tuple(
        dict.fromkeys(e for side in reading.sides for e in side if e != host and e.type == "Person")
    )
    if not guests:
        return reading
    return replace(reading, sides=((host,), guests), rule=f"{reading.rule}-at-home")


def _at_home(words: list[str]) -> bool:
    """Whether the words before a name say the meeting was in his home: «في منزل X», «بمنزل
    X», «في دارة X», «في مقر إقامة X» (folded)."""
    if words[-2:] == ["مقر", "اقامه"]:
        return True
    if not words or words[-1].removeprefix("ب") not in _HOMES:
        return False
    return words[-1].startswith("ب") or words[-2:-1] == ["في"]


_HOMES = {"منزل", "بيت", "داره", "مزرعه"}


def _with_companions(
    doc: Doc, reading: Reading, companions: list[Entity], marker: Token, actors: list[Mention]
) -> Reading | None:
    """«استقبل الملك، مرفوقا بولي العهد، الشيخ X»: who goes along with a side is on that side
    (the side named last before «برفقة», «مرفوقا ب», «بمعية»), never its guest; None when no
    one else is left on the other side."""
    start = doc._.offsets[marker.i][0]
    before = [m.entity for m in actors if m.end <= start and m.entity not in companions]
    side = next((i for e in reversed(before) for i, s in enumerate(reading.sides) if e in s), None)
    if side is None:
        return reading
    # a side left empty was only the companions, whom the parse took for the guest: the one
    # who was met is not known
    return _moved(reading, companions, side)


def _moved(reading: Reading, people: list[Entity], side: int) -> Reading | None:
    """`reading` with `people` taken from wherever the parse put them onto side `side`; None
    when that leaves a side empty."""
    sides = [tuple(e for e in s if e not in people) for s in reading.sides]
    sides[side] = tuple(dict.fromkeys(sides[side] + tuple(people)))
    return replace(reading, sides=tuple(sides)) if all(sides) else None


def _attending(doc: Doc, token: Token, actors: list[Mention]) -> tuple[list[Mention], Token | None]:
    """The names listed right after «بحضور», «بمشاركة» or a companion word («برفقة») in the
    trigger's clause, or in the clause after it that goes on about the same meeting («استقبل
    X Y وبحث معه …، بحضور Z»), after each such word («بحضور ولي عهده، وبمشاركة Z»: the
    first names no one kg knows), and the first word that lists any."""
    first, end = clause_of(token)
    sentence_end = token.sent.end
    if end < sentence_end and _goes_on_with_him(doc[end : min(end + 4, sentence_end)]):
        end = clause_of(doc[end + 1])[1]
    markers = [t for t in doc[first:end] if _attendance_marker(t) or companion_marker(t)]
    # «استضاف X، بمشاركة Y، الوزراء A و B، الذين استقبلهم Z»: a marker before the relative
    # clause the trigger is in is the outer clause's
    relatives = [t.i for t in doc[first : token.i] if doc._.folded[t.i] in RELATIVES]
    markers = [t for t in markers if not any(t.i < r for r in relatives)]
    # one kind of list: who attended, or who came with a guest («برفقة»)
    kind = companion_marker(markers[0]) if markers else False
    markers = [t for t in markers if companion_marker(t) == kind]
    named: list[Mention] = []
    lister = None
    for marker in markers:
        if _in_his_presence(marker):
            marker = _patron_before(doc[first : marker.i])  # «برعاية X وبحضوره»: X was there
        if marker is None:
            continue
        listed = _listed_after_marker(doc, marker, actors)
        if lister is None or (listed and not named):
            lister = marker
        named += [m for m in listed if m not in named]
    return named, lister


def _listed_after_marker(doc: Doc, marker: Token, actors: list[Mention]) -> list[Mention]:
    """The names listed right after one attendance or companion word."""
    start = doc._.offsets[marker.i][1]
    if companion_marker(marker) and normalize(doc[marker.i + 1].text) in ("ب", "وب"):
        start = doc._.offsets[marker.i + 1][1]  # «مرفوقا | ب | ولي العهد»
    after = sorted((m for m in actors if m.start >= start), key=lambda m: m.start)
    gap = doc._.article.text[start : after[0].start] if after else ""
    if _ATTENDEE_GAP.search(gap) and not _among_them(gap):
        # «بحضور وفد من البرلمانات العربية، مؤكدا أن القمة العربية …»: a comma before any
        # name, no one named there (a long title is no gap: «بحضور عضو المجلس السياسي
        # ومسؤول العلاقات الخارجية في الحزب X»)
        return []
    return listed_from(after, doc._.article.text, start)


_ATTENDEE_GAP = re.compile(r"[،,.؛:]")  # a clause break between «بحضور» and the first name


def _among_them(gap: str) -> bool:
    """«بمشاركة وزراء الدول الثلاث والعشرين، ومن بينهم X»: the clause before the first name
    counts those taking part, and the names are some of them."""
    last = _ATTENDEE_GAP.split(gap)[-1]
    return tuple(normalize(last).split()) in AMONG_THEM


def taking_part(doc: Doc, token: Token, actors: list[Mention]) -> list[Mention]:
    """The names listed after «بمشاركة» or «بحضور» in the trigger's clause (or the clause that
    goes on about it), not after a companion word («برفقة»: who came with a guest)."""
    named, marker = _attending(doc, token, actors)
    return named if marker is not None and _attendance_marker(marker) else []


def _in_his_presence(marker: Token) -> bool:
    """«وبحضوره», «وبحضورها»: an attendance noun with a pronoun, glued or split off."""
    following = marker.doc[marker.i + 1] if marker.i + 1 < len(marker.doc) else None
    word = normalize(marker.text).removeprefix("و").removeprefix("ب")
    glued = any(word == noun + pronoun for noun in _ATTENDANCE_WORDS for pronoun in PRONOUNS)
    return glued or (following is not None and following.pos_ == "PRON")


def _patron_before(words: Span) -> Token | None:
    """The «برعاية» before «وبحضوره» («برعاية أمير دولة قطر X وبحضوره»): the patron named
    after it was there (a patron alone, «برعاية الاتحاد الأفريقي», need not have been)."""
    folded = (normalize(t.text).removeprefix("و").removeprefix("ب") for t in words)
    return next((t for t, word in zip(words, folded, strict=True) if word == _PATRONAGE), None)


_PATRONAGE = "رعايه"  # folded «رعاية», «برعاية»


def _goes_on_with_him(words: Span) -> bool:
    """«وبحث معه»: a clause that opens with «و» and has «مع» + a pronoun goes on about the
    meeting just told."""
    folded = [normalize(t.text) for t in words]
    rest = "".join(folded[1:])  # the tokenizer splits «معه» into «مع» and «ه»
    return folded[:1] == ["و"] and any(f"مع{pronoun}" in rest for pronoun in WITH_PRONOUNS)


def _attendance_marker(token: Token) -> bool:
    """«بحضور», «وبمشاركة», «ب | حضور», «في حضور»: an attendance noun after «ب» or «في»."""
    word = normalize(token.text)
    before = normalize(token.doc[token.i - 1].text) if token.i else ""
    glued = word.startswith(("ب", "وب")) or before in ("ب", "وب", "في", "وفي")
    return glued and attendance_noun(token)


def attendance_noun(token: Token) -> bool:
    """«حضور», «مشاركة», with «و» and «ب» glued on or not («وبحضور»)."""
    word = normalize(token.text)
    return word.removeprefix("و").removeprefix("ب") in _ATTENDANCE_WORDS


def with_companions(doc: Doc, sentence: Sentence) -> None:
    """«رافق ترامبَ وزيرُ الخارجية X والمبعوث Y، فيما رافق بوتينَ Z»: whoever a clause of
    «رافق» names alongside someone on a side of a meeting already reported accompanied him,
    and joins his side (the last such meeting; `doc._.events` is changed in place); with a
    pronoun («… هانا تيتيه، ترافقها نائبتها X»), the person named right before the verb.
    «ولم يرافق X Y» joins no one."""
    actors = [m for m in sentence.mentions if m.entity.type in ACTORS]
    accompanying = (
        t
        for t in sentence.span
        if (t.text in _ACCOMPANY and not negated(t)) or _delegation_comprising(t)
    )
    for verb in accompanying:
        start, stop = clause_characters(verb)
        verb_start = doc._.offsets[verb.i][0]
        if verb.i > 0 and doc._.folded[verb.i - 1] in RELATIVES:
            start = verb_start  # «مودي، الذي رافقه …»: the relative clause, not its host's
        named = entities([m for m in actors if start <= m.start and m.end <= stop])
        before = [m for m in actors if m.end <= verb_start]
        if (with_object_pronoun(verb) or _delegation_comprising(verb)) and before:
            named = tuple(dict.fromkeys(_accompanied(doc, sentence, before) + named))
        told_in = None  # the sentence of the last meeting he went along to
        for index in reversed(range(len(doc._.events))):
            event = doc._.events[index]
            if event.kind != "Meeting" or event.modality is not None or len(event.sides) != 2:
                continue
            if told_in is not None and event.evidence.sentence_start != told_in:
                break  # «التقى خلالها X، وعقد جلسة منفصلة مع Y»: the visit's meetings, one sentence
            side = next((i for i, s in enumerate(event.sides) if set(s) & set(named)), None)
            if side is not None:
                everyone = {e for s in event.sides for e in s}
                # a state named in the clause is where they went, not who went along
                # («رافقت طائرات حربية طائرة الرئيس لدى دخولها أجواء دولة الإمارات»)
                joined = tuple(e for e in named if e not in everyone and e.type != "State")
                sides = list(event.sides)
                sides[side] = sides[side] + joined
                doc._.events[index] = replace(event, sides=tuple(sides))
                told_in = event.evidence.sentence_start


_ACCOMPANY = verbs("رافق")


def _delegation_comprising(verb: Token) -> bool:
    """«على رأس وفد ضم وزير الخارجية X»: the delegation someone heads, and who it took along
    (a form of «ضم» right after «وفد»)."""
    doc = verb.doc
    return (
        verb.i > 0
        and doc._.folded[verb.i] in _COMPRISED
        and without_conjunction(doc._.folded[verb.i - 1]) in _DELEGATION
    )


_COMPRISED = {"ضم", "يضم"}  # folded «ضمّ», «يضمّ» (not «ضمن», also «within»)
_DELEGATION = {"وفد", "وفدا", "الوفد"}


def _accompanied(doc: Doc, sentence: Sentence, before: list[Mention]) -> tuple[Entity, ...]:
    """Whom «يرافقه», «ترافقها» stands for: the visitor of the sentence's meeting whose
    subject came from a trip told before («زار X دمشق حيث التقى Y، يرافقه Z»: X went with
    Z), else the person named right before the verb («استقبل X Y، ترافقها نائبتها Z»)."""
    told = [
        e
        for e in doc._.events
        if e.kind == "Meeting" and e.evidence.sentence_start == sentence.start and e.sides
    ]
    if told and told[-1].rule.endswith(INHERITED):
        return told[-1].sides[0]
    return entities(before[-1:])


def with_object_pronoun(verb: Token) -> bool:
    """«ترافقها», «رافقه»: the pronoun on the verb, or split off after it by the tokenizer."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    split = following is not None and following.pos_ == "PRON" and following.head == verb
    return split or verb.text.endswith(tuple(PRONOUNS))


def definite(noun: Token) -> bool:
    """A meeting noun with the article («اللقاء», «واللقاءين»): one already reported."""
    word = normalize(noun.text)
    return word.lstrip("وف").startswith("ال") or noun.morph.get("Definite") == ["Def"]


def attending_the_reported(
    doc: Doc, noun: Token, support: tuple[Token, Trigger] | None, mentions: list[Mention]
) -> bool:
    """«وجرى في اللقاء، بحضور X و Y، مناقشة …»: the meeting just reported, named again with
    the article under a passive verb, and only its attendees named: they attend it, nobody
    new holds it."""
    passive = support is not None and support[1].frame == "passive"
    return passive and definite(noun) and all_attending(doc, mentions, noun)


def all_attending(doc: Doc, mentions: list[Mention], noun: Token) -> bool:
    """Whether there are names and each is reached through «بمشاركة» or «بحضور»: they attend
    the meeting."""
    paths = (path_of(doc, mention, stop=[noun]) for mention in mentions)
    return bool(mentions) and all(
        path is not None and any(t.text in _ATTENDANCE for t in path.via) for path in paths
    )


def convened_meeting(
    doc: Doc,
    token: Token,
    trigger: Trigger,
    support: tuple[Token, Trigger] | None,
    found: Roles,
    present: list[Mention],
    rule: str,
) -> Reading | None:
    """A meeting with no two sides: kept when a body convenes it or someone attends it."""
    frame = support[1].frame if support else None
    present = [m for m in present if not listed_as_absent(doc, m)]  # «في غياب X»: not there
    # `present`: the noun's owners (and the subject of the verb holding it), or the verb's
    # subject. A body meets by itself with a reciprocal verb («اجتمع مجلس الأمن») or holds a
    # convened meeting («اجتماع مجلس الجامعة», «عقد المجلس جلسة», «القمة المشتركة لمنظمة X
    # وجامعة Y»); «وفد حماس يلتقي» names no meeting of Hamas's own.
    owners = present if trigger.convened else []
    convening = owners + (found.subjects if trigger.frame == "reciprocal" or frame else [])
    if frame in ("attend", "open", "passive") and trigger.convened:
        # «شارك X في القمة التي عقدتها منظمة التعاون الإسلامي وجامعة الدول العربية»,
        # «اختتمت أعمال الاجتماع …، الذي عقدته الأمم المتحدة»
        convening += _holders_in_a_relative(doc, token)
    bodies = list(dict.fromkeys(m for m in convening if m.entity.type in BODIES))
    # «شارل ميشيل رئيس المجلس الأوروبي»: a body in a person's title convenes nothing
    bodies = [m for m in bodies if not in_a_persons_title(doc, m, present + found.all())]
    # «شاركت X في اجتماع», «اجتماع 7 دول هي A و B»: the subject and the states listed attend.
    listed = _listed_attendees(doc, token, found.loose) if frame == "attend" else []
    attendees = found.subjects + listed + present if frame == "attend" else []
    if frame == "attend":
        # «وشارك في اللقاء عن الجانب الفلسطيني وزير الداخلية X»: the parse may hang X under
        # «الجانب», and «عن» makes him a topic
        attendees += [m for m in found.topics + found.loose if _under_a_side(doc, m)]
    if frame == "attend" and not attendees and definite(token) and token.dep_.startswith("nsubj"):
        # «وحضر المباحثات عن الجانب الغاني وزير الخارجية X»: the parse may take the reported
        # meeting for the subject and «عن» for a topic; «حضر» has no topic of its own
        attendees = found.objects + found.topics + found.loose
    if frame == "attend" and not attendees and definite(token) and not trigger.convened:
        attendees = _named_right_after(doc, token, found.loose)
    attendees = [
        m for m in dict.fromkeys(attendees) if not in_a_persons_title(doc, m, attendees + present)
    ]
    # «بحضور X» is a partner of a noun that takes «ب» («اللقاء»), else hung anywhere
    named = found.partners or _attending(doc, token, found.topics + found.loose)[0]
    attended = frame in ("light", "passive") and not convening and bool(named)
    attended = attended and (not found.partners or all_attending(doc, named, token))
    reported = frame == "passive" and definite(token) and bool(held_meetings(doc))
    if attended and (_the_two_sides(support) or reported):
        # «وعقد الجانبان جلسة مباحثات بحضور X و Y», «وجرى اللقاء بحضور X»: the meeting just
        # reported, and who attended it (`with_attendees`)
        return Reading((entities(named),), (), f"{rule}-attended", 0.7)
    # «وحضر الاجتماع عن الجانب السعودي X»: a side named makes it the two-sided one just reported
    owned = any(m.entity.type in BODIES for m in found.owners)
    sided = not owned and bool(_side_marks(doc, token, entities(attendees)))
    conference = _hosted_conference(held_meetings(doc), trigger.convened)
    bare = not trigger.convened or sided or conference is not None
    bare = bare or _told_again(doc, token)
    # «مراسم التوقيع», «الاحتفال»: the one reported; «حضر احتفالا بالعيد الوطني»: another
    ceremony = trigger.frame == "ceremony" and token.morph.get("Definite") != ["Ind"]
    reported = definite(token) or ceremony
    if trigger.frame == "ceremony" and not reported:
        return None
    if trigger.frame == "ceremony" and attendees and not held_meetings(doc):
        # «شهد X ونظيره Y مراسم التوقيع …، برعاية Z وبحضوره»: a ceremony the article tells
        # first; its witnesses and a patron who was there, each of his own state, met
        patron = _attending(doc, token, found.all())[0]
        sides = apart(doc, attendees + _listed_with(doc, attendees, found.all()) + patron)
        return Reading(sides, (), f"{rule}-attendees", 0.7) if sides else None
    if frame == "attend" and not bodies:
        chaired = _chaired_here_or_before(doc, token, support, found, attendees, reported)
        if chaired is not None:
            return Reading(chaired, (), f"{rule}{HOSTED}", 0.7)
    if frame == "attend" and attendees and not bodies and bare and reported:
        # «وحضر اللقاء(ين) X»: the meeting(s) just reported, which X joins (`with_attendees`),
        # with those listed after him («X، وقائد الجيش Y، ووزير الداخلية Z»)
        first, last = doc._.offsets[token.sent.start][0], doc._.offsets[token.sent.end - 1][1]
        others = [m for m in doc._.mentions if first <= m.start and m.end <= last]
        attendees += _listed_with(doc, attendees, others)
        return Reading((entities(attendees),), (), f"{rule}-attended", 0.7)
    if not bodies and not attendees:
        if trigger.convened and frame in ("open", "passive", "host", "light"):
            bodies = [m for m in present if m.entity.type in BODIES]
        if trigger.convened and frame == "light" and support is not None:
            # «عقدت اللجنة التنفيذية لمنظمة X اجتماعاً»: a body's organ meets as the body;
            # «وفي 18 يناير عقدت «إيغاد» قمتها»: the body right between the verb and the noun
            bodies = bodies or _organ_of_a_body(doc, support[0])
            bodies = bodies or _body_between(doc, support[0], token)
        # «عقدت المجموعة قمة، ترأسها رئيس الجمهورية وماكرون، بحضور الرئيس النيجري X …»
        # (a reception's guests are the host's: «حفل استقبال …، حضره X و Y» tells no sides)
        chaired = trigger.convened and not bodies
        people = _chaired_or_attended_after(doc, token) if chaired else []
        if chaired and not people and frame in ("open", "passive"):
            # «انطلق الاجتماع الوزاري برئاسة X بمشاركة Y و Z»: a meeting that begins (or is
            # held, none told before) with its chair and those taking part
            people = _chaired_and_taking_part(doc, token)
        inviter = [m for m in people if _invited_right_before(doc, m)]
        if inviter and len(people) > 1:
            # «عُقدت القمة … بدعوة من الرئيس X، وحضرها A و B»: who invited them hosted them
            guests = [m for m in people if m not in inviter]
            sides = hosted(doc, entities(inviter), entities(guests))
            return Reading(sides, (), f"{rule}{HOSTED}", 0.7)
        hosted_by = _hosted_by(doc, frame, found, people, bodies, rule)
        if hosted_by is not None:
            return hosted_by
        sides = apart(doc, people)
        if sides:
            return Reading(sides, (), f"{rule}-attendees", 0.7)
        if not bodies:
            return None
    finite = support is not None and support[0].pos_ in ("VERB", "AUX")
    if frame == "attend" and finite and not bodies:
        # «وحضر الاجتماع وزير الخارجية الأردني X ونظيره المصري Y»: attendees who each stand
        # for a state or body of their own met one another («رؤساء الدول المشاركين في القمة»,
        # a participle, tells who they are, not that they met)
        listed = attendees + _listed_with(doc, attendees, found.all())
        sides = apart(doc, listed)
        if trigger.convened and len(sides) > _PEERS_WHO_MEET:
            # «وشارك في المؤتمر بوتين وأردوغان وماكرون …»: the many taking part in a summit
            # or a conference took part, with no host named; they met no one in particular
            return Reading((entities(listed),), (), f"{rule}-participants", 0.7)
        if sides:
            return Reading(sides, (), f"{rule}-attendees", 0.7)
    people = entities(bodies + attendees + [m for m in present if m not in bodies + attendees])
    if trigger.convened:
        # «قمة لدول الهيئة … برئاسة X، شارك فيها Y و Z»: who chaired and took part in it
        after = _chaired_or_attended_after(doc, token)
        hosted_by = _hosted_by(doc, frame, found, after, bodies, rule)
        if hosted_by is not None:
            return hosted_by
        chairs, took_part = _chair_then_participants(doc, token)
        if chairs and took_part:
            # «عقد المجلس جلسة …، ترأسها X، وشارك فيها A و B»: the chair hosts those who took
            # part; the body convenes it
            sides = hosted(doc, entities(chairs), entities(took_part))
            return Reading(sides, entities(bodies), f"{rule}{HOSTED}", 0.7)
        people = tuple(dict.fromkeys(people + entities(after)))
    return Reading((people,), entities(bodies), f"{rule}-convened", 0.75)


def _body_between(doc: Doc, verb: Token, noun: Token) -> list[Mention]:
    """The body named right after a light verb and right before its meeting noun («عقدت
    «إيغاد» قمتها»), whatever the parse made of the clause: the verb's subject."""
    text, offsets = doc._.article.text, doc._.offsets
    start, end = offsets[verb.i][1], offsets[noun.i][0]
    inside = [m for m in doc._.mentions if start <= m.start and m.end <= end]
    if len(inside) != 1 or inside[0].entity.type not in BODIES:
        return []
    body = inside[0]
    bare = text[start : body.start].strip(_QUOTES) + text[body.end : end].strip(_QUOTES)
    return inside if not bare else []


_QUOTES = ' «»"“”'


def _organ_of_a_body(doc: Doc, verb: Token) -> list[Mention]:
    """The body whose organ is the verb's subject: «اللجنة التنفيذية لمنظمة X», «المجلس
    الوزاري لمجلس التعاون» (the organ's noun, an adjective or two, then «لـ» and the body)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or without_conjunction(doc._.folded[subject.i]) not in ORGANS:
        return []
    text, end = doc._.article.text, doc._.offsets[subject.i][1]
    after = sorted((m for m in doc._.mentions if m.start >= end), key=lambda m: m.start)
    if not after or after[0].entity.type not in BODIES:
        return []
    words = normalize(text[end : after[0].start]).split()
    return after[:1] if words and words[-1] == "ل" and len(words) <= _ORGAN_WORDS else []


_ORGAN_WORDS = 3  # «التنفيذية ل», «الوزاري الخليجي ل»: the organ's adjectives and «لـ»


def _hosted_by(
    doc: Doc,
    frame: str | None,
    found: Roles,
    taking_part: list[Mention],
    bodies: list[Mention],
    rule: str,
) -> Reading | None:
    """«استضاف الرئيس X قمة استثنائية للهيئة …، شارك فيها Y»: the person who hosted the summit
    hosts those who took part in it; the body it names convenes it."""
    hosts = [m for m in found.subjects if m.entity.type == "Person"]
    guests = [m for m in taking_part if m.entity not in entities(hosts)]
    if frame not in _HOSTING_FRAMES or not hosts or not guests:
        return None
    sides = hosted(doc, entities(hosts), entities(guests))
    return Reading(sides, entities(bodies), f"{rule}{HOSTED}", 0.7)


def _chaired_here_or_before(
    doc: Doc,
    noun: Token,
    support: tuple[Token, Trigger] | None,
    found: Roles,
    attendees: list[Mention],
    reported: bool,
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]] | None:
    """The chairs' side and their guests' of a meeting someone attends, when its chair is
    named: in the sentence («وترأس X الاجتماع، الذي شارك فيه A و B»), or, for a meeting named
    again, by a sentence before (`_chairs_told_before`: «… خلال قمة ترأسها X و Y. وشارك في
    القمة A و B»); else None."""
    if _support_lemma(support) == CHAIRING:
        took_part = _taking_part_after(doc, noun)
        start = doc._.offsets[noun.i][0]
        chairs = [m for m in attendees if m.start < start and m not in took_part]
        return hosted(doc, entities(chairs), entities(took_part)) if took_part and chairs else None
    taking_part = attendees or _named_right_after(doc, noun, found.loose)
    if not taking_part:
        # «وشارك في القمة، إلى جانب الرئيس X وأمير قطر، الرئيس Y …»: the parse hangs the
        # list under «جانب», which makes its people topics
        end = doc._.offsets[noun.i][1]
        taking_part = [m for m in found.topics if m.entity.type == "Person" and m.start > end]
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    if support is not None:
        # «وشارك في القمة التي عقدت في مركز … الرئيس X، والرئيس Y»: the names the verb lists,
        # however the parse hung them and the clauses cut them
        after = _listed_after_verb(doc, support[0], people)
        taking_part = list(dict.fromkeys(taking_part + after))
    listed = taking_part + _listed_with(doc, taking_part, found.all())
    chairs = [m for m in _chairs_of(doc, noun, people) if m not in listed]  # «التي افتتحها X»
    chairs = chairs or (_chairs_told_before(doc, noun) if reported else [])
    chairs = chairs or _chairs_by_capacity(doc, listed)
    return _chairs_host(doc, chairs, listed)


def _chairs_host(
    doc: Doc, chairs: list[Mention], taking_part: list[Mention]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]] | None:
    """The chairs' side and their guests': who takes part, but a chair, and but one named by
    a single guessed word (a guest read as «كمال» or «ماكي» alone is likely a name kg cut: «م.
    كمال على محمد», «ماكي صال»); None with no chair or no guest."""
    if not chairs:
        return None
    guests = [m for m in taking_part if not (is_guess(m) and len(m.entity.label.split()) == 1)]
    sides = hosted(doc, entities(chairs), entities(guests))
    return sides if sides[1] else None


def _chairs_by_capacity(doc: Doc, people: list[Mention]) -> list[Mention]:
    """Those of `people` there as the chair of the session («إلى جانب X بصفته رئيس الدورة
    الحالية للمجموعة», «Y بصفته الرئيس الدوري لسيلاك»)."""
    text = doc._.article.text
    chairs = []
    for person in people:
        words = normalize(text[person.end : person.end + _CAPACITY_CHARS]).split()
        if words[:1] and words[0] in CAPACITY and set(words[1:4]) & SESSION_CHAIR:
            chairs.append(person)
    return chairs


_CAPACITY_CHARS = 40  # «بصفته رئيس الدورة الحالية»


# The most attendees of a summit or a conference, each of another side, that met one another
# («وحضر الاجتماع الثلاثي وزير الخارجية الأردني X ونظيره المصري Y والعراقي Z»)
_PEERS_WHO_MEET = 3


def _chaired_or_attended_after(doc: Doc, noun: Token) -> list[Mention]:
    """The people of the clause right after a new meeting noun whose verb chairs or attends it
    («قمة استثنائية، ترأسها X و Y، بحضور Z و W»): listed after the verb and after «بحضور»."""
    verb = _attending_verb_after(noun)
    if verb is None:
        return []
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    listed = _listed_after_verb(doc, verb, people)
    # «قمة لدول جوار السودان برئاسة X، شارك فيها Y و Z»: its chair, named before the verb
    chair = [m for m in _chaired_before(doc, noun, verb, people) if m not in listed]
    return chair + listed + [m for m in _attending(doc, verb, people)[0] if m not in listed]


def _chair_then_participants(doc: Doc, noun: Token) -> tuple[list[Mention], list[Mention]]:
    """Who chaired a new meeting noun by its pronoun («…، ترأسها X») and who took part in it
    by a second verb later in the sentence («، وشارك فيها A و B»); else nothing."""
    lexicon = triggers()
    verb = _attending_verb_after(noun)
    if verb is None or lexicon.verbs.lookup(verb.text) != CHAIRING:
        return [], []
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    chairs = _listed_after_verb(doc, verb, people)[:1]
    second = next(
        (
            t
            for t in doc[verb.i + 1 : verb.sent.end]
            if t.pos_ == "VERB"
            and (trigger := lexicon.as_verb(t)) is not None
            and trigger.frame == "attend"
            and (_in_it(t) or with_object_pronoun(t))
        ),
        None,
    )
    if not chairs or second is None:
        return [], []
    took_part = [m for m in _listed_after_verb(doc, second, people) if m not in chairs]
    return chairs, took_part


def _chaired_and_taking_part(doc: Doc, noun: Token) -> list[Mention]:
    """Who «برئاسة» and «بمشاركة» (or «بحضور») name in a meeting noun's clause."""
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    _, end = clause_of(noun)
    chair = next((t for t in doc[noun.i + 1 : end] if _chaired_by(t)), None)
    chairs = _listed_after_verb(doc, chair, people, on_it=True) if chair is not None else []
    return chairs + [m for m in taking_part(doc, noun, people) if m not in chairs]


def _chaired_before(doc: Doc, noun: Token, verb: Token, people: list[Mention]) -> list[Mention]:
    """The person named right after «برئاسة» (or «بدعوة من»: who invited them hosts) between a
    meeting noun and the verb after it."""
    chaired = next((t for t in doc[noun.i + 1 : verb.i] if _chaired_by(t) or _invited_by(t)), None)
    if chaired is None:
        return []
    start, end = doc._.offsets[chaired.i][1], doc._.offsets[verb.i][0]
    named = [m for m in people if start <= m.start and m.end <= end]
    return sorted(named, key=lambda m: m.start)[:1]


def _listed_after_verb(
    doc: Doc, verb: Token, people: list[Mention], on_it: bool = False
) -> list[Mention]:
    """The people listed right after the verb, in its sentence; `on_it`: from a mention that
    takes the word in («برئاسة معالي وزير الدولة X», read as a title)."""
    start = doc._.offsets[verb.i][0 if on_it else 1]
    end = doc._.offsets[end_in_sentence(verb, len(doc)) - 1][1]
    after = sorted((m for m in people if start <= m.start < end), key=lambda m: m.start)
    if after and COMPOSITION_ENDS.search(normalize(doc._.article.text[start : after[0].start])):
        return []  # «قبل أن يترأس الجلسة، فيما وقف X و Y …»: another clause's people
    return listed_from(after, doc._.article.text, start)


def _chairs_told_before(doc: Doc, noun: Token) -> list[Mention]:
    """Who chaired the meeting a definite noun names again, as a sentence before told it (the
    same noun, chaired: `_chairs_of`), or who opened the summit it names; else who chaired the
    last meeting of another noun told before, when a summit or a session names it again
    («ترأس X أعمال الدورة الخامسة والأربعين للمجلس الأعلى … وشارك في أعمال القمة Y»)."""
    lexicon = triggers()
    lemma = lexicon.nouns.lookup(noun.text)
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    words = doc._.words  # the forms, read without building a Token for each
    others = []
    for index in range(start_in_sentence(noun, 0)):
        told_lemma = lexicon.nouns.lookup(words[index])
        if told_lemma is None:
            continue
        if told_lemma != lemma:
            others.append(index)
            continue
        told = doc[index]
        # «ترأس X أعمال الدورة … على مستوى القمة»: the session held at the summit's level
        held = _held_at_the_level(told) if at_the_level_of(told) else [told]
        chairs = next((c for t in held if (c := _chairs_of(doc, t, people))), [])
        if chairs:
            return chairs
    opened = _opener_told_before(doc, noun, people)
    if opened or lemma not in _SESSIONS:
        return opened
    convened = (doc[i] for i in reversed(others) if (t := lexicon.of(doc[i])) and t.convened)
    return next((c for told in convened if (c := _chairs_of(doc, told, people))), [])


_SESSIONS = {"قمه", "دوره", "اجتماع", "جلسه"}  # a meeting named again by another noun (folded)
_WITH = "مع"  # «ترأس مع X»: X chairs beside an unnamed subject (folded)


def _held_at_the_level(level: Token) -> list[Token]:
    """The meeting nouns before «على مستوى القمة» in its sentence, the nearest first."""
    lexicon = triggers()
    before = level.doc[level.sent.start : level.i - 1]
    return [t for t in reversed(before) if t.pos_ == "NOUN" and lexicon.of(t) is not None]


def _chairs_of(doc: Doc, noun: Token, people: list[Mention]) -> list[Mention]:
    """The people a meeting noun's sentence says chaired it: the subjects of a chairing verb
    that governs it («وترأس القمة، التي استمرت يومين، X و Y», «ترأس X أشغال القمة»), of one
    right after an indefinite noun with its pronoun («قمة استثنائية لقادة المجموعة ترأسها
    X», or opening one on a definite noun: «القمة، التي افتتحها X»), or those «برئاسة» names
    in its clause or in the relative clause on it («قمة … التي عُقدت اليوم في الرياض برئاسة
    X»)."""
    _, end = clause_of(noun)
    chairing = _chairing_verb_before(noun)
    if chairing is not None:
        # «استضاف الرئيس X قمة …، وشارك فيها Y»: he hosted those taking part
        return [] if negated(chairing) else _listed_after_verb(doc, chairing, people)
    verb = _verb_after(noun) or _hosting_past_a_name(noun)
    words = doc._.folded
    relative = verb is not None and any(words[i] in RELATIVES for i in range(noun.i, verb.i))
    # «قمة … ترأسها X», «القمة، التي افتتحها X»: the pronoun is the meeting
    held = verb is not None and (relative or not definite(noun)) and _chairs_or_opens(verb)
    held = held and with_object_pronoun(verb)
    # «الاجتماع الوزاري الذي دعا إليه X»: who called it
    if (held or (relative and _called_to_it(verb))) and not negated(verb):
        # «التي ترأسها X عبر الاتصال المرئي»: no one sat with a chair on a screen
        if modality(verb, False) == "phone":
            return []
        # «المؤتمر، الذي ترأسه بالاشتراك مع Y»: the subject chaired it too
        return chair_beside(doc, verb, people) + _listed_after_verb(doc, verb, people)
    end = max(end, _relative_end(noun))  # «برئاسة» in its own clause or the relative one
    chair = next((t for t in doc[noun.i + 1 : end] if _chaired_by(t)), None)
    return _listed_after_verb(doc, chair, people, on_it=True) if chair is not None else []


_HOSTING_FRAMES = {"host"}  # «استضاف X قمة»; closing one («اختتمت القمة») hosts no one


def _chairs_or_opens(verb: Token) -> bool:
    """A verb that chairs, opens or hosts a meeting («ترأس», «افتتح», «استضاف»): its subject
    hosts it."""
    lexicon = triggers()
    trigger = lexicon.of(verb)
    return lexicon.verbs.lookup(verb.text) == CHAIRING or (
        trigger is not None and trigger.frame in {"open", *_HOSTING_FRAMES}
    )


def _hosting_past_a_name(noun: Token) -> Token | None:
    """«القمة الاستثنائية الثانية والأربعون لرؤساء دول وحكومات الهيئة …، التي استضافها X»:
    the relative clause's verb past a summit's long name, when it hosts, opens or chairs the
    meeting by its pronoun and no other verb or meeting noun comes between."""
    doc, lexicon = noun.doc, triggers()
    end = end_in_sentence(noun, noun.i + _NAME_REACH)
    for token in doc[noun.i + 1 : end - 1]:
        if token.pos_ == "VERB" or (token.pos_ == "NOUN" and lexicon.of(token) is not None):
            return None
        if doc._.folded[token.i] in RELATIVES:
            verb = doc[token.i + 1]
            return verb if _chairs_or_opens(verb) and with_object_pronoun(verb) else None
    return None


_NAME_REACH = 16  # tokens of a summit's name and its body's («… لرؤساء دول وحكومات …»)


def _second_host(doc: Doc, noun: Token, people: list[Mention]) -> list[Mention]:
    """«القمة التي استضافها X في مقر الرئاسة وترأسها Y»: Y, whom the next verb of the relative
    clause names («و», a chairing verb, the meeting's pronoun), chaired the summit X hosted,
    beside X and those who took part (`_chaired_by_pronoun`)."""
    verb = _relative_verb_after(noun) or _hosting_past_a_name(noun)
    if verb is None or not (_chairs_or_opens(verb) and with_object_pronoun(verb)):
        return []
    words = doc._.folded
    for token in doc[verb.i + 1 : end_in_sentence(verb, len(doc))]:
        if not words[token.i].startswith("و") or not with_object_pronoun(token):
            continue
        if _chairs_or_opens(token) and not negated(token):
            return _listed_after_verb(doc, token, people)
        break
    return []


def _called_to_it(verb: Token) -> bool:
    """«دعا إليه», «دعت إليها»: a verb of calling whose pronoun after «إلى» is the meeting."""
    words = verb.doc._.folded
    following = words[verb.i + 1 : end_in_sentence(verb, verb.i + 3)]
    return words[verb.i] in CALLED and (following[:1] in TO_IT or following[:2] in TO_IT)


def _object_of(noun: Token) -> bool:
    """Whether a meeting noun after a chairing verb is what it chairs («ترأس X أعمال القمة»,
    «وترأس القمة، …، X»): no preposition makes it where something else is chaired («ترأس X
    وفد بلاده إلى القمة»). The parse's heads are not read: it may hang the summit on a name
    it took for a verb («تبون»)."""
    return not any(child.dep_ == "case" for child in noun.children)


def _relative_end(noun: Token) -> int:
    """The end of the relative clause on a meeting noun («قمة A و B، التي عقدت اليوم في
    الرياض برئاسة X»), or the noun's own end when none follows it in its clause's next one."""
    doc = noun.doc
    _, end = clause_of(noun)
    index, last = end, end_in_sentence(noun, len(doc))
    while index < last and doc[index].pos_ == "PUNCT":
        index += 1
    if index >= last or doc._.folded[index] not in RELATIVES:
        return noun.i + 1
    return clause_of(doc[index])[1]


_CHAIR_REACH = 6  # tokens from a meeting noun to the verb that chairs it


def _opener_told_before(doc: Doc, noun: Token, people: list[Mention]) -> list[Mention]:
    """Who opened a summit a sentence before told of, when the noun names a summit too
    («افتتح الرئيس X أشغال الدورة … على مستوى القمة … . وشارك في القمة A و B»): the people
    named right after the verb that opens it. (Who attends the session of a conference its
    host opened, an observer, need not have met him.)"""
    lexicon = triggers()
    if lexicon.nouns.lookup(noun.text) != SUMMIT:
        return []
    for verb in doc[: start_in_sentence(noun, 0)]:
        opens = verb.pos_ == "VERB" and (trigger := lexicon.of(verb)) is not None
        if not opens or trigger.frame != "open" or negated(verb):
            continue
        _, end = clause_of(verb)
        held = [
            t
            for t in doc[verb.i + 1 : end]
            if t.pos_ == "NOUN" and (row := lexicon.of(t)) is not None and row.convened
        ]
        # who opens it comes before the summit it opens («افتتح X أشغال القمة»), not after it
        # («انطلقت أعمال القمة بمشاركة X»: X took part)
        before = doc._.offsets[held[0].i][0] if held else 0
        openers = [m for m in _listed_after_verb(doc, verb, people) if m.end <= before]
        if openers:
            return openers
    return []


def _support_lemma(support: tuple[Token, Trigger] | None) -> str | None:
    """The lemma of the verb that holds a meeting noun, if any."""
    return support[1].lemma if support is not None else None


def _taking_part_after(doc: Doc, noun: Token) -> list[Mention]:
    """The people a relative clause right after a meeting noun says took part in it («الاجتماع،
    الذي شارك فيه A و B و C», «قمة حضرها A، ومعه B»)."""
    verb = _relative_verb_after(noun) or _attending_verb_after(noun)
    trigger = triggers().of(verb) if verb is not None else None
    if trigger is None or trigger.frame != "attend" or negated(verb):
        return []
    return _listed_after_verb(doc, verb, [m for m in doc._.mentions if m.entity.type == "Person"])


def _relative_verb_after(noun: Token) -> Token | None:
    """The verb after the relative pronoun right after a meeting noun and its adjectives."""
    doc = noun.doc
    index, end = noun.i + 1, end_in_sentence(noun, len(doc))
    while index < end and doc[index].pos_ in ("ADJ", "PUNCT"):
        index += 1
    if index + 1 >= end or doc._.folded[index] not in RELATIVES:
        return None
    return doc[index + 1]


def _chaired_by(token: Token) -> bool:
    """«برئاسة», or «رئاسة» with the «ب» the tokenizer cut off."""
    folded = token.doc._.folded
    word = folded[token.i]
    return word == CHAIRED_BY or (word == CHAIRED_BY[1:] and folded[token.i - 1] == "ب")


def _invited_by(token: Token) -> bool:
    """«بدعوة من», or «دعوة» with the «ب» the tokenizer cut off, before «من»."""
    folded = token.doc._.folded
    word = folded[token.i]
    glued = word == _INVITATION or (word == _INVITATION[1:] and folded[token.i - 1] == "ب")
    return glued and token.i + 1 < len(token.doc) and folded[token.i + 1] == "من"


_INVITATION = "بدعوه"  # folded


def _invited_right_before(doc: Doc, mention: Mention) -> bool:
    """Whether «بدعوة من» stands right before the name: the one who invited."""
    start = max(0, mention.start - _INVITATION_CHARS)
    return normalize(doc._.article.text[start : mention.start]).split()[-2:] == [_INVITATION, "من"]


_INVITATION_CHARS = 14  # «بدعوة من »


def _attending_verb_after(noun: Token) -> Token | None:
    """The verb that chairs, opens or attends an indefinite meeting noun by its pronoun, opening the
    next clause of the sentence («قمة …، ترأسها», «اجتماعا حضره»), or its own relative
    clause with no comma before it («قمة استثنائية للهيئة «إيغاد» شارك فيها X»)."""
    if definite(noun) and not _held_here(noun):
        return None
    _, end = clause_of(noun)
    following = noun.doc[noun.i + 1 : end_in_sentence(noun, end + 3)]
    # «وحضرها»: a verb the tagger may take for a conjunction, its pronoun cut off after it
    verb = next((t for t in following if t.pos_ == "VERB" or _verb_with_pronoun(t)), None)
    trigger = triggers().as_verb(verb) if verb is not None else None
    # «اجتماعاً وزارياً، افتتحه X بحضور Y»: who opened it attended it
    attends = trigger is not None and trigger.frame in ("attend", "open") and trigger.pos == "verb"
    by_pronoun = attends and (with_object_pronoun(verb) or _in_it(verb))
    # «رئيسة القمة …، وتحدث فيه X»: «فيه» is another noun's, not the summit's
    agrees = verb is not None and _feminine_noun(noun) == _feminine_pronoun(verb)
    return verb if by_pronoun and agrees and not negated(verb) else None


def _verb_with_pronoun(token: Token) -> bool:
    """A meeting verb's form with its object pronoun, whatever its tag."""
    return with_object_pronoun(token) and triggers().as_verb(token) is not None


def _held_here(noun: Token) -> bool:
    """«عُقدت القمة الأولى في برازيليا …، وحضرها X»: a definite meeting noun that is the
    subject of the verb right before it, which tells it was held; the clause after it is on
    it, not on a meeting told before."""
    verb = noun.head
    return noun.dep_.startswith("nsubj") and verb.i < noun.i and triggers().of(verb) is not None


def _in_it(verb: Token) -> bool:
    """«شارك فيها»: the verb's «في» right after it, with the meeting's pronoun on it (glued, or
    split off by the tokenizer)."""
    doc = verb.doc
    following = normalize(doc[verb.i + 1].text) if verb.i + 1 < len(doc) else ""
    split = following == "في" and verb.i + 2 < len(doc) and doc[verb.i + 2].pos_ == "PRON"
    return split or following in ("فيها", "فيه")


def _holders_in_a_relative(doc: Doc, noun: Token) -> list[Mention]:
    """The bodies a relative clause on a convened meeting noun says held or hosted it («القمة
    العربية الإسلامية المشتركة التي عقدتها X و Y», «الاجتماع الثالث للمبعوثين الخاصين، الذي
    عقدته X»): past the noun's own phrase (a few words and no verb: the parse often breaks
    it), the relative pronoun, a light or host verb, and the bodies listed right after it."""
    lexicon = triggers()
    _, end = clause_of(noun)
    index = noun.i + 1
    reach = min(end, noun.i + _NOUN_PHRASE_WORDS)
    while index < reach and doc[index].pos_ not in ("VERB", "AUX"):
        if normalize(doc[index].text) in RELATIVES:
            break
        index += 1
    if index + 1 >= end or normalize(doc[index].text) not in RELATIVES:
        return []
    verb = doc[index + 1]
    trigger = lexicon.of(verb)
    if trigger is None or trigger.frame not in ("light", "host"):
        return []
    start = doc._.offsets[verb.i][1]
    after = [m for m in doc._.mentions if start <= m.start < doc._.offsets[end - 1][1]]
    if not after or after[0].entity.type not in BODIES:
        return []  # «القمة التي عقدت في مركز …»: a place, then others, hold nothing
    gap = doc._.article.text[start : after[0].start].split()
    if len(gap) > _HOLDER_GAP:
        return []
    after = [m for m in after if m.entity.type in BODIES]
    return listed_from(after, doc._.article.text, start)


_HOLDER_GAP = 2  # words between the verb and the body that held it («عقدتها أمس في X»)
_NOUN_PHRASE_WORDS = 10  # «الاجتماع الثالث للمبعوثين الخاصين المعنيين بأفغانستان، الذي»


def _named_right_after(doc: Doc, noun: Token, loose: list[Mention]) -> list[Mention]:
    """«وانضم إلى اللقاء X و Y»: the names listed right after the meeting noun, which the
    parse hung under it, are the verb's subjects."""
    gap, listed = listed_after_word(doc, noun, loose)
    return [] if gap.strip() else listed


def listed_after_word(doc: Doc, word: Token, loose: list[Mention]) -> tuple[str, list[Mention]]:
    """The unmarked names listed after a word (a meeting noun, a verb), and the text between
    it and them."""
    text = doc._.article.text
    end = doc._.offsets[word.i][1]
    after = sorted((m for m in loose if m.start >= end), key=lambda m: m.start)
    if not after:
        return "", []
    return text[end : after[0].start], listed_from(after, text, after[0].start)


def _the_two_sides(support: tuple[Token, Trigger] | None) -> bool:
    """Whether the verb holding a meeting noun has «الجانبان» or «الطرفان» for its subject."""
    return support is not None and any(
        c.dep_.startswith("nsubj") and normalize(c.text).removeprefix("و") in DUAL_COLLECTIVES
        for c in support[0].children
    )


def _under_a_side(doc: Doc, mention: Mention) -> bool:
    """A person whose phrase climbs through «الجانب» (a side named by its state), or holds it
    («وعن الجانب الإسرائيلي X», with «الجانب» hung under X)."""
    path = path_of(doc, mention)
    if path is None or mention.entity.type != "Person":
        return False
    words = [*path.via[1:], *(c for t in path.via for c in t.children)]
    return any(normalize(t.text) == _SIDE for t in words)


def _listed_attendees(doc: Doc, noun: Token, loose: list[Mention]) -> list[Mention]:
    """Unmarked names listed after «هي» or a colon («اجتماع 7 دول هي تركيا والسعودية»)."""
    gap, listed = listed_after_word(doc, noun, loose)
    opener = normalize(gap).replace(":", " : ").split()
    return listed if any(word in LIST_OPENERS for word in opener) else []


def _listed_with(doc: Doc, attendees: list[Mention], others: list[Mention]) -> list[Mention]:
    """The names listed right after the last attendee, with «و» (and the next one's title) or
    «إلى جانب» between («شارك في القمة الرئيس X والرئيس Y»: the parse may hang Y anywhere)."""
    if not attendees:
        return []
    text = doc._.article.text
    last = max(attendees, key=lambda m: m.end)
    after = sorted((m for m in others if m.start >= last.end), key=lambda m: m.start)
    if not after:
        return []
    gap = normalize(text[last.end : after[0].start]).replace("،", " ").split()
    alongside = [m for m in after if _after_alongside(text, m)]
    person = after[0].entity.type == "Person"
    if gap and (all(word in LIST_GLUE for word in gap) or and_then_title(gap, person)):
        start = last.end  # «X والرئيس Y», «X، وقائد الجيش المشير Y»
    elif alongside:  # «شارك X في الاجتماع الذي عقد في القاهرة إلى جانب Y»
        after, start = after[after.index(alongside[0]) :], alongside[0].start
    else:
        return []
    return [m for m in listed_from(after, text, start) if m not in attendees]


def _after_alongside(text: str, mention: Mention) -> bool:
    """Whether «إلى جانب» comes right before the mention."""
    return tuple(normalize(w) for w in last_words(text, mention.start, 2)) == ALONGSIDE
