"""Words that stand for an actor named before: «الحركة» for the body of that kind, «جلالته»
for the King, «بلاده» for the speaker's state, «الوفد المرافق له» for the leader's body,
«هذه الدول» for the states just listed, «الوزيرين» for the two ministers named last, and a
body's short name («فتح» after «حركة فتح»).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace

from kg.gazetteer import Gazetteer, overlaps
from kg.lang.ar.words import (
    ACCOMPANYING,
    BLOC,
    BODY_ANAPHORS,
    BODY_HEADS,
    COUNTED_STATES,
    COUNTED_TITLE_STEMS,
    COUNTED_TITLES,
    COUNTERPART,
    COUNTRY_ANAPHORS,
    DELEGATION_OF,
    DESCRIBED_KINDS,
    DUAL_ANAPHORS,
    DUAL_DELEGATIONS,
    DUAL_OFFICES,
    FIRST_NAME_TITLES,
    HONORIFIC_ANAPHORS,
    HONORIFIC_PRONOUNS,
    HONORIFICS,
    PLURAL_MINISTERS,
    PLURAL_TITLES,
    SECOND_DELEGATION,
    STATE_COUNTS,
    STATES_ANAPHOR,
    STYLED_OFFICES,
    STYLED_ONLY,
    THE_KINGDOM,
    THE_LATTER,
)
from kg.mention_coreferences import right_before_a_name
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.schema import BODIES
from kg.title_holders import UNNAMED_HOLDER
from kg.types import Entity, Mention

DELEGATING = BODIES | {"State"}  # who sends a delegation


def body_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """«الحركة», «الجماعة», «الحزب», «الرابطة», «الجامعة», «المجلس», «الحلف», «المجموعة»,
    «الهيئة», «اللجنة»: the body of that kind the article named last («القاهرة تبحث مع
    الحركة» after «وفد من حماس»: Hamas; «تضم الرابطة» after «رابطة دول جنوب شرق آسيا»: ASEAN);
    «التكتل» («the bloc»): the group of states named last. It beats the NER's unlinked guess at
    the word."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions if m.rule != "ner"]
    bodies = [m for m in mentions if m.entity.type in BODIES]
    # «رئيس المكتب السياسي لحركة «حماس» إسماعيل هنية، على رأس وفد من الحركة»: a body named
    # inside a person's title, in the anaphor's sentence
    titled = [
        replace(m, entity=m.represents)
        for m in mentions
        if m.entity.type == "Person" and m.represents is not None and m.represents.type in BODIES
    ]
    starts = {m.start for m in mentions}
    found = []
    for match in BODY_ANAPHORS.finditer(folded):
        # «واللجنة»: the anaphor is the word after the conjunction (or «ب»), which the
        # parse splits off
        glued = folded[match.start()] in _GLUED and folded[match.start() + 1] == "ا"
        start, end = original_span(offsets, match.start() + glued, match.end())
        if overlaps((start, end), taken):
            continue
        kind = match.group(1)
        described = _DESCRIBED.match(folded, match.end())
        if kind in DESCRIBED_KINDS and described and not _names_next(described, offsets, starts):
            # «وتضم اللجنة المكلفة بمتابعة التنفيذ»: a committee described anew (not «وتضم
            # اللجنة الولايات المتحدة»: a name, the verb's object)
            continue
        candidates = bodies + [m for m in titled if not _SENTENCE_END.search(text, m.end, start)]
        candidates.sort(key=lambda m: m.start)
        earlier = [m for m in candidates if m.end <= start and _of_kind(m, kind, text)]
        if earlier:
            found.append(Mention(start, end, earlier[-1].entity, "body-anaphor", 0.6))
    return found


def _names_next(described: re.Match[str], offsets: list[int], starts: set[int]) -> bool:
    """Whether the definite word after a body anaphor starts a mention."""
    return offsets[described.end() - len("ال") - 1] in starts  # where «ال» begins


_GLUED = {"و", "ف", "ب"}
_SENTENCE_END = re.compile(r"[.!؟?\n]")
# a definite word right after the anaphor (not «إلى», folded «الي»)
_DESCRIBED = re.compile(r"\s+(?!الي(?!\w))ال\w")


def _of_kind(body: Mention, kind: str, text: str) -> bool:
    """Whether `body` is what a body anaphor of `kind` may stand for: one whose name starts
    with the word, or for «التكتل» any group of states."""
    if kind == BLOC:
        return body.entity.type == "Group"
    named = normalize(body.entity.label), normalize(text[body.start : body.end])
    # «تحالف «حارس الازدهار»»: the head noun before a name in quotation marks
    before = text[max(0, body.start - _HEAD_CHARS) : body.start].rstrip()
    head = normalize(before).rstrip(" «").split()
    return any(name.removeprefix("ال").startswith(kind) for name in named) or (
        before.endswith("«") and head[-1:] in ([kind], ["ال" + kind])
    )


_HEAD_CHARS = 16


def honorific_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """«كما التقى جلالته رئيس الوزراء الكندي»: the King the article named before."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    people = sorted((m for m in mentions if m.entity.type == "Person"), key=lambda m: m.start)
    found = []
    for match in HONORIFIC_ANAPHORS.finditer(folded):
        start, end = original_span(offsets, match.start(1), match.end())
        if overlaps((start, end), taken):
            continue
        stems = HONORIFIC_PRONOUNS[match.group(1)]
        named = [
            m
            for m in people
            if m.end <= start
            and any(w in normalize(text[max(0, m.start - 25) : m.end]) for w in stems)
        ]
        # Those whose honorific stands right before the name: the first of them is the
        # article's host, whom a guest's honorific after him does not displace («استقبل
        # معالي X … معالي Y … كما التقى معاليه»); else the last named near one.
        styled = [m for m in named if _styled(text, m, stems)]
        # a headline's unnamed holder («دولة رئيس وزراء باكستان») yields to the one named
        styled = [m for m in styled if m.rule != UNNAMED_HOLDER] or styled
        if match.group(1) in STYLED_ONLY:
            named = styled  # «دولته»: «his state», unless the article styled someone so
        if named:
            person = styled[0] if styled else named[-1]
            found.append(Mention(start, end, person.entity, "honorific-anaphor", 0.6))
    return found


def styled_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """«وعقد السيد الوزير لقاءات ثنائية», «التقى وزير الدولة يوم 22 سبتمبر»: a style and a bare
    office, or «وزير الدولة» alone, is the first person the article named with that office in
    his title («ترأس وزير الخارجية X», «التقى وزير الدولة، وزير الشؤون الخارجية …، السيد
    X»): a communiqué's own principal. Not a deputy's office («نائب رئيس الوزراء»)."""
    folded, offsets = normalize_with_offsets(text)
    people = sorted((m for m in mentions if m.entity.type == "Person"), key=lambda m: m.start)
    found = []
    named_from = {
        m.start
        for m in people
        if not normalize(text[m.start : m.end]).startswith((COUNTERPART, "و" + COUNTERPART))
    }
    for match, start, end in _free_matches(STYLED_OFFICES, text, mentions):
        if right_before_a_name(end, named_from):
            continue  # «وفخامة الرئيس عبدالفتاح السيسي»: his own style and title
        office = _OFFICE_WORDS[match["office"] or f"{match['state_minister']} الدوله"]
        titled = (
            person
            for index, person in enumerate(people)
            if person.end <= start
            and office.search(_title_zone(text, folded, offsets, people, index))
        )
        if (person := next(titled, None)) is not None:
            found.append(Mention(start, end, person.entity, "styled-office", 0.6))
    return found


def _title_zone(
    text: str, folded: str, offsets: list[int], people: list[Mention], index: int
) -> str:
    """The folded text of a person's mention and of the title before it, back to the person
    named before, the start of the line or sentence, or `_TITLE_REACH` characters."""
    person = people[index]
    begin = max(person.start - _TITLE_REACH, people[index - 1].end if index else 0)
    begin = max(begin, *(text.rfind(mark, 0, person.start) + 1 for mark in "\n."))
    return folded[bisect_left(offsets, begin) : bisect_left(offsets, person.end)]


_TITLE_REACH = 150  # «وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج …، السيد X»
_NOT_A_DEPUTY = r"(?<![\w])(?<!نايب )(?<!مساعد )(?<!وكيل )"
_OFFICE_WORDS = {
    office: re.compile(_NOT_A_DEPUTY + pattern + r"(?![\w])")
    for office, pattern in (
        ("الوزير", r"(?:ال)?وزير"),
        ("الوزيره", r"(?:ال)?وزيره"),
        ("الرييس", r"(?:ال)?رييس(?! (?:الوزراء|مجلس|الحكومه|وزراء))"),
        ("الرييسه", r"(?:ال)?رييسه(?! (?:الوزراء|مجلس|الحكومه|وزراء))"),
        ("وزير الدوله", r"وزير الدوله"),
        ("وزيره الدوله", r"وزيره الدوله"),
    )
}


def ministers_by_state(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, where a plural minister's title is followed by states alone («وحضر الاجتماع
    وزراء خارجية الإمارات وقطر والبحرين») and the article named before a minister of one of
    them with that portfolio in his title («وزير الخارجية الإماراتي الشيخ عبدالله بن زايد»):
    that state's mention is the minister."""
    ministers = [m for m in mentions if m.entity.type == "Person" and m.represents is not None]

    def minister(match: re.Match[str], start: int, state: Entity) -> Entity | None:
        portfolio = match["portfolio"].removeprefix("ال")
        holder = next(
            (
                m
                for m in ministers
                if m.end <= start
                and m.represents == state
                and portfolio in normalize(text[m.start : m.end])
            ),
            None,
        )
        return holder.entity if holder is not None else None

    return _states_by_holder(text, mentions, PLURAL_MINISTERS, minister, _MINISTER_BY_STATE)


_MINISTER_BY_STATE, _LEADER_BY_STATE = "minister-by-state", "leader-by-state"
# the rules of a state's mention read as the person who holds a plural title for it («وزراء
# خارجية السعودية وقطر»: each state's foreign minister)
STATES_BY_HOLDER = {_MINISTER_BY_STATE, _LEADER_BY_STATE}


def leaders_by_state(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, where a plural leaders' title is followed by states alone («قمة جمعت قادة
    مصر وإريتريا والصومال») and the article names one person who holds that office for one
    of them («الرئيس الإريتري إسياس أفورقي»), before or after: that state's mention is him."""
    people = [m for m in mentions if m.entity.type == "Person" and m.office and m.represents]

    def leader(match: re.Match[str], _: int, state: Entity) -> Entity | None:
        kinds = set(PLURAL_TITLES[match[1]].values())
        holders = {
            m.entity
            for m in people
            if m.represents == state and (m.office or "").split(":")[0] in kinds
        }
        return holders.pop() if len(holders) == 1 else None

    return _states_by_holder(text, mentions, _PLURAL_LEADERS, leader, _LEADER_BY_STATE)


def _states_by_holder(
    text: str,
    mentions: list[Mention],
    title: re.Pattern[str],
    holder: Callable[[re.Match[str], int, Entity], Entity | None],
    rule: str,
) -> list[Mention]:
    """`mentions`, each state listed right after a plural `title` (folded) replaced by the
    person `holder` says holds that title for it (given the match, where it starts, the state),
    who represents it there."""
    folded, offsets = normalize_with_offsets(text)
    states = sorted((m for m in mentions if m.entity.type == "State"), key=lambda m: m.start)
    named: dict[int, Mention] = {}
    for match in title.finditer(folded):
        start, end = original_span(offsets, *match.span())
        for state in _states_listed_at(text, end, states):
            person = holder(match, start, state.entity)
            if person is not None:
                named[id(state)] = replace(state, entity=person, rule=rule, represents=state.entity)
    return [named.get(id(m), m) for m in mentions]


_PLURAL_LEADERS = re.compile(r"(?<![\w])[وبل]?(القاده|قاده|الروساء|روساء) ")


def _states_listed_at(text: str, end: int, states: list[Mention]) -> list[Mention]:
    """The states listed from `end` on with only «و» and commas between («الإمارات وقطر
    والبحرين»), the first right after it."""
    listed: list[Mention] = []
    for state in states:
        if state.start < end:
            continue
        if normalize(text[end : state.start]).replace("،", " ").replace(",", " ").split() not in (
            [],
            ["و"],
        ) or (not listed and text[end : state.start].strip()):
            break
        listed.append(state)
        end = state.end
    return listed


def the_latter(text: str, mentions: list[Mention]) -> list[Mention]:
    """«نقل X رسالة من Y إلى Z، وذلك خلال استقبال الأخير لسموه»: «الأخير», a noun, is the
    person named last before it (Z), within `_LATTER_REACH` characters. Not the adjective
    after a definite noun or one with a pronoun («الاجتماع الأخير», «لقائه الأخير»)."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    people = sorted((m for m in mentions if m.entity.type == "Person"), key=lambda m: m.end)
    found = []
    for match in THE_LATTER.finditer(folded):
        before = folded[: match.start()].split()[-1:]
        if not before or before[0].startswith(("ال", "لل")) or before[0].endswith(_PRONOUNS):
            continue
        start, end = original_span(offsets, match.start(1), match.end())
        named = [m for m in people if start - _LATTER_REACH <= m.end <= start]
        if named and not overlaps((start, end), taken):
            found.append(Mention(start, end, named[-1].entity, "the-latter", 0.6))
    return found


_LATTER_REACH = 200
_PRONOUNS = ("ه", "ها", "هم", "هما", "نا")  # glued to a noun an adjective follows


def _styled(text: str, mention: Mention, stems: tuple[str, ...]) -> bool:
    """Whether an honorific of `stems` opens the name or stands before it with only other
    honorifics between («معالي السيد بدر», «جلالة الملك عبدالله», «صاحب السمو الأمير الشيخ
    صباح», whose mention starts at «الأمير»)."""
    before = normalize(text[max(0, mention.start - 25) : mention.start]).split()
    named = normalize(text[mention.start : mention.end]).split()
    styles = list(itertools.takewhile(_a_style, named))
    words = before + styles
    for index in range(len(words) - 1, -1, -1):
        if any(stem in words[index] for stem in stems):
            return all(map(_a_style, words[index + 1 :]))
    return False


def _a_style(word: str) -> bool:
    return word in HONORIFICS or word in FIRST_NAME_TITLES


def dual_anaphors(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], adjectives: Gazetteer
) -> list[Mention]:
    """«استقبل وزير الخارجية الصيني الوزيرين» (the two ministers), «وبحث الرئيسان» (the two
    presidents): the last two people named before it with that title word or as a counterpart
    («ونظيره الإيراني»), each with a mention on the anaphor's span. One such person in the
    anaphor's own sentence is the other party («X استقبل الوزيرين»), so the two are then
    looked for before that sentence; with fewer than two, the word is left alone. Two state
    adjectives after it («الوزيرين الجزائري والمصري») say whose: the ones named before who
    stand for those states."""
    found = []
    leaders: list[Entity] = []  # the two «الزعيمين» named first: the article's two leaders
    for match, start, end in _free_matches(DUAL_ANAPHORS, text, mentions):
        if _names_follow(text, end, mentions):
            continue  # «وشارك فيها الرئيسان البرازيلي X والفنزويلي Y»: the title of X and Y
        if match.group(1) == _LEADER and leaders:
            found += _the_two(start, end, leaders)
            continue
        titled = _titled_before(text, start, match.group(1), mentions)
        # «تصافح اردوغان والسيسي … في أول لقاء بين الرئيسين»: one titled before may be named
        # again by his name alone
        again = {m.entity for m in titled}
        titled = sorted(
            (m for m in mentions if m.end <= start and m.entity in again), key=lambda m: m.end
        )
        states = _two_states_after(text, end, adjectives)
        if states:
            titled = [m for m in mentions if m.end <= start and m.represents in states]
            if len({m.represents for m in titled}) < len(states):
                continue
        sentence_start = next((s for s, e in sentences if s <= start < e), 0)
        own = {m.entity for m in titled if m.start >= sentence_start}
        if len(own) == 1 and not states:
            titled = [m for m in titled if m.end <= sentence_start]
        named = [m.entity for m in titled]
        if match.group(1) == _LEADER:
            # «X والرئيس Y … بحضور Z … أول قمة تجمع الزعيمين»: the two named together
            named = _named_together(text, titled) or named
            leaders = list(dict.fromkeys(reversed(named)))[:2]
        found += _the_two(start, end, named)
    return found


_LEADER = "زعيم"  # the stem of «الزعيمين», «الزعيمان»


def _named_together(text: str, titled: list[Mention]) -> list[Entity]:
    """The last two of `titled` that «و» joins, if any."""
    for first, second in reversed(list(itertools.pairwise(titled))):
        if (
            first.entity != second.entity
            and normalize(text[first.end : second.start]).strip() == "و"
        ):
            return [first.entity, second.entity]
    return []


def counted_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """«بحضور القادة الثلاثة» (the three leaders), «الوزراء الأربعة»: the last people named
    before it with that title, as many as it counts, each with a mention on its span; with
    fewer of them the words are left alone."""
    found = []
    for match, start, end in _free_matches(COUNTED_TITLES, text, mentions):
        titled = _titled_before(text, start, COUNTED_TITLE_STEMS[match["title"]], mentions)
        titled.sort(key=lambda m: m.end)
        count = STATE_COUNTS[match["count"]]
        last = list(dict.fromkeys(m.entity for m in reversed(titled)))[:count]
        if len(last) == count:
            found += [Mention(start, end, entity, COUNTED_ANAPHOR, 0.6) for entity in last]
    return found


def _titled_before(text: str, start: int, stem: str, mentions: list[Mention]) -> list[Mention]:
    """The people named before `start` with the title `stem` stands for (`_titled`), and those
    listed right after one of them under that title (`_listed_under_their_title`)."""
    titled = [
        m
        for m in mentions
        if m.entity.type == "Person"
        and m.end <= start
        and _titled(normalize(text[m.start : m.end]), stem, m.office)
    ]
    return titled + _listed_under_their_title(text, titled, mentions)


def _listed_under_their_title(
    text: str, titled: list[Mention], mentions: list[Mention]
) -> list[Mention]:
    """The people listed right after a titled one by «و» and their state's adjective alone,
    under his title, one after another («نظيريه الروسي X والأوكراني Y»: Y is a minister too;
    «نظراؤه المالي X والنيجري Y والبوركيني Z»)."""
    ends = {m.end for m in titled}
    listed: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if (
            m.entity.type == "Person"
            and m not in titled
            and normalize(text[m.start : m.end]).removeprefix("و").startswith("ال")
            and any(text[end : m.start].strip() in ("", "و") for end in ends if end <= m.start)
        ):
            listed.append(m)
            ends.add(m.end)
    return listed


def _names_follow(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a person is named right after a dual, with at most one word (his state's
    adjective) between."""
    return any(
        m.entity.type == "Person" and m.start >= end and len(text[end : m.start].split()) <= 1
        for m in mentions
    )


def _two_states_after(text: str, end: int, adjectives: Gazetteer) -> list[Entity]:
    """The states of two adjectives right after a dual, joined by «و» («الجزائري والمصري»)."""
    following = text[end : end + _ADJECTIVES_REACH]
    matches = adjectives.find(following)
    if len(matches) < 2 or following[: matches[0].start].strip():
        return []
    first, second = matches[:2]
    if normalize(following[first.end : second.start]).split() != ["و"]:
        return []
    states = [first.payloads[0], second.payloads[0]]
    return states if states[0] != states[1] else []


_ADJECTIVES_REACH = 40  # characters: two state adjectives and «و»


def dual_delegations(text: str, mentions: list[Mention]) -> list[Mention]:
    """«وكان الملك قد استقبل الوفدين» (the two delegations): the last two bodies or states
    named before it as a delegation's («وفد فتح … وفد حماس»), each with a mention on the
    anaphor's span; with fewer than two, the word is left alone."""
    found = []
    for _, start, end in _free_matches(DUAL_DELEGATIONS, text, mentions):
        sent = [
            m.entity
            for m in mentions
            if m.end <= start and m.entity.type in DELEGATING and _a_delegations(text, m)
        ]
        found += _the_two(start, end, sent)
    return found


def _a_delegations(text: str, body: Mention) -> bool:
    """Whether a body is named as a delegation's («وفد حماس»), or as the second of two
    («وفدي القوات المسلحة والدعم السريع»)."""
    before = normalize(text[max(0, body.start - _SECOND_REACH) : body.start])
    return bool(DELEGATION_OF.search(before[-8:]) or SECOND_DELEGATION.search(before))


_SECOND_REACH = 40  # «وفدي» and the first body's name, up to four words


def listed_states(text: str, mentions: list[Mention]) -> list[list[Entity]]:
    """The runs of two or more states a sentence lists with «و» or commas between them."""
    states = sorted((m for m in mentions if m.entity.type == "State"), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for mention in states:
        gap = normalize(text[runs[-1][-1].end : mention.start]) if runs else ""
        if runs and mention.start >= runs[-1][-1].end and gap.strip(" ،,") in ("و", ""):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [list(dict.fromkeys(m.entity for m in run)) for run in runs if len(run) > 1]


def _free_matches(
    pattern: re.Pattern[str], text: str, mentions: list[Mention], group: int = 0
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of a folded pattern in `text`, with the span in `text` of their `group`,
    that no mention already covers."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    for match in pattern.finditer(folded):
        start, end = original_span(offsets, *match.span(group))
        if not overlaps((start, end), taken):
            yield match, start, end


def _the_two(start: int, end: int, named: list[Entity]) -> list[Mention]:
    """A mention of each of the last two entities of `named` on a dual's span, if two."""
    last_two = list(dict.fromkeys(reversed(named)))[:2]
    if len(last_two) != 2:
        return []
    return [Mention(start, end, entity, DUAL_ANAPHOR, 0.6) for entity in last_two]


def _titled(named: str, title: str, office: str | None) -> bool:
    """Whether a person named so holds the dual's title: an office of the kinds it stands
    for, else a title word of it in his mention («الرئيسان»: a king too), or a counterpart's
    noun («ونظيره»)."""
    kinds, words = DUAL_OFFICES[title]
    if office is not None:
        return any(kind in office for kind in kinds)
    first = (named.split(maxsplit=1)[0] if named else "").removeprefix("و")
    # «ونظيره», «نظراؤه» (his counterparts), folded
    return any(word in named for word in words) or first.startswith((COUNTERPART, *_COUNTERPARTS))


_COUNTERPARTS = ("نظراو", "نظراي")  # folded stems of «نظراؤه», «نظرائه»


def short_body_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation the article named as head noun and name («حركة فتح») is then named
    by its name alone («حركتا فتح وحماس»): the NER's unlinked guess at that name is it."""
    short: dict[str, Entity] = {}
    for mention in mentions:
        words = normalize(text[mention.start : mention.end]).split()
        if mention.entity.type != "Organization" or mention.rule == "ner":
            continue
        if mention.rule == "dual-body":  # «حركتي فتح وحماس»: «فتح» already stands alone
            short.setdefault(words[0], mention.entity)
        elif len(words) == 2 and any(
            words[0].endswith(h) and len(words[0]) <= len(h) + 2 for h in BODY_HEADS
        ):
            short.setdefault(words[1], mention.entity)
    renamed = [
        replace(m, entity=body, rule="body-short-name", confidence=0.6)
        if m.rule == "ner" and (body := _short_name_of(text, m, short, mentions)) is not None
        else m
        for m in mentions
    ]
    return renamed + _delegations_of(text, short, renamed)


def _short_name_of(
    text: str, guess: Mention, short: dict[str, Entity], mentions: list[Mention]
) -> Entity | None:
    """The body a guess of the NER names by its short name («فتح»), or by the first words of
    the full name the article gave before («المجلس الانتقالي» after «المجلس الانتقالي
    الجنوبي»)."""
    name = normalize(text[guess.start : guess.end])
    if name in short:
        return short[name]
    return named_in_full(text, name, mentions, guess.start) if len(name.split()) > 1 else None


def named_in_full(text: str, name: str, mentions: list[Mention], start: int) -> Entity | None:
    """The body the tables know that the article named before `start` by a longer name whose
    first words are the folded `name`."""
    return next(
        (
            m.entity
            for m in mentions
            if m.entity.type in BODIES
            and m.rule == "alias"
            and m.end <= start
            and normalize(text[m.start : m.end]).startswith(name + " ")
        ),
        None,
    )


def _delegations_of(text: str, short: dict[str, Entity], mentions: list[Mention]) -> list[Mention]:
    """«ضم وفد فتح فيه …»: after the article named the body in full, its name alone after
    «وفد» is that body, however the NER read it."""
    if not short:
        return []
    return [
        Mention(start, end, short[match.group(1)], "body-short-name", 0.6)
        for match, start, end in _free_matches(_DELEGATION_NAME, text, mentions, group=1)
        if match.group(1) in short
    ]


_DELEGATION_NAME = re.compile(r"(?<![\w])[وفبل]?وفد (\w+)(?![\w])")


def accompanying_delegations(text: str, mentions: list[Mention]) -> list[Mention]:
    """«إسماعيل هنية والوفد المرافق له»: the delegation with the person named right before it
    stands for the body or state his title names (Hamas), there or where the article named him
    with it («إسماعيل هنية، رئيس المكتب السياسي لحركة حماس» … «هنية والوفد المرافق له»)."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    titled = {m.entity.key: m.represents for m in mentions if m.represents is not None}
    found = []
    for match in ACCOMPANYING.finditer(folded):
        start, end = original_span(offsets, *match.span())
        if overlaps((start, end), taken):
            continue
        before = [m for m in mentions if m.end <= start and m.entity.type == "Person"]
        leader = max(before, key=lambda m: m.end, default=None)
        represents = leader and (leader.represents or titled.get(leader.entity.key))
        if leader is None or represents is None:
            continue
        if normalize(text[leader.end : start]).strip(" ،,") not in ("", "و"):
            continue
        found.append(Mention(start, end, represents, "accompanying-delegation", 0.6))
    return found


def country_anaphors(text: str, mentions: list[Mention], adjectives: Gazetteer) -> list[Mention]:
    """«بلاده», «بلادها» (his/her country): the state the person or ministry named last speaks
    for («أعلن وزير الخارجية الكندي أن بلاده ستتدخل» → Canada; «أعلنت وزارة الخارجية
    التشيلية أن بلادها …» → Chile), if a title or an adjective said which."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    speakers = sorted(
        ((m, state) for m in mentions if (state := _speaks_for(m, adjectives)) is not None),
        key=lambda pair: pair[0].start,
    )
    found = []
    # «دولة رئيس الوزراء» … «دولته»: the style's pronoun (`honorific_anaphors`), not his state
    styled = _STATE_STYLE.search(folded) is not None
    for match in COUNTRY_ANAPHORS.finditer(folded):
        if styled and match.group().removeprefix("و").removeprefix("ف").startswith("دولت"):
            continue
        start, end = original_span(offsets, *match.span())
        earlier = [state for m, state in speakers if m.end <= start and start - m.end < 300]
        if earlier and earlier[-1].type == "State" and not overlaps((start, end), taken):
            found.append(Mention(start, end, earlier[-1], "country-anaphor", 0.7))
    return found


_STATE_STYLE = re.compile(r"(?<![\w])دوله (?:رييس|السيد)")

KINGDOM_ANAPHOR = "kingdom-anaphor"
DUAL_ANAPHOR = "dual-anaphor"  # the rule of the two mentions a dual title puts on its span
COUNTED_ANAPHOR = "counted-anaphor"  # the rule of those a counted plural title names


def kingdom_anaphors(text: str, mentions: list[Mention], kingdoms: set[str]) -> list[Mention]:
    """«المملكة» alone (with its clitics: «للمملكة», «وتعد المملكة وإيران …»): the one kingdom
    of the article, the agency's own in its wire copy: the only kingdom the article names or
    a person of it speaks for («خادم الحرمين الشريفين» for Saudi Arabia); none when it has
    two («المملكة المتحدة» beside Jordan's king)."""
    named = {m.entity for m in mentions if m.entity.type == "State" and m.entity.key in kingdoms}
    named |= {
        m.represents
        for m in mentions
        if m.entity.type == "Person" and m.represents is not None and m.represents.key in kingdoms
    }
    if len(named) != 1:
        return []
    (kingdom,) = named
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for match in THE_KINGDOM.finditer(folded):
        start, end = original_span(offsets, match.start(1), match.end())
        if not overlaps((start, end), taken):
            found.append(Mention(start, end, kingdom, KINGDOM_ANAPHOR, 0.7))
    return found


def _speaks_for(mention: Mention, adjectives: Gazetteer) -> Entity | None:
    """The state a person's title names, or the state adjective an organisation kg read by its
    head noun ends with («وزارة الخارجية التشيلية»)."""
    if mention.entity.type == "Person":
        return mention.represents
    if mention.rule != "organisation-name":
        return None
    label = mention.entity.label
    found = adjectives.find(label)
    return found[-1].payloads[0] if found and found[-1].end == len(label) else None


def state_list_anaphors(
    text: str, offset: int, lists: list[list[Entity]], runs: list[list[Entity]]
) -> list[Mention]:
    """«هذه الدول» (these states) stands for the states of the latest sentence naming several;
    «البلدان الثلاثة» (the three countries) for the latest three states listed together.

    Each of those states gets a mention on the anaphor's span. `lists`: the states of the
    article's sentences so far that named two or more, in order; `runs`: the states listed
    together with «و» or commas so far («تونس والجزائر ومصر»), in order.
    """
    folded, offsets = normalize_with_offsets(text)
    found = []
    for match in STATES_ANAPHOR.finditer(folded) if lists else ():
        if match.group(1):
            continue
        start, end = (offset + at for at in original_span(offsets, *match.span()))
        found += [Mention(start, end, state, "anaphor-state-list", 0.6) for state in lists[-1]]
    for match in COUNTED_STATES.finditer(folded):
        states = next((s for s in reversed(runs) if len(s) == STATE_COUNTS[match.group(1)]), [])
        start, end = (offset + at for at in original_span(offsets, *match.span()))
        found += [Mention(start, end, state, "anaphor-state-list", 0.6) for state in states]
    return found


# «الوفد الحوثي», «ووفد حوثي», «للوفد»: a delegation word right before a word (folded)
_DELEGATION_BEFORE = re.compile(r"(?<![\w])[وفبل]?(?:ال|لل)?وفد\s+$")
_GROUP_PLURALS = ("ين", "ون")  # «الحوثي» → «الحوثيين», «الحوثيون»


def delegation_adjectives(
    text: str, mentions: list[Mention], named: Callable[[str], tuple[Entity, ...]]
) -> list[Mention]:
    """A one-word person's name right after a delegation word is the delegation's adjective,
    not a person: «الوفد الحوثي» is the Houthis' delegation, not their leader. It is the group
    whose plural it is («الحوثيين»), where the tables know one; else no actor."""
    kept = []
    for mention in mentions:
        word = text[mention.start : mention.end]
        before = normalize(text[max(0, mention.start - 8) : mention.start])
        one_person = mention.entity.type == "Person" and len(word.split()) == 1
        if not one_person or _DELEGATION_BEFORE.search(before) is None:
            kept.append(mention)
            continue
        groups = {
            entity
            for ending in _GROUP_PLURALS
            for entity in named(normalize(word) + ending)
            if entity.type in ("Group", "Organization")
        }
        if len(groups) == 1:
            kept.append(replace(mention, entity=groups.pop(), rule="delegation-adjective"))
    return kept
