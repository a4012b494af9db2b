"""Meetings: who met whom, where and when (`kg:met`), and which body convened a meeting
(`kg:heldMeetingIn`).

Every meeting trigger of kg/lang/ar/triggers.tsv is read with its frame:
- a verb (استقبل، التقى، اجتمع، بحث مع، زار …): its subject meets its object or whoever «مع»
  (or «ب») names; coordinated subjects of a reciprocal verb meet each other;
- a meeting noun (لقاء، اجتماع، محادثات، قمة …): its owners («لقاء فيدان وهنية», «لقائه» = the
  clause's subject), «مع», and «بين X و Y» give the sides; a verb that supports it lends its
  subject («عقد/أجرى X محادثات مع Y»), hosts it («استضافت الرباط اجتماع …»), attends it
  («شاركت أنقرة في اجتماع …») or opens it («انطلقت أعمال القمة»).
A meeting with no two sides is kept when a body convenes it (its owner or subject is a group or
an organisation) or someone attends it: its participants are one side, so no `met` pair is
read between them. A phone call, a planned or a denied meeting is kept with its modality and
states no `met`. Each clause gives its own event; a place is where the meeting was held only
when a place preposition links it to the clause, not when it is what the talks were about.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_of
from kg.extract.grammar import (
    Roles,
    completes_kana,
    governing_subjects,
    hangs_from,
    head_token,
    joined_by_and,
    of_a_clause,
    path_of,
    relative_antecedents,
    roles,
    tokens_of,
)
from kg.extract.modality import modality
from kg.extract.places import place_of
from kg.extract.sentence import Sentence, entities, event_date, evidence, sentences
from kg.extract.triggers import Trigger, TriggerLexicon, triggers
from kg.lang.ar.meetings import (
    ALSO,
    ATTENDANCE_NOUNS,
    CARRY_ON,
    CHAIRED_BY,
    INTERVIEW_NOUNS,
    LIST_GLUE,
    LIST_ON,
    LIST_OPENERS,
    MANNER,
    NEXT_STOP,
    OCCASION_WORDS,
    PARTY_COUNTS,
    PERIODIC,
    PRESS,
    PRONOUNS,
    RECEIVED_WORDS,
    RELATIVES,
    SIDE_GROUPING,
    SPORT_WORDS,
    TAKING_PART_STEMS,
    THAT,
    TIME_WORDS,
)
from kg.lang.ar.words import COUNTERPARTS, DUAL_COLLECTIVES, MEDIA_HEADS
from kg.lexicon import nouns
from kg.normalize import normalize
from kg.schema import ACTORS, BODIES
from kg.types import Entity, Event, Mention

_ATTENDANCE = nouns(**{word: (word,) for word in ATTENDANCE_NOUNS})

_SUPPORT_FRAMES = {"light", "passive", "host", "attend", "open"}


@dataclass(frozen=True)
class _Reading:
    """What one trigger says: its sides (or attendees), convener, rule and confidence."""

    sides: tuple[tuple[Entity, ...], ...]
    conveners: tuple[Entity, ...]
    rule: str
    confidence: float


@Language.component("kg_meetings")
def find_meetings(doc: Doc) -> Doc:
    """Add the meetings each clause reports to `doc._.events`."""
    lexicon = triggers()
    for sentence in sentences(doc, doc._.mentions):
        if any(_sport_word(token, lexicon) for token in sentence.span):
            continue
        doc._.events.extend(_meetings(doc, sentence, lexicon))
    return doc


def _sport_word(token: Token, lexicon: TriggerLexicon) -> bool:
    """A word only sport uses; «الدوري» as an adjective is «periodic» («اجتماعه الدوري»),
    also when the parse tags it a noun after a meeting noun and its pronoun («اجتماعهم الدوري»)."""
    word = normalize(token.text)
    if word not in SPORT_WORDS or token.pos_ == "ADJ":
        return False
    before = [t for t in token.doc[max(0, token.i - 2) : token.i] if t.pos_ != "PRON"]
    return not (word in PERIODIC and before and lexicon.nouns.lookup(before[-1].text))


def _meetings(doc: Doc, sentence: Sentence, lexicon: TriggerLexicon) -> Iterator[Event]:
    actors = [m for m in sentence.mentions if m.entity.type in ACTORS and not _medium(doc, m)]
    planned: list[Event] = [e for e in doc._.events if e.modality == "planned"]
    for token in sentence.tokens_in(lexicon.any):
        trigger = lexicon.of(token) or _brings_together(token, lexicon)
        if trigger is None or trigger.family != "meeting" or trigger.frame in _SUPPORT_FRAMES:
            continue
        if _with_the_press(doc, token, actors) or (
            trigger.frame == "transitive" and _words_received(doc, token, actors)
        ):
            continue  # «مؤتمر صحفي», «التقى الصحفيين», «استقبل بارتياح تصريحات»: no meeting
        if trigger.pos == "noun" and any(
            _brings_together(t, lexicon) for t in doc[token.i + 1 : min(token.i + 4, len(doc))]
        ):
            continue  # «اجتماع موسّع جمع X بـ Y»: the verb says who met whom
        support = _support_verb(token, lexicon) if trigger.pos == "noun" else None
        if trigger.frame == "process" and support is None:
            continue  # «التطورات في مفاوضات … بين إسرائيل وحماس»: talks going on, not a meeting
        how = _modality(token, trigger, support, lexicon)
        if how == "indirect" or (trigger.frame == "call" and how != "phone"):
            continue
        reading = _read(doc, sentence, token, trigger, support, actors)
        if reading is None:
            continue
        if reading.rule.endswith("-attended"):
            if how is None:  # «لم يحضر اللقاء» adds no one
                yield from _attended(doc, token, reading)
            continue
        if how is None and trigger.pos == "noun" and not _finite(support):
            how = _as_planned_before(planned, reading)
        anchor = support[0] if support else token
        start = doc._.offsets[token.i][0]
        event = Event(
            kind="Meeting",
            sides=reading.sides,
            evidence=evidence(doc, sentence, token),
            confidence=reading.confidence,
            rule=reading.rule,
            location=place_of(doc, sentence, token, anchor),
            date=event_date(sentence, start, doc._.article.published),
            roles=tuple(("convener", body) for body in reading.conveners),
            modality=how,
        )
        if how == "planned":
            planned.append(event)
        yield event


def _finite(support: tuple[Token, Trigger] | None) -> bool:
    """Whether a meeting noun has a verb of its own, not none or a masdar («عقد لقاء»)."""
    return support is not None and support[0].pos_ in ("VERB", "AUX")


def _as_planned_before(planned: list[Event], reading: _Reading) -> str | None:
    """A meeting noun with no finite verb, between the sides of a meeting the article
    already reported as planned («ترتيبات للقاء بين مبارك وشارون» … «عقد لقاء بين مبارك
    وشارون»), is that planned meeting, not one held."""
    sides = {e.key for side in reading.sides for e in side}
    same = any({x.key for side in e.sides for x in side} == sides for e in planned)
    return "planned" if same and len(reading.sides) == 2 else None


def _medium(doc: Doc, mention: Mention) -> bool:
    """A paper, channel or agency the tables know, named with its media word («وكالة أنباء
    الأناضول», «صحيفة معاريف»): it reports or hosts an interview, it meets no one."""
    before = normalize(doc._.article.text[max(0, mention.start - 20) : mention.start]).split()
    first = normalize(doc._.article.text[mention.start : mention.end]).split()[:1]
    return any(word in MEDIA_HEADS for word in before[-1:] + first)


def _attended(doc: Doc, noun: Token, reading: _Reading) -> Iterator[Event]:
    """«وحضر اللقاء وزير الخارجية»: who attended the meeting the article just reported joins
    its first side (the host's, or the subject's), unless he is of the guests' state («وزير
    الخارجية الغاني», «عن الجانب الغاني»); «اللقاءين» (dual) is the last two meetings."""
    held = [e for e in doc._.events if e.kind == "Meeting" and len(e.sides) == 2]
    held = [e for e in held if e.modality is None]
    count = 2 if normalize(noun.text).endswith("ين") else 1
    marked = {e.key for e in reading.sides[0] if e.type == "State"}  # «عن الجانب الغاني»
    attendees = tuple(e for e in reading.sides[0] if e.key not in marked)
    states = {m.entity.key: m.represents.key for m in doc._.mentions if m.represents is not None}
    for meeting in held[-count:] if len(held) >= count else []:
        host_states = {states.get(e.key, e.key) for e in meeting.sides[0]}
        guest_states = {states.get(e.key, e.key) for e in meeting.sides[1]} - host_states
        theirs = tuple(e for e in attendees if (marked | {states.get(e.key)}) & guest_states)
        ours = tuple(e for e in attendees if e not in theirs)
        host = tuple(dict.fromkeys(meeting.sides[0] + ours))
        guests = tuple(e for e in dict.fromkeys(meeting.sides[1] + theirs) if e not in host)
        yield replace(meeting, sides=(host, guests), rule=reading.rule, confidence=0.7)


def _definite(noun: Token) -> bool:
    """A meeting noun with the article («اللقاء», «واللقاءين»): one already reported."""
    word = normalize(noun.text)
    return word.lstrip("وف").startswith("ال") or noun.morph.get("Definite") == ["Def"]


def _brings_together(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """«اجتماع موسّع جمع وفد حماس برئيس …»: جمع after a meeting noun is the verb «brought
    together», however the tagger read it (often as the noun «plural»)."""
    if lexicon.verbs.lookup(token.text) != "جمع":
        return None
    before = token.doc[max(token.sent.start, token.i - 3) : token.i]
    if not any(lexicon.nouns.lookup(t.text) for t in before):
        return None
    return next(t for t in lexicon.triggers if t.pos == "verb" and t.lemma == "جمع")


def _modality(
    token: Token, trigger: Trigger, support: tuple[Token, Trigger] | None, lexicon: TriggerLexicon
) -> str | None:
    own = modality(token, lexicon.prospective(token, trigger))
    if own is not None or support is None:
        return own
    verb, verb_trigger = support
    return modality(verb, lexicon.prospective(verb, verb_trigger))


def _read(
    doc: Doc,
    sentence: Sentence,
    token: Token,
    trigger: Trigger,
    support: tuple[Token, Trigger] | None,
    actors: list[Mention],
) -> _Reading | None:
    verb = support[0] if support else None
    if trigger.lemma == "جمع":
        return _brought_together(doc, token, actors)
    if trigger.lemma in INTERVIEW_NOUNS and _with_after(token):
        return None  # «في مقابلة مع رئيس تحرير صحيفة …»: an interview, not an audience
    found = roles(doc, token, actors, trigger.partners, [verb] if verb is not None else [])
    found.partners = _own_sides(doc, token, found.partners)
    found.between = _own_sides(doc, token, found.between)
    holder = token if trigger.pos == "verb" else verb if _light(support and support[1]) else None
    if not found.subjects and completes_kana(token if trigger.pos == "verb" else verb):
        # «وكان مجلس الأمن قد عقد جلسة», «وكان المجلس قد اجتمع»: «كان»'s subject holds it
        found.subjects = governing_subjects(doc, token if trigger.pos == "verb" else verb, actors)
        found.loose = [m for m in found.loose if m not in found.subjects]
    co_chaired = trigger.frame == "reciprocal" and _co_chairs(doc, token, found.loose)[0]
    if (
        holder is not None
        and not co_chaired
        and _unnamed_subject(doc, holder, found, sentence.mentions)
    ):
        # «والتقى رامسفلد بأمير الكويت وولي عهده»: a host kg cannot name; its guests are not
        # each other's sides, and no other subject stands in for it
        return _convened(doc, token, trigger, support, found, [], f"meeting-{trigger.lemma}")
    if trigger.pos == "verb":
        side_a, side_b = _verb_sides(doc, trigger, found)
    else:
        side_a, side_b = _noun_sides(doc, token, found, support, actors, trigger.frame)
    rule, confidence = f"meeting-{trigger.lemma}", 0.85
    if _peers(token) and found.between and _parties(doc, side_a + side_b) > 2:
        # «محادثات رباعية بين الولايات المتحدة والسعودية والإمارات ومصر»: peers, no two sides;
        # without the count «لقاء بين الرئيس X ومساعد الوزير Y والموفد Z» is X's with each
        return _Reading((entities(side_a + side_b),), (), f"{rule}-multilateral", 0.75)
    if not side_a and not side_b and trigger.frame in ("reciprocal", "with"):
        side_a = _coordinated_before(doc, token, found.loose)
    if not side_a and not side_b and trigger.frame == "reciprocal":
        side_a, side_b = _co_chairs(doc, token, found.loose)
    if not side_a and not side_b and trigger.frame == "transitive":
        # «والتقى سمو وزير الخارجية رئيسَ الوزراء الأردني»: both hung loose; after the verb,
        # the subject comes first and the object next
        first = _first_after(doc, token, found.loose)
        if first and _first_after(doc, token, found.loose, max(m.end for m in first)):
            side_a = first
    if not side_b and trigger.frame == "transitive":
        side_b = _first_after(doc, token, found.loose, max((m.end for m in side_a), default=0))
        rule, confidence = f"{rule}-order", 0.65
    if side_a and not side_b and trigger.frame == "transitive" and _object_pronoun(token):
        # «وصل جاووش أوغلو إلى رام الله، حيث استقبله الرئيس الفلسطيني»: who «ه» is
        side_b = _missing_subject(doc, sentence, token, Roles(), actors, pronoun=True)
        rule, confidence = f"{rule}-pronoun", 0.7
    if side_b and not side_a:
        side_a = _missing_subject(doc, sentence, token if verb is None else verb, found, actors)
        rule, confidence = f"{rule}-inherited", 0.7
    if trigger.frame == "transitive" and _one_list(doc, side_a, side_b):
        # «زار بيروت حيث التقى رئيس مجلس النواب ورئيس الحكومة»: names listed with «و» are
        # the guests; who met them is the subject the clause leaves out, if the text says
        host = _missing_subject(doc, sentence, token, found, actors)
        if host:
            side_a, side_b = host, side_a + side_b
            rule, confidence = f"meeting-{trigger.lemma}-inherited", 0.7
    carried = _where_clause(token) or _and_clause(token)
    if side_a and not side_b and trigger.frame == "transitive" and carried:
        # «انتقل بارو إلى عين التينة حيث التقى رئيس مجلس النواب», «وصل الوزير إلى بيروت،
        # والتقى رئيس مجلس النواب»: who went there met him
        host = _missing_subject(doc, sentence, token, Roles(), actors)
        if host and not set(host) & set(side_a):
            side_a, side_b = host, side_a
            rule, confidence = f"meeting-{trigger.lemma}-inherited", 0.7
    before = _right_before(doc, token, found.loose)
    if side_a and not side_b and trigger.frame == "transitive" and before:
        # «وكانت ميلوني قد التقت الرئيس ترامب»: the name before «قد» is the subject
        side_a, side_b = before, side_a
    if side_a and not side_b and trigger.frame == "transitive":
        # An object the parse hung under the subject («التقى الوزير X، الأربعاء، رئيسَ
        # المكتب Y»): word order tells them apart.
        side_a, side_b = _split(side_a)
    elif side_a and not side_b and trigger.pos == "verb" and trigger.frame != "visit":
        side_a, side_b = _coordinated(doc, side_a)  # «اجتمع X و Y»
    if side_a and side_b and trigger.pos == "verb":
        side_b = side_b + _listed_on(doc, side_b, actors)
    side_b = [m for m in side_b if m.entity.key not in {a.entity.key for a in side_a}]
    side_a, side_b = _outermost(side_a, side_b), _outermost(side_b, side_a)
    side_a, side_b = _unbracketed(doc, side_a), _unbracketed(doc, side_b)
    side_a, side_b = _without_own_state(side_a, side_b), _without_own_state(side_b, side_a)
    everyone = side_a + side_b
    side_a = [m for m in side_a if not hangs_from(doc, m, everyone)]
    side_b = [m for m in side_b if not hangs_from(doc, m, everyone)]
    if side_a and side_b:
        return _Reading((entities(side_a), entities(side_b)), (), rule, confidence)
    return _convened(doc, token, trigger, support, found, side_a + side_b, rule)


def _co_chairs(doc: Doc, verb: Token, loose: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«اجتمعت اللجنتان برئاسة X ونظيره Y»: a meeting chaired by one and his counterpart is
    theirs, one on each side."""
    text = doc._.article.text
    verb_end = doc._.offsets[verb.i][1]
    after = [m for m in loose if m.start > verb_end]
    # «برئاسة» right after the verb (the title rule may take «رئاسة» into the name's span)
    if len(after) < 2 or CHAIRED_BY not in normalize(text[verb_end : after[0].end]).split()[:2]:
        return [], []
    # «ونظيره» between the two names, or opening the second one's title
    words = normalize(text[after[0].end : after[1].end]).split()
    if not set(words[:2]) & COUNTERPARTS:
        return [], []
    return after[:1], after[1:2]


def _without_own_state(side: list[Mention], other: list[Mention]) -> list[Mention]:
    """The side without the states someone on the other side represents: «الرئيس الروسي
    فلاديمير بوتين» does not meet Russia («في قمة روسيا وأفريقيا جرت محادثات مع …»)."""
    represented = {m.represents.key for m in other if m.represents is not None}
    return [m for m in side if m.entity.key not in represented]


def _own_sides(doc: Doc, trigger: Token, mentions: list[Mention]) -> list[Mention]:
    """The «مع» or «بين» sides that belong to this meeting word: the nearest one before each,
    not a second meeting of the sentence («بلقاء عقده X مع Y … قبل لقائه مع Z»: Y's meeting
    and Z's are two). A meeting that is the occasion of talks a verb before it reports («اجتمع
    X خلال اجتماعات الجمعية العامة مع Y», «على هامش القمة») owns none: those talks do. The
    sentence's meeting words are read once for all the sides."""
    heads = [(m, head_token(doc, m)) for m in mentions]
    last = max((head.i for _, head in heads if head is not None), default=trigger.sent.start)
    lexicon = triggers()
    words = [
        (t, found)
        for t in doc[trigger.sent.start : last]
        if (found := lexicon.of(t)) is not None
        and found.family == "meeting"
        and found.frame not in _SUPPORT_FRAMES
        and not _inside(t, trigger)
    ]
    occasion = {t.i for t, _ in words if doc._.folded[t.i - 1] in OCCASION_WORDS}

    def own(head: Token | None) -> bool:
        if head is None:
            return True
        upto = [(t, found) for t, found in words if t.i < head.i]
        occasioned = trigger.i in occasion and trigger.i < head.i
        if occasioned and any(f.pos == "verb" and t.i < trigger.i for t, f in upto):
            return False
        before = [t.i for t, _ in upto if t.i == trigger.i or t.i not in occasion]
        return not before or before[-1] == trigger.i

    return [mention for mention, head in heads if own(head)]


def _inside(word: Token, noun: Token) -> bool:
    """Whether `word` is in the noun phrase of a meeting noun, past no verb: «محادثات على
    مستوى القمة» are talks, and «القمة» no second meeting."""
    for _ in range(6):
        if word.head.i == word.i or word.head.pos_ in ("VERB", "AUX"):
            return False
        word = word.head
        if word.i == noun.i:
            return True
    return False


def _unnamed_subject(doc: Doc, verb: Token, found: Roles, mentions: list[Mention]) -> bool:
    """Whether the verb's subject is a word no actor mention names (a family name or a title
    kg does not know), not a pronoun, a relative or a time word the parse took for one."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    named = {path.top.i for m in found.all() if (path := path_of(doc, m)) is not None}
    # a word of any mention («العاصمة الماليزية»), or one the names right after it specify
    # («حركتا فتح وحماس», «رئيس مخابراتها حسن رشاد»)
    named |= {t.i + shift for m in mentions for t in tokens_of(doc, m) for shift in (0, -1)}
    # «الرئيسان التركي رجب طيب أردوغان والروسي …»: through the adjective of a dual's title
    named |= {i - 1 for i in list(named) if i > 0 and doc[i].pos_ == "ADJ"}
    people = {t.i for m in mentions if m.entity.type == "Person" for t in tokens_of(doc, m)}
    return any(
        child.dep_ == "nsubj"
        and child.pos_ in ("NOUN", "PROPN", "X")
        and child.i not in named
        and not _title_chain(doc, child, people)
        and normalize(child.text) not in TIME_WORDS
        for child in verb.children
    )


def _title_chain(doc: Doc, subject: Token, people: set[int]) -> bool:
    """«التقى رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول X»: titles
    the parse split in two, the first as the subject and the next, with the person's name,
    as the object; the name names the subject."""
    after = subject.right_edge.i + 1
    return (
        after < len(doc)
        and doc[after].head.i == subject.head.i
        and any(t.i in people for t in doc[after].subtree)
    )


def _unbracketed(doc: Doc, side: list[Mention]) -> list[Mention]:
    """The side without names in brackets: «قمة لمجموعة الثماني (الدول الصناعية الكبرى السبع
    وروسيا)» says who the group is, and «حركة المقاومة الإسلامية (حماس)» names it again; a
    bracket explains the name before it, it brings no one else to the meeting."""
    text = doc._.article.text
    kept = []
    for mention in side:
        opening = text.rfind("(", 0, mention.start)
        closing = text.find(")", mention.end)
        inside = opening != -1 and closing != -1 and ")" not in text[opening : mention.start]
        if not (inside and "\n" not in text[opening:closing]):
            kept.append(mention)
    return kept


def _outermost(side: list[Mention], other: list[Mention]) -> list[Mention]:
    """The side without mentions inside another participant's words: «المجلس المركزي
    الفلسطيني» is the council, and the state its adjective names takes no part of its own."""
    spans = {(m.start, m.end) for m in side + other}
    return [
        m
        for m in side
        if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
    ]


def _brought_together(doc: Doc, token: Token, actors: list[Mention]) -> _Reading | None:
    """«جمع X بـ Y و Z»: whoever stands between جمع and the first «ب» meets the others;
    «جمع X و Y» without «ب»: the coordinated names meet each other."""
    _, clause_end = clause_of(token)
    start, end = doc._.offsets[token.i][1], doc._.offsets[clause_end - 1][1]
    after = _listed([m for m in actors if start <= m.start < end], doc._.article.text, start)
    text = doc._.article.text
    first_bi = next((i for i, m in enumerate(after) if i and _after_bi(text, m.start)), None)
    if first_bi is None:
        side_a, side_b = _coordinated(doc, after)
        side_a, side_b = (side_a, side_b) if side_b else ([], [])
    else:
        side_a, side_b = after[:first_bi], after[first_bi:]
    people_a = entities(side_a)
    people_b = tuple(e for e in entities(side_b) if e not in people_a)
    if not people_a or not people_b:
        return None
    return _Reading((people_a, people_b), (), "meeting-جمع", 0.8)


def _listed(mentions: list[Mention], text: str, start: int) -> list[Mention]:
    """The mentions that follow `start` as one list: names, titles and list words between them
    («… آل ثاني، ورئيس المخابرات …، إضافة إلى المبعوث …»), up to the first other word."""
    listed: list[Mention] = []
    position = start
    for mention in mentions:
        if mention.start < position:
            if listed and mention.start == listed[-1].start:
                listed.append(mention)  # several entities on one span («هذه الدول»)
            continue
        words = normalize(text[position : mention.start]).replace("،", " ").split()
        if listed and any(w not in LIST_GLUE and not w.startswith("و") for w in words):
            break
        listed.append(mention)
        position = mention.end
    return listed


def _listed_on(doc: Doc, side: list[Mention], actors: list[Mention]) -> list[Mention]:
    """Names that go on the list of a verb's guests past the clause the parse cut
    («التقى X بوفد حماس برئاسة A، ووفد فتح برئاسة B»: «ووفد» read as a verb)."""
    text = doc._.article.text
    position = max(m.end for m in side)
    more: list[Mention] = []
    for mention in sorted((m for m in actors if m.start >= position), key=lambda m: m.start):
        gap = set(normalize(text[position : mention.start]).replace("،", " ").split())
        if not gap <= LIST_GLUE | LIST_ON | {"ب"} or not (more or gap & LIST_ON):
            break  # another phrase; the first name added needs its «و»
        more.append(mention)
        position = mention.end
    return [m for m in more if m not in side]


def _after_bi(text: str, start: int) -> bool:
    """Whether «ب» (glued or alone) introduces the name starting at `start`."""
    before = normalize(text[max(0, start - 6) : start])
    return before.endswith("ب") or before.rstrip().endswith(" ب") or before.endswith("بال")


def _between_list(doc: Doc, between: list[Mention], actors: list[Mention]) -> list[Mention]:
    """«بين وفد برازيلي … ووفد موزمبيقي …»: the names that go on listing after «بين», also
    those the parse hung elsewhere."""
    first = min(between, key=lambda m: m.start)
    ordered = sorted((m for m in actors if m.start >= first.start), key=lambda m: m.start)
    listed = _listed(ordered, doc._.article.text, first.start)
    return list(dict.fromkeys([*between, *listed]))


def _conjuncts(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«بين وفد برازيلي برئاسة وزير الخارجية X ووفد موزمبيقي برئاسة نظيره Y»: the first
    conjunct (up to the «و» that starts the next) against the rest."""
    ordered = sorted(mentions, key=lambda m: m.start)
    text = doc._.article.text
    for index in range(1, len(ordered)):
        previous, mention = ordered[index - 1], ordered[index]
        gap = normalize(text[previous.end : mention.start]).split()
        if mention.start > previous.start and any(w.startswith("و") for w in gap):
            return ordered[:index], ordered[index:]
    return ordered, []  # one side only: the other is not named


def _words_after(noun: Token) -> list[str]:
    """The two folded words right after a noun, within its sentence."""
    return [normalize(t.text) for t in noun.doc[noun.i + 1 : min(noun.sent.end, noun.i + 3)]]


def _with_after(noun: Token) -> bool:
    """Whether «مع» follows the noun within two words («مقابلة مع», «مقابلة خاصة مع»)."""
    return any(word in ("مع", "معه", "معها") for word in _words_after(noun))


def _peers(noun: Token) -> bool:
    """A meeting noun counted by its parties («محادثات ثلاثية», «القمة الرباعية»)."""
    if noun.pos_ not in ("NOUN", "PROPN", "X"):
        return False
    return any(word.removeprefix("ال") in PARTY_COUNTS for word in _words_after(noun))


def _parties(doc: Doc, mentions: list[Mention]) -> int:
    """How many peers «و» lists («بين A و B و C»: three); one pair when words group them into
    two sides («بين A وكل من B و C»)."""
    start, end = min(m.start for m in mentions), max(m.end for m in mentions)
    if set(normalize(doc._.article.text[start:end]).split()) & SIDE_GROUPING:
        return 2
    count, rest = 0, mentions
    while rest:
        count, rest = count + 1, _conjuncts(doc, rest)[1]
    return count


def _verb_sides(doc: Doc, trigger: Trigger, found: Roles) -> tuple[list[Mention], list[Mention]]:
    if trigger.frame == "visit":
        return found.subjects, _people(found.objects)
    if trigger.frame == "transitive":
        if trigger.lemma == "جمع":  # «جمع اللقاء X بـ Y»: the object is the first side
            return found.objects, found.partners
        first, rest = _split(found.objects)
        if (
            not found.subjects
            and not found.partners
            and rest
            and not joined_by_and(doc, first[-1], rest[0])
            and not _next_stop(doc, first[-1], rest[0])
        ):
            # «استقبل رئيس الاستخبارات، إبراهيم قالن، وفداً من حماس»: the parse took both for
            # objects; after the verb, the subject comes first. Objects joined by «و» are
            # guests of one host the sentence does not name («استقبل أمس عون وماكرون»).
            return first, rest
        subjects, objects = found.subjects, found.objects
        if not subjects and _object_before_bi(doc, objects, found.partners):
            # «التقى رئيس المجلس … الفريق أول X، اليوم، بالرئيس Y»: a verb that takes «بـ»
            # takes no object too; the name before «بـ» is the subject the parse missed
            return objects, found.partners
        first, rest = _split(subjects)
        if rest and not objects and not joined_by_and(doc, first[-1], rest[0]):
            # «استقبل الشيخ X …، اليوم، السيد Y»: a verb has one subject; a second one the
            # parse found, not joined by «و», is the object it missed
            subjects, objects = first, rest
        return subjects, objects + found.partners
    if found.between:
        return _conjuncts(doc, found.between)
    if found.subjects and _joined(doc, found.subjects[-1:] + found.objects[:1]):
        # «اجتمع الرئيس X والعاهل الأردني Y»: a verb with no object; the second is a subject
        return found.subjects + found.objects, found.partners
    return found.subjects, found.partners


def _object_before_bi(doc: Doc, objects: list[Mention], partners: list[Mention]) -> bool:
    """Whether every object comes before partners that «بـ» introduces."""
    text = doc._.article.text
    return (
        bool(objects and partners)
        and max(m.end for m in objects) < min(m.start for m in partners)
        and all(_after_bi(text, m.start) for m in partners)
    )


def _next_stop(doc: Doc, first: Mention, second: Mention) -> bool:
    """«التقى في لبنان الرئيس X، وفي سوريا الرئيس Y», «… X، ثم Y»: the next stop of a tour
    opens with «و» and a preposition, or «ثم»; X and Y are both guests, not host and guest."""
    gap = normalize(doc._.article.text[first.end : second.start]).replace("،", " ").split()
    if not gap:
        return False
    word = gap[0][1:] if gap[0].startswith("و") and len(gap[0]) > 1 else gap[0]
    if gap[0] == "و" and len(gap) > 1:
        word = gap[1]
    return word in NEXT_STOP


def _one_list(doc: Doc, side_a: list[Mention], side_b: list[Mention]) -> bool:
    """Whether the two sides word order gave are one list joined by «و» after the verb."""
    first, rest = (side_a, side_b) if side_b else _split(side_a)
    return bool(first and rest) and joined_by_and(doc, first[-1], rest[0])


def _people(mentions: list[Mention]) -> list[Mention]:
    """A visit is a meeting with the people visited, not with the country toured."""
    return [m for m in mentions if m.entity.type == "Person"]


def _noun_sides(
    doc: Doc,
    token: Token,
    found: Roles,
    support: tuple[Token, Trigger] | None,
    actors: list[Mention],
    trigger_frame: str,
) -> tuple[list[Mention], list[Mention]]:
    """A meeting noun's sides: «بين X و Y»; its owners (or the subject of the verb that holds
    it) against whoever «مع» names. The subject and object of another verb in the clause
    («وأكد وفد حماس خلال اللقاء التزام …») are not the noun's."""
    if found.between:
        return _conjuncts(doc, _between_list(doc, found.between, actors))
    if found.owners and (
        _glued_pronoun(token)
        or _suffixed_pronoun(token)
        or _pronoun_child(token)
        or _taken_part_in(token)
    ):
        # «بعد يوم من لقائه الرئيس الصيني», «لدى استقباله شافيز», «خلال استقباله وزيرَ
        # الخارجية»: the pronoun owns the meeting (a noun takes one owner), the name after it
        # is whom he met
        found.partners.extend(found.owners)
        found.owners.clear()
        owners = governing_subjects(doc, token, actors)
    else:
        owners = found.owners or _pronoun_owner(doc, token, actors)
        owners = owners or _lam_owners(doc, token, actors)
    if not owners and found.partners and (support is None or _unnamed_relative(token, support)):
        # «أشار باول خلال المحادثات مع الرئيس السوري», «طرح الوفد خلال المباحثات التي
        # عقدها مع X»: whoever the clause is about held them
        owners = governing_subjects(doc, token, actors)
    if not owners and found.partners and (_glued_pronoun(token) or _pronoun_child(token)):
        owners = _previous_subject(doc, token.head)
    if not owners and not found.partners and _dual_owner(token):
        return _the_two(doc, token, actors)
    frame = support[1].frame if support else None
    subjects = found.subjects if frame == "light" else []
    if frame == "light" and not subjects and _joined(doc, found.objects):
        subjects = found.objects  # «عقدت حركتا فتح وحماس لقاء»: the parse took them for objects
    elif frame == "light" and subjects and _joined(doc, subjects[-1:] + found.objects[:1]):
        subjects = subjects + found.objects  # «عقد الطرفان التركي والسوري اجتماعا»: the same
    if frame == "host":  # «استضاف الرئيس الوفد»: a reception; «استضافت الرباط اجتماع»: a place
        subjects = [m for m in found.subjects if m.entity.type != "City"]
    first = subjects + [m for m in owners if m not in subjects]
    if trigger_frame == "visit":  # «قام X بزيارة لوزير الخارجية»
        return first, _people(found.partners)
    held_by_bodies = bool(first) and all(m.entity.type in BODIES for m in first)
    if held_by_bodies and _all_attending(doc, found.partners, token):
        return first + found.partners, []  # «القمة العربية بمشاركة الرئيس X»: one meeting
    if owners and not subjects and held_by_bodies:
        return first, found.partners  # «القمة المشتركة لمنظمة X وجامعة Y»: held by both
    if not found.partners and frame in ("light", None):
        return _coordinated(doc, first)  # «لقاء فيدان وهنية»
    return first, found.partners


def _all_attending(doc: Doc, mentions: list[Mention], noun: Token) -> bool:
    """Whether there are names and each is reached through «بمشاركة» or «بحضور»: they attend
    the meeting."""
    paths = (path_of(doc, mention, stop=[noun]) for mention in mentions)
    return bool(mentions) and all(
        path is not None and any(t.text in _ATTENDANCE for t in path.via) for path in paths
    )


def _unnamed_relative(noun: Token, support: tuple[Token, Trigger]) -> bool:
    """Whether the verb holding the meeting noun is a relative clause on it whose subject
    is left unsaid («المباحثات التي عقدها مع X»)."""
    verb = support[0]
    if verb.head.i != noun.i or not verb.dep_.startswith("acl"):
        return False
    return not any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)


def _coordinated_before(doc: Doc, verb: Token, loose: list[Mention]) -> list[Mention]:
    """«أنقرة والرياض تبحثان»: names joined by «و» right before the verb are its subjects,
    however the parse hung them (a headline often has the verb after its subjects)."""
    start = doc._.offsets[verb.i][0]
    before = sorted((m for m in loose if m.end <= start), key=lambda m: m.start)
    if not before or doc._.article.text[before[-1].end : start].strip():
        return []
    listed = before[-1:]
    for mention in reversed(before[:-1]):
        if not joined_by_and(doc, mention, listed[0]):
            break
        listed.insert(0, mention)
    return listed if len(listed) > 1 else []


def _and_clause(verb: Token) -> bool:
    """Whether the verb opens a clause joined by «و» to a verb before it in its sentence."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    joined = previous is not None and normalize(previous.text) == "و"
    return joined and verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ == "VERB"


def _right_before(doc: Doc, verb: Token, loose: list[Mention]) -> list[Mention]:
    """A loose name that ends right before the verb, only «قد» between («X قد التقى»)."""
    start = doc._.offsets[verb.i][0]
    text = doc._.article.text
    return [m for m in loose if m.end <= start and normalize(text[m.end : start]).split() == ["قد"]]


def _where_clause(verb: Token) -> bool:
    """Whether the verb opens a «حيث» clause («… إلى عين التينة حيث التقى …»)."""
    return verb.i > verb.sent.start and normalize(verb.doc[verb.i - 1].text) in ("حيث", "وحيث")


def _joined(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether `mentions` are two or more names joined by «و»."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return len(ordered) > 1 and all(joined_by_and(doc, a, b) for a, b in pairwise(ordered))


def _convened(
    doc: Doc,
    token: Token,
    trigger: Trigger,
    support: tuple[Token, Trigger] | None,
    found: Roles,
    present: list[Mention],
    rule: str,
) -> _Reading | None:
    """A meeting with no two sides: kept when a body convenes it or someone attends it."""
    frame = support[1].frame if support else None
    # `present`: the noun's owners (and the subject of the verb holding it), or the verb's
    # subject. A body meets by itself with a reciprocal verb («اجتمع مجلس الأمن») or holds a
    # convened meeting («اجتماع مجلس الجامعة», «عقد المجلس جلسة», «القمة المشتركة لمنظمة X
    # وجامعة Y»); «وفد حماس يلتقي» names no meeting of Hamas's own.
    owners = present if trigger.convened else []
    convening = owners + (found.subjects if trigger.frame == "reciprocal" or frame else [])
    bodies = list(dict.fromkeys(m for m in convening if m.entity.type in BODIES))
    # «شاركت X في اجتماع», «اجتماع 7 دول هي A و B»: the subject and the states listed attend.
    listed = _listed_attendees(doc, token, found.loose) if frame == "attend" else []
    attendees = found.subjects + listed + present if frame == "attend" else []
    if frame == "attend" and not attendees and _definite(token) and token.dep_.startswith("nsubj"):
        # «وحضر المباحثات عن الجانب الغاني وزير الخارجية X»: the parse may take the reported
        # meeting for the subject and «عن» for a topic; «حضر» has no topic of its own
        attendees = found.objects + found.topics + found.loose
    attendees = list(dict.fromkeys(attendees))
    attended = frame == "light" and not convening and _all_attending(doc, found.partners, token)
    if attended and _the_two_sides(support):
        # «وعقد الجانبان جلسة مباحثات بحضور X و Y»: the two sides just reported, and who
        # attended their talks (`_attended`)
        return _Reading((entities(found.partners),), (), f"{rule}-attended", 0.7)
    if frame == "attend" and attendees and not bodies and not trigger.convened and _definite(token):
        # «وحضر اللقاء(ين) X»: the meeting(s) just reported, which X joins (`_attended`)
        return _Reading((entities(attendees),), (), f"{rule}-attended", 0.7)
    if not bodies and not attendees:
        if trigger.convened and frame in ("open", "passive", "host", "light"):
            bodies = [m for m in present if m.entity.type in BODIES]
        if not bodies:
            return None
    people = entities(bodies + attendees + [m for m in present if m not in bodies + attendees])
    return _Reading((people,), entities(bodies), f"{rule}-convened", 0.75)


def _the_two_sides(support: tuple[Token, Trigger] | None) -> bool:
    """Whether the verb holding a meeting noun has «الجانبان» or «الطرفان» for its subject."""
    return support is not None and any(
        c.dep_.startswith("nsubj") and normalize(c.text).removeprefix("و") in DUAL_COLLECTIVES
        for c in support[0].children
    )


def _lam_owners(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«القمة الاستثنائية المشتركة لمنظمة التعاون الإسلامي وجامعة الدول العربية»: the bodies
    named with «ل» right after the noun and its adjectives own it, however the parse hung them."""
    index = noun.i + 1
    while index < noun.sent.end and doc[index].pos_ == "ADJ":
        index += 1
    if index >= noun.sent.end:
        return []
    text = doc._.article.text
    start = doc._.offsets[index][0]
    first = next((m for m in actors if start <= m.start <= start + 2), None)
    if first is None or not normalize(text[start : first.start + 1]).startswith("ل"):
        return []
    return [m for m in _listed(sorted(actors, key=lambda m: m.start), text, first.start)]


def _listed_attendees(doc: Doc, noun: Token, loose: list[Mention]) -> list[Mention]:
    """Unmarked names listed after «هي» or a colon («اجتماع 7 دول هي تركيا والسعودية»)."""
    text = doc._.article.text
    start = doc._.offsets[noun.i][1]
    after = sorted((m for m in loose if m.start >= start), key=lambda m: m.start)
    if not after:
        return []
    opener = normalize(text[start : after[0].start]).replace(":", " : ").split()
    if not any(word in LIST_OPENERS for word in opener):
        return []
    return _listed(after, text, after[0].start)


def _split(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The first of coordinated mentions (with any sharing its span) against the others."""
    if not mentions:
        return [], []
    first = [m for m in mentions if (m.start, m.end) == (mentions[0].start, mentions[0].end)]
    return first, [m for m in mentions if m not in first]


def _coordinated(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Coordinated subjects of a reciprocal verb meet each other («اجتمع X و Y», «تباحث X وY
    وZ»); a body and names that are not coordinated with it («اجتمعت مجموعة لاهاي، التي
    تترأسها كولومبيا وجنوب أفريقيا») do not."""
    first, rest = _split(mentions)
    if not rest:
        return first, []
    text = doc._.article.text
    previous, joined = first[-1], []
    for mention in rest:
        gap = normalize(text[previous.end : mention.start]).strip(" ،,")
        # «الرئيسان التركي أردوغان والروسي بوتين»: «و» and the next one's title between
        titled = gap.startswith("و") and joined_by_and(doc, previous, mention)
        if mention.start > previous.start and gap not in ("", "و") and not titled:
            break
        joined.append(mention)
        previous = mention if mention.start > previous.start else previous
    if len(joined) < len(rest):
        return first + rest, []
    return first, rest


def _support_verb(noun: Token, lexicon: TriggerLexicon) -> tuple[Token, Trigger] | None:
    """The verb that holds, hosts, attends or opens the meeting noun: its head (or the head's
    head, through «أعمال القمة»), or a supporting verb just before it."""
    first, end = clause_of(noun)
    candidates = [noun.head, noun.head.head]
    # «بلقاء عقده X مع Y»: a light verb in a relative clause on an indefinite noun
    candidates += [c for c in noun.children if c.dep_ == "acl" and _light(lexicon.of(c))]
    # «أجرى وزير الخارجية التركي هاكان فيدان مباحثات»: the verb before the subject
    candidates += [noun.doc[i] for i in range(noun.i - 1, max(first, noun.i - 10) - 1, -1)]
    # «المحادثات التي أجراها باول مع …»: the verb of a relative clause on the noun
    following = noun.doc[noun.i + 1 : min(end, noun.i + 4)]
    if any(normalize(t.text) in RELATIVES for t in following[:2]):
        candidates += list(following)
    for token in candidates:
        if token.i == noun.i or not first <= token.i < end:
            continue
        trigger = lexicon.of(token)
        if trigger is not None and trigger.pos == "verb" and trigger.frame in _SUPPORT_FRAMES:
            return token, trigger
    return None


def _light(trigger: Trigger | None) -> bool:
    return trigger is not None and trigger.frame == "light"


def _pronoun_child(noun: Token) -> bool:
    return any(normalize(c.text) in PRONOUNS and c.pos_ == "PRON" for c in noun.children)


def _previous_subject(doc: Doc, verb: Token, object_pronoun: bool = False) -> list[Mention]:
    """«وأعلن الوزير X … . وقال خلال لقائه بـ Y», «وصل X إلى عمّان. والتقى بالملك»: a
    sentence that opens with «و» and a verb with no subject of its own goes on about the
    subject of the sentence before it; so does the object pronoun of one that has a subject
    («وصل وفد حماس إلى القاهرة. واستقبله رئيس المخابرات»)."""
    sentence = verb.sent
    if verb.pos_ not in ("VERB", "AUX") or sentence.start == 0:
        return []
    if not object_pronoun and any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    opening = doc[sentence.start : verb.i]
    if not (opening and all(normalize(t.text) in CARRY_ON for t in opening)):
        return []
    before = doc[sentence.start - 1].sent
    start, end = doc._.offsets[before.start][0], doc._.offsets[before.end - 1][1]
    subjects = []
    for mention in doc._.mentions:
        if mention.entity.type not in ACTORS or not start <= mention.start < end:
            continue
        path = path_of(doc, mention)
        top = path.top if path is not None and not path.markers else None
        if top is not None and top.dep_.startswith("nsubj") and _main_verb(top.head):
            subjects.append(mention)
    return _split(sorted(subjects, key=lambda m: m.start))[0]


def _taken_part_in(noun: Token) -> bool:
    """«واكتفى X بلقاء Y», «استهل زيارته بلقاء Y»: the verb's subject holds the meeting and
    the name after the noun is whom he met."""
    verb = noun.head
    glued = normalize(noun.text).startswith("ب") or any(
        normalize(c.text) == "ب" for c in noun.children
    )
    word = normalize(verb.text).removeprefix("و").removeprefix("ف")
    return glued and verb.pos_ in ("VERB", "AUX") and word.startswith(TAKING_PART_STEMS)


def _main_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "parataxis")


def _pronoun_owner(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«خلال لقائه مع X»: the pronoun owner is the subject of the verb the noun depends on."""
    if not _pronoun_child(noun):
        return []
    owners = governing_subjects(doc, noun, actors)
    if not owners and any(_relative_subject(c) for c in noun.head.children):
        # «للحزب الديموقراطي الذي يعقد مؤتمره العام في …»: the name the relative stands for
        owners = relative_antecedents(doc, noun, actors)
    return owners


def _relative_subject(token: Token) -> bool:
    return normalize(token.text) in RELATIVES and token.dep_.startswith("nsubj")


def _dual_owner(noun: Token) -> bool:
    """«خلال لقائهما», «في اجتماعهما»: a meeting noun owned by the dual «هما»."""
    split = any(normalize(c.text) == "هما" and c.pos_ == "PRON" for c in noun.children)
    return split or normalize(noun.text).endswith(("يهما", "وهما"))


def _the_two(doc: Doc, noun: Token, actors: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«نقل الوزير X تحيات الرئيس إلى الرئيس Y خلال لقائهما»: the owners of «هما» are the
    subject of the clause and the one other person it names (none if it names more)."""
    subjects = governing_subjects(doc, noun, actors)
    if not subjects:
        return [], []
    first, end = clause_of(noun.head)
    start, stop = doc._.offsets[first][0], doc._.offsets[end - 1][1]
    taken = {m.entity for m in subjects}
    others = [
        m
        for m in actors
        if start <= m.start < stop and m.entity.type == "Person" and m.entity not in taken
    ]
    if len({m.entity for m in others}) != 1:
        return subjects, []
    return subjects, others


def _glued_pronoun(noun: Token) -> bool:
    """A meeting noun that carries its owner as a suffix the tokenizer left on it: after the
    hamza's seat («لقائه», «لقاؤهم»), which the tokenizer does not split off."""
    word = normalize(noun.text)
    return word.endswith(("يه", "وه", "يها", "وها", "يهم", "وهم")) and noun.pos_ == "NOUN"


def _suffixed_pronoun(noun: Token) -> bool:
    """A meeting noun whose owner suffix the tokenizer split off («استقبال | ه»), with its
    object right after it: «لدى استقباله شافيز» (not «في لقاءه مع نواب»)."""
    pronoun = noun.nbor(1) if noun.i + 2 < len(noun.doc) else None
    if pronoun is None or pronoun.pos_ != "PRON" or pronoun.head != noun:
        return False
    following = pronoun.nbor(1)
    return following.head == noun and following.pos_ in ("NOUN", "PROPN", "X")


def _object_pronoun(verb: Token) -> bool:
    return any(c.pos_ == "PRON" and c.dep_ == "obj" and c.i == verb.i + 1 for c in verb.children)


def _missing_subject(
    doc: Doc,
    sentence: Sentence,
    verb: Token,
    found: Roles,
    actors: list[Mention],
    pronoun: bool = False,
) -> list[Mention]:
    """A subject the parse did not give: the antecedent of a relative pronoun («الذي التقى»),
    the subject of the clause this one is coordinated with («استقبل X Y وبحث معه»), else an
    unmarked mention before the verb in its clause."""
    first, _ = clause_of(verb)
    offsets = doc._.offsets
    verb_start = offsets[verb.i][0]
    before = [m for m in actors if m.end <= verb_start and m.start >= sentence.start]
    relative = next(
        (t for t in doc[max(first, verb.i - 2) : verb.i] if normalize(t.text) in RELATIVES), None
    )
    if relative is not None:
        # «أحمد ماهر الذي استقبله شيراك»: the relative's antecedent, the name right before it
        # (also for the pronoun «ه»); «شيخ الأزهر الذي استقبل»: a title kg does not know is
        # no one, not the last name before it.
        return _antecedent(doc, before, offsets[relative.i][0])
    loose = [m for m in found.loose if m.end <= verb_start]
    if loose:
        return loose[-1:]
    # with a pronoun object, whoever the clause before is about («… وصل X، حيث استقبله Y»)
    opener = "و" if pronoun else normalize(doc[first].text)
    # «… وبحث معه», «زار بيروت حيث التقى …»: the clause goes on about the same subject
    coordinated = opener[:1] in ("و", "ف", "،") or opener in ALSO or opener == "حيث"
    if first > sentence.span.start and (coordinated or opener in THAT):
        # «… وبحث معه»: coordinated; «سبق لـ X أن التقوا Y», «قال X إنه التقى Y»: reported.
        previous = [m for m in before if m.start < offsets[first][0]]
        subjects = [m for m in previous if _is_subject(doc, m)]
        return _split(subjects)[0] if opener in THAT else subjects[:1]
    if first != sentence.span.start:
        return []
    return _previous_subject(doc, verb, object_pronoun=pronoun)


def _antecedent(doc: Doc, before: list[Mention], relative_start: int) -> list[Mention]:
    """The mentions that end right before a relative pronoun (a comma or a bracket between)."""
    if not before:
        return []
    gap = doc._.article.text[before[-1].end : relative_start]
    if gap.strip(" ،,()") or len(gap) > 3:
        return []
    return [m for m in before if (m.start, m.end) == (before[-1].start, before[-1].end)]


def _is_subject(doc: Doc, mention: Mention) -> bool:
    path = path_of(doc, mention)
    return path is not None and not path.markers and path.top.dep_.startswith("nsubj")


def _first_after(doc: Doc, token: Token, loose: list[Mention], past: int = 0) -> list[Mention]:
    """The first loose mention after the verb (or `past`), leaving out the arguments of a
    clause of their own («… على نص الخطاب الذي ألقاه الرئيس X»: X gave the speech)."""
    start = max(doc._.offsets[token.i][1], past)
    after = [m for m in loose if m.start >= start and not _in_another_clause(doc, m, token)]
    return _split(after)[0]


def _in_another_clause(doc: Doc, mention: Mention, verb: Token) -> bool:
    path = path_of(doc, mention)
    return path is not None and of_a_clause(path.top, [verb])


def _with_the_press(doc: Doc, trigger: Token, actors: list[Mention]) -> bool:
    """A press conference or press meeting («مؤتمر صحفي», «لقاءات صحافية», «التقى
    الصحفيين», «التقى X بالصحافيين»): a press word follows the trigger, or is the first word
    after it past the subject's name, a time word or a preposition. One held jointly with
    someone («مؤتمر صحفي مشترك مع») is a meeting of its holders."""
    words = doc._.folded[trigger.i + 1 : min(trigger.sent.end, trigger.i + 4)]
    words += _first_word_after(doc, trigger, actors)
    return any(w in PRESS for w in words) and not any(
        w.startswith(("مشترك", "المشترك")) for w in words
    )


def _words_received(doc: Doc, trigger: Token, actors: list[Mention]) -> bool:
    """«استقبلت باريس بارتياح تصريحات X»: what a transitive verb receives is words
    (statements, a message, an offer), not a visitor."""
    first = _first_word_after(doc, trigger, actors)
    return bool(first) and first[0] in RECEIVED_WORDS


def _first_word_after(doc: Doc, trigger: Token, actors: list[Mention]) -> list[str]:
    """The first word after the trigger past names, prepositions, time and manner words."""
    folded = doc._.folded
    spans = [(m.start, m.end) for m in actors]
    for token in doc[trigger.i + 1 : trigger.sent.end]:
        start, end = doc._.offsets[token.i]
        named = any(s <= start and end <= e for s, e in spans)
        word = folded[token.i]
        if not (named or token.is_punct or token.pos_ == "ADP" or word in TIME_WORDS | MANNER):
            return [word]
    return []
